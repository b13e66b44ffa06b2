"""Pure scoring functions: no files, no coders, only values in and figures out.

Conventions, the same in every function:

- a ratio whose denominator is 0 is 0.0 (as scikit-learn's ``zero_division=0``), so a system that
  outputs nothing scores 0 rather than failing, and a gold set with nothing to find scores 0 too;
- codes are compared after :func:`normalise_actor_code` (upper case, sector appended once);
- distances are great-circle kilometres on a sphere of the Earth's mean radius.
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

#: Mean Earth radius in km (IUGG), as used by geopy's great_circle and the geoparsing literature.
EARTH_RADIUS_KM = 6371.0088
#: 161 km = 100 miles: the usual "accuracy@161km" threshold of geoparsing evaluations.
ACC_KM = 161.0
#: Sector values that mean "no sector" in gold actor records ("***" = unknown in the PLOVER GSR).
NO_SECTOR = frozenset({"", "***"})
#: The 20 CAMEO root codes (two digits, "01" .. "20").
CAMEO_ROOTS = frozenset(f"{i:02d}" for i in range(1, 21))


def ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, or 0.0 when the denominator is 0."""
    return numerator / denominator if denominator else 0.0


def accuracy(gold: Sequence[Any], predicted: Sequence[Any]) -> float:
    """Share of positions where ``predicted`` equals ``gold``; 0.0 for empty input."""
    if len(gold) != len(predicted):
        raise ValueError(f"accuracy: {len(gold)} gold labels but {len(predicted)} predictions")
    return ratio(sum(g == p for g, p in zip(gold, predicted, strict=True)), len(gold))


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 with the counts they come from."""

    precision: float
    recall: float
    f1: float
    true_positives: int
    predicted: int
    gold: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def prf(true_positives: int, predicted: int, gold: int) -> PRF:
    """P = tp/predicted, R = tp/gold, F1 = their harmonic mean; each 0.0 where undefined."""
    if not 0 <= true_positives <= min(predicted, gold):
        raise ValueError(f"prf: true positives {true_positives} exceed predicted {predicted} or gold {gold}")
    p = ratio(true_positives, predicted)
    r = ratio(true_positives, gold)
    return PRF(p, r, ratio(2 * p * r, p + r), true_positives, predicted, gold)


def multiset_overlap(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> int:
    """How many items the two bags share, counting repeats (``Counter`` intersection)."""
    return sum((Counter(gold) & Counter(predicted)).values())


def micro_prf(items: Iterable[tuple[Iterable[Hashable], Iterable[Hashable]]]) -> PRF:
    """Micro-averaged P/R/F1 over items, each a (gold bag, predicted bag) pair.

    Every element of a bag counts once: two gold actors coded ``PHL`` need two predicted ``PHL`` to be
    fully recalled. Items with empty gold still count their predictions against precision.
    """
    tp = n_pred = n_gold = 0
    for gold, predicted in items:
        g, p = list(gold), list(predicted)
        tp += multiset_overlap(g, p)
        n_pred += len(p)
        n_gold += len(g)
    return prf(tp, n_pred, n_gold)


@dataclass(frozen=True, slots=True)
class LabelScore:
    """One label's figures in a single-label classification."""

    label: str
    support: int  # gold items with this label
    predicted: int  # items predicted with this label
    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def per_label_scores(
    gold: Sequence[str], predicted: Sequence[str | None], labels: Iterable[str] | None = None
) -> tuple[LabelScore, ...]:
    """P/R/F1 of each label (default: the labels that occur in ``gold``, sorted).

    A prediction outside ``labels`` (another type, or None for "no event") is simply wrong: it lowers the
    recall of the gold label and adds no class of its own.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"per_label_scores: {len(gold)} gold labels but {len(predicted)} predictions")
    wanted = sorted(set(gold)) if labels is None else list(dict.fromkeys(labels))
    scores = []
    for label in wanted:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        n_pred = sum(p == label for p in predicted)
        n_gold = sum(g == label for g in gold)
        f = prf(tp, n_pred, n_gold)
        scores.append(LabelScore(label, n_gold, n_pred, f.precision, f.recall, f.f1))
    return tuple(scores)


def macro_f1(
    gold: Sequence[str], predicted: Sequence[str | None], labels: Iterable[str] | None = None
) -> float:
    """Unweighted mean of the per-label F1 over ``labels`` (default: the gold labels); 0.0 if none."""
    scores = per_label_scores(gold, predicted, labels)
    return ratio(sum(s.f1 for s in scores), len(scores))


# --- actor codes ----------------------------------------------------------------------------------


def normalise_actor_code(code: str | None, sector: str | None = None) -> str:
    """One CAMEO-style code from a code and an optional sector: ``("IRN", "GOV")`` -> ``"IRNGOV"``.

    Upper-cases, drops spaces and surrounding quotes, treats "***" as no sector, and does not append a
    sector the code already holds after its country part (``("IRNGOV", "GOV")`` -> ``"IRNGOV"``,
    ``("LBNREBHZB", "REB")`` -> ``"LBNREBHZB"``), so a coder may give either the split or the joined form.
    """
    c = "".join((code or "").split()).strip("\"'").upper()
    s = "".join((sector or "").split()).upper()
    if s in NO_SECTOR or c.endswith(s) or (len(c) > 3 and s in c[3:]):
        return c
    return c + s


def country_prefix(code: str) -> str:
    """The lenient comparison key: the first three letters (the country or IGO/NGO part)."""
    return code[:3]


def cameo_root(code: str | int | None) -> str | None:
    """The CAMEO root ("01".."20") of an event code such as "064", "1717" or "174K"; None if not CAMEO.

    An int is read as written without its leading zero (64 -> "064"). Codes whose first two digits are
    not a CAMEO root (the PETRARCH test codes "903", "345", ...) give None.
    """
    if code is None:
        return None
    text = str(code).strip()
    if isinstance(code, int) and len(text) < 3:
        text = text.zfill(3)
    root = text[:2]
    return root if len(text) >= 3 and root in CAMEO_ROOTS else None


# --- PentaClass -----------------------------------------------------------------------------------

#: PETRARCH's PentaClass, by class number: CAMEO roots 01-02, 03-05, 06-08, 09-13 with 16, and 14-15 with 17-20.
PENTACLASS_NAMES: tuple[str, ...] = (
    "statement", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"
)  # fmt: skip
#: The first CAMEO root of classes 1 to 4 (class 0 starts at root 01).
_PENTACLASS_STARTS = (3, 6, 9, 14)
#: Roots whose class is not the one their number falls in: 16, reducing relations (suspending aid, imposing
#: sanctions, breaking off ties), is verbal conflict in the ConfliBERT (Multi-CoPED) annotation (25 of the 30
#: training-part sentences whose one event the rules code under root 16 are labelled so, 1 material conflict).
_PENTACLASS_EXCEPTIONS = {"16": 3}


def pentaclass(code: str | int | None) -> int | None:
    """The PentaClass (0-4) of a CAMEO event code such as "043" or "1823"; None if it is not CAMEO."""
    root = cameo_root(code)
    if root is None:
        return None
    if root in _PENTACLASS_EXCEPTIONS:
        return _PENTACLASS_EXCEPTIONS[root]
    return sum(int(root) >= start for start in _PENTACLASS_STARTS)


# --- free-text actor spans ------------------------------------------------------------------------

#: Words that do not tell one actor from another: determiners, prepositions, conjunctions, possessives
#: (the "s" of "'s" included, since apostrophes split words).
SPAN_STOP_WORDS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "s", "its", "their", "his", "her", "our",
        "my", "your", "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "and", "or",
    }
)  # fmt: skip
_APOSTROPHES = "'’ʼ‘`´"  # the apostrophes of tokenised and of typeset text
_QUOTE_CHUNKS = frozenset({"``", "''", '"', "“", "”"})
_WORD = re.compile(r"[^\W_]+")


def content_tokens(text: str) -> tuple[str, ...]:
    """The lower-cased alphanumeric words of ``text`` outside :data:`SPAN_STOP_WORDS`, in order; accents
    are dropped ("Erdoğan" -> "erdogan"), apostrophes split words ("Iran's" -> "iran")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    for a in _APOSTROPHES:
        folded = folded.replace(a, " ")
    return tuple(w for w in _WORD.findall(folded) if w not in SPAN_STOP_WORDS)


