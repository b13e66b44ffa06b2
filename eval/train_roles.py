"""Fit the role model of rashomon.nlp.events.roles on the training parts of the gold sets with actor spans;
write rashomon/data/role_model.npz.

    python3 eval/train_roles.py                   # cross-validate C and the threshold, fit, write the model
    python3 eval/train_roles.py --cache /tmp/ro   # keep the recorded options between runs
    python3 eval/train_roles.py --no-write        # cross-validation figures only

What is fitted on what. Only the ``train`` part of each split set is read (rashomon.evaluate.split; the
``validation`` parts, which ``rashomon eval SET`` scores, are never read here): ConfliBERT's CAMEO sentences
with source and target spans (not those of a symmetric event, whose spans have no sides) and PLOVER's gold
records (their actors' ``actorText``).

Every text is coded by the real stage (rashomon.engine.code's path, the shipped event model deciding) with a
recorder in place of the role filler, so the options and their features are exactly those coding computes.
The event of a text is the one the evaluation scores (ConfliBERT: the first whose PentaClass is the gold
class, else the first; PLOVER: the first of the gold type, else the first). Each option of that event is a
positive when one of its mentions shares a content word with a gold target span and none with a gold
source span (rashomon.evaluate.metrics.match_spans, as the evaluation matches), else a negative. The
options of events the rules gave a target are read too (the model acts only where they gave none, but
what makes a phrase a target is the same there, and fitted on those alone it added targets right 0.45 of
the time in cross-validation, against 0.63 fitted on all).

C and the threshold are chosen by 5-fold cross-validation over the texts on the target F1 of the scored
events, micro-averaged as the evaluation computes it (the rules' targets where they found one, the model's
pick where they did not). A wrong target is worse to an analyst than a missing one: only settings whose
added targets are right at least MIN_PRECISION of the time count; among those within TIE of the best F1,
the highest threshold is taken. Then the model is fitted on all the texts.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from train_events import matrix, vocabulary  # noqa: E402  (this script's folder is on the path)

from rashomon.evaluate import gold as g  # noqa: E402
from rashomon.evaluate import metrics  # noqa: E402
from rashomon.evaluate.split import part_of  # noqa: E402
from rashomon.nlp.events.candidates import Coded  # noqa: E402
from rashomon.nlp.events.roles import MODEL_FILE, option_features, options  # noqa: E402

OUT = ROOT / "rashomon" / "data" / MODEL_FILE
C_GRID = (0.1, 0.3, 1.0, 3.0)
THRESHOLD_GRID = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
FOLDS = 5
#: settings whose cross-validated F1 is within this of the best are as good; of those, the highest threshold
TIE = 0.003
#: a wrong target is worse to an analyst than a missing one: only settings whose added targets are right at
#: least this often (cross-validated) are taken
MIN_PRECISION = 0.75


#: an event of a text as recorded: (PentaClass, PLOVER type, the texts of the rules' target, [(features,
#: mention texts) per option])
Event = tuple[int, str, tuple[str, ...], list[tuple[list[str], tuple[str, ...]]]]


@dataclass
class Text:
    """One training text with its gold actor spans and, once recorded, the scored event's options."""

    set: str
    id: str
    text: str
    date: str | None
    #: a PentaClass ("penta:N") or a PLOVER type
    gold: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    #: per event coded in the text: (PentaClass, PLOVER type, the texts of the rules' target,
    #: [(features, mention texts) per option])
    events: list[Event] = field(default_factory=list)


def load_texts() -> list[Text]:
    out: list[Text] = []
    for r in g.read_confli().records:
        if r.has_spans and not r.reciprocal and part_of("confli", r.id) == "train":
            out.append(Text("confli", r.id, r.text, None, f"penta:{r.pentaclass}", r.source, r.target))
    for r in g.read_plover().records:
        if part_of("plover", r.id) == "train":
            src = tuple(a.text for a in r.source if a.text)
            tgt = tuple(a.text for a in r.target if a.text)
            out.append(Text("plover", r.id, r.text, r.date, r.event, src, tgt))
    return out


