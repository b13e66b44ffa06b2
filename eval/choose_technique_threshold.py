"""Choose the confidence above which the views show a technique span, on the training part of PTC only.

    python3 eval/choose_technique_threshold.py            # choose, print the curve, write the data file
    python3 eval/choose_technique_threshold.py --dry-run  # choose and print, write nothing

The propaganda module scores each span it finds (``technique_spans.score``: the token scorer's mean
probability times the technique's probability for a model span; 1.0 for a lexicon hit or a loaded actor
label). The views (report and app) highlight only the model's spans scored at or above a threshold; the export
keeps every span with its score. On PTC's training part (the articles ``rashomon.evaluate.ptc.held_out``
does not hold out) the model's spans are cut into bands of score (0.05 wide) and each band's task-1
partial-overlap precision measured; the threshold is the lowest score from which every band reaches
``--precision`` (0.5), so each span shown is right at least half the time, not only their average.
Lexicon hits all score 1.0, so no threshold can sort them: they are shown only if, together, they reach
the same precision there. The held-out part is never read to choose; with ``--report-heldout`` the precision there
at the chosen threshold is printed, for information.

The spans are found exactly as the pipeline finds them (``propaganda.find_spans``, hashed model, no
encoder) on whole articles. The shipped propaganda model was fitted on the whole training part, so its
precision there is in-sample (a threshold chosen on it showed spans right 0.36 of the time on the held-out
part). So the threshold is chosen out of sample: a model is fitted as ``eval/train_ptc.py`` fits the shipped
one (same features and settings) on four fifths of the training part, and the bands are measured on the
other fifth (``train_ptc.dev_part``, the fifth train_ptc tunes its own settings on). ``--in-sample`` measures
the shipped model on the whole training part instead. Writes ``rashomon/data/technique_threshold.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rashomon.evaluate import ptc  # noqa: E402
from rashomon.nlp import propaganda as pr  # noqa: E402
from rashomon.report.spans import THRESHOLD_FILE  # noqa: E402

OUT = ROOT / "rashomon" / "data" / THRESHOLD_FILE

Scored = tuple[int, int, float, str]  # char start, end, score, cue ("model" or the lexicon entry)


def _scored(doc, found: Sequence[pr.Found]) -> list[Scored]:  # type: ignore[no-untyped-def]
    """Found spans (token indices) as (character start, end, score, cue) of ``doc``."""
    return [(doc[f.start].idx, doc[f.end - 1].idx + len(doc[f.end - 1].text), float(f.score), f.cue) for f in found]


def scored_spans(articles: Sequence[ptc.PtcArticle], cache: Path | None = None) -> list[list[Scored]]:
    """Every span the pipeline's propaganda module finds in each article, with its score (``cache``: a JSON
    file keeping them between runs, keyed by the articles' ids)."""
    ids = [a.id for a in articles]
    if cache is not None and cache.is_file():
        saved = json.loads(cache.read_text(encoding="utf-8"))
        if saved.get("ids") == ids:
            return [[(int(s), int(e), float(sc), str(c)) for s, e, sc, c in found] for found in saved["spans"]]
    docs = ptc.parse_articles(articles)
    out = [_scored(doc, pr.find_spans(doc, pr.tokens_of(doc), encoder=False)) for doc in docs]
    if cache is not None:
        cache.write_text(json.dumps({"ids": ids, "spans": out}), encoding="utf-8")
    return out


def out_of_sample_spans(
    train: Sequence[ptc.PtcArticle], cache: Path | None = None
) -> tuple[list[ptc.PtcArticle], list[list[Scored]]]:
    """(the development fifth of the training part, the spans found in each of its articles by a model fitted on
    the other four fifths): spans as the pipeline finds and scores them, by a model no span of it was fitted on
    (``cache``: a DocBin file keeping the parsed articles, as train_ptc.py's --cache)."""
    import train_ptc as tp  # this script's folder is on the path

    docs = tp.parse(train, cache)
    fit = [i for i, a in enumerate(train) if not tp.dev_part(a.id)]
    dev = [i for i, a in enumerate(train) if tp.dev_part(a.id)]
    data = tp.Data([train[i] for i in fit], [docs[i] for i in fit])
    shipped = pr.model()
    if shipped is None:
        raise SystemExit(f"the propaganda model ({pr.MODEL_FILE}) is not installed")
    # the settings eval/train_ptc.py fits the shipped model with (its defaults) and the shipped threshold
    m = tp.as_model(tp.train_token_model(data, 2, 1e-5, 300), tp.train_span_model(data, 2, 1e-4, 300),
                    shipped.threshold, shipped.lexicon_fill)  # fmt: skip
    out = [_scored(docs[i], pr.find_spans(docs[i], pr.tokens_of(docs[i]), m=m, encoder=False)) for i in dev]
    return [train[i] for i in dev], out


def score_of(articles: Sequence[ptc.PtcArticle], spans: Sequence[Sequence[Scored]],
             keep: Callable[[float, str], bool]) -> ptc.OverlapScore:  # fmt: skip
    """Task-1 precision and recall of the spans ``keep(score, cue)`` admits."""
    return ptc.overlap_score(
        (a.spans, [(s, e) for s, e, score, cue in found if keep(score, cue)]) for a, found in zip(articles, spans, strict=True)
    )


