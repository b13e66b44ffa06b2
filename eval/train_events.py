"""Fit the event model of rashomon.nlp.events.decide on the training parts of the event gold sets; write
rashomon/data/event_model.npz.

    python3 eval/train_events.py                  # cross-validate C and the threshold, fit, write the model
    python3 eval/train_events.py --cache /tmp/ev  # keep the recorded candidates between runs
    python3 eval/train_events.py --no-write       # cross-validation figures only

What is fitted on what. Only the ``train`` part of each split set is read (rashomon.evaluate.split: a fixed
hash of set and record id; the ``validation`` parts, which ``rashomon eval SET`` scores by default, are never
read here):

- PLOVER gold records (gold type; the trigger words of its markup pick the candidate), CASE 2021 task 2 and
  ACLED notes (their ACLED sub-event type mapped to PLOVER as the evaluator maps it: the first sentence with
  a candidate holds the event), ConfliBERT CAMEO sentences (only a PentaClass: the candidate whose rule code
  falls in that class keeps its rule type; in a "neutral statement" sentence every candidate but an appeal is
  no event);
- NGEC's synthetic PLOVER headlines (MIT; placeholders filled with country and city names, turned to
  sentence case): every type, a few each;
- rashomon's own non-political texts (eval/data/nonpolitical, written for rashomon): every candidate is no
  event. The other half of those texts (bench/nonpolitical) is the precision bench and is never read here.

Every text is coded by the real stage (rashomon.engine.code) with a recorder in place of the decider, so the
features are exactly those coding computes. Each text labels the candidates of one sentence: the candidate of
the gold event gets the gold type; the other candidates of that sentence that the rules leave out get NONE
(weighted lower in multi-event snippets), while those the rules keep are left out, since a sentence's gold
names one event and the others may be events too; candidates of other sentences are left out. C (L2) and the threshold are chosen by 5-fold cross-
validation over texts of the training parts, on the mean of each set's first-event type accuracy; then the
model is fitted on all of them.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rashomon.evaluate import gold as g  # noqa: E402
from rashomon.evaluate import metrics  # noqa: E402
from rashomon.evaluate.split import part_of  # noqa: E402
from rashomon.nlp.events.candidates import Candidate  # noqa: E402
from rashomon.nlp.events.decide import MODEL_FILE, NONE  # noqa: E402
from rashomon.nlp.events.features import candidate_features  # noqa: E402
from rashomon.nlp.ontology import PLOVER_TYPES, lookup  # noqa: E402

OUT = ROOT / "rashomon" / "data" / MODEL_FILE
SHARED = ROOT.parent / "shared" / "data"
SYNTHETIC = SHARED / "ontology" / "ngec_plover_assets" / "synthetic_headlines.csv"
NONPOLITICAL = ROOT / "eval" / "data" / "nonpolitical"
LABELS = (*PLOVER_TYPES, NONE)
C_GRID = (0.3, 1.0, 3.0)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
#: how much each set's texts weigh (PLOVER's few records cover every type; ACLED's many mostly two)
SET_WEIGHT = {"plover": 3.0, "case": 1.0, "acled": 0.5, "confli": 1.0, "synthetic": 0.5, "nonpolitical": 1.0}
#: how much the other candidates of the gold sentence weigh as NONE: a sentence of PLOVER or of ConfliBERT
#: holds one event; a CASE or ACLED snippet's sentence may hold more
OTHERS_WEIGHT = {"plover": 1.0, "confli": 0.7, "synthetic": 1.0, "case": 0.3, "acled": 0.3}


@dataclass
class Text:
    """One training text: where it is from, its gold (a PLOVER type, NONE, or a PentaClass) and what the
    stage proposed in it."""

    set: str
    id: str
    text: str
    date: str | None
    gold: str  # a PLOVER type, NONE, or "penta:N"
    trigger_words: tuple[str, ...] = ()
    #: per sentence, per candidate: (features, rule type, CAMEO code, trigger lower-case text, dropped)
    sentences: list[list[tuple[list[str], str, str, str, str | None]]] = field(default_factory=list)


def penta(code: str | None) -> int:
    """The PentaClass of a CAMEO code as rashomon.evaluate scores it; None (no event) is 0, "statement"."""
    return (metrics.pentaclass(code) or 0) if code else 0


def load_texts() -> list[Text]:
    out: list[Text] = []
    for r in g.read_plover().records:
        if part_of("plover", r.id) == "train":
            out.append(Text("plover", r.id, r.text, r.date, r.event, tuple((r.event_text or "").lower().split())))
    for r in g.read_case().records:
        if r.plover is not None and part_of("case", r.id) == "train":
            out.append(Text("case", r.id, r.text, None, r.plover))
    for r in g.read_acled().records:
        if r.plover is not None and part_of("acled", r.id) == "train":
            out.append(Text("acled", r.id, r.text, r.date, r.plover))
    for r in g.read_confli().records:
        if r.pentaclass is not None and part_of("confli", r.id) == "train":
            out.append(Text("confli", r.id, r.text, None, f"penta:{r.pentaclass}"))
    out += synthetic()
    for path in sorted(NONPOLITICAL.glob("*.txt")):
        out.append(Text("nonpolitical", path.name, path.read_text(encoding="utf-8"), None, NONE))
    return out


#: names put into the synthetic headlines' placeholders (any will do: features never see who acts)
_COUNTRIES = ("France", "Kenya", "Brazil", "Japan", "Egypt", "Poland", "Chile", "Nigeria", "Vietnam", "Canada",
              "Peru", "Ghana", "Norway", "Iraq", "Mexico", "Turkey", "India", "Sudan", "Spain", "Malaysia")  # fmt: skip
_CITIES = ("Lagos", "Lima", "Hanoi", "Mosul", "Madrid", "Cairo", "Quito", "Accra", "Oslo", "Busan")


def synthetic() -> list[Text]:
    import csv

    if not SYNTHETIC.is_file():
        print(f"note: {SYNTHETIC} not found; training without the synthetic headlines", file=sys.stderr)
        return []
    out = []
    with SYNTHETIC.open(encoding="utf-8") as fh:
        for n, row in enumerate(csv.DictReader(fh)):
            label = g.plover_label(row["event"])
            if label not in PLOVER_TYPES:
                continue
            title = row["title"].strip()
            # sentence case: a headline's capitals make every word a name to the tagger
            words = title.split()
            title = " ".join([words[0], *(w if w.startswith("{") or w.isupper() else w.lower() for w in words[1:])])
            k = n * 7
            title = (title.replace("{country_1}", _COUNTRIES[k % 20]).replace("{country_2}", _COUNTRIES[(k + 3) % 20])
                     .replace("{country_3}", _COUNTRIES[(k + 11) % 20]).replace("{city}", _CITIES[n % 10]))  # fmt: skip
            out.append(Text("synthetic", f"synthetic-{n}", title + ".", None, label))
    return out


class Recorder:
    """A decider that records every sentence's candidates with their features and keeps the rules' choice."""

    def __init__(self) -> None:
        self.sentences: list[list[tuple[list[str], str, str, str, str | None]]] = []

    def choose(self, candidates: list[Candidate], sent: Any) -> list[Any]:
        rows = []
        for rank, c in enumerate(candidates):
            rows.append((candidate_features(c, sent, rank), lookup(c.coded.row.cameo).plover or "",
                         c.coded.row.cameo, c.coded.trigger.lower_, c.dropped))  # fmt: skip
        self.sentences.append(rows)
        return [c.coded for c in candidates if c.dropped is None]


def record(texts: list[Text], cache: Path | None) -> None:
    """Code every text through the real stage, recording its candidates (cached by the texts' digest)."""
    digest = hashlib.sha1("\0".join(f"{t.set}|{t.id}|{t.text}" for t in texts).encode()).hexdigest()[:12]
    path = cache / f"candidates-{digest}.pkl" if cache is not None else None
    if path is not None and path.is_file():
        for t, sents in zip(texts, pickle.loads(path.read_bytes()), strict=True):
            t.sentences = sents
        return
    from rashomon.engine.analyse import load_models
    from rashomon.engine.code import as_document
    from rashomon.nlp.stage import code_document
    from rashomon.settings import Options

    options = Options(event_model=False)
    from dataclasses import replace

    nlp, models, _ = load_models(options)
    recorder = Recorder()
    models = replace(models, events=recorder)
    docs = [as_document(f"{t.set}:{t.id}", t.text, t.date) for t in texts]
    start = time.time()
    for k, spacy_doc in enumerate(nlp.pipe((d.text for d in docs), batch_size=64)):
        recorder.sentences = []
        code_document(docs[k], [(0, spacy_doc)], models)
        texts[k].sentences = recorder.sentences
        if k % 500 == 0:
            print(f"  recorded {k}/{len(texts)} texts ({time.time() - start:.0f}s)", file=sys.stderr)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps([t.sentences for t in texts]))


