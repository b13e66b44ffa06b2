"""Export downloads for the app: streamed as the exporter writes them, and only a few at once.

Each download is `rashomon export` run in a process of its own, at a lower CPU priority, its standard output
piped to the response: the first bytes leave before the last are made, no export is held whole in memory or
on disk, and the export's work neither holds the app's interpreter lock nor takes the CPU from the pages
(on a busy machine the pages come first). A bounded queue between the pipe and the response makes a slow
reader slow the export down; a reader that goes away ends it. The waits for the next chunk run on threads of
the downloads' own (one per download), never on the threads that answer the pages. At most ``limit``
downloads run at once: a request beyond that is told to come back (HTTP 503, Retry-After).
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import subprocess
import sys
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio.to_thread

log = logging.getLogger("rashomon.web")

#: bytes per chunk sent, and chunks buffered between the export and the response
CHUNK = 1 << 16
QUEUED = 16
#: how much lower the export's CPU priority is than the app's (os.nice)
NICENESS = 10
#: this checkout's package, for the export process (so that it runs the same code as the app)
_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent.parent)


class Busy(Exception):
    """Every download slot is taken."""


class ExportFailed(Exception):
    """The export process ended with an error."""


class _Cancelled(Exception):
    """The reader went away: the export stops where it is."""


def _put(chunks: queue.Queue[Any], item: Any, cancelled: threading.Event) -> None:
    while True:
        if cancelled.is_set():
            raise _Cancelled
        try:
            chunks.put(item, timeout=0.25)
            return
        except queue.Full:
            continue


def _lower_priority(pid: int) -> None:
    with contextlib.suppress(OSError, AttributeError):  # not allowed, or no such call here: the app's priority
        os.setpriority(os.PRIO_PROCESS, pid, min(19, os.getpriority(os.PRIO_PROCESS, 0) + NICENESS))


class Downloads:
    """The app's export downloads over the store at ``db``, at most ``limit`` at a time."""

    def __init__(self, db: Path, limit: int = 2) -> None:
        self.db = db
        self.limit = limit
        self._slots = threading.BoundedSemaphore(limit)
        # the threads that wait for the export's chunks: as many as downloads, apart from the pages' threads
        self._waiters = anyio.CapacityLimiter(limit)

    def command(self, what: str, fmt: str) -> list[str]:
        """The process that writes the export to its standard output."""
        return [sys.executable, "-m", "rashomon", "export", what, "--db", str(self.db), "--format", fmt]

    async def stream(self, what: str, fmt: str) -> AsyncIterator[bytes]:
        """The export's bytes as they are made. Raises :class:`Busy` at once when no slot is free, and
        :class:`ExportFailed` when the export fails before its first bytes."""
        if not self._slots.acquire(blocking=False):
            raise Busy
        chunks: queue.Queue[Any] = queue.Queue(QUEUED)
        cancelled = threading.Event()
        try:
            env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (_PACKAGE_ROOT, os.environ.get("PYTHONPATH"))))}
            proc = subprocess.Popen(self.command(what, fmt), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    stdin=subprocess.DEVNULL, env=env, bufsize=0)  # fmt: skip
            _lower_priority(proc.pid)
            threading.Thread(target=self._pump, args=(proc, chunks, cancelled), daemon=True,
                             name="rashomon-export").start()  # fmt: skip
            first = await anyio.to_thread.run_sync(chunks.get, limiter=self._waiters)
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
                    log.error("export failed after it began: %s", item)
                    return
                yield item
                item = await anyio.to_thread.run_sync(chunks.get, limiter=self._waiters)
        finally:
            cancelled.set()
            self._slots.release()

    @staticmethod
    def _pump(proc: subprocess.Popen[bytes], chunks: queue.Queue[Any], cancelled: threading.Event) -> None:
        """The process's output into the queue, then None (done) or an ExportFailed; the process is ended
        when the reader goes away."""
        assert proc.stdout is not None and proc.stderr is not None
        try:
            while block := proc.stdout.read(CHUNK):  # unbuffered: what is there, up to a chunk
                _put(chunks, block, cancelled)
            status = proc.wait()
            if status != 0:
                message = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
                _put(chunks, ExportFailed(message[-1] if message else f"exit status {status}"), cancelled)
            else:
                _put(chunks, None, cancelled)
        except _Cancelled:
            pass
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            proc.stdout.close()
            proc.stderr.close()
