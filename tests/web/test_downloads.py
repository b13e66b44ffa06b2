"""Export downloads: streamed while the exporter writes, a few at once, the rest told to come back."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from starlette.testclient import TestClient

from rashomon.web.app import create_app
from rashomon.web.downloads import Busy, Downloads


def _slow_exporter(started: threading.Event, go_on: threading.Event, lines: int = 3) -> Any:
    def export(store: Any, out: Any) -> int:
        out.write("first line\n" + "x" * 70_000 + "\n")  # over one chunk: it leaves before the export ends
        started.set()
        assert go_on.wait(10), "the test never let the exporter finish"
        for i in range(lines):
            out.write(f"line {i}\n")
        return lines + 1

    return export


def test_the_first_bytes_leave_before_the_export_is_finished(examined_db):
    downloads = Downloads(examined_db, limit=1)
    started, go_on = threading.Event(), threading.Event()

    async def run() -> bytes:
        body = await downloads.stream(_slow_exporter(started, go_on), binary=False)
        first = await body.__anext__()
        assert started.is_set() and not go_on.is_set()
        assert first.startswith(b"first line\n")
        # while this one runs, its one slot is taken
        with pytest.raises(Busy):
            await downloads.stream(_slow_exporter(threading.Event(), threading.Event()), binary=False)
        go_on.set()
        rest = [chunk async for chunk in body]
        return first + b"".join(rest)

    data = asyncio.run(run())
    assert data.endswith(b"line 0\nline 1\nline 2\n")
    assert downloads._slots.acquire(blocking=False), "the slot is given back when the download ends"


def test_a_reader_that_goes_away_stops_the_exporter_and_frees_its_slot(examined_db):
    downloads = Downloads(examined_db, limit=1)
    written = []

    def endless(store: Any, out: Any) -> int:
        for i in range(10**7):
            out.write(b"y" * 4096)
            written.append(i)
        return 0

    async def run() -> None:
        body = await downloads.stream(endless, binary=True)
        await body.__anext__()
        await body.aclose()  # type: ignore[attr-defined]

    asyncio.run(run())
    for _ in range(100):
        if downloads._slots.acquire(blocking=False):
            break
        threading.Event().wait(0.05)
    else:
        pytest.fail("the slot was not given back")
    threading.Event().wait(0.6)  # the exporter notices within a quarter of a second (and one buffer)
    n = len(written)
    threading.Event().wait(0.6)
    assert len(written) == n < 10**6, "the exporter went on writing for a reader that left"


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
