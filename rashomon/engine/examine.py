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
whole on every update is what made an update cost a share of a full pass that grew with the store.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass

from rashomon.examine.framing import tones as document_tones
from rashomon.examine.grow import grown_claim
from rashomon.examine.link import keys
from rashomon.examine.stage import EXAMINE_VERSION, Placed, block_of, examine, examine_blocks, undated
from rashomon.records import EventRef
from rashomon.store import Store
from rashomon.store.examine import (
    block_events,
    block_pieces,
    claim_counts,
    load_events,
    load_sources,
    load_tone_mentions,
    save_examination,
    since_last,
    stored_statements,
    tone_documents_after,
    update_examination,
)


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
    grown: int = 0  # of those blocks, those whose undated claim grew without linking the block again


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
    growing = {b for b in joining if b not in since.stale_blocks and _grows(pieces.get(b, []), joining[b])}
    relinked = blocks - growing
    undated_claims = {b: next((i for i, kind in pieces.get(b, []) if kind == "undated"), None) for b in growing}
    stored = stored_statements(store, [i for i in undated_claims.values() if i is not None])
    added_ids = {ev.id for ev in added}
    old_ids = [i for i in block_events(store, relinked) if i not in added_ids]
    held_ids = sorted({e for claim in stored.values() for e in claim})
    loaded = {ev.id: ev for ev in load_events(store, ids=sorted(set(old_ids) | set(held_ids)))}
    # in id order, as a full examination reads them: linking keeps the order of events it cannot tell apart
    # by date, and a claim's type or quad class is the first of equally common ones
    events = sorted([*(loaded[i] for i in old_ids), *added], key=lambda ev: ev.id)
    tone_docs = tone_documents_after(store, since.last_tone_mention) | set(since.stale_documents)
    doc_ids = _document_ids(store, {ev.document for ev in [*events, *loaded.values()]}) | tone_docs
    sources = load_sources(store, doc_ids)
    placed = examine_blocks(sources, events, relinked)
    grown: list[tuple[int | None, Placed]] = []
    weighed = len(events)
    for b in sorted(growing):
        claim = undated_claims[b]
        held = [loaded[e] for e in sorted(stored[claim])] if claim is not None else []
        group = sum(1 for i, _ in pieces.get(b, []) if i != claim)  # the undated group is its block's last
        grown.append((claim, grown_claim(b, group, held, stored[claim] if claim is not None else {}, joining[b],
                                         sources)))  # fmt: skip
        weighed += len(held) + len(joining[b])
    mentions = load_tone_mentions(store, tone_docs)
    tones = [t for doc in sorted(mentions) for t in document_tones(doc, mentions[doc])]
    seconds = time.perf_counter() - started
    update_examination(store, relinked, placed, tone_docs, tones, version=EXAMINE_VERSION, run_id=run_id,
                       documents=len(doc_ids), events=weighed, seconds=seconds, grown=grown)  # fmt: skip
    return _report(store, started, "incremental", len(blocks), weighed, len(growing))


def _grows(pieces: list[tuple[int, str | None]], joining: list[EventRef]) -> bool:
    """Whether a block's update is its undated claim growing: only undated events join it, its claims say
    which group each is, and it has other than one dated group (with one, every event joins that group)."""
    kinds = [kind for _, kind in pieces]
    return (all(undated(ev) for ev in joining) and None not in kinds and kinds.count("dated") != 1
            and kinds.count("undated") <= 1)  # fmt: skip


def _full(store: Store, run_id: int | None, started: float) -> ExamineReport:
    sources = load_sources(store)
    events = list(load_events(store))
    result = examine(sources, events, load_tone_mentions(store))
    seconds = time.perf_counter() - started
    save_examination(store, result.placed, result.tones, version=EXAMINE_VERSION, run_id=run_id,
                     documents=len(sources), events=len(events), seconds=seconds)  # fmt: skip
    return _report(store, started, "full", 0, len(events))


def _report(store: Store, started: float, mode: str, blocks: int, weighed: int, grown: int = 0) -> ExamineReport:
    counts = claim_counts(store)
    documents, events = (store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events"))
    return ExamineReport(documents=documents, events=events, claims=sum(counts.values()),
                         contested=counts.get("contested", 0), corroborated=counts.get("corroborated", 0),
                         seconds=time.perf_counter() - started, mode=mode, blocks=blocks, weighed=weighed,
                         grown=grown)  # fmt: skip


def _document_ids(store: Store, hashes: set[str]) -> set[int]:
    out: set[int] = set()
    ordered = sorted(hashes)
    for i in range(0, len(ordered), 900):
        chunk = ordered[i : i + 900]
        out.update(r[0] for r in store.conn.execute(
            f"SELECT id FROM documents WHERE content_hash IN ({','.join('?' * len(chunk))})", chunk))  # fmt: skip
    return out
