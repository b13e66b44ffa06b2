"""FNC-1 reading and scoring on small hand-made files, and the evaluation on the real copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.evaluate import fnc

ROOT = Path(__file__).resolve().parents[2]
FNC1 = ROOT.parent / "shared" / "data" / "gold-dev" / "fnc1"


def write_fnc(root: Path, stances: str, bodies: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "stances.csv").write_text(stances, encoding="utf-8")
    (root / "bodies.csv").write_text(bodies, encoding="utf-8")
    return root


BODIES = 'Body ID,articleBody\n7,"Baku said the bridge was reopened on Monday, and traffic resumed."\n9,"A library opens."\n'
STANCES = (
    "Headline,Body ID,Stance\n"
    "Bridge reopened in Baku,7,agree\n"
    "Bridge in Baku stays closed,7,disagree\n"
    "New library for the town,9,discuss\n"
    "Bridge reopened in Baku,9,unrelated\n"
)


def test_read(tmp_path: Path) -> None:
    folder, pairs = fnc.read_fnc(write_fnc(tmp_path, STANCES, BODIES))
    assert folder == str(tmp_path)
    assert [(x.body_id, x.stance) for x in pairs] == [
        ("7", "agree"),
        ("7", "disagree"),
        ("9", "discuss"),
        ("9", "unrelated"),
    ]
    assert pairs[0].body.startswith("Baku said")


@pytest.mark.parametrize(
    ("stances", "problem"),
    [
        ("Headline,Body ID,Stance\nX,8,agree\n", "stances.csv:2: Body ID '8' is not in bodies.csv"),
        ("Headline,Body ID,Stance\nX,7,maybe\n", "unknown stance 'maybe'"),
        ("Headline,Body\nX,7\n", "lacks the column"),
    ],
)
def test_bad_files_are_named(tmp_path: Path, stances: str, problem: str) -> None:
    with pytest.raises(fnc.FncError, match=problem):
        fnc.read_fnc(write_fnc(tmp_path, stances, BODIES))
    with pytest.raises(fnc.FncError, match="no such file"):
        fnc.read_fnc(tmp_path / "nowhere")


def test_fnc_score() -> None:
    gold = ["agree", "disagree", "discuss", "unrelated"]
    assert fnc.fnc_score(gold, gold) == (3.25, 3.25)
    assert fnc.fnc_score(gold, ["unrelated"] * 4) == (0.25, 3.25)
    # related but the wrong related class: only the 0.25 for relatedness
    assert fnc.fnc_score(gold, ["discuss", "discuss", "discuss", "agree"]) == (0.25 + 0.25 + 1.0, 3.25)
    s = fnc.scores(gold, gold)
    assert s.score_pct == 100.0 and s.macro_f1 == 1.0


def test_held_out_split_is_fixed_and_about_a_quarter() -> None:
    ids = [str(i) for i in range(2000)]
    share = sum(map(fnc.held_out, ids)) / len(ids)
    assert 0.2 < share < 0.3
    assert [fnc.held_out(i) for i in ids[:50]] == [fnc.held_out(i) for i in ids[:50]]


def test_evaluate_on_hand_made_files(tmp_path: Path) -> None:
    r = fnc.evaluate_fnc(write_fnc(tmp_path, STANCES, BODIES))
    assert r.all_pairs.n == 4
    assert r.held_out.n == sum(fnc.held_out(b) for b in ("7", "7", "9", "9"))


@pytest.mark.slow
def test_real_fnc_subset_beats_all_unrelated() -> None:
    if not (FNC1 / "stances.csv").is_file():
        pytest.skip(f"FNC-1 is not at {FNC1} (../shared/data/gold-dev is absent on this machine)")
    r, headline = fnc.run(None, 800)
    assert r.held_out.n > 100
    assert headline["score_pct"] > headline["baseline_unrelated_pct"] + 25, headline
    assert r.held_out.macro_f1 > r.baseline_unrelated.macro_f1 + 0.2
