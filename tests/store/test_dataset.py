"""The Parquet dataset: the caucasus store written out and loaded back gives the same record; DuckDB and
pandas read it as it is; a folder that is no dataset is a clear error and changes nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rashomon.engine.sink import load_dataset
from rashomon.errors import StoreError
from rashomon.export import get_exporter
from rashomon.store import Store, dataset


def _exports(store: Store) -> dict[str, str]:
    out = {}
    for what, fmt in (("events", "plover-jsonl"), ("claims", "jsonl"), ("documents", "jsonl"), ("framing", "jsonl")):
        buf = io.StringIO()
        get_exporter(what, fmt)(store, buf)
        out[what] = buf.getvalue()
    return out


def test_written_and_loaded_back_the_record_is_the_same(caucasus_store, tmp_path):
    counts = dataset.write(caucasus_store, tmp_path / "ds", tag="20260101T000000Z-aaaaaa")
    assert counts["documents"] == 5 and counts["events"] == caucasus_store.conn.execute(
        "SELECT count(*) FROM events").fetchone()[0]  # fmt: skip
    assert counts["event_actors"] > 0 and counts["mentions"] > 0 and counts["segments"] > 0
    fresh = Store(tmp_path / "loaded.db")
    report = load_dataset(fresh, tmp_path / "ds")
    assert (report.loaded.runs, report.loaded.documents_added, report.loaded.documents_known) == (1, 5, 0)
    assert _exports(fresh) == _exports(caucasus_store)
    # a second run's partition of the same documents adds nothing, and loading again keeps what is stored
    dataset.write(caucasus_store, tmp_path / "ds", tag="20260102T000000Z-bbbbbb")
    again = load_dataset(fresh, tmp_path / "ds")
    assert (again.loaded.runs, again.loaded.documents_added, again.loaded.documents_known, again.examined) == (2, 0, 10, None)
    assert _exports(fresh) == _exports(caucasus_store)
    assert [r["status"] for r in fresh.runs()] == ["completed", "completed"]
    fresh.close()


def test_duckdb_and_pandas_read_the_dataset_as_it_is(caucasus_store, tmp_path):
    duckdb = pytest.importorskip("duckdb", reason="duckdb is a test tool (pip install 'rashomon[dev]')")
    pd = pytest.importorskip("pandas", reason="pandas is a test tool (pip install 'rashomon[dev]')")
    dataset.write(caucasus_store, tmp_path / "ds", tag="20260101T000000Z-cccccc")
    events = caucasus_store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    got = duckdb.sql(
        f"SELECT run, count(*) FROM read_parquet('{tmp_path / 'ds'}/events/**/*.parquet', hive_partitioning = true) "
        "GROUP BY run"
    ).fetchall()
    assert got == [("20260101T000000Z-cccccc", events)]
    frame = pd.read_parquet(tmp_path / "ds" / "documents")
    assert len(frame) == 5 and set(frame["content_hash"]) == {
        r[0] for r in caucasus_store.conn.execute("SELECT content_hash FROM documents")}  # fmt: skip


def test_a_folder_that_is_no_dataset_is_refused_by_name(tmp_path):
    store = Store(tmp_path / "s.db")
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="empty: is not a rashomon Parquet dataset"):
        load_dataset(store, tmp_path / "empty")
    assert store.runs()[-1]["status"] == "failed" and store.count("documents") == 0


def test_a_table_that_is_not_ours_is_refused_and_nothing_is_half_loaded(caucasus_store, tmp_path: Path):
    ds = tmp_path / "ds"
    dataset.write(caucasus_store, ds, tag="20260101T000000Z-dddddd")
    events = ds / "events" / "run=20260101T000000Z-dddddd" / "part-0.parquet"
    table = pq.read_table(events).drop_columns(["cameo"])
    pq.write_table(table, events)
    store = Store(tmp_path / "s.db")
    with pytest.raises(StoreError, match=r"lacks the column.*cameo"):
        load_dataset(store, ds)
    assert store.count("documents") == 0
    events.write_bytes(b"not parquet")
    with pytest.raises(StoreError, match=r"part-0\.parquet: is not a Parquet file"):
        load_dataset(store, ds)