def labelled(t: Text) -> list[tuple[list[str], str, float]]:
    """(features, label, weight) of the candidates this text labels (see the module's docstring)."""
    base = SET_WEIGHT[t.set]
    if t.gold == NONE:
        return [(f, NONE, base) for sent in t.sentences for (f, *_rest) in sent]
    sents = [s for s in t.sentences if s]
    if not sents:
        return []
    if t.gold.startswith("penta:"):
        cls = int(t.gold.split(":")[1])
        sent = sents[0]
        if cls == 0:
            return [(f, rule if code[:2] == "02" else NONE, base) for f, rule, code, _, _ in sent]
        hit = next((k for k, (_, _, code, _, _) in enumerate(sent) if penta(code) == cls), None)
        if hit is None:
            return []
        return [(f, rule, base) if k == hit else (f, NONE, base * OTHERS_WEIGHT[t.set])
                for k, (f, rule, _, _, dropped) in enumerate(sent) if k == hit or dropped is not None]  # fmt: skip
    # a PLOVER type: the sentence and candidate of the gold event
    gold = t.gold
    chosen: tuple[int, int] | None = None
    weight = base
    if t.trigger_words:
        chosen = next(((i, k) for i, s in enumerate(t.sentences) for k, c in enumerate(s) if c[3] in t.trigger_words), None)
    if chosen is None:
        chosen = next(((i, k) for i, s in enumerate(t.sentences) for k, c in enumerate(s) if c[1] == gold and c[4] is None), None)
    if chosen is None:
        chosen = next(((i, k) for i, s in enumerate(t.sentences) for k, c in enumerate(s) if c[1] == gold), None)
    if chosen is None:
        chosen = next(((i, k) for i, s in enumerate(t.sentences) for k, c in enumerate(s) if f"lex={gold}" in c[0]), None)
    if chosen is None:  # the lexicon knows no word of this act here: the main candidate, less sure
        i = next(i for i, s in enumerate(t.sentences) if s)
        chosen, weight = (i, 0), base * 0.5
    i, k = chosen
    return [(f, gold, weight) if j == k else (f, NONE, base * OTHERS_WEIGHT.get(t.set, 1.0))
            for j, (f, _, _, _, dropped) in enumerate(t.sentences[i]) if j == k or dropped is not None]  # fmt: skip


