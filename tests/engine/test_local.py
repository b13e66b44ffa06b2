"""The local runner: idempotent reruns, recorded runs, and a store that survives SIGKILL."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rashomon.engine import analyze
from rashomon.store import Store


def _snapshot(store: Store):
    docs = store.conn.execute("SELECT id, content_hash, title, authors, published, text FROM documents ORDER BY id").fetchall()
    segs = store.conn.execute('SELECT document_id, ord, kind, start, "end", comment FROM segments ORDER BY 1, 2').fetchall()
    return [tuple(r) for r in docs], [tuple(r) for r in segs]


def test_rerun_adds_nothing_and_changes_nothing(corpus_dir, fresh_store):
    first = analyze(fresh_store, [corpus_dir])
    assert first.documents_added == 5 and not first.errors
    before = _snapshot(fresh_store)
    second = analyze(fresh_store, [corpus_dir])
    assert second.documents_added == 0
    assert second.inputs_unchanged == 5
    assert _snapshot(fresh_store) == before
    runs = fresh_store.runs()
    assert [r["status"] for r in runs] == ["completed", "completed"]
    assert runs[1]["counts"]["documents_added"] == 0


def test_same_content_under_another_name_is_one_document(corpus_file, tmp_path, fresh_store):
    src = corpus_file("004")
    (tmp_path / "a.txt").write_bytes(src.read_bytes())
    (tmp_path / "b.txt").write_bytes(src.read_bytes().replace(b"\n", b"\r\n"))
    report = analyze(fresh_store, [tmp_path])
    assert report.documents_added == 1 and report.documents_known == 1
    assert fresh_store.count("document_inputs") == 2


def _write_articles(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:05d}.txt").write_text(
            f"Border talks, round {i}\n\nBy Reporter {chr(65 + i % 26)}. Writer\n\n"
            + "".join(
                f"Delegations from both capitals met for the {i}-th time on Tuesday and agreed on item {j}. "
                for j in range(6)
            ),
            encoding="utf-8",
        )


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_sigkill_mid_run_leaves_a_consistent_store_that_the_next_run_completes(tmp_path):
    n = 500
    folder = tmp_path / "articles"
    _write_articles(folder, n)
    db = tmp_path / "news.db"
    cmd = [sys.executable, "-m", "rashomon", "analyze", str(folder), "--db", str(db), "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while _count(db) < 25 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed; make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_at = _count(db)
    assert 0 < killed_at < n

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # every stored document arrived whole: with its segments and its input
    assert conn.execute(
        "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM segments s WHERE s.document_id = d.id)"
    ).fetchone()[0] == 0
    assert conn.execute("SELECT status FROM runs").fetchall() == [("running",)]
    conn.close()

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with Store(db) as store:
        assert store.count("documents") == n
        assert store.count("document_inputs") == n
        assert [r["status"] for r in store.runs()] == ["interrupted", "completed"]
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        titles = {d.title for _, d in store.documents()}
        assert titles == {f"Border talks, round {i}" for i in range(n)}


SIDES = ("Armenia", "Azerbaijan", "Turkey", "Iran", "Russia", "Georgia")


def _write_coded_articles(folder: Path, n: int) -> None:
    """Articles with events to code: each names two sides and what one did to the other."""
    folder.mkdir()
    for i in range(n):
        a, b = SIDES[i % 6], SIDES[(i + 1 + i // 6) % 6]
        if a == b:
            b = SIDES[(i + 2) % 6]
        (folder / f"{i:05d}.txt").write_text(
            f"Envoys meet, round {i}\n\nBy Reporter {chr(65 + i % 26)}. Writer\n\n"
            f"{a} condemned the shelling of villages near the border on day {i}. "
            f"{b} denied that its forces had fired first, and accused {a} of provoking the clash. "
            f"The foreign ministers of {a} and {b} met in Vienna on Tuesday to discuss a ceasefire, "
            f"officials said. {a} threatened to recall its ambassador if the attacks continued.",
            encoding="utf-8",
        )


def _scalar(db: Path, sql: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute(sql).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _exports(db: Path, env: dict[str, str]) -> dict[str, str]:
    out = {}
    for what, fmt in (("documents", "jsonl"), ("events", "plover-jsonl"), ("claims", "jsonl")):
        done = subprocess.run([sys.executable, "-m", "rashomon", "export", what, "--db", str(db), "-f", fmt],
                              capture_output=True, text=True, timeout=120, env=env)  # fmt: skip
        assert done.returncode == 0, done.stderr
        out[what] = done.stdout
    return out


@pytest.mark.slow
def test_sigkill_while_reading_and_while_coding_then_a_rerun_exports_what_an_uninterrupted_run_does(tmp_path):
    n = 160
    folder = tmp_path / "articles"
    _write_coded_articles(folder, n)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}

    def cmd(db: Path) -> list[str]:
        return [sys.executable, "-m", "rashomon", "analyze", str(folder), "--db", str(db), "--quiet"]

    reference = tmp_path / "reference.db"
    done = subprocess.run(cmd(reference), capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr
    expected = _exports(reference, env)
    assert expected["events"].count("\n") > n, "the articles give events to compare"

    db = tmp_path / "killed.db"
    points = [("while reading", "SELECT count(*) FROM documents", 30),
              ("while coding", "SELECT count(*) FROM analyses", 20)]  # fmt: skip
    stored_at_kill = []
    for when, sql, at in points:
        base = _scalar(db, sql)
        proc = subprocess.Popen(cmd(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + 120
        while _scalar(db, sql) < base + at and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert proc.poll() is None, f"the run ended before it could be killed {when}; give it more articles"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        stored_at_kill.append((when, _scalar(db, "SELECT count(*) FROM documents"), _scalar(db, "SELECT count(*) FROM events")))
        assert _scalar(db, "SELECT count(*) FROM analyses") < n, f"killed {when}, before the end of coding"
    # killed while coding, the documents coded so far kept their events
    assert stored_at_kill[1][2] > 0, stored_at_kill

    rerun = subprocess.run(cmd(db), capture_output=True, text=True, timeout=600, env=env)
    assert rerun.returncode == 0, rerun.stderr
    with Store(db) as store:
        assert [r["status"] for r in store.runs()] == ["interrupted", "interrupted", "completed"]
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    got = _exports(db, env)
    for what in expected:
        assert got[what] == expected[what], f"{what} differ after the kills and the rerun"


def test_the_default_path_never_imports_ray(tmp_path):
    # issue 14: Ray is an optional extra, so analysing, examining and exporting from the command line on the
    # default (local) engine must not import it, installed or not
    article = tmp_path / "a.txt"
    article.write_text("Iran and Azerbaijan held talks in Baku on Monday. Armenia criticised the meeting.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from rashomon.cli import app\n"
        f"for args in (['analyze', {str(article)!r}, '--db', {str(tmp_path / 's.db')!r}],\n"
        f"             ['export', 'events', '--db', {str(tmp_path / 's.db')!r}, '--format', 'csv', '-o', {str(tmp_path / 'e.csv')!r}]):\n"
        "    try:\n"
        "        app(args, standalone_mode=False)\n"
        "    except SystemExit as exc:\n"
        "        assert not exc.code, exc.code\n"
        "print('RAY', sorted(m for m in sys.modules if m == 'ray' or m.startswith('ray.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "e.csv").exists()
    assert done.stdout.strip().splitlines()[-1] == "RAY []", done.stdout[-500:]
