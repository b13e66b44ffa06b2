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


#: Characters that change how a terminal shows what follows them without being seen themselves: the bidi
#: embeddings, overrides and isolates, the line and paragraph separators.
_INVISIBLE = frozenset((0x200E, 0x200F, 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A)))


def printable(text: str) -> str:
    """``text`` safe to print on one terminal line: control characters (C0, DEL, C1: ESC starts the
    sequences that retitle or clear a terminal, newline would forge a line of its own) and invisible
    direction marks are shown escaped, as Python writes them ("\\x1b", "\\u202e"); all else is kept."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        cp = ord(ch)
        if cp < 0x20 or 0x7F <= cp < 0xA0:
            out.append(f"\\x{cp:02x}")
        elif cp in _INVISIBLE:
            out.append(f"\\u{cp:04x}")
        else:
            out.append(ch)
    return "".join(out)