class Recorder:
    """A role filler that records every event's options with their features and adds no target."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def fill(self, coded: Coded, sent: Any, resolve: Any) -> Coded:
        found = [(option_features(o, coded), tuple(m.text for m in o.mentions)) for o in options(coded, sent, resolve)]
        target = tuple(m.text for m in coded.target)
        self.events.append((metrics.pentaclass(coded.row.cameo) or 0, coded.plover, target, found))
        return coded


def record(texts: list[Text], cache: Path | None) -> None:
    """Code every text through the real stage, recording its events' options (cached by the texts' and the
    code's digest)."""
    sources = sorted([*(ROOT / "rashomon" / "nlp").rglob("*.py"), *(ROOT / "rashomon" / "data").glob("*.t[sx][vt]"),
                      ROOT / "rashomon" / "data" / "event_model.npz"])  # fmt: skip
    digest = hashlib.sha1(b"\0".join([*(f"{t.set}|{t.id}|{t.text}".encode() for t in texts),
                                      *(p.read_bytes() for p in sources)])).hexdigest()[:12]  # fmt: skip
    path = cache / f"roles-{digest}.pkl" if cache is not None else None
    if path is not None and path.is_file():
        for t, events in zip(texts, pickle.loads(path.read_bytes()), strict=True):
            t.events = events
        return
    from rashomon.engine.analyse import load_models
    from rashomon.engine.code import as_document
    from rashomon.nlp.stage import code_document
    from rashomon.settings import Options

    nlp, models, _ = load_models(Options())
    recorder = Recorder()
    models = replace(models, roles=recorder)
    docs = [as_document(f"{t.set}:{t.id}", t.text, t.date) for t in texts]
    start = time.time()
    for k, spacy_doc in enumerate(nlp.pipe((d.text for d in docs), batch_size=64)):
        recorder.events = []
        code_document(docs[k], [(0, spacy_doc)], models)
        texts[k].events = recorder.events
        if k % 500 == 0:
            print(f"  recorded {k}/{len(texts)} texts ({time.time() - start:.0f}s)", file=sys.stderr)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps([t.events for t in texts]))


def scored_event(t: Text) -> Event | None:
    """The event of ``t`` that the evaluation scores (see the module's docstring), or None."""
    if not t.events:
        return None
    if t.gold.startswith("penta:"):
        label = t.gold.split(":")[1]
        want = int(label) if label.isdigit() else -1  # a sentence without a class: the first event
        return next((e for e in t.events if e[0] == want), t.events[0])
    return next((e for e in t.events if e[1] == t.gold), t.events[0])


def rows_of(t: Text) -> list[tuple[list[str], int]]:
    """(features, 1 for the gold target else 0) of each option of the text's scored event."""
    event = scored_event(t)
    if event is None:
        return []
    out = []
    for feats, texts in event[3]:
        as_target = any(x is not None for x in metrics.match_spans(t.text, t.target, texts)) if t.target else False
        as_source = any(x is not None for x in metrics.match_spans(t.text, t.source, texts)) if t.source else False
        out.append((feats, int(as_target and not as_source)))
    return out


def fit(texts: list[Text], c: float, min_count: int = 2) -> tuple[dict[str, int], Any]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rows = [(feats, label, 1.0) for t in texts for feats, label in rows_of(t)]
    vocab = vocabulary(rows, min_count)
    y = np.array([label for _, label, _ in rows])
    model = LogisticRegression(C=c, max_iter=5000, tol=1e-6).fit(matrix(rows, vocab), y)
    return vocab, model


