"""Errors that name the input, the problem and what to do."""

from __future__ import annotations


class RashomonError(Exception):
    """Base of every error rashomon raises on purpose."""


class InputError(RashomonError):
    """One input cannot be read. The batch goes on without it."""

    def __init__(self, input_name: str, problem: str) -> None:
        super().__init__(f"{input_name}: {problem}")
        self.input_name = input_name
        self.problem = problem


class StoreError(RashomonError):
    """The store cannot be opened or used as asked."""


class UsageError(RashomonError):
    """The caller asked for something that does not exist (an unknown reader, format, ...)."""
