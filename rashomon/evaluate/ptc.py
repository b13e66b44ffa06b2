"""Propaganda spans and techniques scored on the PTC corpus (SemEval-2020 task 11).

The corpus (``../shared/data/gold-dev/ptc``, never copied here) holds articles ``article<ID>.txt`` with
two label files each: ``task1-SI`` (propaganda spans, ``id<TAB>start<TAB>end``) and ``task2-TC``
(technique spans, ``id<TAB>technique<TAB>start<TAB>end``); offsets are characters of the article text.

Articles are split by the sha1 of their id: one in five (:func:`held_out`) is held out and never used to
fit the shipped model (``eval/train_ptc.py`` fits it on the others). Figures are reported on the held-out
part unless another part is asked for.

Figures:

- span identification (task 1), as the task defined it: gold and predicted spans of an article are each
  merged where they overlap; a predicted span s earns sum_t |s & t| / |s| over gold spans t (its
  precision credit), a gold span t earns sum_s |s & t| / |t| (its recall credit); P and R are the mean
  credits over all predicted and all gold spans of the part, F1 their harmonic mean;
- technique classification given the gold spans (task 2 style): each gold technique span gets one label
  from us; micro-F1 (= accuracy, since every span is labelled) and per-technique P/R/F1;
- labelled span F1: the task-1 formula applied per technique (a predicted span only earns credit from
  gold spans of its own technique), pooled over techniques (micro) and per technique.

Each is given for the full system (model + lexicon + rules, as ``technique_spans`` runs) and for the
lexicon alone (no trained weights), so the lexicon's own worth is visible.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from rashomon.evaluate.gold import GOLD_DIR, GoldFormatError
from rashomon.evaluate.runner import subset
from rashomon.records import TECHNIQUES

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from rashomon.nlp.propaganda import TokenScores

PTC_DIR = GOLD_DIR / "ptc"
Part = Literal["heldout", "train", "all"]
#: One article in this many (by the sha1 of its id) is held out from training.
HELD_OUT_EVERY = 5

Span = tuple[int, int]
LabelledSpan = tuple[str, int, int]


@dataclass(frozen=True, slots=True)
class PtcArticle:
    """One PTC article: its id, its text, its propaganda spans (task 1) and technique spans (task 2)."""

    id: str
    text: str
    spans: tuple[Span, ...]
    techniques: tuple[LabelledSpan, ...]


def held_out(article_id: str) -> bool:
    """Whether an article belongs to the held-out part (fixed by the sha1 of its id)."""
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % HELD_OUT_EVERY == 0


def _labels(path: Path, article_id: str, columns: int) -> list[list[str]]:
    if not path.is_file():
        raise GoldFormatError(str(path), f"the label file of article {article_id} is missing")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != columns or parts[0] != article_id:
            raise GoldFormatError(f"{path}:{n}", f"expected {columns} tab-separated columns starting with the "
                                  f"article id {article_id}: {line!r:.120}")  # fmt: skip
        rows.append(parts)
    return rows


def _offsets(where: str, start: str, end: str, text: str) -> Span:
    try:
        s, e = int(start), int(end)
    except ValueError:
        raise GoldFormatError(where, f"offsets are not integers: {start!r}, {end!r}") from None
    if not 0 <= s < e <= len(text):
        raise GoldFormatError(where, f"span {s}..{e} is not inside the article ({len(text)} characters)")
    return s, e


def read_ptc(path: str | Path | None = None) -> list[PtcArticle]:
    """The articles of a PTC folder (default: the development copy), sorted by id."""
    root = Path(path) if path is not None else PTC_DIR
    art_dir = root / "train-articles"
    si_dir, tc_dir = root / "train-labels-task1-span-identification", root / "train-labels-task2-technique-classification"
    if not art_dir.is_dir():
        raise GoldFormatError(str(root), "not a PTC folder: it has no train-articles/ folder")
    articles = []
    for f in sorted(art_dir.glob("article*.txt")):
        aid = f.stem.removeprefix("article")
        with f.open(encoding="utf-8", newline="") as fh:  # offsets count characters as stored (\r\n stays two)
            text = fh.read()
        spans = [_offsets(f"{si_dir}/{aid}", s, e, text) for _, s, e in _labels(si_dir / f"article{aid}.task1-SI.labels", aid, 3)]
        techs = []
        for _, tech, s, e in _labels(tc_dir / f"article{aid}.task2-TC.labels", aid, 4):
            if tech not in TECHNIQUES:
                raise GoldFormatError(f"{tc_dir}/{aid}", f"unknown technique {tech!r}")
            techs.append((tech, *_offsets(f"{tc_dir}/{aid}", s, e, text)))
        articles.append(PtcArticle(aid, text, tuple(sorted(spans)), tuple(sorted(techs, key=lambda x: (x[1], x[2])))))
    if not articles:
        raise GoldFormatError(str(art_dir), "no article*.txt files")
    return articles


def part_of(articles: Sequence[PtcArticle], part: Part) -> list[PtcArticle]:
    if part == "all":
        return list(articles)
    want = part == "heldout"
    return [a for a in articles if held_out(a.id) == want]


# ============================================================================================== scoring


@dataclass(frozen=True, slots=True)
class OverlapScore:
    """Partial-overlap precision, recall and F1 (SemEval-2020 task 11, span identification)."""

    precision: float
    recall: float
    f1: float
    n_predicted: int
    n_gold: int


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Spans with overlapping ones joined, sorted."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _credit(spans: Sequence[Span], others: Sequence[Span]) -> float:
    """sum over spans a, others b of |a & b| / |a| (both lists merged and sorted)."""
    total = 0.0
    j = 0
    for s, e in spans:
        while j < len(others) and others[j][1] <= s:
            j += 1
        k = j
        overlap = 0
        while k < len(others) and others[k][0] < e:
            overlap += max(0, min(e, others[k][1]) - max(s, others[k][0]))
            k += 1
        total += overlap / (e - s)
    return total


def overlap_score(pairs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> OverlapScore:
    """Score (gold spans, predicted spans) pairs, one per article, as task 1 did (see the module doc)."""
    p_credit = r_credit = 0.0
    n_pred = n_gold = 0
    for gold, pred in pairs:
        g = merge_spans(s for s in gold if s[1] > s[0])
        p = merge_spans(s for s in pred if s[1] > s[0])
        p_credit += _credit(p, g)
        r_credit += _credit(g, p)
        n_pred += len(p)
        n_gold += len(g)
    precision = p_credit / n_pred if n_pred else 0.0
    recall = r_credit / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return OverlapScore(precision, recall, f1, n_pred, n_gold)


@dataclass(frozen=True, slots=True)
class TechniqueScore:
    """One technique's figures: gold count, task-2 P/R/F1 given gold spans, labelled span score."""

    technique: str
    n_gold: int
    tc_precision: float
    tc_recall: float
    tc_f1: float
    labelled: OverlapScore


