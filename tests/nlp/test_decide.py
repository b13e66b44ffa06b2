"""The event model's decision: reading its file, the verdict on one candidate, and the shipped model on real
sentences (with the real pipeline and actor table)."""

from __future__ import annotations

import io

import numpy as np
import pytest

from rashomon.nlp.events.decide import (
    ENCODER_MODEL_FILE,
    FIRM_DROPS,
    EventModel,
    Policy,
    RulesOnly,
    decider,
    generic_codes,
    read_model,
    shipped_model,
    use_encoder,
    verdict,
)
from rashomon.nlp.ontology import PLOVER_TYPES

TYPES = PLOVER_TYPES


def model_bytes(**changes) -> bytes:
    """A small, well-formed model file (two features), with some of its arrays replaced."""
    arrays = {
        "labels": np.array(TYPES),
        "features": np.array(["bias", "lem=attack"]),
        "event_weights": np.array([0.0, 2.0], dtype=np.float16),
        "event_bias": np.array(0.0),
        "type_weights": np.zeros((2, len(TYPES)), dtype=np.float16),
        "type_bias": np.zeros(len(TYPES), dtype=np.float32),
        "topic_weights": np.array([0.0, 1.0], dtype=np.float16),
        "topic_bias": np.array(0.0),
        "keep": np.array(0.1),
        "accept": np.array(0.5),
        "margin": np.array(0.2),
        "topic": np.array(0.3),
        "rank": np.array(0.0),
        "trained_on": np.array("a test"),
    }
    arrays.update(changes)
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def test_a_model_file_round_trips():
    m = read_model(model_bytes(), "m.npz")
    assert m.labels == TYPES and m.policy == Policy(0.1, 0.5, 0.2, 0.3, 0.0)
    assert m.sentence_topic(["lem=attack"]) == pytest.approx(1 / (1 + np.exp(-1.0)))
    event, types = m.probabilities(["lem=attack", "unknown feature"])
    assert event == pytest.approx(1 / (1 + np.exp(-2.0)))
    assert types.shape == (len(TYPES),) and types.sum() == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"event_weights": np.zeros(3)}, "malformed event model"),
        ({"labels": np.array([*TYPES[:-1], "WAGE_WAR"])}, "no PLOVER type"),
        ({"keep": np.array(1.5)}, "must be in"),
    ],
)
def test_a_malformed_model_file_is_named(changes, message):
    with pytest.raises(ValueError, match=f"m.npz: .*{message}"):
        read_model(model_bytes(**changes), "m.npz")


def test_an_encoder_path_model_adds_its_sentence_vector_weights():
    dim = 4
    dense_type = np.zeros((dim, len(TYPES)), dtype=np.float32)
    dense_type[0, TYPES.index("ASSAULT")] = 5.0
    m = read_model(model_bytes(dense_event=np.array([1.0, 0, 0, 0]), dense_type=dense_type, dense_scale=np.array(2.0)))
    assert m.encoder and not read_model(model_bytes()).encoder
    vector = np.array([1.0, 0, 0, 0], dtype=np.float32)
    event, types = m.probabilities(["lem=attack"], vector)
    assert event == pytest.approx(1 / (1 + np.exp(-(2.0 + 2.0))))  # the feature's 2 and the vector's 1 x 2
    assert TYPES[int(types.argmax())] == "ASSAULT"
    event, types = m.probabilities(["lem=attack"], np.zeros(dim, dtype=np.float32))
    assert event == pytest.approx(1 / (1 + np.exp(-2.0))) and types.max() == pytest.approx(1 / len(TYPES))
    with pytest.raises(ValueError, match="needs the sentence's vector"):
        m.probabilities(["lem=attack"])


def test_malformed_sentence_vector_weights_are_named():
    with pytest.raises(ValueError, match=r"m\.npz: malformed sentence-vector weights"):
        read_model(model_bytes(dense_event=np.zeros(4), dense_type=np.zeros((3, len(TYPES))), dense_scale=np.array(1.0)),
                   "m.npz")  # fmt: skip


