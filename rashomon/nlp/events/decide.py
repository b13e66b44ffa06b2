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

On the encoder path (the optional extra, ``rashomon.nlp.encoder``, when it is wanted), the model is
``event_model_encoder.npz``, written by ``eval/train_events.py --encoder``: the same regressions fitted with the
sentence's MiniLM vector beside the named features (its weights ``dense_event`` and ``dense_type``), so what a
sentence says as a whole weighs beside its parse.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from rashomon.data import shipped
from rashomon.nlp.events import arguments as args
from rashomon.nlp.events.candidates import FIRM_DROPS, Candidate, Coded
from rashomon.nlp.events.features import candidate_features, sentence_features
from rashomon.nlp.lexicon import Trigger, triggers
from rashomon.nlp.ontology import cameo_table, lookup

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from rashomon.records import ActorMention

MODEL_FILE = "event_model.npz"
#: the model of the encoder path: the same regressions with the sentence's MiniLM vector among their inputs
ENCODER_MODEL_FILE = "event_model_encoder.npz"
#: the most sentence vectors an encoder-path model keeps between calls (a document's sentences are encoded
#: together the first time one of them is decided)
VECTOR_CACHE = 4096
#: the training label of a candidate that is no event
NONE = "NONE"
#: where a parsed text keeps its sentences' feature rows (``Doc.user_data``; see EventModel._sentence_rows)
_SENTENCE_ROWS = "rashomon.sentence_rows"


class Decider(Protocol):
    """Chooses a sentence's events among the candidates the rules propose, most salient first."""

    def topic(self, sentences: Iterable[Span]) -> float | None:
        """How much a document's sentences read as political news, in [0, 1] (None: not judged)."""
        ...

    def gated(self, topic: float | None) -> str | None:
        """Why a document of this topic has no events (it does not read as political news), or None."""
        ...

    def choose(self, candidates: list[Candidate], sent: Span, topic: float | None = None) -> list[Coded]: ...


class RulesOnly:
    """The rules' own choice: every candidate they keep, with confidence 1."""

    def topic(self, sentences: Iterable[Span]) -> float | None:
        return None

    def gated(self, topic: float | None) -> str | None:
        return None

    def choose(self, candidates: list[Candidate], sent: Span, topic: float | None = None) -> list[Coded]:
        return [c.coded for c in candidates if c.dropped is None]


@cache
def generic_codes() -> dict[str, str]:
    """PLOVER type -> its generic CAMEO code: the head ("110", "170") of the CAMEO root that holds most of the
    type's three-digit codes, else that root's first code of the type (the first three-digit code of a type
    was no generic one: "175", violent repression, for an assault; "163", an embargo, for coercion)."""
    roots: dict[str, dict[str, list[str]]] = {}
    for code in sorted(cameo_table()):
        plover = lookup(code).plover
        if plover and len(code) == 3:
            roots.setdefault(plover, {}).setdefault(code[:2], []).append(code)
    out: dict[str, str] = {}
    for plover, by_root in roots.items():
        root, codes = max(by_root.items(), key=lambda kv: (len(kv[1]), -int(kv[0])))
        out[plover] = root + "0" if root + "0" in codes else codes[0]
    return out


def retyped(coded: Coded, plover: str) -> Coded:
    """``coded`` as an event of type ``plover``: the lexicon's row of that type for the same word (a row whose
    cue the parse meets first), else the type's generic code with the trigger's word."""
    if (lookup(coded.row.cameo).plover or "") == plover:
        return coded
    tok = coded.trigger
    pos = "V" if tok.pos_ == "VERB" else "N"
    same = _rows_of_type(tok, plover)
    if same:
        from rashomon.nlp.events.triggers import cue_matches

        row = next((r for r in same if r.cue_kind is not None and cue_matches(tok, r)), None)
        row = row or next((r for r in same if r.cue_kind is None), same[0])
    else:
        row = Trigger(pos, tok.lemma_.lower(), generic_codes()[plover], None, frozenset(), None, ())
    return replace(coded, row=row)


