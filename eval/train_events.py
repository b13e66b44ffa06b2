"""Fit the event model of rashomon.nlp.events.decide on the training parts of the event gold sets; write
rashomon/data/event_model.npz.

    python3 eval/train_events.py                  # cross-validate C and the policy, fit, write the model
    python3 eval/train_events.py --cache /tmp/ev  # keep the recorded candidates between runs
    python3 eval/train_events.py --no-write       # cross-validation figures only
    python3 eval/train_events.py --encoder        # the encoder path's model (needs rashomon[encoder])

What is fitted on what. Only the ``train`` part of each split set is read (rashomon.evaluate.split: a fixed
hash of set and record id; the ``validation`` parts, which ``rashomon eval SET`` scores by default, are never
read here):

- PLOVER gold records (gold type; the words of its eventText pick the candidate), CASE 2021 task 2 and
  ACLED notes (their ACLED sub-event type mapped to PLOVER as the evaluator maps it: the first sentence with
  a candidate holds the event), ConfliBERT CAMEO sentences (only a PentaClass: the candidate whose rule code
  falls in that class keeps its rule type; in a "neutral statement" sentence every candidate but an appeal
  and what a verb of saying reports is no event);
- NGEC's synthetic PLOVER headlines (MIT; placeholders filled with country and city names, turned to
  sentence case): every type, a few each;
- rashomon's own non-political texts (eval/data/nonpolitical, written for rashomon): every sentence is no
  political news, and every candidate the rules merely propose no event (those they keep are left to the
  topic model). The other half of those texts (bench/nonpolitical) is the precision bench and is never read
  here;
- rashomon's own political articles (eval/data/political, written for rashomon): every sentence is part of
  political news (their events are not labelled: they train the topic model only);
- real pages of the ingest benchmarks' training part, labelled by topic for rashomon
  (eval/data/page_topics.tsv, rashomon.evaluate.page_topics): every sentence of a political page is part
  of political news, every sentence of the others is not (they train the topic model only; the
  validation part's pages are the precision bench's real pages, never read here).

Three L2 logistic regressions are fitted (scikit-learn, ``pip install scikit-learn``): event or not and the
type of events, over candidate features; and the topic (political news or not) over each sentence's own
features, with balanced classes. A document's topic is the mean of its sentences' (decide.document_topic;
a document of fewer than four sentences has none and is never gated).

Every text is coded by the real stage (rashomon.engine.code) with a recorder in place of the decider, so the
features are exactly those coding computes. Each text labels the candidates of one sentence: the candidate of
the gold event gets the gold type; the other candidates of that sentence that the rules leave out for want
of evidence get NONE (weighted lower in multi-event snippets), while those the rules keep are left out, since
a sentence's gold names one event and the others may be events too; candidates the rules leave out for a
reason of the parse (candidates.FIRM_DROPS) and those of other sentences are left out too.

C and the decision policy (decide.Policy: keep, accept, margin, topic) are chosen by 5-fold cross-validation over the
texts of the training parts, on the mean over sets of :func:`score`; among the settings within TIE of the
best, the one that overrules the rules least is taken, one parameter at a time, and never one that takes a
political article of rashomon's own for a non-political one. Then the model is fitted on all the training
texts.

With ``--topic-only`` only the topic regression is fitted, with its own C and the policy's topic threshold
chosen by 5-fold cross-validation on the documents it judges (four sentences or more): the share rightly
judged, a mean over sets, never taking a political article of rashomon's own for a non-political one. It
replaces the topic part of both shipped models (the event and type weights and the rest of the policy are
kept as they are).

With ``--encoder`` the event and type regressions also read the MiniLM vector of the candidate's sentence
(rashomon.nlp.encoder, times a scale chosen with C by the same cross-validation); the result is the encoder
path's model, rashomon/data/event_model_encoder.npz. The topic regression reads the named features only.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
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
from rashomon.nlp.events.decide import (  # noqa: E402
    ENCODER_MODEL_FILE,
    FIRM_DROPS,
    MODEL_FILE,
    NONE,
    Policy,
    document_topic,
    verdict,
)
from rashomon.nlp.events.features import candidate_features, sentence_features  # noqa: E402
from rashomon.nlp.ontology import PLOVER_TYPES, lookup  # noqa: E402

OUT = ROOT / "rashomon" / "data" / MODEL_FILE
ENCODER_OUT = ROOT / "rashomon" / "data" / ENCODER_MODEL_FILE
SHARED = ROOT.parent / "shared" / "data"
SYNTHETIC = SHARED / "ontology" / "ngec_plover_assets" / "synthetic_headlines.csv"
NONPOLITICAL = ROOT / "eval" / "data" / "nonpolitical"
POLITICAL = ROOT / "eval" / "data" / "political"
PAGE_TOPICS = ROOT / "eval" / "data" / "page_topics.tsv"
#: the set name of the labelled real pages (topic rows only)
PAGES = "pages"
#: how many sentences' weight a labelled real page has in the topic regression at most, shared among its
#: sentences: a page runs to a hundred sentences and more, and at full weight 93 pages outweighed the
#: 218 non-political texts of rashomon's own, so that a political article of rashomon's own read as none. Chosen
#: by --topic-only's cross-validation among 0 (pages scored, not fitted), 5, 10 and 15 and the full weight:
#: documents judged rightly 0.894, 0.932, 0.932, 0.932 and 0.894 of the pages, 0.982, 0.991, 0.982, 0.977
#: and 0.881 of the non-political texts, every political article passing.
PAGE_SENTENCES = 5.0
#: the gold of a political article written for rashomon: it reads as political news (for the topic model);
#: its events are not labelled
POLITICAL_DOCUMENT = "political"
#: why the rules leave out the candidates that they only propose, which the model may make events
UNCERTAIN_DROPS = frozenset({"unlisted", "no-actors"})
TYPES = PLOVER_TYPES
C_GRID = (1.0, 3.0)
#: with --encoder, the factors the sentence vectors (unit length, beside 0/1 features) are scaled by
SCALE_GRID = (1.0, 3.0)
#: the decision policies tried (rashomon.nlp.events.decide.Policy). The event model is fitted on one event per
#: gold sentence, so its probability reads partly as "the sentence's main event": a candidate the rules keep is
#: dropped only when the model is sure it is none (a statement, a non-political use), never for being a
#: sentence's second event. Higher thresholds score a little better on these sets (0.814 against 0.789 at
#: 0.7 and 0.1, mostly ConfliBERT's statements and the non-political texts) and drop real second events.
KEEP_GRID = (0.05, 0.1, 0.2)
ACCEPT_GRID = (0.3, 0.5, 0.7, 0.9)
MARGIN_GRID = (0.0, 0.3, 0.6)
TOPIC_GRID = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)
#: settings whose cross-validated mean is within this of the best are as good (a fold holds a few hundred
#: texts); of those, the one that overrules the parse rules least is taken
TIE = 0.005
#: how much each set's texts weigh (PLOVER's few records cover every type; ACLED's many mostly two)
SET_WEIGHT = {"plover": 3.0, "case": 1.0, "acled": 0.5, "confli": 1.0, "synthetic": 0.5}
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
    #: per sentence, its own features (features.sentence_features), which the topic model reads
    shared: list[list[str]] = field(default_factory=list)
    #: per sentence, its text as the stage hands it to the decider (the encoder path encodes it)
    sentence_texts: list[str] = field(default_factory=list)


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
    for path in sorted(POLITICAL.glob("*.txt")):
        out.append(Text("political", path.name, path.read_text(encoding="utf-8"), None, POLITICAL_DOCUMENT))
    out += pages()
    return out


def pages() -> list[Text]:
    """The labelled real pages of the ingest benchmarks' training part (their article text), political news
    or not; none, with a note, when the benchmarks are absent."""
    from rashomon.evaluate.ingest import INGEST_DIR
    from rashomon.evaluate.page_topics import labelled_pages

    if not INGEST_DIR.is_dir():
        print(f"note: {INGEST_DIR} not found; training without the labelled pages", file=sys.stderr)
        return []
    found, notes = labelled_pages(PAGE_TOPICS, "train")
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    return [Text(PAGES, p.key, p.text, None, POLITICAL_DOCUMENT if p.topic == "political" else NONE) for p in found]


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
        self.shared: list[list[str]] = []
        self.texts: list[str] = []

    def topic(self, sentences: Any) -> None:
        return None

    def gated(self, topic: float | None) -> None:
        return None

    def choose(self, candidates: list[Candidate], sent: Any, topic: float | None = None) -> list[Any]:
        rows = []
        shared = sentence_features(sent)
        self.shared.append(shared)
        self.texts.append(sent.text)
        for rank, c in enumerate(candidates):
            rows.append((candidate_features(c, sent, rank, shared), lookup(c.coded.row.cameo).plover or "",
                         c.coded.row.cameo, c.coded.trigger.lower_, c.dropped))  # fmt: skip
        self.sentences.append(rows)
        return [c.coded for c in candidates if c.dropped is None]


def record(texts: list[Text], cache: Path | None) -> None:
    """Code every text through the real stage, recording its candidates (cached by the texts' digest)."""
    # the texts and the code and data that make candidates and features: a change to either records anew
    sources = sorted([*(ROOT / "rashomon" / "nlp").rglob("*.py"), *(ROOT / "rashomon" / "data").glob("*.t[sx][vt]")])
    digest = hashlib.sha1("\0".join([*(f"{t.set}|{t.id}|{t.text}" for t in texts),
                                      *(p.read_text(encoding="utf-8") for p in sources)]).encode()).hexdigest()[:12]  # fmt: skip
    path = cache / f"candidates-{digest}.pkl" if cache is not None else None
    if path is not None and path.is_file():
        for t, (sents, shared, sentence_texts) in zip(texts, pickle.loads(path.read_bytes()), strict=True):
            t.sentences, t.shared, t.sentence_texts = sents, shared, sentence_texts
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
        recorder.sentences, recorder.shared, recorder.texts = [], [], []
        code_document(docs[k], [(0, spacy_doc)], models)
        texts[k].sentences, texts[k].shared, texts[k].sentence_texts = recorder.sentences, recorder.shared, recorder.texts
        if k % 500 == 0:
            print(f"  recorded {k}/{len(texts)} texts ({time.time() - start:.0f}s)", file=sys.stderr)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps([(t.sentences, t.shared, t.sentence_texts) for t in texts]))


