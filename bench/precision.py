"""Events the coder finds in text that is not about politics, per 1,000 words, beside political text.

    python bench/precision.py [--folder DIR] [--baseline DIR] [--json]

1. Codes every text in ``bench/nonpolitical`` (sport, business, culture, science, games, weather, travel,
   website boilerplate...: written for rashomon, the topic is the first word of the file name) with
   ``rashomon.engine.code.code_texts``, each file whole (headline and body) as one item, and prints per
   topic and in total: texts, words, events and events per 1,000 words (target: near zero, at most 1),
   the same for the dyadic events (a coded source and a coded target, the ones a GDELT-style user
   counts), then every event found, so that the false positives can be read.
2. The same figures for the caucasus articles in ``../shared`` (skipped with a note when absent): each
   read with rashomon's text reader and coded on the segments the pipeline analyses (article body and
   comments, no headlines, captions or page debris), as one item per article. The ratio of the two
   rates shows how far the non-political rate is from the political one (measured in the same run).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rashomon.engine.code import Item, code_texts
from rashomon.ingest.document import build_document
from rashomon.ingest.readers import get_reader
from rashomon.ingest.sources import Source
from rashomon.nlp.stage import analysed_segments
from rashomon.settings import Options

HERE = Path(__file__).resolve().parent
DEFAULT_FOLDER = HERE / "nonpolitical"
DEFAULT_BASELINE = HERE.parent.parent / "shared" / "corpus" / "caucasus"
SENTENCE_CHARS = 120


def topic(name: str) -> str:
    """The topic tag a bench file's name starts with: "sport-lisbon-derby.txt" -> "sport"."""
    return name.split("-", 1)[0]


def bench_items(folder: Path) -> list[Item]:
    """Each text file of ``folder`` whole, as (file name, text, no date)."""
    return [(p.name, p.read_text(encoding="utf-8"), None) for p in sorted(folder.glob("*.txt"))]


def article_items(folder: Path) -> list[Item]:
    """Each article of ``folder`` as the pipeline reads it: its analysed segments joined, its date."""
    reader, options = get_reader("text"), Options()
    items: list[Item] = []
    for path in sorted(folder.glob("*.txt")):
        for raw in reader.read(Source(path.name, path), options):
            doc = build_document(raw)  # type: ignore[arg-type]
            text = "\n\n".join(doc.text[s.start : s.end] for _, s in analysed_segments(doc))
            items.append((path.name, text, doc.published.value if doc.published else None))
    return items


def per_1000(events: int, words: int) -> float:
    return 1000 * events / words if words else 0.0


def measure(items: Sequence[Item], group: Callable[[str], str] | None = None) -> dict[str, Any]:
    """Codes ``items``; their figures per group (``group`` of the item's id) and in total, every event found."""
    t0 = time.perf_counter()
    results = code_texts(items)
    seconds = time.perf_counter() - t0
    groups: dict[str, dict[str, Any]] = {}
    found: list[dict[str, Any]] = []
    for (name, text, _), events in zip(items, results, strict=True):
        row = groups.setdefault(group(name) if group else name, {"texts": 0, "words": 0, "events": 0, "dyadic": 0})
        row["texts"] += 1
        row["words"] += len(text.split())
        row["events"] += len(events)
        for e in events:
            source, target = [a["code"] for a in e["source"]], [a["code"] for a in e["target"]]
            row["dyadic"] += any(source) and any(target)
            found.append({"file": name, "event": e["event"], "trigger": e["eventText"], "source": source,
                          "target": target, "modality": e["provenance"]["modality"], "sentence": e["text"]})  # fmt: skip
    total = {k: sum(r[k] for r in groups.values()) for k in ("texts", "words", "events", "dyadic")}
    for row in [*groups.values(), total]:
        row["per_1000_words"] = round(per_1000(row["events"], row["words"]), 2)
        row["dyadic_per_1000_words"] = round(per_1000(row["dyadic"], row["words"]), 2)
    return {"groups": dict(sorted(groups.items())), "total": total, "events": found, "seconds": round(seconds, 1)}


