"""Scale figures: engines, incremental examine, the app and the driver's memory on large stores.

    python bench/scale.py [--parts abcd] [--words N] [--engines local,ray1,ray2] [--docs 10000,100000] [--hot 0.0] [-n 20]

(a) words/s of the local engine with 1 process (as by default: spaCy parses beside the coder, on this much
    text in a process of its own, rashomon/engine/parse_process.py), and of
    Ray with 1 and 2 workers, in one run. Each engine
    runs in a process of its own on the same replicated corpus (bench/analyze.py's copies of the caucasus
    articles), models loaded before the clock starts (the local engine's once, each Ray actor's by a warm-up
    run of one article; Ray Data's read workers, which import the readers as they start, by a reading-only
    pass over the same corpus into another store), so the figure is the coding rate, not start-up. Prints the ratios to the local
    engine, the machine's load average (the CPU is shared), the CPU time of the coding (the local engine's
    process; Ray's actors, its driver and its own other processes apart) and whether the exports are
    identical. --engines picks the engines (first the baseline); ray2+ahead has its actors parse ahead in a
    thread whatever the cores, as the Ray engine did before it left that to actors with a core free;
    ray2+nice15 runs Ray's workers at Ray's default niceness (15), as the engine did before it set 0.
    --words defaults to 120,000 here: a run also pays costs that do not grow with the corpus, which at 40,000
    words (20 documents, 5 s of coding on 2 workers) were an eighth of Ray's run (docs/scale.md (a), 2026-12-04, later:
    Ray Data's two read workers starting and exiting while the actors code, 0.6 CPU-seconds; each actor's
    caches filling on its first documents, about 0.3 CPU-seconds an actor).
(b) incremental examine at --docs documents: a synthetic store (below) examined in full (in a process of
    its own, whose peak RSS is printed: the driver's memory in a full pass, which should not grow with the
    store), then +1 % more documents examined incrementally, against a full pass over the grown store, each
    in a process of its own (peak RSS printed); checks both give the same claims. Target: incremental <= 5 %
    of the full pass (in wall time; the share in CPU time, less moved by other work on the machine, is
    printed beside it). A store examined before migration 10 has no ledgers: its first incremental pass grows
    its undated claims from all their events (and writes their ledgers); examine it in full first
    (``rashomon examine --db STORE --full``) to measure the update as it runs from then on.
(c) app p95 latency on the largest store of (b): runs bench/serve.py --keep on it (-n requests per route).
    With --parts c (no b) and --keep DIR holding that store from an earlier run, (c) runs on it as it is.
(d) peak memory (RSS) of the driver: Ray with 2 workers on --words (default 40,000) and 3x --words words, and the local engine
    on the same, each in a fresh process (the Ray driver never loads the models: it should stay flat), with
    each run's words/s (the larger corpus amortises start-up). Analysis only: the examine stage that analyze
    runs at its end holds the events it re-weighs (a batch of blocks at a time in a full pass), see (b).

The synthetic stores: the caucasus articles are coded once; each synthetic document is a window of three
consecutive paragraphs of one of them holding at least one event (text, segments, events, actors, tone
mentions and technique spans cut and shifted to the window), with its own content hash, an outlet among
400, its publication and event dates shifted by up to two years, and the countries of its actors replaced,
copy by copy, by countries drawn from ISO 3166's 249 (so propositions spread over many actor pairs as a
news stream's do). With --hot H a share H of the documents keeps its original countries: one story that
grows with the corpus (the case incremental examine handles worst, see docs/scale.md).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from analyze import DEFAULT_CORPUS, replicate  # noqa: E402

from rashomon.engine import analyze  # noqa: E402
from rashomon.engine.examine import examine_stored  # noqa: E402
from rashomon.engine.tally import Tally  # noqa: E402
from rashomon.export import get_exporter  # noqa: E402
from rashomon.settings import Options  # noqa: E402
from rashomon.store import Store  # noqa: E402

WINDOW = 3  # paragraphs per synthetic document


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time this process has used (user and system): what a Ray driver takes from the workers' cores;
    with the child processes it waited for (the local engine's parse process, once it has ended)."""
    usage, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime + children.ru_utime + children.ru_stime


