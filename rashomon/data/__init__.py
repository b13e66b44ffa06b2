"""Lexicons and tables written for rashomon, read with importlib.resources; and the reader of the one
layout several of them share."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from importlib import resources
from importlib.resources.abc import Traversable


def shipped(name: str) -> Traversable | None:
    """A data file of this package, or None where it is not installed (an optional trained model: the
    stages that read one fall back to their rules without it)."""
    path = resources.files(__name__).joinpath(name)
    return path if path.is_file() else None


def table_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of a tab-separated table (the regions', the routes'): (line number, cells), with blank lines,
    ``#`` comments and a header line (a first row whose first cell is "name") skipped."""
    header_seen = False
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if not header_seen:
            header_seen = True
            if cells[0] == "name":
                continue
        yield n, cells


def parse_kinds(text: str, source: str, kinds: Sequence[str], item: str = "word") -> dict[str, set[str]]:
    """A word list in ``<kind>: <word> <word> ...`` lines (blank lines and ``#`` comments skipped), as
    kind -> its lower-cased words. A line with no colon, an unknown kind or no words raises ValueError
    naming ``source`` and the line."""
    out: dict[str, set[str]] = {k: set() for k in kinds}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, sep, words = line.partition(":")
        if not sep or kind.strip() not in out or not words.split():
            raise ValueError(f"{source}:{n}: expected '<kind>: <{item}> ...' with kind in {tuple(kinds)}: {line!r}")
        out[kind.strip()].update(w.lower() for w in words.split())
    return out
