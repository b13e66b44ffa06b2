"""Incremental examine: the caucasus record added a few documents at a time, and re-coded in part, is
examined to exactly what a full examination gives; only the touched claims are re-weighed."""

from __future__ import annotations

import io
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from rashomon.engine.examine import examine_stored
from rashomon.engine.sink import load_dataset
from rashomon.export import get_exporter
from rashomon.store import Store, dataset


def _exports(store: Store) -> dict[str, str]:
    out = {}
    for what in ("claims", "framing", "coverage"):
        buf = io.StringIO()
        get_exporter(what, "jsonl")(store, buf)
        out[what] = buf.getvalue()
    return out


def _batches(caucasus_store: Store, folder: Path, groups: list[list[int]]) -> list[Path]:
    """The caucasus store as several datasets, each with the documents of one group (by position)."""
    whole = folder / "whole"
    dataset.write(caucasus_store, whole, tag="20260101T000000Z-000000")
    hashes = [r[0] for r in caucasus_store.conn.execute("SELECT content_hash FROM documents ORDER BY id")]
    out = []
    for n, group in enumerate(groups):
        keep = [hashes[i] for i in group]
        part = folder / f"batch{n}"
        for table in dataset.SCHEMAS:
            src = whole / table / "run=20260101T000000Z-000000" / "part-0.parquet"
            rows = pq.read_table(src)
            column = "content_hash" if table == "documents" else "document"
            target = part / table / f"run=2026010{n + 1}T000000Z-000000"
            target.mkdir(parents=True)
            pq.write_table(rows.filter(pc.is_in(rows[column], value_set=pa.array(keep))),
                           target / "part-0.parquet")  # fmt: skip
        out.append(part)
    return out


def _firsts_as_listed(store: Store) -> None:
    """The first statements the examine stage's writer listed for each claim are those the views would
    work out from its events (the window query a claim's own page runs), up to FIRST_STATEMENTS."""
    from rashomon.report import queries
    from rashomon.store.schema import FIRST_STATEMENTS

    ids = [r[0] for r in store.conn.execute("SELECT id FROM clusters ORDER BY id")]
    assert ids
    listed = queries.statements(store.conn, ids, per_claim=FIRST_STATEMENTS)
    worked_out = queries.statements(store.conn, ids, per_claim=FIRST_STATEMENTS + 1)
    assert listed == {c: said[:FIRST_STATEMENTS] for c, said in worked_out.items()}
    assert set(listed) == set(ids)


@pytest.mark.parametrize("ledgers", ["large claims", "every undated claim", "every claim's firsts from its listed ones"])
def test_incremental_examine_after_several_batches_equals_a_full_one(caucasus_store, tmp_path, monkeypatch, ledgers):
    if ledgers != "large claims":  # the caucasus claims are small: keep a ledger for each, to grow from
        monkeypatch.setattr("rashomon.examine.stage.MIN_EVENTS", 1)
        monkeypatch.setattr("rashomon.examine.grow.MIN_EVENTS", 1)
    if ledgers == "every claim's firsts from its listed ones":  # as the large claims of a large store are
        monkeypatch.setattr("rashomon.store.examine.SMALL_CLAIM", 0)
        monkeypatch.setattr("rashomon.store.examine.FIRST_STATEMENTS", 2)
        monkeypatch.setattr("rashomon.store.schema.FIRST_STATEMENTS", 2)
    store = Store(tmp_path / "grown.db")
    reports = [load_dataset(store, part).examined
               for part in _batches(caucasus_store, tmp_path, [[2], [0, 4], [1], [3]])]  # fmt: skip
    assert all(r is not None for r in reports)
    modes = [r.mode for r in reports if r is not None]
    assert modes == ["full", "incremental", "incremental", "incremental"]
    grown = _exports(store)
    # the later batches touched only some blocks: the others were left as they were
    total_blocks = store.conn.execute("SELECT count(DISTINCT block) FROM clusters").fetchone()[0]
    assert all(0 < r.blocks < total_blocks for r in reports[1:] if r is not None)
    # and in some, undated events only joined a block's undated claim, which grew without re-linking its block
    assert all(r.grown < r.blocks for r in reports[1:] if r is not None)
    assert sum(r.grown for r in reports[1:] if r is not None) > 0, [r.grown for r in reports if r is not None]
    # of those, some grew from their ledgers (only claims of MIN_EVENTS events keep one)
    assert (sum(r.ledgered for r in reports if r is not None) > 0) == (ledgers != "large claims")
    _firsts_as_listed(store)
    full = examine_stored(store, full=True)
    assert full.mode == "full"
    assert _exports(store) == grown
    _firsts_as_listed(store)
    # and the same claims as the store coded in one go (row ids differ: the documents came in another order)
    claims = "SELECT claim, status, label, mentions FROM clusters ORDER BY claim"
    assert store.conn.execute(claims).fetchall() == caucasus_store.conn.execute(claims).fetchall()


