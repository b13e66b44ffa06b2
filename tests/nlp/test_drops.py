"""Why the rules leave a trigger out (nlp.events.drops), read from the clause around it on parsed sentences: the
reason each trigger gets, and None for the acts the same words make when something is done to someone."""

from __future__ import annotations

import pytest

from rashomon.nlp.events.drops import left_out
from rashomon.nlp.events.triggers import lookup_trigger
from rashomon.nlp.ontology import lookup

nlp_model = pytest.importorskip("rashomon.nlp.pipeline").load()


def _no_one(start: int, end: int) -> list:
    return []


def reason(text: str, word: str) -> str | None:
    """What left_out says of the trigger ``word`` in ``text``, its lexicon row as the candidates find it."""
    doc = nlp_model(text)
    sent = next(iter(doc.sents))
    found = {t.i: (t, row) for t in sent if (row := lookup_trigger(t)) is not None}
    tok, row = next((t, r) for t, r in found.values() if t.text == word)
    plover = lookup(row.cameo).plover
    assert plover, f"{word!r} has no PLOVER type in {text!r}"
    return left_out(tok, row, plover, found, sent, _no_one)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The earthquake killed 300 people in the mountain villages.", "killed", "nature"),
        ("Brazil beat Argentina 2-0 in the World Cup qualifier on Tuesday.", "beat", "sport"),
        ("The talks ended without agreement after three days.", "agreement", "absent"),
        ("The army prevented an attack on the convoy.", "attack", "absent"),
        ("Soldiers fired gunshots in the air to warn the crowd.", "fired", "warning"),
        ("The company executed the plan in two weeks.", "executed", "thing"),
        # written for rashomon after the real pages' events (training part)
        ("Farmers targeted the new grazing restrictions in three provinces.", "targeted", "figurative"),
        ("Those are the very restrictions being targeted by the campaign.", "targeted", "figurative"),
        ("The senator conceded that the reform had failed.", "conceded", "statement"),
        ("Watchdogs are easily captured by the industry they police.", "captured", "figurative"),
        ("The gas lobby captured the energy regulator long ago.", "captured", "figurative"),
        ("The assembly voted to de-fund the agency.", "fund", "reversed"),
        ("The navy staged drills simulating a missile strike on a port.", "strike", "display"),
        ("Troops rehearsed an assault on a walled town before dawn.", "assault", "display"),
        ("Members are treated to special offers and promotions from our partners.", "offers", "commerce"),
        ("Officials described the country's withdrawal from the arms treaty as overdue.", "treaty", "content"),
        ("Voters saw a retreat to nationalism across the region.", "retreat", "figurative"),
        ("Senator Lopez beat Governor Reyes in the Senate primary.", "beat", "campaign"),
        ("Voters should ask themselves this.", "ask", "question"),
        ("The decade saw an explosion of student loan debt.", "explosion", "figurative"),
        ('"Keep my son out of this," Ms. Moreno shot back.', "shot", "statement"),
    ],
)
def test_a_trigger_left_out_gets_its_reason(text: str, word: str, expected: str) -> None:
    assert reason(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Armenian forces killed 300 people in the mountain villages.", "killed"),
        ("Police arrested the opposition leader in Baku on Monday.", "arrested"),
        ("Iran and Armenia signed an agreement on gas supplies.", "signed"),
        ("The rebels conceded defeat after two days.", "conceded"),
        ("Gunmen captured the border town overnight.", "captured"),
        ("Drones targeted a fuel depot near the port.", "targeted"),
        ("Qatar made a special offer to mediate between the two sides.", "offer"),
        ("Soldiers beat opposition supporters during the election.", "beat"),
        ("The troops shot back when the convoy was ambushed.", "shot"),
        ("Police beat opposition leader Kizza Besigye after the vote.", "beat"),
        ("The rebels began a retreat from the town at dawn.", "retreat"),
    ],
)
def test_an_act_done_to_someone_is_kept(text: str, word: str) -> None:
    assert reason(text, word) is None


def test_a_noun_carried_by_its_verb_is_that_verbs_event() -> None:
    # "launched an attack": one event, the verb's; the noun is its object
    assert reason("Azerbaijani forces launched an attack on Armenian positions.", "attack") == "carried"
