"""Export downloads: streamed while the export is written, a few at once, the rest told to come back."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from rashomon.web.app import create_app
from rashomon.web.downloads import Busy, Downloads, ExportFailed

SLOW = """
import os, sys, time
out = sys.stdout.buffer
out.write(b"first line\\n" + b"x" * 70000 + b"\\n"); out.flush()
while not os.path.exists(sys.argv[1]):
    time.sleep(0.02)
out.write(b"line 0\\nline 1\\n"); out.flush()
"""
ENDLESS = """
import sys
out = sys.stdout.buffer
while True:
    out.write(b"y" * 65536); out.flush()
"""


def _run(coro):  # type: ignore[no-untyped-def]
    """asyncio.run in a thread of its own: the browser tests leave an event loop running in this one."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


class Scripted(Downloads):
    """Downloads whose export is a small script instead of `rashomon export`."""

    def __init__(self, db: Path, script: str, *args: str, limit: int = 1) -> None:
        super().__init__(db, limit)
        self.script, self.args = script, args

    def command(self, what: str, fmt: str) -> list[str]:
        return [sys.executable, "-c", self.script, *self.args]


def test_the_first_bytes_leave_before_the_export_is_finished(examined_db, tmp_path):
    go_on = tmp_path / "go-on"
    downloads = Scripted(examined_db, SLOW, str(go_on))

    async def run() -> bytes:
        body = await downloads.stream("events", "csv")
        first = await body.__anext__()
        assert first.startswith(b"first line\n") and not go_on.exists()
        with pytest.raises(Busy):  # while this one runs, its one slot is taken
            await downloads.stream("events", "csv")
        go_on.touch()
        return first + b"".join([chunk async for chunk in body])

    data = _run(run())
    assert data.endswith(b"line 0\nline 1\n") and len(data) > 70_000
    assert downloads._slots.acquire(blocking=False), "the slot is given back when the download ends"


def test_a_download_waiting_for_its_export_takes_none_of_the_pages_threads(examined_db, tmp_path):
    import anyio.to_thread

    go_on = tmp_path / "go-on"
    downloads = Scripted(examined_db, SLOW, str(go_on))

    async def run() -> tuple[int, int]:
        pages = anyio.to_thread.current_default_thread_limiter()
        body = await downloads.stream("events", "csv")
        size = 0
        while size < 70_012:  # all that the export writes before it waits for go_on
            size += len(await body.__anext__())
        rest = asyncio.ensure_future(body.__anext__())  # waits for the export, which waits for go_on
        await asyncio.sleep(0.3)
        held = (pages.borrowed_tokens, downloads._waiters.borrowed_tokens)
        go_on.touch()
        await rest
        await body.aclose()  # type: ignore[attr-defined]
        return held

    assert _run(run()) == (0, 1), "the wait for the export's next chunk holds one of the downloads' own threads"


def test_a_reader_that_goes_away_ends_the_export_and_frees_its_slot(examined_db):
    downloads = Scripted(examined_db, ENDLESS)
    seen = {}

    async def run() -> None:
        body = await downloads.stream("events", "csv")
        await body.__anext__()
        await body.aclose()  # type: ignore[attr-defined]

    before = set(threading.enumerate())
    _run(run())
    pumps = [t for t in threading.enumerate() if t.name == "rashomon-export" and t not in before]
    for t in pumps:
        t.join(5)
        seen["alive"] = t.is_alive()
    assert not seen.get("alive"), "the export process was not ended"
    assert downloads._slots.acquire(blocking=False), "the slot was not given back"


def test_an_export_that_fails_before_its_first_bytes_is_an_error(examined_db):
    downloads = Scripted(examined_db, "import sys; sys.exit('error: the store is gone')")

    async def run() -> None:
        await downloads.stream("events", "csv")

    with pytest.raises(ExportFailed, match="the store is gone"):
        _run(run())
    assert downloads._slots.acquire(blocking=False)


def test_the_export_runs_at_a_lower_priority(examined_db):
    downloads = Scripted(examined_db, "import os, sys; sys.stdout.write(str(os.getpriority(os.PRIO_PROCESS, 0)))")

    async def run() -> bytes:
        body = await downloads.stream("events", "csv")
        return b"".join([chunk async for chunk in body])

    niceness = int(_run(run()))
    assert niceness >= min(19, os.getpriority(os.PRIO_PROCESS, 0) + 1)


def test_downloads_beyond_the_limit_get_503_with_retry_after(examined_db):
    app = create_app(examined_db, downloads=1)
    with TestClient(app, raise_server_exceptions=False) as client:
        with client.stream("GET", "/api/export/events/plover-jsonl") as first:
            assert first.status_code == 200
            busy = client.get("/api/export/events/csv")
            assert busy.status_code == 503 and busy.headers["retry-after"].isdigit()
            assert "try again" in busy.text
            body = b"".join(first.iter_bytes())
        assert body.count(b"\n") > 10
        again = client.get("/api/export/events/csv")
        assert again.status_code == 200, "the slot is free again once the first download ended"
