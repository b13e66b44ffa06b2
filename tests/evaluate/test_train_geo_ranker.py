"""eval/train_geo_ranker.py: the conditional logit and the search that ``--only`` uses, on tables made here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "eval" / "train_geo_ranker.py"


@pytest.fixture(scope="module")
def trainer():
    spec = importlib.util.spec_from_file_location("train_geo_ranker", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _table(trainer):
    # three groups of two candidates, two features; feature 0 marks the right reading in every group,
    # feature 1 marks the wrong one in the first two groups (where it comes first, and so wins a tie) and
    # the right one in the third
    x = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]])
    right = np.array([False, True, False, True, True, False])
    group = np.array([0, 0, 1, 1, 2, 2])
    return trainer.Table(x, right, group, np.array([0, 1, 2]))


def test_a_fit_with_features_held_moves_only_the_free_ones(trainer) -> None:
    t = _table(trainer)
    prior = np.array([0.0, 2.0])
    held = trainer.fit(t, prior, 0.01, np.array([True, False]))
    assert held[1] == 2.0 and held[0] > 2.0  # only feature 0 moved, up past the wrong readings' 2.0
    free = trainer.fit(t, prior, 0.01)
    assert free[1] < 2.0  # fitted freely, feature 1 falls too


def test_the_search_picks_the_weight_that_puts_the_most_right_readings_on_top(trainer) -> None:
    t = _table(trainer)
    start = np.array([0.0, 1.0])
    w = trainer.search(t, start, np.array([True, False]))
    assert w[1] == 1.0
    assert trainer.top_right(w, t, np.arange(3)) == 3
    assert w[0] == min(v for v in trainer.ONLY_GRID if v > 1.0)  # ties go to the smallest weight that does it
    assert trainer.top_right(start, t, np.arange(3)) == 1
