"""An in-memory index of the stored documents' ids and source fields, for paging the documents list.

The documents list pages the stored documents by id, all of them or those of one source, with the total. In
SQL each page counts the matching documents and skips the rows before it (OFFSET): both read the documents
table, whose rows carry the texts, so a page of a store of 100,000 documents reads hundreds of megabytes.
So the few columns the source filter looks at are read once, the ids that match a source are found from
them, and only the page's own rows are read from the store. It answers exactly as
:func:`rashomon.report.queries.sources` does.
"""

from __future__ import annotations

import json
import re
import sqlite3

from rashomon.report.queries import SourceRow, sources_by_id

#: SQLite's LIKE folds the case of ASCII letters only
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _like(pattern: str) -> re.Pattern[str]:
    """SQLite's ``LIKE pattern`` (no ESCAPE) as a regular expression for ``fullmatch``."""
    parts = []
    for ch in pattern:
        if ch == "%":
            parts.append(".*")
        elif ch == "_":
            parts.append(".")
        elif ch.isascii() and ch.isalpha():
            parts.append(f"[{ch.lower()}{ch.upper()}]")
        else:
            parts.append(re.escape(ch))
    return re.compile("".join(parts), re.DOTALL)


def _first_author(raw: str | None) -> str | None:
    """``json_extract(authors, '$[0]')`` when it is text (the only case in which it can equal a source)."""
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return None
    return value[0] if isinstance(value, list) and value and isinstance(value[0], str) else None


class SourceIndex:
    """The documents' ids (ascending) with what the source filter compares. Built by :meth:`build`."""

    def __init__(self) -> None:
        self.ids: list[int] = []
        self._names: list[str] = []
        self._by_label: dict[str, list[int]] = {}  # coalesce(outlet, name) -> ids
        self._by_author: dict[str, list[int]] = {}  # first author, for documents without an outlet -> ids
        self._by_tail: dict[str, list[int]] = {}  # what follows a "/" in the name, ASCII case folded -> ids

    @classmethod
    def build(cls, conn: sqlite3.Connection) -> SourceIndex:
        ix = cls()
        rows = sorted((tuple(r) for r in conn.execute("SELECT id, outlet, name, authors FROM documents")), key=lambda r: r[0])
        for doc_id, outlet, name, authors in rows:
            ix.ids.append(doc_id)
            ix._names.append(name)
            ix._by_label.setdefault(outlet if outlet is not None else name, []).append(doc_id)
            if outlet is None and (author := _first_author(authors)) is not None:
                ix._by_author.setdefault(author, []).append(doc_id)
            folded = name.translate(_ASCII_LOWER)
            tails = {folded[i + 1 :] for i, ch in enumerate(folded) if ch == "/"}
            for tail in tails:
                ix._by_tail.setdefault(tail, []).append(doc_id)
        return ix

    def matching(self, source: str | None) -> list[int]:
        """The ids of the documents ``source`` names, ascending: those whose outlet (or, without one, name
        or first author) is ``source``, and those whose name ends in "/" + ``source`` (SQLite's LIKE)."""
        if not source:
            return self.ids
        found = set(self._by_label.get(source, ())) | set(self._by_author.get(source, ()))
        if "%" in source or "_" in source:  # wildcards: the LIKE itself, over every name
            like = _like(f"%/{source}")
            found.update(i for i, name in zip(self.ids, self._names, strict=True) if like.fullmatch(name))
        else:
            found.update(self._by_tail.get(source.translate(_ASCII_LOWER), ()))
        return sorted(found)

    def page(self, offset: int = 0, limit: int = 50, source: str | None = None) -> tuple[list[int], int]:
        """A page of the matching document ids and how many match."""
        ids = self.matching(source)
        return ids[offset : offset + limit], len(ids)

    def sources(
        self, conn: sqlite3.Connection, offset: int = 0, limit: int = 50, source: str | None = None
    ) -> tuple[list[SourceRow], int]:
        """What :func:`queries.sources` answers, with only the page's rows read from ``conn``."""
        ids, total = self.page(offset, limit, source)
        return sources_by_id(conn, ids), total
