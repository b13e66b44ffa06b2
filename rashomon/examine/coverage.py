"""Omissions: which claims each source reports, which ones others report that it leaves out, and which
actors it names most — a sources x claims matrix.

A *source* is an outlet (the original outlet for syndicated pieces), else an author, else a document; its
reader comments are counted apart from its articles. A claim counts as *notable* when at least two
independent sources speak of it: leaving out a notable claim is an omission worth showing, leaving out
another source's single-source claim is not.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from rashomon.examine.origins import source_origin
from rashomon.records import COMMENT_KINDS, Claim, EventRef, Source, Stance

#: A part's stance toward a claim: "both" when it asserts and denies it (a thread that argues).
CellStance = Literal["asserts", "denies", "both", "other"]
#: How many actors a source's summary lists.
TOP_ACTORS = 10


@dataclass(frozen=True, slots=True)
class Cell:
    """How one source treats one claim: its articles' stance and its comments' stance (None: silent)."""

    source: str
    claim: str
    article: CellStance | None
    comments: CellStance | None
    mentions: int


@dataclass(frozen=True, slots=True)
class SourceCoverage:
    source: str  # the source key
    name: str  # as the source names itself
    documents: tuple[str, ...]
    reports: tuple[str, ...]  # claims it speaks of
    leaves_out: tuple[str, ...]  # notable claims it does not speak of
    actors: tuple[tuple[str, int], ...]  # the actors its events name most, with counts
    cells: tuple[Cell, ...] = field(default=())


def _stance(stances: Iterable[Stance]) -> CellStance | None:
    seen = set(stances)
    if not seen:
        return None
    if {"asserts", "denies"} <= seen:
        return "both"
    return "asserts" if "asserts" in seen else "denies" if "denies" in seen else "other"


def coverage(claims: Sequence[Claim], sources: Mapping[str, Source], events: Iterable[EventRef]) -> list[SourceCoverage]:
    """Every source's coverage, in the order of their keys."""
    keys = {doc: source_origin(src) for doc, src in sources.items()}
    docs_of: dict[str, list[str]] = defaultdict(list)
    names: dict[str, str] = {}
    for doc, (key, name) in keys.items():
        docs_of[key].append(doc)
        names.setdefault(key, name)
    actors: dict[str, Counter[str]] = defaultdict(Counter)
    for ev in events:
        key = keys.get(ev.document, (f"document:{ev.document[:12]}", ""))[0]
        actors[key].update(dict.fromkeys(ev.source + ev.target, 1))
    notable = [c.claim for c in claims if len(c.asserting | c.denying) >= 2]
    cells: dict[str, list[Cell]] = defaultdict(list)
    for c in claims:
        per: dict[str, dict[str, list[Stance]]] = defaultdict(lambda: {"article": [], "comments": []})
        for s in c.statements:
            key = keys.get(s.document, (f"document:{s.document[:12]}", ""))[0]
            per[key]["comments" if s.segment_kind in COMMENT_KINDS else "article"].append(s.stance)
        for key, parts in per.items():
            n = len(parts["article"]) + len(parts["comments"])
            cells[key].append(Cell(key, c.claim, _stance(parts["article"]), _stance(parts["comments"]), n))
    out = []
    for key in sorted(docs_of):
        reported = tuple(cell.claim for cell in cells[key])
        have = set(reported)
        out.append(
            SourceCoverage(
                source=key,
                name=names[key],
                documents=tuple(sorted(docs_of[key])),
                reports=reported,
                leaves_out=tuple(c for c in notable if c not in have),
                actors=tuple(actors[key].most_common(TOP_ACTORS)),
                cells=tuple(cells[key]),
            )
        )
    return out
