"""Precision on text that is not about politics (issue 11): events per 1,000 words in bench/nonpolitical.

The texts there (sport, business, culture, science, games, travel...; invented for rashomon) hold no
political event, so every event the coder finds in them is a false positive. The gate is the target, at most
1 event per 1,000 words: the event model's topic model takes none of these texts for political news today
(0 events; the rules alone give 19.27 per 1,000 words, 1.62 with a coded source and a coded target).
``python bench/precision.py`` lists every event found, beside the rate on political text.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "nonpolitical"
TRAINING = ROOT / "eval" / "data" / "nonpolitical"
MAX_EVENTS_PER_1000_WORDS = 1.0
MAX_DYADIC_PER_1000_WORDS = 0.5  # events with a coded source and a coded target


def _odd(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 1


def test_the_two_halves_are_split_by_the_hash_of_the_name():
    bench, training = sorted(BENCH.glob("*.txt")), sorted(TRAINING.glob("*.txt"))
    assert len(bench) >= 25 and len(training) >= 25
    assert all(_odd(p.name) for p in bench), [p.name for p in bench if not _odd(p.name)]
    assert not any(_odd(p.name) for p in training), [p.name for p in training if _odd(p.name)]
    for path in bench + training:
        headline, blank, *body = path.read_text(encoding="utf-8").split("\n")
        assert headline.strip() and not blank.strip(), f"{path.name}: a headline, then a blank line"
        assert 80 <= len(" ".join(body).split()) <= 250, f"{path.name}: 80 to 250 words of text"


@pytest.mark.slow
def test_the_coder_finds_few_events_in_non_political_text():
    from rashomon.engine.code import code_texts

    items = [(p.name, p.read_text(encoding="utf-8"), None) for p in sorted(BENCH.glob("*.txt"))]
    events = [e for found in code_texts(items) for e in found]
    dyadic = [e for e in events if any(a["code"] for a in e["source"]) and any(a["code"] for a in e["target"])]
    words = sum(len(text.split()) for _, text, _ in items)
    rate, dyadic_rate = 1000 * len(events) / words, 1000 * len(dyadic) / words
    hint = "python bench/precision.py lists them"
    assert rate <= MAX_EVENTS_PER_1000_WORDS, f"{len(events)} events in {words} words: {rate:.2f} per 1,000; {hint}"
    assert dyadic_rate <= MAX_DYADIC_PER_1000_WORDS, (
        f"{len(dyadic)} events with both actors coded in {words} words: {dyadic_rate:.2f} per 1,000; {hint}"
    )
