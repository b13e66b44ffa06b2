"""A claim's ledger: what weighing it reads, kept with it, so that a claim gaining statements is weighed
again from its ledger, the statements it gained and the few held ones they change, never from all its
events (a block's undated claim holds every undated statement of its proposition: it grows with the corpus).

What :func:`rashomon.examine.claims.weigh` reads, as counts: per PLOVER type, quad class, (date,
precision), place and Goldstein score, how many asserting statements give it and where the first of them
stands in reading order (the same over all events, by id, for a claim no statement asserts); the codes on
each side; how many statements each origin has per stance, and the first of them (denial conflicts pair
only the first statement of an origin); the independent statements that can take part in a date, place or
figure conflict, in reading order; the first statement (the claim's id). And, to find the held statements an
added one repeats, each sentence long enough to be copied: where it is first said and the events saying it.

A held statement changes only when an added event says its sentence earlier than any held one
(:mod:`rashomon.examine.grow`): it and every held event of that sentence become copies of the added one.
Their part is taken out of the counts and put back; when one was the first of its origin and that origin
keeps other statements, the next one is not in the ledger: the ledger says so (``stale``), and when a denial
conflict needs it, the claim is weighed again whole (:func:`grow` returns None).

Pure: the runner reads the ledger, the added events and the held events :func:`reads` names.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from rashomon.examine.claims import (
    PLACE_KM,
    PLACED_FAMILIES,
    RANK,
    SYMMETRIC,
    claim_id_of,
    date_pairs,
    denials,
    figure_pairs,
    km_apart,
    label,
    place_pairs,
    when,
)
from rashomon.examine.figures import Figure, figures
from rashomon.examine.link import NONE, Key
from rashomon.examine.origins import copy_key
from rashomon.examine.origins import statements as make_statements
from rashomon.records import Claim, ClaimStatus, Conflict, EventRef, Source, Statement

if TYPE_CHECKING:
    from rashomon.examine.grow import Stored

#: Where a statement stands in reading order: (published or "9999", document, start, event id) as one string
#: that sorts as that tuple does (NUL between the parts, the numbers zero-padded), see :func:`order_in`
Order = str
_FIELDS = ("event", "quad", "date", "place", "gold")
_STORED = ("statements", "events", "documents", "first", "asserted", "every", "codes", "origins", "firsts", "stale",
           "dated", "placed", "counted", "sentences")  # and places
#: An undated claim of fewer events than this keeps no ledger: growing it reads its few events instead (most
#: undated claims hold one to three events, and a ledger's fixed part would outweigh them).
MIN_EVENTS = 16


@dataclass(frozen=True, slots=True)
class Spot:
    """A place as the ledger keeps it."""

    place: str | None
    lat: float | None
    lon: float | None
    country: str | None
    place_line: tuple[tuple[float, float], ...] | None

    @classmethod
    def of(cls, ev: EventRef) -> Spot | None:
        if ev.place is None or ev.lat is None or ev.lon is None:
            return None
        return cls(ev.place, ev.lat, ev.lon, ev.place_country, ev.place_line)


@dataclass(slots=True)
class Ledger:
    """See the module's docstring. Counts are [count, first]: first an Order for ``asserted``, an event id
    for ``every`` (kept only while no statement asserts: a claim's statements never leave it); values are strings (a date as "date|precision", a place as its index in ``places``, a
    Goldstein score as its repr)."""

    statements: int = 0
    events: int = 0
    documents: int = 0
    first: Order | None = None
    asserted: dict[str, dict[str, list[Any]]] = field(default_factory=lambda: {f: {} for f in _FIELDS})
    every: dict[str, dict[str, list[Any]]] = field(default_factory=lambda: {f: {} for f in _FIELDS})
    places: list[Spot] = field(default_factory=list)
    codes: dict[str, list[str]] = field(default_factory=lambda: {"source": [], "target": []})
    origins: dict[str, dict[str, int]] = field(default_factory=lambda: {"asserts": {}, "denies": {}, "other": {}})
    #: stance (asserts, denies) -> origin -> [order, event, modality] of its first statement
    firsts: dict[str, dict[str, list[Any]]] = field(default_factory=lambda: {"asserts": {}, "denies": {}})
    stale: list[str] = field(default_factory=list)  # stances whose ``firsts`` may be wrong
    #: [order, origin, date], [order, origin, index in ``places``], [order, origin, figures as lists]
    dated: list[list[Any]] = field(default_factory=list)
    placed: list[list[Any]] = field(default_factory=list)
    counted: list[list[Any]] = field(default_factory=list)
    #: sentence hash -> [order of the first event saying it, ids of the events saying it]
    sentences: dict[str, list[Any]] = field(default_factory=dict)
    _at: dict[Spot, int] = field(default_factory=dict, compare=False, repr=False)  # index of each of ``places``

    def __post_init__(self) -> None:
        self._at = {p: i for i, p in enumerate(self.places)}

    def to_json(self) -> str:
        body = {f: getattr(self, f) for f in _STORED}
        body["places"] = [[p.place, p.lat, p.lon, p.country, p.place_line] for p in self.places]
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Ledger:
        d = json.loads(text)
        if not isinstance(d, dict) or set(d) != {*_STORED, "places"}:
            raise ValueError(f"not a ledger: its keys are {sorted(d) if isinstance(d, dict) else type(d).__name__}")
        d["places"] = [Spot(p, lat, lon, c, tuple((a, b) for a, b in line) if line else None)
                       for p, lat, lon, c, line in d["places"]]  # fmt: skip
        return cls(**d)

    # --- what goes in --------------------------------------------------------------------------------------

    def _place_index(self, spot: Spot) -> str:
        if spot not in self._at:
            self._at[spot] = len(self.places)
            self.places.append(spot)
        return str(self._at[spot])

    def _values(self, ev: EventRef) -> list[tuple[str, str]]:
        out = [("event", ev.event), ("quad", str(ev.quad_class)), ("gold", repr(float(ev.goldstein)))]
        if ev.date:
            out.append(("date", f"{ev.date}|{ev.precision or ''}"))
        if (spot := Spot.of(ev)) is not None:
            out.append(("place", self._place_index(spot)))
        return out

    def add_event(self, ev: EventRef, key: Key, order: Order) -> None:
        """An event of the claim (any stance, a statement's first event or another of its sentence)."""
        self.events += 1
        for f, v in self._values(ev) if not self.asserted["event"] else ():
            count = self.every[f].setdefault(v, [0, ev.id])
            count[0] += 1
            count[1] = min(count[1], ev.id)
        for side, codes, keys_, wanted in (("source", ev.source, ev.source_keys, key.source),
                                           ("target", ev.target, ev.target_keys, key.target)):  # fmt: skip
            for c, ck in zip(codes, keys_, strict=False):
                if ck == wanted and c not in self.codes[side]:
                    self.codes[side].append(c)
        if (copy := copy_key(ev)) is not None:
            h = sentence_hash(copy)
            if h in self.sentences:
                said = self.sentences[h]
                said[0] = min(said[0], order)
                said[1].append(ev.id)
            else:
                self.sentences[h] = [order, [ev.id]]

    def add_statement(self, s: Statement, ev: EventRef, order: Order, placed_family: bool) -> None:
        """A statement (``ev`` its first event) joining the claim, or put back with its new origin."""
        self.statements += 1
        self.first = order if self.first is None else min(self.first, order)
        if s.stance == "asserts":
            if any(self.every.values()):  # weighing reads the counts over every event only while none asserts
                self.every = {f: {} for f in _FIELDS}
            for f, v in self._values(ev):
                count = self.asserted[f].setdefault(v, [0, order])
                count[0] += 1
                count[1] = min(count[1], order)
        self._count(s, order, ev, placed_family, +1)

    def _count(self, s: Statement, order: Order, ev: EventRef | None, placed_family: bool, sign: int) -> None:
        """The part a statement's origin and independence play, added (``sign`` +1) or taken out (-1;
        ``ev`` not needed)."""
        by_origin = self.origins[s.stance]
        by_origin[s.origin] = by_origin.get(s.origin, 0) + sign
        if not by_origin[s.origin]:
            del by_origin[s.origin]
        if s.stance in self.firsts:
            firsts = self.firsts[s.stance]
            held = firsts.get(s.origin)
            if sign > 0 and (held is None or order < held[0]):
                firsts[s.origin] = [order, s.event, s.modality]
            elif sign < 0 and held is not None and held[1] == s.event:
                del firsts[s.origin]
                if s.origin in by_origin and s.stance not in self.stale:
                    self.stale.append(s.stance)  # its next statement is not kept
        if not s.independent or s.stance == "denies":
            return
        if sign < 0:
            self.dated = [x for x in self.dated if x[0] != order]
            self.placed = [x for x in self.placed if x[0] != order]
            self.counted = [x for x in self.counted if x[0] != order]
            return
        assert ev is not None
        if ev.precision in ("day", "datetime"):
            _insert(self.dated, [order, s.origin, ev.date])
        if placed_family and (spot := Spot.of(ev)) is not None:
            _insert(self.placed, [order, s.origin, int(self._place_index(spot))])
        if fs := figures(s.text):
            _insert(self.counted, [order, s.origin, [[f.measure, f.unit, f.value, f.text, f.start, f.end] for f in fs]])

    def change(self, old: Statement, new: Statement, ev: EventRef, order: Order, placed_family: bool) -> None:
        """A held statement whose origin or independence ``new`` changes (its stance stays)."""
        self._count(old, order, None, placed_family, -1)
        self._count(new, order, ev, placed_family, +1)

    # --- what comes out ------------------------------------------------------------------------------------

    def weigh(self, key: Key) -> tuple[Claim, int] | None:
        """The claim as :func:`rashomon.examine.claims.weigh` weighs it, without its statements, and its number
        of distinct sources asserting or denying it; None when a denial conflict needs a first statement the
        ledger does not know (``stale``)."""
        complete = key.source != NONE and key.target != NONE
        asserting = set(self.origins["asserts"])
        denying = set(self.origins["denies"])
        if complete and denying and self.stale:
            return None
        n_asserting = sum(n for n, _ in self.asserted["event"].values())
        counts = self.asserted if n_asserting else self.every
        n = n_asserting or self.events
        kind = _best(counts["event"])
        source = _side(self.codes["source"], key.source)
        target = _side(self.codes["target"], key.target)
        if kind in SYMMETRIC and source and target and source > target:
            source, target = target, source
        best_date = self._date(counts["date"])
        spot = self._place(counts["place"])
        gold = sum((Fraction(float(v)) * c for v, (c, _) in counts["gold"].items()), Fraction(0))
        status: ClaimStatus = "single-source"
        if complete and asserting and denying and asserting | denying != asserting & denying:
            status = "contested"
        elif len(asserting) >= 2:
            status = "corroborated"
        conflicts: list[Conflict] = []
        if complete:
            denies = sorted((o, origin, e, m) for origin, (o, e, m) in self.firsts["denies"].items())
            asserts = sorted((o, origin, e) for origin, (o, e, _) in self.firsts["asserts"].items())
            conflicts += denials([(origin, e, m) for _, origin, e, m in denies], [(origin, e) for _, origin, e in asserts])
        conflicts += date_pairs([(origin, event_of(o), d) for o, origin, d in self.dated])
        conflicts += place_pairs([(origin, event_of(o), self.places[i]) for o, origin, i in self.placed])
        conflicts += figure_pairs([(origin, event_of(o), [Figure(*f) for f in fs]) for o, origin, fs in self.counted])
        assert self.first is not None
        _, first_document, first_start, _ = self.first.split("\x00")
        claim = Claim(
            claim=claim_id_of(key, first_document, int(first_start)),
            event=kind,
            family=key.family,
            source=source,
            target=target,
            label=label(key, source, target, when(best_date)),
            date=best_date[0],
            precision=best_date[1],
            place=spot.place if spot else None,
            lat=spot.lat if spot else None,
            lon=spot.lon if spot else None,
            place_country=spot.country if spot else None,
            place_line=spot.place_line if spot else None,
            status=status,
            statements=(),
            conflicts=tuple(conflicts),
            goldstein=round(float(gold) / n, 2),
            quad_class=int(_best(counts["quad"])),
        )
        return claim, len(asserting | denying)

    @staticmethod
    def _date(counts: dict[str, list[Any]]) -> tuple[str | None, str | None]:
        if not counts:
            return None, None
        dates = {v: tuple(v.rsplit("|", 1)) for v in counts}
        best = min(RANK.get(p or "", 5) for _, p in dates.values())
        top = _best({v: c for v, c in counts.items() if RANK.get(dates[v][1] or "", 5) == best})
        return dates[top][0], dates[top][1] or None

    def _place(self, counts: dict[str, list[Any]]) -> Spot | None:
        if not counts:
            return None
        at = self.places[int(_best(counts))]
        if any(km_apart(at, self.places[int(v)]) > PLACE_KM for v in counts):
            return None
        return at

    def outlets(self) -> int:
        return len({o for by in self.origins.values() for o in by if o.startswith("outlet:")})


def _insert(items: list[Any], item: list[Any]) -> None:
    """``item`` into ``items``, kept in order of their first element."""
    at = len(items)
    while at and items[at - 1][0] > item[0]:
        at -= 1
    items.insert(at, item)


def _best(counts: Mapping[str, list[Any]]) -> str:
    """The value given most often; of equally common ones, the one given first."""
    return min(counts, key=lambda v: (-counts[v][0], counts[v][1]))


def _side(codes: Sequence[str], key: str) -> str | None:
    if key == NONE:
        return None
    return codes[0] if len(codes) == 1 else key


def sentence_hash(copy: str) -> str:
    return hashlib.blake2b(copy.encode("utf-8"), digest_size=8).hexdigest()


def order_in(sources: Mapping[str, Source], document: str, start: int, event: int) -> Order:
    """The statement's :data:`Order` (what :func:`rashomon.examine.grow.grown_statements` sorts by)."""
    src = sources.get(document)
    return f"{(src.published or '9999') if src else '9999'}\x00{document}\x00{start:010d}\x00{event:012d}"


def event_of(order: Order) -> int:
    return int(order[-12:])


def ledger_of(key: Key, events: Sequence[EventRef], stmts: Sequence[Statement], sources: Mapping[str, Source]) -> Ledger:
    """The ledger of a claim weighed whole (its events, its statements in reading order)."""
    by_id = {ev.id: ev for ev in events}
    out = Ledger()
    placed_family = key.family in PLACED_FAMILIES
    for ev in events:
        out.add_event(ev, key, order_in(sources, ev.document, ev.start, ev.id))
    out.documents = len({ev.document for ev in events})
    for s in stmts:
        out.add_statement(s, by_id[s.event], order_in(sources, s.document, s.start, s.event), placed_family)
    return out


@dataclass(frozen=True, slots=True)
class Grown:
    """A claim grown from its ledger: weighed as a whole claim would be, with only the statements added or
    changed (``statements``; ``changed``: whether a held one is among them), and what the store keeps of the
    whole (``ledger``, its number of statements, sources asserting or denying, events, documents, outlets)."""

    claim: Claim
    ledger: Ledger
    speakers: int
    changed: bool


def reads(ledger: Ledger, added: Sequence[EventRef], sources: Mapping[str, Source]) -> tuple[set[int], set[int]]:
    """The held events :func:`grow` needs read: the first saying each sentence an added event repeats
    (whose word the added copies take), and every held event saying a sentence an added one says earlier
    (they change: ``redo``; the runner also reads the other held events of their documents)."""
    said: dict[str, Order] = {}
    for ev in added:
        if (k := copy_key(ev)) is not None:
            o = order_in(sources, ev.document, ev.start, ev.id)
            h = sentence_hash(k)
            said[h] = min(said.get(h, o), o)
    needed: set[int] = set()
    redo: set[int] = set()
    for h, o in said.items():
        if h in ledger.sentences:
            first, ids = ledger.sentences[h]
            if o < first:
                redo.update(ids)
            else:
                needed.add(event_of(first))
    return needed, redo


def grow(
    key: Key,
    ledger: Ledger,
    held: Sequence[EventRef],
    stored: Mapping[int, Stored],
    added: Sequence[EventRef],
    sources: Mapping[str, Source],
) -> Grown | None:
    """The claim of ``key`` with the ``ledger`` once ``added`` (of documents with no held event) have joined
    it (``ledger`` is taken over: it becomes the grown claim's, or is left part way when None is returned). ``held``: the held events :func:`reads` named and every other held event of the documents of its
    ``redo``; ``stored``: how the statements of those events stand now. None when the ledger cannot tell
    (a sentence hash shared by two sentences, or a first statement it does not keep, see :class:`Ledger`)."""
    needed, redo = reads(ledger, added, sources)
    by_id = {ev.id: ev for ev in [*held, *added]}
    keys = {copy_key(ev) for ev in added} - {None}
    if any(i not in by_id or copy_key(by_id[i]) not in keys for i in needed | redo):
        return None
    redo_documents = {by_id[i].document for i in redo}
    again = sorted({ev.id: ev for ev in [*(ev for ev in held if ev.document in redo_documents or ev.id in needed),
                                          *added]}.values(), key=lambda ev: ev.id)  # fmt: skip
    added_ids = {ev.id for ev in added}
    grown = ledger
    placed_family = key.family in PLACED_FAMILIES
    out: list[Statement] = []
    changed = False
    for s in make_statements(again, sources):
        o = order_in(sources, s.document, s.start, s.event)
        if s.event in added_ids:
            grown.add_statement(s, by_id[s.event], o, placed_family)
            out.append(s)
        elif s.event in redo:
            was = stored[s.event]
            if (was.origin, was.independent) != (s.origin, s.independent):
                old = Statement(s.event, s.document, s.segment, s.segment_kind, s.speaker, s.modality, was.stance,
                                s.text, s.start, s.end, was.origin, was.independent)  # fmt: skip
                grown.change(old, s, by_id[s.event], o, placed_family)
                out.append(s)
                changed = True
    for ev in added:
        grown.add_event(ev, key, order_in(sources, ev.document, ev.start, ev.id))
    grown.documents += len({ev.document for ev in added})
    weighed = grown.weigh(key)
    if weighed is None:
        return None
    claim, speakers = weighed
    return Grown(replace(claim, statements=tuple(out)), grown, speakers, changed)
