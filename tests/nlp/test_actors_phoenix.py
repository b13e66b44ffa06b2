"""The Phoenix names and agent words under the actor table (rashomon/nlp/actors.py): ours always win, Phoenix
fills in where ours know nothing, on its dates, written capitalised."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from rashomon.nlp import actors
from rashomon.nlp.actors import ActorTable, ActorTableError, parse_phoenix

D = dt.date

#: Invented names, in the shipped tables' formats.
NAMES = "\n".join(
    [
        "name\tcode\tfrom\tto",
        "ZORBANIAN FREEDOM FRONT\tAZEREB\t\t",
        "KARIM ZORBANOV\tARMGOV\t2001-01-01\t2005-12-31",
        "KARIM ZORBANOV\tARMELI\t1990-01-01\t2000-12-31",
        "ILHAM ALIYEV\tRUSGOV\t\t",  # ours know him: our code wins
        "ZORBA CITY\tAZE\t\t",  # a place: Phoenix codes it as the country, rashomon reads places elsewhere
        "ZORBAN RIDERS\tXYZREB\t\t",  # a prefix ours never use: no code to read
        "ZRF\tAZEREB\t\t",  # short: in capitals only
        "CASPIAN HIGHLAND ARMY\tCAUREB\t\t",  # a group CAMEO codes by a region (the Caucasus)
        "CASPIAN SHORE\tCAU\t\t",  # a region and nothing after it: a place
        "ZORBANIAN PEOPLE'S DEFENCE ARMY\tAZEREB\t\t",  # a possessive in capitals
        "ZORBANIAN PEOPLE'S DEFENCE ARMY\tCAUREB\t\t",  # and a region beside the country: the vaguer
        "ZORBAN LIBERATION ARMY\tAZEREB\t1990-01-01\t1999-12-31",  # dated, and an organisation
        "PARK SEO JORB\tKORGOV\t\t",  # a Korean given name, written "Seo-jorb" in the text
        "DANIEL ARAP ZORB\tKENGOV\t\t",  # a connector in lower case in the text
        "ALI SAYD\tIRNGOV\t\t",  # a name whose last word may be a common one after a space
    ]
)
AGENTS = "words\tcode\nCATTLE RANCHER\tAGR\nCATTLE RANCHERS\tAGR\nCROPPERS\tAGR\n"


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return ActorTable(actors._builtin_layers(), parse_phoenix(NAMES, AGENTS))


def codes(table: ActorTable, text: str, day: dt.date | None = None) -> dict[str, str | None]:
    return {m.text: m.actor.code if m.actor else None for m in table.scan(text, day)}


def test_a_name_only_phoenix_knows_resolves(table):
    found = table.scan("The Zorbanian Freedom Front said it would fight.")
    assert [(m.text, m.actor.code if m.actor else None, m.via) for m in found] == [
        ("Zorbanian Freedom Front", "AZEREB", "phoenix")
    ]
    assert table.resolve("the Zorbanian Freedom Front").actor.code == "AZEREB"


def test_our_entry_for_a_name_wins(table):
    assert codes(table, "Ilham Aliyev spoke.", D(2020, 1, 1)) == {"Ilham Aliyev": "AZEGOV"}
    assert "names ours know" in table.phoenix_counts and table.phoenix_counts["names ours know"] >= 1


def test_a_dated_code_holds_only_on_its_dates(table):
    text = "Karim Zorbanov arrived."
    assert codes(table, text, D(2003, 5, 1)) == {"Karim Zorbanov": "ARMGOV"}
    assert codes(table, text, D(2010, 5, 1)) == {}  # no code holds then: no reading, no invented ELI
    # a dated ELI span is the dictionary's own reading of time out of office: an elite of the country then (a person
    # it names was no one before: "Benazir Bhutto" in 2000)
    assert codes(table, text, D(1995, 5, 1)) == {"Karim Zorbanov": "ARMELI"}
    assert codes(table, text) == {"Karim Zorbanov": "ARMGOV"}  # undated: the latest office
    # a title in the text outranks the dates, as with ours: unknown on the date, the title's office counts
    assert codes(table, "Armenian President Karim Zorbanov arrived.", D(2010, 5, 1)) == {
        "Armenian President Karim Zorbanov": "ARMGOV"
    }


def test_phoenix_names_must_be_capitalised(table):
    assert codes(table, "the zorbanian freedom front") == {}
    assert codes(table, "ZRF fighters and the Zrf said") == {"ZRF": "AZEREB"}
    # part of a longer name the table does not know
    assert codes(table, "Karim Zorbanov Smith arrived.", D(2003, 5, 1)) == {}


def test_places_and_codes_outside_our_scheme_are_left_out(table):
    assert codes(table, "Protests in Zorba City grew.") == {}
    assert codes(table, "The Zorban Riders attacked.") == {}
    assert table.phoenix_counts["names coded only as a country (places)"] >= 1
    assert table.phoenix_counts["names with no usable code"] >= 1


def test_a_group_coded_by_a_region_keeps_its_sector_and_has_no_country(table):
    found = table.scan("The Caspian Highland Army attacked a convoy.")
    assert [(m.text, m.actor.code, m.actor.country, m.actor.sector) for m in found if m.actor] == [
        ("Caspian Highland Army", "CAUREB", None, "REB")
    ]
    assert codes(table, "Fighting near the Caspian Shore.") == {}  # a region alone is a place
    # a country's name or people before it places the group
    assert codes(table, "Azerbaijan's Caspian Highland Army attacked.") == {"Azerbaijan's Caspian Highland Army": "AZEREB"}


def test_a_possessive_in_a_name_written_in_capitals_matches_the_text(table):
    assert codes(table, "The Zorbanian People's Defence Army attacked.") == {"Zorbanian People's Defence Army": "AZEREB"}


def test_a_dated_name_that_ends_with_a_sector_noun_is_an_organisation(table):
    found = table.scan("The Zorban Liberation Army attacked.", D(1995, 1, 1))
    assert [(m.actor.code, m.actor.kind) for m in found if m.actor] == [("AZEREB", "organisation")]


def test_agent_phrases_compose_with_a_country_but_not_alone(table):
    assert codes(table, "Iranian cattle ranchers protested.") == {"Iranian cattle ranchers": "IRNAGR"}
    assert table.sector_of("the cattle ranchers", head=True) is None  # a Phoenix word alone: no sector
    assert codes(table, "Iranian croppers protested.") != {"Iranian croppers": "IRNAGR"}  # one word: ours decide


@pytest.mark.parametrize(
    ("names", "agents", "where"),
    [
        ("name\tcode\tfrom\tto\nX Y\tAZEREB\t2001-13-01\t\n", "", "actors_phoenix.tsv:2"),
        ("name\tcode\tfrom\tto\nX Y\tazereb\t\t\n", "", "actors_phoenix.tsv:2"),
        ("name\tcode\tfrom\tto\n\nX Y\tAZE\t2005-01-01\t2001-01-01\n", "", "actors_phoenix.tsv:3"),
        ("name\tcode\tfrom\tto\nX Y\tAZE\n", "", "actors_phoenix.tsv:2"),
        ("", "words\tcode\nFARM HAND\tagr\n", "agents_phoenix.tsv:2"),
    ],
)
def test_a_malformed_phoenix_row_names_its_file_and_line(names, agents, where):
    with pytest.raises(ActorTableError, match=where):
        parse_phoenix(names, agents)


def test_the_shipped_tables_fill_in_where_ours_know_nothing():
    table = ActorTable.load()
    assert table.phoenix_counts["names"] > 10_000 and table.phoenix_counts["agent words"] > 1000
    found = table.scan("Troops fought the Moro Islamic Liberation Front.")
    phoenix = [m for m in found if m.via == "phoenix"]
    assert [m.text for m in phoenix] == ["Moro Islamic Liberation Front"]
    assert phoenix[0].actor is not None and phoenix[0].actor.country == "PHL"
    # an armed group's acronym, where its letters are the name's initials (eval/derive_dictionaries.py)
    ltte = [m for m in table.scan("Troops overran two LTTE camps.") if m.actor is not None]
    assert [(m.text, m.actor.code) for m in ltte] == [("LTTE", "LKAREB")]
    # names with a possessive in capitals, and groups CAMEO codes by a region
    # (the Sudan People's Liberation Army, once this example, is now a row of rashomon's own table)
    eritrea = table.scan("The Eritrean People's Liberation Front clashed with troops.", D(1985, 1, 1))
    assert [(m.text, m.actor.code, m.actor.kind) for m in eritrea if m.actor] == [
        ("Eritrean People's Liberation Front", "EAFREB", "organisation")
    ]
    # (the Lord's Resistance Army, once an example of a possessive, a row of rashomon's own table since stop 49:
    # the Phoenix code, CFRREB, is not Uganda's)
    assert codes(table, "The Lord's Resistance Army attacked a village.") == {"The Lord's Resistance Army": "UGAREB"}
    assert codes(table, "Lashkar-e-Taiba claimed the attack.") == {"Lashkar-e-Taiba": "PAKREB"}  # PAKREB and SASREB
    # a mention ends on its noun, not on a preposition of an agent form ("embassy in")
    found = table.scan("Gunmen attacked the Iraqi embassy in Kabul.")
    assert [m.text for m in found if "embassy" in m.text] == ["the Iraqi embassy"]


def test_the_parsed_phoenix_tables_are_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("RASHOMON_CACHE_DIR", str(tmp_path))
    actors._builtin_phoenix.cache_clear()
    try:
        first = actors._builtin_phoenix()
        cached = list(tmp_path.glob("phoenix-*.pickle"))
        assert len(cached) == 1
        actors._builtin_phoenix.cache_clear()
        start = time.perf_counter()
        again = actors._builtin_phoenix()
        assert time.perf_counter() - start < 2.0
        assert again.keys == first.keys and again.names == first.names
        cached[0].write_bytes(b"not a pickle")  # a broken cache only means parsing again
        actors._builtin_phoenix.cache_clear()
        assert actors._builtin_phoenix().keys == first.keys
    finally:
        actors._builtin_phoenix.cache_clear()


def test_a_phoenix_person_is_named_by_surname_alone_where_no_one_else_has_it():
    # written for rashomon from a probe of our own wire-style sentences: "Shevardnadze accused Moscow ..." was no one,
    # where "Eduard Shevardnadze" was Georgia's government
    table = ActorTable.load()
    found = table.surname("Shevardnadze", D(1995, 6, 1))
    assert found is not None and found.actor is not None and found.actor.code == "GEOGOV"
    assert table.surname("Abacha", D(1995, 6, 1)).actor.code == "NGAGOV"  # type: ignore[union-attr]
    # a name two Phoenix people share, a short one, and one of rashomon's own tables are not read so
    assert table.surname("Kabila", D(1998, 6, 1)) is None
    assert table.surname("Moi") is None
    assert table.surname("Iran") is None


def test_a_given_name_after_a_hyphen_and_a_connector_may_be_lower_case(table):
    # written for rashomon after a probe of wire-era names: "Kim Dae-jung" and "Daniel arap Moi" were no one
    assert codes(table, "Park Seo-jorb arrived.") == {"Park Seo-jorb": "KORGOV"}
    assert codes(table, "Daniel arap Zorb arrived.") == {"Daniel arap Zorb": "KENGOV"}
    # not a lower-case word after a space
    assert codes(table, "Park Seo jorb arrived.") == {}
    assert codes(table, "Ali sayd so.") == {}


def test_a_known_word_after_a_name_particle_stays_in_the_name(table):
    # written for rashomon after a ConfliBERT train-part miss: a spelling of "Omar al-Bashir" the tables do not have
    # was two people, the title with the given name and "al", and "Bashir"
    assert codes(table, "Sudan's President Umar al-Bashir declared a truce.") == {"Sudan's President Umar al-Bashir": "SDNGOV"}
    assert list(codes(table, "President Zorb al-Assad spoke.")) == ["President Zorb al-Assad"]
