"""The documents' index: every page it gives is the page plain SQL (queries.sources) gives over the same store,
for every kind of source the filter matches (outlet, file name, the end of a path, first author) and for
values that are LIKE patterns."""

from __future__ import annotations

import itertools
import sqlite3

import pytest

from rashomon.report import queries
from rashomon.report.source_index import SourceIndex
from tests.report import stores


@pytest.fixture(scope="module")
def si_conn(examined_db, tmp_path_factory):
    # the caucasus store with its documents' names and outlets varied as other inputs give them: paths of
    # folders (in any case, with letters beyond ASCII), documents without an outlet, two sharing one
    db = stores.copy_store(examined_db, tmp_path_factory.mktemp("sources") / "sources.db")
    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
    assert len(ids) == 5
    names = ("Feeds/Caucasus/000.txt", "a/b/001_Cradle.TXT", "Été/Élan/002.txt", "003.txt", "archive/003.txt")
    outlets = (None, "The Cradle", None, "KJ Report", "KJ Report")
    for doc_id, name, outlet in zip(ids, names, outlets, strict=True):
        conn.execute("UPDATE documents SET name = ?, outlet = ? WHERE id = ?", (name, outlet, doc_id))
    conn.commit()
    yield SourceIndex.build(conn), conn
    conn.close()


def test_pages_match_sql_for_every_kind_of_source(si_conn):
    si, conn = si_conn
    names = [r[0] for r in conn.execute("SELECT name FROM documents")]
    outlets = [r[0] for r in conn.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL")]
    authors = [r[0] for r in conn.execute("SELECT json_extract(authors, '$[0]') FROM documents WHERE outlet IS NULL")]
    tails = [n.split("/", k)[-1] for n in names for k in (1, 2)]
    cased = [t.upper() for t in tails] + [t.lower() for t in tails] + ["ÉLAN/002.txt", "élan/002.txt"]  # SQLite folds ASCII only
    patterns = ["%", "_", "%.txt", "%.TXT", "0__.txt", "b/%", "B/0%", "caucasus/%", "%/%", "Été/%", "_lan/002.txt", "100%"]
    sources = [None, "", *names, *outlets, *authors, *tails, *cased, *patterns, "no such source", "Feeds"]
    checked = 0
    for source, (offset, limit) in itertools.product(sources, ((0, 50), (1, 2), (5, 10))):
        want = queries.sources(conn, offset, limit, source)
        assert si.sources(conn, offset, limit, source) == want, (source, offset, limit)
        checked += bool(want[1])
    assert checked > 80  # most sources match documents: the comparison is not between empty pages


def test_a_page_reads_only_its_own_rows(si_conn):
    si, conn = si_conn
    ids, total = si.page(1, 2)
    assert total == 5 and ids == [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id LIMIT 2 OFFSET 1")]
    assert si.page(0, 50, "KJ Report") == ([r[0] for r in conn.execute(
        "SELECT id FROM documents WHERE outlet = 'KJ Report' ORDER BY id")], 2)  # fmt: skip
