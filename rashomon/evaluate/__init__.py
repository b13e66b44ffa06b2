"""Evaluation harness: gold-set readers (``gold``), pure scorers (``metrics``) and the runner.

Usage::

    from rashomon.evaluate import evaluate_plover
    result = evaluate_plover(None, my_coder, limit=50)   # None: the default gold file
    print(result.event_accuracy, result.as_dict())
"""

from __future__ import annotations

from rashomon.evaluate.gold import GoldFormatError, GoldSet
from rashomon.evaluate.runner import (
    CaseResult,
    EvaluationError,
    EventCoder,
    Geoparser,
    GeoResult,
    PetrarchResult,
    PloverResult,
    evaluate_case,
    evaluate_geo,
    evaluate_petrarch,
    evaluate_plover,
)

__all__ = [
    "CaseResult",
    "EvaluationError",
    "EventCoder",
    "GeoResult",
    "Geoparser",
    "GoldFormatError",
    "GoldSet",
    "PetrarchResult",
    "PloverResult",
    "evaluate_case",
    "evaluate_geo",
    "evaluate_petrarch",
    "evaluate_plover",
]
