from __future__ import annotations

from datetime import date

import pytest

from rashomon.nlp.time import day_of, find_time, find_times, publication_time
from rashomon.records import TimeRef

PUB = date(2021, 10, 6)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "value", "precision"),
    [
        ("On November 10, 2020, a truce deal was reached.", "2020-11-10", "day"),
        ("On August 11, 2021 Azerbaijan sent a protest note to Iran.", "2021-08-11", "day"),
        ("The fighting went on until May 1994 when a truce was signed.", "1994-05", "month"),
        ("Aliyev has held office since 2003.", "2003", "year"),
        ("Heavy fighting has raged since September 27.", "2021-09-27", "day"),
        ("Iran said on Thursday that it would respond.", "2021-09-30", "day"),
        ("The drill will take place between 5-8 October.", "2021-10-05", "day"),
        ("Tehran hosted the talks last summer.", "2021-07", "month"),
        ("The minister visited Baku yesterday.", "2021-10-05", "day"),
        ("In 1992 Khamenei said the Armenians were oppressing Muslims.", "1992", "year"),
        # a week is a week, given by its Monday, not a day seven days back (found probing coded events)
        ("Iran held drills near the border last week.", "2021-09-27", "week"),
        ("Talks resume this week.", "2021-10-04", "week"),
        # counted back from publication
        ("Two days ago, Armenia accused Baku of breaking the truce.", "2021-10-04", "day"),
        ("The army moved 3 weeks ago.", "2021-09-13", "week"),
        ("A month ago the talks failed.", "2021-09", "month"),
        # the coming month and year (found probing coded events: "planned for next month" was undated)
        ("A visit is planned for next month.", "2021-11", "month"),
        ("Talks resume this month.", "2021-10", "month"),
        ("Elections are due next year.", "2022", "year"),
        ("Five years ago the war began.", "2016", "year"),
    ],
)
def test_dates_in_sentences(sentence, value, precision):
    found = find_time(sentence, PUB)
    assert found is not None and (found.value, found.precision) == (value, precision)


def test_relative_dates_without_a_publication_date_are_marked_relative():
    assert find_time("Iran said on Thursday that it would respond.", None) == TimeRef(None, "relative", "on Thursday")
    assert find_time("Two days ago, Armenia accused Baku.", None) == TimeRef(None, "relative", "Two days ago")
    assert find_time("He left an hour ago.", PUB) is None
    assert find_time("No date in this sentence at all.", PUB) is None


def test_publication_fallback():
    assert publication_time(PUB) == TimeRef("2021-10-06", "publication")
    assert publication_time(None) is None


def test_every_time_of_a_sentence_is_found_with_its_place():
    # several times in one sentence: each with where it is, the most specific first, none counted twice
    sentence = "Baku said on Friday, October 1, 2021 that Armenian forces had fired on Wednesday and 30 years ago."
    found = find_times(sentence, PUB)
    assert [(sentence[s:e], ref.value) for s, e, ref in found] == [
        ("October 1, 2021", "2021-10-01"),
        ("30 years ago", "1991"),
        ("on Friday", "2021-10-01"),
        ("on Wednesday", "2021-10-06"),
    ]
    assert find_time(sentence, PUB) == found[0][2]
    assert find_times("No date in this sentence at all.", PUB) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("In the early 1990s, the war displaced a million people.", "1990"),
        ("During the 1980s, protests spread across the republic.", "1980"),
        ("Relations soured in the mid-2000s.", "2000"),
        ("The ceasefire of the 1990s held until 2016.", "2016"),  # a year is more precise than a decade
    ],
)
def test_a_decade_is_dated_as_one(sentence, value):
    # from a caucasus sample judged by hand: "in the early 1990s" was no time at all, so the event took the
    # article's day
    ref = find_time(sentence, date(2021, 10, 4))
    assert ref is not None and ref.value == value, ref
    assert ref.precision == ("year" if value == "2016" else "decade")


