"""Routes as places: the routes table, route names and borders in running text, events placed on routes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rashomon.engine import analyze
from rashomon.errors import RashomonError
from rashomon.nlp.places import Gazetteer, distance_km, geoparse, resolve
from rashomon.nlp.routes import (
    BORDER_KINDS,
    ROUTE_KINDS,
    distance_to_line_km,
    find_route_mentions,
    halfway,
    read_routes,
    route_rows,
)
from rashomon.store import Store


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def mentions(gaz: Gazetteer, text: str, sides: tuple[str, ...] = ()) -> list[tuple[str, str, bool]]:
    """(words, route, locative) of each route ``text`` names."""
    return [(text[m.place.start : m.place.end], m.place.name, m.locative)
            for m in find_route_mentions(text, gaz, sides)]  # fmt: skip


def sentence(path: Path, start: str) -> str:
    """The line of a corpus article that holds ``start``, from there on."""
    text = path.read_text(encoding="utf-8")
    at = text.index(start)
    return text[at : text.find("\n", at) if "\n" in text[at:] else len(text)]


# ---------------------------------------------------------------------------------------------- the table


def test_the_routes_table_is_well_formed(gaz: Gazetteer) -> None:
    rows = route_rows()
    assert len(rows) >= 25
    names = [r.name for r in rows]
    assert len(names) == len(set(names)), "a route is listed twice"
    for row in rows:
        assert row.kind in ROUTE_KINDS
        place = resolve(row.name, gazetteer=gaz)
        assert place is not None and place.name == row.name and place.feature == row.kind, row.name
        assert place.line is not None and len(place.line) == len(row.waypoints) >= 2
        # no leg jumps across the map: a waypoint written with lat and lon swapped would
        assert all(distance_km(a, b) < 2500 for a, b in zip(place.line, place.line[1:], strict=False)), row.name
        if row.kind in BORDER_KINDS and len(row.countries) == 2:
            assert gaz.border(*row.countries) is not None


def test_the_press_forms_of_the_seed_corridors_resolve(gaz: Gazetteer) -> None:
    for name in ("Zangezur corridor", "Zangazur corridor", "Syunik corridor", "Meghri corridor"):
        assert resolve(name, gazetteer=gaz).name == "Zangezur corridor"  # type: ignore[union-attr]
    assert resolve("INSTC", gazetteer=gaz).name == "International North–South Transport Corridor"  # type: ignore[union-attr]
    # a route stands at the middle of its line, inside the country it mostly lies in
    lachin = resolve("Lachin corridor", gazetteer=gaz)
    assert lachin is not None and lachin.country == "AZE" and lachin.line is not None
    assert distance_to_line_km((lachin.lat, lachin.lon), lachin.line) < 1


def test_bad_rows_are_refused_with_file_line_and_problem() -> None:
    header = "name\tkind\tcountries\twaypoints\talternates\n"
    cases = {
        "X road\tcanal\tARM\t39 46;40 46\t": "kind 'canal'",
        "X road\troad\tArmenia\t39 46;40 46\t": "ISO 3166",
        "X road\troad\tARM\t39 46\t": "at least two waypoints",
        "X road\troad\tARM\t99 46;40 46\t": "out of range",
        "X road\troad\tARM\t39 46;40\t": "neither 'lat lon' nor a place name",
        "X border\tborder\tARM\t39 46;40 46\t": "two countries",
        "X road\troad\tARM\t39 46;40 46": "5 tab-separated columns",
    }
    for row, problem in cases.items():
        with pytest.raises(ValueError, match=problem) as info:
            read_routes(header + row + "\n", "mine.tsv")
        assert "mine.tsv:2" in str(info.value)


def test_a_users_routes_file_extends_the_table(gaz: Gazetteer, tmp_path: Path) -> None:
    mine = tmp_path / "mine.tsv"
    mine.write_text("name\tkind\tcountries\twaypoints\talternates\n"
                    "Sisian bypass\troad\tARM\tGoris;39.52 46.03\tSisian ring road\n", encoding="utf-8")  # fmt: skip
    extended = gaz.with_routes([mine])
    place = resolve("Sisian ring road", gazetteer=extended)
    assert place is not None and place.name == "Sisian bypass" and place.line is not None
    assert distance_km(place.line[0], (39.51, 46.34)) < 5, "Goris, read from the gazetteer in Armenia"
    assert resolve("Sisian ring road", gazetteer=gaz) is None, "the shared gazetteer is left as it was"
    assert extended.with_routes([]) is extended


def test_a_bad_users_routes_file_is_a_clear_error(gaz: Gazetteer, tmp_path: Path) -> None:
    with pytest.raises(RashomonError, match=r"nowhere\.tsv: cannot be read"):
        gaz.with_routes([tmp_path / "nowhere.tsv"])
    bad = tmp_path / "bad.tsv"
    bad.write_text("Road to nowhere\troad\tARM\tAtlantis;39 46\t\n", encoding="utf-8")
    with pytest.raises(RashomonError, match=r"bad.tsv:1: waypoint 'Atlantis' .* no place the gazetteer knows"):
        gaz.with_routes([bad])


def test_halfway_and_distance_to_a_line() -> None:
    line = ((39.0, 46.0), (39.0, 47.0))
    mid = halfway(line)
    assert abs(mid[0] - 39.0) < 1e-9 and abs(mid[1] - 46.5) < 1e-9
    assert distance_to_line_km((39.0, 46.3), line) < 0.01
    assert 100 < distance_to_line_km((40.0, 46.5), line) < 115  # a degree of latitude north of it


# ---------------------------------------------------------------------------------------------- text


def test_route_names_in_the_caucasus_articles(gaz: Gazetteer, corpus_file) -> None:  # type: ignore[no-untyped-def]
    a001 = corpus_file("001")
    rail = sentence(a001, "A key connectivity at play")
    assert mentions(gaz, rail) == [
        ("Qazvin‑Rasht‑Astara railway", "Qazvin–Rasht–Astara railway", False),
        ("International North‑South Transport Corridor", "International North–South Transport Corridor", False),
        ("INSTC", "International North–South Transport Corridor", False),
    ]
    assert [n for _w, n, _l in mentions(gaz, sentence(a001, "Take, for instance"))] == [
        "Astara–Astara railway", "Qazvin–Rasht railway"]  # fmt: skip
    assert mentions(gaz, sentence(a001, "The Azeris interpret")) == [
        ("Zangezur corridor", "Zangezur corridor", False)]  # fmt: skip
    assert mentions(gaz, sentence(a001, "That is why Iran has")) == [
        ("border between Iran and Armenia", "Armenia–Iran border", False)]  # fmt: skip
    # the geoparser finds them too, as lines
    places = geoparse(rail, gazetteer=gaz)
    assert [p.name for p in places if p.line] == ["Qazvin–Rasht–Astara railway"] + [
        "International North–South Transport Corridor"] * 2  # fmt: skip


def test_a_border_named_by_one_side_takes_the_other_from_the_actors(gaz: Gazetteer, corpus_file) -> None:  # type: ignore[no-untyped-def]
    drills = sentence(corpus_file("004"), "Iran launched massive drills")
    assert mentions(gaz, drills, ("IRN",)) == [("the Azerbaijani border", "Azerbaijan–Iran border", True)]
    assert mentions(gaz, drills, ()) == [], "one side and no one to stand on the other: no border"
    khaybar = sentence(corpus_file("001"), "Let’s start with the")
    assert mentions(gaz, khaybar, ("IRN",)) == [("border with Azerbaijan", "Azerbaijan–Iran border", True)]
    assert mentions(gaz, "Iran borders the former Armenian regions.", ("AZE",)) == [], "a verb, not a border"
    # with two borders to choose from, the one nearest the document's places
    near_nakhchivan = find_route_mentions("They held drills near the Iranian border.", gaz, ("TUR", "AZE"),
                                          near=[(39.21, 45.41)])  # fmt: skip
    assert [m.place.name for m in near_nakhchivan] == ["Nakhchivan–Iran border"]


def test_a_road_named_by_its_two_towns(gaz: Gazetteer) -> None:
    text = "Azerbaijani police stopped Iranian trucks on the Goris-Kapan road last week."
    assert mentions(gaz, text) == [("Goris-Kapan road", "Goris–Kapan road", True)]
    assert mentions(gaz, "They drove down a north-south corridor.") == [], "a common phrase, not the INSTC"


# ---------------------------------------------------------------------------------------------- events


def test_caucasus_events_are_placed_on_their_routes(caucasus_store: Store) -> None:
    rows = caucasus_store.conn.execute(
        "SELECT substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence, e.event, "
        "e.place_name, e.place_feature, e.place_line FROM events e JOIN documents d ON d.id = e.document_id"
    ).fetchall()

    def placed(start: str) -> set[str | None]:
        return {r["place_name"] for r in rows if r["sentence"].startswith(start)}

    assert placed("According to various media reports") == {"Azerbaijan–Iran border"}
    assert placed("And now, according to Bloomberg") == {"Azerbaijan–Iran border"}
    assert placed("Let’s start with the") == {"Azerbaijan–Iran border"}
    assert placed("Additionally, Azerbaijan agreed to a") == {"Lachin corridor"}
    # the war a document resolved is not placed on the corridor it gives the right to establish (a clause that serves
    # another places only what it holds)
    assert placed("The Azeris interpret") == {None}
    assert placed("That is why Iran has") == {"Armenia–Iran border"}
    # a point named after a preposition still places its event
    assert "Nakhchivan" in placed("The reaction to the Iranian")
    lines = [r for r in rows if r["place_line"]]
    assert lines and all(r["place_feature"] in ROUTE_KINDS for r in lines)


def _placed_events(tmp_path: Path, text: str) -> list[Any]:
    """Each event's trigger and place name, from analysing ``text`` as one article."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        analyze(store, [tmp_path / "a.txt"])
        return store.conn.execute(
            "SELECT substr(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) AS trigger, e.place_name "
            "FROM events e JOIN documents d ON d.id = e.document_id"
        ).fetchall()


def test_trucks_on_the_road_and_the_rail_link_are_placed_on_their_routes(tmp_path: Path) -> None:
    rows = _placed_events(tmp_path, "Trucks and trains\n\nBy Sam Writer\n\n"
                          "Azerbaijani police detained Iranian truck drivers on the Goris–Kapan road on Tuesday.\n\n"
                          "Iran and Azerbaijan signed an agreement on the Rasht–Astara railway in Baku.\n")  # fmt: skip
    assert {"Goris–Kapan road", "Rasht–Astara railway"} <= {r["place_name"] for r in rows}


def test_a_route_places_only_the_event_it_hangs_from(tmp_path: Path) -> None:
    # two events in one sentence: the road is where the drivers were detained, not where Iran condemned it
    rows = _placed_events(tmp_path, "Trucks\n\nBy Sam Writer\n\n"
                          "Iran's foreign ministry condemned the arrests, and Azerbaijani police detained Iranian "
                          "truck drivers on the Goris–Kapan road on Tuesday.\n")  # fmt: skip
    placed = {r["trigger"]: r["place_name"] for r in rows}
    assert placed == {"condemned": None, "detained": "Goris–Kapan road"}
