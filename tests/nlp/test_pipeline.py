"""The loaded spaCy pipeline and our component in it."""

from __future__ import annotations

import pytest

from rashomon.errors import RashomonError
from rashomon.nlp import pipeline


def test_a_blank_line_ends_a_sentence_even_after_a_closing_quotation_mark() -> None:
    nlp = pipeline.load(None)
    assert pipeline.PARAGRAPHS in nlp.pipe_names
    assert nlp.pipe_names.index(pipeline.PARAGRAPHS) < nlp.pipe_names.index("parser")
    text = (
        'Tehran aided Baku during that conflict, yet it also supported Armenia and its public was furious."\n\n'
        "Ayatollah Khamenei's leaning toward Baku has been clear."
    )
    sents = [s.text for s in nlp(text).sents]
    assert len(sents) == 2
    assert sents[1].startswith("Ayatollah")
    # a reader's line without a full stop ends before a capital on the next line
    comment = "There was nothing Iran could do about this\nThere is a real problem in claiming that."
    assert [s.text.strip() for s in nlp(comment).sents][1] == "There is a real problem in claiming that."
    # a line break inside a sentence is left to the parser
    assert len(list(nlp("The talks went on\nuntil late at night.").sents)) == 1
    # a line that ends a sentence ends it, whatever the next opens with (a reader's link), but an abbreviation
    # at a line's end does not
    for linked in ("Thank you.\nwww.example.org/story — the minister said Iran will not accept any change of borders.",
                   "Well said.\nhttps://www.example.org/amp/world/2021/10/6 — “Iran’s new envoy, in Ankara for meetings, "
                   "said Tehran ‘would never accept border changes in the region’.”"):
        assert len(list(nlp(linked).sents)) == 2, linked
    assert len(list(nlp("Officials of the U.S.\ngovernment met in Baku.").sents)) == 1


def test_an_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(RashomonError, match="no_such_model"):
        pipeline.load("no_such_model")


def test_verbs_the_small_models_lemmatizer_cuts_short_get_their_lemma():
    from rashomon.nlp.pipeline import load

    doc = load()("Workers staged a sit-in while the fire was raging; they are staging another.")
    lemmas = {t.text: t.lemma_ for t in doc if t.pos_ == "VERB"}
    assert lemmas["staged"] == "stage" and lemmas["staging"] == "stage", lemmas
    assert all(t.lemma_ != "stag" for t in doc)
    assert [t.lemma_ for t in load()("Rebels retook the town.") if t.pos_ == "VERB"] == ["retake"]


def test_bases_are_the_plural_of_base_not_of_basis():
    # found on probes of our own: "rebel bases in northern Syria" had no rebels as the target, the lemma "basis" hiding
    # the armed side's place
    from rashomon.nlp.pipeline import load

    assert [t.lemma_ for t in load()("Jets bombed rebel bases near the border.") if t.lower_ == "bases"] == ["base"]


def test_words_made_with_re_or_co_stay_whole_with_the_lemma_they_spell():
    from rashomon.nlp.pipeline import load

    doc = load()("The town was re-captured after the co-operation of Turkish-Azerbaijani forces, a co-Chair said.")
    words = [t.text for t in doc]
    assert "re-captured" in words and "co-operation" in words
    assert {t.text: t.lemma_ for t in doc}["re-captured"] == "recapture"
    assert {t.text: t.lemma_ for t in doc}["co-operation"] == "cooperation"
    # a pair of names and a capital after the prefix are split as before
    assert "Turkish" in words and "Azerbaijani" in words and "Chair" in words


def test_a_semicolon_between_two_clauses_ends_a_sentence() -> None:
    # from a probe of our own sentence: in "Baku says ...; Yerevan denies the claim" the parser hung the shelling
    # from "denies", so the report was Yerevan's denial alone
    nlp = pipeline.load(None)
    sents = [s.text for s in nlp("Baku says Armenian forces shelled its positions overnight; Yerevan denies the claim.").sents]
    assert sents == ["Baku says Armenian forces shelled its positions overnight;", "Yerevan denies the claim."], sents
    # (not a list; a clause that opens with no capital is a clause all the same: "protesters blocked the highway;
    # police fired tear gas" hung the protest from the police's act, which came first)
    assert len(list(nlp("The dead included two soldiers; a nurse; and a child.").sents)) == 1
    assert len(list(nlp("Protesters blocked the highway; police fired tear gas.").sents)) == 2
    # (a finite verb of the sentence before does not make the words before the semicolon a clause)
    sents = list(nlp("Talks failed. The victims: two soldiers from Goris; a nurse who worked in Kapan.").sents)
    assert [s.text for s in sents][-1].startswith("The victims"), [s.text for s in sents]


