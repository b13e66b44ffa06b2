"""Score rashomon's headline-vs-body stance (rashomon.nlp.stance) on FNC-1.

FNC-1 (the Fake News Challenge, stage 1) pairs headlines with article bodies and labels each pair
``agree``, ``disagree``, ``discuss`` or ``unrelated``. Its folder holds the original files:
``stances.csv`` (Headline, Body ID, Stance) and ``bodies.csv`` (Body ID, articleBody).

The stance weights are fitted on part of this set (``eval/train_stance.py``), so pairs are split by the
sha1 of their Body ID: bodies whose hash falls in the held-out part (:func:`held_out`) were never seen in
training, and the headline figures are theirs. Figures on all pairs are given too, for reference only.

- ``score``: the FNC-1 weighted score: 0.25 for telling related from unrelated right, and 0.75 more for
  the right one of agree/disagree/discuss; ``score_pct`` is it as a share of the best possible;
- ``macro_f1``: the mean F1 of the four classes;
- baselines on the same pairs: every pair ``unrelated``; and word overlap alone (``discuss`` when the
  share of the headline's words found in the body reaches a threshold fitted on the training part,
  else ``unrelated``).
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, cast

from rashomon.errors import RashomonError
from rashomon.evaluate import metrics as m
from rashomon.evaluate.gold import GOLD_DIR
from rashomon.evaluate.runner import MAX_MISSES, subset

FNC_DIR = GOLD_DIR / "fnc1"
LABELS = ("agree", "disagree", "discuss", "unrelated")
#: One body in this many (by the sha1 of its id) is held out of training.
HELD_OUT_EVERY = 4


class FncError(RashomonError):
    """The FNC-1 files cannot be read."""


@dataclass(frozen=True, slots=True)
class Pair:
    headline: str
    body_id: str
    body: str
    stance: str


def held_out(body_id: str) -> bool:
    """Whether pairs with this body belong to the held-out part (never used to fit the weights)."""
    return int(hashlib.sha1(body_id.encode("utf-8")).hexdigest(), 16) % HELD_OUT_EVERY == 0


def _rows(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    if not path.is_file():
        raise FncError(f"{path}: no such file; expected FNC-1's stances.csv and bodies.csv in {path.parent}")
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in columns if c not in (reader.fieldnames or ())]
        if missing:
            raise FncError(f"{path}: the header lacks the column(s) {', '.join(missing)}")
        return list(reader)


def read_fnc(path: Path | None = None) -> tuple[str, list[Pair]]:
    """(the folder, its pairs in file order) from FNC-1's stances.csv and bodies.csv."""
    folder = FNC_DIR if path is None else Path(path)
    bodies = {
        r["Body ID"]: r["articleBody"] for r in _rows(folder / "bodies.csv", ("Body ID", "articleBody"))
    }
    pairs = []
    for n, r in enumerate(_rows(folder / "stances.csv", ("Headline", "Body ID", "Stance")), 2):
        if r["Body ID"] not in bodies:
            raise FncError(f"{folder / 'stances.csv'}:{n}: Body ID {r['Body ID']!r} is not in bodies.csv")
        if r["Stance"] not in LABELS:
            raise FncError(
                f"{folder / 'stances.csv'}:{n}: unknown stance {r['Stance']!r}; expected one of {LABELS}"
            )
        pairs.append(Pair(r["Headline"], r["Body ID"], bodies[r["Body ID"]], r["Stance"]))
    return str(folder), pairs


def fnc_score(gold: list[str], predicted: list[str]) -> tuple[float, float]:
    """(FNC-1 weighted score, the best possible score) for the labels."""
    got = best = 0.0
    for g, p in zip(gold, predicted, strict=True):
        best += 0.25 if g == "unrelated" else 1.0
        if (g == "unrelated") == (p == "unrelated"):
            got += 0.25
            if g != "unrelated" and g == p:
                got += 0.75
    return got, best


@dataclass(frozen=True, slots=True)
class StanceScores:
    n: int
    score: float
    score_max: float
    score_pct: float
    macro_f1: float
    accuracy: float
    per_class: tuple[m.LabelScore, ...]


