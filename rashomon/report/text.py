"""A document's text cut into blocks (its segments) and runs (stretches with the same highlights).

The views print untrusted article and comment text. They never build markup from it: this module only cuts
the text into plain-string runs, each with the events, triggers and loaded-language spans that cover it, and
the templates print every run escaped. Overlapping highlights are flattened here, so no markup nests wrongly.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from rashomon.report.queries import EventDetail, SegmentRow, Span

# segments a reader skims past: shown greyed
MUTED = frozenset({"debris", "teaser", "byline", "dateline", "author_bio", "other"})


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    events: tuple[int, ...] = ()  # events whose evidence sentence covers this run
    trigger: bool = False  # inside an event's trigger word
    technique: str | None = None  # a loaded-language span covers it: its technique
    target: str | None = None
    anchors: tuple[int, ...] = ()  # events whose sentence starts here (the run gets id "e<first>")


@dataclass(frozen=True, slots=True)
class Block:
    ord: int
    kind: str
    start: int
    end: int
    runs: tuple[Run, ...]

    @property
    def muted(self) -> bool:
        return self.kind in MUTED


@dataclass(frozen=True, slots=True)
class Group:
    """Consecutive blocks of the article, or all the blocks of one reader comment (its name, its quote of
    the article, its own words)."""

    comment: int | None
    blocks: tuple[Block, ...]


def _runs(text: str, start: int, end: int, evs: Sequence[EventDetail], spans: Sequence[Span]) -> tuple[Run, ...]:
    cuts = {start, end}
    for e in evs:
        cuts.update((e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end))
    for s in spans:
        cuts.update((s.start, s.end))
    points = sorted(c for c in cuts if start <= c <= end)
    runs = []
    anchored: set[int] = set()
    for a, b in itertools.pairwise(points):
        if a == b:
            continue
        covering = tuple(e.id for e in evs if e.sentence_start <= a and b <= e.sentence_end)
        trigger = any(e.trigger_start <= a and b <= e.trigger_end for e in evs)
        span = next((s for s in spans if s.start <= a and b <= s.end), None)
        anchors = tuple(e.id for e in evs if e.sentence_start == a and e.id not in anchored)
        anchored.update(anchors)
        runs.append(Run(text[a:b], covering, trigger, span.technique if span else None, span.target if span else None, anchors))
    return tuple(runs)


def blocks(
    text: str, segments: Sequence[SegmentRow], evs: Sequence[EventDetail] = (), spans: Sequence[Span] = ()
) -> list[Group]:
    """The document as groups of blocks, in text order, with every event and span placed on its runs.

    Text that no segment covers (other than whitespace) becomes a muted block of kind "other"."""
    by_segment: dict[int, list[EventDetail]] = {}
    for e in evs:
        by_segment.setdefault(e.segment, []).append(e)
    rows = sorted(segments, key=lambda s: (s.start, s.ord))
    pieces: list[tuple[SegmentRow, list[EventDetail]]] = []
    at = 0
    for seg in rows:
        if seg.start > at and text[at : seg.start].strip():
            pieces.append((SegmentRow(-1, "other", at, seg.start, None, None), []))
        pieces.append((seg, by_segment.get(seg.ord, [])))
        at = max(at, seg.end)
    if text[at:].strip():
        pieces.append((SegmentRow(-1, "other", at, len(text), None, None), []))
    if not rows and not text[at:].strip() and text.strip():
        pieces.append((SegmentRow(-1, "other", 0, len(text), None, None), []))
    groups: list[Group] = []
    current: list[Block] = []
    current_comment: int | None = None
    for seg, seg_events in pieces:
        seg_spans = [s for s in spans if s.start < seg.end and seg.start < s.end]
        # events placed in another segment by index but lying inside this one's text still show here
        inside = [e for e in seg_events if seg.start <= e.sentence_start and e.sentence_end <= seg.end]
        block = Block(seg.ord, seg.kind, seg.start, seg.end, _runs(text, seg.start, seg.end, inside, seg_spans))
        if current and seg.comment != current_comment:
            groups.append(Group(current_comment, tuple(current)))
            current = []
        current_comment = seg.comment
        current.append(block)
    if current:
        groups.append(Group(current_comment, tuple(current)))
    return groups
