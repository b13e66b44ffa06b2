"""The store: schema and migrations, one transaction per document, refusing files that are not ours."""

from __future__ import annotations

import sqlite3

import pytest

from rashomon.errors import StoreError
from rashomon.ingest.document import build_document
from rashomon.records import Problem, RawDocument
from rashomon.store import Store
from rashomon.store.schema import SCHEMA_VERSION

TEXT = "Envoys meet in Almaty\n\nBy Jane Roe\n\nThe two foreign ministers agreed on Friday to meet in Almaty next week."


def _doc(text: str = TEXT):
    return build_document(RawDocument(name="a.txt", reader="text", text=text))


def test_new_store_is_wal_versioned_and_enforces_foreign_keys(db_path):
    with Store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("INSERT INTO segments (document_id, ord, kind, start, \"end\") VALUES (999, 0, 'body', 0, 1)")


def test_save_is_idempotent_and_round_trips(fresh_store):
    doc = _doc()
    doc_id, created = fresh_store.save_document(doc, None, "a.txt")
    assert created
    again_id, created_again = fresh_store.save_document(doc, None, "copy-of-a.txt")
    assert (again_id, created_again) == (doc_id, False)
    assert fresh_store.count("documents") == 1
    assert fresh_store.count("document_inputs") == 2, "the second input of the same content is noted"
    back = fresh_store.document(doc_id)
    assert back is not None
    assert back.segments == doc.segments and back.text == doc.text and back.authors == ("Jane Roe",)


def test_a_failed_transaction_leaves_nothing(fresh_store):
    with pytest.raises(RuntimeError), fresh_store.transaction() as conn:
        conn.execute("INSERT INTO runs (started_at, status, version, inputs, options) VALUES ('x', 'running', '0', '[]', '{}')")
        raise RuntimeError("killed")
    assert fresh_store.count("runs") == 0


def test_runs_record_problems_and_interrupted_runs(fresh_store):
    run = fresh_store.begin_run(["a"], {})
    fresh_store.record_problem(run, Problem("a", "is empty"))
    # a run left 'running' by a process that is gone becomes 'interrupted' when the next run begins
    fresh_store.conn.execute("UPDATE runs SET pid = 999999999 WHERE id = ?", (run,))
    second = fresh_store.begin_run(["b"], {})
    runs = {r["id"]: r for r in fresh_store.runs()}
    assert runs[run]["status"] == "interrupted"
    assert runs[second]["status"] == "running"
    assert fresh_store.problems(run) == [Problem("a", "is empty")]


def test_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("my precious notes")
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store(path)
    assert path.read_text() == "my precious notes"


