"""The examine runner: read what the examine stage needs from the store, examine, store the result.

By default it brings the examination up to date with what changed since the last one: the events added
join the claims of their proposition blocks, and only those blocks (with the blocks whose events went
away) are linked and weighed again; tones are averaged again only for the documents whose tone mentions
changed. Claims are block-local (linking, statements, copies, status and conflicts all look inside one
block), so this gives what a whole examination gives; ``full`` rebuilds it from every stored event.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from rashomon.examine.framing import tones as document_tones
from rashomon.examine.link import keys
from rashomon.examine.stage import EXAMINE_VERSION, block_of, examine, examine_blocks
from rashomon.store import Store
from rashomon.store.examine import (
    block_events,
    claim_counts,
    load_events,
    load_sources,
    load_tone_mentions,
    save_examination,
    since_last,
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


def examine_stored(store: Store, run_id: int | None = None, full: bool = False) -> ExamineReport:
    """Bring the store's cross-examination up to date (one transaction); ``full`` rebuilds it from every
    stored event, as happens anyway the first time and after the examine rules change."""
    started = time.perf_counter()
    since = None if full else since_last(store)
    if since is None or since.version != EXAMINE_VERSION:
        return _full(store, run_id, started)
    added = list(load_events(store, after=since.last_event))
    blocks = set(since.stale_blocks) | {block_of(k) for ev in added for k in keys(ev)}
    added_ids = {ev.id for ev in added}
    old = list(load_events(store, ids=[i for i in block_events(store, blocks) if i not in added_ids]))
    # in id order, as a full examination reads them: linking keeps the order of events it cannot tell apart
    # by date, and a claim's type or quad class is the first of equally common ones
    events = sorted(old + added, key=lambda ev: ev.id)
    tone_docs = tone_documents_after(store, since.last_tone_mention) | set(since.stale_documents)
    doc_ids = _document_ids(store, {ev.document for ev in events}) | tone_docs
    sources = load_sources(store, doc_ids)
    placed = examine_blocks(sources, events, blocks)
    mentions = load_tone_mentions(store, tone_docs)
    tones = [t for doc in sorted(mentions) for t in document_tones(doc, mentions[doc])]
    seconds = time.perf_counter() - started
    update_examination(store, blocks, placed, tone_docs, tones, version=EXAMINE_VERSION, run_id=run_id,
                       documents=len(doc_ids), events=len(events), seconds=seconds)  # fmt: skip
    return _report(store, started, "incremental", len(blocks), len(events))


def _full(store: Store, run_id: int | None, started: float) -> ExamineReport:
    sources = load_sources(store)
    events = list(load_events(store))
    result = examine(sources, events, load_tone_mentions(store))
    seconds = time.perf_counter() - started
    save_examination(store, result.placed, result.tones, version=EXAMINE_VERSION, run_id=run_id,
                     documents=len(sources), events=len(events), seconds=seconds)  # fmt: skip
    return _report(store, started, "full", 0, len(events))


def _report(store: Store, started: float, mode: str, blocks: int, weighed: int) -> ExamineReport:
    counts = claim_counts(store)
    documents, events = (store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events"))
    return ExamineReport(documents=documents, events=events, claims=sum(counts.values()),
                         contested=counts.get("contested", 0), corroborated=counts.get("corroborated", 0),
                         seconds=time.perf_counter() - started, mode=mode, blocks=blocks, weighed=weighed)  # fmt: skip


def _document_ids(store: Store, hashes: set[str]) -> set[int]:
    out: set[int] = set()
    ordered = sorted(hashes)
    for i in range(0, len(ordered), 900):
        chunk = ordered[i : i + 900]
        out.update(r[0] for r in store.conn.execute(
            f"SELECT id FROM documents WHERE content_hash IN ({','.join('?' * len(chunk))})", chunk))  # fmt: skip
    return out
