"""Events as PLOVER JSONL, GDELT 2.0 event TSV, CSV and Parquet."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from typing import Any, BinaryIO, TextIO

from rashomon.export import register, write_jsonl
from rashomon.nlp.actors import REGIONS
from rashomon.records import ActorMention, Document, Event
from rashomon.store import Store
from rashomon.store.events import event_rows


def _actor(a: dict[str, Any]) -> dict[str, Any]:
    return {
        "actorText": a["text"],
        "code": a["code"],
        "sector": a["sector"],
        "country": a["country"],
        "name": a["name"],
        "resolved": a["code"] is not None,
        "loaded": bool(a["loaded"]),
    }


def event_row(ev: Event, doc: Document, event_id: int = 0) -> dict[str, Any]:
    """An Event not (yet) in a store, in the shape :func:`event_rows` reads from one."""

    def actor(m: ActorMention) -> dict[str, Any]:
        a = m.actor
        return {"text": m.text, "start": m.start, "end": m.end, "code": a.code if a else None,
                "country": a.country if a else None, "sector": a.sector if a else None,
                "name": a.name if a else None, "kind": a.kind if a else None, "loaded": int(m.loaded), "via": m.via}  # fmt: skip

    place = ev.place
    return {
        "id": event_id, "event_key": ev.id, "date": ev.date.value if ev.date else None,
        "date_precision": ev.date.precision if ev.date else None, "event": ev.event, "mode": ev.mode,
        "context": list(ev.context), "cameo": ev.cameo, "goldstein": ev.goldstein, "quad_class": ev.quad_class,
        "confidence": ev.confidence,
        "source": [actor(m) for m in ev.source], "target": [actor(m) for m in ev.target],
        "trigger_text": doc.text[ev.trigger_start : ev.trigger_end],
        "sentence": doc.text[ev.sentence_start : ev.sentence_end],
        "place_name": place.name if place else None, "place_lat": place.lat if place else None,
        "place_lon": place.lon if place else None, "place_country": place.country if place else None,
        "place_feature": place.feature if place else None,
        "document": doc.name, "content_hash": doc.content_hash, "outlet": doc.outlet, "authors": list(doc.authors),
        "url": doc.url, "published": doc.published.value if doc.published else None,
        "segment_kind": str(ev.segment_kind), "segment": ev.segment,
        "sentence_start": ev.sentence_start, "sentence_end": ev.sentence_end, "holder": ev.holder,
        "speaker_text": ev.speaker.text if ev.speaker else None,
        "speaker_code": ev.speaker.actor.code if ev.speaker and ev.speaker.actor else None,
        "modality": ev.modality,
    }  # fmt: skip


def plover_record(e: dict[str, Any]) -> dict[str, Any]:
    """One event in the PLOVER record shape, with CAMEO figures and its provenance."""
    loc = None
    if e["place_name"] is not None:
        loc = {"name": e["place_name"], "lat": e["place_lat"], "lon": e["place_lon"], "country": e["place_country"]}
    return {
        "id": e["event_key"],
        "date": e["date"],
        "date_precision": e["date_precision"],
        "event": e["event"],
        "mode": e["mode"],
        "context": e["context"],
        "source": [_actor(a) for a in e["source"]],
        "target": [_actor(a) for a in e["target"]],
        "eventText": e["trigger_text"],
        "text": e["sentence"],
        "eventLoc": loc,
        "cameo": e["cameo"],
        "goldstein": e["goldstein"],
        "quad_class": e["quad_class"],
        "confidence": e["confidence"],
        "provenance": {
            "document": e["document"],
            "content_hash": e["content_hash"],
            "outlet": e["outlet"],
            "author": ", ".join(e["authors"]) or None,
            "segment": e["segment_kind"],
            "segment_index": e["segment"],
            "start": e["sentence_start"],
            "end": e["sentence_end"],
            "holder": e["holder"],
            "speaker": {"text": e["speaker_text"], "code": e["speaker_code"]} if e["speaker_text"] else None,
            "modality": e["modality"],
        },
    }


@register("events", "plover-jsonl")
def events_plover_jsonl(store: Store, out: TextIO, min_confidence: float = 0.0) -> int:
    return write_jsonl((plover_record(e) for e in event_rows(store, min_confidence)), out)


FLAT_COLUMNS = [
    "id", "date", "date_precision", "event", "mode", "context", "cameo", "goldstein", "quad_class", "confidence",
    "source_code", "source_text", "target_code", "target_text", "modality", "holder", "speaker_text",
    "speaker_code", "place_name", "place_lat", "place_lon", "place_country", "event_text", "text",
    "document", "outlet", "author", "segment", "start", "end",
]  # fmt: skip


def flat_record(e: dict[str, Any]) -> dict[str, Any]:
    """One row per event: several actors of a role joined with "; " (unresolved ones as empty codes)."""
    return {
        "id": e["event_key"],
        "date": e["date"],
        "date_precision": e["date_precision"],
        "event": e["event"],
        "mode": e["mode"],
        "context": ";".join(e["context"]),
        "cameo": e["cameo"],
        "goldstein": e["goldstein"],
        "quad_class": e["quad_class"],
        "confidence": e["confidence"],
        "source_code": "; ".join(a["code"] or "" for a in e["source"]),
        "source_text": "; ".join(a["text"] for a in e["source"]),
        "target_code": "; ".join(a["code"] or "" for a in e["target"]),
        "target_text": "; ".join(a["text"] for a in e["target"]),
        "modality": e["modality"],
        "holder": e["holder"],
        "speaker_text": e["speaker_text"],
        "speaker_code": e["speaker_code"],
        "place_name": e["place_name"],
        "place_lat": e["place_lat"],
        "place_lon": e["place_lon"],
        "place_country": e["place_country"],
        "event_text": e["trigger_text"],
        "text": e["sentence"],
        "document": e["document"],
        "outlet": e["outlet"],
        "author": ", ".join(e["authors"]),
        "segment": e["segment_kind"],
        "start": e["sentence_start"],
        "end": e["sentence_end"],
    }


@register("events", "csv")
def events_csv(store: Store, out: TextIO, min_confidence: float = 0.0) -> int:
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for e in event_rows(store, min_confidence):
        writer.writerow(flat_record(e))
        n += 1
    return n


@register("events", "parquet", binary=True)
def events_parquet(store: Store, out: BinaryIO, min_confidence: float = 0.0) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat_record(e) for e in event_rows(store, min_confidence)]
    types = {"goldstein": pa.float64(), "quad_class": pa.int8(), "confidence": pa.float64(), "place_lat": pa.float64(),
             "place_lon": pa.float64(), "start": pa.int64(), "end": pa.int64()}  # fmt: skip
    schema = pa.schema([(c, types.get(c, pa.string())) for c in FLAT_COLUMNS])
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, out)
    return len(rows)


# GDELT 2.0 event table: the 61 columns in order (http://data.gdeltproject.org/documentation/)
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{p}Geo_{f}" for p in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]
    + ["DATEADDED", "SOURCEURL"]
)  # fmt: skip
_GEO_TYPE = {"country": "1", "city": "4", "admin": "5", "region": "5"}


def _gdelt_date(e: dict[str, Any]) -> date | None:
    value = e["date"] if e["date_precision"] in ("day", "publication") else None
    if value is None and e["published"]:
        value = e["published"][:10]
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def gdelt_row(e: dict[str, Any], added: str) -> list[str]:
    row = dict.fromkeys(GDELT_COLUMNS, "")
    day = _gdelt_date(e)
    row["GLOBALEVENTID"] = str(e["id"])
    if day is not None:
        row["SQLDATE"] = day.strftime("%Y%m%d")
        row["MonthYear"] = day.strftime("%Y%m")
        row["Year"] = str(day.year)
        row["FractionDate"] = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
    sides = {role: [a for a in e[role] if a["code"]] for role in ("source", "target")}
    if not sides["target"] and sides["source"]:
        # a joint or reciprocal act ("talks between Armenia and Azerbaijan": both its actors, no target) is the
        # dyad of its first two actors (records.dyads), as GDELT codes a meeting
        sides["target"] = [a for a in sides["source"] if a["code"] != sides["source"][0]["code"]][:1]
    for n, role in ((1, "source"), (2, "target")):
        actors = sides[role]
        if actors:
            a = actors[0]
            row[f"Actor{n}Code"] = a["code"]
            row[f"Actor{n}Name"] = (a["name"] or a["text"]).upper()
            # (a group CAMEO codes by a region has that region's code there, as in GDELT: "CFRREB" CFR)
            row[f"Actor{n}CountryCode"] = a["country"] or (a["code"][:3] if a["code"][:3] in REGIONS else "")
            if a["kind"] in ("igo", "ngo"):
                row[f"Actor{n}KnownGroupCode"] = a["code"]
            row[f"Actor{n}Type1Code"] = a["sector"] or ""
    row["IsRootEvent"] = "1" if e["segment"] <= 2 else "0"
    row["EventCode"] = e["cameo"]
    row["EventBaseCode"] = e["cameo"][:3]
    row["EventRootCode"] = e["cameo"][:2]
    row["QuadClass"] = str(e["quad_class"])
    row["GoldsteinScale"] = f"{e['goldstein']:.1f}"
    row["NumMentions"] = row["NumSources"] = row["NumArticles"] = "1"
    if e["place_name"] is not None:
        row["ActionGeo_Type"] = _GEO_TYPE.get(e["place_feature"] or "", "4")
        row["ActionGeo_FullName"] = e["place_name"]
        row["ActionGeo_Lat"] = f"{e['place_lat']:.4f}"
        row["ActionGeo_Long"] = f"{e['place_lon']:.4f}"
    row["DATEADDED"] = added
    row["SOURCEURL"] = e["url"] or e["document"]
    return [str(row[c]).replace("\t", " ").replace("\n", " ") for c in GDELT_COLUMNS]


@register("events", "gdelt-tsv")
def events_gdelt_tsv(store: Store, out: TextIO, min_confidence: float = 0.0) -> int:
    """GDELT 2.0 event table rows (no header line, as GDELT ships them); empty where unknown.

    ActionGeo_CountryCode is left empty: GDELT writes FIPS 10-4 codes there and rashomon keeps ISO 3166.
    """
    added = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    n = 0
    for e in event_rows(store, min_confidence):
        out.write("\t".join(gdelt_row(e, added)) + "\n")
        n += 1
    return n