#: (set, id) of a text -> its sentences' MiniLM vectors, (n_sentences, DIM)
Vectors = dict[tuple[str, str], Any]


def encode(texts: list[Text], cache: Path | None) -> Vectors:
    """The MiniLM vector of every recorded sentence (rashomon.nlp.encoder), as the encoder path's model reads
    them (cached by the sentences' digest)."""
    import numpy as np

    from rashomon.nlp import encoder

    sentences = [s for t in texts for s in t.sentence_texts]
    digest = hashlib.sha1("\0".join(sentences).encode()).hexdigest()[:12]
    path = cache / f"vectors-{digest}.npy" if cache is not None else None
    if path is not None and path.is_file():
        flat = np.load(path)
    else:
        start = time.time()
        flat = encoder.load().sentence_vectors(sentences)
        print(f"  encoded {len(sentences)} sentences ({time.time() - start:.0f}s)", file=sys.stderr)
        if path is not None:
            np.save(path, flat)
    out: Vectors = {}
    k = 0
    for t in texts:
        out[(t.set, t.id)] = flat[k : k + len(t.sentence_texts)]
        k += len(t.sentence_texts)
    return out


def row_vectors(t: Text, rows: Sequence[tuple[list[str], str, float]], vectors: Vectors) -> list[Any]:
    """The vector of each labelled row's sentence (a row holds the very feature list of its candidate)."""
    where = {id(f): i for i, sent in enumerate(t.sentences) for f, *_ in sent}
    mine = vectors[(t.set, t.id)]
    return [mine[where[id(f)]] for f, _, _ in rows]


