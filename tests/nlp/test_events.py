"""Event coding on sentences from the kind of text rashomon reads (the parse is spaCy's; actors are faked
here so that these tests check the coding rules, not the actor table, which has tests of its own)."""

from __future__ import annotations

import pytest

from rashomon.nlp.attribution import attribute
from rashomon.nlp.events import code_sentence
from rashomon.nlp.modality import modality
from rashomon.records import Actor, ActorMention

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
    e = one("Iran's foreign office denied it had ever given Armenia any military aid.", "AID")
    assert e["modality"] == "denied"
    assert e["source"] == ["Iran's foreign office"], "the pronoun stands for the denying office"
    assert e["target"] == ["Armenia"]
    assert e["speaker"] == "Iran's foreign office"


def test_negation_and_disputed_claims():
    assert one("Iran did not support Armenia during the Karabakh war.", "SUPPORT")["modality"] == "denied"
    e = one("There is no proof that Iran supported Armenia during the conflict.", "SUPPORT")
    assert e["modality"] == "disputed" and e["source"] == ["Iran"] and e["target"] == ["Armenia"]


def test_a_not_set_against_another_phrase_negates_that_phrase_alone():
    # written for rashomon after a probe of reader comments: "It was the Azeris who started the war, not the
    # Armenians" denied the war (the parser hangs "not" from "war"), and "it was an accident, not an attack"
    # asserted the attack (it hangs "not" from "accident")
    found = {e["trigger"]: e for e in code("It was the Azeris who started the war, not the Armenians.")}
    assert found["war"]["modality"] == "asserted", found
    found = {e["trigger"]: e for e in code("The ministry said it was an accident, not an attack.")}
    assert found["attack"]["modality"] == "denied", found
    found = {e["trigger"]: e for e in code("The explosion was caused by a gas leak, not a missile strike.")}
    assert found["strike"]["modality"] == "denied", found
    assert one("Iran did not attack the base.", "ASSAULT")["modality"] == "denied"


def test_a_denial_does_not_reach_past_the_report_beside_it():
    found = code("Armenia's defence ministry denies opening fire and says Azerbaijani troops shelled its villages.")
    assert next(e for e in found if e["trigger"] == "opening")["modality"] == "denied"
    assert next(e for e in found if e["trigger"] == "shelled")["modality"] == "asserted"
    e = one("Yerevan's claim that Azerbaijani troops shelled villages first is a familiar fabrication.", "ASSAULT")
    assert e["modality"] == "disputed" and e["source"] == ["Azerbaijani troops"]


def test_a_question_holds_only_what_it_asks():
    assert one("Why did Aliyev not ask Moscow for help?", "REQUEST")["modality"] == "asked"
    e = one("If Russia had not been in Syria, Tehran would have had to fight Turkey, and who knows how that "
            "might have turned out?", "ASSAULT")  # fmt: skip
    assert e["modality"] == "hypothetical"
    assert one("Iran shelled the border villages: why?", "ASSAULT")["modality"] == "asserted"


def test_a_rejected_report_turns_its_clause_around():
    # a reader rejecting the denial asserts the support; rejecting the claim disputes it
    e = one("There is a serious problem in asserting that Iran never supported Armenia during that war.", "SUPPORT")
    assert e["modality"] == "asserted" and e["target"] == ["Armenia"]
    assert one("It is wrong to claim that Iran supported Armenia.", "SUPPORT")["modality"] == "disputed"
    assert one("It is nonsense to say that Iran did not help Armenia.", "AID")["modality"] == "asserted"
    assert one("The minister said that Tehran did not support Armenia.", "SUPPORT")["modality"] == "denied"


def test_nominal_ceasefire_and_its_broker():
    events = code("On March 3, 2021, a ceasefire agreement, brokered by Moscow, was reached.")
    assert {e["event"] for e in events} == {"RETREAT", "CONSULT"}
    broker = next(e for e in events if e["event"] == "CONSULT")
    assert broker["source"] == ["Moscow"]


def test_passive_voice_and_coordination():
    e = one("Fighting went on until spring, when a cease-fire, the Almaty Accord, was signed by Azerbaijan and Armenia.", "RETREAT")
    assert e["source"] == ["Azerbaijan", "Armenia"]


def test_a_clause_subject_parsed_as_a_conjunct_is_no_second_target():
    # the parse hangs "public" on "Armenia" as a conjunct; it is the subject of "was furious"
    text = "Tehran aided Baku during that conflict, but it still supported Armenia and the Azerbaijani public was furious."
    assert any(t.text == "public" and t.dep_ == "conj" and t.head.text == "Armenia" for t in nlp_model(text))
    e = one(text, "SUPPORT")
    assert e["target"] == ["Armenia"]
    assert one("Iran supported Armenia and Russia.", "SUPPORT")["target"] == ["Armenia", "Russia"]


def test_an_alleged_act_is_hedged():
    # written for rashomon after the caucasus claims: a commenter's "alleged Iranian support to Armenia" was
    # counted as asserting it
    assert one("The crisis began with the alleged Russian support to the rebels.", "SUPPORT")["modality"] == "hedged"
    assert one("Russia supported the rebels.", "SUPPORT")["modality"] == "asserted"


def test_unilateral_drills_mobilise_and_joint_drills_cooperate():
    e = one("According to several media reports, Iran started large drills near the Azerbaijani border.", "MOBILIZE")
    assert e["source"] == ["Iran"] and e["modality"] == "hedged"
    assert one("Turkey and Azerbaijan held a joint military drill in Nakhchivan.", "COOPERATE")["source"] == ["Turkey", "Azerbaijan"]


def test_recipient_not_the_thing_given():
    e = one("On May 2, 2022 Azerbaijan handed a formal note to Iran over unlawful crossings.", "ACCUSE")
    assert e["source"] == ["Azerbaijan"]
    events = code("Azerbaijan arrested Iranian truck drivers who were delivering supplies to Armenia.")
    arrest = next(e for e in events if e["event"] == "COERCE")
    assert arrest["source"] == ["Azerbaijan"] and arrest["target"] == ["Iranian truck drivers"]


def test_quoted_threat_held_by_its_speaker():
    e = one(
        "“We do not tolerate any presence of the Zionist regime next to our frontiers,” said Iranian Foreign Minister Amirabdollahian.",
        "THREATEN",
    )
    assert e["modality"] == "asserted", "'do not tolerate' is the threat itself, not a denial"
    assert e["speaker"] == "Iranian Foreign Minister Amirabdollahian"
    assert e["source"] == ["We"]


def test_accusation_and_what_it_alleges():
    events = code("Baku accuses Tehran of openly supporting Armenia.")
    accuse = next(e for e in events if e["event"] == "ACCUSE")
    assert accuse["source"] == ["Baku"] and accuse["target"] == ["Tehran"] and accuse["speaker"] is None
    support = next(e for e in events if e["event"] == "SUPPORT")
    assert support["source"] == ["Tehran"] and support["target"] == ["Armenia"] and support["speaker"] == "Baku"


def test_planned_and_asked():
    e = one("Turkey and Azerbaijan will hold talks in Ankara next week.", "CONSULT")
    assert e["modality"] == "planned"
    assert one("Did Iran send weapons to Armenia?", "AID")["modality"] == "asked"


@pytest.mark.parametrize(
    "text",
    ["Elchibey expressed wishes to annex the northern provinces.", "The only option left for Baku is to capture the corridor.",
     "Azerbaijan's goal is to seize the corridor.",
     # found in a sample of caucasus events: a dream of liberation was a liberation that happened
     "Kurdish rebels dream of liberating Kirkuk.", "The rebels dream of capturing the capital.",
     "The rebels have plans for seizing the port."],
)
def test_what_a_plan_or_wish_names_is_planned(text):
    # written for rashomon after a caucasus comment's wish to annex was coded as an annexation that happened
    assert [e["modality"] for e in code(text) if e["event"] in ("COERCE", "ASSAULT")] == ["planned"], code(text)


def test_no_event_in_plain_description():
    assert code("The region was populated for millennia by Christian Armenians and Turkic Azeris.") == []


def test_main_clause_event_comes_first():
    events = code("Georgia and Armenia agreed to a ceasefire after two days of fierce fighting in the border region.")
    assert events[0]["event"] == "AGREE" and events[0]["source"] == ["Georgia", "Armenia"]
    assert all(e["trigger"] != "fighting" for e in events), "background fighting is no event of its own"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two people were killed when militants launched an attack on the embassy in Kabul.", "launched"),
        ("Four soldiers were wounded after rebels ambushed a convoy near Goma.", "ambushed"),
        ("Three guards were injured as gunmen stormed the parliament building.", "stormed"),
    ],
)
def test_casualties_without_a_doer_follow_the_attack_their_clause_tells(text, trigger):
    # written for rashomon after ConfliBERT train-part misses: a sentence of the dead of an attack its clause
    # tells put the deaths first, which borrowed their doer from the attack, and read the dead as what the
    # sentence's attack was aimed at
    events = code(text)
    assert events[0]["trigger"] == trigger, events
    assert any(e["trigger"] in ("killed", "wounded", "injured") for e in events[1:]), events
    # a doer of their own keeps the casualties first
    assert code("Two people were killed by a sniper when militants attacked the embassy.")[0]["trigger"] == "killed"


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


def test_main_clause_outranks_a_deep_relative_clause():
    # the depth of a clause is counted up to the sentence root, not up to a fixed number of steps
    events = code("Georgia has said it will support a resolution that aims to impose a naval blockade against Russia.")
    assert events[0]["event"] == "AGREE" and events[0]["source"] == ["Georgia"]


def test_official_protest_is_a_complaint_not_a_demonstration():
    e = code("Georgia lodged an official protest with Russia over the border incident.")[0]
    assert e["event"] == "ACCUSE" and e["source"] == ["Georgia"] and e["target"] == ["Russia"]
    # a hunger strike begun to protest is the hunger strike
    assert code("Opposition leader Ali Karimli began a hunger strike to protest the arrests.")[0]["cameo"] == "142"
    assert one("Teachers in Yerevan went on strike over pay.", "PROTEST")["cameo"] == "143"
    assert one("Thousands of Armenians took to the streets of Yerevan on Monday.", "PROTEST")["cameo"] == "141"


def test_compound_modifier_is_a_topic_unless_its_head_carries_the_act():
    assert code("Riot police stood outside the parliament of Georgia.") == []
    assert code("Aid workers in Georgia said the roads were closed.") == []
    assert one("Turkey launched a mediation effort between Armenia and Azerbaijan.", "CONSULT")["source"] == ["Turkey"]
    assert all(e["event"] != "RETREAT" for e in code("Armenia reported serious ceasefire violations by Azerbaijan."))


def test_object_cues_look_through_measures_and_kinds():
    e = code("Turkish doctors handed over 700 kg of medical supplies to the Red Crescent in Armenia.")[0]
    assert e["event"] == "AID"
    assert code("Georgia declared a state of siege in Tbilisi.")[0]["event"] == "COERCE"


def test_transitive_and_intransitive_readings():
    assert all(e["event"] != "RETREAT" for e in code("Armenian and Azerbaijani negotiators return to Moscow this week."))
    assert one("Azerbaijan returned the captured soldiers to Armenia.", "RETREAT")["source"] == ["Azerbaijan"]
    assert all(e["event"] != "MOBILIZE" for e in code("Azerbaijan has mobilized lobby groups in Washington."))
    assert one("Armenia mobilized its reservists on Sunday.", "MOBILIZE")["source"] == ["Armenia"]


def test_permission_refuge_and_defiance():
    assert one("Azerbaijan's Supreme Court decided to allow Ali Karimli to run in the elections.", "CONCEDE")
    assert code("Hundreds of Armenians sought refuge in Georgia.")[0]["event"] == "REQUEST"
    assert code("Georgia accepted a formula for ending its dispute with Armenia.")[0]["event"] == "AGREE"
    assert code("A newspaper in Baku violated a ban by the government of Azerbaijan.")[0]["event"] == "REJECT"


def test_sanctions_reduce_relations():
    e = code("Washington imposed sanctions on Iran on Tuesday.")[0]
    assert e["event"] == "SANCTION" and e["target"] == ["Iran"]


def test_demands_in_messages_and_pushes():
    e = code("Russia issued a stern reminder to Georgia that it must cooperate fully with the monitors.")[0]
    assert e["event"] == "REQUEST" and e["source"] == ["Russia"]
    assert code("Iran's president said Turkey must be ready to mediate between Armenia and Azerbaijan.")[0]["event"] == "REQUEST"
    assert code("France is pushing hard for Armenia to support its peace plan.")[0]["event"] == "REQUEST"


def test_condition_of_a_threat_is_part_of_it():
    events = code("Armenians in Javakheti threatened to hold a strike unless Georgia rescinded its decision.")
    assert all(e["event"] != "CONCEDE" for e in events)


def test_report_parsed_as_conjunct_marks_a_commitment():
    e = code("Turkey will provide 25,000 tons of food aid to Armenia, the Turkish foreign ministry said on Monday.")[0]
    assert e["event"] == "AGREE" and e["source"] == ["Turkey"]


def test_seizure_of_arms_and_riots():
    assert code("Police in Baku found a cache of weapons and ammunition.")[0]["event"] == "COERCE"
    assert one("Protesters clashed with police in Tbilisi on Sunday.", "PROTEST")["cameo"] == "145"
    assert one("Azerbaijani troops clashed with Armenian forces.", "ASSAULT")


def _known_resolver(doc):
    """Like ``_fake_resolver``, but named places, nationalities and organisations resolve to an actor (the
    rules below only take targets that are known actors)."""

    def resolve(start, end):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        for ent in span.ents:
            if ent.label_ in ("GPE", "NORP", "ORG"):
                actor = Actor(ent.text[:3].upper(), None, None, ent.text)
                return [ActorMention(ent.text, ent.start_char, ent.end_char, actor)]
        return []

    return resolve


def code_known(text):
    doc = nlp_model(text)
    return [
        {"event": c.plover, "source": [m.text for m in c.source], "target": [m.text for m in c.target]}
        for sent in doc.sents
        for c in code_sentence(sent, _known_resolver(doc))
    ]


def one_known(text, event):
    found = [e for e in code_known(text) if e["event"] == event]
    assert found, f"no {event} in {code_known(text)}"
    return found[0]


def test_withdrawal_targets_the_place_left():
    assert one_known("Russia pulled its troops out of Georgia.", "RETREAT")["target"] == ["Georgia"]
    assert one_known("Russia will withdraw its troops from Georgia by Friday.", "RETREAT")["target"] == ["Georgia"]
    assert one_known("Georgia recalled its ambassador from Moscow.", "SANCTION")["target"] == ["Moscow"]


def test_threat_request_and_promise_take_the_target_of_their_content():
    e = one_known("Georgia threatened to cut off gas supplies to Armenia.", "THREATEN")
    assert e["source"] == ["Georgia"] and e["target"] == ["Armenia"]
    assert one_known("Turkey has promised to continue military aid to Azerbaijan.", "AGREE")["target"] == ["Azerbaijan"]
    # the subject of the demanded clause is the one asked
    assert one_known("Moscow demanded that Georgia release the detained officers.", "REQUEST")["target"] == ["Georgia"]


def test_threat_targets_the_one_its_condition_is_set_for():
    e = one_known("Azerbaijan threatened to resume shelling unless Armenia withdrew its forces.", "THREATEN")
    assert e["source"] == ["Azerbaijan"] and e["target"] == ["Armenia"]


def test_refusal_targets_the_author_of_what_is_refused():
    assert one_known("Iran rejected Azerbaijan's ultimatum on Tuesday.", "REJECT")["target"] == ["Azerbaijan"]
    assert one_known("Armenia flatly rejected a Turkish proposal to reopen the border.", "REJECT")["target"] == ["Turkish"]


def test_recipients_of_a_common_noun_object_are_all_kept():
    e = one_known("Georgia suspended diplomatic relations with Russia and Belarus.", "SANCTION")
    assert e["target"] == ["Russia", "Belarus"]
    e = one_known("The EU agreed to send 20 million euros of aid for Armenia and Georgia.", "AGREE")
    assert e["source"] == ["EU"] and e["target"] == ["Armenia", "Georgia"]


def test_protest_targets_what_it_is_against():
    # the purpose clause names whom the protest is aimed at
    e = one_known("Hundreds of students staged demonstrations to demand the resignation of the Kenyan cabinet.", "PROTEST")
    assert e["target"] == ["Kenyan"]
    assert one_known("Thousands of Kurds marched calling for autonomy from Turkey.", "PROTEST")["target"] == ["Turkey"]
    # "in protest of", "in defiance of", "over" a thing its author did
    e = one_known("Refugees continued a hunger strike in protest of Sweden's refusal to accept them.", "PROTEST")
    assert e["target"] == ["Sweden"]
    assert one_known("Students blocked roads in defiance of the NATO command.", "PROTEST")["target"] == ["NATO"]
    e = one_known("Dockworkers stopped work over a new law signed by the Hellenic Parliament.", "PROTEST")
    assert e["target"] == ["the Hellenic Parliament"]


def _national_resolver(doc):
    """Like the actor table: a nationality word is an actor only as the whole span ("Italian"), never
    inside a phrase about a thing ("Italian wine"); places and organisations are actors anywhere."""

    def resolve(start, end):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        for ent in span.ents:
            if ent.label_ in ("GPE", "ORG") or (ent.label_ == "NORP" and ent.text == span.text):
                actor = Actor(ent.text[:3].upper(), None, None, ent.text)
                return [ActorMention(ent.text, ent.start_char, ent.end_char, actor)]
        return []

    return resolve


def test_a_nationality_on_a_thing_codes_its_country():
    def target(text, event):
        doc = nlp_model(text)
        coded = [c for s in doc.sents for c in code_sentence(s, _national_resolver(doc)) if c.plover == event]
        assert coded, f"no {event} in {text!r}"
        return [m.text for m in coded[0].target]

    assert target("The Turkish army lifted a blockade on Kurdish trucks.", "RETREAT") == ["Kurdish"]
    assert target("France threatened to impose restrictions against Italian wine.", "THREATEN") == ["Italian"]


def test_the_object_of_a_nominal_act_is_its_target():
    # "its" is the subject's: the source is the verb's subject, the "of" object the target
    e = one_known("Israel launched its invasion of Lebanon.", "ASSAULT")
    assert e["source"] == ["Israel"] and e["target"] == ["Lebanon"]
    # but "of its troops" names the subject's own
    e = one_known("Russia announced the withdrawal of its troops from Georgia.", "RETREAT")
    assert e["target"] == ["Georgia"]


def test_the_counted_are_all_targets():
    e = one_known("Security forces have tortured scores of Congolese refugees and Rwandan refugees.", "ASSAULT")
    assert e["target"] == ["Congolese", "Rwandan"]


def _real_targets(text):
    """Target codes of each event the whole stage (with the actor table) codes in ``text``."""
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", text, "2000-01-01")])
    return [[a["code"] for a in e["target"]] for e in events]


def test_recipients_named_on_the_verb_of_a_nominal_act():
    text = "Judge Carlos Ruiz opened fraud investigations against 12 Peruvian government officials, the court said."
    assert _real_targets(text)[0] == ["PERGOV"]
    # "up to" hangs from the particle
    assert _real_targets("Gunmen have kidnapped up to 16 Russian civilian engineers in a raid.")[0] == ["RUSCVL"]


def test_seizure_targets_whom_it_is_taken_from():
    e = one_known("Police confiscated weapons and explosives from the Hamas movement.", "COERCE")
    assert e["target"] == ["Hamas"]


def test_a_request_marked_by_for_targets_its_subject():
    e = one_known("Britain is pushing hard for the US to back its aid plan.", "REQUEST")
    assert e["source"] == ["Britain"] and e["target"] == ["US"]


def _placing_resolver(doc, places):
    """``_known_resolver`` that also places the named places in their countries, as the stage's resolver does."""
    known = _known_resolver(doc)

    def resolve(start, end):  # a place is no actor
        return [m for m in known(start, end) if m.text.removeprefix("the ") not in places]

    def place(start, end):
        text = doc.text[start:end]
        country = places.get(text.removeprefix("the "))
        return ActorMention(text, start, end, Actor(country, country, None, country), via="place") if country else None

    resolve.place = place  # type: ignore[attr-defined]
    return resolve


def test_an_act_in_a_place_targets_the_places_country():
    places = {"Gaza Strip": "PSE", "Darfur": "SDN", "Kirkuk": "IRQ"}

    def target(text, event):
        doc = nlp_model(text)
        coded = [c for s in doc.sents for c in code_sentence(s, _placing_resolver(doc, places)) if c.plover == event]
        assert coded, f"no {event} in {text!r}"
        return [m.actor.code for m in coded[0].target]

    assert target("The army lifted the curfew in Darfur on Sunday.", "CONCEDE") == ["SDN"]
    assert target("Israel will evacuate all settlements in the Gaza Strip.", "RETREAT") == ["PSE"]
    assert target("Syrian tanks fired at targets in Kirkuk.", "ASSAULT") == ["IRQ"]
    # without a placing resolver a place is no target
    doc = nlp_model("The army lifted the curfew in Darfur on Sunday.")
    no_place = _placing_resolver(doc, places)
    del no_place.place
    assert all(not c.target for s in doc.sents for c in code_sentence(s, no_place))


def test_a_helper_brought_by_with_is_no_target():
    e = one_known("The alliance said it would soon widen its sea blockade of Libya with Malta's help.", "THREATEN")
    assert e["target"] == ["Libya"]


def test_a_complaint_targets_what_it_is_about_not_whom_it_is_made_to():
    assert _real_targets("Jordan complained to the UN on Monday over three Syrian shelling raids.")[0] == ["SYR"]


def test_an_act_aimed_by_its_purpose_clause():
    assert _real_targets("Kenyan police opened fire on Sunday to scatter opposition protesters in Nairobi.")[0][0][:3] == "KEN"


def test_the_one_a_message_is_sent_to_is_the_one_obliged():
    text = "The British premier issued a blunt reminder on Monday to Syria that it must cooperate with the UN envoy."
    assert _real_targets(text)[0] == ["SYR"]


def test_a_named_recipient_that_is_no_actor_is_located_in_a_country():
    text = "The IAEA dispatched two inspectors to the Natanz Enrichment Plant in central Iran last week."
    assert _real_targets(text)[0] == ["IRN"]


def test_a_mobilisation_targets_whom_it_is_against_not_the_forces_raised():
    assert _real_targets("Greece mobilized navy reservists on Friday for a feared conflict against Turkey.")[0] == ["TUR"]
    assert _real_targets("Armenia mobilized its army reservists on Tuesday.") == [[]]


def test_x_said_y_must_is_a_demand_even_when_the_act_is_no_event():
    e = one_known("The White House declared on Monday that Japan must lower its barriers to American cars.", "REQUEST")
    assert e["source"] == ["The White House"] and e["target"] == ["Japan"]
    # an unknown speaker or an unknown obliged party makes no demand
    assert code_known("He said that we must lower the barriers.") == []


def test_a_name_the_parser_reads_as_an_adverb_is_still_the_subject():
    doc = nlp_model("USAID had announced a suspension of aid to Yemen.")
    assert doc[0].dep_ == "advmod"  # the small model's reading this test is about
    e = one("USAID had announced a suspension of aid to Yemen.", "SANCTION")
    assert e["source"] == ["USAID"] and e["target"] == ["Yemen"]


def test_the_one_let_is_the_recipient_of_an_enabling_verb():
    e = one("Armenia allowed Iran to sidestep the sanctions.", "CONCEDE")
    assert e["source"] == ["Armenia"] and e["target"] == ["Iran"]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Israel halted its air strikes on Gaza.", "087"),
        ("Azerbaijan stopped shelling Armenian villages.", "087"),
        ("The rebels gave up fighting in the north.", "087"),
        ("The army ended its blockade of the port.", "0872"),
        ("Armenia ended the curfew in Yerevan.", "0813"),
        ("The union called off its protest against the government.", "082"),
    ],
)
def test_an_act_that_is_ended_is_a_de_escalation(text, cameo):
    codes = [e["cameo"] for e in code(text)]
    assert cameo in codes, f"{text!r}: {codes}"
    assert not any(c[:2] in ("14", "18", "19", "20") for c in codes), f"{text!r}: the ended act coded as done: {codes}"


def test_an_ending_that_is_negated_or_failed_leaves_the_act():
    assert [e["event"] for e in code("Israel did not halt its air strikes on Gaza.")] == ["ASSAULT"]
    assert "RETREAT" not in [e["event"] for e in code("The mission failed to stop the massacres of civilians.")]


@pytest.mark.parametrize(
    "text",
    [
        "Japan is considering sending aid to North Korea.",
        "The senator says that he is pessimistic about the possibility of a deal.",
        "The government has agreed with the Senate that refugees should receive aid.",
        "Germany announced new funding to fight the Ebola epidemic in West Africa.",
        "The government vowed to fight corruption.",
    ],
)
def test_an_act_weighed_hoped_for_or_aimed_at_no_enemy_is_no_event(text):
    assert code(text) == [], f"{text!r}: {code(text)}"


@pytest.mark.parametrize(
    "text",
    [
        "The Government of Eritrea declined to comment on the dispute with Ethiopia.",
        "A spokesman for the army refused to elaborate.",
        "The Georgian president offered his condolences to Armenia over the blast.",
        "The mayor expressed optimism at a new agreement with the union.",
        "North Korea has repeatedly rejected accusations of human rights abuses.",
        "The ministry rejected the allegations as baseless.",
    ],
)
def test_a_refusal_to_comment_condolences_or_a_mood_is_a_statement_not_an_event(text):
    # CAMEO 011 (decline comment), 016 (deny responsibility), 018 (empathetic comment), 012/013 (pessimistic or optimistic comment): root
    # 01, statements; not a rejection, an offer or the act the mood is about; the rules drop them for good
    from rashomon.nlp.events.candidates import FIRM_DROPS, propose

    doc = nlp_model(text)
    proposed = [(c.coded.trigger.text, c.dropped) for sent in doc.sents for c in propose(sent, _fake_resolver(doc))]
    assert proposed and all(dropped is not None for _, dropped in proposed), proposed
    assert any(dropped in FIRM_DROPS & {"statement", "opinion"} for _, dropped in proposed), proposed
    assert code(text) == [], f"{text!r}: {code(text)}"


def test_refusing_to_discuss_something_or_an_offer_is_still_a_rejection():
    assert [e["event"] for e in code("Iran refused to discuss the nuclear programme.")] == ["REJECT"]
    assert [e["event"] for e in code("Armenia declined the offer of talks.")] == ["REJECT"]
    assert [e["event"] for e in code("Azerbaijan rejected the peace proposal.")] == ["REJECT"]
    assert [e["event"] for e in code("Russia offered aid to Armenia.")] == ["AGREE"]  # 033, intent to give aid


@pytest.mark.parametrize(
    "text",
    [
        "Monitors recorded 40 bursts of fire involving heavy machine guns near the village.",
        "Observers counted 12 shots involving small arms east of the town.",
        "A shoot-out took place in the market on Tuesday.",
        "A short exchange of fire took place at the checkpoint.",
        "The mission observed 30 projectiles involving unknown weapons near the bridge.",
    ],
)
def test_fire_counted_by_monitors_is_an_assault(text):
    # ceasefire monitors' reports: what was fired is the event, whoever counted it is no side of it
    events = code(text)
    assert [e["event"] for e in events][:1] == ["ASSAULT"], f"{text!r}: {events}"
    assert not events[0]["source"], events[0]["source"]


@pytest.mark.parametrize(
    "text",
    [
        "Booster shots are now offered to everyone over 50.",
        "She took three shots at goal in the first half.",
        "Police stood before a stash of projectiles found in the cellar.",
    ],
)
def test_shots_that_are_no_gunfire_are_no_assault(text):
    assert "ASSAULT" not in [e["event"] for e in code(text)], f"{text!r}: {code(text)}"


@pytest.mark.parametrize(
    "text",
    ["The internationally recognised government released 21 fighters.", "Iran-backed militias attacked the base."],
)
def test_a_participle_used_as_an_adjective_describes_and_is_no_event(text):
    from rashomon.nlp.events.candidates import FIRM_DROPS, propose

    doc = nlp_model(text)
    drops = {c.coded.trigger.text: c.dropped for sent in doc.sents for c in propose(sent, _fake_resolver(doc))}
    described = next(w for w in ("recognised", "backed") if w in drops)
    assert drops[described] == "modifier" and "modifier" in FIRM_DROPS, drops
    assert "SUPPORT" not in [e["event"] for e in code(text)], code(text)


def test_engaging_in_an_act_is_the_act_and_engaging_in_work_is_none():
    # written for rashomon after PLOVER and ACLED train-part misses: "engage in" carries the act it names
    (cleansing,) = [e for e in code("Serb forces were engaged in ethnic cleansing against the Albanian population.")]
    assert cleansing["event"] == "ASSAULT" and cleansing["source"], cleansing
    assert "ASSAULT" not in [e["event"] for e in code("Contract workers engaged in mining staged a protest in Dhanbad.")]
    assert [e["event"] for e in code("Government troops engaged the rebels near the town.")] == ["ASSAULT"]
    assert [e["event"] for e in code("Iran engaged in talks with the European Union.")] == ["CONSULT"]


def test_a_pronoun_in_what_someone_is_quoted_as_saying_is_the_one_quoted():
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("t", "King Hassan of Morocco was quoted on Monday as saying he would welcome envoys "
                                  "of Israel and the PLO to Rabat.", None)])  # fmt: skip
    assert events and [a["code"] for a in events[0]["source"]] == ["MARGOV"], events


@pytest.mark.parametrize(
    "text",
    [
        "Opposition fighters retook a strategic town from government forces.",
        "The army has taken control of the town after two days.",
        "Government forces recovered control of two villages from the rebels.",
        "The rebels won back the town.",
        # control of a place the entity recognizer names, or over an area, whatever the verb of taking
        "The Iraqi military has taken control of Garma.",
        "Syrian army units established control over an area in the countryside of Aleppo.",
        "The rebels gained control of Shusha.",
        "Troops loyal to the cabinet wrested control of an army base from rebel fighters.",
        "Azerbaijan and Turkey might one day take all of Armenia.",
    ],
)
def test_ground_taken_or_retaken_is_fighting(text):
    # written for rashomon after CASE train-part misses (a government regaining territory, a group taking it)
    assert [e["event"] for e in code(text)][:1] == ["ASSAULT"], f"{text!r}: {code(text)}"


@pytest.mark.parametrize(
    "text",
    ["He took control of the company.", "She recovered control of her finances.",
     "A demonstration took place in the village of Zabor on Sunday.", "The Democrats gained control of the House.",
     "The board assumed control of the company.", "The ministry established control over prices.",
     "He took most of the money."],
)
def test_control_of_no_ground_is_no_fighting(text):
    assert "ASSAULT" not in [e["event"] for e in code(text)], f"{text!r}: {code(text)}"


def test_a_count_of_people_is_the_people_it_counts():
    from rashomon.engine.code import code_texts

    ((event,),) = code_texts([("t", "Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.", None)])
    assert [(a["actorText"], a["code"]) for a in event["source"]] == [("Iraqi", "IRQ")], event["source"]


def test_the_same_acts_done_are_events():
    assert [e["event"] for e in code("Japan sent aid to North Korea.")] == ["AID"]
    assert [e["event"] for e in code("Armenia and Azerbaijan agreed to a ceasefire.")] == ["AGREE"]
    assert [e["event"] for e in code("Armenia fought Azerbaijan in 2020.")] == ["ASSAULT"]


def test_peacekeepers_and_observers_deployed_are_help_not_a_show_of_force():
    assert one("The EU deployed election observers in Zimbabwe.", "AID")["cameo"] == "074"
    assert one("Russia deployed troops to the border.", "MOBILIZE")["cameo"] == "154"


@pytest.mark.parametrize("text", ["Totally agree.", "Agree!"])
def test_a_verb_with_no_argument_is_no_event_whatever_the_model(text):
    from rashomon.nlp.events.candidates import FIRM_DROPS, propose

    doc = nlp_model(text)
    proposed = [c for sent in doc.sents for c in propose(sent, _fake_resolver(doc))]
    assert proposed and all(c.dropped == "bare" for c in proposed), [(c.coded.trigger.text, c.dropped) for c in proposed]
    assert "bare" in FIRM_DROPS  # no model overturns it
    doc = nlp_model("Armenia agreed.")
    assert [c.dropped for sent in doc.sents for c in propose(sent, _fake_resolver(doc))] == [None]


def test_what_is_sent_is_not_the_target_of_its_sending():
    e = one_known("Russian peacekeepers were deployed to Azerbaijan.", "AID")
    assert e["target"] == ["Azerbaijan"] and e["source"] == ["Russian"]  # the known resolver names the demonym
    e = one_known("Turkish troops were sent to Azerbaijan by Turkey.", "AID")
    assert e["source"] == ["Turkey"] and e["target"] == ["Azerbaijan"]


def test_what_is_handed_over_goes_to_its_recipient_not_its_owner():
    # the demonym of what is handed ("Iraqi artifacts") names its owner; the act goes to whom it is handed
    e = one_known("The United States returned four Iraqi manuscripts to the government of Iraq.", "RETREAT")
    assert e["source"] == ["The United States"] and e["target"] == ["Iraq"]  # not "Iraqi"
    e = one_known("Russia sent Iranian drones to Armenia.", "AID")
    assert e["target"] == ["Armenia"]
    # attacking the owner's things is still aimed at the owner
    assert one_known("Israel attacked Iranian positions in Syria.", "ASSAULT")["target"] != []


def test_a_noun_a_light_verb_carries_ranks_as_that_verbs_act():
    # "held a protest ... and demanded": the protest is the act; the demand is what the protesters voice, part of
    # the protest (one event, since stop 38: it had been a second protest of its own)
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("t", "Journalists and media workers held a protest outside the office and demanded "
                                  "the release of the editor.", None)])  # fmt: skip
    assert [(e["event"], e["eventText"]) for e in events] == [("PROTEST", "protest")], events


@pytest.mark.parametrize(
    "text",
    [
        "Around 300 nurses protested outside the ministry demanding that their contracts be renewed.",
        "Health workers held a protest sit-in at the hospital, demanding coronavirus tests.",
        "Dock workers staged a demonstration to demand payment of their salaries.",
        "Truck drivers held a protest procession in the city centre against the fuel tax.",
    ],
)
def test_a_protest_and_what_it_demands_are_a_protest_first(text):
    # written for rashomon after ACLED train-part misses: the demand a protest voices is no request of its
    # own, a protest's compound names the form it took ("a protest sit-in"), "staged" is a light verb
    events = code(text)
    assert events and all(e["event"] == "PROTEST" for e in events), [(e["event"], e["trigger"]) for e in events]


def test_a_demand_beside_a_protest_that_is_dispersed_is_the_authorities_own():
    from rashomon.nlp.events.candidates import propose

    doc = nlp_model("Police dispersed the protest and demanded that the crowd go home.")
    codes = {c.coded.trigger.text: c.coded.row.cameo for sent in doc.sents for c in propose(sent, _fake_resolver(doc))}
    assert codes["demanded"] == "100", codes  # a demand, not a protest for something


def test_a_protest_comes_before_the_arrests_and_force_it_meets():
    # written for rashomon after CASE 2021 training-part misses: protests with intervention
    arrests = code("Several activists were detained by police in Minsk during protests against the new law.")
    assert [e["event"] for e in arrests][:2] == ["PROTEST", "COERCE"]
    force = code("Police killed four protesters during demonstrations in Baghdad.")
    assert [e["event"] for e in force][:2] == ["PROTEST", "ASSAULT"]
    # force against no crowd, beside a protest elsewhere, keeps its place
    shelling = code("Troops shelled the town as students rallied in the capital.")
    assert shelling[0]["event"] == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas to disperse student protesters outside the parliament in Jakarta.",
        "Police arrested dozens of demonstrators in Minsk on Sunday.",
    ],
)
def test_force_aimed_at_protesters_meets_their_protest(text):
    # written for rashomon after CASE 2021 training-part misses: the crowd the police disperse protested,
    # though no verb of the sentence says so
    events = code(text)
    assert [e["event"] for e in events][:1] == ["PROTEST"] and len(events) >= 2, events
    assert {e["event"] for e in events[1:]} & {"ASSAULT", "COERCE"}


def test_a_protest_attacked_is_an_event_of_its_own():
    # the attack comes first: it is what the sentence reports (CASE files it as force against a protest)
    assert [e["event"] for e in code("Soldiers attacked a peaceful rally in the main square.")] == ["ASSAULT", "PROTEST"]


def test_force_aimed_at_no_protest_meets_none():
    events = code("Police arrested two journalists and fired tear gas at the car in Minsk.")
    assert "PROTEST" not in [e["event"] for e in events], events


def test_fighting_between_police_and_protesters_is_a_riot():
    assert code("Heavy clashes broke out between police and protesters outside the parliament.")[0]["cameo"] == "145"


def test_what_protesters_demand_is_a_protest():
    # (part of the protest the sentence reports, since stop 38: one event, no request)
    e = {x["trigger"]: x["event"] for x in code("Hundreds of demonstrators gathered in the square, demanding the release of the jailed mayor.")}
    assert list(e.values()) == ["PROTEST"], e
    e = {x["trigger"]: x["event"] for x in code("Hundreds of demonstrators outside parliament demanded the release of the jailed mayor.")}
    assert e == {"demanded": "PROTEST"}, e
    assert code("Iran demanded the release of its diplomats.")[0]["event"] == "REQUEST"


def test_a_plural_the_lemmatizer_misreads_still_meets_its_cue():
    # "bases" is lemmatized "basis"
    assert code("Turkish forces have set up two military bases near the border.")[0]["event"] == "MOBILIZE"


def test_a_fronted_phrase_does_not_swallow_the_subject():
    # written for rashomon after a PLOVER training-part miss: the small parser hangs "the government and the
    # rebels" from the memorandum, leaving "agreed" without a subject
    e = one("With the signing of a memorandum on the cessation of hostilities, the Sudanese government and "
            "SPLM have agreed to allow humanitarian access to all areas.", "AGREE")
    assert e["source"][:1] == ["the Sudanese government"], e
    assert one("After two days of talks in Geneva, Armenia and Azerbaijan agreed to a ceasefire.", "AGREE")["source"] == [
        "Armenia", "Azerbaijan"]


def test_a_particle_parsed_as_a_preposition_right_after_the_verb():
    # "pulled out of the city": the parser makes "out" a preposition holding "of the city"
    assert one("Government forces pulled out of the city on Tuesday.", "RETREAT")["cameo"] == "0874"
    assert not [e for e in code("Prices went up in the capital.") if e["event"] == "RETREAT"]



@pytest.mark.parametrize(
    "text",
    ["The ministry released a statement on Monday.", "The governor will fast-track the release of the final report.",
     "A few people have asked this question.", "Python 3.6 is the newest major release.",
     "The police have now released the identities of the two people."],
)
def test_a_thing_published_or_a_question_asked_is_no_event(text):
    # written for rashomon after a sample of events on real news pages from other sites: a report released
    # was coded as prisoners released, a question asked as a request
    assert code(text) == [], code(text)


def test_people_released_and_help_asked_for_are_events():
    assert one("Armenia released two Azerbaijani soldiers on Monday.", "RETREAT")["cameo"] == "0841"
    assert [e["cameo"] for e in code("The release of the hostages began on Monday.")] == ["0841"]
    assert one("Iran asked Russia for help.", "REQUEST")["source"] == ["Iran"]


def test_trade_in_general_is_no_event():
    # written for rashomon after a sample of events on real news pages from other sites: "global trade",
    # "the illegal drug trade" were coded as economic cooperation with no one
    assert code("The approach to politics, global trade, and social philosophy defined an era.") == []
    assert one("Trade between Iran and Armenia grew by 20 percent last year.", "COOPERATE")["cameo"] == "061"


def test_force_that_disperses_people_meets_a_protest():
    # written for rashomon after CASE training-part misses: tear gas "deployed" was coded as a deployment of
    # forces, and activists dispersed were no protest
    found = {e["trigger"]: e for e in code("Police deployed tear gas to disperse activists outside the ministry.")}
    assert (found["deployed"]["event"], found["deployed"]["cameo"]) == ("ASSAULT", "175")
    assert (found["activists"]["event"], found["activists"]["cameo"]) == ("PROTEST", "141")
    assert one("The army deployed tanks near the border.", "MOBILIZE")["cameo"] == "154"


def test_a_comparison_and_a_crime_committed_are_no_agreement():
    # written for rashomon after a sample of caucasus events: "as opposed to" was coded as a rejection,
    # "committing crimes" as an agreement
    assert code("He sides with the generals, as opposed to the Foreign Minister.") == []
    assert not [e for e in code("The soldiers razed the village, committing crimes against its people.") if e["event"] == "AGREE"]
    assert one("Iran committed to the ceasefire in Karabakh.", "AGREE")["cameo"] == "030"


def test_a_writers_own_view_is_no_agreement_but_what_it_says_stands():
    # written for rashomon after a sample of caucasus comments: "I agree that ..." was coded as an agreement
    # and what the writer agreed with was dropped as its content
    found = code("I agree that Turkey and Azerbaijan are both backed by Israel.")
    assert [e["event"] for e in found] == ["SUPPORT"], found
    assert one("Armenia and Azerbaijan agreed that the truce would begin at noon.", "AGREE")["source"] == ["Armenia", "Azerbaijan"]


def test_rules_fought_and_broken_and_attacks_in_words_are_no_force():
    # written for rashomon after a sample of events on real news pages from other sites: groups "fighting the
    # orders", "violations of distancing laws" and a candidate who "attacked" a rival over her support for a
    # policy were coded as force
    assert code("Among those fighting the lockdown orders are two conservative groups.") == []
    assert code("The site removed posts encouraging violations of curfew laws.") == []
    criticism = one("Senator Lopez attacked Governor Reyes over her remarks on the budget.", "ACCUSE")
    assert (criticism["cameo"], criticism["target"]) == ("111", ["Governor Reyes"])
    assert one("Rebels attacked the village over a land dispute.", "ASSAULT")["cameo"] == "190"
    assert one("Armenia reported violations of the ceasefire by Azerbaijan.", "ASSAULT")["cameo"] == "196"


def test_the_market_in_general_is_no_event():
    # written for rashomon after a sample of events on real news pages from other sites: investment and loans
    # said of the economy were coded as economic cooperation with no one
    assert code("Such a tax would barely affect returns on longer-term investment into factories.") == []
    assert one("Chinese investment in Kenya grew last year.", "COOPERATE")["source"] == ["Chinese"]


def test_a_measure_lifted_is_aimed_at_whom_it_was_imposed_on():
    # from ConfliBERT train-part target misses: the lifted measure's object had no actor, its participle's had
    lifted = one("The ministry lifted the travel restrictions imposed on Ruritania last year.", "CONCEDE")
    assert lifted["target"] == ["Ruritania"]
    # (sanctions eased, like sanctions lifted, are economic ones eased: CAMEO 085, PLOVER's retreat)
    eased = one("Borduria has eased the sanctions placed against Syldavia.", "RETREAT")
    assert eased["target"] == ["Syldavia"] and eased["cameo"] == "085"


def test_the_one_held_responsible_for_an_act_did_it():
    # from ConfliBERT train-part source misses: "X was responsible for the killings" named no one as their author
    killings = one("General Tapioca was responsible for the killings of Syldavian villagers.", "ASSAULT")
    assert killings["source"] == ["General Tapioca"]
    bombing = one("The Alcazar Front claimed responsibility for the bombing of the Borduria embassy.", "ASSAULT")
    assert bombing["source"] == ["The Alcazar Front"]
    assert one("Borduria is behind the attack on the Syldavian ferry.", "ASSAULT")["source"] == ["Borduria"]
    assert one("The attack on the ferry was a crime.", "ASSAULT")["source"] == []


def test_a_group_outlawed_is_banned():
    # from ConfliBERT train-part misses: "outlawed the party" was no event
    banned = one("The junta outlawed the Syldavian Workers Party in May.", "COERCE")
    assert (banned["cameo"], banned["target"]) == ("172", ["the Syldavian Workers Party"])


def test_a_casualty_in_the_passive_is_the_work_of_the_attack_its_time_clause_names():
    # from ConfliBERT train-part source misses: "soldiers were killed after X attacked" named no author of the killing
    # (the attack comes first since stop 49: test_casualties_without_a_doer_follow_the_attack_their_clause_tells)
    killed = [e for e in code("Four guards were killed on Sunday after the Alcazar Front attacked a border post.")
              if e["trigger"] == "killed"]
    assert [e["source"] for e in killed] == [["the Alcazar Front"]], killed
    storm = one("Four guards were killed on Sunday after the storm hit a border post.", "ASSAULT")
    assert (storm["trigger"], storm["source"]) == ("killed", [])


def test_their_place_attacked_is_of_those_the_passive_clause_says_were_hurt():
    # written for rashomon from a probe of our own: with the attack first (stop 49), "militants attacked their
    # camp" after "two jawans were injured when" was aimed at no one: "their" read as the militants, whose own
    # camp is no target
    from rashomon.engine.code import code_texts

    for text, trigger, sides in [
        ("Two CRPF jawans were injured when militants attacked their camp.", "attacked", (["INDREB"], ["INDCOP"])),
        ("Four soldiers were wounded when rebels ambushed their convoy near Goma.", "ambushed", (["CODREB"], ["CODMIL"])),
    ]:
        (events,) = code_texts([("x", text, "2000-01-01")])
        found = [([a["code"] for a in e["source"]], [a["code"] for a in e["target"]]) for e in events if e["eventText"] == trigger]
        assert found == [sides], events
    # their own is still no one's they act on, and an active clause names its own sufferers
    assert _real_sides("Two policemen were injured when protesters burned their own cars.", "PROTEST")[1] == []
    assert "CODMIL" not in _real_sides("Rebels ambushed their convoy near Goma.", "ASSAULT")[1]


def test_a_verb_the_parser_hangs_from_its_subject_still_has_it():
    # from ConfliBERT train-part source misses: the small parser reads "The Iraqi air force carried out ..." as
    # a noun with a clause; a verb with an object is active, so the noun does it
    text = "The Syldavian air force carried out at least two air strikes near Klow."
    doc = nlp_model(text)
    assert any(t.lower_ == "carried" and t.dep_ == "acl" for t in doc), "the parse this test is about"
    assert one(text, "ASSAULT")["source"] == ["The Syldavian air force"]



def test_an_infinitive_joined_to_a_finite_verb_does_not_take_its_subject():
    # written for rashomon after a sample of caucasus events: where a clause said X was mostly of one faith "and to
    # side with Y", the parser joins "to side" to "is", and X became the one siding with Y
    text = "This led them to ignore the fact that Borduria is mostly Shia and to side with Syldavia instead."
    doc = nlp_model(text)
    assert any(t.lower_ == "side" and t.dep_ == "conj" and t.head.lower_ == "is" for t in doc), "the parse this test is about"
    assert one(text, "SUPPORT")["source"] != ["Borduria"]


def test_an_act_brought_to_an_end_is_ended():
    # written for rashomon after a sample of caucasus events: an occupation someone "brought to an end" was coded
    # as the occupation itself
    ended = code("The new Syldavian government brought the occupation to an end.")
    assert [(e["event"], e["cameo"][:2]) for e in ended] == [("RETREAT", "08")]


def test_contraband_traded_is_smuggling_not_trade():
    # written for rashomon after a sample of caucasus events: drugs "exported" across a border were coded as
    # economic cooperation between the country they came from and the exporter
    assert code("Smugglers used the border to export drugs from Ruritania to Borduria.") == []
    assert code("The heroin trade between Ruritania and Borduria grew.") == []
    assert one("Syldavia exported oil to Borduria in May.", "COOPERATE")["target"] == ["Borduria"]
    # trade between two is done by both (PLOVER codes a reciprocal act's parties as actors)
    assert one("The oil trade between Ruritania and Borduria grew.", "COOPERATE")["source"] == ["Ruritania", "Borduria"]


def test_an_act_said_to_be_out_of_the_question_is_denied():
    # written for rashomon after a sample of caucasus events: a war the writer called "out of the question" was
    # an assault asserted
    assert one("War, however, is out of the question between Syldavia and Borduria.", "ASSAULT")["modality"] == "denied"
    assert one("A war between Syldavia and Borduria is impossible.", "ASSAULT")["modality"] == "denied"
    assert one("The war between Syldavia and Borduria was brutal.", "ASSAULT")["modality"] == "asserted"


def test_the_sides_of_an_act_between_two_are_not_its_onlookers():
    # written for rashomon after a sample of caucasus events: people watching an exchange of fire between two
    # countries were its source
    found = one("Villagers in Iran could watch the exchange of fire between Armenia and Azerbaijan.", "ASSAULT")
    assert (found["source"], found["target"]) == (["Armenia"], ["Azerbaijan"]), found


def test_an_act_between_two_named_by_the_object_is_aimed_at_both():
    found = one("Russia mediated talks between Armenia and Azerbaijan.", "CONSULT")
    assert (found["source"], found["target"]) == (["Russia"], ["Armenia", "Azerbaijan"]), found


def test_a_conflict_exploding_into_violence_is_no_bombing():
    # written for rashomon after a sample of caucasus events ("the conflict exploded into violence")
    assert [e["cameo"] for e in code("The conflict exploded into violence in 1988.")] == ["190"]
    assert [e["cameo"] for e in code("A bomb exploded in the market of Herat.")] == ["183"]


def test_an_account_of_an_act_given_is_not_the_act():
    # written for rashomon after a sample of caucasus events: a governor's narrative of the assistance a
    # country gave was aid given by the governor
    found = [e for e in code("Governor Alizadeh gave a narrative of the aid given by Iran to Azerbaijan.")
             if e["event"] == "AID"]
    assert [(e["source"], e["target"]) for e in found] == [(["Iran"], ["Azerbaijan"])], found


@pytest.mark.parametrize("text", ["The subsequent Turkish-Azerbaijani drill began on Monday.",
                                  "The Turkey-Azerbaijan drills began on Monday."])
def test_two_countries_paired_by_a_dash_hold_a_joint_act(text):
    # written for rashomon after a sample of caucasus events: a drill named by a Turkish-Azerbaijani pair was
    # Azerbaijan's alone, and a mobilisation
    found = one(text, "COOPERATE")
    assert len(found["source"]) == 2 and found["source"][0].startswith("Turk"), found


@pytest.mark.parametrize(
    ("text", "cameo"),
    [("Medecins Sans Frontieres flew 13 metric tons of medicine into Afghanistan.", "070"),
     ("The United States rolled back tariffs on Chinese goods.", "085"),
     ("The Iranian government rolled back restrictions on protests.", "081")],
)
def test_aid_flown_in_and_measures_rolled_back(text, cameo):
    # written for rashomon after ConfliBERT train-part misses
    assert [e["cameo"] for e in code(text)][:1] == [cameo], code(text)


def test_a_pronoun_in_charges_denied_is_the_one_denying():
    # written for rashomon after ConfliBERT train-part misses: "denied charges that it tortured" had no source
    found = one("The Guatemalan government denied the charges that it tortured a Jesuit priest.", "ASSAULT")
    assert found["source"] == ["The Guatemalan government"], found


def test_who_is_involved_in_an_act_does_it():
    # written for rashomon after a sample of caucasus events: one involved in training another country's army
    # was not its source
    found = one("General Rezaee was closely involved in training Azerbaijan's army.", "COOPERATE")
    assert found["source"] == ["General Rezaee"], found


def test_a_possessive_pronoun_on_an_act_is_the_clause_subject_when_no_one_else_is_named():
    # written for rashomon after a sample of caucasus events: a leader said to be inconsistent in "his support"
    # was not its source
    found = one("But Khamenei was never consistent in his support over the years.", "SUPPORT")
    assert found["source"] == ["Khamenei"], found
    found = one("Azerbaijan condemned Armenia for its attacks.", "ACCUSE")
    assert (found["source"], found["target"]) == (["Azerbaijan"], ["Armenia"]), found


def test_a_war_erupting_between_two_has_both_sides():
    # written for rashomon after a sample of caucasus events: a war that erupted between two countries had no
    # sides
    found = one("Last autumn a fresh war erupted between Armenia and Azerbaijan.", "ASSAULT")
    assert (found["source"], found["target"]) == (["Armenia"], ["Azerbaijan"]), found


def test_whom_a_demand_is_made_of_is_its_target():
    # written for rashomon after a sample of caucasus events: a demand made "from" a country had no target
    found = one("Azerbaijan demands from Iran to stop these unlawful shipments.", "REQUEST")
    assert (found["source"], found["target"]) == (["Azerbaijan"], ["Iran"]), found


def _real_sides(text, event):
    """Source and target codes of the first ``event`` the whole stage (with the actor table) codes in ``text``."""
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", text, "2000-01-01")])
    found = [e for e in events if e["event"] == event]
    assert found, f"no {event} in {events}"
    return [a["code"] for a in found[0]["source"]], [a["code"] for a in found[0]["target"]]


def test_whom_an_actor_is_loyal_to_is_not_the_actor():
    # written for rashomon after PLOVER train-part misses: gunmen loyal to a leader were coded as that leader
    source, _ = _real_sides("Gunmen loyal to the Taliban stormed a police post in Kunduz on Friday.", "ASSAULT")
    assert len(source) == 1 and source[0].startswith("AFG") and "TAL" not in source[0], source


def test_a_state_of_siege_targets_the_place_it_covers():
    # written for rashomon after ConfliBERT train-part misses: "a state of siege" read as the state itself, then
    # dropped as its own recipient, left the province unnamed
    assert _real_sides("The Bolivian president declared a state of siege in Pando province.", "COERCE")[1] == ["BOL"]


def test_an_office_resigned_is_the_countrys():
    # written for rashomon after ConfliBERT train-part misses
    assert _real_sides("Fujimori resigned as president of Peru in November 2000.", "CONCEDE")[1] == ["PER"]


def test_a_place_left_is_named_by_the_words_that_qualify_its_noun():
    # written for rashomon after ConfliBERT train-part misses
    text = "Israel pulled its soldiers out of the West Bank towns of Nablus and Jenin."
    assert _real_sides(text, "RETREAT")[1] == ["PSE"]


def test_a_recipient_the_parser_hangs_inside_a_long_object():
    # written for rashomon after ConfliBERT train-part misses: "to" hung from the last noun of the object
    text = "Customs officers returned a bronze statue decorated with scenes of the Silk Road to Uzbek authorities."
    assert _real_sides(text, "RETREAT")[1] == ["UZBGOV"]


def test_the_agent_of_a_passive_act_noun_is_its_source():
    # written for rashomon after ConfliBERT train-part misses
    assert _real_sides("A rocket attack on the airport was carried out by Houthi rebels.", "ASSAULT")[0] == ["YEMREBHTH"]
    # and the verb that says the same act is not coded twice
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Fresh sanctions on Belarus were imposed by the EU.", "2000-01-01")])
    assert [(e["event"], [a["code"] for a in e["source"]]) for e in events] == [("SANCTION", ["IGOEUREEC"])]


def test_an_act_named_by_an_object_is_aimed_at_the_place_on_its_verb():
    # written for rashomon after ConfliBERT train-part misses: a truce declared "in" a country by a group the
    # actor table does not know had no target
    assert _real_sides("In Peru, the Condor Front declared a two-week truce in March.", "RETREAT")[1] == ["PER"]


def test_what_is_withdrawn_is_no_recipient():
    # written for rashomon after ConfliBERT train-part misses: the peacekeepers pulled out were the target; the
    # place left is (Sinai, though the tagger takes it for an organisation)
    assert _real_sides("The UN withdrew peacekeepers from Sinai in 1967.", "SANCTION")[1] == ["EGY"]


def test_lawsuits_and_legal_action_are_accusations():
    # written for rashomon after ConfliBERT train-part misses: a lawsuit filed and legal action launched were
    # no events
    assert _real_sides("The European Commission began legal action against Hungary over its asylum law.", "ACCUSE") == (
        ["IGOEUREEC"], ["HUN"]
    )
    source, target = _real_sides("Two Georgian politicians filed a lawsuit against President Mikheil Saakashvili.", "ACCUSE")
    # politicians are an elite of their country; the president they sue is another actor of the same code
    assert source == ["GEOELI"] and len(target) == 1 and target[0].startswith("GEO"), (source, target)


def test_people_an_act_is_done_to_in_a_place_are_of_that_place():
    # written for rashomon after PLOVER train-part misses: the victims took the attackers' country
    _, target = _real_sides("Israeli soldiers killed four residents in Gaza on Tuesday.", "ASSAULT")
    assert target == ["PSECVL"]
    _, target = _real_sides("Russian rockets killed nine civilians in Kharkiv.", "ASSAULT")
    assert target == ["UKRCVL"]


def test_a_list_the_parser_reads_as_an_apposition_keeps_every_name():
    # written for rashomon: "X, the Y and Z" parsed as X with the apposition "the Y and Z" kept only X
    source, _ = _real_sides("Israel, the United States and Italy have invested heavily in the region.", "COOPERATE")
    assert source == ["ISR", "USA", "ITA"]


def test_a_relation_set_beside_a_name_is_that_name():
    # written for rashomon: "Iran's ally, Syria," was Iran
    assert _real_sides("Russia's ally, Belarus, condemned the sanctions.", "ACCUSE")[0] == ["BLR"]


def test_they_in_a_clause_may_stand_for_the_group_its_sentence_acted_on():
    # written for rashomon after a sample of caucasus events: "they" in a relative clause took three countries
    # named two sentences before instead of the displaced people its own sentence names
    from rashomon.engine.code import code_texts

    text = (
        "Firms from Israel, the U.S. and Italy are already working on the rebuilding. The fund helps the displaced "
        "Georgians to return to the towns from where they were expelled."
    )
    (events,) = code_texts([("x", text, "2000-01-01")])
    codes = {a["code"] for e in events for side in ("source", "target") for a in e[side] if a["actorText"] == "they"}
    assert codes <= {"GEO"}, events


def test_a_drill_held_on_a_border_is_aimed_at_the_other_side():
    # written for rashomon after a sample of caucasus events: where a participle says the drill was held, the
    # border it names was not read
    assert _real_sides("Russia staged a huge drill conducted along its border with Ukraine.", "MOBILIZE")[1] == ["UKR"]


def test_a_place_an_act_is_aimed_at_is_its_countrys():
    # written for rashomon after a sample of caucasus events and ConfliBERT train-part misses: a region or towns
    # shelled or recognised, named by the words around their noun, gave no target
    assert _real_sides("Russian troops shelled the towns of Kupiansk and Izium.", "ASSAULT")[1] == ["UKR"]
    assert _real_sides("Azerbaijani forces shelled the Tavush region on Monday.", "ASSAULT")[1] == ["ARM"]


def test_whom_a_thing_is_handed_to_in_a_passive_is_the_target():
    # written for rashomon after ConfliBERT train-part misses: the thing returned was the target
    text = "A Greek statue stolen in 1990 was returned to Italy by French police last May."
    assert _real_sides(text, "RETREAT")[1] == ["ITA"]


def test_a_recipient_inside_a_long_object_is_not_a_date():
    # written for rashomon after ConfliBERT train-part misses: "to" a date inside the object was the recipient
    text = "Customs officers returned 30 clay figures that date back to 200 BC to the Peruvian government in May."
    assert _real_sides(text, "RETREAT")[1] == ["PERGOV"]


def test_what_is_sent_is_read_through_a_list_and_a_measure():
    # written for rashomon after ConfliBERT train-part misses: vehicles and "a team of paratroopers" sent to a
    # country were no event
    assert _real_sides("Canada has sent 40 trucks and a unit of paratroopers to Latvia.", "AID") == (["CAN"], ["LVA"])


def test_a_group_from_a_place_is_of_its_country():
    # written for rashomon after ConfliBERT train-part misses
    assert _real_sides("Fighters from Chechnya stormed the village at dawn.", "ASSAULT")[0] == ["RUSREB"]


def test_let_free_and_set_free_are_releases_by_their_subject():
    # written for rashomon after ConfliBERT train-part misses: the freed were the source, or nothing was coded
    assert _real_sides("Belarus today let free nearly two dozen activists.", "RETREAT") == (["BLR"], ["BLROPP"])
    assert _real_sides("Iran set two French sailors free.", "RETREAT") == (["IRN"], ["FRA"])


def test_an_offer_spurned_is_rejected_and_aimed_at_whoever_made_it():
    # written for rashomon after ConfliBERT train-part misses: "spurned offers" was coded as the offer
    assert _real_sides("The rebels spurned repeated offers of talks by the Malian government.", "REJECT")[1] == ["MLIGOV"]


def test_whose_decision_or_plan_it_is_does_what_it_names():
    # written for rashomon after a sample of caucasus events: "X's decision to support Y" had no source, and the
    # one who praised the decision was taken for its author
    assert _real_sides("Moscow's decision to send troops to Mali surprised Paris.", "AID")[0] == ["RUSGOV"]
    assert _real_sides("Canada welcomed Japan's decision to send medical aid to Haiti.", "AID") == (["JPN"], ["HTI"])
    # an invitation is for another to act, a refusal is no act
    found = [e for e in code_known("Erdogan's invitation to visit Ankara pleased Biden.") if e["event"] == "CONSULT"]
    assert all(e["source"] != ["Erdogan"] for e in found), found


def test_forces_contributed_are_no_target_whom_they_go_to_is():
    # written for rashomon after ConfliBERT train-part misses: the troops a country contributes were coded as
    # the target, as the source's own military
    assert _real_sides("Peru is ready to contribute soldiers to the UN mission in Mali.", "AGREE")[1] == ["IGOUNO"]



def test_whom_help_is_called_for_from_is_the_one_asked():
    # written for rashomon after a sample of caucasus events: "called for help from X" found X only where the
    # role model guessed it
    assert _real_sides("Kenya appealed for food aid from the European Union.", "REQUEST") == (["KEN"], ["IGOEUREEC"])
    # the rules find it themselves (the role model, where it is on, found it before them)
    from rashomon.engine.code import code_texts
    from rashomon.settings import Options

    (events,) = code_texts([("x", "Kenya appealed for food aid from the European Union.", None)], Options(event_model=False))
    assert [[a["code"] for a in e["target"]] for e in events if e["event"] == "REQUEST"] == [["IGOEUREEC"]]


def test_an_object_it_is_another_subject_before_it_never_its_own_clauses():
    # written for rashomon after a sample of caucasus events: "X began supporting it" read "it" as X, then
    # dropped it as X's own, leaving no target
    text = "As Georgia grew stronger, Turkey changed its policy toward it and started supporting it against Russia."
    assert _real_sides(text, "SUPPORT") == (["TUR"], ["GEO"])
    # a country the small model tags as a person is still an "it"
    assert _real_sides("As Azerbaijan grew richer, Iran began supporting it against Armenia.", "SUPPORT") == (["IRN"], ["AZE"])


def test_clashes_going_on_between_a_pair_are_the_pairs():
    # written for rashomon after a sample of caucasus events: the "between" of the verb the clashes went on
    # with was not read
    text = "Ukraine and Russia signed a deal in 2019. In May, clashes began to intensify between the two countries again."
    assert sorted(_real_sides(text, "ASSAULT")[0]) == ["RUS", "UKR"]


def test_the_2_parties_and_the_two_rivals_are_the_pair_named_before():
    # written for rashomon after a sample of caucasus events: "talks between the 2 parties" had no sides
    text = "Peru and Ecuador fought over the border in 1995. Since then there have been talks between the 2 parties."
    assert sorted(_real_sides(text, "CONSULT")[0]) == ["ECU", "PER"]
    text = "Ethiopia and Eritrea fought a long war. The two rivals signed a peace deal in 2018."
    assert sorted(_real_sides(text, "SUPPORT")[0]) == ["ERI", "ETH"]
    # a pair named as what is acted on is not what "the 2 parties" stands for: they are named, not known
    text = "Bolivia suffers from the closure of its borders with Chile and Peru. Since 2010 there have been talks between the 2 parties."
    assert _real_sides(text, "CONSULT")[0] == [None]


def test_whose_policy_of_doing_it_is_does_it():
    # written for rashomon after a sample of caucasus events: "X's position of supporting Y" had no source
    assert _real_sides("Ankara's position of supporting Georgia surprised many.", "SUPPORT") == (["TURGOV"], ["GEO"])
    assert _real_sides("Moscow's policy of arming the rebels in Syria failed.", "AID")[0] == ["RUSGOV"]


def test_whom_a_grudge_or_thanks_is_towards_did_what_it_is_for():
    # written for rashomon after a sample of caucasus events: "angry at X for supplying Y" had no source
    assert _real_sides("Many Georgians are still angry at Russia for arming the rebels.", "AID")[0] == ["RUS"]
    assert _real_sides("Kenya is grateful to Japan for helping Somalia.", "AID") == (["JPN"], ["SOM"])


def test_an_ethnic_people_placed_nowhere_is_its_demonyms_people():
    # written for rashomon after a sample of caucasus events: "the ethnic Armenians" gaining control had no code
    assert _real_sides("During the fighting the ethnic Serbs took control of the valley.", "ASSAULT")[0] == ["SRB"]


def test_its_on_a_subject_act_noun_stands_for_a_subject_before_it():
    # written for rashomon after a sample of caucasus events: "given how much X needs Y, its support for Z ..."
    # had no source
    text = "Given how much Serbia needs Moscow, its support for Russia is no surprise."
    assert _real_sides(text, "SUPPORT") == (["SRB"], ["RUS"])


def test_a_recipient_the_parser_hangs_from_the_verb_after_an_act_noun():
    # written for rashomon after a sample of caucasus events: "with Iranian support to Armenia", its "to" hung
    # from the verb, had no target
    assert _real_sides("Moscow's worries did not begin with alleged Chinese support to Pakistan.", "SUPPORT") == (["CHN"], ["PAK"])


def test_what_a_country_responds_with_it_does_and_a_place_it_is_aimed_at_is_its_countrys():
    # written for rashomon after a sample of caucasus events
    assert _real_sides("Canada responded with sanctions against Belarus.", "SANCTION") == (["CAN"], ["BLR"])
    assert _real_sides("India retaliated with air strikes on Lahore.", "ASSAULT") == (["IND"], ["PAK"])


def test_an_organisation_a_small_town_shares_its_name_with_is_still_an_actor():
    # written for rashomon after ConfliBERT train-part misses: "investigate Yale" lost its target to a town
    # of that name
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "The federal prosecutors will investigate Yale for fraud.", "2020-01-01")])
    found = [e for e in events if e["event"] == "ACCUSE"]
    assert found and [a["actorText"] for a in found[0]["target"]] == ["Yale"], events


def test_what_those_sent_are_to_do_is_aimed_where_they_are_sent():
    # written for rashomon after ConfliBERT train-part misses: "sent a team to X to investigate" had no target
    assert _real_sides("The UN dispatched a team of inspectors to Peru to investigate the spill.", "ACCUSE") == (["IGOUNO"], ["PER"])
    assert _real_sides("The agency sent dozens of auditors to Ghana to investigate the bank.", "ACCUSE")[1] == ["GHA"]


def test_an_acronym_is_a_name_though_the_tagger_or_a_town_says_otherwise():
    # written for rashomon after ConfliBERT train-part misses: "ICE" read as a common word, "USAID" as an
    # adverb and "ELN" as a French town's other name left their acts without a source
    from rashomon.engine.code import code_texts

    def sources(text: str) -> list[list[str]]:
        (events,) = code_texts([("x", text, "2015-01-01")])
        return [[a["actorText"] for a in e["source"]] for e in events]

    assert ["ICE"] in sources("ICE returned 300 stolen paintings to the government of Italy.")
    assert ["USAID"] in sources("In cooperation with local partners, USAID provided tents to 2,000 families in Nepal.")
    assert any("ELN" in " ".join(s) for s in sources("The ELN has said it will release two soldiers."))


def test_those_expelled_from_a_country_are_expelled_by_it():
    # written for rashomon after ConfliBERT train-part misses: a passive expulsion "from X" with no agent had no
    # source
    assert _real_sides("Four Swedish aid workers were expelled from Sudan last week.", "SANCTION")[0] == ["SDN"]


def test_a_datelines_place_is_not_who_acted():
    # written for rashomon after a sample of news-style openings: "MOSCOW (AP) — Russia expelled ..." made the
    # dateline's Moscow (RUSGOV) the source
    assert _real_sides("TEHRAN (AP) — Iran expelled two Dutch diplomats on Monday.", "SANCTION")[0] == ["IRN"]
    # a dash alone, with no agency in brackets, is no dateline
    assert _real_sides("NATO — the alliance — condemned the attack.", "ACCUSE")[0] == ["IGOWSTNAT"]


def test_an_act_noun_compounded_with_the_object_names_whom_the_act_is_with_or_into():
    # written for rashomon after ConfliBERT train-part misses: "ended mediation efforts with the truckers" had
    # no target (the object "efforts" is no act; "mediation" is)
    assert _real_sides("Chile ended mediation efforts with Bolivia on Monday.", "SANCTION") == (["CHL"], ["BOL"])
    assert _real_sides("The government ended mediation efforts with the rebels.", "SANCTION") == (["GOV"], ["REB"])


def test_incursions_sieges_and_skirmishes_are_acts_of_force():
    # written for rashomon after a probe of conflict nouns the lexicon lacked
    assert _real_sides("Turkey launched an incursion into Syria.", "ASSAULT") == (["TUR"], ["SYR"])
    assert one("The army laid siege to Homs.", "COERCE")["cameo"] == "191"
    assert one("A skirmish between Indian and Chinese troops left 20 dead.", "ASSAULT")["cameo"] == "190"


def test_a_protest_that_took_place_comes_before_an_act_in_a_clause_beside_it():
    # written for rashomon after a CASE train-part miss: "a protest took place ... and gunmen laid siege to the
    # area" put the siege first (the subject of "took place" is the act the clause reports)
    found = code("A peaceful protest took place in the town and armed bandits launched an offensive on the area.")
    assert [e["event"] for e in found] == ["PROTEST", "ASSAULT"], found


def test_south_asian_protest_and_violence_words():
    # written for rashomon after a probe of protest and violence reports in South Asian English
    assert one("Traders observed a bandh in Siliguri against the new tax.", "PROTEST")["cameo"] == "143"
    assert one("Farmers staged a dharna outside the collectorate in Nashik.", "PROTEST")["cameo"] == "141"
    assert one("A mob lynched a man in Alwar.", "ASSAULT")["cameo"] == "1823"
    assert one("Rioters ransacked shops in Delhi.", "ASSAULT")["cameo"] == "1712"
    assert one("Militants hurled a grenade at an army camp in Pulwama.", "ASSAULT")["cameo"] == "193"
    assert one("Unknown men threw petrol bombs at the house of a Congress leader.", "ASSAULT")["cameo"] == "183"
    assert not [e for e in code("The pitcher threw a fastball in the ninth inning.") if e["event"] == "ASSAULT"]


def test_protesters_stoning_riot_a_mob_beating_assaults():
    # written for rashomon after ACLED train-part notes: a crowd of protesters throwing stones is a violent
    # protest (CAMEO 145), a mob's beating is violence, not a protest
    assert one("Protesters threw stones at the police in Srinagar.", "PROTEST")["cameo"] == "145"
    assert _real_sides("Demonstrators threw rocks at the Kenyan police.", "PROTEST") == (["KENOPP"], ["KENCOP"])
    assert one("A mob threw stones at a journalist in Conakry.", "ASSAULT")["cameo"] == "182"


def test_whose_act_is_condemned_is_the_target_not_whom_it_was_aimed_at():
    # written for rashomon after a probe of our own caucasus-style sentences: "condemned Azerbaijan's shelling
    # of Stepanakert" was aimed at Stepanakert
    assert _real_sides("Armenia condemned Azerbaijan's shelling of Stepanakert.", "ACCUSE") == (["ARM"], ["AZE"])
    assert _real_sides("Turkey condemned the Israeli attack on Gaza.", "ACCUSE") == (["TUR"], ["ISR"])


def test_whose_position_is_backed_is_the_target():
    # written for rashomon after a probe: "backed Belgrade's position on Kosovo" went to Kosovo, and Belgrade was
    # the capital of Serbia and Montenegro, a country that ended in 2006
    assert _real_sides("Moscow backed Belgrade's position on Kosovo.", "SUPPORT")[1] == ["SRBGOV"]


def test_harm_done_by_nature_or_disease_is_no_assault():
    # written for rashomon after a probe: an earthquake that killed people was an ASSAULT on them
    for text in ("The earthquake killed 300 people in Turkey.", "Floods destroyed hundreds of homes in Pakistan.",
                 "The virus killed thousands in Iran.", "Twelve people were killed in the earthquake.",
                 "The storm hit the town on Monday."):
        assert not [e for e in code(text) if e["event"] in ("ASSAULT", "COERCE")], text
    # gunfire is someone's
    assert _real_sides("Israeli fire killed two Palestinians in Gaza.", "ASSAULT") == (["ISR"], ["PSE"])


def test_a_storm_by_its_name_is_no_assailant():
    # from probes of our own in the style of non-political news: "Hurricane Ida killed at least 40 people" was an assault
    for text in ("Hurricane Ida killed at least 40 people in the northeast.",
                 "Storm Ciara battered the coast, cutting power to thousands of homes.",
                 "Typhoon Rai destroyed thousands of houses in the central islands."):
        assert not [e for e in code(text) if e["event"] in ("ASSAULT", "COERCE")], text


def test_forces_massed_along_a_border_or_near_a_country_are_against_it():
    # written for rashomon after a probe: "massed troops along the Armenian border" had no target
    assert _real_sides("Azerbaijan massed troops along the Armenian border.", "MOBILIZE") == (["AZE"], ["ARM"])
    assert _real_sides("Russia massed 100,000 troops near Ukraine.", "MOBILIZE") == (["RUS"], ["UKR"])


def test_strikes_near_or_outside_a_place_are_aimed_at_its_country():
    # written for rashomon after a probe: "struck targets near Damascus" had no target
    assert _real_sides("Israeli jets struck targets near Damascus.", "ASSAULT") == (["ISRMIL"], ["SYR"])


def test_drones_hit_vehicles_and_missiles_pound_cities():
    # written for rashomon after a probe of war reporting the lexicon missed
    assert _real_sides("An Azerbaijani drone hit an Armenian military truck.", "ASSAULT")[1] == ["ARMMIL"]
    assert one("Government forces pounded rebel positions in Idlib.", "ASSAULT")["cameo"] == "190"


def test_support_for_a_countrys_integrity_or_sovereignty_is_support_for_it():
    # written for rashomon after a probe: "support for Azerbaijan's territorial integrity" had no target
    assert _real_sides("Turkey voiced support for Azerbaijan's territorial integrity.", "SUPPORT") == (["TUR"], ["AZE"])
    assert _real_sides("Iran reaffirmed its support for the territorial integrity of Azerbaijan.", "SUPPORT")[1] == ["AZE"]


def test_a_seat_named_as_where_a_treaty_is_signed_is_the_venue():
    # written for rashomon after a probe: "signed a peace treaty at the White House" made the US a party
    assert _real_sides("Israel and Bahrain signed a peace treaty at the White House.", "SUPPORT") == (["ISR", "BHR"], [])


def test_warplanes_sent_into_a_countrys_zone_are_a_show_of_force_not_aid():
    # written for rashomon after a probe: "sent 30 warplanes into Taiwan's air defence zone" was military aid
    assert _real_cameos("China sent 30 warplanes into Taiwan's air defence zone.") == ["150"]
    assert _real_cameos("Russia sent warships to Syria.") == ["072"]


def _real_cameos(text):
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", text, "2020-01-01")])
    return [e["cameo"] for e in events]


def test_armed_men_who_fire_with_no_object_named_shoot():
    # written for rashomon after a probe of reader comments: "Azerbaijan didn't shell anyone, Armenian troops fired
    # first" coded the denied shelling alone (a lexicon row for "fire" wanted an object or "on"/"at")
    assert _real_cameos("Armenian troops fired first.") == ["193"]
    assert "193" in _real_cameos("Police fired into the crowd.")
    # not what a company or a boss does
    assert _real_cameos("The company fired 200 workers.") == []
    assert _real_cameos("The manager was fired on Monday.") == []


def test_a_state_blocking_restricts_movement_people_blocking_protest():
    # written for rashomon after a probe and PLOVER train records: "Beijing blocked access" was a protest
    assert _real_cameos("Beijing blocked access to foreign news websites.") == ["191"]
    assert _real_sides("Azerbaijan blocked the Lachin corridor.", "COERCE")[0] == ["AZE"]
    assert one("Protesters blocked the main highway in Yerevan.", "PROTEST")["cameo"].startswith("144")
    assert _real_sides("Young Algerians blocked roads leading to the city centre.", "PROTEST")[0] == ["DZA"]


def test_an_agreement_to_a_truce_is_an_event_whoever_the_parties():
    # written for rashomon after a probe of CASE-style reports: "the two warring factions agreed to a truce" was
    # dropped for naming no known actor
    assert _real_cameos("The two warring factions agreed to a truce brokered by the church.") == ["030"]
    assert _real_cameos("The two companies agreed to a merger.") == []


def test_forces_that_leave_or_abandon_a_place_retreat_from_it_people_who_leave_are_displaced():
    # written for rashomon after probes: "abandoned their positions" and "left Aghdam district" were no events
    assert _real_sides("Armenian forces left Aghdam district under the ceasefire deal.", "RETREAT") == (["ARMMIL"], ["AZE"])
    assert _real_sides("Armenian troops abandoned the town of Shusha.", "RETREAT") == (["ARMMIL"], ["AZE"])
    assert _real_cameos("As a result, hundreds of Azerbaijanis left the district.") == []
    assert _real_cameos("Villagers abandoned their homes.") == []


def test_diplomatic_words_a_probe_found_missing():
    # written for rashomon after a probe of diplomatic news
    assert _real_sides("Britain expressed solidarity with Ukraine.", "SUPPORT") == (["GBR"], ["UKR"])
    assert _real_sides("Russia protested to Estonia over the removal of a Soviet monument.", "ACCUSE") == (["RUS"], ["EST"])
    assert _real_cameos("The Treasury blacklisted dozens of Iranian companies.") == ["160"]
    assert _real_sides("Turkish prosecutors issued arrest warrants for Swedish journalists.", "COERCE")[1] == ["SWEMED"]


def test_who_travels_for_talks_holds_them_and_discussing_is_with_someone():
    # written for rashomon after a probe: "Macron will travel to New Delhi for talks with Modi" had no source,
    # "discussed NATO membership with the Swedish prime minister" was aimed at NATO
    def countries(text):
        source, target = _real_sides(text, "CONSULT")
        return [c[:3] for c in source], [c[:3] for c in target]

    assert countries("Macron will travel to New Delhi next month for talks with Modi.") == (["FRA"], ["IND"])
    assert countries("Erdogan discussed NATO membership with the Swedish prime minister.") == (["TUR"], ["SWE"])


def _real_paragraph(text):
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", text, "2021-10-01")])
    return [
        (e["event"], [a["code"] for a in e["source"]], [a["code"] for a in e["target"]], (e["provenance"]["speaker"] or {}).get("code"))
        for e in events
    ]


def test_he_may_stand_for_a_person_named_by_office_and_the_two_sides_for_those_who_met():
    # written for rashomon after a probe paragraph: "Iran's foreign minister arrived ... He met President Aliyev"
    # left "He" unresolved, and "the two sides" after the meeting named no pair
    found = _real_paragraph("Iran's foreign minister arrived in Baku on Monday. He met President Aliyev. "
                            "The two sides agreed to reopen the Astara checkpoint.")
    assert ("CONSULT", ["IRNGOV"], ["AZEGOV"], None) in found, found
    assert ("AGREE", ["IRN", "AZE"], [], None) in found, found


def test_a_description_of_a_pair_ends_at_its_noun():
    # written for rashomon after a caucasus event of talks "between the 2 parties" that had no sides: the parser
    # hangs "in 2015" from "parties", and "the 2 parties in 2015" was no description
    found = _real_paragraph("Serbia and Kosovo traded accusations on Monday. There were attempts at negotiations "
                            "between the 2 parties in 2015, but they stalled.")
    assert ("CONSULT", ["SRB", "KSV"], [], None) in found, found
    # (and its sector is its noun's: "the two governments in 2015" are the two governments)
    found = _real_paragraph("Serbia and Kosovo traded accusations on Monday. Talks between the two governments in 2015 "
                            "stalled.")
    assert ("CONSULT", ["SRBGOV", "KSVGOV"], [], None) in found, found


def test_a_state_described_as_the_owner_of_its_own_act_is_no_target():
    # written for rashomon after a ConfliBERT train record changed this round: once "the Kingdom" read as the
    # country named before, an envoy "pledged the Kingdom's ... backing" to Saudi Arabia itself
    found = _real_paragraph("The Saudi envoy pledged the Kingdom's full backing for peace talks in Sudan.")
    assert found == [("AGREE", ["SAUGOV"], ["SDN"], None)], found


def test_participles_joined_to_a_passive_share_its_subject_and_agent():
    # written for rashomon after a probe: "The protesters were beaten and arrested" coded no arrest (the second
    # participle has no subject of its own), nor did "... beaten, arrested and later released" code the release
    found = _real_paragraph("The protesters were beaten, arrested and later released.")
    assert ("COERCE", [], ["OPP"], None) in found and ("RETREAT", [], ["OPP"], None) in found, found
    assert ("COERCE", [], ["MED"], None) in _real_paragraph("Two journalists were detained and questioned.")
    # an agent named once serves both: after the last participle, or after the first
    found = _real_paragraph("The Rohingya were beaten and robbed by soldiers.")
    assert ("ASSAULT", ["MIL"], [None], None) in found, found  # (a people the table does not know)
    found = _real_paragraph("The activist was arrested by police and later released.")
    assert ("RETREAT", ["COP"], ["OPP"], None) in found, found
    # a participle with its own "were" after an active verb is done to that verb's subject
    found = _real_paragraph("Rebels attacked the town and were repelled by government troops.")
    assert ("ASSAULT", ["MIL"], ["REB"], None) in found, found


def test_reported_possessives_and_first_person_plurals_are_the_speakers():
    # written for rashomon after a probe paragraph: "the ministry said Armenian forces shelled its positions"
    # had no target, "'Our troops returned fire,' the ministry said" no event, "It said" no speaker
    found = _real_paragraph("Azerbaijan's defence ministry said Armenian forces shelled its positions overnight. "
                            "'Our troops returned fire,' the ministry said.")
    # (a state's positions are its forces': AZEMIL since stop 39, AZEGOV before)
    assert ("ASSAULT", ["ARMMIL"], ["AZEMIL"], "AZEGOV") in found, found
    # (fire returned is aimed at whoever fired first: since stop 48, no one before)
    assert ("ASSAULT", ["AZEMIL"], ["ARMMIL"], "AZEGOV") in found, found
    found = _real_paragraph("Yerevan denied the claim. It said Azerbaijani troops had opened fire first.")
    assert found == [("ASSAULT", ["AZEMIL"], [], "ARMGOV")], found
    # the doer's own is no one it acts on
    assert _real_sides("Syria offered its troops to Lebanon's president.", "AGREE")[1] == ["LBNGOV"]


def test_a_denial_naming_no_target_denies_the_act_as_reported_before_it():
    # written for rashomon after the demo's claims: "We did not open fire" named no target, so it did not meet the
    # report it denies ("Armenian forces fired on Azerbaijani positions") in one claim
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Azerbaijan's defence ministry said Armenian forces fired on Azerbaijani positions. "
                                  "Armenia's defence ministry rejected that account. \"We did not open fire,\" a spokeswoman "
                                  "for Armenia's defence ministry said.", "2024-03-12")])
    denied = [e for e in events if e["provenance"]["modality"] == "denied"]
    assert denied and [a["code"] for a in denied[0]["target"]] == ["AZEMIL"], events  # (its positions: its forces)


def test_one_countrys_drill_stays_a_show_of_force_where_the_type_model_would_make_it_joint():
    # written for rashomon after a probe: the type model made "Azerbaijan conducted military exercises near the
    # Armenian border" military cooperation, a reading the lexicon keeps for joint drills
    assert _real_cameos("Azerbaijan conducted military exercises near the Armenian border.") == ["150"]
    assert _real_cameos("Russia and Belarus held joint military exercises.") == ["062"]


def test_probed_coercion_lawsuits_deployments_and_places():
    # written for rashomon after a probe of our own sentences
    assert _real_cameos("The junta dissolved the main opposition party.") == ["1722"]
    assert _real_sides("Armenia filed a case against Azerbaijan at the International Court of Justice.", "ACCUSE") == (["ARM"], ["AZE"])
    # arms and forces sent to no one named are deployed, not given
    assert _real_cameos("The Pentagon dispatched an aircraft carrier to the Gulf.") == ["154"]
    assert _real_sides("Russia sent warships to the Black Sea.", "MOBILIZE")[1] == [], "the Black Sea is not a town called Black"
    assert _real_sides("Pakistani jets carried out strikes inside Afghanistan.", "ASSAULT") == (["PAKMIL"], ["AFG"])


def test_a_by_phrase_that_measures_time_is_no_agent():
    # written for rashomon after a PLOVER train-part miss: "shortened by one hour the nightly curfew" read "one
    # hour" as who acted
    assert _real_sides("The curfew in Khartoum was extended by a month by the Sudanese government.", "COERCE")[0] == ["SDNGOV"]


def test_a_match_report_beats_no_one_but_violence_at_a_match_is_violence():
    # written for rashomon after a probe of sports sentences: "Brazil beat Argentina 2-0" was an ASSAULT
    assert _real_cameos("Brazil beat Argentina 2-0 in the World Cup qualifier.") == []
    assert _real_cameos("Real Madrid beat Barcelona 3-1 on Sunday.") == []
    # (and without a score, a final of a named cup or a basket attacked, from a probe of our own; a final offensive
    # is still war)
    assert _real_cameos("Brazil beat Argentina in the Copa America final.") == []
    assert _real_cameos("The Lakers attacked the basket relentlessly in the second half.") == []
    assert "190" in _real_cameos("Russia launched its final offensive and attacked Kyiv.")
    assert "190" in _real_cameos("Militants attacked a football match in Mogadishu, killing 10 fans.")
    # a date range or a count is no score
    assert _real_cameos("Azerbaijan shelled Armenian positions on 27-28 September, the ministry said.") == ["194"]
    assert "173" in _real_cameos("Police arrested 20-30 protesters in Yerevan.")


def test_another_persons_first_name_before_a_known_surname_is_not_that_person():
    # written for rashomon after a probe: "Russia's Daniil Medvedev beat Spain's Rafael Nadal" was Dmitry Medvedev
    # (RUSGOV); a variant spelling of the known first name still is the person ("Sergey" for "Sergei")
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "On Monday, Russia's Daniil Medvedev beat Spain's Rafael Nadal in Melbourne.", "2021-10-01")])
    assert all(a["code"] != "RUSGOV" for e in events for a in e["source"]), events
    assert _real_sides("Sergey Shoigu visited Damascus.", "CONSULT")[0] == ["RUSGOV"]


def test_probed_case_style_retreats_deployments_and_blockades():
    # written for rashomon after a probe of CASE-style reports
    assert _real_cameos("Around 300 militants laid down arms in a ceremony in Imphal.") == ["0873"]
    assert _real_cameos("The army vacated the school it had occupied for two years.")[0] == "0874"
    assert _real_cameos("Paramilitary forces were rushed to the district after the clashes.") == ["154"]
    # a blockade by activists obstructs as a protest does, one by a state restricts movement
    assert _real_cameos("Activists staged a road blockade on the national highway.") == ["144"]
    assert _real_cameos("Azerbaijan imposed a blockade on Karabakh.") == ["191"]
    # a peace accord signed is an event whoever the parties; a trade accord between unnamed parties is not
    assert _real_cameos("The rival groups signed a peace accord.") == ["057"]
    assert _real_cameos("The two companies signed a trade accord.") == []


def test_whose_decision_is_denounced_and_whose_government_is_backed_are_the_targets():
    # written for rashomon after a probe of diplomatic news: "denounced London's decision to send tanks to Kyiv"
    # was aimed at Kyiv, "voiced backing for Assad's government" at no one
    assert _real_sides("Moscow denounced London's decision to send tanks to Kyiv.", "ACCUSE") == (["RUSGOV"], ["GBRGOV"])
    assert _real_sides("The Kremlin voiced backing for Assad's government.", "SUPPORT")[1] == ["SYRGOV"]


def test_an_act_a_sentence_calls_a_lie_is_disputed():
    # written for rashomon after a probe of comment-thread phrasings: "It is a lie that Iran helped Armenia" held
    # the help as asserted
    assert one("It is a lie that Iran helped Armenia.", "AID")["modality"] == "disputed"
    assert one("It is a fact that Iran helped Armenia.", "AID")["modality"] == "asserted"


def test_a_hyphenated_event_noun_is_read_whole():
    # written for rashomon after a CASE train-part miss: "a die-in" (and "a sit-in") was no event, the tokenizer
    # splitting the word at its hyphen
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Dozens of students took part in a sit-in on Monday.", "2020-01-01")])
    assert [e["cameo"] for e in events] == ["141"]
    assert _real_cameos("Students staged a die-in on Monday.") == ["141"]
    assert _real_sides("Students staged a die-in on Monday.", "PROTEST")[0] == ["EDU"]


def test_forces_leaving_a_bastion_retreat_and_weapons_given_are_military_aid():
    # written for rashomon after CASE and ConfliBERT train-part misses: "began leaving their last bastion" and
    # "gave 625 new firearms to the Philippine Marines" were no events
    assert _real_sides("Rebel fighters began leaving their last bastion in the north on Tuesday.", "RETREAT")[0] == ["REB"]
    assert _real_sides("The US military gave 600 new rifles to the Philippine Marines.", "AID") == (["USAMIL"], ["PHLMIL"])
    assert _real_cameos("Iran supplied drones to Russia.") == ["072"]
    assert _real_cameos("The charity provided food to the refugees.") == ["070"]


def test_the_forces_an_act_would_send_are_not_its_target():
    # written for rashomon after a ConfliBERT train-part miss: "offered to send up to 30,000 troops to Somalia" was
    # aimed at the troops
    assert _real_sides("Britain has offered to send as many as 5,000 soldiers to hand out food.", "AGREE")[1] == []
    assert _real_sides("Iran threatened to send troops to the border.", "THREATEN")[1] == []


def test_calling_for_sanctions_threatens_them():
    # written for rashomon after ConfliBERT train-part misses: "called for sanctions against Turkey" was an appeal
    # (CAMEO 020); the PETRARCH2 pattern reads it as 1312
    assert _real_cameos("The Greek minister called for sanctions against Turkey.") == ["1312"]
    assert _real_cameos("The pope called for peace.") == ["020"]


def test_a_past_tense_parsed_as_describing_the_only_noun_is_its_verb():
    # written for rashomon after a probe of CASE-style reports: "The insurgents handed over the district to
    # government forces" was parsed as a noun with a description, and the hand-over had no source
    assert _real_sides("The insurgents handed over the district to government forces.", "RETREAT")[0] == ["REB"]


def test_a_military_post_opened_is_a_deployment():
    # written for rashomon after a probe of CASE-style reports (CASE files bases set up under HQ_ESTABLISHED)
    assert _real_sides("Turkey has opened a military outpost in northern Iraq.", "MOBILIZE") == (["TUR"], ["IRQ"])


def test_probed_wire_and_acled_style_reports():
    # written for rashomon after a probe of wire and ACLED-style reports of our own
    # a coalition led by a country is that country's forces
    assert _real_sides("The Saudi-led coalition carried out air strikes on rebel positions.", "ASSAULT")[0] == ["SAUMIL"]
    # the Houthis named by the adjective ("Houthi forces") are the Houthis
    assert _real_sides("Houthi forces fired mortar shells at Saudi border posts.", "ASSAULT") == (["YEMREBHTH"], ["SAUMIL"])
    # who holds the place attacked is whom the attack is aimed at
    assert _real_sides("Militants attacked a checkpoint manned by Kenyan police.", "ASSAULT")[1] == ["KENCOP"]
    # protesters setting fire to property riot, as stoning ones do
    assert one("Protesters torched a police station in the town.", "PROTEST")["cameo"] == "145"
    # a missile test is a show of force, whether "test-fired" or "a missile test"
    assert _real_cameos("Iran test-fired a new ballistic missile.") == ["150"]
    assert _real_cameos("North Korea conducted a missile test on Sunday.") == ["150"]
    assert _real_cameos("The students sat a test on Monday.") == []
    # schoolgirls are taken as students are
    assert _real_sides("Insurgents abducted 30 schoolgirls from a school.", "ASSAULT")[1] == ["EDU"]
    # the truce a violation breaks is no event of its own
    assert _real_cameos("NATO is deeply concerned by persistent violations of the ceasefire.") == ["196"]


def test_aung_san_suu_kyi_and_min_aung_hlaing_hold_their_offices_on_their_dates():
    # written for rashomon after a probe: "Myanmar's military detained Aung San Suu Kyi" left her unresolved
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Myanmar's military detained Aung San Suu Kyi.", "2021-06-01")])
    assert [[a["code"] for a in e["target"]] for e in events] == [["MMROPP"]]
    (events,) = code_texts([("x", "Suu Kyi met the Chinese foreign minister.", "2018-06-01")])
    assert [[a["code"] for a in e["source"]] for e in events] == [["MMRGOV"]]


def _real_modalities(text, by_trigger=False):
    """(PLOVER type, modality) of each event the whole stage codes in ``text`` alone (``by_trigger``: a dict of the
    modality of each event's trigger word)."""
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", text, "2021-06-01")])
    if by_trigger:
        return {e["eventText"]: e["provenance"]["modality"] for e in events}
    return [(e["event"], e["provenance"]["modality"]) for e in events]


def test_what_ought_to_be_done_is_not_asserted():
    # written for rashomon after a probe of comment-thread phrasings: "the government should resign" held the
    # resignation as asserted, so a reader's wish met the reports of what was done
    assert _real_modalities("Honestly, the government should resign after this mess.") == [("CONCEDE", "hypothetical")]
    assert _real_modalities("Azerbaijan must withdraw its troops from Armenian territory.") == [("RETREAT", "hypothetical")]
    # what must have been is inferred, not called for
    assert _real_modalities("Armenia must have attacked first.") == [("ASSAULT", "asserted")]


def test_where_a_group_is_is_not_who_it_is_and_who_flees_an_act_suffers_it():
    # written for rashomon after a probe of wire reports: "ambushed by suspected jihadists near the border with
    # Niger" was done by Niger, "Residents of Stepanakert fled the shelling" shelled
    source, _ = _real_sides("The convoy was ambushed by suspected jihadists near the border with Niger.", "ASSAULT")
    assert len(source) == 1 and source[0].endswith("REB"), source
    assert _real_sides("Residents of Stepanakert fled the shelling.", "ASSAULT") == ([], ["NKRCVL"])
    # whom a group belongs to is who it is ("rebels with the FARC"), and an act's noun is no group
    assert _real_sides("Leftist rebels with the Revolutionary Armed Forces of Colombia said they will release the "
                       "hostage.", "AGREE")[0] == ["COLREB"]


def test_forces_who_disperse_a_protest_hold_none():
    # written for rashomon after a probe of wire reports: the type model made "Security forces fired tear gas to
    # disperse hundreds of protesters" a protest by the security forces
    found = _real_paragraph("Security forces fired tear gas to disperse hundreds of protesters demanding the release of "
                            "detained activists.")
    assert ("ASSAULT", ["COP"], ["OPP"], None) in found, found
    assert all(not (kind == "PROTEST" and source == ["COP"]) for kind, source, _, _ in found), found
    # forces who do protest still do
    assert _real_paragraph("Soldiers staged a protest over unpaid wages.") == [("PROTEST", ["MIL"], [], None)]


def test_a_call_to_a_named_person_is_a_phone_call_and_a_date_calls_on_no_one():
    # written for rashomon after ConfliBERT train-part misses: "called President X on Wednesday" met the appeal
    # row's "on" through the date, and a call to a person was no consultation
    assert _real_paragraph("Prime Minister Boris Johnson called President Joe Biden on Friday.") == [
        ("CONSULT", ["GBRGOV"], ["USAGOV"], None)
    ]
    assert _real_cameos("The coach called the referee on Monday.") == []


def test_him_after_a_meeting_stands_for_whom_was_met_not_for_who_met():
    # written for rashomon after a ConfliBERT train-part miss ("called ... and urged him to ...")
    found = _real_paragraph("Joe Biden met Recep Tayyip Erdogan in Rome and urged him to show restraint.")
    assert ("REQUEST", ["USAGOV"], ["TURGOV"], None) in found


def test_weapons_fired_are_an_attack_where_the_parser_hangs_the_aim_elsewhere():
    # written for rashomon after ACLED train-part notes that had been events only through their opening date
    assert _real_cameos("On 3 May 2020, rebels fired mortars and grenade launchers at army positions near the village.") == ["194"]
    assert _real_cameos("The company fired its chief executive on Monday.") == []


def test_an_operation_against_a_group_is_an_attack_on_it_whatever_its_name():
    # written for rashomon after a ConfliBERT train-part miss: the parser hangs "against" from the operation's name
    assert _real_sides("The army launched an operation against militants in the north.", "ASSAULT")[1] == ["REB"]
    assert _real_sides("The army launched a military operation, Operation Dawn, against the rebels.", "ASSAULT")[1] == ["REB"]


def test_aid_for_people_in_a_country_is_aid_to_that_country():
    # written for rashomon after ConfliBERT train-part misses (aid "for" people "in" a country); since the parser's
    # dative "to" is read, the people themselves (PAKCVL, was the country PAK), as the families in Yemen below
    assert _real_sides("The EU provided aid to people affected by floods in Pakistan.", "AID") == (["IGOEUREEC"], ["PAKCVL"])
    found = _real_sides("The Federal Foreign Office gave 5 million euros for shelters for families in Yemen.", "AID")
    assert found == (["DEUGOV"], ["YEMCVL"])


def test_aid_given_to_do_something_in_a_country_is_aid_to_that_country():
    # written for rashomon after ConfliBERT train-part misses (what aid is given for, done in a country)
    assert _real_sides("Japan gave 10 million dollars to fight the cholera outbreak in Haiti.", "AID") == (["JPN"], ["HTI"])
    found = _real_sides("Germany gave 300 million euros to promote investment and economic growth in Ghana.", "AID")
    assert found == (["DEU"], ["GHA"])
    assert _real_sides("Qatar donated $20 million, helping rebuild schools in Lebanon.", "AID") == (["QAT"], ["LBN"])
    # a recipient named outranks where what it does is done
    assert _real_sides("Iran gave weapons to the Houthis to attack ships in Yemen.", "AID") == (["IRN"], ["YEMREBHTH"])


def test_a_withdrawal_promised_is_aimed_at_whom_it_leaves_and_forces_withdrawing_are_not_theirs():
    # written for rashomon after ConfliBERT train-part misses ("willing to withdraw its troops from ...")
    assert _real_sides("Russia agreed to pull its forces out of Georgia.", "AGREE") == (["RUS"], ["GEO"])
    # a probe of our own sentences: forces completed from their context were given the country they left
    assert _real_sides("The army withdrew from the Gaza Strip in 2005.", "RETREAT") == (["MIL"], ["PSE"])
    found = _real_paragraph("Russia said on Monday that troops had withdrawn from Kherson.")
    assert ("RETREAT", ["RUSMIL"], ["UKR"], "RUS") in found
    # released prisoners are another matter: they may be the releaser's own people
    assert _real_sides("Iranian authorities released two British nationals.", "RETREAT") == (["IRNGOV"], ["GBRCVL"])


def test_cyber_attacks_and_hacking_are_coercion_in_plovers_cyber_mode():
    # written for rashomon after a ConfliBERT train-part miss (cyber-attacks coded as nothing)
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Russian hackers carried out a cyber-attack on the Ukrainian defence ministry.", "2022-01-01")])
    assert [(e["event"], e["mode"], [a["code"] for a in e["target"]]) for e in events] == [("COERCE", "cyber", ["UKRGOV"])]
    assert _real_sides("Iranian hackers launched cyberattacks on Azerbaijani banks.", "COERCE") == (["IRN"], ["AZEBUS"])
    found = _real_sides("Hackers hacked the website of the Azerbaijani foreign ministry.", "COERCE")
    assert found[1] == ["AZEGOV"]
    # hacking people to death is killing them, not hacking
    assert _real_sides("Militants hacked two villagers to death in Mali.", "ASSAULT")[1] == ["MLICVL"]


def test_a_protest_named_without_its_protesters_is_theirs_whom_the_police_arrest():
    # written for rashomon after a ConfliBERT train-part miss ("... detained dozens of demonstrators ... as
    # protests continued": the protest, filed first as event data files a protest with intervention, had no one)
    found = _real_paragraph("Georgian police detained dozens of demonstrators in Tbilisi as protests continued.")
    assert found[0] == ("PROTEST", ["GEOOPP"], [], None)
    assert ("COERCE", ["GEOCOP"], ["GEOOPP"], None) in found
    # those arrested who are no crowd of protesters did not protest
    found = _real_paragraph("Police arrested two journalists in Baku as protests continued.")
    assert ("PROTEST", [], [], None) in found


def test_a_discussion_had_with_someone_consults_them():
    # written for rashomon after a ConfliBERT train-part miss ("had lunch with ..."; a meal is left out, as
    # people who are no actors have them)
    found = _real_paragraph("Vladimir Putin had a long discussion with Recep Tayyip Erdogan.")
    assert found == [("CONSULT", ["RUSGOV"], ["TURGOV"], None)]
    assert _real_cameos("The company had a bad year.") == []


def test_a_protest_against_what_someone_owns_is_aimed_at_the_owner():
    # written for rashomon after ConfliBERT train-part misses (a protest of what an authority failed to do)
    assert _real_sides("Russian farmers protested against the government's new farm laws.", "PROTEST") == (["RUSAGR"], ["RUSGOV"])
    found = _real_paragraph("Alexei Navalny went on hunger strike to protest the government's refusal to free his aides.")
    assert ("PROTEST", ["RUSOPP"], ["RUSGOV"], None) in found


def test_people_held_as_shields_are_held_and_tariffs_cut_ease_trade():
    # written for rashomon after ConfliBERT train-part misses
    assert _real_cameos("The militants are holding villagers as human shields in the school.") == ["173"]
    assert _real_sides("China cut tariffs on American goods.", "RETREAT") == (["CHN"], ["USA"])
    assert _real_cameos("The shop cut prices on its phones.") == []


def test_a_denial_that_does_not_restate_what_it_denies_denies_what_was_reported_before_it():
    # written for rashomon after a probe of our own wire-style sentences: "Kyiv rejected the accusation" was no
    # event, "Kyiv denied the accusation" an accusation by Kyiv, and neither denied the attack reported before it
    for denial in ("Kyiv rejected the accusation.", "Ukraine denied it.", "Kyiv dismissed the claim as a lie.",
                   "Kyiv called the report a fabrication."):
        found = _real_paragraph(f"Russia accused Ukraine of attacking a power plant in Zaporizhzhia. {denial}")
        assert found[0][0] == "ACCUSE", found
        denied = [e for e in found if e[0] == "ASSAULT"]
        assert len(denied) == 2 and denied[1][1] == ["UKR"] and denied[1][3] in ("UKR", "UKRGOV"), (denial, found)
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Russia said Ukraine attacked a power plant. Kyiv rejected the accusation.", "2023-01-01")])
    assert [e["provenance"]["modality"] for e in events] == ["asserted", "denied"]
    # a denial that names what it denies is read by its own words, and a verb set beside a denial is not denied
    (events,) = code_texts([("x", "Russia said Ukraine attacked a power plant. Kyiv denied allegations of torture.", "2023-01-01")])
    assert [e["provenance"]["modality"] for e in events] == ["asserted"]
    found = _real_paragraph("The army denied the charge and blamed the rebels for the attack.")
    assert [e[0] for e in found] == ["ACCUSE", "ASSAULT"]  # the attack the rebels are blamed for
    (events,) = code_texts([("x", "The army denied the charge and blamed the rebels for the attack.", "2023-01-01")])
    assert events[0]["provenance"]["modality"] == "asserted"


def test_probed_forces_named_by_their_weapons_and_hostages_taken():
    # written for rashomon after a probe of our own wire-style sentences
    assert _real_sides("Ukrainian drones struck an oil refinery in Bryansk.", "ASSAULT") == (["UKRMIL"], ["RUS"])
    assert _real_sides("Ethiopian federal troops recaptured the town.", "ASSAULT")[0] == ["ETHMIL"]
    assert _real_cameos("Gunmen took three foreigners hostage.") == ["181"]
    assert _real_sides("Armenia froze its participation in the CSTO.", "SANCTION") == (["ARM"], ["IGOCASCST"])


def test_who_comes_under_fire_is_attacked_by_whom_it_comes_from():
    # written for rashomon after a probe of our own Caucasus-style sentences
    found = _real_sides("Russian peacekeepers came under fire from Azerbaijani positions near Lachin.", "ASSAULT")
    assert found == (["AZEMIL"], ["RUSMIL"])  # (positions: the forces holding them)
    assert _real_cameos("Prices came under pressure.") == []
    # and a statement dismissed is what it said, denied
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Russia said Azerbaijani troops attacked its peacekeepers. Baku dismissed the statement.", "2022-01-01")])
    assert [e["provenance"]["modality"] for e in events] == ["asserted", "denied"]


def test_an_act_one_is_blamed_for_is_the_blamed_ones_and_a_part_denied_is_in_ones_own_acts():
    # written for rashomon after a probe of our own wire-style sentences: "blamed Iran for the attack" coded no
    # attack, "denied involvement in the attack" an attack by no one, and "Hamas denied responsibility" nothing
    found = _real_paragraph("Israel blamed Iran for the attack on the tanker. Tehran denied involvement in the attack.")
    assert ("ASSAULT", ["IRN"], [], "ISR") in found and ("ASSAULT", ["IRNGOV"], [], "IRNGOV") in found, found
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Hamas fighters attacked the border post, Israeli officials said. Hamas denied responsibility.", "2023-01-01")])
    assert [(e["event"], e["provenance"]["modality"]) for e in events] == [("ASSAULT", "asserted"), ("ASSAULT", "denied")]
    # a part denied is in one's own acts only: not in an act someone else is reported to have done
    (events,) = code_texts([("x", "Russian troops shelled the town, Ukrainian officials said. Iran denied any involvement.", "2023-01-01")])
    assert [e["provenance"]["modality"] for e in events] == ["asserted"]


def test_probed_opinion_style_sentences():
    # written for rashomon after a probe of our own opinion-style Caucasus sentences: an act the West did nothing
    # to stop was coded as stopped (a de-escalation), the President was coded by the table's dates as the head of
    # the judiciary, mockery and a consulate opened were no events
    assert _real_cameos("The West has done nothing to stop the ethnic cleansing of the region.") == ["201"]
    assert _real_cameos("Israel halted its air strikes on Gaza.") == ["087"]
    from rashomon.engine.code import code_texts

    # (dated in his term at the judiciary, as an article written later about that time may be)
    (events,) = code_texts([("x", "Armenian Prime Minister Nikol Pashinyan met Iranian President Ebrahim Raisi.", "2021-06-01")])
    assert [[a["code"] for a in e["target"]] for e in events] == [["IRNGOV"]]
    assert _real_sides("Aliyev mocked the Iranian drills.", "ACCUSE")[0] == ["AZEGOV"]
    assert _real_cameos("Iran opened a consulate in Kapan.") == ["050"]


def test_probed_comment_style_sentences():
    # written for rashomon after a probe of our own comment-style sentences
    from rashomon.engine.code import code_texts

    def read(text):
        (events,) = code_texts([("x", text, "2022-01-01")])
        return [(e["event"], [a["code"] for a in e["source"]], [a["code"] for a in e["target"]], e["provenance"]["modality"]) for e in events]

    # an auxiliary two joined verbs share is each one's ("should stop whining and recognise" ought to be done)
    assert read("The Iranians should stop whining and recognise Azerbaijan's borders.")[0][3] == "hypothetical"
    # forces sent by another nation do what they are sent to do, and whom they fight for is no target of the
    # fight; the forces sent are no target of the sending either (it is military aid to whom they fight for)
    found = read("Turkey sent Syrian mercenaries to fight for Azerbaijan.")
    assert found == [("AID", ["TUR"], ["AZE"], "asserted"), ("ASSAULT", ["SYRREB"], [], "asserted")], found
    # weapons used against someone attack them; used against no one, they attack no one
    assert read("Azerbaijan used cluster munitions against civilians in Stepanakert.")[0][:2] == ("ASSAULT", ["AZE"])
    assert read("The company uses rockets to launch satellites.") == []
    # another's attempt that one opposes is neither one's own act nor one begun
    found = [e for e in read("Tehran would oppose any attempt to close the border with Armenia.") if e[0] == "COERCE"]
    assert found and found[0][1] == [] and found[0][3] == "hypothetical", found


def test_probed_south_asian_protest_words():
    # written for rashomon after a probe of our own CASE-style sentences from South Asian news
    assert _real_sides("Police lathicharged the protesters outside the collectorate.", "ASSAULT") == (["COP"], ["OPP"])
    assert _real_cameos("Members of the student union gheraoed the vice-chancellor over the fee hike.") == ["144"]
    assert _real_cameos("The government imposed Section 144 in the town.") == ["172"]
    assert _real_sides("Maoists torched three vehicles in Dantewada.", "ASSAULT")[0] == ["INDREB"]  # (the town's country)


def test_a_junta_is_the_military_that_seized_power():
    # written for rashomon after a probe of our own West African sentences: the junta detaining the president
    # was the government acting on itself, and so had no target
    assert _real_sides("The military junta in Niger detained President Mohamed Bazoum.", "COERCE") == (["NERMIL"], ["NERGOV"])


def test_its_forces_attacked_are_its_own_and_another_does_not_shell_its_own():
    # written for rashomon after a probe of our own Caucasus-style sentences: the owner of a passive's subject was
    # taken for the doer's own, so "its peacekeepers had been attacked" had no target; "Armenian forces shelled
    # its positions" had Armenia shelling its own (the ministry's country is not named: no one is better)
    assert _real_paragraph("Russia said its peacekeepers had been attacked.")[0][2] == ["RUSMIL"]  # (its forces: below)
    # (and, since a speaker of no country named who tells of a state's attack is taken as of another, the ministry
    # is of no country: its positions are of none, not Armenia's)
    assert not any(c.startswith("ARM") for c in _real_paragraph("The ministry said Armenian forces shelled its positions.")[0][2])


def test_probed_agreements_signed_ended_and_left():
    # written for rashomon after a probe of our own sentences from several regions: a pact signed was no event,
    # an agreement ended was coded as one signed, a treaty left was a troop withdrawal (PLOVER files leaving a
    # treaty or an organisation under SANCTION, mode withdraw), and the capital that names an accord its target
    assert _real_sides("Chad and Niger signed a security pact in N'Djamena.", "SUPPORT")[0] == ["TCD", "NER"]
    assert _real_cameos("Mali's junta ended its defence agreement with France.") == ["161"]
    assert _real_cameos("Russia suspended the arms treaty.") == ["160"]
    assert _real_sides("Washington pulled out of the Paris climate accord.", "SANCTION") == (["USAGOV"], [])
    assert _real_cameos("Australia withdrew from the trade agreement with Peru.") == ["161"]
    assert _real_cameos("Hungary left the alliance in May.") == ["161"]
    # troops still withdraw
    assert _real_cameos("Syrian troops withdrew from the border town.") == ["0874"]
    assert _real_cameos("Syrian troops pulled out of Raqqa.") == ["0874"]


def test_probed_breaches_trade_bans_and_missiles():
    # written for rashomon after the same probe: sanctions evaded and agreements violated were sanctions imposed
    # and agreements signed by whoever broke them; a ban on a country's goods had no target; a missile fired
    # was no event unless aimed "at" someone
    assert "160" not in _real_cameos("The bank helped Venezuela evade sanctions.")
    assert "057" not in _real_cameos("Kyiv accused Moscow of violating the Minsk agreements.")
    assert _real_sides("Moscow banned imports of Moldovan wine.", "COERCE") == (["RUSGOV"], ["MDA"])
    assert _real_cameos("Moscow banned imports of Moldovan wine.") == ["163"]
    assert _real_sides("Beijing suspended imports of Taiwanese fruit.", "SANCTION") == (["CHNGOV"], ["TWN"])
    assert _real_cameos("Rebels fired a missile that hit the airport.")[0] == "195"
    assert _real_sides("Hezbollah fired two missiles at an Israeli army post.", "ASSAULT") == (["LBNREBHZB"], ["ISRMIL"])
    assert _real_cameos("North Korea test-fired a missile on Sunday.") == ["150"]


def test_probed_wire_reports_of_two_sides():
    # written for rashomon after a probe of our own two-sided wire paragraphs: the one accused of an act did it
    # also where the parser hangs the "of" from them; a report called "disinformation" (parsed as a compound of
    # what it is called) and a denial by "the Armenian side" (a nationality word, no name) denied nothing
    found = _real_paragraph("Baku accused Armenian troops of opening fire on its positions. "
                            "The Armenian side called the report disinformation.")
    assert ("ASSAULT", ["ARMMIL"], ["AZEMIL"], "AZEGOV") in found, found  # (AZEGOV before stop 39)
    assert ("ASSAULT", ["ARMMIL"], ["AZEMIL"], "ARM") in found, found
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Azerbaijan said Armenian forces shelled Tovuz. Yerevan called the report disinformation.", "2020-07-13")])
    assert [e["provenance"]["modality"] for e in events] == ["asserted", "denied"]
    (events,) = code_texts([("x", "Azerbaijan said Armenian forces shelled Tovuz. Yerevan called the report a success.", "2020-07-13")])
    assert [e["provenance"]["modality"] for e in events] == ["asserted"]


def test_what_a_vote_or_talks_are_on_is_not_done():
    # written for rashomon after the same probe: a referendum on annexing a region was an annexation
    from rashomon.engine.code import code_texts

    def modalities(text):
        (events,) = code_texts([("x", text, "2023-12-01")])
        return {e["cameo"]: e["provenance"]["modality"] for e in events}

    assert modalities("Caracas held a referendum on annexing the disputed region.").get("192") == "hypothetical"
    assert modalities("The parliament approved a bill on expelling the inspectors.").get("166") == "hypothetical"
    assert modalities("The junta insisted on expelling the inspectors.").get("166") != "hypothetical"


def test_a_reaction_to_an_act_named_before_is_aimed_at_its_doer():
    # written for rashomon after the same probe: "London condemned the seizure" had no target, though the
    # sentence before says who seized the tanker
    found = _real_paragraph("Iran's Revolutionary Guards seized a Greek tanker on Friday. London condemned the seizure.")
    assert found[-1][:3] == ("ACCUSE", ["GBRGOV"], ["IRNMIL"]), found
    found = _real_paragraph("Russian forces shelled Kharkiv overnight. Kyiv condemned the attack.")
    assert found[-1][:3] == ("ACCUSE", ["UKRGOV"], ["RUSMIL"]), found
    found = _real_paragraph("Police detained forty protesters in Minsk. The EU condemned the detentions.")
    assert found[-1][:3] == ("ACCUSE", ["IGOEUREEC"], ["BLRCOP"]), found
    # not one's own act, nor what the noun does not name
    assert _real_paragraph("Israel struck targets in Gaza. Israel defended the strikes.")[-1][2] == []
    assert _real_paragraph("Russian forces shelled Kharkiv overnight. Kyiv condemned the silence of the UN.")[-1][2] != ["RUSMIL"]


def test_what_went_without_and_a_note_of_protest():
    # written for rashomon after a probe of our own diplomatic sentences: "ended without agreement" was an
    # agreement signed, and "handed a note of protest" a street protest beside the complaint
    assert "057" not in _real_cameos("The talks in Vienna ended without agreement.")
    assert _real_cameos("The ministry handed the Iranian envoy a note of protest.") == ["114"]


def test_probed_legal_and_siege_verbs():
    # written for rashomon after a probe of our own wire sentences: the one indicted for an act was not its doer
    # (the indicting state was), and a city besieged was no event
    found = _real_paragraph("Prosecutors in Washington indicted three Iranian hackers for attacking US hospitals.")
    assert [e[1] for e in found if e[0] == "ASSAULT"] == [["IRN"]], found
    assert _real_sides("Russian forces besieged the city for three months.", "COERCE")[0] == ["RUSMIL"]


def test_a_sector_noun_owned_by_its_is_its_owners_and_a_town_tagged_as_an_organisation_is_a_place():
    # written for rashomon after a probe of two reports of our own from opposed capitals: "its aircraft" in the
    # ministry's denial was the ministry (RUSGOV), where the report it denies names Russian aircraft (RUSMIL); and
    # a town the tagger called an organisation in one sentence placed nothing ("a hospital in Mariupol")
    found = _real_paragraph("Moscow's defence ministry said its aircraft had not struck any targets in Kharkiv.")
    assert found[0][1] == ["RUSMIL"], found
    assert _real_paragraph("Turkey said two of its citizens were detained in Iraq.")[0][2] == ["TURCVL"]
    # the doer's own forces are no target ("offered its troops to Lebanon")
    assert _real_paragraph("Syria offered its troops to Lebanon's new president.")[0][2] == ["LBNGOV"]
    found = _real_paragraph("Russian aircraft bombed a hospital in Mariupol on Wednesday, Ukrainian officials said.")
    assert found[0][2] == ["UKRHLH"], found


def test_troops_sent_or_massed_at_a_border_are_a_deployment_towards_the_neighbour():
    # written for rashomon after a probe of our own Balkan sentences: "sending troops to the border with Kosovo"
    # was military aid to Kosovo, and troops massed on a border no event
    assert _real_sides("Belgrade sent troops to the border with Kosovo.", "MOBILIZE") == (["SRBGOV"], ["KSV"])
    assert _real_sides("Russia has massed troops on the border with Ukraine.", "MOBILIZE") == (["RUS"], ["UKR"])
    assert _real_cameos("Turkey sent troops to Azerbaijan.") == ["072"]  # to a country: aid, as before


def test_probed_headline_verbs():
    # written for rashomon after a probe of our own headlines: a city hit with missiles, drones downed, entry
    # barred and a country hit with sanctions were no events
    assert _real_sides("Russia hits Kyiv with missiles and drones", "ASSAULT") == (["RUS"], ["UKR"])  # the city, of its country
    assert _real_sides("Ukraine downs 30 Russian drones overnight", "ASSAULT") == (["UKR"], ["RUSMIL"])
    assert _real_cameos("Georgia bars entry to a Russian opposition journalist") == ["172"]
    assert _real_sides("The US hit Russia with new sanctions.", "SANCTION") == (["USA"], ["RUS"])
    assert _real_cameos("Shares hit a record high on Monday.") == []


def test_a_town_tagged_as_a_person_after_a_verb_of_force_is_a_town():
    # written for rashomon after the same probe: "shelled Kharkiv" had no target (the small model tags the town
    # a person); a person's name after another verb stays a person ("arrested Jackson" is not the USA)
    assert _real_sides("Russian forces shelled Kharkiv overnight.", "ASSAULT") == (["RUSMIL"], ["UKR"])
    assert _real_sides("Police arrested Jackson on Monday.", "COERCE")[1] != ["USA"]


def test_a_headlines_list_of_doers_is_each_a_doer():
    # written for rashomon after the same probe of headlines: "US, UK strike ..." had the UK alone as the doer
    assert _real_sides("US, UK strike Houthi targets in Yemen", "ASSAULT")[0] == ["USA", "GBR"]
    assert _real_sides("Russia, Belarus launch joint drills", "COOPERATE")[0] == ["RUS", "BLR"]
    assert _real_sides("On Monday, Russia shelled Kharkiv.", "ASSAULT")[0] == ["RUS"]


def test_probed_opposition_meals_and_counterparts():
    # written for rashomon after a probe of our own wire sentences: opposition supporters detained had no target,
    # a working dinner or lunch with a leader was no meeting, and an unnamed minister meeting "his Azerbaijani
    # counterpart" took the counterpart's country
    assert _real_sides("Police in Minsk detained hundreds of opposition supporters on Sunday.", "COERCE") == (
        ["BLRCOP"], ["BLROPP"])
    found = _real_paragraph("Belarusian police detained dozens of supporters of opposition leader Maria Kolesnik.")
    assert found[0][2] == ["BLROPP"], found
    assert _real_sides("The Turkish president held a working dinner with the German chancellor.", "CONSULT") == (
        ["TURGOV"], ["DEUGOV"])
    assert _real_sides("The prime minister had lunch with the Kenyan president in Nairobi.", "CONSULT")[1] == ["KENGOV"]
    assert _real_cameos("The envoy dined with the Greek foreign minister in Athens.") == ["040"]
    found = _real_paragraph("The minister met his Azerbaijani counterpart in Baku.")
    assert found[0][1] != ["AZEGOV"] and found[0][2] == ["AZEGOV"], found


def test_what_a_statement_or_resolution_does_its_issuer_does():
    # written for rashomon after a probe of our own diplomatic sentences: "issued a statement condemning ..." had
    # no source (the statement, no actor, was taken for the doer)
    assert _real_sides("Norway issued a statement condemning the raids on Aleppo.", "ACCUSE")[0] == ["NOR"]
    assert _real_sides("The UN passed a resolution condemning the coup in Myanmar.", "ACCUSE") == (["IGOUNO"], ["MMR"])
    assert _real_sides("Amnesty International published a report accusing Israel of apartheid.", "ACCUSE")[0] == [
        "NGOHRIAMN"]
    assert _real_sides("A letter from the EU urging Hungary to drop the law was published.", "REQUEST") == (
        ["IGOEUREEC"], ["HUN"])
    assert _real_sides("Ankara's statement accusing Athens of provocations was read on television.", "ACCUSE") == (
        ["TURGOV"], ["GRCGOV"])


def test_an_unnamed_side_is_not_of_the_country_it_acts_against_and_a_town_names_a_country():
    # written for rashomon after a probe of our own sentences: "the ministry" accusing Armenia, and lawmakers
    # calling for sanctions on Turkey, took the country of the one they act against; "the government" protesters
    # in a named town rallied against had no country
    assert _real_sides("The ministry accused Armenia of shelling villages.", "ACCUSE") == (["GOV"], ["ARM"])
    assert _real_sides("Lawmakers called for sanctions against Turkey.", "THREATEN")[0] == ["LEG"]
    # acts within one country keep it: the rebels of a civil war, the police of the protesters they arrest
    assert _real_sides("Rebels attacked army positions in Syria.", "ASSAULT")[0] == ["SYRREB"]
    assert _real_sides("Police arrested Iranian protesters in Tehran.", "COERCE") == (["IRNCOP"], ["IRNOPP"])
    assert _real_sides("Protesters in Istanbul rallied against the government.", "PROTEST") == (["TUROPP"], ["TURGOV"])


def test_forces_owned_by_whoever_speaks_for_a_group_and_government_troops():
    # written for rashomon after a probe of our own conflict sentences: "his fighters" and "his forces" after a
    # rebel commander or a group's leader said so had no doer, and "government troops" were the government
    assert _real_sides("Rebel commander Musa Adam said his fighters attacked an army base near Kadugli.",
                       "ASSAULT")[0] == ["SDNREB"]  # fmt: skip  (Kadugli is in Sudan)
    assert _real_sides("The Houthi leader said his forces had fired missiles at Saudi Arabia.", "ASSAULT") == (
        ["YEMREBHTH"], ["SAU"])
    # a state's official's own are the state's
    assert _real_sides("Serbia's defence minister said his troops had shelled no village.", "ASSAULT")[0] == ["SRBMIL"]
    assert _real_sides("Rebels attacked government troops in Syria.", "ASSAULT") == (["SYRREB"], ["SYRMIL"])


def test_an_armed_sides_places_and_columns_are_that_side():
    # written for rashomon after a probe of our own conflict sentences: the target of shelled "rebel positions",
    # a stormed "army base", an attacked "police station" and hit "Ukrainian positions" was the town or the country
    assert _real_sides("Troops shelled rebel positions near Idlib on Tuesday.", "ASSAULT") == (["SYRMIL"], ["SYRREB"])
    assert _real_sides("Militants stormed an army base in northern Mali.", "ASSAULT")[1] == ["MLIMIL"]
    assert _real_sides("Gunmen attacked a police station in Zamfara state.", "ASSAULT")[1] == ["NGACOP"]
    assert _real_sides("Russian forces hit Ukrainian positions near Bakhmut.", "ASSAULT") == (["RUSMIL"], ["UKRMIL"])
    # not a thing of no armed side: an oil depot stays the town's country
    assert _real_sides("Drones struck an oil depot in the Russian city of Bryansk.", "ASSAULT")[1] == ["RUS"]


def test_a_deal_between_firms_of_no_country_is_business_news():
    # written for rashomon after the count fix above made "two companies" a sector: a merger agreed by firms no
    # country is named for is commerce, not an event; firms of a named country dealing with a state still are
    assert _real_cameos("Two firms signed a deal on Monday.") == []
    assert _real_cameos("The three companies agreed to a merger.") == []
    assert _real_sides("Iranian companies signed a deal with Russia.", "SUPPORT") == (["IRNBUS"], ["RUS"])


def test_an_act_drawn_from_others_is_theirs_and_a_boat_blocked_is_restricted():
    # written for rashomon after a probe of our own wire sentences: "drew condemnation from the EU" made the
    # attacker the condemner, and a coast guard blocking a supply boat was no event
    found = _real_paragraph("Russia's attack on Ukraine drew condemnation from the European Union.")
    assert ("ACCUSE", ["IGOEUREEC"], ["RUS"], None) in found, found
    assert _real_sides("Israel's strike drew criticism from Egypt and Jordan.", "ACCUSE") == (["EGY", "JOR"], ["ISR"])
    assert _real_sides("The Chinese coast guard blocked a Philippine supply boat near the shoal.", "COERCE") == (
        ["CHNMIL"], ["PHL"])


def test_calling_someone_a_name_is_criticism_not_a_phone_call():
    # written for rashomon after a probe of our own sentences: "called the opposition leader a traitor" was a phone
    # call (the leader read as a person called); calling someone a criminal stays an accusation of a crime (1121)
    assert _real_cameos("The minister called the opposition leader a traitor on Tuesday.") == ["111"]
    assert _real_cameos("The president called the minister a fool.") == ["111"]
    assert _real_cameos("President Aliyev called President Erdogan on Monday.") == ["041"]


def test_probed_crowds_lawyers_protests_and_hyphenated_verbs():
    # written for rashomon after a probe of our own CASE-style sentences: a mob, a crowd, lawyers and shopkeepers
    # were no one (Phoenix's agents file a mob and a shopkeeper as civilians, a lawyer as the judiciary), whoever
    # did something "in protest" was not the one protesting, and the first part of a verb written with a hyphen
    # ("lathi-charged", "test-fired") was read as its subject
    assert _real_sides("A mob attacked a police station in Bihar after the arrest of a local leader.",
                       "ASSAULT") == (["INDCVL"], ["INDCOP"])  # fmt: skip
    assert _real_sides("An angry crowd threw stones at the police in Karachi.", "PROTEST") == (["PAKCVL"], ["PAKCOP"])
    assert _real_sides("Lawyers boycotted the courts in Lahore in protest against the attack.", "PROTEST")[0] == ["PAKJUD"]
    assert _real_sides("Shopkeepers in Srinagar kept their shops closed in protest against the killing.",
                       "PROTEST")[0] == ["INDCVL"]  # fmt: skip
    assert _real_sides("Police baton-charged the protesters in Dhaka.", "ASSAULT") == (["BGDCOP"], ["BGDOPP"])
    assert _real_sides("Police lathi-charged the protesters in Patna.", "ASSAULT") == (["INDCOP"], ["INDOPP"])
    assert _real_sides("The army test-fired a cruise missile off the coast of Pakistan.", "MOBILIZE")[0] == ["PAKMIL"]


def test_probed_leaders_of_acts_mine_victims_and_sentence_initial_groups():
    # written for rashomon after a probe of our own CASE-style sentences: the leader of a strike was the
    # government (a bare "leader"), the victims of a landmine their vehicle ran onto were its layers, a group
    # the tagger called an organisation for its sentence-initial capital ("Farmers") was no one, and bullets
    # sprayed were no shooting
    assert _real_sides("Police in Harare arrested the leader of the strike on Monday.", "COERCE") == (["ZWECOP"], ["ZWEOPP"])
    assert _real_sides("Leaders of the uprising were executed by the army in Myanmar.", "ASSAULT") == (
        ["MMRMIL"], ["MMRREB"])
    kills = _real_paragraph("Four soldiers were killed when their vehicle hit a landmine in northern Mali.")
    assert kills and all(e[1] == [] for e in kills), kills  # no doer: whoever laid the mine is not named
    assert ("ASSAULT", [], ["MLIMIL"], None) in kills, kills
    assert _real_sides("A bus carrying pilgrims hit a mine in Afghanistan, killing eleven.", "ASSAULT") == ([], ["AFGCVL"])
    assert _real_sides("Farmers dumped vegetables on a highway in Kenya to protest low prices.", "PROTEST")[0] == ["KENAGR"]
    assert _real_sides("Gunmen sprayed bullets at worshippers leaving a mosque in Kano.", "ASSAULT") == (
        ["NGAUAF"], ["NGACVL"])


def test_probed_wire_directions_territorial_claims_alerts_and_statements_vetoed():
    # written for rashomon after a probe of our own wire sentences: "the North" was North, South Carolina (USA),
    # rejecting China's claims over islands was read as denying blame (no event), an army put on alert had no
    # one putting it there, and the EU statement Hungary vetoed was Hungary's own condemnation
    assert _real_sides("The South Korean government warned the North against further missile launches.",
                       "THREATEN") == (["KORGOV"], [])  # fmt: skip
    assert _real_sides("Vietnam rejected China's claims over the islands.", "REJECT") == (["VNM"], ["CHN"])
    assert _real_cameos("Moscow rejected the claims.") == []  # blame denied stays a statement
    assert _real_sides("Serbia put its army on the highest state of alert.", "MOBILIZE")[0] == ["SRB"]
    assert _real_sides("Hungary vetoed an EU statement condemning China.", "ACCUSE")[0] == ["IGOEUREEC"]
    assert _real_sides("Russia issued a statement condemning the strikes.", "ACCUSE")[0] == ["RUS"]


def test_a_side_attacking_anothers_forces_is_not_of_their_country():
    # written for rashomon after a probe of our own conflict sentences: a doer completed from its context took
    # the country of the foreign forces it attacked ("militants attacked a French convoy in Mali" FRAREB), a
    # patrol's nationality lost to the country after it, and police took the country of those they arrested
    assert _real_sides("Militants attacked a French military convoy in Mali.", "ASSAULT") == (["MLIREB"], ["FRAMIL"])
    assert _real_sides("Insurgents killed four American soldiers in Niger.", "ASSAULT") == (["NERREB"], ["USAMIL"])
    assert _real_sides("Iran-backed militias fired rockets at a US base in Iraq.", "ASSAULT")[0] == ["IRQREB"]
    # a state's forces of no other country named are of none; a civil war's sides share theirs
    assert _real_sides("Troops shelled Ukrainian positions near Bakhmut.", "ASSAULT") == (["MIL"], ["UKRMIL"])
    assert _real_sides("Rebels attacked Syrian troops near Idlib.", "ASSAULT") == (["SYRREB"], ["SYRMIL"])
    assert _real_sides("Gunmen ambushed a Turkish patrol in northern Syria.", "ASSAULT") == (["SYRUAF"], ["TURMIL"])
    assert _real_sides("Police arrested Afghan migrants in Istanbul.", "COERCE") == (["TURCOP"], ["AFGREF"])


def test_probed_acled_notes_protesters_named_by_their_participle():
    # written for rashomon after a probe of our own ACLED-style notes: "fired at protesting traders" made the
    # police the protesters and the traders their target, and "around 200 residents protested in Juba" (a
    # participle the parser hangs from the only noun phrase) had no protester
    found = _real_paragraph("On 14 May 2020, police fired live ammunition at protesting traders in Kano, killing one.")
    assert ("PROTEST", ["NGABUS"], ["NGA"], None) in found, found
    assert all(e[1] == ["NGACOP"] for e in found if e[0] == "ASSAULT"), found
    found = _real_paragraph("On 11 May 2020, around 200 residents protested in Juba against the lack of water.")
    assert found and found[0][:2] == ("PROTEST", ["SSDCVL"]), found
    # not a gerund's object after "for": what was protested
    assert _real_sides("Police in Lagos arrested five men for protesting the new taxes.", "COERCE")[0] == ["NGACOP"]


def test_inverted_conditions_and_prevented_acts_did_not_happen():
    # written for rashomon after a probe of our own opinion sentences: a condition put first without "if" was
    # asserted, and an attack the army prevented was the army's attack; thwarting an attack stays fighting (ACLED
    # train notes: "thwarted a Houthi attack" is an armed clash, the attack made and repelled)
    found = _real_paragraph("Had Armenia accepted the deal in 2019, the war might have been avoided.")
    assert all(e[0] != "ASSAULT" for e in found), found  # the war avoided
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Had Armenia accepted the deal in 2019, the war might have been avoided.", "2021-01-01")])
    assert [e["provenance"]["modality"] for e in events if e["event"] == "AGREE"] == ["hypothetical"], events
    (events,) = code_texts([("x", "Were Iran to attack Azerbaijan, Turkey would respond.", "2021-01-01")])
    assert events and all(e["provenance"]["modality"] == "hypothetical" for e in events), events
    assert _real_cameos("The army prevented an attack on the base.") == []
    assert _real_cameos("Diplomats averted a war between the two countries.") == []
    assert "ASSAULT" in [e[0] for e in _real_paragraph("Government forces thwarted a rebel attack on the town of Hays.")]


def test_a_denial_denies_the_deniers_own_act_and_our_units_are_the_speakers_forces():
    # written for rashomon after a probe paragraph of our own: "Armenia denied the report" denied the Azerbaijani
    # ministry's quoted return of fire (the latest sentence) instead of the Armenian shelling reported before it,
    # "our units" in the ministry's quotation were the country, not its forces, and a village the tagger calls an
    # organisation after "the village of" was no place
    text = ("Azerbaijan's defence ministry said on Tuesday that Armenian forces had shelled the village of Tovuz "
            "overnight. \"Our units returned fire and silenced the enemy positions,\" the ministry said in a statement."
            "\n\nArmenia denied the report.")  # fmt: skip
    found = _real_paragraph(text)
    assert ("ASSAULT", ["ARMMIL"], ["AZE"], "AZEGOV") in found, found
    assert ("ASSAULT", ["AZEMIL"], ["ARMMIL"], "AZEGOV") in found, found  # (at whoever fired first, since stop 48)
    denied = [e for e in found if e[3] == "ARM"]
    assert denied == [("ASSAULT", ["ARMMIL"], ["AZE"], "ARM")], found
    assert _real_sides("Russian troops shelled the village of Tovuz.", "ASSAULT")[1] == ["AZE"]


def test_probed_wire_restrictions_the_pakistani_taliban_and_dates_that_are_no_places():
    # written for rashomon after a probe of our own wire sentences: restrictions imposed were no event (the CAMEO
    # verb patterns read "impose restrictions" as 1721), the Pakistani Taliban were Afghanistan's, and a PLOVER
    # train record's "from 1 May" gave a town called May in India as the target
    assert _real_sides("Washington imposed visa restrictions on Nicaraguan officials.", "COERCE") == (["USAGOV"], ["NICGOV"])
    assert _real_sides("The Pakistani Taliban attacked a police post in Peshawar.", "ASSAULT")[0] == ["PAKREBTTP"]
    found = _real_paragraph("Austria plans to impose curbs on jobs for workers from new member states from 1 May.")
    assert found and all("IND" not in e[2] for e in found), found


def test_protesters_at_a_foreign_mission_are_of_where_they_protest():
    # written for rashomon after a probe of our own Caucasus sentences: protesters outside the Azerbaijani embassy
    # in Tehran were Azerbaijan's, and a town after a named country gave no country to a group (the first place
    # of the sentence only was looked at)
    assert _real_sides("Protesters gathered outside the Azerbaijani embassy in Tehran.", "PROTEST") == (
        ["IRNOPP"], ["AZEGOV"])
    assert _real_sides("Demonstrators protested outside the US consulate in Istanbul.", "PROTEST")[0] == ["TUROPP"]
    # protesting one's own government stays so
    assert _real_sides("Protesters in Paris rallied against the French government.", "PROTEST") == (["FRAOPP"], ["FRAGOV"])


def test_a_reaction_to_an_act_is_aimed_at_its_doer_not_at_whom_it_was_done_to():
    # written for rashomon after a probe of our own wire sentences: "the EU condemned the invasion of Ukraine" was
    # a condemnation of Ukraine, and a killing's or an arrest's victims were the ones condemned
    assert _real_sides("The EU condemned the invasion of Ukraine.", "ACCUSE") == (["IGOEUREEC"], [])
    assert _real_sides("The EU condemned Russia's invasion of Ukraine.", "ACCUSE") == (["IGOEUREEC"], ["RUS"])
    assert _real_sides("Amnesty condemned the arrest of the journalists.", "ACCUSE")[1] == []
    assert _real_sides("Washington condemned the detention of the opposition leader by Belarusian authorities.",
                       "ACCUSE")[1] == ["BLRGOV"]  # fmt: skip
    # a reaction to an act named before is still aimed back at its doers
    found = _real_paragraph("Russian forces shelled Kharkiv on Monday. Kyiv condemned the attack.")
    assert ("ACCUSE", ["UKRGOV"], ["RUSMIL"], None) in found, found


def test_fighters_neutralised_are_force_used_on_them():
    # written for rashomon after a probe of our own conflict sentences: "neutralised four terrorists" (the
    # Turkish defence ministry's word for killed, captured or surrendered) was no event
    assert _real_sides("Turkey's defence ministry said its forces had neutralised four terrorists in northern Syria.",
                       "ASSAULT") == (["TURMIL"], ["SYRREB"])  # fmt: skip
    assert _real_cameos("Security forces neutralized two militants in Kupwara.") == ["190"]


def test_a_doer_from_context_is_not_of_the_envoys_or_forces_it_expels():
    # written for rashomon after a probe of our own wire sentences: "the junta expelled the French ambassador"
    # made the junta French (FRAMIL); a body at home named by its nationality stays a country's own (a PLOVER
    # train record: elders demanding control of "the Nigerian Interior Ministry" are Nigerian)
    found = _real_paragraph("The junta expelled the French ambassador and ordered French troops to leave.")
    assert found and all("FRAMIL" not in e[1] for e in found), found
    assert ("SANCTION", ["MIL"], ["FRAGOV"], None) in found, found
    assert _real_sides("Ibo elders demanded that control of the Nigerian Interior Ministry be taken from Hausa politicians.",
                       "REQUEST")[0] == ["NGAELI"]  # fmt: skip


def test_a_doer_from_context_is_not_of_the_envoys_or_country_it_meets_or_aids():
    # written for rashomon after a probe of our own sentences: "the minister met the Chinese ambassador" made the
    # minister Chinese (CHNGOV), the only country the sentence names; an earlier sentence still says whose he is,
    # and a place where the act is done is no other side ("the opposition agreed to postpone the rally in Minsk")
    assert _real_sides("The minister met the Chinese ambassador on Monday.", "CONSULT") == (["GOV"], ["CHNGOV"])
    assert _real_sides("The ministry sent ten tonnes of medicine to Nepal.", "AID") == (["GOV"], ["NPL"])
    found = _real_paragraph("Italy's foreign minister arrived in Beijing on Sunday. The minister met the Chinese ambassador.")
    assert ("CONSULT", ["ITAGOV"], ["CHNGOV"], None) in found, found
    assert _real_sides("Opposition leaders agreed to postpone the rally in Minsk until May 9.", "AGREE")[0] == ["BLROPP"]


def test_a_court_is_the_judiciary():
    # written for rashomon after a probe of our own sentences: "the court sentenced the opposition leader" had no
    # doer (a court was listed with the institutions a context never completes)
    assert _real_sides("The court sentenced the opposition leader to five years in prison.", "SANCTION") == (["JUD"], ["OPP"])
    assert _real_sides("A court in Istanbul sentenced two journalists to prison.", "SANCTION")[0] == ["TURJUD"]


def test_an_act_on_someones_homes_or_offices_is_aimed_at_them():
    # written for rashomon after a probe of our own sentences: a raid on journalists' homes was aimed at the town,
    # and a police search of a party's offices was read by the verb patterns as an intent to yield (035)
    assert _real_sides("Police raided the homes of several journalists in Istanbul.", "COERCE") == (["TURCOP"], ["TURMED"])
    assert _real_paragraph("Police searched the offices of the opposition party in Minsk.") == [
        ("COERCE", ["BLRCOP"], ["BLROPP"], None)]
    assert _real_cameos("Rescue teams searched for survivors under the rubble.") == []


def test_colombias_eln_and_rebels_attacking_their_own_countrys_base():
    # written for rashomon after a probe of our own sentences: "Colombia's ELN guerrillas" were Colombia (the table
    # did not know the ELN), and a base the ELN attacked was of no country (the doer's own country was left out
    # for a state's act on another's forces, "Russia bombed terrorist positions", and for a group's too)
    assert _real_sides("Colombia's ELN guerrillas released five hostages.", "RETREAT")[0] == ["COLREBELN"]
    assert _real_sides("The ELN attacked a military base in Arauca.", "ASSAULT") == (["COLREBELN"], ["COLMIL"])
    assert _real_sides("Russia bombed terrorist positions.", "ASSAULT") == (["RUS"], ["REB"])


def test_the_m23_rebels_are_congos():
    # written for rashomon after a probe of our own sentences: the table did not know the M23, so its rebels were
    # of no country
    assert _real_sides("The M23 rebels attacked army positions near Goma.", "ASSAULT")[0] == ["CODREBM23"]


def test_members_named_after_their_group_are_of_its_sector():
    # written for rashomon after a probe of our own sentences: "gang members" and "party members" had no sector
    # (only "members of the gang" was read), and "union leaders" were the government ("leaders" alone names it)
    assert _real_sides("Gang members set fire to a police station in Port-au-Prince.", "ASSAULT")[0] == ["HTICRM"]
    assert _real_sides("Party members protested outside the parliament in Nairobi.", "PROTEST")[0] == ["KENPTY"]
    assert _real_sides("Union leaders called a general strike in Argentina.", "PROTEST")[0] == []
    assert _real_sides("Opposition leaders met the president.", "CONSULT")[0] == ["OPP"]


def test_the_two_governments_with_no_pair_named_are_not_the_country_of_a_place():
    # written for rashomon after a probe of our own sentences: "the two governments" with no pair named before took
    # the country of the city where they signed (QATGOV)
    assert _real_sides("The two governments signed a peace deal in Doha.", "SUPPORT")[0] == ["GOV"]
    found = _real_paragraph("Sudan and South Sudan held talks in Addis Ababa. The two governments signed a peace deal in Doha.")
    assert ("SUPPORT", ["SDNGOV", "SSDGOV"], [], None) in found


def test_a_deal_inked_struck_or_sealed_is_an_agreement_signed():
    # written for rashomon after a probe of our own sentences: the verbs were no triggers, so the noun "deal" was the
    # event, and the type model read it as a release (RETREAT 084)
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "The rebels struck a deal to reopen the main highway.", "2020-01-01")])
    assert [(e["cameo"], e["eventText"]) for e in events] == [("057", "struck")]
    assert "084" not in _real_cameos("The two factions inked a deal to share oil revenues.")
    assert _real_sides("Armenia inked a defence pact with India.", "SUPPORT") == (["ARM"], ["IND"])


def test_an_agreement_an_act_is_done_under_is_no_event_of_its_own():
    # written for rashomon after a probe of our own sentences: "under the terms of the deal" was a second event
    # (RETREAT 084, no one's), and the airport vacated none
    assert _real_paragraph("Rebel forces vacated the airport under the terms of the deal.") == [("RETREAT", ["REB"], [], None)]
    assert _real_cameos("The army pulled back its artillery according to the truce.") == ["0874"]
    assert [c for c in _real_cameos("The prisoners were freed as part of the agreement.")] == ["0841"]
    # what a place comes under is still an act
    assert _real_cameos("The village came under attack on Sunday.") == ["190"]


def test_a_place_taken_without_a_fight_is_occupied_not_assaulted():
    # written for rashomon after a probe of our own sentences: PLOVER's ASSAULT is the use of force; a town taken
    # unopposed is CAMEO 192, occupy territory (COERCE, seize)
    assert _real_cameos("Haftar's forces took control of the base without resistance.") == ["192"]
    assert _real_cameos("The militia seized the airport without firing a shot.") == ["192"]
    assert _real_cameos("The jihadists seized the town peacefully on Monday.") == ["192"]
    assert _real_cameos("The rebels captured the town after heavy fighting.") == ["190"]
    # so is a place taken after its holders left it, a non-violent transfer of territory: the leaving comes first
    # (from a CASE train-part miss: "recaptured X after Syrian forces pulled out of the city" was an assault)
    assert _real_cameos("Rebels took control of the town after government troops withdrew.") == ["0874", "192"]
    assert _real_cameos("The militia recaptured the airport after the army pulled out of the area.")[-1] == "192"
    assert _real_cameos("Rebels captured the town after government troops shelled it.")[0] == "190"


def test_ministers_of_two_countries_are_each_countrys():
    # written for rashomon after a probe of our own sentences: "the foreign ministers of Armenia and Azerbaijan" met
    # as Armenia's alone
    assert _real_sides("The foreign ministers of Armenia and Azerbaijan met in Brussels.", "CONSULT")[0] == ["ARMGOV", "AZEGOV"]
    assert _real_sides("The leaders of Russia and Turkey held talks.", "CONSULT")[0] == ["RUSGOV", "TURGOV"]


def test_aid_workers_in_a_country_are_aid_workers_not_its_labour():
    # written for rashomon after a probe of our own sentences: "aid workers in Mali" were "workers in Mali", MLILAB
    assert _real_sides("Gunmen kidnapped six aid workers in Mali.", "ASSAULT")[1] == ["MLINGO"]
    assert _real_sides("Gunmen kidnapped six doctors in Mali.", "ASSAULT")[1] == ["MLIHLH"]


def test_shot_dead_is_what_was_done_not_who_was_shot():
    # written for rashomon after a probe of our own sentences: the protesters "shot dead" were "dead 15 protesters"
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Ethiopian forces shot dead 15 protesters in the Oromia region.", "2020-01-01")])
    shot = next(e for e in events if e["event"] == "ASSAULT")
    assert [a["actorText"] for a in shot["target"]] == ["protesters"]


def test_a_side_named_before_an_acts_noun_does_it():
    # written for rashomon after a probe of our own sentences: "government air strikes" and "rebel attacks" had no
    # source; a word that says what kind of act it is ("military aid") names no one
    assert _real_sides("Government air strikes killed 20 civilians in Idlib.", "ASSAULT") == (["SYRGOV"], ["SYRCVL"])
    assert _real_sides("Rebel attacks on army posts left 10 soldiers dead in Mali.", "ASSAULT")[0] == ["MLIREB"]
    assert _real_sides("A police raid on a newspaper in Istanbul drew criticism.", "ASSAULT")[0] == ["TURCOP"]
    assert _real_sides("The United States must continue military aid to Egypt.", "AID")[0] == ["USA"]


def test_whom_an_attack_kills_as_it_goes_on_is_the_side_it_attacks():
    # written for rashomon after a probe of our own sentences: the fighters killed took the attacker's country
    found = _real_paragraph("Turkish drones struck Kurdish militant positions in northern Iraq, killing 12 fighters.")
    assert ("ASSAULT", ["TURMIL"], ["IRQREB"], None) in found and all(e[2] != ["TURREB"] for e in found)
    # a civil war's sides share their country
    assert _real_sides("Syrian troops killed 12 rebels in Idlib.", "ASSAULT")[1] == ["SYRREB"]


def test_weapons_dropped_on_a_town_the_tagger_calls_an_organisation_are_aimed_at_its_country():
    # written for rashomon after a probe of our own sentences: "on Daraa" (tagged ORG) gave no target, and
    # "regime helicopters" no source
    assert _real_sides("Syrian helicopters dropped barrel bombs on Daraa.", "ASSAULT") == (["SYRMIL"], ["SYR"])
    found = _real_sides("According to the Syrian Observatory, regime helicopters dropped barrel bombs on Daraa.", "ASSAULT")
    assert found == (["SYRMIL"], ["SYR"])  # (SYRGOV before stop 46: a government's machines of war are its forces)


def test_a_go_between_acts_towards_both_sides():
    # written for rashomon after a probe of our own sentences: mediation "between" two sides was aimed at no one
    assert _real_sides("Qatar mediated between the Taliban and the United States.", "CONSULT") == (["QAT"], ["AFGREBTAL", "USA"])
    assert _real_sides("Moscow offered to mediate between Yerevan and Baku.", "AGREE") == (["RUSGOV"], ["ARMGOV", "AZEGOV"])


def test_the_two_armies_are_the_two_countries_named_before_them():
    # written for rashomon after a probe of our own sentences: "the two armies" were MIL of no country, though the
    # sentence (or the one before) names the two
    found = _real_sides("Pakistan closed its border with Afghanistan after clashes between the two armies.", "ASSAULT")
    assert found[0] == ["PAKMIL", "AFGMIL"]
    found = _real_paragraph("Pakistan and Afghanistan traded accusations. The two armies clashed near Torkham on Monday.")
    assert ("ASSAULT", ["PAKMIL", "AFGMIL"], [], None) in found
    # with no two named, still no one country's; nor is one the sentence goes on to name one of them
    assert _real_sides("The two armies clashed near the border town of Kidal.", "ASSAULT")[0] == ["MIL"]
    found = _real_sides("With Russian troops and Armenian forces in the area, both countries are helping Armenia.", "AID")
    assert found[0] != ["RUS", "ARM"]


def _real_moods(text):
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", text, "2021-10-01")])
    return [(e["event"], [a["code"] for a in e["source"]], e["provenance"]["modality"]) for e in events]


def test_his_country_is_the_speakers_country():
    # written for rashomon after a probe of our own sentences: "his country" was no one
    assert _real_sides("Azerbaijan's president said his country had no plans to attack Armenia.", "ASSAULT")[0] == ["AZE"]


def test_a_promise_or_a_threat_said_is_made_not_to_come():
    # written for rashomon after a probe of our own sentences: "said it would support" was a hypothetical AGREE, and
    # "will not tolerate, the minister said" a planned threat: saying so is the promise, the threat
    assert _real_moods("Turkey said it would support Azerbaijan.") == [("AGREE", ["TUR"], "asserted")]
    assert ("THREATEN", ["IRN"], "asserted") in _real_moods("Iran will not tolerate Israeli presence in the Caucasus, the minister said.")
    # a promise on a condition is made all the same; what is only asked about, or an act of force said to come, stays
    assert _real_moods("Turkey said it would support Azerbaijan if Armenia attacked.")[0][2] == "asserted"
    assert all(m != "asserted" for *_, m in _real_moods("Reporters asked whether Turkey would support Azerbaijan."))
    assert _real_moods("Russia said it would send peacekeepers to the region.")[0][2] == "hypothetical"


def test_any_attack_is_no_attack_in_particular_and_one_denied_is_denied():
    # written for rashomon after a probe of our own sentences: "retaliate against any attack" was an attack asserted,
    # and "denied any attack" too
    # (since stop 37 "retaliate" is listed: the threat of retaliation is the event, and the attack it answers is
    # carried by it, no attack of its own)
    assert _real_moods("Iran said it would retaliate against any attack.") == [("THREATEN", ["IRN"], "asserted")]
    assert ("ASSAULT", ["ISR"], "hypothetical") in _real_moods("Iran said it had prepared for any attack by Israel.")
    assert _real_moods("Israel denied any attack on Iranian soil.") == [("ASSAULT", ["ISR"], "denied")]


def test_business_news_beats_and_attacks_no_one():
    # written for rashomon after a probe of our own sentences on business news, one sentence at a time (too few to
    # be judged by the document's topic): a company "beat expectations", "attacked the market", "agreed to buy"
    assert _real_cameos("Shares in Tesla surged after the company beat analysts' expectations.") == []
    assert _real_cameos("Apple launched its new iPhone on Tuesday, attacking the smartphone market with a cheaper model.") == []
    assert _real_cameos("Amazon agreed to buy the grocery chain for $13.7 billion.") == []
    # a state agreeing to buy arms is still an agreement
    assert _real_sides("Iran agreed to buy Russian fighter jets.", "AGREE")[0] == ["IRN"]


def test_repelling_an_attack_is_force_against_its_doers():
    # written for rashomon after a probe of our own sentences: "beat back" was a beating (182), and whose attack was
    # repelled was no target
    assert _real_cameos("The army beat back the rebel attack.") == ["190"]
    found = _real_sides("Government forces repelled an attack by Islamist fighters near Mopti.", "ASSAULT")
    # (the fighters are Mali's rebels: "near Mopti" says where they are, not who they are, and a civil war's sides
    # share their country; before stop 43 the place inside their phrase left them of no country)
    assert found == (["MLIMIL"], ["MLIREB"])
    assert _real_sides("The army repelled a rebel attack on the base.", "ASSAULT") == (["MIL"], ["REB"])
    assert _real_sides("The EU welcomed the rebel ceasefire.", "SUPPORT")[1] == ["REB"]


def test_whom_an_apposition_relates_the_object_to_is_not_the_object():
    # written for rashomon after a ConfliBERT train-part miss (a freed critic "of" the president: the president was
    # the target)
    from rashomon.engine.code import code_texts

    text = "A court freed the blogger Ayo Bello, a fierce critic of President Muhammadu Buhari, on Tuesday."
    (events,) = code_texts([("x", text, "2021-01-01")])
    freed = next(e for e in events if e["event"] == "RETREAT")
    assert "NGAGOV" not in [a["code"] for a in freed["target"]]
    # the name an apposition gives is still the actor ("Iran's ally, Syria")
    assert _real_sides("Iran's ally, Syria, condemned the strike.", "ACCUSE")[0] == ["SYR"]


def test_captors_are_not_of_the_country_of_whom_they_free():
    # written for rashomon after a ConfliBERT train-part miss and probes of our own sentences: "the rebels" freeing a
    # Japanese citizen were JPNREB, and "an aid worker" was labour
    found = _real_sides("The rebels will release a kidnapped aid worker and a Japanese citizen to the Red Cross.", "RETREAT")
    assert found[0] == ["REB"] and "JPNNGO" in found[1]
    assert _real_sides("Iranian authorities released two British nationals.", "RETREAT") == (["IRNGOV"], ["GBRCVL"])


def test_a_passive_participle_is_done_to_its_noun():
    # written for rashomon after a probe of our own sentences: "engineers kidnapped in Libya" were kidnapped from
    # Libya, "demonstrators wounded in the clashes" by no one to no one
    assert _real_sides("Gunmen released three Turkish engineers kidnapped in Libya.", "ASSAULT")[1] == ["TUR"]
    assert _real_sides("Demonstrators wounded in the clashes were taken to hospital.", "ASSAULT")[1] == ["OPP"]


def test_weapons_transferred_extraditions_and_jets_shot_down():
    # written for rashomon after probes of our own sentences: a transfer of drones was no event (the war in the same
    # sentence was), an extradition was aimed at the suspect, and a jet shot down was small-arms fire
    assert _real_sides("Israel transferred drones to Azerbaijan during the war.", "AID") == (["ISR"], ["AZE"])
    assert _real_cameos("Israel transferred drones to Azerbaijan during the war.") == ["072"]
    assert _real_sides("Kazakhstan extradited the suspect to Uzbekistan.", "COOPERATE")[1] == ["UZB"]
    assert _real_cameos("Azerbaijan shot down an Armenian fighter jet.") == ["190"]


def test_a_reciprocal_act_between_two_is_done_by_both():
    # written for rashomon after probes of our own sentences: "an agreement between X and Y was signed" had no source
    # and X as its target; talks "between" two were one's with the other (PLOVER codes both parties as actors)
    assert _real_sides("An agreement between Armenia and Azerbaijan was signed in Washington.", "SUPPORT") == (["ARM", "AZE"], [])
    assert all(e[1:3] == (["IRN", "USA"], []) for e in _real_paragraph("Talks between Iran and the United States were held in Oman."))
    assert _real_sides("The Baku talks between Armenia and Azerbaijan resumed.", "CONSULT") == (["ARM", "AZE"], [])


def test_an_official_dismissed_is_no_rejection():
    # written for rashomon after a probe of our own sentences: "dismissed the defence minister" was a REJECT
    assert _real_cameos("The president dismissed the defence minister after the defeat.") == []
    assert _real_cameos("The court dismissed the appeal.") == ["120"]


def test_breaking_a_truce_is_violating_it():
    # written for rashomon after a probe of our own sentences: "breaking the truce" was a truce (RETREAT)
    assert _real_cameos("Azerbaijani forces broke the ceasefire overnight, the ministry said.") == ["196"]
    assert "0871" not in _real_cameos("Armenia accused Baku of breaking the truce.")
    assert _real_cameos("The rebels breached the truce near Kidal.") == ["196"]


def test_he_is_never_a_country_and_the_two_ministers_are_those_who_met():
    # written for rashomon after a probe paragraph of our own: "He called on the CSTO" after "the prime minister
    # said Azerbaijan had occupied ..." was Azerbaijan; "the two ministers" after a meeting was one of them
    found = _real_paragraph("The Armenian prime minister said Azerbaijan had occupied 40 square kilometres of Armenian "
                            "territory. He called on the CSTO to intervene.")
    assert ("REQUEST", ["ARMGOV"], ["IGOCASCST"], None) in found
    # land measured out of a country's territory is taken from that country
    assert ("COERCE", ["AZE"], ["ARM"], "ARMGOV") in found  # as the prime minister says
    found = _real_paragraph("Turkey's defence minister Hulusi Akar met his Azerbaijani counterpart in Baku on Monday. "
                            "The two ministers discussed joint exercises.")
    assert any(e[1] == ["TURGOV", "AZEGOV"] for e in found), found


def test_jihadists_or_volunteers_sent_to_a_side_are_military_aid():
    # written for rashomon after a probe of reader-comment sentences of our own: jihadists sent were no one sent
    assert _real_sides("Iran sent volunteers to Syria.", "AID") == (["IRN"], ["SYR"])
    assert _real_sides("Turkey sent jihadists to Azerbaijan.", "AID") == (["TUR"], ["AZE"])


def test_our_positions_in_a_quotation_are_the_speakers_and_a_refusal_said_is_made():
    # written for rashomon after a probe paragraph of our own: "shelled our positions" and "attacked our sovereign
    # territory", quoted, were aimed at no one; "would not accept this, he added" was a hypothetical rejection
    from rashomon.engine.code import code_texts

    text = ('Azerbaijan\'s foreign ministry spokeswoman spoke to reporters on Monday. "Armenian forces shelled our '
            'positions in Tovuz," she said. Pashinyan told parliament: "Azerbaijan has attacked our sovereign territory."')
    (events,) = code_texts([("x", text, "2021-10-07")])
    found = [(e["event"], [a["code"] for a in e["source"]], [a["code"] for a in e["target"]]) for e in events]
    assert ("ASSAULT", ["ARMMIL"], ["AZEMIL"]) in found and ("ASSAULT", ["AZE"], ["ARM"]) in found, found
    assert ("REJECT", ["IRNGOV"], "asserted") in _real_moods(
        "The Iranian foreign minister spoke on Monday. Tehran would not accept this, he added.")


def test_forces_an_agreement_withdraws_are_not_its_target():
    # written for rashomon after a probe of our own sentences: "agreed to withdraw troops from the border" was aimed
    # at the troops withdrawn
    assert _real_sides("Kyrgyzstan and Tajikistan agreed to withdraw troops from the border.", "AGREE") == (["KGZ", "TJK"], [])
    assert _real_sides("Russia agreed to pull its forces out of Georgia.", "AGREE") == (["RUS"], ["GEO"])


def test_what_the_victim_won_did_not_kill_him_and_an_attack_by_x_is_xs():
    # written for rashomon after a sample of caucasus events: a general "murdered because he won the war" was killed
    # by himself (the war he won was read as the attack his killing came from)
    assert _real_sides("Soleimani was killed because he won a war in Syria.", "ASSAULT")[0] == []
    # an attack that a clause of time names still does the killing, by whoever it is "by"
    found = _real_paragraph("Three soldiers were killed when a rocket attack by the militants hit the base.")
    assert all(e[1] == ["REB"] for e in found) and found, found


def test_each_verb_a_promise_names_gives_its_target():
    # written for rashomon after a sample of caucasus events: an agreement "to capitulate and withdraw from" a
    # country's districts was aimed at no one (only the first verb was read)
    assert _real_sides("Armenia agreed to capitulate and withdraw from three districts of Azerbaijan.", "AGREE") == (["ARM"], ["AZE"])


def test_joining_forces_with_someone_is_aimed_at_them():
    # written for rashomon after a ConfliBERT train-part sentence the last rule changed: "join forces with" made
    # the forces the target
    found = _real_sides("The militiamen agreed to hand over their rifles and join forces with the Turks.", "AGREE")
    assert found[1] == ["TUR"]


def test_a_condition_set_for_the_one_warned_is_about_them():
    # written for rashomon after a probe of our own sentences: "warned Russia ... if it invaded Ukraine" had the US
    # invade; rocket fire was small-arms fire
    found = _real_paragraph("The US warned Russia of severe consequences if it invaded Ukraine.")
    assert ("ASSAULT", ["RUS"], ["UKR"], "USA") in found, found  # as the US puts it
    assert _real_sides("Iran said it would respond if it was attacked.", "ASSAULT")[1] == ["IRN"]
    assert "194" in _real_cameos("Israel struck Hamas targets in Gaza in response to rocket fire.")


def test_a_threat_told_to_someone_is_aimed_at_them():
    # written for rashomon after a probe of our own sentences: "told Russia it would impose sanctions" was a threat
    # aimed at no one
    assert _real_sides("The US told Russia it would impose sanctions if it invaded Ukraine.", "THREATEN") == (["USA"], ["RUS"])
    assert _real_sides("Tehran told Baku that it would close the border.", "THREATEN") == (["IRNGOV"], ["AZEGOV"])


def _real_dated(text, published="2021-06-01"):
    """(type, date) of each event the whole stage codes in ``text``, published on a Tuesday."""
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", text, published)])
    return [(e["event"], e.get("date")) for e in events]


def test_an_event_takes_the_time_of_its_own_clause():
    # written for rashomon after a probe of our own sentences: a sentence's first time dated all its events (the
    # shelling reported on Friday was of Friday, a support said on Monday of 1991, "30 years ago")
    assert _real_dated("Azerbaijan said on Friday that Armenian forces had shelled the town on Wednesday.") == [
        ("ASSAULT", "2021-05-26")
    ]
    found = _real_dated("Armenia accused Azerbaijan on Monday of shelling the village on Sunday.")
    assert ("ACCUSE", "2021-05-31") in found and ("ASSAULT", "2021-05-30") in found, found
    assert ("SUPPORT", "2021-05-31") in _real_dated("On Monday Armenia said it supports the people who were expelled 30 years ago.")
    # one time in the sentence dates all its events, as before
    assert _real_dated("Iran said on Thursday that it would close the border.") == [("THREATEN", "2021-05-27")]


def test_the_time_of_a_clause_describing_a_thing_is_not_the_acts():
    # from a probe of our own: "recognized the border drawn in 1921" was a recognition of 1921
    assert _real_dated("Georgia recognized the border with Azerbaijan drawn in 1921.") == [("SUPPORT", "2021-06-01")]
    # nor does it carry to the next sentence
    found = _real_dated("Armenia shelled the village on Sunday. Baku condemned the attack, which was launched in 2020.")
    assert found[0] == ("ASSAULT", "2021-05-30") and ("ACCUSE", "2021-05-30") in found, found
    # an act's own clause keeps its time ("the attack carried out on Monday" is of Monday)
    assert ("ASSAULT", "2021-05-31") in _real_dated("Iran condemned the attack that killed five people on Monday.")


def test_an_act_in_the_present_takes_no_other_clauses_time():
    # from a probe of our own in the style of reader comments: "invaded Cyprus in 1974 and still occupies the north"
    # dated the occupation 1974; and a headline's "agree to meet ... on March 20" dated the agreement to the meeting
    found = _real_dated("Turkey invaded Cyprus in 1974 and still occupies the north.")
    assert found[0] == ("ASSAULT", "1974") and found[1][1] == "2021-06-01", found
    assert _real_dated("Georgia and Armenia agree to hold talks in Tbilisi on June 20.")[0] == ("AGREE", "2021-06-01")
    # the present's own time stays its own
    assert _real_dated("Tbilisi accuses Moscow on Monday of occupying its land.")[0] == ("ACCUSE", "2021-05-31")


def test_a_later_time_of_an_act_planned_is_not_the_plans():
    # from the demo record: "agreed to meet in Almaty on March 20" dated the agreement to the meeting, and a clause on
    # where "the two sides exchanged fire on Monday night" dated the talks the sentence announced
    assert _real_dated("Armenia and Azerbaijan agreed to hold talks in Almaty on June 20.")[0] == ("AGREE", "2021-06-01")
    # (a time before the article's day is as often the verb's above: the threat was made on Friday)
    assert _real_dated("Iran threatened to close the strait on Friday.") == [("THREATEN", "2021-05-28")]


def test_whom_a_place_is_captured_from_is_not_what_was_captured():
    # written for rashomon after a probe of our own sentences: "captured the town from ... militants" was an arrest
    # of the militants (the cue for captured fighters met the object of "from")
    assert _real_cameos("Syrian forces captured the town from Islamic State militants.")[0] == "190"
    assert _real_cameos("Government troops captured two rebel commanders.")[0] == "173"


def test_actors_after_a_fronted_source_are_the_subject():
    # written for rashomon after the caucasus record (a joint drill two countries planned, after "according to" a news
    # agency, had no sides): the small parser joins the source and the actors as conjuncts
    assert _real_sides("According to Reuters, Georgia and Armenia plan on holding joint exercises next month.", "COOPERATE") == (
        ["GEO", "ARM"], []
    )


def test_armed_men_leaving_a_town_retreat_and_others_do_not():
    # written for rashomon after a probe of our own sentences: fighters leaving a city "under an evacuation deal" had
    # left the deal (SANCTION 161), and leaving a city was no retreat at all
    assert _real_cameos("Islamist fighters left the city under an evacuation deal with the army.")[0] == "0874"
    assert _real_cameos("Wagner fighters left the town on Friday.") == ["0874"]
    assert "0874" not in _real_cameos("President Aliyev left the city after the ceremony.")
    assert "0874" not in _real_cameos("Thousands of residents left the city as the fighting approached.")
    # an act that is the subject of a leaving no one armed does is still an act
    assert "0871" in _real_cameos("The ceasefire left the town in rebel hands.")


def test_who_acts_after_talks_with_someone_held_them():
    # written for rashomon after a probe of our own sentences: the talks had no source
    assert _real_sides("The rebels left the town after talks with the army.", "CONSULT") == (["REB"], ["MIL"])


def test_a_go_between_is_not_the_country_of_the_sides():
    # written for rashomon after a probe of our own sentences: militants freeing hostages under a deal Qatar brokered
    # were Qatar's (QATREB), the hostages QATCVL
    assert _real_sides("Under the deal brokered by Qatar, the militants will free 20 hostages.", "RETREAT") == (["REB"], ["CVL"])
    assert _real_sides("Qatar brokered a deal under which the militants will free 20 hostages.", "RETREAT") == (["REB"], ["CVL"])


def test_a_borders_neighbour_is_not_whom_the_border_is_taken_from():
    # written for rashomon after a sample of caucasus events: Azerbaijan taking control of all its border with Iran
    # was an assault on Iran, and an army seizing a crossing on the border with Turkey was Turkey's, against Turkey
    assert _real_sides("Azerbaijan took control of the whole border with Iran.", "ASSAULT") == (["AZE"], [])
    assert _real_sides("The army seized the crossing on the border with Turkey.", "COERCE") == (["MIL"], [])
    # closing a border is aimed at the neighbour; an attack on the border keeps it too
    assert _real_sides("Iran closed its border with Azerbaijan.", "COERCE") == (["IRN"], ["AZE"])
    assert _real_sides("Azerbaijani forces shelled villages on the border with Armenia.", "ASSAULT") == (["AZEMIL"], ["ARM"])


def test_a_prefixed_verb_is_the_verb_it_spells():
    # found in a sample of caucasus events: "could be re-captured" was split into three verbs, the clause's "could" lost
    # (an asserted recapture)
    found = _real_dated("The success shows that the whole province could be re-captured by the army.")
    assert found == [("ASSAULT", "2021-06-01")]
    from rashomon.engine.code import code_texts

    ((event,),) = code_texts([("x", "The success shows that the whole province could be re-captured by the army.", None)])
    assert event["provenance"]["modality"] == "hypothetical" and event["eventText"] == "re-captured"


def test_the_one_asked_is_whom_a_request_is_aimed_at():
    # written for rashomon after a sample of caucasus events: a quoted minister whom leaders had asked to pass on a
    # message was a request aimed at Iran, whom the message was about, and the leaders were Azerbaijan's
    assert _real_sides("Arab leaders have asked me to deliver a message to Tehran.", "REQUEST") == (["GOV"], [])
    found = _real_paragraph('"Arab leaders have asked me to deliver a message to Tehran," the Israeli minister said.')
    assert ("REQUEST", ["GOV"], ["ISRGOV"], "ISRGOV") in found, found
    # a named addressee as before
    assert _real_sides("Tehran asked Moscow to stop arms supplies to Baku.", "REQUEST") == (["IRNGOV"], ["RUSGOV"])


def test_a_group_of_states_is_of_no_country_named_nearby():
    # written for rashomon after the test above: "Arab leaders asked Tehran" was Iran asking Iran
    assert _real_sides("Arab leaders asked Tehran to stop.", "REQUEST") == (["GOV"], ["IRNGOV"])
    assert _real_sides("Western diplomats urged Tehran to stop.", "REQUEST") == (["GOV"], ["IRNGOV"])
    # a people's group of one country keeps its context
    assert _real_sides("Arab residents protested in Haifa.", "PROTEST")[0] == ["ISRCVL"]


def test_they_in_a_quotation_is_not_its_speaker():
    # written for rashomon after the caucasus record: a "they" in Khamenei's tweet, people who believe they can
    # see to their own security, had Khamenei provide it
    found = _real_paragraph('"They attacked us without warning," an Armenian official said.')
    assert ("ASSAULT", [None], ["ARMGOV"], "ARMGOV") in found, found
    assert _real_sides("Iran's foreign ministry said it would close the border.", "THREATEN")[0] == ["IRNGOV"]


def test_what_happens_once_something_else_will_is_planned():
    # written for rashomon after a sample of caucasus events: corridors to be unblocked "as soon as" Armenia acted
    # were an unblocking that happened (English puts what is to come in the present after "once", "as soon as", "when")
    modalities = {e["event"]: e["modality"] for e in code("Aid will flow to Gaza once Russian troops withdraw from the city.")}
    assert modalities.get("RETREAT") == "planned", modalities
    assert one("The region will prosper as soon as Armenia unblocks all transport corridors.", "RETREAT")["modality"] == "planned"
    assert one("Aid flowed after Russian troops withdrew from the city.", "RETREAT")["modality"] == "asserted"
    # ("when" the parser reads as the clause's adverb, not its mark: the same)
    assert one("Talks will start when Russia withdraws its troops.", "RETREAT")["modality"] == "planned"


def test_a_visits_destination_hung_from_its_visitor_is_the_visits():
    # written for rashomon after a sample of caucasus events: "a visit by ... chief of staff to Pakistan" was
    # Pakistan's visit (the parser hangs "to Pakistan" from the visitor)
    assert _real_sides("A visit by the Iranian army chief to Pakistan calmed tensions.", "CONSULT") == (["IRNMIL"], ["PAK"])


def test_hitting_out_at_someone_is_criticism_and_selling_out_no_sale():
    # written for rashomon after a sample of caucasus events (Sadat said to have "sold out" to Israel was
    # economic cooperation) and probes of our own sentences ("hit out at the government" was a retreat)
    assert _real_sides("The opposition leader hit out at the government over the deal.", "ACCUSE") == (["OPP"], ["GOV"])
    assert _real_sides("Turkey lashed out at France on Sunday.", "ACCUSE") == (["TUR"], ["FRA"])
    assert _real_cameos("When Sadat sold out to the Americans, the Egyptian people were upset.") == []
    assert _real_cameos("Egypt sold drones to Libya.") == ["061"]


def test_an_act_named_as_a_time_takes_nothing_from_the_clause_it_dates():
    # written for rashomon after a sample of caucasus events: a sentence dated by the decades Karabakh was occupied,
    # about drugs moved out of Afghanistan across the border, was an occupation of Afghanistan, placed there
    from rashomon.engine.code import code_texts

    text = "During the occupation of Karabakh, Iran was using the border to export opium from Afghanistan to the West."
    (events,) = code_texts([("x", text, None)])
    assert events, events
    assert all((e.get("eventLoc") or {}).get("name") != "Afghanistan" for e in events), events
    assert all(not e["target"] for e in events if e["eventText"] != "occupation"), events
    # (the occupation's own "of" names whose land it is)
    assert [[a["code"] for a in e["target"]] for e in events if e["eventText"] == "occupation"] in ([], [["AZE"]]), events


def test_no_plan_or_no_willingness_to_act_denies_the_act():
    # written for rashomon after a sample of caucasus events: Baku and Tehran said to seem in no mood to make
    # concessions was an offer made, "Iran does not plan to attack" an attack planned
    assert one("Iran does not plan to attack Azerbaijan.", "ASSAULT")["modality"] == "denied"
    assert one("Iran plans to attack Azerbaijan.", "ASSAULT")["modality"] == "planned"
    assert one("Baku and Tehran do not seem particularly predisposed to offer assurances to Armenia.", "AGREE")["modality"] == "denied"
    assert one("Armenia is not ready to withdraw its troops from Lachin.", "RETREAT")["modality"] == "denied"


def test_a_verb_beside_a_dispute_is_not_disputed():
    # written for rashomon after a sample of caucasus events: a commander who "questioned the ... decision ..., and
    # demanded he return" made a demand the record called disputed
    assert one("Rezaee questioned the governor's decision and demanded he return to Tehran.", "REQUEST")["modality"] == "asserted"
    assert one("Iran disputed the report and accused Baku of lying.", "ACCUSE")["modality"] == "asserted"


def test_the_weapon_that_does_an_act_says_how():
    # written for rashomon after a probe of our own ACLED-style notes: a roadside bomb that struck a convoy coded nothing,
    # one that killed soldiers was a killing of no kind, a grenade thrown was small-arms fire and the wounding beating
    assert _real_cameos("A roadside bomb struck a military convoy near Kidal.") == ["183"]
    assert _real_cameos("A roadside bomb killed three soldiers near Kidal.") == ["183"]
    assert set(_real_cameos("A grenade was thrown at a bar, injuring four people.")) == {"183"}
    assert _real_cameos("A rocket hit a residential building in Kharkiv.") == ["195"]
    assert _real_cameos("Mortars fired by Armenia have hit Iranian cities and killed one Iranian.") == ["194", "194"]
    assert _real_cameos("Gunmen killed three soldiers near Kidal.") == ["1823"]


def test_a_weapon_is_no_one_and_an_allegation_describing_someone_no_event():
    # written for rashomon after a probe of our own ACLED-style notes: "defused an IED" was aimed at an unresolved
    # actor "an IED", and "lynched a man accused of theft" added an accusation by no one
    assert _real_sides("Police defused an IED planted near a checkpoint in Mogadishu.", "COERCE") == (["SOMCOP"], [])
    assert _real_cameos("A mob lynched a man accused of theft.") == ["1823"]
    # an accusation whose accuser is named, and an arrest described, are acts
    assert "112" in _real_cameos("Police arrested a man accused by the prosecutor of spying.")
    assert "173" in _real_cameos("A journalist detained in Baku last week was released on Monday.")


def _real_placed(text):
    """(type, place name) of each event the whole stage codes in ``text``."""
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", text, "2021-06-01")])
    return [(e["event"], (e.get("eventLoc") or {}).get("name")) for e in events]


def test_where_forces_are_sent_is_where_the_act_is():
    # written for rashomon after a probe of our own sentences: "deployed additional peacekeepers to Lachin" had no place
    # (the small model tags Lachin a person, and "to" was no place's preposition)
    assert _real_placed("Russia deployed additional peacekeepers to Lachin.") == [("MOBILIZE", "Lachin")]
    assert ("CONSULT", "New Delhi") in _real_placed("Macron will travel to New Delhi for talks with Modi.")
    # whom an appeal is addressed to is no place, nor where the people a phrase describes travel
    assert _real_placed("Armenia appealed to Moscow for help.") == [("REQUEST", None)]
    found = _real_placed("Azerbaijan agreed to a corridor, called the Lachin corridor, used by civilians traveling to Armenia.")
    assert ("AGREE", "Armenia") not in found, found


def test_blocking_a_proposal_rejects_its_author():
    # written for rashomon after a probe of our own sentences: "Hungary blocked the EU's new sanctions package against
    # Russia" was a sanction of the EU against Russia, Hungary doing nothing
    assert _real_sides("Hungary blocked the EU's new sanctions package against Russia.", "REJECT") == (["HUN"], ["IGOEUREEC"])
    assert "SANCTION" not in [e[0] for e in _real_placed("Hungary blocked the EU's new sanctions package against Russia.")]
    assert _real_sides("Turkey blocked Sweden's bid to join NATO.", "REJECT") == (["TUR"], ["SWE"])
    assert _real_sides("About 500 residents blocked police from taking the body.", "PROTEST")[1] == ["COP"]


def test_smuggled_weapons_standing_by_someone_and_patrols_that_watch():
    # written for rashomon after a probe of our own Caucasus-style reports: weapons smuggled into Karabakh coded nothing,
    # "vowed to stand by Azerbaijan" was aimed at no one, and "its patrols had observed no ... troop movements" was the
    # EU mission mobilising
    assert _real_sides("Iran had been smuggling weapons into Karabakh for years.", "AID") == (["IRN"], [])
    assert _real_sides("Iran smuggled weapons to Armenia.", "AID") == (["IRN"], ["ARM"])
    assert _real_sides("Turkey's defence minister vowed to stand by Azerbaijan until the end.", "AGREE") == (["TURGOV"], ["AZE"])
    assert _real_cameos("The EU mission said its patrols had observed no Azerbaijani troop movements near the border.") == []


def test_what_follows_from_a_condition_is_hypothetical_and_a_threat_aimed_at_its_subject():
    # written for rashomon after a probe of our own reader comments: "If Turkey attacks Armenia, Russia will destroy
    # them" was a planned destruction of property, and "will strike back if Israel attacks" no threat
    found = {(e["event"], e["cameo"], e["modality"]) for e in code("If Turkey attacks Armenia, Russia will destroy them in a week.")}
    assert ("ASSAULT", "190", "hypothetical") in found, found
    assert one("If anything, Russia has helped the Taliban quite a lot.", "AID")["modality"] == "asserted"
    assert _real_sides("Iran said it will strike back if Israel attacks.", "THREATEN") == (["IRN"], ["ISR"])
    assert _real_sides("Iran will retaliate if it is attacked, the minister said.", "THREATEN") == (["IRN"], [])
    assert _real_cameos("Rebels destroyed a bridge near the town.") == ["1712"]


def test_what_one_retaliates_with_is_the_act_and_hitting_back_at_claims_criticism():
    # written for rashomon after the probe above: "retaliated with air strikes on Gaza" was force of no kind at no one,
    # and "hit back at Baku's claims" would be force
    assert _real_cameos("Israel retaliated with air strikes on Gaza.") == ["195"]
    assert _real_sides("Armenia hit back at Baku's claims on Monday.", "ACCUSE") == (["ARM"], ["AZEGOV"])


def test_a_pronoun_in_a_reported_clause_beside_another_is_the_reporters():
    # written for rashomon after the demo record: Baku "claimed ... that Armenian forces had fired first ... and that it
    # had merely retaliated" had the Armenian forces retaliate
    found = _real_paragraph("The regime in Baku claimed on Tuesday that Armenian forces had fired first on its positions "
                            "and that it had merely retaliated.")
    assert ("ASSAULT", ["AZEGOV"], ["ARMMIL"], "AZEGOV") in found, found  # (at whoever fired first, since stop 48)


def test_whom_a_country_expels_is_not_its_own():
    # written for rashomon after the probe above: "said it would close the border and that it would expel the
    # ambassador" expelled Iran's own ambassador, as a threat only supposed
    found = _real_paragraph("Iran said it would close the border and that it would expel the ambassador.")
    assert ("THREATEN", ["IRN"], ["GOV"], "IRN") in found, found


def test_protesters_storming_a_building_riot_and_what_the_building_does_is_theirs():
    # written for rashomon after a probe of our own sentences: "Protesters stormed the parliament building in Yerevan
    # demanding the prime minister's resignation" was military force, and the demand the building's
    found = _real_paragraph("Protesters stormed the parliament building in Yerevan demanding the prime minister's resignation.")
    assert found[0][:2] == ("PROTEST", ["ARMOPP"]), found
    assert all(e[1] == ["ARMOPP"] for e in found), found


def test_a_visit_condemned_is_the_visitors():
    # written for rashomon after a probe of our own sentences: "condemned the visit of the US speaker to Taiwan" was
    # aimed at Taiwan
    assert _real_sides("China condemned the visit of the US speaker to Taiwan as a provocation.", "ACCUSE") == (["CHN"], ["USALEG"])


def test_an_act_someone_is_accused_of_by_no_one_named_is_alleged_and_theirs():
    # written for rashomon after a probe of our own sentences: "sanctions on three Iranian companies accused of
    # supplying drones to Russia" had the supply asserted, by no one
    found = _real_moods("The US imposed sanctions on three Iranian companies accused of supplying drones to Russia.")
    assert ("AID", ["IRNBUS"], "hedged") in found, found
    assert ("AID", ["IRN"], "hedged") in _real_moods("Iran was accused of supplying drones to Russia.")
    assert ("ASSAULT", ["CVL"], "hedged") in _real_moods("Two men suspected of planting the bomb were arrested.")
    # an accuser named says it (the accusation's speaker is the accuser: not hedged)
    assert ("ASSAULT", ["ARM"], "asserted") in _real_moods("Azerbaijan has accused Armenia of shelling its positions.")


def test_a_visit_planned_is_planned_and_a_strike_on_sites_a_threat():
    # written for rashomon after a probe of our own sentences: "a visit by Blinken to Beijing was planned for next month"
    # was a visit made, and "said it would strike Iran's nuclear sites if talks fail" no threat at all
    assert ("CONSULT", ["USAGOV"], "planned") in _real_moods("Diplomats said a visit by Blinken to Beijing was planned for next month.")
    assert _real_sides("Israel said it would strike Iran's nuclear sites if talks fail.", "THREATEN") == (["ISR"], ["IRN"])


def test_the_weapon_an_attack_is_named_by_or_done_with_says_how():
    # written for rashomon after a probe of our own war reports: "launched a massive missile attack on Kyiv" and
    # "attacking the ... plant with drones" were force of no kind
    assert _real_cameos("Russian forces launched a massive missile attack on Kyiv overnight.") == ["195"]
    assert "195" in _real_cameos("Moscow accused Kyiv of attacking the nuclear plant with drones.")
    assert _real_cameos("Armenian forces shelled the town with artillery.") == ["194"]
    assert _real_cameos("The army launched a ground attack on the city.") == ["190"]


def test_a_place_of_ones_own_country_regained_is_not_taken_from_it():
    # written for rashomon after the probe above: Ukrainian troops recapturing a Ukrainian village attacked Ukraine
    assert "UKR" not in _real_sides("Ukrainian troops recaptured the village of Robotyne in the Zaporizhzhia region.", "ASSAULT")[1]
    assert _real_sides("Russian troops captured the village of Robotyne in the Zaporizhzhia region.", "ASSAULT")[1] == ["UKR"]


def test_insisting_something_is_so_is_a_claim_not_a_demand():
    # written for rashomon after a probe of our own sentences and the demo record: "Azerbaijan insists it never targeted
    # civilians" was a demand (and the targeting, a denial, was lost as its content); "Both Baku and Yerevan insist the
    # other side started it" was a demand by both
    assert ("ASSAULT", ["AZE"], "denied") in _real_moods("Azerbaijan insists it never targeted civilians.")
    assert "REQUEST" not in [e[0] for e in _real_moods("Both Baku and Yerevan insist the other side started it.")]
    # insisting that someone do something, or on something, is a demand
    assert _real_sides("Baku insisted that Armenia withdraw its troops from the region.", "REQUEST") == (["AZEGOV"], ["ARM"])
    assert _real_sides("Iran insisted on the withdrawal of foreign forces.", "REQUEST")[0] == ["IRN"]


def _real_target_texts(text, event):
    """Text and code of each target of the first ``event`` the whole stage codes in ``text``."""
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", text, "2021-06-01")])
    found = [e for e in events if e["event"] == event]
    assert found, f"no {event} in {events}"
    return [(a["actorText"], a["code"]) for a in found[0]["target"]]


def test_someones_supporters_or_kin_are_not_them():
    # written for rashomon after a probe of our own sentences: police detaining "dozens of supporters of opposition
    # leader X" detained X herself, and an arrest of "relatives of the slain journalist" was the journalist's
    assert _real_target_texts("Police in Minsk detained dozens of supporters of opposition leader Svetlana "
                              "Tikhanovskaya on Sunday.", "COERCE") == [
        ("dozens of supporters of opposition leader Svetlana Tikhanovskaya", "BLROPP")]  # fmt: skip
    assert _real_target_texts("Security forces arrested relatives of the slain journalist in Tehran.", "COERCE") == [
        ("relatives of the slain journalist in Tehran", "IRNCVL")]
    # a state's followers are civilians of the state, not the state; a cleric's are of his sector
    assert _real_sides("Supporters of President Erdogan rallied in Istanbul on Sunday.", "PROTEST")[0] == ["TURCVL"]
    assert _real_target_texts("Iraqi forces arrested followers of the cleric Moqtada al-Sadr in Basra.", "COERCE") == [
        ("followers of the cleric Moqtada al-Sadr", "IRQREL")]


def test_what_one_takes_part_in_is_the_clauses_act():
    # written for rashomon after an ACLED train-part miss: relatives who "took part in an unauthorized protest ...,
    # demanding" had their demand first (a clause's participle above the protest, which hung two steps lower)
    found = _real_paragraph("On 3 May 2020, around 30 relatives of trapped miners took part "
                            "in an unsanctioned rally in Kemerovo, demanding that regional officials speed up the rescue.")
    assert found[0][:2] == ("PROTEST", ["RUSCVL"]), found  # (its demand is its own: test_a_demand_made_in_a_protest)
    assert _real_paragraph("Farmers took part in a protest in Lahore, calling on the government to repeal the laws.")[0][0] == "PROTEST"


def test_a_strike_people_join_or_call_is_a_labour_strike():
    # written for rashomon after a probe of our own sentences: farmers who "participated in a strike" were an air
    # strike (195) with no doer; a strike aimed "on" someone stays one
    assert _real_paragraph("Workers participated in a strike in Lagos.") == [("PROTEST", ["NGALAB"], ["NGA"], None)]
    assert _real_cameos("Teachers joined the strike on Monday.") == ["143"]
    assert _real_cameos("Turkey continued its strikes on Kurdish positions in northern Iraq.") == ["195"]
    assert _real_cameos("The US military carried out a strike against militants in Somalia.") == ["195"]


def test_executives_are_business_and_forces_of_an_owner_of_no_known_country():
    # written for rashomon after ConfliBERT train-part misses and probes of our own sentences: an investigation
    # "against four executives of Siemens" was aimed at no one (executives named no sector); "the ministry said its
    # soldiers had been attacked" lost the soldiers (the ministry's country unknown, its forces were no one), and
    # "its forces" of an alliance were an army of their own, a target of the alliance's build-up
    assert _real_target_texts("Prosecutors opened a corruption investigation against four executives of Siemens.",
                              "ACCUSE") == [("executives", "BUS")]  # fmt: skip
    assert _real_target_texts("The ministry said its soldiers had been attacked by gunmen.", "ASSAULT") == [
        ("its soldiers", "MIL")]
    assert _real_sides("NATO strengthened its forces in Poland after the invasion.", "MOBILIZE") == (["IGOWSTNAT"], ["POL"])


def test_hosting_bases_or_refugees_and_escorting_convoys():
    # written for rashomon after a probe of our own sentences: "accused Baku of hosting Israeli spy bases" coded a
    # visit (043) by Baku to Israel, and "Russian peacekeepers escorted a convoy of refugees" coded nothing
    assert _real_cameos("Tehran accused Baku of hosting Israeli spy bases on its soil.") == ["112", "062"]
    assert _real_sides("Turkey hosts nearly four million Syrian refugees.", "AID") == (["TUR"], ["SYRREF"])
    assert _real_cameos("The Qatari emir hosted the Iranian president in Doha.") == ["043"]
    assert _real_cameos("Russian peacekeepers escorted a convoy of refugees back to Stepanakert.") == ["074"]
    assert _real_cameos("Police escorted the protesters out of the building.") == []


def test_whom_aid_is_sent_to_when_the_parser_makes_to_the_dative():
    # written for rashomon after a probe of our own sentences: "sent food to civilians in Mekelle" was aid to the town's
    # country (the parser made "to" the dative, whose object was never asked about); refugees somewhere are of no
    # country we know, not the donor's ("Germany will give 20 million euros to help refugees in Lebanon" was DEUREF)
    assert _real_target_texts("The UN sent food to civilians in Mekelle.", "AID") == [("civilians", "ETHCVL")]
    assert _real_sides("Germany will give 20 million euros to help refugees in Lebanon.", "AID")[1] == ["REF"]


def test_a_wire_headlines_comma_for_and_and_trade_fire_read_as_a_noun():
    # written for rashomon after probes of our own headlines: "Iran, Turkey hold talks" had Iran alone (the parser
    # makes both names subjects), and "Armenia, Azerbaijan trade fire on border" coded nothing ("trade" a noun)
    assert _real_paragraph("Iran, Turkey hold talks on Caucasus corridor") == [("CONSULT", ["IRN", "TUR"], [], None)]
    assert _real_paragraph("Armenia, Azerbaijan trade fire on border") == [("ASSAULT", ["ARM", "AZE"], [], None)]


def test_they_may_stand_for_a_regime_or_a_government():
    # written for rashomon after a sample of the caucasus record: an analyst asking where the Ayatollah's regime had
    # been, then saying "they" sent missiles to Hezbollah, gave the missiles to the Armenian occupiers of his
    # quotation before (a regime, being singular, was no "they")
    found = _real_paragraph('"The Armenian occupiers destroyed this region," the analyst said. "Where is the '
                            "Ayatollah's regime? They sent rockets to Hezbollah.\"")
    assert ("AID", ["IRNGOV"], ["LBNREBHZB"], None) in [(e, s, t, None) for e, s, t, _ in found], found
    assert _real_sides("Iran's government stayed silent for years. They sent rockets to Hezbollah instead.", "AID")[0] == ["IRNGOV"]


def _real_people(text, event):
    """(text, code, name) of each source of the first ``event`` the whole stage codes in ``text`` (dated 2021)."""
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", text, "2021-06-01")])
    found = [e for e in events if e["event"] == event]
    assert found, f"no {event} in {events}"
    return [(a["actorText"], a["code"], a["name"]) for a in found[0]["source"]]


def test_a_person_is_coded_as_of_the_time_the_text_gives_the_act():
    # written for rashomon after a sample of the caucasus record: Elchibey's wish, as president in 1992, to annex
    # regions of Iran was the opposition's (AZEOPP, the party he led later, as of the article's day); a name as of
    # then may be another person of that name (the sentences here are our own)
    assert _real_sides("In 1992 Abulfaz Elchibey, then the country's president, threatened to annex parts of northern "
                       "Iran.", "THREATEN")[0] == ["AZEGOV"]  # fmt: skip
    assert _real_people("In 1995, President Aliyev signed the 'contract of the century' with Western oil companies.",
                        "SUPPORT") == [("President Aliyev", "AZEGOV", "Heydar Aliyev")]  # fmt: skip
    assert _real_people("In 2015, Pashinyan led protests against the government in Yerevan.", "PROTEST") == [
        ("Pashinyan", "ARMOPP", "Nikol Pashinyan")]
    assert _real_people("Prime Minister Pashinyan visited Tehran on Monday.", "CONSULT")[0][1] == "ARMGOV"


def test_names_the_text_calls_villages_are_places_and_a_space_is_no_part_of_a_name():
    # written for rashomon after a sample of the caucasus record: the army's liberation of three villages named
    # before the word "villages" had them as unresolved actors aimed at, and a no-break space before "Iranian" was
    # part of the actor's text (the sentences here are our own)
    assert _real_target_texts("The army liberated Karkhan, Yukhari Tala and Ashagi Tala villages of Agdam district.",
                              "ASSAULT") == []  # fmt: skip
    assert _real_target_texts("Ukrainian troops recaptured the village of Robotyne.", "ASSAULT") == []
    assert _real_sides("The city of London condemned the attack.", "ACCUSE")[0] == ["GBRGOV"]
    assert _real_target_texts("Mortars fired by Armenia have even killed one\u00a0Iranian.", "ASSAULT") == [("Iranian", "IRN")]


def test_a_negation_is_shared_by_a_bare_verb_after_it_and_by_what_the_act_was_for():
    # written for rashomon after a sample of the caucasus record: a leader who "did not" push policies backing the
    # Uighurs of China supported them, asserted; and from probes of our own sentences
    assert _real_moods("The president did not condemn the coup or impose sanctions on the junta.") == [
        ("ACCUSE", ["GOV"], "denied"), ("SANCTION", ["GOV"], "denied")]
    assert _real_moods("The government never pushed any policy to support the Uighurs.") == [("SUPPORT", ["GOV"], "denied")]
    # a verb with a subject or a tense of its own is not under the first one's "not"
    assert [m for _, _, m in _real_moods("Armenia did not attack, but Azerbaijan imposed sanctions on it.")][-1] == "asserted"


def test_whose_help_is_asked_for_is_whom_it_is_asked_of():
    # written for rashomon after a sample of the caucasus record: a comment asking why a leader did not ask for a
    # country's assistance to retake a region had the request aimed at the region (the purpose's object), and "the
    # government appealed for French military assistance" made the government French and aimed at no one (the
    # sentences here are our own)
    assert _real_sides("Why did Georgia not ask for American assistance to fight Russia?", "REQUEST") == (["GEO"], ["USA"])
    assert _real_sides("The government appealed for French military assistance against the rebels.", "REQUEST") == (
        ["GOV"], ["FRAMIL"])
    assert _real_sides("Armenia asked for Russia's help against Azerbaijan.", "REQUEST") == (["ARM"], ["RUS"])


def test_the_two_foreign_ministers_the_neighbours_a_mediator_goes_between_and_a_datelines_subject():
    # written for rashomon after a sample of the demo's record (our own articles): "Reports that the two foreign
    # ministers may meet" after "Peace between Baku and Yerevan" was a meeting of Iran's (a word between "the two"
    # and the noun hid the description); "ready to mediate between the two neighbours" after "called on Baku and
    # Yerevan" went between no one (three countries named before, the mediator's own among them); and "SOTK,
    # Gegharkunik – Azerbaijani troops shelled ..." had the dateline's village as the doer
    found = _real_paragraph("Peace between Baku and Yerevan will not come soon. Reports that the two foreign ministers "
                            "may meet soon are encouraging.")  # fmt: skip
    assert found == [("CONSULT", ["AZEGOV", "ARMGOV"], [], None)], found
    found = _real_paragraph("Russia's foreign ministry called on Baku and Yerevan to show restraint and said Moscow was "
                            "ready to mediate between the two neighbours.")  # fmt: skip
    assert ("AGREE", ["RUSGOV"], ["AZE", "ARM"], None) in [(e, s, t, None) for e, s, t, _ in found], found
    found = _real_paragraph("SOTK, Gegharkunik – Azerbaijani troops shelled Armenian positions late on Monday, "
                            "Armenia's defence ministry said.")  # fmt: skip
    assert [s for _, s, _, _ in found] == [["AZEMIL"]], found


def test_tribes_are_people_and_control_transferred_is_handed_over():
    # written for rashomon after probes of our own sentences in the way of CASE's agreements and territory handed
    # over: "representatives of the two tribes agreed to end hostilities" was dropped for want of a side (a tribe
    # was no one), and "control of the border crossing was transferred to the Palestinian Authority" coded nothing
    found = _real_paragraph("Representatives of the two tribes agreed to end hostilities after talks.")
    assert found and found[0][:2] == ("AGREE", ["CVL"]), found
    assert _real_paragraph("Control of the border crossing was transferred to the Palestinian Authority.") == [
        ("RETREAT", [], ["PSEGOV"], None)]
    assert _real_cameos("The government transferred 500 million dollars to the central bank.") == []


def test_a_demand_made_in_a_protest_is_the_protests():
    # written for rashomon after a probe of our own sentences in the way of ACLED's notes: "villagers staged a sit-in
    # ..., demanding compensation" was two protests (the demand made one of its own); whom the demand is made of is
    # the protest's target where it names only its place; a protest the rules leave out leaves its demand the protest
    assert _real_paragraph("Villagers staged a sit-in outside the district office demanding compensation.") == [
        ("PROTEST", ["CVL"], [], None)]
    found = _real_paragraph("On 3 May 2020, around 30 relatives of trapped miners took part "
                            "in an unsanctioned rally in Kemerovo, demanding that regional officials speed up the rescue.")
    assert found == [("PROTEST", ["RUSCVL"], ["RUSGOV"], None)], found
    assert [e for e, _, _, _ in _real_paragraph("In Lima, a small group of street vendors protested demanding permits "
                                                "to reopen their stalls.")] == ["PROTEST"]  # fmt: skip


def test_recalling_an_envoy_in_protest_and_extending_a_peacekeeping_mandate():
    # written for rashomon after a probe of our own sentences: "Pakistan recalled its high commissioner from New
    # Delhi in protest" was a street protest (141) by Pakistan (a high commissioner was no envoy, and what an act
    # is done in protest of was a protest of its own), and extending "the mandate of the peacekeeping mission" was a
    # demand (the CAMEO verb patterns' "extend mandate")
    assert _real_paragraph("Pakistan recalled its high commissioner from New Delhi in protest.") == [
        ("SANCTION", ["PAK"], ["IND"], None)]
    assert _real_cameos("Shopkeepers kept their shops closed in protest.") == ["141"]
    assert _real_cameos("The Security Council extended the mandate of the peacekeeping mission in Mali.") == ["074"]


def test_an_act_named_again_is_not_another():
    # written for rashomon after probes of our own paragraphs and the caucasus record: "Baku called the request a
    # provocation" after "He asked Putin for more peacekeepers" was a second request, Baku's (and calling it a
    # provocation nothing); "the visit proved futile", "the war has been won" were events of their own, with no side
    found = _real_paragraph("The Armenian prime minister flew to Moscow last week. He asked Putin for more "
                            "peacekeepers, but the Kremlin refused. Baku called the request a provocation.")  # fmt: skip
    assert [e for e, _, _, _ in found].count("REQUEST") == 1, found
    assert ("ACCUSE", ["AZEGOV"], ["ARMGOV"], None) in found, found
    found = _real_paragraph("Iranian troops held drills near the border on Friday. Baku said the exercises were a threat.")
    assert [e for e, _, _, _ in found].count("MOBILIZE") == 1, found
    # a side the sentence adds keeps it: the same war, won by someone
    found = _real_paragraph("Russia fought a long war in Syria. Its air force made it possible for the Syrian Army to win that war.")
    assert [s for e, s, _, _ in found if e == "ASSAULT"][-1] == ["SYRMIL"], found


def test_advisers_sent_are_military_cooperation():
    # written for rashomon after a sample of the caucasus record: people an Iranian commander said were sent to
    # Azerbaijan as advisers in the 1990s coded nothing (the sentences here are our own)
    assert _real_sides("Russia sent military advisers to Mali.", "COOPERATE") == (["RUS"], ["MLI"])
    assert _real_cameos("Iran sent several officers to Armenia as advisers.") == ["062"]


def test_a_state_protests_by_a_complaint_not_in_the_street():
    # written for rashomon after a probe of our own paragraphs: "Iran protested against Azerbaijan's detention of two
    # Iranian truck drivers" was a demonstration (141) by Iran
    assert _real_paragraph("Iran protested against Azerbaijan's detention of two Iranian truck drivers.") == [
        ("ACCUSE", ["IRN"], ["AZE"], None)]
    assert _real_cameos("The Russian embassy protested over the treatment of its citizens.") == ["114"]
    # people protest in the street, a committee too
    assert _real_cameos("Farmers protested against the new law.") == ["141"]
    assert _real_cameos("A joint action committee of journalists protested against the arrest of an editor.") == ["141"]


def test_taking_off_is_no_taking():
    # written for rashomon after a probe of our own sentences: drones that "had taken off from Azerbaijani territory"
    # took the territory (190, then 195 for the drones), an assault on Azerbaijan
    assert _real_cameos("Iranian media reported that Israeli drones had taken off from Azerbaijani territory.") == []
    assert _real_cameos("Rebels took over the airport.") == ["190"]


def test_a_person_is_no_it():
    # written for rashomon after a probe of our own sentences: in "Erdogan threatened to cut off gas supplies to
    # Armenia if it blocked the corridor" the "it" was Erdogan, so the threat was aimed at no one (its condition's
    # subject, him, was its own source) and the blocking was his; a country whose officer speaks may be an "it"
    found = _real_paragraph("Erdogan threatened to cut off gas supplies to Armenia if it blocked the corridor.")
    assert found[0] == ("THREATEN", ["TURGOV"], ["ARM"], None), found
    assert all("TURGOV" not in s for e, s, _, _ in found[1:]), found
    assert _real_sides("Turkey's president says it will begin a new military operation against Kurdish fighters in "
                       "Syria.", "THREATEN")[0] == ["TURGOV"]  # fmt: skip


def test_took_part_in_a_strike_however_the_parser_hangs_in():
    # found on reading the change: "took part in" was recognised by two pieces written apart, the strike's cue
    # reading only an "in" the parser hangs from "part", so "Workers took part in a strike in Lagos" (the "in" hung
    # from "took") was still an air strike
    assert _real_cameos("Workers took part in a strike in Lagos.") == ["143"]
    assert _real_cameos("Students took part in a strike against the fee hike.") == ["143"]


def test_positions_taken_over_are_ground_taken():
    # written for rashomon after a probe of our own sentences: "The army took over the rebel positions" coded nothing
    # (the positions were not among the things a taking takes); a position taken up or held on a question is none
    assert _real_sides("The army took over the rebel positions.", "ASSAULT") == (["MIL"], ["REB"])
    assert _real_cameos("Militants seized a police post near the border.") == ["190"]
    assert _real_cameos("She took up a post at the university.") == []
    assert _real_cameos("The government took a firm position on the issue.") == []


def test_a_base_hosting_troops_is_no_act_and_its_troops_are_the_target():
    # written for rashomon after a probe of our own sentences: in "Iraqi militias fired rockets at a base hosting US
    # troops" the hosting was military cooperation of no one's and the rocket fire was aimed at no one
    assert _real_paragraph("Iraqi militias fired rockets at a base hosting US troops.") == [
        ("ASSAULT", ["IRQREB"], ["USAMIL"], None)]
    assert _real_cameos("Drones struck an airfield hosting Russian jets.") == ["195"]
    # a state that hosts forces still cooperates
    assert _real_cameos("Djibouti hosts a Chinese naval base.") == ["062"]


def test_an_envoy_summoned_outranks_an_author_of_no_named_country():
    # written for rashomon after a probe of our own sentences: "Turkey summoned the US ambassador over comments made
    # by the president" was a complaint against Turkey's own government (the president's country came from the
    # context); an author the text names keeps the complaint
    assert _real_sides("Turkey summoned the US ambassador over comments made by the president.", "ACCUSE") == (
        ["TUR"], ["USAGOV"])
    assert _real_sides("Turkey summoned the US ambassador over comments by the American president.", "ACCUSE") == (
        ["TUR"], ["USAGOV"])
    assert _real_sides("Armenia complained to Russia over attacks by Azerbaijani troops.", "ACCUSE") == (
        ["ARM"], ["AZEMIL"])


def test_airspace_violated_or_entered_is_a_show_of_force():
    # written for rashomon after a probe of our own paragraphs: "Iranian drones had entered Azerbaijani airspace"
    # coded nothing, so a denial of it ("Tehran rejected the claim") had nothing to deny; the CAMEO verb patterns
    # read a violated airspace as a military posture (150)
    assert _real_sides("Russian jets violated Estonian airspace on Tuesday.", "MOBILIZE") == (["RUSMIL"], ["EST"])
    assert _real_sides("Iranian drones had entered Azerbaijani airspace.", "MOBILIZE") == (["IRNMIL"], ["AZE"])
    assert _real_cameos("The tourists entered the waters of the lake.") == []


def test_what_an_attack_is_done_with_is_not_its_target():
    # written for rashomon after a probe of our own reader comments: in "they will attack Tabriz with Israeli drones"
    # the drones (ISRMIL) were whom the attack was aimed at, not Tabriz
    assert _real_sides("Azerbaijan will attack Tabriz with Israeli drones.", "ASSAULT") == (["AZE"], ["IRN"])
    assert _real_sides("Police beat the protesters with batons.", "ASSAULT")[1] == ["OPP"]
    # a side one fights with is one
    assert _real_sides("Armenia clashed with Azerbaijani troops.", "ASSAULT") == (["ARM"], ["AZEMIL"])


def test_a_capital_attacked_is_the_city():
    # written for rashomon after a probe of our own sentences: "Russia struck Kyiv with Iranian drones" was aimed at
    # Ukraine's government (a capital read as its government, as in "Kyiv said"), where another city is its country
    assert _real_sides("Russia struck Kyiv with Iranian drones.", "ASSAULT") == (["RUS"], ["UKR"])
    assert _real_sides("Kyiv accused Moscow of war crimes.", "ACCUSE") == (["UKRGOV"], ["RUSGOV"])


def test_a_claim_rejected_is_someones_not_the_writers_report():
    # written for rashomon after a probe paragraph of our own: Iran's drills, which the writer reported, were what
    # "Tehran rejected the claim" denied, where the claim was Azerbaijan's, that the drills were a threat (then a
    # threat of no one's); calling an act a threat is criticism of whoever did it
    found = _real_paragraph("Iran held military exercises near the border with Azerbaijan last week. Azerbaijani "
                            "officials called the drills a threat to regional security. Tehran rejected the claim.")
    assert ("ACCUSE", ["AZEGOV"], ["IRN"], None) in found, found
    assert not any(e == "THREATEN" for e, _, _, _ in found), found
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Iran held military exercises near the border last week. Azerbaijani officials "
                                  "called the drills a threat. Tehran rejected the claim.", "2021-10-05")])
    assert "denied" not in [e["provenance"]["modality"] for e in events], events
    # what the writer reports last is still what a denial after it denies, and an act someone told
    (events,) = code_texts([("x", "Iranian drones entered Azerbaijani airspace on Monday. Tehran denied it.", "2021-10-05")])
    assert [e["provenance"]["modality"] for e in events] == ["asserted", "denied"]
    (events,) = code_texts([("x", 'Baku said Armenian forces shelled Tovuz. "Our units returned fire," it said. '
                                  "Armenia denied the report.", "2020-07-13")])
    assert [e["provenance"]["modality"] for e in events] == ["asserted", "asserted", "denied"]


def test_probed_conflict_notes_of_our_own():
    # written for rashomon after a probe of ACLED-style notes of our own: a drone launched at an airport coded
    # nothing; a village retaken "from" fighters was aimed at the village's country (a town of the same name in
    # Myanmar) instead of the fighters; supporters of "the opposition party" and members of "the teachers' union"
    # were no one (a party or a union is an institution, but an opposition party or a teachers' union names people)
    assert _real_sides("Houthi forces launched a drone at an airport in southern Saudi Arabia.", "ASSAULT") == (
        ["YEMREBHTH"], ["SAU"])
    assert _real_cameos("Houthi forces launched a drone at an airport in southern Saudi Arabia.") == ["195"]
    # (rebels of no country before the table knew ISWAP, the Islamic State's West African province)
    assert _real_sides("Government forces recaptured the village of Kalay from ISWAP fighters.", "ASSAULT")[1] == ["IMGMUSISI"]
    assert _real_sides("Supporters of the opposition party attacked a police station in Harare.", "ASSAULT") == (
        ["ZWEOPP"], ["ZWECOP"])
    assert _real_sides("The opposition party criticised the government.", "ACCUSE")[0] == ["OPP"]
    assert _real_sides("Members of the teachers' union held a sit-in outside the education ministry.", "PROTEST")[0] == ["LAB"]
    # a party and a union alone are no one the context could complete
    assert _real_sides("The party criticised the government.", "ACCUSE")[0] == []


def test_they_in_a_speakers_words_is_the_other_side_spoken_of():
    # written for rashomon after a probe paragraph of our own: in 'Pashinyan said Azerbaijan was preparing an
    # offensive. "They have massed troops along the border. They shelled Jermuk last night," he told reporters.'
    # both acts were no one's (no plural subject before "they"), and the troops massed were whom the massing was
    # aimed at
    found = _real_paragraph('Armenian Prime Minister Nikol Pashinyan said on Tuesday that Azerbaijan was preparing a '
                            'new offensive. "They have massed troops along the border. They shelled Jermuk last '
                            'night," he told reporters.')
    assert ("MOBILIZE", ["AZE"], [], "ARMGOV") in found, found
    assert ("ASSAULT", ["AZE"], ["ARM"], "ARMGOV") in found, found
    # the writer's own "they" is left to the rules before (no speaker, no other side to tell)
    assert _real_sides("They have massed troops along the border.", "MOBILIZE") == ([None], [])


def test_probed_wire_acts_of_our_own():
    # written for rashomon after a probe of our own wire sentences: ministers who "spoke by phone" consulted no one;
    # gas supplies cut were aid given (the noun "supplies"); troops a pair agreed to disengage were whom the agreement
    # was aimed at. Supplies, deliveries or aid cut, halted or suspended are material aid stopped (162), as ConfliBERT's
    # train sentences of suspended aid deliveries class them (verbal conflict); power or water cut off withheld (170)
    assert _real_sides("The foreign ministers of Armenia and Azerbaijan spoke by phone on Friday.", "CONSULT")[0] == [
        "ARMGOV", "AZEGOV"]
    assert _real_cameos("Putin and Erdogan talked by telephone about the Karabakh ceasefire.")[0] == "041"
    assert _real_sides("Russia cut gas supplies to Bulgaria and Poland.", "SANCTION") == (["RUS"], ["BGR", "POL"])
    assert _real_cameos("Gazprom halted gas deliveries to Latvia.") == ["162"]
    assert _real_cameos("The occupying forces cut the electricity to the city.") == ["170"]
    assert _real_sides("India and China agreed to disengage troops along the disputed border.", "AGREE") == (
        ["IND", "CHN"], [])


def test_probed_background_of_our_own():
    # written for rashomon after a sample of the caucasus record: an agreement acted "in line with" (no comma after
    # it, so the parser made it the sentence's head), sanctions a country is helped to sidestep and a war that only
    # says when ("prior to the war") were events of their own (the sentences here are our own)
    # (troops sent to an area, no one named, deploy: 154, as "Russia sent troops to the region" does)
    assert _real_cameos("In line with the ceasefire accord Russian troops were sent to the region for five years.") == ["154"]
    assert _real_cameos("Armenia allowed Iran to sidestep the banking sanctions.") == ["080"]
    assert _real_cameos("The town was peaceful prior to the war.") == []
    assert _real_cameos("Since the war, the country has rebuilt the region.") == []
    # a war that does something, or that people flee, is still one
    assert _real_cameos("The war killed thousands of people.") == ["1823"]
    assert _real_cameos("Thousands fled the war.") == ["190"]


def test_probed_demo_wire_of_our_own():
    # written for rashomon after a sample of the demo's record: a dateline of one name in capitals ("MOSCOW – The
    # foreign ministers of Armenia and Azerbaijan have agreed ...") was the agreement's source (RUSGOV), one of two
    # ("YEREVAN/BAKU – Armenia and Azerbaijan accused each other ...") the accusation's and its speaker; firing
    # that two sides accuse "each other" of was no one's; an offer to mediate was an offer of anything (the
    # sentences here are our own)
    found = _real_paragraph("MOSCOW – The foreign ministers of Armenia and Azerbaijan have agreed to meet in Almaty.")
    assert found[0][:2] == ("AGREE", ["ARMGOV", "AZEGOV"]), found
    assert _real_sides("TEHRAN – Iran summoned the Azerbaijani ambassador.", "ACCUSE") == (["IRN"], ["AZEGOV"])
    found = _real_paragraph("YEREVAN/BAKU – Armenia and Azerbaijan accused each other on Tuesday of opening fire near "
                            "the border.")
    assert ("ACCUSE", ["ARM", "AZE"], [], None) in found, found
    assert ("ASSAULT", ["ARM", "AZE"], [], "ARM") in found, found
    assert _real_sides("Armenia and Azerbaijan accused each other of opening fire near the village.", "ASSAULT")[0] == [
        "ARM", "AZE"]
    # an organisation in capitals before an aside is no dateline
    assert _real_sides("NATO – the alliance – condemned the attack.", "ACCUSE")[0] == ["IGOWSTNAT"]
    assert _real_cameos("Qatar offered to mediate between the two sides.") == ["039"]


def test_a_commitment_to_an_agreement_is_no_agreement_signed():
    # written for rashomon after a sample of the demo's record: officials who "remained committed to a peace treaty"
    # signed one (057), of no one's; "Baku is committed to the peace process" was a commitment of no one's (the
    # sentences here are our own)
    assert _real_sides("Azerbaijan remains committed to a peace treaty with Armenia.", "AGREE") == (["AZE"], ["ARM"])
    assert _real_cameos("Azerbaijan remains committed to a peace treaty with Armenia.") == ["030"]
    assert _real_sides("Baku is committed to the peace process.", "AGREE")[0] == ["AZEGOV"]
    assert _real_cameos("Armenia and Azerbaijan signed a peace treaty.") == ["057"]


def test_a_paragraph_opened_by_he_said_goes_on_with_the_speaker_before():
    # written for rashomon after a sample of the caucasus record: a paragraph that opens '"I am glad ...," he
    # concluded.' after one quoting a named person at length had "he", unresolved, as its speaker and its "I"
    # (our own paragraphs here)
    text = ('In an interview, Avigdor Lieberman, who served as Israel\'s defence minister, said: "Iran is the main '
            'threat in the region. Its proxies are everywhere. They attack our citizens. The world must wake up."\n'
            '"I am glad that our neighbours understand Iran\'s aims," he concluded. "I urge President Biden to '
            'stop being gullible."')
    found = _real_paragraph(text)
    assert ("REQUEST", ["ISRGOV"], ["USAGOV"], "ISRGOV") in found, found
    # a paragraph of its own whose "he" nothing before names stays unnamed
    found = _real_paragraph('"I urge President Biden to stop being gullible," he concluded.')
    assert found == [("REQUEST", [None], ["USAGOV"], None)], found


def test_a_name_the_table_does_not_know_takes_the_office_its_clause_gives():
    # written for rashomon after a sample of the caucasus record: a speaker named with a clause ("X, who served as
    # Israel's ... minister") was coded by the actor table's own entry for him; a name the table does not know was
    # no one, however its clause named the office (our own sentences, with a made-up name)
    assert _real_sides("Tomas Varga, who is Hungary's foreign minister, criticised the European Union.", "ACCUSE")[0] == ["HUNGOV"]
    assert _real_sides("Tomas Varga, who served as Hungary's foreign minister, criticised the European Union.", "ACCUSE")[0] == ["HUNELI"]
    assert _real_sides("Tomas Varga, who lives in Budapest, criticised the European Union.", "ACCUSE")[0] == [None]


def test_probed_speculation_of_our_own():
    # written for rashomon after a probe of our own speculative sentences: "If Baku attacks, ..." (the parser makes
    # "attacks" a noun and Baku its compound, read as where attacks happen) was no one's; an attack one is bidden to
    # "imagine" was asserted; what "nobody believes" was asserted, and what someone believes will happen a threat
    # by whoever would do it, aimed at no one (the parser took the object for an adverb)
    assert _real_sides("If Baku attacks, Yerevan will respond.", "ASSAULT")[0] == ["AZEGOV"]
    assert one("Imagine Israel bombing Iranian nuclear sites from Azerbaijani bases.", "ASSAULT")["modality"] == "hypothetical"
    assert one("Nobody believes that Iran will attack Azerbaijan.", "ASSAULT")["modality"] == "disputed"
    assert one("No one says that Russia sent troops to Armenia.", "AID")["modality"] == "disputed"
    assert _real_sides("Everyone believes that Iran will attack Azerbaijan.", "ASSAULT") == (["IRN"], ["AZE"])
    # a government's own word of what it will do is still a threat; talks named by the capital they are held in
    # are held by whoever joins them (they were no one's)
    assert _real_cameos("The minister said Iran will attack Azerbaijan.") == ["1384"]
    assert _real_sides("Russia and Turkey joined the Astana talks.", "CONSULT")[0] == ["RUS", "TUR"]


def test_probed_named_actors_of_our_own():
    # written for rashomon after a probe of our own sentences on named actors: "Wagner fighters" were rebels of the
    # country of a town near which they killed (the table knew only "the Wagner Group"), Pope Francis a cleric of
    # the country he spoke of, and a loan approved or extended an endorsement (050) or nothing
    assert _real_sides("Wagner fighters executed several civilians near the town.", "ASSAULT")[0] == ["RUSMIL"]
    assert _real_sides("The Wagner group seized the town.", "ASSAULT")[0] == ["RUSMIL"]
    assert _real_sides("Pope Francis called for an end to the fighting in Sudan.", "REQUEST")[0] == ["VATREL"]
    assert _real_sides("The IMF approved a $3 billion loan for Pakistan.", "AID") == (["IGOBUSIMF"], ["PAK"])
    assert _real_cameos("China extended a $2 billion loan to Sri Lanka.") == ["071"]


def test_probed_agreements_and_handovers_of_our_own():
    # written for rashomon after a probe of our own sentences in the manner of CASE's agreement and territory-transfer
    # snippets: prisoners two sides agreed to swap were whom the agreement was aimed at, and control of a town
    # handed to an army (no "over") was no event
    assert _real_sides("The army and the tribal fighters agreed to swap prisoners.", "AGREE") == (["MIL", "REB"], [])
    assert _real_sides("Government negotiators and the rebels agreed to exchange prisoners.", "AGREE")[1] == []
    assert _real_cameos("Kurdish forces handed control of the town to the Syrian army.") == ["0842"]
    assert _real_sides("The militia handed control of the town to the army.", "RETREAT") == (["REB"], ["MIL"])
    assert _real_cameos("She handed the letter to the minister.") == []


def test_a_peoples_forces_are_no_states_army():
    # written for rashomon after a probe of our own sentences: "Kurdish forces handed control of the town to the
    # Syrian army" had the Kurdish forces as Syria's army (SYRMIL), the handover within one army
    assert _real_sides("Kurdish forces handed control of the town to the Syrian army.", "RETREAT") == (["SYRREB"], ["SYRMIL"])
    # a state's own forces named by its nationality, or special forces, are its army
    assert _real_sides("Special forces raided the compound.", "ASSAULT")[0] == ["MIL"]
    assert _real_sides("Syrian forces shelled the town.", "ASSAULT")[0] == ["SYRMIL"]


def test_government_fighters_are_an_army():
    # written for rashomon after a CASE train snippet changed with the rule above: "Syrian government fighters" were
    # rebels (the fighters' sector, with "government" yielding to it)
    found = _real_paragraph("Syrian government fighters surrendered to Kurdish forces in the city.")
    assert found[0][1:3] == (["SYRMIL"], ["SYRREB"]), found
    assert _real_sides("Government fighters recaptured the village.", "ASSAULT")[0] == ["MIL"]


def test_probed_comments_talk_of_and_where_a_doer_is():
    # written for rashomon after a sample of the caucasus record's comments: a return there had "been talk of" was
    # asserted; talks a foreign minister was "in Moscow for" had Moscow (RUS) among their doers (our own sentences)
    assert one("There had been talk of returning the strip of land to Iran.", "RETREAT")["modality"] == "hypothetical"
    assert one("Armenia returned the strip of land to Iran.", "RETREAT")["modality"] == "asserted"
    found = _real_paragraph("Iran's foreign minister, in Moscow for talks with Lavrov, criticised Baku.")
    assert all("RUS" not in s for _, s, _, _ in found), found


def test_probed_protests_of_our_own():
    # written for rashomon after ACLED train misses (protests the rules read as demands or as nothing), with
    # sentences of our own: "Supporters of a cleric protested ..., demanding his release" (no verb for the
    # sentence's head: the parser hangs both verbs from the subject's nouns) was a demand, the protest no one's;
    # a minister booed, a motorcade held to demand and tyres burned were no protest
    found = _real_paragraph("Supporters of a jailed cleric protested in the city, demanding his release.")
    assert [e for e, _, _, _ in found] == ["PROTEST"] and found[0][1] == ["REL"], found
    assert _real_sides("A group of teachers booed the education minister during a ceremony.", "PROTEST") == (["EDU"], ["GOV"])
    assert _real_cameos("Farmers held a motorcade to demand lower fuel prices.") == ["141"]
    assert _real_cameos("The president's motorcade drove through the city.") == []
    assert _real_cameos("Workers burned tyres outside the factory after it was closed.") == ["145"]


def test_probed_protests_of_our_own_more():
    # written for rashomon after more ACLED train misses, with sentences of our own: students who "protested against
    # the decision" complained as a state does (a lexicon row read "protest ... decision" as 114 even through
    # "against"); mothers and unionists were no one; tyres set on fire were property destroyed
    assert _real_cameos("Around 40 university students protested in the capital against the decision of the council.") == ["141"]
    assert _real_cameos("The foreign ministry protested against the decision to close the border.")[0] == "114"
    assert _real_cameos("Iran protested the decision.") == ["114"]
    assert _real_sides("Mothers of the missing soldiers continued their sit-in protest outside the ministry.", "PROTEST")[0] == ["CVL"]
    assert _real_sides("Several unionists booed the labour minister as he arrived at the ceremony.", "PROTEST")[0] == ["LAB"]
    assert _real_cameos("Workers set fire to tyres outside the factory.") == ["145"]
    assert _real_cameos("The militants set fire to the school.") == ["1712"]


def test_a_name_before_a_weapon_is_no_place():
    # written for rashomon after an ACLED train miss, with sentences of our own: rioters who threw Molotov cocktails
    # at a building attacked Russia (a town once called Molotov, the gazetteer's)
    assert _real_sides("Masked youths threw Molotov cocktails at a supermarket near the station.", "ASSAULT") == (["CVL"], [])
    assert _real_cameos("Masked youths threw Molotov cocktails at a supermarket near the station.") == ["183"]
    assert _real_sides("Protesters threw Molotov cocktails at the police.", "ASSAULT") == (["OPP"], ["COP"])


def test_a_protest_named_by_its_protesters_possessive_and_its_intervention():
    # written for rashomon after an ACLED train miss, with a sentence of our own: "Protesting residents were beaten
    # by police ... during their protest against the prime minister" had the beating first and the protest no one's
    found = _real_paragraph("Protesting residents were beaten by police in the square during their protest against "
                            "the prime minister.")
    assert found[0][:2] == ("PROTEST", ["CVL"]), found
    assert ("ASSAULT", ["COP"], ["CVL"], None) in found, found


def test_what_is_sold_worth_a_sum_goes_to_its_buyer():
    # written for rashomon after a probe of our own sentences: "Israel sold drones worth billions of dollars to
    # Azerbaijan" was sold to no one (the parser hangs the "to" from "worth")
    assert _real_sides("Israel sold drones worth billions of dollars to Azerbaijan.", "COOPERATE") == (["ISR"], ["AZE"])
    assert _real_sides("Germany delivered tanks worth 2 billion euros to Ukraine.", "AID")[1] == ["UKR"]


def test_a_states_positions_are_its_forces_and_a_monitoring_mission_keeps_the_peace():
    # written for rashomon after a probe of our own wire sentences: fire "on its positions" (the ministry's) was aimed
    # at Armenia's government, and a civilian monitoring mission deployed was a show of force (154)
    found = _real_paragraph("The Armenian defence ministry said Azerbaijani units had opened fire on its positions "
                            "overnight.")
    assert found[0] == ("ASSAULT", ["AZEMIL"], ["ARMMIL"], "ARMGOV"), found
    assert _real_cameos("The EU deployed a civilian monitoring mission along the border.") == ["074"]


def test_a_governments_rally_is_no_protest_and_a_crowds_call_is_its_own():
    # written for rashomon after CASE train misses, with sentences of our own: activists "detained before the
    # president's rally" came after a protest by the president; "arrested peaceful demonstrators calling for the
    # departure of the mission" was a demand by the police (the parser hangs "calling" from "arrested")
    found = _real_paragraph("Several opposition activists were detained before the president's rally in the town.")
    assert [e for e, _, _, _ in found] == ["COERCE"], found
    assert _real_cameos("Supporters of the opposition held a rally against the president.") == ["141"]
    found = _real_paragraph("Police fired tear gas and arrested peaceful demonstrators calling for the departure of "
                            "the peacekeeping mission.")
    assert not any(e == "REQUEST" for e, _, _, _ in found), found
    assert ("PROTEST", ["OPP"], [], None) in found, found


def test_a_crowd_that_confronts_police_clashes_with_them():
    # written for rashomon after a CASE train miss, with sentences of our own: youths who "confronted police"
    # did nothing (the CAMEO verb patterns put "confront" among meetings; only defying the curfew was coded)
    found = _real_paragraph("Groups of youths confronted police in several towns on Monday night, defying the curfew.")
    assert found[0] == ("ASSAULT", ["CVL"], ["COP"], None), found
    assert _real_cameos("The minister confronted the question of funding.") == []


def test_agreements_and_hand_ins_between_armed_sides():
    # written for rashomon from probes of our own sentences in the style of ACLED's agreements: clan leaders were
    # a government ("clan" is a loaded word for a ruling family), factions and ethnic armed groups no one, the
    # warring parties no one after the pair that fought, weapons handed in no act, prisoners traded a trade
    found = _real_paragraph("Clan leaders and the district council agreed to a truce after the clashes.")
    assert found[0][0] == "AGREE" and "ELI" in found[0][1], found
    assert _real_sides("The clan leaders met the governor.", "CONSULT")[0] == ["ELI"]
    assert _real_sides("Rival factions agreed to a prisoner exchange on Thursday.", "AGREE")[0] == ["REB"]
    assert _real_sides("The junta and the armed ethnic groups agreed to hold peace talks.", "AGREE")[0] == ["MIL", "REB"]
    found = _real_paragraph("Armenian and Azerbaijani troops clashed near the border. The warring parties agreed to "
                            "a truce on Friday.")
    assert ("AGREE", ["ARM", "AZE"], [], None) in found, found
    assert _real_cameos("The fighters handed in their weapons at the police station.") == ["0873"]
    assert _real_cameos("The militiamen gave up their arms in exchange for an amnesty.") == ["0873"]
    assert _real_cameos("Armenia and Azerbaijan traded prisoners at the border.") == ["0841"]
    # an alliance is an act only where it is formed, joined or signed; "the opposition alliance" is its doer
    assert _real_sides("The opposition alliance held a rally in the capital.", "PROTEST")[0] == ["OPP"]
    assert _real_cameos("The opposition alliance held a rally in the capital.") == ["141"]


def test_an_act_a_light_verbs_act_comes_after_or_answers_is_not_the_subjects():
    # written for rashomon from probes of our own sentences: the curfew's India did the "ethnic clashes" it came
    # after, the EU the crackdown its sanctions answered, and drills held "during the talks" were talks held
    found = _real_paragraph("India imposed a curfew in parts of Manipur after ethnic clashes.")
    assert not any(e == "ASSAULT" and "IND" in s for e, s, _, _ in found), found
    found = _real_paragraph("The European Union imposed sanctions on Iranian officials over the crackdown.")
    assert not any(e == "COERCE" and s for e, s, _, _ in found), found
    assert ("SANCTION", ["IGOEUREEC"], ["IRNGOV"], None) in found, found
    found = _real_paragraph("Iran held military drills near the border during the talks in Vienna.")
    assert found[0][:2] == ("MOBILIZE", ["IRN"]), found
    # the light verb's own act is still the subject's
    assert _real_sides("The army launched an offensive against the rebels.", "ASSAULT") == (["MIL"], ["REB"])


def test_an_envoy_summoned_is_another_countrys():
    # written for rashomon from a probe of our own sentence: "Britain summoned the ambassador" was Britain's own
    source, target = _real_sides("Britain summoned the ambassador over the killing of a journalist.", "ACCUSE")
    assert source == ["GBR"] and target and not target[0].startswith("GBR"), target
    source, target = _real_sides("Britain summoned the Russian ambassador over the killing.", "ACCUSE")
    assert target == ["RUSGOV"], target


def test_a_peacekeeping_mission_is_peacekeeping_by_those_who_join_it_where_they_go():
    # written for rashomon from probes of our own sentences: troops taking part in "the UN peacekeeping mission in
    # Congo" did nothing, those who joined it gave the UN's place to the mission
    # (in South Sudan: "Congo" alone is the Republic of the Congo to the actor table, COG, which a mission's "in"
    # phrase read apart, as a country's body, had made the Democratic Republic's)
    assert _real_sides("Pakistani troops take part in the UN peacekeeping mission in South Sudan.", "AID") == (["PAKMIL"], ["SSD"])
    source, target = _real_sides("Pakistani troops joined the UN peacekeeping mission in South Sudan.", "AID")
    assert source[0] == "PAKMIL" and target == ["SSD"], (source, target)
    assert _real_sides("Britain joined the US air strikes on Syria.", "ASSAULT") == (["GBR", "USA"], ["SYR"])
    # a noun act one travels for is aimed where one goes
    assert _real_sides("Russian troops arrived in Belarus for military drills.", "MOBILIZE") == (["RUSMIL"], ["BLR"])
    # a mission only named is no act ("the EU monitoring mission said ...")
    assert "AID" not in [e for e, _, _, _ in _real_paragraph("The EU monitoring mission said it was looking into the reports.")]


def test_whom_one_forces_or_lets_act_acts_and_a_battle_one_retreats_after_is_fought():
    # written for rashomon from probes of our own sentences: "forced the militants to withdraw" was the soldiers'
    # withdrawal, and "retreated after a six-hour gun battle with soldiers" had no battle
    assert _real_sides("Soldiers forced the militants to withdraw.", "RETREAT")[0] == ["REB"]
    assert _real_sides("The rebels were forced to retreat from the town.", "RETREAT")[0] == ["REB"]
    found = _real_paragraph("The army allowed the fighters to leave the city.")
    assert ("RETREAT", ["REB"], [], None) in found, found
    found = _real_paragraph("The insurgents retreated after a six-hour gun battle with soldiers near the village.")
    assert ("ASSAULT", ["REB"], ["MIL"], None) in found, found
    # a battle that is no fighting is no act
    assert _real_cameos("The opposition lost a legal battle over the election.") == []


def test_a_protest_force_meets_is_its_protesters_and_a_crowds_act_to_demand_is_a_protest():
    # written for rashomon from probes of our own sentences in the style of ACLED's protest notes: "dispersed a
    # peaceful rally by opposition supporters" had a rally of no one's and a dispersal aimed at no one; farmers who
    # "dumped vegetables in front of the parliament to demand better prices" only asked; downed tools were nothing
    found = _real_paragraph("Police dispersed a peaceful rally by opposition supporters.")
    assert ("PROTEST", ["OPP"], [], None) in found, found
    assert ("ASSAULT", ["COP"], ["OPP"], None) in found, found
    # the force's own side is not the protest's
    found = _real_paragraph("Israeli forces attacked a peaceful protest in the village.")
    assert not any(e == "PROTEST" and s for e, s, _, _ in found), found
    assert _real_sides("Farmers dumped vegetables in front of the parliament to demand better prices.", "PROTEST")[0] == ["AGR"]
    assert _real_sides("Dock workers downed tools on Monday.", "PROTEST")[0] == ["LAB"]
    # a demand in words, or a state's, is still a demand
    assert _real_cameos("The minister travelled to Moscow to demand the release of the pilots.") == ["100"]


def test_a_visitor_is_not_of_the_place_visited():
    # written for rashomon from a probe of our own sentence: "the minister travelled to Moscow to demand ..." was
    # Russia's minister
    source, _ = _real_sides("The minister travelled to Moscow to demand the release of the pilots.", "REQUEST")
    assert source == ["GOV"], source
    source, _ = _real_sides("The foreign minister visited Baku on Monday.", "CONSULT")
    assert source == ["GOV"], source


def test_a_retaliation_by_an_act_is_that_act_and_an_object_it_may_be_the_country_acted_on():
    # written for rashomon from probes of our own sentences: "Moscow retaliated by expelling 20 Czech embassy
    # staff" was also an attack by Moscow; "cut ties with Morocco, accusing it of hostile actions" accused no one
    assert _real_cameos("Moscow retaliated by expelling 20 Czech embassy staff.") == ["166"]
    assert _real_cameos("Israel retaliated.") == ["190"]
    assert _real_sides("Algeria cut diplomatic ties with Morocco, accusing it of hostile actions.", "ACCUSE") == (["DZA"], ["MAR"])
    assert _real_sides("Russia sold weapons to Armenia and then blamed it for the defeat.", "ACCUSE") == (["RUS"], ["ARM"])


def test_a_bomb_that_hits_a_minibus_attacks_and_a_crisis_that_hits_sales_does_not():
    # written for rashomon from a probe of our own sentence: "a roadside bomb hit a minibus" was nothing
    assert _real_cameos("A roadside bomb hit a minibus on the highway.") == ["183"]
    assert _real_cameos("The economic crisis hit car sales.") == []


def test_an_act_a_verb_comes_before_does_not_hide_it():
    # written for rashomon from a probe of our own sentence: troops that "exchanged fire for hours before agreeing to
    # a ceasefire" only agreed (a verb the lexicon does not list was not proposed where a listed trigger hung from
    # it through "before")
    found = _real_paragraph("Armenian and Azerbaijani troops exchanged fire for hours before agreeing to a ceasefire.")
    assert [e for e, _, _, _ in found] == ["ASSAULT", "AGREE"], found


def test_no_plan_to_act_denies_it_and_shepherds_are_farmers():
    # written for rashomon from a probe paragraph of our own: "the Kremlin said it had no plans to annex the
    # breakaway region" was a hypothetical annexation (as "any attempt to" is), where "does not plan to" is denied;
    # "two Georgian shepherds" detained were Georgia
    found = _real_moods("The Kremlin said it had no plans to annex the breakaway region.")
    assert found == [("COERCE", ["RUSGOV"], "denied")], found
    found = _real_moods("Tehran would oppose any attempt to close the border with Armenia.")
    assert ("COERCE", [], "hypothetical") in found, found
    found = _real_moods("Russia has plans to annex the region.")
    assert found == [("COERCE", ["RUS"], "planned")], found
    _, target = _real_sides("Russian border guards detained two Georgian shepherds near the line.", "COERCE")
    assert target == ["GEOAGR"], target


def test_whom_an_act_is_said_or_believed_of_did_it_and_an_allegation_of_no_one_is_no_accusation():
    # written for rashomon from probes of our own sentences: "the rebels were believed to have abducted the
    # engineers" had no abductor, and "herders were alleged to have stabbed a soldier" was an accusation of no one's
    # aimed at the soldier
    assert _real_sides("The rebels were believed to have abducted the engineers.", "ASSAULT")[0] == ["REB"]
    assert _real_sides("Two men were said to have attacked the convoy.", "ASSAULT")[0] == ["CVL"]
    found = _real_paragraph("Herders were alleged to have stabbed a soldier near the market.")
    assert [(e, s, t) for e, s, t, _ in found] == [("ASSAULT", ["AGR"], ["MIL"])], found
    # an accusation with its accuser stays one
    assert _real_sides("The minister was accused by the opposition of lying.", "ACCUSE") == (["OPP"], ["GOV"])


def test_imports_halted_are_a_sanction_and_a_former_president_is_out_of_office():
    # written for rashomon from probes of our own sentences: "Beijing halted imports of Australian wine" was nothing,
    # and "the former president" released or met was the government
    assert _real_sides("Beijing halted imports of Australian wine and barley.", "SANCTION") == (["CHNGOV"], ["AUS"])
    assert _real_cameos("The EU restricted exports of vaccines.") == ["163"]
    assert _real_sides("The junta released the former president from house arrest.", "RETREAT") == (["MIL"], ["ELI"])
    assert _real_sides("The president met the governor.", "CONSULT")[0] == ["GOV"]


def test_what_one_answers_is_not_what_one_says():
    # written for rashomon from a probe of our own sentence: in '"We will respond decisively to any aggression,"
    # President Aliyev told troops' the aggression was held by "We" (a speaker of no code), "respond" being a
    # speech verb whose "to" was read as what is said
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", '"We will respond decisively to any aggression," President Aliyev told troops.', "2021-10-01")])
    assert events and all((e["provenance"]["speaker"] or {}).get("code") == "AZEGOV" for e in events), events
    (events,) = code_texts([("x", "The ministry responded that Armenian forces had shelled the village.", "2021-10-01")])
    assert events[0]["provenance"]["speaker"]["text"] == "The ministry", events


def test_a_market_shot_at_is_a_place_and_tear_gas_fired_is_crowd_control():
    # written for rashomon from probes of our own sentences: "gunmen opened fire on a market" fought no one (a market
    # was only an economy, as in business news), "police fired tear gas" after which protesters dispersed was no
    # event, a released pastor and a person killed were no one
    assert _real_sides("Gunmen opened fire on a market.", "ASSAULT")[0] == ["UAF"]
    assert _real_cameos("Rebels shelled the main market in the city.") == ["194"]
    assert _real_cameos("Samsung beat market expectations.") == []
    assert _real_cameos("The company is attacking the smartphone market.") == []
    assert _real_sides("The protesters dispersed after police fired tear gas.", "ASSAULT") == (["COP"], [])
    assert _real_sides("Kidnappers released the pastor after holding him for a week.", "RETREAT")[1] == ["REL"]
    assert _real_sides("Gunmen killed a person near the border post.", "ASSAULT")[1] == ["CVL"]


def test_a_retreat_is_not_aimed_at_the_dead_it_left():
    # written for rashomon from a probe of our own sentence: militants who "withdrew ..., leaving 12 soldiers dead"
    # withdrew from the soldiers
    found = _real_paragraph("The militants withdrew after a three-hour attack on the army base, leaving 12 soldiers dead.")
    assert ("RETREAT", ["REB"], [], None) in found, found
    # an attack is aimed at those it left dead, and a release at whom its purpose names
    assert _real_sides("Gunmen attacked the village, leaving five people dead.", "ASSAULT") == (["UAF"], ["CVL"])
    assert _real_sides("Iran released two sailors to ease tensions with Britain.", "RETREAT") == (["IRN"], ["GBR"])


def test_fighting_that_stops_ends_and_a_district_commissioner_governs():
    # written for rashomon from probes of our own sentences: "fighting stopped after the two factions agreed to a
    # ceasefire" was fighting, and a truce "brokered by the district commissioner" had no broker
    found = _real_paragraph("Fighting stopped after the two factions agreed to a ceasefire.")
    assert found[0][0] == "RETREAT", found
    assert _real_cameos("The fighting did not stop.") == ["190"]
    assert _real_sides("A local truce between the two villages was brokered by the district commissioner.", "CONSULT")[0] == ["GOV"]
    assert _real_sides("The police chief met the protesters.", "CONSULT")[0] == ["COP"]


def test_years_of_war_a_deal_ends_are_ended():
    # written for rashomon from a probe of our own sentence: "the peace deal ... ends six years of war" was a war
    found = _real_paragraph("The peace deal, signed in Juba on Saturday, ends six years of war between the government "
                            "and the armed movements.")
    assert not any(e == "ASSAULT" for e, _, _, _ in found), found
    assert _real_cameos("Six years of war devastated the country.") == ["190"]


def test_a_prisoner_exchange_between_two_is_both_and_a_fight_between_two_kills_by_both():
    # written for rashomon from probes of our own sentences: "a prisoner exchange between the army and the rebels" was
    # the army's release of the rebels, and "fighting between the army and the rebels killed ten" killed by no one
    found = _real_paragraph("A prisoner exchange between the army and the rebels took place on Sunday.")
    assert ("RETREAT", ["MIL", "REB"], [], None) in found, found
    assert _real_sides("Fighting between the army and the rebels killed ten.", "ASSAULT")[0] == ["MIL", "REB"]


def test_missiles_fired_into_the_sea_show_force_and_water_cannon_used_is_crowd_control():
    # written for rashomon from probes of our own sentences: "fired two missiles into the sea" was an attack, and
    # "used water cannon against a supply boat" was nothing; "used tear gas to disperse the crowd" is one act
    assert _real_cameos("North Korea fired two short-range missiles into the sea off its east coast.") == ["150"]
    assert _real_cameos("Hamas fired rockets into Israel.") == ["194"]
    source, _ = _real_sides("Chinese coast guard ships used water cannon against a Philippine supply boat.", "ASSAULT")
    assert source == ["CHNMIL"], source
    assert _real_cameos("Police used batons and tear gas on Monday evening.") == ["175"]
    assert [c for c in _real_cameos("Police used tear gas to disperse the crowd.") if c.startswith("175")] == ["175"]


def test_officials_of_two_nations_named_by_adjectives_are_both_governments():
    # written for rashomon from a probe of our own sentence: "a meeting between the Chinese and Indian defence
    # ministers" was the Chinese people's
    assert _real_sides("A meeting between the Chinese and Indian defence ministers took place in Moscow.", "CONSULT")[0] == [
        "CHNGOV", "INDGOV"]
    assert _real_sides("French and German diplomats criticised the decision.", "ACCUSE")[0] == ["FRAGOV", "DEUGOV"]


def test_a_conjunct_right_before_a_verb_of_its_own_is_that_verbs_subject():
    # written for rashomon from a probe of our own reader comment: in "Israel sells drones to Baku and Baku sells oil
    # to Israel" the parser hangs the second "Baku" from the first and the second verb from the first, so Israel
    # sold the oil, to no one
    found = _real_paragraph("Israel sells drones to Baku and Baku sells oil to Israel, simple business.")
    assert [(s, t) for e, s, t, _ in found if e == "COOPERATE"] == [(["ISR"], ["AZE"]), (["AZEGOV"], ["ISR"])], found
    assert _real_sides("Russia sold weapons to Armenia and Azerbaijan.", "COOPERATE") == (["RUS"], ["ARM", "AZE"])


def test_an_anti_terrorist_operation_launched_is_force():
    # written for rashomon from a probe of our own sentence: "Azerbaijani forces launched an anti-terrorist
    # operation in Karabakh" was nothing (the hyphenated modifier, split by the tokenizer into three, met no cue)
    assert _real_sides("Azerbaijani forces launched an anti-terrorist operation in Karabakh.", "ASSAULT")[0] == ["AZEMIL"]
    assert _real_cameos("The army launched a rescue operation after the floods.") == []


def test_a_strike_called_off_ends_and_a_pro_palestinian_rally_is_not_palestines():
    # written for rashomon from probes of our own sentences: "workers called off the strike" called one (the bare
    # verb's rows were read when the phrasal verb's met nothing), and a "pro-Palestinian rally in London" was held by
    # Palestine, "anti-American protests" by the United States
    assert _real_cameos("Workers called off the strike.") == ["082"]
    assert _real_cameos("Workers called a strike.") == ["143"]
    found = _real_paragraph("Police arrested 20 people at a pro-Palestinian rally in London.")
    assert not any(e == "PROTEST" and "PSE" in s for e, s, _, _ in found), found
    found = _real_paragraph("Anti-American protests erupted in Baghdad.")
    assert not any(e == "PROTEST" and "USA" in s for e, s, _, _ in found), found
    assert _real_sides("A Palestinian rally took place in Ramallah.", "PROTEST")[0] == ["PSE"]


def test_armed_men_who_gather_mass_for_a_fight():
    # written for rashomon from probes of our own sentences: "militia fighters gathered in the town" was a
    # demonstration, and "troops massed near the frontline" nothing
    assert _real_cameos("Hundreds of militia fighters gathered in the town ahead of an expected offensive.") == ["154"]
    assert _real_cameos("Government troops massed near the frontline.") == ["154"]
    assert _real_cameos("Thousands of protesters gathered outside the parliament.") == ["141"]
    assert _real_cameos("Crowds massed in the central square.") == ["141"]


def test_taken_into_custody_is_an_arrest():
    # written for rashomon from a probe of our own sentence: "the journalist was taken into custody" was force (190)
    assert _real_sides("The journalist was taken into custody by police on Sunday.", "COERCE") == (["COP"], ["MED"])
    assert _real_cameos("The court took the case into consideration.") == []


def test_the_lemmatizers_slips_on_raped_and_waged():
    # written for rashomon from a probe of our own sentence: the small model lemmatizes "raped" as "rap", so "a girl
    # was raped by a soldier" was nothing
    assert _real_sides("A teenage girl was raped by a soldier at a checkpoint.", "ASSAULT") == (["MIL"], ["CVL"])
    from rashomon.nlp.pipeline import load

    assert [t.lemma_ for t in load()("They waged war and raped women.") if t.pos_ == "VERB"] == ["wage", "rape"]


def test_fire_exchanged_is_a_fight_and_a_pair_keeps_its_first_side():
    # written for rashomon from probes of our own sentences: "troops and rebels exchanged fire" was nothing, and in
    # "clashes erupted between the army and Tigrayan forces near the town" the army's phrase ran over its conjunct
    # to the town, so the army was read as the Tigrayan forces
    assert _real_sides("Troops and rebels exchanged fire for two hours.", "ASSAULT")[0] == ["MIL", "REB"]
    sides = _real_sides("Clashes erupted between the army and Tigrayan forces near the town.", "ASSAULT")
    assert sides == (["ETHMIL"], ["ETHREBTPL"])


def test_a_local_chief_is_an_elite_and_justice_demanded_is_no_judge():
    # written for rashomon from probes of our own sentences: "abducted a local chief" had no target, and "demanded
    # justice" was a demand made of the judiciary
    assert _real_sides("Unidentified gunmen abducted a local chief in the district.", "ASSAULT")[1] == ["ELI"]
    assert _real_sides("The mothers demanded justice for their sons.", "REQUEST")[1] == []


def test_south_asian_sides_and_acts():
    # written for rashomon from a probe of our own sentences in the style of South Asian news: Naxals, CRPF jawans,
    # party workers, student groups and a bomb squad were no one; a man hacked to death, a shutdown observed and
    # farmers squatting on railway tracks were no act, and a body found "with bullet wounds" was a seizure
    assert _real_sides("Suspected Naxals torched three vehicles.", "ASSAULT")[0] == ["INDREB"]
    assert _real_sides("Two CRPF jawans were injured when militants attacked their camp.", "ASSAULT")[1] == ["INDCOP"]
    assert _real_sides("PTI and PML-N activists exchanged blows outside the assembly.", "ASSAULT")[0] == ["PAKPTY", "PAKPTY"]
    assert _real_sides("Student groups called a bandh in the state.", "PROTEST")[0] == ["EDU"]
    assert _real_sides("The bomb squad defused a bomb found near the temple.", "COERCE")[0] == ["COP"]
    assert _real_cameos("A man was hacked to death by unidentified assailants.") == ["1823"]
    assert _real_cameos("Traders observed a shutdown in the town against the new tax.") == ["143"]
    assert _real_cameos("Farmers squatted on the railway tracks, disrupting train services.") == ["144"]
    assert _real_cameos("The body of a missing youth was found with bullet wounds.") == []


def test_the_members_of_two_named_groups_are_each_groups():
    # written for rashomon from a probe of our own sentence: of "Hamas and Fatah supporters", "BJP and TMC workers"
    # only the first group was a side (the second hung from the first as its conjunct)
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Likud and Yesh Atid activists clashed outside the Knesset.", "2021-01-01")])
    assert [a["name"] for a in events[0]["source"]] == ["Likud", "Yesh Atid"]


def test_a_visit_one_is_on_is_ones_own_to_where_one_is():
    # written for rashomon from a probe of our own sentences: "the Chinese foreign minister arrived in Islamabad on a
    # three-day visit" was a visit of no one's to no one; "the minister is in Moscow on a working visit" made the
    # minister Russia's
    assert _real_sides("The Chinese foreign minister arrived in Islamabad on a three-day visit.", "CONSULT") == (["CHNGOV"], ["PAK"])
    assert _real_sides("The Turkish president flew to Doha for a two-day visit.", "CONSULT") == (["TURGOV"], ["QAT"])
    assert _real_sides("The minister is in Moscow on a working visit.", "CONSULT") == (["GOV"], ["RUS"])


def test_what_an_act_carried_out_is_for_its_doer_does():
    # written for rashomon from a probe of our own sentence: in "police conducted raids to arrest gang members" the
    # arrest (an infinitive the parser hangs from "raids") had no one making it
    assert _real_sides("Police conducted raids to arrest suspected gang members in the city.", "COERCE")[0] == ["COP"]


def test_barricades_set_up_obstruct_and_police_roadblocks_restrict():
    # written for rashomon from probes of our own sentences: barricades and roadblocks set up or erected were no act;
    # those the police set up, of no country named, restrict movement (CAMEO 191) as a state's do
    assert _real_cameos("Protesters set up barricades on the main road.") == ["144"]
    assert _real_cameos("Police set up roadblocks around the capital.") == ["191"]


def test_owners_of_forces_moved_and_of_decisions_and_bombs_without_aircraft():
    # written for rashomon from probes of our own sentences in the style of wire reports: "the deployment of US
    # missiles in Poland" was no one's, "the Israeli decision to release prisoners" released by no one (only a
    # possessive named a decision's owner), and a bombing rebels deny was an air strike
    assert _real_sides("Moscow expressed concern over the deployment of US missiles in Poland.", "MOBILIZE") == (["USA"], ["POL"])
    assert _real_sides("The deployment of Russian troops in Belarus worried NATO.", "MOBILIZE")[0] == ["RUSMIL"]
    assert _real_sides("Hamas welcomed the Israeli decision to release 400 prisoners.", "RETREAT")[0] == ["ISR"]
    from rashomon.engine.code import code_texts

    ((event,),) = code_texts([("x", "The rebels denied responsibility for the bombing.", "2020-01-01")])
    assert (event["cameo"], event["provenance"]["modality"]) == ("183", "denied")


def test_the_two_who_met_are_both_sides_and_drills_read_as_a_verb_are_drills():
    # written for rashomon from probes of our own paragraphs: after "Pashinyan met Aliyev", "both sides discussed"
    # had no sides (each titled name also gave its country, so the pair was four actors), and "Egypt and Sudan held
    # joint air force drills" was nothing (the tagger read "drills" as a verb, the parser as the object of "held")
    found = _real_paragraph("Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Brussels. "
                            "Both sides also discussed humanitarian issues.")
    assert [(e, s) for e, s, _, _ in found] == [("CONSULT", ["ARMGOV"]), ("CONSULT", ["ARM", "AZE"])], found
    found = _real_paragraph("Egypt and Sudan held joint air force drills near the border. "
                            "Addis Ababa condemned the drills as a provocation.")
    assert found[0][:2] == ("COOPERATE", ["EGY", "SDN"]) and found[-1][:3] == ("ACCUSE", ["ETHGOV"], ["EGY", "SDN"]), found


def test_they_right_after_a_meeting_are_the_two_who_met_and_what_they_set_up_is_no_party():
    # written for rashomon from a probe paragraph of our own: "He met Afghan officials. They agreed to set up a joint
    # commission" had no one agreeing and the commission as the other party; "held talks in Brussels" were talks
    # with Belgium
    found = _real_paragraph("The Pakistani prime minister flew to Kabul on Monday. He met Afghan officials. "
                            "They agreed to set up a joint commission.")
    assert found[-1][:3] == ("AGREE", ["PAKGOV", "AFGGOV"], []), found
    assert _real_sides("Armenia and Azerbaijan held talks in Brussels.", "CONSULT") == (["ARM", "AZE"], [])


def test_an_act_in_the_present_is_of_now_not_of_the_date_before():
    # written for rashomon from a probe paragraph of our own: after "Georgia and Russia fought a brief war in 2008",
    # "Tbilisi accuses Moscow of occupying a fifth of its territory" was dated 2008
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Georgia and Russia fought a brief war in 2008. "
                                  "Tbilisi accuses Moscow of occupying a fifth of its territory.", "2021-06-01")])
    assert [(e["event"], e["date"]) for e in events][:2] == [("ASSAULT", "2008"), ("ACCUSE", "2021-06-01")], events


def test_property_destroyed_and_who_destroys_it():
    # written for rashomon from a probe of our own sentences in the style of ACLED's property destruction: statues
    # pulled down, houses bulldozed, trees uprooted and ships hijacked were no act; arsonists and pirates no one, a
    # teenager shot no one, "The navy" no one (the tagger called it an organisation, and the article opening the
    # sentence kept it from its context), and a navy seizing an Iranian tanker was Iran's
    assert _real_cameos("Protesters pulled down the statue of the former dictator.") == ["145"]
    assert _real_cameos("The army bulldozed houses in the disputed village.") == ["1712"]
    assert _real_cameos("Settlers uprooted hundreds of olive trees.") == ["1712"]
    assert _real_sides("Pirates hijacked a cargo ship off the coast of Somalia.", "COERCE")[0] == ["SOMCRM"]
    assert _real_sides("Arsonists set fire to the offices of a newspaper.", "ASSAULT")[0] == ["CRM"]
    assert _real_sides("Security forces shot dead a teenager during the protest.", "ASSAULT")[1] == ["CVL"]
    assert _real_sides("The navy seized a tanker in the Gulf.", "COERCE")[0] == ["MIL"]
    assert _real_sides("The navy seized an Iranian oil tanker in the Gulf.", "COERCE") == (["MIL"], ["IRNBUS"])


def test_mediators_named_after_their_noun_and_a_partys_leader_and_a_truce_signed_somewhere():
    # written for rashomon from a probe of our own sentences in the style of ACLED's agreements: "after mediation by
    # local elders" had no mediator (the parser hangs the "by" from the verb), "a leader of the party" was a
    # government, and a ceasefire signed in Khartoum was aimed at Sudan
    found = _real_paragraph("The militia released 15 hostages after mediation by local elders.")
    assert ("CONSULT", ["ELI"], [], None) in found, found
    assert _real_sides("Security forces arrested a leader of the party.", "COERCE")[1] == ["PTY"]
    sides = _real_sides("The government and the rebel group signed a ceasefire agreement in Khartoum.", "RETREAT")
    # (the town where an agreement is signed is no side to it, as the town of talks is not, since stop 48: the sides were
    # SDNGOV and SDNREB before, as they would have been Qatar's for a signing in Doha)
    assert sides == (["GOV", "REB"], []), sides


def test_a_truce_in_force_is_background_and_fighting_that_goes_on_is_fighting():
    # written for rashomon from a probe of our own sentences: in "despite the ceasefire, rebels attacked an army base"
    # the truce was an event of its own, and "Fighting continued in the north" was nothing (the tagger read the
    # gerund that opens it as a verb)
    assert _real_cameos("Despite the ceasefire, rebels attacked an army base.") == ["190"]
    assert _real_cameos("Fighting continued in the north.") == ["190"]
    from rashomon.nlp.pipeline import load

    assert load()("Shelling the town was a crime.")[0].pos_ == "VERB"


def test_the_west_and_a_word_set_off_before_a_comments_subject():
    # written for rashomon from a probe of our own reader comments: "The West sanctioned Iran" had no one sanctioning,
    # and in "Lol, the mullahs can't even feed their own people and they threaten Baku" the threat was made by "Lol"
    assert _real_sides("The West sanctioned Iran for decades and nothing changed.", "SANCTION") == (["WST"], ["IRN"])
    assert _real_sides("Western powers urged Iran to return to the talks.", "REQUEST")[0] == ["WST"]
    found = _real_paragraph("Benin opened its borders to West Africans ordered out of Nigeria.")
    assert not any("WST" in s + t for _, s, t, _ in found), found
    assert _real_sides("Lol, the mullahs can't even feed their own people and they threaten Baku.", "THREATEN")[0] == ["IRNGOV"]


def test_an_envoy_summoned_to_a_ministry_is_summoned_by_it_of_another_country():
    # written for rashomon from a probe of our own sentence: "the Iranian ambassador in Baku was summoned to the
    # foreign ministry" had no one summoning
    sides = _real_sides("The Iranian ambassador in Baku was summoned to the foreign ministry.", "ACCUSE")
    assert sides == (["AZEGOV"], ["IRNGOV"]), sides


def test_a_news_conference_told_is_no_meeting_and_the_press_of_one_held_is_no_party():
    # written for rashomon from a probe of our own sentences: "the minister told a news conference that ..." was a
    # multilateral meeting, and "held a joint press conference" a meeting with the press
    assert _real_cameos("The minister told a news conference that Iran would respond.") == []
    sides = _real_sides("The foreign ministers of Turkey and Azerbaijan held a joint press conference in Ankara.", "CONSULT")
    assert sides == (["TURGOV", "AZEGOV"], []), sides


def test_forces_an_agreement_reduces_are_no_deployment_and_no_party():
    # written for rashomon from a probe of our own sentence: "Russia agreed to reduce the number of troops stationed
    # in the region" was a deployment and an agreement with Russia's own troops
    assert _real_paragraph("Russia agreed to reduce the number of troops stationed in the region.") == [("AGREE", ["RUS"], [], None)]


def test_a_plan_named_by_a_place_is_not_the_places_and_forces_pulled_out_leave_somewhere():
    # written for rashomon from probes of our own sentences: "Trump announced a Syria plan to withdraw US troops" made
    # Syria the one withdrawing (a place's name before a plan names what it is about, not whose it is), and "the pullout
    # of Israeli forces from Gaza" lost the place left once the forces pulled out became its source
    found = _real_paragraph("The US president announced a Syria plan to withdraw US troops.")
    assert not any("SYR" in s for _, s, _, _ in found), found
    assert _real_sides("The pullout of Israeli forces from Gaza was completed on Monday.", "RETREAT") == (["ISRMIL"], ["PSE"])


def test_a_move_of_forces_a_verb_orders_is_the_orderers():
    # written for rashomon from a probe of our own sentence, checking this round's rule on forces moved: "the Kremlin
    # ordered the withdrawal of Russian troops from the border" made the troops the ones withdrawing, not the Kremlin
    assert _real_sides("The Kremlin ordered the withdrawal of Russian troops from the border.", "RETREAT")[0] == ["RUSGOV"]
    assert _real_sides("The deployment of Russian troops in Belarus worried NATO.", "MOBILIZE")[0] == ["RUSMIL"]


def test_a_hedge_inside_a_relative_clause_and_flogging_and_setting_ablaze():
    # written for rashomon from a probe of our own sentences in the style of ACLED's violence against civilians:
    # "police shot dead a man who allegedly violated the curfew" hedged the shooting (any hedge word in a sentence
    # hedged all its events), and flogging and setting a house ablaze were no act
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Police shot dead a man who allegedly violated the curfew.", "2020-05-10")])
    assert (events[0]["event"], events[0]["provenance"]["modality"]) == ("ASSAULT", "asserted"), events
    (events,) = code_texts([("x", "Police allegedly shot dead a man.", "2020-05-10")])
    assert events[0]["provenance"]["modality"] == "hedged", events
    assert _real_cameos("Militiamen flogged three women accused of adultery.") == ["182"]
    assert _real_cameos("Assailants set ablaze the house of a local councillor.") == ["1712"]


def test_an_act_forbidden_is_not_reported_done():
    # from a probe of our own sentences: "banned all rallies" also coded a rally
    banned = code("The government banned all rallies in the capital.")
    assert [e["event"] for e in banned] == ["COERCE"], banned
    assert not [e for e in code("Marches were prohibited in the city centre.") if e["event"] == "PROTEST"]



def test_peacekeeping_operations_closures_and_bans_have_their_sides():
    # from a probe of our own sentences: soldiers taking part in "peacekeeping operations in Somalia" and closures
    # imposed on villages were nothing, and a ban on strikes by teachers was aimed at no one
    assert _real_sides("Kenyan soldiers take part in peacekeeping operations in Somalia.", "AID") == (["KENMIL"], ["SOM"])
    assert one("Israeli forces imposed closures on Palestinian villages near Nablus.", "COERCE")["cameo"] == "191"
    assert _real_sides("The Burmese junta outlawed strikes by teachers.", "COERCE") == (["MMRMIL"], ["MMREDU"])


def test_an_embassy_is_not_of_the_country_it_is_in():
    # from a probe of our own sentences: "the embassy in Tehran" was Iran's government, "the consulate in Karachi"
    # Pakistan's
    assert _real_sides("Protesters attacked the embassy in Tehran.", "ASSAULT")[1] == ["GOV"]
    assert _real_sides("Gunmen attacked the consulate in Karachi.", "ASSAULT")[1] == ["GOV"]
    # (a named one is its country's)
    assert _real_sides("Protesters attacked the Saudi embassy in Tehran.", "ASSAULT")[1] == ["SAUGOV"]


def test_chemical_weapons_and_live_rounds_are_attacks_and_shots_into_the_air_none():
    # from a probe of our own sentences: chlorine gas used on villagers was crowd control (as tear gas is), the
    # regime's chemical weapons used in a named town nothing, live rounds fired nothing
    assert one("Militants used chlorine gas against villagers in Idlib.", "ASSAULT")["cameo"] == "2041"
    assert one("Syria used chemical weapons in Aleppo.", "ASSAULT")["cameo"] == "2041"
    assert one("Police used tear gas against the protesters.", "ASSAULT")["cameo"] == "175"
    # (not any chemical thing: "chemical engineering", chlorine for water)
    assert not code("The startup used chemical engineering to recycle batteries.")
    assert "ASSAULT" not in [e["event"] for e in code("The city used chlorine to disinfect the water supply.")]
    assert one("Protesters fired live rounds while trying to break into a warehouse in Soweto.", "ASSAULT")["cameo"] == "193"
    # shots fired into the air are aimed at no one; fired at someone as well, they are an attack
    assert not [e for e in code("Soldiers fired gunshots in the air during the demonstration.") if e["event"] == "ASSAULT"]
    assert one("Police fired live rounds into the air and at the protesters.", "ASSAULT")["cameo"] == "193"


def test_a_crowd_gunmen_fire_on_did_not_protest():
    # from a probe of our own sentences: "gunmen fired live rounds at the crowd" made the crowd protesters, as a
    # crowd the police disperse is
    assert _real_sides("Gunmen fired live rounds at the crowd in Kaduna.", "ASSAULT")[0] == ["NGAUAF"]
    assert "PROTEST" not in [e for e, _, _, _ in _real_paragraph("Gunmen fired live rounds at the crowd in Kaduna.")]
    assert "PROTEST" in [e for e, _, _, _ in _real_paragraph("Police fired tear gas to disperse the crowd in Kaduna.")]


def test_those_an_act_involves_are_its_sides():
    # from a caucasus miss: military drills "involving" three countries were aimed at the three, done by no one
    drills = one("Officials in Tehran watched the naval drills involving Azerbaijan, Pakistan and Turkey with concern.", "COOPERATE")
    assert drills["source"] == ["Azerbaijan", "Pakistan", "Turkey"] and drills["target"] == [], drills
    # (a fight involving two is one's against the other's, as one "between" them)
    clash = one("Clashes involving Kenyan police and Maasai herders left ten injured.", "ASSAULT")
    assert clash["source"] == ["Kenyan police"] and clash["target"] == ["Maasai herders"], clash


def test_strikes_listed_with_protests_are_labour_strikes():
    # from a caucasus miss: strikes named with protests in a history of the region were air strikes
    assert [e["cameo"] for e in code("Strikes and protests spread across the republic in 1988.")] == ["143", "141"]
    assert one("Protests and strikes paralysed the capital.", "PROTEST")
    assert [e["cameo"] for e in code("Air strikes and shelling continued.")][:1] == ["195"]


def test_met_with_is_received_with_no_meeting():
    # from a probe of our own sentence: "any attack on Iran will be met with a crushing response" was an intent
    # to meet Iran (036)
    assert not [e for e in code("Any attack on Iran will be met with a crushing response, the general said.") if e["event"] in ("CONSULT", "AGREE")]
    assert not code("The plan was met with scepticism in Baku.")
    assert one("Putin met with Erdogan in Sochi.", "CONSULT")["target"] == ["Erdogan"]


def test_wire_style_acts_of_states_have_their_sides():
    # from a probe of our own sentences in the style of diplomatic wire reports: a missile fired into the Sea of
    # Japan was aimed at Japan, a consulate closed was nothing, US defence firms sanctioned were the United
    # States, an intelligence officer arrested no one
    assert _real_sides("North Korea fired a ballistic missile into the Sea of Japan.", "MOBILIZE") == (["PRK"], [])
    assert _real_sides("Iran fired missiles into the Gulf of Oman.", "MOBILIZE") == (["IRN"], [])
    assert _real_sides("The US closed its embassy in Kabul.", "SANCTION") == (["USA"], ["AFG"])
    assert _real_sides("Lithuania closed the Russian consulate in Klaipeda.", "SANCTION") == (["LTU"], ["RUSGOV"])
    assert _real_sides("Beijing sanctioned US defence companies.", "SANCTION") == (["CHNGOV"], ["USABUS"])
    assert _real_sides("Police arrested an intelligence officer.", "COERCE") == (["COP"], ["SPY"])


def test_acled_style_violence_has_its_kind_and_sides():
    # from a probe of our own sentences in the style of ACLED notes: protesters who burned buses did nothing, the
    # army that regained a town "from insurgents" fought no one, and "Jihadists" first in a sentence were no one
    assert _real_sides("Protesters in Santiago burned buses on Friday.", "PROTEST") == (["CHLOPP"], [])
    assert _real_sides("The army regained control of the town from insurgents.", "ASSAULT") == (["MIL"], ["REB"])
    assert _real_sides("Jihadists executed two hostages.", "ASSAULT") == (["REB"], ["CVL"])


def test_an_object_it_may_stand_for_a_name_the_parser_took_for_an_adverb():
    # from a probe of our own comment-style sentences: in "If Turkey attacks Armenia, Russia will defend it" the
    # parser hangs Armenia from "attacks" as an adverb, and "it" was Turkey
    assert _real_sides("If Turkey attacks Armenia, Russia will defend it.", "SUPPORT") == (["RUS"], ["ARM"])


def test_a_relative_clause_that_denies_what_its_sentence_reported():
    # from a probe of our own sentences: in "Armenian officials claimed that Turkish F-16s shot down an Armenian
    # jet, which Ankara denied" Ankara's denial was lost (the clause hangs from "jet" and names nothing of its own)
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Armenian officials claimed that Turkish F-16s shot down an Armenian jet, which Ankara denied.",
                             "2021-10-01")])  # fmt: skip
    told = [(e["event"], e["provenance"]["modality"], (e["provenance"]["speaker"] or {}).get("code")) for e in events]
    assert told == [("ASSAULT", "hedged", "ARMGOV"), ("ASSAULT", "denied", "TURGOV")], told
    (events,) = code_texts([("x", "Baku accused Armenian forces of shelling Tovuz, which Yerevan denied.", "2021-10-01")])
    assert ("ASSAULT", "denied", "ARMGOV") in [
        (e["event"], e["provenance"]["modality"], (e["provenance"]["speaker"] or {}).get("code")) for e in events], events


def test_the_former_and_the_latter_are_the_pair_named_last():
    # from a probe of our own paragraphs: "the latter" and "the former" after "Turkey and Iran held talks" were
    # no one, and "accused the former of backing Baku" aimed the accusation at Baku
    found = _real_paragraph("Turkey and Iran held talks in Ankara on Monday. The latter accused the former of backing Baku.")
    assert ("ACCUSE", ["IRN"], ["TUR"], None) in found, found
    found = _real_paragraph("Iran and Turkey signed a deal. The former will supply gas to the latter.")
    assert ("AID", ["IRN"], ["TUR"], None) in found, found
    # (a title is no pair's member: "the former president")
    assert ("CONSULT", ["ELI"], ["GOV"], None) in _real_paragraph("The former president met the latter's envoy.")


def test_what_one_agrees_is_so_is_no_plan():
    # from a caucasus reader comment: what a reader agreed was so ("I agree that X is backed by Y") was read as
    # planned, as what one agrees to do is
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "I agree that Aliyev is backed by Ankara.", "2021-10-01")])
    assert [(e["event"], e["provenance"]["modality"]) for e in events] == [("SUPPORT", "asserted")], events
    # (an agreement to do something is the agreement, what it agrees to do its content)
    (events,) = code_texts([("x", "Turkey agreed to send observers to the border.", "2021-10-01")])
    assert [(e["event"], e["provenance"]["modality"]) for e in events] == [("AGREE", "asserted")], events


def test_revenge_vowed_is_a_threat_and_the_internet_shut_down_censorship():
    # from a probe of our own sentences: "vowed revenge for the killing" was a promise (030), "shut down the
    # internet" nothing
    assert one("Iran's supreme leader vowed revenge for the killing of the general.", "THREATEN")["cameo"] == "130"
    assert one("Hezbollah promised retaliation against Israel.", "THREATEN")["target"] == ["Israel"]
    assert one("Ethiopian authorities shut down the internet in Tigray.", "COERCE")["cameo"] == "1721"
    # (a firm closing its services is no censor)
    assert not code("The company shut down its services in Russia.")


def test_two_nationalities_of_one_force_stay_theirs_and_water_cannon_is_no_gunfire():
    # from a probe of our own sentences in the style of Asian and Latin American wire reports: in "Chinese and
    # Indian troops clashed ..., leaving 20 Indian soldiers dead" the Indian troops were made Chinese (each
    # nationality's side was read as completed from its context, and a doer of force is of no foe's country);
    # water cannon fired at a boat was gunfire, farmers evicted nothing
    assert _real_sides("Chinese and Indian troops clashed in the Galwan Valley, leaving 20 Indian soldiers dead.",
                       "ASSAULT")[0] == ["CHNMIL", "INDMIL"]  # fmt: skip
    assert one("China's coast guard fired water cannon at a Philippine supply boat.", "ASSAULT")["cameo"] == "175"
    assert _real_sides("Brazilian police evicted hundreds of landless farmers from an estate.", "COERCE") == (["BRACOP"], ["BRAAGR"])


def test_a_thing_that_supports_or_helps_is_no_one_backing_anyone():
    # written for rashomon after a sample of caucasus events: "The reconstruction supports the ... displaced
    # Azerbaijanis" was an act of support with no doer; so was "the new road supports trade with Iran"
    assert code("The new road supports trade with Iran.") == []
    assert code("The reconstruction programme helps displaced families return home.") == []
    assert [e["event"] for e in code("The European Union supports Armenia's reforms.")] == ["SUPPORT"]
    assert [e["event"] for e in code("Donors supported the appeal for Gaza.")] == ["SUPPORT"]


def test_what_a_passive_relative_clause_is_done_to_is_the_noun_it_describes():
    # written for rashomon after a sample of caucasus events: land described in a relative clause as recognised by
    # two capitals was a recognition of no one ("which" names no actor)
    assert _real_sides("The independence of Kosovo, which was recognised by the United States, angered Serbia.",
                       "SUPPORT") == (["USA"], ["KSV"])  # fmt: skip
    assert _real_sides("Azerbaijani villages, which were shelled by Armenian artillery, were evacuated.", "ASSAULT") == (
        ["ARMMIL"], ["AZE"])


def test_a_blow_to_a_person_is_a_beating_and_a_thing_that_hits_no_one_beats():
    # from a probe of our own captions and CASE-style notes: "A soldier strikes an elderly protester with a rifle
    # butt", "a police officer kicks a student" coded no assault (the lexicon knew hitting places, not people)
    assert _real_sides("A riot policeman kicks a student during a march in Nairobi.", "ASSAULT") == (["KENCOP"], ["KENEDU"])
    assert _real_sides("A soldier struck an elderly protester with a rifle butt in Harare.", "ASSAULT") == (["ZWEMIL"], ["ZWEOPP"])
    assert _real_sides("A man punched a journalist outside the court.", "ASSAULT") == (["CVL"], ["MED"])
    # (a thing that strikes someone beats no one; a bullet is what someone fired)
    from rashomon.engine.code import code_texts

    texts = ["A car hit a woman crossing the road.", "A falling tree struck a boy in the park.",
             "Rising prices hit farmers hardest this year.", "The ball struck the goalkeeper on the head.",
             # (nor does a word before what is hit make it people: "fragments hit civilian homes")
             "Shell fragments hit civilian homes."]  # fmt: skip
    for text, events in zip(texts, code_texts([(str(i), t, "2021-01-01") for i, t in enumerate(texts)]), strict=True):
        assert not [e for e in events if e["cameo"] == "182"], (text, events)
    assert _real_sides("A protester was hit by a rubber bullet.", "ASSAULT") == ([], ["OPP"])


def test_live_ammunition_and_poison_gas_used_are_attacks():
    # from a probe of our own ACLED-style notes: "Gunmen used live rounds ..." and "gas used by insurgents" with a
    # word of poison before it were no assault, or crowd control
    assert one("Gunmen used live ammunition against the guards.", "ASSAULT")["cameo"] == "193"
    assert one("Security forces used live bullets on Tuesday, witnesses said.", "ASSAULT")["cameo"] == "193"
    # (rounds may be of talks or of applause; a post hit in a match is play)
    assert not code("The director used three rounds of voting.")
    assert not [e for e in code("The striker hit the post twice before scoring the winning goal.") if e["event"] == "ASSAULT"]
    assert one("The militia used toxic gas against villagers.", "ASSAULT")["cameo"] == "2041"
    assert one("Police used tear gas against the marchers.", "ASSAULT")["cameo"] == "175"


def test_a_sum_given_is_aid_and_whom_an_act_asked_for_or_a_request_made_is_aimed_at():
    # from ConfliBERT train misses and probes of our own: "gave $5 million to ..." coded nothing (the sum's head is
    # the number, its "$" a modifier); "called for sanctions against Turkey" and "rejected an appeal lodged by the
    # opposition party" had no target
    assert _real_sides("The Norwegian government gave $5 million to the Palestinian Authority.", "AID") == (["NORGOV"], ["PSEGOV"])
    assert _real_sides("The EU called for sanctions against Belarusian officials.", "THREATEN")[1] == ["BLRGOV"]
    assert _real_sides("Poland pressed for talks with Russia on the gas dispute.", "REQUEST") == (["POL"], ["RUS"])
    assert _real_sides("The court rejected an appeal lodged by the opposition party against the ban.", "REJECT") == (
        ["JUD"], ["OPP"])
    # (what is asked for names no one: no target)
    assert _real_sides("The protesters called for an end to the war.", "PROTEST")[1] == []


def test_forces_called_up_or_sent_to_an_area_deploy_and_a_state_helps_another_states_government():
    # from a probe of our own wire-style sentences: "reservists were called up" coded nothing; "soldiers were sent to
    # the region" was military aid by the soldiers; "Russia sent troops to Syria to help the government" helped
    # Russia's own government
    assert _real_sides("Thousands of reservists were called up as tensions rose along the frontier.", "MOBILIZE") == (
        ["MIL"], [])
    assert _real_sides("The army called up 5,000 reservists on Monday.", "MOBILIZE") == (["MIL"], [])
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Hundreds of soldiers were sent to the region.", "2021-01-01")])
    assert [(e["event"], e["cameo"]) for e in events] == [("MOBILIZE", "154")], events
    (events,) = code_texts([("x", "Russia sent troops to Syria to help the government.", "2021-01-01")])
    assert [(e["event"], [a["code"] for a in e["target"]]) for e in events] == [("AID", ["SYR"]), ("AID", ["SYRGOV"])], events


def test_what_is_taken_from_whose_control_and_the_place_whose_control_is_taken():
    # from a sample of caucasus events read field by field, retold in our own words: villages and a town captured
    # "from" an occupation, and control gained of areas of a region, had no target
    assert _real_sides("The Kenyan army seized 14 villages and a town from rebel control, an officer said.", "ASSAULT") == (
        ["KENMIL"], ["KENREB"])
    assert _real_sides("Eventually, Serbia gained control of wide areas of Kosovo.", "ASSAULT") == (["SRB"], ["KSV"])
    assert _real_sides("Rebels took control of the town of Goma.", "ASSAULT")[1] == ["COD"]
    assert _real_sides("The army regained control over Aleppo.", "ASSAULT")[1] == ["SYR"]


def test_backing_a_hostile_act_backs_its_doer_not_whom_it_is_done_to():
    # from a sample of caucasus events (a reader backing the occupation of land that was Azerbaijan's was a
    # backing of Azerbaijan), retold in our own words
    assert _real_sides("Moscow supported the invasion of Georgia's breakaway regions.", "SUPPORT") == (["RUSGOV"], [])
    assert _real_sides("Moscow supported Belgrade's offensive against the rebels.", "SUPPORT") == (["RUSGOV"], ["SRBGOV"])
    assert _real_sides("The EU backed the deal between Serbia and Kosovo.", "SUPPORT") == (["IGOEUREEC"], ["SRB", "KSV"])
    # (backing a friendly act backs whom it is done for, as before)
    assert _real_sides("Britain supported the release of the hostages in Iraq.", "SUPPORT")[1] != []
    assert _real_sides("Norway supported economic assistance to the Palestinians.", "SUPPORT")[1] == ["PSE"]
    # (nor is whoever a clause inside the act's phrase names its doer)
    assert _real_sides("Britain condemned the occupation of the island, which was recognised by Spain and France.",
                       "ACCUSE")[1] == []  # fmt: skip


def test_an_act_done_in_the_passive_is_aimed_at_whom_it_is_done_with():
    # from a sample of caucasus events, retold in our own words: a deal said to be reached "with" the Azerbaijanis
    # was a signed deal of no one's; the verb had no actor (the deal is no one)
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "A deal was reached with the rebels on Monday, the minister said.", "2021-01-01")])
    assert [(e["event"], [a["code"] for a in e["target"]]) for e in events] == [("AGREE", ["REB"])], events
    # (an agreement reached with no one named stays the agreement it names)
    (events,) = code_texts([("x", "On Monday a ceasefire agreement, brokered by Turkey, was reached.", "2021-01-01")])
    assert "RETREAT" in [e["event"] for e in events], events


def test_one_who_is_in_a_town_for_talks_holds_them_with_its_country():
    # from a sample of caucasus events, retold in our own words: a newly named Iranian minister who spoke while in
    # Moscow for talks coded talks of no one's
    assert _real_sides("Iran's foreign minister, in Moscow for talks, said Iran would not accept border changes.",
                       "CONSULT") == (["IRNGOV"], ["RUS"])  # fmt: skip
    # (a thing "for talks" holds none: backing from the UN "for" talks)
    assert _real_sides("The regime cited growing UN support for regular talks.", "CONSULT")[0] != ["IGOUNO"]


def test_territory_struck_is_attacked():
    # from a probe of our own sentences: "its drones had struck Iranian territory", denied, coded nothing
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Baku denied reports that its drones had struck Iranian territory.", "2021-01-01")])
    assert [(e["event"], e["provenance"]["modality"], [a["code"] for a in e["target"]]) for e in events] == [
        ("ASSAULT", "denied", ["IRN"])], events


def test_forces_entering_a_town_take_it_and_forces_sent_are_no_target():
    # from probes of our own ACLED- and CASE-style notes: "Government forces entered the town without resistance"
    # coded nothing (the CAMEO patterns read an armed entry of a town as occupying it, 192); "The army sent hundreds
    # of soldiers to the region" made the soldiers its target (the count, not the soldiers, was the object)
    assert _real_sides("Turkish troops entered the Syrian town of Afrin on Sunday.", "COERCE") == (["TURMIL"], ["SYR"])
    assert _real_cameos("Rebels entered the capital on Friday.") == ["192"]
    # (no force takes a place: refugees, a president, aid trucks)
    # (nor do forces let in: "allowed ... forces to enter the area")
    for text in ("Thousands of refugees entered Turkey last week.", "The president entered the city to cheers.",
                 "Kazakhstan agreed to open its border for relief lorries to enter Kyrgyzstan.",
                 "The peacekeepers allowed Serbian forces to enter the area."):
        assert "192" not in _real_cameos(text), text
    assert _real_sides("The army sent hundreds of soldiers to the region.", "MOBILIZE") == (["MIL"], [])


def test_two_sides_tied_by_things_are_a_relation_described_not_an_act():
    # from the caucasus record after the models' refit, retold in our own words: two countries said to be linked by
    # ties were kept by the model as cooperation (a CAMEO pattern reads "link" as 060)
    assert _real_cameos("Serbia and Russia are linked by deep historical and religious ties.") == []
    assert _real_cameos("The two nations are bound by centuries of shared history.") == []


def test_a_stance_hung_on_a_noun_is_no_act():
    # from probes of our own: "opposed to" on a noun said whose side a group is on, and was coded as a rejection
    # of the group itself
    found = code("A rebel group opposed to President Kiir attacked the town of Bor.")
    assert [e["event"] for e in found] == ["ASSAULT"], found
    assert [e["event"] for e in code("Militias aligned with Tehran fired rockets at the base.")] == ["ASSAULT"]
    # (a stance with its agent is still an act: "rebels backed by Rwanda" are backed by Rwanda)
    e = one("Rebels backed by Rwanda seized the town.", "SUPPORT")
    assert e["source"] == ["Rwanda"] and e["trigger"] == "backed"


def test_property_burned_and_things_given_back():
    # from probes of our own: granaries burned were no destruction, weapons "handed back" no return
    assert one("Jihadists burned granaries in northern Mali.", "ASSAULT")["cameo"] == "1712"
    e = one("Rebels in the east handed back weapons taken from UN troops.", "RETREAT")
    assert e["cameo"] == "0842" and e["target"] == ["UN troops"], e
    # (what is given back goes to whom it was taken from, also through a relative clause)
    e = one("The militia returned the rifles it had seized from Nigerian peacekeepers.", "RETREAT")
    assert e["target"] == ["Nigerian peacekeepers"], e
    # (and to whom it is given, where a "to" names one)
    e = one("The museum gave back a stolen statue to Greece.", "RETREAT")
    assert e["target"] == ["Greece"], e
    # (what is given back is no one it goes to: "it" is the land, not a country)
    assert all(e["target"] == [] for e in code("The Serbs show no willingness to give it back.") if e["event"] == "RETREAT")


def test_a_place_left_as_it_and_a_place_taken_empty():
    # from a CASE train miss (militants "seized a ... deserted" site) and probes of our own: what was taken empty
    # was occupied (CAMEO 192), no force used
    assert one("The rebels took over the abandoned military base in Tessalit.", "COERCE")["cameo"] == "192"
    assert one("The militants seized a remote but deserted army outpost near Kidal.", "COERCE")["cameo"] == "192"
    # an "it" left is the thing named before it: "left it" leaves the town, as "left the town" does
    e = one("The army recaptured the town of Bor days after the Nuer rebels left it.", "RETREAT")
    assert e["trigger"] == "left" and e["target"] == [], e


def test_a_curfew_extended_and_a_second_name_listed_with_the_act():
    # from probes of our own: extending or renewing a state of emergency or a curfew imposes it again (CAMEO 1724)
    assert one("Myanmar's military rulers extended the state of emergency by six months.", "COERCE")["cameo"] == "1724"
    assert one("The junta in Niamey renewed the curfew for another week.", "COERCE")["trigger"] == "renewed"
    # a ConfliBERT train miss: with a bracketed acronym after the first name, the parser lists the second with the
    # act's noun ("sanctions ... and the Democratic Republic of the Congo"); both are aimed at
    e = one("The council imposed sanctions on the Republic of Chad (ROC) and the United Republic of Tanzania (URT) "
            "over the violence.", "SANCTION")  # fmt: skip
    assert len(e["target"]) == 2, e


def test_an_act_of_anyone_at_all_is_no_act_in_particular():
    # from probes of our own: a warning's "anyone who attacks our forces" was an attack asserted
    assert one("Anyone who attacks our forces will face a response, Lebanon said.", "ASSAULT")["modality"] == "hypothetical"
    assert one("Whoever shelled the town of Kaspi must be punished.", "ASSAULT")["modality"] == "hypothetical"
    sent = [e for e in code("Any country that sends warships to the Gulf will be treated as a party to the war.") if e["trigger"] == "sends"]
    assert sent and sent[0]["modality"] == "hypothetical", sent
    # (those who did it are someone in particular)
    assert one("The men who attacked the Kenyan convoy were arrested.", "ASSAULT")["modality"] == "asserted"


def test_a_war_on_prices_and_a_market_rebels_attack():
    # from probes of our own in business style: an attack launched on a market share, a war waged on prices
    assert not [e for e in code("Apple launched an attack on Samsung's market share with a cheaper phone.") if e["event"] == "ASSAULT"]
    assert not [e for e in code("The two supermarket chains waged a war on prices.") if e["event"] == "ASSAULT"]
    # the market armed men attack is a place, wherever the parser hangs the town ("attacked the market in Bama")
    assert one("Rebels attacked the market in Bama.", "ASSAULT")["trigger"] == "attacked"


def test_protests_named_in_other_words():
    # from probes of our own in the style of CASE protest news: "agitation" (Indian English for a protest campaign) and
    # workers who "downed tools" coded nothing
    assert one("Farmers in Punjab continued their agitation against the new farm laws.", "PROTEST")["trigger"] == "agitation"
    assert one("Kenyan dock workers downed tools on Monday.", "PROTEST")["cameo"] == "143"


def test_an_act_told_as_speculation_is_hedged():
    # from probes of our own: "there is speculation that Israel struck the convoy" was asserted
    assert one("There is speculation that Israel struck the convoy near Homs.", "ASSAULT")["modality"] == "hedged"
    assert one("Amid rumours that the Syrian army had shelled the village, thousands fled.", "ASSAULT")["modality"] == "hedged"


def test_vehicles_stoned_and_people_pelted():
    # from probes of our own in the style of ACLED notes: youths who "stoned passing vehicles" coded nothing
    assert one("Youths stoned passing vehicles in Kisumu.", "ASSAULT")["cameo"] == "1712"
    assert one("Villagers pelted Nigerian police officers near Jos.", "ASSAULT")["cameo"] == "182"
    # (stoning someone to death is still a killing)
    assert one("The crowd stoned a Kenyan woman to death in the village.", "ASSAULT")["cameo"] == "1823"


def test_what_the_cameo_dictionary_says_is_no_event_is_none():
    # from a probe of our own in the style of CASE snippets: a senator who "withdrew from the race" retreated
    # militarily; the PETRARCH2 dictionary's phrase for it codes no event
    assert code("The senator withdrew from the race on Friday.") == []
    # (its phrases of a class of words do not overrule rashomon's own rows: police defusing a bomb is a disrupted
    # use of weapons in ACLED's and CASE's event data)
    assert [e["event"] for e in code("Police defused a bomb planted near the bridge.")] == ["COERCE"]


def test_those_responsible_for_an_act_did_it_not_who_pursues_them():
    # from a probe of our own: "pledged to punish those responsible for the bombing" made the president the bomber
    assert _real_sides("The president pledged to punish those responsible for the bombing in Kabul.", "ASSAULT")[0] == []
    assert _real_sides("The EU called for sanctions against officials responsible for the killings in Belarus.",
                       "ASSAULT")[0] == ["BLRGOV"]  # fmt: skip


def test_what_should_have_been_done_was_not():
    # from a probe of our own in the style of reader comments: "Armenia should have signed the deal with Turkey years
    # ago" was told as a deal signed; "ought to" read as no obligation at all
    assert _real_modalities("Armenia should have signed the deal with Turkey years ago.") == [("SUPPORT", "hypothetical")]
    assert _real_modalities("The army ought to withdraw from the town.") == [("RETREAT", "hypothetical")]
    assert _real_modalities("The army ought to have withdrawn from the town.") == [("RETREAT", "hypothetical")]


def test_it_is_false_that_disputes_what_follows():
    # from a probe of our own in the style of reader comments: "It is false that Russia sent weapons to Armenia" was
    # told as weapons sent (the parser hangs the clause on "is", beside "false")
    assert _real_modalities("It is false that Russia sent weapons to Armenia through Iran.") == [("AID", "disputed")]
    assert _real_modalities("It is not true that Russia sent weapons to Armenia.") == [("AID", "disputed")]
    assert _real_modalities("It is true that Russia sent weapons to Armenia.") == [("AID", "asserted")]


def _moods(text):
    """(type, modality, speaker's code) of each event the whole stage codes in ``text``."""
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", text, "2021-10-01")])
    return [(e["event"], e["provenance"]["modality"], (e["provenance"]["speaker"] or {}).get("code")) for e in events]


def test_a_report_called_false_is_denied_by_who_calls_it_so():
    # from probes of our own: "called the accusation that it supplied drones to Russia baseless" asserted the supply,
    # and the accusation was Tehran's
    assert _moods("Tehran called the accusation that it supplied drones to Russia baseless.") == [("AID", "denied", "IRNGOV")]
    # (not where it is not called so)
    assert ("AID", "asserted", None) in _moods("Tehran did not call the accusation that it supplied drones to Russia baseless.")
    # "dismissed reports that ...": a denial, no rejection of a proposal (nor a suggestion rejected, which is one)
    assert _moods("Moscow dismissed reports that its troops had entered Ukrainian territory.") == [("COERCE", "denied", "RUSGOV")]
    assert [e for e, _, _ in _moods("Paris rejected the minister's suggestion that Europe should follow Washington.")] == ["REJECT"]


def test_fire_returned_is_aimed_at_whoever_fired_first():
    # from probes of our own in the style of the caucasus articles: "its units returned fire" and "retaliated" after a
    # reported attack were aimed at no one
    found = _real_paragraph("According to the Azerbaijani defence ministry, Armenian forces fired on positions near "
                            "Kalbajar overnight. The ministry said its units returned fire.")  # fmt: skip
    assert ("ASSAULT", ["AZEMIL"], ["ARMMIL"], "AZEGOV") in found, found
    found = _real_paragraph("Azerbaijani troops shelled villages in Tavush on Sunday. Armenian forces retaliated.")
    assert ("ASSAULT", ["ARMMIL"], ["AZEMIL"], None) in found, found
    # (not at one's own side)
    found = _real_paragraph("Armenian forces opened fire on Azerbaijani positions. Armenian troops returned fire later.")
    assert ("ASSAULT", ["ARMMIL"], [], None) in found, found


def test_a_package_intercepted_is_seized():
    # written for rashomon after a CASE train-part miss (explosive packages intercepted before delivery were no
    # event): what is intercepted may be what carries the weapons, not the weapons themselves
    assert _real_cameos("Police intercepted a suspicious package containing explosives at the post office.") == ["1711"]
    assert _real_cameos("Customs officers intercepted a consignment of rifles at the port.") == ["1711"]


def test_a_bare_act_noun_that_says_when_is_no_event():
    # written for rashomon from a probe of our own: "seized before delivery" also coded a delivery (AID) of no one
    assert _real_cameos("The parcels were seized before delivery.") == ["171"]
    assert _real_cameos("The aid was stolen after delivery.").count("070") == 1  # (the aid, not its delivery)


def test_what_is_given_comes_from_its_giver_to_where_it_arrives():
    # written for rashomon from a probe of our own wire-style sentences: "humanitarian aid from Saudi Arabia
    # arrived in Sanaa" was aid from no one to no one
    assert _real_sides("Humanitarian aid from Saudi Arabia arrived in Sanaa on Sunday.", "AID") == (["SAU"], ["YEM"])
    assert _real_sides("A shipment of arms from Russia arrived in Armenia.", "AID") == (["RUS"], ["ARM"])
    assert _real_sides("The delivery of weapons from Iran to the Houthis continued.", "AID")[0] == ["IRN"]


def test_an_act_done_to_none_is_denied():
    # written for rashomon from a probe of our own reader comments: "Iran gave no aid to Armenia" was an assertion
    # that it gave aid (as was the sample's "No Azerbaijani soldiers were injured")
    assert _real_modalities("Iran gave no aid to Armenia.") == [("AID", "denied")]
    assert _real_modalities("Turkey sent no mercenaries to Azerbaijan.") == [("AID", "denied")]
    assert ("ASSAULT", "denied") in _real_modalities("No Azerbaijani soldiers were injured in the attack.")
    assert _real_modalities("Iran sent aid to Armenia with no delay.") == [("AID", "asserted")]


def test_lethal_force_at_a_protest_is_filed_as_force_and_its_policing_as_the_protest():
    # written for rashomon after PLOVER and ConfliBERT train-part misses: police who "opened fire to disperse
    # demonstrators, killing one" were filed under the protest; event data files live fire by state forces as force
    # against protesters, and tear gas, beatings and arrests as the protest's policing
    assert _real_paragraph("Soldiers opened fire on protesters in Khartoum, killing five.")[0][0] == "ASSAULT"
    assert _real_paragraph("Police fired tear gas at protesters in Nairobi.")[0][0] == "PROTEST"
    assert _real_paragraph("Police beat protesters with batons during a march in Nairobi.")[0][0] == "PROTEST"
    # (gunmen who are no state force firing at a protest leave it first)
    assert _real_paragraph("Gunmen opened fire on protesters in Baghdad.")[0][0] == "PROTEST"


def test_arms_made_only_to_harm_people_used_are_an_attack():
    # written for rashomon from a probe of our own reader comments: "Yerevan dismissed as fabricated the claims that
    # it used cluster munitions" coded no use at all (weapons used with no one named they were used on are read as
    # "uses rockets to launch satellites")
    assert _real_modalities("Armenia has used cluster munitions.") == [("ASSAULT", "asserted")]
    assert _real_modalities("Israel used white phosphorus in Gaza.") == [("ASSAULT", "asserted")]
    found = _real_modalities("Yerevan dismissed as fabricated the claims that it used cluster munitions.")
    assert ("ASSAULT", "denied") in found, found
    assert _real_modalities("The company uses rockets to launch satellites.") == []


def test_a_warning_of_weather_or_markets_is_no_threat():
    # written for rashomon from a probe of our own non-political sentences: "issued a flood warning", "after the profit
    # warning" were threats (CAMEO 130)
    assert _real_cameos("The met office issued a flood warning for the coast.") == []
    assert _real_cameos("The company issued a profit warning on Monday.") == []
    assert _real_cameos("Iran issued a stern warning to Israel.") == ["130"]


def test_a_place_left_before_it_is_taken_is_yielded_first():
    # written for rashomon from probes of our own in the style of CASE snippets: soldiers who "left" or a guard that
    # "abandoned it" before rebels took a post coded no withdrawal, and a withdrawal the parser hung from "unopposed"
    # came after the taking, so the taking read as the event (event data files a non-violent transfer of territory)
    found = _real_paragraph("The rebels took over the abandoned army post after soldiers left.")
    assert [e[0] for e in found] == ["RETREAT", "COERCE"], found
    found = _real_paragraph("Separatists took control of the airport after the national guard abandoned it.")
    assert [e[0] for e in found] == ["RETREAT", "COERCE"], found
    found = _real_paragraph("Islamist fighters entered the town unopposed after the army retreated.")
    assert [e[0] for e in found] == ["RETREAT", "COERCE"], found
    # troops that leave for somewhere are sent there, civilians who leave are displaced
    assert _real_paragraph("Troops left for the front on Monday.") == []
    assert _real_paragraph("Most residents left the town.") == []


def test_camps_set_up_are_a_deployment_only_by_those_who_bear_arms():
    # written for rashomon from probes of our own in the style of CASE snippets: "opened three new camps" was no
    # event, refugee and medical camps were troops deployed, and a protest camp was a deployment
    assert _real_cameos("Security forces have opened three new camps in the district.") == ["154"]
    assert _real_cameos("The UN set up refugee camps near the border.") == ["073"]
    assert _real_cameos("The army set up a medical camp for villagers.") == ["073"]
    assert _real_cameos("Refugees set up camps near the border.") == []
    assert _real_paragraph("Farmers have set up camps at the border of the capital.")[0][:2] == ("PROTEST", ["AGR"])
    assert _real_cameos("The army set up a training camp near the border.") == ["154"]


def test_a_deal_signed_between_two_sides_is_theirs_and_sides_named_are_kept_unknown():
    # written for rashomon from probes of our own in the style of CASE snippets: "a peace deal was signed between the
    # government and the rebels" and "the two sides signed a memorandum" coded nothing (no actor around the verb)
    found = _real_paragraph("A peace deal was signed between the government and the rebels on Monday.")
    assert found and found[0][0] == "SUPPORT" and sorted(found[0][1]) == ["GOV", "REB"], found
    found = _real_paragraph("The two sides signed a memorandum of understanding on the release of detainees.")
    assert found and found[0][:2] == ("SUPPORT", [None]), found
    found = _real_paragraph("Both communities agreed to resolve the land dispute through dialogue.")
    assert found and found[0][:2] == ("AGREE", [None]), found


def test_names_listed_beside_a_description_are_all_its_sides():
    # written for rashomon from a probe of our own: "Both sides, Armenia and Azerbaijan, agreed" was Armenia's alone
    # (the apposition's second name was cut off as an actor of its own)
    assert sorted(_real_sides("Both sides, Armenia and Azerbaijan, agreed to a ceasefire.", "AGREE")[0]) == ["ARM", "AZE"]
    assert sorted(_real_sides("The two factions, Fatah and Hamas, signed a deal in Cairo.", "SUPPORT")[0]) == ["PSEPTY", "PSEREBHMS"]


def test_an_act_an_arrest_is_for_came_before_it():
    # written for rashomon from probes of our own in the style of CASE snippets: "the court jailed two activists for
    # their role in the protests" put the protest first, the court's; an arrest for an act done before is no
    # intervention in it, and those arrested for taking part in it took part
    found = _real_paragraph("The court jailed two activists for their role in the protests.")
    assert [e[:2] for e in found] == [("COERCE", ["JUD"]), ("PROTEST", ["OPP"])], found
    found = _real_paragraph("Police arrested 12 people suspected of involvement in the riot.")
    assert found[0][0] == "COERCE", found
    # (arrests during a protest still follow it; reporters who covered one did not protest)
    assert _real_paragraph("Police arrested dozens of protesters during the demonstration.")[0][0] == "PROTEST"
    found = _real_paragraph("Authorities detained two journalists for covering the protest.")
    assert found[0][0] == "COERCE" and found[1][1] == [], found


def test_forces_put_on_combat_readiness_are_raised_to_alert():
    # written for rashomon from a probe of our own wire sentences: "put its troops on the highest level of combat
    # readiness" coded only the clashes it came after
    found = _real_paragraph("Serbia put its troops on the highest level of combat readiness after clashes in northern Kosovo.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["SRB"])], found
    assert _real_cameos("Iran placed its forces on a state of alert.") == ["152"]
    assert _real_cameos("The company put its staff on a state of readiness for the audit.") == []


def test_warships_sent_to_waters_near_a_country_are_deployed_against_it():
    # written for rashomon from a probe of our own wire sentences: warships dispatched "to waters near Taiwan" were aid
    assert _real_sides("China dispatched warships to waters near Taiwan.", "MOBILIZE") == (["CHN"], ["TWN"])


def test_whose_offices_are_attacked_is_whom_the_attack_is_aimed_at():
    # written for rashomon from a probe of our own in the style of ACLED notes: "set fire to the offices of the ruling
    # party in Blantyre" was aimed at Malawi, the town the offices are in
    assert _real_sides("Unknown assailants set fire to the offices of the ruling party in Blantyre.", "ASSAULT")[1] == ["MWIPTY"]
    assert _real_sides("Protesters threw stones at the residence of the governor.", "PROTEST")[1] == ["GOV"]


def test_a_spokesman_asked_about_an_act_is_asked_a_question():
    # written for rashomon from a probe paragraph of our own: "the Kremlin spokesman was asked about the drone strike"
    # was a request made of the Kremlin
    assert _real_cameos("The Kremlin spokesman was asked about the drone strike.") == []
    assert _real_cameos("Reporters asked Erdogan about the talks.") == []
    assert _real_cameos("Iran asked Russia for help.") == ["020"]


def test_one_said_to_be_made_to_pay_is_threatened_by_who_says_it():
    # written for rashomon from probe paragraphs of our own: "Kyiv will pay for this, he told reporters" and "the
    # Houthis said Israel would pay for its crimes" coded nothing
    assert _real_sides("Kyiv will pay for this, the Kremlin told reporters.", "THREATEN") == (["RUSGOV"], ["UKRGOV"])
    assert _real_sides("The Houthis said Israel would pay a heavy price for its crimes.", "THREATEN") == (["YEMREBHTH"], ["ISR"])
    # a sum paid, or a payment refused, is no threat
    assert _real_cameos("Iran said it will pay the salaries of its diplomats.") == []
    assert _real_cameos("The minister said Armenia would not pay for the damage.") == []


def test_those_put_to_death_were_not_met_at_a_protest():
    # written for rashomon from a probe of our own reader comments: "the Mullahs are hanging protesters every week" coded
    # nothing; and an execution of protesters is no policing of a protest held then
    assert _real_paragraph("The Mullahs are hanging protesters every week.") == [("ASSAULT", ["IRNGOV"], ["IRNOPP"], None)]
    assert _real_cameos("Iran hanged two men convicted of drug trafficking.")[0] == "1823"
    assert _real_cameos("They hung a banner on the wall.") == []


def test_whom_a_diplomat_deals_with_is_of_another_country():
    # written for rashomon from a probe article of our own: "U.S. Secretary of State Antony Blinken spoke with both
    # generals" (Sudan's) made them American generals, the country the sentence names
    text = ("Fighting between Sudan's army and the Rapid Support Forces raged for a sixth day. "
            "U.S. Secretary of State Antony Blinken spoke with both generals.")
    found = [e for e in _real_paragraph(text) if e[0] == "CONSULT"]
    assert found and found[0][1:3] == (["USAGOV"], ["SDNMIL"]), found


def test_a_call_is_a_phone_call_an_appeal_or_a_name_given():
    # written for rashomon from probes of our own and ConfliBERT train-part sentences: "called the Ethiopian prime
    # minister" had no one called (the parser reads him as what he is called), "called the leader to resign" was a
    # phone call, "called the ambassador a very stupid guy" one too once office nouns were what one calls
    assert _real_sides("The US Secretary of State called the Ethiopian prime minister.", "CONSULT")[1] == ["ETHGOV"]
    assert _real_cameos("The party called the leader to resign.") == ["020"]
    assert _real_cameos("The US called the Sudanese generals to stop fighting.") == ["020"]
    assert _real_cameos("Macron called President Ramaphosa to discuss the summit.")[0] == "041"
    assert "041" not in _real_cameos("Trump called Britain's ambassador a very stupid guy.")
    assert _real_cameos("The UN called the attack a war crime.") == ["111"]


def test_the_first_word_after_a_wire_dateline_opens_the_sentence():
    # written for rashomon from a probe article of our own: after "KHARTOUM, April 20 (Reuters) -" the capitalised
    # "Fighting" was read as a name, so the fighting it reports was no event
    found = _real_paragraph("KHARTOUM, April 20 (Reuters) - Fighting between Sudan's army and the Rapid Support Forces raged on Thursday.")
    assert found and found[0][:3] == ("ASSAULT", ["SDNMIL"], ["SDNMILRSF"]), found


def test_people_held_are_detained_and_what_they_are_held_for_is_alleged():
    # written for rashomon from probes of our own in the style of CASE snippets: "two people were held for allegedly
    # supplying arms to the rebels" coded the supply first and the holding as alleged, and an arms cache unearthed
    # was no event
    found = _real_modalities("Two people were held for allegedly supplying arms to the rebels.")
    assert found[0] == ("COERCE", "asserted") and ("AID", "hedged") in found, found
    assert _real_modalities("The army reportedly shelled the village.") == [("ASSAULT", "hedged")]
    assert _real_cameos("Security personnel unearthed an arms cache in the forest area.") == ["1711"]
    assert _real_cameos("The president held a meeting with farmers.") == ["040"]


def test_a_post_taken_after_its_police_fled_is_yielded_first():
    # written for rashomon from a probe of our own in the style of CASE snippets: policemen who fled coded no
    # withdrawal, and "took over the police station" was no taking
    found = _real_paragraph("The insurgents took over the police station after the policemen fled.")
    assert [e[0] for e in found] == ["RETREAT", "COERCE"], found
    assert _real_cameos("The suspect fled the scene.") == []
    assert _real_cameos("The company took over the building.") == []


def test_people_taken_by_forces_are_detained_and_raids_to_arrest_them_are_no_assault():
    # written for rashomon after CASE train-part misses: forces that took people in raids, and raids made to detain
    # people, were filed as attacks
    assert _real_cameos("Soldiers took dozens of villagers during overnight sweeps in the north.")[0] == "173"
    assert _real_cameos("Troops conducted raids to arrest suspected smugglers.")[0] == "170"
    # people taken somewhere are carried along; a raid with no arrest in view stays force
    assert _real_cameos("Rescuers took the wounded to hospital.") == []
    assert _real_cameos("The president took journalists on a tour of the site.") == []
    assert _real_cameos("Soldiers raided the village and killed three men.")[0] == "190"


def test_headlines_whose_verb_was_read_as_a_noun_and_whose_subjects_a_comma_joins():
    # written for rashomon from probe headlines of our own: "Protesters storm parliament in Baghdad" coded nothing
    # (the present read as a noun), "Sudan army, RSF agree to seven-day truce" was the army's alone
    assert _real_paragraph("Protesters storm parliament in Baghdad")[0][:2] == ("PROTEST", ["IRQOPP"])
    found = _real_paragraph("Azerbaijan, Turkey launch joint military drills near Iranian border")
    assert found and sorted(found[0][1]) == ["AZE", "TUR"], found
    found = _real_paragraph("Sudan army, RSF agree to seven-day truce")
    assert found and found[0][0] == "AGREE" and found[0][1] == ["SDNMIL", "SDNMILRSF"], found


def test_a_town_where_an_agreement_is_signed_is_no_party_to_it():
    # written for rashomon from a probe of our own in CASE-snippet style: "both parties signed a memorandum of
    # understanding in Addis Ababa" was aimed at Ethiopia (the town hangs from the memorandum, not the verb)
    assert _real_paragraph("Both parties signed a memorandum of understanding in Addis Ababa on Tuesday.")[0][2] == []


def test_an_act_whose_charge_is_rebutted_is_denied_by_the_one_charged():
    # written for rashomon from probe headlines and sentences of our own: "Baku denies Yerevan claims of ceasefire
    # violation" had a violation by no one, and "rejected accusations of involvement in the attack" left the attack
    # asserted ("claims of involvement" hedged), the denial five words above it
    assert _real_paragraph("Baku denies Yerevan claims of ceasefire violation")[0][:2] == ("ASSAULT", ["AZEGOV"])
    assert _real_modalities("Baku denies Yerevan claims of ceasefire violation") == [("ASSAULT", "denied")]
    assert ("ASSAULT", "asserted") not in _real_modalities("Iran rejected accusations of involvement in the attack.")
    assert _real_modalities("Iran denied claims of involvement in the attack.") == [("ASSAULT", "denied")]
    from rashomon.nlp.modality import modality
    from rashomon.nlp.pipeline import load

    doc = load()("Iran rejected accusations of involvement in the attack.")
    assert modality(doc[-2], doc[:]) == "denied"


def test_both_sides_after_a_pair_appealed_to_are_that_pair():
    # written for rashomon after the demo's wire report: "urged both sides to settle their differences" after Russia
    # "called on Baku and Yerevan to show restraint" was aimed at no one (a pair appealed to was no pair that acts)
    text = ("Russia called on Baku and Yerevan to show restraint. "
            "Iran's foreign ministry urged both sides to settle their differences through dialogue.")
    found = [e for e in _real_paragraph(text) if e[0] == "REQUEST" and e[1] == ["IRNGOV"]]
    assert found and sorted(found[0][2]) == ["ARM", "AZE"], found


def test_campers_spenders_pitch_invaders_and_teachers_do_no_political_act():
    # written for rashomon from a probe of our own non-political sentences, after this round's rules on camps, raids
    # and questions: scouts who "set up camp", a company that "raided its pension fund", fans who "stormed the pitch
    # after the final whistle" and a teacher who "asked the pupils about their holidays" were events
    assert _real_cameos("The scouts set up camp by the lake.") == []
    assert _real_cameos("The company raided its pension fund.") == []
    assert _real_cameos("Fans stormed the pitch after the final whistle.") == []
    assert _real_cameos("The teacher asked the pupils about their holidays.") == []
    assert _real_cameos("The militia has set up a training camp in the forest.") == ["154"]


def test_a_side_named_by_its_nationality_and_a_puppet_named_by_its_patron():
    # written for rashomon from a probe of our own loaded labels: "the Azerbaijani side" was no one where the tagger
    # read "Azerbaijani" as a person, "Washington's puppets in Kyiv" were Washington, "Iran's puppet government in
    # Baghdad" Iran's government
    assert _real_sides("The Azerbaijani side accused Yerevan of provocations.", "ACCUSE")[0] == ["AZE"]
    assert _real_sides("Washington's puppets in Kyiv shelled Donetsk.", "ASSAULT")[0] == ["UKR"]
    assert _real_sides("Iran's puppet government in Baghdad expelled the ambassador.", "SANCTION")[0] == ["IRQGOV"]
    assert _real_sides("Tehran's proxy militias in Iraq attacked US bases.", "ASSAULT")[0] == ["IRQREB"]


def test_shots_fired_or_not_and_prohibitions_that_are_no_threats():
    # written for rashomon from a probe paragraph of our own: "our army did not fire a single shot" coded no shooting
    # to deny ("shot" was no object of firing), warning shots were an attack, photographs shot of a skyline gunfire,
    # and "Azerbaijan must not allow its territory to be used against Iran, the minister said" Azerbaijan's threat
    assert _real_modalities("Our army did not fire a single shot, the ministry said.") == [("ASSAULT", "denied")]
    assert _real_cameos("Troops fired warning shots.") == []
    assert _real_cameos("The photographer fired off a few shots of the skyline.") == []
    assert _real_cameos("The militia seized the airport without firing a shot.") == ["192"]
    found = _real_paragraph("Azerbaijan must not allow its territory to be used against Iran, Iran's foreign minister said.")
    assert [e[:3] for e in found] == [("REQUEST", ["IRNGOV"], ["AZE"])], found
    assert _real_cameos("Iran will not allow any change to its borders.") == ["130"]


def test_shells_that_land_mines_neutralised_house_arrests_and_riots_in_a_protest():
    # written for rashomon from probes of our own in the style of CASE snippets: "artillery shells landed in a
    # residential area" and "sappers neutralised a landmine" coded nothing, "was placed under house arrest" an arrest
    # of no one, and "rioters looted shops during the protest" put the looting first, the protest planned
    assert _real_cameos("Artillery shells landed in a residential area.") == ["194"]
    assert _real_cameos("The plane landed in Baku.") == []
    assert _real_cameos("Sappers neutralised a landmine near the village school.") == ["1711"]
    assert _real_cameos("The army neutralised three terrorists.") == ["190"]
    assert _real_paragraph("Police placed the journalist under arrest.")[0][:3] == ("COERCE", ["COP"], ["MED"])
    assert _real_paragraph("Opposition leader Bobi Wine was placed under house arrest.")[0][2] == ["UGAOPP"]
    found = _real_modalities("Rioters looted shops and set cars on fire during the protest.")
    assert found[0] == ("PROTEST", "asserted"), found


def test_a_call_read_as_a_clause_of_its_caller_and_him_after_it():
    # written for rashomon after a ConfliBERT train-part miss, with sentences of our own: "Trump called President
    # Putin on Friday and urged him ..." was parsed as "Trump, called President Putin," (a clause of the subject of
    # "urged"): the call had Trump for its target and no caller, and "him" stood for no one; so too "him" after a
    # person the tagger calls a thing, and a man "called John" made a phone call
    # (the helper reads it on 1 October 2021, when Trump held no office: USAELI)
    found = _real_paragraph("Trump called President Putin on Friday and urged him to end the war.")
    assert ("CONSULT", ["USAELI"], ["RUSGOV"], None) in found, found
    assert ("REQUEST", ["USAELI"], ["RUSGOV"], None) in found, found
    found = _real_paragraph("Russian President Vladimir Putin called Recep Tayyip Erdogan of Turkey on Monday and "
                            "asked him to mediate.")
    assert ("REQUEST", ["RUSGOV"], ["TURGOV"], None) in found, found
    assert "041" not in _real_cameos("A man called John and his wife were arrested in Baku.")


def test_a_name_a_parse_hangs_inside_another_name_is_a_side_too():
    # written for rashomon from probes of our own: "the Movement for Justice and the Sudan Liberation Army" lost the
    # second name (hung from "Justice")
    assert _real_targets("The army attacked the Movement for Justice and the Sudan Liberation Army.")[0][-1] == "SDNREB"


def test_a_place_held_by_a_side_names_it_as_the_target():
    # written for rashomon after a ConfliBERT train-part miss, with sentences of our own: air strikes "against the
    # rebel-held" part of a town had no target
    assert _real_sides("Syrian jets launched air strikes against the rebel-held pocket of Douma.", "ASSAULT")[1] == ["SYRREB"]
    # (and where the strikes are the act a light verb carries)
    assert _real_sides("Syrian jets carried out air strikes on rebel-held areas of Idlib.", "ASSAULT")[1] == ["SYRREB"]
    assert _real_sides("Saudi-led coalition jets bombed Houthi-controlled areas of Yemen.", "ASSAULT")[1][0] == "YEMREBHTH"


def test_a_curfew_or_an_emergency_restricts_the_place_it_is_imposed_on():
    # written for rashomon from ConfliBERT train-part and PLOVER train-part sentences and probes of our own: a curfew
    # "in" a city, an emergency "across" a country and a curfew shortened "imposed in" a country had no target
    assert _real_sides("Authorities imposed a curfew in the city of Mosul.", "COERCE")[1] == ["IRQ"]
    assert _real_sides("The president declared a state of emergency across Ethiopia.", "COERCE")[1] == ["ETH"]
    assert _real_sides("President Bashir shortened the nightly curfew imposed in Sudan.", "CONCEDE")[1] == ["SDN"]
    # not a day
    assert _real_sides("The government of Iraq imposed a state of emergency on Tuesday.", "COERCE")[1] == []


def test_an_act_named_in_a_run_of_acts_is_the_clauses_act_with_its_recipient():
    # written for rashomon from probes of our own: in "held a new round of military talks to ease tensions" the
    # purpose came first (the talks lay deeper, inside "a round of"), and "a wave of air strikes on Hezbollah
    # targets" and "a series of attacks on army posts" had no target (the parser hangs "on" from the run)
    found = _real_paragraph("India and China held a new round of military talks to ease tensions along their border.")
    assert found[0][:2] == ("CONSULT", ["IND", "CHN"]), found
    assert _real_sides("Israel carried out a wave of air strikes on Hezbollah targets in Lebanon.", "ASSAULT")[1] == ["LBNREBHZB"]
    assert _real_sides("Rebels in Mali launched a series of attacks on army posts.", "ASSAULT")[1] == ["MLIMIL"]


def test_whom_forces_fire_on_without_warning_is_the_target():
    # written for rashomon from probes of our own: in "opened fire without warning on the crowd" the parser hangs
    # "on the crowd" from "warning", and the firing had no target
    assert _real_sides("Soldiers opened fire without warning on the crowd in Almaty.", "ASSAULT")[1] == ["KAZCVL"]
    assert _real_sides("Kenyan police fired without warning at the protesters.", "ASSAULT")[1] == ["KENOPP"]


def test_arms_a_force_is_backed_by_are_no_side_backing_it():
    # written for rashomon from probes of our own: "security forces, backed by armored vehicles, stormed ..." coded
    # a backing of the forces by no one
    found = _real_paragraph("Sudanese security forces, backed by armored vehicles, stormed the protest camp in Khartoum.")
    assert [e[0] for e in found] == ["ASSAULT"], found
    # a side that backs is one
    assert _real_sides("Backed by Russian air power, Syrian troops recaptured the town of Saraqeb.", "SUPPORT")[0] == ["RUS"]


def test_the_head_of_a_body_for_someone_is_the_bodys():
    # written for rashomon from a probe of our own: "the head of the UN agency for Syrian refugees" was the UN and the
    # refugees both
    assert _real_sides("The head of the UN agency for Syrian refugees visited Amman on Monday.", "CONSULT")[0] == ["IGOUNO"]
    assert _real_sides("The leaders of Armenia and Azerbaijan met in Brussels.", "CONSULT")[0] == ["ARMGOV", "AZEGOV"]


def test_an_act_a_decree_orders_is_done_by_who_issues_it():
    # written for rashomon from a probe of our own: "the president of Azerbaijan signed a decree on partial
    # mobilisation" had a mobilisation by no one
    assert _real_sides("On Friday, the president of Azerbaijan signed a decree on partial mobilisation.", "MOBILIZE")[0] == ["AZEGOV"]


def test_sums_released_are_aid_and_set_no_one_free():
    # written for rashomon after a ConfliBERT train-part miss, with sentences of our own: "authorized the release of
    # $300 million in security assistance" was a release of people held; it is aid paid out
    text = "The Pentagon authorized the release of $300 million in security assistance to Kyiv."
    assert "0841" not in _real_cameos(text)
    assert _real_sides(text, "AID") == (["USAGOV"], ["UKR"])
    # (whom the sum goes to, where the parser hangs "to" inside it)
    assert _real_sides("The Treasury authorized the release of $1 billion in economic assistance to Egypt.", "AID")[1] == ["EGY"]
    assert _real_sides("The State Department cleared the release of $750 million in American security assistance to "
                       "Jordan.", "AID") == (["USAGOV"], ["JOR"])
    assert _real_cameos("Hamas released two hostages.") == ["0841"]


def test_one_pressed_or_persuaded_to_act_is_the_one_to_act():
    # written for rashomon from probes of our own: "Washington pressed Ankara to halt the offensive" was Washington's
    # halt, "pushed Congress to cut aid" (the parser reads a clause of purpose) the pusher's cut, and "persuaded
    # Damascus to withdraw its troops" Moscow's withdrawal
    assert _real_paragraph("Washington pressed Ankara to halt the offensive in Syria.")[0][:3] == ("REQUEST", ["USAGOV"], ["TURGOV"])
    found = _real_paragraph("The Armenian lobby pushed Congress to cut aid to Azerbaijan.")
    assert [e[0] for e in found] == ["REQUEST"] and found[0][2] == ["USALEG"], found
    assert _real_sides("Moscow persuaded Damascus to withdraw its troops from the border.", "RETREAT")[0] == ["SYRGOV"]


def test_an_act_no_one_did_is_denied_and_no_one_acting_disputes_nothing_else():
    # written for rashomon from probes of reader comments: "Nobody attacked Iran" asserted the attack; "None of the
    # soldiers fired at the protesters" disputed the protest (a "nobody" that acts was read as one that believes)
    assert _real_modalities("Nobody attacked Iran, stop the propaganda.") == [("ASSAULT", "denied")]
    found = dict(_real_modalities("None of the soldiers fired at the protesters in Almaty."))
    assert found.get("ASSAULT") == "denied" and found.get("PROTEST", "asserted") == "asserted", found
    assert _real_modalities("Nobody believes that Iran will attack Azerbaijan.") == [("ASSAULT", "disputed")]


def test_cooperation_aimed_at_no_one_named_concerns_the_country_it_is_done_in():
    # written for rashomon after a ConfliBERT train-part miss, with a sentence of our own: troops who served "in" a
    # country had no target
    assert _real_sides("Fijian peacekeepers have served in southern Lebanon since 1978.", "COOPERATE")[1] == ["LBN"]


def test_boats_sunk_rebels_pursued_and_navy_boats_attacked():
    # written for rashomon from probes of our own in wire style: "the navy sank two rebel boats" and "troops pursued
    # rebels into southern Sudan" were no events, and "a navy patrol boat" attacked was no one's
    assert _real_sides("The Sri Lankan navy sank two rebel boats off Mullaitivu.", "ASSAULT") == (["LKAMIL"], ["LKAREB"])
    assert _real_sides("Ugandan troops pursued Lord's Resistance Army rebels into southern Sudan.", "ASSAULT")[0] == ["UGAMIL"]
    assert _real_sides("Tamil Tiger rebels attacked a navy patrol boat off the northeastern coast.", "ASSAULT")[1] == ["LKAMIL"]
    # a ship that sinks and a policy pursued are no attack
    assert _real_cameos("The ship sank in a storm off Sri Lanka.") == []
    assert _real_cameos("The government will pursue its reforms.") == []


def test_forces_loyal_to_a_countrys_leader_are_its_forces():
    # written for rashomon from a probe of our own in wire style: "forces loyal to President Laurent Gbagbo" were of no
    # country (a patron's country is set aside, as for "militias loyal to Iran", which are not Iran's own)
    source, _ = _real_sides("Forces loyal to President Laurent Gbagbo shelled a rebel-held town in western Ivory Coast.", "ASSAULT")
    assert source == ["CIVMIL"], source
    source, _ = _real_sides("Militias loyal to Iran attacked US troops in Iraq.", "ASSAULT")
    assert source and not source[0].startswith("IRN"), source


def test_sexual_violence_by_a_side_is_an_assault_and_violence_spoken_of_is_none():
    # written for rashomon after a CASE train-part miss, with sentences of our own: "sexual violence against" women
    # "by" an armed group was no event; a kind of act said to be a problem or a crime is none
    assert _real_sides("Sexual violence against Yazidi women by Islamic State fighters left thousands traumatised.",
                       "ASSAULT")[0] == ["IMGMUSISI"]
    assert _real_cameos("Sexual violence is a global problem, the report said.") == []
    assert _real_cameos("Torture is a crime under international law.") == []
    # one said of a time and a place is one
    assert _real_cameos("Shelling was heavy overnight near Donetsk.") == ["194"]


def test_bare_numbers_killed_or_arrested_are_people_of_the_place():
    # written for rashomon after a PLOVER train-part miss: "killing one and arresting 12" had no one arrested
    assert _real_sides("Turkish police detained 12 in Istanbul.", "COERCE")[1] == ["TURCVL"]


def test_a_groups_leader_is_the_group_and_an_ally_in_a_country_is_that_countrys():
    # written for rashomon after a PLOVER train-part miss, with sentences of our own: the deputy commander of one
    # country's militia ally in another was the patron's militia and the other country both
    assert _real_sides("Rebels shot the deputy commander of Russia's militia ally in eastern Ukraine.", "ASSAULT")[1] == ["UKRREB"]
    assert _real_sides("Police arrested the commander of the Taliban in Helmand.", "COERCE")[1] == ["AFGREBTAL"]


def test_a_measure_lifted_is_lifted_by_whose_it_is_from_whom_it_was_against():
    # written for rashomon after a ConfliBERT train-part miss, with sentences of our own: sanctions of a named body
    # "against" a country that "were lifted" were aimed at the body, by no one
    assert _real_sides("EU sanctions against Syria were lifted last spring.", "RETREAT") == (["IGOEUREEC"], ["SYR"])
    assert _real_sides("U.S. sanctions on Venezuela were eased on Tuesday.", "RETREAT") == (["USA"], ["VEN"])
    # a nationality's sanctions are as often against it: no side is read from it
    assert _real_sides("Russian sanctions were lifted.", "RETREAT")[0] == []


def test_a_name_one_phones_is_a_person_whatever_the_tagger_calls_it():
    # written for rashomon after a ConfliBERT train-part miss, with sentences of our own: "Blinken called Lavrov to
    # discuss ..." was no call (the tagger calls Lavrov an organisation); a place called is not a person
    assert _real_paragraph("Blinken called Lavrov to discuss the prisoner swap.")[0][:3] == ("CONSULT", ["USAGOV"], ["RUSGOV"])
    assert "041" not in _real_cameos("The president called Hamas a terrorist group.")


def test_regions_are_coded_with_cameos_region_codes():
    # written for rashomon after ConfliBERT train-part misses, with sentences of our own: aid to West Africa and to
    # European allies had no target (GDELT codes regions as WAF, EUR ...)
    assert _real_sides("The EU has provided more than 1 billion euros to fight the Ebola outbreak in West Africa.", "AID")[1] == ["WAF"]
    assert _real_sides("Washington cut its military aid to European allies by a third.", "SANCTION")[1] == ["EUR"]


def test_what_one_calls_someone_to_do_on_the_phone_is_aimed_at_them():
    # written for rashomon after a ConfliBERT train-part miss, with sentences of our own: "phoned Erdogan to apologise"
    # apologised to no one; "The NATO chief called Erdogan on Friday" (a clause of "chief" to the parser) had no caller
    assert ("SUPPORT", ["NLDGOV"], ["TURGOV"], None) in _real_paragraph("Rutte phoned Erdogan to apologise for the mix-up.")
    found = _real_paragraph("The NATO chief called Erdogan on Friday to discuss the drills.")
    assert ("CONSULT", ["IGOWSTNAT"], ["TURGOV"], None) in found, found
    # not what one calls on someone to do
    assert _real_cameos("The party called the leader to resign.") == ["020"]


def test_a_name_before_talks_that_names_no_side_leaves_them_to_who_holds_them():
    # written for rashomon after a sample of caucasus events: talks named after an accord were the accord's (a source
    # with no code), talks named after a town were no one's, and a capital before talks a verb holds was their target
    assert _real_paragraph("Iran and the powers resumed JCPOA talks on Monday.")[0][:3] == ("CONSULT", ["IRN"], [])
    assert _real_paragraph("Russia and Ukraine resumed Geneva talks on Tuesday.")[0][:3] == ("CONSULT", ["RUS", "UKR"], [])
    assert _real_paragraph("Moscow and Kyiv held Minsk talks in Belarus.")[0][:3] == ("CONSULT", ["RUSGOV", "UKRGOV"], [])
    # a side's own name before its act is still its
    assert _real_sides("Hamas attacks on Israeli towns continued.", "ASSAULT")[0] == ["PSEREBHMS"]


def test_one_speaking_at_a_joint_news_conference_holds_it():
    # written for rashomon after a sample of caucasus events: a joint news conference that the one quoted spoke at
    # was a meeting held by no one (the parser hangs the phrase from the speaker)
    found = _real_paragraph('"We back both sides," said Borrell at a joint press conference with Ilham Aliyev in Baku.')
    assert ("CONSULT", ["IGOEUREEC"], ["AZEGOV"]) in [e[:3] for e in found], found
    found = _real_paragraph("Blinken said during a meeting with Lavrov that the sanctions would stay.")
    assert ("CONSULT", ["USAGOV"], ["RUSGOV"]) in [e[:3] for e in found], found


def test_an_act_wanted_or_hoped_for_is_a_wish_not_the_act():
    # written for rashomon after a probe of our own sentences: "wanted a ceasefire" declared one, "wants sanctions
    # on Israel" imposed them, "hopes for a ceasefire" was a ceasefire (the tagger's lemma of "hopes" is "hop")
    assert _real_paragraph("Moscow wants a ceasefire between Armenia and Azerbaijan.")[0][:2] == ("AGREE", ["RUSGOV"])
    assert _real_paragraph("Iran wants sanctions on Israel.") == [("REQUEST", ["IRN"], ["ISR"], None)]
    assert _real_cameos("The EU hopes for a ceasefire in Gaza.") == []
    # a solution sought to an act is no wish for the act: the act stays
    found = _real_paragraph("For years Baku sought a peaceful solution to the Armenian occupation of its land.")
    assert any(e[0] == "COERCE" and e[1] == ["ARM"] for e in found), found


def test_homes_demolished_are_property_destroyed():
    # written for rashomon after an ACLED train-part miss, with sentences of our own: "demolished" was no event to the
    # rules (only the trained model took it)
    from rashomon.engine.code import code_texts
    from rashomon.settings import Options

    rules = Options(event_model=False)
    (events,) = code_texts([("x", "The army demolished the house of a suspect.", None)], rules)
    assert [e["cameo"] for e in events] == ["1712"], events
    (events,) = code_texts([("x", "The striker demolished the defence with two goals.", None)], rules)
    assert events == []


def test_who_uses_arms_does_what_they_are_used_for():
    # written for rashomon after a sample of caucasus events: arms said to have been used by a named side to kill
    # were used to kill by no one
    assert _real_sides("The weapons were used by the rebels to attack a convoy.", "ASSAULT")[0] == ["REB"]
    source, target = _real_sides("The mortars were later used by insurgents in Syria to shell a Turkish outpost.", "ASSAULT")
    assert (source, target) == (["SYRREB"], ["TURMIL"])


def test_a_deal_told_of_as_made_with_another_was_made_by_the_teller():
    # written for rashomon after a sample of caucasus events: a deal a minister said had been struck with the other
    # side, in the passive, was a deal by no one
    assert _real_paragraph("Kyiv said talks had been held with Moscow on Friday.")[0][:3] == ("CONSULT", ["UKRGOV"], ["RUSGOV"])
    assert _real_sides("The rebels claimed that a truce was agreed with the army.", "AGREE") == (["REB"], ["MIL"])
    # an agent named is the side that made it
    assert _real_sides("The minister said a deal was reached by Turkey with the rebels.", "AGREE")[0] == ["TUR"]


def test_a_place_of_the_clause_an_adverbial_one_hangs_from_is_not_the_adverbial_acts():
    # written for rashomon after a sample of caucasus events: an attack told in a "when" clause was placed where the
    # onlookers of the main clause were
    assert ("ASSAULT", None) in _real_placed("When Russia attacked Ukraine, many in Georgia saw it as a warning.")
    # a place the act's own clause names is still its
    assert ("ASSAULT", "Idlib") in _real_placed("After militants attacked a checkpoint in Idlib, the army shelled their positions.")


def test_a_place_a_relative_clause_names_is_not_the_place_of_the_act_above_it():
    # written for rashomon after a sample of caucasus events: aid given in a period a relative clause described by a
    # place was placed there
    assert _real_placed("During the crisis, which began under a governor elected in Kirkuk, Ankara armed the Peshmerga.") == [("AID", None)]
    assert _real_placed("Rebels attacked a convoy that was carrying aid to Idlib.")[0] == ("ASSAULT", None)
    # a place the act's own phrase names is still its
    assert ("ASSAULT", "Tavush Province") in _real_placed("Troops attacked a village in Tavush, which lies near the border.")


def test_its_ministry_is_the_owners_even_where_the_tagger_calls_it_a_name():
    # written for rashomon after a reading of the demo's events: "after its defence ministry threatened" had a source
    # with no code (the tagger calls "ministry" a proper noun there)
    assert _real_sides("Turkey said its foreign ministry had summoned the Swedish ambassador.", "ACCUSE") == (["TURGOV"], ["SWEGOV"])
    assert _real_sides("Iran said its troops had shelled the village.", "ASSAULT")[0] == ["IRNMIL"]


def test_telephone_calls_between_capitals_are_held_by_all_of_them():
    # written for rashomon after a reading of the demo's events: "the agreement followed telephone calls between
    # Moscow, Baku and Yerevan" was no call ("telephone call" was no trigger; the agreement held the calls)
    found = _real_paragraph("The agreement followed telephone calls between Moscow, Baku and Yerevan.")
    assert ("CONSULT", ["RUSGOV", "AZEGOV", "ARMGOV"], []) in [e[:3] for e in found], found
    assert _real_paragraph("Putin and Erdogan held a telephone conversation on Friday.")[0][:3] == ("CONSULT", ["RUSGOV", "TURGOV"], [])


def test_a_go_between_is_no_side_a_signing_is_aimed_at_but_goes_between_the_signers():
    # written for rashomon after a probe of our own sentences: "signed a ... agreement brokered by local elders" was
    # aimed at the elders, and the brokering went between no one
    found = _real_paragraph("Serbia and Kosovo signed a trade agreement mediated by the EU.")
    assert ("SUPPORT", ["SRB", "KSV"], []) in [e[:3] for e in found], found
    assert ("CONSULT", ["IGOEUREEC"], ["SRB", "KSV"]) in [e[:3] for e in found], found
    found = _real_paragraph("The two warring clans signed a peace agreement brokered by local elders.")
    assert all("ELI" not in e[2] for e in found if e[0] == "SUPPORT"), found
    # whom a truce someone brokered is broken by is no side the go-between went between
    found = _real_paragraph("The rebels violated the truce mediated by Qatar.")
    assert ("CONSULT", ["QAT"], []) in [e[:3] for e in found], found
    # the author of a plan rejected is still whom the rejection is aimed at
    assert _real_sides("Iran rejected the plan proposed by Russia.", "REJECT") == (["IRN"], ["RUS"])


def test_the_two_countries_after_a_visit_are_the_visitor_and_the_host():
    # written for rashomon after a probe paragraph of our own: "visited Tehran ... The two countries also agreed" left
    # the two countries unresolved (a visit was no pair that met)
    found = _real_paragraph("The Iraqi prime minister visited Tehran on Sunday. The two countries also agreed to expand rail links.")
    assert ("AGREE", ["IRQ", "IRN"]) in [e[:2] for e in found], found


def test_a_go_between_of_a_deal_an_act_is_done_in_goes_between_the_doers():
    # written for rashomon after a probe of our own sentences: "restored relations in a deal mediated by China" had the
    # mediation aimed at no one
    found = _real_paragraph("Saudi Arabia and Iran restored diplomatic relations in a deal mediated by China.")
    assert ("CONSULT", ["CHN"], ["SAU", "IRN"]) in [e[:3] for e in found], found


def test_a_tribal_or_a_religious_leader_is_no_government():
    # written for rashomon after a probe of our own sentences: "killed a Sikh leader in Canada" was aimed at CANGOV
    assert _real_sides("Gunmen killed a Sikh leader in Canada.", "ASSAULT")[1] == ["CANREL"]
    assert _real_sides("Gunmen killed a tribal leader in Yemen.", "ASSAULT")[1] == ["YEMELI"]
    assert _real_sides("Gunmen killed an opposition leader in Kenya.", "ASSAULT")[1] == ["KENOPP"]


def test_they_with_no_plural_before_it_is_the_one_state_named_as_a_subject():
    # written for rashomon after a sample of caucasus events: a reader's "they", after a sentence whose one subject
    # was a state, stood for no one
    found = _real_paragraph("Iran did nothing to stop the militia. In fact they have armed it for years.")
    assert ("AID", ["IRN"]) in [e[:2] for e in found], found
    # not where two states are subjects, nor over a plural subject
    found = _real_paragraph("Turkey will never let Azerbaijan lose, they sent mercenaries.")
    assert all(e[1] in ([], [None]) for e in found if e[0] in ("AID", "MOBILIZE")), found
    assert _real_paragraph("The rebels attacked the town. They killed five soldiers.")[1][:2] == ("ASSAULT", ["REB"])


def test_armoured_vehicles_delivered_are_arms_and_a_move_condemned_is_its_makers():
    # written for rashomon after a probe of our own sentences: "delivered armoured vehicles to Armenia in a move
    # condemned by Baku" was aid of no kind, condemned in no one
    found = _real_paragraph("France delivered armoured vehicles to Armenia in a move condemned by Baku.")
    assert ("AID", ["FRA"], ["ARM"]) in [e[:3] for e in found], found
    assert _real_cameos("France delivered armoured vehicles to Armenia.") == ["072"]
    assert ("ACCUSE", ["AZEGOV"], ["FRA"]) in [e[:3] for e in found], found
    # vehicles that are no arms are no military aid
    assert _real_cameos("The EU delivered vehicles and generators to Armenia.") == ["070"]


def test_a_claim_of_responsibility_naming_nothing_names_the_doer_of_the_attack_told_before_it():
    # written for rashomon after a probe of ACLED-style notes of our own: "A roadside bomb hit a police vehicle ...
    # The Taliban claimed responsibility." left the attack with no doer
    from rashomon.engine.code import code_texts

    text = "On 15 May 2020, a roadside bomb hit a police vehicle in Kandahar, killing three policemen. The Taliban claimed responsibility."
    (events,) = code_texts([("x", text, "2020-05-16")])
    assert [[a["code"] for a in e["source"]] for e in events if e["event"] == "ASSAULT"] == [["AFGREBTAL"], ["AFGREBTAL"]], events
    # no group, or one that denies it, is no doer
    for text in ("A car bomb went off outside a market in Mogadishu. No group has claimed responsibility.",
                 "A bomb killed two soldiers in Kidal. The rebels denied responsibility."):
        (events,) = code_texts([("x", text, "2020-05-16")])
        assert all(not e["source"] for e in events if e["event"] == "ASSAULT"), events


def test_the_outskirts_or_the_vicinity_of_a_town_are_its_countrys():
    # written for rashomon after a probe of ACLED-style notes of our own: air strikes "on the outskirts of Idlib" had
    # no target (the tagger's lemma of "outskirts" is "outskirt", which no list held)
    assert _real_sides("Russian aircraft bombed the outskirts of Idlib.", "ASSAULT") == (["RUSMIL"], ["SYR"])
    assert _real_sides("Gunmen attacked a checkpoint in the vicinity of Kidal.", "ASSAULT")[1] == ["MLI"]


def test_backing_an_act_against_someone_is_no_backing_of_them_or_of_where_it_is_done():
    # written for rashomon after the caucasus claims: a denied backing of a drive against a group was aimed at the
    # country it was to be in, so that a reader's word that the group was helped read as contesting it
    found = _real_paragraph("Russia backed an anti-government campaign in Georgia.")
    assert found[0][:3] == ("SUPPORT", ["RUS"], []), found
    assert _real_paragraph("Iran supports the anti-Israel movement in Lebanon.")[0][:3] == ("SUPPORT", ["IRN"], [])
    # whom one backs is still whom one backs
    assert _real_sides("Russia backed the separatists in Georgia.", "SUPPORT")[1] == ["GEOREB"]


def test_standing_by_or_with_a_side_is_backing_it_and_standing_by_a_thing_is_not():
    # written for rashomon after a probe paragraph of our own: "Ankara would stand by Baku" was no event (CAMEO codes
    # "stand by" 051)
    assert _real_sides("Washington stands with Israel.", "SUPPORT") == (["USAGOV"], ["ISR"])
    assert _real_cameos("The EU will stand behind Kyiv.") == ["051"]
    assert _real_cameos("The president stood behind the podium.") == []
    assert _real_cameos("The minister stood by the window.") == []


def test_what_a_quotation_running_on_says_another_must_do_is_the_speakers_demand():
    # written for rashomon after a probe paragraph of our own: a quotation's next sentence "Armenia must withdraw ..."
    # was a hypothetical withdrawal by Armenia, where "X said Armenia must withdraw" is X's demand
    text = 'Turkish Defence Minister Hulusi Akar spoke on Friday. "We back Baku," he said. "Armenia must leave the seven districts."'
    assert ("REQUEST", ["TURGOV"], ["ARM"]) in [e[:3] for e in _real_paragraph(text)], _real_paragraph(text)
    # what the speaker's own side must do is no demand of anyone
    text = 'Turkish Defence Minister Hulusi Akar spoke on Friday. "We back Baku," he said. "Turkey must send more drones."'
    assert all(e[0] != "REQUEST" for e in _real_paragraph(text)), _real_paragraph(text)


def test_a_membership_frozen_is_aimed_at_the_body_and_anothers_at_them():
    # written for rashomon after a probe of our own sentences: "froze its membership in the CSTO" was aimed at no one
    assert _real_sides("Armenia froze its membership in the CSTO.", "SANCTION") == (["ARM"], ["IGOCASCST"])
    # another's membership is theirs first
    assert _real_sides("Turkey blocked Sweden's membership in NATO.", "REJECT") == (["TUR"], ["SWE"])


def test_a_named_person_is_the_office_of_a_place_set_beside_the_name():
    # written for rashomon after a sample of caucasus events: a provincial governor of Iran, named with his office
    # set beside his name, was no one (the table knows no name in the phrase; the province alone resolves by place)
    found = _real_sides("Reza Karimi, the governor of Gilan, sent fighters to Armenia.", "AID")
    assert found == (["IRNGOV"], ["ARM"]), found
    assert _real_sides("Reza Karimi, the former governor of Gilan, sent fighters to Armenia.", "AID")[0] == ["IRNELI"]
    # an office of a place nothing places takes no country the sentence names elsewhere
    found = _real_sides("Reza Karimi, the governor of Xanadu province, condemned the attack on Armenia.", "ACCUSE")
    assert found[0] == [None], found


def test_a_possessive_the_parser_hangs_inside_an_office_is_the_offices():
    # written for rashomon after a sample of caucasus events: in "the governor of Gilan's decision to deploy police"
    # the parser reads "the governor of [Gilan's decision]", and the act had the province (no actor) as its source
    text = "Lawmakers faulted the governor of Gilan's decision to deploy police to the border with Turkey."
    assert _real_sides(text, "MOBILIZE") == (["IRNGOV"], ["TUR"])
    assert _real_sides(text, "ACCUSE")[1] == ["IRNGOV"]  # (and the office the parser ends before the possessive)
    assert _real_sides("Critics questioned the president of Kenya's decision to deploy troops to Haiti.", "MOBILIZE")[0] == ["KENGOV"]


def test_attacking_a_decision_or_a_plan_is_criticism_not_an_assault():
    # written for rashomon after a probe of our own sentences: "attacked the government's decision" was an assault
    # (CAMEO 190, Goldstein -10) on the government
    assert _real_cameos("Opposition leaders attacked the president's plan.") == ["111"]
    assert "111" in _real_cameos("The minister attacked Kenya's decision to deploy troops.")
    # an attack on people or places is still one
    assert _real_cameos("Gunmen attacked a police station in Kano.") == ["190"]


def test_what_one_can_do_is_no_act_done():
    # written for rashomon after a sample of caucasus events: a help that one side "can" give in the best case was
    # told as help given
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Israeli jets can strike targets deep inside Iran.", "2021-01-01")])
    assert [e["provenance"]["modality"] for e in events] == ["hypothetical"], events
    # what can be seen of an act is still the act; "cannot tolerate" is still a threat
    (events,) = code_texts([("x", "Clashes between the rival militias can be heard from the hills.", "2021-01-01")])
    assert [e["provenance"]["modality"] for e in events if e["event"] == "ASSAULT"] == ["asserted"], events
    (events,) = code_texts([("x", "Tehran cannot tolerate Israeli firms near its border.", "2021-01-01")])
    assert [(e["event"], e["provenance"]["modality"]) for e in events] == [("THREATEN", "asserted")], events


def test_a_quotation_after_an_account_given_is_the_tellers():
    # written for rashomon after a sample of caucasus events: a former governor's account of the aid of the 1990s,
    # quoted after a colon, was the author's, and its "we sent" had no side
    text = ('Hassan Karimi, mayor of the Iranian city of Tabriz in the 1990s, has set out his own account of the aid '
            'Iran sent to Armenia during the war: "Back then, young men of our country tried to help the Armenians. '
            'We formed some of these units, and we sent a few officers to Armenia as advisers."')
    found = _real_paragraph(text)
    assert ("COOPERATE", ["IRNGOV"], ["ARM"], "IRNGOV") in found, found


def test_keeping_a_side_from_growing_weaker_is_no_threat_to_it():
    # written for rashomon after a sample of caucasus events: that it suits one state "not to allow" another to
    # become weaker was a threat (CAMEO 130) aimed at the one it would protect
    assert _real_cameos("Iran will not allow Armenia to grow weaker.") == []
    assert _real_cameos("It is in Russia's interest not to allow Serbia to become weaker.") == []
    # not allowing a side an act is still a threat to it
    assert _real_sides("Iran will not allow Azerbaijan to seize the corridor.", "THREATEN") == (["IRN"], ["AZE"])


def test_both_countries_after_a_war_fought_are_the_two_who_fought():
    # written for rashomon after a sample of caucasus events, where "both countries" after a war named no one (that
    # case, an occupation told a paragraph before, is still unresolved); a war fought just before now names the pair
    found = _real_paragraph("Ethiopia fought Eritrea for two years. A truce ended the hostilities between the two countries.")
    assert ("RETREAT", [], ["ETH", "ERI"], None) in found, found


def test_a_participle_the_parser_joins_to_the_verb_before_describes_the_noun_before_it():
    # written for rashomon after a probe paragraph of our own: in "called on both sides to respect the ceasefire agreed
    # in Jeddah" the parser joins "agreed" to "called", and the ceasefire was agreed by those who called for it
    found = _real_paragraph("Egypt and Qatar called on both sides to respect the ceasefire agreed in Doha last week.")
    assert not any(e[0] == "AGREE" and e[1] == ["EGY", "QAT"] for e in found), found
    # a verb joined by "and" is still its subject's
    assert _real_paragraph("Iran attacked the base and destroyed two aircraft.")[1][:2] == ("ASSAULT", ["IRN"])



def test_it_condemned_or_denied_is_the_act_told_before_not_an_actor():
    # written for rashomon after a probe paragraph of our own: "X condemned the arrest. Y also condemned it." aimed
    # Y's condemnation at X
    found = _real_paragraph("Amnesty International condemned the arrest. Human Rights Watch also condemned it.")
    assert [e[:3] for e in found] == [("ACCUSE", ["NGOHRIAMN"], []), ("ACCUSE", ["NGOHRIHRW"], [])], found


def test_a_crowd_dispersed_by_pronoun_is_dispersed():
    # written for rashomon after a probe of ACLED-style notes of our own: "police dispersed them with water cannon"
    # after a sentence of protesters was no event (the lexicon row named the crowd's nouns only)
    found = _real_paragraph("Students marched in Dhaka; police dispersed them with tear gas.")
    assert ("ASSAULT", ["BGDCOP"], ["BGDEDU"]) in [e[:3] for e in found], found


def test_a_weapon_claimed_is_the_claimers_and_a_groups_bombing_is_no_air_strike():
    # written for rashomon after a probe of ACLED-style notes of our own: "claimed responsibility for a car bomb that
    # killed nine" had no doer (the bomb was the killer), and a bombing the Islamic State claimed was an air strike
    found = _real_paragraph("Al-Shabaab claimed responsibility for a truck bomb that killed 12 people in Baidoa.")
    assert [e[:3] for e in found] == [("ASSAULT", ["SOMREB"], ["SOMCVL"])], found
    assert _real_cameos("The Islamic State claimed responsibility for the bombing of a mosque in Kabul.") == ["183"]


def test_a_share_won_or_a_mind_captured_is_no_seizure():
    # written for rashomon after reading events coded on real web pages (the ingest set's pages): a share of a
    # country's income that its richest "captured" was an assault (CAMEO 190) on the country
    assert _real_cameos("The Liberal Party captured 38 percent of the vote.") == []
    assert _real_cameos("The novel captured the imagination of a generation.") == []
    assert _real_cameos("In France, the richest tenth captured half of the national income.") == []
    # a town captured is still taken by force
    assert _real_cameos("Rebels captured the town of Kidal.") == ["190"]


def test_a_vehicle_running_into_a_thing_is_an_accident():
    # written for rashomon after reading events coded on real web pages: a road accident in a police log, one car
    # running into another, was an assault
    assert _real_cameos("A van driven by a local farmer struck the back of a parked car.") == []
    assert _real_cameos("The bus hit a tree on the motorway.") == []
    # a car driven into people, or a boat rammed, is no accident (the lexicon had no row for "ram")
    assert "190" in _real_cameos("A driver rammed his car into a crowd of marchers in Leeds.")
    assert _real_sides("A Chinese coast guard ship rammed a Philippine supply boat.", "ASSAULT") == (["CHNMIL"], ["PHL"])
    assert _real_cameos("The government rammed the bill through parliament.") == []


def test_harm_to_the_land_with_no_armed_doer_and_a_persuaded_buyer_are_no_events():
    # written for rashomon after reading events coded on real web pages: human activity "destroying natural
    # habitats" was an assault (1712), and a speaker who "was sold on" a plan a sale (061)
    assert _real_cameos("Farming and mining keep destroying natural habitats across the region.") == []
    assert _real_cameos("Voters were sold on the new tram line.") == []
    # shelling that destroys a forest is still an attack; a sale is still a sale
    assert _real_cameos("Russian shelling destroyed the forests near Kupiansk.") != []
    assert _real_cameos("Iran sold oil to China.") == ["061"]


def test_a_war_of_no_one_spoken_of_inside_another_phrase_is_background():
    # written for rashomon after counting the caucasus events with no side: 14 of 49 were a war named in passing,
    # inside another phrase, each coded as an assault of no one
    assert _real_cameos("The scars of the last war are still visible in the valley.") == []
    assert _real_cameos("Many veterans took part in the Balkan war.") == []
    # a war whose sides are named, or one a conflict grows into, is still one
    assert _real_cameos("Nobody wants a repeat of the war between Ethiopia and Eritrea.") != []
    assert _real_cameos("The riots escalated the crisis into a civil war.") != []


def test_questioning_a_decision_disputes_no_act():
    # written for rashomon after the caucasus claims: a commander who "questioned" a governor's decision to send
    # fighters was read as disputing that they were sent, which contested a claim of the governor's country's backing
    assert _real_modalities("Critics questioned the decision to deploy troops to Mali.") == [("MOBILIZE", "asserted")]
    # a claim questioned is still disputed
    assert _real_modalities("Armenia disputed claims that its troops had shelled Tovuz.") == [("ASSAULT", "disputed")]


def test_a_regional_governor_or_local_officials_are_of_where_the_act_is():
    # written for rashomon after a probe of our own wire sentences: "Ukrainian drones struck a refinery in Russia's
    # Krasnodar region, the regional governor said" had a Ukrainian speaker (the first country the sentence names)
    found = _real_paragraph("Ukrainian drones struck an oil depot in Russia's Belgorod region, the regional governor said.")
    assert found[0][3] == "RUSGOV", found
    found = _real_paragraph("Azerbaijani forces shelled villages near Tavush, the provincial governor said.")
    assert found[0][3] == "ARMGOV", found


def test_what_was_not_allowed_is_no_threat_of_what_will_not_be():
    # written for rashomon after a probe of our own denials: "its peacekeepers had not allowed any weapons into
    # Karabakh" was a threat (130) against the place
    found = _real_paragraph("Moscow insisted that its peacekeepers had not allowed any weapons into Abkhazia.")
    assert not any(e[0] == "THREATEN" for e in found), found
    # what one will not allow is still a threat
    assert _real_sides("Iran will not allow Azerbaijan to seize the corridor.", "THREATEN") == (["IRN"], ["AZE"])


def test_troops_crossing_a_border_or_into_territory_is_an_incursion():
    # written for rashomon after a probe of our own denials: "Baku rejected reports that its troops had crossed into
    # Armenian territory" coded nothing (the lexicon had no row for "cross")
    found = _real_paragraph("Yerevan rejected reports that its troops had crossed into Azerbaijani territory.")
    assert ("ASSAULT", ["ARMMIL"], ["AZE"]) in [e[:3] for e in found], found
    assert _real_sides("Russian troops crossed the border into Ukraine on Thursday.", "ASSAULT") == (["RUSMIL"], ["UKR"])
    # people on the move, or fighters brought in to help, are no incursion
    assert _real_cameos("Migrants crossed the border into Poland.") == []
    assert "190" not in _real_cameos("The sheikh hoped to get Chechen volunteers to cross into Georgia.")


def test_a_could_high_up_a_chain_of_infinitives_makes_the_act_hypothetical():
    # written for rashomon after a probe of our own sentences: "Iran could try to get Hezbollah fighters to attack the
    # town" was an attack asserted (only the verb right above the act was read for "could")
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Syria could try to get Hezbollah fighters to attack the town.", "2021-01-01")])
    assert [(e["event"], e["provenance"]["modality"]) for e in events] == [("ASSAULT", "hypothetical")], events


def test_forces_a_state_attacks_are_not_its_own_by_context_alone():
    # written for rashomon after a probe of our own sentences: "Israel bombed the consulate, killing seven officers"
    # made the officers Israel's (the only country the sentence names)
    assert _real_sides("Israel bombed the consulate on April 1, killing seven officers.", "ASSAULT")[1] in (["GOV"], ["MIL"])
    found = [e for e in _real_paragraph("Israel bombed the consulate on April 1, killing seven officers.") if e[2] == ["ISRMIL"]]
    assert not found, found
    # a state's forces against its own rebels keep their country
    assert _real_sides("The Syrian army killed seven rebels near Idlib.", "ASSAULT") == (["SYRMIL"], ["SYRREB"])


def test_an_official_of_no_country_named_who_tells_of_a_states_attack_is_not_of_that_state():
    # written for rashomon after a probe of our own sentences: "The prime minister told reporters that Azerbaijan had
    # violated the truce" made the prime minister Azerbaijan's (the only country the sentence names)
    found = _real_paragraph("The prime minister told reporters that Georgia had violated the truce twice overnight.")
    assert found[0][:2] == ("ASSAULT", ["GEO"]) and found[0][3] != "GEOGOV", found
    # one who tells of another's aid may be of its country
    assert _real_paragraph("The ministry said Azerbaijan would send aid to Turkey.")[0][3] == "AZEGOV"


def test_a_crowd_beaten_is_beaten():
    # written for rashomon after a probe of our own sentences: "police hit the crowd with batons" was no event (the
    # list of people struck named protesters, not a crowd)
    found = _real_paragraph("Police hit the crowd with batons outside the parliament in Tbilisi.")
    assert ("ASSAULT", ["GEOCOP"]) in [e[:2] for e in found], found
    # a car that strikes a pedestrian is still a road accident
    assert _real_cameos("A car struck a pedestrian on the highway.") == []


def test_a_society_or_an_association_of_a_country_is_its_civil_society_not_the_state():
    # written for rashomon after reading events coded on real web pages: a restaurants' association "of Ireland"
    # that criticised a decision was coded IRL, the state
    assert _real_sides("The Law Society of Kenya condemned the arrest of the lawyer.", "ACCUSE")[0] == ["KENNGO"]
    assert _real_sides("The Hoteliers Association of Malta criticised the decision.", "ACCUSE")[0] == ["MLTNGO"]
    # the country itself, and a body the table knows whole, are as they were
    assert _real_sides("Kenya condemned the arrest.", "ACCUSE")[0] == ["KEN"]
    assert _real_sides("The Medical Association of Nigeria condemned the attack on doctors.", "ACCUSE")[0] == ["NGAHLH"]


def test_armed_men_who_charge_at_a_crowd_assault_it_and_a_court_charge_is_an_accusation():
    # written for rashomon after probes of our own protest sentences: "police charged at marchers with batons" was an
    # accusation of the marchers
    found = _real_paragraph("Riot police charged at the marchers with batons near the square in Minsk.")
    assert ("ASSAULT", ["BLRCOP"]) in [e[:2] for e in found] and not [e for e in found if e[0] == "ACCUSE"], found
    # a charge brought is still one, and whom it is brought against is the passive's subject, not the court it is
    # brought at
    assert _real_cameos("Police charged two men with theft in Minsk.") == ["112"]
    found = _real_paragraph("The Belarusian activist was charged at a Minsk court with treason.")
    assert found[0][0] == "ACCUSE" and found[0][2] == ["BLROPP"], found


def test_checkpoints_erected_are_a_deployment_and_a_statue_is_not():
    # written for rashomon after probes of our own sentences: "forces erected new checkpoints" was no event
    assert _real_cameos("Malian forces erected new checkpoints at the entrances to Gao on Tuesday.") == ["154"]
    assert _real_cameos("The city of Gao erected a statue of the poet.") == []


def test_a_chemical_weapon_used_in_a_passive_sentence_is_an_attack():
    # written for rashomon after probes of our own sentences: "chlorine gas was used in an attack on a town" was no
    # event (weapons used were read only as the object of an active verb)
    assert _real_cameos("Chlorine gas was used in an attack on a town in Idlib province, doctors said.") == ["2041"]
    assert _real_cameos("The chemical was used in a factory in Idlib province.") == []


def test_what_is_fired_in_a_passive_sentence_is_not_its_target():
    # written for rashomon after probes of our own sentences: "rockets were fired at the base" had the rockets as
    # the target
    found = _real_paragraph("Rockets were fired at Israel from Gaza overnight.")
    assert found[0][0] == "ASSAULT" and found[0][2] == ["ISR"], found
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Rockets were fired at the base overnight.", "2021-10-01")])
    assert [[a["actorText"] for a in e["target"]] for e in events] == [[]], events
    # a vessel released is still the one released
    assert _real_sides("Two American boats held since May were released by the Iranian navy.", "RETREAT") == (["IRNMIL"], ["USA"])


def test_what_one_failed_to_do_or_lacks_was_not_done():
    # written for rashomon after reading events coded on real web pages: regulators who "failed to identify, warn
    # about, or act on" a crisis made a threat, asserted; "the lack of formal recognition" was a recognition
    assert _real_modalities("The Russian regulators failed to warn Ukraine about the crisis.") == [("THREATEN", "denied")]
    assert ("ASSAULT", "denied") in _real_modalities("The Malian army failed to identify, attack or hold the rebel base.")
    assert _real_modalities("Georgia worries about the lack of any recognition of its border by Russia.") == [("SUPPORT", "denied")]
    # a failure to agree is still a rejection, asserted
    assert ("REJECT", "asserted") in _real_modalities("Serbia and Kosovo again failed to reach an agreement over their border.")


def test_a_thing_targeted_at_an_audience_is_no_attack():
    # written for rashomon after reading events coded on real web pages: a seminar "targeted at training
    # professionals" was an assault
    assert "190" not in _real_cameos("The seminar is targeted at training young officials from Jamaica.")
    assert _real_cameos("The new campaign is targeted at voters in rural Kenya.") == []
    # a convoy targeted at a checkpoint was attacked there
    assert _real_cameos("The convoy was targeted at a checkpoint near the Syrian border.") == ["190"]


def test_an_update_or_information_provided_is_no_aid():
    # written for rashomon after reading events coded on real web pages: an official's promise of another update was aid
    assert _real_cameos("The Foreign Office will provide another update on Monday.") == []
    assert _real_cameos("The ministry provided details to the relatives of those killed.") == []
    assert _real_cameos("The UN provided food to the refugees in Chad.") == ["070"]
    # nor are results a device gives, nor the release of a language's new version
    assert _real_cameos("A DXA scanner provides more consistent results than other methods.") == []
    assert _real_cameos("Kotlin 2.0 is the latest big release of the Kotlin language.") == []
    assert _real_cameos("Iran announced the release of two British nationals.") == ["0841"]


def test_a_vehicle_that_it_refers_to_crashes():
    # written for rashomon after reading events coded on real web pages: in a police log, a car that was driving
    # along until "it" ran into another parked by the road was an attack
    assert _real_cameos("A van driven by a local man was heading south when it hit the rear of a parked truck.") == []
    assert _real_cameos("The missile struck the back of the ship.") == ["195"]


def test_casualties_of_a_crash_or_an_accident_are_no_attack():
    # written for rashomon after reading events coded on real web pages: a police corporal "badly injured in the
    # crash" was a beating
    assert _real_cameos("A police sergeant was seriously injured in the collision near Kingston.") == []
    assert _real_cameos("Two people were killed in a car accident near Tbilisi.") == []
    # those killed in an attack still are
    assert _real_cameos("Three soldiers were killed in an ambush on their base near Gao.") == ["1823"]


def test_a_trade_war_or_a_war_of_words_is_no_fighting():
    # written for rashomon after reading events coded on real web pages: "our culture war" was an assault
    assert _real_cameos("The US-China trade war hit exports from Shenzhen.") == []
    assert _real_cameos("To end the culture war in America, the left must win it.") == []
    assert _real_cameos("The war of words between Baku and Tehran escalated.") == []
    assert _real_sides("A war broke out between Chad and Sudan in 2005.", "ASSAULT") == (["TCD"], ["SDN"])


def test_a_place_under_threat_from_things_is_threatened_by_no_one():
    # written for rashomon after reading events coded on real web pages: forests "under threat from infrastructure
    # development" were a threat made
    assert _real_cameos("These forests in Brazil are under threat from mining and logging.") == []
    # a threat from armed men is still one
    assert _real_cameos("The town of Gao is under threat from rebel attacks.") == ["130"]


def test_a_seminar_that_is_targeted_at_professionals_is_no_attack():
    # written for rashomon after reading events coded on real web pages (the clause's "that" stands for the seminar)
    text = "Organisers announced a seminar, which is targeted at training young managers from the region."
    assert "190" not in _real_cameos(text)


def test_a_country_that_is_a_persons_first_name_is_no_country():
    # written for rashomon after reading events coded on real web pages: "Chad Hull, 37, ... was arrested by Kincaid
    # police" was an arrest of Chad by Chad's police
    found = _real_paragraph("Chad Hull, 37, was arrested by police for theft.")
    assert found[0][0] == "COERCE" and "TCD" not in found[0][2] and "TCDCOP" not in found[0][1], found
    found = _real_paragraph("Police arrested Georgia Smith on Monday.")
    assert found[0][0] == "COERCE" and "GEO" not in found[0][2], found
    # the country itself, and a minister whose first name is his country's, are as they were
    assert _real_sides("The president of Chad met Macron in Paris.", "CONSULT")[0] == ["TCDGOV"]
    # (in October 2021 he sat in opposition)
    assert _real_paragraph("Israel Katz criticised Turkey on Monday.")[0][:3] == ("ACCUSE", ["ISROPP"], ["TUR"])


def test_an_act_of_cooperation_of_no_one_only_described_is_no_event():
    # written for rashomon after reading events coded on real web pages: solidarity said to stay the ground of a
    # policy, and a transit plan's first "promise", were events of no one
    assert _real_cameos("Solidarity must continue to be our first value in Ireland.") == []
    assert _real_cameos("The first promise in Miami was a fast ride to the airport.") == []
    # one whose sides are named still is
    assert _real_paragraph("The meeting between Putin and Erdogan was productive.")[0][:2] == ("CONSULT", ["RUSGOV", "TURGOV"])


def test_what_demonstrates_a_point_or_occupies_a_zone_is_no_protest_or_seizure():
    # written for rashomon after reading events coded on real web pages: a school board's mix-up that "demonstrates
    # that" elections can fail was a protest, and a share of forest "occupied by" intact landscapes a seizure
    assert _real_cameos("The mix-up in Oakland demonstrates that our voting systems can fail.") == []
    assert _real_cameos("The report from Nairobi demonstrates the need for reform.") == []
    assert _real_cameos("The share of land in Brazil occupied by old forest is larger.") == []
    # people who demonstrate, and troops who occupy, still do
    assert _real_cameos("Thousands demonstrated in Tbilisi against the law.") == ["141"]
    assert _real_cameos("The opposition demonstrated its strength with a rally in Tbilisi.") == ["141"]
    assert _real_cameos("The town was occupied by Russian troops in March.") == ["192"]


def test_an_act_one_risks_is_a_danger_not_done():
    # written for rashomon after reading events coded on real web pages: people told to move "or risk being targeted"
    # were targeted, asserted
    found = _real_modalities("The clashes risk escalating into a war between Armenia and Azerbaijan.")
    assert ("ASSAULT", "hypothetical") in found, found
    assert _real_modalities("There is a growing risk of war between Serbia and Kosovo.") == [("ASSAULT", "hypothetical")]
    # a threat made is still one, and what one risks one's life for is done
    assert _real_modalities("Iran threatened to attack Israel.") == [("THREATEN", "asserted")]
    assert _real_modalities("Volunteers risked their lives to rescue the hostages in Mali.") == []


def test_soldiers_an_attack_kills_are_not_the_attackers_own():
    # written for rashomon after probes of our own ACLED-style notes: "Azerbaijani forces fired on Armenian positions,
    # wounding two soldiers" had the wounded with no side (read as Azerbaijan's own, then dropped as the attacker's)
    found = _real_paragraph("Azerbaijani forces fired on Armenian positions near Jermuk, wounding two soldiers.")
    assert ("ASSAULT", ["AZEMIL"], ["ARMMIL"], None) in found, found
    # a town named says whose (Jermuk is Armenia's); with no other country named, they are soldiers of no known side
    assert _real_sides("Azerbaijani forces killed two soldiers near Jermuk.", "ASSAULT") == (["AZEMIL"], ["ARMMIL"])
    assert _real_sides("Azerbaijani forces killed two soldiers overnight.", "ASSAULT") == (["AZEMIL"], ["MIL"])
    # a state's forces against its own rebels keep their country
    assert _real_sides("The Syrian army killed seven rebels near Idlib.", "ASSAULT") == (["SYRMIL"], ["SYRREB"])


def test_forces_sent_for_drills_go_for_the_drills_not_as_aid():
    # written for rashomon after probes of our own sentences: "Turkey sent F-16 jets to Azerbaijan for joint exercises"
    # was military aid
    assert _real_sides("Turkey sent F-16 jets to Azerbaijan for joint exercises.", "COOPERATE") == (["TUR"], ["AZE"])
    assert _real_sides("Russia sent troops to Belarus for military drills.", "MOBILIZE") == (["RUS"], ["BLR"])
    # arms sent for a war are still aid
    assert _real_cameos("Iran sent drones to Russia for use in Ukraine.") == ["072"]


def test_a_place_under_threat_from_a_state_is_threatened_by_it():
    # written for rashomon after probes of our own sentences: "Kyiv is under threat from Russia" was a threat of no
    # one to no one
    assert _real_paragraph("Kyiv is under threat from Russia.")[0][:3] == ("THREATEN", ["RUS"], ["UKRGOV"])
    # whoever holds a place "under" their occupation is its occupier, not its target
    found = _real_paragraph("Ankara still holds a strip of Iraq under its occupation.")
    assert found and found[0][0] == "COERCE" and found[0][1] == ["TURGOV"], found


def test_the_place_an_invasion_or_an_occupation_is_of_is_its_target_with_no_author_named():
    # written for rashomon after reading a sample of the events coded on the caucasus articles: an occupation "of"
    # a region with no occupier named in the phrase had no target, and neither had "the invasion of Ukraine"
    assert _real_sides("The invasion of Ukraine began in February.", "ASSAULT") == ([], ["UKR"])
    # (the tagger reads some regions as bodies: the gazetteer still places them)
    assert _real_sides("The occupation of Crimea began in 2014.", "COERCE") == ([], ["UKR"])
    assert _real_sides("The siege of Mariupol lasted for months.", "COERCE") == ([], ["UKR"])
    assert _real_sides("The arrest of Navalny sparked protests in Moscow.", "COERCE") == ([], ["RUSOPP"])
    # an act whose "of" may name who does it still wants its author named before it
    found = _real_paragraph("The withdrawal of Russian troops from Syria began in March.")
    assert found and found[0][0] == "RETREAT" and found[0][1] == ["RUSMIL"] and found[0][2] == ["SYR"], found


def test_a_place_one_has_under_ones_occupation_is_the_target():
    # written for rashomon after reading a sample of the caucasus events: a president who "still has part of Syria
    # under his occupation" occupied no one
    assert _real_sides("Putin still has part of Georgia under his occupation.", "COERCE") == (["RUSGOV"], ["GEO"])
    assert _real_cameos("The company has the new project under review.") == []


def test_land_that_meets_land_is_no_meeting():
    # written for rashomon after reading a sample of the caucasus events: the point "where Iran meets Armenia" on a
    # map was a meeting of the two
    assert _real_cameos("The river forms the border where the eastern tip of Georgia meets Azerbaijan.") == []
    assert _real_cameos("The village lies at the point where the Aras river meets the Turkish border.") == []
    assert _real_sides("The foreign minister of Iran met his Georgian counterpart in Tbilisi.", "CONSULT") == (["IRNGOV"], ["GEOGOV"])


def test_whoever_meets_a_countrys_officials_named_by_nationality_is_of_another():
    # written for rashomon after a probe of our own: "the delegation met Armenian officials" was a meeting of
    # Armenia's government with itself, the delegation taking the one country the sentence names
    assert _real_sides("The delegation met Azerbaijani officials on Friday.", "CONSULT") == (["GOV"], ["AZEGOV"])
    # one named with the same country still meets its own
    assert _real_sides("Armenian police met Armenian protest leaders in Yerevan.", "CONSULT") == (["ARMCOP"], ["ARMOPP"])


def test_what_people_recognize_is_so_is_no_recognition():
    # written for rashomon after reading events coded on real web pages: people who "have recognized that" the
    # world had changed recognized a state
    assert _real_cameos("Voters in Spain have recognized that the old approach has failed.") == []
    assert _real_sides("Kosovo was recognized by Serbia in 2030.", "SUPPORT") == (["SRB"], ["KSV"])


def test_a_threat_said_to_be_a_thing_is_no_threat_and_one_of_the_threats_is_a_threat():
    # written for rashomon after reading events coded on real web pages: the climate crisis, "one of the most serious
    # threats" to mankind, was a threat made
    assert _real_cameos("Drought is one of the gravest threats farmers in Kenya face.") == []
    assert _real_cameos("The biggest threat to Kenya is the belief that the drought is over.") == []
    # a state or an army said to be one is its author, and so is an act said to be a warning
    assert _real_sides("Iran is one of the gravest threats to Israel.", "THREATEN") == (["IRN"], ["ISR"])
    assert _real_sides("The greatest threat to peace in Europe is Russia.", "THREATEN")[0] == ["RUS"]
    assert _real_cameos("The naval drills are a warning to those plotting against the Republic.").count("130") == 1


def test_a_leaders_name_that_starts_another_persons_name_is_no_leader():
    # written for rashomon after reading events coded on real web pages: "Cameron L. Horve, 27, ... was arrested" was
    # the arrest of a British prime minister, and the police of the next arrest on the page British
    found = _real_paragraph("Obama L. Smith, 31, of Dayton, was arrested for theft.")
    assert found and found[0][0] == "COERCE" and found[0][2] == [None], found
    assert _real_sides("Obama met Putin in Geneva.", "CONSULT") == (["USAELI"], ["RUSGOV"])


def test_people_killed_in_a_crash_described_by_a_participle_are_no_victims_of_an_attack():
    # written for rashomon after reading events coded on real web pages: people a participle said were "killed in a
    # crash" were an attack's victims (the rule for a passive verb did not reach a participle)
    assert _real_cameos("Police named the three people killed in a crash near Kingston.") == []
    assert _real_cameos("The names of the three soldiers killed in an ambush near Gao were released.") == ["1823"]


def test_training_of_no_one_armed_or_of_no_state_is_no_military_cooperation():
    # written for rashomon after reading events coded on real web pages: a free-zones council "training on new
    # developments" was military cooperation
    assert _real_cameos("The Free Zones Council will be training on new methods in managing ports.") == []
    assert _real_cameos("Nurses trained volunteers in first aid.") == []
    assert _real_sides("Hezbollah trained in Iran for years.", "COOPERATE") == (["LBNREBHZB"], ["IRN"])
    assert _real_sides("The US trained Ukrainian soldiers in Germany.", "AID") == (["USA"], ["UKRMIL"])


def test_a_clause_that_carries_an_act_names_its_sides():
    # written for rashomon after reading events coded on real web pages: "the siege ... that Israel imposes on us"
    # had no author
    assert _real_sides("The sanctions that the US imposed on Iran hurt its economy.", "SANCTION") == (["USA"], ["IRN"])
    assert _real_sides("The talks that Iran held with Armenia ended.", "CONSULT") == (["IRN"], ["ARM"])


def test_an_act_named_again_with_this_is_the_same_act():
    # written for rashomon after reading events coded on real web pages: an arrest, and the government told "of this
    # arrest", were two arrests
    from rashomon.nlp.events.candidates import FIRM_DROPS, propose

    text = "Since this concerns the arrest of an Irish citizen, the French government has informed the Irish government of the arrest."
    assert _real_cameos(text) == ["173"]
    # (and firmly: the model does not bring the second back)
    doc = nlp_model(text)
    drops = [c.dropped for sent in doc.sents for c in propose(sent, _fake_resolver(doc)) if c.coded.trigger.lower_ == "arrest"]
    assert drops[-1] == "repeat" and "repeat" in FIRM_DROPS, drops
    # two acts of one word, each with its own phrase, are two
    assert _real_cameos("Police announced the arrest of an activist in Tbilisi and the arrest of a journalist in Batumi.") == ["173", "173"]


def test_a_body_that_suspends_its_own_activity_sanctions_no_one():
    # written for rashomon after reading events coded on real web pages: a sports association that had halted all its
    # activity was a sanction
    assert _real_cameos("The IRFU has suspended all activity until March.") == []
    assert _real_cameos("The NBA suspended its season on Wednesday.") == []
    assert _real_sides("Iran suspended flights to Ukraine.", "SANCTION") == (["IRN"], ["UKR"])


def test_buying_a_countrys_goods_or_goods_not_to_be_sold_is_no_dealing_with_it():
    # written for rashomon after reading events coded on real web pages: shoppers "lining up to buy British" traded with
    # Britain, and meat a campaign said must not be sold in British shops was a refusal of the United States
    assert _real_cameos("Shoppers in Spain are queueing to buy British.") == []
    assert _real_cameos("Such cheap meat will not be sold in our stores.") == []
    assert _real_sides("Russia will not sell gas to Europe.", "REJECT") == (["RUS"], ["EUR"])


def test_the_place_a_truce_is_signed_in_is_of_no_side_to_it():
    # written for rashomon after CASE-style probes of our own: a government and rebels who "signed a ceasefire in
    # Havana" were Cuba's
    assert _real_sides("The government and the rebels signed a ceasefire in Havana.", "RETREAT") == (["GOV", "REB"], [])


def test_hundreds_of_fighters_who_leave_a_place_withdraw_from_it():
    # written for rashomon after CASE-style probes of our own: "hundreds of fighters and their families left the
    # district" coded nothing, the counting word read as the subject
    assert _real_cameos("Hundreds of fighters and their families left the besieged district on buses.") == ["0874"]
    assert _real_cameos("Thousands of civilians left the town.") == []


def test_what_there_would_be_is_done_by_no_one_named():
    # written for rashomon after reading events coded on real web pages: a pregnant woman who feared an air raid on
    # her street, said with "there would be", was the raid's author
    found = _real_paragraph('"We feared there might be an air strike near our home," a nurse in Rafah said.')
    assert found and all(not source for _, source, _, _ in found), found


def test_meeting_a_challenge_or_a_target_is_no_meeting():
    # written for rashomon after reading events coded on real web pages: people who "can once again meet this
    # challenge" held a meeting
    assert _real_cameos("People across Kenya can once again rise to and meet this challenge together.") == []
    assert _real_cameos("The ministry failed to meet its own deadline for the report.") == []
    assert _real_sides("The minister of Iran will meet his Turkish counterpart on Monday.", "CONSULT") == (["IRNGOV"], ["TURGOV"])


def test_a_war_on_things_is_no_fighting():
    # written for rashomon after reading events coded on real web pages: a chef's "war on" imported food was an
    # assault on the United States
    assert _real_cameos("The chef's war on cheap American beef began in May.") == []
    assert _real_cameos("The government declared war on plastic bags.") == []
    # a war on a state or on armed men still is one
    assert _real_sides("Russia's war on Ukraine began in 2022.", "ASSAULT") == (["RUS"], ["UKR"])
    assert "190" in _real_cameos("The war against the rebels lasted ten years.")


def test_each_verb_of_a_list_one_failed_to_do_was_not_done_but_what_one_failed_to_stop_was():
    # written for rashomon after reading events coded on real web pages: regulators who failed to spot a crisis, to
    # warn of it or to act warned (the parser joins the bare verbs of the list to "failed" itself)
    assert _real_modalities("The regulators failed to see, warn of, or deal with the danger.", by_trigger=True).get("warn") == "denied"
    # an attack one failed to stop happened, and a verb of its own tense after it was done
    found = _real_modalities("The army failed to stop the attack and shelled the town.", by_trigger=True)
    assert found.get("attack") == "asserted" and found.get("shelled") == "asserted", found


def test_rebel_bases_in_a_country_are_its_rebels():
    # written for rashomon after probes of our own wire-style sentences: "bombed rebel bases in northern Syria" was an
    # attack on Syria (the lemma "basis" hid the bases)
    assert _real_sides("Russian jets bombed rebel bases in northern Syria.", "ASSAULT") == (["RUSMIL"], ["SYRREB"])


def test_what_a_passive_attack_does_as_it_goes_on_its_agent_does():
    # written for rashomon after probes of our own wire-style sentences: "a UN convoy was ambushed by gunmen ...,
    # killing three guards" had the killing done by no one
    found = _real_paragraph("A UN convoy was ambushed by gunmen near Mogadishu, killing three guards.")
    killing = [f for f in found if f[0] == "ASSAULT" and f[1] and f[2] and f[2][0].endswith("MIL")]
    assert killing and killing[0][1] == ["SOMUAF"], found
    # an agent that acts, not a policy's motive ("his approach has been driven by the need ..., standing by ...")
    from rashomon.nlp.events import syntax as sx

    doc = nlp_model("He said his approach has been driven by the need to respond to both tragedies, standing by the right of defence.")
    standing = next(t for t in doc if t.lower_ == "standing")
    doer = sx.subject(standing)
    assert doer is None or doer.lower_ != "need", doer


def test_troops_who_cross_into_a_named_country_make_an_incursion():
    # written for rashomon after probes of our own wire-style sentences: "Rwandan troops crossed into Congo to hunt
    # Hutu militias" coded nothing (only a border or a territory crossed counted)
    assert _real_sides("Rwandan troops crossed into Congo to hunt militias.", "ASSAULT") == (["RWAMIL"], ["COD"])
    assert _real_cameos("Thousands of migrants crossed into Poland.") == []
    # not fighters one would get "to cross into" a country, who may come to fight for it
    assert _real_cameos("They said they could get foreign fighters to cross into Chad.") == []


def test_a_feeling_an_act_stirs_is_no_aim_of_it():
    # written for rashomon after probes of our own wire-style sentences: a prime minister's visit to a shrine,
    # "angering China", was a visit to China
    found = _real_paragraph("The Japanese prime minister visited a war shrine in Tokyo, angering China.")
    assert found and found[0][0] == "CONSULT" and found[0][2] == [], found


def test_a_group_name_before_a_camp_is_no_town():
    # written for rashomon after probes of our own wire-style sentences: "a Moro rebel camp" was Pakistan's rebels
    # (Moro is also a town in Pakistan)
    source, target = _real_sides("The Philippine army captured a Moro rebel camp on Mindanao.", "ASSAULT")
    assert source == ["PHLMIL"] and not any(t.startswith("PAK") for t in target), target


def test_a_countrys_group_of_a_name_the_table_does_not_know_is_of_that_country():
    # written for rashomon after probes of our own wire-style sentences: "Mexico's Zapatista rebels" were Mexico
    assert _real_sides("Mexico's Zapatista rebels called for talks with the government.", "REQUEST")[0] == ["MEXREB"]


def test_beyond_recognition_and_what_experts_agree_is_so_are_no_events():
    # written for rashomon after reading events coded on real web pages: villages "changing beyond recognition" were a
    # recognition, and "experts agree that" an agreement
    assert _real_cameos("The old town has changed beyond recognition since the war.") == []
    assert _real_cameos("Experts agree that access to clean water is one of the drivers of the outbreak.") == []
    assert "030" in _real_cameos("Armenia and Azerbaijan agreed that talks would resume in May.")


def test_whoever_resists_arrest_is_the_one_arrested():
    # written for rashomon after reading events coded on real web pages: a politician in a fake image "resisting
    # arrest" made the arrest
    found = _real_paragraph("The suspect resisted arrest and was taken into custody.")
    assert found and all(not source for _, source, _, _ in found), found


def test_hitting_back_is_a_retort_unless_armed_men_do_it():
    # written for rashomon after reading events coded on real web pages: a candidate who "hit back hard" in a debate
    # attacked
    assert _real_cameos("The senator hit back hard and the debate turned bitter.") == ["111"]
    assert _real_cameos("The governor hit back on Sunday.") == ["111"]
    assert _real_cameos("The army hit back within hours.") == ["190"]


def test_whom_a_participle_says_was_found_harmed_is_the_target():
    # written for rashomon after reading events coded on real web pages: a man "found fatally wounded in Northwest
    # Washington" left the place as the target, and "found shot dead" coded nothing
    assert _real_sides("The journalist was found shot dead in his car.", "ASSAULT") == ([], ["MED"])
    assert _real_sides("Two men were found beaten in Kabul.", "ASSAULT") == ([], ["AFGCVL"])
    assert _real_sides("The man was found beaten by soldiers.", "ASSAULT") == (["MIL"], ["CVL"])


def test_a_strike_of_workers_named_by_a_possessive_is_a_strike():
    # written for rashomon after reading events coded on real web pages: an actors' strike that delayed an awards show
    # was an air strike
    assert _real_cameos("The writers' strike began in May.") == ["143"]
    assert _real_cameos("Israeli strikes killed ten people in Gaza.") == ["195"]


def test_georgetown_university_is_american_and_other_groups_are_of_no_country_named():
    # written for rashomon after reading events coded on real web pages: a Georgetown University student was Guyana's,
    # and "Hamas and other terror groups" the second of them Iran's or America's
    assert _real_sides("A Georgetown University student was accused of killing a man.", "ACCUSE")[1] == ["USAEDU"]
    assert _real_sides("Tehran funds Hamas and other armed groups.", "AID") == (["IRNGOV"], ["PSEREBHMS", "REB"])


def test_fighting_covid_is_no_fighting_and_hosting_a_show_no_visit():
    # written for rashomon after reading events coded on real web pages: nurses "fighting COVID-19" attacked the United
    # States, and a television special "hosted by" a singer was a visit
    assert _real_cameos("Doctors fighting COVID-19 in Kenya were given free rooms.") == []
    assert _real_cameos("The graduation special hosted by the singer was a hit.") == []
    assert _real_cameos("The BBC presenter hosted a radio show on Monday.") == []
    # a leader hosted, talks hosted, or a dinner for a visitor, still are
    assert _real_sides("The Turkish president hosted the Russian president in Ankara.", "CONSULT") == (["TURGOV"], ["RUSGOV"])
    assert _real_sides("The Indian prime minister hosted a dinner for Netanyahu.", "CONSULT") == (["INDGOV"], ["ISRELI"])


def test_a_countrys_state_named_of_a_place_is_a_place_not_a_government():
    # written for rashomon after reading events coded on real web pages: shots fired at a film theatre in one of the
    # states of the US, named "the US state of" it, were an attack on the US government
    assert _real_sides("Two men shot at a bar in the US state of Ohio last night.", "ASSAULT")[1] == ["USA"]
    assert _real_sides("The Indian state of Kerala sent aid to Gaza.", "AID") == (["IND"], ["PSE"])
    assert _real_sides("The US State Department criticised Iran.", "ACCUSE") == (["USAGOV"], ["IRN"])


def test_executing_a_plan_or_a_task_kills_no_one():
    # written for rashomon after reading events coded on real web pages: software "tasks that execute against
    # callbacks" were an execution
    assert _real_cameos("Engineers queue jobs that execute against the stored hooks.") == []
    assert _real_cameos("The company executed the plan.") == []
    assert _real_cameos("The army executed three prisoners.") == ["186"]
    assert _real_cameos("Militants assassinated a pastor in the village.") == ["186"]


def test_pulling_data_out_of_something_is_no_withdrawal():
    # written for rashomon after reading events coded on real web pages: a site "pulling this data out of" job
    # listings withdrew (the model kept the rules' reading there)
    from rashomon.nlp.events.candidates import FIRM_DROPS, propose

    doc = nlp_model("Stack Overflow spots trends, pulling the numbers out of job listings.")
    drops = {c.coded.trigger.text: c.dropped for sent in doc.sents for c in propose(sent, _fake_resolver(doc))}
    assert drops.get("pulling") in FIRM_DROPS, drops
    assert _real_sides("Russia pulled its troops out of Syria.", "RETREAT") == (["RUS"], ["SYR"])


def test_a_kind_of_act_victims_suffer_software_deployed_a_gas_blast_and_posts_held_are_no_events():
    # written for rashomon after reading events coded on real web pages: "victims of sexual assault" were an assault,
    # code "deployed" on servers a deployment, a rocket blast on a launch pad an attack, and the highest offices
    # "occupied by women" a seizure
    assert _real_cameos("We must make a safe place for victims of sexual assault and abuse.") == []
    assert _real_cameos("The firm will deploy the new software on its servers next week.") == []
    assert _real_cameos("A gas explosion killed five people in Lagos.") == []
    assert _real_cameos("A boiler blast killed two workers.") == []
    assert _real_cameos("Women occupied all the top posts in the cabinet.") == []
    # victims of an attack, troops and rescue teams deployed, a gas attack and troops who occupy still are
    assert "195" in _real_cameos("The victims of the bombing in Kabul were buried.")
    assert _real_cameos("Russia deployed troops to the border.") == ["154"]
    assert _real_cameos("The agency deployed seven rescue teams to Haiti.") == ["154"]
    assert _real_cameos("The government carried out a chemical attack on the town.") == ["2041"]
    assert _real_cameos("Russian troops occupied the airport.") == ["192"]


def test_both_countries_after_two_nationalities_of_things_are_those_countries():
    # written for rashomon after reading a sample of the caucasus events: "both countries" after Russian peacekeepers
    # and Iranian trucks were named had no side (a nationality before a thing was no mention)
    text = "With Turkish drones overhead and Qatari money arriving, both countries are helping Somalia rebuild its army."
    assert _real_sides(text, "AID") == (["TUR", "QAT"], ["SOM"])


def test_a_server_that_hosts_files_and_a_truth_apprehended_are_no_events():
    # written for rashomon after reading events coded on real web pages: a licence's server that "hosts" the source
    # was a visit hosted, and "to apprehend a truth" an arrest
    assert _real_cameos("Whichever server hosts the Project Files, the copy must stay online.") == []
    assert _real_cameos("Few of us can apprehend a truth our friends deny.") == []
    assert _real_cameos("The new policy arrested the decline of the currency.") == []
    assert _real_cameos("Police apprehended the gunman.") == ["173"]


def test_both_sides_of_one_country_are_the_sides_named():
    # written for rashomon after probes of our own wire-style sentences: "both sides" after a government and a rebel
    # group of one country signed a truce were that country once, the two sides merged into it
    found = _real_paragraph("The Ethiopian government and the TPLF signed a truce in Pretoria. Both sides agreed to disarm the fighters.")
    agreed = [f for f in found if f[0] == "AGREE"]
    assert agreed and agreed[0][1] == ["ETHGOV", "ETHREBTPL"], found
    # two countries' sides are the countries, as before
    found = _real_paragraph("Armenia and Azerbaijan signed a truce in Moscow. Both sides agreed to exchange prisoners.")
    assert ("AGREE", ["ARM", "AZE"]) in [f[:2] for f in found], found


def test_violence_of_unarmed_people_during_a_demonstration_is_a_riot():
    # written for rashomon after CASE-style probes of our own: "hundreds of youths stoned police vehicles during a
    # demonstration" was an assault first (a violent demonstration, as ACLED and CASE file it)
    found = _real_cameos("Hundreds of youths stoned police vehicles during a demonstration over water shortages.")
    assert found and found[0] == "145", found
    # the police's force during one is still force
    assert "182" in _real_cameos("Police beat protesters during a demonstration in Minsk.")


def test_an_arrest_of_one_who_had_reported_on_protests_is_no_intervention_in_them():
    # written for rashomon after CASE-style probes of our own: "police arrested a journalist who had reported on the
    # protests" put the protests first, as if the arrest had been made in them
    assert _real_cameos("Police arrested a journalist who had reported on the protests.")[0] == "173"
    # residents arrested while they were taking part in a protest still are arrested in it
    assert _real_cameos("Police detained three villagers who were joining a protest against the plant.")[0] == "141"


def test_a_description_the_parser_reads_as_a_verb_is_no_event_and_carries_none():
    # written for rashomon after CASE-style probes of our own: in "an exchange between the Libyan internationally
    # recognised government and ...", the parser made "recognised" a verb with "government" its object, which coded an
    # agreement and swallowed the exchange
    found = _real_paragraph("Talks between the Yemeni internationally recognized government and the Houthis resumed in Geneva.")
    assert [f[0] for f in found] == ["CONSULT"], found
    # a people that recognises a country still does
    assert _real_cameos("The Iranians formally recognised Kosovo on Monday.") == ["054"]


def test_a_name_before_recognised_and_a_hyphen_is_no_actor():
    # written for rashomon after CASE-style probes of our own: "the UN-recognised government in Tripoli" made the UN
    # a source and the speaker, as "UN-backed" does not
    found = _real_paragraph("The UN-recognised government in Tripoli said it had repelled an attack.")
    assert found and found[0][1] == ["LBYGOV"] and found[0][3] == "LBYGOV", found


def test_protest_leaders_taken_into_custody_are_arrested_not_protesting():
    # written for rashomon after CASE-style probes of our own: "took three protest leaders into custody" was a protest,
    # read as the form a protest took ("held a protest march")
    assert _real_cameos("Officers took two protest leaders into custody at dawn.")[0] == "173"
    assert _real_cameos("The students staged a protest march through the city.") == ["141"]


def test_ordnance_or_a_cache_detonated_or_blown_up_is_disposed_of():
    # written for rashomon after CASE-style probes of our own: a bomb squad that "detonated a mortar shell found by
    # farmers" attacked with explosives (CASE files it as disrupted weapons use, ACLED's "Disrupted weapons use")
    assert _real_cameos("Army engineers detonated an old artillery shell that children had found near the school.") == ["1711"]
    assert _real_cameos("The soldiers blew up an arms cache in the hills.") == ["1711"]
    # a bomb detonated is still an attack
    assert _real_cameos("Militants detonated a bomb near a police station.") == ["183"]


def test_fighters_who_give_or_hand_themselves_up_surrender():
    # written for rashomon after CASE-style probes of our own: "gave themselves up to the security forces" coded
    # nothing (CASE files a surrender as an agreement)
    assert _real_cameos("Forty insurgents gave themselves up to the police on Monday.") == ["0874"]
    assert _real_cameos("Twelve gunmen handed themselves over to the army.") == ["0874"]
    # a suspect handed over, and a seat given up, are not
    assert "0874" not in _real_cameos("The rebels handed over the suspect to police.")
    assert _real_cameos("She gave up her seat on the board.") == []


def test_a_force_that_surrounds_a_building_shows_its_force_and_hills_do_not():
    # written for rashomon after wire-style probes of our own: "troops surrounded the presidential palace" coded
    # nothing (the CAMEO verb dictionary files troops who encircle a place as a show of force, 150)
    assert _real_cameos("Armed soldiers surrounded the parliament in the capital on Tuesday night.") == ["150"]
    assert _real_cameos("The embassy was encircled by riot police.") == ["150"]
    # a landscape surrounds no one
    assert _real_cameos("Low hills surround the old town.") == []
    assert _real_cameos("The estate is surrounded by olive groves.") == []


def _denials(text):
    """(PLOVER type, source codes, speaker code) of each denied event the whole stage codes in ``text``, and the types
    of all its events."""
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", text, "2021-06-01")])
    denied = [
        (e["event"], [a["code"] for a in e["source"]], (e["provenance"]["speaker"] or {}).get("code"))
        for e in events if e["provenance"]["modality"] == "denied"
    ]
    return denied, [e["event"] for e in events]


def test_a_claim_set_beside_a_report_and_denied_denies_the_act_reported():
    # written for rashomon after opinion-style probes of our own: "..., an accusation Baku rejected" coded a rejection
    # of Baku's own aimed at no one, and the act it rejects stood as told, undenied
    denied, types = _denials("Georgia says Russian helicopters bombed two of its villages, an accusation Moscow rejected.")
    assert denied == [("ASSAULT", ["RUSMIL"], "RUSGOV")], denied
    assert "REJECT" not in types, types
    denied, _ = _denials("Serbia accused Croatia of arming the militia, a claim Zagreb denies.")
    assert denied == [("AID", ["HRV"], "HRVGOV")], denied


def test_a_denial_after_the_act_its_own_sentence_reports_denies_that_act():
    # written for rashomon after opinion-style probes of our own: "Ukraine accused Russia of shelling the plant, but
    # Moscow denied it" had no denial (a denial naming no act was read against the sentences before alone)
    denied, _ = _denials("Somalia accused Kenya of bombing a border town, but Nairobi denied it.")
    assert denied == [("ASSAULT", ["KEN"], "KENGOV")], denied
    # a denial opening its own sentence still denies the one before
    denied, _ = _denials("Somalia accused Kenya of bombing a border town. Nairobi denied it.")
    assert denied == [("ASSAULT", ["KEN"], "KENGOV")], denied


def test_a_denier_with_no_country_denies_its_own_acts():
    # written for rashomon after opinion-style probes of our own: rebels who denied a killing they were accused of
    # denied nothing, as a side was told only by its country
    denied, _ = _denials("The government accused insurgents of burning a school, a charge the insurgents denied.")
    assert [d[:2] for d in denied] == [("ASSAULT", ["REB"])], denied


def test_page_phrases_of_business_and_debate_are_no_events():
    # written for rashomon after reading events coded on real web pages: a request for comment was a demand, skills
    # "in demand" and tasks run "on-demand" demands, "our focus remains on" a military alert, people sheltering in
    # schools an aid, the mobilisation of billions a mobilisation of troops, and a government that "came out
    # fighting" an attack
    assert _real_cameos("The ministry ignored our request for comment on Friday.") == []
    assert _real_cameos("Nurses with these skills are in great demand across Europe.") == []
    assert _real_cameos("Viewers can now stream the series on-demand.") == []
    assert _real_cameos("Her priority remains on cutting costs this year.") == []
    assert _real_cameos("Thousands of families are sheltering in tents near the border.") == []
    assert _real_cameos("The fund aims at the mobilisation of 20 billion dollars for clean energy.") == []
    assert _real_cameos("The party came out fighting after the poll.") == []
    # a demand made, troops on alert, refugees sheltered and reservists mobilised still are
    assert _real_cameos("Iran made a request for weapons.") == ["020"]
    assert _real_cameos("The army remained on high alert.") == ["152"]
    assert _real_cameos("Jordan is sheltering thousands of Syrian refugees.") == ["075"]
    assert _real_cameos("The mobilisation of reservists began on Monday.") == ["154"]
    assert _real_cameos("Rebels came out fighting in the north.") == ["190"]


def test_a_thing_that_lets_someone_act_or_a_sector_that_brings_money_in_is_no_doer():
    # written for rashomon after reading events coded on real web pages: low interest rates that "allowed lawmakers
    # to borrow" were a concession, and tourism "contributing $12 billion to GDP" an aid
    assert _real_cameos("Record low rates allowed the government to borrow cheaply.") == []
    assert _real_cameos("Farming plays a key role in the economy, contributing 3 billion dollars to Kenya's GDP.") == []
    assert "080" in _real_cameos("The government allowed reporters to enter the prison.")


def test_no_one_going_to_act_and_acts_a_law_forbids_are_not_done():
    # written for rashomon after reading events coded on real web pages: a ban that no president "is going to"
    # impose was asserted, and "International law prohibits targeting civilians" an attack on civilians
    assert _real_modalities("No Labour leader is going to ban the strike, she said.") == [("COERCE", "denied")]
    assert _real_modalities("The charter prohibits shelling hospitals.") == [("ASSAULT", "hypothetical")]
    assert ("COERCE", "hypothetical") in _real_modalities("The judge forbade the army from detaining the journalists.")
    # what one is going to do is planned
    assert _real_modalities("The governor is going to ban the rally.") == [("COERCE", "planned")]


def test_a_named_sea_is_no_ones_country():
    # written for rashomon after wire-style probes of our own: joint drills "in the Sea of Japan" were aimed at Spain
    # (a town the gazetteer reads in "Sea")
    assert _real_sides("Russian and Chinese warships held joint drills in the Sea of Japan.", "COOPERATE")[1] == []
    assert _real_sides("Iranian boats harassed a tanker in the Strait of Hormuz.", "COERCE")[1] == []


def test_them_after_people_acted_on_in_the_sentence_before_stands_for_them():
    # written for rashomon after wire-style probes of our own: "the junta expelled three French diplomats. The
    # government accused them of ..." had the junta accused by its own government
    found = _real_paragraph("Mali's junta expelled two Danish diplomats. The government accused them of spying.")
    assert ("ACCUSE", ["MLIGOV"], ["DNKGOV"], None) in found, found
    # things acted on stand for no one: the doer before is still "them"
    found = _real_paragraph("Armenian forces shelled villages near Tovuz. Azerbaijan accused them of war crimes.")
    assert ("ACCUSE", ["AZE"], ["ARMMIL"], None) in found, found


def test_an_act_called_a_crime_is_an_accusation_not_a_second_act():
    # written for rashomon after wire-style probes of our own: "Pristina called the arrests a kidnapping" was a
    # kidnapping by no one, and no accusation
    found = _real_paragraph("Georgian police detained two Russian journalists. Moscow called the detentions an abduction.")
    assert [f[0] for f in found] == ["COERCE", "ACCUSE"], found


def test_what_an_adjective_of_advice_governs_is_not_done():
    # written for rashomon after reading a sample of the caucasus events: an infinitive of support that "it is
    # preferable" to do, in an opinion piece, was support asserted
    assert _real_modalities("It is preferable to isolate the regime and to support states like Georgia.") == [("SUPPORT", "hypothetical")]
    assert _real_modalities("It is vital for Serbia to withdraw its troops.") == [("RETREAT", "hypothetical")]
    assert _real_modalities("It is wrong to shell villages.") == [("ASSAULT", "hypothetical")]
    # one ready to act offers to (an offer of mediation is made)
    assert _real_modalities("Moscow said it was ready to mediate between the two sides.") == [("AGREE", "asserted")]


def test_a_casualty_of_an_act_named_in_its_clause_of_time_was_done_with_its_weapons():
    # written for rashomon after wire-style probes of our own: "two soldiers were wounded as their truck struck a
    # mine" had the wounding done by beating
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Four policemen were injured when a bomb went off near their station.", "2021-06-01")])
    assert [(e["event"], e["mode"]) for e in events if e["eventText"] == "injured"] == [("ASSAULT", "explosives")], events
    (events,) = code_texts([("x", "Four policemen were injured in clashes with farmers.", "2021-06-01")])
    assert [e["mode"] for e in events if e["eventText"] == "injured"] == ["beat"], events


def test_an_act_denied_of_one_and_told_of_another_is_that_others():
    # written for rashomon after probes of reader comments of our own: "Hezbollah didn't start this war, Israel did"
    # coded the denied war alone, and the one the commenter says started it did nothing
    found = _real_paragraph("Georgia did not start the war, Russia did.")
    assert ("ASSAULT", ["RUS"], [], None) in found and ("ASSAULT", ["GEO"], [], None) in found, found
    assert _real_modalities("The police did not open fire, the rioters did.", by_trigger=True) == {"open": "denied", "did": "asserted"}
    # a denial alone, or one that goes on, tells of no one else
    assert _real_modalities("Russia didn't invade Ukraine and never will.") == [("ASSAULT", "denied")]


def test_an_act_no_one_wants_is_denied_and_one_wanted_is_planned():
    # written for rashomon after probes of reader comments of our own: "Nobody in Baku wants war with Iran" asserted the
    # war, as "Iran wants war" did
    assert _real_modalities("Nobody in Yerevan wants war with Turkey.") == [("ASSAULT", "denied")]
    assert _real_modalities("The junta wants war with its neighbours.") == [("ASSAULT", "planned")]
    assert _real_modalities("The rebels plan an offensive in the north.") == [("ASSAULT", "planned")]


def test_civil_drills_utilities_demands_met_and_proposals_read_on_pages():
    # written for rashomon after reading events coded on real web pages: "repair drills" were a show of force, "the
    # provision of water supply" an aid, demands met a meeting, and a "let's allow" proposal a concession
    # made
    assert _real_cameos("The district held an evacuation drill at the school.") == []
    assert _real_cameos("The power supply in the region is unreliable.") == []
    assert _real_cameos("The ministry met the demands of the striking nurses.") == ["080"]
    assert _real_modalities("Let us impose sanctions on Belarus now.") == [("SANCTION", "hypothetical")]
    # naval drills, aid supplies and a meeting still are
    assert _real_cameos("Iran held naval drills in the Gulf.") == ["150"]
    assert _real_cameos("The minister met protesters in the capital.") == ["040"]


def test_a_speaker_named_with_an_owner_is_the_one_owned():
    # written for rashomon after wire-style probes of our own: "Lebanon's Hezbollah said it fired rockets" had Lebanon
    # as the speaker
    found = _real_paragraph("Iraq's Kataib Hezbollah said it fired drones at a US base.")
    assert found and found[0][3] == "IRQREBKTH", found


def test_occasions_press_releases_voter_bases_and_committed_groups_are_no_events():
    # written for rashomon after reading events coded on real web pages: candidates who "gathered onstage ... for the
    # debate" protested, "the Biden release said" freed someone, "build their membership base" deployed troops, "a
    # non-profit committed to challenging injustice" agreed, and a firm that "charges up its tool kit" accused
    assert _real_cameos("Six candidates gathered onstage in Des Moines for the second debate.") == []
    assert _real_cameos("The campaign release said the senator was no friend of farmers.") == []
    assert _real_cameos("The movement hopes to build its voter base in the suburbs.") == []
    assert _real_cameos("The fund backs a charity committed to ending child labour.") == ["050"]
    assert _real_cameos("The miner charges up its drilling programme at the site.") == []
    # a crowd gathered to protest, a base built and a commitment made still are
    assert "141" in _real_cameos("Thousands gathered in the square to protest against the government.")
    assert _real_cameos("Turkey built a new base in northern Iraq.") == ["154"]
    assert _real_cameos("Iran committed to the deal.") == ["030"]


def test_an_act_told_of_figurative_killings_and_recognition_software_are_no_events():
    # written for rashomon after reading events coded on real web pages: a government that "has informed" another
    # Government of this arrest" was an arrest of the UK government, "1992 killed socialism in Britain" a killing, and
    # "installing facial recognition" a recognition
    found = _real_paragraph("Since it involves the arrest of a Dutch citizen, the US government has told the Dutch Government of this arrest.")
    assert [f[0] for f in found] == ["COERCE"] and found[0][2] == ["NLDCVL"], found
    assert _real_cameos("The recession of 1982 killed Thatcherism in the north.") == []
    assert _real_cameos("The Senate vote killed the deal.") == []
    assert _real_cameos("The airport is installing facial recognition at its gates.") == []
    # a killing, and a state's recognition, still are
    assert _real_cameos("Gunmen killed the mayor.") == ["1823"]
    assert _real_cameos("Russia's recognition of the two regions angered Kyiv.")[0] == "054"


def test_thanks_given_to_a_side_are_praise():
    # written for rashomon after ConfliBERT-style probes of our own: "Kazakhstan's president thanked Russia for sending
    # troops" had no praise (the verb was no trigger)
    assert _real_sides("Armenia's prime minister thanked France for its support.", "SUPPORT") == (["ARMGOV"], ["FRA"])
    # a page that thanks its readers, and a writer who thanks colleagues, praise no one
    assert _real_cameos("We thank our readers for their patience.") == []
    assert _real_cameos("I thank our colleagues from the institute for their careful notes.") == []


def test_a_past_verb_joined_to_a_present_clause_reported_in_the_past_goes_with_the_report():
    # written for rashomon after reading the caucasus events: an alliance chief who "said that" a country is a
    # partner "and thanked" its president had the country thank its own president (the parser joins "thanked" to "is")
    found = _real_paragraph("The EU envoy said that Georgia is a trusted partner and thanked President Zourabichvili for her work.")
    assert ("SUPPORT", ["IGOEUREEC"], ["GEOGOV"]) in [f[:3] for f in found], found


def test_a_report_inside_a_quotation_does_not_take_the_rest_of_it():
    # written for rashomon after reading the caucasus events: a governor's quotation that quotes a president's words
    # opened with a single quote never closed had the rest of the governor's words read as the president's, so the
    # president thanked himself ("called and thanked me")
    from rashomon.engine.code import code_texts

    text = ("According to Iran's interior minister, “Last winter President Aliyev phoned Tehran and said, 'Send us fuel or "
            "we will freeze. The next week the fuel reached Baku, and Aliyev called and thanked me.”")
    (events,) = code_texts([("x", text, "2021-06-01")])
    thanks = [e for e in events if e["eventText"] == "thanked"]
    assert thanks and thanks[0]["provenance"]["speaker"]["code"] == "IRNGOV", events
    assert [a["code"] for a in thanks[0]["target"]] == ["IRNGOV"], thanks


def test_protesters_at_a_foreign_mission_are_of_where_they_rally_whoever_they_chant_against():
    # written for rashomon after wire-style probes of our own: protesters outside the Azerbaijani embassy in Tehran who
    # chanted against Israel were Azerbaijan's (the mission was no target, so it was not looked at)
    found = _real_paragraph("Hundreds of students gathered outside the Azerbaijani embassy in Tehran, shouting slogans against Israel.")
    assert ("PROTEST", ["IRNEDU"], ["ISR"], None) in found, found


def test_a_plural_noun_read_as_a_verb_after_a_verb_of_judging_is_its_object():
    # written for rashomon after wire-style probes of our own: "called the Iranian drills a provocation" coded nothing
    # (the tagger read "drills" as a verb with "a provocation" its object)
    found = _real_paragraph("Azerbaijan's defence ministry called the Iranian drills a provocation.")
    assert [f[:3] for f in found] == [("ACCUSE", ["AZEGOV"], ["IRN"])], found


def test_the_leaders_after_a_meeting_of_two_states_are_both():
    # written for rashomon after wire-style probes of our own: "the leaders" after a meeting of two presidents were
    # the first one's alone
    found = _real_paragraph("Georgia's president met the Armenian president in Tbilisi. The leaders agreed to open a new border post.")
    assert ("AGREE", ["GEOGOV", "ARMGOV"], [], None) in found, found


def test_talks_one_travels_to_a_capital_for_are_held_with_its_state():
    # written for rashomon after wire-style probes of our own: a minister who "flew to Baku for talks with his
    # counterpart" had talks with no one
    found = _real_paragraph("Turkey's foreign minister flew to Yerevan for talks with his counterpart.")
    assert [f[:3] for f in found] == [("CONSULT", ["TURGOV"], ["ARM"])], found
    # (whom the talks are with, when named, is whom they are with)
    found = _real_paragraph("Turkey's foreign minister flew to Doha for talks with the Armenian prime minister.")
    assert [f[:3] for f in found] == [("CONSULT", ["TURGOV"], ["ARMGOV"])], found


def test_forces_sent_to_fight_beside_a_side_are_aid_to_that_side():
    # written for rashomon after wire-style probes of our own: "sent ... mercenaries to fight alongside Azerbaijani
    # forces" was military aid to no one
    found = _real_paragraph("Ankara sent Libyan fighters to fight alongside Azerbaijani troops.")
    assert ("AID", ["TURGOV"], ["AZEMIL"], None) in found, found


def test_co_chairs_who_call_on_the_parties_request():
    # written for rashomon after wire-style probes of our own: the parser read "co-chairs called on" as co-chairs who
    # were called on, and the appeal had no doer (or, with no one named after it, was not coded at all)
    found = _real_paragraph("The OSCE Minsk Group co-chairs called on the sides to resume talks.")
    assert found and found[0][:2] == ("REQUEST", ["IGOEUROSC"]), found


def test_whom_arms_are_bought_from_is_the_other_side():
    # written for rashomon after wire-style probes of our own: "will buy artillery systems from France and India" had no
    # seller (the parser hangs "from" from the verb)
    found = _real_paragraph("Yerevan will purchase radar systems from France and India.")
    assert [f[:3] for f in found] == [("COOPERATE", ["ARMGOV"], ["FRA", "IND"])], found
    # (all of them where "from" hangs from what is bought: "drones from Israel" had read as Israel's alone)
    found = _real_paragraph("Baku bought drones from Israel and Turkey.")
    assert [f[:3] for f in found] == [("COOPERATE", ["AZEGOV"], ["ISR", "TUR"])], found


def test_an_envoy_recalled_in_the_passive_is_recalled_by_their_own_state_from_their_post():
    # written for rashomon after wire-style probes of our own: "Iran's envoy to Baku was recalled" had Iran's envoy as
    # whom the recall was aimed at, and no one recalling
    found = _real_paragraph("Armenia's ambassador to Moscow was recalled for consultations on Friday.")
    assert [f[:3] for f in found] == [("SANCTION", ["ARMGOV"], ["RUS"])], found


def test_one_lobbied_to_act_is_asked_and_the_act_is_not_done():
    # written for rashomon after probes of reader comments of our own: "lobbied Congress to cut aid to Baku" was a cut
    # of aid, asserted, by Armenia
    found = _real_paragraph("Greek Cypriot groups lobbied Congress to halt arms sales to Ankara.")
    assert [f[0] for f in found] == ["REQUEST"] and found[0][2] == ["USALEG"], found


def test_a_participle_after_the_side_one_tells_of_is_that_sides_act():
    # written for rashomon after probes of reader comments of our own: "why does nobody talk about Armenia shelling
    # Ganja?" had a shelling by no one
    found = _real_paragraph("Nobody mentions Azerbaijan shelling Stepanakert.")
    assert found and found[0][:2] == ("ASSAULT", ["AZE"]), found
    found = _real_paragraph("The footage shows Armenian soldiers shelling Tartar.")
    assert found and found[0][:2] == ("ASSAULT", ["ARMMIL"]), found


def test_a_killing_right_after_a_strike_on_a_place_is_the_strikers():
    # written for rashomon after probes of our own: "Israel struck Gaza killing 20 people" (no comma) lost the strike
    # and had a killing by no one of Israeli civilians
    found = _real_paragraph("Saudi jets struck Sanaa killing 14 civilians.")
    assert [f[:2] for f in found] == [("ASSAULT", ["SAUMIL"]), ("ASSAULT", ["SAUMIL"])], found
    assert found[1][2] == ["YEMCVL"], found


def test_a_casualty_in_an_attack_named_is_the_attackers_work():
    # written for rashomon after wire-style probes of our own: "were killed in an attack by Taliban fighters" and
    # "injured in clashes with Serb protesters" had no one doing it, and villagers "killed in Russian air strikes" were
    # Russia's own civilians
    found = _real_paragraph("Four border guards were killed in an ambush by Houthi fighters.")
    assert found and found[0][:2] == ("ASSAULT", ["YEMREBHTH"]), found
    found = _real_paragraph("Six policemen were injured in clashes with Kurdish protesters.")
    assert found and found[0][0] == "ASSAULT" and [c[-3:] for c in found[0][1]] == ["OPP"], found
    found = _real_paragraph("Two farmers were killed in Turkish drone strikes.")
    assert found and found[0][:3] == ("ASSAULT", ["TUR"], ["AGR"]), found
    # (civilians where the sentence names their place are that place's; rebels a state's forces kill are its own)
    assert _real_sides("Turkish drones killed two farmers near Kobani.", "ASSAULT")[1] == ["SYRAGR"]
    assert _real_sides("Syrian troops killed 12 rebels.", "ASSAULT")[1] == ["SYRREB"]


def test_what_a_side_is_blocked_from_doing_does_not_happen():
    # written for rashomon after wire-style probes of our own: aid convoys blocked "from entering Gaza" had Gaza seized
    found = _real_paragraph("Egypt blocked the fuel convoys from entering Libya.")
    assert [f[0] for f in found] == ["COERCE"], found
    assert _real_cameos("Egypt blocked the lorries from entering Libya.") == ["191"]
    # (and a supply mission blocked by a state's vessels is restricted, not obstructed by protesters)
    assert _real_cameos("Chinese coast guard vessels blocked a Philippine resupply mission.") == ["191"]


def test_supporters_named_by_an_owner_are_of_the_owners_side():
    # written for rashomon after wire-style probes of our own: "His supporters stormed a military headquarters", after
    # the arrest of a former prime minister, had no one storming it
    found = _real_paragraph("Nawaz Sharif was arrested on Tuesday. His supporters stormed a police station in Lahore.")
    assert ("ASSAULT", ["PAKOPP"]) in [f[:2] for f in found], found


def test_a_possibility_or_a_risk_of_an_act_is_hypothetical():
    # written for rashomon after a sample of the caucasus events: "the ominous possibility of ... a war" was a war
    # asserted, and "a risk that Turkey will attack" an attack planned
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "The grim possibility of a war between Serbia and Kosovo alarms diplomats. "
                                   "There is a danger that Serbia will attack Kosovo, and a risk that Belgrade will invade.", None)])
    assert events and {e["provenance"]["modality"] for e in events} == {"hypothetical"}, events


def test_what_a_thing_is_used_as_a_means_for_is_done_by_its_user_as_the_use_is():
    # written for rashomon after a sample of the caucasus events: a corridor that "could be used as a route to export"
    # fighters had the export asserted by no one; used by a side, the side does it (and a CAMEO verb pattern read on the
    # word "weapons" after the export no longer makes the use a crowd-control act)
    found = _real_paragraph("Qatar used the port as a route to export weapons to Libya.")
    assert [f[:3] for f in found] == [("COOPERATE", ["QAT"], ["LBY"])], found
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "The port could be used as a route to export weapons to Libya.", None)])
    assert [e["provenance"]["modality"] for e in events] == ["hypothetical"], events


def test_bread_sent_is_aid_and_our_shipment_is_the_speakers():
    # written for rashomon after a sample of the caucasus events: a governor's quoted first delivery of bread, "our"
    # shipment, was aid from no one (and bread sent was no aid at all); the speaker's words stop at the quotation mark
    from rashomon.engine.code import code_texts

    text = "According to the mayor of Tabriz, “Our first shipment of bread reached Nakhchivan the same night. We sent bread every week.”"
    (events,) = code_texts([("x", text, "2021-06-01")])
    aid = [e for e in events if e["event"] == "AID"]
    assert len(aid) == 2 and all([a["code"][:3] for a in e["source"]] == ["IRN"] for e in aid), events
    assert {e["provenance"]["speaker"]["text"] for e in aid} == {"the mayor of Tabriz"}, events


def test_an_office_of_a_large_town_the_tagger_reads_as_a_person_is_of_the_towns_country():
    # written for rashomon after probes of our own: "the mayor of Tabriz" (Tabriz tagged a person) was Azerbaijan's
    # mayor, from the capital named after it
    found = _real_paragraph("The mayor of Tabriz accused Baku of closing the border.")
    assert found and found[0][:2] == ("ACCUSE", ["IRNGOV"]), found


def test_neither_confirming_nor_denying_is_no_denial_and_what_a_denier_does_as_it_denies_is_its_own():
    # written for rashomon after probes of denials of our own: "neither confirmed nor denied carrying out the strike"
    # had the strike denied, and "denied the accusation, calling it Armenian propaganda" had the denier's own
    # accusation denied
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Ankara neither confirmed nor denied carrying out the air strike.", None)])
    assert [(e["event"], e["provenance"]["modality"]) for e in events] == [("ASSAULT", "hedged")], events
    (events,) = code_texts([("x", "Moscow would not confirm or deny launching the drones.", None)])
    assert all(e["provenance"]["modality"] != "denied" for e in events), events
    (events,) = code_texts([("x", "Belgrade accused Pristina of arresting Serbs. Pristina denied the accusation, "
                                   "calling it Serbian propaganda.", None)])
    calls = [e for e in events if e["eventText"] == "calling"]
    assert calls and calls[0]["provenance"]["modality"] == "asserted", events


def test_a_call_to_me_in_a_quotation_is_a_call_to_the_speaker():
    # written for rashomon after reading the caucasus events (stop 56 left it): a president who "called me" in a
    # governor's quotation called no one
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "“The Georgian president called me at midnight,” the Armenian governor said.", "2021-06-01")])
    assert [(e["event"], [a["code"] for a in e["source"]], [a["code"] for a in e["target"]]) for e in events] == [
        ("CONSULT", ["GEOGOV"], ["ARMGOV"])], events
    # (not the United States "called on" to act: a request)
    assert _real_cameos("Moscow and Beijing call on US to ease its embargo of Tehran.")[0] == "020"


def test_what_an_appeal_asks_for_is_its_content_however_the_infinitive_hangs():
    # written for rashomon after probes of our own: in "call on the US to ease sanctions on Tehran" the parser hangs
    # "to ease" from "call" as a purpose, and the easing was the callers' own act, asserted
    found = _real_paragraph("Moscow and Beijing call on the US to ease sanctions on Tehran.")
    assert [f[0] for f in found] == ["REQUEST"], found


def test_tens_of_thousands_who_rally_are_the_protesters_of_the_place():
    # written for rashomon after wire-style probes of our own: "tens of thousands rallied in Yerevan" had no one
    # protesting ("thousands marched" had its crowd)
    found = _real_paragraph("Tens of thousands rallied in Tbilisi against the new law.")
    assert found and found[0][:2] == ("PROTEST", ["GEOOPP"]), found
    # (not a sum of money)
    assert _real_cameos("The bank lost tens of thousands of dollars.") == []


def test_a_campaign_rally_is_no_protest():
    # written for rashomon after a sample of the htmldate pages' events: a candidate's "campaign rally" was a protest
    # by the candidate aimed at the town
    assert _real_cameos("The senator spoke at a campaign rally near Toledo on Saturday.") == []
    assert _real_cameos("The candidate addressed an election rally in Lagos on Monday.") == []
    # (a rally to demand something is one)
    assert _real_cameos("Opposition supporters held a rally in Tbilisi to demand new elections.") == ["141"]


def test_a_story_bought_is_believed_not_traded():
    # written for rashomon after the same sample: "don't buy it" was a denied purchase
    assert _real_cameos("Nobody in Yerevan buys the official story.") == []
    assert _real_cameos("I don't buy that argument from the ministry.") == []
    assert _real_cameos("Turkey will buy more gas from Azerbaijan next year.") == ["061"]


def test_attacks_by_politicians_are_criticism():
    # written for rashomon after the same sample: a senator who objected to attacks by the other party had
    # been attacked with force
    found = _real_paragraph("Republicans launched fresh attacks on the governor over the budget.")
    assert [f[0] for f in found] == ["ACCUSE"], found
    assert _real_cameos("The minister shrugged off attacks by opposition lawmakers.") == ["111"]
    # (armed men's attacks are force)
    assert _real_cameos("Houthi rebels launched attacks on Saudi oil facilities.")[0].startswith("19")


def test_an_attack_repelled_is_the_attackers_act_on_those_who_repel_it():
    # written for rashomon after probes of our own: "repelled attacks from rebel fighters" had the army's repelling
    # alone, the rebels' attack carried by it and lost
    found = _real_paragraph("The army repelled attacks from rebel fighters near Goma.")
    assert ("ASSAULT", ["CODREB"], ["CODMIL"], None) in found, found
    assert ("ASSAULT", ["CODMIL"], [], None) in found, found
    found = _real_paragraph("Kurdish fighters resisted an offensive by Islamic State near Kobani.")
    assert found and found[0][1] == ["IMGMUSISI"], found
    found = _real_paragraph("Ukrainian troops fended off an assault by Russian forces.")
    assert found and found[0][1:3] == (["RUSMIL"], ["UKRMIL"]), found


def test_money_spent_at_home_is_no_cooperation():
    # written for rashomon after probes of our own: a government "investing heavily in roads" cooperated with no one
    assert _real_cameos("The government is investing heavily in roads and railways.") == []
    assert _real_cameos("The ministry announced a major investment in schools and hospitals.") == []
    assert _real_cameos("China invested billions in Pakistan's ports.") == ["061"]


def test_a_question_put_to_someone_is_no_request():
    # written for rashomon after a sample of the trafilatura pages' events: a reporter who asked a judge a quoted
    # question, and speakers who "asked them what we should tell the workers", made requests
    assert _real_cameos('A reporter asked the minister, "Will you resign over the scandal?"') == []
    assert _real_cameos("Baku asked Moscow why the weapons had been delivered to Armenia.") == []
    assert _real_cameos('"We asked them what we should tell the workers who lose their jobs," he said.') == []
    # (asking someone to act, or for something, is a request)
    assert _real_cameos("Armenia asked Russia to send more peacekeepers.") == ["020"]
    assert _real_cameos("Tehran has asked Baku for an explanation.") == ["020"]


def test_vehicles_stopped_are_aimed_at_their_country():
    # written for rashomon after probes of our own (stop 57's note left "Hungary blocked Ukrainian grain trucks" with
    # no target): trucks stopped had coded nothing, and blocked ones were aimed at where they were going, or at no one
    found = _real_paragraph("Azerbaijani border guards stopped Iranian trucks heading to Stepanakert.")
    assert found == [("COERCE", ["AZEMIL"], ["IRN"], None)], found
    assert _real_paragraph("Hungary blocked Ukrainian grain trucks at the border.") == [("COERCE", ["HUN"], ["UKR"], None)]
    assert _real_cameos("The navy turned back two ships carrying fuel to the port.")[0] == "191"


def test_foreign_operations_hosted_are_military_cooperation():
    # written for rashomon after probes of our own: "denies hosting Israeli intelligence operations" was a visit
    found = _real_paragraph("Azerbaijan denies hosting Israeli intelligence operations.")
    assert found and found[0][:2] == ("COOPERATE", ["AZE"]) and found[0][2][0].startswith("ISR"), found
    assert _real_cameos("Baku hosted the Turkish foreign minister on Tuesday.") == ["043"]


def test_a_news_agency_lends_its_country_to_no_one():
    # written for rashomon after a sample of the readability pages' events: troops in a coup in Harare were British
    # because "the source told Reuters"
    assert _real_paragraph("Troops attacked the villages during the night, a source told Reuters.") == [
        ("ASSAULT", ["MIL"], [], None)]
    found = _real_paragraph("Police arrested three protesters in the capital, the BBC reported.")
    assert ("COERCE", ["COP"], ["OPP"], "GBRMED") in found, found
    # (the outlet itself keeps its code where it is an actor)
    assert _real_paragraph("Iran banned the BBC from reporting in the country.")[0][2] == ["GBRMED"]


def test_support_or_cooperation_ended_reduces_relations():
    # written for rashomon after a sample of the readability pages' events: "will stop supporting rebels" was support
    # given (ending an attack already de-escalated: "halted its air strikes")
    found = _real_paragraph("Sudan will stop supporting the rebel groups in South Sudan.")
    assert found == [("SANCTION", ["SDN"], ["SSDREB"], None)], found
    assert _real_cameos("Russia stopped cooperating with the inspectors.") == ["160"]
    # (support going on is support)
    assert _real_cameos("Turkey will continue supporting Azerbaijan.") == ["050"]


def test_never_letting_another_act_is_a_threat_not_the_act():
    # written for rashomon after probes of our own reader comments: "will never let Baku close the border" coded
    # Baku's closing of the border, asserted, as "will never allow" does not
    found = _real_paragraph("Iran will not let Azerbaijan seize Syunik.")
    assert found == [("THREATEN", ["IRN"], ["AZE"], None)], found
    assert _real_cameos("Turkey will not permit Greece to militarize the islands.") == ["130"]
    # (letting free is a release)
    assert _real_cameos("The authorities let the activist free.") == ["0841"]


def test_their_officials_after_two_states_are_both_states_officials():
    # written for rashomon after a probe document of our own: "Their foreign ministers spoke by phone", after two
    # countries that agreed, was one country's government
    found = _real_paragraph("Iran and Azerbaijan agreed to hold talks. Their foreign ministers spoke by phone on Monday.")
    assert ("CONSULT", ["IRNGOV", "AZEGOV"], [], None) in found, found
    # (a group's own are the group)
    found = _real_paragraph("The Houthis said their fighters had fired missiles at Saudi Arabia.")
    assert found and found[0][1] == ["YEMREBHTH"], found


def test_a_question_quoted_before_asked_is_no_request():
    # written for rashomon after a probe document of our own: '"Why now, and why on our border?" he asked' was a
    # request
    assert _real_cameos('"Why now, and why on our border?" he asked in an interview.') == []
    assert _real_cameos("The mayor asked the governor for help.") == ["020"]


def test_a_claim_denied_after_an_accusation_is_what_the_accusation_says():
    # written for rashomon after a probe document of our own: "He said the drills were routine and accused Israel of
    # using Azerbaijani territory. Baku denied the claim." had Baku deny the drills
    from rashomon.engine.code import code_texts

    text = ("Iran's foreign minister rejected the criticism. He said the drills were a matter of national sovereignty "
            "and accused Israel of using Azerbaijani territory against Iran. Baku denied the claim.")
    (events,) = code_texts([("x", text, "2021-10-01")])
    assert not [e for e in events if e["provenance"]["modality"] == "denied"], events
    accused = [e for e in events if e["event"] == "ACCUSE"]
    assert accused and [a["code"] for a in accused[0]["source"]] == ["IRNGOV"], events
    # (a denial of an act the accusation names still denies it)
    (events,) = code_texts([("x", "The ministry said drones struck a base near Ganja and accused Armenia of targeting "
                                  "civilians. Yerevan denied the claim.", "2021-10-01")])
    denied = [e for e in events if e["provenance"]["modality"] == "denied"]
    assert [(e["event"], [a["code"] for a in e["source"]]) for e in denied] == [("ASSAULT", ["ARM"])], events
    assert [a["code"] for e in events if e["event"] == "ACCUSE" for a in e["source"]] == ["AZEGOV"], events


def test_a_thing_not_let_happen_is_no_threat():
    # written for rashomon after the real pages' events with "let" as a threat: a company that would not let an
    # illness change its ways threatened no one
    assert _real_cameos("We will not let the storm spoil the harvest festival.") == []
    assert _real_cameos("The licence does not permit copying these files into other products.") == []
    assert _real_cameos("The government will not allow the protesters to enter the square.") == ["130"]


def test_a_passive_arrest_and_charge_is_no_charge_of_armed_men():
    # written for rashomon after the real pages' events (a crime report, training part): a man held and then charged,
    # as the police told it, was an assault, the police taken for the subject of a cavalry-like charge
    assert _real_cameos("A local man was arrested and charged, officers said.") == ["173", "112"]
    assert "190" in _real_cameos("Gunmen charged and fired on the checkpoint.")


def test_a_state_of_emergency_deployed_is_no_force():
    # written for rashomon after the real pages' events (a county's measles order, training part): an emergency
    # order "deployed" mobilised troops, a state of emergency read as a state
    assert _real_cameos("The mayor deployed a state of emergency decree after the floods.") == []
    assert _real_cameos("The governor deployed the state of Texas national guard.") == ["154"]
    # (what a relative clause deploys is the noun it describes: warships are a force, a policy is not)
    assert _real_cameos("Two destroyers that Britain has deployed near the strait deter Iran.") == ["154"]


def test_a_markets_demand_is_no_demand_made():
    # written for rashomon after the real pages' events (an economics column, training part): "more demand for
    # treasuries" was a request
    assert _real_cameos("There is more demand for treasuries than the government can consume.") == []
    assert _real_cameos("Demand for oil rose as the economy recovered.") == []
    # (a demand someone makes, or one for an act, stays one)
    assert _real_cameos("Protesters repeated their demand for the release of political prisoners.") == ["100"]
    assert _real_cameos("The growing demand for independence alarmed Madrid.") == ["100"]


def test_an_attacker_turning_the_gun_on_himself_attacks_no_one_else():
    # written for rashomon after the real pages' events (a news analysis, training part): a gunman's shot at himself
    # was a third shooting
    assert _real_cameos("A gunman fired on shoppers at a mall, wounding three before shooting himself.") == ["193", "182"]
    # (a suicide bombing, or a killing of others too, is still an attack)
    assert _real_cameos("The bomber blew himself up at the checkpoint.") == ["183"]
    assert _real_cameos("The attacker killed himself and 20 others.") == ["1823"]


def test_a_he_never_stands_for_a_woman_named_by_her_title():
    # written for rashomon after the real pages' events (a debate report, training part): a "he" who accused a woman
    # named by her title was that woman
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Ms. Novak rebuked Mr. Berg once he had accused her of courting Beijing.",
                             "2023-11-09")])
    accused = [e for e in events if e["cameo"] == "112"]
    assert accused and [a["actorText"] for a in accused[0]["source"]] == ["he"], events
    # (a title that agrees still lets the pronoun stand for its clause's subject)
    (events,) = code_texts([("x", "Mr. Pashinyan said he would meet the Azerbaijani president.", "2023-11-09")])
    assert any(a["code"] == "ARMGOV" for e in events if e["event"] == "AGREE" for a in e["source"]), events


def test_an_offensive_of_law_or_charm_is_no_attack():
    # written for rashomon after the real pages' events (a report on lockdown protests, training part): an offensive
    # in the courts against the rules was an assault
    assert _real_cameos("Church groups are waging a legal offensive against the new curfew rules.") == []
    assert _real_cameos("The president launched a charm offensive in Europe.") == []
    assert _real_cameos("The army launched an offensive against the rebels.") == ["190"]


def test_a_name_called_is_no_appeal():
    # written for rashomon after the real pages' events (a debate report, training part): an insult in quotation
    # marks was an appeal to the one insulted
    assert _real_cameos('She called Mr. Petrov "scum" for pointing out her son has an account.') == []
    assert _real_cameos("Iran called the elections a sham.") == []
    assert _real_cameos("The UN called on Israel to halt the strikes.") == ["020"]
    assert _real_cameos("Biden called Putin on Tuesday.") == ["041"]


def test_a_vehicle_running_into_part_of_another_is_an_accident():
    # written for rashomon after the real pages' events (a police blotter, training part): a truck that ran into the
    # back of another vehicle attacked it
    assert _real_cameos("The collision made the van hit the back end of a parked bus.") == []
    assert _real_cameos("Militants struck the rear of the army convoy.") == ["190"]


def test_paper_a_market_deals_in_is_no_cooperation():
    # written for rashomon after the real pages' events (an economics column, training part): firms trading bonds
    # abroad, and no one buying bonds of negative yield, were economic cooperation
    assert _real_cameos("US firms traded the bonds overseas.") == []
    # (dealings with, or in the paper of, someone named stay)
    assert _real_cameos("China bought US treasuries last year.") == ["061"]
    assert _real_cameos("Iran bought drones from Russia.") == ["061"]
    assert _real_cameos("Japan sold bonds to Saudi Arabia.") == ["061"]


def test_a_politician_beaten_by_no_armed_hand_is_outvoted():
    # written for rashomon after the real pages' events (a campaign report, training part): a party chair's aim to
    # beat the president was an assault on him
    assert _real_cameos("The party chairwoman said she would focus on beating Joe Biden.") == []
    # (the police beating an opposition leader, or a journalist beaten by thugs, are assaults)
    assert _real_cameos("Police beat opposition leader Kizza Besigye in Kampala.") == ["182"]
    assert _real_cameos("Thugs beat journalist Ahmed Ali in Baghdad.") == ["182"]


def test_a_politician_attacked_in_a_debate_is_criticised():
    # written for rashomon after the real pages' events (debate reports, training part): candidates attacking a
    # rival on stage were assaults
    assert _real_cameos("In the debate the other candidates took turns attacking Nikki Haley.") == ["111"]
    # (a weapon, or armed men, make it force)
    assert _real_cameos("A man attacked Mayor Petrov with a knife at an election rally.") == ["190"]
    assert _real_cameos("Gunmen attacked Governor Musa before the election.") == ["190"]


def test_coming_under_fire_from_critics_or_for_a_reason_is_criticism():
    # written for rashomon after the real pages' events (a policy report, training part): ministers "under fire"
    # from a former whip were assaulted
    assert _real_cameos("Two ministers came under fire from an ex-whip of their party for failing to tell parliament.") == ["111"]
    assert _real_cameos("The minister came under fire from opposition lawmakers over the plan.") == ["111"]
    assert _real_cameos("The cabinet has come under fire for its handling of the floods.") == ["111"]
    # (armed doers, or none and no reason, keep the attack)
    assert _real_cameos("The convoy came under fire from rebels near Idlib.") == ["190"]
    assert _real_cameos("Gaza came under fire from Israel overnight.") == ["190"]
    assert _real_cameos("The village came under fire for hours.") == ["190"]


def test_an_officeholder_rallying_supporters_is_no_protest():
    # written for rashomon after the real pages' events (a campaign report, training part)
    assert _real_cameos("The president spoke in Tampa on Friday, rallying supporters ahead of the vote.") == []
    assert _real_cameos("Opposition leaders rallied thousands of supporters against the new law.") == ["141"]


def test_a_surge_is_no_blast_and_a_retort_no_shot():
    # written for rashomon after the real pages' events (an economics essay and a debate report, training part)
    assert _real_cameos("Household savings shrank amid an explosion of credit card debt.") == []
    assert _real_cameos('"Keep my son out of this," Ms. Moreno shot back.') == []
    # (a bomb's explosion, and shots fired back at someone, are attacks)
    assert "183" in _real_cameos("The explosion of a car bomb killed five people in Kabul.")
    assert _real_cameos("He shot back at the police officers.") == ["193"]


def test_a_withdrawal_from_an_agreement_reduces_relations():
    # written for rashomon after the real pages' events (a report on a treaty, training part): the noun coded a
    # military retreat where the verb codes a reduction of relations
    assert _real_cameos("Moscow announced its withdrawal from the arms treaty on Friday.") == ["161"]
    assert _real_cameos("Moscow withdrew from the arms treaty on Friday.") == ["161"]
    # (forces leaving a place retreat)
    assert _real_cameos("Russian troops completed their withdrawal from the town.") == ["0874"]


def _real_events(text):
    """(event, cameo, source codes, target codes, modality) of each event the whole stage codes in ``text``."""
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", text, "2020-01-01")])
    return [
        (e["event"], e["cameo"], [a["code"] for a in e["source"]], [a["code"] for a in e["target"]], e["provenance"]["modality"])
        for e in events
    ]


def test_what_is_listed_with_a_verbs_object_is_given_by_its_subject():
    # written for rashomon after ConfliBERT training-part misses: relief listed after the object of "made available"
    # had no giver, and listed after a delivery's object it was a second delivery of no one's
    assert _real_sides("Norway has made available tents and medical supplies.", "AID")[0] == ["NOR"]
    assert [e[:4] for e in _real_events("Norway has delivered tents and medical supplies to Liberia.")] == [("AID", "070", ["NOR"], ["LBR"])]
    # (and the place its purpose names receives it)
    assert _real_sides("Norway has made available tents and medical supplies to fight the cholera outbreak in Liberia.", "AID") == (
        ["NOR"], ["LBR"])


def test_a_possessive_set_before_the_subject_stands_for_it():
    # written for rashomon after ConfliBERT training-part misses: "its" in a phrase opening the sentence left an aid
    # event with no giver
    assert _real_sides("On top of its financial aid, Norway has sent ambulances to Liberia.", "AID")[0] == ["NOR"]


def test_the_author_of_acts_a_participle_describes_is_condemned():
    # written for rashomon after ConfliBERT training-part misses: condemning threats "made by" a government was aimed
    # at whom the threats were against
    assert _real_sides("The summit condemned the threats made by the Kenyan government against Somalia.", "ACCUSE")[1] == ["KENGOV"]
    assert _real_sides("The summit condemned the border incursion and the raids carried out by the Ethiopian army against Sudan.",
                       "ACCUSE")[1] == ["ETHMIL"]  # fmt: skip


def test_whom_a_measure_restricts_dealings_with():
    # written for rashomon after ConfliBERT training-part misses: the parties of a ban "on doing business with" a
    # firm, of restrictions "between" two states, "on contacts between" officials, had no target
    assert _real_sides("Qatar lifted the travel restrictions between it and Egypt.", "CONCEDE")[1] == ["EGY"]
    assert _real_sides("Washington eased restrictions on contacts between American officials and Cuban diplomats.",
                       "CONCEDE")[1] == ["CUBGOV"]  # fmt: skip
    _, target = _real_sides("Canada refuses to end its ban on doing business with the Iranian airline Mahan Air.", "REJECT")
    assert len(target) == 1 and target[0].startswith("IRN"), target
    # (what a ban is on is not done)
    assert [e[0] for e in _real_events("Brazil imposed a ban on trade with Venezuela.")] == ["COERCE"]


def test_a_preposition_read_as_the_dative_names_the_recipient():
    # written for rashomon after ConfliBERT training-part misses
    assert _real_sides("The governor issued an ultimatum to the rebels in the north.", "THREATEN")[1] == ["REB"]
    assert _real_sides("Navy ships gave top priority to the delivery of food to the Somali people.", "AID")[1] == ["SOMCVL"]


def test_an_area_of_a_named_place_is_that_places():
    # written for rashomon after ConfliBERT training-part misses
    assert _real_sides("Israeli jets struck a target in the West Bank's northern villages on Monday.", "ASSAULT")[1] == ["PSE"]


def test_each_country_an_act_is_done_in():
    # written for rashomon after ConfliBERT training-part misses: only the first of the countries listed
    assert _real_sides("Georgian troops serve in peacekeeping missions in Kosovo and Mali.", "AID")[1] == ["KSV", "MLI"]
    assert _real_sides("The UN sent emergency aid to help families in Chad, Niger and Mali.", "AID")[1] == ["TCDCVL", "NERCVL", "MLICVL"]
    # (not where a group of a nationality of its own is)
    assert _real_sides("Rebels attacked Turkish soldiers in Syria and Iraq.", "ASSAULT")[1] == ["TURMIL"]


def test_a_threat_or_pledge_is_made_whatever_its_condition():
    # written for rashomon after ConfliBERT training-part misses: a threat with an "if" clause was hypothetical
    threat = [e for e in _real_events("The militia threatened to shell Haifa, a port city, if Israel bombs Beirut.") if e[0] == "THREATEN"]
    assert [e[4] for e in threat] == ["asserted"]
    # (what follows from a condition is hypothetical)
    assert all(e[4] == "hypothetical" for e in _real_events("If Turkey attacks Armenia, Russia will strike Turkey."))


def test_no_one_demands_a_thing_of_themselves():
    # written for rashomon after ConfliBERT training-part misses: "X says an act must be avoided" was X's demand of X
    assert _real_events("The African Union says foreign intervention in Libya must be avoided.") == []
    assert [e[:4] for e in _real_events("The African Union said Egypt must withdraw its barriers.")] == [("REQUEST", "100", ["IGOAFRAFU"], ["EGY"])]


def test_what_is_evaded_with_something_listed_is_not_done():
    # written for rashomon after a caucasus event read in this round: sanctions listed after what is sidestepped
    # were a sanction of no one's (with this round's listed objects, of the one sidestepping them)
    assert _real_cameos("Turkey helped Iran to evade U.S and the European banking sanctions.") == ["070"]


def test_a_visitor_described_in_a_relative_clause_is_not_of_the_place_visited():
    # written for rashomon after a real page's event (noted at stop 60): "the minister, who visited Armenia" was
    # Armenia's government
    assert _real_sides("The minister, who visited Georgia last week, criticised the plan.", "ACCUSE")[0] == ["GOV"]


def test_an_offer_to_mediate_is_the_offer_between_the_sides():
    # written for rashomon after a real page's event (noted at stop 60): the mediation offered was a mediation of
    # no one's, the offer an offer to no one
    assert [e[:4] for e in _real_events("Kazakhstan made an offer to mediate between Russia and Ukraine.")] == [
        ("AGREE", "039", ["KAZ"], ["RUS", "UKR"])]
    assert _real_sides("Iran issued a threat to strike Israel.", "THREATEN") == (["IRN"], ["ISR"])


def test_an_exit_from_an_agreement_reduces_relations():
    # written for rashomon after a real page's event (noted at stop 60): the noun coded nothing
    assert _real_cameos("Washington announced its exit from the climate accord.") == ["161"]
    assert _real_cameos("The exit from the stadium was blocked.") == []


def test_where_an_envoy_is_sent_is_not_the_envoys_side():
    # written for rashomon after a real page's event (noted at stop 60): a candidate described as a former
    # ambassador to the UN was the UN
    assert _real_sides("Police arrested Omar Farouk, a former envoy to Egypt.", "COERCE")[1] == [None]
    source, _ = _real_sides("Mary Brown, a former ambassador to the UN, criticised the plan.", "ACCUSE")
    assert source == [None]


def test_an_agreement_or_aid_undone_is_reduced():
    # written for rashomon after a real page's event (noted at stop 60): "de-ratifying the treaty" coded nothing once
    # the prefix undid the signing
    assert _real_events("The Duma passed a bill de-ratifying the test ban treaty.")[0][:3] == ("SANCTION", "161", ["RUSLEG"])
    assert _real_cameos("The city council moved to de-fund the water agency.") == ["1621"]


def test_attacks_a_noun_names_in_a_contest_of_politics_are_criticism():
    # written for rashomon after a real page's event (noted at stop 60): candidates "trading attacks" in a debate,
    # as the verb already was, were assaults
    assert _real_cameos("In the debate, his attacks on Maria Lopez grew sharper.") == ["111"]
    assert "190" not in _real_cameos("The two senators traded attacks during the debate.")
    # (not on a place, an armed group or a state, nor with a weapon)
    assert _real_cameos("Attacks on Kyiv continued during the election campaign.") == ["190"]
    assert _real_cameos("Attacks on Hezbollah continued during the election campaign.") == ["190"]
    assert "111" not in _real_cameos("Rocket attacks on Sderot resumed after the election.")


def test_a_body_named_before_the_act_rejected_is_its_author():
    # written for rashomon after ConfliBERT training-part misses: a decision named by the council that made it,
    # rejected, had no target
    assert _real_sides("The opposition rejected the court ruling.", "REJECT")[1] == ["JUD"]
    assert _real_sides("The Kurdish parliament rejected the Mosul council decision.", "REJECT")[1] == ["IRQGOV"]
    # (a word that names no one is nobody's: "the peace plan")
    assert _real_sides("The ministry rejected the peace plan.", "REJECT")[1] == []


def test_refugees_taken_in_are_granted_refuge_not_arrested():
    # written for rashomon after a probe of ConfliBERT training-part misses: "take in" refugees was an arrest, and
    # "admit" or "receive" them coded nothing
    assert _real_events("Germany took in about a million refugees from Syria in 2015.")[0][:4] == ("AID", "075", ["DEU"], ["SYR"])
    assert _real_cameos("Canada will admit 25,000 Syrian refugees by February.") == ["075"]
    assert _real_cameos("Poland received over a million refugees from Ukraine.") == ["075"]
    # (whom the police take in are still arrested)
    assert "173" in _real_cameos("Police took in dozens of protesters for questioning.")


def test_refugees_a_state_takes_in_are_not_of_that_state():
    # written for rashomon after a probe of ConfliBERT training-part misses: refugees Jordan welcomed were Jordan's
    assert _real_sides("Jordan welcomed thousands of refugees fleeing the war in Syria.", "AID")[1] == ["SYRREF"]
    # (their own nationality word stays theirs, and a state may let its own refugees come home)
    assert _real_sides("Turkey took in Turkish Kurdish refugees from Iraq.", "AID")[1] == ["TURREF"]
    assert _real_sides("Iraq will allow refugees who lived in Iran for years to return home.", "CONCEDE")[1] == ["IRQREF"]


def test_a_warning_noun_is_aimed_at_whom_its_clause_names():
    # written for rashomon after ConfliBERT training-part misses: a warning noun whose "that" clause says what its
    # issuer will not put up with, and by whom, had no target, as the verb "warned that" had one
    events = _real_events("The Kenyan cabinet issued a warning that Nairobi would not tolerate a takeover by the Somali army.")
    assert [e[:4] for e in events] == [("THREATEN", "130", ["KENGOV"], ["SOMMIL"])]


def test_who_got_what_is_handed_is_its_recipient():
    # written for rashomon after ConfliBERT training-part misses: "supplied most of the arms Armenia has bought" had
    # no target
    assert _real_sides("France has supplied most of the weapons Greece has bought in the past decade.", "AID")[1] == ["GRC"]
    assert _real_sides("The United States provided the aid Haiti received after the earthquake.", "AID")[1] == ["HTI"]


def test_fighting_a_blaze_or_inflation_is_no_assault_or_threat():
    # written for rashomon after a probe of ConfliBERT training-part misses: firefighters fighting a blaze were an
    # assault, a vow to fight inflation a threat
    assert _real_cameos("Firefighters fought the blaze for hours.") == []
    assert _real_cameos("The president vowed to fight inflation.") == ["030"]
    assert _real_cameos("The president vowed to fight the rebels.") == ["130"]


def test_armed_men_sent_to_fight_fight():
    # written for rashomon after a probe of ConfliBERT training-part misses: the army sent to fight had no one fight
    assert _real_sides("The army was sent to fight the rebels in the north.", "ASSAULT") == (["MIL"], ["REB"])
    # (a team sent by a ministry does not fight)
    assert _real_cameos("The ministry sent a team of experts to assess the damage.") == []


def test_force_used_as_a_crowd_protests_is_aimed_at_the_protesters():
    # written for rashomon after ConfliBERT training-part misses: tear gas the police used while people protested
    # was aimed at no one
    assert _real_sides("Police fired tear gas as hundreds of students marched to parliament.", "ASSAULT") == (["COP"], ["EDU"])
    text = "French riot police used tear gas as about two hundred people from the local Kurdish community held a protest."
    assert _real_sides(text, "ASSAULT")[1] == ["FRACVL"]
    # (not force by others, nor at another time)
    assert _real_sides("Gunmen fired shots as hundreds of students marched to parliament.", "ASSAULT")[1] == []


def test_troops_offered_for_a_purpose_go_where_it_is_done():
    # written for rashomon after ConfliBERT training-part misses: an offer to send troops to keep the peace somewhere
    # had no target
    assert _real_sides("Britain offered to deploy as many as 2,000 troops to keep the peace in Kosovo.", "AGREE") == (["GBR"], ["KSV"])


def test_a_refusal_is_aimed_at_whom_its_condition_is_set_for():
    # written for rashomon after ConfliBERT training-part misses: a refusal to lift a measure until another side acts
    # had no target, and the president who set the condition was taken for the other side's
    text = "The president has said publicly that he will not lift sanctions until Pyongyang halts its missile tests."
    assert _real_sides(text, "REJECT") == (["GOV"], ["PRKGOV"])
    # (not one's own condition: "will not withdraw until it is safe")
    assert _real_sides("Turkey will not withdraw its troops until Turkey is safe.", "REJECT")[1] == []


def test_an_official_arriving_in_a_foreign_capital_visits_it():
    # written for rashomon from a probe of the acts the issue lists (visits): "arrived in Baku" coded nothing unless a
    # visit noun followed
    assert _real_events("Iran's foreign minister arrived in Baku on Monday.")[0][:4] == ("CONSULT", "042", ["IRNGOV"], ["AZE"])
    # (not anyone arriving, nor an official arriving at home or at a venue)
    assert _real_cameos("Thousands of tourists arrived in Greece.") == []
    assert _real_cameos("The president arrived at the summit venue late.") == []
    assert _real_cameos("Iran's foreign minister arrived back in Tehran on Monday.") == []


def test_a_word_of_chat_before_the_subject_is_no_listed_actor():
    # written for rashomon from a probe of reader comments: "Lol" opening a comment was read as a headline's name listed
    # with the subject
    assert _real_sides("Lol, Iran will never attack Azerbaijan, they are all talk.", "ASSAULT") == (["IRN"], ["AZE"])
    # (a headline's listed names still are)
    assert _real_sides("US, UK strike Houthi targets in Yemen.", "ASSAULT")[0] == ["USA", "GBR"]


def test_what_an_act_of_some_kind_would_be_like_is_no_event():
    # written for rashomon from a probe of the mentions the issue lists as no event ("any war"): a war that "would be
    # a disaster" was a hypothetical assault of the two neighbours
    assert _real_cameos("Any war between the two neighbours would be a catastrophe for everyone.") == []
    assert _real_cameos("An Israeli attack on Iran could be catastrophic.") == []
    # (an act the text names as one that happened stays, whatever is said of it)
    assert _real_cameos("The Turkish invasion of Syria may be a turning point.") == ["190"]


def test_attacks_on_a_record_or_by_a_speech_are_criticism_by_its_author():
    # written for rashomon from a probe of the acts the issue lists as no event: a speech attacking a record was an
    # assault of no one's
    assert _real_events("The minister's speech attacked the opposition's record on jobs.")[0][:4] == (
        "ACCUSE", "111", ["GOV"], ["OPP"])
    assert _real_sides("The senator attacked the president's handling of the crisis.", "ACCUSE") == (["LEG"], ["GOV"])
    assert _real_sides("The minister's statement condemned Israel.", "ACCUSE") == (["GOV"], ["ISR"])
    # (armed men attack positions with arms)
    assert _real_cameos("Rebels attacked the army's position near the town.") == ["190"]
    assert _real_cameos("Russian troops attacked Ukrainian positions near Bakhmut.") == ["190"]


def test_a_state_company_is_a_business_not_the_state():
    # written for rashomon from a probe of business news: "Azerbaijan's state oil company" was the state
    assert _real_sides("Azerbaijan's state oil company signed a deal with BP.", "SUPPORT")[0] == ["AZEBUS"]


def test_a_law_passed_does_what_it_says_and_endorses_no_one():
    # written for rashomon from a probe of legislatures' acts: "approved a law annexing a region" was an endorsement of
    # the region's country, and the annexation had no one doing it
    assert [e[:4] for e in _real_events("Venezuela's National Assembly approved a law annexing the Essequibo region of Guyana.")] == [
        ("COERCE", "192", ["VENLEG"], ["GUY"])]
    assert _real_cameos("The Knesset approved a bill expanding settlements in the West Bank.") == []
    # (a loan or another's resolution approved still is an act toward someone)
    assert _real_cameos("The IMF approved a loan to Pakistan.") == ["071"]


def test_an_offensive_against_positions_is_no_figure_of_speech():
    # written for rashomon from a probe in the corpus's own field: "an offensive against Armenian positions" was read
    # as a campaign against things, as "a war on plastic" is, and coded nothing
    text = "Azerbaijani forces launched a large-scale offensive against Armenian positions in Nagorno-Karabakh."
    assert _real_events(text)[0][:3] == ("ASSAULT", "190", ["AZEMIL"])
    assert _real_cameos("The army launched an offensive against rebel strongholds in the north.") == ["190"]
    assert _real_cameos("The city launched a war on plastic bags.") == []


def test_forces_moved_to_a_border_are_mobilised():
    # written for rashomon from a probe in the corpus's own field: units "moved to the border" coded nothing
    assert _real_events("Revolutionary Guards units were moved to the northwestern border.")[0][:3] == ("MOBILIZE", "154", ["IRNMIL"])
    assert _real_cameos("The company moved its headquarters to Dubai.") == []


def test_a_law_that_prohibits_an_attack_makes_no_criticism():
    # written for rashomon after a real page's event read in this round: with laws among the texts whose clause is
    # their issuer's act, "international law prohibits targeting civilians" became criticism
    assert "111" not in _real_cameos("International law prohibits targeting civilians, he noted.")


def test_calling_someone_a_terrorist_is_criticism():
    # written for rashomon from a probe of name-calling between leaders: "called Netanyahu a terrorist" coded nothing
    # (the name was read as no phone call, and "terrorist" was no insult the lexicon knew)
    assert _real_events("Erdogan called Netanyahu a terrorist.")[0][:4] == ("ACCUSE", "111", ["TURGOV"], ["ISRGOV"])
    assert _real_cameos("People call him a hero.") == []
    assert _real_cameos("Erdogan called Netanyahu on Tuesday.") == ["041"]


def test_people_a_state_executes_are_its_own():
    # written for rashomon from a probe of executions: the men Iran hanged were of no country, and one convicted of
    # spying for Israel was Israel's
    assert _real_sides("Iran hanged two men accused of killing a security officer during protests.", "ASSAULT")[1] == ["IRNCVL"]
    assert _real_sides("Iran executed a man convicted of spying for Israel.", "ASSAULT")[1] == ["IRNCVL"]
    # (whom a state's forces attack abroad is not theirs)
    assert _real_sides("Israel bombed the consulate, killing seven officers.", "ASSAULT")[1] == ["GOV"]


def test_a_spy_and_the_police_who_arrest_them_are_not_of_the_country_spied_for():
    # written for rashomon from a probe of executions: "police arrested a man suspected of spying for Israel" were
    # Israel's police arresting an Israeli
    assert _real_sides("Police arrested a man suspected of spying for Israel.", "COERCE") == (["COP"], ["CVL"])


def test_residents_of_a_town_the_tagger_leaves_untagged_are_of_its_country():
    # written for rashomon from a probe of ACLED-like sentences: "residents of Goma" were of no country, as the small
    # model tags no entity there
    assert _real_sides("Residents of Goma looted UN warehouses.", "ASSAULT")[0] == ["CODCVL"]
    assert _real_sides("Residents of Kharkiv protested against the mayor.", "PROTEST")[0] == ["UKRCVL"]


def test_an_allegation_called_baseless_is_denied_however_the_parser_hangs_it():
    # written for rashomon from a probe of denials: with the clause hung from "called" (not from "the allegation"), or
    # "baseless" read as the clause's object, the act was asserted, and once the allegation was Tehran's own
    assert _real_modalities("Tehran called the allegation that it supplied drones to Russia baseless.") == [("AID", "denied")]
    assert _real_modalities("Tehran called the allegations that it armed the Houthis baseless.") == [("AID", "denied")]
    # (a report called accurate is not denied)
    assert ("AID", "asserted") in _real_modalities("The minister called the report accurate and said Iran supplied the drones.")


def test_no_truth_to_reports_disputes_them():
    # written for rashomon from a probe of denials: "there is no truth to reports that Iran sent troops" asserted them
    assert _real_modalities("There is no truth to reports that Iran sent troops to the border, the ministry said.") == [
        ("MOBILIZE", "disputed")]
    assert _real_modalities("There is some truth to reports that Iran sent troops to the border.") == [("MOBILIZE", "asserted")]


def test_what_reports_one_will_not_comment_on_say_is_theirs():
    # written for rashomon from a probe of denials: the "it" of "declined to comment on reports that it struck Iranian
    # targets" stood for no one (as it did after "denied charges that it ..."); and, with this round's warning nouns,
    # the strike became the refusal's content
    assert _real_events("Israel declined to comment on reports that it struck Iranian targets.")[0][:4] == (
        "ASSAULT", "195", ["ISR"], ["IRN"])
    assert _real_sides("Iran responded to claims that it sent troops to the border.", "MOBILIZE")[0] == ["IRN"]


def test_tariffs_imposed_are_sanctions():
    # written for rashomon from a probe of economic measures: tariffs lifted were eased sanctions (085), tariffs
    # imposed coded nothing
    assert _real_sides("Washington slapped new tariffs on Chinese steel.", "SANCTION") == (["USAGOV"], ["CHN"])
    assert _real_cameos("The US imposed tariffs on Chinese goods.") == ["160"]


def test_the_two_leaders_after_a_pair_of_leaders_named_are_their_states():
    # written for rashomon from a probe of the pairs the issue lists ("the two sides"): after two leaders named by
    # name and office, "the two leaders", "they" and "both sides" stood for no one of either state
    from rashomon.engine.code import code_texts

    first = "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held talks on Sunday."
    for second, codes in (("The two leaders agreed to advance work on a peace treaty.", ["ARMGOV", "AZEGOV"]),
                          ("Both sides agreed to advance work on a peace treaty.", ["ARM", "AZE"])):
        (events,) = code_texts([("x", f"{first} {second}", "2022-05-23")])
        assert [a["code"] for a in events[-1]["source"]] == codes


def test_a_response_promised_to_any_attack_is_the_responders():
    # written for rashomon from a probe of warnings: "will respond to any attack" was an attack of no one's, the
    # response no event
    assert _real_events("We will respond to any attack, the minister said.")[0][:3] == ("THREATEN", "1384", ["GOV"])
    assert _real_sides("Iran will respond firmly to any aggression.", "ASSAULT")[0] == ["IRN"]
    assert "190" not in _real_cameos("The government responded to the criticism.")
    # (nor a response to attacks in words: a real page's "responded well to his personal attacks")
    assert _real_cameos("She responded calmly to the senator's personal attacks.") == []


def test_a_squadron_deployed_is_a_force():
    # written for rashomon from a probe of deployments: a squadron deployed was read as a thing deployed, as software is
    assert _real_events("A Turkish F-16 squadron was deployed to Azerbaijan for the drills.")[0][:4] == (
        "MOBILIZE", "154", ["TURMIL"], ["AZE"])
    assert _real_cameos("The company deployed a new fleet of delivery robots.") == []


def test_a_wounding_an_attacks_participle_tells_is_done_with_its_weapon():
    # written for rashomon from a probe of ACLED-style notes: "fired live ammunition at rioters, injuring three" had the
    # wounding done by beating
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Police fired live ammunition at rioters in Kano, injuring three.", "2021-06-01")])
    assert [e["mode"] for e in events if e["eventText"] == "injuring"] == ["firearms"], events
