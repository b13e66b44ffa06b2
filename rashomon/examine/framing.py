"""How each source paints each actor: a document's tone mentions (found by the NLP stage, one per sentence
and actor, from the words bearing on that actor) averaged per actor, separately for the article and for
its reader comments, with the strongest mentions kept as evidence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rashomon.records import COMMENT_KINDS, Part, Tone, ToneMention

#: Evidence kept per (document, part, actor): the mentions with the strongest scores.
MAX_EVIDENCE = 5


def part_of(mention: ToneMention) -> Part:
    return "comments" if mention.segment_kind in COMMENT_KINDS else "article"


def tones(document: str, mentions: Iterable[ToneMention]) -> list[Tone]:
    """One Tone per (part, actor code) the document's tone mentions name; unresolved actors are left out."""
    groups: dict[tuple[Part, str], list[ToneMention]] = defaultdict(list)
    for m in mentions:
        if m.actor.actor is not None:
            groups[(part_of(m), m.actor.actor.code)].append(m)
    out: list[Tone] = []
    for (part, code), group in sorted(groups.items()):
        mean = sum(m.score for m in group) / len(group)
        strongest = sorted(group, key=lambda m: (-abs(m.score), m.sentence_start))[:MAX_EVIDENCE]
        out.append(Tone(document, part, code, round(max(-1.0, min(1.0, mean)), 3), len(group),
                        tuple(sorted(strongest, key=lambda m: m.sentence_start))))  # fmt: skip
    return out