def labelled(t: Text) -> list[tuple[list[str], str, float]]:
    """(features, label, weight) of the candidates this text labels (see the module's docstring), without
    those the rules leave out for a reason no verdict overturns (candidates.FIRM_DROPS): the model never decides
    them, so it is not fitted on them."""
    return [row for row in _labelled(t) if not any(f"drop={d}" in row[0] for d in FIRM_DROPS)]


def _labelled(t: Text) -> list[tuple[list[str], str, float]]:
    if t.gold == POLITICAL_DOCUMENT or t.set == PAGES:  # labelled by their topic only
        return []
    if t.gold == NONE:
        # of a non-political text, only what the rules merely propose: whether a story is political news is
        # the topic model's to say (fitted on the candidates the rules keep there, the event model took
        # "talks" and "trade" in political articles for a travel piece's), but a verb only the patterns
        # code ("agree", "hope", "match") is as often no event in any story
        return [(f, NONE, 1.0) for sent in t.sentences for (f, _, _, _, dropped) in sent if dropped in UNCERTAIN_DROPS]
    base = SET_WEIGHT[t.set]
    sents = [s for s in t.sentences if s]
    if not sents:
        return []
    if t.gold.startswith("penta:"):
        cls = int(t.gold.split(":")[1])
        sent = sents[0]
        if cls == 0:
            # a statement: its own acts are no events, but what it reports may be ("X said Y attacked Z")
            return [(f, rule if code[:2] == "02" else NONE, base) for f, rule, code, _, _ in sent if "reported" not in f]
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


