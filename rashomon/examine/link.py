"""Linking: which events report the same happening.

Events are blocked by proposition — (source actor, type family, target actor), actors compared by country
(IRNGOV ~ IRN) — so only events that could be the same happening are ever compared. Inside a block, events
are ordered by date and swept once: events with day or month dates join while their dates overlap (one
day of slack); neighbouring groups a few days apart whose evidence reads alike are one happening told with
different dates. Events with only a year, or no date of their own (dated by publication), join the block's
one dated group when it has exactly one (a year only when the group's dates fall in it), else form a group of
their own. The cost is sorting each block:
O(n log n) overall, never pairwise across the corpus.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rashomon.records import EventRef

#: PLOVER types reported as one proposition: backing in words or in kind, giving ground or pulling back.
FAMILIES: dict[str, str] = {"SUPPORT": "backing", "AID": "backing", "CONCEDE": "yield", "RETREAT": "yield"}
#: Types whose source and target are interchangeable ("Iran and Armenia agreed" = "Armenia agreed with Iran").
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: At most this many (source, target) propositions per event ("Turkey and Azerbaijan warned Iran and Armenia").
MAX_PAIRS = 4
#: Slack, in days, between day-precision dates still read as the same happening.
SLACK_DAYS = 1
#: Neighbouring dated groups this close whose evidence shares this share of content words are one happening
#: (and their dates a conflict of detail).
NEAR_DAYS = 7
NEAR_SIMILARITY = 0.3
NONE = "-"  # no resolved actor on this side

_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = frozenset(
    ["the", "and", "that", "this", "with", "from", "have", "has", "had", "was", "were", "are", "for", "not", "but", "its", "their", "his", "her", "they", "them", "which", "who", "will", "would", "been", "also", "into", "over", "than", "then", "there", "what", "when", "where", "while", "said", "says", "say", "about", "after", "before", "between", "more", "most", "other", "some", "such", "only", "very", "just", "even"]
)


def family(event: str) -> str:
    return FAMILIES.get(event, event.lower())


@lru_cache(maxsize=1 << 16)
def content_words(text: str) -> frozenset[str]:
    """The text's content words, lower-cased: what 'similar evidence' compares."""
    return frozenset(w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _STOP)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True, slots=True)
class Key:
    """A proposition's block: source key, type family, target key."""

    source: str
    family: str
    target: str


def keys(ev: EventRef) -> list[Key]:
    """The propositions an event states: one per (source, target) pair of distinct actors, at most
    MAX_PAIRS; none when no actor on either side is resolved."""
    return propositions(ev.event, ev.source_keys, ev.target_keys)


def propositions(event: str, source_keys: Sequence[str], target_keys: Sequence[str]) -> list[Key]:
    """:func:`keys` of an event of type ``event`` whose sides' keys are these (what a reader of the store's
    events needs to block them without reading their evidence)."""
    fam = family(event)
    sources = list(dict.fromkeys(source_keys)) or [NONE]
    targets = list(dict.fromkeys(target_keys)) or [NONE]
    out: list[Key] = []
    for s in sources:
        for t in targets:
            if s == t:
                continue  # "Iran's army backs Iran's government": not a proposition between two actors
            a, b = (min(s, t), max(s, t)) if event in SYMMETRIC and NONE not in (s, t) else (s, t)
            key = Key(a, fam, b)
            if key not in out:
                out.append(key)
    if not out and sources != [NONE]:
        # every target is the source's own country ("the Syrian army attacked in Syria"): the act, one-sided
        out = [Key(s, fam, NONE) for s in sources]
    return out[:MAX_PAIRS]


