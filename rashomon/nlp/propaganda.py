"""Loaded language and propaganda techniques: spans of a parsed segment, each with the actor it is aimed at.

Three sources, all cheap (array lookups over what spaCy already computed; nothing is parsed again):

* the lexicon ``rashomon/data/propaganda_lexicon.tsv`` (our own lists of loaded words, labels and cue
  phrases per technique), matched on lower-case forms and lemmas;
* a small linear model ``rashomon/data/propaganda_model.tsv`` trained on the PTC corpus by
  ``eval/train_ptc.py``: a token scorer (is this token inside a propaganda span?) whose runs of positive
  tokens are spans, and a span classifier that names their technique. Features are hashed keys of token
  attributes and lexicon flags, looked up with ``numpy.searchsorted``, so scoring a segment costs a few
  vector operations;
* when the optional encoder is in use (``rashomon.nlp.encoder.wanted()``) and
  ``rashomon/data/propaganda_encoder.npz`` is shipped, the encoder path replaces the hashed model's spans:
  the packaged all-MiniLM-L6-v2's first four layers, our fine-tuned copies of its last two and a linear
  head score each word piece (trained on PTC by ``eval/train_ptc_encoder.py``); a technique classifier
  reads the span's mean vector and the hashed classifier's log-probabilities. A document's segments are
  encoded in one batched run (:func:`segment_scores`); torch is imported only on this path;
* actor mentions the actor table already marks as loaded labels ("the Zionist regime", "the Butcher of
  Teheran"): always Name_Calling,Labeling, aimed at the actor they name.

The target of a span is found with the dependency parse: the actor mention the span covers or is part
of; the subject a predicate label is said of ("Aliyev and Erdogan are ... murderers"); the noun an
adjective modifies; the actor a label's own words name ("zionist", "hasbara"); the possessor or the
"of" phrase of a labelled noun. None when nothing names one.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from rashomon.cache import cache_path, cached
from rashomon.data import shipped
from rashomon.records import TECHNIQUES, Actor, ActorMention, SegmentKind, TechniqueSpan

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Token

LEXICON_FILE = "propaganda_lexicon.tsv"
MODEL_FILE = "propaganda_model.tsv"

#: Multiplier of the feature-key mixing (64-bit FNV prime); keys are (template, value hashes) mixed in uint64.
_MIX = 0x100000001B3
_MASK = (1 << 64) - 1
#: The techniques a lexicon flag can hold; 0 is "no hit".
_TECH_CODE = {t: i + 1 for i, t in enumerate(TECHNIQUES)}
NAME_CALLING = "Name_Calling,Labeling"
REPETITION = "Repetition"
#: Determiners and possessives left out of a span's edges ("the Zionist regime" -> "Zionist regime").
_EDGE_WORDS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"])


class PropagandaDataError(ValueError):
    """A line of a propaganda data file cannot be read; names the file, the line and the problem."""


# ============================================================================================== lexicon


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon phrase: its lower-case tokens, its technique and the actor code its words name."""

    words: tuple[str, ...]
    technique: str
    target: str | None = None
    text: str = ""  # the phrase as the lexicon writes it


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Phrases keyed by the hash of their first token (as spaCy hashes strings), longest first."""

    single: dict[int, Entry]
    multi: dict[int, tuple[tuple[tuple[int, ...], Entry], ...]]
    size: int
    firsts: frozenset[int]  # the hashes a phrase starts with: the keys of ``single`` and ``multi``


@lru_cache(maxsize=4096)
def _hash(text: str) -> int:
    """The number spaCy stores for a string (a symbol's id, else its hash), as in ``Doc.to_array``."""
    from spacy.strings import get_string_id

    return int(get_string_id(text))


@cache
def _tokenizer():
    """spaCy's English tokenizer alone, to split lexicon phrases as the parsed text is split."""
    import spacy

    return spacy.blank("en").tokenizer


def parse_lexicon(text: str, source: str = LEXICON_FILE) -> Lexicon:
    """A lexicon from the TSV text of ``propaganda_lexicon.tsv`` (see its header); bad lines raise."""
    tokenize = _tokenizer()
    single: dict[int, Entry] = {}
    multi: dict[int, dict[tuple[int, ...], Entry]] = {}
    size = 0
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) not in (2, 3):
            raise PropagandaDataError(f"{source}:{n}: expected 2 or 3 tab-separated columns, got {len(parts)}")
        technique, phrases = parts[0].strip(), parts[1]
        target = parts[2].strip() or None if len(parts) == 3 else None
        if technique not in _TECH_CODE:
            raise PropagandaDataError(f"{source}:{n}: unknown technique {technique!r}; use one of {TECHNIQUES}")
        for phrase in phrases.split("|"):
            words = tuple(t.text for t in tokenize(phrase.strip().lower()) if not t.is_space)
            if not words:
                raise PropagandaDataError(f"{source}:{n}: empty phrase in {phrases!r}")
            entry = Entry(words, technique, target, phrase.strip().lower())
            hashes = tuple(_hash(w) for w in words)
            size += 1
            if len(words) == 1:
                single.setdefault(hashes[0], entry)
            else:
                multi.setdefault(hashes[0], {}).setdefault(hashes[1:], entry)
    ordered = {
        first: tuple(sorted(rest.items(), key=lambda kv: -len(kv[0]))) for first, rest in multi.items()
    }
    return Lexicon(single, ordered, size, frozenset(single) | frozenset(ordered))


@cache
def lexicon() -> Lexicon:
    """The built-in lexicon, read once: from the cache when a copy parsed from the same file is there
    (splitting its phrases needs spaCy's tokenizer, about 0.3 s to set up and run), else parsed and cached."""
    data = resources.files("rashomon.data").joinpath(LEXICON_FILE).read_bytes()
    return cached(_cache_path("propaganda-lexicon", data), Lexicon, lambda: parse_lexicon(data.decode("utf-8")))


def _cache_path(name: str, data: bytes) -> Path | None:
    """Where a table parsed from ``data`` is cached (rashomon.cache); the name changes with this module's
    code, the data and the spaCy release (whose tokenizer and string hashes the tables hold)."""
    try:
        from importlib.metadata import version

        inputs = [Path(__file__).read_bytes(), data, version("spacy").encode()]
    except Exception:  # the inputs cannot be fingerprinted: do without a cache
        return None
    return cache_path(name, inputs)


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon phrase found at tokens ``start..end`` of a parsed segment."""

    start: int
    end: int
    entry: Entry


def lexicon_hits(lower: Sequence[int], lemma: Sequence[int], lex: Lexicon | None = None) -> list[Hit]:
    """Non-overlapping lexicon phrases in a token sequence (hashes of lower-case forms and lemmas),
    left to right, the longest phrase at each token."""
    lex = lex or lexicon()
    firsts, single = lex.firsts, lex.single
    hits: list[Hit] = []
    n = len(lower)
    free = 0  # the first token after the last hit
    # only a token that starts a phrase, or whose lemma is a one-word phrase, can begin a hit
    for i in [i for i, (h, lem) in enumerate(zip(lower, lemma, strict=True)) if h in firsts or lem in single]:
        if i < free:
            continue
        h = lower[i]
        second = lower[i + 1] if i + 1 < n else None
        found: Hit | None = None
        for rest, entry in lex.multi.get(h, ()):
            end = i + 1 + len(rest)
            if rest[0] == second and end <= n and tuple(lower[i + 1 : end]) == rest:
                found = Hit(i, end, entry)
                break
        if found is None:
            entry1 = single.get(h) or single.get(lemma[i])
            if entry1 is not None:
                found = Hit(i, i + 1, entry1)
        if found is not None:
            hits.append(found)
            free = found.end
    return hits


# ============================================================================================== features


def mix(*parts: int) -> int:
    """The feature key of a template and its values' numbers (the same arithmetic as :func:`_mix_arrays`)."""
    k = 0
    for p in parts:
        k = ((k * _MIX) & _MASK) ^ (p & _MASK)
    return k


