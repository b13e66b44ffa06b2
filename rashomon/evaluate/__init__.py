"""Evaluation harness: gold-set readers (``gold``), pure scorers (``metrics``) and the runner.

Usage::

    from rashomon.evaluate import evaluate_plover
    result = evaluate_plover(None, my_coder, limit=50, part="validation")   # None: the default gold file
    print(result.event_accuracy, result.as_dict())

The event sets have a fixed train/validation split by record id (``split``): develop on "train",
report "validation".
"""

from __future__ import annotations

from rashomon.evaluate.gold import GoldFormatError, GoldSet
from rashomon.evaluate.runner import (
    AcledResult,
    CaseResult,
    ConfliResult,
    EvaluationError,
    EventCoder,
    Geoparser,
    GeoResult,
    PetrarchResult,
    PloverResult,
    evaluate_acled,
    evaluate_case,
    evaluate_confli,
    evaluate_geo,
    evaluate_petrarch,
    evaluate_plover,
)
from rashomon.evaluate.split import Part, part_of, select

__all__ = [
    "AcledResult",
    "CaseResult",
    "ConfliResult",
    "EvaluationError",
    "EventCoder",
    "GeoResult",
    "Geoparser",
    "GoldFormatError",
    "GoldSet",
    "Part",
    "PetrarchResult",
    "PloverResult",
    "evaluate_acled",
    "evaluate_case",
    "evaluate_confli",
    "evaluate_geo",
    "evaluate_petrarch",
    "evaluate_plover",
    "part_of",
    "select",
]
