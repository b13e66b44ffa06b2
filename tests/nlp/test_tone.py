"""Tone toward each actor mention: the lexicon rules (opposite tones in one sentence, negation, loaded labels,
offsets), and the shipped score model over their features (still target-dependent, every mention scored)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.records import ActorMention, SegmentKind, ToneMention

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from rashomon.nlp.pipeline import load

    return load(None)


@pytest.fixture(scope="module")
def table():  # type: ignore[no-untyped-def]
    from rashomon.nlp.actors import ActorTable

    return ActorTable.load()


def tones(nlp, table, text: str, offset: int = 0) -> dict[str, ToneMention]:  # type: ignore[no-untyped-def]
    """The rules alone (ToneModel.rule_model), with the mentions no cue bears on left out."""
    from rashomon.nlp.tone import ToneLexicon, ToneModel, score_mentions

    found = score_mentions(nlp(text), table.scan(text), 3, SegmentKind.BODY, offset, ToneLexicon.load(),
                           model=ToneModel.rule_model())  # fmt: skip
    return {t.actor.text: t for t in found if t.cues}


def model_tones(nlp, table, text: str) -> dict[str, ToneMention]:  # type: ignore[no-untyped-def]
    """The shipped path (tone_mentions: the default model over the features), the mentions cues bear on."""
    from rashomon.nlp.tone import tone_mentions

    return {t.actor.text: t for t in tone_mentions(nlp(text), table.scan(text), 3, SegmentKind.BODY, 0)}


def test_two_actors_one_sentence_opposite_tones(nlp, table) -> None:  # type: ignore[no-untyped-def]
    got = tones(nlp, table, "Azerbaijan liberated its lands from the Armenian occupiers.")
    assert got["Azerbaijan"].score > 0
    assert got["the Armenian occupiers"].score < 0


def test_accuser_is_not_blamed_the_accused_is(nlp, table) -> None:  # type: ignore[no-untyped-def]
    got = tones(nlp, table, "Baku accuses Tehran of supporting the separatists.")
    assert got["Tehran"].score < 0
    assert "Baku" not in got  # no cue bears on the accuser: no record


def test_negation_flips(nlp, table) -> None:  # type: ignore[no-untyped-def]
    helped = tones(nlp, table, "Russia helped Armenia during the war.")
    not_helped = tones(nlp, table, "Russia did not help Armenia during the war.")
    assert helped["Russia"].score > 0
    assert not_helped["Russia"].score < 0
    assert "not help" in not_helped["Russia"].cues


def test_loaded_label_is_negative(nlp, table) -> None:  # type: ignore[no-untyped-def]
    got = tones(nlp, table, "The Zionist regime held talks with Egypt.")
    assert got["The Zionist regime"].score < 0
    assert "The Zionist regime" in got["The Zionist regime"].cues
    assert "Egypt" not in got


def test_copula_and_backing(nlp, table) -> None:  # type: ignore[no-untyped-def]
    assert tones(nlp, table, "Israel is a terrorist state.")["Israel"].score < 0
    assert tones(nlp, table, "Iran aided the occupiers.")["Iran"].score < 0  # backing the blamed is blamed


def test_what_an_actor_holds_and_undergoes(nlp, table) -> None:  # type: ignore[no-untyped-def]
    from rashomon.nlp.tone import ToneModel, mention_tones

    text = "Obama's controversial remarks drew a sharp backlash, but Merkel praised Obama."
    doc = nlp(text)
    first = ActorMention("Obama", 0, 5, None, via="unresolved", score=0.0)
    second = ActorMention("Obama", text.rindex("Obama"), len(text) - 1, None, via="unresolved", score=0.0)
    got = {t.mention.start: t for t in mention_tones(doc, [first, second], model=ToneModel.rule_model())}
    assert got[0].score < 0
    assert {c.label for c in got[0].cues} >= {"controversial", "backlash"}
    assert got[second.start].score > 0
    for cue in got[0].cues:  # cue offsets point at the words
        assert text[cue.start : cue.end] in cue.label


def test_offsets_are_shifted_into_the_document(nlp, table) -> None:  # type: ignore[no-untyped-def]
    text = "Talks went on. Armenia violated the ceasefire again."
    got = tones(nlp, table, text, offset=1000)["Armenia"]
    start = text.index("Armenia")
    assert (got.actor.start, got.actor.end) == (1000 + start, 1000 + start + len("Armenia"))
    assert (got.sentence_start, got.sentence_end) == (1000 + text.index("Armenia"), 1000 + len(text))
    assert got.segment == 3 and got.segment_kind is SegmentKind.BODY
    assert -1.0 <= got.score < 0


def _corpus_line(corpus_dir: Path, words: str) -> str:
    for path in sorted(corpus_dir.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if words in line:
                return line
    raise AssertionError(f"no corpus line holds {words!r}")


def test_caucasus_accusations_run_both_ways(nlp, table, corpus_dir: Path) -> None:  # type: ignore[no-untyped-def]
    line = _corpus_line(corpus_dir, "Baku accuses Tehran")
    sentence = next(s.text for s in nlp(line).sents if "Baku accuses Tehran" in s.text)
    got = tones(nlp, table, sentence)
    assert got["Tehran"].score < 0  # accused by Baku
    assert "Baku" not in got or got["Baku"].score >= 0


def test_caucasus_liberation(nlp, table, corpus_dir: Path) -> None:  # type: ignore[no-untyped-def]
    line = _corpus_line(corpus_dir, "Azerbaijan liberated")
    sentence = next(s.text for s in nlp(line).sents if "Azerbaijan liberated" in s.text)
    assert tones(nlp, table, sentence)["Azerbaijan"].score > 0


def test_no_mentions_no_tone(nlp) -> None:  # type: ignore[no-untyped-def]
    from rashomon.nlp.tone import tone_mentions

    assert tone_mentions(nlp("A brutal, corrupt and disgraceful affair."), [], 0, SegmentKind.BODY, 0) == []


def test_bad_lexicon_line_is_named(tmp_path: Path) -> None:
    from rashomon.nlp.tone import ToneLexicon, ToneLexiconError

    bad = tmp_path / "tone.tsv"
    bad.write_text("brutal\tadj\tvery\t0\n", encoding="utf-8")
    with pytest.raises(ToneLexiconError, match=r"tone.tsv.*line 1.*not a number"):
        ToneLexicon.load(lexicon=bad)
    bad.write_text("brutal\tadjective\t-0.8\t0\n", encoding="utf-8")
    with pytest.raises(ToneLexiconError, match="pos 'adjective'"):
        ToneLexicon.load(lexicon=bad)


def test_builtin_lexicon_loads() -> None:
    from rashomon.nlp.tone import ToneLexicon

    lex = ToneLexicon.load()
    assert lex.words[("brutal", "adj")].agent < 0
    assert lex.words[("praise", "verb")].patient > 0
    assert lex.modifiers["not"][0] == "negate"


# ------------------------------------------------------------------------------ the shipped score model


def test_model_keeps_tone_target_dependent(nlp, table) -> None:  # type: ignore[no-untyped-def]
    from rashomon.nlp.tone import mention_tones

    def model_tones(nlp, table, text):  # type: ignore[no-untyped-def]  # every mention's score, cued or not
        return {t.mention.text: t for t in mention_tones(nlp(text), table.scan(text))}

    got = model_tones(nlp, table, "Baku accuses Tehran of supporting the separatists.")
    assert got["Tehran"].score < got["Baku"].score  # the accused fares worse than the accuser
    got = model_tones(nlp, table, "Azerbaijan liberated its lands from the Armenian occupiers.")
    assert got["the Armenian occupiers"].score < got["Azerbaijan"].score
    got = model_tones(nlp, table, "The Zionist regime held talks with Egypt.")
    assert got["The Zionist regime"].score < got["Egypt"].score


def test_model_scores_every_mention_in_range_and_keeps_those_cues_bear_on(nlp, table) -> None:  # type: ignore[no-untyped-def]
    from rashomon.nlp.tone import mention_tones

    text = "Talks went on in Vienna. Iran and Russia met in Moscow. Armenia was condemned for its brutal attacks."
    scored = mention_tones(nlp(text), table.scan(text))
    assert {t.mention.text for t in scored} == {m.text for m in table.scan(text)}
    assert all(-1.0 <= t.score <= 1.0 for t in scored)
    got = model_tones(nlp, table, text)
    assert set(got) == {t.mention.text for t in scored if t.cues}
    assert "Armenia" in got and "Russia" not in got, "nothing is said of Russia: no ToneMention"
    plain = next(t.score for t in mention_tones(nlp("Armenia held talks with Egypt."), table.scan("Armenia held talks with Egypt."))
                 if t.mention.text == "Armenia")  # fmt: skip
    blamed = model_tones(nlp, table, "Armenia was condemned for its brutal attacks.")["Armenia"].score
    assert blamed < plain


def test_encoder_model_takes_vectors_and_checks_them(nlp, table) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from rashomon.nlp.tone import encoder_model, mention_tones

    text = "Armenia was condemned for its brutal attacks."
    doc = nlp(text)
    dim = encoder_model().dim
    assert dim == 384
    got = mention_tones(doc, table.scan(text), vectors=np.zeros((len(doc), dim), dtype=np.float32))
    assert len(got) == 1 and -1.0 <= got[0].score <= 1.0
    with pytest.raises(ValueError, match="token vectors"):
        mention_tones(doc, table.scan(text), vectors=np.zeros((len(doc) + 1, dim)))


def test_model_file_round_trips_and_bad_file_is_named() -> None:
    import numpy as np

    from rashomon.nlp.tone import FEATURES, ToneModel, ToneModelError, default_model

    shipped = default_model()
    again = ToneModel.from_tsv(shipped.to_tsv("test"), "again.tsv")
    x = np.linspace(-1, 1, 3 * len(FEATURES)).reshape(3, len(FEATURES))
    assert np.allclose(shipped.scores(x), again.scores(x), atol=1e-4)
    with pytest.raises(ToneModelError, match=r"bad.tsv.*no weights for"):
        ToneModel.from_tsv("lexicon\t0\t1\t0\t0\t0\n", "bad.tsv")
    with pytest.raises(ToneModelError, match=r"bad.tsv.*line 1.*not a number"):
        ToneModel.from_tsv("lexicon\t0\tone\t0\t0\t0\n", "bad.tsv")
