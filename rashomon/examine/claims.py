"""Claims: a linked happening as a proposition, the statements every source makes about it, its status,
and where the statements disagree.

Status: *contested* when one source asserts it and another denies or disputes it (only for a proposition
naming both its source and its target: a denial with one side missing is kept as a statement, but is too
vague to contest anything); *corroborated* when two or more independent sources assert it and none denies
it; *single-source* otherwise. Conflicts of detail
are found between statements of different sources: another date (both given to the day), another figure
of the same kind (sums, casualties, distances), another place (over PLACE_KM apart).

A claim's date is the most precise one its statements give; its place is the one they give most often,
only when all the places they give lie within PLACE_KM of it or on the same route (see :func:`_place`).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Protocol

from rashomon.examine.figures import Figure, differ, figures
from rashomon.examine.link import NONE, SYMMETRIC, Key
from rashomon.examine.origins import statements as make_statements
from rashomon.nlp.routes import distance_to_line_km
from rashomon.records import Claim, ClaimStatus, Conflict, EventRef, Source, Statement

#: Places of one happening further apart than this are a conflict of detail.
PLACE_KM = 50.0
#: Families of happenings that take place somewhere (a strike, an arrest, a drill); backing, talks or
#: accusations are not located events, and their places do not conflict.
PLACED_FAMILIES = frozenset({"assault", "coerce", "mobilize", "yield", "protest", "sanction"})
#: At most this many conflicts of one kind per claim (a syndication storm is not a thousand conflicts).
MAX_CONFLICTS = 5



class Located(Protocol):
    """Where a statement places the happening (an EventRef, or what a claim's ledger keeps of it)."""

    @property
    def place(self) -> str | None: ...
    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...
    @property
    def place_line(self) -> tuple[tuple[float, float], ...] | None: ...


VERBS: dict[str, str] = {
    "backing": "backs",
    "yield": "yields to",
    "agree": "agrees with",
    "consult": "consults",
    "cooperate": "cooperates with",
    "request": "asks",
    "accuse": "accuses",
    "reject": "rejects",
    "threaten": "threatens",
    "protest": "protests against",
    "sanction": "sanctions",
    "mobilize": "mobilizes against",
    "coerce": "coerces",
    "assault": "attacks",
}


def status(statements: Sequence[Statement], complete: bool = True) -> ClaimStatus:
    """The claim's status; a proposition missing its source or target (``complete`` False) cannot be
    contested: "Iran does not back ..." with no one named denies nothing a reader could check."""
    asserting = {s.origin for s in statements if s.stance == "asserts"}
    denying = {s.origin for s in statements if s.stance == "denies"}
    if complete and asserting and denying and asserting | denying != asserting & denying:
        return "contested"
    if len(asserting) >= 2:
        return "corroborated"
    return "single-source"


def label(key: Key, source: str | None, target: str | None, when: str | None = None) -> str:
    """"IRN backs ARM", "AZE attacks IRN (2021-09-12)": the proposition, dated when the text dates it."""
    verb = VERBS.get(key.family, key.family)
    if target is None:
        text = f"{source or '?'} {verb.split()[0]}"
    elif source is None:
        text = f"? {verb} {target}"
    else:
        text = f"{source} {verb} {target}"
    return f"{text} ({when})" if when else text


def _side_code(events: Sequence[EventRef], key: str, side: str) -> str | None:
    """The code a side of the proposition gets: the full code when every statement names the same one
    (IRNGOV), else the key (IRN)."""
    if key == NONE:
        return None
    codes: set[str] = set()
    for ev in events:
        codes_, keys_ = (ev.source, ev.source_keys) if side == "source" else (ev.target, ev.target_keys)
        codes.update(c for c, k in zip(codes_, keys_, strict=False) if k == key)
    return codes.pop() if len(codes) == 1 else key


def km_apart(a: Located, b: Located) -> float:
    """How far apart two statements place the happening: 0 on the same route; from a point to a route's
    line; between two routes, from the nearer one's waypoints to the other's line; else point to point."""
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    if a.place_line or b.place_line:
        if a.place_line and b.place_line:
            if a.place == b.place:
                return 0.0
            return min(min(distance_to_line_km(p, b.place_line) for p in a.place_line),
                       min(distance_to_line_km(p, a.place_line) for p in b.place_line))  # fmt: skip
        line, point = (a.place_line, (b.lat, b.lon)) if a.place_line else (b.place_line, (a.lat, a.lon))
        assert line is not None
        return distance_to_line_km(point, line)
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def conflicts(
    statements: Sequence[Statement],
    events: Mapping[int, EventRef],
    placed_family: bool = True,
    complete: bool = True,
) -> list[Conflict]:
    """Denials (of complete propositions only, as for :func:`status`), and conflicts of date, figure and
    place (for PLACED_FAMILIES) between statements of different sources."""
    asserting = [(s.origin, s.event) for s in statements if s.stance == "asserts"]
    deniers = [(s.origin, s.event, s.modality) for s in statements if s.stance == "denies" and complete]
    independent = [s for s in statements if s.independent and s.stance != "denies"]
    dated = [(s.origin, s.event, events[s.event].date) for s in independent
             if events[s.event].precision in ("day", "datetime")]  # fmt: skip
    placed = [(s.origin, s.event, events[s.event]) for s in independent
              if events[s.event].lat is not None and placed_family]  # fmt: skip
    counted = [(s.origin, s.event, f) for s in independent if (f := figures(s.text))]
    return [*denials(deniers, asserting), *date_pairs(dated), *place_pairs(placed), *figure_pairs(counted)]


def denials(deniers: Sequence[tuple[str, int, str]], asserting: Sequence[tuple[str, int]]) -> list[Conflict]:
    """The denial conflicts of a claim whose denying statements are ``deniers`` (origin, event, modality)
    and asserting ones ``asserting`` (origin, event), each in reading order: a denier's first denial against
    the first assertion of another source, for the first MAX_CONFLICTS deniers with one. (Only the first
    statement of each origin on either side can take part.)"""
    out: list[Conflict] = []
    seen_deniers: set[str] = set()
    for origin, event, modality in deniers:
        if origin in seen_deniers:
            continue
        other = next((a for a in asserting if a[0] != origin), None)
        if other is not None:
            seen_deniers.add(origin)
            detail = {"asserted_by": other[0], "denied_by": origin, "modality": modality}
            out.append(Conflict("denial", detail, other[1], event))
        if len(seen_deniers) >= MAX_CONFLICTS:
            break
    return out


def date_pairs(dated: Sequence[tuple[str, int, str | None]]) -> list[Conflict]:
    """The first MAX_CONFLICTS pairs (in reading order) of independent statements dated to the day,
    (origin, event, date), of different sources that give different days."""
    out: list[Conflict] = []
    for i, (o1, e1, d1) in enumerate(dated):
        for o2, e2, d2 in dated[i + 1 :]:
            if len(out) >= MAX_CONFLICTS:
                return out
            if o1 != o2 and (d1 or "")[:10] != (d2 or "")[:10]:
                out.append(Conflict("date", {"a": d1, "b": d2, "origin_a": o1, "origin_b": o2}, e1, e2))
    return out


def place_pairs(placed: Sequence[tuple[str, int, Located]]) -> list[Conflict]:
    """The first MAX_CONFLICTS pairs (in reading order) of placed independent statements, (origin, event,
    where), of different sources placing the happening over PLACE_KM apart."""
    out: list[Conflict] = []
    for i, (o1, e1, w1) in enumerate(placed):
        for o2, e2, w2 in placed[i + 1 :]:
            if len(out) >= MAX_CONFLICTS:
                return out
            if o1 != o2 and (km := km_apart(w1, w2)) > PLACE_KM:
                out.append(Conflict("place", {"a": w1.place, "b": w2.place, "km": round(km),
                                              "origin_a": o1, "origin_b": o2}, e1, e2))  # fmt: skip
    return out


def figure_pairs(counted: Sequence[tuple[str, int, Sequence[Figure]]]) -> list[Conflict]:
    """The first MAX_CONFLICTS pairs (in reading order, then the figures' order) of figures that differ,
    given by independent statements (origin, event, figures) of different sources."""
    out: list[Conflict] = []
    for i, (o1, e1, f1) in enumerate(counted):
        for o2, e2, f2 in counted[i + 1 :]:
            if o1 == o2:
                continue
            for a in f1:
                for b in f2:
                    if len(out) < MAX_CONFLICTS and differ(a, b):
                        out.append(Conflict("figure", {"measure": a.measure, "unit": a.unit, "a": a.text,
                                                       "b": b.text, "origin_a": o1, "origin_b": o2}, e1, e2))  # fmt: skip
            if len(out) >= MAX_CONFLICTS:
                return out
    return out


def claim_id(key: Key, first: EventRef) -> str:
    """Stable across re-runs: the proposition and where its first statement stands."""
    return claim_id_of(key, first.document, first.start)


def claim_id_of(key: Key, document: str, start: int) -> str:
    """:func:`claim_id` of a claim whose first statement is at ``start`` in ``document``."""
    raw = f"{key.source}|{key.family}|{key.target}|{document}|{start}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def build_claim(key: Key, events: Sequence[EventRef], sources: Mapping[str, Source]) -> Claim:
    """One linked happening as a claim, with its statements, status and conflicts."""
    return weigh(key, events, make_statements(events, sources))


def weigh(key: Key, events: Sequence[EventRef], stmts: Sequence[Statement]) -> Claim:
    """The claim of a linked happening whose statements are already known (see :func:`build_claim`):
    its type, sides, date, place, status and conflicts."""
    by_id = {ev.id: ev for ev in events}
    asserting = [by_id[s.event] for s in stmts if s.stance == "asserts"] or list(events)
    kind = Counter(ev.event for ev in asserting).most_common(1)[0][0]
    source = _side_code(events, key.source, "source")
    target = _side_code(events, key.target, "target")
    if kind in SYMMETRIC and source and target and source > target:
        source, target = target, source
    best_date = _date(asserting)
    place = _place(asserting)
    first = by_id[stmts[0].event]
    complete = key.source != NONE and key.target != NONE
    return Claim(
        claim=claim_id(key, first),
        event=kind,
        family=key.family,
        source=source,
        target=target,
        label=label(key, source, target, when(best_date)),
        date=best_date[0],
        precision=best_date[1],
        place=place[0],
        lat=place[1],
        lon=place[2],
        place_country=place[3],
        place_line=place[4],
        status=status(stmts, complete),
        statements=tuple(stmts),
        conflicts=tuple(conflicts(stmts, by_id, key.family in PLACED_FAMILIES, complete)),
        goldstein=round(math.fsum(ev.goldstein for ev in asserting) / len(asserting), 2),
        quad_class=Counter(ev.quad_class for ev in asserting).most_common(1)[0][0],
    )


_Where = tuple[str | None, float | None, float | None, str | None, tuple[tuple[float, float], ...] | None]


def _place(events: Sequence[EventRef]) -> _Where:
    """The claim's place, from its statements' places only (never a document's): the place they give most
    often, when every place they give lies within PLACE_KM of it or on the same route (a point on a route
    is as far from it as from its line); none when they disagree (a claim told at Baku by one statement and
    in Armenia by another has no place a map could honestly show), or when none gives one."""
    placed = [ev for ev in events if ev.place is not None and ev.lat is not None and ev.lon is not None]
    if not placed:
        return None, None, None, None, None
    counts = Counter((ev.place, ev.lat, ev.lon, ev.place_country, ev.place_line) for ev in placed)
    best = counts.most_common(1)[0][0]
    at = next(ev for ev in placed if (ev.place, ev.lat, ev.lon, ev.place_country, ev.place_line) == best)
    if any(km_apart(at, ev) > PLACE_KM for ev in placed):
        return None, None, None, None, None
    return best


def when(best: tuple[str | None, str | None]) -> str | None:
    value, precision = best
    if value is None:
        return None
    if precision == "week":
        return f"week of {value[:10]}"
    if precision == "decade":
        return f"the {value[:4]}s"
    return {"day": value[:10], "datetime": value[:10], "month": value[:7], "year": value[:4]}.get(precision or "")


#: How precise a date is, most precise first (a decade says less of a claim than the day its report was
#: published on: "Iran backed Azerbaijan in the 1990s" among a dozen statements of what Iran does now).
RANK = {"datetime": 0, "day": 0, "week": 1, "month": 2, "year": 3, "publication": 4, "decade": 4.5, "relative": 5}


def _date(events: Sequence[EventRef]) -> tuple[str | None, str | None]:
    """The claim's date: the most precise one its statements give, the most often given among those."""
    dated = [(ev.date, ev.precision) for ev in events if ev.date]
    if not dated:
        return None, None
    best = min(RANK.get(p or "", 5) for _, p in dated)
    top = Counter(d for d in dated if RANK.get(d[1] or "", 5) == best).most_common(1)[0][0]
    return top[0], top[1]
