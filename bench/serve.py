"""Speed of the app and the report on a large store: every page type and API route, over loopback.

Builds a store of --docs documents (default 10,000) by coding the caucasus articles once and replicating them
at the store level: each copy gets a new content hash, dates shifted by a few days, an outlet of its own among
40, and copies of the original's segments, events, actors and (filled as the examine stage would) claims,
tones and loaded-language spans. Then it starts the app on a real uvicorn server on 127.0.0.1, sends a
bounded number of requests to each route (parameters varied so that few answers come from the app's cache)
and prints p50/p95 per route, then writes the report for the same store and prints its size and time.

    python bench/serve.py                  # 10,000 documents
    python bench/serve.py --docs 500 -n 10 # a quick check
"""

from __future__ import annotations

import argparse
import http.client
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rashomon.engine import analyze  # noqa: E402
from rashomon.store import Store  # noqa: E402

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("-n", type=int, default=40, help="requests per route (default 40)")
    parser.add_argument("--keep", type=Path, help="keep the generated store here")
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
            for path in ("/api/export/network/gexf", "/api/export/events/geojson"):
                start = time.perf_counter()
                _, body = get(path)
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
