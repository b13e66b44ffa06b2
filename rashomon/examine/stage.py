"""The examine stage: every source's events -> claims (linked, weighed, with conflicts) and tones.

Pure: it takes the sources, their events and their tone mentions (read from the store by the runner) and
returns records; the runner stores them."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from rashomon.examine.claims import weigh
from rashomon.examine.framing import tones as document_tones
from rashomon.examine.ledger import MIN_EVENTS, Ledger, ledger_of
from rashomon.examine.link import Key, cluster, interval, year_of
from rashomon.examine.origins import statements as make_statements
from rashomon.records import Claim, EventRef, Source, Tone, ToneMention

#: Bumped whenever linking, weighing or framing rules change what the same events yield.
EXAMINE_VERSION = "1"


@dataclass(frozen=True, slots=True)
class Placed:
    """A claim with its proposition block ("IRN|backing|ARM": the claims re-weighed together when an event
    joins or leaves it), its place in reading order (``order``: strings that sort as the claims read) and
    which of the block's groups it is (``piece``, see :func:`piece`); an undated claim, the one that grows,
    comes with its ledger (:mod:`rashomon.examine.ledger`) when it holds at least its MIN_EVENTS events."""

    claim: Claim
    block: str
    order: str
    piece: str = ""
    ledger: Ledger | None = None


@dataclass(frozen=True, slots=True)
class Examination:
    claims: tuple[Claim, ...]
    tones: tuple[Tone, ...]
    placed: tuple[Placed, ...] = ()


_STATUS_RANK = {"contested": 0, "corroborated": 1, "single-source": 2}


def _rank(c: Claim) -> tuple[int, int, int, int, str]:
    """Claims in reading order: contested first, then by how many sources speak of them; a claim missing
    an actor on one side after the full propositions."""
    return (_STATUS_RANK[c.status], c.source is None or c.target is None, -len(c.asserting | c.denying),
            -len(c.statements), c.label)  # fmt: skip


def block_of(key: Key) -> str:
    return f"{key.source}|{key.family}|{key.target}"


def undated(ev: EventRef) -> bool:
    """An event with no date linking can use, not even a year (dated by publication, or not at all)."""
    return interval(ev) is None and year_of(ev) is None


def piece(events: Sequence[EventRef]) -> str:
    """Which group of its block a linked happening is: ``dated`` (a stretch of day or month dates, with the
    coarse events it took in), ``year`` (events dated by one year only) or ``undated`` (the block's events
    with no date at all, one group a block). Undated events added to a block with other than one dated
    group join its undated group and change nothing else (see :func:`rashomon.examine.link.cluster`)."""
    if any(interval(ev) is not None for ev in events):
        return "dated"
    return "undated" if all(undated(ev) for ev in events) else "year"


def order_of(c: Claim, key: Key, group: int, speakers: int | None = None, statements: int | None = None) -> str:
    """The claim's place in reading order as a string: :func:`_rank`, then the order linking gives (block,
    then date), so that claims re-weighed alone fall where a whole examination would put them. Counts are
    written as their complement, so that more sorts first. ``speakers`` and ``statements``: the claim's
    numbers of sources asserting or denying it and of statements, for a claim that does not hold all its
    statements (one grown from its ledger)."""
    status, incomplete, speakers_, statements_, label = _rank(c)  # the counts negated: more sorts first
    speakers = speakers_ if speakers is None else -speakers
    statements = statements_ if statements is None else -statements
    return (f"{status}{int(incomplete)}{10**9 - 1 + speakers:09d}{10**9 - 1 + statements:09d}{label}\x01"
            f"{key.source}\x01{key.family}\x01{key.target}\x01{group:09d}")


def examine_blocks(
    sources: Mapping[str, Source], events: Iterable[EventRef], blocks: Collection[str] | None = None
) -> list[Placed]:
    """The claims of the proposition ``blocks`` (all blocks when None), each placed. ``events`` must hold
    every event of those blocks (events of other blocks are passed over)."""
    out: list[Placed] = []
    group = 0
    previous: Key | None = None
    for key, events_ in cluster(events):
        group = group + 1 if key == previous else 0
        previous = key
        block = block_of(key)
        if blocks is None or block in blocks:
            stmts = make_statements(events_, sources)
            c = weigh(key, events_, stmts)
            kind = piece(events_)
            kept = ledger_of(key, events_, stmts, sources) if kind == "undated" and len(events_) >= MIN_EVENTS else None
            out.append(Placed(c, block, order_of(c, key, group), kind, kept))
    return out


def examine(
    sources: Mapping[str, Source],
    events: Iterable[EventRef],
    tone_mentions: Mapping[str, Sequence[ToneMention]],
) -> Examination:
    """Link ``events`` into claims and average each document's tone mentions per actor."""
    placed = tuple(sorted(examine_blocks(sources, events), key=lambda p: p.order))
    tones = tuple(t for doc in sorted(tone_mentions) for t in document_tones(doc, tone_mentions[doc]))
    return Examination(tuple(p.claim for p in placed), tones, placed)
