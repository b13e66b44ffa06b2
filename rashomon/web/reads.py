"""Reads of the store that the app's pages repeat, kept between requests until the store changes.

Many pages show the same few things: the most reported claims with their statements (the first page, every
actor's page, most filtered views) and the evidence of those statements' events. A store of 100,000
documents has claims of thousands of events, and sorting out a claim's first statements costs milliseconds
each time. So the statements of a claim and the details of an event, once read, are kept (a bounded LRU of
each), and only what is not kept is read. The tone chart sums every (source, actor) tone group of the
store (hundreds of thousands at that size): the groups are indexed by source and by actor code, so that a
filtered chart sums only its own, and each chart drawn is kept. Each event's part of the evidence JSON a
page embeds is kept too (:meth:`Reads.event_json`). The answers are those of
:func:`queries.statements`, :func:`queries.events` and :func:`queries.tone_chart`, in the same order. A :class:`Reads` belongs to one state of the store: the app makes
a new one when the store changes.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

from rashomon.report import queries, render
from rashomon.report.queries import EventDetail, SourceRow, Statement, ToneChart, ToneGroup
from rashomon.report.source_index import SourceIndex

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Lru(Generic[K, V]):
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

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class Reads:
    """Events' details and claims' statements, read once and kept (at most ``events`` and ``claims`` of each),
    tone charts drawn from ``tones`` (:func:`queries.tone_groups`), kept (at most ``charts``), and pages of
    the documents list from ``documents``."""

    def __init__(self, tones: Sequence[ToneGroup] = (), documents: SourceIndex | None = None, events: int = 20_000,
                 claims: int = 5_000, charts: int = 256) -> None:  # fmt: skip
        self._documents = documents
        self._events: Lru[int, EventDetail | None] = Lru(events)  # None: no such event
        self._statements: Lru[tuple[int, int], list[Statement]] = Lru(claims)  # (per claim, claim id)
        self._charts: Lru[tuple[int, int, str | None, str | None], ToneChart] = Lru(charts)
        self._json: Lru[int, str] = Lru(events)  # each event's member of the pages' evidence JSON
        self._tones = list(tones)
        self._by_source: dict[str, list[int]] = {}
        self._by_code: dict[str, list[int]] = {}
        for i, g in enumerate(self._tones):
            self._by_source.setdefault(g.source, []).append(i)
            self._by_code.setdefault(g.code, []).append(i)

    def sources(self, conn: sqlite3.Connection, offset: int = 0, limit: int = 50, source: str | None = None) -> tuple[list[SourceRow], int]:
        """What :func:`queries.sources` answers: a page of the documents (of ``source``) and how many."""
        if self._documents is None:
            return queries.sources(conn, offset, limit, source)
        return self._documents.sources(conn, offset, limit, source)

    def tone_groups(self, source: str | None = None, actor: str | None = None) -> list[ToneGroup]:
        """The tone groups of ``source`` and of the codes that start with ``actor`` (None: all), in the order
        :func:`queries.tone_groups` gave them."""
        rows: set[int] | None = None
        if source:
            rows = set(self._by_source.get(source, ()))
        if actor:
            coded = {i for code, at in self._by_code.items() if code.startswith(actor) for i in at}
            rows = coded if rows is None else rows & coded
        return self._tones if rows is None else [self._tones[i] for i in sorted(rows)]

    def tone_chart(self, max_sources: int = 12, max_actors: int = 12, source: str | None = None,
                   actor: str | None = None) -> ToneChart:  # fmt: skip
        """What :func:`queries.tone_chart` draws from the store's tone groups."""
        key = (max_sources, max_actors, source or None, actor or None)
        kept = self._charts.get_many([key])
        if key in kept:
            return kept[key]
        chart = queries.tone_chart(None, max_sources, max_actors, source, actor, groups=self.tone_groups(source, actor))
        self._charts.put_many({key: chart})
        return chart

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

    def event_json(self, event_id: int, event: EventDetail) -> str:
        """What :func:`render.event_json` gives for an event read here, made once."""
        kept = self._json.get_many([event_id])
        if event_id in kept:
            return kept[event_id]
        text = render.event_json(event_id, event)
        self._json.put_many({event_id: text})
        return text

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