def ruled_out(coded: Coded, plover: str) -> bool:
    """Whether the lexicon reads the trigger noun as ``plover`` only with a modifier the parse does not find
    ("joint drill" COOPERATE, a drill alone MOBILIZE): the rules have weighed that reading and left it, so the
    type model does not bring it back."""
    from rashomon.nlp.events.triggers import cue_matches

    tok = coded.trigger
    same = _rows_of_type(tok, plover)
    return bool(same) and all(r.cue_kind == "mod" and not cue_matches(tok, r) for r in same)


def read_around(coded: Coded) -> bool:
    """Whether the rules read the act from the words around the trigger, where the word's own rows say another:
    a taking as an occupation ("took the town without a fight": CAMEO 192, where the word's own rows say the use
    of force), an act undone as a reduction ("de-ratifying the treaty": 161, where "ratify" says an agreement). The
    type model, which weighs the word, does not undo what the words around it say."""
    rows = _word_rows(coded.trigger)
    if coded.row.cameo == "192":
        return all(r.cameo != "192" for r in rows)
    return coded.row.cameo.startswith("16") and all(not r.cameo.startswith("16") for r in rows)


def _forces(source: tuple[ActorMention, ...]) -> bool:
    """Whether every source is armed forces or police: they disperse, arrest or fire on a protest, they hold none
    ("Security forces fired tear gas to disperse protesters" is no protest of theirs)."""
    return args.all_of_sectors(source, ("MIL", "COP"))


def _word_rows(tok: Token) -> list[Trigger]:
    """The lexicon's rows for the trigger word ``tok`` (by lemma, then by form)."""
    pos = "V" if tok.pos_ == "VERB" else "N"
    return [r for key in ((pos, tok.lemma_.lower()), (pos, tok.lower_)) for r in triggers().get(key, ())]


