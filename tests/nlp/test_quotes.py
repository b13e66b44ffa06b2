"""Attribution relations (rashomon.nlp.quotes) on hand-written sentences and on the caucasus corpus."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rashomon.nlp.pipeline import load
from rashomon.nlp.quotes import (
    Attribution,
    attributions,
    model,
    outermost,
    parse_cues,
    parse_model,
    quotations,
    speaker_for,
)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load(None)


def relations(nlp, text: str) -> list[tuple[str | None, str, str]]:  # type: ignore[no-untyped-def]
    """(source, cue, content) texts of the text's outermost relations."""
    found = outermost(attributions(nlp(text)), text)
    return [(text[a.source[0] : a.source[1]] if a.source else None, text[a.cue[0] : a.cue[1]],
             text[a.content[0] : a.content[1]]) for a in found]  # fmt: skip


def only(nlp, text: str) -> tuple[str | None, str, str]:  # type: ignore[no-untyped-def]
    found = relations(nlp, text)
    assert len(found) == 1, found
    return found[0]


def test_reporting_verb_with_that_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    source, cue, content = only(
        nlp, "The defence ministry in Baku said on Monday that Armenian units had shelled the village."
    )
    assert source == "The defence ministry in Baku"
    assert cue == "said"
    assert content.endswith("Armenian units had shelled the village")


def test_an_as_clause_with_its_own_object_reports_no_main_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    # "as X said, ..." sets the main clause beside the report; "as X declared independence, ..." does not
    text = ("As the republics of Armenia and Azerbaijan declared independence, the dispute over the region "
            "led to a full-scale war between the two countries.")  # fmt: skip
    assert all("war" not in content for _, _, content in relations(nlp, text))
    assert only(nlp, "As the minister said, the border is closed.")[2] == "the border is closed."


def test_quote_before_an_inverted_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    source, cue, content = only(nlp, "“We will not accept any change of borders by force,” said Stoltenberg.")
    assert (source, cue) == ("Stoltenberg", "said")
    assert "We will not accept any change of borders by force" in content


def test_quotation_across_sentences_is_one_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The talks have failed. Nobody from the other side came to the table,” the envoy said."
    source, cue, content = only(nlp, text)
    assert (source, cue) == ("the envoy", "said")
    assert content.startswith("“The talks have failed.") and "came to the table" in content


def test_according_to(nlp) -> None:  # type: ignore[no-untyped-def]
    source, cue, content = only(
        nlp, "The ceasefire was broken twice overnight, according to the Armenian defence ministry."
    )
    assert cue == "according to"
    assert source == "the Armenian defence ministry"
    assert content == "The ceasefire was broken twice overnight"


def test_told_leaves_the_addressee_out_of_the_content(nlp) -> None:  # type: ignore[no-untyped-def]
    source, cue, content = only(nlp, "Aliyev told reporters in Shusha that the border was calm.")
    assert (source, cue) == ("Aliyev", "told")
    assert "reporters" not in content and content.endswith("the border was calm")


def test_accused_of(nlp) -> None:  # type: ignore[no-untyped-def]
    source, cue, content = only(nlp, "Yerevan accused Baku of shelling the town of Jermuk.")
    assert (source, cue) == ("Yerevan", "accused")
    assert "shelling the town of Jermuk" in content


def test_tweeted_denied_and_belief(nlp) -> None:  # type: ignore[no-untyped-def]
    assert only(nlp, "The foreign minister tweeted that the talks would resume in Geneva.")[:2] == (
        "The foreign minister", "tweeted")  # fmt: skip
    assert only(nlp, "The ministry denied the report.") == ("The ministry", "denied", "the report")
    source, _, content = only(nlp, "Pashinyan believes the peace deal will hold until spring.")
    assert source == "Pashinyan" and content == "the peace deal will hold until spring"
    source, _, content = only(nlp, "Residents of the village fear that a new offensive will begin soon.")
    assert source == "Residents of the village" and content.endswith("a new offensive will begin soon")


