"""Events the coder finds in text that is not about politics, per 1,000 words, beside political text.

    python bench/precision.py [--folder DIR] [--baseline DIR] [--pages] [--json]

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
3. With ``--pages``, real pages: the validation part of the ingest benchmarks' English pages in ``../shared``
   that rashomon's own labels (``eval/data/page_topics.tsv``) call political news or not, each page's
   article text as ``rashomon analyze`` reads the saved page, coded as one item: the same figures for the
   non-political pages and, beside them, for the political ones (what the topic gate costs there). The
   training part of those pages trains the topic regression (eval/train_events.py) and is never read here.
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
PAGE_TOPICS = HERE.parent / "eval" / "data" / "page_topics.tsv"
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


def page_items() -> tuple[list[Item], dict[str, str], list[str]]:
    """The validation part's labelled pages as items (page key, article text, no date), each page's topic,
    and notes; no items, with a note, when the ingest benchmarks are absent."""
    from rashomon.evaluate.ingest import INGEST_DIR
    from rashomon.evaluate.page_topics import labelled_pages

    if not INGEST_DIR.is_dir():
        return [], {}, [f"{INGEST_DIR} not found (../shared is absent); no real pages"]
    pages, notes = labelled_pages(PAGE_TOPICS, "validation")
    return [(p.key, p.text, None) for p in pages], {p.key: p.topic for p in pages}, notes


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
        key = group(name) if group else name
        row = groups.setdefault(key, {"texts": 0, "words": 0, "events": 0, "dyadic": 0})
        row["texts"] += 1
        row["words"] += len(text.split())
        row["events"] += len(events)
        for e in events:
            source, target = [a["code"] for a in e["source"]], [a["code"] for a in e["target"]]
            row["dyadic"] += any(source) and any(target)
            found.append({"file": name, "group": key, "event": e["event"], "trigger": e["eventText"], "source": source,
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
    parser.add_argument("--pages", action="store_true", help="also the labelled real pages (validation part)")
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
    pages = None
    page_notes: list[str] = []
    if args.pages:
        page_list, page_topic, page_notes = page_items()
        pages = measure(page_list, page_topic.__getitem__) if page_list else None
    if args.json:
        print(json.dumps({"nonpolitical": nonpolitical, "baseline": baseline, "ratio": ratios, "pages": pages,
                          "page_notes": page_notes}, indent=2))  # fmt: skip
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
    if args.pages:
        print_pages(pages, page_notes)


def print_pages(pages: dict[str, Any] | None, notes: list[str]) -> None:
    """The real pages' figures by their label, then the events found on the non-political ones."""
    print()
    for note in notes:
        print(f"note: {note}")
    if pages is None:
        print("real pages: none read")
        return
    print(f"real pages (validation part, labelled by topic)  (coded in {pages['seconds']}s)")
    print_table("label", pages)
    wrong = [e for e in pages["events"] if e["group"] == "nonpolitical"]
    print(f"\nevents found on non-political pages ({len(wrong)}):")
    print_events(wrong)


if __name__ == "__main__":
    main()
