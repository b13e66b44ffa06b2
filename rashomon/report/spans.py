"""Which technique spans the views highlight: those scored at or above a threshold chosen on PTC's training
part for a precision of at least 0.5 (``eval/choose_technique_threshold.py`` writes it to
``rashomon/data/technique_threshold.json``). The store and the exports keep every span with its score;
only the views leave the weaker ones out, and say how many."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

THRESHOLD_FILE = "technique_threshold.json"


#: The cue the propaganda module gives the spans of its trained model (a lexicon hit's cue is its entry).
MODEL_CUE = "model"


@dataclass(frozen=True, slots=True)
class SpanThreshold:
    threshold: float  # a model span is shown when scored at least this
    lexicon: bool  # whether lexicon hits (all scored 1.0) are shown
    precision: float  # task-1 partial-overlap precision of the shown spans on PTC's training part
    recall: float
    chosen_on: str

    def shows(self, cue: str, score: float) -> bool:
        """Whether the views show a stored technique span with this cue and score."""
        return score >= self.threshold if cue == MODEL_CUE else self.lexicon

    def sql(self) -> tuple[str, list[object]]:
        """The same test as an SQL condition on technique_spans (cue, score), with its parameters."""
        return "((cue = ? AND score >= ?) OR (cue <> ? AND ?))", [MODEL_CUE, self.threshold, MODEL_CUE, int(self.lexicon)]


@lru_cache(maxsize=1)
def span_threshold() -> SpanThreshold:
    """The shipped threshold (a missing file means every span is shown: threshold 0)."""
    try:
        raw = json.loads(resources.files("rashomon.data").joinpath(THRESHOLD_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SpanThreshold(0.0, True, 0.0, 0.0, "no threshold file: every span is shown")
    return SpanThreshold(float(raw["threshold"]), bool(raw["lexicon_shown"]), float(raw["train_precision"]),
                         float(raw["train_recall"]), str(raw["chosen_on"]))  # fmt: skip
