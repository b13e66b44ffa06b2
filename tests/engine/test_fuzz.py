"""Fuzz: a folder of generated bad inputs (mangled, truncated, binary, mis-encoded, hostile names) beside
good ones, read by `rashomon analyze` as a user runs it. No traceback; exit 1; every message one line,
naming an input; every good input stored; the store intact.

A few hundred inputs per run (seed fixed, so a failure reproduces); more with the environment:
    RASHOMON_FUZZ_N=5000 RASHOMON_FUZZ_SEED=7 python -m pytest -q tests/engine/test_fuzz.py
"""

from __future__ import annotations

import gzip
import json
import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from rashomon.cli import app
from tests.ingest.test_bad_input import article_text, html_page, write_warc

N = int(os.environ.get("RASHOMON_FUZZ_N", "300"))
SEED = int(os.environ.get("RASHOMON_FUZZ_SEED", "15"))
TOPICS = ("harbour cranes", "night trains", "river bridge", "wind farm", "city budget", "tram lines",
          "school meals", "flood barrier", "grain silo", "ferry fares")  # fmt: skip
HOSTILE_NAMES = ("\x1b]0;owned\x07", "\x1b[2J", "[red]", "[/]", "\u202e", "line\nbreak", "%s%n", "..", "$(id)")


def _feed(rng: random.Random) -> bytes:
    items = "".join(f"<item><title>T{i}</title><link>https://f.example/{rng.random()}</link>"
                    f"<description>{article_text(rng.choice(TOPICS), 1)}</description></item>" for i in range(3))  # fmt: skip
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode()


def _jsonl(rng: random.Random) -> bytes:
    lines = [json.dumps({"text": article_text(f"{rng.choice(TOPICS)} {rng.random()}", 1), "url": f"https://j.example/{i}"})
             for i in range(3)]  # fmt: skip
    return ("\n".join(lines) + "\n").encode()


def _warc(rng: random.Random, tmp: Path, gz: bool) -> bytes:
    path = write_warc(tmp / f"w{rng.random()}.warc", [f"{rng.choice(TOPICS)} {rng.random()}"], compress=gz)
    data = path.read_bytes()
    path.unlink()
    return data


def _mangle(data: bytes, rng: random.Random) -> bytes:
    d = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        if not d:
            break
        op, at = rng.randrange(7), rng.randrange(len(d))
        if op == 0:
            del d[at : at + rng.randint(1, 40)]
        elif op == 1:
            d[at:at] = rng.choice([b"\x00", b"\x1b[2J", b"\xff\xfe", b"<", b"&", b'"', b"\r", b"<div>" * 50, b"\x85"])
        elif op == 2:
            d[at] = rng.randrange(256)
        elif op == 3:
            d = d[:at]  # cut short
        elif op == 4:
            d[at:at] = d[rng.randrange(len(d)) :][: rng.randint(1, 200)]  # a piece repeated
        elif op == 5:
            d[at:at] = rng.randbytes(rng.randint(1, 30))
        else:
            d[at:at] = "\u202e\u2028🙂".encode()
    return bytes(d)


