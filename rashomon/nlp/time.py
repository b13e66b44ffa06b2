"""Time expressions in a sentence -> a TimeRef, resolved against the document's publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from rashomon.ingest.dates import MONTHS
from rashomon.records import TimeRef

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# most specific first; each pattern is searched case-insensitively in the sentence
_ABSOLUTE = [
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I), "day"),
    (re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I), "day"),
    (re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mon>\d{2})-(?P<day>\d{2})\b"), "day"),
    (re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.I), "month"),
    (re.compile(rf"\b(?:in|since|by|until|from|during|of|early|late|mid-?)\s+(?:the\s+)?(?:year\s+)?{_YEAR}\b(?!s)", re.I), "year"),
    # "in the early 1990s", "the mid-1980s": the decade (its first year, with the precision "decade")
    (re.compile(r"\b(?:(?:early|late|mid)[-\s]*)?(?P<year>(?:1[89]|20)\d0)['’]?s\b", re.I), "decade"),
    (re.compile(rf"\bbetween\s+(?P<day>\d{{1,2}})\s*[-–]\s*\d{{1,2}}\s+{_MONTH}", re.I), "day-no-year"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:1[89]|20)\d{{2}})", re.I), "day-no-year"),
    (re.compile(rf"\b{_DAY}\s+{_MONTH}\b", re.I), "day-no-year"),
]
#: a month named without a day or a year, after a word of when ("talks were held in March", "since early May"): the
#: month's name capitalised (not the verb "march" nor the modal "may")
_MONTH_ALONE = re.compile(
    r"\b(?i:in|since|until|by|from|during|through|throughout)\s+(?:(?i:early|late|mid)[-\s]+)?(?P<month>"
    + "|".join(sorted((m.capitalize() for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))
    + r")\b(?!\s*,?\s*\d)"
)
#: words of what is to come, which make a month named alone the next one ("will meet in December")
_FUTURE = re.compile(r"\b(?:will|shall|won't|plans?|planned|scheduled|due|expected|upcoming|next|later this year)\b|'ll\b",
                     re.I)
_WEEKDAY = re.compile(r"\b(?:on\s+|last\s+|this\s+|next\s+)?(?P<wd>" + "|".join(_WEEKDAYS) + r")\b", re.I)
_RELATIVE_WORDS = [
    (re.compile(r"\byesterday\b", re.I), -1, "day"),
    (re.compile(r"\btoday\b|\bthis morning\b|\bthis evening\b|\btonight\b", re.I), 0, "day"),
    (re.compile(r"\btomorrow\b", re.I), 1, "day"),
    (re.compile(r"\blast week\b", re.I), -7, "week"),
    (re.compile(r"\bthis week\b", re.I), 0, "week"),
    (re.compile(r"\bnext week\b", re.I), 7, "week"),
    (re.compile(r"\blast month\b", re.I), -1, "month"),
    (re.compile(r"\bthis month\b", re.I), 0, "month"),
    (re.compile(r"\bnext month\b", re.I), 1, "month"),
    (re.compile(r"\blast year\b", re.I), -1, "year"),
    (re.compile(r"\bthis year\b", re.I), 0, "year"),
    (re.compile(r"\bnext year\b", re.I), 1, "year"),
    (re.compile(r"\blast (?P<season>summer|spring|autumn|fall|winter)\b", re.I), -1, "season"),
]
#: A word each of :data:`_RELATIVE_WORDS` needs (in its order), looked for as the hints below are: a pattern
#: whose word the lower-cased sentence lacks is not searched ("year" is in many sentences, "last year" in few).
_RELATIVE_NEEDS = ("yesterday", "t", "tomorrow", "last week", "this week", "next week", "last month", "this month",
                   "next month", "last year", "this year", "next year", "last ")  # fmt: skip
_SEASON_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}
#: Quick tests before the patterns: every absolute pattern needs a digit, and every weekday or relative
#: pattern holds one of these words (most sentences have neither, and skip the 19 searches). The words
#: are looked for in the lower-cased sentence, with the letters that IGNORECASE also takes for i and s
#: made those first (Kelvin's K lower-cases to k).
_DIGIT = re.compile(r"\d")
#: Every absolute pattern but the ISO date and the bare year has a month name at a word's start: a sentence
#: with none (most sentences with a number) skips those six searches.
_ANY_MONTH = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")", re.I)
_MONTHLESS = [(pattern, kind) for pattern, kind in _ABSOLUTE if "(?P<month>" not in pattern.pattern]
_RELATIVE_HINTS = ("day", "night", "tomorrow", "morning", "evening", "week", "month", "year", "summer", "spring",
                   "autumn", "fall", "winter")  # fmt: skip
_CASE_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _absolute_patterns(sentence: str) -> list[tuple[re.Pattern[str], str]]:
    """The absolute patterns that can match ``sentence``, in their order: none without a digit, only those
    without a month name when it has no word starting like one."""
    if not _DIGIT.search(sentence):
        return []
    return _ABSOLUTE if _ANY_MONTH.search(sentence) else _MONTHLESS


def find_time(sentence: str, published: date | None) -> TimeRef | None:
    """The most specific time expression in ``sentence``; relative ones resolved against ``published``."""
    found = find_times(sentence, published)
    return found[0][2] if found else None


#: A time expression of a sentence: its characters there and what it says.
Found = tuple[int, int, TimeRef]


def find_times(sentence: str, published: date | None, after: TimeRef | None = None) -> list[Found]:
    """Every time expression of ``sentence``, the most specific kind first (absolute dates in the order of
    :data:`_ABSOLUTE`, then "ago", weekdays, the relative words), none overlapping one found before it.
    ``after``: the time the sentences before it in its paragraph gave last, which a month named without a
    year follows ("The war began in September 2020. ... a ceasefire in November": November 2020)."""
    found: list[Found] = []

    def add(m: re.Match[str], ref: TimeRef) -> None:
        if all(m.end() <= s or m.start() >= e for s, e, _ in found):
            found.append((m.start(), m.end(), ref))

    for pattern, kind in _absolute_patterns(sentence):
        for m in pattern.finditer(sentence):
            ref = _absolute(m, kind, published)
            if ref is not None:
                add(m, ref)
    if published is not None and _ANY_MONTH.search(sentence):
        ahead = _FUTURE.search(sentence) is not None
        for m in _MONTH_ALONE.finditer(sentence):
            add(m, _month_alone(m, published, after, ahead=ahead))
    low = sentence.translate(_CASE_FOLD).lower()
    if not any(word in low for word in _RELATIVE_HINTS):
        return found
    for m in _AGO.finditer(sentence) if "ago" in low else ():
        add(m, _ago(m, published))
    if after is not None and after.value and ("later" in low or "earlier" in low):
        for m in _LATER.finditer(sentence):
            ref = _later(m, after)
            if ref is not None:
                add(m, ref)
    for m in _WEEKDAY.finditer(sentence) if "day" in low else ():  # every weekday's name ends in "day"
        add(m, _weekday(m, published))
    for (pattern, offset, unit), need in zip(_RELATIVE_WORDS, _RELATIVE_NEEDS, strict=True):
        for m in pattern.finditer(sentence) if need in low else ():
            add(m, _relative(m, offset, unit, published))
    return found


def _absolute(m: re.Match[str], kind: str, published: date | None) -> TimeRef | None:
    """What a match of an absolute pattern says; None for a day no calendar has."""
    groups = m.groupdict()
    text = m.group(0)
    if kind == "year":
        return TimeRef(groups["year"], "year", text)
    if kind == "decade":
        return TimeRef(groups["year"], "decade", text)
    month = MONTHS[groups["month"].lower()] if groups.get("month") else int(groups.get("mon") or 1)
    if kind == "month":
        return TimeRef(f"{int(groups['year']):04d}-{month:02d}", "month", text)
    day = int(groups["day"])
    if kind == "day":
        year = int(groups["year"])
        return TimeRef(f"{year:04d}-{month:02d}-{day:02d}", "day", text) if _valid(year, month, day) else None
    # a day and month without a year: the most recent such date on or before publication
    if published is None:
        return TimeRef(None, "relative", text)
    year = published.year
    if _valid(year, month, day) and date(year, month, day) > published + timedelta(days=31):
        year -= 1
    return TimeRef(f"{year:04d}-{month:02d}-{day:02d}", "day", text) if _valid(year, month, day) else None


def _month_alone(m: re.Match[str], published: date, after: TimeRef | None = None, *, ahead: bool = False) -> TimeRef:
    """A month named without a year: in a narrative that gave a year before it (``after``), the first such month
    from that time on, if it is not after publication; else, in a sentence that speaks of what is to come
    (``ahead``: "will meet in December", said in October), the next such month from publication on; else the last
    such month before publication ("met in late November", said in October: the November before)."""
    month = MONTHS[m.group("month").lower()]
    told = after.value if after is not None and after.value and after.precision in ("day", "week", "month", "year") else None
    if told is not None and told[:4].isdigit():
        year = int(told[:4])
        if len(told) >= 7 and month < int(told[5:7]):
            year += 1  # "in November 2020 ... in February": of 2021
        if (year, month) <= (published.year, published.month):
            return TimeRef(f"{year:04d}-{month:02d}", "month", m.group(0))
    if ahead:
        year = published.year if month >= published.month else published.year + 1
    else:
        year = published.year - 1 if month > published.month else published.year
    return TimeRef(f"{year:04d}-{month:02d}", "month", m.group(0))


def _weekday(m: re.Match[str], published: date | None) -> TimeRef:
    """A weekday named: the most recent one (the day itself counts), the one before with "last", the coming
    one with "next"."""
    if published is None:
        return TimeRef(None, "relative", m.group(0))
    target = _WEEKDAYS.index(m["wd"].lower())
    lead = m.group(0).lower()
    delta = (published.weekday() - target) % 7
    if lead.startswith("next"):
        when = published + timedelta(days=(target - published.weekday()) % 7 or 7)
    else:
        # news uses the bare weekday for the most recent one (the day itself counts)
        when = published - timedelta(days=delta if not lead.startswith("last") else (delta or 7))
    return TimeRef(when.isoformat(), "day", m.group(0))


def _relative(m: re.Match[str], offset: int, unit: str, published: date | None) -> TimeRef:
    """A relative word ("yesterday", "last week", "last summer") counted from publication."""
    if published is None:
        return TimeRef(None, "relative", m.group(0))
    if unit == "day":
        return TimeRef((published + timedelta(days=offset)).isoformat(), "day", m.group(0))
    if unit == "week":
        return TimeRef(_monday(published + timedelta(days=offset)).isoformat(), "week", m.group(0))
    if unit == "month":
        return TimeRef(_months_on(published.year, published.month, offset), "month", m.group(0))
    if unit == "year":
        return TimeRef(f"{published.year + offset:04d}", "year", m.group(0))
    season_month = _SEASON_MONTH[m["season"].lower()]
    year = published.year if season_month < published.month else published.year - 1
    return TimeRef(f"{year:04d}-{season_month:02d}", "month", m.group(0))


#: "two days ago", "3 weeks ago", "a month ago", "five years ago"
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_AGO = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)


#: "two days later", "a week earlier": counted from the time the paragraph gave last
_LATER = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier)\b",
                    re.I)


def _later(m: re.Match[str], after: TimeRef) -> TimeRef | None:
    """A date counted from the time ``after`` the paragraph gave last ("On 27 September ... Two days later": 29
    September), to no finer a precision than that time's: None where it is too coarse for the unit (days from a
    month)."""
    assert after.value is not None
    n = _count(m["n"])
    n = -n if m["dir"].lower() == "earlier" else n
    unit = m["unit"].lower()
    value = after.value
    if unit in ("day", "week") and after.precision == "day" and len(value) == 10:
        when = date.fromisoformat(value) + timedelta(days=n * (7 if unit == "week" else 1))
        return TimeRef(when.isoformat(), "day", m.group(0))
    if unit == "month" and after.precision in ("day", "month") and len(value) >= 7:
        return TimeRef(_months_on(int(value[:4]), int(value[5:7]), n), "month", m.group(0))
    if unit == "year" and value[:4].isdigit() and after.precision in ("day", "month", "year"):
        return TimeRef(f"{int(value[:4]) + n:04d}", "year", m.group(0))
    return None


def _count(word: str) -> int:
    """A count written in figures or in a word ("3", "three", "a")."""
    return int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]


def _months_on(year: int, month: int, n: int) -> str:
    """The month ``n`` months after (before, for a negative ``n``) ``year``-``month``, as "YYYY-MM"."""
    months = year * 12 + month - 1 + n
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _ago(m: re.Match[str], published: date | None) -> TimeRef:
    """A date counted back from publication: to the day for days, the week for weeks, the month, the year."""
    if published is None:
        return TimeRef(None, "relative", m.group(0))
    n = _count(m["n"])
    unit = m["unit"].lower()
    if unit == "day":
        return TimeRef((published - timedelta(days=n)).isoformat(), "day", m.group(0))
    if unit == "week":
        return TimeRef(_monday(published - timedelta(weeks=n)).isoformat(), "week", m.group(0))
    if unit == "month":
        return TimeRef(_months_on(published.year, published.month, -n), "month", m.group(0))
    return TimeRef(f"{published.year - n:04d}", "year", m.group(0))


def publication_time(published: date | None) -> TimeRef | None:
    return TimeRef(published.isoformat(), "publication") if published else None


def day_of(when: TimeRef | None) -> date | None:
    """The day a dated time stands for (the middle of a month or a year), None for the article's own day."""
    if when is None or when.value is None or when.precision in ("publication", "relative"):
        return None
    parts = when.value.split("-")
    try:
        if when.precision == "decade":
            return date(int(parts[0]) + 5, 1, 1)
        if len(parts) == 1:
            return date(int(parts[0]), 7, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 15)
        return date.fromisoformat(when.value[:10])
    except ValueError:
        return None
