"""Fit the stance weights (rashomon/data/stance_weights.tsv) on the training part of FNC-1.

    python3 eval/train_stance.py [--fnc ../shared/data/gold-dev/fnc1] [--out rashomon/data/stance_weights.tsv]

Pairs whose body is held out (rashomon.evaluate.fnc.held_out: one body in four by the sha1 of its id)
are never used here; `python3 -m rashomon eval fnc` reports figures on them. The model is a multinomial
logistic regression over rashomon.nlp.stance.FEATURES, standardised, fitted by full-batch gradient descent
with L2 regularisation and class weights, in pure numpy; the L2 strength and how strongly rare classes are
weighted up are chosen by 5-fold cross-validation over the training bodies (folds by another part of the
sha1 of the body id), by FNC-1 score.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rashomon.evaluate.fnc import LABELS, evaluate_fnc, fnc_score, held_out, read_fnc  # noqa: E402
from rashomon.nlp.stance import StanceModel, feature_rows  # noqa: E402

STEPS = 3000
RATE = 0.5
#: Tried by 5-fold cross-validation over the training bodies: L2 strength, and the power of the class
#: weights (0: every pair weighs the same; 1: every class weighs the same in total).
GRID = [(l2, power) for l2 in (1e-3, 1e-2, 5e-2) for power in (0.0, 0.5, 1.0)]
FOLDS = 5


def class_weights(y: np.ndarray, power: float) -> np.ndarray:
    counts = np.bincount(y, minlength=len(LABELS)).astype(float)
    counts[counts == 0] = 1.0
    return ((len(y) / (len(LABELS) * counts)) ** power)[y]


def cross_validate(x: np.ndarray, y: np.ndarray, folds: np.ndarray) -> tuple[float, float]:
    """The (L2, power) of GRID whose models score best (FNC-1 score) on held-back training folds."""
    gold = [LABELS[i] for i in y]
    best, best_score = GRID[0], -1.0
    for l2, power in GRID:
        predicted = [""] * len(y)
        for f in range(FOLDS):
            tr, te = folds != f, folds == f
            model = fit(x[tr], y[tr], class_weights(y[tr], power), l2)
            for i, k in zip(np.flatnonzero(te), model.probabilities(x[te]).argmax(axis=1), strict=True):
                predicted[i] = LABELS[k]
        got, top = fnc_score(gold, predicted)
        print(f"  L2 {l2:g}, class weight power {power:g}: cross-validated FNC score {100 * got / top:.1f}%")
        if got > best_score:
            best, best_score = (l2, power), got
    return best


def fit(x: np.ndarray, y: np.ndarray, sample_weight: np.ndarray, l2: float) -> StanceModel:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    n, k = len(z), len(LABELS)
    onehot = np.eye(k)[y]
    w = np.zeros((z.shape[1], k))
    b = np.zeros(k)
    sw = sample_weight / sample_weight.sum()
    for _ in range(STEPS):
        logits = z @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * sw[:, None]
        w -= RATE * (z.T @ g + l2 * w)
        b -= RATE * g.sum(axis=0)
    assert n > 0
    return StanceModel(mean, scale, w, b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fnc", type=Path, default=None, help="FNC-1 folder (stances.csv, bodies.csv)")
    parser.add_argument("--out", type=Path, default=ROOT / "rashomon" / "data" / "stance_weights.tsv")
    args = parser.parse_args()
    _, pairs = read_fnc(args.fnc)
    train = [p for p in pairs if not held_out(p.body_id)]
    x = feature_rows((p.headline, p.body) for p in train)
    y = np.asarray([LABELS.index(p.stance) for p in train])
    folds = np.asarray([int(hashlib.sha1(p.body_id.encode()).hexdigest()[-4:], 16) % FOLDS for p in train])
    l2, power = cross_validate(x, y, folds)
    print(f"chosen: L2 {l2:g}, class weight power {power:g}")
    model = fit(x, y, class_weights(y, power), l2)
    args.out.write_text(
        "# Stance weights fitted by eval/train_stance.py on the FNC-1 pairs whose body is not held out.\n"
        + model.to_tsv(),
        encoding="utf-8",
    )
    print(f"trained on {len(train)} pairs ({len({p.body_id for p in train})} bodies); wrote {args.out}")
    if args.out.resolve() == (ROOT / "rashomon" / "data" / "stance_weights.tsv").resolve():
        from rashomon.nlp.stance import model as shipped

        shipped.cache_clear()
        r = evaluate_fnc(args.fnc)
        for name, s in (("held-out", r.held_out), ("all-unrelated", r.baseline_unrelated),
                        ("overlap-only", r.baseline_overlap), ("all pairs (incl. training)", r.all_pairs)):  # fmt: skip
            print(f"{name}: n {s.n}, FNC score {s.score:.2f}/{s.score_max:.2f} = {s.score_pct:.1f}%, "
                  f"macro-F1 {s.macro_f1:.3f}, accuracy {s.accuracy:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