def _rows_of_type(tok: Token, plover: str) -> list[Trigger]:
    """The lexicon's rows of PLOVER type ``plover`` for the trigger word ``tok``."""
    return [r for r in _word_rows(tok) if lookup(r.cameo).plover == plover]


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
    p = [float(x) for x in types]  # read each probability once, as a Python float
    best = max(range(len(labels)), key=p.__getitem__)
    label = labels[best]
    if rule in labels and label != rule and p[best] < p[labels.index(rule)] + policy.margin:
        label = rule
    return label, round(event * p[labels.index(label)], 4)


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
    #: on the encoder path, the weights of the sentence's MiniLM vector (times ``dense_scale``) in the event and
    #: the type regressions, (DIM,) and (DIM, n_labels); None for the model of the default path
    dense_event: Any = None
    dense_type: Any = None
    dense_scale: float = 1.0
    #: sentence text -> its vector, filled a document at a time (see :meth:`sentence_vector`)
    _vectors: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def encoder(self) -> bool:
        """Whether this model reads sentence vectors (the encoder path's model)."""
        return self.dense_event is not None

    def probabilities(self, features: list[str], vector: Any = None) -> tuple[float, Any]:
        """(P(event), P(type | event) per label) of a candidate with these features (and, for the encoder path's
        model, its sentence's vector)."""
        rows = self._rows(features)
        return self._event(rows, vector), self._types(rows, vector)

    def _rows(self, features: list[str]) -> Any:
        """The weight rows of the features the model knows, in the features' order (read once for both the
        event and the type regression: numpy turns a list of indices into an array on each use)."""
        import numpy as np

        get = self.index.get
        return np.array([r for r in map(get, features) if r is not None], dtype=np.intp)

    def _event(self, rows: Any, vector: Any) -> float:
        """P(event) of a candidate with these weight rows (:meth:`probabilities`)."""
        import numpy as np

        z = float(self.event_weights[rows].sum()) + self.event_bias
        if self.dense_event is not None:
            if vector is None:
                raise ValueError("the encoder path's event model needs the sentence's vector")
            z += float((vector * self.dense_scale) @ self.dense_event)
        return 1.0 / (1.0 + float(np.exp(-z)))

    def _types(self, rows: Any, vector: Any) -> Any:
        """P(type | event) per label of a candidate with these weight rows (:meth:`probabilities`)."""
        import numpy as np

        t = self.type_weights[rows].sum(axis=0) + self.type_bias if len(rows) else self.type_bias.copy()
        if self.dense_event is not None:
            t = t + (vector * self.dense_scale) @ self.dense_type
        e = np.exp(t - t.max())
        return e / e.sum()

    def sentence_vector(self, sent: Span) -> Any:
        """The MiniLM vector of a sentence (rashomon.nlp.encoder): the first time a sentence of a parsed text is
        asked for, every sentence of that text not yet known is encoded, in one batch."""
        key = sent.text
        if key not in self._vectors:
            from rashomon.nlp import encoder

            texts = list(dict.fromkeys(s.text for s in sent.doc.sents if s.text not in self._vectors))
            if key not in texts:
                texts.append(key)
            if len(self._vectors) + len(texts) > VECTOR_CACHE:
                self._vectors.clear()
            self._vectors.update(zip(texts, encoder.load().sentence_vectors(texts), strict=True))
        return self._vectors[key]

    def sentence_topic(self, features: list[str]) -> float:
        """The probability that a sentence with these (sentence) features is political news."""
        return self._topic(self._rows(features))

    def _topic(self, rows: Any) -> float:
        """:meth:`sentence_topic` of a sentence whose features have these weight rows."""
        import numpy as np

        z = float(self.topic_weights[rows].sum()) + self.topic_bias
        return 1.0 / (1.0 + float(np.exp(-z)))

    def _sentence_rows(self, sent: Span) -> Any:
        """The weight rows of the sentence's own features (features.sentence_features), read once a sentence
        and kept with its parsed text: the topic model reads them for every sentence of an article, and each
        candidate of a sentence ends its features with them."""
        kept: dict[tuple[int, int, int], Any] = sent.doc.user_data.setdefault(_SENTENCE_ROWS, {})
        key = (id(self.index), sent.start, sent.end)
        rows = kept.get(key)
        if rows is None:
            rows = kept[key] = self._rows(sentence_features(sent))
        return rows

    def topic(self, sentences: Iterable[Span]) -> float | None:
        scores = [self._topic(self._sentence_rows(s)) for s in sentences]
        return document_topic(scores)

    def gated(self, topic: float | None) -> str | None:
        if not self._under(topic):
            return None
        return (f"reads as no political news (its topic score {topic:.2f} is under the event model's "
                f"{self.policy.topic:.2f}): no events coded")  # fmt: skip

    def _under(self, topic: float | None) -> bool:
        """Whether a document's topic is under the policy's: it does not read as political news."""
        return topic is not None and topic < self.policy.topic

    def choose(self, candidates: list[Candidate], sent: Span, topic: float | None = None) -> list[Coded]:
        if self._under(topic):
            return []  # a document that does not read as political news: its "attacks" are no events
        import numpy as np

        out: list[tuple[float, Coded]] = []
        # a candidate's features end with the sentence's own: their rows are read once a sentence, and joined
        # after the candidate's (the same rows in the same order as reading all its features at once)
        shared: Any = self._sentence_rows(sent) if candidates else None
        vector = self.sentence_vector(sent) if self.encoder and candidates else None
        for rank, cand in enumerate(candidates):
            if cand.dropped in FIRM_DROPS:
                continue
            rows: Any = np.concatenate((self._rows(candidate_features(cand, sent, rank, [])), shared))
            event = self._event(rows, vector)
            if event < (self.policy.keep if cand.dropped is None else self.policy.accept):
                continue  # no event whatever its type (verdict): its type probabilities are not worked out
            found = verdict(event, self._types(rows, vector), self.labels, cand.coded.plover, cand.dropped, self.policy)
            if found is not None and found[0] != cand.coded.plover and (
                ruled_out(cand.coded, found[0]) or (found[0] == "PROTEST" and _forces(cand.coded.source))
                or read_around(cand.coded)
            ):
                found = (cand.coded.plover, found[1])
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
            dense = "dense_event" in z.files
            dense_event = z["dense_event"].astype(np.float32) if dense else None
            dense_type = z["dense_type"].astype(np.float32) if dense else None
            dense_scale = float(z["dense_scale"]) if dense else 1.0
    except (OSError, KeyError, ValueError, TypeError) as e:
        raise ValueError(f"{source}: not an event model file ({e})") from e
    n = len(features)
    shapes = (event_weights.shape, type_weights.shape, type_bias.shape, topic_weights.shape)
    if shapes != ((n,), (n, len(labels)), (len(labels),), (n,)):
        raise ValueError(
            f"{source}: malformed event model ({n} features, {len(labels)} labels; event, type, type bias and "
            f"topic weights {shapes})"
        )
    if dense_event is not None and (
        dense_event.ndim != 1 or dense_type is None or dense_type.shape != (dense_event.shape[0], len(labels))
    ):
        raise ValueError(
            f"{source}: malformed sentence-vector weights (event {dense_event.shape}, type "
            f"{None if dense_type is None else dense_type.shape}, {len(labels)} labels)"
        )
    unknown = [x for x in labels if x not in generic_codes()]
    if unknown:
        raise ValueError(f"{source}: labels that are no PLOVER type: {unknown}")
    if not all(0.0 <= x <= 1.0 for x in (policy.keep, policy.accept, policy.margin, policy.topic, policy.rank)):
        raise ValueError(f"{source}: keep, accept, margin, topic and rank must be in [0, 1]: {policy}")
    return EventModel(labels, {f: i for i, f in enumerate(features)}, event_weights, event_bias, type_weights,
                      type_bias, topic_weights, topic_bias, policy, trained_on, dense_event, dense_type,
                      dense_scale)  # fmt: skip