def tree_cpu() -> dict[int, float]:
    """The CPU time used so far by each process this one started and theirs (a local Ray's daemons, workers
    and actors), by process id; empty where there is no /proc."""
    stats: dict[int, tuple[int, float]] = {}  # pid -> (parent, CPU seconds)
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = entry.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended meanwhile
        stats[int(entry.parent.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    mine: dict[int, float] = {}
    grown = True
    while grown:
        grown = False
        for pid, (parent, used) in stats.items():
            if (parent == os.getpid() or parent in mine) and pid not in mine:
                mine[pid] = used
                grown = True
    return mine


def tree_cpu_since(before: dict[int, float]) -> float:
    """The CPU time the processes under this one used since ``before`` (:func:`tree_cpu`), counting those
    still running (a Ray worker that ended meanwhile, as idle read workers do, is left out)."""
    return sum(used - before.get(pid, 0.0) for pid, used in tree_cpu().items())


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count()} CPUs"


# ------------------------------------------------------------------------------------------------ (a), (d)


def one_engine(engine: str, folder: Path) -> dict[str, Any]:
    """Run one engine on the replicated corpus in ``folder`` (in this process); the figures as a dict."""
    from rashomon.engine.analyse import code_batches, load_models
    from rashomon.engine.local import Engine, ingest_sources

    options = Options()
    warm = folder.parent / "warm"
    actors: Callable[[], float] = lambda: 0.0  # noqa: E731  (the CPU time of the coding actors so far)
    if engine == "local":
        nlp, models, _ = load_models(options)

        def coder(work, opts, ready):  # type: ignore[no-untyped-def]
            ready()  # local_coder with its models loaded already: the parse beside the coder, as by default
            yield from code_batches(work, nlp, models, opts)

        chosen = Engine("local", ingest_sources, coder)
    else:
        from rashomon.engine import ray as on_ray

        name, *flags = engine.split("+")
        workers = int(name.removeprefix("ray"))
        if "nice15" in flags:  # the actors at Ray's own default niceness, as the engine ran them before
            on_ray.WORKER_NICENESS = 15
        chosen = on_ray.ray_engine(workers=workers)
        if "ahead" in flags:  # the actors parse ahead in a thread whatever the cores (for comparison)
            chosen = replace(chosen, coder=partial(on_ray.coder, workers=workers, parse_ahead=True))
        actors = on_ray.actors_cpu_seconds
        warmed = folder.parent / f"warm-{engine}.db"
        for stale in (warmed, warmed.with_name(warmed.name + "-wal"), warmed.with_name(warmed.name + "-shm")):
            stale.unlink(missing_ok=True)  # a store kept from an earlier run (--keep) would code nothing: no actors
        with Store(warmed) as store:
            analyze(store, [warm], options, engine=chosen)  # the actors load their models, kept for the run
        read = folder.parent / f"read-{engine}.db"
        for stale in (read, read.with_name(read.name + "-wal"), read.with_name(read.name + "-shm")):
            stale.unlink(missing_ok=True)
        with Store(read) as store:  # Ray Data's read workers start (and import the readers) once, here
            analyze(store, [folder], replace(options, analyse=False), engine=chosen)
    db = folder.parent / f"{engine}-{folder.name}.db"
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)  # a fresh store: nothing known from an earlier run
    with Store(db) as store:
        tally = Tally()
        cpu, tree, coders = cpu_seconds(), tree_cpu(), actors()
        start, started = time.perf_counter(), time.monotonic()
        report = analyze(store, [folder], replace(options, examine=False), engine=chosen, tally=tally)
        seconds = time.perf_counter() - start
        cpu, ray_cpu, coders = cpu_seconds() - cpu, tree_cpu_since(tree), actors() - coders
        ended = time.monotonic()
        out = io.StringIO()
        get_exporter("events", "plover-jsonl")(store, out)
    coding = ended - tally.stage_started if tally.stage == "coding events" else 0.0
    return {"engine": engine, "words": report.words, "seconds": seconds, "documents": report.documents_analysed,
            "events": report.events, "rss_mb": peak_mb(), "load": load(), "reading": ended - started - coding,
            "coding": coding, "driver_cpu": cpu, "actors_cpu": coders, "ray_cpu": ray_cpu - coders,
            "export": hashlib.sha256(out.getvalue().encode()).hexdigest()}  # fmt: skip


