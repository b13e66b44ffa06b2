"""GeoJSON export: RFC 7946 FeatureCollections that validate, with routes as LineStrings."""

from __future__ import annotations

import io
import json

import pytest

from rashomon.export.geo import events_geojson
from rashomon.nlp.routes import ROUTE_KINDS
from rashomon.store import Store

jsonschema = pytest.importorskip("jsonschema", reason="the GeoJSON check needs jsonschema (pip install 'rashomon[dev]')")

_POSITION = {"type": "array", "minItems": 2, "maxItems": 3,
             "prefixItems": [{"type": "number", "minimum": -180, "maximum": 180},
                             {"type": "number", "minimum": -90, "maximum": 90}]}  # fmt: skip
#: The part of RFC 7946 the export uses: Points and LineStrings in a FeatureCollection, properties an object.
GEOJSON = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "geometry", "properties"],
                "properties": {
                    "type": {"const": "Feature"},
                    "properties": {"type": "object"},
                    "geometry": {
                        "oneOf": [
                            {"type": "object", "required": ["type", "coordinates"],
                             "properties": {"type": {"const": "Point"}, "coordinates": _POSITION}},
                            {"type": "object", "required": ["type", "coordinates"],
                             "properties": {"type": {"const": "LineString"},
                                            "coordinates": {"type": "array", "minItems": 2, "items": _POSITION}}},
                        ]
                    },
                },
            },
        },
    },
}  # fmt: skip


def test_the_schema_refuses_what_is_not_geojson() -> None:
    bad = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[46.0, 39.0]]}}]}  # fmt: skip
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, GEOJSON)
    swapped = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [46.0, 139.0]}}]}  # fmt: skip
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(swapped, GEOJSON)


def test_events_geojson_validates_with_routes_as_linestrings(caucasus_store: Store) -> None:
    out = io.StringIO()
    n = events_geojson(caucasus_store, out)
    doc = json.loads(out.getvalue())
    jsonschema.validate(doc, GEOJSON)
    assert n == len(doc["features"]) > 0
    lines = [f for f in doc["features"] if f["geometry"]["type"] == "LineString"]
    points = [f for f in doc["features"] if f["geometry"]["type"] == "Point"]
    assert lines and points
    assert all(f["properties"]["feature"] in ROUTE_KINDS for f in lines)
    assert not any(f["properties"]["feature"] in ROUTE_KINDS for f in points)
    border = next(f for f in lines if f["properties"]["place"] == "Azerbaijan–Iran border")
    # [lon, lat]: the border runs from the Armenian tripoint east of Meghri to Astara on the Caspian
    (lon0, lat0), (lon1, lat1) = border["geometry"]["coordinates"][0], border["geometry"]["coordinates"][-1]
    assert 46 < lon0 < 47 and 38.5 < lat0 < 39.2 and 48.5 < lon1 < 49 and 38 < lat1 < 38.7