def probability(vocab: dict[str, int], model: Any, feats: list[str]) -> float:
    import math

    z = float(sum(model.coef_[0][vocab[f]] for f in set(feats) if f in vocab)) + float(model.intercept_[0])
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def counts(texts: list[Text], vocab: dict[str, int], model: Any, threshold: float) -> tuple[int, int, int, int, int]:
    """(true positives, predicted, gold) target spans over the texts' scored events (as the evaluation
    counts them, the rules' targets and the model's picks at ``threshold``), then (true positives,
    predicted) of the model's picks alone."""
    tp = predicted = gold = added_tp = added = 0
    for t in texts:
        event = scored_event(t)
        gold += len(t.target)
        if event is None:
            continue
        if event[2]:
            predicted += len(event[2])
            tp += sum(x is not None for x in metrics.match_spans(t.text, t.target, event[2]))
            continue
        best = max(((probability(vocab, model, f), texts_) for f, texts_ in event[3]), default=None, key=lambda b: b[0])
        if best is None or best[0] < threshold:
            continue
        hits = sum(x is not None for x in metrics.match_spans(t.text, t.target, best[1]))
        predicted, tp, added, added_tp = predicted + len(best[1]), tp + hits, added + len(best[1]), added_tp + hits
    return tp, predicted, gold, added_tp, added


def fold_of(t: Text) -> int:
    return int(hashlib.sha1(f"{t.set}|{t.id}".encode()).hexdigest(), 16) % FOLDS


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, help="keep the recorded options in this folder between runs")
    ap.add_argument("--no-write", action="store_true", help="cross-validation figures only")
    a = ap.parse_args(argv)
    import numpy as np

    texts = load_texts()
    print(f"{len(texts)} training texts: {dict(Counter(t.set for t in texts))}", file=sys.stderr)
    record(texts, a.cache)
    n_rows = sum(len(rows_of(t)) for t in texts)
    n_pos = sum(lab for t in texts for _, lab in rows_of(t))
    n_events = sum(1 for t in texts if (e := scored_event(t)) is not None and not e[2])
    print(f"{n_events} scored events without a rules' target, {n_rows} options, {n_pos} gold targets among them")
    results: dict[tuple[float, float], list[int]] = {}
    for c in C_GRID:
        for k in range(FOLDS):
            train = [t for t in texts if fold_of(t) != k]
            test = [t for t in texts if fold_of(t) == k]
            vocab, model = fit(train, c)
            for th in THRESHOLD_GRID:
                got = counts(test, vocab, model, th)
                acc = results.setdefault((c, th), [0] * len(got))
                for n, x in enumerate(got):
                    acc[n] += x
    f1s = {key: metrics.prf(*v[:3]).f1 for key, v in results.items()}
    precise = {key: v[3] / v[4] if v[4] else 1.0 for key, v in results.items()}
    for (c, th), f1 in sorted(f1s.items()):
        tp, pr, gd, _, ad = results[(c, th)]
        print(f"  C={c:<4} threshold={th}: target F1 {f1:.3f} (tp {tp}, predicted {pr}, gold {gd}); "
              f"added {ad}, precision {precise[(c, th)]:.2f}")  # fmt: skip
    allowed = {key: f1 for key, f1 in f1s.items() if precise[key] >= MIN_PRECISION}
    if not allowed:
        print(f"no setting adds targets with precision >= {MIN_PRECISION}: no model written")
        return 1
    best = max(allowed.values())
    c, th = max((key for key, f1 in allowed.items() if f1 >= best - TIE), key=lambda k: (k[1], -abs(np.log(k[0]))))
    print(f"chosen: C={c}, threshold={th}: cross-validated target F1 {f1s[(c, th)]:.3f}, precision of the "
          f"targets added {precise[(c, th)]:.2f}")  # fmt: skip
    if a.no_write:
        return 0
    vocab, model = fit(texts, c)
    features = sorted(vocab, key=vocab.get)  # type: ignore[arg-type]
    weights = np.array([model.coef_[0][vocab[f]] for f in features], dtype=np.float32)
    keep = np.abs(weights) > 1e-4
    trained_on = (f"train parts: {dict(Counter(t.set for t in texts))}; {n_rows} options; C={c}; "
                  f"threshold {th} (5-fold CV target F1 {f1s[(c, th)]:.3f})")  # fmt: skip
    np.savez_compressed(OUT, features=np.array([f for f, k in zip(features, keep, strict=True) if k]),
                        weights=weights[keep], bias=np.float32(model.intercept_[0]), threshold=np.float32(th),
                        trained_on=np.array(trained_on))  # fmt: skip
    print(f"wrote {OUT} ({int(keep.sum())} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
