"""Does a text agree with a claim, dispute it, merely discuss it, or speak of something else?

The four answers are those of the Fake News Challenge (FNC-1): given a claim (a headline) and a text (an
article body), ``agree``, ``disagree``, ``discuss`` or ``unrelated``. rashomon uses it to set what one
source says beside what another claims.

Cheap features only, no parse: how much of the claim's wording the text repeats (overall, in its lead,
in its best-matching sentence, as word pairs), and how often words that dispute, hedge or vouch, and
negations, stand in the sentences that repeat the claim (our lexicon ``data/stance_cues.txt``). A
multinomial logistic regression over them (weights in ``data/stance_weights.tsv``, fitted by
``eval/train_stance.py`` on the training part of FNC-1 split by body id) gives the answer.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

import numpy as np

from rashomon.data import parse_kinds

Stance = Literal["agree", "disagree", "discuss", "unrelated"]
LABELS: tuple[Stance, ...] = ("agree", "disagree", "discuss", "unrelated")
CUE_KINDS = ("refute", "hedge", "support", "negation", "stop")

#: How many best-matching body sentences the cue features look at.
TOP_SENTENCES = 3
#: Words of the body that make its lead.
LEAD_WORDS = 60

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True, slots=True)
class StanceCues:
    refute: frozenset[str]
    hedge: frozenset[str]
    support: frozenset[str]
    negation: frozenset[str]
    stop: frozenset[str]


@cache
def stance_cues() -> StanceCues:
    """The stance lexicon, read once; a malformed line raises ValueError naming it."""
    text = resources.files("rashomon.data").joinpath("stance_cues.txt").read_text(encoding="utf-8")
    kinds = parse_kinds(text, "stance_cues.txt", CUE_KINDS)
    return StanceCues(*(frozenset(kinds[k]) for k in CUE_KINDS))


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; "n't" is split off as a negation of its own."""
    out: list[str] = []
    for tok in _TOKEN.findall(text.lower().replace("’", "'")):
        if tok.endswith("n't"):
            out.extend((tok[:-3], "n't"))
        else:
            out.append(tok)
    return out


def stem(word: str) -> str:
    """A crude English stem, enough for "denies"/"denied"/"denying" to meet."""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _content(words: Iterable[str], stop: frozenset[str]) -> list[str]:
    return [stem(w) for w in words if w not in stop and len(w) > 1]


