"""The PTC scorer: the task-1 partial-overlap formula on hand-made spans, and a run on real articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.evaluate import ptc
from rashomon.evaluate.gold import GoldFormatError


def test_exact_match_scores_one() -> None:
    s = ptc.overlap_score([([(0, 10), (20, 30)], [(0, 10), (20, 30)])])
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)


def test_partial_overlap_credits() -> None:
    # one gold span 0..10, one prediction 5..15: precision credit 5/10, recall credit 5/10
    s = ptc.overlap_score([([(0, 10)], [(5, 15)])])
    assert s.precision == pytest.approx(0.5) and s.recall == pytest.approx(0.5)
    # a short prediction inside a long gold span: full precision, a tenth of the recall
    s = ptc.overlap_score([([(0, 100)], [(10, 20)])])
    assert s.precision == pytest.approx(1.0) and s.recall == pytest.approx(0.1)


def test_overlapping_spans_are_merged_and_empty_outputs_score_zero() -> None:
    assert ptc.merge_spans([(5, 10), (0, 6), (20, 25)]) == [(0, 10), (20, 25)]
    s = ptc.overlap_score([([(0, 10)], [])])
    assert (s.precision, s.recall, s.f1, s.n_gold) == (0.0, 0.0, 0.0, 1)


def test_split_is_fixed_by_id() -> None:
    assert [ptc.held_out(str(i)) for i in range(10)] == [ptc.held_out(str(i)) for i in range(10)]
    share = sum(ptc.held_out(f"article{i}") for i in range(2000)) / 2000
    assert 0.15 < share < 0.25


def test_not_a_ptc_folder(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="no train-articles"):
        ptc.read_ptc(tmp_path)


def test_bad_offsets_name_the_file(tmp_path: Path) -> None:
    (tmp_path / "train-articles").mkdir()
    (tmp_path / "train-labels-task1-span-identification").mkdir()
    (tmp_path / "train-labels-task2-technique-classification").mkdir()
    (tmp_path / "train-articles" / "article1.txt").write_text("Short text.\n", encoding="utf-8")
    (tmp_path / "train-labels-task1-span-identification" / "article1.task1-SI.labels").write_text("1\t0\t99\n")
    (tmp_path / "train-labels-task2-technique-classification" / "article1.task2-TC.labels").write_text("")
    with pytest.raises(GoldFormatError, match="not inside the article"):
        ptc.read_ptc(tmp_path)


def test_held_out_figures_on_real_articles() -> None:
    if not ptc.PTC_DIR.is_dir():
        pytest.skip(f"PTC is not at {ptc.PTC_DIR} (../shared is absent on this machine)")
    result, figures = ptc.run(None, 8)
    assert result.n == 8 and result.part == "heldout"
    assert 0.0 < figures["lexicon_span_f1"] < 1.0
    # the trained system beats the lexicon alone on held-out articles
    assert figures["span_f1"] > figures["lexicon_span_f1"]
    assert figures["tc_micro_f1"] > 0.3


def test_both_paths_are_scored_and_named() -> None:
    if not ptc.PTC_DIR.is_dir():
        pytest.skip(f"PTC is not at {ptc.PTC_DIR} (../shared is absent on this machine)")
    from rashomon.nlp import propaganda as pr

    off = ptc.evaluate_ptc(None, 8, encoder="off")
    assert off.spans_by == "hashed" and off.seconds_encoder == 0.0 and off.n_words > 0
    assert off.system.span.f1 > off.lexicon.span.f1
    if not pr.use_encoder("auto"):
        pytest.skip("the encoder path cannot run here (its extra or tagger file is missing)")
    on = ptc.evaluate_ptc(None, 8, encoder="auto")
    assert on.spans_by == "encoder" and on.seconds_encoder > 0
    assert on.system.span.f1 > on.lexicon.span.f1