def bad_input(rng: random.Random, tmp: Path) -> tuple[str, bytes]:
    """One generated input that may or may not be readable: (file name, bytes)."""
    kind = rng.randrange(10)
    topic = f"{rng.choice(TOPICS)} {rng.random()}"
    makers: dict[str, Callable[[], bytes]] = {
        ".txt": lambda: f"Title\n\n{article_text(topic)}".encode(),
        ".html": lambda: html_page("Page", topic).encode(),
        ".jsonl": lambda: _jsonl(rng),
        ".rss": lambda: _feed(rng),
        ".xml": lambda: _feed(rng),
        ".warc": lambda: _warc(rng, tmp, False),
        ".warc.gz": lambda: _warc(rng, tmp, True),
        ".jsonl.gz": lambda: gzip.compress(_jsonl(rng)),
        ".html.gz": lambda: gzip.compress(html_page("Page", topic).encode()),
        "": lambda: f"Title\n\n{article_text(topic)}".encode(),
    }
    ext = rng.choice(list(makers))
    if kind <= 4:
        data = _mangle(makers[ext](), rng)
    elif kind == 5:
        data = rng.randbytes(rng.randint(0, 3000))
    elif kind == 6:
        data = rng.choice([b"", b"   \n\t ", b"\x00" * 100, "\ufeff".encode(), b"\xef\xbb\xbf\xff\xfe"])
    elif kind == 7:
        enc = rng.choice(["utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "cp1251", "utf-16"])
        data = f"Title\n\n{article_text(topic)} Жители, café".encode(enc, errors="replace")
    elif kind == 8:
        data = gzip.compress(rng.randbytes(rng.randint(0, 500)))[: rng.randint(0, 300)]
    else:
        depth = rng.choice([10, 300, 1200])
        data = f"<html><body>{'<div>' * depth}<p>{article_text(topic, 1)}</p>{'</div>' * depth}</body></html>".encode()
    stem = "".join(rng.choice(["x", "y", rng.choice(HOSTILE_NAMES)]) for _ in range(rng.randint(1, 3)))
    return f"{stem.replace('/', '_')}{ext}", data


def test_fuzzed_inputs_never_crash_and_the_good_ones_are_stored(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    folder = tmp_path / "in"
    folder.mkdir()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    names = set()
    for i in range(N):
        name, data = bad_input(rng, scratch)
        name = f"{i:05d}-{name}"
        (folder / name).write_bytes(data)
        names.add(name)
    good = {}
    for i, topic in enumerate(TOPICS):
        text = f"Good report {i}\n\n{article_text(topic + ' good')}"
        (folder / f"good-{i}.txt").write_text(text, encoding="utf-8")
        good[f"good-{i}.txt"] = text
    db = tmp_path / "fuzz.db"
    result = CliRunner().invoke(app, ["analyze", str(folder), "--db", str(db), "--no-events", "-q", "--max-bytes", "0"])
    out = result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in out
    assert result.exit_code == 1, out[-3000:]  # some of the inputs are bad for sure (random bytes, empty files)
    lines = out.splitlines()
    assert lines[-1].startswith("run 1: "), lines[-3:]
    printed = {n.encode("unicode_escape").decode() for n in names}
    for line in lines[:-1]:
        assert line.startswith(("error: ", "warning: ")), f"not one line per problem: {line!r}"
        assert "\x1b" not in line and "\x07" not in line and "\u202e" not in line
        assert not any(w in line for w in ("Error:", "NoneType", "Traceback", "unpack")), line
        subject = line.split(": ", 1)[1]
        assert subject.split(":", 1)[0][:5].isdigit() or subject.startswith(("http", "good-")), line  # a file, or a page a file holds
    errors = [ln for ln in lines if ln.startswith("error: ")]
    assert errors and len(printed) == N
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {name: text for name, text in conn.execute("SELECT name, text FROM documents")}
        for name, text in good.items():
            assert name in stored and text.split("\n\n", 1)[1][:80] in stored[name]
        assert conn.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM segments s WHERE s.document_id = d.id)"
        ).fetchone()[0] == 0, "every stored document arrived whole"
        [(status,)] = conn.execute("SELECT status FROM runs").fetchall()
        assert status == "completed"
    finally:
        conn.close()


def test_the_generator_makes_varied_inputs() -> None:
    """The fuzz covers what it claims: every extension and kind of damage turns up in a run's worth."""
    rng = random.Random(SEED)
    tmp = Path(os.environ.get("TMPDIR", "/tmp"))
    made = [bad_input(rng, tmp) for _ in range(N)]
    exts = {n.rsplit(".", 1)[-1] if "." in n else "" for n, _ in made}
    assert {"txt", "html", "jsonl", "rss", "xml", "warc", "gz", ""} <= exts
    assert any(not d for _, d in made) and any(b"\x00" in d for _, d in made)
    assert any(any(h in n for h in HOSTILE_NAMES) for n, _ in made)
