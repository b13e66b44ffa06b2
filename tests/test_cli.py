"""The command line, run as a user would (in-process through typer, and once as a real subprocess)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rashomon.cli import app

runner = CliRunner()


def test_analyze_then_export_on_the_caucasus_articles(corpus_dir, tmp_path, monkeypatch):
    db = tmp_path / "news.db"
    result = runner.invoke(app, ["analyze", str(corpus_dir), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "5 document(s) added" in result.output
    out = tmp_path / "docs.jsonl"
    result = runner.invoke(app, ["export", "documents", "--db", str(db), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(x["document"][:3] for x in lines) == ["000", "001", "002", "003", "004"]
    again = runner.invoke(app, ["analyze", str(corpus_dir), "--db", str(db), "--quiet"])
    assert "0 document(s) added" in again.output and "5 input(s) unchanged" in again.output
    # "-o -" is standard output, as other tools read it, not a file named "-" in the current folder
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", "documents", "--db", str(db), "--format", "jsonl", "-o", "-"])
    assert result.exit_code == 0 and not (tmp_path / "-").exists()
    assert len([x for x in result.stdout.splitlines() if x.startswith("{")]) == 5


def test_exit_code_is_non_zero_when_an_input_fails_and_the_rest_still_loads(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Talks resume\n\nThe two sides agreed on Friday to resume talks next week in Vienna.")
    (tmp_path / "in" / "empty.txt").write_text("")
    db = tmp_path / "news.db"
    result = runner.invoke(app, ["analyze", str(tmp_path / "in"), "--db", str(db), "--quiet"])
    assert result.exit_code == 1
    assert "empty.txt: is empty" in result.output
    assert "1 document(s) added" in result.output


def test_bad_db_and_bad_options_are_clear_errors(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me")
    result = runner.invoke(app, ["analyze", str(tmp_path), "--db", str(notes)])
    assert result.exit_code == 2 and "not a SQLite database" in result.output
    assert notes.read_text() == "keep me"
    result = runner.invoke(app, ["analyze", str(tmp_path), "--db", str(tmp_path / "x.db"), "--reader", "pdf"])
    assert result.exit_code == 2 and "unknown reader 'pdf'" in result.output
    result = runner.invoke(app, ["export", "documents", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2 and "no such store" in result.output
    result = runner.invoke(app, ["examine", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2 and "no such store" in result.output
    assert not (tmp_path / "missing.db").exists(), "a mistyped --db is not created"
    result = runner.invoke(app, ["examine", "--db", str(notes)])
    assert result.exit_code == 2 and "not a SQLite database" in result.output
    assert notes.read_text() == "keep me"
    result = runner.invoke(app, ["report", "--db", str(notes), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and "not a SQLite database" in result.output and not (tmp_path / "r.html").exists()
    result = runner.invoke(app, ["report", "--db", str(tmp_path / "missing.db"), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and "no such store" in result.output
    result = runner.invoke(app, ["export", "documents", "--db", str(tmp_path / "x.db"), "--format", "xml"])
    assert result.exit_code == 2 and "choose one of" in result.output
    result = runner.invoke(app, ["eval", "confli", "--encoder", "sometimes"])
    assert result.exit_code == 2 and "'sometimes'" in result.output and "not one of auto, on, off" in result.output


def test_demo_runs_on_the_bundled_sample(tmp_path):
    db = tmp_path / "demo.db"
    result = runner.invoke(app, ["demo", "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "5 input(s)" in result.output and "0 error(s)" in result.output
    runs = runner.invoke(app, ["runs", "--db", str(db)])
    assert "completed" in runs.output


def test_console_script_entry_point(tmp_path):
    result = subprocess.run([sys.executable, "-m", "rashomon", "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("rashomon ")


def test_code_reads_json_lines_and_writes_plover_events():
    lines = "\n".join(
        [
            json.dumps({"id": "a", "text": "Turkey condemned the attack on its embassy.", "date": "2021-10-06"}),
            "not json",
            json.dumps({"id": "b", "text": "The weather was fine."}),
        ]
    )
    result = runner.invoke(app, ["code"], input=lines)
    assert result.exit_code == 1, "the bad line is an error, the good ones are still coded"
    assert "<stdin>:2" in result.output
    events = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert events and all(e["input_id"] == "a" for e in events)
    assert events[0]["event"] == "ACCUSE" and events[0]["source"][0]["code"].startswith("TUR")


def test_eval_rejects_unknown_sets():
    result = runner.invoke(app, ["eval", "imaginary"])
    assert result.exit_code == 2 and "unknown data set" in result.output


class _Scored:
    def as_dict(self) -> dict[str, object]:
        return {"n": 3}


@pytest.fixture
def eval_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object, object, str]]:
    """The (set, path, limit, part) of each data set `rashomon eval` scores, with scoring faked."""
    from rashomon.evaluate import suite

    calls: list[tuple[str, object, object, str]] = []
    real = suite.run_set

    def fake(name: str, path: object, limit: object, part: str = "all") -> tuple[_Scored, dict[str, object]]:
        calls.append((name, path, limit, part))
        if part != "all" and name not in suite.PARTED:
            return real(name, path, limit, part)  # type: ignore[arg-type]  # the real refusal
        return _Scored(), {"n": 3, "accuracy": 0.5}

    monkeypatch.setattr(suite, "run_set", fake)
    return calls


def test_eval_part_defaults_to_validation_of_gold_dev_and_all_of_a_given_file(eval_calls, tmp_path):
    result = runner.invoke(app, ["eval", "plover", "--limit", "9"])
    assert result.exit_code == 0, result.output
    assert eval_calls[-1] == ("plover", None, 9, "validation")
    assert result.stdout.strip() == "plover [validation]: n 3, accuracy 0.5"
    held_out = tmp_path / "held_out.json"
    result = runner.invoke(app, ["eval", "case", "--path", str(held_out)])
    assert result.exit_code == 0 and eval_calls[-1] == ("case", held_out, None, "all")
    assert result.stdout.startswith("case [all]: ")
    result = runner.invoke(app, ["eval", "polnear"])
    assert result.exit_code == 0 and eval_calls[-1][3] == "all" and result.stdout.startswith("polnear [all]: ")
    result = runner.invoke(app, ["eval", "lgl-e2e"])  # the geoparsing sets are split by article
    assert result.exit_code == 0 and eval_calls[-1][3] == "validation"


def test_eval_part_given_always_wins(eval_calls, tmp_path):
    assert runner.invoke(app, ["eval", "confli", "--part", "train"]).exit_code == 0
    assert eval_calls[-1] == ("confli", None, None, "train")
    assert runner.invoke(app, ["eval", "acled", "--part", "all"]).exit_code == 0
    assert eval_calls[-1][3] == "all"
    result = runner.invoke(app, ["eval", "petrarch", "--path", str(tmp_path / "x.xml"), "--part", "validation", "--json"])
    assert result.exit_code == 0 and eval_calls[-1][3] == "validation"
    assert json.loads(result.stdout) == {"set": "petrarch", "part": "validation", "n": 3}


def test_eval_all_applies_the_part_to_the_split_sets_only(eval_calls):
    from rashomon.evaluate.suite import PARTED, SETS

    result = runner.invoke(app, ["eval", "all", "--part", "train"])
    assert result.exit_code == 0, result.output
    assert [c[0] for c in eval_calls] == list(SETS)
    assert {c[0]: c[3] for c in eval_calls} == {n: "train" if n in PARTED else "all" for n in SETS}
    assert {"confli", "acled"} <= PARTED


def test_eval_refuses_a_part_of_a_set_without_a_split_and_unknown_parts(eval_calls):
    result = runner.invoke(app, ["eval", "polnear", "--part", "validation"])
    assert result.exit_code == 2
    assert "polnear has no train/validation split: only the part 'all' is available" in result.output
    result = runner.invoke(app, ["eval", "plover", "--part", "dev"])
    assert result.exit_code == 2 and "unknown part 'dev'; choose one of: train, validation, all" in result.output
    assert [c[0] for c in eval_calls] == ["polnear"]  # nothing scored for the unknown part


def test_eval_prints_the_part_with_the_real_coder():
    from rashomon.evaluate.gold import PLOVER_GSR

    if not PLOVER_GSR.is_file():
        pytest.skip(f"gold file {PLOVER_GSR} absent (../shared/data/gold-dev is not on this machine)")
    result = runner.invoke(app, ["eval", "plover", "--limit", "4"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("plover [validation]: n 4, event_accuracy ")


def test_min_confidence_filters_exported_events_and_rules_only_codes_with_the_rules(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Border clashes\n\nAzerbaijani forces shelled Armenian positions near Kapan on Friday, and Iran said it "
        "would hold drills near the border. Armenia accused Baku of breaking the ceasefire.\n", encoding="utf-8"
    )
    db = tmp_path / "news.db"
    assert runner.invoke(app, ["analyze", str(tmp_path / "in"), "--db", str(db), "--quiet"]).exit_code == 0

    def exported(*extra: str) -> list[dict]:
        out = tmp_path / "e.jsonl"
        result = runner.invoke(app, ["export", "events", "--db", str(db), "--format", "plover-jsonl", "-o", str(out), *extra])
        assert result.exit_code == 0, result.output
        return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]

    every = exported()
    assert every and all(0 < e["confidence"] <= 1 for e in every)
    cut = sorted(e["confidence"] for e in every)[len(every) // 2]
    sure = exported("--min-confidence", str(cut))
    assert sure and len(sure) < len(every) and all(e["confidence"] >= cut for e in sure)
    refused = runner.invoke(app, ["export", "documents", "--db", str(db), "--min-confidence", "0.5"])
    assert refused.exit_code != 0 and "documents has no confidence" in refused.output
    assert runner.invoke(app, ["export", "events", "--db", str(db), "--min-confidence", "1.5"]).exit_code != 0

    rules = tmp_path / "rules.db"
    result = runner.invoke(app, ["analyze", str(tmp_path / "in"), "--db", str(rules), "--quiet", "--rules-only"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "r.jsonl"
    runner.invoke(app, ["export", "events", "--db", str(rules), "--format", "plover-jsonl", "-o", str(out)])
    coded = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert coded and all(e["confidence"] == 1.0 for e in coded)


def test_analyze_warns_of_a_document_the_topic_gate_stops_and_codes_it_without_the_gate(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "match.txt").write_text(
        "Rovers beat City\n\nRovers beat City 3-1 on Saturday to win the county cup. The home side launched wave "
        "after wave of attacks in the second half. City's manager said his players had run out of ideas. Fans "
        "invaded the pitch at the final whistle.\n", encoding="utf-8"
    )
    db = tmp_path / "news.db"
    gated = runner.invoke(app, ["analyze", str(tmp_path / "in"), "--db", str(db), "--quiet"])
    assert gated.exit_code == 0, gated.output
    assert "match.txt: reads as no political news" in gated.output and "0 event(s)" in gated.output
    ungated = runner.invoke(app, ["analyze", str(tmp_path / "in"), "--db", str(db), "--quiet", "--no-topic-gate"])
    assert ungated.exit_code == 0 and "political news" not in ungated.output
    assert "1 document(s) coded" in ungated.output and "0 event(s)" not in ungated.output


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_written_files_follow_the_users_umask(caucasus_store, tmp_path, umask):
    db = caucasus_store.path
    old = os.umask(umask)
    try:
        for args, name in ((["export", "claims", "--format", "jsonl"], "claims.jsonl"),
                           (["export", "events", "--format", "parquet"], "events.parquet"),
                           (["report", "--texts", "1"], "report.html")):  # fmt: skip
            out = tmp_path / name
            result = runner.invoke(app, [*args, "--db", str(db), "-o", str(out)])
            assert result.exit_code == 0, result.output
            assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask, (name, oct(out.stat().st_mode))
    finally:
        os.umask(old)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "a temporary file was left behind"


@pytest.mark.parametrize("fmt", ["plover-jsonl", "csv"])
def test_an_export_cut_short_by_its_reader_ends_quietly(caucasus_store, fmt):
    """`rashomon export ... | head`: the reader closes the pipe; no traceback, status 0 or 141 as `cat` gets."""
    proc = subprocess.Popen([sys.executable, "-m", "rashomon", "export", "events", "--db", str(caucasus_store.path),
                             "--format", fmt], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=Path(__file__).resolve().parent.parent)  # this checkout's rashomon  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.read(200)
    proc.stdout.close()
    errors = proc.stderr.read().decode("utf-8", "replace")
    status = proc.wait(60)
    assert first and status in (0, 141), (status, errors)
    assert "Traceback" not in errors and "rror" not in errors, errors


def _articles(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:05d}.txt").write_text(
            f"Border talks, round {i}\n\n" + "".join(
                f"Delegations from both capitals met for the {i}-th time on Tuesday and agreed on item {j}. " for j in range(6)),
            encoding="utf-8",
        )


def _ctrl_c_as_at_a_terminal() -> None:
    """A shell without job control starts background jobs with SIGINT ignored, and Python keeps an ignored
    SIGINT ignored: a suite run from such a job (a CI script, ``nohup ... &``) would send a Ctrl-C the run
    never sees. The child gets SIGINT's default, as a command typed at a terminal has."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _rashomon(*args: str) -> subprocess.Popen[str]:
    """This checkout's rashomon as a real process, its stderr a pipe (no terminal)."""
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.Popen([sys.executable, "-m", "rashomon", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=env, preexec_fn=_ctrl_c_as_at_a_terminal)  # fmt: skip


def _documents(db: Path) -> int:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_without_a_terminal_progress_is_a_line_every_few_seconds(tmp_path):
    import re

    _articles(tmp_path / "in", 400)
    proc = _rashomon("analyze", str(tmp_path / "in"), "--db", str(tmp_path / "n.db"), "--no-events",
                     "--progress-every", "0.05")  # fmt: skip
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    lines = [ln for ln in stderr.splitlines() if ln.startswith("run 1: reading")]
    assert lines, stderr[-2000:]
    # before the inputs are counted (under load the first line may come first) it says so, never "0 of 0"
    assert all(re.fullmatch(r"run 1: reading: ([\d,]+ of 400 input\(s\)|listing the input\(s\)), [\d,]+ document\(s\) stored; "
                            r"[\d.]+ document\(s\)/s", ln) for ln in lines), lines[:3]  # fmt: skip
    assert "400 document(s) added" in stderr


@pytest.mark.parametrize("how", ["SIGINT", "SIGTERM"])
def test_an_interrupted_run_says_so_and_is_marked_interrupted(tmp_path, how):
    import signal
    import time

    from rashomon.store import Store

    _articles(tmp_path / "in", 2000)
    db = tmp_path / "n.db"
    proc = _rashomon("analyze", str(tmp_path / "in"), "--db", str(db), "--no-events", "--progress-every", "0")
    deadline = time.monotonic() + 60
    while _documents(db) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be interrupted; give it more articles"
    proc.send_signal(getattr(signal, how))
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and "Aborted" not in stderr
    [line] = [ln for ln in stderr.splitlines() if ln.startswith("interrupted:")]
    assert line.startswith("interrupted: run 1 stopped while reading and is marked interrupted in ")
    assert "run the same command again to go on" in line
    with Store(db, readonly=True) as store:
        assert [r["status"] for r in store.runs()] == ["interrupted"]
        assert 20 <= store.count("documents") < 2000
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_analyze_reads_the_users_routes_table_and_places_events_on_its_line(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Border clashes\n\nAzerbaijani forces shelled Armenian positions along the Sotk–Vardenis road on Friday.\n",
        encoding="utf-8",
    )
    routes = tmp_path / "routes.tsv"
    routes.write_text("name\tkind\tcountries\twaypoints\talternates\n"
                      "Sotk–Vardenis road\troad\tARM\t40.215 45.940;40.183 45.730\tSotk-Vardenis road\n", encoding="utf-8")  # fmt: skip
    db = tmp_path / "news.db"
    result = runner.invoke(app, ["analyze", str(tmp_path / "in"), "--db", str(db), "--quiet", "--routes", str(routes)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "e.geojson"
    assert runner.invoke(app, ["export", "events", "--db", str(db), "--format", "geojson", "-o", str(out)]).exit_code == 0
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    lines = [f for f in features if f["geometry"]["type"] == "LineString"]
    assert lines and lines[0]["geometry"]["coordinates"] == [[45.94, 40.215], [45.73, 40.183]], features
    # without the table the same text has no such line, and a table that is wrong is a clear error
    plain = tmp_path / "plain.db"
    assert runner.invoke(app, ["analyze", str(tmp_path / "in"), "--db", str(plain), "--quiet"]).exit_code == 0
    runner.invoke(app, ["export", "events", "--db", str(plain), "--format", "geojson", "-o", str(out)])
    assert not any(f["geometry"]["type"] == "LineString" for f in json.loads(out.read_text(encoding="utf-8"))["features"])
    bad = tmp_path / "bad.tsv"
    bad.write_text("name\tkind\tcountries\twaypoints\talternates\nA road\tboulevard\tARM\t40 45;41 46\t\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "in"), "--db", str(tmp_path / "b.db"), "--quiet", "--routes", str(bad)])
    assert result.exit_code != 0 and "bad.tsv" in result.output, result.output
    missing = runner.invoke(app, ["analyze", str(tmp_path / "in"), "--db", str(tmp_path / "m.db"), "--quiet",
                                  "--routes", str(tmp_path / "none.tsv")])  # fmt: skip
    assert missing.exit_code != 0 and "none.tsv" in missing.output, missing.output
