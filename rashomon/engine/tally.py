"""A run's counts as it goes, for progress shown while it runs (the runner writes, a watcher reads)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass(slots=True)
class Tally:
    """What a run has done so far. The runner updates it in place; another thread may read it at any time
    (each field is one int or str: a reader sees a recent value, never a torn one)."""

    run_id: int = 0
    stage: str = "starting"
    inputs_done: int = 0
    inputs: int = 0
    documents: int = 0  # stored by this run (added or already known)
    to_code: int = 0
    coded: int = 0
    events: int = 0
    stage_started: float = field(default_factory=time.monotonic)
    stage_base: int = 0  # the stage's count when it began, for its rate

    def begin(self, stage: str) -> None:
        self.stage = stage
        self.stage_started = time.monotonic()
        self.stage_base = self._count()

    def _count(self) -> int:
        return self.coded if self.stage == "coding events" else self.documents

    def rate(self) -> float:
        """Documents a second in the current stage (stored while reading, coded while coding)."""
        seconds = time.monotonic() - self.stage_started
        return (self._count() - self.stage_base) / seconds if seconds > 0 else 0.0

    def line(self) -> str:
        """One line for a log: where the run is and how fast it goes."""
        if self.stage == "coding events" or self.stage == "loading models":
            where = f"{self.stage}: {self.coded:,} of {self.to_code:,} document(s) coded, {self.events:,} event(s)"
        elif not self.inputs and not self.inputs_done:
            # the inputs are not counted yet (a large folder is listed first): no "0 of 0"
            where = f"{self.stage}: listing the input(s), {self.documents:,} document(s) stored"
        else:
            where = f"{self.stage}: {self.inputs_done:,} of {self.inputs:,} input(s), {self.documents:,} document(s) stored"
            if self.coded:
                where += f", {self.coded:,} coded, {self.events:,} event(s)"
        return f"run {self.run_id}: {where}; {self.rate():.1f} document(s)/s"
