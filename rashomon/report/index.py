"""An in-memory, column-wise index of the stored events, for filtering and aggregating them fast.

The views draw aggregates (a timeline, a map, an actor network) over events that a user filters by date,
actor, event type, source, modality and claim status. A store of 10,000 documents holds about half a million
events, too many to group in SQL on every page. So the events' few filterable columns are read once into
numpy arrays (about 40 bytes an event), a filter becomes a boolean mask, and each aggregate is a
``bincount`` or ``unique`` over the masked rows. The store itself is only read.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from rashomon.errors import UsageError
from rashomon.examine.link import family
from rashomon.records import dyads
from rashomon.report.names import actor_name, claim_words
from rashomon.report.queries import ActorSummary, parse_authors, source_label
from rashomon.store.events import line_from_json

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
STATUSES = ("corroborated", "single-source", "contested", "none")
MODALITIES = ("asserted", "denied", "disputed", "hedged", "planned", "hypothetical", "asked")
_EPOCH = date(1970, 1, 1).toordinal()
UNDATED = 2**31 - 1  # sorts after every real day
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_CODE = re.compile(r"^[A-Z0-9]{2,24}$")
_EVENT = re.compile(r"^[A-Z_]{2,24}$")


def day_number(value: str | None) -> int:
    """Days since 1970-01-01 of an ISO date ("2020-10-04", "2020-10", "2020"; a partial date counts from its
    first day), or UNDATED."""
    if not value:
        return UNDATED
    m = _DATE.match(value)
    if not m:
        return UNDATED
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1)).toordinal() - _EPOCH
    except ValueError:
        return UNDATED


def day_text(day: int) -> str:
    return date.fromordinal(day + _EPOCH).isoformat() if day != UNDATED else ""


@dataclass(frozen=True, slots=True)
class Filters:
    """What the user narrowed the views to; empty fields do not filter.

    ``actor`` matches a code and every code that starts with it (IRN: IRN, IRNGOV, IRNMIL), as source or
    target. ``source`` is an outlet's name (a document without one counts under its file name).
    ``status`` is the status of the claim an event belongs to, or "none" for events in no claim."""

    date_from: str | None = None
    date_to: str | None = None
    actor: str | None = None
    event: str | None = None
    source: str | None = None
    modality: str | None = None
    status: str | None = None

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> Filters:
        """Filters from URL query parameters, checked: a bad value raises UsageError naming it."""
        values: dict[str, str | None] = {}
        for f in fields(cls):
            raw = (params.get(f.name) or "").strip()
            if len(raw) > 200:
                raise UsageError(f"{f.name}: longer than 200 characters")
            values[f.name] = raw or None
        for name in ("date_from", "date_to"):
            v = values[name]
            if v is not None and (not _DATE.fullmatch(v) or day_number(v) == UNDATED):
                raise UsageError(f"{name}: {v!r} is not a date like 2020-10-04, 2020-10 or 2020")
        if values["actor"] is not None:
            values["actor"] = values["actor"].upper()
            if not _CODE.match(values["actor"] or ""):
                raise UsageError(f"actor: {values['actor']!r} is not an actor code like IRN or AZEMIL")
        if values["event"] is not None:
            values["event"] = values["event"].upper()
            if not _EVENT.match(values["event"] or ""):
                raise UsageError(f"event: {values['event']!r} is not a PLOVER event type like ACCUSE")
        if values["modality"] is not None and values["modality"] not in MODALITIES:
            raise UsageError(f"modality: {values['modality']!r}; choose one of {', '.join(MODALITIES)}")
        if values["status"] is not None and values["status"] not in STATUSES:
            raise UsageError(f"status: {values['status']!r}; choose one of {', '.join(STATUSES)}")
        return cls(**values)

    def params(self) -> dict[str, str]:
        """The filters as URL query parameters (only those set)."""
        return {f.name: v for f in fields(self) if (v := getattr(self, f.name))}

    def without(self, name: str) -> Filters:
        return replace(self, **{name: None})

    @property
    def empty(self) -> bool:
        return not self.params()


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """A happening on the timeline: a claim (cluster) where the examine stage made one, else the events of
    one day with the same type, first source and first target."""

    key: int
    label: str
    claim: int | None  # the cluster id, when the item is a claim
    status: str  # claim status, or "none"
    day: int
    count: int
    goldstein: float
    quad: int
    events: tuple[int, ...]  # a sample of event ids, earliest first
    statements: int = 0  # a claim's statements (every event of it, dated or not); else ``count``


@dataclass(frozen=True, slots=True)
class MapPoint:
    name: str
    country: str | None
    lat: float
    lon: float
    count: int
    goldstein: float
    events: tuple[int, ...]
    #: a route's waypoints as (lat, lon): it is drawn as a line
    line: tuple[tuple[float, float], ...] | None = None


@dataclass(frozen=True, slots=True)
class Dyad:
    source: str
    target: str
    count: int
    goldstein: float
    events: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ActorNode:
    code: str
    name: str
    count: int  # events it takes part in (as source or target)


@dataclass(frozen=True, slots=True)
class Timeline:
    items: tuple[TimelineItem, ...]  # the largest, by events, at most the limit asked
    total_items: int
    dated_events: int
    undated_events: int
    bins: tuple[tuple[int, int, int], ...]  # (first day, last day, events) for every dated event, drawn behind
    first_day: int
    last_day: int


@dataclass(frozen=True, slots=True)
class Network:
    nodes: tuple[ActorNode, ...]
    edges: tuple[Dyad, ...]
    total_actors: int
    total_dyads: int


@dataclass(frozen=True, slots=True)
class Places:
    points: tuple[MapPoint, ...]
    total_places: int
    placed_events: int
    unplaced_events: int


@dataclass
class _Vocab:
    names: list[str] = field(default_factory=list)
    ids: dict[str, int] = field(default_factory=dict)

    def id(self, name: str) -> int:
        i = self.ids.get(name)
        if i is None:
            i = self.ids[name] = len(self.names)
            self.names.append(name)
        return i


def _sample(order: IntArray, inverse_sorted: IntArray, groups: IntArray, ids: IntArray, k: int) -> list[tuple[int, ...]]:
    """The first ``k`` event ids of each group in ``groups`` (``order`` sorts rows by group then day)."""
    starts = np.searchsorted(inverse_sorted, groups, side="left")
    ends = np.searchsorted(inverse_sorted, groups, side="right")
    return [tuple(int(ids[order[j]]) for j in range(s, min(e, s + k))) for s, e in zip(starts, ends, strict=True)]


def _largest(counts: IntArray, k: int) -> IntArray:
    """The positions, ascending, of the ``k`` largest counts and of every count equal to the smallest of
    those: what a stable sort by count, most first, puts in its first ``k`` (and ties of the last), found
    without sorting all of them (a broad filter makes a hundred thousand timeline groups at 100,000
    documents). Sorting these alone by the same keys gives the same first ``k``."""
    if len(counts) <= k:
        return np.arange(len(counts))
    kth = np.partition(counts, len(counts) - k)[len(counts) - k]
    return np.flatnonzero(counts >= kth)


class EventIndex:
    """The events' filterable columns as arrays, row-aligned, sorted by event id. Built by :meth:`build`."""

    def __init__(self) -> None:
        self.ids: IntArray = np.zeros(0, np.int64)
        self.doc: IntArray = np.zeros(0, np.int64)
        self.day: IntArray = np.zeros(0, np.int64)
        self.quad: IntArray = np.zeros(0, np.int64)
        self.gold: npt.NDArray[np.float64] = np.zeros(0)
        self.etype: IntArray = np.zeros(0, np.int64)
        self.modality: IntArray = np.zeros(0, np.int64)
        self.place: IntArray = np.zeros(0, np.int64)
        self.status: IntArray = np.zeros(0, np.int64)
        self.group: IntArray = np.zeros(0, np.int64)
        self.source: IntArray = np.zeros(0, np.int64)  # the source (outlet or document) of each event
        self.ea_event: IntArray = np.zeros(0, np.int64)  # actor rows: event row, code id
        self.ea_code: IntArray = np.zeros(0, np.int64)
        self.pair_event: IntArray = np.zeros(0, np.int64)  # source x target pairs: event row, code ids
        self.pair_src: IntArray = np.zeros(0, np.int64)
        self.pair_tgt: IntArray = np.zeros(0, np.int64)
        self.event_types: list[str] = []
        self.codes: list[str] = []
        self.actor_names: dict[str, str] = {}
        self.ea_role: IntArray = np.zeros(0, np.int64)  # actor rows: 0 source, 1 target
        # the actor rows grouped by code: code c's rows are by_code[code_start[c] : code_start[c + 1]]
        self.by_code: IntArray = np.zeros(0, np.int64)
        self.code_start: IntArray = np.zeros(1, np.int64)
        self.actor_texts: dict[str, dict[str, int]] = {}  # code -> the words naming it -> actor rows
        self.actor_loaded: dict[str, int] = {}  # code -> actor rows with a loaded label
        self.sources: list[str] = []
        self.places: list[tuple[str, str | None, float, float, tuple[tuple[float, float], ...] | None]] = []
        self.group_labels: list[str] = []
        self.group_claims: list[int | None] = []
        self.group_status: list[str] = []
        self.claim_days: dict[int, tuple[int, int]] = {}  # claim id -> (its own date as a day, its statements)
        self._by_day: IntArray | None = None  # the rows by date then id (see event_ids)
        # orders sorted once, so that an aggregate over many events filters them instead of sorting (see _sorted)
        self._by_group: IntArray = np.zeros(0, np.int64)  # dated rows by timeline group, date, id
        self._by_place: IntArray = np.zeros(0, np.int64)  # placed rows by place, date, id
        self.pair_dyad: IntArray = np.zeros(0, np.int64)  # each pair's dyad (an index into dyads); -1: src == tgt
        self.dyads: IntArray = np.zeros(0, np.int64)  # every dyad's key (source * codes + target), ascending
        self._by_dyad: IntArray = np.zeros(0, np.int64)  # the pairs of a dyad by dyad, event id

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def build(cls, conn: sqlite3.Connection) -> EventIndex:
        """Read the events, their actors and their claims from a store's connection (a few seconds for
        half a million events)."""
        ix = cls()
        sources = _Vocab()
        doc_source: dict[int, int] = {}
        for doc_id, outlet, authors, name in conn.execute("SELECT id, outlet, authors, name FROM documents"):
            doc_source[doc_id] = sources.id(source_label(outlet, parse_authors(authors), name))
        ix.sources = sources.names

        claim_of: dict[int, tuple[int, str, str]] = {}
        for event_id, cluster_id, status, fam, kind, src, tgt in conn.execute(
            "SELECT ce.event_id, c.id, c.status, c.family, c.event, c.source, c.target FROM cluster_events ce "
            "JOIN clusters c ON c.id = ce.cluster_id "
            "ORDER BY ce.event_id, c.mentions DESC, c.id"
        ):
            if event_id not in claim_of:
                claim_of[event_id] = (cluster_id, status, claim_words(fam, kind, src, tgt).text)

        for cid, cdate, mentions in conn.execute("SELECT id, date, mentions FROM clusters"):
            ix.claim_days[cid] = (day_number(cdate), int(mentions))

        codes = _Vocab()
        first: dict[int, list[str]] = {}  # event id -> [first source code, first target code]
        ea_event: list[int] = []
        ea_code: list[int] = []
        ea_role: list[int] = []
        for event_id, role, code, name, text, loaded in conn.execute(
            "SELECT event_id, role, code, name, text, loaded FROM event_actors WHERE code IS NOT NULL "
            "ORDER BY event_id, role, ord"
        ):
            ea_event.append(event_id)
            ea_code.append(codes.id(code))
            ea_role.append(0 if role == "source" else 1)
            if name and code not in ix.actor_names:
                ix.actor_names[code] = name
            texts = ix.actor_texts.setdefault(code, {})
            texts[text] = texts.get(text, 0) + 1
            if loaded == 1:
                ix.actor_loaded[code] = ix.actor_loaded.get(code, 0) + 1
            pair = first.setdefault(event_id, ["", ""])
            slot = 0 if role == "source" else 1
            if not pair[slot]:
                pair[slot] = code
        ix.codes = codes.names

        types, places, groups = _Vocab(), _Vocab(), _Vocab()
        place_rows: list[tuple[str, str | None, float, float, tuple[tuple[float, float], ...] | None]] = []
        modality_id = {m: i for i, m in enumerate(MODALITIES)}
        status_id = {s: i for i, s in enumerate(STATUSES)}
        cols: dict[str, list[Any]] = {k: [] for k in ("ids", "doc", "day", "quad", "gold", "etype", "modality",
                                                      "place", "status", "group", "source")}  # fmt: skip
        for (event_id, doc_id, day, quad, gold, etype, modality, pname, lat, lon, country, line) in conn.execute(
            "SELECT id, document_id, date, quad_class, goldstein, event, modality, place_name, place_lat, place_lon, "
            "place_country, place_line FROM events ORDER BY id"
        ):
            cols["ids"].append(event_id)
            cols["doc"].append(doc_id)
            d = day_number(day)
            cols["day"].append(d)
            cols["quad"].append(quad)
            cols["gold"].append(gold)
            cols["etype"].append(types.id(etype))
            cols["modality"].append(modality_id.get(modality, len(MODALITIES)))
            if pname is not None and lat is not None and lon is not None:
                key = f"{pname}\x00{lat:.3f}\x00{lon:.3f}"
                if key not in places.ids:
                    place_rows.append((pname, country, float(lat), float(lon), line_from_json(line)))
                cols["place"].append(places.id(key))
            else:
                cols["place"].append(-1)
            claim = claim_of.get(event_id)
            if claim is not None:
                cols["status"].append(status_id[claim[1]])
                g = groups.id(f"claim:{claim[0]}")
                if g == len(ix.group_labels):
                    ix.group_labels.append(claim[2])
                    ix.group_claims.append(claim[0])
                    ix.group_status.append(claim[1])
            else:
                cols["status"].append(status_id["none"])
                src, tgt = first.get(event_id, ["", ""])
                g = groups.id(f"{d}\x00{etype}\x00{src}\x00{tgt}")
                if g == len(ix.group_labels):
                    ix.group_labels.append(claim_words(family(etype), etype, src or None, tgt or None).text)
                    ix.group_claims.append(None)
                    ix.group_status.append("none")
            cols["group"].append(g)
            cols["source"].append(doc_source.get(doc_id, 0))
        for name, values in cols.items():
            setattr(ix, name, np.asarray(values, dtype=np.float64 if name == "gold" else np.int64))
        ix.event_types = types.names
        ix.places = place_rows

        rows = np.searchsorted(ix.ids, np.asarray(ea_event, dtype=np.int64))
        ix.ea_event = rows.astype(np.int64)
        ix.ea_code = np.asarray(ea_code, dtype=np.int64)
        role = ix.ea_role = np.asarray(ea_role, dtype=np.int64)
        ix.by_code = np.argsort(ix.ea_code, kind="stable")
        ix.code_start = np.searchsorted(ix.ea_code[ix.by_code], np.arange(len(ix.codes) + 1)).astype(np.int64)
        # every dyad of each event (records.dyads): its sources with its targets, or a joint act's sources each way
        pe: list[int] = []
        ps: list[int] = []
        pt: list[int] = []
        by_event: dict[int, tuple[list[int], list[int]]] = {}
        for ev, code, r in zip(ix.ea_event.tolist(), ix.ea_code.tolist(), role.tolist(), strict=True):
            by_event.setdefault(ev, ([], []))[r].append(code)
        for ev, (srcs, tgts) in sorted(by_event.items()):  # event by event: pair_event ascends
            for s, t in dyads(srcs, tgts):
                pe.append(ev)
                ps.append(s)
                pt.append(t)
        ix._by_day = np.lexsort((ix.ids, ix.day))
        ix.pair_event = np.asarray(pe, dtype=np.int64)
        ix.pair_src = np.asarray(ps, dtype=np.int64)
        ix.pair_tgt = np.asarray(pt, dtype=np.int64)
        ix._sort_once()
        return ix

    def _sort_once(self) -> None:
        """The orders the aggregates read their events in, sorted once for the whole index."""
        dated = np.flatnonzero(self.day != UNDATED)
        self._by_group = dated[np.lexsort((self.ids[dated], self.day[dated], self.group[dated]))]
        placed = np.flatnonzero(self.place >= 0)
        self._by_place = placed[np.lexsort((self.ids[placed], self.day[placed], self.place[placed]))]
        n = max(1, len(self.codes))
        keys = self.pair_src * n + self.pair_tgt
        linked = self.pair_src != self.pair_tgt
        self.dyads = np.unique(keys[linked])
        self.pair_dyad = np.full(len(keys), -1, dtype=np.int64)
        self.pair_dyad[linked] = np.searchsorted(self.dyads, keys[linked])
        kept = np.flatnonzero(linked)
        # pair_event ascends (the pairs are listed event by event), so a stable sort by dyad is by dyad, event id
        self._by_dyad = kept[np.argsort(self.pair_dyad[kept], kind="stable")]

    # ------------------------------------------------------------------------------------------ filtering

    def mask(self, f: Filters) -> BoolArray:
        """The events that pass every filter."""
        m = np.ones(len(self.ids), dtype=bool)
        if f.date_from:
            m &= self.day >= day_number(f.date_from)
        if f.date_to:
            last = day_number(f.date_to)
            # a partial "to" date includes its whole month or year
            if len(f.date_to) == 4:
                last = day_number(f"{int(f.date_to) + 1}") - 1
            elif len(f.date_to) == 7:
                y, mo = int(f.date_to[:4]), int(f.date_to[5:7])
                last = day_number(f"{y + (mo == 12)}-{mo % 12 + 1:02d}") - 1
            m &= self.day <= last
        if f.event:
            m &= self.etype == (self.event_types.index(f.event) if f.event in self.event_types else -2)
        if f.modality:
            m &= self.modality == MODALITIES.index(f.modality)
        if f.status:
            m &= self.status == STATUSES.index(f.status)
        if f.source:
            m &= self.source == (self.sources.index(f.source) if f.source in self.sources else -2)
        if f.actor:
            hit = np.zeros(len(self.ids), dtype=bool)
            for i, c in enumerate(self.codes):
                if c.startswith(f.actor):
                    hit[self.ea_event[self._code_rows(i)]] = True
            m &= hit
        return m

    def _code_rows(self, code: int) -> IntArray:
        """The actor rows of one code (by its id)."""
        return self.by_code[self.code_start[code] : self.code_start[code + 1]]

    def event_ids(self, m: BoolArray, offset: int = 0, limit: int = 50) -> tuple[list[int], int]:
        """A page of the matching event ids, by date (undated last) then id, and how many match."""
        rows = np.flatnonzero(m)
        if len(rows) * 8 < len(self.ids):  # a few: sorted as they are
            order = rows[np.lexsort((self.ids[rows], self.day[rows]))]
        else:  # many: every event's row in that order, sorted once, filtered
            if self._by_day is None:
                self._by_day = np.lexsort((self.ids, self.day))
            order = self._by_day[m[self._by_day]]
        return [int(x) for x in self.ids[order[offset : offset + limit]]], len(rows)

    # ------------------------------------------------------------------------------------------ aggregates

    def _grouped(self, values: IntArray, selected: BoolArray, rows: IntArray, by: IntArray, size: int,
                 ties: tuple[IntArray, ...] | None = None) -> tuple[IntArray, IntArray, IntArray]:  # fmt: skip
        """The groups of the ``selected`` rows (``rows``, ascending) by ``values`` (0 to ``size`` - 1): the
        distinct values, ascending, each row's group (as ``np.unique(values[rows], return_inverse=True)``),
        and the rows' order by group, then date, then id (``by``: every selectable row in that order; ``ties``
        the keys after the group, when not date and id). Many rows are not sorted but filtered out of ``by``
        and grouped by counting; a few are sorted as they are (the same arrays either way)."""
        if len(rows) * 8 < len(values):
            groups, inverse = np.unique(values[rows], return_inverse=True)
            keys = ties if ties is not None else (self.ids[rows], self.day[rows])
            return groups, inverse.reshape(-1), np.lexsort((*keys, inverse))
        present = np.bincount(values[rows], minlength=size) > 0
        groups = np.flatnonzero(present).astype(np.int64)
        inverse = (np.cumsum(present) - 1)[values[rows]]
        position = np.cumsum(selected) - 1  # each selected row's place in ``rows``
        return groups, inverse, position[by[selected[by]]]

    def timeline(self, m: BoolArray, limit: int = 300, sample: int = 5, bins: int = 60) -> Timeline:
        dated = m & (self.day != UNDATED)
        rows = np.flatnonzero(dated)
        undated = int(m.sum()) - len(rows)
        if not len(rows):
            return Timeline((), 0, 0, undated, (), 0, 0)
        groups, inverse, order = self._grouped(self.group, dated, rows, self._by_group, len(self.group_labels))
        counts = np.bincount(inverse)
        gold = np.bincount(inverse, weights=self.gold[rows]) / counts
        quads = np.bincount(inverse * 4 + (self.quad[rows] - 1), minlength=len(groups) * 4).reshape(-1, 4)
        inv_sorted = inverse[order]
        first_day = self.day[rows][order[np.searchsorted(inv_sorted, np.arange(len(groups)))]]
        cand = _largest(counts, limit)
        top = cand[np.lexsort((first_day[cand], -counts[cand]))][:limit]
        samples = _sample(order, inv_sorted, top, self.ids[rows], sample)
        quad = np.argmax(quads, axis=1) + 1  # each group's most frequent quad class (the first of a tie)
        items = []
        for g, s in zip(top.tolist(), samples, strict=True):
            claim = self.group_claims[int(groups[g])]
            # a claim sits at its own date (the most precise its statements give), else its first event's
            own_day, statements = self.claim_days.get(claim, (UNDATED, 0)) if claim is not None else (UNDATED, 0)
            items.append(TimelineItem(
                key=int(groups[g]),
                label=self.group_labels[int(groups[g])],
                claim=claim,
                status=self.group_status[int(groups[g])],
                day=own_day if own_day != UNDATED else int(first_day[g]),
                count=int(counts[g]),
                goldstein=round(float(gold[g]), 2),
                quad=int(quad[g]),
                events=s,
                statements=statements or int(counts[g]),
            ))  # fmt: skip
        lo, hi = int(self.day[rows].min()), int(self.day[rows].max())
        width = max(1, -(-(hi - lo + 1) // bins))
        hist = np.bincount((self.day[rows] - lo) // width)
        out_bins = tuple((lo + i * width, lo + (i + 1) * width - 1, int(c)) for i, c in enumerate(hist.tolist()) if c)
        if items:  # a claim's own date may lie outside its events' (a publication date, say)
            lo, hi = min(lo, min(i.day for i in items)), max(hi, max(i.day for i in items))
        return Timeline(tuple(items), len(groups), len(rows), undated, out_bins, lo, hi)

    def places_of(self, m: BoolArray, limit: int = 400, sample: int = 5) -> Places:
        placed = m & (self.place >= 0)
        rows = np.flatnonzero(placed)
        if not len(rows):
            return Places((), 0, 0, int(m.sum()))
        ps, inverse, order = self._grouped(self.place, placed, rows, self._by_place, len(self.places))
        counts = np.bincount(inverse)
        gold = np.bincount(inverse, weights=self.gold[rows]) / counts
        inv_sorted = inverse[order]
        cand = _largest(counts, limit)
        top = cand[np.argsort(-counts[cand], kind="stable")][:limit]
        samples = _sample(order, inv_sorted, top, self.ids[rows], sample)
        points = []
        for g, s in zip(top.tolist(), samples, strict=True):
            name, country, lat, lon, line = self.places[int(ps[g])]
            points.append(MapPoint(name, country, lat, lon, int(counts[g]), round(float(gold[g]), 2), s, line))
        return Places(tuple(points), len(ps), len(rows), int(m.sum()) - len(rows))

    def network(self, m: BoolArray, max_nodes: int = 30, max_edges: int = 120, sample: int = 5) -> Network:
        ea = m[self.ea_event]
        per_code = np.bincount(self.ea_code[ea], minlength=len(self.codes)) if len(self.codes) else np.zeros(0, np.int64)
        # an actor named twice in one event counts once there: close enough for ranking nodes
        total_actors = int((per_code > 0).sum())
        linked = (m[self.pair_event] & (self.pair_dyad >= 0)) if len(self.pair_event) else np.zeros(0, dtype=bool)
        pairs = np.flatnonzero(linked)
        pe, src, tgt = self.pair_event[pairs], self.pair_src[pairs], self.pair_tgt[pairs]
        n = max(1, len(self.codes))
        present, inverse, order = self._grouped(self.pair_dyad, linked, pairs, self._by_dyad, len(self.dyads),
                                                (self.ids[pe],))  # fmt: skip
        keys = self.dyads[present]
        total_dyads = len(keys)
        if not total_dyads:
            return Network((), (), total_actors, 0)
        counts = np.bincount(inverse)
        gold = np.bincount(inverse, weights=self.gold[pe]) / counts
        weight = np.bincount(src, minlength=n) + np.bincount(tgt, minlength=n)
        chosen = [int(c) for c in np.argsort(-weight, kind="stable")[:max_nodes] if weight[c] > 0]
        among = np.zeros(n, dtype=bool)
        among[chosen] = True
        between = np.flatnonzero(among[keys // n] & among[keys % n])  # the dyads between chosen actors
        edge_rows = between[np.argsort(-counts[between], kind="stable")][:max_edges].tolist()
        inv_sorted = inverse[order]
        samples = _sample(order, inv_sorted, np.asarray(edge_rows, dtype=np.int64), self.ids[pe], sample)
        edges = tuple(
            Dyad(self.codes[int(keys[k] // n)], self.codes[int(keys[k] % n)], int(counts[k]),
                 round(float(gold[k]), 2), s)
            for k, s in zip(edge_rows, samples, strict=True)
        )  # fmt: skip
        used = {e.source for e in edges} | {e.target for e in edges}
        nodes = tuple(
            ActorNode(self.codes[c], actor_name(self.codes[c], self.actor_names), int(per_code[c]))
            for c in chosen if self.codes[c] in used
        )  # fmt: skip
        return Network(nodes, edges, total_actors, total_dyads)

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """Every value of the filterable columns with its count of events (for the filter form)."""

        def count(values: IntArray, names: list[str]) -> list[tuple[str, int]]:
            c = np.bincount(values, minlength=len(names)) if len(values) else np.zeros(len(names), np.int64)
            return sorted(((names[i], int(c[i])) for i in range(len(names)) if c[i]), key=lambda x: (-x[1], x[0]))

        return {
            "event": count(self.etype, self.event_types),
            "modality": count(self.modality, [*MODALITIES, "other"]),
            "status": count(self.status, list(STATUSES)),
            "source": count(self.source, self.sources),
            "actor": self.actors()[:200],
        }  # fmt: skip

    def actor_summary(self, code: str) -> ActorSummary | None:
        """One actor code's events as source and as target, the words sources name it with, and its loaded
        labels: what :func:`rashomon.report.queries.actor` reads from the store, without reading it again."""
        if code not in self.actor_texts:
            return None
        rows = self._code_rows(self.codes.index(code))
        as_source, as_target = (len(np.unique(self.ea_event[rows[self.ea_role[rows] == r]])) for r in (0, 1))
        texts = tuple(sorted(self.actor_texts[code].items(), key=lambda x: (-x[1], x[0]))[:12])
        name = self.actor_names.get(code)
        words = actor_name(code, {code: name} if name else None)
        return ActorSummary(code, words if words != code else None, as_source, as_target, texts, self.actor_loaded.get(code, 0))

    def actors(self) -> list[tuple[str, int]]:
        """Every actor code with the number of events it takes part in (as source or target), most first."""
        if not len(self.ea_code):
            return []
        per_event = np.unique(self.ea_event * max(1, len(self.codes)) + self.ea_code)  # an actor twice in one event: once
        counts = np.bincount(per_event % max(1, len(self.codes)), minlength=len(self.codes)).tolist()
        return sorted(((self.codes[i], int(c)) for i, c in enumerate(counts) if c), key=lambda x: (-x[1], x[0]))