def bands(articles: Sequence[ptc.PtcArticle], spans: Sequence[Sequence[Scored]], width: float,
          min_spans: int) -> list[tuple[float, float, ptc.OverlapScore]]:  # fmt: skip
    """The model's spans in bands of score ``width`` wide (a band with fewer than ``min_spans`` spans is
    joined to the next), each with its precision: (low, high, score), lowest first."""
    out: list[tuple[float, float, ptc.OverlapScore]] = []
    lo = 0.0
    hi = width
    while lo < 1.0:
        band = score_of(articles, spans, lambda sc, cue, a=lo, b=hi: cue == "model" and a <= sc < b)  # type: ignore[misc]
        if band.n_predicted >= min_spans or hi >= 1.0:
            if band.n_predicted:
                out.append((round(lo, 3), round(min(hi, 1.0), 3), band))
            lo = hi
        hi = round(hi + width, 6)
        if hi > 1.0 + width:
            break
    return out


def choose(curve: Sequence[tuple[float, float, ptc.OverlapScore]], target: float) -> float:
    """The lowest score from which every band of the model's spans reaches ``target`` precision: each span
    shown is more likely right than wrong (when ``target`` is 0.5), not only their average."""
    threshold = None
    for lo, _, sc in reversed(curve):
        if sc.precision < target:
            break
        threshold = lo
    if threshold is None:
        raise SystemExit(f"no band of the model's spans reaches precision {target}")
    return threshold


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--path", type=Path, default=None, help="a PTC folder (default: the development copy)")
    ap.add_argument("--precision", type=float, default=0.5, help="the precision the shown spans must reach")
    ap.add_argument("--band", type=float, default=0.05, help="the width of a score band")
    ap.add_argument("--min-spans", type=int, default=50, help="a band holds at least this many spans")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--cache", type=Path, default=None,
                    help="with --in-sample, a JSON file keeping the found spans; else a DocBin file keeping the parsed articles")
    ap.add_argument("--in-sample", action="store_true",
                    help="measure the shipped model on the whole training part (optimistic) instead of out of sample")
    ap.add_argument("--dry-run", action="store_true", help="print, write nothing")
    ap.add_argument("--report-heldout", action="store_true", help="also print the held-out precision (not used to choose)")
    args = ap.parse_args(argv)

    started = time.monotonic()
    everything_train = ptc.part_of(ptc.read_ptc(args.path), "train")
    if args.in_sample:
        train, spans = everything_train, scored_spans(everything_train, args.cache)
        chosen_on = f"PTC train part ({len(train)} articles, the shipped model: in-sample; the held-out fifth not read)"
    else:
        train, spans = out_of_sample_spans(everything_train, args.cache)
        chosen_on = (f"PTC train part: {len(train)} of its {len(everything_train)} articles, scored by a model fitted on "
                     "the others (out of sample); the held-out fifth not read")  # fmt: skip
    curve = bands(train, spans, args.band, args.min_spans)
    threshold = choose(curve, args.precision)
    everything = score_of(train, spans, lambda sc, cue: True)
    lexicon = score_of(train, spans, lambda sc, cue: cue != "model")
    lexicon_shown = lexicon.precision >= args.precision
    kept = score_of(train, spans, lambda sc, cue: (cue == "model" and sc >= threshold) or (cue != "model" and lexicon_shown))
    print(f"{chosen_on}: {everything.n_gold} gold spans ({time.monotonic() - started:.0f}s)")
    print(f"every span:    precision {everything.precision:.3f} recall {everything.recall:.3f} ({everything.n_predicted} spans)")
    print(f"lexicon hits:  precision {lexicon.precision:.3f} recall {lexicon.recall:.3f} ({lexicon.n_predicted} spans, all "
          f"scored 1.0): {'shown' if lexicon_shown else 'not shown'}")  # fmt: skip
    for lo, hi, sc in curve:
        print(f"  model spans scored {lo:.2f} to {hi:.2f}: precision {sc.precision:.3f} ({sc.n_predicted} spans)")
    print(f"chosen: model spans scored {threshold:.2f} or more; what the views show: precision {kept.precision:.3f} "
          f"recall {kept.recall:.3f} ({kept.n_predicted} of {everything.n_predicted} spans)")  # fmt: skip
    record: dict[str, object] = {
        "threshold": threshold,
        "lexicon_shown": lexicon_shown,
        "target_precision": args.precision,
        "chosen_on": chosen_on,
        "train_precision": round(kept.precision, 4),
        "train_recall": round(kept.recall, 4),
        "train_spans_shown": kept.n_predicted,
        "train_spans_all": everything.n_predicted,
        "train_precision_all": round(everything.precision, 4),
        "train_precision_lexicon": round(lexicon.precision, 4),
        "bands": [{"from": lo, "to": hi, "precision": round(sc.precision, 4), "spans": sc.n_predicted} for lo, hi, sc in curve],
        "script": "eval/choose_technique_threshold.py",
    }
    if args.report_heldout:
        held = ptc.part_of(ptc.read_ptc(args.path), "heldout")
        hspans = scored_spans(held, None)
        hs = score_of(held, hspans, lambda sc, cue: (cue == "model" and sc >= threshold) or (cue != "model" and lexicon_shown))
        ha = score_of(held, hspans, lambda sc, cue: True)
        print(f"held-out, for information: shown precision {hs.precision:.3f} recall {hs.recall:.3f} ({hs.n_predicted} spans); "
              f"every span precision {ha.precision:.3f} ({ha.n_predicted})")  # fmt: skip
        record["heldout_precision"] = round(hs.precision, 4)
        record["heldout_recall"] = round(hs.recall, 4)
        record["heldout_precision_all"] = round(ha.precision, 4)
    if not args.dry_run:
        args.out.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