def _mix_arrays(*parts: NDArray[np.uint64] | int) -> NDArray[np.uint64]:
    # as mix() mixes, in uint64 arrays; the numbers before the first array are mixed as Python ints
    # (numpy warns when scalars overflow, while arrays wrap silently)
    lead = 0
    k: NDArray[np.uint64] | None = None
    for p in parts:
        if isinstance(p, int):
            if k is None:
                lead = ((lead * _MIX) & _MASK) ^ (p & _MASK)
            else:
                k = (k * np.uint64(_MIX)) ^ np.uint64(p & _MASK)
        elif k is None:
            k = p ^ np.uint64((lead * _MIX) & _MASK)
        else:
            k = (k * np.uint64(_MIX)) ^ p
    return np.asarray(np.uint64(lead) if k is None else k, dtype=np.uint64)


#: Token feature templates; their names prefix the features of the model file ("w=brutal", "pp=ADJ|NOUN",
#: "lx=Loaded_Language"): the word, lemma, part of speech and dependency; the words two either side; the
#: part-of-speech bigram and the next part of speech; the head's lemma; the lexicon technique at, before
#: and after the token; how often its lemma recurs (1-5); its place in the sentence (0-4, 9 = last); the
#: sentence's length (log2); whether the sentence ends in "?" (1) or "!" (2); title case (1) or capitals
#: (2). Then ``slx1`` .. ``slx14``: the lexicon found technique k in the token's sentence.
TOKEN_TEMPLATES = (
    "w", "l", "p", "d", "w-1", "w+1", "w-2", "w+2", "pp", "pn", "hl", "lx", "lx-1", "lx+1", "rep", "pos", "slen",
    "punct", "cap",
)  # fmt: skip
#: Templates whose values are technique numbers; templates whose values are small counts or buckets.
_INT_VALUES = {"lx": _TECH_CODE, "lx-1": _TECH_CODE, "lx+1": _TECH_CODE, "sx": _TECH_CODE}
_BUCKETS = frozenset(["rep", "pos", "slen", "punct", "cap", "len", "again"])
BOS, EOS = "<s>", "</s>"


@dataclass(frozen=True, slots=True)
class Tokens:
    """What the scorers need of a parsed segment, as arrays (one row per token) and its lexicon hits."""

    lower: NDArray[np.uint64]
    lemma: NDArray[np.uint64]
    pos: NDArray[np.uint64]
    dep: NDArray[np.uint64]
    head: NDArray[np.int64]  # absolute index of each token's head
    sent: NDArray[np.int64]  # sentence number of each token
    punct: NDArray[np.bool_]
    space: NDArray[np.bool_]  # a token that is only whitespace
    cap: NDArray[np.int64]  # 1 title case, 2 all capitals (more than one letter), 0 else
    tech: NDArray[np.int64]  # lexicon technique number of each token (0: none)
    hits: tuple[Hit, ...]
    tensor: NDArray[np.float32]  # spaCy's own token vectors (tok2vec output), (n, width); width 0 if none


def tokens_of(parsed: Doc) -> Tokens:
    """The arrays of a parsed segment and its lexicon hits."""
    from spacy.attrs import (
        DEP,
        HEAD,
        IS_PUNCT,
        IS_SPACE,
        IS_TITLE,
        IS_UPPER,
        LEMMA,
        LENGTH,
        LOWER,
        POS,
        SENT_START,
    )

    attrs = [LOWER, LEMMA, POS, DEP, HEAD, SENT_START, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LENGTH]
    arr = parsed.to_array(attrs).astype(np.uint64).reshape(len(parsed), len(attrs))
    n = len(parsed)
    lower, lemma = arr[:, 0], arr[:, 1]
    head = np.arange(n, dtype=np.int64) + arr[:, 4].astype(np.int64)  # HEAD is relative (a wrapped signed int)
    starts = arr[:, 5].astype(np.int64) == 1
    if n:
        starts[0] = True
    sent = np.cumsum(starts) - 1
    hits = lexicon_hits(lower.tolist(), lemma.tolist())
    tech = np.zeros(n, dtype=np.int64)
    for h in hits:
        tech[h.start : h.end] = _TECH_CODE[h.entry.technique]
    cap = np.where(arr[:, 8] == 1, 1, np.where((arr[:, 9] == 1) & (arr[:, 10] > 1), 2, 0)).astype(np.int64)
    tensor = parsed.tensor if getattr(parsed.tensor, "shape", (0,))[0] == n else np.zeros((n, 0), np.float32)
    return Tokens(lower, lemma, arr[:, 2], arr[:, 3], head, sent, arr[:, 6] == 1, arr[:, 7] == 1, cap, tech,
                  tuple(hits), np.asarray(tensor, dtype=np.float32))  # fmt: skip


def _shift(a: NDArray[np.uint64] | NDArray[np.int64], k: int, fill: int = 0) -> NDArray[np.uint64]:
    """``a`` moved ``k`` places (out[i] = a[i - k]), ``fill`` where nothing moves in."""
    out = np.full(a.shape, fill, dtype=np.uint64)
    if k > 0:
        out[k:] = a[:-k]
    elif k < 0:
        out[:k] = a[-k:]
    else:
        out[:] = a
    return out


#: A template's values for every token: (template name, value arrays, mask of the tokens that have it or None).
TemplateValues = tuple[str, tuple["NDArray[np.uint64]", ...], "NDArray[np.bool_] | None"]


def _same_sentence(sent: NDArray[np.int64], k: int) -> NDArray[np.bool_]:
    """Whether token i - k is in token i's sentence."""
    out = np.zeros(len(sent), dtype=bool)
    if k > 0:
        out[k:] = sent[k:] == sent[:-k]
    else:
        out[:k] = sent[:k] == sent[-k:]
    return out


def token_values(t: Tokens) -> list[TemplateValues]:
    """The values of every token template (see :data:`TOKEN_TEMPLATES`) and of the sentence flags."""
    return _values(t)


def _values(t: Tokens, segment: NDArray[np.int64] | None = None) -> list[TemplateValues]:
    """:func:`token_values`; of several segments' tokens joined (:func:`_joined`) when ``segment`` gives
    each token's segment: the templates stop at sentence ends, and only the recurrences ("rep") and the
    lexicon techniques either side ("lx-1", "lx+1") need to stop at the segment's ends too."""
    n = len(t.lower)
    bos, eos = np.uint64(_hash(BOS)), np.uint64(_hash(EOS))
    ctx = {k: np.where(_same_sentence(t.sent, k), _shift(t.lower, k), bos if k > 0 else eos) for k in (1, 2, -1, -2)}
    p_1 = np.where(_same_sentence(t.sent, 1), _shift(t.pos, 1), np.uint64(0))
    p1 = np.where(_same_sentence(t.sent, -1), _shift(t.pos, -1), np.uint64(0))
    tech = t.tech.astype(np.uint64)
    tech_before, tech_after = _shift(tech, 1), _shift(tech, -1)
    if segment is None:
        _, inverse, counts = np.unique(t.lemma, return_inverse=True, return_counts=True)
        rep = np.minimum(counts[inverse], 5).astype(np.uint64)
    else:
        rep = np.minimum(_counts_within(t.lemma, segment), 5).astype(np.uint64)
        first = np.r_[True, segment[1:] != segment[:-1]]
        tech_before[first] = 0
        tech_after[np.r_[first[1:], True]] = 0
    sent_start = np.searchsorted(t.sent, t.sent, side="left")
    sent_end = np.searchsorted(t.sent, t.sent, side="right")
    at = np.arange(n)
    pos_bucket = np.where(at == sent_end - 1, 9, np.minimum(at - sent_start, 4)).astype(np.uint64)
    slen = np.minimum(np.log2(np.maximum(sent_end - sent_start, 1)).astype(np.int64), 6).astype(np.uint64)
    last = t.lower[np.maximum(sent_end - 1, 0)]
    punct = np.where(last == np.uint64(_hash("?")), 1, np.where(last == np.uint64(_hash("!")), 2, 0)).astype(np.uint64)
    out: list[TemplateValues] = [
        ("w", (t.lower,), None),
        ("l", (t.lemma,), None),
        ("p", (t.pos,), None),
        ("d", (t.dep,), None),
        ("w-1", (ctx[1],), None),
        ("w+1", (ctx[-1],), None),
        ("w-2", (ctx[2],), None),
        ("w+2", (ctx[-2],), None),
        ("pp", (p_1, t.pos), None),
        ("pn", (p1,), None),
        ("hl", (t.lemma[t.head],), None),
        ("lx", (tech,), None),
        ("lx-1", (tech_before,), None),
        ("lx+1", (tech_after,), None),
        ("rep", (rep,), None),
        ("pos", (pos_bucket,), None),
        ("slen", (slen,), None),
        ("punct", (punct,), None),
        ("cap", (t.cap.astype(np.uint64),), None),
    ]
    n_sents = int(t.sent[-1]) + 1 if n else 0
    one = np.ones(n, dtype=np.uint64)
    in_sent = np.zeros((len(TECHNIQUES) + 1, n_sents), dtype=bool)  # [k, s]: technique k found in sentence s
    in_sent[t.tech, t.sent] = True
    in_token_sent = in_sent[:, t.sent]
    for code in range(1, len(TECHNIQUES) + 1):
        out.append((f"slx{code}", (one,), in_token_sent[code]))
    return out