def test_bytes_that_are_no_model_file_are_named():
    with pytest.raises(ValueError, match=r"m\.npz: not an event model file"):
        read_model(b"not a zip file", "m.npz")
    buf = io.BytesIO()
    np.savez(buf, labels=np.array(TYPES))
    with pytest.raises(ValueError, match=r"m\.npz: not an event model file"):
        read_model(buf.getvalue(), "m.npz")


def one_hot(label: str, p: float = 0.9) -> np.ndarray:
    types = np.full(len(TYPES), (1 - p) / (len(TYPES) - 1))
    types[TYPES.index(label)] = p
    return types


def test_the_verdict_keeps_drops_and_retypes_by_the_policy():
    policy = Policy(keep=0.1, accept=0.6, margin=0.3)
    assault = one_hot("ASSAULT")
    # a candidate the rules keep stays an event unless the model is sure it is none
    assert verdict(0.2, assault, TYPES, "ASSAULT", None, policy) == ("ASSAULT", pytest.approx(0.18, abs=1e-3))
    assert verdict(0.05, assault, TYPES, "ASSAULT", None, policy) is None
    # one the rules only propose needs more to become one
    assert verdict(0.5, assault, TYPES, "ASSAULT", "unlisted", policy) is None
    assert verdict(0.7, assault, TYPES, "ASSAULT", "unlisted", policy)[0] == "ASSAULT"
    # a drop of the parse is never overturned
    for reason in FIRM_DROPS:
        assert verdict(1.0, assault, TYPES, "ASSAULT", reason, policy) is None
    # another type replaces the rules' only when likelier by the margin
    close = np.zeros(len(TYPES))
    close[TYPES.index("COOPERATE")], close[TYPES.index("MOBILIZE")] = 0.45, 0.35
    assert verdict(0.9, close, TYPES, "MOBILIZE", None, policy)[0] == "MOBILIZE"
    assert verdict(0.9, one_hot("COOPERATE"), TYPES, "MOBILIZE", None, policy)[0] == "COOPERATE"


def test_every_plover_type_has_a_generic_code_of_its_type():
    from rashomon.nlp.ontology import lookup

    codes = generic_codes()
    assert set(codes) == set(TYPES)
    assert all(lookup(code).plover == plover for plover, code in codes.items())
    # the head of the type's main root, not its first code: an assault the model types is no violent repression
    # (175, crowd-control), a coercion no embargo (163), an accusation no investigation (090)
    assert (codes["ASSAULT"], codes["COERCE"], codes["ACCUSE"]) == ("180", "170", "110")


def test_the_shipped_model_and_the_rules_alone():
    model = shipped_model()
    assert isinstance(model, EventModel) and model.labels == TYPES
    assert "training parts only" in model.trained_on
    assert isinstance(decider(False), RulesOnly)
    assert decider(True) is model
    assert not model.encoder and not use_encoder("off")


def test_the_encoder_path_decides_with_its_own_model(code):
    from rashomon.nlp import encoder

    if not encoder.installed():
        pytest.skip("the encoder extra (rashomon[encoder]) is not installed")
    model = shipped_model(encoder=True)
    assert model is not None and model.encoder, f"{ENCODER_MODEL_FILE} is not shipped"
    assert use_encoder("on") and decider(True, encoder=True) is model and "--encoder" in model.trained_on
    text = "Azerbaijani forces shelled Armenian positions near the border on Tuesday, the ministry said."
    events = code(text, encoder="on")
    assert [e["event"] for e in events][:1] == ["ASSAULT"]
    assert all(0 < e["confidence"] <= 1 for e in events)
    # every sentence of the text was encoded at once, and its vector is the encoder's own
    sentence = next(iter(model._vectors))
    assert np.allclose(model._vectors[sentence], encoder.load().sentence_vectors([sentence])[0], atol=1e-5)


