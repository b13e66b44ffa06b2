"""Actor mentions made ready for an event: moved to the document's offsets, one per actor, and people coded
as of the event's own time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from rashomon.nlp.time import day_of
from rashomon.records import ActorMention, TimeRef


def as_of(mentions: tuple[ActorMention, ...], when: TimeRef | None, table: Any) -> tuple[ActorMention, ...]:
    """``mentions`` with each known person coded as of the event's own time, when the text dates it (Abulfaz
    Elchibey's threat in 1992 is AZEGOV's, made as president, not the opposition's he led later, as of the
    article's day)."""
    day = day_of(when)
    if day is None:
        return mentions
    out = []
    for m in mentions:
        if m.actor is not None and m.actor.kind == "person":
            # a name as of then may be another of that name ("Aliyev" in 1995 is Heydar Aliyev); a pronoun is
            # the person it stands for
            then = table.resolve(m.actor.name if m.via == "coref" else m.text, day)
            if then is not None and then.actor is not None and then.actor.kind == "person" and then.actor != m.actor:
                m = replace(m, actor=then.actor)
        out.append(m)
    return tuple(out)


def shift(m: ActorMention, offset: int) -> ActorMention:
    return ActorMention(m.text, m.start + offset, m.end + offset, m.actor, m.loaded, m.via, m.score)


#: How a mention names one person or group of people (a known person's office, a title or a common noun
#: completed by the context), as opposed to a country, its capital or an organisation's name.
_PEOPLE_VIAS = frozenset({"office", "context"})


def _apart(a: ActorMention, b: ActorMention) -> bool:
    """Whether two mentions of one code name different actors: two people named apart by their office or
    title ("President Yanukovich and Prime Minister Azarov"), a known person beside another actor ("Kony
    and the LRA"), or two organisations each named ("Likud and Yesh Atid")."""
    if a.via in _PEOPLE_VIAS and b.via in _PEOPLE_VIAS:
        return a.text.casefold() != b.text.casefold()
    assert a.actor is not None and b.actor is not None
    if a.actor.kind == b.actor.kind == "organisation" and "context" not in (a.via, b.via):
        return a.actor.name != b.actor.name  # two parties of one country: "Likud and Yesh Atid activists"
    return "person" in (a.actor.kind, b.actor.kind) and a.actor.name != b.actor.name


def _adjacent(a: ActorMention, b: ActorMention, text: str) -> bool:
    """Whether ``b`` follows ``a`` with only a space between them."""
    return 0 <= b.start - a.end <= 1 and not text[a.end : b.start].strip()


def _apposed(a: ActorMention, b: ActorMention, text: str) -> bool:
    """Whether ``b`` is set beside ``a`` as its title, or ``a`` beside ``b``: a comma or a bracket between a
    person's name and a mention that is no person ("Kofi Annan, UN secretary-general")."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    kinds = [x.actor.kind == "person" if x.actor is not None else False for x in (a, b)]
    return text[first.end : second.start].strip() in (",", "(") and kinds.count(True) == 1


def dedupe(mentions: Sequence[ActorMention], text: str) -> tuple[ActorMention, ...]:
    """One mention an actor of a code, in the order given, with these exceptions: a name the resolver split
    in two, only a space between the parts, is joined into one mention, of the code of its person or of its
    narrower part ("Defense Minister Sergey" and "Shoigu"; "The U.N." IGOUNO and "World Food Program"
    IGOUNOWFP); and different people of one code (:func:`_apart`) are all kept. ``text`` is what the
    mentions' offsets index."""
    out: list[ActorMention] = []
    for m in mentions:
        code = m.actor.code if m.actor else None
        k = next((k for k, o in enumerate(out) if code is not None and o.actor is not None
                  and (o.actor.code.startswith(code) or code.startswith(o.actor.code))
                  and (_adjacent(o, m, text) or _adjacent(m, o, text))), None)  # fmt: skip
        if k is not None:
            o = out[k]
            first, second = (o, m) if o.start <= m.start else (m, o)
            assert o.actor is not None and m.actor is not None
            # the person's, else the narrower code's actor ("World Food Program", not "The U.N.")
            keep = max((o, m), key=lambda x: (x.actor is not None and x.actor.kind == "person", len(x.actor.code if x.actor else "")))
            out[k] = ActorMention(text[first.start : second.end], first.start, second.end, keep.actor, o.loaded,
                                  keep.via, max(o.score, m.score))  # fmt: skip
            continue
        same = [k for k, o in enumerate(out) if code is not None and o.actor is not None and o.actor.code == code]
        if all(_apart(out[j], m) and not _apposed(out[j], m, text) for j in same):
            out.append(m)
    return tuple(out)