def _counts_within(values: NDArray[np.uint64], group: NDArray[np.int64]) -> NDArray[np.int64]:
    """How often each token's value occurs in its group (what ``np.unique`` counts, group by group)."""
    order = np.lexsort((values, group))
    v, g = values[order], group[order]
    run = np.cumsum(np.r_[True, (v[1:] != v[:-1]) | (g[1:] != g[:-1])]) - 1
    out = np.empty(len(values), dtype=np.int64)
    out[order] = np.bincount(run)[run]
    return out


def _joined(ts: Sequence[Tokens]) -> tuple[Tokens, NDArray[np.int64]]:
    """Several segments' tokens as one :class:`Tokens` (heads and sentence numbers shifted on; no lexicon
    hits), and each token's segment."""
    sizes = [len(t.lower) for t in ts]
    starts = np.cumsum([0, *sizes[:-1]])
    sentences = np.cumsum([0, *(int(t.sent[-1]) + 1 if len(t.sent) else 0 for t in ts[:-1])])

    def cat(name: str) -> NDArray:
        return np.concatenate([getattr(t, name) for t in ts])

    joined = Tokens(cat("lower"), cat("lemma"), cat("pos"), cat("dep"),
                    np.concatenate([t.head + k for t, k in zip(ts, starts, strict=True)]),
                    np.concatenate([t.sent + k for t, k in zip(ts, sentences, strict=True)]),
                    cat("punct"), cat("space"), cat("cap"), cat("tech"), (), cat("tensor"))  # fmt: skip
    return joined, np.repeat(np.arange(len(ts)), sizes)


def token_keys(t: Tokens) -> list[NDArray[np.uint64]]:
    """One array of feature keys per template (0 where a token lacks the feature)."""
    if len(t.lower) == 0:
        return []
    return list(_key_matrix(t))


def _key_matrix(t: Tokens, segment: NDArray[np.int64] | None = None) -> NDArray[np.uint64]:
    """The keys of :func:`token_keys` as one (templates, tokens) array (``segment``: see :func:`_values`).
    The templates of one value are mixed in one go (:func:`mix` of the name's hash and the value)."""
    values = _values(t, segment)
    out = np.empty((len(values), len(t.lower)), dtype=np.uint64)
    single = [k for k, (_, v, _) in enumerate(values) if len(v) == 1]
    prefix = np.array([(_hash(values[k][0]) * _MIX) & _MASK for k in single], dtype=np.uint64)
    out[single] = prefix[:, None] ^ np.stack([values[k][1][0] for k in single])
    for k, (name, v, _) in enumerate(values):
        if len(v) != 1:
            out[k] = _mix_arrays(_hash(name), *v)
    masks = {k: mask for k, (_, _, mask) in enumerate(values) if mask is not None}
    if masks:
        rows = list(masks)
        out[rows] = np.where(np.stack(list(masks.values())), out[rows], np.uint64(0))
    return out


def token_dense(t: Tokens) -> NDArray[np.float32]:
    """Dense token features: spaCy's token vector and the mean vector of the token's sentence, side by
    side (n, 2 * width); (n, 0) when the pipeline gives no vectors."""
    n, width = t.tensor.shape
    if width == 0 or n == 0:
        return np.zeros((n, 0), dtype=np.float32)
    starts = np.flatnonzero(np.r_[True, t.sent[1:] != t.sent[:-1]])  # sentence numbers run in order
    sums = np.add.reduceat(t.tensor, starts, axis=0)
    counts = np.diff(np.r_[starts, n]).astype(np.float32)[:, None]
    return np.hstack([t.tensor, (sums / counts)[t.sent]])


def span_dense(t: Tokens, start: int, end: int) -> NDArray[np.float32]:
    """Dense span features: the mean of spaCy's token vectors over the span (width 0 when none)."""
    if t.tensor.shape[1] == 0:
        return np.zeros(0, dtype=np.float32)
    return np.asarray(t.tensor[start:end].mean(axis=0), dtype=np.float32)


def _numeric(template: str) -> bool:
    return template in _BUCKETS or template.startswith("slx")


def value_code(template: str, value: str) -> int:
    """The number a template's value string stands for in feature keys."""
    if template in _INT_VALUES:
        return _INT_VALUES[template].get(value, 0)
    if _numeric(template):
        return int(value)
    return _hash(value) if value else 0


def decode_value(template: str, value: int, strings: StringStore) -> str:
    """The string a template's value number stands for (the inverse of :func:`value_code`)."""
    if template in _INT_VALUES:
        return TECHNIQUES[value - 1] if value else "-"
    if _numeric(template):
        return str(value)
    return str(strings[value]) if value else ""


def feature_key(feature: str) -> int:
    """The key of a feature string of the model file: ``template=value`` or ``template=v1|v2``
    ("w=brutal", "pp=ADJ|NOUN", "lx=Loaded_Language", "sx=Doubt", "len=2")."""
    template, sep, value = feature.partition("=")
    if not sep or not template:
        raise ValueError(f"a feature is template=value: {feature!r}")
    values = value.split("|") if template == "pp" else [value]
    return mix(_hash(template), *(value_code(template, v) for v in values))


def feature_string(template: str, codes: Sequence[int], strings: StringStore) -> str:
    """The model-file form of a feature (the inverse of :func:`feature_key`)."""
    return f"{template}=" + "|".join(decode_value(template, c, strings) for c in codes)


#: Span features (the technique classifier's input): the words, lemmas and parts of speech in the span
#: ("sw", "sl", "sp"), the lexicon techniques in it ("sx"), its length ("len", log2 of its tokens), how
#: often its words recur in the text ("again", 0-3), its first and last word ("first", "last").
SPAN_TEMPLATES = ("sw", "sl", "sp", "sx", "len", "again", "first", "last")


def span_features(t: Tokens, start: int, end: int, again: int) -> list[tuple[str, int]]:
    """(template, value number) features of tokens ``start..end`` (``again``: how many other times the
    span's words occur in the text it came from)."""
    feats: set[tuple[str, int]] = set()
    for i in range(start, end):
        if t.space[i]:
            continue
        feats.add(("sw", int(t.lower[i])))
        feats.add(("sl", int(t.lemma[i])))
        feats.add(("sp", int(t.pos[i])))
        if t.tech[i]:
            feats.add(("sx", int(t.tech[i])))
    feats.add(("len", min(int(math.log2(max(end - start, 1))), 6)))
    feats.add(("again", min(again, 3)))
    feats.add(("first", int(t.lower[start])))
    feats.add(("last", int(t.lower[end - 1])))
    return sorted(feats)


def span_keys(t: Tokens, start: int, end: int, again: int) -> list[int]:
    """The keys of :func:`span_features`."""
    return [mix(_hash(name), code) for name, code in span_features(t, start, end, again)]


# ============================================================================================== the model