@pytest.fixture(scope="module")
def code():
    from rashomon.engine.code import code_texts

    def run(text: str, **options) -> list[dict]:
        from rashomon.settings import Options

        return code_texts([("t", text, "2021-10-01")], Options(**options))[0]

    return run


def test_events_have_a_confidence_and_the_rules_alone_are_sure(code):
    text = "Azerbaijani forces shelled Armenian positions near the border on Friday."
    learned = code(text)
    assert learned and all(0.0 < e["confidence"] <= 1.0 for e in learned)
    assert any(e["event"] == "ASSAULT" for e in learned)
    assert all(e["confidence"] == 1.0 for e in code(text, event_model=False))


def test_a_verb_only_the_verb_patterns_code_is_proposed_and_the_model_decides(code):
    text = "The Nigerian government excluded the opposition party on Tuesday."
    assert not code(text, event_model=False), "the lexicon does not list 'exclude': the rules alone code nothing"
    from rashomon.nlp.events import propose
    from rashomon.nlp.pipeline import load

    doc = load(None)(text)
    cands = propose(next(iter(doc.sents)), lambda s, e: [])
    excluded = next(c for c in cands if c.coded.trigger.text == "excluded")
    assert excluded.dropped == "unlisted" and excluded.pattern is not None


def test_min_confidence_leaves_out_the_less_sure(code):
    text = "Azerbaijani forces shelled Armenian positions, and Iran said it would hold drills near the border."
    every = code(text)
    sure = code(text, min_confidence=0.99)
    assert len(sure) < len(every) and all(e["confidence"] >= 0.99 for e in sure)


def test_a_document_that_does_not_read_as_political_news_has_no_events(code):
    match = (
        "Lyon beat Marseille 3-1 in a fierce derby on Sunday. The visitors attacked from the first minute but "
        "the home defence held. Lyon's captain scored twice before the break. The coach praised the crowd after "
        "the match. Fans stayed in the stadium long after the final whistle."
    )
    model = shipped_model()
    assert model is not None and model.policy.topic > 0
    assert code(match) == [], "a football report's 'beat' and 'attacked' are no events"
    assert code(match, event_model=False), "the rules alone code them"
    politics = (
        "Azerbaijani forces shelled Armenian positions near the border on Friday. Armenia's defence ministry "
        "accused Baku of breaking the ceasefire. Iran called on both sides to show restraint. Russia said its "
        "peacekeepers would stay in the region. The foreign ministers are due to meet in Moscow next week."
    )
    assert {"ASSAULT", "ACCUSE"} <= {e["event"] for e in code(politics)}


def test_the_gate_says_why_and_can_be_turned_off(code):
    m = read_model(model_bytes(), "m.npz")  # its topic threshold: 0.3
    assert m.gated(None) is None and m.gated(0.3) is None and m.gated(0.8) is None
    assert m.gated(0.12) == ("reads as no political news (its topic score 0.12 is under the event model's 0.30): "
                             "no events coded")  # fmt: skip
    assert RulesOnly().gated(0.0) is None
    shipped, open_gate = decider(), decider(topic_gate=False)
    assert shipped.gated(0.01) is not None and open_gate.gated(0.01) is None
    assert isinstance(open_gate, EventModel) and isinstance(shipped, EventModel)
    assert open_gate.event_weights is shipped.event_weights, "the same model, only the gate open"
    match = ("Lyon beat Marseille 3-1 in a fierce derby on Sunday. The visitors attacked from the first minute but "
             "the home defence held. Lyon's captain scored twice before the break. Fans invaded the pitch after "
             "the final whistle.")  # fmt: skip
    assert code(match) == [] and code(match, topic_gate=False), "the gate stops the events the model would code"


def test_the_topic_is_judged_from_four_sentences_or_more():
    from rashomon.nlp.events.decide import TOPIC_SENTENCES, document_topic

    assert document_topic([0.1] * (TOPIC_SENTENCES - 1)) is None
    assert document_topic([0.1, 0.3] * TOPIC_SENTENCES) == pytest.approx(0.2)
