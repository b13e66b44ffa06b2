"""Event coding on sentences from the kind of text rashomon reads (the parse is spaCy's; actors are faked
here so that these tests check the coding rules, not the actor table, which has tests of its own)."""

from __future__ import annotations

import pytest

from rashomon.nlp.attribution import attribute
from rashomon.nlp.events import code_sentence
from rashomon.nlp.modality import modality
from rashomon.records import ActorMention

nlp_model = pytest.importorskip("rashomon.nlp.pipeline").load()


def _fake_resolver(doc):
    def resolve(start, end):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        root = span.root
        if any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in span) or root.lower_ in ("we", "it"):
            return [ActorMention(span.text, span.start_char, span.end_char, None, via="unresolved")]
        return []

    return resolve


def code(text):
    doc = nlp_model(text)
    out = []
    for sent in doc.sents:
        for c in code_sentence(sent, _fake_resolver(doc)):
            a = attribute(c.trigger, sent)
            out.append(
                {
                    "trigger": c.trigger.text,
                    "event": c.plover,
                    "cameo": c.row.cameo,
                    "source": [m.text for m in c.source],
                    "target": [m.text for m in c.target],
                    "modality": modality(c.trigger, sent, c.row.cue_kind == "neg"),
                    "speaker": doc[a.start : a.end].text if a else None,
                }
            )
    return out


def one(text, event):
    found = [e for e in code(text) if e["event"] == event]
    assert found, f"no {event} in {code(text)}"
    return found[0]


def test_denial_by_a_reported_speaker():
    e = one("Iran's foreign ministry denied it had given Armenia any military aid.", "AID")
    assert e["modality"] == "denied"
    assert e["source"] == ["Iran's foreign ministry"], "the pronoun stands for the denying ministry"
    assert e["target"] == ["Armenia"]
    assert e["speaker"] == "Iran's foreign ministry"


def test_negation_and_disputed_claims():
    assert one("Iran did not support Armenia in the Karabakh war.", "SUPPORT")["modality"] == "denied"
    e = one("There is no evidence that Iran supported Armenia in the conflict.", "SUPPORT")
    assert e["modality"] == "disputed" and e["source"] == ["Iran"] and e["target"] == ["Armenia"]


def test_nominal_ceasefire_and_its_broker():
    events = code("On March 3, 2021, a ceasefire agreement, brokered by Russia, was reached.")
    assert {e["event"] for e in events} == {"RETREAT", "CONSULT"}
    broker = next(e for e in events if e["event"] == "CONSULT")
    assert broker["source"] == ["Russia"]


def test_passive_voice_and_coordination():
    e = one("Fighting went on until spring, when a cease-fire, the Almaty Accord, was signed by Armenia and Azerbaijan.", "RETREAT")
    assert e["source"] == ["Armenia", "Azerbaijan"]


def test_unilateral_drills_mobilise_and_joint_drills_cooperate():
    e = one("According to several media reports, Iran started large drills near the Azerbaijani border.", "MOBILIZE")
    assert e["source"] == ["Iran"] and e["modality"] == "hedged"
    assert one("Turkey and Azerbaijan held a joint military drill in Nakhchivan.", "COOPERATE")["source"] == ["Turkey", "Azerbaijan"]


def test_recipient_not_the_thing_given():
    e = one("On May 2, 2022 Azerbaijan handed a diplomatic note to Iran over illegal crossings.", "ACCUSE")
    assert e["source"] == ["Azerbaijan"]
    events = code("Azerbaijan arrested Iranian truck drivers who were sending supplies to Armenia.")
    arrest = next(e for e in events if e["event"] == "COERCE")
    assert arrest["source"] == ["Azerbaijan"] and arrest["target"] == ["Iranian truck drivers"]


def test_quoted_threat_held_by_its_speaker():
    e = one(
        "“We do not tolerate the presence of the Zionist regime next to our borders,” said Iranian Foreign Minister Hossein Amirabdollahian.",
        "THREATEN",
    )
    assert e["modality"] == "asserted", "'do not tolerate' is the threat itself, not a denial"
    assert e["speaker"] == "Iranian Foreign Minister Hossein Amirabdollahian"
    assert e["source"] == ["We"]


def test_accusation_and_what_it_alleges():
    events = code("Baku accuses Tehran of blindly supporting Armenia.")
    accuse = next(e for e in events if e["event"] == "ACCUSE")
    assert accuse["source"] == ["Baku"] and accuse["target"] == ["Tehran"] and accuse["speaker"] is None
    support = next(e for e in events if e["event"] == "SUPPORT")
    assert support["source"] == ["Tehran"] and support["target"] == ["Armenia"] and support["speaker"] == "Baku"


def test_planned_and_asked():
    e = one("Turkey and Azerbaijan will hold talks in Ankara next week.", "CONSULT")
    assert e["modality"] == "planned"
    assert one("Did Iran send weapons to Armenia?", "AID")["modality"] == "asked"


def test_no_event_in_plain_description():
    assert code("The region was populated for centuries by Christian Armenians and Turkic Azeris.") == []


def test_main_clause_event_comes_first():
    events = code("Georgia and Armenia agreed to a ceasefire after two days of fierce fighting in the border region.")
    assert events[0]["event"] == "AGREE" and events[0]["source"] == ["Georgia", "Armenia"]
    assert all(e["trigger"] != "fighting" for e in events), "background fighting is no event of its own"


def test_reported_commitment_is_an_expression_of_intent():
    e = code("Turkey said it will send humanitarian aid to Armenia.")[0]
    assert e["event"] == "AGREE" and e["cameo"].startswith("033") and e["source"] == ["Turkey"]
    assert code("Syria says it is willing to withdraw its troops from Lebanon.")[0]["event"] == "AGREE"
    # a hostile act announced is a threat
    assert code("NATO confirmed it would tighten the blockade of Serbia.")[0]["event"] == "THREATEN"
    # narrated plans keep their own type (see test_planned_and_asked)
    assert code("Turkey and Azerbaijan will hold talks in Ankara next week.")[0]["event"] == "CONSULT"


def test_reported_obligation_is_a_demand_of_the_clause_subject():
    e = code("Russia said on Tuesday that Georgia must return the captured helicopter.")[0]
    assert e["event"] == "REQUEST" and e["source"] == ["Russia"] and e["target"] == ["Georgia"]


def test_content_of_a_threat_is_not_a_separate_event():
    events = code("Iran threatened to impose a curfew in the border towns.")
    assert [e["event"] for e in events] == ["THREATEN"]


def test_material_acts_with_unknown_participants_are_kept():
    assert one("Unidentified gunmen attacked a police post on Monday.", "ASSAULT")["source"] == []
    # verbal acts still need an actor
    assert code("The minister supported the report.") == []
