"""The examine stage: every source's events -> claims (linked, weighed, with conflicts) and tones.

Pure: it takes the sources, their events and their tone mentions (read from the store by the runner) and
returns records; the runner stores them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rashomon.examine.claims import build_claim
from rashomon.examine.framing import tones as document_tones
from rashomon.examine.link import cluster
from rashomon.records import Claim, EventRef, Source, Tone, ToneMention

#: Bumped whenever linking, weighing or framing rules change what the same events yield.
EXAMINE_VERSION = "1"


@dataclass(frozen=True, slots=True)
class Examination:
    claims: tuple[Claim, ...]
    tones: tuple[Tone, ...]


_STATUS_RANK = {"contested": 0, "corroborated": 1, "single-source": 2}


def _rank(c: Claim) -> tuple[int, int, int, int, str]:
    """Claims in reading order: contested first, then by how many sources speak of them; a claim missing
    an actor on one side after the full propositions."""
    return (_STATUS_RANK[c.status], c.source is None or c.target is None, -len(c.asserting | c.denying),
            -len(c.statements), c.label)  # fmt: skip


def examine(
    sources: Mapping[str, Source],
    events: Iterable[EventRef],
    tone_mentions: Mapping[str, Sequence[ToneMention]],
) -> Examination:
    """Link ``events`` into claims and average each document's tone mentions per actor."""
    claims = tuple(sorted((build_claim(key, group, sources) for key, group in cluster(events)), key=_rank))
    tones = tuple(t for doc in sorted(tone_mentions) for t in document_tones(doc, tone_mentions[doc]))
    return Examination(claims, tones)