@dataclass
class Fitted:
    """The three fitted regressions: event or not (all labelled candidates), the type (the events only), and
    the topic (every sentence: of a gold set's text, political news; of a non-political text, not). With
    sentence vectors (``scale`` not None) the event and type regressions' last DIM columns are theirs."""

    vocab: dict[str, int]
    event: Any
    types: Any
    topic: Any
    scale: float | None = None


def with_vectors(x: Any, vectors: list[Any], scale: float | None) -> Any:
    """The feature matrix ``x`` with each row's sentence vector (times ``scale``) beside it; ``x`` without."""
    if scale is None:
        return x
    import numpy as np
    from scipy.sparse import csr_matrix, hstack

    return hstack([x, csr_matrix(np.asarray(vectors, dtype=np.float64) * scale)]).tocsr()


def fit(texts: Sequence[Text], c: float, min_count: int = 2, vectors: Vectors | None = None,
        scale: float | None = None) -> Fitted:  # fmt: skip
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    scale = scale if vectors is not None else None
    rows: list[tuple[list[str], str, float]] = []
    row_vecs: list[Any] = []
    for t in texts:
        mine = labelled(t)
        rows += mine
        if vectors is not None and scale is not None:
            row_vecs += row_vectors(t, mine, vectors)
    topics = topic_rows(texts)
    vocab = vocabulary([*rows, *topics], min_count)
    x = with_vectors(matrix(rows, vocab), row_vecs, scale)
    w = np.array([wt for _, _, wt in rows])
    is_event = np.array([lab != NONE for _, lab, _ in rows])
    event = LogisticRegression(C=c, max_iter=3000, tol=1e-5).fit(x, is_event.astype(int), sample_weight=w)
    y = np.array([TYPES.index(lab) for _, lab, _ in rows if lab != NONE])
    types = LogisticRegression(C=c, max_iter=3000, tol=1e-5).fit(x[is_event], y, sample_weight=w[is_event])
    return Fitted(vocab, event, types, fit_topic(topics, vocab, c), scale)


def topic_rows(texts: Sequence[Text]) -> list[tuple[list[str], str, float]]:
    """(sentence features, gold, weight) of every sentence of ``texts``: political news unless the gold is
    NONE. A labelled real page's sentences share PAGE_SENTENCES of weight."""
    out: list[tuple[list[str], str, float]] = []
    for t in texts:
        w = min(1.0, PAGE_SENTENCES / len(t.shared)) if t.set == PAGES and t.shared else 1.0
        out += [(f, t.gold, w) for f in t.shared]
    return out


