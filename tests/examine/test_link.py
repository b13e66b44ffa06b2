from rashomon.examine.link import Key, cluster, content_words, keys, similarity

from .helpers import ref


def test_sector_codes_link_by_country_and_symmetric_types_ignore_order():
    a = ref("SUPPORT", ("IRNGOV",), ("ARM",), "Tehran backs Yerevan.")
    b = ref("AID", ("IRN",), ("ARMMIL",), "Iran sent arms to the Armenian army.")
    c = ref("CONSULT", ("ARM",), ("IRN",), "Armenia and Iran held talks.")
    d = ref("CONSULT", ("IRN",), ("ARM",), "Iran and Armenia held talks.")
    groups = cluster([a, b, c, d])
    assert [(k, [e.id for e in g]) for k, g in groups] == [
        (Key("ARM", "consult", "IRN"), [c.id, d.id]),
        (Key("IRN", "backing", "ARM"), [a.id, b.id]),
    ]


def test_an_event_with_two_sources_states_two_propositions_and_none_without_actors():
    joint = ref("COOPERATE", ("TUR", "AZE"), (), "Turkey and Azerbaijan held a joint drill.")
    assert keys(joint) == [Key("TUR", "cooperate", "-"), Key("AZE", "cooperate", "-")]
    assert keys(ref("ASSAULT", (), (), "Shells fell.")) == []
    # an act aimed at the actor's own country stays an act of that actor
    assert keys(ref("SUPPORT", ("IRNGOV",), ("IRNMIL",), "The government praised its army.")) == [
        Key("IRN", "backing", "-")
    ]


def test_dates_split_happenings_and_undated_statements_join_the_only_dated_one():
    oct20 = ref("ASSAULT", ("AZE",), ("IRN",), "Azerbaijan shelled the Iranian border post on 20 October.",
                date="2020-10-20", precision="day")  # fmt: skip
    oct21 = ref("ASSAULT", ("AZEMIL",), ("IRN",), "Azerbaijani troops shelled an Iranian post.",
                date="2020-10-21", precision="day")  # fmt: skip
    dec = ref("ASSAULT", ("AZE",), ("IRN",), "A drone was downed over Iran.", date="2020-12-15", precision="day")
    undated = ref("ASSAULT", ("AZE",), ("IRN",), "Azerbaijan has attacked Iran.", date="2021-01-02",
                  precision="publication")  # fmt: skip
    groups = [[e.id for e in g] for _, g in cluster([dec, undated, oct21, oct20])]
    assert groups == [[oct20.id, oct21.id], [dec.id], [undated.id]]
    groups = [[e.id for e in g] for _, g in cluster([oct20, undated])]
    assert groups == [[oct20.id, undated.id]]
    # a year the only dated group does not fall in is another happening (it had joined it)
    earlier = ref("ASSAULT", ("AZE",), ("IRN",), "Azerbaijan attacked Iran in 2018.", date="2018", precision="year")
    groups = [[e.id for e in g] for _, g in cluster([oct20, undated, earlier])]
    assert groups == [[oct20.id, undated.id], [earlier.id]]
    same_year = ref("ASSAULT", ("AZE",), ("IRN",), "Azerbaijan attacked Iran in 2020.", date="2020", precision="year")
    assert [[e.id for e in g] for _, g in cluster([oct20, same_year])] == [[oct20.id, same_year.id]]


def test_neighbouring_dates_with_alike_evidence_are_one_happening():
    a = ref("COERCE", ("AZE",), ("IRNCVL",), "Azerbaijan detained two Iranian truck drivers near Goris.",
            date="2021-09-12", precision="day")  # fmt: skip
    b = ref("COERCE", ("AZEGOV",), ("IRN",), "Baku detained two Iranian truck drivers near Goris on Tuesday.",
            date="2021-09-14", precision="day")  # fmt: skip
    c = ref("COERCE", ("AZE",), ("IRN",), "Customs officers seized fuel tankers at the border crossing.",
            date="2021-09-16", precision="day")  # fmt: skip
    assert [[e.id for e in g] for _, g in cluster([a, b, c])] == [[a.id, b.id], [c.id]]


def test_similarity_of_content_words():
    assert similarity(content_words("Iran backs Armenia"), content_words("Armenia, backed by Iran")) == 0.5
    assert similarity(frozenset(), content_words("anything")) == 0.0


def test_a_week_spans_its_seven_days_and_labels_as_a_week():
    from datetime import date

    from rashomon.examine.claims import when
    from rashomon.examine.link import interval

    drill = ref("MOBILIZE", ("IRN",), (), "Iran held drills near the border last week.", date="2021-09-27", precision="week")
    monday = date(2021, 9, 27).toordinal()
    assert interval(drill) == (monday, monday + 6)
    assert when(("2021-09-27", "week")) == "week of 2021-09-27"


def test_a_decade_labels_as_one_and_yields_to_a_year():
    from rashomon.examine.claims import _date, when

    assert when(("1990", "decade")) == "the 1990s"
    war = ref("ASSAULT", ("ARM",), ("AZE",), "Armenia fought Azerbaijan in the early 1990s.", date="1990", precision="decade")
    dated = ref("ASSAULT", ("ARM",), ("AZE",), "Armenia fought Azerbaijan in 1992.", date="1992", precision="year")
    assert _date([war, dated]) == ("1992", "year")
    # (nor does a decade date a claim its other statements date by the day they were published)
    now = ref("SUPPORT", ("IRN",), ("AZE",), "Iran backs Azerbaijan.", date="2021-10-04", precision="publication")
    assert _date([war, now, now]) == ("2021-10-04", "publication")