def scores(gold: list[str], predicted: list[str]) -> StanceScores:
    got, best = fnc_score(gold, predicted)
    per = m.per_label_scores(gold, predicted, LABELS)
    return StanceScores(
        n=len(gold),
        score=got,
        score_max=best,
        score_pct=100 * m.ratio(got, best),
        macro_f1=sum(s.f1 for s in per) / len(per),
        accuracy=m.accuracy(gold, predicted),
        per_class=per,
    )


@dataclass(frozen=True, slots=True)
class FncMiss:
    headline: str
    body_id: str
    gold: str
    predicted: str


@dataclass(frozen=True, slots=True)
class FncResult:
    """Stance figures on the held-out bodies (the headline) and on all pairs, with the baselines."""

    path: str
    held_out: StanceScores
    all_pairs: StanceScores
    baseline_unrelated: StanceScores  # held-out part
    baseline_overlap: StanceScores  # held-out part
    overlap_threshold: float
    misses: tuple[FncMiss, ...]

    def as_dict(self) -> dict[str, Any]:
        return asdict(cast(Any, self))


def _fit_threshold(overlaps: list[float], gold: list[str]) -> float:
    """The overlap threshold that scores best on the given (training) pairs."""
    best_t, best_s = 1.0, -1.0
    for t in sorted(set(round(o, 3) for o in overlaps)):
        s = fnc_score(gold, ["discuss" if o >= t else "unrelated" for o in overlaps])[0]
        if s > best_s:
            best_t, best_s = t, s
    return best_t


def evaluate_fnc(path: Path | None, limit: int | None = None) -> FncResult:
    """Run rashomon.nlp.stance over FNC-1 pairs (``path``: the folder with stances.csv and bodies.csv,
    None for the development copy; ``limit``: a fixed subset of that many pairs) and score it."""
    from rashomon.nlp.stance import FEATURES, feature_rows, model

    folder, pairs = read_fnc(path)
    chosen = subset(pairs, limit, lambda p: f"{p.body_id}\t{p.headline}")
    x = feature_rows((p.headline, p.body) for p in chosen)
    probs = model().probabilities(x)
    predicted = [LABELS[i] for i in probs.argmax(axis=1)]
    gold = [p.stance for p in chosen]
    overlap = list(x[:, FEATURES.index("overlap")])
    keep = [held_out(p.body_id) for p in chosen]
    train_idx = [i for i, k in enumerate(keep) if not k]
    threshold = (
        _fit_threshold([overlap[i] for i in train_idx], [gold[i] for i in train_idx]) if train_idx else 0.5
    )
    idx = [i for i, k in enumerate(keep) if k]
    g = [gold[i] for i in idx]
    misses = [
        FncMiss(chosen[i].headline, chosen[i].body_id, gold[i], predicted[i])
        for i in idx
        if gold[i] != predicted[i]
    ]
    return FncResult(
        path=folder,
        held_out=scores(g, [predicted[i] for i in idx]),
        all_pairs=scores(gold, predicted),
        baseline_unrelated=scores(g, ["unrelated"] * len(g)),
        baseline_overlap=scores(g, ["discuss" if overlap[i] >= threshold else "unrelated" for i in idx]),
        overlap_threshold=threshold,
        misses=tuple(misses[:MAX_MISSES]),
    )


def run(path: Path | None, limit: int | None) -> tuple[FncResult, dict[str, Any]]:
    """(full result, headline figures: held-out bodies) for the evaluation suite."""
    r = evaluate_fnc(path, limit)
    h = r.held_out
    return r, {
        "n": h.n,
        "score_pct": round(h.score_pct, 1),
        "macro_f1": round(h.macro_f1, 3),
        "accuracy": round(h.accuracy, 3),
        "baseline_unrelated_pct": round(r.baseline_unrelated.score_pct, 1),
        "baseline_overlap_pct": round(r.baseline_overlap.score_pct, 1),
        "baseline_overlap_macro_f1": round(r.baseline_overlap.macro_f1, 3),
    }
