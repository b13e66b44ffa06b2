"""The role model: reading its file, the options of an event, and the shipped model filling a target the
rules leave empty (with the real pipeline and actor table)."""

from __future__ import annotations

import io

import numpy as np
import pytest

from rashomon.nlp.events.roles import NoRoles, RoleModel, read_model, role_filler, shipped_roles


def model_bytes(**changes) -> bytes:
    arrays = {
        "features": np.array(["bias", "side=after"]),
        "weights": np.array([-1.0, 3.0], dtype=np.float32),
        "bias": np.array(0.0),
        "threshold": np.array(0.6),
        "trained_on": np.array("a test"),
    }
    arrays.update(changes)
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def test_a_role_model_file_round_trips():
    m = read_model(model_bytes(), "r.npz")
    assert m.threshold == pytest.approx(0.6)
    assert m.probability(["bias", "side=after", "unknown"]) == pytest.approx(1 / (1 + np.exp(-2.0)))
    assert m.probability(["bias"]) < m.threshold


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (model_bytes(weights=np.zeros(3)), "malformed role model"),
        (model_bytes(threshold=np.array(1.5)), "must be in"),
        (b"not a zip file", "not a role model file"),
    ],
)
def test_a_malformed_role_model_file_is_named(data, message):
    with pytest.raises(ValueError, match=f"r.npz: .*{message}"):
        read_model(data, "r.npz")


def test_the_shipped_role_model_and_the_rules_alone():
    model = shipped_roles()
    assert isinstance(model, RoleModel) and 0.0 < model.threshold < 1.0
    assert "train parts" in model.trained_on
    assert isinstance(role_filler(learned=False), NoRoles)
    assert role_filler() is model


@pytest.fixture(scope="module")
def parsed():
    from rashomon.engine.analyse import load_models
    from rashomon.settings import Options

    nlp, models, _ = load_models(Options())
    return nlp, models


def _coded(parsed, text: str, lemma: str):
    """The rules' event on the verb ``lemma`` of ``text``, with the stage's resolver."""
    from rashomon.engine.code import as_document
    from rashomon.nlp.events import propose
    from rashomon.nlp.events.context import Resolver

    nlp, models = parsed
    doc = nlp(text)
    resolver = Resolver(doc, as_document("t", text, None).text, models, None)
    sent = next(iter(doc.sents))
    cand = next(c for c in propose(sent, resolver) if c.coded.trigger.lemma_ == lemma)
    return cand.coded, sent, resolver


def test_options_are_actors_below_a_verb_trigger_never_its_source(parsed):
    from rashomon.nlp.events.roles import options

    coded, sent, resolve = _coded(parsed, "Iraqi officials imposed a curfew on Basra after clashes with Kurdish fighters.", "impose")
    found = {o.head.text for o in options(coded, sent, resolve)}
    assert "officials" not in found  # the source
    assert "Basra" in found


def test_the_role_model_fills_only_an_empty_target(parsed):
    from dataclasses import replace

    model = shipped_roles()
    coded, sent, resolve = _coded(parsed, "Armenia allowed Iran to sidestep the sanctions.", "allow")
    # the rules read the one let as the recipient; the model leaves a target the rules found as it is
    assert [m.actor.code for m in coded.target] == ["IRN"]
    assert model.fill(coded, sent, resolve) is coded
    # with every option scored above nothing, an emptied target is filled from the options
    eager = RoleModel(model.index, model.weights, 30.0, 0.0, "test")
    filled = eager.fill(replace(coded, target=()), sent, resolve)
    assert filled.target and all(m.start >= sent.start_char for m in filled.target)
    assert not {m.actor.code for m in filled.target if m.actor} & {m.actor.code for m in coded.source if m.actor}


def test_where_forces_are_sent_from_is_no_option(parsed):
    # from a probe of our own reader-comment sentences: in "Turkey sent mercenaries from Syria to fight for
    # Azerbaijan" the role model made Syria the target of the deployment
    from rashomon.nlp.events.roles import options

    coded, sent, resolve = _coded(parsed, "Turkey sent mercenaries from Syria to fight for Azerbaijan.", "send")
    assert "Syria" not in {o.head.text for o in options(coded, sent, resolve)}
    # (where forces withdraw from still is: "pulled its troops out of Syria" is aimed at Syria)
    coded, sent, resolve = _coded(parsed, "Turkey withdrew its soldiers from Syria after the talks.", "withdraw")
    assert "Syria" in {o.head.text for o in options(coded, sent, resolve)}
