"""Fit the geoparser's ranker (rashomon/data/geo_ranker.tsv) on the training parts of LGL and GeoVirus.

    python3 eval/train_geo_ranker.py [--out rashomon/data/geo_ranker.tsv] [--rounds 2] [--only FEATURE,...]

Only the articles of the training parts (rashomon.evaluate.split, by article id) are read;
`python3 -m rashomon eval lgl --part validation` (and geovirus) reports figures on the others. Each gold
toponym with coordinates is handed to the geoparser as a span, with the rest of the text as context (as
`rashomon eval lgl` does); its candidate readings, each with the ranker's features
(rashomon.nlp.places.FEATURES) in the context the geoparser last read it in, form one group, and the
readings within 161 km of the gold point are its right answers. A group with one candidate, or with none
right, teaches nothing and is left out.

The model is a conditional logit over each group's candidates (the probability of a reading is the
softmax of its weighted features; the loss is minus the log of the probability of the right ones), fitted
by damped Newton steps with L2 regularisation toward the weights set by hand before (HAND), in pure numpy. Its L2 strength is
chosen by 5-fold cross-validation over the training articles (folds by another part of the sha1 that
splits them) by the share of the groups whose top reading is right. The features' contexts depend on the
other names' readings, and those on the weights: with ``--rounds 2`` the table is read again with the new
weights and the fit repeated.

``--only currency,unpopulated`` fits just those features' weights, for features added to a fitted ranker:
the others stay as rashomon/data/geo_ranker.tsv has them, and each of the named ones, in turn and twice
over, takes the weight from a grid (ONLY_GRID) that puts the most groups' right reading on top, the figure
the geoparser is scored by (the logit's loss is its proxy). The weights of currency, unpopulated and
bare_county were chosen so (a refit of every weight with them, L2 by cross-validation, put 4 fewer of
LGL's train toponyms and 2 more of GeoVirus's within 161 km).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rashomon.evaluate import gold as g  # noqa: E402
from rashomon.evaluate.metrics import ACC_KM, haversine_km  # noqa: E402
from rashomon.evaluate.split import select  # noqa: E402
from rashomon.nlp import places  # noqa: E402

SETS = (("lgl", g.GEO_LGL), ("geovirus", g.GOLD_DIR / "geoparsing" / "GeoVirus.xml"))
#: The weights set by hand before the first fit: where the fit starts and what L2 pulls it back toward.
HAND = {
    "kind_country": 6.0, "kind_region": 8.5, "kind_admin": 8.0, "kind_district": 6.0, "kind_capital": 2.5,
    "kind_city": 0.0, "division_1": 4.0, "division_2": 2.5, "population": 0.6, "unpopulated": 0.0, "canonical": 0.8,
    "alternate": 0.0, "country": 1.0, "country_share": 0.5, "admin1": 0.5, "country_vote": 1.5,
    "state_vote": 1.0, "pair": 1.5, "near": 3.0, "capital_namesake": 0.0, "currency": 0.0,
    "bare_county": 0.0,
}  # fmt: skip
GRID = (0.01, 0.1, 1.0, 10.0, 100.0)
FOLDS = 5
STEPS = 60


@dataclass
class Table:
    x: np.ndarray  # (candidates, features)
    right: np.ndarray  # (candidates,) bool
    group: np.ndarray  # (candidates,) the group's index
    fold: np.ndarray  # (groups,) the fold of the group's article


def fold_of(set_name: str, article: str) -> int:
    h = int(hashlib.sha1(f"{set_name}:{article}".encode()).hexdigest(), 16)
    return (h // 10) % FOLDS


def read_table(gaz: places.Gazetteer) -> Table:
    xs: list[list[float]] = []
    right: list[bool] = []
    group: list[int] = []
    folds: list[int] = []
    for set_name, path in SETS:
        articles = select(g.read_geo(path).records, set_name, "train", lambda a: a.id)
        for art in articles:
            tops = [t for t in art.toponyms if t.resolved and t.start is not None and t.end is not None]
            by_span = {(t.start, t.end): t for t in tops}
            spans = [(t.start, t.end) for t in tops]
            for start, end, rows in places.ranking_table(art.text, spans, gazetteer=gaz, others=True):  # type: ignore[arg-type]
                t = by_span.get((start, end))
                if t is None or t.lat is None or t.lon is None or len(rows) < 2:
                    continue
                ok = [haversine_km(t.lat, t.lon, c.lat, c.lon) <= ACC_KM for c, _ in rows]
                if not any(ok) or all(ok):
                    continue
                for (_, feats), r in zip(rows, ok, strict=True):
                    xs.append([feats.get(f, 0.0) for f in places.FEATURES])
                    right.append(r)
                    group.append(len(folds))
                folds.append(fold_of(set_name, art.id))
    return Table(np.array(xs), np.array(right), np.array(group), np.array(folds))


def _group_softmax(s: np.ndarray, group: np.ndarray, n: int) -> np.ndarray:
    top = np.full(n, -np.inf)
    np.maximum.at(top, group, s)
    e = np.exp(s - top[group])
    total = np.zeros(n)
    np.add.at(total, group, e)
    return e / total[group]


def loss(w: np.ndarray, t: Table, prior: np.ndarray, l2: float) -> float:
    n = len(t.fold)
    p = _group_softmax(t.x @ w, t.group, n)
    right = np.zeros(n)
    np.add.at(right, t.group, np.where(t.right, p, 0.0))
    return float(-np.log(np.maximum(right, 1e-300)).sum() + 0.5 * l2 * ((w - prior) ** 2).sum())


def fit(t: Table, prior: np.ndarray, l2: float, free: np.ndarray | None = None) -> np.ndarray:
    """Damped Newton steps (the Hessian of the softmax's log-partition, plus L2) with backtracking.

    ``free``: the features whose weights are fitted (a boolean mask); the others keep their prior."""
    n, f = len(t.fold), t.x.shape[1]
    free = np.ones(f, dtype=bool) if free is None else free
    w = prior.copy()
    current = loss(w, t, prior, l2)
    for _ in range(STEPS):
        s = t.x @ w
        p = _group_softmax(s, t.group, n)
        q = _group_softmax(np.where(t.right, s, -np.inf), t.group, n)  # p given a right reading
        grad = (p - q) @ t.x + l2 * (w - prior)
        mean = np.zeros((n, f))
        np.add.at(mean, t.group, p[:, None] * t.x)
        centred = t.x - mean[t.group]
        hess = (centred * p[:, None]).T @ centred + (l2 + 1e-6) * np.eye(f)
        step = np.zeros(f)
        step[free] = np.linalg.solve(hess[np.ix_(free, free)], grad[free])
        rate = 1.0
        while rate > 1e-4:
            trial = w - rate * step
            got = loss(trial, t, prior, l2)
            if got <= current:
                break
            rate /= 2
        else:
            break
        w, gain, current = trial, current - got, got
        if gain < 1e-6:
            break
    return w


def top_right(w: np.ndarray, t: Table, groups: np.ndarray) -> int:
    """How many of ``groups`` have a right reading on top (ties: the first candidate, as the gazetteer
    orders them)."""
    s = t.x @ w
    got = 0
    for gi in groups:
        idx = np.flatnonzero(t.group == gi)
        got += bool(t.right[idx[np.argmax(s[idx])]])
    return got


def subset(t: Table, keep: np.ndarray) -> Table:
    groups = np.flatnonzero(keep)
    renumber = np.full(len(t.fold), -1)
    renumber[groups] = np.arange(len(groups))
    rows = keep[t.group]
    return Table(t.x[rows], t.right[rows], renumber[t.group[rows]], t.fold[groups])


def cross_validate(t: Table, prior: np.ndarray, free: np.ndarray | None = None) -> float:
    n = len(t.fold)
    base = top_right(prior, t, np.arange(n))
    print(f"  the starting weights: {base}/{n} groups right on top ({base / n:.3f})")
    best, best_got = GRID[0], -1
    for l2 in GRID:
        got = 0
        for f in range(FOLDS):
            w = fit(subset(t, t.fold != f), prior, l2, free)
            got += top_right(w, t, np.flatnonzero(t.fold == f))
        print(f"  L2 {l2:g}: cross-validated {got}/{n} groups right on top ({got / n:.3f})")
        if got > best_got:
            best, best_got = l2, got
    return best


#: The weights that ``--only`` tries for each feature it fits.
ONLY_GRID = tuple(x / 4 for x in range(-8, 17))


def search(t: Table, start: np.ndarray, free: np.ndarray) -> np.ndarray:
    """The weights of the ``free`` features, one at a time and twice over, that put the most groups' right
    reading on top (the others kept; ties go to the smaller weight): the figure that the geoparser is
    scored by, where the logit's loss is only its proxy."""
    w = start.copy()
    for _ in range(2):
        for i in np.flatnonzero(free):
            scores = []
            for v in ONLY_GRID:
                w[i] = v
                scores.append((top_right(w, t, np.arange(len(t.fold))), -abs(v), v))
            w[i] = max(scores)[2]
    return w


def write(path: Path, w: np.ndarray) -> None:
    lines = [
        "# The geoparser's ranker: one weight per feature of a candidate reading of a place name "
        "(rashomon.nlp.places.FEATURES).",
        "# A name's reading is its candidate of the highest weighted sum. Written by eval/train_geo_ranker.py.",
        "name\tweight",
        *(f"{f}\t{v:.4f}" for f, v in zip(places.FEATURES, w, strict=True)),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "rashomon" / "data" / "geo_ranker.tsv")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument(
        "--only", metavar="FEATURE,...", type=lambda v: [f.strip() for f in v.split(",") if f.strip()],
        help="fit only these features' weights (starting from HAND's), the others kept as the table "
        "in rashomon/data/geo_ranker.tsv has them: for a feature added to a fitted ranker",
    )
    args = ap.parse_args()
    gaz = places.Gazetteer.load()
    if args.only:
        unknown = sorted(set(args.only) - set(places.FEATURES))
        if unknown:
            ap.error(f"--only: unknown feature(s) {', '.join(unknown)}; the features are {', '.join(places.FEATURES)}")
        start = {f: (HAND[f] if f in args.only else places.RANKER[f]) for f in places.FEATURES}
        free: np.ndarray | None = np.array([f in args.only for f in places.FEATURES])
    else:
        start, free = dict(HAND), None
    prior = np.array([start[f] for f in places.FEATURES])
    places.RANKER = dict(start)
    for r in range(args.rounds):
        t = read_table(gaz)
        print(f"round {r + 1}: {len(t.fold)} groups, {len(t.right)} candidates")
        if free is not None:
            w = search(t, prior, free)
            got = top_right(w, t, np.arange(len(t.fold)))
            print(f"  searched: {got}/{len(t.fold)} groups right on top ({got / len(t.fold):.3f})")
        else:
            l2 = cross_validate(t, prior, free)
            w = fit(t, prior, l2, free)
            print(f"  chosen L2 {l2:g}")
        print("  " + ", ".join(f"{f} {v:.2f}" for f, v in zip(places.FEATURES, w, strict=True)))
        places.RANKER = dict(zip(places.FEATURES, (float(v) for v in w), strict=True))
    write(args.out, np.array([places.RANKER[f] for f in places.FEATURES]))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
