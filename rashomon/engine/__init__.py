"""Runners: take a store and inputs, run the stages, record the run."""

from rashomon.engine.local import RunReport, analyze
from rashomon.engine.tally import Tally

__all__ = ["RunReport", "Tally", "analyze"]
