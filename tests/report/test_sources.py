"""Sources named by outlet (else author), title (else their first line, marked) and date."""

from __future__ import annotations

import hashlib
import sqlite3

from rashomon.report import queries


def test_every_source_has_a_name_a_title_and_a_date(examined_db):
    conn = sqlite3.connect(f"file:{examined_db}?mode=ro", uri=True)
    try:
        rows, total = queries.sources(conn, 0, 50)
    finally:
        conn.close()
    assert total == 5
    by_label = {r.label: r for r in rows}
    # no outlet: named by its author, never by its file name
    assert "Nurit Greenger" in by_label and not any(r.label.endswith(".txt") for r in rows)
    # no title in the saved page: its first line stands in, and says so
    cradle = by_label["The Cradle"]
    assert (
        cradle.title is None
        and cradle.heading.endswith("(first line; no title)")
        and len(cradle.heading) < 160
    )
    assert by_label["Iranwire"].date == "2020-10-04" and by_label["KJ Report"].date == "undated"
    # outlet, the article's headline (on how neutral Iran is in the Armenia-Azerbaijan conflict) and date; the
    # headline is checked by its opening, the length and a digest (sha1[:12]) of the whole name, not quoted
    full_name = by_label["Iranwire"].full_name
    assert full_name.startswith("Iranwire — Iran’s Dubious") and full_name.endswith(" (2020-10-04)")
    assert len(full_name) == 84 and hashlib.sha1(full_name.encode()).hexdigest()[:12] == "10dc9b5a5d1e"
