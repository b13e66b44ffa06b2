"""Publication dates as pages write them -> ISO 8601 with a precision."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

from rashomon.records import PublishedDate

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_LEAD = r"^(?:(?:published|posted|updated|last updated|date)\s*(?:on|:)?\s*)?" + _WEEKDAY
_TIME = r"(?:\s*(?:,|at|-|–|\|)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?"
_MDY = re.compile(
    _LEAD + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME + r"$", re.I
)
_DMY = re.compile(
    _LEAD + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME + r"$", re.I
)
_MY = re.compile(_LEAD + _MONTH + r",?\s+(?P<year>\d{4})$", re.I)
_ISO = re.compile(
    r"^(?:(?:published|posted|updated|date)\s*(?:on|:)?\s*)?"
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?P<time>[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$",
    re.I,
)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1800 <= year <= 2200


def parse_date_line(line: str) -> PublishedDate | None:
    """Parse a line that is a date and nothing else ("October 4, 2020", "Published: 4 Oct 2020 10:31")."""
    s = " ".join(line.strip().split())
    if not s or len(s) > 60:
        return None
    if m := _ISO.match(s):
        y, mo, d = int(m["year"]), int(m["month"]), int(m["day"])
        if not _valid(y, mo, d):
            return None
        if m["time"]:
            return parse_iso_datetime(s[m.start("year") :])
        return PublishedDate(f"{y:04d}-{mo:02d}-{d:02d}", "day")
    for pattern in (_MDY, _DMY):
        if m := pattern.match(s):
            y, mo, d = int(m["year"]), MONTHS[m["month"].lower()], int(m["day"])
            if _valid(y, mo, d):
                return PublishedDate(f"{y:04d}-{mo:02d}-{d:02d}", "day")
            return None
    if m := _MY.match(s):
        y, mo = int(m["year"]), MONTHS[m["month"].lower()]
        if _valid(y, mo, 1):
            return PublishedDate(f"{y:04d}-{mo:02d}", "month")
    return None


def parse_iso_datetime(value: str) -> PublishedDate | None:
    """ISO 8601 date or date-time (as in metadata fields) -> PublishedDate, keeping its precision."""
    s = value.strip()
    if re.fullmatch(r"\d{4}", s) and _valid(int(s), 1, 1):
        return PublishedDate(s, "year")
    if re.fullmatch(r"\d{4}-\d{2}", s) and _valid(int(s[:4]), int(s[5:7]), 1):
        return PublishedDate(s, "month")
    try:
        parsed = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None
    if not _valid(parsed.year, parsed.month, parsed.day):
        return None
    if len(s) <= 10:
        return PublishedDate(parsed.date().isoformat(), "day")
    return PublishedDate(parsed.isoformat(), "datetime")


def parse_any_date(value: str) -> PublishedDate | None:
    """A date from metadata in any common form: ISO 8601, RFC 822 (feeds, mail), or as pages write it."""
    if not value or not value.strip():
        return None
    if found := parse_iso_datetime(value) or parse_date_line(value):
        return found
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return (
        PublishedDate(parsed.isoformat(), "datetime")
        if _valid(parsed.year, parsed.month, parsed.day)
        else None
    )
