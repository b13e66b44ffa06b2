"""The optional encoder: its setting, its clear error when missing, and vectors aligned to spaCy tokens."""

from __future__ import annotations

import numpy as np
import pytest

from rashomon.errors import RashomonError
from rashomon.nlp import encoder

needs_encoder = pytest.mark.skipif(not encoder.installed(), reason="the encoder extra is not installed")


def test_mode_reads_setting_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(encoder.ENCODER_ENV, raising=False)
    assert encoder.mode() == "off", "the fast path unless asked for"
    monkeypatch.setenv(encoder.ENCODER_ENV, "OFF")
    assert encoder.mode() == "off"
    assert encoder.mode("on") == "on"
    assert encoder.wanted() is False


def test_bad_setting_names_itself() -> None:
    with pytest.raises(RashomonError, match=r"'maybe'.*auto, on, off"):
        encoder.mode("maybe")


def test_on_without_the_extra_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encoder, "installed", lambda: False)
    assert encoder.wanted("auto") is False
    with pytest.raises(RashomonError, match=r"pip install 'rashomon\[encoder\]'"):
        encoder.wanted("on")


@needs_encoder
def test_token_vectors_follow_spacy_tokens() -> None:
    from rashomon.nlp import pipeline

    nlp = pipeline.load()
    doc = nlp("Tehran denied it. " + "Iran's foreign ministry denied that Tehran had armed Armenia. " * 30)
    enc = encoder.load()
    vectors = enc.token_vectors(doc)
    assert vectors.shape == (len(doc), encoder.DIM)
    # more word pieces than one window holds: every token still has a vector
    assert len(enc.tokenizer(doc.text, add_special_tokens=False)["input_ids"]) > encoder.WINDOW
    assert not (np.abs(vectors[[t.i for t in doc if not t.is_space]]).sum(axis=1) == 0).any()
    # the same token read in its own sentence and in the long text has a similar vector
    sent = list(doc.sents)[2]
    alone = enc.token_vectors(sent)
    i = next(t.i for t in sent if t.text == "Tehran")
    a, b = alone[i - sent.start], vectors[i]
    assert float(a @ b / np.linalg.norm(a) / np.linalg.norm(b)) > 0.8


@needs_encoder
def test_sentence_vectors_are_unit_and_meaningful() -> None:
    enc = encoder.load()
    v = enc.sentence_vectors(["Iran denied arming Armenia.", "Tehran rejected claims it supplied Yerevan with weapons.",
                              "The recipe needs two cups of flour."])
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2


@needs_encoder
def test_many_docs_at_once_give_what_each_alone_gives() -> None:
    from rashomon.nlp import pipeline

    nlp = pipeline.load()
    docs = [nlp("Baku accused Tehran of spying."), nlp("The drill near the border ended on Friday, officials said.")]
    enc = encoder.load()
    together = enc.token_vectors_many(docs)
    for doc, vectors in zip(docs, together, strict=True):
        assert np.allclose(vectors, enc.token_vectors(doc), atol=1e-4)
