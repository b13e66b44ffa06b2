"""The local web app (``rashomon serve``): the report's views live from a store, read-only, on loopback."""

from __future__ import annotations

import ipaddress
import sys
from collections.abc import Callable
from pathlib import Path

from rashomon.web.app import LOOPBACK, create_app, warm
from rashomon.web.search import ensure, index_path


def is_loopback(host: str) -> bool:
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def prepare_search(db: Path, say: Callable[[str], None] = lambda m: None) -> Path | None:
    """Make sure the full-text index beside ``db`` is current; return its path, or None (with a message)
    when the folder cannot be written."""
    from rashomon.store import Store

    path = index_path(db)
    store = Store(db, readonly=True)
    try:
        if ensure(store.conn, path, lambda done, total: say(f"indexing for search: {done}/{total} document(s)")):
            say(f"search index written to {path}")
    except OSError as exc:
        say(f"search is off: cannot write {path} ({exc.strerror or exc})")
        return None
    finally:
        store.close()
    return path


def serve(db: Path, host: str = "127.0.0.1", port: int = 8000, search: bool = True,
          say: Callable[[str], None] = lambda m: print(m, file=sys.stderr)) -> None:  # fmt: skip
    """Run the app until interrupted. Bounded: at most 64 connections at once, idle ones closed after 5 s."""
    import uvicorn

    index = prepare_search(db, say) if search else None
    hosts = (*LOOPBACK, host) if is_loopback(host) else ("*",)
    app = create_app(db, index, hosts)
    warm(app)
    say(f"serving {db} read-only at http://{host if ':' not in host else f'[{host}]'}:{port}/  (Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning", limit_concurrency=64, timeout_keep_alive=5,
                server_header=False, proxy_headers=False)  # fmt: skip


__all__ = ["create_app", "is_loopback", "prepare_search", "serve", "warm"]
