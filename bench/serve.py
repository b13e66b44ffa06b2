"""Speed of the app and the report on a large store: every page type and API route, over loopback.

Builds a store of --docs documents (default 10,000) by coding the caucasus articles once and replicating them
at the store level: each copy gets a new content hash, dates shifted by a few days, an outlet of its own among
40, and copies of the original's segments, events, actors and (filled as the examine stage would) claims,
tones and loaded-language spans. Then it starts the app on a real uvicorn server on 127.0.0.1, sends a
bounded number of requests to each route (parameters varied so that few answers come from the app's cache)
and prints p50/p95 per route, then writes the report for the same store and prints its size and time.

    python bench/serve.py                  # 10,000 documents
    python bench/serve.py --docs 500 -n 10 # a quick check
    python bench/serve.py --clients 50     # 50 clients at once, export downloads running beside them
    python bench/serve.py --keep STORE -n 60 --pages-only   # the pages alone, on a store kept (or made) there

With --clients N the app runs as users run it (`rashomon serve`, a process of its own) and N client threads
ask for the same mix of pages and API routes at once, each waiting --think seconds on average between its
requests (a person reading; 0: as fast as answers come), while --exports threads download whole-store
exports one after another. Prints p50/p95/p99 per route, the errors (any answer but 200, except an export
turned away with 503 + Retry-After, counted apart), and the exports' times.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rashomon.engine import analyze  # noqa: E402
from rashomon.store import Store  # noqa: E402
from rashomon.store.schema import claim_firsts_fill  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "caucasus"
COPY_TABLES = ("segments", "events", "event_actors", "tones", "technique_spans", "tone_mentions")


def base_store(folder: Path) -> Path:
    from tests.report.stores import examine  # the examine stage's tables, filled as in the views' tests

    db = folder / "base.db"
    store = Store(db)
    report = analyze(store, [str(CORPUS)])
    store.close()
    assert not report.errors, report.errors
    examine(db)
    return db


def replicate(base: Path, target: Path, docs: int) -> None:
    """Copies of the base store's documents (and all that hangs on them) until it holds ``docs``."""
    shutil.copy(base, target)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    n_docs, max_doc = conn.execute("SELECT count(*), max(id) FROM documents").fetchone()
    max_event = conn.execute("SELECT max(id) FROM events").fetchone()[0]
    max_cluster = conn.execute("SELECT coalesce(max(id), 0) FROM clusters").fetchone()[0]
    cols = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in
            ("documents", "segments", "events", "event_actors", "clusters", "cluster_events", "conflicts", "tones",
             "technique_spans", "tone_mentions")}  # fmt: skip

    def select(table: str, replace: dict[str, str]) -> str:
        return ", ".join(replace.get(c, f'"{c}"') for c in cols[table])

    copies = -(-docs // n_docs) - 1
    conn.execute("BEGIN")
    for k in range(1, copies + 1):
        keep = docs - n_docs * k if n_docs * (k + 1) > docs else n_docs
        dd, de, dc = k * max_doc, k * max_event, k * max_cluster
        doc_filter = f"document_id <= {keep}"
        doc_cols = select("documents", {
            "id": f"id + {dd}", "content_hash": f"content_hash || ':{k}'", "name": f"'{k:05d}/' || name",
            "outlet": f"coalesce(outlet, 'Site') || ' {k % 40}'",
            "published": f"date(coalesce(published, '2020-09-27'), '+{k % 700} days')", "published_precision": "'day'"})  # fmt: skip
        conn.execute(f"INSERT INTO documents SELECT {doc_cols} FROM documents WHERE id <= {keep}")
        seg_cols = select("segments", {"document_id": f"document_id + {dd}"})
        conn.execute(f"INSERT INTO segments SELECT {seg_cols} FROM segments WHERE {doc_filter}")
        event_cols = select("events", {
            "id": f"id + {de}", "event_key": f"event_key || ':{k}'", "document_id": f"document_id + {dd}",
            "date": f"CASE WHEN length(date) >= 10 THEN date(date, '+{k % 700} days') ELSE date END"})  # fmt: skip
        conn.execute(f"INSERT INTO events SELECT {event_cols} FROM events WHERE {doc_filter}")
        in_copy = f"(SELECT id FROM events WHERE {doc_filter})"
        actor_cols = select("event_actors", {"event_id": f"event_id + {de}"})
        conn.execute(f"INSERT INTO event_actors SELECT {actor_cols} FROM event_actors WHERE event_id IN {in_copy}")
        for table in ("tones", "technique_spans", "tone_mentions"):
            cols_t = select(table, {"id": "NULL", "document_id": f"document_id + {dd}"})
            conn.execute(f"INSERT INTO {table} SELECT {cols_t} FROM {table} WHERE {doc_filter}")
        cluster_cols = select("clusters", {"id": f"id + {dc}", "claim": f"claim || ':{k}'"})
        conn.execute(f"INSERT INTO clusters SELECT {cluster_cols} FROM clusters WHERE id <= {max_cluster}")
        conn.execute(f"INSERT INTO cluster_events SELECT cluster_id + {dc}, event_id + {de}, stance, origin || ':{k}', "
                     f"independent FROM cluster_events WHERE cluster_id <= {max_cluster} AND event_id IN {in_copy}")  # fmt: skip
        conflict_cols = select("conflicts", {"id": "NULL", "cluster_id": f"cluster_id + {dc}",
                                             "event_a": f"event_a + {de}", "event_b": f"event_b + {de}"})  # fmt: skip
        conn.execute(f"INSERT INTO conflicts SELECT {conflict_cols} FROM conflicts WHERE cluster_id <= {max_cluster} "
                     f"AND event_a IN {in_copy} AND event_b IN {in_copy}")  # fmt: skip
    conn.execute("COMMIT")
    conn.execute("DELETE FROM clusters WHERE id NOT IN (SELECT cluster_id FROM cluster_events)")
    conn.execute("DELETE FROM claim_firsts")  # listed again for the copies, as the examine stage lists them
    conn.execute(claim_firsts_fill())
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * len(values) + 0.5) - 1))]


