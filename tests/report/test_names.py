"""Claims and actors in words, with their codes beside; counts that mean one thing."""

from __future__ import annotations

import re
import sqlite3

import pytest

from rashomon.report import queries
from rashomon.report.index import EventIndex
from rashomon.report.names import actor_name, claim_words
from rashomon.report.story import story
from rashomon.report.terms import TERMS

BARE_CODE = re.compile(r"^[A-Z]{3,12}$")


@pytest.mark.parametrize(("code", "name"), [("IRN", "Iran"), ("ARM", "Armenia"), ("AZEMIL", "Azerbaijani armed forces"),
                                            ("IRNGOV", "Iranian government"), ("IGOWSTNAT", "NATO"),
                                            ("PSEREBHMS", "Hamas"), ("BHRCVL", "Bahraini civilians"),
                                            ("SUN", "Soviet Union"), ("CFRREB", "Central Africa rebels")])  # fmt: skip
def test_actor_codes_in_words(code, name):
    assert actor_name(code) == name


def test_claims_in_words():
    assert claim_words("backing", "SUPPORT", "IRN", "ARM").text == "Iran backs Armenia"
    assert claim_words("assault", "ASSAULT", "AZEMIL", "ARM").text == "Azerbaijani armed forces attack Armenia"
    assert claim_words("yield", "RETREAT", "ARM", "AZE").text == "Armenia yields to Azerbaijan"
    assert claim_words("demand", "DEMAND", "IRN", "AZE").text == "Iran demands Azerbaijan"
    assert claim_words("backing", "SUPPORT", "IRN", "ARM").codes == "IRN → ARM · SUPPORT"
    one_sided = [claim_words("assault", "ASSAULT", "AZE", None), claim_words("backing", "AID", None, "ARM")]
    assert [w.text for w in one_sided] == ["Azerbaijan attacks (target not named)", "(source not named) backs Armenia"]
    assert not any(w.complete or "?" in w.text for w in one_sided)


def test_the_story_lists_complete_and_incomplete_claims_apart_in_words(examined_db):
    conn = sqlite3.connect(f"file:{examined_db}?mode=ro", uri=True)
    try:
        s = story(conn, EventIndex.build(conn))
        everything, total = queries.claims(conn, 0, 10_000)
    finally:
        conn.close()
    assert s.claims and s.incomplete and s.claims_total + s.incomplete_total == total
    assert all(c.source and c.target for c in s.claims) and all(not (c.source and c.target) for c in s.incomplete)
    for c in everything:
        assert "?" not in c.words.text and not BARE_CODE.match(c.words.text), c.words
        # one count, one meaning: corroborated is two or more independent sources asserting it
        assert (c.status == "corroborated") == (c.independent >= 2 and c.status != "contested"), c
    assert any(c.words.text == "Iran backs Armenia" and c.status == "contested" for c in s.claims)
    assert {"asserting", "denying", "statements", "corroborated", "contested", "single-source", "incomplete"} <= set(TERMS)
