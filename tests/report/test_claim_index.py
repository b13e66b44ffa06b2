"""The claims' index: every page it gives is the page plain SQL (queries.claims) gives over the same store."""

from __future__ import annotations

import itertools
import sqlite3

import pytest

from rashomon.report import queries
from rashomon.report.claim_index import ClaimIndex


@pytest.fixture(scope="module")
def ci_conn(examined_db):
    conn = sqlite3.connect(f"file:{examined_db}?mode=ro", uri=True)
    yield ClaimIndex.build(conn), conn
    conn.close()


def test_pages_match_sql_for_every_filter(ci_conn):
    ci, conn = ci_conn
    n = conn.execute("SELECT count(*) FROM clusters").fetchone()[0]
    assert len(ci) == n > 5
    codes = [r[0] for r in conn.execute("SELECT source FROM clusters WHERE source IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 3")]
    kinds = [r[0] for r in conn.execute("SELECT event FROM clusters GROUP BY 1 ORDER BY count(*) DESC LIMIT 2")]
    actors = [None, *codes, codes[0][:2], codes[0].lower(), "ZZZ"]  # a prefix, another case, none such
    checked = 0
    for status, actor, event, complete in itertools.product(
        (None, "corroborated", "contested", "single-source", "none"), actors, (None, *kinds, "NOSUCH"), (None, True, False)
    ):
        for offset, limit in ((0, 50), (3, 4), (n, 10)):
            want = queries.claims(conn, offset, limit, status, actor, event, complete)
            assert ci.claims(conn, offset, limit, status, actor, event, complete) == want, (status, actor, event, complete, offset)
            checked += bool(want[0])
    assert checked > 100  # most combinations list something: the comparison is not between empty pages


def test_order_is_most_reported_first_then_id(ci_conn):
    ci, conn = ci_conn
    ids, total = ci.page(0, 10**6)
    assert total == len(ids) == len(ci)
    want = [r[0] for r in conn.execute("SELECT id FROM clusters ORDER BY mentions DESC, id")]
    assert ids == want


def test_claims_by_id_keeps_the_order_given_and_leaves_out_missing_ones(ci_conn):
    _, conn = ci_conn
    ids = [r[0] for r in conn.execute("SELECT id FROM clusters ORDER BY id DESC LIMIT 3")]
    got = queries.claims_by_id(conn, [ids[1], 10**12, ids[0], ids[2]])
    assert [c.id for c in got] == [ids[1], ids[0], ids[2]]
    assert queries.claims_by_id(conn, []) == []


def test_an_unexamined_store_has_an_empty_index(caucasus_db):
    conn = sqlite3.connect(f"file:{caucasus_db}?mode=ro", uri=True)
    try:
        ci = ClaimIndex.build(conn)
        assert len(ci) == 0 and ci.claims(conn, 0, 50, actor="IRN", complete=True) == ([], 0)
    finally:
        conn.close()