def fit_topic(rows: Sequence[tuple[list[str], str, float]], vocab: dict[str, int], c: float) -> Any:
    """The topic regression (political news or not, balanced classes) over ``rows`` (:func:`topic_rows`)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    political = np.array([gold != NONE for _, gold, _ in rows]).astype(int)
    weights = np.array([w for _, _, w in rows])
    return LogisticRegression(C=c, max_iter=3000, tol=1e-5, class_weight="balanced").fit(
        matrix(rows, vocab), political, sample_weight=weights
    )


@dataclass
class Scored:
    """A text as one fitted model sees it: each candidate's (P(event), P(type | event) in TYPES order), per
    sentence, and the document's topic (the mean of its sentences' probability of being political news)."""

    candidates: list[list[tuple[float, Any]]]
    topic: float | None


def probabilities(texts: Sequence[Text], model: Fitted, vectors: Vectors | None = None) -> dict[tuple[str, str], Scored]:
    import numpy as np

    rows = [(f, "", 1.0) for t in texts for sent in t.sentences for f, *_ in sent]
    row_vecs = ([v for t in texts for sent, v in zip(t.sentences, vectors[(t.set, t.id)], strict=True) for _ in sent]
                if vectors is not None and model.scale is not None else [])  # fmt: skip
    if rows:
        x = with_vectors(matrix(rows, model.vocab), row_vecs, model.scale)
        event = model.event.predict_proba(x)[:, 1]
        types = np.zeros((len(rows), len(TYPES)))
        types[:, list(model.types.classes_)] = model.types.predict_proba(x)
    out: dict[tuple[str, str], Scored] = {}
    k = 0
    for t, topic in zip(texts, document_topics(texts, model.topic, model.vocab), strict=True):
        sents = []
        for sent in t.sentences:
            sents.append([(float(event[k + i]), types[k + i]) for i in range(len(sent))])
            k += len(sent)
        out[(t.set, t.id)] = Scored(sents, topic)
    return out


def document_topics(texts: Sequence[Text], topic: Any, vocab: dict[str, int]) -> list[float | None]:
    """Each text's document topic (decide.document_topic: None under four sentences) from the topic regression
    ``topic`` over ``vocab``, its sentences read in one batch."""
    shared = [(f, "", 1.0) for t in texts for f in t.shared]
    sentences = topic.predict_proba(matrix(shared, vocab))[:, 1] if shared else []
    out: list[float | None] = []
    j = 0
    for t in texts:
        out.append(document_topic([float(x) for x in sentences[j : j + len(t.shared)]]))
        j += len(t.shared)
    return out


def verdicts(t: Text, scored: Scored, policy: Policy) -> list[list[tuple[str, float] | None]]:
    """The runtime's verdict (rashomon.nlp.events.decide.verdict) on every candidate of ``t``; none in a
    document whose topic is under the policy's."""
    if scored.topic is not None and scored.topic < policy.topic:
        return [[None] * len(sent) for sent in t.sentences]
    return [[verdict(e, ty, TYPES, rule, dropped, policy) for (_, rule, _, _, dropped), (e, ty) in zip(sent, ps, strict=True)]
            for sent, ps in zip(t.sentences, scored.candidates, strict=True)]  # fmt: skip


def score(texts: Sequence[Text], probs: dict[tuple[str, str], Scored], policy: Policy) -> dict[str, float]:
    """Per set, the share of texts whose first event (the first candidate the verdict keeps) has the gold type
    (PentaClass for ConfliBERT, where no event is a statement); for the non-political texts, the share of
    their candidates that are rejected; for the political articles, the share whose topic passes the policy's;
    for the labelled real pages, the share whose topic the policy judges rightly (political news passes, the
    others are gated)."""
    hits: dict[str, list[bool]] = defaultdict(list)
    for t in texts:
        if t.gold == POLITICAL_DOCUMENT or t.set == PAGES:  # a political article must not be taken for a
            # non-political one; a real page must be judged rightly either way
            topic = probs[(t.set, t.id)].topic
            hits[t.set].append((topic is None or topic >= policy.topic) == (t.gold != NONE))
            continue
        found = verdicts(t, probs[(t.set, t.id)], policy)
        if t.gold == NONE:
            hits[t.set].extend(v is None for sent in found for v in sent)
            continue
        first = _first(t, found, probs[(t.set, t.id)], policy)
        if t.gold.startswith("penta:"):
            cls = int(t.gold.split(":")[1])
            if first is None:
                hits[t.set].append(cls == 0)
            else:
                (_, rule, code, _, _), (label, _) = first
                hits[t.set].append(penta(code if label == rule else _generic(label)) == cls)
        else:
            hits[t.set].append(first is not None and first[1][0] == t.gold)
    return {s: sum(v) / len(v) for s, v in sorted(hits.items())}


def _first(t: Text, found: list[list[tuple[str, float] | None]], scored: Scored, policy: Policy) -> Any:
    """(candidate, verdict) of the text's first event: in the first sentence with one, the first in the rules'
    order, or with ``policy.rank`` the likeliest to be an event (as EventModel.choose orders them)."""
    for sent, vs, ps in zip(t.sentences, found, scored.candidates, strict=True):
        kept = [(p[0], c, v) for c, v, p in zip(sent, vs, ps, strict=True) if v is not None]
        if kept:
            best = max(kept, key=lambda x: x[0]) if policy.rank else kept[0]  # max keeps the first among equals
            return best[1], best[2]
    return None


def _generic(plover: str) -> str:
    from rashomon.nlp.events.decide import generic_codes

    return generic_codes()[plover]


def folds(texts: Sequence[Text], k: int = 5) -> list[int]:
    return [int(hashlib.sha1(f"{t.set}:{t.id}".encode()).hexdigest(), 16) % k for t in texts]


