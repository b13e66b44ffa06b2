"""The examine stage's cost: against analyze on the same text, and as the corpus grows 10x and 100x.

    python bench/examine.py [--words 100000] [--scales 1,10,100] [--corpus DIR]

1. Replicates the corpus articles (each copy made distinct) to ``--words`` words and analyses them twice:
   as the events issue's pipeline did (no framing, no examine stage), then with framing (tone and
   technique spans, found during coding) and the examine stage. Prints what framing and examining add, as
   a share of the first time (target <= 20%).
2. Takes the seed corpus's own events (analysed once) and replicates them 10x and 100x, each copy in a new
   document of another outlet, its dates shifted by 30 days a copy and its sentences varied;
   times linking + weighing (the pure stage) at each scale and prints time per event: a flat figure means
   the cost grows linearly (times log n), not quadratically.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from rashomon import Options, Store, analyze
from rashomon.engine.examine import examine_stored
from rashomon.examine.stage import examine
from rashomon.records import EventRef, Source
from rashomon.store.examine import load_events, load_sources, load_tone_mentions

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analyze import DEFAULT_CORPUS, replicate


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def shift(value: str | None, days: int) -> str | None:
    if value is None or len(value) < 10:
        return value
    try:
        return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return value


def scaled(sources: dict[str, Source], events: list[EventRef], copies: int) -> tuple[dict[str, Source], list[EventRef]]:
    """``copies`` copies of the seed's sources and events, each copy its own outlet, dates and wording."""
    out_sources: dict[str, Source] = {}
    out_events: list[EventRef] = []
    next_id = 1
    for k in range(copies):
        rename = {doc: f"{k:08d}{doc[8:]}" for doc in sources}
        for doc, src in sources.items():
            outlet = f"{src.outlet or src.name} {k}" if k else src.outlet
            out_sources[rename[doc]] = replace(src, document=rename[doc], outlet=outlet, syndicated_from=None,
                                               published=shift(src.published, 30 * k))  # fmt: skip
        for ev in events:
            out_events.append(replace(ev, id=next_id, document=rename[ev.document], date=shift(ev.date, 30 * k),
                                      text=ev.text if not k else f"{ev.text} [{k}]"))  # fmt: skip
            next_id += 1
    return out_sources, out_events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each analyze, alternated (best kept)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus folder {args.corpus} not found (../shared is needed, or pass --corpus)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        copies = replicate(args.corpus, folder, args.words)
        with Store(Path(tmp) / "seed.db") as store:  # also warms every cache (models, lexicons) up
            analyze(store, [args.corpus], Options(examine=False))  # framing on: tone mentions for the stage
            sources, events = load_sources(store), list(load_events(store))
            tones = load_tone_mentions(store)
        plain_s = framed_s = examine_s = float("inf")
        for turn in range(args.repeat):  # alternated, best of each: the machine's other load evens out
            with Store(Path(tmp) / f"plain{turn}.db") as store:
                started = time.perf_counter()
                report = analyze(store, [folder], Options(framing=False, examine=False))
                plain_s = min(plain_s, time.perf_counter() - started)
            with Store(Path(tmp) / f"full{turn}.db") as store:
                started = time.perf_counter()
                analyze(store, [folder], Options(examine=False))
                framed_s = min(framed_s, time.perf_counter() - started)
                started = time.perf_counter()
                exam = examine_stored(store)
                examine_s = min(examine_s, time.perf_counter() - started)
        added = framed_s - plain_s + examine_s
        print(f"analyze, events only:   {report.words:,} words in {copies} copies, {report.events:,} events, {plain_s:.1f}s")
        print(f"analyze with framing:   {framed_s:.1f}s (+{framed_s - plain_s:.1f}s)")
        print(f"examine stage:          {exam.claims:,} claims in {examine_s:.2f}s")
        print(f"framing + examine add:  {100 * added / plain_s:.1f}% to analyze (target <= 20%)")
    print(f"seed: {len(sources)} documents, {len(events)} events")
    base = None
    for scale in (int(s) for s in args.scales.split(",")):
        s_sources, s_events = scaled(sources, events, scale)
        started = time.perf_counter()
        result = examine(s_sources, s_events, tones)
        seconds = time.perf_counter() - started
        per_event = seconds / len(s_events) * 1e6
        base = base or per_event
        print(f"x{scale:<4} {len(s_events):>8,} events {len(result.claims):>7,} claims {seconds:7.2f}s "
              f"{per_event:7.1f} us/event  ratio to x1 {per_event / base:5.2f}  peak RSS {peak_mb():.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