#: published 1 June 2021 (JUNE) and 7 October 2021 (OCTOBER)
JUNE, OCTOBER = date(2021, 6, 1), date(2021, 10, 7)


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # from probes of our own: "in March" was no time, so the event took the article's day
        ("The talks were held in March.", JUNE, "2021-03"),
        ("Rebels have held the town since early May.", JUNE, "2021-05"),
        ("Negotiators will meet again in July.", JUNE, "2021-07"),  # the month after publication: ahead
        ("The war began in December.", JUNE, "2020-12"),  # a month later in the year: the last one before
        ("They met in mid-April to talk.", JUNE, "2021-04"),
        # from probes of our own: "met in late November", said in October, was dated November of the same year (the
        # month after publication was taken as ahead), and "will hold drills in December" December of the year before
        ("The leaders met in late November.", OCTOBER, "2020-11"),  # past: the November before publication
        ("The army will hold drills in December.", OCTOBER, "2021-12"),  # ahead: the coming December
        ("A summit is planned in January.", OCTOBER, "2022-01"),
        ("The talks were held in March.", OCTOBER, "2021-03"),
    ],
)
def test_a_month_alone_is_the_last_one_unless_the_sentence_looks_ahead(sentence, published, value):
    ref = find_time(sentence, published)
    assert ref is not None and (ref.value, ref.precision) == (value, "month"), ref


def test_a_month_without_a_year_follows_the_year_the_narrative_gave():
    # from a probe of our own: "The war began in September 2020. ... Russia brokered a ceasefire in November", in a
    # text of October 2021, dated the ceasefire November 2021 (the month after publication)
    def month(sentence: str, after: TimeRef | None) -> str | None:
        return find_times(sentence, PUB, after)[0][2].value

    assert month("Russia brokered a ceasefire in November.", TimeRef("2020-09", "month")) == "2020-11"
    assert month("Talks resumed in February.", TimeRef("2020-11-10", "day")) == "2021-02"
    assert month("The town fell in March.", TimeRef("1992", "year")) == "1992-03"
    # never after publication; with no year before, as before
    assert month("They will meet in November.", TimeRef("2021-09", "month")) == "2021-11"
    assert month("Talks resumed in December.", TimeRef("2021-09", "month")) == "2020-12"
    # (with none, a month after publication is the one before, unless the sentence speaks of what is to come)
    assert month("Russia brokered a ceasefire in November.", None) == "2020-11"
    assert month("The two sides will sign a ceasefire in November.", None) == "2021-11"


def test_days_later_or_earlier_count_from_the_time_the_paragraph_gave():
    # from a probe of our own: "On 27 September ... Two days later, Armenia declared martial law" was dated 27 September
    def first(sentence: str, after: TimeRef | None) -> TimeRef | None:
        found = find_times(sentence, PUB, after)
        return found[0][2] if found else None

    assert first("Two days later, Armenia declared martial law.", TimeRef("2020-09-27", "day")) == TimeRef(
        "2020-09-29", "day", "Two days later")
    assert first("A week earlier, the army had mobilised.", TimeRef("2020-09-27", "day")).value == "2020-09-20"
    assert first("Two months later, talks resumed.", TimeRef("2020-11", "month")).value == "2021-01"
    # days from a month are no day; with no time before, nothing
    assert first("Two days later, talks resumed.", TimeRef("2020-11", "month")) is None
    assert first("Two days later, talks resumed.", None) is None


def test_a_month_word_that_is_no_month_is_no_time():
    assert find_times("Thousands may march on the capital.", date(2021, 6, 1)) == []
    assert find_times("The plan may work, he said in an interview.", date(2021, 6, 1)) == []


def test_day_of_a_dated_time_is_the_middle_of_what_it_names() -> None:
    assert day_of(TimeRef("2020-10-04", "day")) == date(2020, 10, 4)
    assert day_of(TimeRef("2020-10", "month")) == date(2020, 10, 15)
    assert day_of(TimeRef("1992", "year")) == date(1992, 7, 1)
    assert day_of(TimeRef("1990", "decade")) == date(1995, 1, 1)
    # the article's own day, a relative time left unresolved, or none: the table's reading of today stands
    assert day_of(TimeRef("2021-05-01", "publication")) is None
    assert day_of(TimeRef(None, "relative")) is None
    assert day_of(None) is None
