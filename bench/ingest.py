"""Ingest speed and store size, against a read-and-hash baseline measured in the same run.

    python bench/ingest.py [--copies N] [--corpus DIR]
    python bench/ingest.py --big 200MB        # peak memory on one huge JSONL and one huge text file

Replicates the corpus articles N times (each copy made distinct, so nothing is deduplicated), then times
(1) the baseline: reading every file and hashing its bytes, and (2) `rashomon.analyze` without event coding
into a fresh store on disk. Prints documents/s, MB/s, the ratio of the two, the store's size and peak memory.

With --big SIZE it writes, from the corpus articles perturbed (numbers, sentence order, a copy tag), (a) a
JSONL file of SIZE holding many documents and (b) one text file of SIZE, and reads each into a fresh store
in a process of its own (ingest only, --max-bytes 0), printing each one's peak RSS against its bound (1 GB
for the JSONL, 2 GB for the text file), its time, and the time of reading + hashing the file for scale.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this checkout's rashomon, not an installed copy

from rashomon import Options, Store, analyze  # noqa: E402

DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "caucasus"


def replicate(corpus: Path, folder: Path, copies: int) -> tuple[int, int]:
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    if not files:
        sys.exit(f"no files in {corpus}")
    n = size = 0
    for c in range(copies):
        for src in files:
            data = src.read_bytes() + f"\n\nCopy {c} of {src.name} for the benchmark.\n".encode()
            (folder / f"{c:05d}_{src.name}").write_bytes(data)
            n += 1
            size += len(data)
    return n, size


BOUNDS = {"jsonl": 1024, "text": 2048}  # MB of peak RSS allowed (issue 15)


def size_arg(value: str) -> int:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([KMG]?)B?", value.strip().upper())
    if not m:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size like 200MB")
    return int(float(m.group(1)) * {"": 1, "K": 2**10, "M": 2**20, "G": 2**30}[m.group(2)])


def perturbed(articles: list[str], rng: random.Random, copy: int) -> str:
    """One of the articles with its numbers changed, two sentences swapped and a tag: new text each time."""
    text = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), rng.choice(articles))
    paragraphs = text.split("\n\n")
    k = rng.randrange(len(paragraphs))
    sentences = paragraphs[k].split(". ")
    if len(sentences) > 2:
        i = rng.randrange(len(sentences) - 1)
        sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
        paragraphs[k] = ". ".join(sentences)
    return "\n\n".join(paragraphs) + f"\n\nCopy {copy} for the benchmark."


def write_big(corpus: Path, path: Path, size: int, shape: str) -> int:
    """A JSONL file of many documents, or one text file, of about ``size`` bytes; returns its document count."""
    articles = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpus.iterdir()) if p.is_file()]
    rng = random.Random(15)
    written = n = 0
    with path.open("w", encoding="utf-8") as fh:
        if shape == "text":
            fh.write("Many copies of the same reports\n\n")
        while written < size:
            body = perturbed(articles, rng, n)
            line = json.dumps({"text": body, "url": f"https://bench.example/{n}"}) + "\n" if shape == "jsonl" else body + "\n\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n if shape == "jsonl" else 1


def child(path: Path, db: Path) -> None:
    """Read one big input into a fresh store; print peak RSS (MB), documents, seconds as JSON."""
    t0 = time.perf_counter()
    with Store(db) as store:
        report = analyze(store, [path], Options(analyse=False, max_bytes=0))
        docs = store.count("documents")
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"peak_mb": peak, "documents": docs, "seconds": seconds,
                      "errors": [str(p) for p in report.errors][:3]}))  # fmt: skip


def big(corpus: Path, size: int) -> int:
    worst = 0
    with tempfile.TemporaryDirectory() as tmp:
        for shape in ("jsonl", "text"):
            path = Path(tmp) / ("big.jsonl" if shape == "jsonl" else "big.txt")
            n = write_big(corpus, path, size, shape)
            t0 = time.perf_counter()
            digest = hashlib.sha256()
            with path.open("rb") as fh:
                while chunk := fh.read(1 << 20):
                    digest.update(chunk)
            baseline = time.perf_counter() - t0
            db = Path(tmp) / f"{shape}.db"
            done = subprocess.run([sys.executable, __file__, "--child", str(path), str(db)], capture_output=True,
                                  text=True)  # fmt: skip
            if done.returncode != 0:
                print(f"{shape}: the run failed:\n{done.stderr[-3000:]}")
                return 1
            r = json.loads(done.stdout.strip().splitlines()[-1])
            ok = r["peak_mb"] <= BOUNDS[shape]
            worst |= not ok
            print(f"{shape:5}: {path.stat().st_size / 2**20:.0f} MiB, {n:,} document(s) in the input, {r['documents']:,} stored "
                  f"in {r['seconds']:.0f}s (read + sha256: {baseline:.1f}s, ratio {r['seconds'] / baseline:.0f}x); "
                  f"peak RSS {r['peak_mb']:.0f} MB (bound {BOUNDS[shape]} MB: {'ok' if ok else 'OVER'})"
                  + (f"; errors: {r['errors']}" if r["errors"] else ""))  # fmt: skip
            path.unlink()
    return int(worst)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--big", type=size_arg, help="peak memory on a JSONL and a text file of this size (200MB)")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    if not args.corpus.is_dir():
        sys.exit(f"corpus folder {args.corpus} not found (../shared is needed, or pass --corpus)")
    if args.big:
        sys.exit(big(args.corpus, args.big))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        n, size = replicate(args.corpus, folder, args.copies)

        t0 = time.perf_counter()
        for path in sorted(folder.iterdir()):
            hashlib.sha256(path.read_bytes()).hexdigest()
        baseline = time.perf_counter() - t0

        db = Path(tmp) / "bench.db"
        with Store(db) as store:
            t0 = time.perf_counter()
            report = analyze(store, [folder], Options(analyse=False))  # ingest alone; bench/analyze.py times the NLP
            full = time.perf_counter() - t0
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            docs = store.count("documents")
        store_bytes = db.stat().st_size
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        assert docs == n and not report.errors, (docs, n, report.errors[:3])
        mb = size / 1e6
        print(f"inputs: {n} documents, {mb:.1f} MB of text ({args.copies} copies of {args.corpus.name})")
        print(f"baseline (read + sha256):   {n / baseline:10.0f} docs/s  {mb / baseline:8.1f} MB/s")
        print(f"rashomon analyze (ingest):  {n / full:10.0f} docs/s  {mb / full:8.1f} MB/s")
        print(f"ratio ingest/baseline time: {full / baseline:10.1f}x")
        print(f"store: {store_bytes / 1e6:.1f} MB, {store_bytes / n / 1024:.1f} KiB per document "
              f"({store_bytes / size:.2f}x the input size)")
        print(f"peak memory (RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