def test_a_report_and_its_denial_after_a_semicolon_are_both_kept() -> None:
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Baku says Armenian forces shelled its positions overnight; Yerevan denies the claim.",
                             "2021-10-01")])  # fmt: skip
    told = [(e["event"], e["provenance"]["modality"], (e["provenance"]["speaker"] or {}).get("code")) for e in events]
    assert told == [("ASSAULT", "asserted", "AZEGOV"), ("ASSAULT", "denied", "ARMGOV")], told


def test_a_plural_noun_with_a_subject_and_an_object_is_a_verb() -> None:
    # from a probe of our own comment-style sentence: in "Israel arms Baku to the teeth" the tagger made "arms" a
    # plural noun the parser still gave a subject and an object, and no arming was coded
    nlp = pipeline.load(None)
    arms = nlp("Israel arms Baku to the teeth.")[1]
    assert (arms.pos_, arms.tag_, arms.lemma_) == ("VERB", "VBZ", "arm")
    # (its lemma is the verb's, not the noun's: "amasses" is "amass")
    amasses = nlp("The leaders have amasses enormous wealth.")[3]
    assert (amasses.pos_, amasses.lemma_) == ("VERB", "amass")
    # (and one between two names the parser made its modifiers: "while Turkey arms Azerbaijan")
    doc = nlp("Russia backs Armenia while Turkey arms Azerbaijan.")
    assert (doc[5].pos_, doc[4].dep_, doc[6].dep_) == ("VERB", "nsubj", "dobj")
    # (a plural noun that is an object stays a noun)
    assert nlp("Israel sold arms to Baku.")[2].pos_ == "NOUN"
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Israel arms Baku to the teeth.", "2021-10-01")])
    assert [(e["event"], [a["code"] for a in e["source"]], [a["code"] for a in e["target"]]) for e in events] == [
        ("AID", ["ISR"], ["AZEGOV"])], events


def test_a_past_verb_read_as_a_modifier_of_a_sentence_with_no_verb_is_its_verb() -> None:
    # from a probe of our own ACLED-style note: "Al-Shabaab fired mortars at ..." was parsed as a kind of mortar,
    # and the sentence had no act
    nlp = pipeline.load(None)
    doc = nlp("Al-Shabaab fired mortars at the base in Mogadishu.")
    fired = doc[3]
    assert (fired.dep_, fired.head.i) == ("ROOT", 3)
    assert {c.text: c.dep_ for c in fired.children if c.dep_ in ("nsubj", "dobj", "prep")} == {
        "Shabaab": "nsubj", "mortars": "dobj", "at": "prep"}
    # (a modifier where the sentence has a verb stays one: "the fired workers protested")
    doc = nlp("The fired workers protested outside the factory.")
    assert doc[1].dep_ == "amod" and doc[3].dep_ == "ROOT"


def test_a_participle_read_as_a_modifier_with_a_name_before_it_is_the_verb() -> None:
    # from a probe of our own reader comments: "Armenia used cluster munitions" was parsed as a kind of munitions
    # (the tagger's participle, the name its adverb), and the sentence had no act
    nlp = pipeline.load(None)
    doc = nlp("Armenia used cluster munitions.")
    used = doc[1]
    assert (used.dep_, used.head.i) == ("ROOT", 1)
    assert {c.text: c.dep_ for c in used.children if c.dep_ in ("nsubj", "dobj")} == {"Armenia": "nsubj", "munitions": "dobj"}
    # (a name joined by a hyphen stays a modifier's: "Iran-backed militias")
    doc = nlp("Iran-backed militias.")
    assert not any(t.dep_ == "nsubj" for t in doc)


def test_a_participle_read_as_a_modifier_that_the_parser_gave_a_subject_is_the_verb() -> None:
    # from a probe of our own (a wire sentence on Yemen): "The Saudi-led coalition bombed positions ..." was
    # parsed as positions the coalition bombed, with no verb, and coded nothing; the subject's own "-led" is no verb
    nlp = pipeline.load(None)
    doc = nlp("The Saudi-led coalition bombed positions in Hudaydah province.")
    bombed = next(t for t in doc if t.text == "bombed")
    assert (bombed.dep_, bombed.head.i) == ("ROOT", bombed.i)
    assert {c.text: c.dep_ for c in bombed.children if c.dep_ in ("nsubj", "dobj", "prep")} == {
        "coalition": "nsubj", "positions": "dobj", "in": "prep"}
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "The Saudi-led coalition bombed positions in Hudaydah province.", "2019-06-01")])
    assert [(e["event"], [a["code"] for a in e["source"]], [a["code"] for a in e["target"]]) for e in events] == [
        ("ASSAULT", ["SAUMIL"], ["YEM"])], events