def test_no_source_for_an_expletive_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    source, cue, content = only(nlp, "It is widely believed that the convoy was hit by a drone.")
    assert source is None
    assert "believed" in cue and content.endswith("the convoy was hit by a drone")


def test_a_report_inside_a_report_is_dropped_by_outermost(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The spokesman said that the general believes the front is stable."
    everything = attributions(nlp(text))
    assert len(everything) == 2  # both relations are found ...
    assert [r[1] for r in relations(nlp, text)] == ["said"]  # ... and only the outer one is kept


def test_plain_narration_has_no_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    assert relations(nlp, "Two tanks crossed the bridge at dawn and the village was shelled.") == []


def test_quotations() -> None:
    text = 'He said "first one" and then “second one”.\n“An open quote runs to the end'
    spans = [text[s:e] for s, e in quotations(text)]
    assert spans == ['"first one"', "“second one”", "“An open quote runs to the end"]


def test_bad_cue_lexicon_line_is_named() -> None:
    with pytest.raises(ValueError, match=r"attribution_cues\.txt:2"):
        parse_cues("speech: say\nspeach: tell\n")
    with pytest.raises(ValueError, match="verb/preposition"):
        parse_cues("about: talk-about\n")


def test_relations_on_a_real_article(nlp, corpus_dir: Path) -> None:  # type: ignore[no-untyped-def]
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt"))]
    assert texts, f"no .txt articles in {corpus_dir}"
    docs = list(nlp.pipe(texts))
    start = time.perf_counter()
    found = [attributions(d) for d in docs]
    elapsed = time.perf_counter() - start
    words = sum(len(d) for d in docs)
    assert sum(map(len, found)) >= 5, "news articles quote people; expected several attribution relations"
    for text, rels in zip(texts, found, strict=True):
        for a in rels:
            assert isinstance(a, Attribution)
            assert 0 <= a.cue[0] < a.cue[1] <= len(text) and 0 <= a.content[0] < a.content[1] <= len(text)
            assert a.source is None or 0 <= a.source[0] < a.source[1] <= len(text)
            assert text[a.content[0]].strip() and text[a.content[1] - 1].strip()  # trimmed
    assert elapsed < words / 20_000 + 0.5, f"attributions took {elapsed:.2f}s for {words} tokens"


def test_stance_adjective_with_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    found = relations(
        nlp, "The Azerbaijani foreign minister is confident that the talks in Geneva will succeed."
    )
    assert (
        "The Azerbaijani foreign minister",
        "is confident",
        "that the talks in Geneva will succeed",
    ) in found


def test_stance_adjective_with_its_preposition(nlp) -> None:  # type: ignore[no-untyped-def]
    source, cue, content = only(nlp, "Pashinyan was critical of the new border deal.")
    assert (source, cue) == ("Pashinyan", "was critical of")
    assert content == "the new border deal"


def test_line_opening_speaker_and_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Talks stall again.\nPoll: Most Armenians oppose the new border deal.\nMore follows."
    found = relations(nlp, text)
    assert ("Poll", ":", "Most Armenians oppose the new border deal.") in found


def test_an_account_given_before_a_colon_and_its_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'The old mayor gave his version of the siege: "We held the bridge for a week."'
    assert ("The old mayor", "version", '"We held the bridge for a week."') in relations(nlp, text)
    # an account with no quotation after it reports nothing
    assert relations(nlp, "The old mayor gave his version of the siege at the library.") == []


def test_a_label_before_a_colon_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Talks stall again.\nNote: Most figures in this story come from the ministry.\nMore follows."
    assert not [r for r in relations(nlp, text) if r[1] == ":"]


def test_findings_in_a_poll(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In a survey released on Monday by the Caucasus Research Resource Centers, most voters backed peace."
    )
    found = relations(nlp, text)
    assert any(
        cue == "In"
        and source
        and source.startswith("a survey")
        and content.rstrip(".") == "most voters backed peace"
        for source, cue, content in found
    ), found


def test_content_stops_at_the_paragraph_end(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said the shelling stopped\n\nThe talks resumed on Tuesday in Moscow."
    for _, cue, content in relations(nlp, text):
        if cue == "said":
            assert "\n" not in content and "talks resumed" not in content


def test_a_learned_candidate_adds_a_verb_no_rule_names(nlp) -> None:  # type: ignore[no-untyped-def]
    # "decry" and "vote for" are in no cue list: the model fitted on PolNeAR train keeps them
    text = "Clinton decried the decision. Most delegates voted for the amendment."
    rules = attributions(nlp(text), learned=False)
    both = attributions(nlp(text))
    assert rules == []
    found = [(text[a.source[0] : a.source[1]], text[a.cue[0] : a.cue[1]]) for a in both if a.source]
    assert ("Clinton", "decried") in found
    assert ("Most delegates", "voted for") in found


def test_narration_gets_no_learned_candidate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The convoy crossed the bridge at dawn and reached the town by noon."
    assert attributions(nlp(text)) == []


def test_model_file_reads_and_bad_lines_are_named() -> None:
    fitted = model()
    assert fitted is not None and 0.0 < fitted.threshold < 1.0 and len(fitted.weights) > 1000
    assert "PolNeAR train" in fitted.trained_on
    small = parse_model("# c\nmeta\tbias\t-1.0\nmeta\tthreshold\t0.5\nw\tlem=say\t3.0\n")
    assert small.probability(["lem=say"]) > 0.85 and small.probability(["lem=eat"]) < 0.3
    with pytest.raises(ValueError, match=r"quotes_model\.tsv:2"):
        parse_model("meta\tbias\t0\nw\tlem=say\n")
    with pytest.raises(ValueError, match="not a number"):
        parse_model("meta\tbias\t0\nmeta\tthreshold\t0.5\nw\tlem=say\tlots\n")
    with pytest.raises(ValueError, match="threshold"):
        parse_model("meta\tbias\t0\n")


def said_by(found: list[Attribution], text: str, word: str) -> str | None:
    """The source text of the relation that reports ``word`` of ``text``, None where none does."""
    at = text.index(word)
    rel = speaker_for(found, at, at + len(word))
    assert rel is None or rel.source is not None, "speaker_for gives only relations with a source"
    return text[rel.source[0] : rel.source[1]] if rel is not None and rel.source is not None else None


def test_speaker_for_takes_the_innermost_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry said that Armenian officials claimed Azerbaijani troops shelled the village."
    found = attributions(nlp(text))
    assert said_by(found, text, "shelled") == "Armenian officials"
    assert said_by(found, text, "claimed") == "The ministry"  # the claim itself is the ministry's report
    assert said_by(found, text, "said") is None  # the cue of the outer report: no one reports it
    with pytest.raises(ValueError, match="ends before"):
        speaker_for(found, 10, 5)


def test_speaker_for_a_quotation_across_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“Our troops repelled the attack. They destroyed two tanks,” the spokesman said."
    found = attributions(nlp(text))
    assert said_by(found, text, "destroyed") == "the spokesman"
    assert speaker_for([Attribution(None, (0, 3), (0, 50))], 5, 9) is None  # no source, no speaker


def test_cue_words_are_found_as_isin_finds_them() -> None:
    import numpy as np

    from rashomon.nlp.quotes import _among

    rng = np.random.default_rng(7)
    ids = np.unique(rng.integers(0, 2**63, 50, dtype=np.uint64))
    values = np.concatenate([ids[::3], rng.integers(0, 2**63, 40, dtype=np.uint64), [np.uint64(2**64 - 1), np.uint64(0)]])
    assert _among(values, ids).tolist() == np.isin(values, ids).tolist()
    assert _among(values, ids[:0]).tolist() == [False] * len(values)
    assert _among(values[:0], ids).tolist() == []
