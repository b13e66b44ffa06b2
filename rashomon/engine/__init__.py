"""Runners: take a store and inputs, run the stages, record the run."""

from rashomon.engine.local import RunReport, analyze

__all__ = ["RunReport", "analyze"]
