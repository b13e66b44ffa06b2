"""An in-memory index of the stored claims, for paging and filtering them without a query per page.

The claims pages list claims most reported first, filtered by status, actor and event type, a page at a time
with the total. A store of 10,000 documents holds about a quarter of a million claims: in SQL each page is a
count and a sort of the whole table (tens of milliseconds, and many pages at once hold the app up). So the
claims' few filterable columns are read once, kept in the order the pages list them, and a page is a boolean
mask and a slice; only the page's own rows are then read from the store. It answers exactly as
:func:`rashomon.report.queries.claims` does.
"""

from __future__ import annotations

import sqlite3

import numpy as np
import numpy.typing as npt

from rashomon.report.queries import _CLAIM_STATUSES, Claim, claims_by_id

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _prefix_key(value: str) -> str:
    """A code as SQL's LIKE compares it: ASCII letters without case, every other character as it is."""
    return value.translate(_UPPER)


class ClaimIndex:
    """The claims' status, event type and sides as arrays, in the order the pages list them (most mentions
    first, then by id). Built by :meth:`build`."""

    def __init__(self) -> None:
        self.ids: IntArray = np.zeros(0, np.int64)
        self.status: IntArray = np.zeros(0, np.int64)
        self.event: IntArray = np.zeros(0, np.int64)
        self.source: IntArray = np.zeros(0, np.int64)  # code ids; 0: none
        self.target: IntArray = np.zeros(0, np.int64)
        self.complete: BoolArray = np.zeros(0, bool)
        self.event_types: list[str] = []
        self.codes: list[str | None] = [None]
        self._keys: list[str | None] = [None]  # each code as a prefix filter compares it (_prefix_key)

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def build(cls, conn: sqlite3.Connection) -> ClaimIndex:
        """Read the claims' filterable columns from a store's connection (about a third of a second for a
        quarter of a million claims)."""
        ix = cls()
        codes: dict[str | None, int] = {None: 0}
        types: dict[str, int] = {}
        status_id = {s: i for i, s in enumerate(_CLAIM_STATUSES)}
        ids, mentions, status, event, source, target = [], [], [], [], [], []
        for cid, n, st, kind, src, tgt in conn.execute("SELECT id, mentions, status, event, source, target FROM clusters"):
            ids.append(cid)
            mentions.append(n)
            status.append(status_id.get(st, len(_CLAIM_STATUSES)))
            event.append(types.setdefault(kind, len(types)))
            source.append(codes.setdefault(src, len(codes)))
            target.append(codes.setdefault(tgt, len(codes)))
        order = np.lexsort((np.asarray(ids, dtype=np.int64), -np.asarray(mentions, dtype=np.int64)))  # as the pages list them
        ix.ids = np.asarray(ids, dtype=np.int64)[order]
        ix.status = np.asarray(status, dtype=np.int64)[order]
        ix.event = np.asarray(event, dtype=np.int64)[order]
        ix.source = np.asarray(source, dtype=np.int64)[order]
        ix.target = np.asarray(target, dtype=np.int64)[order]
        ix.complete = (ix.source != 0) & (ix.target != 0)
        ix.event_types = list(types)
        ix.codes = list(codes)
        ix._keys = [None if c is None else _prefix_key(c) for c in ix.codes]
        return ix

    def mask(
        self, status: str | None = None, actor: str | None = None, event: str | None = None, complete: bool | None = None
    ) -> BoolArray:
        """The claims that pass the filters, as :func:`queries.claims` reads them: ``status`` one of the claim
        statuses (anything else does not filter), ``actor`` a code prefix on either side, ``event`` the
        claim's event type, ``complete`` whether it names both its sides."""
        m = np.ones(len(self.ids), dtype=bool)
        if complete is not None:
            m &= self.complete if complete else ~self.complete
        if status in _CLAIM_STATUSES:
            m &= self.status == _CLAIM_STATUSES.index(status)
        if actor:
            key = _prefix_key(actor)
            wanted = np.asarray([k is not None and k.startswith(key) for k in self._keys], dtype=bool)
            m &= wanted[self.source] | wanted[self.target]
        if event:
            m &= self.event == (self.event_types.index(event) if event in self.event_types else -1)
        return m

    def page(
        self,
        offset: int = 0,
        limit: int = 50,
        status: str | None = None,
        actor: str | None = None,
        event: str | None = None,
        complete: bool | None = None,
    ) -> tuple[list[int], int]:
        """A page of the matching claim ids, most reported first, and how many match."""
        rows = np.flatnonzero(self.mask(status, actor, event, complete))
        return [int(i) for i in self.ids[rows[offset : offset + limit]]], len(rows)

    def claims(
        self,
        conn: sqlite3.Connection,
        offset: int = 0,
        limit: int = 50,
        status: str | None = None,
        actor: str | None = None,
        event: str | None = None,
        complete: bool | None = None,
    ) -> tuple[list[Claim], int]:
        """What :func:`queries.claims` answers (a page of claims and how many match), with only the page's
        rows read from ``conn``."""
        ids, total = self.page(offset, limit, status, actor, event, complete)
        return claims_by_id(conn, ids), total