def test_an_infinitive_read_as_a_modifier_after_to_is_an_infinitive() -> None:
    # from a probe of our own CASE-style note: in "carrying out raids to detain opposition activists" the parser
    # read "to [detain] activists" ("detain" a modifier of the noun), and no one was detained
    nlp = pipeline.load(None)
    doc = nlp("Soldiers are carrying out raids to detain opposition activists in the capital.")
    detain = doc[6]
    assert (detain.dep_, detain.head.text) == ("advcl", "carrying")
    assert {c.text: c.dep_ for c in detain.children} == {"to": "aux", "activists": "dobj"}
    # (an adjective after "to" stays a modifier: "to local farmers")
    doc = nlp("The ministry sent seeds to local farmers.")
    assert doc[5].dep_ == "amod" and doc[6].dep_ == "pobj"


def test_a_subjunctive_after_that_read_as_a_noun_is_the_clauses_verb() -> None:
    # from probes of our own wire sentences: in "demanded that the military return to the barracks" the tagger made
    # "military return" a noun phrase, and in "... that the military hand power to civilians" "military hand
    # power" one; the demand was aimed at no one, or at the civilians
    nlp = pipeline.load(None)
    doc = nlp("The opposition demanded that the military return to the barracks.")
    back = doc[6]
    assert (back.pos_, back.dep_, back.head.text) == ("VERB", "ccomp", "demanded")
    assert {c.text: c.dep_ for c in back.children} == {"that": "mark", "military": "nsubj", "to": "prep"}
    doc = nlp("Sudanese officials demanded that the military hand power to civilians.")
    hand = doc[6]
    assert (hand.pos_, hand.dep_, hand.head.text) == ("VERB", "ccomp", "demanded")
    assert {c.text: c.dep_ for c in hand.children} == {"that": "mark", "military": "nsubj", "power": "dobj", "to": "prep"}
    # (an adjective with a determiner that is a subject is a noun: "the military release the activists")
    assert nlp("Protesters demanded that the military release the detained activists.")[4].pos_ == "NOUN"
    # (a noun after "that" with no verb reading stays a noun: "the fact that the military budget grew")
    doc = nlp("He ignored the fact that the military budget doubled.")
    assert doc[7].pos_ == "NOUN" and doc[8].pos_ == "VERB"
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Sudanese protesters demanded that the military hand power to civilians.", "2019-04-15")])
    assert [(e["event"], [a["code"] for a in e["target"]]) for e in events] == [("PROTEST", ["SDNMIL"])], events


def test_a_gerund_read_as_a_modifier_with_a_name_before_it_is_the_names_act() -> None:
    # from a probe of our own reader comments: in "talk about Armenia destroying mosques" the parser read "[Armenia]
    # destroying mosques" as a kind of mosque, and no one destroyed anything
    nlp = pipeline.load(None)
    doc = nlp("Why does nobody talk about Armenia destroying mosques in Aghdam?")
    destroying = doc[6]
    assert (destroying.dep_, destroying.head.text) == ("advcl", "talk")
    assert (doc[5].dep_, doc[5].head.text, doc[7].dep_, doc[7].head.text) == ("pobj", "about", "dobj", "destroying")
    # (a gerund that describes its noun stays a modifier: "the burning houses")
    doc = nlp("Firefighters filmed the burning houses.")
    assert doc[3].dep_ == "amod"
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "He spoke of Iran arming the Houthis.", "2021-10-01")])
    assert [(e["event"], [a["code"] for a in e["source"]]) for e in events] == [("AID", ["IRN"])], events


def test_a_verb_joined_to_a_reported_copula_is_the_speakers_act() -> None:
    # from a probe document of our own: in "He said the drills were a matter of sovereignty and accused Israel of
    # ..." the parser joined "accused" to "were", and the accusation was the drills'
    nlp = pipeline.load(None)
    doc = nlp("He said the drills were a matter of national sovereignty and accused Israel of spying.")
    accused = next(t for t in doc if t.text == "accused")
    assert accused.head.text == "said"
    # (two clauses of what was said stay joined: "the weather was bad and the roads were closed")
    doc = nlp("He said the weather was bad and the roads were closed.")
    assert next(t for t in doc if t.text == "closed").head.text == "was"


def test_a_headline_verb_read_as_a_noun_is_the_headlines_verb() -> None:
    # from a probe document of our own: "Tehran and Baku trade barbs over border drills" was one noun phrase, and
    # the two capitals held joint drills
    nlp = pipeline.load(None)
    doc = nlp("Tehran and Baku trade barbs over border drills.")
    trade = doc[3]
    assert (trade.pos_, trade.dep_) == ("VERB", "ROOT")
    assert (doc[0].dep_, doc[4].dep_) == ("nsubj", "dobj")
    # (a noun no verb's object cue names stays a noun phrase: "trade delegations")
    assert nlp("Tehran and Baku trade delegations in Ankara.")[3].pos_ == "NOUN"
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Tehran and Baku trade barbs over border drills.", "2021-10-01")])
    assert [(e["event"], [a["code"] for a in e["source"]]) for e in events] == [("ACCUSE", ["IRNGOV", "AZEGOV"])], events
