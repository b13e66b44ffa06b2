"""Figures a sentence gives — sums, counts of people, distances — for spotting statements of one
happening that disagree on them ("$30 million" against "$300 million", "12 soldiers" against "40").

Each figure is (measure, unit, value): the measure says what is counted (money, people, distance, weight,
vehicles), the unit word what exactly (soldiers, km), so only like is compared with like.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9}
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "usd": "USD", "dollars": "USD", "dollar": "USD",
             "euros": "EUR", "euro": "EUR", "manat": "AZN", "rials": "IRR", "rial": "IRR", "tomans": "IRR",
             "drams": "AMD", "dram": "AMD", "rubles": "RUB", "roubles": "RUB", "lira": "TRY", "shekels": "ILS"}  # fmt: skip
_DISTANCE = {"km": 1.0, "kms": 1.0, "kilometers": 1.0, "kilometres": 1.0, "kilometer": 1.0, "kilometre": 1.0,
             "miles": 1.609, "mile": 1.609, "meters": 0.001, "metres": 0.001, "m": 0.001}  # fmt: skip
_PEOPLE = frozenset(
    ["soldiers", "troops", "servicemen", "people", "civilians", "dead", "killed", "wounded", "injured", "casualties", "deaths", "prisoners", "refugees", "fighters", "mercenaries", "militants", "drivers", "officers", "policemen", "children", "victims", "hostages", "workers", "protesters", "citizens", "residents"]
)
_THINGS = frozenset(["drones", "tanks", "missiles", "rockets", "aircraft", "jets", "trucks", "helicopters", "shells", "vehicles"])

_WORDS = "|".join(sorted(_SMALL, key=len, reverse=True))
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?(?!\d)|(?:" + _WORDS + r")\b)"
_PATTERN = re.compile(
    r"(?P<cur>[$€£])?\s?\b" + _NUMBER + r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|k|m)\b)?"
    r"(?:\s|-)?(?P<unit>[A-Za-z]+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Figure:
    measure: str  # money, distance, people, things
    unit: str  # USD, km, soldiers, drones
    value: float
    text: str  # as written
    start: int
    end: int


def _number(word: str) -> float | None:
    w = word.lower().replace(",", "")
    if w in _SMALL:
        return float(_SMALL[w])
    try:
        return float(w)
    except ValueError:
        return None


def figures(text: str) -> list[Figure]:
    """The figures ``text`` gives, in order. Years ("in 2020") and bare numbers are not figures."""
    return list(_figures(text))


@lru_cache(maxsize=1 << 16)
def _figures(text: str) -> tuple[Figure, ...]:
    """:func:`figures`, kept for the sentences read last (a claim's statements are read again by every
    examination that weighs it, and copies of a sentence say the same figures)."""
    out: list[Figure] = []
    for m in _PATTERN.finditer(text):
        value = _number(m.group("num"))
        if value is None:
            continue
        scale_word = (m.group("scale") or "").lower()
        unit = (m.group("unit") or "").lower()
        if not scale_word and unit in _SCALE and unit not in ("m",):
            scale_word, unit = unit, ""
        value *= _SCALE.get(scale_word, 1.0)
        end = m.end()
        if m.group("cur"):
            end = m.end("scale") if m.group("scale") else m.end("num")
            out.append(Figure("money", _CURRENCY[m.group("cur")], value, text[m.start() : end], m.start(), end))
        elif unit in _CURRENCY and not unit.startswith("$"):
            out.append(Figure("money", _CURRENCY[unit], value, m.group().strip(), m.start(), end))
        elif unit in _DISTANCE and not (unit == "m" and scale_word):
            out.append(Figure("distance", "km", value * _DISTANCE[unit], m.group().strip(), m.start(), end))
        elif unit in _PEOPLE:
            out.append(Figure("people", unit, value, m.group().strip(), m.start(), end))
        elif unit in _THINGS:
            out.append(Figure("things", unit, value, m.group().strip(), m.start(), end))
    return tuple(out)


def differ(a: Figure, b: Figure, tolerance: float = 0.1) -> bool:
    """Two figures of the same measure and unit that disagree by more than ``tolerance`` (relative)."""
    if (a.measure, a.unit) != (b.measure, b.unit):
        return False
    high = max(abs(a.value), abs(b.value))
    return high > 0 and abs(a.value - b.value) / high > tolerance
