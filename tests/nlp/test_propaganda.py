"""Propaganda spans and their targets: own sentences, and the loaded labels of the caucasus corpus."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from rashomon.nlp import pipeline
from rashomon.nlp import propaganda as pr
from rashomon.nlp.actors import ActorTable
from rashomon.records import TECHNIQUES, SegmentKind, TechniqueSpan
from rashomon.store import Store


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return pipeline.load(None)


def spans_of(nlp, text: str, offset: int = 0) -> list[TechniqueSpan]:  # type: ignore[no-untyped-def]
    parsed = nlp(text)
    mentions = ActorTable.load().scan(text)
    return pr.technique_spans(parsed, mentions, 3, SegmentKind.BODY, offset)


def test_lexicon_labels_are_the_ptc_techniques() -> None:
    lex = pr.lexicon()
    entries = list(lex.single.values()) + [e for rows in lex.multi.values() for _, e in rows]
    assert lex.size > 500
    assert {e.technique for e in entries} == set(TECHNIQUES) - {"Repetition"}


def test_bad_lexicon_line_names_the_line() -> None:
    with pytest.raises(pr.PropagandaDataError, match=r"x\.tsv:2: unknown technique 'Loaded'"):
        pr.parse_lexicon("# header\nLoaded\tbrutal\n", "x.tsv")


def test_cues_of_several_techniques(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The so-called elections were a farce. What about the crimes of the West? Either we fight or we perish."
    doc = nlp(text)
    found = {(doc[f.start : f.end].text.lower(), f.technique) for f in pr.find_spans(doc, use_model=False)}
    assert ("so-called", "Doubt") in found
    assert ("what about", "Whataboutism,Straw_Men,Red_Herring") in found
    assert ("farce", "Loaded_Language") in found
    # with the model, every lexicon cue still lies inside some span
    spans = spans_of(nlp, text)
    for cue in ("so-called", "What about", "farce"):
        at = text.index(cue)
        assert any(s.start <= at < s.end for s in spans), cue


def test_loaded_actor_label_is_name_calling_aimed_at_its_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tehran said the Zionist regime was behind the attack."
    spans = [s for s in spans_of(nlp, text, offset=100) if s.technique == "Name_Calling,Labeling"]
    label = next(s for s in spans if "Zionist" in s.text)
    assert label.target is not None and label.target.actor is not None
    assert label.target.actor.code == "ISRGOV"
    # offsets are shifted into document coordinates, the target's too
    assert label.start >= 100 and text[label.start - 100 : label.end - 100] == label.text
    assert text[label.target.start - 100 : label.target.end - 100] == label.target.text


def test_predicate_label_targets_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    spans = spans_of(nlp, "Erdogan is a brutal dictator who jails journalists.")
    dictator = next(s for s in spans if "dictator" in s.text)
    assert dictator.target is not None and dictator.target.actor is not None
    assert dictator.target.actor.code == "TURGOV"


def test_a_demonym_on_the_spans_head_noun_is_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    from rashomon.nlp.actors import ActorTable

    text = "Tehran backs the continuing Armenian occupation of lands belonging to mostly Shiite Azerbaijan."
    parsed = nlp(text)
    start = next(t.i for t in parsed if t.text == "continuing")
    found = pr.Found(start, len(parsed) - 1, "Name_Calling,Labeling", "model", 0.5)
    targets = pr._Targets(parsed, ActorTable.load().scan(text, None))
    target = pr._target(parsed, found, targets)
    assert target is not None and target.actor is not None and target.actor.code == "ARM"
    assert text[target.start : target.end] == "Armenian"


def test_plain_report_has_no_name_calling(nlp) -> None:  # type: ignore[no-untyped-def]
    spans = spans_of(nlp, "The ministers met in Geneva on Tuesday and agreed to meet again next month.")
    assert not [s for s in spans if s.technique == "Name_Calling,Labeling"]


def test_repetition_across_a_document() -> None:
    a = TechniqueSpan(0, SegmentKind.BODY, 0, 6, "brutal", "Loaded_Language")
    b = TechniqueSpan(1, SegmentKind.BODY, 50, 56, "Brutal", "Loaded_Language")
    reps = pr.document_repetitions([a, b])
    assert [(r.start, r.technique) for r in reps] == [(50, "Repetition")]


def test_model_file_round_trips_feature_names(nlp) -> None:  # type: ignore[no-untyped-def]
    m = pr.model()
    assert m is not None and "PTC training part" in m.trained_on
    doc = nlp("The brutal regime crushed the protest.")
    t = pr.tokens_of(doc)
    keys = pr.token_keys(t)
    assert pr.feature_key("w=brutal") == int(keys[0][1])
    assert pr.feature_key("p=ADJ") == int(keys[2][1])


# ---------------------------------------------------------------------------------------------- caucasus


@pytest.fixture(scope="module")
def caucasus_spans(tmp_path_factory) -> Iterator[list[TechniqueSpan]]:  # type: ignore[no-untyped-def]
    """Every technique span of the caucasus corpus, segment by segment as the NLP stage reads them."""
    from tests.conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.skip(f"the caucasus corpus is not at {CORPUS} (../shared is absent on this machine)")
    from rashomon.engine import analyze
    from rashomon.nlp.stage import analysed_segments, publication_day

    store = Store(tmp_path_factory.mktemp("propaganda") / "news.db")
    analyze(store, [CORPUS])
    nlp, table = pipeline.load(None), ActorTable.load()
    out: list[TechniqueSpan] = []
    for _, doc in store.documents():
        for i, seg in analysed_segments(doc):
            text = doc.text[seg.start : seg.end]
            spans = pr.technique_spans(nlp(text), table.scan(text, publication_day(doc)), i, seg.kind, seg.start)
            for s in spans:
                assert doc.text[s.start : s.end] == s.text
            out.extend(spans)
    store.close()
    yield out


def _target_codes(spans: list[TechniqueSpan], text: str) -> set[str | None]:
    return {s.target.actor.code if s.target and s.target.actor else None for s in spans if s.text.lower() == text}


def test_caucasus_armenian_occupiers(caucasus_spans) -> None:  # type: ignore[no-untyped-def]
    assert "ARMMIL" in _target_codes(caucasus_spans, "occupiers")


def test_caucasus_zionist_mass_murderers(caucasus_spans) -> None:  # type: ignore[no-untyped-def]
    spans = [s for s in caucasus_spans if "zionist mass" in s.text.lower()]
    codes = {s.target.actor.code for s in spans if s.target and s.target.actor}
    assert "ISR" in codes  # the commenter's "zionist mass murderers" label is aimed at Israel
    assert all(s.technique == "Name_Calling,Labeling" for s in spans)


def test_caucasus_butcher_of_teheran(caucasus_spans) -> None:  # type: ignore[no-untyped-def]
    assert _target_codes(caucasus_spans, "butcher of teheran") == {"IRNGOV"}


def test_caucasus_hasbara(caucasus_spans) -> None:  # type: ignore[no-untyped-def]
    assert _target_codes(caucasus_spans, "hasbara") == {"ISR"}


def test_caucasus_ayatollahs_regime(caucasus_spans) -> None:  # type: ignore[no-untyped-def]
    aimed = [s for s in caucasus_spans if s.target and "Ayatollah’s regime" in s.target.text]
    labels = [s for s in aimed if s.technique == "Name_Calling,Labeling" and s.text == "regime"]
    assert len(labels) == 2  # both times the corpus says "the Ayatollah’s regime"
    assert all(s.target and s.target.actor and s.target.actor.code == "IRNGOV" for s in aimed)
    # a commenter asking where the Ayatollah's regime had been meanwhile: whataboutism aimed at the same regime
    assert any(s.technique == "Whataboutism,Straw_Men,Red_Herring" for s in aimed)


# ---------------------------------------------------------------------------------------------- encoder path


def _needs_encoder_path() -> None:
    from rashomon.nlp import encoder

    if not encoder.installed():
        pytest.skip("the encoder extra is not installed (pip install 'rashomon[encoder]')")
    if pr.tagger() is None:
        pytest.skip(f"{pr.ENCODER_FILE} is not in rashomon/data (run eval/train_ptc_encoder.py)")


def test_encoder_path_finds_loaded_language(nlp) -> None:  # type: ignore[no-untyped-def]
    _needs_encoder_path()
    text = ("The corrupt and cowardly politicians in Washington betrayed the nation once again, "
            "selling out hard-working families to their globalist masters.")  # fmt: skip
    doc = nlp(text)
    found = pr.find_spans(doc, encoder=True)
    assert found and all(f.cue == "encoder" or f.score == 1.0 for f in found)
    words = " ".join(doc[f.start : f.end].text.lower() for f in found if f.cue == "encoder")
    assert "cowardly" in words or "betrayed" in words, words
    # a dry report gives the encoder nothing to mark
    plain = nlp("The ministers met in Geneva on Tuesday and agreed to meet again next month.")
    assert not [f for f in pr.find_spans(plain, encoder=True) if f.cue == "encoder"]


def test_encoder_scores_are_batched_like_single_runs(nlp) -> None:  # type: ignore[no-untyped-def]
    _needs_encoder_path()
    docs = [nlp("They are nothing but bloodthirsty thugs."), nlp("Talks resumed on Monday in Vienna.")]
    together = pr.encoder_scores(docs)
    for d, s in zip(docs, together, strict=True):
        alone = pr.encoder_scores([d])[0]
        assert s.prob.shape == (len(d),) and np.allclose(s.prob, alone.prob, atol=1e-4)


def test_own_bert_layers_match_the_packaged_encoder() -> None:
    _needs_encoder_path()
    from rashomon.nlp import encoder

    enc = encoder.load()
    rows = [enc.tokenizer(t, add_special_tokens=False)["input_ids"] for t in ("A brutal regime.", "Talks went on for hours.")]
    hidden, _ = pr.base_hidden(rows, 6)
    for i, (row, ref) in enumerate(zip(rows, enc._run(rows), strict=True)):
        assert np.allclose(hidden[i, : len(row) + 2].numpy(), ref, atol=1e-4)


def test_encoder_off_takes_the_hashed_path(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RASHOMON_ENCODER", "off")
    assert pr.use_encoder() is False
    text = "Erdogan is a brutal dictator who jails journalists."
    doc = nlp(text)
    found = pr.find_spans(doc)
    assert found and all(f.cue != "encoder" for f in found)
    assert found == pr.find_spans(doc, encoder=False)
    spans = spans_of(nlp, text)
    dictator = next(s for s in spans if "dictator" in s.text)
    assert dictator.target is not None and dictator.target.actor is not None


def test_bad_tagger_file_names_the_missing_array() -> None:
    with pytest.raises(pr.PropagandaDataError, match=r"x\.npz: the array 'meta_keys' is missing"):
        pr.read_tagger({}, "x.npz")


def test_encoder_peak_drops_weak_runs_and_keeps_confident_ones(nlp) -> None:  # type: ignore[no-untyped-def]
    _needs_encoder_path()
    from dataclasses import replace

    doc = nlp("The corrupt and cowardly politicians betrayed the nation to their globalist masters. "
              "Talks resumed on Monday in Vienna.")  # fmt: skip
    tg = pr.tagger()
    assert tg is not None
    t = pr.tokens_of(doc)
    scores = pr.encoder_scores([doc], tg)[0]
    low = replace(tg, peak=0.0)
    runs = pr.encoder_spans(doc, t, scores, low, None)
    assert runs
    # a peak no token reaches leaves no span; a peak at the threshold changes nothing
    assert pr.encoder_spans(doc, t, scores, replace(tg, peak=1.01), None) == []
    assert pr.encoder_spans(doc, t, scores, replace(tg, peak=tg.threshold), None) == runs
    # a peak between: exactly the runs holding a token that reaches it stay
    mid = float(np.median([scores.prob[f.start : f.end].max() for f in runs]))
    kept = pr.encoder_spans(doc, t, scores, replace(tg, peak=mid), None)
    assert kept and all(scores.prob[f.start : f.end].max() >= mid - 1e-9 for f in kept)


def test_tagger_file_without_a_peak_reads_as_every_run() -> None:
    _needs_encoder_path()
    from importlib import resources

    with resources.files("rashomon.data").joinpath(pr.ENCODER_FILE).open("rb") as fh, np.load(fh) as z:
        data = {k: z[k] for k in z.files}
    meta = dict(zip(data["meta_keys"].tolist(), data["meta_values"].tolist(), strict=True))
    meta.pop("peak", None)
    data["meta_keys"], data["meta_values"] = np.array(list(meta)), np.array(list(meta.values()))
    assert pr.read_tagger(data).peak == 0.0
    meta["peak"] = "0.45"
    data["meta_keys"], data["meta_values"] = np.array(list(meta)), np.array(list(meta.values()))
    assert pr.read_tagger(data).peak == 0.45
    meta["peak"] = "high"  # a malformed value names the file and the problem
    data["meta_keys"], data["meta_values"] = np.array(list(meta)), np.array(list(meta.values()))
    with pytest.raises(pr.PropagandaDataError, match=r"x\.npz: .*high"):
        pr.read_tagger(data, "x.npz")
