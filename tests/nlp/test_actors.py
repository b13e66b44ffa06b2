"""The actor table and resolver: codes, dates, loaded labels, spellings, user files, the real corpus."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from rashomon.nlp.actors import ActorTable, ActorTableError, fold, tokenize
from rashomon.records import ActorMention

D = dt.date


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return ActorTable.load()


def code(table: ActorTable, text: str, day: dt.date | None = None) -> str | None:
    m = table.resolve(text, day)
    assert m is not None, f"{text!r} resolved to None"
    return m.actor.code if m.actor else None


def found(table: ActorTable, text: str, day: dt.date | None = None) -> dict[str, ActorMention]:
    return {m.text: m for m in table.scan(text, day)}


# ---------------------------------------------------------------------------------------------- countries


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran", "IRN"),
        ("the Islamic Republic", "IRN"),
        ("Islamic Republic", "IRN"),
        ("the Islamic Republic of Iran", "IRN"),
        ("Persia", "IRN"),
        ("the Republic of Azerbaijan", "AZE"),
        ("Britain", "GBR"),
        ("the U.S.", "USA"),
        ("US", "USA"),
        ("America", "USA"),
        ("the Soviet Union", "SUN"),
        ("USSR", "SUN"),
        ("Türkiye", "TUR"),
        ("Artsakh", "NKR"),
        ("the Nagorno-Karabakh Republic", "NKR"),
        ("Karabakh", "NKR"),
        ("Kosovo", "KSV"),
        ("Palestine", "PSE"),
        ("Russia", "RUS"),
        ("Georgia", "GEO"),
        # short and former names that pycountry lacks (PLOVER training-part misses: "Bosnia and Slovenia agreed")
        ("Bosnia", "BIH"),
        ("Brunei", "BRN"),
        ("East Timor", "TLS"),
        ("Zaire", "COD"),
        ("Yugoslavia", "YUG"),
        ("Serbia and Montenegro", "SCG"),
        ("Czechoslovakia", "CSK"),
    ],
)
def test_country_names_short_and_historical(table, text, expected):
    assert code(table, text) == expected


def test_every_iso_country_is_known(table):
    pycountry = pytest.importorskip("pycountry", reason="pycountry is not installed: only the table's countries")
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        if "," in name:
            continue
        # (a name two countries share, "Congo", is the country's where the document names it)
        prefer = {country.alpha_3: 9.0} if table.shared(name) else None
        m = table.resolve(name.split(" (")[0], None, prefer=prefer)
        assert m is not None and m.actor is not None, f"{name} does not resolve"
        assert m.actor.code == country.alpha_3 or m.actor.country == country.alpha_3, (name, m.actor.code)


def test_case_matters_where_it_should(table):
    assert [m.text for m in table.scan("Let us talk about the US and turkey with Turkey.")] == ["the US", "Turkey"]
    assert table.scan("the ankara of us") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iranian", "IRN"),
        ("Iranians", "IRN"),
        ("Persians", "IRN"),
        ("Azeri", "AZE"),
        ("Azeris", "AZE"),
        ("Azerbaijanis", "AZE"),
        ("Armenians", "ARM"),
        ("the Turks", "TUR"),
        ("Russians", "RUS"),
        ("Israelis", "ISR"),
        ("Americans", "USA"),
        ("Pakistanis", "PAK"),
        ("Georgians", "GEO"),
        ("Syrians", "SYR"),
        ("the Lebanese", "LBN"),
        ("Afghans", "AFG"),
        ("the Chinese", "CHN"),
        ("Indians", "IND"),
    ],
)
def test_demonyms_and_plurals(table, text, expected):
    m = table.resolve(text)
    assert m is not None and m.actor is not None and m.actor.code == expected
    assert m.via == "demonym"


def test_demonym_table_is_large(table):
    assert table.stats()["demonym"] >= 80


def test_a_lone_adjective_is_no_actor_but_a_plural_is(table):
    hits = found(table, "Iranian trucks crossed. The Azeris protested.")
    assert list(hits) == ["The Azeris"]
    assert hits["The Azeris"].actor is not None and hits["The Azeris"].actor.code == "AZE"


# ---------------------------------------------------------------------------------------------- capitals


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("Tehran said it would respond.", "Tehran", "IRNGOV"),
        ("Baku accuses Yerevan of shelling.", "Baku", "AZEGOV"),
        ("Baku accuses Yerevan of shelling.", "Yerevan", "ARMGOV"),
        ("Moscow warned.", "Moscow", "RUSGOV"),
        ("The Kremlin declined to comment.", "The Kremlin", "RUSGOV"),
        ("Ankara replied.", "Ankara", "TURGOV"),
        ("Tel Aviv denied it.", "Tel Aviv", "ISRGOV"),
        ("Jerusalem denied it.", "Jerusalem", "ISRGOV"),
        ("Washington imposed sanctions.", "Washington", "USAGOV"),
        ("The White House said.", "The White House", "USAGOV"),
        ("Beijing objected.", "Beijing", "CHNGOV"),
        ("Islamabad agreed.", "Islamabad", "PAKGOV"),
        ("Brussels agreed.", "Brussels", "IGOEUREEC"),
        ("Canberra agreed.", "Canberra", "AUSGOV"),
    ],
)
def test_capitals_stand_for_governments(table, sentence, span, expected):
    hits = found(table, sentence)
    assert span in hits, (sentence, list(hits))
    assert hits[span].actor is not None and hits[span].actor.code == expected
    assert hits[span].via == "capital"


def test_a_capital_after_a_locative_is_the_country_and_inside_a_name_nothing(table):
    hits = found(table, "Protests erupted in Tehran. The Paris Agreement holds.")
    assert hits["Tehran"].actor is not None and hits["Tehran"].actor.code == "IRN"
    assert "Paris" not in hits
    assert found(table, "Tehran, Iran - talks")["Tehran"].actor.code == "IRN"
    assert found(table, "from Ankara's vantage point")["Ankara"].actor.code == "TURGOV"


# ---------------------------------------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO", "IGOWSTNAT"),
        ("the North Atlantic Treaty Organization", "IGOWSTNAT"),
        ("the United Nations", "IGOUNO"),
        ("the UN Security Council", "IGOUNO"),
        ("the IAEA", "IGOUNOIAE"),
        ("the European Union", "IGOEUREEC"),
        ("EU", "IGOEUREEC"),
        ("the OSCE Minsk Group", "IGOEUROSC"),
        ("the Shanghai Cooperation Organization", "IGOCASSCO"),
        ("SCO", "IGOCASSCO"),
        ("CSTO", "IGOCASCST"),
        ("the Red Cross", "NGOHLHIRC"),
        ("Amnesty International", "NGOHRIAMN"),
        ("CIA", "USASPY"),
        ("the Mossad", "ISRSPY"),
        ("IRGC", "IRNMIL"),
        ("the Islamic Revolutionary Guard Corps", "IRNMIL"),
        ("the Revolutionary Guards", "IRNMIL"),
        ("the Quds Force", "IRNMIL"),
        ("the Pentagon", "USAGOV"),
        ("Bloomberg News", "USAMED"),
        ("IRNA", "IRNMED"),
        ("Hezbollah", "LBNREBHZB"),
        ("Hizbullah", "LBNREBHZB"),
        ("Hamas", "PSEREBHMS"),
        ("ISIS", "IMGMUSISI"),
        ("Daesh", "IMGMUSISI"),
        ("al-Qaeda", "IMGMUSALQ"),
        ("the Houthis", "YEMREBHTH"),
        ("the PKK", "TURREBPKK"),
    ],
)
def test_organisations_and_groups(table, text, expected):
    assert code(table, text) == expected


def test_a_name_of_actors_of_several_countries_is_read_by_the_countries_given(table):
    # "RSF" is a press-freedom group and Sudan's paramilitary, "SNA" a Syrian group and Somalia's army
    assert table.shared("RSF fighters") and table.shared("the SNA") and not table.shared("Sudan's army")
    assert code(table, "RSF") == "NGOMEDRSF" and code(table, "SNA") == "SYRREBSNA"  # no countries: the first row's
    assert table.resolve("RSF", D(2023, 6, 1), prefer={"SDN": 2, "IRN": 1}).actor.code == "SDNREBRSF"
    assert table.resolve("SNA forces", prefer={"SOM": 1}).actor.code == "SOMMIL"
    assert table.resolve("SNA", prefer={"IRN": 3}).actor.code == "SYRREBSNA"  # none of its countries
    assert [m.actor.code for m in table.scan("RSF and SAF", D(2024, 1, 1), prefer={"SDN": 1})] == ["SDNREBRSF", "SDNMIL"]
    # "ADF": Ugandan-born rebels in Congo, Cameroon's separatists, Australia's army; "NPA": Philippine rebels, South
    # Africa's prosecutors
    assert code(table, "ADF") == "CODREBADF"
    assert table.resolve("the ADF", prefer={"CMR": 2, "NGA": 1}).actor.code == "CMRREBAMB"
    assert table.resolve("ADF", prefer={"AUS": 1}).actor.code == "AUSMIL"
    assert code(table, "the NPA") == "PHLREBNPA" and table.resolve("the NPA", prefer={"ZAF": 1}).actor.code == "ZAFJUD"
    # "NAF": ACLED's name of the separatists' forces in eastern Ukraine, and Nigeria's air force
    assert table.resolve("the NAF rebel forces", prefer={"UKR": 3}).actor.code == "UKRREBNAF"
    assert table.resolve("NAF jets", prefer={"NGA": 1, "UKR": 0}).actor.code == "NGAMIL"


def test_is_names_the_islamic_state_only_before_its_men(table):
    # ACLED-style notes write "IS fighters", "IS militants"; a text in capitals writes the verb "IS"
    assert found(table, "IS fighters clashed with QSD fighters.")["IS fighters"].actor.code == "IMGMUSISI"
    assert all(m.text != "IS" for m in table.scan("THE WAR IS OVER, SAYS IRAN"))
    # the Al-Aqsa mosque is a place, not the Al-Aqsa Martyrs' Brigades the Phoenix table knows as "Al-Aqsa"
    assert table.resolve("the Al-Aqsa compound") is None
    assert code(table, "IPOB") == "NGAREBIPB"


def test_organisation_kinds(table):
    nato = table.resolve("NATO")
    assert nato is not None and nato.actor is not None
    assert (nato.actor.kind, nato.actor.country, nato.actor.sector) == ("igo", None, None)
    hez = table.resolve("Hezbollah")
    assert hez is not None and hez.actor is not None
    assert (hez.actor.kind, hez.actor.country, hez.actor.sector) == ("group", "LBN", "REB")
    irgc = table.resolve("IRGC")
    assert irgc is not None and irgc.actor is not None
    assert (irgc.actor.kind, irgc.actor.country, irgc.actor.sector) == ("organisation", "IRN", "MIL")


def test_the_taliban_took_power(table):
    assert code(table, "the Taliban", D(2019, 1, 1)) == "AFGREBTAL"
    assert code(table, "the Taliban", D(2022, 1, 1)) == "AFGGOVTAL"


# ---------------------------------------------------------------------------------------------- sectors


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("the Iranian military held drills", "the Iranian military", "IRNMIL"),
        ("Russian peacekeepers were deployed", "Russian peacekeepers", "RUSMIL"),
        ("the Armenian government said", "the Armenian government", "ARMGOV"),
        ("Azerbaijani border guards fired", "Azerbaijani border guards", "AZEMIL"),
        ("Citing Azerbaijan's Interior Ministry, they", "Azerbaijan's Interior Ministry", "AZEGOV"),
        ("Iran's foreign ministry denied the claim", "Iran's foreign ministry", "IRNGOV"),
        ("the Azerbaijani army captured", "the Azerbaijani army", "AZEMIL"),
        ("Armenian forces withdrew", "Armenian forces", "ARMMIL"),
        ("Armenian troops withdrew", "Armenian troops", "ARMMIL"),
        ("Iranian truck drivers were detained", "Iranian truck drivers", "IRNCVL"),
        ("Israeli companies are building", "Israeli companies", "ISRBUS"),
        ("Iranian experts said", "Iranian experts", "IRNEDU"),
        ("a spokesman for Turkey's Ministry of National Defense announced",
         "Turkey's Ministry of National Defense", "TURGOV"),
        ("the navy of the Republic of Azerbaijan", "the navy of the Republic of Azerbaijan", "AZEMIL"),
        ("that keeps the leaders in Tehran awake", "the leaders in Tehran", "IRNGOV"),
        ("the people of Azerbaijan", "the people of Azerbaijan", "AZECVL"),
        # the country's epithets between "of" and its name
        ("the president of quake-stricken Haiti resigned", "the president of quake-stricken Haiti", "HTIGOV"),
        ("the army of neighbouring Armenia", "the army of neighbouring Armenia", "ARMMIL"),
        ("the premier of the small Baltic nation of Estonia", "the premier of the small Baltic nation of Estonia",
         "ESTGOV"),
        ("the people of the island nation of Cuba", "the people of the island nation of Cuba", "CUBCVL"),
        ("Colombian drug cartels fought over the port", "Colombian drug cartels", "COLCRM"),
        ("Mexican gangsters kidnapped him", "Mexican gangsters", "MEXCRM"),
        ("a Burmese villager was beaten", "Burmese villager", "MMRCVL"),
        ("Azerbaijani Shia refugees", "Azerbaijani Shia refugees", "AZEREF"),
        ("Iranian protesters chanted", "Iranian protesters", "IRNOPP"),
        ("Iranian police arrested", "Iranian police", "IRNCOP"),
        ("Israeli intelligence", "Israeli intelligence", "ISRSPY"),
        ("Iran's parliament voted", "Iran's parliament", "IRNLEG"),
        ("an Iranian court ruled", "Iranian court", "IRNJUD"),
        ("Islamic Republic officials announced", "Islamic Republic officials", "IRNGOV"),
        ("Karabakh authorities said", "Karabakh authorities", "NKRGOV"),
        ("the Soviet rulers", "the Soviet rulers", "SUNGOV"),
        ("US officials said", "US officials", "USAGOV"),
        ("the Baku government", "the Baku government", "AZEGOV"),
        ("the Aliyev government", "the Aliyev government", "AZEGOV"),
        ("Iran's Deputy Roads and Urban Development Minister Kheirollah Khademi said",
         "Iran's Deputy Roads and Urban Development Minister Kheirollah Khademi", "IRNGOV"),
    ],
)
def test_sector_composition(table, sentence, span, expected):
    hits = found(table, sentence)
    assert span in hits, (sentence, list(hits))
    assert hits[span].actor is not None and hits[span].actor.code == expected, hits[span]


def test_composed_actor_record(table):
    m = found(table, "Iranian military")["Iranian military"]
    assert m.actor is not None
    assert (m.actor.code, m.actor.country, m.actor.sector, m.actor.name, m.actor.kind) == (
        "IRNMIL", "IRN", "MIL", "Iran", "country"
    )
    assert m.via == "sector"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an insurgency's army is no state's: its name says so, whatever country it names
        ("The Kosovo Liberation Army attacked a police post.", {"The Kosovo Liberation Army": "KSVREB"}),
        ("The Karen National Liberation Army attacked an outpost.", {"The Karen National Liberation Army": "MMRREB"}),
        # a known name longer than the sector noun it starts with ("People" alone would be China's civilians)
        ("China's People's Liberation Army held drills.", {"China's People's Liberation Army": "CHNMIL"}),
        ("The Chinese People's Liberation Army held drills.", {"The Chinese People's Liberation Army": "CHNMIL"}),
        # a body's forces act for the body, as its officers do ("GNA forces" apart from Haftar's)
        ("GNA forces attacked a camp.", {"GNA forces": "LBYGOV"}),
        # where a body is based is no actor ("London-based" is not the British government)
        ("The London-based Syrian Observatory for Human Rights said", {"Syrian Observatory for Human Rights": "SYROPPHRI"}),
    ],
)
def test_whose_armed_force_a_name_says(table, sentence, expected):
    assert {m.text: m.actor.code if m.actor else None for m in table.scan(sentence, D(2020, 5, 1))} == expected


def test_more_names_of_armed_forces_and_their_sides(table):
    day = D(1996, 6, 1)
    assert code(table, "the Tatmadaw") == "MMRMIL"
    assert found(table, "The Yugoslav army deployed tanks.", day)["The Yugoslav army"].actor.code == "YUGMIL"  # was REB
    assert found(table, "Czechoslovak troops", day)["Czechoslovak troops"].actor.code == "CSKMIL"
    assert found(table, "UNITA rebels shelled Kuito.", day)["UNITA rebels"].actor.code == "AGOREB"
    # after 2002 UNITA is a party, but its rebels are named as such; "Taliban fighters" in 2022 are no rebels
    assert found(table, "UNITA rebels shelled Kuito.", D(2010, 1, 1))["UNITA rebels"].actor.code == "AGOREB"
    assert found(table, "UNITA won seats.", D(2010, 1, 1))["UNITA"].actor.code == "AGOPTY"
    assert found(table, "Taliban fighters attacked.", D(2022, 6, 1))["Taliban fighters"].actor.code == "AFGGOVTAL"
    assert found(table, "Tamil Tiger rebels attacked a ship.", day)["Tamil Tiger rebels"].actor.code == "LKAREB"
    # a protest's leader leads the opposition, not a government
    assert table.sector_of("protest leader Parit Chiwarak") == "OPP" and table.sector_of("protest organisers") == "OPP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("JNIM militants", "MLIREB"), ("a FAMa convoy", "MLIMIL"), ("Lashkar-e-Taiba militants", "PAKREB"), ("SPLA-IO forces", "SSDREB"),
     ("SSPDF troops", "SSDMIL"), ("OLF supporters", "ETHREB"), ("a FARDC position", "CODMIL"), ("AMISOM", "IGOAFRAFU"),
     ("the OSCE SMM", "IGOEUROSC"), ("LNA forces", "LBYMIL"), ("STC fighters", "YEMREBSTC"), ("ISWAP fighters", "IMGMUSISI"),
     ("NPA rebels", "PHLREBNPA"), ("CODECO militia", "CODREBCDC"), ("Ambazonian separatists", "CMRREBAMB"),
     ("CJNG gunmen", "MEXCRMCJN"), ("MONUSCO peacekeepers", "IGOUNO"), ("QSD fighters", "SYRREBSDF")],
)
def test_armed_groups_and_forces_of_the_acled_kind(table, text, expected):
    # the Sahel, Kashmir, South Sudan, Ethiopia, the Congo and Somalia: names the tables did not know, or knew as
    # another side ("SPLA-IO" was read as the SPLA, South Sudan's army)
    hits = [m for m in table.scan(f"On Monday {text} were seen.", D(2020, 5, 1)) if m.actor is not None]
    assert [m.actor.code for m in hits] == [expected], hits


def test_words_between_a_nationality_and_its_forces(table):
    assert code(table, "Bangladeshi peacekeeping troops") == "BGDMIL"  # was no actor
    assert code(table, "Iranian special forces") == "IRNMIL"
    assert code(table, "Russian elite troops") == "RUSMIL"  # was RUSELI: "elite" named the elites
    assert code(table, "the Russian elite") == "RUSELI"


def test_an_insurgency_name_the_table_does_not_know_names_rebels(table):
    assert table.sector_of("the Kachin Independence Army") == "REB"
    assert table.sector_of("the Arakan Liberation Army", head=True) == "REB"
    assert table.sector_of("the Arakan Army") == "MIL"  # no word of an insurgency: the name alone does not say


def test_troops_in_a_country_are_not_its_troops(table):
    assert "troops in Syria" not in found(table, "troops in Syria")


# ---------------------------------------------------------------------------------------------- people


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("Iran's Foreign Minister Hossein Amir-Abdullahian said", "Iran's Foreign Minister Hossein Amir-Abdullahian", "IRNGOV"),
        ("Iranian Foreign Minister Hossein Amirabdollahian added",
         "Iranian Foreign Minister Hossein Amirabdollahian", "IRNGOV"),
        ("Armenian PM Pashinyan met", "Armenian PM Pashinyan", "ARMGOV"),
        ("President Ilham Aliyev said", "President Ilham Aliyev", "AZEGOV"),
        ("NATO Secretary General Jens Stoltenberg said", "NATO Secretary General Jens Stoltenberg", "IGOWSTNAT"),
        ("Mr. Stoltenberg said", "Mr. Stoltenberg", "IGOWSTNAT"),
        ("Iran's Supreme Leader Ayatollah Khamenei tweeted", "Iran's Supreme Leader Ayatollah Khamenei", "IRNGOV"),
        ("the Supreme Leader said", "the Supreme Leader", "IRNGOV"),
        ("Former MP Ali Motahari said", "Former MP Ali Motahari", "IRNELI"),
        ("Dr. Mordechai Kedar stated", "Dr. Mordechai Kedar", "ISREDU"),
        ("Tajik Ahmad Massoud", "Tajik Ahmad Massoud", "AFGREBNRF"),
    ],
)
def test_titles_and_people(table, sentence, span, expected):
    hits = found(table, sentence, D(2021, 10, 6))
    assert span in hits, (sentence, list(hits))
    assert hits[span].actor is not None and hits[span].actor.code == expected, hits[span]


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("Vladimir Putin", D(2021, 10, 1), "RUSGOV"),
        ("Sergei Lavrov", D(2021, 10, 1), "RUSGOV"),
        ("Recep Tayyip Erdogan", D(2021, 10, 1), "TURGOV"),
        ("Recep Tayyip Erdoğan", D(2021, 10, 1), "TURGOV"),
        ("Mevlut Cavusoglu", D(2021, 10, 1), "TURGOV"),
        ("Mevlüt Çavuşoğlu", D(2024, 1, 1), "TURELI"),
        ("Donald Trump", D(2019, 1, 1), "USAGOV"),
        ("Donald Trump", D(2022, 1, 1), "USAELI"),
        ("Jeyhun Bayramov", D(2021, 10, 1), "AZEGOV"),
        ("Naftali Bennett", D(2021, 10, 1), "ISRGOV"),
        ("Yair Lapid", D(2021, 10, 1), "ISRGOV"),
        ("Benjamin Netanyahu", D(2021, 10, 1), "ISROPP"),
        ("Benjamin Netanyahu", D(2019, 1, 1), "ISRGOV"),
        ("Imran Khan", D(2021, 10, 1), "PAKGOV"),
        ("Imran Khan", D(2023, 1, 1), "PAKOPP"),
        ("Qasem Soleimani", D(2019, 1, 1), "IRNMIL"),
        ("Mohsen Rezaee", D(1993, 1, 1), "IRNMIL"),
        ("Mohsen Rezaee", D(2020, 10, 4), "IRNGOV"),
        ("Akbar Hashemi Rafsanjani", D(1993, 1, 1), "IRNGOV"),
        ("Ali Motahari", D(2015, 1, 1), "IRNLEG"),
        ("Ali Motahari", D(2020, 10, 4), "IRNELI"),
        ("Mordechai Kedar", D(2021, 10, 1), "ISREDU"),
        ("Hassan Rouhani", D(2015, 1, 1), "IRNGOV"),
        ("Hassan Rouhani", D(2022, 1, 1), "IRNELI"),
        ("Javad Zarif", D(2020, 1, 1), "IRNGOV"),
        ("Javad Zarif", D(2022, 1, 1), "IRNELI"),
        ("Ali Khamenei", D(2021, 10, 1), "IRNGOV"),
        ("Jens Stoltenberg", D(2020, 10, 21), "IGOWSTNAT"),
        ("Jens Stoltenberg", D(2010, 1, 1), "NORGOV"),
        ("Jens Stoltenberg", None, "IGOWSTNAT"),
        ("Armen Sarkissian", D(2020, 10, 21), "ARMGOV"),
        ("Armen Sarkisian", D(2023, 1, 1), "ARMELI"),
        ("Nikol Pashinyan", D(2021, 10, 1), "ARMGOV"),
        ("Nikol Pashinyan", D(2017, 1, 1), "ARMOPP"),
    ],
)
def test_people_by_date(table, text, day, expected):
    m = table.resolve(text, day)
    assert m is not None and m.actor is not None, text
    assert m.actor.code == expected, (text, day, m.actor)
    assert m.actor.kind == "person" and m.via == "office"


@pytest.mark.parametrize(
    ("day", "person", "expected"),
    [
        (D(1995, 6, 1), "Heydar Aliyev", "AZEGOV"),
        (D(2010, 6, 1), "Ilham Aliyev", "AZEGOV"),
        (None, "Ilham Aliyev", "AZEGOV"),
    ],
)
def test_bare_aliyev_goes_to_who_held_office(table, day, person, expected):
    m = table.resolve("Aliyev", day)
    assert m is not None and m.actor is not None
    assert (m.actor.name, m.actor.code) == (person, expected)


def test_heydar_aliyev_after_office(table):
    m = table.resolve("Heydar Aliyev", D(2010, 1, 1))
    assert m is not None and m.actor is not None and m.actor.code == "AZEELI"


@pytest.mark.parametrize(
    ("day", "expected"),
    [(D(2018, 1, 1), "USAELI"), (D(2020, 12, 31), "USAELI"), (D(2021, 1, 20), "USAGOV"), (D(2015, 1, 1), "USAGOV"), (None, "USAGOV")],
)
def test_biden_by_date(table, day, expected):
    assert code(table, "Joe Biden", day) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [(D(2020, 6, 1), "IRNJUD"), (D(2021, 9, 1), "IRNGOV"), (D(2023, 1, 1), "IRNGOV"), (D(2024, 6, 1), "IRNELI"), (None, "IRNGOV")],
)
def test_raisi_by_date(table, day, expected):
    assert code(table, "Ebrahim Raisi", day) == expected


def test_amir_abdollahian_in_all_spellings(table):
    for spelling in (
        "Hossein Amir-Abdollahian", "Amirabdollahian", "Amir-Abdullahian", "Abdollahian", "Abdullahian",
        "Amir Abdollahian", "Hossein Amirabdullahian",
    ):
        m = table.resolve(spelling, D(2022, 1, 1))
        assert m is not None and m.actor is not None, spelling
        assert (m.actor.code, m.actor.name, m.via) == ("IRNGOV", "Hossein Amir-Abdollahian", "office"), spelling
    assert code(table, "Amir-Abdollahian", D(2019, 1, 1)) == "IRNELI"


def test_pashinyan_spellings(table):
    for spelling in ("Pashinyan", "Pashinian", "Pashiniyan", "Pashian", "Nikol Pashinyan"):
        assert code(table, spelling, D(2021, 1, 1)) == "ARMGOV", spelling


def test_a_title_in_the_text_outranks_the_table_out_of_office(table):
    # a text that calls him Foreign Minister speaks of his time in office
    hits = found(table, "Foreign Minister Javad Zarif said", D(2023, 1, 1))
    assert hits["Foreign Minister Javad Zarif"].actor.code == "IRNGOV"


# ---------------------------------------------------------------------------------------------- loaded labels


@pytest.mark.parametrize(
    ("sentence", "span", "prefix"),
    [
        ("the Zionist regime threatens us", "the Zionist regime", "ISR"),
        ("the Zionist entity", "the Zionist entity", "ISR"),
        ("Takfiri terrorists and Zionists", "Zionists", "ISR"),
        ("The Ayatollah's regime ignored it", "The Ayatollah's regime", "IRNGOV"),
        ("against the mullahs", "the mullahs", "IRNGOV"),
        ("the opponents of the ayatollahs", "the ayatollahs", "IRNGOV"),
        ("the Baku regime", "the Baku regime", "AZEGOV"),
        ("The Armenian occupiers destroyed it", "The Armenian occupiers", "ARMMIL"),
        ("Takfiri terrorists and Zionists", "Takfiri terrorists", "IMGMUS"),
        ("export takfiris from Idlib", "takfiris", "IMGMUS"),
        ("the Iranian regime", "the Iranian regime", "IRNGOV"),
        ("Turkey's neo-Ottoman President Tayyip Erdogan", "Turkey's neo-Ottoman President Tayyip Erdogan", "TURGOV"),
        ("Raisi, the Butcher of Tehran", "the Butcher of Tehran", "IRN"),
    ],
)
def test_loaded_labels_resolve_and_are_flagged(table, sentence, span, prefix):
    hits = found(table, sentence, D(2021, 10, 6))
    assert span in hits, (sentence, list(hits))
    m = hits[span]
    assert m.actor is not None and m.actor.code.startswith(prefix), m
    assert m.loaded, m


def test_plain_names_are_not_loaded(table):
    for m in table.scan("Iran, Israel and President Ebrahim Raisi met the Iranian government.", D(2022, 1, 1)):
        assert not m.loaded, m


# ---------------------------------------------------------------------------------------------- spelling


def test_fuzzy_spellings(table):
    m = table.resolve("Amirabdolahian", D(2022, 1, 1))
    assert m is not None and m.actor is not None
    assert (m.actor.code, m.via) == ("IRNGOV", "fuzzy") and 0.87 <= m.score < 1
    hits = found(table, "Hossein Amirabdolahian arrived in Azarbaijan.", D(2022, 1, 1))
    assert hits["Hossein Amirabdolahian"].actor.code == "IRNGOV"
    assert hits["Azarbaijan"].actor.code == "AZE"
    assert hits["Azarbaijan"].via == "fuzzy"


def test_no_fuzzing_of_derived_words(table):
    m = table.resolve("Iranian")
    assert m is not None and m.actor is not None and (m.actor.code, m.via) == ("IRN", "demonym")
    assert table.resolve("Tehrani") == ActorMention("Tehrani", 0, 7, None, via="unresolved", score=0.0)
    assert table.scan("Iranians") and table.scan("Iranians")[0].via == "demonym"
    assert table.scan("the Ottoman era") == []  # not a misspelt "Ottomans"


def test_diacritics_are_folded():
    assert fold("Erdoğan") == fold("Erdogan") == "erdogan"
    assert fold("Çavuşoğlu") == "cavusoglu"
    assert fold("Əliyev") == "aliyev"
    assert fold("Kılıçdaroğlu") == "kilicdaroglu"
    assert [t.key for t in tokenize("Iran’s Amir-Abdollahian and U.S. officials")] == [
        "iran", "'s", "amir", "abdollahian", "and", "us", "officials",
    ]


def test_british_spellings_of_names_are_the_american_ones(table):
    # written for rashomon from a probe of our own wire-style sentences: "the Organisation of African Unity" was no
    # one, where the table spells it with a "z"
    assert fold("Organisation") == fold("organizations"[:-1]) == "organization"
    assert fold("Defence") == "defense" and fold("Centre") == "center"
    assert code(table, "the Organisation of African Unity") == code(table, "the Organization of African Unity") == "IGOAFROAU"
    assert fold("Isabel") == "isabel" and fold("revisionist") == "revisionist"  # only the ending and whole words


# ---------------------------------------------------------------------------------------------- unresolved


def test_unresolved_spans_are_kept_and_flagged(table):
    m = table.resolve("Jane Roe-Smith", D(2021, 1, 1))
    assert m == ActorMention("Jane Roe-Smith", 0, 14, None, via="unresolved", score=0.0)
    assert not m.resolved
    text = "Yesterday Kheirollah Zand spoke."
    m2 = table.resolve_span(text, 10, 25)
    assert m2 is not None and (m2.text, m2.start, m2.end, m2.actor, m2.via) == ("Kheirollah Zand", 10, 25, None, "unresolved")


def test_a_titled_unknown_name_is_found_unresolved(table):
    hits = found(table, "General Qasim Zandi said the drills would go on.")
    assert "General Qasim Zandi" in hits
    assert hits["General Qasim Zandi"].actor is None and hits["General Qasim Zandi"].via == "unresolved"


def test_places_and_empty_spans_are_no_actors(table):
    assert table.resolve("") is None
    assert table.resolve("   ") is None
    assert table.resolve("East Azerbaijan") is None
    assert "Azerbaijan" not in found(table, "the Iranian provinces of East Azerbaijan and West Azerbaijan")
    assert "Oman" not in found(table, "ports on the Sea of Oman")


def test_resolve_span_offsets(table):
    text = "On Tuesday, Iran's Foreign Minister Hossein Amir-Abdullahian flew to Moscow."
    start = text.index("Iran")
    end = text.index(" flew")
    m = table.resolve_span(text, start, end, D(2021, 10, 5))
    assert m is not None and m.actor is not None
    assert (m.start, m.end, m.text, m.actor.code) == (start, end, text[start:end], "IRNGOV")
    with pytest.raises(ValueError, match="outside the text"):
        table.resolve_span(text, 5, 500)


def test_partial_cover_lowers_the_score(table):
    m = table.resolve("the Iranian drone program")
    assert m is not None and m.actor is not None and m.actor.code == "IRN" and m.score < 0.5


def test_scan_offsets_are_into_the_text_and_do_not_overlap(table):
    text = "While Tehran blames Azerbaijan's President Ilham Aliyev, Baku accuses Tehran. Russian peacekeepers watch."
    mentions = table.scan(text)
    last = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= last
        last = m.end
    assert [m.text for m in mentions] == [
        "Tehran", "Azerbaijan's President Ilham Aliyev", "Baku", "Tehran", "Russian peacekeepers",
    ]


# ---------------------------------------------------------------------------------------------- user files


def test_a_user_file_extends_and_overrides(tmp_path: Path):
    extra = tmp_path / "mine.tsv"
    extra.write_text(
        "# my additions\n"
        "person\tIRNGOV\tKheirollah Khademi\tKhademi\t2021-09\n"
        "country\tAZEREB\tKarabakh\tKarabakh\t\t\tcompose\n"
        "body\tIRNMED\tThe Cradle\n"
        "seat\tIRNGOV\tTabriz\n",
        encoding="utf-8",
    )
    table = ActorTable.load(extra_paths=[extra])
    assert code(table, "Khademi", D(2022, 1, 1)) == "IRNGOV"
    assert code(table, "Khademi", D(2020, 1, 1)) == "IRNELI"
    # an actor the user names again is recoded
    hits = found(table, "Karabakh authorities said")
    assert hits["Karabakh authorities"].actor.code == "AZEREB"
    assert code(table, "The Cradle") == "IRNMED"
    assert found(table, "Tabriz said")["Tabriz"].actor.code == "IRNGOV"
    # the built-in table is untouched
    builtin = ActorTable.load()
    assert code(builtin, "Khademi") is None
    assert code(builtin, "The Cradle") == "LBNMED"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("person\tIRNGOV\tSomeone\tSome\t2021-13-01", "bad date"),
        ("persona\tIRNGOV\tSomeone", "unknown kind"),
        ("person\tIRN GOV\tSomeone", "bad code"),
        ("person\tIRNGOV", "expected tab-separated columns"),
        ("person\tIRNGOV\tSomeone\tSome\t2021\t2020", "is not before"),
        ("person\tIRNGOV\tSomeone\tSome\t\t\tshiny", "unknown flag"),
        ("person\tIRNGOV\tSomeone\tSome\t\t\t\textra", "at most 7"),
        ("sector\tXYZ\tnoise\tnoise", "expected a sector code"),
        ("sector\tGOV\tempty", "needs its words"),
    ],
)
def test_a_malformed_user_file_names_file_and_line(tmp_path: Path, line, message):
    bad = tmp_path / "bad.tsv"
    bad.write_text("# header\n\nbody\tIRNMED\tFine News\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ActorTableError, match=re.escape(f"{bad}:4: ") + ".*" + re.escape(message)) as info:
        ActorTable.load(extra_paths=[bad])
    assert info.value.line == 4 and info.value.source == str(bad)


def test_a_user_alias_row_without_any_code_is_an_error(tmp_path: Path):
    bad = tmp_path / "orphan.tsv"
    bad.write_text("person\t\tNobody Known\tNobody\n", encoding="utf-8")
    with pytest.raises(ActorTableError, match=r"orphan\.tsv:1: .*no code"):
        ActorTable.load(extra_paths=[bad])


def test_a_missing_user_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ActorTableError, match="cannot read"):
        ActorTable.load(extra_paths=[tmp_path / "absent.tsv"])


def test_the_builtin_table_is_cached():
    assert ActorTable.load() is ActorTable.load()


# ---------------------------------------------------------------------------------------------- corpus


EXPECTED_IN_CORPUS = [
    # (pattern over the mention's text, code or code prefix, loaded)
    (r"^((Iranian|Iran['’]s) Foreign Minister Hossein Amir-Abdullahian|"
     r"Iranian Foreign Minister Hossein Amirabdollahian)$", "IRNGOV", False),
    (r"^Azerbaijan['’]s Interior Ministry$", "AZEGOV", False),
    (r"^(the )?Russian peacekeepers$", "RUSMIL", False),
    (r"^[Tt]he Zionist regime$", "ISR", True),
    (r"^Tehran$", "IRNGOV", False),
    (r"^IRGC$", "IRNMIL", False),
    (r"Stoltenberg$", "IGOWSTNAT", False),
    (r"Ilham Aliyev$", "AZEGOV", False),
    (r"^(the )?Islamic Republic$", "IRN", False),
    (r"^Turkey['’]s Ministry of National Defense$", "TURGOV", False),
    (r"^([Tt]he )?Azerbaijani army$", "AZEMIL", False),
    (r"^Iranian truck drivers$", "IRNCVL", False),
    (r"^Israeli companies$", "ISRBUS", False),
    (r"^Bloomberg News$", "USAMED", False),
    (r"^[Tt]he Ayatollah['’]s regime$", "IRNGOV", True),
    (r"^[Tt]he Armenian occupiers$", "ARMMIL", True),
    (r"^Takfiri terrorists$", "IMGMUS", True),
    (r"^Former MP Ali Motahari$", "IRNELI", False),
]


def test_the_caucasus_corpus(corpus_dir, table):
    mentions: list[ActorMention] = []
    accuses: list[ActorMention] = []
    for path in sorted(corpus_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found_here = table.scan(text)
        assert found_here, f"{path.name}: no actor found"
        for m in found_here:
            assert text[m.start : m.end] == m.text
            if m.text == "Tehran" and text[m.end : m.end + 9] == " accuses ":
                accuses.append(m)
        mentions.extend(found_here)
    for pattern, expected, loaded in EXPECTED_IN_CORPUS:
        hits = [m for m in mentions if re.search(pattern, m.text)]
        assert hits, f"no mention matches {pattern!r}"
        good = [m for m in hits if m.actor is not None and m.actor.code.startswith(expected) and m.loaded == loaded]
        assert good, f"{pattern!r}: {[(m.text, m.actor.code if m.actor else None, m.loaded) for m in hits]}"
    # "Tehran accuses" is Iran's government acting
    assert accuses and all(m.actor is not None and m.actor.code == "IRNGOV" for m in accuses)


# ---------------------------------------------------------------------------------------------- context


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ("President Omar Bongo Ondimba", False, "GOV"),
        ("former President Ahmed Ben Bella", False, "ELI"),
        ("Judge Alejandro Rivera", False, "JUD"),
        ("Lt. Gen. Prosper Avril", False, "MIL"),
        ("the government of President X", False, "GOV"),
        ("the Supreme Leader", False, "IRNGOV"),
        ("the rebels", True, "REB"),
        ("the main Hutu rebel group", True, "REB"),
        ("angry paper workers", True, "LAB"),
        ("riot police", True, "COP"),
        ("unidentified gunmen", True, "UAF"),
        ("tribal elders", True, "ELI"),
        ("humanitarian workers", True, "NGO"),
        ("the government", True, "GOV"),
        # things and institutions are not a group a context country completes
        ("military equipment", True, None),
        ("artillery", True, None),
        ("a state", True, None),
        ("the opposition newspaper", True, None),
        # unless a longer sector phrase ends with one: a party or a union of people
        ("the opposition party", True, "OPP"),
        ("the teachers' union", True, "LAB"),
        ("the party", True, None),
        # or a party with a name of its own, whatever words come before it (from a PLOVER train miss's pattern and
        # probes of our own: "The Islamist Ennahda party said it would boycott ..." had no one say it)
        ("The Islamist Ennahda party", True, "PTY"),
        ("the fundamentalist Umma (Nation) party", True, "PTY"),
        ("Bill", False, None),
    ],
)
def test_the_sector_a_country_less_phrase_names(table, text, head, expected):
    assert table.sector_of(text, head=head) == expected


def test_a_titled_stranger_without_a_country_stays_unresolved_for_the_caller(table):
    m = found(table, "President Dos Sontas conceded")["President Dos Sontas"]
    assert m.actor is None and m.via == "unresolved"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels in the Ivory Coast", "CIVREB"),
        ("Security forces in Guinea", "GINCOP"),
        ("students in Indonesia", "IDNEDU"),
        ("troops in Syria", None),  # foreign troops as often as not
    ],
)
def test_a_group_in_a_country_is_the_countrys(table, text, expected):
    got = {m.text: m.actor.code for m in table.scan(text) if m.actor}
    assert got.get(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gambian President Dawda Jawara", "GMBGOV"),
        ("Burundian militiamen", "BDIREB"),
        ("Sierra Leonean refugees", "SLEREF"),
        ("British Defence Secretary Tom", "GBRGOV"),
        ("Nigerian junior foreign minister Dubem Oniya", "NGAGOV"),
        ("Russian aircraft", "RUSMIL"),
        ("Israeli tanks", "ISRMIL"),
        ("Palestinian prisoners", "PSECVL"),
        ("Vietnamese-led forces", "VNMMIL"),
        ("European Community foreign ministers", "IGOEUREEC"),
        ("Ousted president Jean-Bertrand Aristide", "HTIELI"),  # a Phoenix name (ours lack him), ousted: ELI
        ("the Greek labour minister", "GRCGOV"),
        ("Karen guerrillas", "MMRREB"),  # a people that lives mostly in one country
        ("Tamil rebels", "LKAREB"),
        ("Tigrayan civilians", "ETHCVL"),  # Ethiopia's, not Eritrea's (the tagger had taken it for Eritrean)
        ("Tigrayan forces", "ETHREBTPL"),  # the region's forces fight the federal army: a group, not ETHMIL
        ("the TPLF", "ETHREBTPL"),
        ("the Italian coastguard", "ITAMIL"),  # coast guards are forces, as border guards are
        ("Greek coast guard officers", "GRCMIL"),
        ("the Palestinian administrators", "PSEGOV"),
        ("the Islamic Salvation Front", "DZAREBFIS"),  # a minister's portfolio between demonym and title
        ("Iran's oil minister", "IRNGOV"),
        # a trade between the nationality and the sector noun (from a probe of our own: these were of no country)
        ("Nigerian oil workers", "NGALAB"),
        ("Bolivian coca growers", "BOLAGR"),
        ("Indian garment workers", "INDLAB"),
    ],
)
def test_demonyms_sectors_and_titles_of_the_wire_services(table, text, expected):
    got = {m.text: m.actor.code if m.actor else None for m in table.scan(text)}
    assert got[text] == expected


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("President Bush", D(1990, 5, 1), "USAGOV"),
        ("President Bush", D(2003, 5, 1), "USAGOV"),
        ("Bush", D(2003, 5, 1), "USAGOV"),
        ("President Bill Clinton", D(1998, 1, 1), "USAGOV"),
        ("Kofi Annan", D(2000, 1, 1), "IGOUNO"),
        ("President Omar El Bashir", D(2000, 1, 1), "SDNGOV"),
        ("Hosni Mubarak", D(2015, 1, 1), "EGYELI"),
        ("Margaret Thatcher", None, "GBRGOV"),
        # a state force that turned on the state: one of its forces until the war of April 2023, rebels since
        ("the Rapid Support Forces", D(2021, 10, 25), "SDNMILRSF"),
        ("the Rapid Support Forces", D(2023, 6, 1), "SDNREBRSF"),
        # written for rashomon from a probe of our own wire-style sentences: the Lord's Resistance Army was the
        # Central African Republic's (the Phoenix code), the FMLN no one, the Sandinistas rebels in every year, the
        # ANC rebels after it was unbanned, and a warlord no one
        ("the Lord's Resistance Army", D(2005, 1, 1), "UGAREB"),
        ("the FMLN", D(1989, 11, 11), "SLVREB"),
        ("the FMLN", D(2009, 3, 15), "SLVPTY"),
        ("the Sandinistas", D(1978, 8, 22), "NICREB"),
        ("the Sandinistas", D(1985, 5, 1), "NICGOV"),
        ("the Sandinistas", D(1996, 10, 20), "NICPTY"),
        ("the ANC", D(1986, 6, 12), "ZAFREB"),
        ("the ANC", D(1992, 6, 17), "ZAFPTY"),
        ("Somali warlord Mohamed Farah Aidid", D(1993, 6, 5), "SOMREB"),
    ],
)
def test_leaders_of_the_wire_service_era(table, text, day, expected):
    assert code(table, text, day) == expected


def test_a_name_capitalised_throughout_needs_its_last_capital(table):
    assert found(table, "Israel Today reported it.")["Israel Today"].actor.code == "ISRMED"
    assert found(table, "Israel today mounted an invasion.")["Israel"].actor.code == "ISR"


def test_coordinated_demonyms_share_their_noun(table):
    got = {m.text: m.actor.code for m in table.scan("Guards beat dozens of Sierra Leonean and Liberian refugees at the camp.")}
    assert got["Sierra Leonean"] == "SLEREF" and got["Liberian refugees"] == "LBRREF"
    got = {m.text: m.actor.code for m in table.scan("British, French and Italian troops landed.")}
    assert (got["British"], got["French"], got["Italian troops"]) == ("GBRMIL", "FRAMIL", "ITAMIL")
    assert not table.scan("Turkish and Greek wines were sold.")  # no sector noun: no actor


@pytest.mark.parametrize(
    "text", ["A prominent anti-Syria journalist was killed.", "An Iran-backed militia attacked.", "U.S.-backed forces took the town."]
)
def test_a_country_someone_is_for_or_against_is_not_theirs(table, text):
    assert not [m for m in table.scan(text) if m.actor is not None and m.actor.country in ("SYR", "IRN", "USA")]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The Albanians of southern Macedonia are demanding autonomy.", "The Albanians of southern Macedonia", "MKDCVLALB"),
        ("Ethnic Turks in Bulgaria began a hunger strike.", "Ethnic Turks in Bulgaria", "BGRCVLTUR"),
        ("Bosnian Serbs demanded a truce.", "Bosnian Serbs", "BIHCVLSRB"),
        ("Three ethnic Hungarians were arrested.", "ethnic Hungarians", None),  # the caller completes it
        ("Albanians of Albania voted.", "Albanians", "ALB"),  # at home: the people of the country
    ],
)
def test_a_people_living_in_another_country(table, text, span, expected):
    got = found(table, text)[span]
    assert (got.actor.code if got.actor else None) == expected
    assert table.sector_of("ethnic Hungarians") == "CVL"


def test_a_people_name_that_needs_a_noun_may_be_a_given_name(table):
    assert found(table, "US adviser Karen Hughes said so.")["US adviser Karen Hughes"].actor.code == "USAGOV"
    assert not table.scan("Karen Hughes said so.")


def test_a_movement_that_took_power(table):
    assert code(table, "the Rwandan Patriotic Front", D(1992, 1, 1)) == "RWAREBRPF"
    assert code(table, "the Rwandan Patriotic Front", D(2000, 1, 1)) == "RWAPTYRPF"


def test_the_stage_completes_country_less_groups_from_their_context():
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Rebels shelled a town in Liberia on Sunday, killing civilians.", "1990-06-01")])
    sources = [a for e in events for a in e["source"]]
    assert any(a["code"] == "LBRREB" for a in sources), sources
    # an ethnic group without a country of its own named lives in the country of its context
    (events,) = code_texts([("y", "Serb police arrested three ethnic Albanians in southern Serbia.", "2000-06-01")])
    assert [a["code"][:6] for a in events[0]["target"]] == ["SRBCVL"]


def test_a_sector_word_made_half_of_an_adjective_is_no_sector(table):
    # written for rashomon after a PLOVER training-part miss: "Algeria's first multi-party elections" was
    # read as Algeria's party
    assert table.resolve("Armenia's first multi-party").actor.code == "ARM"
    assert table.resolve("Armenia's ruling party").actor.code == "ARMPTY"
    assert table.resolve("a cross-party group of Iranian lawmakers").actor.code == "IRNLEG"


def test_radicals_are_a_sector(table):
    # written for rashomon after a PLOVER training-part miss: "Islamic fundamentalists" named no sector (CAMEO
    # codes radicals, extremists and fundamentalists RAD)
    assert table.resolve("Iranian extremists").actor.code == "IRNRAD"
    assert table.resolve("Algerian Islamic fundamentalists").actor.code == "DZARAD"


def test_a_longer_dictionary_name_after_a_title_outranks_a_misspelling(table):
    # written for rashomon after a ConfliBERT training-part miss: "President Masoud Barzani" was read as a
    # misspelt "Massoud" of our own table (an Afghan), though the Phoenix dictionary names Masoud Barzani
    assert found(table, "President Masoud Barzani spoke.", dt.date(2019, 1, 1))["President Masoud Barzani"].actor.country == "IRQ"


def test_the_congo_is_named_with_or_without_its_article(table):
    # written for rashomon after a ConfliBERT training-part miss: "the Democratic Republic of Congo" was read as
    # the Republic of the Congo (COG)
    assert code(table, "the Democratic Republic of Congo") == "COD"
    assert code(table, "Democratic Republic of Congo") == "COD"


def test_a_one_word_body_that_ends_another_name_is_not_that_body(table):
    # written for rashomon after a ConfliBERT training-part miss: "the Nigeria Labour Congress" gave the US
    # Congress (USALEG) beside Nigeria
    assert "USALEG" not in {m.actor.code for m in table.scan("The Ruritania Workers Congress called a strike.") if m.actor}
    assert "USALEG" in {m.actor.code for m in table.scan("On Monday, Congress called for new sanctions.") if m.actor}
    assert "USALEG" in {m.actor.code for m in table.scan("On Tuesday Congress called for new sanctions.") if m.actor}
    assert "USALEG" in {m.actor.code for m in table.scan("The US Congress called for new sanctions.") if m.actor}


def test_an_ethnic_people_is_the_people_its_demonym_names(table):
    # written for rashomon after a sample of caucasus events: "the ethnic Armenians" gaining control had no code
    # a last resort, where the text places them nowhere (the stage's context comes first: "ethnic Albanians in
    # Serbia" are Serbia's)
    assert table.ethnic_people("the ethnic Armenians").actor.code == "ARM"
    assert table.ethnic_people("ethnic Georgians").actor.code == "GEO"
    assert table.ethnic_people("ethnic cleansing") is None
    assert table.ethnic_people("Armenians") is None


def test_a_sector_before_a_title_says_whose_office_it_is(table):
    # written for rashomon after a probe of our own wire sentences: "leader" made a known opposition figure his
    # country's government, and an office-holder named after his organisation was his country's government
    assert code(table, "opposition leader Alexei Navalny") == "RUSOPP"
    assert code(table, "Navalny") == "RUSOPP"
    # the text outranks the table's dates: the one it calls opposition leader is opposition then
    assert code(table, "Opposition leader Nikol Pashinyan", dt.date(2021, 6, 1)) == "ARMOPP"
    assert code(table, "Hezbollah leader Hassan Nasrallah") == "LBNREBHZB"
    assert code(table, "Hamas leader Ismail Haniyeh") == code(table, "Hamas")
    assert code(table, "former Hamas leader Ismail Haniyeh")[3:6] == "ELI"
    assert code(table, "Iranian leader Ali Khamenei") == "IRNGOV"
    assert code(table, "Russian leader Vladimir Putin", dt.date(2021, 6, 1)) == "RUSGOV"
    # an unknown name: left for its context to complete, with the whole phrase
    assert [m.text for m in table.scan("rebel commander Omar Idris said")] == ["rebel commander Omar Idris"]


def test_a_count_before_a_sector_noun_is_no_half_of_an_adjective(table):
    # written for rashomon after a probe of our own sentences: "two soldiers" and "two journalists" named no
    # sector (a count and a space were read as the count and hyphen of "two-party")
    assert table.sector_of("two soldiers", head=True) == "MIL"
    assert table.sector_of("one journalist", head=True) == "MED"
    assert table.sector_of("two-party system", head=True) is None
    assert table.sector_of("multi-party elections", head=True) is None


def test_coordinated_nationalities_share_forces_as_they_share_troops(table):
    # written for rashomon after a probe of our own sentences: "Armenian and Azerbaijani forces" named Azerbaijan's
    # alone ("forces" is also a head noun, "Armed Forces", which was taken for a title before a name)
    assert {m.text: m.actor.code for m in table.scan("clashes between Armenian and Azerbaijani forces")} == {
        "Armenian": "ARMMIL", "Azerbaijani forces": "AZEMIL"}


def test_jewish_settlers_are_israels_civilians(table):
    # from a PLOVER train miss: settlers in a West Bank town were coded as the town's (Palestinian) civilians
    assert code(table, "Jewish settlers") == "ISRCVL"
    assert code(table, "a Jewish settler") == "ISRCVL"


def test_the_sudan_peoples_liberation_army_and_the_palestinian_authority(table):
    # from probes of our own in the style of PLOVER's wire records: "The Sudanese People's Liberation Army said ..."
    # was China's army (whose name its name holds); the Palestinian Authority governs (CAMEO: PSEGOV)
    assert code(table, "the Sudanese People's Liberation Army", dt.date(1995, 1, 1)) == "SDNREB"
    assert code(table, "the SPLA", dt.date(2015, 1, 1)) == "SSDMIL"
    assert code(table, "the People's Liberation Army", dt.date(2020, 1, 1)) == "CHNMIL"
    assert code(table, "the Palestinian Authority", dt.date(2000, 1, 1)) == "PSEGOV"


def test_congo_alone_is_kinshasas_unless_the_document_is_about_brazzavilles(table):
    # from a probe of our own: "rebels in eastern Congo" were the Republic of the Congo's (pycountry's "Congo"); the
    # news calls the Democratic Republic "Congo" and the other "Congo Republic" or "Congo-Brazzaville"
    assert code(table, "eastern Congo") == "COD"
    assert code(table, "the Congo Republic") == "COG"
    assert table.shared("Congo")
    assert table.resolve("Congo", None, prefer={"COG": 2.0}).actor.code == "COG"


def test_the_muslim_brotherhood_governed_egypt_for_a_year(table):
    # from a probe of our own: "Muslim Brotherhood leaders" were no one, so Egypt's government by their sector word
    assert code(table, "the Muslim Brotherhood", dt.date(2011, 3, 1)) == "EGYOPP"
    assert code(table, "the Muslim Brotherhood", dt.date(2013, 1, 1)) == "EGYGOV"
    assert code(table, "the Muslim Brotherhood", dt.date(2021, 6, 1)) == "EGYOPP"


def test_the_ira_is_an_armed_group_and_an_ira_a_retirement_account(table):
    # from a ConfliBERT train record's pattern (an "IRA bomber" deported, which a first reading of capitals as a town
    # had made the USA's) and PLOVER's coding of Irish nationalist guerrillas as GBRREB
    assert code(table, "the IRA") == "GBRREB" and code(table, "IRA guerrillas") == "GBRREB"
    assert [m.actor.code for m in table.scan("a convicted IRA bomber") if m.actor] == ["GBRREB"]
    assert not [m for m in table.scan("She put the money in a Roth IRA.") if m.actor is not None]


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [("Fatah", D(1985, 1, 1), "PSEREB"), ("Fatah", D(2007, 6, 1), "PSEPTY"), ("ULFA militants", D(2005, 1, 1), "INDREB"),
     ("Polisario fighters", D(2021, 1, 1), "ESHREB"), ("Fano militiamen", D(2023, 9, 1), "ETHREB"),
     ("the Karen National Union", D(2022, 1, 1), "MMRREB"), ("Ennahda", D(2021, 8, 1), "TUNPTY"), ("ZANU-PF", D(2008, 1, 1), "ZWEPTY"),
     ("Khalifa Haftar", D(2019, 4, 4), "LBYMIL"), ("Hemedti", D(2022, 1, 1), "SDNMILRSF"), ("Hemedti", D(2023, 6, 1), "SDNREBRSF"),
     ("Kabila", D(1998, 1, 1), "CODGOV"), ("Kabila", D(2010, 1, 1), "CODGOV"), ("Joseph Kabila", D(2020, 1, 1), "CODELI"),
     ("Abiy Ahmed", D(2020, 11, 4), "ETHGOV"), ("Mohamed Bazoum", D(2022, 1, 1), "NERGOV"), ("Bazoum", D(2024, 1, 1), "NERELI")],
)
def test_parties_groups_and_leaders_the_tables_did_not_know(table, text, day, expected):
    # written for rashomon from probes of our own: Fatah, Ennahda, ZANU-PF, Polisario and Haftar, Abiy or Kabila by
    # name were no one (the Phoenix names hold Fatah only as a name of Palestine, and stop before the 2010s' leaders)
    assert code(table, text, day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("NSCN", "INDREB"), ("CPI (Maoist)", "INDREB"), ("the Hurriyat Conference", "INDOPP"), ("Pakistani Rangers", "PAKMIL"),
     ("the Frontier Corps", "PAKMIL"), ("TLP", "PAKPTY"), ("MQM", "PAKPTY"), ("the Balochistan Liberation Front", "PAKREB")],
)
def test_south_asian_groups_and_forces(table, text, expected):
    # written for rashomon from probes of our own in the style of CASE snippets: the NSCN and the CPI (Maoist) were
    # no one, the Hurriyat Conference a Turkish outlet, the Pakistani Rangers Pakistan itself
    assert code(table, text, D(2021, 1, 1)) == expected


def test_a_group_leaders_fighters_are_the_group(table):
    # written for rashomon from a probe of our own: "Hemedti's fighters" were Sudan's rebels, "Nasrallah's fighters"
    # Lebanon's, not the group their leader leads; a state's leader's army is still the state's
    hits = {m.text: m.actor.code for m in table.scan("Hemedti's fighters looted the market.", D(2023, 6, 1)) if m.actor}
    assert hits == {"Hemedti's fighters": "SDNREBRSF"}
    hits = {m.text: m.actor.code for m in table.scan("Nasrallah's fighters fired rockets.", D(2023, 6, 1)) if m.actor}
    assert hits == {"Nasrallah's fighters": "LBNREBHZB"}
    hits = {m.text: m.actor.code for m in table.scan("Erdogan's army shelled the town.", D(2023, 6, 1)) if m.actor}
    assert hits == {"Erdogan's army": "TURMIL"}