# ---------------------------------------------------------------------------------------------- fitting


def vocabulary(rows: Sequence[tuple[list[str], str, float]], min_count: int) -> dict[str, int]:
    counts: Counter[str] = Counter(f for feats, _, _ in rows for f in set(feats))
    return {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}


def matrix(rows: Sequence[tuple[list[str], str, float]], vocab: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix

    data, indices, indptr = [], [], [0]
    for feats, _, _ in rows:
        cols = sorted({vocab[f] for f in feats if f in vocab})
        indices += cols
        data += [1.0] * len(cols)
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(rows), len(vocab)))


def fit(rows: Sequence[tuple[list[str], str, float]], c: float, min_count: int = 2) -> tuple[Any, dict[str, int]]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(rows, min_count)
    x = matrix(rows, vocab)
    y = np.array([LABELS.index(lab) for _, lab, _ in rows])
    w = np.array([wt for _, _, wt in rows])
    clf = LogisticRegression(C=c, max_iter=3000, tol=1e-5)
    clf.fit(x, y, sample_weight=w)
    return clf, vocab


def first_event(t: Text, clf: Any, vocab: dict[str, int], threshold: float) -> tuple[str, str | None] | None:
    """(PLOVER type, CAMEO code or None when retyped) of the first event the model keeps in ``t``, or None."""
    import numpy as np

    none = LABELS.index(NONE)
    classes = list(clf.classes_)
    for sent in t.sentences:
        if not sent:
            continue
        x = matrix([(f, "", 1.0) for f, *_ in sent], vocab)
        probs = clf.predict_proba(x)
        for (_, rule, code, _, _), p in zip(sent, probs, strict=True):
            full = np.zeros(len(LABELS))
            full[classes] = p
            if 1.0 - full[none] < threshold:
                continue
            full[none] = -1
            label = LABELS[int(full.argmax())]
            return label, code if label == rule else None
    return None


def kept(t: Text, clf: Any, vocab: dict[str, int], threshold: float) -> list[bool]:
    """For each candidate of ``t``, whether the model keeps it as an event."""
    none = list(clf.classes_).index(LABELS.index(NONE))
    rows = [(f, "", 1.0) for sent in t.sentences for f, *_ in sent]
    if not rows:
        return []
    return [1.0 - p[none] >= threshold for p in clf.predict_proba(matrix(rows, vocab))]


def score(texts: Sequence[Text], clf: Any, vocab: dict[str, int], threshold: float) -> dict[str, float]:
    """Per set, the share of texts whose first kept event has the gold type (PentaClass for ConfliBERT); for
    the non-political texts, the share of their candidates the model rejects."""
    hits: dict[str, list[bool]] = defaultdict(list)
    for t in texts:
        if t.gold == NONE:
            hits[t.set].extend(not k for k in kept(t, clf, vocab, threshold))
            continue
        got = first_event(t, clf, vocab, threshold)
        if t.gold.startswith("penta:"):
            cls = int(t.gold.split(":")[1])
            if got is None:
                hits[t.set].append(cls == 0)
            else:
                code = got[1] or _generic(got[0])
                hits[t.set].append(penta(code) == cls)
        else:
            hits[t.set].append(got is not None and got[0] == t.gold)
    return {s: sum(v) / len(v) for s, v in sorted(hits.items())}


