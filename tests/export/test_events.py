"""`export events` in every format, on the caucasus articles: the files load in pandas and DuckDB."""

from __future__ import annotations

import io
import json

import pytest

from rashomon.export import get_exporter
from rashomon.export.events import FLAT_COLUMNS, GDELT_COLUMNS


def _text(store, fmt):
    buf = io.StringIO()
    n = get_exporter("events", fmt)(store, buf)
    return n, buf.getvalue()


def test_plover_jsonl_records(caucasus_store):
    n, text = _text(caucasus_store, "plover-jsonl")
    records = [json.loads(line) for line in text.splitlines()]
    assert len(records) == n > 50
    for r in records:
        assert {"id", "date", "event", "mode", "context", "source", "target", "eventText", "text", "eventLoc",
                "cameo", "goldstein", "quad_class", "confidence", "provenance"} <= set(r)
        assert 0.0 < r["confidence"] <= 1.0
        assert r["text"] and r["eventText"] and r["eventText"] in r["text"]
        assert r["quad_class"] in (1, 2, 3, 4)
        prov = r["provenance"]
        assert prov["modality"] in ("asserted", "denied", "disputed", "hedged", "planned", "hypothetical", "asked")
        assert 0 <= prov["start"] < prov["end"]
        if prov["segment"] == "comment":
            assert prov["holder"] == "reader comment"
    # every evidence span is the stored text of its document
    docs = {d.name: d for _, d in caucasus_store.documents()}
    for r in records[:40]:
        prov = r["provenance"]
        assert docs[prov["document"]].text[prov["start"] : prov["end"]] == r["text"]


def test_csv_and_gdelt_load_in_pandas(caucasus_store, tmp_path):
    pd = pytest.importorskip("pandas")
    n, text = _text(caucasus_store, "csv")
    frame = pd.read_csv(io.StringIO(text))
    assert list(frame.columns) == FLAT_COLUMNS and len(frame) == n
    n, text = _text(caucasus_store, "gdelt-tsv")
    gdelt = pd.read_csv(io.StringIO(text), sep="\t", header=None, names=GDELT_COLUMNS, dtype=str, quoting=3)
    assert len(gdelt) == n and len(GDELT_COLUMNS) == 61
    assert set(gdelt["QuadClass"]) <= {"1", "2", "3", "4"}
    assert gdelt["EventRootCode"].str.len().eq(2).all()


def test_parquet_loads_in_pandas_and_duckdb(caucasus_store, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    pd = pytest.importorskip("pandas")
    path = tmp_path / "events.parquet"
    with path.open("wb") as fh:
        n = get_exporter("events", "parquet")(caucasus_store, fh)
    assert len(pd.read_parquet(path)) == n
    con = duckdb.connect()
    rows = con.execute(f"SELECT event, count(*) FROM read_parquet('{path}') GROUP BY event").fetchall()
    assert sum(c for _, c in rows) == n
    # and the store itself opens in DuckDB's SQLite reader? not needed: it is a plain SQLite file


def test_a_joint_act_is_the_gdelt_dyad_of_its_two_actors():
    from rashomon.export.events import gdelt_row

    def actor(code, name):
        return {"code": code, "name": name, "text": name, "country": code[:3], "kind": "country", "sector": code[3:] or None}

    joint = {"id": 7, "date": "2021-10-04", "date_precision": "day", "published": "2021-10-05", "segment": 1,
             "source": [actor("ARM", "Armenia"), actor("AZE", "Azerbaijan")], "target": [], "cameo": "046",
             "quad_class": 1, "goldstein": 7.0, "place_name": None, "url": None, "document": "a.txt"}  # fmt: skip
    row = dict(zip(GDELT_COLUMNS, gdelt_row(joint, "20211005"), strict=True))
    assert (row["Actor1Code"], row["Actor2Code"]) == ("ARM", "AZE")
    # a named target still comes first; one actor alone has no second
    aimed = {**joint, "target": [actor("RUS", "Russia")]}
    assert dict(zip(GDELT_COLUMNS, gdelt_row(aimed, "20211005"), strict=True))["Actor2Code"] == "RUS"
    alone = {**joint, "source": [actor("ARM", "Armenia")]}
    assert dict(zip(GDELT_COLUMNS, gdelt_row(alone, "20211005"), strict=True))["Actor2Code"] == ""


def test_a_group_coded_by_a_region_has_the_region_as_its_gdelt_country():
    from rashomon.export.events import gdelt_row

    lra = {"code": "CFRREB", "name": "Lord's Resistance Army", "text": "the LRA", "country": None, "kind": "organisation",
           "sector": "REB"}  # fmt: skip
    village = {"code": "UGACVL", "name": "Uganda", "text": "villagers", "country": "UGA", "kind": "country", "sector": "CVL"}
    event = {"id": 8, "date": "2021-10-04", "date_precision": "day", "published": "2021-10-05", "segment": 1,
             "source": [lra], "target": [village], "cameo": "190", "quad_class": 4, "goldstein": -10.0,
             "place_name": None, "url": None, "document": "a.txt"}  # fmt: skip
    row = dict(zip(GDELT_COLUMNS, gdelt_row(event, "20211005"), strict=True))
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("CFRREB", "CFR", "REB")
    assert row["Actor2CountryCode"] == "UGA"
