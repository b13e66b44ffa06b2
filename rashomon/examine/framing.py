"""How each source paints each actor: a document's tone mentions (found by the NLP stage, one per sentence
and actor, from the words bearing on that actor) averaged per actor, separately for the article and for
its reader comments, with the strongest mentions kept as evidence.

A part's tone counts the words of those it chooses to quote as well as its own (choosing whom to quote is
framing too); what each quoted speaker says of the actor is also given on its own, as a tone with that
speaker's voice, so that a reader can tell an outlet's words from the words it reports."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rashomon.examine.origins import name_key
from rashomon.records import COMMENT_KINDS, Part, Tone, ToneMention

#: Evidence kept per (document, part, actor): the mentions with the strongest scores.
MAX_EVIDENCE = 5


def part_of(mention: ToneMention) -> Part:
    return "comments" if mention.segment_kind in COMMENT_KINDS else "article"


def voice(mention: ToneMention) -> str:
    """Whose words a mention's tone is: "" for the writer's, else "speaker:<code>" (or the speaker's words,
    normalised, when the speaker is unresolved)."""
    if mention.speaker is None:
        return ""
    if mention.speaker.actor is not None:
        return f"speaker:{mention.speaker.actor.code}"
    return f"speaker:{name_key(mention.speaker.text)}"


def tones(document: str, mentions: Iterable[ToneMention]) -> list[Tone]:
    """One Tone per (part, actor code) the document's tone mentions name, over all of them (its own words and
    those it quotes), and one more per quoted voice that speaks of the actor; unresolved actors are left out."""
    groups: dict[tuple[Part, str, str], list[ToneMention]] = defaultdict(list)
    for m in mentions:
        if m.actor.actor is not None:
            groups[(part_of(m), "", m.actor.actor.code)].append(m)
            if m.speaker is not None:
                groups[(part_of(m), voice(m), m.actor.actor.code)].append(m)
    out: list[Tone] = []
    for (part, who, code), group in sorted(groups.items()):
        mean = sum(m.score for m in group) / len(group)
        strongest = sorted(group, key=lambda m: (-abs(m.score), m.sentence_start))[:MAX_EVIDENCE]
        out.append(Tone(document, part, code, round(max(-1.0, min(1.0, mean)), 3), len(group),
                        tuple(sorted(strongest, key=lambda m: m.sentence_start)), who))  # fmt: skip
    return out