def engines(words: int, corpus: Path, which: list[str], tmp: Path) -> list[dict[str, Any]]:
    """Each engine in a fresh process on the same corpus of ``words`` words."""
    folder = tmp / f"corpus-{words}"
    if not folder.exists():
        folder.mkdir()
        replicate(corpus, folder, words)
        (tmp / "warm").mkdir(exist_ok=True)
        first = sorted(corpus.iterdir())[0]
        (tmp / "warm" / first.name).write_bytes(first.read_bytes())
    out = []
    for engine in which:
        child = subprocess.run([sys.executable, __file__, "--one", engine, "--folder", str(folder)],
                               capture_output=True, text=True, check=False)  # fmt: skip
        if child.returncode != 0:
            sys.exit(f"{engine} failed:\n{child.stderr[-3000:]}")
        out.append(json.loads(child.stdout.strip().splitlines()[-1]))
    return out


def _spin(_: int) -> float:
    start, x = time.perf_counter(), 0
    for i in range(10_000_000):
        x += i
    return time.perf_counter() - start


def ceiling() -> float:
    """What a second process adds on this machine now: the throughput of the same pure-Python loop in two
    processes at once against one (2.0 on two idle cores; less when other work holds the CPUs)."""
    from multiprocessing import Pool

    with Pool(2) as pool:
        one = pool.map(_spin, [0])[0]
        two = max(pool.map(_spin, [0, 1]))
    return 2 * one / two


def part_a(args: argparse.Namespace, tmp: Path) -> None:
    print(f"\n(a) words/s, one process per engine, models loaded before the clock starts; {load()}")
    before = ceiling()
    runs = engines(args.words or 120_000, args.corpus, args.engines.split(","), tmp)
    after = ceiling()
    base = runs[0]["words"] / runs[0]["seconds"]
    for r in runs:
        rate = r["words"] / r["seconds"]
        print(f"  {r['engine']:10} {rate:8.0f} words/s  ({r['words']:,} tokens, {r['documents']} documents, "
              f"{r['events']:,} events in {r['seconds']:.1f}s: reading and storing {r['reading']:.1f}s, coding "
              f"{r['coding']:.1f}s)  x{rate / base:.2f} of {runs[0]['engine']}  [{r['load']} at its end]")  # fmt: skip
        coding_cpu = r["actors_cpu"] or r["driver_cpu"]
        print(f"  {'':10} CPU: {'the actors' if r['actors_cpu'] else 'this process and its parse process'} {coding_cpu:.1f}s "
              f"({r['words'] / coding_cpu:,.0f} words a CPU-second)"
              + (f", the driver {r['driver_cpu']:.1f}s, Ray's own processes {r['ray_cpu']:.1f}s" if r["actors_cpu"] else ""))  # fmt: skip
    same = len({r["export"] for r in runs}) == 1
    print(f"  events exports identical across the {len(runs)}: {'yes' if same else 'NO'}; target: ray2 >= 1.7x local")
    print(f"  ceiling: two processes of a pure-Python loop do x{before:.2f} the work of one on this machine before "
          f"the engines ran, x{after:.2f} after (2.00 on two idle cores)")  # fmt: skip


def part_d(args: argparse.Namespace, tmp: Path) -> None:
    print(f"\n(d) peak RSS of the driver process (MB) as the corpus grows; {load()}")
    for engine in ("ray2", "local"):
        words = args.words or 40_000
        figures = [engines(w, args.corpus, [engine], tmp)[0] for w in (words, 3 * words)]
        print(f"  {engine:6} " + ", ".join(f"{f['words']:,} tokens: {f['rss_mb']:.0f} MB ({f['words'] / f['seconds']:.0f} "
                                          f"words/s, reading and storing {f['reading']:.1f}s, coding {f['coding']:.1f}s)"
                                          for f in figures) + f"  [{figures[-1]['load']} at its end]")  # fmt: skip


# ------------------------------------------------------------------------------------------------ (b), (c)


@dataclass
class Window:
    doc: dict[str, Any]
    first: int  # the original ordinal of the window's first paragraph
    start: int
    end: int
    segments: list[dict[str, Any]]
    events: list[tuple[dict[str, Any], list[dict[str, Any]]]]
    tones: list[dict[str, Any]]
    spans: list[dict[str, Any]]