def _generic(plover: str) -> str:
    from rashomon.nlp.events.decide import generic_codes

    return generic_codes()[plover]


def folds(texts: Sequence[Text], k: int = 5) -> list[int]:
    return [int(hashlib.sha1(f"{t.set}:{t.id}".encode()).hexdigest(), 16) % k for t in texts]


def cross_validate(texts: list[Text], k: int = 5) -> tuple[float, float, dict[tuple[float, float], dict[str, float]]]:
    fold_of = folds(texts, k)
    table: dict[tuple[float, float], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for c in C_GRID:
        for f in range(k):
            train = [t for t, fo in zip(texts, fold_of, strict=True) if fo != f]
            test = [t for t, fo in zip(texts, fold_of, strict=True) if fo == f]
            clf, vocab = fit([row for t in train for row in labelled(t)], c)
            for th in THRESHOLDS:
                for s, v in score(test, clf, vocab, th).items():
                    table[(c, th)][s].append(v)
        print(f"  C={c}: " + ", ".join(
            f"th {th}: {sum(sum(v) / len(v) for v in table[(c, th)].values()) / len(table[(c, th)]):.3f}" for th in THRESHOLDS
        ), file=sys.stderr)  # fmt: skip
    means = {key: {s: sum(v) / len(v) for s, v in d.items()} for key, d in table.items()}
    best = max(means, key=lambda key: sum(means[key].values()) / len(means[key]))
    return best[0], best[1], means


def write(clf: Any, vocab: dict[str, int], threshold: float, trained_on: str, path: Path) -> None:
    import numpy as np

    classes = list(clf.classes_)
    weights = np.zeros((len(vocab), len(LABELS)), dtype=np.float32)
    bias = np.full(len(LABELS), -30.0, dtype=np.float32)  # a label never seen in training is never chosen
    coef = clf.coef_.T.astype(np.float32)
    for j, cls in enumerate(classes):
        weights[:, cls] = coef[:, j]
        bias[cls] = clf.intercept_[j]
    # features whose weights are all near zero add nothing but size
    keep = np.abs(weights).max(axis=1) >= 1e-3
    features = np.array(sorted(vocab, key=vocab.__getitem__))[keep]
    buf = path.with_suffix(".tmp.npz")
    np.savez_compressed(buf, labels=np.array(LABELS), features=features, weights=weights[keep].astype(np.float16),
                        bias=bias, threshold=np.array(threshold), trained_on=np.array(trained_on))  # fmt: skip
    buf.replace(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, help="folder to keep the recorded candidates in between runs")
    ap.add_argument("--no-write", action="store_true", help="cross-validate only; do not write the model")
    ap.add_argument("--c", type=float, help="skip the search: this C")
    ap.add_argument("--threshold", type=float, help="skip the search: this threshold")
    args = ap.parse_args(argv)
    random.seed(0)
    texts = load_texts()
    print(f"texts: {dict(Counter(t.set for t in texts))}", file=sys.stderr)
    record(texts, args.cache)
    rows = [row for t in texts for row in labelled(t)]
    print(f"labelled candidates: {len(rows)}; labels {dict(Counter(lab for _, lab, _ in rows).most_common())}", file=sys.stderr)
    if args.c is not None and args.threshold is not None:
        c, threshold = args.c, args.threshold
    else:
        c, threshold, means = cross_validate(texts)
        print(f"cross-validation (5 folds of the training parts): best C={c}, threshold={threshold}: "
              + ", ".join(f"{s} {v:.3f}" for s, v in means[(c, threshold)].items()), file=sys.stderr)  # fmt: skip
    clf, vocab = fit(rows, c)
    print(f"fitted on all: {len(vocab)} features; training-part figures (optimistic): "
          + ", ".join(f"{s} {v:.3f}" for s, v in score(texts, clf, vocab, threshold).items()), file=sys.stderr)  # fmt: skip
    if not args.no_write:
        sets = ", ".join(f"{s} {n}" for s, n in sorted(Counter(t.set for t in texts).items()))
        trained_on = (f"training parts only ({sets} texts); C={c}, threshold={threshold} chosen by 5-fold "
                      "cross-validation over those texts; written by eval/train_events.py")  # fmt: skip
        write(clf, vocab, threshold, trained_on, OUT)
        print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