def codes(actors: list[str | None]) -> str:
    return "+".join(c or "?" for c in actors) or "-"


def print_table(title: str, figures: dict[str, Any]) -> None:
    """One row per group and a total: the events, and those with a coded source and a coded target."""
    width = max(len(title), *(len(name) + 2 for name in figures["groups"]))
    print(f"{title:<{width}} {'texts':>5} {'words':>7} {'events':>6} {'per 1,000 words':>15} "
          f"{'dyadic':>6} {'per 1,000 words':>15}")  # fmt: skip
    for name, row in [*((f"  {k}", v) for k, v in figures["groups"].items()), ("total", figures["total"])]:
        print(f"{name:<{width}} {row['texts']:>5} {row['words']:>7,} {row['events']:>6} {row['per_1000_words']:>15.2f} "
              f"{row['dyadic']:>6} {row['dyadic_per_1000_words']:>15.2f}")  # fmt: skip


def print_events(found: list[dict[str, Any]]) -> None:
    """Every event: file, PLOVER type, trigger, source -> target codes, modality when not asserted, sentence."""
    width = max((len(e["file"]) for e in found), default=0)
    for e in found:
        sentence = " ".join(e["sentence"].split())
        if len(sentence) > SENTENCE_CHARS:
            sentence = sentence[: SENTENCE_CHARS - 3] + "..."
        modality = "" if e["modality"] == "asserted" else e["modality"]
        print(f"  {e['file']:<{width}}  {e['event']:<9} {e['trigger'][:16]!r:<18} {codes(e['source']):>8} -> "
              f"{codes(e['target']):<8} {modality:<12} {sentence}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER, help="the non-political texts")
    parser.add_argument("--baseline", type=Path, default=DEFAULT_BASELINE, help="political articles to compare")
    parser.add_argument("--json", action="store_true", help="print every figure and event as JSON")
    args = parser.parse_args()
    items = bench_items(args.folder)
    if not items:
        raise SystemExit(f"no .txt files in {args.folder}")
    nonpolitical = measure(items, topic)
    baseline = measure(article_items(args.baseline)) if args.baseline.is_dir() else None
    ratios = None
    if baseline and baseline["total"]["dyadic"]:
        ratios = {k: round(nonpolitical["total"][k] / baseline["total"][k], 3)
                  for k in ("per_1000_words", "dyadic_per_1000_words")}  # fmt: skip
    if args.json:
        print(json.dumps({"nonpolitical": nonpolitical, "baseline": baseline, "ratio": ratios}, indent=2))
        return

    print(f"non-political texts: {args.folder}  (coded in {nonpolitical['seconds']}s)")
    print_table("topic", nonpolitical)
    print(f"\nevents found in non-political text ({len(nonpolitical['events'])}):")
    print_events(nonpolitical["events"])
    print()
    if baseline is None:
        print(f"baseline: {args.baseline} not found (../shared is absent, or pass --baseline); no ratio")
    else:
        print(f"baseline, political articles: {args.baseline}  (coded in {baseline['seconds']}s)")
        print_table("articles", baseline)
    print()
    for name, figures in (("non-political", nonpolitical), ("political", baseline)):
        if figures is not None:
            total = figures["total"]
            print(f"{name + ':':<15}{total['per_1000_words']:6.2f} events per 1,000 words, "
                  f"{total['dyadic_per_1000_words']:5.2f} dyadic")  # fmt: skip
    if ratios is not None:
        print(f"ratio non-political / political: {ratios['per_1000_words']:.2f} events, "
              f"{ratios['dyadic_per_1000_words']:.2f} dyadic  (target: near zero; <= 1 event per 1,000 words)")


if __name__ == "__main__":
    main()