def _labelled(
    gold: Sequence[Sequence[LabelledSpan]], pred: Sequence[Sequence[LabelledSpan]]
) -> tuple[OverlapScore, dict[str, OverlapScore]]:
    """Per-technique overlap scores and their micro pool (credits and counts summed over techniques)."""
    per: dict[str, OverlapScore] = {}
    p_sum = r_sum = 0.0
    n_p = n_g = 0
    for tech in TECHNIQUES:
        sc = overlap_score(
            ([(s, e) for t, s, e in g if t == tech], [(s, e) for t, s, e in p if t == tech])
            for g, p in zip(gold, pred, strict=True)
        )
        per[tech] = sc
        p_sum += sc.precision * sc.n_predicted
        r_sum += sc.recall * sc.n_gold
        n_p += sc.n_predicted
        n_g += sc.n_gold
    precision = p_sum / n_p if n_p else 0.0
    recall = r_sum / n_g if n_g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return OverlapScore(precision, recall, f1, n_p, n_g), per


def _tc_scores(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, dict[str, tuple[float, float, float]]]:
    """Micro-F1 (= accuracy) and per-label P/R/F1 of single-label predictions."""
    hits = sum(g == p for g, p in zip(gold, pred, strict=True))
    per = {}
    for tech in TECHNIQUES:
        tp = sum(g == p == tech for g, p in zip(gold, pred, strict=True))
        n_p, n_g = pred.count(tech), gold.count(tech)
        pr = tp / n_p if n_p else 0.0
        rc = tp / n_g if n_g else 0.0
        per[tech] = (pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    return (hits / len(gold) if gold else 0.0), per


# ============================================================================================== systems


@dataclass(frozen=True, slots=True)
class ArticleOutput:
    """What a system says of one article: technique spans (character offsets) and a label per gold span."""

    spans: tuple[LabelledSpan, ...]
    gold_labels: tuple[str, ...]


def parse_articles(articles: Sequence[PtcArticle], model_setting: str | None = None) -> list[Doc]:
    """Every article parsed whole by the project's spaCy pipeline."""
    from rashomon.nlp import pipeline

    nlp = pipeline.load(model_setting)
    return list(nlp.pipe((a.text for a in articles), batch_size=16))


def system_output(article: PtcArticle, parsed: Doc, *, use_model: bool, scores: TokenScores | None = None) -> ArticleOutput:
    """Spans and gold-span labels from rashomon's propaganda module (``use_model`` False: lexicon only;
    ``scores``: the encoder's token scores of the article, to take the encoder path; None: the hashed model)."""
    from rashomon.nlp import propaganda as pr

    t = pr.tokens_of(parsed)
    use_encoder = use_model and scores is not None
    found = pr.find_spans(parsed, t, use_model=use_model, encoder=use_encoder, scores=scores if use_encoder else None)
    spans = []
    for f in found:
        s = parsed[f.start].idx
        e = parsed[f.end - 1].idx + len(parsed[f.end - 1].text)
        spans.append((f.technique, s, e))
    m = pr.model() if use_model else None
    tg = pr.tagger() if use_encoder else None
    lower = t.lower.tolist()
    labels = []
    for _tech, s, e in article.techniques:
        span = parsed.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            labels.append("Loaded_Language")
            continue
        if tg is not None and scores is not None:
            labels.append(pr.classify_encoder(t, span.start, span.end, scores, tg, m, lower)[0])
        elif m is not None:
            labels.append(pr.classify(t, span.start, span.end, m, lower)[0])
        else:
            inside = Counter(h.entry.technique for h in t.hits if h.start < span.end and h.end > span.start)
            labels.append(inside.most_common(1)[0][0] if inside else "Loaded_Language")
    return ArticleOutput(tuple(spans), tuple(labels))


# ============================================================================================== result


@dataclass(frozen=True, slots=True)
class SystemScores:
    span: OverlapScore  # task 1, technique-agnostic
    tc_micro_f1: float  # task 2 given the gold spans
    labelled: OverlapScore  # task 1 formula per technique, pooled
    per_technique: tuple[TechniqueScore, ...]


@dataclass(frozen=True, slots=True)
class PtcResult:
    """Figures of the full system and of the lexicon alone on one part of PTC (see the module doc)."""

    path: str
    part: str
    n: int  # articles
    n_gold_spans: int
    n_gold_techniques: int
    spans_by: str  # "encoder" (the tuned encoder layers and heads) or "hashed" (the hashed-feature model)
    model_trained_on: str
    system: SystemScores
    lexicon: SystemScores
    seconds_parse: float
    seconds_encoder: float  # encoding the articles (0 on the hashed path)
    seconds_system: float  # finding and labelling the spans, after parsing and encoding
    n_words: int  # whitespace-separated words of the articles

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _scores(articles: Sequence[PtcArticle], outputs: Sequence[ArticleOutput]) -> SystemScores:
    span = overlap_score(([s for s in a.spans], [(s, e) for _, s, e in o.spans]) for a, o in zip(articles, outputs, strict=True))
    gold_labels = [t for a in articles for t, _, _ in a.techniques]
    pred_labels = [p for o in outputs for p in o.gold_labels]
    micro, per_tc = _tc_scores(gold_labels, pred_labels)
    pooled, per_lab = _labelled([a.techniques for a in articles], [o.spans for o in outputs])
    n_gold = Counter(gold_labels)
    per = tuple(TechniqueScore(t, n_gold[t], *per_tc[t], per_lab[t]) for t in TECHNIQUES)
    return SystemScores(span, micro, pooled, per)


def evaluate_ptc(
    path: Path | None, limit: int | None = None, part: Part = "heldout", encoder: str | None = None
) -> PtcResult:
    """Score rashomon's propaganda spans on PTC (``path`` None: the development copy); ``limit`` keeps a
    fixed subset of the part's articles (by the sha1 of their ids). ``encoder`` (auto, on, off; default
    $RASHOMON_ENCODER, else auto) chooses the encoder path or the hashed model, as the NLP stage does."""
    import time

    from rashomon.nlp import propaganda as pr

    articles = subset(part_of(read_ptc(path), part), limit, lambda a: a.id)
    use_encoder = pr.use_encoder(encoder)
    t0 = time.perf_counter()
    parsed = parse_articles(articles)
    t1 = time.perf_counter()
    scores: list[TokenScores | None] = list(pr.encoder_scores(parsed)) if use_encoder else [None] * len(parsed)
    t2 = time.perf_counter()
    full = [system_output(a, d, use_model=True, scores=s) for a, d, s in zip(articles, parsed, scores, strict=True)]
    t3 = time.perf_counter()
    lex = [system_output(a, d, use_model=False) for a, d in zip(articles, parsed, strict=True)]
    m, tg = pr.model(), pr.tagger()
    if use_encoder and tg is not None:
        trained_on = tg.trained_on
    else:
        trained_on = m.trained_on if m is not None else "(no model: lexicon only)"
    return PtcResult(
        path=str(path if path is not None else PTC_DIR),
        part=part,
        n=len(articles),
        n_gold_spans=sum(len(merge_spans(a.spans)) for a in articles),
        n_gold_techniques=sum(len(a.techniques) for a in articles),
        spans_by="encoder" if use_encoder else "hashed",
        model_trained_on=trained_on,
        system=_scores(articles, full),
        lexicon=_scores(articles, lex),
        seconds_parse=round(t1 - t0, 2),
        seconds_encoder=round(t2 - t1, 2),
        seconds_system=round(t3 - t2, 2),
        n_words=sum(len(a.text.split()) for a in articles),
    )


def headline(r: PtcResult) -> dict[str, Any]:
    """The figures the evaluation gate pins."""
    return {
        "n": r.n,
        "spans_by": r.spans_by,
        "span_f1": round(r.system.span.f1, 3),
        "span_precision": round(r.system.span.precision, 3),
        "span_recall": round(r.system.span.recall, 3),
        "tc_micro_f1": round(r.system.tc_micro_f1, 3),
        "labelled_f1": round(r.system.labelled.f1, 3),
        "lexicon_span_f1": round(r.lexicon.span.f1, 3),
        "lexicon_tc_micro_f1": round(r.lexicon.tc_micro_f1, 3),
    }


def run(path: Path | None, limit: int | None, encoder: str | None = None) -> tuple[PtcResult, dict[str, Any]]:
    """(result, headline figures) on the held-out part: the suite's entry point (``encoder`` as for
    :func:`evaluate_ptc`)."""
    r = evaluate_ptc(path, limit, encoder=encoder)
    return r, headline(r)


def _table(r: PtcResult) -> str:
    lines = [f"PTC {r.part}: {r.n} articles, {r.n_gold_spans} merged gold spans, {r.n_gold_techniques} technique spans",
             f"spans by: the {r.spans_by} path; trained on: {r.model_trained_on}",
             f"{'':36} {'system':>8} {'lexicon':>8}",
             f"{'span P (task 1)':36} {r.system.span.precision:8.3f} {r.lexicon.span.precision:8.3f}",
             f"{'span R (task 1)':36} {r.system.span.recall:8.3f} {r.lexicon.span.recall:8.3f}",
             f"{'span F1 (task 1)':36} {r.system.span.f1:8.3f} {r.lexicon.span.f1:8.3f}",
             f"{'technique micro-F1 given gold spans':36} {r.system.tc_micro_f1:8.3f} {r.lexicon.tc_micro_f1:8.3f}",
             f"{'labelled span F1 (micro)':36} {r.system.labelled.f1:8.3f} {r.lexicon.labelled.f1:8.3f}",
             "", f"{'technique':36} {'gold':>5} {'tcP':>6} {'tcR':>6} {'tcF1':>6} {'labF1':>6} {'lexLabF1':>8}"]  # fmt: skip
    for s, x in zip(r.system.per_technique, r.lexicon.per_technique, strict=True):
        lines.append(f"{s.technique:36} {s.n_gold:5d} {s.tc_precision:6.3f} {s.tc_recall:6.3f} {s.tc_f1:6.3f} "
                     f"{s.labelled.f1:6.3f} {x.labelled.f1:8.3f}")  # fmt: skip
    lines.append(f"{r.n_words} words: parse {r.seconds_parse}s, encoder {r.seconds_encoder}s, "
                 f"propaganda spans {r.seconds_system}s")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python3 -m rashomon.evaluate.ptc",
        description="Score propaganda spans on PTC (train the model with eval/train_ptc.py). "
        "Example: python3 -m rashomon.evaluate.ptc --part heldout",
    )
    ap.add_argument("--path", type=Path, default=None, help="a PTC folder (default: the development copy)")
    ap.add_argument("--limit", type=int, default=None, help="a fixed subset of this many articles")
    ap.add_argument("--part", choices=["heldout", "train", "all"], default="heldout")
    ap.add_argument("--encoder", choices=["auto", "on", "off"], default=None,
                    help="the encoder path (auto: when installed; default $RASHOMON_ENCODER, else auto)")
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = ap.parse_args(argv)
    r = evaluate_ptc(args.path, args.limit, args.part, args.encoder)
    print(json.dumps(r.as_dict(), indent=1) if args.json else _table(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