def windows(db: Path) -> list[Window]:
    """Windows of WINDOW consecutive paragraphs of the coded articles, each with at least one event."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    out: list[Window] = []
    for doc in conn.execute("SELECT * FROM documents ORDER BY id").fetchall():
        segs = [dict(s) for s in conn.execute("SELECT * FROM segments WHERE document_id = ? ORDER BY ord", (doc["id"],))]
        for first in range(0, len(segs), WINDOW):
            part = segs[first : first + WINDOW]
            lo, hi = part[0]["start"], part[-1]["end"]
            events = [(dict(e), [dict(a) for a in conn.execute("SELECT * FROM event_actors WHERE event_id = ?", (e["id"],))])
                      for e in conn.execute("SELECT * FROM events WHERE document_id = ? AND segment BETWEEN ? AND ?",
                                            (doc["id"], first, first + len(part) - 1))]  # fmt: skip
            if not events:
                continue
            tones = [dict(t) for t in conn.execute("SELECT * FROM tone_mentions WHERE document_id = ? AND segment BETWEEN ? AND ?",
                                                   (doc["id"], first, first + len(part) - 1))]  # fmt: skip
            spans = [dict(t) for t in conn.execute("SELECT * FROM technique_spans WHERE document_id = ? AND segment BETWEEN ? AND ?",
                                                   (doc["id"], first, first + len(part) - 1))]  # fmt: skip
            out.append(Window(dict(doc), first, lo, hi, [{**s, "ord": s["ord"] - first} for s in part], events, tones, spans))
    conn.close()
    return out


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    cols = ", ".join(f'"{c}"' for c in row)
    return int(conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({','.join('?' * len(row))})", list(row.values())).lastrowid or 0)


def _shift_date(value: str | None, days: int) -> str | None:
    if not value or len(value) < 10:
        return value
    try:
        return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat() + value[10:]
    except ValueError:
        return value


def add_documents(db: Path, wins: list[Window], first: int, count: int, countries: list[str], hot: float) -> None:
    """Documents ``first`` .. ``first + count - 1`` of the synthetic stream (see the module's docstring)."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    for k in range(first, first + count):
        rng = random.Random(k)
        w = wins[k % len(wins)]
        days = rng.randrange(730)
        swap: dict[str, str] = {}
        keep = rng.random() < hot

        def country(c: str | None, swap: dict[str, str] = swap, keep: bool = keep, rng: random.Random = rng) -> str | None:
            if c is None or keep:
                return c
            return swap.setdefault(c, rng.choice(countries))

        def code(c: str | None, ctry: str | None) -> str | None:
            if c is None or ctry is None or not c.startswith(ctry):
                return c
            return f"{country(ctry)}{c[len(ctry):]}"

        lo = w.start
        doc = {key: v for key, v in w.doc.items() if key != "id"}
        doc.update(content_hash=hashlib.sha256(f"synthetic {k}".encode()).hexdigest(), name=f"s{k:07d}.txt",
                   text=w.doc["text"][lo : w.end], outlet=f"Outlet {rng.randrange(400)}", syndicated_from=None,
                   published=_shift_date(w.doc["published"] or "2021-01-01", days), published_precision="day",
                   run_id=None)  # fmt: skip
        doc_id = _insert(conn, "documents", doc)
        for s in w.segments:
            _insert(conn, "segments", {**s, "document_id": doc_id, "start": s["start"] - lo, "end": s["end"] - lo,
                                       "quote_start": None, "quote_end": None})  # fmt: skip
        offset = w.first
        for e, actors in w.events:
            row = {key: v for key, v in e.items() if key != "id"}
            row.update(document_id=doc_id, event_key=f"{e['event_key']}:{k}", segment=e["segment"] - offset,
                       sentence_start=e["sentence_start"] - lo, sentence_end=e["sentence_end"] - lo,
                       trigger_start=e["trigger_start"] - lo, trigger_end=e["trigger_end"] - lo,
                       date=_shift_date(e["date"], days), speaker_code=code(e["speaker_code"], e["speaker_code"][:3] if e["speaker_code"] else None),
                       place_country=country(e["place_country"]))  # fmt: skip
            event_id = _insert(conn, "events", row)
            for a in actors:
                _insert(conn, "event_actors", {**a, "event_id": event_id, "start": a["start"] - lo, "end": a["end"] - lo,
                                               "code": code(a["code"], a["country"]), "country": country(a["country"])})  # fmt: skip
        for t in w.tones:
            row = {key: v for key, v in t.items() if key != "id"}
            row.update(document_id=doc_id, segment=t["segment"] - offset, start=t["start"] - lo, end=t["end"] - lo,
                       sentence_start=t["sentence_start"] - lo, sentence_end=t["sentence_end"] - lo,
                       code=code(t["code"], t["country"]), country=country(t["country"]))  # fmt: skip
            _insert(conn, "tone_mentions", row)
        for sp in w.spans:
            row = {key: v for key, v in sp.items() if key != "id"}
            row.update(document_id=doc_id, segment=sp["segment"] - offset, start=sp["start"] - lo, end=sp["end"] - lo,
                       target_start=None, target_end=None, target_text=None, target_code=None)  # fmt: skip
            _insert(conn, "technique_spans", row)
        conn.execute("INSERT INTO analyses (document_id, version, status, events, run_id) VALUES (?, 'synthetic', 'done', ?, NULL)",
                     (doc_id, len(w.events)))  # fmt: skip
    conn.execute("COMMIT")
    conn.close()


def claims_digest(store: Store) -> str:
    out = io.StringIO()
    get_exporter("claims", "jsonl")(store, out)
    return hashlib.sha256(out.getvalue().encode()).hexdigest()


def part_b(args: argparse.Namespace, tmp: Path) -> Path | None:
    print(f"\n(b) examine: +1 % documents, incremental against a full pass (hot share {args.hot}); {load()}")
    base = tmp / "base.db"
    with Store(base) as store:
        report = analyze(store, [args.corpus])
        assert not report.errors, report.errors
    wins = windows(base)
    countries = _countries()
    largest = None
    for docs in args.docs:
        db = tmp / f"synthetic-{docs}.db"
        Store(db).close()  # the schema
        t = time.perf_counter()
        add_documents(db, wins, 0, docs, countries, args.hot)
        built = time.perf_counter() - t
        first = full_pass(db)
        print(f"  {docs:,} documents ({first['events']:,} events, {first['claims']:,} claims; built in {built:.0f}s): "
              f"full pass {first['seconds']:.1f}s in a process of its own, its peak RSS {first['peak_mb']:.0f} MB "
              f"(of which {first['start_mb']:.0f} MB before it began); {load()}")  # fmt: skip
        grow(db, wins, countries, args.hot)
        largest = db
    return largest


def full_pass(db: Path) -> dict[str, Any]:
    """A full examination of ``db`` in a fresh process (so that its peak memory is the pass's own, not this
    one's): its seconds, events, claims and peak RSS."""
    child = subprocess.run([sys.executable, __file__, "--full-pass", str(db)], capture_output=True, text=True,
                           check=True)  # fmt: skip
    return dict(json.loads(child.stdout.splitlines()[-1]))


def _own_peak_mb() -> float:
    """This process's peak RSS since it started its program: Linux's VmHWM (getrusage's maxrss also counts
    what the parent held when it forked this process, kept across exec), else maxrss."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return peak_mb()
    line = next((x for x in status.splitlines() if x.startswith("VmHWM:")), None)
    return int(line.split()[1]) / 1024 if line else peak_mb()


def _full_pass_here(db: Path) -> dict[str, Any]:
    start_mb = _own_peak_mb()
    with Store(db) as store:
        t = time.perf_counter()
        report = examine_stored(store, full=True)
        seconds = time.perf_counter() - t
    return {"seconds": seconds, "events": report.events, "claims": report.claims, "peak_mb": _own_peak_mb(),
            "start_mb": start_mb}  # fmt: skip


def grow(db: Path, wins: list[Window], countries: list[str], hot: float) -> None:
    """+1 % documents on an examined store: the incremental pass against a full one over the grown store,
    each in a process of its own (its peak RSS printed)."""
    with Store(db) as store:
        docs = store.count("documents")
    add_documents(db, wins, docs, docs // 100, countries, hot)
    before = load()
    inc = examine_in_child(db, full=False)
    between = load()
    full = examine_in_child(db, full=True)
    same = full["digest"] == inc["digest"]
    print(f"    +{docs // 100:,} documents: incremental {inc['seconds']:.2f}s ({inc['blocks']:,} blocks, {inc['grown']:,} of them "
          f"updated in two parts, {inc['ledgered']:,} undated claims grown from their ledgers; {inc['weighed']:,} events "
          f"re-weighed or read; peak RSS {inc['peak_mb']:.0f} MB, {inc['start_mb']:.0f} MB before it began; {before}) against a full "
          f"pass of {full['seconds']:.1f}s over {full['events']:,} events (peak RSS {full['peak_mb']:.0f} MB; {between}): "
          f"{100 * inc['seconds'] / full['seconds']:.1f} % (target <= 5 %); in CPU time {inc['cpu']:.2f}s against "
          f"{full['cpu']:.1f}s: {100 * inc['cpu'] / full['cpu']:.1f} %; same claims: {'yes' if same else 'NO'}; {load()}")  # fmt: skip


def examine_in_child(db: Path, full: bool) -> dict[str, Any]:
    """An examination of ``db`` (incremental, or ``full``) in a fresh process: its seconds, report, the digest
    of the claims export after it, and its peak RSS."""
    child = subprocess.run([sys.executable, __file__, "--examine", str(db), *(["--full"] if full else [])],
                           capture_output=True, text=True, check=True)  # fmt: skip
    return dict(json.loads(child.stdout.splitlines()[-1]))


def _examine_here(db: Path, full: bool) -> dict[str, Any]:
    start_mb = _own_peak_mb()
    with Store(db) as store:
        t, cpu = time.perf_counter(), time.process_time()
        report = examine_stored(store, full=full)
        seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
        peak = _own_peak_mb()
        digest = claims_digest(store)
    return {"seconds": seconds, "cpu": cpu, "events": report.events, "blocks": report.blocks, "grown": report.grown,
            "ledgered": report.ledgered, "weighed": report.weighed, "peak_mb": peak, "start_mb": start_mb,
            "digest": digest}  # fmt: skip


def _countries() -> list[str]:
    """The world's ISO 3166 alpha-3 country codes (as the actor table codes countries): where synthetic
    documents' actors come from."""
    import pycountry

    return sorted(c.alpha_3 for c in pycountry.countries)


def part_c(args: argparse.Namespace, db: Path) -> None:
    print(f"\n(c) the app on {db.name}: bench/serve.py --keep ... -n {args.n}; {load()}")
    child = subprocess.run([sys.executable, str(HERE / "serve.py"), "--keep", str(db), "-n", str(args.n)],
                           capture_output=True, text=True, check=False)  # fmt: skip
    print("\n".join("  " + line for line in child.stdout.splitlines()))
    if child.returncode:
        print(child.stderr[-2000:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--parts", default="abcd")
    parser.add_argument("--words", type=int, help="(a) the corpus's words (default 120,000); (d) the smaller "
                        "corpus's, the larger three times it (default 40,000)")
    parser.add_argument("--engines", default="local,ray1,ray2",
                        help="(a) the engines to run, the first the baseline; ray2+ahead: actors that parse ahead in a thread "
                        "whatever the cores (the Ray engine before it left the thread to actors with a core free); "
                        "ray2+nice15: Ray's workers at Ray's default niceness (the engine before it set 0)")
    parser.add_argument("--docs", default="10000,100000")
    parser.add_argument("--hot", type=float, default=0.0)
    parser.add_argument("-n", type=int, default=20)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--keep", type=Path, help="keep the stores made here")
    parser.add_argument("--again", type=Path, help="(b) once more on a store kept by --keep: +1 %% documents, "
                        "incremental against full (the kept folder's base.db gives the windows)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--full-pass", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--examine", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--full", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_engine(args.one, args.folder)))
        return 0
    if args.full_pass:
        print(json.dumps(_full_pass_here(args.full_pass)))
        return 0
    if args.examine:
        print(json.dumps(_examine_here(args.examine, args.full)))
        return 0
    if args.again:
        grow(args.again, windows(args.again.parent / "base.db"), _countries(), args.hot)
        return 0
    if not args.corpus.is_dir():
        print(f"the caucasus corpus is not at {args.corpus}", file=sys.stderr)
        return 2
    args.docs = [int(d) for d in args.docs.split(",")]
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="rashomon-scale-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        if "a" in args.parts:
            part_a(args, tmp)
        if "d" in args.parts:
            part_d(args, tmp)
        kept = tmp / f"synthetic-{max(args.docs)}.db"
        if "b" not in args.parts and args.keep and kept.exists():  # (c) alone on a store kept by an earlier run
            largest: Path | None = kept
        else:
            largest = part_b(args, tmp) if "b" in args.parts or "c" in args.parts else None
        if "c" in args.parts and largest is not None:
            part_c(args, largest)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
