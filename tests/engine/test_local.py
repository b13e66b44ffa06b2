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
