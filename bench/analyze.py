"""The NLP stage against raw spaCy, on the same text, in one run.

    python bench/analyze.py [--words 200000] [--processes 1] [--corpus DIR] [--encoder off|on]

Replicates the corpus articles (each copy made distinct) until they hold at least ``--words`` words, then:
  1. raw spaCy: ``nlp.pipe`` over exactly the segments the pipeline analyses (article and comment text);
  2. the whole pipeline: ingest into a fresh store on disk, parse, code events, store them.
Prints words/s for both, their ratio (target >= 0.8), the ratio of CPU seconds a word (what the coding costs
beside the parse, whatever else runs on the machine), the pipeline's CPU in this thread (all it does besides
the parse, with one process) and peak memory (RSS) after each part; the ratio
uses the same model, batch size and process count for both. With one process the pipeline parses beside
its coding: where there is much to parse (as here), in a process of its own (rashomon/engine/parse_process.py),
else in a thread (rashomon/engine/ahead.py). Where a core is free, the wall-clock ratio is above what the
CPU ratio alone would give; on a busy machine it is not. The CPU figures count the parse process's CPU
(it has ended when they are read), and its peak memory is printed beside this process's.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this checkout's rashomon, not an installed copy (another checkout's)

from rashomon import Options, Store, analyze  # noqa: E402
from rashomon.ingest.document import build_document  # noqa: E402
from rashomon.ingest.readers import get_reader  # noqa: E402
from rashomon.ingest.sources import Source  # noqa: E402
from rashomon.nlp.pipeline import load  # noqa: E402
from rashomon.nlp.stage import analysed_segments  # noqa: E402

DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "caucasus"


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak memory (RSS) of this process, or with RUSAGE_CHILDREN of the largest child process that ended."""
    return resource.getrusage(who).ru_maxrss / 1024


def cpu_s() -> float:
    """CPU seconds this process has used so far, all its threads, and its child processes that ended (the
    parse process) (user + system)."""
    used, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime + children.ru_utime + children.ru_stime


def replicate(corpus: Path, folder: Path, words: int) -> int:
    """Copies of the corpus, each made distinct, until they hold ``words`` words; returns the copies made."""
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    if not files:
        sys.exit(f"no files in {corpus}")
    texts = [(src.name, src.read_text(encoding="utf-8")) for src in files]
    per_copy = sum(len(t.split()) for _, t in texts)
    copies = -(-words // per_copy)
    for copy in range(copies):
        for name, text in texts:
            (folder / f"{copy:05d}_{name}").write_text(text + f"\n\nCopy {copy} of {name}.\n", encoding="utf-8")
    return copies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--encoder", default="off", choices=("off", "on"),
                        help="the optional encoder path for framing (needs rashomon[encoder])")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus folder {args.corpus} not found (../shared is needed, or pass --corpus)")
    options = Options(analyse=True, batch_size=args.batch_size, processes=args.processes, encoder=args.encoder)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        copies = replicate(args.corpus, folder, args.words)

        # the texts the pipeline analyses, built the same way the pipeline builds them
        reader = get_reader("text")
        texts: list[str] = []
        for path in sorted(folder.iterdir()):
            for raw in reader.read(Source(path.name, path), options):
                doc = build_document(raw)  # type: ignore[arg-type]
                texts += [doc.text[s.start : s.end] for _, s in analysed_segments(doc)]
        nlp = load(options.model)
        print(f"corpus: {copies} copies of {args.corpus.name}, {len(texts)} segments; model {nlp.meta['name']}; "
              f"batch {args.batch_size}, processes {args.processes}")

        t0, c0 = time.perf_counter(), cpu_s()
        words = sum(len(d) for d in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.processes))
        raw_s, raw_cpu = time.perf_counter() - t0, cpu_s() - c0
        print(f"raw spaCy nlp.pipe:    {words / raw_s:9.0f} words/s  ({words} tokens in {raw_s:.1f}s)  peak RSS {peak_mb():.0f} MB")

        with Store(Path(tmp) / "bench.db") as store:
            t0, c0, m0 = time.perf_counter(), cpu_s(), time.thread_time()
            report = analyze(store, [folder], options)
            full_s, full_cpu, main_cpu = time.perf_counter() - t0, cpu_s() - c0, time.thread_time() - m0
            events = store.count("documents"), report.events
        print(f"whole analyze pipeline:{report.words / full_s:9.0f} words/s  ({report.words} tokens in {full_s:.1f}s, "
              f"{events[0]} documents, {events[1]} events)  peak RSS {peak_mb():.0f} MB, "
              f"the parse process's {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")
        print(f"ratio pipeline / raw spaCy: {(report.words / full_s) / (words / raw_s):.2f}  (target >= 0.80)")
        # CPU seconds a word, whatever else runs on the machine: what the coding costs beside the parse
        print(f"CPU a word, pipeline / raw spaCy: {(full_cpu / report.words) / (raw_cpu / words):.2f}  "
              f"({raw_cpu:.1f} and {full_cpu:.1f} CPU seconds; wall {raw_s:.1f} and {full_s:.1f} s)")
        # with one process the parse runs in a process or a thread of its own: this thread's CPU is what
        # rashomon does besides it (reading, loading the tables, coding, storing, examining, and parsing the
        # first texts while the parse process starts)
        print(f"pipeline CPU in this thread: {main_cpu:.1f} s; in the parse process or thread, and this process's "
              f"other threads: {full_cpu - main_cpu:.1f} s")


if __name__ == "__main__":
    main()
