"""The story at a glance, and one document read closely: the records both the report and the app draw.

Everything here is bounded, whatever the size of the store: charts are aggregates over all the (filtered)
events, and lists are pages whose totals are kept, so a view can say how much it leaves out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from rashomon.report import layout, queries
from rashomon.report.claim_index import ClaimIndex
from rashomon.report.index import EventIndex, Filters, Network
from rashomon.report.queries import Claim, Conflict, EventDetail, Overview, SourceRow, Statement
from rashomon.report.text import Group, blocks


class Reads(Protocol):
    """Where a story reads events, claims' statements, the documents list and the tone chart: answers as
    :func:`queries.events`, :func:`queries.statements`, :func:`queries.sources` and :func:`queries.tone_chart`
    (over all the store's tone groups) give them."""

    def events(self, conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, EventDetail]: ...

    def statements(self, conn: sqlite3.Connection, claim_ids: Sequence[int], per_claim: int = 20) -> dict[int, list[Statement]]: ...

    def sources(self, conn: sqlite3.Connection, offset: int = 0, limit: int = 50,
                source: str | None = None) -> tuple[list[SourceRow], int]: ...  # fmt: skip

    def tone_chart(self, max_sources: int = 12, max_actors: int = 12, source: str | None = None,
                   actor: str | None = None) -> queries.ToneChart: ...  # fmt: skip


@dataclass(frozen=True, slots=True)
class Limits:
    """How much a page shows: the charts' marks and the lists' rows."""

    timeline: int = 300
    places: int = 300
    nodes: int = 30
    top_nodes: int = 12  # the network shows these first, the rest behind "show all"
    edges: int = 120
    claims: int = 50
    sources: int = 50
    tone_sources: int = 12
    tone_actors: int = 12
    sample: int = 5  # events kept per mark, for the evidence panel


@dataclass(frozen=True, slots=True)
class Story:
    overview: Overview
    filters: Filters
    matching: int  # events that pass the filters
    timeline: layout.TimelineLayout
    map: layout.MapLayout
    network: layout.NetworkLayout  # the top actors by events
    network_all: layout.NetworkLayout  # every actor the limits allow ("show all")
    tone: layout.ToneLayout
    claims: list[Claim]  # claims naming both their sides
    claims_total: int
    incomplete: list[Claim]  # claims missing a side, listed apart
    incomplete_total: int
    statements: dict[int, list[Statement]]
    conflicts: dict[int, list[Conflict]]
    sources: list[SourceRow]
    sources_total: int
    events: dict[int, EventDetail] = field(default_factory=dict)  # every event the page refers to


def story(
    conn: sqlite3.Connection,
    index: EventIndex,
    filters: Filters = Filters(),  # noqa: B008 (frozen, so a shared default is safe)
    limits: Limits = Limits(),
    sources_page: int = 0,
    claims_page: int = 0,
    tones: list[queries.ToneGroup] | None = None,
    embed: bool = True,
    overview: Overview | None = None,
    claim_index: ClaimIndex | None = None,
    reads: Reads | None = None,
) -> Story:
    """The overview for ``filters``. ``embed``: fetch the evidence of every mark's sample events (the report
    embeds it; the app fetches it when a mark is clicked). ``tones``: :func:`queries.tone_groups`, if read;
    ``claim_index``: the claims' index, if built (the same claims, without sorting them all again);
    ``reads``: where events, statements, the documents list and the tone chart are read (the app keeps
    them between pages), else the store."""
    events_of = queries.events if reads is None else reads.events
    statements_of = queries.statements if reads is None else reads.statements
    sources_of = queries.sources if reads is None else reads.sources
    m = index.mask(filters)
    tl = index.timeline(m, limits.timeline, limits.sample)
    pl = index.places_of(m, limits.places, limits.sample)
    nw = index.network(m, limits.nodes, limits.edges, limits.sample)
    claims = queries.claims if claim_index is None else claim_index.claims
    claim_rows, claims_total = claims(
        conn, claims_page * limits.claims, limits.claims, filters.status, filters.actor, filters.event, complete=True
    )
    incomplete, incomplete_total = claims(
        conn, 0, limits.claims, filters.status, filters.actor, filters.event, complete=False
    )
    ids = [c.id for c in claim_rows + incomplete]
    said = statements_of(conn, ids, 20)
    srcs, srcs_total = sources_of(conn, sources_page * limits.sources, limits.sources, filters.source)
    wanted: list[int] = []
    if embed:
        for item in tl.items:
            wanted += item.events
        for p in pl.points:
            wanted += p.events
        for e in nw.edges:
            wanted += e.events
    for sts in said.values():
        wanted += [s.event for s in sts]
    network_all = layout.network(nw)  # with no more actors than the top ones, it is the top network too
    if reads is None:
        tone = queries.tone_chart(conn, limits.tone_sources, limits.tone_actors, filters.source, filters.actor, groups=tones)
    else:
        tone = reads.tone_chart(limits.tone_sources, limits.tone_actors, filters.source, filters.actor)
    return Story(
        overview=overview or queries.overview(conn),
        filters=filters,
        matching=int(m.sum()),
        timeline=layout.timeline(tl),
        map=layout.geomap(pl),
        network=_top_network(nw, limits, network_all),
        network_all=network_all,
        tone=layout.tone(tone),
        claims=claim_rows,
        claims_total=claims_total,
        incomplete=incomplete,
        incomplete_total=incomplete_total,
        statements=said,
        conflicts=queries.conflicts(conn, ids),
        sources=srcs,
        sources_total=srcs_total,
        events=events_of(conn, wanted),
    )


def _top_network(nw: Network, limits: Limits, whole: layout.NetworkLayout | None = None) -> layout.NetworkLayout:
    """The network of the top actors (``whole``, the network of all, when there are no more than those)."""
    if len(nw.nodes) <= limits.top_nodes:
        return whole or layout.network(nw)
    return layout.network(nw, top=limits.top_nodes)


def charts(index: EventIndex, filters: Filters, limits: Limits) -> tuple[layout.TimelineLayout, layout.NetworkLayout]:
    """The timeline and the top actors' network of the events ``filters`` picks, drawn as :func:`story` draws
    them, for a page that shows only those (an actor's): none of the claims, sources, map and tone a story
    also reads."""
    m = index.mask(filters)
    tl = index.timeline(m, limits.timeline, limits.sample)
    nw = index.network(m, limits.nodes, limits.edges, limits.sample)
    return layout.timeline(tl), _top_network(nw, limits)


@dataclass(frozen=True, slots=True)
class DocumentView:
    record: queries.DocumentRecord
    groups: list[Group]
    events: dict[int, EventDetail]
    spans: list[queries.Span]
    tone: layout.ToneLayout
    hidden_spans: int = 0  # technique spans below the views' threshold (in the export)

    @property
    def id(self) -> int:
        return self.record.source.id


def document_view(conn: sqlite3.Connection, doc_id: int) -> DocumentView | None:
    record = queries.document(conn, doc_id)
    if record is None:
        return None
    evs = queries.events(conn, queries.document_event_ids(conn, doc_id))
    spans, hidden = queries.spans(conn, doc_id)
    groups = blocks(record.text, record.segments, list(evs.values()), spans)
    tone = layout.tone(queries.tone_chart(conn, 4, 16, document_id=doc_id))
    return DocumentView(record, groups, evs, spans, tone, hidden)
