"""Stores for the views' tests: the real pipeline on real text, then the cross-examination tables (schema 3)
filled with SQL the way the examine stage fills them, so that the views are tested on real shapes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from rashomon.engine import analyze
from rashomon.store import Store

# text a hostile page could carry: it must show as text and run nothing, in the report and in the app
HOSTILE_TEXT = """Border row <script>window.__pwned = 1</script> in Sotk

By Mallory Payload

Armenia accused Azerbaijan of shelling the village of Sotk on 12 March 2024, the ministry said. <img src=x onerror="window.__pwned=2"> Read <a href="javascript:window.__pwned=3">more</a>.

Azerbaijan denied that its army had fired on the village. <svg onload="window.__pwned=4"></svg> "><script>window.__pwned=5</script> ' onmouseover='window.__pwned=6' x='
"""
HOSTILE_JSONL = json.dumps({
    "url": "javascript:window.__pwned=7",
    "title": "<script>window.__pwned=8</script>Moscow offers talks",
    "authors": ["<img src=x onerror=window.__pwned=9>"],
    "outlet": "<b onmouseover=window.__pwned=10>Evil Wire</b>",
    "published": "2024-03-13",
    "text": "Russia offered on Wednesday to host talks between Armenia and Azerbaijan in Moscow. </script><script>window.__pwned=11</script>",
})  # fmt: skip


def build(paths: list[Path], db: Path) -> Path:
    """Read and code ``paths`` into a new store at ``db``."""
    store = Store(db)
    try:
        report = analyze(store, [str(p) for p in paths])
        assert not report.errors, report.errors
    finally:
        store.close()
    return db


def copy_store(source: Path, target: Path) -> Path:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


def hostile_inputs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / "hostile.jsonl").write_text(HOSTILE_JSONL + "\n", encoding="utf-8")
    return [folder / "hostile.txt", folder / "hostile.jsonl"]


def examine(db: Path, hostile: bool = False) -> dict[str, int]:
    """The cross-examination tables as the examine stage fills them (``analyze`` has run it already; this
    runs it again so a store emptied by :func:`unexamined` gets them back). ``hostile`` then writes markup
    into the columns the stage fills from codes, not from the text (claim labels, conflict details), so that
    every text column a view shows carries some."""
    from rashomon.engine.examine import examine_stored

    store = Store(db)
    try:
        examine_stored(store)
    finally:
        store.close()
    conn = sqlite3.connect(db)
    evil = "<img src=x onerror=window.__pwned=20>"
    with conn:
        if hostile:
            conn.execute("UPDATE clusters SET label = label || ' ' || ?", (evil,))
            conn.execute("UPDATE conflicts SET detail = json_set(detail, '$.note', ?)", (f"one side denies it{evil}",))
            conn.execute("UPDATE technique_spans SET cue = cue || ?", (evil,))
    counts = {"clusters": conn.execute("SELECT count(*) FROM clusters").fetchone()[0],
              "conflicts": conn.execute("SELECT count(*) FROM conflicts").fetchone()[0]}  # fmt: skip
    conn.close()
    return counts


def unexamined(db: Path) -> Path:
    """The store as one analysed before the examine stage existed: the schema-3 tables empty."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = ON")
    with conn:
        for table in ("clusters", "tones", "tone_mentions", "technique_spans", "examinations"):
            conn.execute(f"DELETE FROM {table}")
    conn.close()
    return db


_BUILT: dict[str, Path] = {}


def once(name: str, make) -> Path:  # type: ignore[no-untyped-def]
    """Build a store once per test session, shared by the report's and the app's tests."""
    if name not in _BUILT:
        _BUILT[name] = make()
    return _BUILT[name]
