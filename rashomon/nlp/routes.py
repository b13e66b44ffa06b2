"""Routes as places: corridors, roads, railways, pipelines and borders, each a line through its waypoints.

The table (``data/routes.tsv``, extended by the user's own files of the same form) gives each route its
names, kind, countries and waypoints. The gazetteer (:mod:`rashomon.nlp.places`) indexes the routes' names
beside its other places, so that a route's name in running text ("the Zangezur corridor", "the
Qazvin-Rasht-Astara railway", "INSTC") resolves to the route as a :class:`~rashomon.records.Place` with its
line. This module reads the table and finds what a name lookup cannot: a border named by its two sides ("the
border between Armenia and Iran", "the Iranian-Azeri border") or by one side and the sentence's actors
("Iran launched drills along the Azerbaijani border").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from rashomon.data import table_rows
from rashomon.errors import RashomonError

if TYPE_CHECKING:
    from rashomon.nlp.places import Gazetteer
    from rashomon.records import Place

__all__ = [
    "ROUTE_KINDS",
    "RouteRow",
    "distance_to_line_km",
    "find_route_mentions",
    "halfway",
    "read_route_files",
    "read_routes",
    "route_rows",
]

#: The kinds of route the table may hold; a Place whose feature is one of these is a route.
ROUTE_KINDS = frozenset({"corridor", "road", "railway", "pipeline", "border", "river border"})
BORDER_KINDS = frozenset({"border", "river border"})

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class RouteRow:
    """One row of a routes table. A waypoint is a point, or a place name the gazetteer reads in the
    route's countries."""

    name: str
    kind: str
    countries: tuple[str, ...]  # ISO3; a border's two sides
    waypoints: tuple[Point | str, ...]
    alternates: tuple[str, ...]
    source: str  # "routes.tsv:12", for errors about the row


_POINT = re.compile(r"(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)")


def read_routes(text: str, filename: str) -> list[RouteRow]:
    """The rows of a routes table; a ValueError naming ``filename``, the line and the problem otherwise."""
    rows: list[RouteRow] = []
    for n, cells in table_rows(text):
        where = f"{filename}:{n}"
        if len(cells) != 5:
            raise ValueError(f"{where}: expected 5 tab-separated columns (name, kind, countries, waypoints, "
                             f"alternates), got {len(cells)}")  # fmt: skip
        name, kind, countries, waypoints, alternates = (c.strip() for c in cells)
        if not name:
            raise ValueError(f"{where}: a route needs a name")
        if kind not in ROUTE_KINDS:
            raise ValueError(f"{where}: kind {kind!r} of {name} is not one of {', '.join(sorted(ROUTE_KINDS))}")
        codes = tuple(c.strip() for c in countries.split(";") if c.strip())
        if not codes or any(not re.fullmatch(r"[A-Z]{3}", c) for c in codes):
            raise ValueError(f"{where}: countries of {name} must be ';'-separated ISO 3166 alpha-3 codes, "
                             f"got {countries!r}")  # fmt: skip
        if kind in BORDER_KINDS and len(codes) < 2:
            raise ValueError(f"{where}: the border {name} needs the two countries it divides")
        points: list[Point | str] = []
        for raw_point in (w.strip() for w in waypoints.split(";")):
            if not raw_point:
                continue
            m = _POINT.fullmatch(raw_point)
            if m:
                lat, lon = float(m.group(1)), float(m.group(2))
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    raise ValueError(f"{where}: waypoint {raw_point!r} of {name} is out of range")
                points.append((lat, lon))
            elif any(c.isdigit() for c in raw_point):
                raise ValueError(f"{where}: waypoint {raw_point!r} of {name} is neither 'lat lon' nor a place name")
            else:
                points.append(raw_point)
        if len(points) < 2:
            raise ValueError(f"{where}: {name} needs at least two waypoints, got {len(points)}")
        alts = tuple(a.strip() for a in alternates.split(";") if a.strip())
        rows.append(RouteRow(name, kind, codes, tuple(points), alts, where))
    return rows


def route_rows(files: Iterable[str | Path] = ()) -> list[RouteRow]:
    """The built-in routes table, then the rows of the user's ``files`` (same format)."""
    builtin = resources.files("rashomon.data").joinpath("routes.tsv").read_text(encoding="utf-8")
    return read_routes(builtin, "routes.tsv") + read_route_files(files)


def read_route_files(files: Iterable[str | Path]) -> list[RouteRow]:
    """The rows of the user's routes tables; a RashomonError naming the file (and line) that is wrong."""
    rows: list[RouteRow] = []
    for f in files:
        path = Path(f)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise RashomonError(f"routes table {path}: cannot be read ({e})") from None
        try:
            rows.extend(read_routes(text, str(path)))
        except ValueError as e:
            raise RashomonError(f"routes table {e}") from None
    return rows


# ---------------------------------------------------------------------------------------------- geometry


def _km(a: Point, b: Point) -> float:
    from rashomon.nlp.places import distance_km

    return distance_km(a, b)


def halfway(line: Sequence[Point]) -> Point:
    """The point halfway along a line (by length): where a route stands when it must be one point."""
    legs = [_km(a, b) for a, b in pairwise(line)]
    todo = sum(legs) / 2
    for (a, b), leg in zip(pairwise(line), legs, strict=True):
        if leg >= todo and leg > 0:
            t = todo / leg
            return a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])
        todo -= leg
    return line[0]