@dataclass(frozen=True, slots=True)
class Model:
    """The token scorer (sorted keys, weights, bias, threshold) and the span classifier (keys, one weight
    column per technique, biases). ``trained_on`` says what it was fitted on."""

    token_keys: NDArray[np.uint64]
    token_weights: NDArray[np.float64]
    token_bias: float
    threshold: float
    span_keys: NDArray[np.uint64]
    span_weights: NDArray[np.float64]  # (n keys, len(TECHNIQUES))
    span_bias: NDArray[np.float64]
    trained_on: str = ""
    #: weights of :func:`token_dense` and :func:`span_dense` (empty: not used); used only when the
    #: pipeline's vectors have the width the model was trained with
    token_dense: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    span_dense: NDArray[np.float64] = field(default_factory=lambda: np.zeros((0, len(TECHNIQUES))))
    #: whether lexicon hits outside the model's spans are spans too (chosen on the training part)
    lexicon_fill: bool = True
    #: lookups built from the keys: a hash table of the token keys (each token has a key per template, so
    #: the scorer looks up thousands per segment) and a dict of the span keys (a span has a few dozen)
    token_index: _KeyIndex = field(init=False, repr=False, compare=False)
    span_rows: dict[int, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "token_index", _KeyIndex(self.token_keys))
        object.__setattr__(self, "span_rows", {k: i for i, k in enumerate(self.span_keys.tolist())})

    def token_probabilities(
        self,
        keys: Sequence[NDArray[np.uint64]] | NDArray[np.uint64],
        n: int,
        dense: NDArray[np.float32] | None = None,
        *,
        dense_score: NDArray[np.float64] | None = None,
    ) -> NDArray[np.float64]:
        """The probability that each of ``n`` tokens is inside a span, from their keys (one array per
        template, or a (templates, tokens) array) and their dense features, or ``dense_score``, the
        dense features' part of the score when already computed (``dense @ token_dense``)."""
        score = np.full(n, self.token_bias, dtype=np.float64)
        if dense_score is not None:
            score += dense_score
        elif dense is not None and len(self.token_dense) and dense.shape[1] == len(self.token_dense):
            score += dense @ self.token_dense
        if len(self.token_keys) and len(keys):
            k = keys if isinstance(keys, np.ndarray) else np.stack(keys)
            idx = self.token_index.find(k)  # (templates, tokens): one look-up for all
            score += np.where(idx >= 0, self.token_weights[idx], 0.0).sum(axis=0)
        return np.asarray(1.0 / (1.0 + np.exp(-score)), dtype=np.float64)

    def technique_scores(self, keys: Sequence[int], dense: NDArray[np.float32] | None = None) -> NDArray[np.float64]:
        """Probabilities of the techniques (in TECHNIQUES order) for a span's keys (and dense features)."""
        score = self.span_bias.copy()
        if dense is not None and len(self.span_dense) and len(dense) == len(self.span_dense):
            score += dense @ self.span_dense
        rows = [r for r in map(self.span_rows.get, keys) if r is not None]
        if rows:
            score += self.span_weights[rows].sum(axis=0)
        e = np.exp(score - score.max())
        return np.asarray(e / e.sum(), dtype=np.float64)


class _KeyIndex:
    """Where each of many uint64 keys is in a model's array of distinct keys: an open-addressing hash
    table (linear probing, at most a quarter full) searched for all the keys at once."""

    __slots__ = ("keys", "shift", "slots")
    _MUL = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: the slot is the product's top bits

    def __init__(self, keys: NDArray[np.uint64]) -> None:
        self.keys = keys
        bits = max(4, (4 * len(keys)).bit_length())
        self.shift = np.uint64(64 - bits)
        size = 1 << bits
        slots = [-1] * size
        for i, s in enumerate(self._slot(keys).tolist()):
            while slots[s] >= 0:
                s = (s + 1) & (size - 1)
            slots[s] = i
        self.slots = np.asarray(slots, dtype=np.int64)

    def _slot(self, k: NDArray[np.uint64]) -> NDArray[np.int64]:
        return ((k * self._MUL) >> self.shift).astype(np.int64)

    def find(self, k: NDArray[np.uint64]) -> NDArray[np.int64]:
        """The index of each of ``k`` in the keys, -1 for one not there (any shape)."""
        out = np.full(k.shape, -1, dtype=np.int64)
        if not len(self.keys):
            return out
        flat, res = k.ravel(), out.ravel()
        todo = np.arange(flat.size)
        slot = self._slot(flat)
        mask = len(self.slots) - 1
        while todo.size:
            at = self.slots[slot]
            hit = (at >= 0) & (self.keys[np.maximum(at, 0)] == flat[todo])
            res[todo[hit]] = at[hit]
            go_on = (at >= 0) & ~hit  # an empty slot ends the search: the key is not there
            todo, slot = todo[go_on], (slot[go_on] + 1) & mask
        return out


