"""Full-text search over the stored documents, with SQLite FTS5, in a side file beside the store.

The app only reads the store, so the index cannot live in it. It lives in ``<store>.search`` (another
SQLite file), built when ``rashomon serve`` starts and rebuilt when the store holds other documents than
the index was built from. Deleting that file loses nothing. The index is contentless (``content=''``): it
holds the terms, not a second copy of the text; snippets are cut from the store's text.

One row per document, with three columns: the title, the article's own words (headline, standfirst, body,
captions, headings) and the reader comments. Debris, teasers, bylines and quoted text are not indexed.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rashomon.errors import UsageError

ARTICLE_KINDS = ("headline", "standfirst", "body", "caption", "heading")
COMMENT_KINDS = ("comment",)
INDEX_VERSION = "1"
_WORD = re.compile(r"\w+", re.UNICODE)
_TERM = re.compile(r'"([^"]*)"|(\S+)')


def index_path(db: Path) -> Path:
    return db.with_name(db.name + ".search")


def fingerprint(store: sqlite3.Connection) -> str:
    """What the index must match: the stored documents (only ever added, keyed by content) and the version."""
    count, last = store.execute("SELECT count(*), coalesce(max(id), 0) FROM documents").fetchone()
    return f"{INDEX_VERSION}:{count}:{last}"


def _is_current(path: Path, store: sqlite3.Connection) -> bool:
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return bool(row) and row[0] == fingerprint(store)


def build(store: sqlite3.Connection, path: Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """Write a fresh index of every stored document to ``path`` (written beside it, then renamed in)."""
    total = store.execute("SELECT count(*) FROM documents").fetchone()[0]
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        conn.executescript(
            """PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE VIRTUAL TABLE docs USING fts5(title, article, comments, content='',
                tokenize='unicode61 remove_diacritics 2');"""
        )
        conn.execute("BEGIN")
        done, last = 0, 0
        while True:
            rows = store.execute("SELECT id, title, text FROM documents WHERE id > ? ORDER BY id LIMIT 200", (last,)).fetchall()
            if not rows:
                break
            ids = [r[0] for r in rows]
            segs: dict[int, list[tuple[str, int, int]]] = {}
            for doc_id, kind, start, end in store.execute(
                f'SELECT document_id, kind, start, "end" FROM segments WHERE document_id IN ({",".join("?" * len(ids))}) '
                "ORDER BY document_id, ord",
                ids,
            ):
                segs.setdefault(doc_id, []).append((kind, start, end))
            for doc_id, title, text in rows:
                parts = segs.get(doc_id)
                if parts:
                    article = "\n".join(text[s:e] for k, s, e in parts if k in ARTICLE_KINDS)
                    comments = "\n".join(text[s:e] for k, s, e in parts if k in COMMENT_KINDS)
                else:
                    article, comments = text, ""
                conn.execute("INSERT INTO docs (rowid, title, article, comments) VALUES (?, ?, ?, ?)",
                             (doc_id, title or "", article, comments))  # fmt: skip
            done += len(rows)
            last = ids[-1]
            if progress:
                progress(done, total)
        conn.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint(store),))
        conn.execute("COMMIT")
        conn.execute("INSERT INTO docs (docs) VALUES ('optimize')")
        conn.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def ensure(store: sqlite3.Connection, path: Path, progress: Callable[[int, int], None] | None = None) -> bool:
    """Build the index at ``path`` unless it is current; return whether it was (re)built."""
    if _is_current(path, store):
        return False
    build(store, path, progress)
    return True


def fts_query(text: str) -> tuple[str, tuple[str, ...]]:
    """A user's query as a safe FTS5 expression (every term and "quoted phrase" quoted, all required; a
    trailing * makes a prefix), and the words to mark in snippets. FTS5 operators typed by the user are
    taken as words, so no input is a syntax error."""
    if len(text) > 300:
        raise UsageError("q: a search is at most 300 characters")
    terms: list[str] = []
    words: list[str] = []
    for phrase, word in _TERM.findall(text):
        raw = phrase or word
        tokens = _WORD.findall(raw)
        if not tokens:
            continue
        prefix = bool(word) and word.endswith("*")
        terms.append('"' + " ".join(tokens) + '"' + (" *" if prefix else ""))
        words += tokens
    if len(terms) > 12:
        raise UsageError("q: a search has at most 12 terms")
    return " AND ".join(terms), tuple(words)


@dataclass(frozen=True, slots=True)
class Hit:
    document: int
    rank: float


def search(index: sqlite3.Connection, query: str, part: str | None = None, offset: int = 0,
           limit: int = 20) -> tuple[list[Hit], int]:  # fmt: skip
    """Documents matching ``query`` (see :func:`fts_query`), best first, and how many match. ``part``:
    "article" or "comments" searches only that column."""
    expr, _ = fts_query(query)
    if not expr:
        return [], 0
    if part in ("article", "comments", "title"):
        expr = f"{part} : ({expr})"
    elif part:
        raise UsageError(f"part: {part!r}; choose article, comments or title")
    total = index.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (expr,)).fetchone()[0]
    rows = index.execute(
        "SELECT rowid, bm25(docs, 4.0, 1.0, 0.6) AS r FROM docs WHERE docs MATCH ? ORDER BY r LIMIT ? OFFSET ?",
        (expr, limit, offset),
    ).fetchall()
    return [Hit(int(r[0]), float(r[1])) for r in rows], int(total)


@dataclass(frozen=True, slots=True)
class Snippet:
    """Where a hit's words first appear in its document: plain-text pieces, marked or not (escaped on output)."""

    pieces: tuple[tuple[str, bool], ...]
    kind: str
    segment: int
    comment: int | None


def snippet(text: str, segments: list[tuple[int, str, int, int, int | None]], words: tuple[str, ...],
            width: int = 110) -> Snippet | None:  # fmt: skip
    """The first indexed segment of ``text`` holding any of ``words``, cut around it with every word marked.
    ``segments``: (ord, kind, start, end, comment)."""
    if not words:
        return None
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + r")", re.I)
    for ord_, kind, start, end, comment in segments or [(0, "body", 0, len(text), None)]:
        if kind not in ARTICLE_KINDS + COMMENT_KINDS:
            continue
        m = pattern.search(text, start, end)
        if not m:
            continue
        a, b = max(start, m.start() - width), min(end, m.end() + width)
        window = text[a:b]
        pieces: list[tuple[str, bool]] = [("…", False)] if a > start else []
        at = 0
        for hit in pattern.finditer(window):
            if hit.start() > at:
                pieces.append((window[at : hit.start()], False))
            pieces.append((hit.group(0), True))
            at = hit.end()
        pieces.append((window[at:], False))
        if b < end:
            pieces.append(("…", False))
        return Snippet(tuple(pieces), kind, ord_, comment)
    return None
