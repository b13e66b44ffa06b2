"""The examine runner: read what the examine stage needs from the store, examine, store the result.

By default it brings the examination up to date with what changed since the last one: the events added
join the claims of their proposition blocks, and only those blocks (with the blocks whose events went
away) are linked and weighed again; tones are averaged again only for the documents whose tone mentions
changed. Claims are block-local (linking, statements, copies, status and conflicts all look inside one
block), so this gives what a whole examination gives; ``full`` rebuilds it from every stored event.

A block that only gains undated events, and does not have exactly one dated group, is not linked again:
those events can only join its undated claim (see :func:`rashomon.examine.stage.piece`), which grows
(:mod:`rashomon.examine.grow`: the statements of its other events are the stored ones). That claim holds
every undated statement of the proposition, so it grows with the corpus; re-linking and re-weighing it
whole on every update is what made an update cost a share of a full pass that grew with the store. So a
claim of at least MIN_EVENTS events keeps its ledger (:mod:`rashomon.examine.ledger`: what weighing it
reads), and grows from it, the events added and the held events repeating their sentences alone; a claim
without one (smaller, or weighed before ledgers were kept), or holding events of an added document, or
whose ledger cannot tell, is grown from all its events.
"""

from __future__ import annotations

import time
from array import array
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from rashomon.examine.framing import tones as document_tones
from rashomon.examine.grow import grown_claim
from rashomon.examine.ledger import Grown, Ledger, grow, reads
from rashomon.examine.link import Key, keys, propositions
from rashomon.examine.stage import EXAMINE_VERSION, Placed, block_of, examine_blocks, order_of, undated
from rashomon.records import EventRef, Source, Tone
from rashomon.store import Store
from rashomon.store.examine import (
    block_events,
    block_pieces,
    claim_counts,
    claim_events,
    claim_ledgers,
    claims_in_documents,
    document_pages,
    event_sides,
    held_alongside,
    held_rows,
    load_events,
    load_sources,
    load_tone_mentions,
    save_examination,
    since_last,
    stored_statements,
    tone_documents_after,
    update_examination,
)

#: A full examination reads, links and writes the store's blocks in batches of about this many events.
FULL_BATCH = 50_000


@dataclass(frozen=True, slots=True)
class ExamineReport:
    documents: int  # documents in the store
    events: int  # events in the store
    claims: int  # claims in the store after it
    contested: int
    corroborated: int
    seconds: float
    mode: str = "full"  # full, or incremental
    blocks: int = 0  # proposition blocks re-weighed (incremental)
    weighed: int = 0  # events linked and weighed (all, or those of the blocks re-weighed)
    grown: int = 0  # of those blocks, those whose undated claim was updated apart from the rest of the block
    ledgered: int = 0  # of those undated claims, those grown from their ledgers (not from all their events)


