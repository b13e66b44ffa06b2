"""The FTS5 side index: built beside the store, rebuilt when the store changes, queries always safe."""

from __future__ import annotations

import sqlite3

import pytest

from rashomon.errors import UsageError
from rashomon.web import search


def test_user_queries_become_quoted_fts_terms():
    assert search.fts_query('iran "foreign ministry" karab*') == ('"iran" AND "foreign ministry" AND "karab" *',
                                                                  ("iran", "foreign", "ministry", "karab"))  # fmt: skip
    assert search.fts_query('AND ( ) "') == ('"AND"', ("AND",))
    assert search.fts_query("   ")[0] == ""
    with pytest.raises(UsageError):
        search.fts_query(" ".join(["w"] * 13))


def test_index_is_built_once_and_rebuilt_when_documents_change(examined_db, tmp_path):
    from tests.report.stores import copy_store

    db = copy_store(examined_db, tmp_path / "s.db")
    store = sqlite3.connect(db)
    path = search.index_path(db)
    assert search.ensure(store, path) and path.exists()
    assert not search.ensure(store, path), "current: not rebuilt"
    index = sqlite3.connect(path)
    _, total = search.search(index, "Karabakh")
    assert total >= 3 and search.search(index, "Escobar")[1] == 0, "bylines are not indexed"
    _hits, total = search.search(index, "zionist", part="comments")
    hits_article, _ = search.search(index, "zionist", part="article")
    assert hits_article
    index.close()
    store.execute("DELETE FROM documents WHERE id = ?", (hits_article[0].document,))
    store.commit()
    assert search.ensure(store, path), "a changed store gets a new index"
    store.close()


def test_snippets_mark_the_words_and_keep_text_plain():
    text = "Headline\n\nThe <b>ministry</b> said Iran would respond."
    snip = search.snippet(text, [(0, "headline", 0, 8, None), (1, "body", 10, len(text), None)], ("iran", "ministry"))
    assert snip is not None and snip.segment == 1
    assert [t for t, hit in snip.pieces if hit] == ["ministry", "Iran"]
    assert "".join(t for t, _ in snip.pieces) == text[10:]
