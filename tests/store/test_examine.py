"""The examine stage's writer: a changed claim's first statements listed from its listed ones."""

from __future__ import annotations

import pytest

from rashomon.store import Store
from rashomon.store import examine as writer
from rashomon.store.schema import claim_firsts_fill

TEXTS = {1: "Iran backed Armenia. Iran sent aid.", 2: "Tehran backed Yerevan. Tehran sent money. Iran helps."}
#: event id -> (document, sentence start, end): every event a sentence of its own
EVENTS = {1: (1, 0, 20), 2: (1, 21, 35), 3: (2, 0, 22), 4: (2, 23, 41), 5: (2, 42, 53)}


@pytest.fixture
def store(db_path, monkeypatch):
    monkeypatch.setattr("rashomon.store.examine.FIRST_STATEMENTS", 2)
    monkeypatch.setattr("rashomon.store.schema.FIRST_STATEMENTS", 2)
    s = Store(db_path)
    with s.transaction() as conn:
        for doc, text in TEXTS.items():
            conn.execute("INSERT INTO documents (id, content_hash, name, reader, text, language, analysable, "
                         "created_at) VALUES (?, ?, ?, 'text', ?, 'en', 1, '2021-01-01')",
                         (doc, f"h{doc}", f"{doc}.txt", text))  # fmt: skip
        for n, (doc, start, end) in EVENTS.items():
            conn.execute(
                "INSERT INTO events (id, event_key, document_id, segment, segment_kind, sentence_start, sentence_end, "
                "trigger_start, trigger_end, event, cameo, goldstein, quad_class, modality, holder) "
                "VALUES (?, ?, ?, 0, 'body', ?, ?, ?, ?, 'SUPPORT', '050', 3.5, 1, 'asserted', 'author')",
                (n, f"h-{n}", doc, start, end, start, start + 4),
            )
        conn.execute(
            "INSERT INTO clusters (id, claim, event, family, label, status, mentions, documents, outlets, independent, "
            "deniers, block, sort_key) VALUES (7, 'c', 'SUPPORT', 'backing', 'IRN backs ARM', 'corroborated', 5, 2, 2, "
            "2, 0, 'IRN|backing|ARM', 'k')"
        )
        conn.executemany("INSERT INTO cluster_events (cluster_id, event_id, stance, origin, independent) "
                         "VALUES (7, ?, 'asserts', 'outlet:a', 1)", [(n,) for n in EVENTS])  # fmt: skip
        conn.execute(claim_firsts_fill())
    yield s
    s.close()


def _listed(store: Store) -> list[int]:
    return [r[0] for r in store.conn.execute("SELECT event_id FROM claim_firsts WHERE cluster_id = 7 ORDER BY n")]


def _relist(store: Store, changed: dict[int, tuple[str, int]], gone: frozenset[int] = frozenset()) -> bool:
    with store.transaction() as conn:
        whole = writer._list_firsts_changed(conn, 7, changed, gone)
        if whole:
            writer._list_firsts(conn, [7])
    return whole


def _set(store: Store, event: int, independent: int) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE cluster_events SET independent = ? WHERE cluster_id = 7 AND event_id = ?",
                     (independent, event))  # fmt: skip


def test_a_change_after_the_listed_ones_leaves_them(store):
    assert _listed(store) == [1, 2]
    _set(store, 5, 0)
    assert _relist(store, {5: ("asserts", 0)}) is False
    assert _listed(store) == [1, 2]


def test_a_listed_statement_become_a_copy_is_replaced_from_its_documents_or_the_whole_claim(store):
    # event 2 (listed) becomes a copy: its document holds no other first, and a first of another document
    # (event 3) may come before the new list's end: the claim is listed whole
    _set(store, 2, 0)
    assert _relist(store, {2: ("asserts", 0)}) is True
    assert _listed(store) == [1, 3]


def test_a_statement_become_independent_is_listed_from_the_candidates(store):
    _set(store, 2, 0)
    _relist(store, {2: ("asserts", 0)})
    assert _listed(store) == [1, 3]
    # event 2 independent again comes before the last listed (3): the listed ones and its document's events
    # tell the new list, which ends before the old one did
    _set(store, 2, 1)
    assert _relist(store, {2: ("asserts", 1)}) is False
    assert _listed(store) == [1, 2]


def test_a_listed_statement_gone_lists_the_claim_whole(store):
    with store.transaction() as conn:
        conn.execute("DELETE FROM cluster_events WHERE cluster_id = 7 AND event_id = 1")
    assert _relist(store, {}, frozenset({1})) is True
    assert _listed(store) == [2, 3]