def test_events_and_tone_mentions_that_go_away_are_re_weighed(caucasus_store, tmp_path):
    store = Store(tmp_path / "s.db")
    dataset.write(caucasus_store, tmp_path / "ds")
    load_dataset(store, tmp_path / "ds")
    # a document re-coded to fewer events and tone mentions, as save_analysis replaces them
    doc = store.conn.execute("SELECT document_id FROM events GROUP BY document_id ORDER BY count(*) DESC").fetchone()[0]
    with store.transaction() as conn:
        conn.execute("DELETE FROM events WHERE document_id = ? AND id % 3 = 0", (doc,))
        conn.execute("DELETE FROM tone_mentions WHERE document_id = ? AND id % 2 = 0", (doc,))
    stale = store.conn.execute("SELECT kind, count(*) FROM examine_stale GROUP BY kind").fetchall()
    assert dict(stale) == {"block": dict(stale)["block"], "document": 1} and dict(stale)["block"] > 0
    report = examine_stored(store)
    assert report.mode == "incremental" and report.blocks == dict(stale)["block"]
    assert store.conn.execute("SELECT count(*) FROM examine_stale").fetchone()[0] == 0
    incremental = _exports(store)
    _firsts_as_listed(store)
    examine_stored(store, full=True)
    assert _exports(store) == incremental
    # nothing changed since: an examination re-weighs nothing
    nothing = examine_stored(store)
    assert (nothing.mode, nothing.blocks, nothing.weighed) == ("incremental", 0, 0)
    assert _exports(store) == incremental


def test_an_update_links_events_in_the_order_a_full_examination_reads_them(caucasus_store, tmp_path, monkeypatch):
    """Linking keeps the order of events it cannot tell apart (undated ones; a claim no one asserts takes
    its type from the first of equally common ones): old and added events must come in id order, not
    added ones first (at 100,000 synthetic documents that changed claims)."""
    import rashomon.engine.examine as runner

    store = Store(tmp_path / "s.db")
    parts = _batches(caucasus_store, tmp_path, [[2], [0, 1, 3, 4]])
    load_dataset(store, parts[0])
    seen: list[list[int]] = []
    real = runner.examine_blocks

    def spy(sources, events, blocks):  # type: ignore[no-untyped-def]
        events = list(events)
        seen.append([ev.id for ev in events])
        return real(sources, events, blocks)

    monkeypatch.setattr(runner, "examine_blocks", spy)
    load_dataset(store, parts[1])
    # (a second call links again whole the blocks whose added events left them one dated group)
    assert seen and all(ids == sorted(ids) for ids in seen)
    old = store.conn.execute("SELECT max(e.id) FROM events e JOIN documents d ON d.id = e.document_id "
                             "WHERE d.id = 1").fetchone()[0]  # fmt: skip
    assert any(min(ids) <= old < max(ids) for ids in seen), "the update re-weighed old events with the added ones"
