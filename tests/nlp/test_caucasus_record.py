"""The event record of the five caucasus articles holds what a reader of them would look for first."""

from __future__ import annotations

import io
import json

import pytest

from rashomon.export import get_exporter


@pytest.fixture(scope="module")
def records(caucasus_store):
    buf = io.StringIO()
    get_exporter("events", "plover-jsonl")(caucasus_store, buf)
    return [json.loads(line) for line in buf.getvalue().splitlines()]


def codes(actors):
    return {a["code"] for a in actors if a["code"]}


def countries(actors):
    return {(a["code"] or "")[:3] for a in actors if a["code"]}


def find(records, **want):
    found = []
    for r in records:
        if all(want_fn(r) for want_fn in want.values()):
            found.append(r)
    return found


def test_ceasefire_brokered_by_russia_on_2020_11_10(records):
    day = [r for r in records if r["date"] == "2020-11-10"]
    assert any(r["event"] == "RETREAT" and r["mode"] == "ceasefire" for r in day)
    assert any(r["event"] == "CONSULT" and "RUS" in countries(r["source"]) for r in day)


def test_diplomatic_note_to_iran_on_2021_08_11(records):
    assert any(
        r["date"] == "2021-08-11" and "AZE" in countries(r["source"]) and "IRN" in countries(r["target"])
        and r["event"] == "ACCUSE"
        for r in records
    )


def test_iran_drills_on_the_border(records):
    drills = [r for r in records if r["event"] == "MOBILIZE" and "IRN" in countries(r["source"])]
    assert drills
    hedged = [r for r in drills if r["provenance"]["modality"] == "hedged"]
    assert hedged, "'according to various media reports' hedges the drills in 004"


def test_turkish_azerbaijani_drill_in_nakhchivan(records):
    joint = [r for r in records if r["event"] == "COOPERATE" and {"TUR", "AZE"} <= countries(r["source"])]
    assert joint
    placed = [r for r in joint if r["eventLoc"]]
    assert placed and abs(placed[0]["eventLoc"]["lat"] - 39.2) < 0.5 and abs(placed[0]["eventLoc"]["lon"] - 45.4) < 0.6


def test_arrest_of_iranian_truck_drivers(records):
    assert any(
        r["event"] == "COERCE" and r["mode"] == "arrest" and "AZE" in countries(r["source"])
        and "IRNCVL" in codes(r["target"])
        for r in records
    )


def test_bishkek_protocol_of_may_1994(records):
    assert any(
        r["date"] == "1994-05" and r["event"] == "RETREAT" and {"ARM", "AZE"} <= countries(r["source"])
        for r in records
    )


def test_iran_foreign_ministry_denies_military_aid_to_armenia(records):
    denials = [
        r for r in records
        if r["event"] == "AID" and r["provenance"]["modality"] == "denied"
        and "IRN" in countries(r["source"]) and "ARM" in countries(r["target"])
    ]
    assert denials
    speaker = denials[0]["provenance"]["speaker"]
    assert speaker and (speaker["code"] or "").startswith("IRN")
    assert denials[0]["provenance"]["holder"] == "speaker"


def test_amir_abdollahian_does_not_tolerate_the_zionist_regime(records):
    threats = [
        r for r in records
        if r["event"] == "THREATEN" and "IRN" in countries(r["source"]) and "ISR" in countries(r["target"])
        and "tolerate" in r["eventText"]
    ]
    said = [r for r in threats if r["provenance"]["speaker"] and "Amirabdollahian" in r["provenance"]["speaker"]["text"]]
    assert said, "the quotation in 004 is his"
    assert said[0]["provenance"]["speaker"]["code"].startswith("IRN")
    assert said[0]["provenance"]["holder"] == "speaker"


def test_reader_comments_are_held_by_readers_and_deny_iran_supported_armenia(records):
    comments = [r for r in records if r["provenance"]["segment"] == "comment"]
    assert comments and all(r["provenance"]["holder"] == "reader comment" for r in comments)
    assert any(
        r["event"] == "SUPPORT" and r["provenance"]["modality"] in ("denied", "disputed")
        and "IRN" in countries(r["source"]) and "ARM" in countries(r["target"])
        for r in comments
    )


def test_no_place_where_a_doer_is_is_among_the_doers(records):
    # a comment quotes Iran's new foreign minister "in Moscow for talks": Moscow (RUS) was among the talks' doers
    text_of = {}
    for r in records:
        for a in r["source"]:
            at = r["text"].find(a["actorText"])
            if at > 0:
                text_of.setdefault(r["id"], []).append(r["text"][max(0, at - 4) : at].strip().lower())
    assert not [(r["eventText"], r["text"][:120]) for r in records if len(r["source"]) > 1
                and "in" in text_of.get(r["id"], [])]  # fmt: skip
    talks = [r for r in records if r["eventText"] == "talks" and "in Moscow for talks" in r["text"]]
    assert talks and all(countries(r["source"]) == {"IRN"} for r in talks), talks