def shipped_model(encoder: bool = False) -> EventModel | None:
    """The model shipped in the package (the encoder path's when ``encoder``), or None when there is none."""
    return _shipped_model(ENCODER_MODEL_FILE if encoder else MODEL_FILE)


@cache
def _shipped_model(name: str) -> EventModel | None:
    path = shipped(name)
    return read_model(path.read_bytes(), name) if path is not None else None


def use_encoder(setting: str | None = None) -> bool:
    """Whether events are decided by the encoder path's model: the encoder is wanted (``rashomon.nlp.encoder``:
    the setting, else $RASHOMON_ENCODER) and the model is shipped. Set "on" without it: an error."""
    from rashomon.nlp import encoder

    return encoder.path_in_use(
        setting, lambda: shipped(ENCODER_MODEL_FILE) is not None, f"its event model ({ENCODER_MODEL_FILE})"
    )


@cache
def model_version(encoder: bool = False) -> str:
    """A short digest of the shipped event model (the encoder path's when ``encoder``) and role model files
    ("none" without either): a new model re-analyses documents."""
    import hashlib

    from rashomon.nlp.events.roles import MODEL_FILE as ROLE_FILE

    events = shipped(ENCODER_MODEL_FILE if encoder else MODEL_FILE)
    paths = [p for p in (events, shipped(ROLE_FILE)) if p is not None]
    return hashlib.sha1(b"".join(p.read_bytes() for p in paths)).hexdigest()[:8] if paths else "none"


def decider(learned: bool = True, encoder: bool = False, topic_gate: bool = True) -> Decider:
    """The shipped model (the encoder path's when ``encoder``) when ``learned`` and there is one, else the
    rules alone. Without ``topic_gate`` the model codes every document, whatever it reads as."""
    model = shipped_model(encoder) if learned else None
    if model is None:
        return RulesOnly()
    return model if topic_gate else replace(model, policy=replace(model.policy, topic=0.0))
