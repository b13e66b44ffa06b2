"""Scorers on hand-built cases."""

from __future__ import annotations

import math

import pytest

from rashomon.evaluate import metrics as m


def test_accuracy():
    assert m.accuracy(["A", "B", "C", "D"], ["A", "B", "X", None]) == 0.5
    assert m.accuracy([], []) == 0.0
    with pytest.raises(ValueError, match="3 gold labels but 2"):
        m.accuracy(["A", "B", "C"], ["A", "B"])


def test_prf_counts_and_empty_cases():
    f = m.prf(2, 4, 3)
    assert (f.precision, f.recall) == (0.5, 2 / 3)
    assert f.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    # nothing predicted, nothing to find, or both: 0.0, never a ZeroDivisionError
    assert m.prf(0, 0, 5) == m.PRF(0.0, 0.0, 0.0, 0, 0, 5)
    assert m.prf(0, 5, 0) == m.PRF(0.0, 0.0, 0.0, 0, 5, 0)
    assert m.prf(0, 0, 0) == m.PRF(0.0, 0.0, 0.0, 0, 0, 0)
    with pytest.raises(ValueError):
        m.prf(3, 2, 5)


def test_micro_prf_counts_repeated_codes_and_empty_items():
    items = [
        (["PHLMIL", "PHLREB"], ["PHLMIL"]),  # one of two found
        (["USA"], ["USA", "GBR"]),  # one extra
        ([], ["RUS"]),  # nothing to find: a false positive
        (["IRN"], []),  # missed
    ]
    f = m.micro_prf(items)
    assert (f.true_positives, f.predicted, f.gold) == (2, 4, 4)
    assert f.precision == f.recall == f.f1 == 0.5
    # bags, not sets: one predicted PHL recalls one of the two gold PHL
    assert m.micro_prf([(["PHL", "PHL"], ["PHL"])]).recall == 0.5
    assert m.micro_prf([]).f1 == 0.0


def test_per_label_and_macro_f1():
    gold = ["ASSAULT", "ASSAULT", "PROTEST", "AGREE"]
    pred = ["ASSAULT", "PROTEST", "PROTEST", None]
    scores = {s.label: s for s in m.per_label_scores(gold, pred)}
    assert list(scores) == ["AGREE", "ASSAULT", "PROTEST"]
    assert (scores["ASSAULT"].precision, scores["ASSAULT"].recall) == (1.0, 0.5)
    assert scores["PROTEST"].precision == 0.5 and scores["PROTEST"].recall == 1.0
    assert scores["AGREE"].f1 == 0.0 and scores["AGREE"].support == 1 and scores["AGREE"].predicted == 0
    assert m.macro_f1(gold, pred) == pytest.approx((0 + 2 / 3 + 2 / 3) / 3)
    # a prediction outside the gold labels adds no class, it only costs recall
    assert m.macro_f1(["A", "A"], ["A", "Z"]) == pytest.approx(2 / 3)
    assert m.macro_f1(gold, gold) == 1.0
    assert m.macro_f1([], []) == 0.0
    assert m.macro_f1(["A"], [None]) == 0.0


def test_actor_codes():
    assert m.normalise_actor_code("IRQ", "GOV") == "IRQGOV"
    assert m.normalise_actor_code("irngov", "GOV") == "IRNGOV"  # joined form, sector not repeated
    assert m.normalise_actor_code("IRNGOV") == "IRNGOV"
    assert m.normalise_actor_code("SDN", "***") == "SDN"  # *** = unknown sector
    assert m.normalise_actor_code('"THE MINISTRY"') == "THEMINISTRY"
    assert m.normalise_actor_code("SRB", "CVLalb") == "SRBCVLALB"
    assert m.normalise_actor_code(None) == ""
    assert m.country_prefix("AZEMIL") == "AZE"


def test_cameo_root():
    assert m.cameo_root("064") == "06"
    assert m.cameo_root("1717") == "17"
    assert m.cameo_root("174K") == "17"
    assert m.cameo_root("201") == "20"
    assert m.cameo_root(64) == "06"
    assert m.cameo_root(112) == "11"
    assert m.cameo_root("903") is None  # PETRARCH test code, not CAMEO
    assert m.cameo_root("212") is None
    assert m.cameo_root("06") is None  # a bare root is not an event code
    assert m.cameo_root(None) is None


def test_haversine_known_distances():
    one_degree = m.EARTH_RADIUS_KM * math.pi / 180
    assert m.haversine_km(0, 0, 0, 1) == pytest.approx(one_degree)  # 111.195 km
    assert m.haversine_km(0, 179.5, 0, -179.5) == pytest.approx(one_degree)  # across the antimeridian
    assert m.haversine_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(343.5, abs=1.0)  # London-Paris
    assert m.haversine_km(10, 20, 10, 20) == 0.0
    assert m.haversine_km(90, 0, -90, 0) == pytest.approx(math.pi * m.EARTH_RADIUS_KM)


def test_accuracy_at_161_median_mean():
    errors = [0.0, 50.0, 161.0, 161.5, 1000.0]
    assert m.accuracy_within(errors) == 3 / 5  # 161 km itself counts as within
    assert m.accuracy_within(errors, km=10) == 1 / 5
    assert m.accuracy_within([]) == 0.0
    assert m.median(errors) == 161.0
    assert m.median([1.0, 3.0]) == 2.0
    assert m.median([]) is None
    assert m.mean([1.0, 3.0]) == 2.0
    assert m.mean([]) is None


def test_match_toponyms_by_overlap_then_name():
    gold = [("Paris", 0, 5), ("Texas", 10, 15), ("Lyon", None, None), ("Nice", 30, 34)]
    pred = [
        ("Paris, Texas", 0, 15),  # overlaps both: goes to the larger overlap only (tie -> first gold)
        ("Texas", 10, 15),
        ("lyon", 40, 44),  # gold has no offsets: matched by name
        ("Nice", None, None),  # prediction has no offsets: matched by name
    ]
    assert m.match_toponyms(gold, pred) == [0, 1, 2, 3]
    # with offsets on both sides, the same name elsewhere is not a match
    assert m.match_toponyms([("Nice", 30, 34)], [("Nice", 50, 54)]) == [None]
    # one-to-one: a single prediction cannot serve two gold toponyms
    assert m.match_toponyms([("A", 0, 3), ("A", 2, 6)], [("A", 0, 6)]) == [None, 0]  # larger overlap wins
    assert m.match_toponyms([], [("X", 0, 1)]) == []
    assert m.match_toponyms([("X", 0, 1)], []) == [None]
