"""Headline-vs-body stance (rashomon.nlp.stance) on hand-written claims and texts."""

from __future__ import annotations

import numpy as np
import pytest

from rashomon.nlp.stance import FEATURES, LABELS, StanceModel, features, model, stance, stances, tokens

CLAIM = "Azerbaijan shot down an Armenian fighter jet over Nagorno-Karabakh"
UNRELATED_BODY = (
    "The city council voted on Tuesday to extend the opening hours of public libraries. Readers had asked "
    "for evening hours for years, and the budget now allows two more librarians to be hired this spring."
)
DENYING_BODY = (
    "Armenia's defence ministry denied reports that Azerbaijan shot down an Armenian fighter jet over "
    "Nagorno-Karabakh, calling the claim fake and a hoax. The ministry said the story was false and that no "
    "aircraft had been lost. Officials dismissed the images shared online as doctored."
)
CONFIRMING_BODY = (
    "Azerbaijan shot down an Armenian fighter jet over Nagorno-Karabakh on Tuesday, the defence ministry in "
    "Baku confirmed. Video footage released by the ministry showed the fighter jet falling. Officials "
    "confirmed the pilot ejected over Nagorno-Karabakh."
)


def test_tokens_split_negation() -> None:
    assert tokens("They didn't confirm it.") == ["they", "did", "n't", "confirm", "it"]


def test_feature_vector_matches_the_names() -> None:
    x = features(CLAIM, DENYING_BODY)
    assert x.shape == (len(FEATURES),) and np.isfinite(x).all()
    assert x[FEATURES.index("overlap")] == pytest.approx(1.0)
    assert features(CLAIM, UNRELATED_BODY)[FEATURES.index("overlap")] == 0.0


def test_unrelated_and_related() -> None:
    assert stance(CLAIM, UNRELATED_BODY) == "unrelated"
    assert stance(CLAIM, CONFIRMING_BODY) != "unrelated"
    assert stance(CLAIM, DENYING_BODY) != "unrelated"


def test_refuting_words_move_towards_disagree() -> None:
    p_deny, p_confirm = model().probabilities(
        np.vstack([features(CLAIM, DENYING_BODY), features(CLAIM, CONFIRMING_BODY)])
    )
    d = LABELS.index("disagree")
    assert p_deny[d] > p_confirm[d]


def test_batch_form_agrees_with_single_calls() -> None:
    pairs = [(CLAIM, UNRELATED_BODY), (CLAIM, DENYING_BODY), (CLAIM, CONFIRMING_BODY), (CLAIM, DENYING_BODY)]
    assert stances(pairs) == [stance(h, b) for h, b in pairs]
    assert stances([]) == []


def test_bad_input_and_bad_weights_are_named() -> None:
    with pytest.raises(TypeError, match="headline and body must be str"):
        stance(CLAIM, None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no weights for"):
        StanceModel.from_tsv(
            "feature\tmean\tscale\tagree\tdisagree\tdiscuss\tunrelated\nbias\t0\t1\t0\t0\t0\t0\n"
        )
    with pytest.raises(ValueError, match=r"stance_weights\.tsv:2: a value is not a number"):
        StanceModel.from_tsv(
            "feature\tmean\tscale\tagree\tdisagree\tdiscuss\tunrelated\noverlap\tx\t1\t0\t0\t0\t0\n"
        )


def test_weights_round_trip() -> None:
    shipped = model()
    again = StanceModel.from_tsv(shipped.to_tsv())
    x = np.vstack([features(CLAIM, DENYING_BODY)])
    assert np.allclose(shipped.probabilities(x), again.probabilities(x), atol=1e-4)
