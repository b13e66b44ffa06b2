"""The fixed train/validation split of the event gold sets and of the ingest benchmark pages.

A record belongs to the validation part when the sha1 of ``"<set>:<record id>"``, read as a number, is
0, 1 or 2 modulo 10: about 30 % of each set. The part depends only on the set's name and the record's
id, never on the file's order or on the machine, so a record keeps its part when the file is reordered,
grows or is read elsewhere; and the same id falls in unrelated parts of two different sets.

Rules, tuning and fitted weights are developed on ``train``; figures are reported on ``validation``.
``all`` is the whole set (and the only part of the sets that have no split).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar, get_args

Part = Literal["train", "validation", "all"]
#: The part names, in the order a user sees them.
PARTS: tuple[Part, ...] = get_args(Part)
#: The sets split this way (GENEVA's windows are split too, for training scripts; it is not scored).
#: LGL's and GeoVirus's articles are split by article id (the same split for resolution and end to end).
SPLIT_SETS: frozenset[str] = frozenset(
    {"plover", "case", "petrarch", "confli", "acled", "geneva", "ingest", "lgl", "geovirus"}
)
#: Records whose hash falls below this, out of 10, are in the validation part.
VALIDATION_TENTHS = 3

T = TypeVar("T")


def _check_set(set_name: str) -> None:
    if set_name not in SPLIT_SETS:
        raise ValueError(
            f"no split is defined for the set {set_name!r}; split sets: {', '.join(sorted(SPLIT_SETS))}"
        )


def part_of(set_name: str, record_id: str) -> Literal["train", "validation"]:
    """The part of the record ``record_id`` of the set ``set_name``: "validation" for about 30 %."""
    _check_set(set_name)
    h = int(hashlib.sha1(f"{set_name}:{record_id}".encode()).hexdigest(), 16)
    return "validation" if h % 10 < VALIDATION_TENTHS else "train"


def check_part(part: str) -> Part:
    """``part`` as a :data:`Part`, or a ValueError naming the parts there are."""
    for p in PARTS:
        if part == p:
            return p
    raise ValueError(f"unknown part {part!r}; choose one of: {', '.join(PARTS)}")


def select(records: Iterable[T], set_name: str, part: str, key: Callable[[T], str]) -> list[T]:
    """The records of ``part`` ("train", "validation" or "all"), in their original order.

    ``key`` gives a record's id. Raises ValueError on an unknown part or a set without a split.
    """
    wanted = check_part(part)
    _check_set(set_name)
    if wanted == "all":
        return list(records)
    return [r for r in records if part_of(set_name, key(r)) == wanted]
