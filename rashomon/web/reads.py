"""Reads of the store that the app's pages repeat, kept between requests until the store changes.

Many pages show the same few things: the most reported claims with their statements (the first page, every
actor's page, most filtered views) and the evidence of those statements' events. A store of 100,000
documents has claims of thousands of events, and sorting out a claim's first statements costs milliseconds
each time. So the statements of a claim and the details of an event, once read, are kept (a bounded LRU of
each), and only what is not kept is read. The answers are those of :func:`queries.statements` and
:func:`queries.events`, in the same order. A :class:`Reads` belongs to one state of the store: the app makes
a new one when the store changes.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

from rashomon.report import queries
from rashomon.report.queries import EventDetail, Statement

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class _Lru(Generic[K, V]):
    """A bounded mapping, least recently used out first; safe across threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get_many(self, keys: Sequence[K]) -> dict[K, V]:
        with self._lock:
            found = {}
            for k in keys:
                if k in self._items:
                    self._items.move_to_end(k)
                    found[k] = self._items[k]
            return found

    def put_many(self, items: dict[K, V]) -> None:
        with self._lock:
            for k, v in items.items():
                self._items[k] = v
                self._items.move_to_end(k)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


class Reads:
    """Events' details and claims' statements, read once and kept (at most ``events`` and ``claims`` of each)."""

    def __init__(self, events: int = 20_000, claims: int = 5_000) -> None:
        self._events: _Lru[int, EventDetail | None] = _Lru(events)  # None: no such event
        self._statements: _Lru[tuple[int, int], list[Statement]] = _Lru(claims)  # (per claim, claim id)

    def events(self, conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, EventDetail]:
        """What :func:`queries.events` answers for ``ids``."""
        wanted = list(dict.fromkeys(int(i) for i in ids))
        kept = self._events.get_many(wanted)
        missing = [i for i in wanted if i not in kept]
        if missing:
            read: dict[int, EventDetail | None] = {i: None for i in missing}
            read.update(queries.events(conn, missing))
            kept.update(read)
            self._events.put_many(read)
        return {i: e for i in queries.events_order(wanted) if (e := kept[i]) is not None}

    def statements(self, conn: sqlite3.Connection, claim_ids: Sequence[int], per_claim: int = 20) -> dict[int, list[Statement]]:
        """What :func:`queries.statements` answers for ``claim_ids``."""
        wanted = list(dict.fromkeys(int(i) for i in claim_ids))
        kept = {c: v for (_, c), v in self._statements.get_many([(per_claim, c) for c in wanted]).items()}
        missing = [c for c in wanted if c not in kept]
        if missing:
            read = queries.statements(conn, missing, per_claim)
            fresh = {c: read.get(c, []) for c in missing}
            kept.update(fresh)
            self._statements.put_many({(per_claim, c): v for c, v in fresh.items()})
        return {c: list(kept[c]) for c in queries.statements_order(claim_ids) if kept[c]}