#: Feature names, in the order of the vector and of the weight rows.
FEATURES = (
    "overlap", "overlap_lead", "overlap_best_sentence", "overlap_second_sentence", "cosine", "bigram_overlap",
    "refute_top", "hedge_top", "support_top", "negation_top",
    "refute_body", "hedge_body", "support_body", "negation_body",
    "refute_headline", "hedge_headline", "negation_headline", "question_headline",
    "refute_top_x_overlap", "hedge_top_x_overlap", "support_top_x_overlap", "overlap_squared", "log_body_words",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Body:
    """What the features need of a body, computed once however many claims it is compared with."""

    words: tuple[str, ...]
    content: tuple[str, ...]
    counts: Counter[str]
    lead: frozenset[str]
    sentences: tuple[tuple[tuple[str, ...], frozenset[str]], ...]  # (words, content stems)

    @classmethod
    def read(cls, body: str) -> Body:
        stop = stance_cues().stop
        words = tokens(body)
        content = _content(words, stop)
        sentences = []
        for s in _SENTENCE.split(body):
            if s.strip():
                sw = tokens(s)
                sentences.append((tuple(sw), frozenset(_content(sw, stop))))
        lead = frozenset(_content(words[:LEAD_WORDS], stop))
        return cls(tuple(words), tuple(content), Counter(content), lead, tuple(sentences))


def features(headline: str, body: str | Body) -> np.ndarray:
    """The feature vector of a (claim, text) pair, in the order of :data:`FEATURES`."""
    cues = stance_cues()
    b = body if isinstance(body, Body) else Body.read(body)
    h_words = tokens(headline)
    h_stems = _content(h_words, cues.stop)
    h = set(h_stems)
    n_h = max(len(h), 1)
    overlap = len(h & b.counts.keys()) / n_h
    scored = sorted(((len(h & content) / n_h, i) for i, (_, content) in enumerate(b.sentences)), reverse=True)
    top_words = [w for _, i in scored[:TOP_SENTENCES] for w in b.sentences[i][0]]
    h_counts = Counter(h_stems)
    dot = sum(c * b.counts[w] for w, c in h_counts.items())
    norm = math.sqrt(sum(c * c for c in h_counts.values())) * math.sqrt(sum(c * c for c in b.counts.values()))
    h_bigrams = set(itertools.pairwise(h_stems))
    b_bigrams = set(itertools.pairwise(b.content))

    def rate(words: Iterable[str], lexicon: frozenset[str]) -> float:
        return math.log1p(sum(w in lexicon for w in words))

    refute_top, hedge_top, support_top = (rate(top_words, x) for x in (cues.refute, cues.hedge, cues.support))
    values = (
        overlap,
        len(h & b.lead) / n_h,
        scored[0][0] if scored else 0.0,
        scored[1][0] if len(scored) > 1 else 0.0,
        dot / norm if norm else 0.0,
        len(h_bigrams & b_bigrams) / max(len(h_bigrams), 1),
        refute_top,
        hedge_top,
        support_top,
        rate(top_words, cues.negation),
        rate(b.words, cues.refute),
        rate(b.words, cues.hedge),
        rate(b.words, cues.support),
        rate(b.words, cues.negation),
        float(any(w in cues.refute for w in h_words)),
        float(any(w in cues.hedge for w in h_words)),
        float(any(w in cues.negation for w in h_words)),
        float(headline.rstrip().endswith("?")),
        refute_top * overlap,
        hedge_top * overlap,
        support_top * overlap,
        overlap * overlap,
        math.log1p(len(b.words)),
    )
    return np.asarray(values, dtype=np.float64)


def feature_rows(pairs: Iterable[tuple[str, str]]) -> np.ndarray:
    """Feature rows (n, len(FEATURES)) for (headline, body) pairs, reading each distinct body once."""
    bodies: dict[str, Body] = {}
    rows = []
    for headline, body in pairs:
        if body not in bodies:
            bodies[body] = Body.read(body)
        rows.append(features(headline, bodies[body]))
    return np.vstack(rows) if rows else np.zeros((0, len(FEATURES)))


@dataclass(frozen=True, slots=True)
class StanceModel:
    """A multinomial logistic regression over standardised :data:`FEATURES`."""

    mean: np.ndarray  # (n_features,)
    scale: np.ndarray  # (n_features,)
    weights: np.ndarray  # (n_features, 4), columns in LABELS order
    bias: np.ndarray  # (4,)

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities for feature rows ``x`` (n, n_features) -> (n, 4)."""
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def to_tsv(self) -> str:
        lines = ["feature\tmean\tscale\t" + "\t".join(LABELS)]
        for i, name in enumerate(FEATURES):
            row = [name, *(f"{v:.6g}" for v in (self.mean[i], self.scale[i], *self.weights[i]))]
            lines.append("\t".join(row))
        lines.append("\t".join(["bias", "0", "1", *(f"{v:.6g}" for v in self.bias)]))
        return "\n".join(lines) + "\n"

    @classmethod
    def from_tsv(cls, text: str, name: str = "stance_weights.tsv") -> StanceModel:
        rows: dict[str, list[float]] = {}
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith(("#", "feature\t")):
                continue
            parts = line.split("\t")
            if len(parts) != 3 + len(LABELS):
                raise ValueError(
                    f"{name}:{n}: expected {3 + len(LABELS)} tab-separated columns, got {len(parts)}"
                )
            try:
                rows[parts[0]] = [float(p) for p in parts[1:]]
            except ValueError:
                raise ValueError(f"{name}:{n}: a value is not a number: {line!r}") from None
        missing = [f for f in (*FEATURES, "bias") if f not in rows]
        if missing:
            raise ValueError(
                f"{name}: no weights for {', '.join(missing)}; retrain with eval/train_stance.py"
            )
        table = np.asarray([rows[f] for f in FEATURES])
        return cls(table[:, 0], table[:, 1], table[:, 2:], np.asarray(rows["bias"][2:]))


@cache
def model() -> StanceModel:
    """The shipped weights (data/stance_weights.tsv)."""
    text = resources.files("rashomon.data").joinpath("stance_weights.tsv").read_text(encoding="utf-8")
    return StanceModel.from_tsv(text)


def stances(pairs: Iterable[tuple[str, str]], weights: StanceModel | None = None) -> list[Stance]:
    """:func:`stance` for many (headline, body) pairs; a body shared by several headlines is read once."""
    x = feature_rows(pairs)
    if not len(x):
        return []
    probs = (weights or model()).probabilities(x)
    return [LABELS[i] for i in probs.argmax(axis=1)]


def stance(headline: str, body: str) -> Stance:
    """Whether ``body`` agrees with, disputes, discusses, or is unrelated to the claim ``headline``."""
    if not isinstance(headline, str) or not isinstance(body, str):
        raise TypeError(
            f"stance: headline and body must be str, got {type(headline).__name__} and {type(body).__name__}"
        )
    return stances([(headline, body)])[0]