def routes(conn: sqlite3.Connection, rng: random.Random, n: int) -> dict[str, list[str]]:
    """n URLs per route, with varied parameters."""
    actors = [r[0] for r in conn.execute("SELECT code FROM event_actors WHERE code IS NOT NULL GROUP BY code ORDER BY count(*) DESC LIMIT 30")]
    types = [r[0] for r in conn.execute("SELECT DISTINCT event FROM events")]
    outlets = [r[0] for r in conn.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL LIMIT 60")]
    max_event = conn.execute("SELECT max(id) FROM events").fetchone()[0]
    max_doc = conn.execute("SELECT max(id) FROM documents").fetchone()[0]
    claims = [r[0] for r in conn.execute("SELECT id FROM clusters ORDER BY random() LIMIT 500")] or [1]
    words = ["iran", "karabakh", "border", "corridor", "drones", "ceasefire", "israel", "baku", '%22foreign+minister%22', "arm*"]

    def filters() -> str:
        choice = rng.randrange(7)
        if choice == 0:
            return f"actor={rng.choice(actors)}"
        if choice == 1:
            return f"event={rng.choice(types)}"
        if choice == 2:
            y = rng.choice((2020, 2021, 2022))
            return f"date_from={y}-{rng.randint(1, 6):02d}&date_to={y}-{rng.randint(7, 12):02d}"
        if choice == 3:
            return f"status={rng.choice(('corroborated', 'single-source', 'contested', 'none'))}"
        if choice == 4:
            return f"source={quote_plus(rng.choice(outlets))}"
        if choice == 5:
            return f"modality={rng.choice(('asserted', 'denied', 'hedged'))}&actor={rng.choice(actors)}"
        return f"actor={rng.choice(actors)}&event={rng.choice(types)}"

    def ev() -> int:
        return rng.randint(1, max_event)

    make = {
        "/ (filtered)": lambda: f"/?{filters()}",
        "/events?filters&page": lambda: f"/events?{filters()}&page={rng.randint(1, 5)}",
        "/events/{id}": lambda: f"/events/{ev()}",
        "/claims?page": lambda: f"/claims?page={rng.randint(1, 200)}",
        "/claims/{id}": lambda: f"/claims/{rng.choice(claims)}",
        "/actors": lambda: "/actors",
        "/actors/{code}": lambda: f"/actors/{rng.choice(actors)}",
        "/documents?page": lambda: f"/documents?page={rng.randint(1, max(1, max_doc // 50))}",
        "/documents/{id}": lambda: f"/documents/{rng.randint(1, max_doc)}",
        "/search?q": lambda: f"/search?q={rng.choice(words)}+{rng.choice(words)}&page={rng.randint(1, 3)}",
        "/api/events?filters": lambda: f"/api/events?{filters()}&page={rng.randint(1, 5)}",
        "/api/events/{id}": lambda: f"/api/events/{ev()}",
        "/api/evidence?ids": lambda: "/api/evidence?ids=" + ",".join(str(ev()) for _ in range(5)),
        "/api/claims": lambda: f"/api/claims?page={rng.randint(1, 100)}",
        "/api/claims/{id}": lambda: f"/api/claims/{rng.choice(claims)}",
        "/api/actors/{code}": lambda: f"/api/actors/{rng.choice(actors)}",
        "/api/documents/{id}": lambda: f"/api/documents/{rng.randint(1, max_doc)}",
        "/api/timeline": lambda: f"/api/timeline?{filters()}",
        "/api/map": lambda: f"/api/map?{filters()}",
        "/api/network": lambda: f"/api/network?{filters()}",
        "/api/search": lambda: f"/api/search?q={rng.choice(words)}",
        "/api/overview": lambda: "/api/overview",
        "/static/views.js": lambda: "/static/views.js",
    }
    return {name: [f() for _ in range(n)] for name, f in make.items()}


EXPORTS = ("/api/export/events/csv", "/api/export/events/plover-jsonl", "/api/export/documents/jsonl",
           "/api/export/events/geojson")  # fmt: skip


def _get(host: str, port: int, url: str, timeout: float = 120, opened: list[http.client.HTTPConnection] | None = None) -> tuple[int, int]:
    """(status, bytes read) of one GET on a fresh connection; status 0 when the connection fails (with the
    bytes read until then). ``opened``: a list the connection is put in while it is open (so that another
    thread can cut it short)."""
    client = http.client.HTTPConnection(host, port, timeout=timeout)
    if opened is not None:
        opened.append(client)
    size = 0
    try:
        client.request("GET", url)
        response = client.getresponse()
        while block := response.read(1 << 16):
            size += len(block)
        return response.status, size
    except (OSError, http.client.HTTPException):  # refused, reset, or cut short (IncompleteRead)
        return 0, size
    finally:
        client.close()
        if opened is not None:
            opened.remove(client)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def concurrent(db: Path, urls: dict[str, list[str]], clients: int, think: float, exporters: int) -> int:
    """The app in its own process; ``clients`` threads over the URLs, ``exporters`` threads downloading."""
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "rashomon", "serve", "--db", str(db), "--port", str(port)],
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 600
        while _get("127.0.0.1", port, "/static/views.css", 2)[0] != 200:
            if server.poll() is not None or time.monotonic() > deadline:
                print(f"the server did not start: {server.stderr.read() if server.stderr else ''}", file=sys.stderr)
                return 2
            time.sleep(0.5)
        work = [(name, url) for name, batch in urls.items() for url in batch]
        random.Random(11).shuffle(work)
        lock = threading.Lock()
        times: dict[str, list[float]] = {name: [] for name in urls}
        errors: list[tuple[str, int]] = []
        stop = threading.Event()
        exports: list[tuple[str, int, float, int]] = []

        def client(k: int) -> None:
            rng = random.Random(k)
            while True:
                with lock:
                    if not work:
                        return
                    name, url = work.pop()
                if think:
                    time.sleep(rng.uniform(0.5 * think, 1.5 * think))
                start = time.perf_counter()
                status, _ = _get("127.0.0.1", port, url)
                ms = (time.perf_counter() - start) * 1000
                with lock:
                    times[name].append(ms)
                    if status != 200:
                        errors.append((url, status))

        downloading: list[http.client.HTTPConnection] = []

        def exporter(k: int) -> None:
            i = k
            while not stop.is_set():
                url = EXPORTS[i % len(EXPORTS)]
                i += 1
                start = time.perf_counter()
                status, size = _get("127.0.0.1", port, url, timeout=600, opened=downloading)
                with lock:
                    # a download still running when the pages are done is cut short, not waited for
                    exports.append((url, -1 if stop.is_set() and status != 200 else status, time.perf_counter() - start, size))
                if status == 503:
                    stop.wait(1.0)

        export_threads = [threading.Thread(target=exporter, args=(k,), daemon=True) for k in range(exporters)]
        for t in export_threads:
            t.start()
        time.sleep(1.0 if exporters else 0)  # the downloads are under way before the pages are asked for
        started = time.perf_counter()
        threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
        stop.set()
        for client in list(downloading):
            if client.sock is not None:
                with contextlib.suppress(OSError):
                    client.sock.shutdown(socket.SHUT_RDWR)
        for t in export_threads:
            t.join(600)
    finally:
        server.terminate()
        server.wait(30)
    n = sum(len(v) for v in times.values())
    print(f"\n{clients} clients at once (think time {think:g}s on average), {exporters} export download(s) running "
          f"beside them; {n} requests in {wall:.0f}s ({n / wall:.1f}/s), app in its own process")  # fmt: skip
    print(f"{'route':28} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    worst, every = 0.0, []
    for name, ms in times.items():
        if not ms:
            continue
        every += ms
        p95 = percentile(ms, 95)
        worst = max(worst, p95)
        print(f"{name:28} {len(ms):5d} {statistics.median(ms):8.1f} {p95:8.1f} {percentile(ms, 99):8.1f} {max(ms):8.1f}")
    print(f"all pages and API routes: p50 {statistics.median(every):.1f} ms, p95 {percentile(every, 95):.1f} ms, "
          f"p99 {percentile(every, 99):.1f} ms; worst route p95 {worst:.1f} ms (target <= 200 ms)")  # fmt: skip
    print(f"errors: {len(errors)}" + (f" (first: {errors[:5]})" if errors else ""))
    done = [e for e in exports if e[1] == 200]
    busy = sum(1 for e in exports if e[1] == 503)
    failed = [e for e in exports if e[1] not in (200, 503, -1)]
    cut = [e for e in exports if e[1] == -1]
    if exports:
        print(f"exports: {len(done)} downloaded (median {statistics.median([e[2] for e in done]) if done else 0:.1f}s, "
              f"{sum(e[3] for e in done) / 1e6:.0f} MB in all), {len(cut)} cut short when the pages were done "
              f"({sum(e[3] for e in cut) / 1e6:.0f} MB read by then), {busy} turned away with 503 + Retry-After, "
              f"{len(failed)} failed")  # fmt: skip
    return 1 if errors or failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("-n", type=int, default=40, help="requests per route (default 40)")
    parser.add_argument("--keep", type=Path, help="keep the generated store here (and reuse it if it exists)")
    parser.add_argument("--clients", type=int, default=0, help="clients at once (default: one request at a time)")
    parser.add_argument("--think", type=float, default=1.0, help="with --clients: seconds between a client's requests")
    parser.add_argument("--exports", type=int, default=2, help="with --clients: export downloads running beside")
    parser.add_argument("--pages-only", action="store_true",
                        help="the pages and API routes alone: no whole-store downloads and no report after them")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"the caucasus corpus is not at {CORPUS}", file=sys.stderr)
        return 2
    from rashomon.report import render_report
    from rashomon.web import prepare_search
    from rashomon.web.app import create_app, warm
    from tests.web.browser import running

    folder = Path(tempfile.mkdtemp(prefix="rashomon-bench-"))
    try:
        t = time.perf_counter()
        db = args.keep or folder / "big.db"
        if args.keep and args.keep.exists():
            print(f"reusing the store kept at {args.keep}")
            with Store(args.keep):
                pass  # a store kept by an earlier version is brought to this schema before the app reads it
        else:
            replicate(base_store(folder), db, args.docs)
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        counts = [conn.execute(f"SELECT count(*) FROM {x}").fetchone()[0] for x in ("documents", "events", "clusters", "tones")]
        print(f"store: {counts[0]:,} documents, {counts[1]:,} events, {counts[2]:,} claims, {counts[3]:,} tones; "
              f"{db.stat().st_size / 1e6:.0f} MB, built in {time.perf_counter() - t:.0f}s")  # fmt: skip
        t = time.perf_counter()
        index = prepare_search(db)
        print(f"search index: {time.perf_counter() - t:.1f}s, {index.stat().st_size / 1e6:.0f} MB" if index else "no search index")
        t = time.perf_counter()
        app = create_app(db, index)
        warm(app)
        print(f"app start (event index + first story): {time.perf_counter() - t:.1f}s")
        urls = routes(conn, random.Random(7), args.n)
        if args.clients:
            conn.close()
            return concurrent(db, urls, args.clients, args.think, args.exports)
        results: dict[str, list[float]] = {}
        with running(app) as origin:
            host, port = origin.removeprefix("http://").split(":")

            def get(url: str) -> tuple[int, bytes]:
                # a fresh connection per request: on a reused one this uvicorn/h11 pairing stalls ~40 ms
                # (a delayed ACK), which would measure the TCP stack, not the app
                client = http.client.HTTPConnection(host, int(port), timeout=60)
                try:
                    client.request("GET", url)
                    response = client.getresponse()
                    return response.status, response.read()
                finally:
                    client.close()
            for name, batch in urls.items():
                times = []
                for url in batch:
                    start = time.perf_counter()
                    status, _ = get(url)
                    times.append((time.perf_counter() - start) * 1000)
                    if status != 200:
                        print(f"  {url}: HTTP {status}", file=sys.stderr)
                results[name] = times
            exports = {}
            for path in () if args.pages_only else ("/api/export/network/gexf", "/api/export/events/geojson"):
                start = time.perf_counter()
                try:
                    _, body = get(path)
                except TimeoutError:  # a whole-store download on a large store: said, not a crash that loses the table
                    print(f"{path}: no answer within 60s", file=sys.stderr)
                    continue
                exports[path] = (time.perf_counter() - start, len(body))
        print(f"\n{'route':28} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}   ({args.n} requests each, loopback, one at a time)")
        worst = 0.0
        for name, times in results.items():
            p95 = percentile(times, 95)
            worst = max(worst, p95)
            print(f"{name:28} {statistics.median(times):8.1f} {p95:8.1f} {max(times):8.1f}")
        print(f"worst p95: {worst:.1f} ms (target <= 200 ms)")
        for path, (secs, size) in exports.items():
            print(f"{path}: {size / 1e6:.1f} MB in {secs:.1f}s (a download of the whole store)")
        if args.pages_only:
            conn.close()
            return 0
        t = time.perf_counter()
        _html, stats = render_report(conn)
        print(f"\nreport: {stats.bytes / 1e6:.2f} MB in {time.perf_counter() - t:.1f}s for {stats.documents:,} documents "
              f"({stats.documents_with_text} with full text, {stats.claims_shown} claims listed, charts over all {stats.events:,} events)")  # fmt: skip
        conn.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