def _chunk_pattern(chunk: str) -> str:
    if chunk in _QUOTE_CHUNKS:
        return "(?:``|''|[\"“”])"
    return "".join(f"[{re.escape(_APOSTROPHES)}]" if c in _APOSTROPHES else re.escape(c) for c in chunk)


def locate_span(sentence: str, span: str) -> tuple[int, int] | None:
    """Where ``span`` is written in ``sentence`` (the first place), as [start, end), or None.

    Case-insensitive, and tolerant of tokenised spacing: the span's space-separated pieces may be written
    with or without space between them ("government 's request" ~ "government's request", "( NAF )" ~
    "(NAF)"), apostrophes and double quotes in any of their usual forms. A span starting or ending with a
    letter or digit is not found inside a longer word ("US" is not in "Russia").
    """
    chunks = span.split()
    if not chunks:
        return None
    pattern = r"\s*".join(_chunk_pattern(c) for c in chunks)
    if span.strip()[0].isalnum():
        pattern = r"(?<!\w)" + pattern
    if span.strip()[-1].isalnum():
        pattern += r"(?!\w)"
    found = re.search(pattern, sentence, re.IGNORECASE)
    return (found.start(), found.end()) if found else None


def match_spans(sentence: str, gold: Sequence[str], predicted: Sequence[str]) -> list[int | None]:
    """For each gold actor span of ``sentence``, the index of the predicted span matched to it, or None.

    Each span is first located in the sentence (:func:`locate_span`) and read as the sentence writes it
    (the span's own text where it cannot be found). Two spans match when they share at least one content
    word (:func:`content_tokens`): "the Croatian government" ~ "Croatian government 's request". Matching
    is one-to-one and greedy: pairs sharing more content words first, then pairs whose located spans
    overlap by more characters, then earlier gold, then earlier prediction.
    """

    def read(span: str) -> tuple[tuple[int, int] | None, frozenset[str]]:
        at = locate_span(sentence, span)
        return at, frozenset(content_tokens(sentence[at[0] : at[1]] if at else span))

    g, p = [read(s) for s in gold], [read(s) for s in predicted]
    pairs = []
    for gi, (g_at, g_words) in enumerate(g):
        for pi, (p_at, p_words) in enumerate(p):
            shared = len(g_words & p_words)
            if shared:
                chars = span_overlap(*g_at, *p_at) if g_at and p_at else 0
                pairs.append((-shared, -chars, gi, pi))
    matched: list[int | None] = [None] * len(gold)
    used: set[int] = set()
    for _, _, gi, pi in sorted(pairs):
        if matched[gi] is None and pi not in used:
            matched[gi] = pi
            used.add(pi)
    return matched


