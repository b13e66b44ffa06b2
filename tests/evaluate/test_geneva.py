"""GENEVA windows: the reader on the real files (each window once) and on invented lines."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from rashomon.evaluate import geneva as gv
from rashomon.evaluate.gold import GoldFormatError
from rashomon.evaluate.split import select

ROOT = Path(__file__).resolve().parents[2]
GENEVA = ROOT.parent / "shared" / "data" / "gold-dev" / "geneva"


@pytest.fixture
def geneva_files() -> tuple[Path, ...]:
    files = tuple(GENEVA / p.name for p in gv.GENEVA_FILES)
    missing = [f for f in files if not f.is_file()]
    if missing:
        pytest.skip(f"gold file {missing[0]} absent (../shared/data/gold-dev is not on this machine)")
    return files


def line_count(path: Path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def test_windows_are_read_once_across_the_files(geneva_files):
    lines = sum(line_count(f) for f in geneva_files)
    every = gv.read_geneva(geneva_files)
    assert len(every) + len(every.skipped) == lines
    assert len({w.id for w in every}) == len(every)
    assert len(every.skipped) == 274 and len(every) == 2006
    assert every.notes == ("274 repeated window(s) read once",)  # the copies are identical
    val = gv.read_geneva(geneva_files[0])
    assert len(val) == line_count(geneva_files[0]) and val.skipped == ()
    assert {w.source_file for w in every if w.id in {v.id for v in val}} == {str(geneva_files[0])}
    types = {e.type for w in every for e in w.events}
    assert len(types) == 115
    for w in every:
        for e in w.events:
            for span in (e.trigger, *(a.span for a in e.arguments)):
                # the span's tokens spell its text (the file's text sometimes joins "' s" as "'s")
                assert "".join(w.tokens[span.start : span.end]) == span.text.replace(" ", "")
    train = select(every, "geneva", "train", lambda w: w.id)
    assert 0.6 < len(train) / len(every) < 0.8


def test_role_pairs_name_roles_the_data_uses(geneva_files):
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    for w in gv.read_geneva(geneva_files):
        for e in w.events:
            roles[e.type].update(a.role for a in e.arguments)
    pairs = gv.geneva_role_pairs()
    assert pairs == gv.GENEVA_ROLE_PAIRS and pairs is not gv.GENEVA_ROLE_PAIRS
    for event_type, (sources, targets) in pairs.items():
        assert event_type in roles, event_type
        for role in (*sources, *targets):
            assert roles[event_type][role] > 0, (event_type, role)


# --- invented windows -----------------------------------------------------------------------------


def window(wid: str, **changes: Any) -> dict[str, Any]:
    tokens = ["Ostmark", "militia", "raided", "a", "Velorian", "farm", "."]
    raw = {
        "doc_id": "inv",
        "wnd_id": wid,
        "sentence": " ".join(tokens),
        "tokens": tokens,
        "entity_mentions": [
            {"id": f"{wid}_0_2", "start": 0, "end": 2, "text": "Ostmark militia"},
            {"id": f"{wid}_3_6", "start": 3, "end": 6, "text": "a Velorian farm"},
        ],
        "event_mentions": [
            {
                "id": f"{wid}_e0",
                "event_type": "Attack",
                "trigger": {"start": 2, "end": 3, "text": "raided"},
                "arguments": [
                    {"entity_id": f"{wid}_0_2", "text": "Ostmark militia", "role": "Assailant"},
                    {"entity_id": f"{wid}_3_6", "text": "a Velorian farm", "role": "Victim"},
                ],
            }
        ],
    }
    return {**raw, **changes}


def write(tmp_path: Path, name: str, rows: list[Any]) -> Path:
    path = tmp_path / name
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8"
    )
    return path


def test_reader_on_invented_windows(tmp_path):
    one = write(tmp_path, "one.json", [window("w1"), window("w2")])
    two = write(tmp_path, "two.json", [window("w2", sentence="changed"), window("w3")])
    gold = gv.read_geneva([one, two])
    assert [w.id for w in gold] == ["w1", "w2", "w3"]
    assert gold.skipped[0].id == "w2" and str(one) in gold.skipped[0].reason
    assert any("w2 differs" in n for n in gold.notes)
    event = gold.records[0].events[0]
    assert (event.type, event.trigger) == ("Attack", gv.GenevaSpan(2, 3, "raided"))
    sides = event.sides()
    assert sides is not None
    assert [a.span.text for a in sides[0]] == ["Ostmark militia"] and [a.span.text for a in sides[1]] == [
        "a Velorian farm"
    ]
    assert gv.GenevaEvent("Catastrophe", event.trigger, ()).sides() is None


def test_reader_errors_name_the_file_and_line(tmp_path):
    with pytest.raises(GoldFormatError, match=r"bad\.json:2: not valid JSON"):
        gv.read_geneva(write(tmp_path, "bad.json", [window("w1"), "{oops"]))
    lost = window("w1")
    lost["event_mentions"][0]["arguments"][0]["entity_id"] = "nowhere"
    with pytest.raises(
        GoldFormatError, match=r"lost\.json:1: window w1: argument Assailant of event 0 names no entity"
    ):
        gv.read_geneva(write(tmp_path, "lost.json", [lost]))
    with pytest.raises(GoldFormatError, match=r"span\.json:1: .*trigger of event 0 has no token span"):
        gv.read_geneva(
            write(
                tmp_path,
                "span.json",
                [window("w1", event_mentions=[{"event_type": "Attack", "trigger": {"start": 5, "end": 99}}])],
            )
        )
    with pytest.raises(GoldFormatError, match=r"empty\.json: file is empty"):
        gv.read_geneva(write(tmp_path, "empty.json", []))
    with pytest.raises(GoldFormatError, match=r"noid\.json:1: no string wnd_id"):
        gv.read_geneva(write(tmp_path, "noid.json", [window("")]))
