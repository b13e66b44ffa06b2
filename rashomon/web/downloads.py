"""Export downloads for the app: streamed as the exporter writes them, and only a few at once.

An exporter writes into a file; here that file is a pipe to the response, filled by a thread of its own, so
the first bytes leave before the last are made and no export is held whole in memory or on disk. A bounded
queue between the two makes a slow reader slow the exporter down; a reader that goes away stops it. At most
``limit`` downloads run at once: a request beyond that is told to come back (HTTP 503, Retry-After).
"""

from __future__ import annotations

import io
import logging
import queue
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio.to_thread

from rashomon.store import Store

log = logging.getLogger("rashomon.web")

#: bytes per chunk sent, and chunks buffered between the exporter and the response
CHUNK = 1 << 16
QUEUED = 16


class Busy(Exception):
    """Every download slot is taken."""


class _Cancelled(Exception):
    """The reader went away: the exporter stops where it is."""


class _Sink(io.RawIOBase):
    """A binary file whose writes are handed, in chunks, to a bounded queue."""

    def __init__(self, chunks: queue.Queue[Any], cancelled: threading.Event) -> None:
        self._chunks = chunks
        self._cancelled = cancelled
        self._written = 0
        self._stopped = False

    def writable(self) -> bool:
        return True

    def tell(self) -> int:  # pyarrow asks where it is
        return self._written

    def write(self, data: Any) -> int:
        block = bytes(data)
        if block and not self._stopped:
            try:
                _put(self._chunks, block, self._cancelled)
            except _Cancelled:
                self._stopped = True  # raised once, to stop the exporter; a later flush (at close) is dropped
                raise
            self._written += len(block)
        return len(block)


def _put(chunks: queue.Queue[Any], item: Any, cancelled: threading.Event) -> None:
    while True:
        if cancelled.is_set():
            raise _Cancelled
        try:
            chunks.put(item, timeout=0.25)
            return
        except queue.Full:
            continue


class Downloads:
    """The app's export downloads over the store at ``db``, at most ``limit`` at a time."""

    def __init__(self, db: Any, limit: int = 2) -> None:
        self.db = db
        self.limit = limit
        self._slots = threading.BoundedSemaphore(limit)

    async def stream(self, exporter: Callable[..., Any], binary: bool) -> AsyncIterator[bytes]:
        """The export's bytes as the exporter makes them. Raises :class:`Busy` at once when no slot is free,
        and the exporter's own error if it fails before its first bytes."""
        if not self._slots.acquire(blocking=False):
            raise Busy
        chunks: queue.Queue[Any] = queue.Queue(QUEUED)
        cancelled = threading.Event()
        worker = threading.Thread(target=self._run, args=(exporter, binary, chunks, cancelled), daemon=True,
                                  name="rashomon-export")  # fmt: skip
        try:
            worker.start()
            first = await anyio.to_thread.run_sync(chunks.get)
        except BaseException:
            cancelled.set()
            self._slots.release()
            raise
        if isinstance(first, BaseException):
            self._slots.release()
            raise first
        return self._rest(first, chunks, cancelled)

    async def _rest(self, first: bytes | None, chunks: queue.Queue[Any], cancelled: threading.Event) -> AsyncIterator[bytes]:
        try:
            item: Any = first
            while item is not None:
                if isinstance(item, BaseException):  # the headers are sent: all that is left is to cut it short
                    log.error("export failed after it began", exc_info=item)
                    return
                yield item
                item = await anyio.to_thread.run_sync(chunks.get)
        finally:
            cancelled.set()
            self._slots.release()

    def _run(self, exporter: Callable[..., Any], binary: bool, chunks: queue.Queue[Any], cancelled: threading.Event) -> None:
        try:
            store = Store(self.db, readonly=True)
            try:
                sink = io.BufferedWriter(_Sink(chunks, cancelled), CHUNK)
                if binary:
                    exporter(store, sink)
                    sink.flush()
                else:
                    text = io.TextIOWrapper(sink, encoding="utf-8", newline="", write_through=False)
                    exporter(store, text)
                    text.flush()
            finally:
                store.close()
            _put(chunks, None, cancelled)
        except _Cancelled:
            return
        except BaseException as exc:  # handed to the response, which reports it
            try:
                _put(chunks, exc, cancelled)
            except _Cancelled:
                return
