"""Headless Chromium for the views' tests: Debian's /usr/bin/chromium driven by Playwright (never a browser
download), a fresh profile each time, flags that keep a closed network quiet, and a watch on each page for
console errors, dialogs and any request that leaves the page's origin."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@contextmanager
def chromium() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("no Chromium at /usr/bin/chromium: `make test` installs it (apt-get install -y chromium, as root)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Watch:
    """What a page did that it must not: console errors, uncaught errors, dialogs, requests elsewhere."""

    origin: str
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> Any:
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def request(r: Any) -> None:
            self.requests.append(r.url)
            if not (r.url.startswith(self.origin) or r.url.startswith("data:")):
                self.outside.append(r.url)

        page.on("request", request)
        return page

    def assert_clean(self) -> None:
        assert not self.errors, self.errors
        assert not self.dialogs, self.dialogs
        assert not self.outside, f"requests left the page's origin: {self.outside}"


def new_page(browser: Any, origin: str) -> tuple[Any, Watch]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    watch = Watch(origin)
    page = watch.attach(context.new_page())
    # nothing may reach another origin, even if a page tried: such requests are recorded, then refused
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(origin) else route.abort())
    return page, watch


def shot(page: Any, name: str, full: bool = False) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full)
    return path


@contextmanager
def running(app: Any) -> Iterator[str]:
    """The app on a real uvicorn server on a free loopback port, in a thread; yields its origin."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", limit_concurrency=32))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
