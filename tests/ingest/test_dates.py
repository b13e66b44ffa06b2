from __future__ import annotations

import pytest

from rashomon.ingest.dates import parse_any_date, parse_date_line
from rashomon.records import PublishedDate


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("October 4, 2020", PublishedDate("2020-10-04", "day")),
        ("Oct. 4, 2020", PublishedDate("2020-10-04", "day")),
        ("Sunday, October 4, 2020", PublishedDate("2020-10-04", "day")),
        ("4 October 2020", PublishedDate("2020-10-04", "day")),
        ("Published: 11 Aug 2021 10:31", PublishedDate("2021-08-11", "day")),
        ("2021-08-11", PublishedDate("2021-08-11", "day")),
        ("May 1994", PublishedDate("1994-05", "month")),
        ("Updated on March 14, 2024 at 3:15 pm", PublishedDate("2024-03-14", "day")),
    ],
)
def test_date_lines(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "On November 10, 2020, a truce agreement was reached.",
        "February 30, 2020",
        "7 min read",
        "",
        "Faramarz Davar",
    ],
)
def test_not_date_lines(line):
    assert parse_date_line(line) is None


def test_metadata_dates_in_feed_and_iso_forms():
    assert parse_any_date("Fri, 15 Mar 2024 10:00:00 +0000") == PublishedDate(
        "2024-03-15T10:00:00+00:00", "datetime"
    )
    assert parse_any_date("2024-03-13T09:30:00+04:00") == PublishedDate(
        "2024-03-13T09:30:00+04:00", "datetime"
    )
    assert parse_any_date("2020") == PublishedDate("2020", "year")
    assert parse_any_date("not a date") is None
