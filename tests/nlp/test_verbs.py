"""CAMEO verb patterns (rashomon/nlp/verbs.py) on invented sentences parsed with the real pipeline."""

from __future__ import annotations

import pytest

from rashomon.nlp import pipeline, verbs
from rashomon.nlp.verbs import VerbMatch, parse, word_key

#: A small dictionary of our own, in the tables' format (so that these tests do not hang on the shipped rows).
SYNSETS = "set\tmembers\n&weapon\tgun|rifle|tank|armored car\n"
VERBS = "\n".join(
    [
        "kind\tblock\tverb\tbefore\tafter\tcode\tpaired\tforms",
        "verb\tsend\tsend\t\t\t070\t\tsent|sending",
        "verb\tsend\tdispatch\t\t\t070\t\t",
        "pattern\tsend\t\t\ttroop\t154\t\t",
        "pattern\tsend\t\t\ttroop (to border)\t152\t\t",
        "pattern\tsend\t\t\t&weapon\t194\t\t",
        "pattern\tsend\t\t\t{military aid}\t072\t\t",
        "pattern\tsend\t\t\tmessage\t---\t\t",
        "pattern\tsend\t\tpolice\t\t153\t\t",
        "verb\tvisit\tvisit\t\t\t042\t043\t",
        "verb\tcall\tcall off\t\t\t160\t\tcalled off",
        "pattern\tcall\t\t\ttalk\t164\t\t",
    ]
)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return pipeline.load(None)


@pytest.fixture(scope="module")
def small() -> verbs.VerbDictionary:
    return parse(VERBS, SYNSETS)


def matches(nlp, d: verbs.VerbDictionary, text: str, word: str) -> list[VerbMatch]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return d.match(tok)


def test_the_most_specific_pattern_comes_first(nlp, small):
    found = matches(nlp, small, "Russia sent troops to the border on Monday.", "sent")
    assert [(m.code, m.words) for m in found] == [("152", 3), ("154", 1)]
    assert found[0].pattern == "* troop (to border)"
    doc = nlp("Russia sent troops to the border on Monday.")
    assert [doc[i].text for i in found[0].tokens] == ["troops", "to", "border"]


def test_a_synonym_set_member_matches(nlp, small):
    for text in ("The ministry sent rifles to the rebels.", "They dispatched two armored cars."):
        word = text.split()[2] if "sent" in text else "dispatched"
        found = matches(nlp, small, text, word)
        assert found and found[0].code == "194", text


def test_a_noun_phrase_group_needs_one_phrase(nlp, small):
    assert matches(nlp, small, "Washington sent military aid to Kyiv.", "sent")[0].code == "072"
    found = matches(nlp, small, "Washington sent aid, military officials said.", "sent")
    assert "072" not in [m.code for m in found]


def test_words_before_the_verb(nlp, small):
    found = matches(nlp, small, "The police sent a warning.", "sent")
    assert [m.code for m in found] == ["153"]
    assert [m.code for m in matches(nlp, small, "The mayor sent a warning.", "sent")] == ["070"]


def test_the_bare_code_when_no_pattern_fits_and_the_null_code(nlp, small):
    bare = matches(nlp, small, "The envoy visited Baku.", "visited")
    assert [(m.verb, m.code, m.paired, m.words, m.pattern) for m in bare] == [("visit", "042", "043", 0, "*")]
    null = matches(nlp, small, "She sent a message to the council.", "sent")
    assert null[0].code is None and null[0].words == 1  # "---": the pattern codes no event
    assert matches(nlp, small, "They walked home.", "walked") == []


def test_a_multi_word_verb_needs_its_particle(nlp, small):
    found = matches(nlp, small, "Iran called off the talks.", "called")
    assert [(m.verb, m.code, m.words) for m in found] == [("call off", "164", 2), ("call off", "160", 1)]
    assert matches(nlp, small, "Iran called the talks useful.", "called") == []


def test_a_listed_or_regular_form_stands_for_a_lemma_the_tagger_missed():
    assert word_key("allies") == "ally" and word_key("talks") == "talk" and word_key("witnesses") == "witness"
    assert verbs._base_forms("staged")[:2] == ("stage", "stag")
    assert "plan" in verbs._base_forms("planned")


def test_the_shipped_dictionary_codes_common_constructions(nlp):
    d = verbs.dictionary()
    assert d.verbs and d.patterns and d.synsets
    found = matches(nlp, d, "Protesters staged a demonstration in solidarity with the strikers.", "staged")
    assert found and found[0].words >= 2 and found[0].code is not None and found[0].code.startswith("0")
    found = matches(nlp, d, "The government asked for financial aid.", "asked")
    assert found[0].code is not None and found[0].code.startswith("02") and found[0].words >= 2
    for m in (m for ms in d.patterns.values() for m in ms):
        assert m.code in ("", verbs.NO_CODE) or m.code in verbs.cameo_table()


@pytest.mark.parametrize(
    ("verbs_text", "synsets_text", "where"),
    [
        (VERBS + "\npattern\tsend\t\t\t(to border\t154\t\t", SYNSETS, "cameo_verbs.tsv:13"),
        (VERBS + "\npattern\tsend\t\t\t&nosuchset\t154\t\t", SYNSETS, "cameo_verbs.tsv:13"),
        (VERBS + "\npattern\tsend\t\t\ttroop\t999\t\t", SYNSETS, "cameo_verbs.tsv:13"),
        (VERBS + "\nverb\tsend\tsend", SYNSETS, "cameo_verbs.tsv:13"),
        (VERBS + "\nrule\tsend\t\t\ttroop\t154\t\t", SYNSETS, "cameo_verbs.tsv:13"),
        (VERBS + "\npattern\tnoblock\t\t\ttroop\t154\t\t", SYNSETS, "cameo_verbs.tsv:13"),
        (VERBS, SYNSETS + "&empty\t\n", "cameo_synsets.tsv:3"),
        (VERBS, SYNSETS + "weapon\tgun\n", "cameo_synsets.tsv:3"),
    ],
)
def test_a_malformed_row_names_its_file_and_line(verbs_text, synsets_text, where):
    with pytest.raises(ValueError, match=where):
        parse(verbs_text, synsets_text)


def test_the_shipped_dictionary_is_cached_as_parsed_and_a_broken_cache_is_parsed_again(tmp_path, monkeypatch) -> None:
    from importlib import resources

    monkeypatch.setenv("RASHOMON_CACHE_DIR", str(tmp_path))
    data = resources.files("rashomon.data")
    fresh = parse(data.joinpath(verbs.VERBS_FILE).read_text(encoding="utf-8"),
                  data.joinpath(verbs.SYNSETS_FILE).read_text(encoding="utf-8"))  # fmt: skip
    verbs.dictionary.cache_clear()
    try:
        built = verbs.dictionary()
        (path,) = tmp_path.glob("verbs-*.pickle")
        verbs.dictionary.cache_clear()
        read = verbs.dictionary()
        assert read is not built and read == built == fresh
        path.write_bytes(b"not a pickle")
        verbs.dictionary.cache_clear()
        assert verbs.dictionary() == fresh
        assert path.read_bytes() != b"not a pickle", "a broken cache is replaced"
    finally:
        verbs.dictionary.cache_clear()
