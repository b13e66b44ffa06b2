"""Build ``rashomon/data/countries_110m.json`` (the views' offline base map) from a Natural Earth shapefile.

A maintenance tool, run once by hand; the views only read its output. Natural Earth's 1:110m admin-0
countries are public domain. One copy ships inside the geopandas 0.14 wheel
(``geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp`` with its ``.dbf``):

    python -m rashomon.report.make_basemap naturalearth_lowres.shp rashomon/data/countries_110m.json

The shapefile (polygon records) and dBase (attribute) formats are read here with ``struct``: no GIS library.
Coordinates are rounded to tenths of a degree (about 11 km, finer than the 1:110m source) and stored as
integers; rings left with fewer than four points are dropped.
"""

from __future__ import annotations

import itertools
import json
import struct
import sys
from pathlib import Path


def read_dbf(path: Path) -> list[dict[str, str]]:
    """The attribute rows of a dBase III file, as text."""
    data = path.read_bytes()
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields: list[tuple[str, int]] = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\x00", 1)[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for n in range(count):
        at = header_len + n * record_len + 1  # skip the deletion flag
        row = {}
        for name, length in fields:
            row[name] = data[at : at + length].decode("utf-8", "replace").strip()
            at += length
        rows.append(row)
    return rows


def read_polygons(path: Path) -> list[list[list[tuple[float, float]]]]:
    """The rings (lists of lon, lat) of each polygon record of a shapefile, in record order."""
    data = path.read_bytes()
    shapes: list[list[list[tuple[float, float]]]] = []
    pos = 100
    while pos < len(data):
        _, words = struct.unpack(">ii", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + 2 * words]
        pos += 8 + 2 * words
        kind = struct.unpack("<i", body[:4])[0]
        if kind not in (5, 15, 25):  # polygon, polygonZ, polygonM
            shapes.append([])
            continue
        parts, points = struct.unpack("<ii", body[36:44])
        starts = [*list(struct.unpack(f"<{parts}i", body[44:44 + 4 * parts])), points]
        xy = struct.unpack(f"<{2 * points}d", body[44 + 4 * parts : 44 + 4 * parts + 16 * points])
        rings = []
        for a, b in itertools.pairwise(starts):
            rings.append([(xy[2 * i], xy[2 * i + 1]) for i in range(a, b)])
        shapes.append(rings)
    return shapes


def simplify(ring: list[tuple[float, float]]) -> list[int]:
    """A ring as flat integer tenths of a degree, without repeated points."""
    out: list[int] = []
    for lon, lat in ring:
        x, y = round(lon * 10), round(lat * 10)
        if len(out) >= 2 and out[-2] == x and out[-1] == y:
            continue
        out += [x, y]
    return out if len(out) >= 8 else []


def build(shp: Path) -> dict[str, object]:
    rows = read_dbf(shp.with_suffix(".dbf"))
    shapes = read_polygons(shp)
    countries = []
    for row, rings in zip(rows, shapes, strict=True):
        kept = [r for r in (simplify(ring) for ring in rings) if r]
        if not kept:
            continue
        iso = row.get("iso_a3") or row.get("ISO_A3") or ""
        countries.append({"iso3": iso if iso != "-99" else "", "name": row.get("name") or row.get("NAME"), "rings": kept})
    return {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), rounded to 0.1 degree",
        "scale": 10,
        "countries": countries,
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    data = build(Path(argv[0]))
    Path(argv[1]).write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(data['countries'])} countries to {argv[1]}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
