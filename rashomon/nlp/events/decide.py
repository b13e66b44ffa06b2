"""Which candidates are events, of which type, and how sure: the trained event model over the rules' proposals.

The model (``rashomon/data/event_model.npz``, written by ``eval/train_events.py``) is two logistic regressions
over the features of ``features.candidate_features``, fitted on the training parts of the gold sets only: one
gives the probability that a candidate is an event at all, the other the probability of each of the 16 PLOVER
types given that it is one (apart, so that a rare type is not mistaken for no event). A :class:`Policy` fitted
with them turns the probabilities into a verdict (:func:`verdict`). A candidate the rules keep stays an
event unless its probability of being one falls below ``keep``; one they only propose (a verb
only the CAMEO patterns code, a verb with no actor around it) becomes one when it reaches ``accept``; one they
leave out for a reason of the parse (part of another event, a question) stays out. Its type is the rules'
unless another is likelier by ``margin``, and its confidence is P(event) x P(type | event). Where the type differs
from the rules' reading, the CAMEO code becomes the lexicon's code for that type on the same word, else the
type's generic code. Without a model file the rules decide alone (every event they keep, confidence 1).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from rashomon.data import shipped
from rashomon.nlp.events.candidates import FIRM_DROPS, Candidate, Coded
from rashomon.nlp.events.features import candidate_features, sentence_features
from rashomon.nlp.lexicon import Trigger, triggers
from rashomon.nlp.ontology import cameo_table, lookup

if TYPE_CHECKING:
    from spacy.tokens import Span

MODEL_FILE = "event_model.npz"
#: the training label of a candidate that is no event
NONE = "NONE"


class Decider(Protocol):
    """Chooses a sentence's events among the candidates the rules propose, most salient first."""

    def topic(self, sentences: Iterable[Span]) -> float | None:
        """How much a document's sentences read as political news, in [0, 1] (None: not judged)."""
        ...

    def choose(self, candidates: list[Candidate], sent: Span, topic: float | None = None) -> list[Coded]: ...


class RulesOnly:
    """The rules' own choice: every candidate they keep, with confidence 1."""

    def topic(self, sentences: Iterable[Span]) -> float | None:
        return None

    def choose(self, candidates: list[Candidate], sent: Span, topic: float | None = None) -> list[Coded]:
        return [c.coded for c in candidates if c.dropped is None]


@cache
def generic_codes() -> dict[str, str]:
    """PLOVER type -> its generic CAMEO code (the first three-digit code of that type in cameo.tsv)."""
    out: dict[str, str] = {}
    for code in sorted(cameo_table()):
        plover = lookup(code).plover
        if plover and len(code) == 3 and plover not in out:
            out[plover] = code
    return out


def retyped(coded: Coded, plover: str) -> Coded:
    """``coded`` as an event of type ``plover``: the lexicon's row of that type for the same word (a row whose
    cue the parse meets first), else the type's generic code with the trigger's word."""
    if (lookup(coded.row.cameo).plover or "") == plover:
        return coded
    tok = coded.trigger
    pos = "V" if tok.pos_ == "VERB" else "N"
    rows = [r for key in ((pos, tok.lemma_.lower()), (pos, tok.lower_)) for r in triggers().get(key, ())]
    same = [r for r in rows if lookup(r.cameo).plover == plover]
    if same:
        from rashomon.nlp.events.triggers import cue_matches

        row = next((r for r in same if r.cue_kind is not None and cue_matches(tok, r)), None)
        row = row or next((r for r in same if r.cue_kind is None), same[0])
    else:
        row = Trigger(pos, tok.lemma_.lower(), generic_codes()[plover], None, frozenset(), None, ())
    return replace(coded, row=row)


#: the fewest sentences a document's topic is judged from: one or two sentences say too little about what a
#: text is about (a wire headline, a gold sentence, one text given to `rashomon code`) and are never gated
TOPIC_SENTENCES = 4


def document_topic(scores: list[float]) -> float | None:
    """A document's topic from its sentences' probabilities of being political news: their mean, or None for a
    document of fewer than TOPIC_SENTENCES sentences."""
    return sum(scores) / len(scores) if len(scores) >= TOPIC_SENTENCES else None




@dataclass(frozen=True, slots=True)
class Policy:
    """How the model's probabilities decide, chosen with the model by cross-validation on the training parts."""

    #: the least probability of being an event a candidate the rules keep needs to stay one
    keep: float
    #: the least a candidate the rules only propose ("unlisted", "no-actors") needs to become one
    accept: float
    #: how much likelier than the rules' type another type must be to replace it
    margin: float
    #: a document whose sentences read as political news less than this (the mean of the topic model's
    #: probabilities) has no events: sport, business, culture ... (0: never)
    topic: float = 0.0
    #: 1: a sentence's events in the order of their probability of being an event (the model's main event
    #: first), instead of the rules' salience order
    rank: float = 0.0


def verdict(
    event: float, types: Any, labels: tuple[str, ...], rule: str, dropped: str | None, policy: Policy
) -> tuple[str, float] | None:
    """(PLOVER type, confidence) of a candidate from its probability of being an event, its type probabilities
    (``types``, in ``labels`` order), its rules' type and why the rules would leave it out; None when it is no
    event. The confidence is P(event) x P(type | event)."""
    if dropped in FIRM_DROPS or event < (policy.keep if dropped is None else policy.accept):
        return None
    best = max(range(len(labels)), key=lambda k: float(types[k]))
    label = labels[best]
    if rule in labels and label != rule and float(types[best]) < float(types[labels.index(rule)]) + policy.margin:
        label = rule
    return label, round(event * float(types[labels.index(label)]), 4)