def interval(ev: EventRef) -> tuple[int, int] | None:
    """The event's date as a (first, last) day-ordinal interval when the text gives a day, a week or a month;
    None for a year, a publication date or no date (too coarse to tell happenings apart)."""
    if ev.date is None or ev.precision not in ("day", "datetime", "week", "month"):
        return None
    try:
        if ev.precision == "week":
            monday = date.fromisoformat(ev.date[:10]).toordinal()
            return monday, monday + 6
        if ev.precision == "month":
            y, m = int(ev.date[:4]), int(ev.date[5:7])
            first = date(y, m, 1)
            last = date(y + (m == 12), m % 12 + 1, 1)
            return first.toordinal(), last.toordinal() - 1
        day = date.fromisoformat(ev.date[:10]).toordinal()
    except ValueError:
        return None
    return day, day


def year_of(ev: EventRef) -> int | None:
    if ev.date is None or ev.precision != "year":
        return None
    try:
        return int(ev.date[:4])
    except ValueError:
        return None


def cluster(events: Iterable[EventRef]) -> list[tuple[Key, list[EventRef]]]:
    """Group events into happenings: (proposition, its events) in a stable order (by key, then date).

    An event stating several propositions ("Turkey and Azerbaijan drill near Iran") is in each of them."""
    blocks: dict[Key, list[EventRef]] = defaultdict(list)
    for ev in events:
        for k in keys(ev):
            blocks[k].append(ev)
    out: list[tuple[Key, list[EventRef]]] = []
    for k in sorted(blocks, key=lambda k: (k.source, k.family, k.target)):
        out += [(k, group) for group in _split(blocks[k])]
    return out


def _split(block: Sequence[EventRef]) -> list[list[EventRef]]:
    """One block's events as happenings (see the module's docstring)."""
    intervals = [(interval(ev), ev) for ev in block]
    dated = sorted(((iv, ev) for iv, ev in intervals if iv is not None), key=lambda p: (p[0], p[1].id))
    groups: list[list[EventRef]] = []
    spans: list[tuple[int, int]] = []
    for (first, last), ev in dated:
        if groups and first <= spans[-1][1] + SLACK_DAYS:
            groups[-1].append(ev)
            spans[-1] = (spans[-1][0], max(spans[-1][1], last))
        else:
            groups.append([ev])
            spans.append((first, last))
    groups, spans = _merge_near(groups, spans)
    coarse = [ev for iv, ev in intervals if iv is None]
    by_year: dict[int | None, list[EventRef]] = defaultdict(list)
    starts = [s for s, _ in spans]
    for ev in coarse:
        year = year_of(ev)
        if year is None and len(groups) == 1:
            groups[0].append(ev)  # (a year joins only the group its dates fall in: "invited in 2023" is not March 2024's)
            continue
        if year is not None and groups:
            lo, hi = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
            inside = [i for i in range(bisect_right(starts, lo) - 1, bisect_right(starts, hi)) if i >= 0
                      and spans[i][1] >= lo and spans[i][0] <= hi]  # fmt: skip
            if len(inside) == 1:
                groups[inside[0]].append(ev)
                continue
        by_year[year].append(ev)
    groups += [by_year[y] for y in sorted(by_year, key=lambda y: (y is None, y or 0))]
    return groups


def _merge_near(
    groups: list[list[EventRef]], spans: list[tuple[int, int]]
) -> tuple[list[list[EventRef]], list[tuple[int, int]]]:
    """Neighbouring dated groups a few days apart whose evidence reads alike: one happening."""
    if len(groups) < 2:
        return groups, spans
    merged, merged_spans = [groups[0]], [spans[0]]
    words = [_words(groups[0])]
    for group, span in zip(groups[1:], spans[1:], strict=True):
        w = _words(group)
        if span[0] - merged_spans[-1][1] <= NEAR_DAYS and similarity(words[-1], w) >= NEAR_SIMILARITY:
            merged[-1] = merged[-1] + group
            merged_spans[-1] = (merged_spans[-1][0], max(merged_spans[-1][1], span[1]))
            words[-1] = words[-1] | w
        else:
            merged.append(group)
            merged_spans.append(span)
            words.append(w)
    return merged, merged_spans


def _words(group: Sequence[EventRef]) -> frozenset[str]:
    out: set[str] = set()
    for ev in group[:8]:
        out |= content_words(ev.text)
    return frozenset(out)
