"""Events with a place as GeoJSON (RFC 7946): one feature per event, for QGIS and other GIS tools: a Point, or
a LineString when the place is a route (a corridor, road, railway, pipeline or border)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from rashomon.export import register
from rashomon.store import Store
from rashomon.store.events import event_rows


def event_feature(e: dict[str, Any]) -> dict[str, Any] | None:
    """An event as a GeoJSON Feature at its place ([lon, lat], WGS 84): a LineString along a route, else a
    Point; None when it has no place."""
    if e["place_lat"] is None or e["place_lon"] is None:
        return None
    line = e.get("place_line")
    geometry: dict[str, Any] = (
        {"type": "LineString", "coordinates": [[round(lon, 5), round(lat, 5)] for lon, lat in line]}
        if line and len(line) >= 2
        else {"type": "Point", "coordinates": [round(e["place_lon"], 5), round(e["place_lat"], 5)]}
    )
    return {
        "type": "Feature",
        "geometry": geometry,
        "properties": {
            "id": e["event_key"],
            "date": e["date"],
            "date_precision": e["date_precision"],
            "event": e["event"],
            "cameo": e["cameo"],
            "goldstein": e["goldstein"],
            "quad_class": e["quad_class"],
            "source": "; ".join(a["code"] or a["text"] for a in e["source"]),
            "target": "; ".join(a["code"] or a["text"] for a in e["target"]),
            "modality": e["modality"],
            "confidence": e["confidence"],
            "place": e["place_name"],
            "country": e["place_country"],
            "feature": e["place_feature"],
            "document": e["document"],
            "outlet": e["outlet"],
            "text": e["sentence"],
        },
    }


@register("events", "geojson")
def events_geojson(store: Store, out: TextIO, min_confidence: float = 0.0) -> int:
    """A FeatureCollection of the events that name a place; events without one are left out."""
    out.write('{"type":"FeatureCollection","features":[\n')
    n = 0
    for e in event_rows(store, min_confidence):
        feature = event_feature(e)
        if feature is None:
            continue
        out.write(("," if n else "") + json.dumps(feature, ensure_ascii=False) + "\n")
        n += 1
    out.write("]}\n")
    return n