def policies() -> list[Policy]:
    return [Policy(keep, accept, margin, topic, rank) for keep in KEEP_GRID for accept in ACCEPT_GRID
            for margin in MARGIN_GRID for topic in TOPIC_GRID for rank in (0.0, 1.0)]  # fmt: skip


Setting = tuple[float, Policy, float | None]  # C, the decision policy, the sentence vectors' scale


def cross_validate(
    texts: list[Text], k: int = 5, vectors: Vectors | None = None
) -> tuple[float, Policy, float | None, dict[Setting, dict[str, float]]]:
    """C, the decision policy (and with ``vectors`` their scale) with the best mean over sets of
    :func:`score`, over ``k`` folds of texts."""
    fold_of = folds(texts, k)
    table: dict[Setting, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    scales: tuple[float | None, ...] = SCALE_GRID if vectors is not None else (None,)
    for c in C_GRID:
        for scale in scales:
            for f in range(k):
                train = [t for t, fo in zip(texts, fold_of, strict=True) if fo != f]
                test = [t for t, fo in zip(texts, fold_of, strict=True) if fo == f]
                probs = probabilities(test, fit(train, c, vectors=vectors, scale=scale), vectors)
                for policy in policies():
                    for s, v in score(test, probs, policy).items():
                        table[(c, policy, scale)][s].append(v)
            best_c = max((key for key in table if key[0] == c and key[2] == scale), key=lambda key: _mean(table[key]))
            print(f"  C={c} scale={scale}: best {best_c[1]}: {_mean(table[best_c]):.3f}", file=sys.stderr)
    means = {key: {s: sum(v) / len(v) for s, v in d.items()} for key, d in table.items()}
    best = choose(means)
    return best[0], best[1], best[2], means


def choose(means: dict[Setting, dict[str, float]]) -> Setting:
    """The setting taken from the cross-validated ``means`` (per set): never one that takes a political article
    of rashomon's own for a non-political one (out of fold); of the others, those within TIE of the best mean
    over sets, which the folds cannot tell from it; of those, the one that overrules the rules least, one
    parameter at a time: the lowest keep, the widest margin, the highest accept, the least C. The topic
    threshold and the order of a sentence's events (which drops nothing) are the best ones of those left.
    Every step stays within TIE of the best of all: measured from the best of what the step before left, the
    steps drifted (four took a setting 0.011 under the best)."""
    close = [k for k, m in means.items() if m.get("political", 1.0) >= 1.0] or list(means)
    top = max(_avg(means[k]) for k in close)
    close = [k for k in close if _avg(means[k]) >= top - TIE]
    for prefer in (lambda k: -k[1].keep, lambda k: k[1].margin, lambda k: k[1].accept, lambda k: -k[0]):
        chosen = max(close, key=prefer)
        close = [k for k in close if prefer(k) == prefer(chosen)]
    return max(close, key=lambda k: _avg(means[k]))


def _avg(by_set: dict[str, float]) -> float:
    return sum(by_set.values()) / len(by_set)


def _mean(by_set: dict[str, list[float]]) -> float:
    return sum(sum(v) / len(v) for v in by_set.values()) / len(by_set)


def write(model: Fitted, policy: Policy, trained_on: str, path: Path) -> None:
    import numpy as np

    vocab = model.vocab
    n = len(vocab)
    event_all = model.event.coef_[0].astype(np.float32)
    event_w = event_all[:n]
    type_all = np.zeros((model.types.coef_.shape[1], len(TYPES)), dtype=np.float32)
    type_b = np.full(len(TYPES), -30.0, dtype=np.float32)  # a type never seen in training is never chosen
    for j, cls in enumerate(model.types.classes_):
        type_all[:, cls] = model.types.coef_[j]
        type_b[cls] = model.types.intercept_[j]
    type_w = type_all[:n]
    dense = {}
    if model.scale is not None:  # the sentence vectors' weights (kept at full precision: they sum 384 terms)
        dense = {"dense_event": event_all[n:], "dense_type": type_all[n:], "dense_scale": np.array(model.scale)}
    topic_w = model.topic.coef_[0].astype(np.float32)
    # features whose weights are all near zero add nothing but size
    keep = (np.abs(type_w).max(axis=1) >= 1e-3) | (np.abs(event_w) >= 1e-3) | (np.abs(topic_w) >= 1e-3)
    features = np.array(sorted(vocab, key=vocab.__getitem__))[keep]
    buf = path.with_suffix(".tmp.npz")
    np.savez_compressed(buf, labels=np.array(TYPES), features=features, event_weights=event_w[keep].astype(np.float16),
                        event_bias=np.array(float(model.event.intercept_[0])), type_weights=type_w[keep].astype(np.float16),
                        type_bias=type_b, topic_weights=topic_w[keep].astype(np.float16),
                        topic_bias=np.array(float(model.topic.intercept_[0])), keep=np.array(policy.keep),
                        accept=np.array(policy.accept), margin=np.array(policy.margin), topic=np.array(policy.topic),
                        rank=np.array(policy.rank),
                        trained_on=np.array(trained_on), **dense)  # fmt: skip
    buf.replace(path)


# ------------------------------------------------------------------------------------------- --topic-only


def cross_validate_topic(texts: list[Text], k: int = 5) -> tuple[float, float, dict[tuple[float, float], dict[str, float]]]:
    """C of the topic regression and the topic threshold with the best mean over sets of the share of
    documents judged rightly (political news at or over the threshold, the others under it), over ``k``
    folds of texts; never one that takes a political article of rashomon's own for a non-political one.
    Among settings within TIE of the best: the lowest threshold, then the least C."""
    fold_of = folds(texts, k)
    table: dict[tuple[float, float], dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for c in C_GRID:
        for f in range(k):
            train = [t for t, fo in zip(texts, fold_of, strict=True) if fo != f]
            test = [t for t, fo in zip(texts, fold_of, strict=True) if fo == f]
            rows = topic_rows(train)
            vocab = vocabulary(rows, 2)
            model = fit_topic(rows, vocab, c)
            for t, topic in zip(test, document_topics(test, model, vocab), strict=True):
                if topic is None:
                    continue  # (a text of fewer than four sentences is never judged)
                for threshold in TOPIC_GRID:
                    table[(c, threshold)][t.set].append((topic >= threshold) == (t.gold != NONE))
    means = {key: {s: sum(v) / len(v) for s, v in sorted(d.items())} for key, d in table.items()}
    close = [key for key, m in means.items() if m.get("political", 1.0) >= 1.0] or list(means)
    top = max(_avg(means[key]) for key in close)
    c, threshold = min((key for key in close if _avg(means[key]) >= top - TIE), key=lambda key: (key[1], key[0]))
    return c, threshold, means


#: what ``--topic-only`` adds to a model's ``trained_on`` (anything after it is replaced on a later run)
TOPIC_NOTE = "; its topic regression refitted by eval/train_events.py --topic-only"


def splice_topic(path: Path, vocab: dict[str, int], model: Any, threshold: float, note: str) -> None:
    """Replace the topic part of the model file ``path``: the topic weights and bias of ``model`` (over
    ``vocab``), the policy's topic threshold and ``note`` after ``trained_on``. The event and type weights
    and the rest of the policy are kept; features new to the file get event and type weights of zero."""
    import numpy as np

    with np.load(path, allow_pickle=False) as z:
        arrays = {name: z[name] for name in z.files}
    old = [str(x) for x in arrays["features"]]
    weights = model.coef_[0]
    known = set(old)
    new = [f for f in sorted(vocab, key=vocab.__getitem__) if f not in known and abs(weights[vocab[f]]) >= 1e-3]
    features = old + new
    event_w = np.concatenate([arrays["event_weights"].astype(np.float32), np.zeros(len(new), np.float32)])
    type_w = np.vstack([arrays["type_weights"].astype(np.float32),
                        np.zeros((len(new), arrays["type_weights"].shape[1]), np.float32)])  # fmt: skip
    topic_w = np.array([weights[vocab[f]] if f in vocab else 0.0 for f in features], dtype=np.float32)
    keep = (np.abs(type_w).max(axis=1) >= 1e-3) | (np.abs(event_w) >= 1e-3) | (np.abs(topic_w) >= 1e-3)
    trained_on = str(arrays["trained_on"]).split(TOPIC_NOTE)[0] + TOPIC_NOTE + note
    arrays.update(features=np.array(features)[keep], event_weights=event_w[keep].astype(np.float16),
                  type_weights=type_w[keep].astype(np.float16), topic_weights=topic_w[keep].astype(np.float16),
                  topic_bias=np.array(float(model.intercept_[0])), topic=np.array(threshold),
                  trained_on=np.array(trained_on))  # fmt: skip
    buf = path.with_suffix(".tmp.npz")
    np.savez_compressed(buf, **arrays)
    buf.replace(path)


def topic_only(texts: list[Text], write_models: bool) -> None:
    """Fit the topic regression alone and put it into both shipped models (see the module's docstring)."""
    c, threshold, means = cross_validate_topic(texts)
    print("topic settings by cross-validation (documents judged rightly, mean over sets), the best first:", file=sys.stderr)
    for key in sorted(means, key=lambda key: -_avg(means[key]))[:8]:
        print(f"  C={key[0]} topic {key[1]}: {_avg(means[key]):.3f}  "
              + " ".join(f"{s} {v:.3f}" for s, v in means[key].items()), file=sys.stderr)  # fmt: skip
    print(f"chosen: C={c}, topic {threshold}: " + ", ".join(f"{s} {v:.3f}" for s, v in means[(c, threshold)].items()),
          file=sys.stderr)  # fmt: skip
    rows = topic_rows(texts)
    vocab = vocabulary(rows, 2)
    model = fit_topic(rows, vocab, c)
    if not write_models:
        return
    sets = ", ".join(f"{s} {n}" for s, n in sorted(Counter(t.set for t in texts).items()))
    note = (f" on the training parts' sentences ({sets} texts): C={c}, topic {threshold} chosen by 5-fold "
            "cross-validation over the documents it judges")
    for path in (OUT, ENCODER_OUT):
        if path.is_file():
            splice_topic(path, vocab, model, threshold, note)
            print(f"wrote the topic part of {path} ({path.stat().st_size:,} bytes)", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, help="folder to keep the recorded candidates in between runs")
    ap.add_argument("--no-write", action="store_true", help="cross-validate only; do not write the model")
    ap.add_argument("--show", type=int, default=12, help="print this many of the best settings")
    ap.add_argument("--encoder", action="store_true", help="fit the encoder path's model (sentence vectors too)")
    ap.add_argument("--topic-only", action="store_true", help="refit only the topic regression, in both models")
    args = ap.parse_args(argv)
    texts = load_texts()
    print(f"texts: {dict(Counter(t.set for t in texts))}", file=sys.stderr)
    record(texts, args.cache)
    if args.topic_only:
        topic_only(texts, not args.no_write)
        return 0
    vectors = encode(texts, args.cache) if args.encoder else None
    rows = [row for t in texts for row in labelled(t)]
    print(f"labelled candidates: {len(rows)}; labels {dict(Counter(lab for _, lab, _ in rows).most_common())}", file=sys.stderr)
    c, policy, scale, means = cross_validate(texts, vectors=vectors)
    print("settings by cross-validation (mean over sets, then each set), the best first:", file=sys.stderr)
    for key in sorted(means, key=lambda key: -sum(means[key].values()) / len(means[key]))[: args.show]:
        print(f"  C={key[0]} scale={key[2]} {key[1]}: {sum(means[key].values()) / len(means[key]):.3f}  "
              + " ".join(f"{s} {v:.3f}" for s, v in means[key].items()), file=sys.stderr)  # fmt: skip
    print(f"cross-validation (5 folds of the training parts): best C={c}, scale={scale}, {policy}: "
          + ", ".join(f"{s} {v:.3f}" for s, v in means[(c, policy, scale)].items()), file=sys.stderr)  # fmt: skip
    model = fit(texts, c, vectors=vectors, scale=scale)
    print(f"fitted on all: {len(model.vocab)} features; training-part figures (optimistic): "
          + ", ".join(f"{s} {v:.3f}" for s, v in score(texts, probabilities(texts, model, vectors), policy).items()),
          file=sys.stderr)  # fmt: skip
    if not args.no_write:
        out = ENCODER_OUT if args.encoder else OUT
        sets = ", ".join(f"{s} {n}" for s, n in sorted(Counter(t.set for t in texts).items()))
        vectors_note = f"sentence vectors (all-MiniLM-L6-v2) scaled by {scale}, " if args.encoder else ""
        trained_on = (f"training parts only ({sets} texts); C={c}, {vectors_note}keep {policy.keep}, accept "
                      f"{policy.accept}, margin {policy.margin}, topic {policy.topic} chosen by 5-fold "
                      "cross-validation over those texts; written by eval/train_events.py"
                      + (" --encoder" if args.encoder else ""))  # fmt: skip
        write(model, policy, trained_on, out)
        print(f"wrote {out} ({out.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