@dataclass(frozen=True)
class EventModel:
    """A fitted event model: two logistic regressions over the same features, one for whether a candidate is
    an event, one for its PLOVER type given that it is one, and the decision policy."""

    #: the PLOVER types the type model tells apart
    labels: tuple[str, ...]
    index: dict[str, int]
    event_weights: Any  # numpy array, (n_features,)
    event_bias: float
    type_weights: Any  # numpy array, (n_features, n_labels)
    type_bias: Any  # numpy array, (n_labels,)
    #: the topic model: a logistic regression over a sentence's own features (features.sentence_features)
    topic_weights: Any  # numpy array, (n_features,)
    topic_bias: float
    policy: Policy
    #: what it was fitted on, for the record
    trained_on: str

    def probabilities(self, features: list[str]) -> tuple[float, Any]:
        """(P(event), P(type | event) per label) of a candidate with these features."""
        import numpy as np

        rows = [self.index[f] for f in features if f in self.index]
        z = float(self.event_weights[rows].sum()) + self.event_bias
        event = 1.0 / (1.0 + float(np.exp(-z)))
        t = self.type_weights[rows].sum(axis=0) + self.type_bias if rows else self.type_bias.copy()
        e = np.exp(t - t.max())
        return event, e / e.sum()

    def sentence_topic(self, features: list[str]) -> float:
        """The probability that a sentence with these (sentence) features is political news."""
        import numpy as np

        rows = [self.index[f] for f in features if f in self.index]
        z = float(self.topic_weights[rows].sum()) + self.topic_bias
        return 1.0 / (1.0 + float(np.exp(-z)))

    def topic(self, sentences: Iterable[Span]) -> float | None:
        scores = [self.sentence_topic(sentence_features(s)) for s in sentences]
        return document_topic(scores)

    def choose(self, candidates: list[Candidate], sent: Span, topic: float | None = None) -> list[Coded]:
        if topic is not None and topic < self.policy.topic:
            return []  # a document that does not read as political news: its "attacks" are no events
        out: list[tuple[float, Coded]] = []
        shared = sentence_features(sent) if candidates else []
        for rank, cand in enumerate(candidates):
            if cand.dropped in FIRM_DROPS:
                continue
            event, types = self.probabilities(candidate_features(cand, sent, rank, shared))
            found = verdict(event, types, self.labels, cand.coded.plover, cand.dropped, self.policy)
            if found is not None:
                out.append((event, replace(retyped(cand.coded, found[0]), confidence=found[1])))
        if self.policy.rank:
            out.sort(key=lambda x: -x[0])  # stable: the rules' order among equals
        return [coded for _, coded in out]


def read_model(data: bytes, source: str = MODEL_FILE) -> EventModel:
    """An event model from the bytes of its .npz file; a malformed file raises ValueError naming ``source``."""
    import numpy as np

    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            labels = tuple(str(x) for x in z["labels"])
            features = [str(x) for x in z["features"]]
            event_weights = z["event_weights"].astype(np.float32)
            event_bias = float(z["event_bias"])
            type_weights = z["type_weights"].astype(np.float32)
            type_bias = z["type_bias"].astype(np.float32)
            topic_weights = z["topic_weights"].astype(np.float32)
            topic_bias = float(z["topic_bias"])
            policy = Policy(float(z["keep"]), float(z["accept"]), float(z["margin"]), float(z["topic"]), float(z["rank"]))
            trained_on = str(z["trained_on"])
    except (OSError, KeyError, ValueError, TypeError) as e:
        raise ValueError(f"{source}: not an event model file ({e})") from e
    n = len(features)
    shapes = (event_weights.shape, type_weights.shape, type_bias.shape, topic_weights.shape)
    if shapes != ((n,), (n, len(labels)), (len(labels),), (n,)):
        raise ValueError(
            f"{source}: malformed event model ({n} features, {len(labels)} labels; event, type, type bias and "
            f"topic weights {shapes})"
        )
    unknown = [x for x in labels if x not in generic_codes()]
    if unknown:
        raise ValueError(f"{source}: labels that are no PLOVER type: {unknown}")
    if not all(0.0 <= x <= 1.0 for x in (policy.keep, policy.accept, policy.margin, policy.topic, policy.rank)):
        raise ValueError(f"{source}: keep, accept, margin, topic and rank must be in [0, 1]: {policy}")
    return EventModel(labels, {f: i for i, f in enumerate(features)}, event_weights, event_bias, type_weights,
                      type_bias, topic_weights, topic_bias, policy, trained_on)  # fmt: skip


@cache
def shipped_model() -> EventModel | None:
    """The model shipped in the package, or None when there is none (the rules then decide alone)."""
    path = shipped(MODEL_FILE)
    return read_model(path.read_bytes()) if path is not None else None


@cache
def model_version() -> str:
    """A short digest of the shipped event and role model files ("none" without either): a new model
    re-analyses documents."""
    import hashlib

    from rashomon.nlp.events.roles import MODEL_FILE as ROLE_FILE

    paths = [p for p in (shipped(MODEL_FILE), shipped(ROLE_FILE)) if p is not None]
    return hashlib.sha1(b"".join(p.read_bytes() for p in paths)).hexdigest()[:8] if paths else "none"


def decider(learned: bool = True) -> Decider:
    """The shipped model when ``learned`` and there is one, else the rules alone."""
    model = shipped_model() if learned else None
    return model if model is not None else RulesOnly()