def examine_stored(store: Store, run_id: int | None = None, full: bool = False) -> ExamineReport:
    """Bring the store's cross-examination up to date (one transaction); ``full`` rebuilds it from every
    stored event, as happens anyway the first time and after the examine rules change."""
    started = time.perf_counter()
    since = None if full else since_last(store)
    if since is None or since.version != EXAMINE_VERSION:
        return _full(store, run_id, started)
    added = list(load_events(store, after=since.last_event))
    joining: dict[str, list[EventRef]] = defaultdict(list)
    for ev in added:
        for k in keys(ev):
            joining[block_of(k)].append(ev)
    blocks = set(since.stale_blocks) | set(joining)
    pieces = block_pieces(store, blocks)
    split = {b for b in joining if b not in since.stale_blocks and _splits(pieces.get(b, []))}
    undated_claim = {b: next((i for i, kind in pieces.get(b, []) if kind == "undated"), None) for b in split}
    rest = {b for b in split if not all(undated(ev) for ev in joining[b])}  # dated or year events joined it
    whole = blocks - split
    rest_claims = [i for b in rest for i, kind in pieces.get(b, []) if kind != "undated"]
    # a split block's undated claim that gains undated events grows from its ledger, unless it has none
    # (weighed before it was kept) or holds events of an added document: then from all its events
    growing = {b: undated_claim[b] for b in split if any(undated(ev) for ev in joining[b])}
    ledgers = claim_ledgers(store, [i for i in growing.values() if i is not None])
    shared = claims_in_documents(store, {ev.document for ev in added}, since.last_event)
    stored = stored_statements(store, [i for i in growing.values() if i is not None and (i not in ledgers or i in shared)])
    added_ids = {ev.id for ev in added}
    old_ids = sorted({i for i in [*block_events(store, whole), *claim_events(store, rest_claims)] if i not in added_ids})
    held_ids = sorted({e for claim in stored.values() for e in claim})
    loaded = {ev.id: ev for ev in load_events(store, ids=sorted({*old_ids, *held_ids}))}
    # in id order, as a full examination reads them: linking keeps the order of events it cannot tell apart
    # by date, and a claim's type or quad class is the first of equally common ones
    events = sorted([*(loaded[i] for i in old_ids), *added], key=lambda ev: ev.id)
    tone_docs = tone_documents_after(store, since.last_tone_mention) | set(since.stale_documents)
    doc_ids = _document_ids(store, {ev.document for ev in [*events, *loaded.values()]}) | tone_docs
    sources = load_sources(store, doc_ids)
    placed = examine_blocks(sources, events, whole | rest)
    # a split block's undated group is its last (the added undated events alone, here: left out); with one
    # dated group, every event of the block joins that group: such a block is examined whole after all
    after = {b: [p for p in placed if p.block == b and p.piece != "undated"] for b in rest}
    merged = {b for b in rest if sum(p.piece == "dated" for p in after[b]) == 1}
    if merged:
        more = sorted({*claim_events(store, [i for b in merged if (i := undated_claim[b]) is not None])}
                      - {ev.id for ev in events})  # fmt: skip
        events = sorted([*events, *load_events(store, ids=more)], key=lambda ev: ev.id)
        sources.update(load_sources(store, _document_ids(store, {ev.document for ev in events}) - set(doc_ids)))
        placed = [p for p in placed if p.block not in merged] + examine_blocks(sources, events, merged)
        whole, rest, split = whole | merged, rest - merged, split - merged
    placed = [p for p in placed if p.block not in rest or p.piece != "undated"]
    grown: list[tuple[int | None, Placed]] = []
    reordered: list[tuple[int, int]] = []
    weighed = len(events)
    from_ledger: list[tuple[str, int, int, list[EventRef]]] = []
    for b in sorted(split):
        claim = undated_claim[b]
        group = len(after[b]) if b in rest else sum(1 for i, _ in pieces.get(b, []) if i != claim)
        if b in growing:
            joined = [ev for ev in joining[b] if undated(ev)]
            if claim is not None and claim in ledgers and claim not in shared:
                from_ledger.append((b, claim, group, joined))
                continue
            held = [loaded[e] for e in sorted(stored[claim])] if claim is not None else []
            grown.append((claim, grown_claim(b, group, held, stored[claim] if claim is not None else {}, joined,
                                             sources)))  # fmt: skip
            weighed += len(held) + len(joined)
        elif claim is not None:
            reordered.append((claim, group))
    ledgered, unsure, read = _grow_from_ledgers(store, from_ledger, ledgers, sources)
    weighed += read
    if unsure:  # the ledger could not tell: weighed from all their events, as a claim without one
        again = stored_statements(store, [claim for _, claim, _, _ in unsure])
        held_events = {ev.id: ev for ev in load_events(store, ids=sorted({e for c in again.values() for e in c}))}
        sources.update(load_sources(store, _document_ids(store, {ev.document for ev in held_events.values()})
                                    - _document_ids(store, set(sources))))  # fmt: skip
        for b, claim, group, joined in unsure:
            held = [held_events[e] for e in sorted(again[claim])]
            grown.append((claim, grown_claim(b, group, held, again[claim], joined, sources)))
            weighed += len(held) + len(joined)
    mentions = load_tone_mentions(store, tone_docs)
    tones = [t for doc in sorted(mentions) for t in document_tones(doc, mentions[doc])]
    seconds = time.perf_counter() - started
    update_examination(store, whole, placed, tone_docs, tones, version=EXAMINE_VERSION, run_id=run_id,
                       documents=len(doc_ids), events=weighed, seconds=seconds, grown=grown,
                       claims=[i for b in rest for i, kind in pieces.get(b, []) if kind != "undated"],
                       reordered=reordered, ledgered=ledgered)  # fmt: skip
    return _report(store, started, "incremental", len(blocks), weighed, len(split), len(ledgered))