def distance_to_line_km(point: Point, line: Sequence[Point]) -> float:
    """How far ``point`` is from the nearest part of ``line`` (each leg read as straight in a local plane,
    which is close enough at the scale of a region)."""
    best = math.inf
    lat0 = math.radians(point[0])
    kx, ky = 111.32 * math.cos(lat0), 110.57  # km per degree of longitude, latitude here

    def xy(p: Point) -> tuple[float, float]:
        return (p[1] - point[1]) * kx, (p[0] - point[0]) * ky

    if len(line) == 1:
        return _km(point, line[0])
    for a, b in pairwise(line):
        (ax, ay), (bx, by) = xy(a), xy(b)
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        t = 0.0 if length2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length2))
        best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


# ---------------------------------------------------------------------------------------------- finding

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: Words right before a route (up to three words back, past "the", "its", adjectives) that make it where
#: something happens rather than what is talked about: "drills along the border", "trucks on the road".
LOCATIVE = frozenset({"in", "near", "at", "along", "on", "across", "through", "via", "into", "over", "from",
                      "to", "towards", "toward", "by", "beside", "alongside", "inside"})  # fmt: skip
_BORDER_BETWEEN = re.compile(
    r"\bborders?\s+between\s+(?:the\s+)?(?P<a>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
)
_BORDER_PAIR = re.compile(
    r"\b(?P<a>[A-Z][\w’']*)\s*[-–‑‐—]\s*(?P<b>[A-Z][\w’']*)(?:\s+[\w-]+){0,3}?\s+borders?\b"
)
#: One side, after a determiner, so that the verb is left alone ("the Azerbaijani border"; not "Iran borders")
_BORDER_ONE = re.compile(r"\b(?i:the|its|their|our|his|her)\s+(?P<a>[A-Z][\w’']*)\s+borders?\b")
_BORDER_WITH = re.compile(r"\bborders?\s+with\s+(?:the\s+)?(?P<a>[A-Z][\w’']*(?:\s+[A-Z][\w’']*)?)")


@dataclass(frozen=True, slots=True)
class RouteMention:
    place: Place
    locative: bool  # after a locative preposition ("along the ... border")


def find_route_mentions(
    text: str,
    gazetteer: Gazetteer,
    sides: Sequence[str] = (),
    near: Sequence[Point] = (),
    start: int = 0,
    end: int | None = None,
) -> list[RouteMention]:
    """The routes named in ``text[start:end]``, in text order: routes by name (any case for a name of two
    words or more), borders by their two sides, and borders by one side ("the Azerbaijani border", "its
    border with Azerbaijan") whose other side is the first of ``sides`` (ISO3: the sentence's actors, then
    the document's countries) that has a border with it in the table, the nearest to ``near`` (points the
    document has placed) when several have."""
    end = len(text) if end is None else end
    found: list[tuple[int, int, Place]] = []
    # the words' keys first, their offsets only in a sentence where some word starts a route's name (few do)
    keys = list(map(gazetteer.route_word_key, _WORD.findall(text, start, end)))
    words: list[tuple[int, int]] = []
    i = 0
    firsts = gazetteer.route_first_words
    while i < len(keys):
        if keys[i].split(" ", 1)[0] not in firsts:
            i += 1  # no route's name starts with this word
            continue
        if not words:
            words = [m.span() for m in _WORD.finditer(text, start, end)]
        hit = None
        for j in range(min(len(keys), i + gazetteer.longest_route_name), i, -1):
            if keys[i] == "the":
                break
            key = " ".join(keys[i:j])
            cand = gazetteer.route_named(key, text[words[i][0] : words[j - 1][1]])
            if cand is not None:
                hit = (j, cand)
                break
        if hit is None:
            i += 1
            continue
        j, cand = hit
        found.append((words[i][0], words[j - 1][1], cand.place(words[i][0], words[j - 1][1])))
        i = j
    for a, b, place in _borders(text, start, end, gazetteer, sides, near):
        if not any(s < b and a < e for s, e, _p in found):
            found.append((a, b, place))
    found.sort(key=lambda f: f[0])
    return [RouteMention(p, _locative(text, s, start)) for s, _e, p in found]


def _borders(text: str, start: int, end: int, gaz: Gazetteer, sides: Sequence[str],
             near: Sequence[Point]) -> Iterator[tuple[int, int, Place]]:  # fmt: skip
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    for pattern in (_BORDER_BETWEEN, _BORDER_PAIR):
        for m in pattern.finditer(text, start, end):
            a, b = gaz.country_of(m.group("a")), gaz.country_of(m.group("b"))
            if a and b and a != b and free(m.start(), m.end()):
                cand = gaz.border(a, b, near)
                if cand is not None:
                    taken.append((m.start(), m.end()))
                    yield m.start(), m.end(), cand.place(m.start(), m.end())
    for pattern in (_BORDER_ONE, _BORDER_WITH):
        for m in pattern.finditer(text, start, end):
            if not free(m.start(), m.end()):
                continue
            a = gaz.country_of(m.group("a"))
            if not a:
                continue
            others = [s for s in dict.fromkeys(sides) if s != a]
            cand = gaz.border(a, others[0], near, among=others) if others else None
            if cand is not None:
                taken.append((m.start(), m.end()))
                yield m.start(), m.end(), cand.place(m.start(), m.end())


_SKIPPABLE = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"})


def _locative(text: str, at: int, start: int) -> bool:
    """Whether a locative preposition stands within three words before ``at``: "along the Azerbaijani
    border", "on its northwestern border", "near the Iranian border"."""
    before = [m.group() for m in _WORD.finditer(text, max(start, at - 60), at)][-4:]
    for w in reversed(before):
        low = w.lower()
        if low in LOCATIVE:
            return True
        if low not in _SKIPPABLE and not low.endswith(("ern", "ly")) and not w[:1].isupper():
            return False
    return False