def test_refuses_another_programs_database(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE mine (x)")
    conn.execute("INSERT INTO mine VALUES (1)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="another program"):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT x FROM mine").fetchall() == [(1,)]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0


def test_refuses_a_newer_schema(db_path):
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer rashomon"):
        Store(db_path)


def test_readonly_store_refuses_writes_and_missing_files(db_path, tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.db", readonly=True)
    Store(db_path).close()
    with Store(db_path, readonly=True) as store, pytest.raises(StoreError, match="read-only"):
        store.save_document(_doc())


def test_accepts_an_open_connection():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    store = Store(conn)
    store.save_document(_doc())
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def _store_at(db_path, version: int) -> sqlite3.Connection:
    """A connection to a new store at schema ``version``, as an older rashomon wrote it."""
    from rashomon.store.schema import APPLICATION_ID, MIGRATIONS

    conn = sqlite3.connect(db_path)
    for number, script in enumerate(MIGRATIONS[:version]):
        conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {number + 1}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return conn


def test_upgrading_a_schema_3_store_keeps_its_tones(db_path):
    """A store written before tones had voices opens with every tone kept, as the whole part's tone."""
    conn = _store_at(db_path, 3)
    conn.execute(
        "INSERT INTO documents (id, content_hash, name, reader, text, language, analysable, created_at) "
        "VALUES (1, 'h', 'a.txt', 'text', 'Iran is bad.', 'en', 1, '2021-01-01')"
    )
    conn.execute("INSERT INTO tones (document_id, part, code, tone, mentions, evidence) VALUES (1, 'article', 'IRN', -0.5, 2, '[]')")
    conn.execute(
        "INSERT INTO tone_mentions (document_id, segment, segment_kind, text, start, \"end\", code, country, "
        "sentence_start, sentence_end, score) VALUES (1, 0, 'body', 'Iran', 0, 4, 'IRN', 'IRN', 0, 12, -0.5)"
    )
    conn.commit()
    conn.close()
    with Store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        rows = [dict(r) for r in store.conn.execute("SELECT * FROM tones")]
        assert rows == [{"document_id": 1, "part": "article", "voice": "", "code": "IRN", "tone": -0.5, "mentions": 2,
                         "evidence": "[]"}]
        mention = dict(store.conn.execute("SELECT * FROM tone_mentions").fetchone())
        assert mention["score"] == -0.5 and mention["speaker_text"] is None


def test_upgrading_a_schema_4_store_gives_its_events_the_rules_confidence(db_path):
    """Events coded before the event model were the rules' alone: they open with confidence 1."""
    conn = _store_at(db_path, 4)
    conn.execute(
        "INSERT INTO documents (id, content_hash, name, reader, text, language, analysable, created_at) "
        "VALUES (1, 'h', 'a.txt', 'text', 'Iran attacked.', 'en', 1, '2021-01-01')"
    )
    conn.execute(
        "INSERT INTO events (event_key, document_id, segment, segment_kind, sentence_start, sentence_end, "
        "trigger_start, trigger_end, event, cameo, goldstein, quad_class, modality, holder) "
        "VALUES ('h-5-190', 1, 0, 'body', 0, 14, 5, 13, 'ASSAULT', '190', -10, 4, 'asserted', 'author')"
    )
    conn.commit()
    conn.close()
    with Store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [tuple(r) for r in store.conn.execute("SELECT event, confidence FROM events")] == [("ASSAULT", 1.0)]


def test_an_interrupt_just_after_begin_leaves_no_transaction_open(tmp_path):
    """Ctrl-C can land between BEGIN and the block: the transaction is rolled back, and the next one (the
    run marked interrupted) can start."""
    import pytest

    from rashomon.store import Store

    store = Store(tmp_path / "s.db")
    real = store.conn

    class InterruptedAfterBegin:
        def __getattr__(self, name):  # type: ignore[no-untyped-def]
            return getattr(real, name)

        def execute(self, sql, *args):  # type: ignore[no-untyped-def]
            result = real.execute(sql, *args)
            if sql == "BEGIN IMMEDIATE":
                raise KeyboardInterrupt
            return result

    run = store.begin_run(["x"], {})
    store.conn = InterruptedAfterBegin()  # type: ignore[assignment]
    with pytest.raises(KeyboardInterrupt):
        store.record_problem(run, __import__("rashomon.records", fromlist=["Problem"]).Problem("x", "y"))
    store.conn = real
    assert not real.in_transaction
    store.finish_run(run, "interrupted", {})
    assert [r["status"] for r in store.runs()] == ["interrupted"]
    store.close()


def test_upgrading_a_schema_8_store_lists_its_claims_first_statements(db_path):
    """Claims examined before the writer listed each one's first statements get them listed as they are
    read: independent assertions, then denials, then copies, one a sentence and speaker."""
    from rashomon.report import queries

    conn = _store_at(db_path, 8)
    conn.execute(
        "INSERT INTO documents (id, content_hash, name, reader, text, language, analysable, created_at) "
        "VALUES (1, 'h', 'a.txt', 'text', 'Iran backed Armenia. Iran denied it.', 'en', 1, '2021-01-01')"
    )
    sentences = [(0, 20, "asserted"), (0, 20, "asserted"), (21, 36, "denied"), (21, 36, "asserted")]
    for n, (start, end, modality) in enumerate(sentences, 1):
        conn.execute(
            "INSERT INTO events (id, event_key, document_id, segment, segment_kind, sentence_start, sentence_end, "
            "trigger_start, trigger_end, event, cameo, goldstein, quad_class, modality, holder) "
            f"VALUES ({n}, 'h-{n}', 1, 0, 'body', {start}, {end}, {start + 5}, {start + 11}, 'SUPPORT', '050', 3.5, 1, "
            f"'{modality}', 'author')"
        )
    conn.execute(
        "INSERT INTO clusters (id, claim, event, family, label, status, mentions, documents, outlets, independent, "
        "deniers, block, sort_key) VALUES (7, 'c', 'SUPPORT', 'backing', 'IRN backs ARM', 'contested', 4, 1, 0, 1, 1, "
        "'IRN|backing|ARM', 'k')"
    )
    rows = [(1, "asserts", 1), (2, "asserts", 0), (3, "denies", 1), (4, "asserts", 0)]
    conn.executemany("INSERT INTO cluster_events (cluster_id, event_id, stance, origin, independent) "
                     "VALUES (7, ?, ?, 'author:x', ?)", rows)  # fmt: skip
    conn.commit()
    conn.close()
    with Store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        listed = store.conn.execute("SELECT n, event_id, stance, independent FROM claim_firsts WHERE cluster_id = 7 "
                                    "ORDER BY n").fetchall()  # fmt: skip
        # event 2 repeats event 1's sentence (same speaker and modality): not a statement of its own
        assert [tuple(r) for r in listed] == [(1, 1, "asserts", 1), (2, 3, "denies", 1), (3, 4, "asserts", 0)]
        assert [s.event for s in queries.statements(store.conn, [7], per_claim=2)[7]] == [1, 3]
        # a claim's own page (more than the listed ones) reads the same order from its events
        assert [s.event for s in queries.statements(store.conn, [7], per_claim=500)[7]] == [1, 3, 4]


def test_upgrading_a_schema_9_store_keeps_its_claims_without_ledgers(db_path):
    """Claims weighed before ledgers were kept open as they were, with none (the next examination that grows
    one weighs it from all its events, and writes its ledger)."""
    conn = _store_at(db_path, 9)
    conn.execute(
        "INSERT INTO clusters (id, claim, event, family, label, status, mentions, documents, outlets, independent, "
        "deniers, block, sort_key, piece) VALUES (7, 'c', 'SUPPORT', 'backing', 'IRN backs ARM', 'single-source', 4, "
        "1, 0, 1, 0, 'IRN|backing|ARM', 'k', 'undated')"
    )
    conn.commit()
    conn.close()
    with Store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        row = store.conn.execute("SELECT claim, mentions, piece, ledger FROM clusters").fetchone()
        assert tuple(row) == ("c", 4, "undated", None)
        from rashomon.store.examine import claim_ledgers

        assert claim_ledgers(store, [7]) == {}
        # a ledger that does not read (another rashomon's, or damaged) is left out: the claim grows from its events
        for damaged in ('{"statements": 4, "places": []}', "[1, 2]", "{"):
            store.conn.execute("UPDATE clusters SET ledger = ? WHERE id = 7", (damaged,))
            assert claim_ledgers(store, [7]) == {}
