"""Which candidates are events, of which type, and how sure: the trained event model over the rules' proposals.

The model (``rashomon/data/event_model.npz``, written by ``eval/train_events.py``) is a multinomial logistic
regression over the 16 PLOVER types and ``NONE``, fitted on the training parts of the gold sets only. For
each candidate of a sentence it gives a probability per label from ``features.candidate_features``. A
candidate is an event when its probability of being one (1 - P(NONE)) reaches the model's threshold; its type
is the most probable PLOVER type, and its confidence that type's probability. Where the type differs from
the rules' reading, the CAMEO code becomes the lexicon's code for that type on the same word, else the type's
generic code. Without a model file the rules decide alone (every event they keep, confidence 1).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from rashomon.data import shipped
from rashomon.nlp.events.candidates import Candidate, Coded
from rashomon.nlp.events.features import candidate_features
from rashomon.nlp.lexicon import Trigger, triggers
from rashomon.nlp.ontology import cameo_table, lookup

if TYPE_CHECKING:
    from spacy.tokens import Span

MODEL_FILE = "event_model.npz"
NONE = "NONE"


class Decider(Protocol):
    """Chooses a sentence's events among the candidates the rules propose, most salient first."""

    def choose(self, candidates: list[Candidate], sent: Span) -> list[Coded]: ...


class RulesOnly:
    """The rules' own choice: every candidate they keep, with confidence 1."""

    def choose(self, candidates: list[Candidate], sent: Span) -> list[Coded]:
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


@dataclass(frozen=True)
class EventModel:
    """A fitted event model: labels, feature index, weights (features x labels), bias and threshold."""

    labels: tuple[str, ...]
    index: dict[str, int]
    weights: Any  # numpy array, (n_features, n_labels)
    bias: Any  # numpy array, (n_labels,)
    #: the least probability of being an event (1 - P(NONE)) a candidate needs to be kept
    threshold: float
    #: what it was fitted on, for the record
    trained_on: str

    def probabilities(self, features: list[str]) -> Any:
        import numpy as np

        rows = [self.index[f] for f in features if f in self.index]
        z = self.weights[rows].sum(axis=0) + self.bias if rows else self.bias.copy()
        z = z - z.max()
        e = np.exp(z)
        return e / e.sum()

    def choose(self, candidates: list[Candidate], sent: Span) -> list[Coded]:
        none = self.labels.index(NONE)
        out = []
        for rank, cand in enumerate(candidates):
            p = self.probabilities(candidate_features(cand, sent, rank))
            if 1.0 - float(p[none]) < self.threshold:
                continue
            p[none] = -1.0
            best = int(p.argmax())
            out.append(replace(retyped(cand.coded, self.labels[best]), confidence=round(float(p[best]), 4)))
        return out


def read_model(data: bytes, source: str = MODEL_FILE) -> EventModel:
    """An event model from the bytes of its .npz file; a malformed file raises ValueError naming ``source``."""
    import numpy as np

    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            labels = tuple(str(x) for x in z["labels"])
            features = [str(x) for x in z["features"]]
            weights = z["weights"].astype(np.float32)
            bias = z["bias"].astype(np.float32)
            threshold = float(z["threshold"])
            trained_on = str(z["trained_on"])
    except (OSError, KeyError, ValueError, TypeError) as e:
        raise ValueError(f"{source}: not an event model file ({e})") from e
    if NONE not in labels or weights.shape != (len(features), len(labels)) or bias.shape != (len(labels),):
        raise ValueError(
            f"{source}: malformed event model (labels {len(labels)}, features {len(features)}, "
            f"weights {weights.shape}, bias {bias.shape}; NONE among the labels: {NONE in labels})"
        )
    unknown = [x for x in labels if x != NONE and x not in generic_codes()]
    if unknown:
        raise ValueError(f"{source}: labels that are no PLOVER type: {unknown}")
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"{source}: threshold {threshold} is not a probability")
    return EventModel(labels, {f: i for i, f in enumerate(features)}, weights, bias, threshold, trained_on)


@cache
def shipped_model() -> EventModel | None:
    """The model shipped in the package, or None when there is none (the rules then decide alone)."""
    path = shipped(MODEL_FILE)
    return read_model(path.read_bytes()) if path is not None else None


@cache
def model_version() -> str:
    """A short digest of the shipped model file ("none" without one): a new model re-analyses documents."""
    import hashlib

    path = shipped(MODEL_FILE)
    return hashlib.sha1(path.read_bytes()).hexdigest()[:8] if path is not None else "none"


def decider(learned: bool = True) -> Decider:
    """The shipped model when ``learned`` and there is one, else the rules alone."""
    model = shipped_model() if learned else None
    return model if model is not None else RulesOnly()
