"""BASIL scores what the product computes: an entity's tone is the mean of the scores of the mentions some cue
bears on, as rashomon.examine.framing averages a document's ToneMentions per actor."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.evaluate import basil as b
from rashomon.records import SegmentKind

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def basil_dir() -> Path:
    if not (b.BASIL_DIR / "articles").is_dir():
        pytest.skip(f"BASIL is not at {b.BASIL_DIR} (../shared/data/gold-dev is absent on this machine)")
    return b.BASIL_DIR


def test_framing_mean_is_the_mean_over_the_mentions_cues_bear_on() -> None:
    from rashomon.examine.framing import tones
    from rashomon.nlp.actors import ActorTable
    from rashomon.nlp.pipeline import load
    from rashomon.nlp.tone import tone_mentions

    text = "Armenia was condemned for its brutal attacks. Talks with Armenia went on. Armenia held talks."
    table = ActorTable.load()
    found = tone_mentions(load(None)(text), table.scan(text), 0, SegmentKind.BODY, 0)
    armenia = [t for t in found if t.actor.text == "Armenia"]
    assert 1 <= len(armenia) < 3 and all(t.cues for t in armenia)  # "Armenia held talks": nothing bears on it
    [tone] = [t for t in tones("doc", found) if t.actor == armenia[0].actor.actor.code]  # type: ignore[union-attr]
    assert tone.mentions == len(armenia) and tone.tone < 0
    assert tone.tone == pytest.approx(sum(t.score for t in armenia) / len(armenia), abs=1e-3)


@pytest.mark.slow
def test_entity_score_is_the_mean_of_its_mentions(basil_dir: Path) -> None:
    result = b.evaluate_basil(None, 8, use_encoder=False)
    assert not result.encoder and result.thresholds == b.THRESHOLDS
    mentioned = [t for t in result.entities if t.n_mentions]
    assert 0 < sum(t.n_toned for t in mentioned) <= sum(t.n_mentions for t in mentioned)
    for t in mentioned:
        if t.scores:
            assert t.mean == pytest.approx(sum(t.scores) / len(t.scores), abs=1e-3)
            assert t.predicted == b.classify(t.mean, b.THRESHOLDS)
    assert 0.0 <= result.spans_heldout.f1 <= 1.0