def _grow_from_ledgers(
    store: Store,
    claims: list[tuple[str, int, int, list[EventRef]]],
    ledgers: dict[int, Ledger],
    sources: dict[str, Source],
) -> tuple[list[tuple[int, Placed, Grown]], list[tuple[str, int, int, list[EventRef]]], int]:
    """Grow the undated ``claims`` (block, claim id, its group, the events joining it) from their ledgers,
    reading only the held events the ledger names (:func:`rashomon.examine.ledger.reads`). Returns the grown
    claims, those the ledger could not tell (to be weighed from all their events), and how many held events
    were read. ``sources`` gains the documents of those events."""
    wanted: dict[int, tuple[set[int], set[int]]] = {}
    ids: set[int] = set()
    for _, claim, _, joined in claims:
        needed, redo = reads(ledgers[claim], joined, sources)
        alongside = held_alongside(store, claim, redo) if redo else set()
        wanted[claim] = (needed | redo | alongside, redo)
        ids |= wanted[claim][0]
    held = {ev.id: ev for ev in load_events(store, ids=sorted(ids))}
    missing = {ev.document for ev in held.values()} - set(sources)
    sources.update(load_sources(store, _document_ids(store, missing)))
    out: list[tuple[int, Placed, Grown]] = []
    unsure: list[tuple[str, int, int, list[EventRef]]] = []
    for block, claim, group, joined in claims:
        key = Key(*block.split("|"))
        read, redo = wanted[claim]
        g = grow(key, ledgers[claim], [held[i] for i in sorted(read) if i in held],
                 held_rows(store, claim, redo) if redo else {}, joined, sources)  # fmt: skip
        if g is None:
            unsure.append((block, claim, group, joined))
            continue
        order = order_of(g.claim, key, group, g.speakers, g.ledger.statements)
        out.append((claim, Placed(g.claim, block, order, "undated", g.ledger), g))
    return out, unsure, len(ids)


def _splits(pieces: list[tuple[int, str | None]]) -> bool:
    """Whether a block's undated claim and the rest of it are updated apart: its claims say which group each
    is, and it has other than one dated group (with one, every event of the block joins that group)."""
    kinds = [kind for _, kind in pieces]
    return None not in kinds and kinds.count("dated") != 1 and kinds.count("undated") <= 1


def _full(store: Store, run_id: int | None, started: float) -> ExamineReport:
    """Every block examined again, a batch of blocks at a time (claims never cross blocks): the events of a
    batch are read, linked, weighed and written before the next batch is read, so the pass holds the ids of
    the store's events by block and one batch, not every event (2 GB at 100,000 documents)."""
    by_block: dict[str, array[int]] = {}
    for event_id, kind, sources_, targets in event_sides(store):
        for k in propositions(kind, sources_, targets):
            by_block.setdefault(block_of(k), array("q")).append(event_id)
    batches: list[list[str]] = [[]]
    size = 0
    for block in sorted(by_block):
        if size >= FULL_BATCH:
            batches.append([])
            size = 0
        batches[-1].append(block)
        size += len(by_block[block])

    def placed() -> Iterator[list[Placed]]:
        for blocks in batches:
            ids = sorted({i for b in blocks for i in by_block.pop(b)})
            events = list(load_events(store, ids=ids))  # in id order, as linking must read them
            sources = load_sources(store, _document_ids(store, {ev.document for ev in events}))
            yield examine_blocks(sources, events, set(blocks))

    def tones() -> Iterator[list[Tone]]:
        for documents in document_pages(store):
            mentions = load_tone_mentions(store, documents)
            yield [t for doc in sorted(mentions) for t in document_tones(doc, mentions[doc])]

    events = int(store.conn.execute("SELECT count(*) FROM events").fetchone()[0])
    save_examination(store, placed(), tones(), version=EXAMINE_VERSION, run_id=run_id,
                     documents=store.count("documents"), events=events, started=started)  # fmt: skip
    return _report(store, started, "full", 0, events)


def _report(store: Store, started: float, mode: str, blocks: int, weighed: int, grown: int = 0,
            ledgered: int = 0) -> ExamineReport:  # fmt: skip
    counts = claim_counts(store)
    documents, events = (store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events"))
    return ExamineReport(documents=documents, events=events, claims=sum(counts.values()),
                         contested=counts.get("contested", 0), corroborated=counts.get("corroborated", 0),
                         seconds=time.perf_counter() - started, mode=mode, blocks=blocks, weighed=weighed,
                         grown=grown, ledgered=ledgered)  # fmt: skip


def _document_ids(store: Store, hashes: set[str]) -> set[int]:
    out: set[int] = set()
    ordered = sorted(hashes)
    for i in range(0, len(ordered), 900):
        chunk = ordered[i : i + 900]
        out.update(r[0] for r in store.conn.execute(
            f"SELECT id FROM documents WHERE content_hash IN ({','.join('?' * len(chunk))})", chunk))  # fmt: skip
    return out