def parse_model(text: str, source: str = MODEL_FILE) -> Model:
    """A model from the TSV text written by ``eval/train_ptc.py``.

    Lines: ``meta<TAB>name<TAB>value``; ``token<TAB>feature<TAB>weight`` (feature ``bias`` is the bias);
    ``span<TAB>technique<TAB>feature<TAB>weight``."""
    tok: dict[int, float] = {}
    span: dict[int, NDArray[np.float64]] = {}
    span_bias = np.zeros(len(TECHNIQUES))
    token_bias, threshold, trained_on, lexicon_fill = 0.0, 0.5, "", True
    tok_dense: dict[int, float] = {}
    span_dense: dict[int, NDArray[np.float64]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            if parts[0] == "meta" and len(parts) == 3:
                if parts[1] == "threshold":
                    threshold = float(parts[2])
                elif parts[1] == "trained_on":
                    trained_on = parts[2]
                elif parts[1] == "lexicon_fill":
                    lexicon_fill = parts[2] == "yes"
            elif parts[0] == "token" and len(parts) == 3 and parts[1].startswith("dense:"):
                tok_dense[int(parts[1][6:])] = float(parts[2])
            elif parts[0] == "span" and len(parts) == 4 and parts[2].startswith("dense:"):
                span_dense.setdefault(int(parts[2][6:]), np.zeros(len(TECHNIQUES)))[TECHNIQUES.index(parts[1])] = float(
                    parts[3]
                )
            elif parts[0] == "token" and len(parts) == 3:
                if parts[1] == "bias":
                    token_bias = float(parts[2])
                else:
                    tok[feature_key(parts[1])] = float(parts[2])
            elif parts[0] == "span" and len(parts) == 4:
                col = TECHNIQUES.index(parts[1])
                if parts[2] == "bias":
                    span_bias[col] = float(parts[3])
                else:
                    span.setdefault(feature_key(parts[2]), np.zeros(len(TECHNIQUES)))[col] = float(parts[3])
            else:
                raise ValueError(f"unknown line kind or column count ({len(parts)} columns)")
        except ValueError as exc:
            raise PropagandaDataError(f"{source}:{n}: {exc}") from None
    tk = np.array(sorted(tok), dtype=np.uint64)
    sk = np.array(sorted(span), dtype=np.uint64)
    return Model(
        tk,
        np.array([tok[int(k)] for k in tk], dtype=np.float64),
        token_bias,
        threshold,
        sk,
        np.array([span[int(k)] for k in sk], dtype=np.float64).reshape(len(sk), len(TECHNIQUES)),
        span_bias,
        trained_on,
        np.array([tok_dense.get(i, 0.0) for i in range(max(tok_dense, default=-1) + 1)]),
        np.array([span_dense.get(i, np.zeros(len(TECHNIQUES))) for i in range(max(span_dense, default=-1) + 1)]).reshape(
            -1, len(TECHNIQUES)
        ),
        lexicon_fill,
    )


@cache
def model() -> Model | None:
    """The shipped model, or None when the data file is absent (then only the lexicon and rules run); from
    the cache when a copy parsed from the same file is there (hashing its features takes about 0.2 s)."""
    path = shipped(MODEL_FILE)
    if path is None:
        return None
    data = path.read_bytes()
    return cached(_cache_path("propaganda-model", data), Model, lambda: parse_model(data.decode("utf-8")))


# ============================================================================================== spans


@dataclass(frozen=True, slots=True)
class Found:
    """A span found in a parsed segment, in token indices, before its target is sought."""

    start: int
    end: int
    technique: str
    cue: str
    score: float
    target_code: str | None = None  # the actor code the lexicon entry's words name ...
    named: tuple[int, int] | None = None  # ... and the tokens that name it


#: Parts of speech a span does not start or end with ("and hasbara" -> "hasbara", "’s regime" -> "regime").
_EDGE_POS = frozenset(["DET", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE", "ADP", "AUX"])


def _runs(on: NDArray[np.bool_], sent: NDArray[np.int64]) -> Iterator[tuple[int, int]]:
    """(start, end) token runs where ``on`` holds, each cut at sentence boundaries."""
    n = len(on)
    i = 0
    while i < n:
        if not on[i]:
            i += 1
            continue
        j = i
        while j < n and on[j] and sent[j] == sent[i]:
            j += 1
        yield i, j
        i = j


def _trim(t: Tokens, parsed: Doc, start: int, end: int) -> tuple[int, int]:
    """A span without leading or trailing punctuation, determiners, conjunctions, particles or auxiliaries."""
    while start < end and (t.space[start] or parsed[start].pos_ in _EDGE_POS or parsed[start].lower_ in _EDGE_WORDS):
        start += 1
    while end > start and (t.space[end - 1] or parsed[end - 1].pos_ in _EDGE_POS):
        end -= 1
    return start, end


def model_spans(parsed: Doc, t: Tokens, m: Model, keys: Sequence[NDArray[np.uint64]] | None = None,
                prob: NDArray[np.float64] | None = None,
                keep: Callable[[int, int], bool] | None = None) -> list[Found]:  # fmt: skip
    """Runs of tokens the token scorer puts inside a span, labelled by the span classifier (``prob``: the
    scorer's probabilities when already computed, see :func:`segment_tokens`; ``keep``: which runs, by
    their token start and end, to label and return, when not all)."""
    n = len(t.lower)
    if n == 0:
        return []
    if prob is None:
        prob = _token_probabilities(t, m) if keys is None else m.token_probabilities(
            keys, n, token_dense(t) if len(m.token_dense) else None)
    on = prob >= m.threshold
    out: list[Found] = []
    for i, j in _runs(on, t.sent):
        s, e = _trim(t, parsed, i, j)
        if e > s and (keep is None or keep(s, e)):
            technique, p = classify(t, s, e, m, lower_text=None)
            out.append(Found(s, e, technique, "model", round(float(prob[s:e].mean()) * p, 3)))
    return out


def classify(t: Tokens, start: int, end: int, m: Model, lower_text: Sequence[int] | None) -> tuple[str, float]:
    """The technique of tokens ``start..end`` and its probability (``lower_text``: the lower-case hashes of
    the whole text the span is in, to count how often its words recur; default: the segment's)."""
    probs = classify_probs(t, start, end, m, lower_text)
    best = int(np.argmax(probs))
    return TECHNIQUES[best], float(probs[best])


def classify_probs(t: Tokens, start: int, end: int, m: Model, lower_text: Sequence[int] | None) -> NDArray[np.float64]:
    """The hashed classifier's probabilities of the techniques (in TECHNIQUES order) for tokens ``start..end``."""
    words = lower_text if lower_text is not None else t.lower
    again = _occurrences(words, t.lower[start:end].tolist()) - 1
    return m.technique_scores(span_keys(t, start, end, again), span_dense(t, start, end))


def _occurrences(words: Sequence[int] | NDArray[np.uint64], phrase: Sequence[int]) -> int:
    """How often ``phrase`` occurs in ``words`` (at least once: the phrase itself)."""
    if not phrase:
        return 1
    w = np.asarray(words, dtype=np.uint64)
    at = np.flatnonzero(w[: max(len(w) - len(phrase) + 1, 0)] == phrase[0])  # where the phrase would fit
    for j in range(1, len(phrase)):
        at = at[w[at + j] == phrase[j]]
    return max(len(at), 1)


def lexicon_spans(parsed: Doc, t: Tokens) -> list[Found]:
    """Every lexicon hit as a span of its technique."""
    return [
        Found(h.start, h.end, h.entry.technique, h.entry.text, 1.0, h.entry.target,
              (h.start, h.end) if h.entry.target else None)
        for h in t.hits
    ]


#: Parts of speech that carry no loaded meaning on their own: a model span of only these is noise
#: ("2020", "which", "I").
_EMPTY_POS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "NUM", "PART", "PUNCT", "SPACE", "SYM", "X"})


def _has_content(parsed: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start..end`` hold a word that can carry a judgement (not only function words,
    numbers and punctuation)."""
    return any(not tok.is_stop and not tok.like_num and tok.pos_ not in _EMPTY_POS for tok in parsed[start:end])


def find_spans(
    parsed: Doc,
    t: Tokens | None = None,
    *,
    use_model: bool = True,
    m: Model | None = None,
    encoder: bool | None = None,
    scores: TokenScores | None = None,
    tg: EncoderTagger | None = None,
    prob: NDArray[np.float64] | None = None,
) -> list[Found]:
    """The propaganda spans of a parsed text, in token indices: the trained spans (the encoder path's when
    ``encoder`` is True, or None and :func:`use_encoder`; else the hashed model's), and the lexicon hits
    they leave uncovered (or whose words name an actor); every lexicon hit when there is no model or
    ``use_model`` is False. ``m``, ``tg``: a model or tagger other than the shipped one (training uses
    this); ``scores``: the encoder's token scores when already computed (see :func:`encoder_scores`);
    ``prob``: the hashed model's token probabilities when already computed (see :func:`segment_tokens`)."""
    t = tokens_of(parsed) if t is None else t
    if m is None and use_model:
        m = model()
    lex = lexicon_spans(parsed, t)
    if use_model and (scores is not None or tg is not None or (encoder is None and use_encoder()) or encoder):
        tg = tg or tagger()
        if tg is None:
            raise PropagandaDataError(f"the encoder path needs {ENCODER_FILE}, which is not installed")
        scores = scores if scores is not None else encoder_scores([parsed], tg)[0]
        found = encoder_spans(parsed, t, scores, tg, m)
        if not tg.lexicon_fill:
            # the tagger marks loaded words well but seldom the cue phrases of argument techniques
            # ("what about", "so-called"): those still come from the lexicon
            lex = [f for f in lex if f.technique not in _TAGGER_TECHNIQUES or f.target_code is not None]
        return _with_lexicon(t, found, lex, True)
    if m is None or not use_model:
        return lex
    found = model_spans(parsed, t, m, prob=prob, keep=lambda s, e: _has_content(parsed, s, e))
    return _with_lexicon(t, found, lex, m.lexicon_fill)


class SegmentTokens(NamedTuple):
    """A parsed segment's :class:`Tokens` and the hashed token scorer's probabilities (None: not scored)."""

    tokens: Tokens
    prob: NDArray[np.float64] | None


def segment_tokens(parsed: Sequence[Doc], *, scored: bool = True) -> list[SegmentTokens]:
    """The :class:`Tokens` of several parsed segments (a document's), to hand to :func:`technique_spans`;
    with ``scored`` (and the model shipped) the hashed token scorer's probabilities too, computed over all
    the segments at once: numpy costs microseconds a call however short the arrays, and a segment is a
    paragraph. Each token's probability is what scoring its segment alone gives."""
    ts = [tokens_of(p) for p in parsed]
    m = model() if scored else None
    full = [t for t in ts if len(t.lower)]
    if m is None or not full:
        return [SegmentTokens(t, None) for t in ts]
    if len({t.tensor.shape[1] for t in full}) > 1:  # vectors of different widths (never from one pipeline)
        return [SegmentTokens(t, _token_probabilities(t, m)) for t in ts]
    joined, segment = _joined(full)
    # the dense part segment by segment, as model_spans computes it: BLAS sums a row in an order that
    # depends on the matrix it is in (and on its threads, on thousands of rows)
    dense = None
    if len(m.token_dense):
        parts = [token_dense(t) for t in full]
        if parts[0].shape[1] == len(m.token_dense):
            dense = np.concatenate([d @ m.token_dense for d in parts])
    prob = m.token_probabilities(_key_matrix(joined, segment), len(joined.lower), dense_score=dense)
    probs = iter(np.split(prob, np.cumsum([len(t.lower) for t in full])[:-1]))
    return [SegmentTokens(t, next(probs) if len(t.lower) else np.zeros(0)) for t in ts]


def _token_probabilities(t: Tokens, m: Model) -> NDArray[np.float64]:
    """The token scorer's probabilities for one segment's tokens, as :func:`model_spans` computes them."""
    return m.token_probabilities(token_keys(t), len(t.lower), token_dense(t) if len(m.token_dense) else None)


#: Lexicon techniques the encoder tagger covers itself (the loaded words and labels).
_TAGGER_TECHNIQUES = frozenset(["Loaded_Language", NAME_CALLING])


def _with_lexicon(t: Tokens, found: list[Found], lex: list[Found], fill: bool) -> list[Found]:
    """Trained spans and the lexicon hits outside them (all when ``fill``, else those whose words name an
    actor); a trained span holding words that name an actor is aimed at it."""
    covered = np.full(len(t.lower), -1, dtype=np.int64)
    for k, f in enumerate(found):
        covered[f.start : f.end] = k
    out = list(found)
    for f in lex:
        inside = covered[f.start : f.end]
        if (inside < 0).all():
            if fill or f.target_code is not None:
                out.append(f)
            continue
        k = int(inside[inside >= 0][0])
        if f.target_code is not None and out[k].target_code is None:
            # a model span holding words that name an actor ("zionist mass murderers") is aimed at it
            out[k] = replace(out[k], target_code=f.target_code, named=f.named)
    return sorted(out, key=lambda f: (f.start, f.end))


# ============================================================================================== encoder path

ENCODER_FILE = "propaganda_encoder.npz"
#: The parameters of one transformer layer, named as the packaged BERT model names them.
LAYER_PARAMS = (
    "attention.self.query.weight", "attention.self.query.bias", "attention.self.key.weight",
    "attention.self.key.bias", "attention.self.value.weight", "attention.self.value.bias",
    "attention.output.dense.weight", "attention.output.dense.bias", "attention.output.LayerNorm.weight",
    "attention.output.LayerNorm.bias", "intermediate.dense.weight", "intermediate.dense.bias",
    "output.dense.weight", "output.dense.bias", "output.LayerNorm.weight", "output.LayerNorm.bias",
)  # fmt: skip
_HEADS = 12
_LN_EPS = 1e-12


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: it holds arrays
class EncoderTagger:
    """The encoder path's trained parts (``propaganda_encoder.npz``, written by ``eval/train_ptc_encoder.py``).

    The packaged all-MiniLM-L6-v2 runs its first ``base_layers`` layers as shipped; ``layers`` are our
    fine-tuned copies of the layers after them; ``head`` scores each word piece's last vector (is it inside
    a propaganda span?). A spaCy token takes the best score of its pieces; runs of tokens at or above
    ``threshold`` (bridging up to ``gap`` tokens below it) whose best token reaches ``peak`` are spans: a
    weak run alone is noise, but next to a confident token it carries the span's edges on (a span's words
    are not all equally loaded). ``tech`` and ``tech_bias`` name a span's technique from the mean last
    vector of its tokens and the hashed model's log-probabilities."""

    base_layers: int
    layers: tuple[dict[str, NDArray[np.float32]], ...]
    head: NDArray[np.float32]  # (DIM,)
    head_bias: float
    threshold: float
    gap: int
    tech: NDArray[np.float32]  # (DIM + len(TECHNIQUES) + 1, len(TECHNIQUES)); empty: the hashed classifier
    tech_bias: NDArray[np.float32]
    trained_on: str
    lexicon_fill: bool = False  # whether lexicon hits outside the tagger's spans are spans too
    peak: float = 0.0  # a run is a span only when some token in it reaches this (hysteresis); 0: every run


def read_tagger(data: dict[str, NDArray], source: str = ENCODER_FILE) -> EncoderTagger:
    """An encoder tagger from the arrays of its ``.npz`` file; missing or misshapen arrays raise."""

    def get(name: str) -> NDArray:
        if name not in data:
            raise PropagandaDataError(f"{source}: the array {name!r} is missing")
        return data[name]

    try:
        meta = dict(zip(get("meta_keys").tolist(), get("meta_values").tolist(), strict=True))
        base, n_layers = int(meta["base_layers"]), int(meta["layers"])
        layers = tuple(
            {p: np.asarray(get(f"layer{i}.{p}"), dtype=np.float32) for p in LAYER_PARAMS} for i in range(n_layers)
        )
        head = np.asarray(get("head"), dtype=np.float32).ravel()
        tech = np.asarray(data.get("tech", np.zeros((0, len(TECHNIQUES)))), dtype=np.float32)
        tech_bias = np.asarray(data.get("tech_bias", np.zeros(len(TECHNIQUES))), dtype=np.float32)
        if tech.size and (tech.ndim != 2 or tech.shape[1] != len(TECHNIQUES) or len(tech_bias) != len(TECHNIQUES)):
            raise ValueError(f"the technique weights have shape {tech.shape}, not (n, {len(TECHNIQUES)})")
        return EncoderTagger(base, layers, head, float(meta["head_bias"]), float(meta["threshold"]),
                             int(meta["gap"]), tech, tech_bias, str(meta.get("trained_on", "")),
                             meta.get("lexicon_fill", "no") == "yes", float(meta.get("peak", 0.0)))  # fmt: skip
    except (KeyError, ValueError, TypeError) as exc:
        raise PropagandaDataError(f"{source}: {exc}") from None


@cache
def tagger() -> EncoderTagger | None:
    """The shipped encoder tagger, or None when its file is absent (then the hashed model runs)."""
    path = shipped(ENCODER_FILE)
    if path is None:
        return None
    with path.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
        return read_tagger({k: data[k] for k in data.files})


def use_encoder(setting: str | None = None) -> bool:
    """Whether spans come from the encoder path: the encoder is wanted (see ``rashomon.nlp.encoder``) and
    the tagger's file is shipped."""
    from rashomon.nlp import encoder

    return encoder.path_in_use(setting, lambda: tagger() is not None, f"its propaganda tagger ({ENCODER_FILE})")


def bert_layer(torch, h, bias, p, dropout: float = 0.0):
    """One BERT layer (self-attention, then the feed-forward block, each with a residual and layer norm)
    on hidden states ``h`` [batch, len, dim], ``bias`` [batch, 1, 1, len] (0 for pieces, -1e4 for padding),
    parameters ``p`` (tensors named as :data:`LAYER_PARAMS`); ``dropout`` while training."""
    f = torch.nn.functional
    b, n, d = h.shape
    k = d // _HEADS

    def lin(x, name):
        return f.linear(x, p[f"{name}.weight"], p[f"{name}.bias"])

    def heads(x):
        return x.view(b, n, _HEADS, k).transpose(1, 2)

    q, key, v = heads(lin(h, "attention.self.query")), heads(lin(h, "attention.self.key")), heads(lin(h, "attention.self.value"))
    # the fused kernel (softmax(q k^T / sqrt(k) + bias) v, with dropout on the weights while training)
    a = f.scaled_dot_product_attention(q, key, v, attn_mask=bias, dropout_p=dropout)
    a = a.transpose(1, 2).reshape(b, n, d)
    a = f.dropout(lin(a, "attention.output.dense"), dropout) if dropout else lin(a, "attention.output.dense")
    h = f.layer_norm(a + h, (d,), p["attention.output.LayerNorm.weight"], p["attention.output.LayerNorm.bias"], _LN_EPS)
    x = lin(f.gelu(lin(h, "intermediate.dense")), "output.dense")
    x = f.dropout(x, dropout) if dropout else x
    return f.layer_norm(x + h, (d,), p["output.LayerNorm.weight"], p["output.LayerNorm.bias"], _LN_EPS)


@cache
def _base_params(base_layers: int):
    """The packaged encoder's embedding module and its first ``base_layers`` layers' parameters."""
    from rashomon.nlp import encoder

    enc = encoder.load()
    state = enc.model.state_dict()
    layers = [{p: state[f"encoder.layer.{i}.{p}"] for p in LAYER_PARAMS} for i in range(base_layers)]
    return enc, layers


def _batch(torch, rows: Sequence[Sequence[int]], cls: int, sep: int, pad: int):
    """Piece-id rows wrapped in [CLS] ... [SEP] and padded: (ids, attention bias) tensors."""
    width = max(len(r) for r in rows) + 2
    ids = np.full((len(rows), width), pad, dtype=np.int64)
    bias = np.full((len(rows), width), -1e4, dtype=np.float32)
    for i, r in enumerate(rows):
        ids[i, : len(r) + 2] = [cls, *r, sep]
        bias[i, : len(r) + 2] = 0.0
    return torch.from_numpy(ids), torch.from_numpy(bias)[:, None, None, :]


def base_hidden(rows: Sequence[Sequence[int]], base_layers: int):
    """The packaged encoder's hidden states after ``base_layers`` layers for rows of piece ids (one batch):
    (hidden [batch, len + 2, dim] tensor, attention bias). Training caches these."""
    enc, layers = _base_params(base_layers)
    torch, tok = enc.torch, enc.tokenizer
    ids, bias = _batch(torch, rows, tok.cls_token_id, tok.sep_token_id, tok.pad_token_id)
    with torch.inference_mode():
        h = enc.model.embeddings(input_ids=ids)
        for p in layers:
            h = bert_layer(torch, h, bias, p)
    return h, bias


@cache
def _tagger_tensors(tg: EncoderTagger):
    import torch

    return [{k: torch.from_numpy(v) for k, v in layer.items()} for layer in tg.layers], torch.from_numpy(tg.head)


@dataclass(frozen=True, slots=True)
class EncodedText:
    """What the encoder path computes for one text: each word piece's score and last vector, and the
    character offsets of the pieces."""

    scores: NDArray[np.float32]  # (pieces,) logits of "inside a propaganda span"
    vectors: NDArray[np.float32]  # (pieces, DIM)
    offsets: NDArray[np.int64]  # (pieces, 2)


def encode_texts(texts: Sequence[str], tg: EncoderTagger | None = None, batch_size: int = 16) -> list[EncodedText]:
    """Piece scores and vectors of several texts, their windows run together in batches of similar length
    (a piece seen in two windows keeps what the window where it sits further from the edge gave it)."""
    tg = tg or tagger()
    if tg is None:
        raise PropagandaDataError(f"{ENCODER_FILE} is not installed with rashomon.data")
    enc, _ = _base_params(tg.base_layers)
    torch = enc.torch
    layers, head = _tagger_tensors(tg)

    def run(rows: list[list[int]]) -> list[NDArray[np.float32]]:
        """Each row's [CLS] ... [SEP] positions: the span logit, then the last tuned layer's vector."""
        h, bias = base_hidden(rows, tg.base_layers)
        with torch.inference_mode():
            for p in layers:
                h = bert_layer(torch, h, bias, p)
            logits = (h @ head).numpy() + tg.head_bias
            both = np.concatenate([logits[:, :, None], h.numpy()], axis=2)
        return [both[k, : len(r) + 2] for k, r in enumerate(rows)]

    found = enc.windowed(texts, run, 1 + len(tg.head), batch_size)
    return [EncodedText(rows[:, 0].copy(), rows[:, 1:].copy(), offsets) for rows, offsets in found]


@dataclass(frozen=True, slots=True)
class TokenScores:
    """The encoder path's view of a parsed text: each spaCy token's span probability and vector."""

    prob: NDArray[np.float64]  # (tokens,)
    vectors: NDArray[np.float32]  # (tokens, DIM): the mean of the token's pieces' last vectors


def token_scores(parsed: Doc, encoded: EncodedText, base: int = 0) -> TokenScores:
    """Piece scores and vectors carried to the spaCy tokens of ``parsed`` (its text begins at character
    ``base`` of the encoded text): the best piece score, the mean piece vector; 0 for a token without pieces."""
    n = len(parsed)
    starts = np.fromiter((t.idx for t in parsed), dtype=np.int64, count=n) + base
    ends = starts + np.fromiter((len(t) for t in parsed), dtype=np.int64, count=n)
    logit = np.full(n, -30.0)
    vectors = np.zeros((n, encoded.vectors.shape[1]), dtype=np.float32)
    if n and len(encoded.offsets):
        at = np.searchsorted(starts, encoded.offsets[:, 0], side="right") - 1
        ok = (at >= 0) & (encoded.offsets[:, 0] < ends[np.maximum(at, 0)])
        at, sc = at[ok], encoded.scores[ok].astype(np.float64)
        np.maximum.at(logit, at, sc)
        np.add.at(vectors, at, encoded.vectors[ok])
        counts = np.bincount(at, minlength=n).astype(np.float32)
        vectors /= np.maximum(counts, 1.0)[:, None]
    return TokenScores(1.0 / (1.0 + np.exp(-logit)), vectors)


def encoder_scores(parsed: Sequence[Doc], tg: EncoderTagger | None = None) -> list[TokenScores]:
    """Token scores of several parsed texts (say a document's segments), encoded in one batched run."""
    encoded = encode_texts([d.text for d in parsed], tg)
    return [token_scores(d, e) for d, e in zip(parsed, encoded, strict=True)]


def encoder_spans(parsed: Doc, t: Tokens, scores: TokenScores, tg: EncoderTagger, m: Model | None) -> list[Found]:
    """Runs of tokens the encoder path puts inside a span (gaps of up to ``tg.gap`` bridged, within a
    sentence; a run whose best token is below ``tg.peak`` left out), trimmed, each labelled by
    :func:`classify_encoder`."""
    on = scores.prob >= tg.threshold
    if tg.gap:
        idx = np.flatnonzero(on)
        for a, b in itertools.pairwise(idx):
            if 1 < b - a <= tg.gap + 1 and t.sent[a] == t.sent[b]:
                on[a:b] = True
    out: list[Found] = []
    lower = t.lower.tolist()
    for i, j in _runs(on, t.sent):
        if scores.prob[i:j].max() < tg.peak:
            continue
        s, e = _trim(t, parsed, i, j)
        if e > s and _has_content(parsed, s, e):
            technique, p = classify_encoder(t, s, e, scores, tg, m, lower)
            out.append(Found(s, e, technique, "encoder", round(float(scores.prob[s:e].mean()) * p, 3)))
    return out


def technique_features(t: Tokens, start: int, end: int, scores: TokenScores, m: Model | None,
                       lower_text: Sequence[int] | None) -> NDArray[np.float32]:  # fmt: skip
    """The encoder path's technique features of tokens ``start..end``: the mean token vector, the hashed
    classifier's log-probabilities (zeros without a model) and the log of the span's length."""
    logp = np.log(classify_probs(t, start, end, m, lower_text) + 1e-6) if m is not None else np.zeros(len(TECHNIQUES))
    return np.concatenate([scores.vectors[start:end].mean(axis=0), logp, [math.log(end - start)]]).astype(np.float32)


def classify_encoder(t: Tokens, start: int, end: int, scores: TokenScores, tg: EncoderTagger, m: Model | None,
                     lower_text: Sequence[int] | None) -> tuple[str, float]:  # fmt: skip
    """The technique of tokens ``start..end`` on the encoder path, and its probability (the hashed
    classifier when the tagger has no technique weights)."""
    if not tg.tech.size:
        if m is None:
            return "Loaded_Language", 0.5
        return classify(t, start, end, m, lower_text)
    z = technique_features(t, start, end, scores, m, lower_text) @ tg.tech + tg.tech_bias
    e = np.exp(z - z.max())
    probs = e / e.sum()
    best = int(np.argmax(probs))
    return TECHNIQUES[best], float(probs[best])


# ============================================================================================== targets


@cache
def _actor(code: str) -> Actor:
    from rashomon.nlp.actors import ActorTable

    return ActorTable.load().actor(code)


class _Targets:
    """Actor mentions of one parsed segment, looked up by token."""

    def __init__(self, parsed: Doc, mentions: Sequence[ActorMention]) -> None:
        self.parsed = parsed
        self.mentions = list(mentions)
        self.by_token: dict[int, int] = {}
        self.spans: list[tuple[int, int]] = []
        for k, m in enumerate(self.mentions):
            span = parsed.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                self.spans.append((0, 0))
                continue
            self.spans.append((span.start, span.end))
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, k)

    def at(self, i: int) -> ActorMention | None:
        k = self.by_token.get(i)
        return self.mentions[k] if k is not None else None

    def in_span(self, start: int, end: int) -> ActorMention | None:
        """The mention inside or overlapping tokens ``start..end``: a loaded one first, then a resolved one."""
        found = [self.mentions[k] for k in dict.fromkeys(self.by_token[i] for i in range(start, end) if i in self.by_token)]
        if not found:
            return None
        return sorted(found, key=lambda m: (not m.loaded, m.actor is None))[0]

    def of_phrase(self, tok: Token) -> ActorMention | None:
        """The mention naming the phrase headed by ``tok``: the token itself, its compounds and modifiers,
        its possessor or its "of" object, a conjoined first member."""
        m = self.at(tok.i)
        if m is not None:
            return m
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod", "appos") and (m := self.at(c.i)) is not None:
                return m
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for o in c.children:
                    if o.dep_ == "pobj" and (m := self.at(o.i)) is not None:
                        return m
        return None


def _subject(verb: Token, targets: _Targets) -> ActorMention | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return targets.of_phrase(c)
    if verb.dep_ in ("conj", "xcomp", "ccomp", "relcl") and verb.head.i != verb.i:
        if verb.dep_ == "relcl":
            return targets.of_phrase(verb.head)
        return _subject(verb.head, targets)
    return None


def _modifier_actor(noun: Token, start: int, end: int, targets: _Targets) -> ActorMention | None:
    """An actor named by a modifier of the span's head noun inside the span, a demonym included: the
    occupier of "the continuing Armenian occupation of lands of ... Azerbaijan" is ARM, not AZE."""
    for c in noun.children:
        if c.dep_ not in ("amod", "compound", "poss", "nmod") or not start <= c.i < end:
            continue
        if (m := targets.at(c.i)) is not None and (m.loaded or m.actor is not None):
            return m
        if c.pos_ in ("ADJ", "PROPN") and c.ent_type_ == "NORP":
            from rashomon.nlp.actors import ActorTable

            found = ActorTable.load().resolve(c.text)
            if found is not None and found.actor is not None:
                return ActorMention(c.text, c.idx, c.idx + len(c.text), found.actor, found.loaded, "demonym", 1.0)
    return None


def _target(parsed: Doc, f: Found, targets: _Targets) -> ActorMention | None:
    """The actor a span is aimed at (see the module docstring for the order of the rules)."""
    span = parsed[f.start : f.end]
    root = span.root
    if len(span) > 1 and root.pos_ == "NOUN" and (m := _modifier_actor(root, f.start, f.end, targets)) is not None:
        return m
    inside = targets.in_span(f.start, f.end)
    if inside is not None and (inside.loaded or inside.actor is not None):
        return inside
    # the noun the span's words belong to: "zionist mass" of "zionist mass murderers"
    noun = root
    for _ in range(3):
        if noun.dep_ in ("amod", "compound", "nmod") and noun.head.i != noun.i:
            noun = noun.head
        else:
            break
    # a predicate label is said of the subject: "the two presidents are bloodthirsty butchers"
    if noun.dep_ in ("attr", "acomp", "oprd") and (m := _subject(noun.head, targets)) is not None:
        return m
    if noun.dep_ == "appos" and (m := targets.of_phrase(noun.head)) is not None:
        return m
    # a label whose own words name an actor: "zionist mass murderers", "hasbara"
    if f.target_code is not None:
        return None  # the caller makes the mention from the code and the words that name it
    if noun.pos_ in ("NOUN", "PROPN", "PRON") and (m := targets.of_phrase(noun)) is not None:
        return m
    # a loaded verb, adverb or predicate adjective: whom the clause is about
    if root.pos_ in ("VERB", "AUX", "ADJ", "ADV") or root.dep_ in ("ROOT", "acomp", "advmod"):
        verb = root if root.pos_ in ("VERB", "AUX") else root.head
        if (m := _subject(verb, targets)) is not None:
            return m
    return inside


def _named(parsed: Doc, f: Found) -> ActorMention | None:
    """A mention made from the lexicon entry's own actor code: the words that name it."""
    if f.target_code is None:
        return None
    span = parsed[f.named[0] : f.named[1]] if f.named else parsed[f.start : f.end]
    return ActorMention(span.text, span.start_char, span.end_char, _actor(f.target_code), True, "propaganda", 0.8)


def _shift_mention(m: ActorMention, offset: int) -> ActorMention:
    return ActorMention(m.text, m.start + offset, m.end + offset, m.actor, m.loaded, m.via, m.score)


def segment_scores(parsed: Sequence[Doc], setting: str | None = None) -> list[TokenScores | None]:
    """The encoder path's token scores of a document's parsed segments, computed in one batched run, to
    hand to :func:`technique_spans`; Nones when the encoder path is not in use (see :func:`use_encoder`)."""
    if not parsed or not use_encoder(setting):
        return [None] * len(parsed)
    return list(encoder_scores(parsed))


def technique_spans(
    parsed: Doc,
    mentions: Sequence[ActorMention],
    segment: int,
    kind: SegmentKind,
    offset: int,
    scores: TokenScores | None = None,
    *,
    encoder: bool | None = None,
    tokens: SegmentTokens | None = None,
) -> list[TechniqueSpan]:
    """The loaded-language and propaganda-technique spans of one parsed segment, each with its target.

    ``mentions`` are the segment's actor mentions in segment coordinates (actor None: unresolved); the
    spans returned, and their targets, are in document coordinates (shifted by ``offset``). ``scores``:
    the segment's encoder token scores from :func:`segment_scores` (batched over a document); without
    them the encoder path, when in use, encodes this segment alone. ``encoder``: take the encoder path
    (True) or the hashed model (False); None: as :func:`use_encoder` says. ``tokens``: the segment's
    tokens (and hashed scores) from :func:`segment_tokens` (batched over a document)."""
    if len(parsed) == 0:
        return []
    t, prob = tokens if tokens is not None else (tokens_of(parsed), None)
    found = find_spans(parsed, t, scores=scores, encoder=encoder, prob=prob)
    targets = _Targets(parsed, mentions)
    # a loaded label the actor table resolved is name-calling aimed at what it names
    taken = np.zeros(len(parsed), dtype=bool)
    out: list[TechniqueSpan] = []
    for k, m in enumerate(targets.mentions):
        if not m.loaded:
            continue
        s, e = targets.spans[k]
        if e <= s:
            continue
        # the label's own loaded words when the lexicon knows them ("occupiers" of "the Armenian occupiers")
        inner = [h for h in t.hits if s <= h.start and h.end <= e and h.entry.technique == NAME_CALLING]
        if inner and m.via != "office":  # a person's epithet is the whole label ("the Butcher of Teheran")
            s2, e2 = inner[0].start, inner[-1].end
            cue = " ".join(h.entry.text for h in inner)
        else:
            s2, e2 = _trim(t, parsed, s, e)
            cue = "loaded actor label"
        if e2 <= s2:
            continue
        taken[s:e] = True
        a, b = parsed[s2].idx, parsed[e2 - 1].idx + len(parsed[e2 - 1].text)
        out.append(TechniqueSpan(segment, kind, a + offset, b + offset, parsed[s2:e2].text, NAME_CALLING,
                                 _shift_mention(m, offset), cue, 1.0))  # fmt: skip
    for f in found:
        if taken[f.start : f.end].all():
            continue  # already the loaded label's span
        s, e = f.start, f.end
        target = _target(parsed, f, targets) or _named(parsed, f)
        a, b = parsed[s].idx, parsed[e - 1].idx + len(parsed[e - 1].text)
        out.append(TechniqueSpan(segment, kind, a + offset, b + offset, parsed[s:e].text, f.technique,
                                 _shift_mention(target, offset) if target is not None else None, f.cue, f.score))  # fmt: skip
    return sorted(out, key=lambda s: (s.start, s.end, s.technique))


def document_repetitions(spans: Iterable[TechniqueSpan]) -> list[TechniqueSpan]:
    """Repetition spans of one document: every later occurrence of a loaded phrase (same words, any case)
    found earlier in the same document, as a Repetition span with the same target. Call with all of a
    document's technique spans, in document order."""
    seen: set[str] = set()
    out: list[TechniqueSpan] = []
    for s in sorted(spans, key=lambda s: s.start):
        if s.technique not in ("Loaded_Language", NAME_CALLING, "Slogans"):
            continue
        key = " ".join(s.text.lower().split())
        if key in seen:
            out.append(TechniqueSpan(s.segment, s.segment_kind, s.start, s.end, s.text, REPETITION, s.target,
                                     f"repeats: {key}", s.score))  # fmt: skip
        seen.add(key)
    return out