# --- geography ------------------------------------------------------------------------------------


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points given in decimal degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def accuracy_within(errors_km: Sequence[float], km: float = ACC_KM) -> float:
    """Share of errors at most ``km`` (accuracy@161km by default); 0.0 for no errors."""
    return ratio(sum(e <= km for e in errors_km), len(errors_km))


def median(values: Sequence[float]) -> float | None:
    """The median, or None for no values."""
    return statistics.median(values) if values else None


def mean(values: Sequence[float]) -> float | None:
    """The arithmetic mean, or None for no values."""
    return statistics.fmean(values) if values else None


def span_overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters shared by the half-open spans [a_start, a_end) and [b_start, b_end)."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


#: A toponym for matching: (name, start, end); start/end None where offsets are unavailable.
SpanName = tuple[str, int | None, int | None]


def match_toponyms(gold: Sequence[SpanName], predicted: Sequence[SpanName]) -> list[int | None]:
    """For each gold toponym, the index of the predicted toponym it is matched to, or None.

    Matching is one-to-one. First by character overlap, largest overlap first (ties: earlier gold, then
    earlier prediction). Then, only where the gold or the predicted toponym has no offsets, by name
    (case- and whitespace-insensitive), in order.
    """
    matched: list[int | None] = [None] * len(gold)
    used: set[int] = set()
    pairs = []
    for gi, (_, gs, ge) in enumerate(gold):
        if gs is None or ge is None:
            continue
        for pi, (_, ps, pe) in enumerate(predicted):
            if ps is None or pe is None:
                continue
            overlap = span_overlap(gs, ge, ps, pe)
            if overlap > 0:
                pairs.append((-overlap, gi, pi))
    for _, gi, pi in sorted(pairs):
        if matched[gi] is None and pi not in used:
            matched[gi] = pi
            used.add(pi)
    for gi, (gname, gs, ge) in enumerate(gold):
        if matched[gi] is not None:
            continue
        gold_has_span = gs is not None and ge is not None
        for pi, (pname, ps, pe) in enumerate(predicted):
            if pi in used or (gold_has_span and ps is not None and pe is not None):
                continue
            if _name_key(pname) == _name_key(gname):
                matched[gi] = pi
                used.add(pi)
                break
    return matched
