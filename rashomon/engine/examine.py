"""The examine runner: read every stored source, event and tone mention, examine them, store the result."""

from __future__ import annotations

import time
from dataclasses import dataclass

from rashomon.examine.stage import EXAMINE_VERSION, examine
from rashomon.store import Store
from rashomon.store.examine import load_events, load_sources, load_tone_mentions, save_examination


@dataclass(frozen=True, slots=True)
class ExamineReport:
    documents: int
    events: int
    claims: int
    contested: int
    corroborated: int
    seconds: float


def examine_stored(store: Store, run_id: int | None = None) -> ExamineReport:
    """Rebuild the store's cross-examination from all its events (one transaction)."""
    started = time.perf_counter()
    sources = load_sources(store)
    events = list(load_events(store))
    result = examine(sources, events, load_tone_mentions(store))
    seconds = time.perf_counter() - started
    save_examination(store, result.claims, result.tones, version=EXAMINE_VERSION, run_id=run_id,
                     documents=len(sources), events=len(events), seconds=seconds)  # fmt: skip
    return ExamineReport(
        documents=len(sources),
        events=len(events),
        claims=len(result.claims),
        contested=sum(c.status == "contested" for c in result.claims),
        corroborated=sum(c.status == "corroborated" for c in result.claims),
        seconds=time.perf_counter() - started,
    )
