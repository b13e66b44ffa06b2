"""eval/train_events.py's choice of the cross-validated setting: within TIE of the best of all, the one that
overrules the parse rules least, never one that takes a political article of rashomon's own for none."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from rashomon.nlp.events.decide import Policy

pytest.importorskip("numpy")

SCRIPT = Path(__file__).resolve().parent.parent / "eval" / "train_events.py"


@pytest.fixture(scope="module")
def script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("train_events", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up while they are made)
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def setting(keep: float, accept: float, margin: float, c: float = 1.0) -> tuple[float, Policy, None]:
    return (c, Policy(keep, accept, margin, 0.4), None)


def test_every_step_stays_within_tie_of_the_best_of_all(script):
    tie = script.TIE
    means = {
        setting(0.2, 0.3, 0.0): {"acled": 0.90},
        # within TIE of the best, with a lower keep: taken over the best
        setting(0.05, 0.3, 0.0): {"acled": 0.90 - tie * 0.8},
        # a wider margin, within TIE of the one above but not of the best: never taken
        setting(0.05, 0.3, 0.6): {"acled": 0.90 - tie * 1.6},
    }
    assert script.choose(means) == setting(0.05, 0.3, 0.0)


def test_a_setting_that_loses_a_political_article_is_never_taken(script):
    means = {
        setting(0.2, 0.3, 0.0): {"acled": 0.95, "political": 0.9},
        setting(0.2, 0.5, 0.0): {"acled": 0.80, "political": 1.0},
    }
    assert script.choose(means) == setting(0.2, 0.5, 0.0)


def test_among_ties_the_widest_margin_then_the_highest_accept_then_the_least_c(script):
    means = {
        setting(0.1, 0.3, 0.0): {"acled": 0.9},
        setting(0.1, 0.3, 0.6): {"acled": 0.9},
        setting(0.1, 0.9, 0.6): {"acled": 0.9},
        setting(0.1, 0.9, 0.6, c=3.0): {"acled": 0.9},
    }
    assert script.choose(means) == setting(0.1, 0.9, 0.6)
