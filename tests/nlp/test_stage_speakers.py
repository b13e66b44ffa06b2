"""Who holds an event or a tone: the parse's attribution first, then the segment's reported-speech
relations (nlp.quotes), which also reach the later sentences of a quotation opened after a colon."""

from __future__ import annotations

import pytest

from rashomon.engine import analyze
from rashomon.store import Store


@pytest.fixture
def store_of(tmp_path):
    def run(body: str) -> Store:
        (tmp_path / "a.txt").write_text(f"Tehran and Baku\n\nBy Sam Writer\n\n{body}\n", encoding="utf-8")
        store = Store(tmp_path / "a.db")
        analyze(store, [tmp_path / "a.txt"])
        return store

    return run


def events(store: Store) -> list[dict]:
    return [dict(r) for r in store.conn.execute(
        "SELECT e.event, e.holder, e.speaker_text, e.speaker_code, substr(d.text, e.trigger_start + 1, "
        "e.trigger_end - e.trigger_start) AS trigger FROM events e JOIN documents d ON d.id = e.document_id"
    )]  # fmt: skip


def first_by_trigger(store: Store, trigger: str) -> dict:
    """The first event of the store whose trigger is ``trigger`` (there must be one)."""
    found = [e for e in events(store) if e["trigger"] == trigger]
    assert found, events(store)
    return found[0]


def test_a_later_sentence_of_a_quotation_after_a_colon_is_the_speakers(store_of):
    store = store_of(
        'Former MP Ali Motahari said on Sunday: "I am critical of the government on this. '
        'Iran helped Azerbaijan in the war, yet it also supported Armenia."'
    )
    supported = first_by_trigger(store, "supported")
    assert supported["holder"] == "speaker" and supported["speaker_code"] == "IRNELI"


def test_the_writer_and_unnamed_reports_are_not_speakers(store_of):
    store = store_of(
        "According to media reports, Iran launched large drills along the border with Azerbaijan. "
        "It is better, I would argue, that Washington supports Azerbaijan against Tehran."
    )
    found = events(store)
    assert found
    drills = [e for e in found if e["event"] == "MOBILIZE"]
    assert drills and drills[0]["holder"] == "author"
    assert all(e["speaker_text"] not in ("I", "media reports") for e in found), found


def test_anyone_thinking_inside_a_quotation_is_not_its_speaker(store_of):
    store = store_of(
        "Iran's Supreme Leader Ayatollah Ali Khamenei bluntly tweeted that “those who think that they could "
        "provide their own defence by relying on others must know that they will soon get a slap.”"
    )
    provide = first_by_trigger(store, "provide")
    assert provide["speaker_text"] != "those"
    assert provide["speaker_code"] == "IRNGOV"


def test_a_time_set_off_by_dashes_is_not_the_speaker():
    from rashomon.nlp.attribution import attribute
    from rashomon.nlp.pipeline import load

    # the parse makes "years" a second subject of "said"
    doc = load(None)(
        "In 1992 — first years of his rule and early years of the Karabakh war \xa0 — Khamenei had said, "
        '"This Armenian government and the Armenians in Karabakh are oppressing the Muslims there."'
    )
    government = next(t for t in doc if t.text == "government")
    assert [t.text for t in doc if t.dep_ == "nsubj" and t.head.text == "said"] == ["years", "Khamenei"]
    found = attribute(government, government.sent)
    assert found is not None and doc[found.start : found.end].text == "Khamenei"



def test_a_quotation_opened_in_an_earlier_sentence_keeps_its_speaker(store_of):
    store = store_of(
        "“We have nothing to hide,” Armenia's defence ministry said on Monday. “The enemy opened fire first. "
        "Azerbaijani troops then attacked a village near Kapan.”"
    )
    # the speaker of a sentence with no event goes on into the quotation opened next, and into its later
    # sentences that open with no quotation mark of their own
    attacks = [e for e in events(store) if e["event"] == "ASSAULT"]
    assert len(attacks) == 2 and {e["trigger"] for e in attacks} >= {"attacked"}
    assert all(e["holder"] == "speaker" and e["speaker_code"] == "ARMGOV" for e in attacks), attacks


def test_he_whose_sentence_names_no_subject_before_it_is_the_person_acted_on(store_of):
    # from a probe of reader comments of our own: the speaker of "Nobody believes Aliyev when he says ..." was an
    # unresolved "he"; a subject before it still comes first ("Putin called Erdogan ... he said": Putin)
    armed = first_by_trigger(store_of("Nobody believes Aliyev when he says Iran armed the Armenians."), "armed")
    assert armed["speaker_code"] == "AZEGOV", armed
    send = first_by_trigger(store_of("Putin called Erdogan before he left, and he said Russia would send troops."), "send")
    assert send["speaker_code"] == "RUSGOV", send


def test_a_spokesman_for_a_group_speaks_for_it_not_for_the_place_after_it():
    # from a probe of our own in the style of PLOVER's wire records: "A spokesman for the rebels in eastern Congo
    # denied ..." had Congo as its speaker
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "A spokesman for the rebels in eastern Congo denied that they had attacked civilians.",
                             "2000-01-01")])  # fmt: skip
    assert [(e["provenance"]["modality"], e["provenance"]["speaker"]) for e in events] == [
        ("denied", {"text": "the rebels", "code": "CODREB"})], events


def test_who_says_in_a_relative_clause_is_the_noun_it_describes(store_of):
    store = store_of(
        "Villagers who said Armenian troops had shelled their homes gathered in Tartar on Monday. "
        "The Iranian envoy, who said Israeli drones had struck a convoy, left Baku."
    )
    shelled = first_by_trigger(store, "shelled")
    assert shelled["holder"] == "speaker" and shelled["speaker_text"] == "Villagers", shelled
    struck = first_by_trigger(store, "struck")
    assert struck["speaker_text"] == "The Iranian envoy" and struck["speaker_code"] == "IRNGOV", struck
