"""Growing a claim: a block's undated claim taking in the undated events added since it was weighed, without
working out again the statements of the events it already held.

Whose word a statement is, and whether it only repeats another, depends on the statements before it that
say the same sentence (and, for a reader's comment, on the article above it in its document); an added
event changes nothing for statements of other sentences. So the statements of the added events are worked
out again together with those of the held events that say one of the same sentences (and every other held
event of those events' documents, which a comment's check reads); every other statement is the stored one.
(An added event of a document that has held events, which a store's re-coding never gives, has all the
statements worked out again.) The claim is then weighed on all its events, as
:func:`rashomon.examine.claims.build_claim` weighs it. (A claim keeping a ledger grows from it instead,
reading none of the held events but those: :mod:`rashomon.examine.ledger`; this is the way for the others.)

Pure: the runner reads the claim's events and stored statements and stores the result.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rashomon.examine.claims import weigh
from rashomon.examine.ledger import MIN_EVENTS, ledger_of
from rashomon.examine.link import Key
from rashomon.examine.origins import copy_key
from rashomon.examine.origins import statements as make_statements
from rashomon.examine.stage import Placed, order_of
from rashomon.records import EventRef, Source, Stance, Statement


@dataclass(frozen=True, slots=True)
class Stored:
    """What the store keeps of one event of a claim: how its statement stands, whose word it counts as,
    and whether it is independent (the first event of its statement's sentence only)."""

    stance: Stance
    origin: str
    independent: bool


def grown_claim(
    block: str,
    group: int,
    held: Sequence[EventRef],
    stored: Mapping[int, Stored],
    added: Sequence[EventRef],
    sources: Mapping[str, Source],
) -> Placed:
    """The undated claim of ``block`` (its ``group``-th group) once ``added`` have joined the ``held`` events
    (whose statements were ``stored``); every added event comes after every held one in id order."""
    key = Key(*block.split("|"))
    events = sorted([*held, *added], key=lambda ev: ev.id)
    stmts = grown_statements(held, stored, added, sources)
    claim = weigh(key, events, stmts)
    kept = ledger_of(key, events, stmts, sources) if len(events) >= MIN_EVENTS else None
    return Placed(claim, block, order_of(claim, key, group), "undated", kept)


def grown_statements(
    held: Sequence[EventRef], stored: Mapping[int, Stored], added: Sequence[EventRef], sources: Mapping[str, Source]
) -> list[Statement]:
    """The statements of ``held`` and ``added`` events together, as
    :func:`rashomon.examine.origins.statements` gives them (see the module's docstring).

    Of the held events saying a sentence an added one says, only the first (in reading order) matters to
    the added ones (they repeat it); they change only when an added one comes before it, which makes it
    and every other held one saying that sentence copies of the added one, and are then worked out again."""

    def order(ev: EventRef | Statement, event: int) -> tuple[str, str, int, int]:
        src = sources.get(ev.document)
        return ((src.published or "9999") if src else "9999", ev.document, ev.start, event)

    added_documents = {ev.document for ev in added}
    if any(ev.document in added_documents for ev in held):
        # a document with events held and added (not one re-coded: its old events would have gone): its
        # sentences may join held statements, so the whole claim's statements are worked out again
        return make_statements(sorted([*held, *added], key=lambda ev: ev.id), sources)
    said: dict[str, tuple[str, str, int, int]] = {}  # sentence -> where an added event first says it
    for ev in added:
        if (k := copy_key(ev)) is not None:
            said[k] = min(said.get(k, order(ev, ev.id)), order(ev, ev.id))
    saying: dict[str, list[EventRef]] = defaultdict(list)  # sentence -> the held events saying it
    if said:
        words = [(k, k.split()[0], k.split()[-1]) for k in said]
        for ev in held:
            low = ev.text.lower()
            if any(first in low and last in low for _, first, last in words) and (k := copy_key(ev)) in said:
                saying[k].append(ev)
    redo: set[int] = set()
    needed: list[EventRef] = []  # held events the added ones' statements read (the first saying a sentence)
    for k, evs in saying.items():
        first = min(evs, key=lambda ev: order(ev, ev.id))
        if said[k] < order(first, first.id):
            redo.update(ev.id for ev in evs)
        else:
            needed.append(first)
    documents = {ev.document for ev in held if ev.id in redo}
    again = sorted({ev.id: ev for ev in [*(ev for ev in held if ev.document in documents), *needed, *added]}.values(),
                   key=lambda ev: ev.id)  # fmt: skip
    exact = redo | {ev.id for ev in added}
    redone = [s for s in make_statements(again, sources) if s.event in exact]
    kept = _stored_statements([ev for ev in held if ev.id not in exact], stored)
    return sorted([*kept, *redone], key=lambda s: order(s, s.event))


def _stored_statements(events: Sequence[EventRef], stored: Mapping[int, Stored]) -> list[Statement]:
    """The statements of ``events`` as stored: the events of one sentence with the same speaker and modality
    are one statement, the first of them (in reading order, then id order) standing for it."""
    sentences: dict[tuple[str, int, int, str | None, str], list[EventRef]] = defaultdict(list)
    for ev in sorted(events, key=lambda ev: ev.id):
        sentences[(ev.document, ev.start, ev.end, ev.speaker or ev.speaker_text, ev.modality)].append(ev)
    out: list[Statement] = []
    for (_, _, _, speaker, _), evs in sentences.items():
        first, rest = evs[0], evs[1:]
        kept = stored[first.id]
        out.append(Statement(event=first.id, document=first.document, segment=first.segment,
                             segment_kind=first.segment_kind, speaker=speaker, modality=first.modality,
                             stance=kept.stance, text=first.text, start=first.start, end=first.end,
                             origin=kept.origin, independent=kept.independent,
                             also=tuple(ev.id for ev in rest)))  # fmt: skip
    return out
