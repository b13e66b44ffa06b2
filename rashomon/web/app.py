"""The local web app: the report's views live from a store, filterable, with a page per event, claim, actor
and document, full-text search, and a JSON API. Read-only: it opens the store with SQLite's mode=ro, has no
route that writes, and answers only GET and HEAD.
"""

from __future__ import annotations

import gc
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import PackageLoader
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rashomon.errors import RashomonError, UsageError
from rashomon.export import export_formats, get_exporter, is_binary
from rashomon.report import layout, queries
from rashomon.report.claim_index import ClaimIndex
from rashomon.report.index import EventIndex, Filters, MapPoint, day_text
from rashomon.report.names import actor_name
from rashomon.report.render import Links, environment, events_json, num
from rashomon.report.source_index import SourceIndex
from rashomon.report.story import Limits, Story, charts, document_view, story
from rashomon.store import Store
from rashomon.web import search as fts
from rashomon.web.downloads import Busy, Downloads
from rashomon.web.reads import Lru, Reads

log = logging.getLogger("rashomon.web")
LINKS = Links(app=True)
PAGE = 50
STATIC = {"views.css": "text/css; charset=utf-8", "views.js": "text/javascript; charset=utf-8"}
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")  # fmt: skip
APP_LIMITS = Limits(timeline=250, places=250, nodes=30, edges=100, claims=25, sources=25, sample=5)
MAX_QUERY = 2048
#: claim rows of the first page kept for one state of the store (a row lists up to 20 statements: a few KB)
ROWS = 4096
#: seconds a download turned away (all its slots busy) is told to wait
RETRY_AFTER = 5
#: The largest id SQLite can hold (a signed 64-bit INTEGER): larger ids cannot name anything in a store.
MAX_ID = 2**63 - 1


def _map_geometry(m: MapPoint) -> dict[str, Any]:
    """A map place's GeoJSON geometry: a LineString along a route, else a Point ([lon, lat])."""
    if m.line:
        return {"type": "LineString", "coordinates": [[lon, lat] for lat, lon in m.line]}
    return {"type": "Point", "coordinates": [m.lon, m.lat]}


class RowId(Convertor[int]):
    """An id in a path: digits, of any length (so that no id falls through to another route); one beyond
    SQLite's range becomes ``MAX_ID + 1``, which :func:`_row_id` answers with a 404, never an overflow."""

    regex = "[0-9]+"

    def convert(self, value: str) -> int:
        return int(value) if len(value) <= 19 else MAX_ID + 1

    def to_string(self, value: int) -> str:
        return str(value)


register_url_convertor("rowid", RowId())


class FilterOptions:
    """The ``<option>`` elements of the filter form's selects, as the form's loop over a facet's values wrote
    them (each value with its count of events, the chosen one selected, a chosen value the facet lacks added
    last): made once per state of the store rather than per page, for hundreds of sources and actors."""

    def __init__(self, facets: dict[str, list[tuple[str, int]]]) -> None:
        self._plain: dict[str, list[str]] = {}
        self._chosen: dict[str, list[str]] = {}
        self._at: dict[str, dict[str, list[int]]] = {}
        for name, values in facets.items():
            self._plain[name] = [f'<option value="{escape(v)}">{escape(v)} ({escape(num(n))})</option>' for v, n in values]
            self._chosen[name] = [f'<option value="{escape(v)}" selected>{escape(v)} ({escape(num(n))})</option>' for v, n in values]
            at: dict[str, list[int]] = {}
            for i, (v, _) in enumerate(values):
                at.setdefault(v, []).append(i)
            self._at[name] = at
        self._none = {name: "".join(plain) for name, plain in self._plain.items()}

    def __call__(self, name: str, chosen: str | None) -> Markup:
        """The options of facet ``name`` with ``chosen`` (None: nothing) selected."""
        if not chosen:
            return Markup(self._none[name])
        options = self._plain[name]
        at = self._at[name].get(chosen)
        if at is None:
            return Markup(self._none[name] + f'<option value="{escape(chosen)}" selected>{escape(chosen)}</option>')
        options = list(options)
        for i in at:
            options[i] = self._chosen[name][i]
        return Markup("".join(options))


@dataclass(frozen=True, slots=True)
class State:
    """What the app derives from the store once: rebuilt when the store changes under it."""

    fingerprint: tuple[int, ...]
    index: EventIndex
    claims: ClaimIndex
    overview: queries.Overview
    facets: dict[str, list[tuple[str, int]]]
    tones: list[queries.ToneGroup]
    reads: Reads  # events, statements and tone charts kept between pages; the documents list's index
    options: FilterOptions  # the filter form's options
    rows: Lru[int, Markup] = field(default_factory=lambda: Lru(ROWS))  # the first page's claim rows, by claim id


class Site:
    """The store behind the app: one read-only connection per worker thread, the event index and a small
    cache of rendered views, dropped whenever another process changes the store."""

    def __init__(self, db: Path, search_index: Path | None = None, cache_size: int = 128) -> None:
        Store(db, readonly=True).close()  # a missing file, or one that is no rashomon store, fails here
        self.db = db
        self.search_index = search_index
        self._local = threading.local()
        self._lock = threading.Lock()
        self._state: State | None = None
        self._checked = 0.0
        self._cache: Lru[Any, Any] = Lru(cache_size)
        #: whether each state built is frozen out of the garbage collector's sweeps (:func:`freeze`); set by
        #: :func:`warm`, for a process that serves the app
        self.freeze_states = False

    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = Store(self.db, readonly=True).conn
        return conn

    def search_conn(self) -> sqlite3.Connection | None:
        if self.search_index is None or not self.search_index.exists():
            return None
        conn = getattr(self._local, "search", None)
        if conn is None:
            conn = self._local.search = sqlite3.connect(f"{self.search_index.resolve().as_uri()}?mode=ro", uri=True)
        return conn

    def _fingerprint(self, conn: sqlite3.Connection) -> tuple[int, ...]:
        return tuple(
            conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
            for t in ("documents", "events", "runs", "examinations")
        )

    def state(self) -> State:
        """The current state, rebuilt if the store changed (checked at most once a second)."""
        now = time.monotonic()
        if self._state is not None and now - self._checked < 1.0:
            return self._state
        conn = self.conn()
        fp = self._fingerprint(conn)
        with self._lock:
            self._checked = now
            if self._state is None or self._state.fingerprint != fp:
                index = EventIndex.build(conn)
                tones = queries.tone_groups(conn)
                facets = index.facets()
                self._state = State(fp, index, ClaimIndex.build(conn), queries.overview(conn), facets, tones,
                                    Reads(tones, SourceIndex.build(conn)), FilterOptions(facets))
                self._cache.clear()
                if self.freeze_states:
                    freeze()
        return self._state

    def cached(self, key: Any, make: Callable[[], Any]) -> Any:
        state = self.state()
        full = (state.fingerprint, key)
        found = self._cache.get_many([full])
        if full in found:
            return found[full]
        value = make()
        self._cache.put_many({full: value})
        return value


# ---------------------------------------------------------------------------------------------- helpers


def _int(request: Request, name: str, default: int, lo: int, hi: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise UsageError(f"{name}: {raw[:40]!r} is not a whole number") from None
    if not lo <= value <= hi:
        raise UsageError(f"{name}: {value} is out of range ({lo} to {hi})")
    return value


def _row_id(request: Request, what: str) -> int:
    """The id in the path, within SQLite's range; a 404 naming it when no row can have it."""
    value = int(request.path_params["id"])
    if not 0 < value <= MAX_ID:
        raise HTTPException(404, f"no {what} {value if value <= MAX_ID else 'with so large an id'} in this store")
    return value


def _url(path: str, params: dict[str, Any]) -> str:
    clean = {k: v for k, v in params.items() if v not in (None, "", 0)}
    return path + ("?" + urlencode(clean) if clean else "")


def _pager(request: Request, page: int, total: int, size: int, name: str = "page") -> dict[str, Any]:
    params = dict(request.query_params)
    pages = max(1, -(-total // size))
    return {
        "page": page,
        "pages": pages,
        "total": total,
        "prev": _url(request.url.path, {**params, name: page - 1}) if page > 1 else None,
        "next": _url(request.url.path, {**params, name: page + 1}) if page < pages else None,
    }


class Pages:
    """The HTML pages and JSON routes, over one :class:`Site`."""

    def __init__(self, site: Site, downloads: int = 2) -> None:
        self.site = site
        self.downloads = Downloads(site.db, downloads)
        self.env = environment(PackageLoader("rashomon.web", "templates"))
        self.env.globals.update(day_text=day_text, url=_url)

    def html(self, request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        state = self.site.state() if status < 500 else None
        body = self.env.get_template(name).render(
            request=request, links=LINKS, state=state, search=self.site.search_index is not None, **context
        )
        return HTMLResponse(body, status_code=status)

    # ------------------------------------------------------------------------------------------ pages

    def index(self, request: Request) -> Response:
        filters = Filters.from_params(request.query_params)
        state = self.site.state()
        page = _int(request, "page", 1, 1, 100000)
        cpage = _int(request, "claims_page", 1, 1, 100000)
        s = self.site.cached(
            ("story", filters, page, cpage),
            lambda: story(self.site.conn(), state.index, filters, APP_LIMITS, page - 1, cpage - 1, state.tones, embed=False,
                          overview=state.overview, claim_index=state.claims, reads=state.reads),
        )
        s = replace(s, overview=state.overview)
        return self.html(request, "index.html", story=s, filters=filters, claim_row=self._claim_rows(state, s),
                         events_json=events_json(s.events, state.reads.event_json),
                         pager=_pager(request, page, s.sources_total, APP_LIMITS.sources),
                         claims_pager=_pager(request, cpage, s.claims_total, APP_LIMITS.claims, "claims_page"))  # fmt: skip

    def _claim_rows(self, state: State, s: Story) -> Callable[[queries.Claim], Markup]:
        """A claim's row in the first page's claims table, rendered once for ``state``: a row shows the claim,
        its first statements with their events' evidence, and its conflicts, all of which depend on the store
        alone (not on the filters or the page that lists the claim), so the many pages that list the most
        reported claims render each only once."""
        render = self.env.get_template("_views.html").module.claim_row  # type: ignore[attr-defined]

        def row(c: queries.Claim) -> Markup:
            kept = state.rows.get_many([c.id])
            if c.id in kept:
                return kept[c.id]
            html = Markup(render(c, s.statements, s.conflicts, s.events, LINKS))
            state.rows.put_many({c.id: html})
            return html

        return row

    def events(self, request: Request) -> Response:
        filters = Filters.from_params(request.query_params)
        state = self.site.state()
        page = _int(request, "page", 1, 1, 100000)
        ids, total = state.index.event_ids(state.index.mask(filters), (page - 1) * PAGE, PAGE)
        details = queries.events(self.site.conn(), ids)
        rows = [details[i] for i in ids if i in details]
        return self.html(request, "events.html", rows=rows, filters=filters, pager=_pager(request, page, total, PAGE))

    def event(self, request: Request) -> Response:
        event_id = _row_id(request, "event")
        conn = self.site.conn()
        ev = queries.events(conn, [event_id]).get(event_id)
        if ev is None:
            raise HTTPException(404, f"no event {event_id} in this store")
        view = document_view(conn, ev.document)
        group = None
        if view is not None:
            group = next((g for g in view.groups for b in g.blocks if b.start <= ev.sentence_start < b.end), None)
        return self.html(request, "event.html", ev=ev, view=view, group=group)

    def claims(self, request: Request) -> Response:
        filters = Filters.from_params(request.query_params)
        page = _int(request, "page", 1, 1, 100000)
        ipage = _int(request, "incomplete_page", 1, 1, 100000)
        conn = self.site.conn()
        state = self.site.state()
        claims = state.claims
        rows, total = claims.claims(conn, (page - 1) * PAGE, PAGE, filters.status, filters.actor, filters.event, complete=True)
        incomplete, itotal = claims.claims(conn, (ipage - 1) * PAGE, PAGE, filters.status, filters.actor, filters.event,
                                           complete=False)  # fmt: skip
        ids = [c.id for c in rows + incomplete]
        said = state.reads.statements(conn, ids, per_claim=4)
        evs = state.reads.events(conn, [s.event for ss in said.values() for s in ss])
        return self.html(request, "claims.html", rows=rows, total=total, incomplete=incomplete, incomplete_total=itotal,
                         statements=said, events=evs, conflicts=queries.conflicts(conn, ids), filters=filters,
                         pager=_pager(request, page, total, PAGE),
                         incomplete_pager=_pager(request, ipage, itotal, PAGE, "incomplete_page"))  # fmt: skip

    def claim(self, request: Request) -> Response:
        claim_id = _row_id(request, "claim")
        conn = self.site.conn()
        c = queries.claim(conn, claim_id)
        if c is None:
            raise HTTPException(404, f"no claim {claim_id} in this store")
        said = queries.statements(conn, [claim_id], per_claim=500)
        evs = queries.events(conn, [s.event for s in said.get(claim_id, [])])
        return self.html(request, "claim.html", claim=c, statements=said.get(claim_id, []), events=evs,
                         conflicts=queries.conflicts(conn, [claim_id]).get(claim_id, []))  # fmt: skip

    def actors(self, request: Request) -> Response:
        state = self.site.state()
        return self.html(request, "actors.html", actors=state.facets["actor"], names=state.index.actor_names)

    def actor(self, request: Request) -> Response:
        code = str(request.path_params["code"]).upper()
        if not code.isalnum() or len(code) > 24:
            raise HTTPException(404, "no such actor")
        conn = self.site.conn()
        state = self.site.state()
        summary = state.index.actor_summary(code)
        if summary is None:
            raise HTTPException(404, f"no actor {code} in this store")
        filters = Filters(actor=code)

        def make() -> tuple[tuple[layout.TimelineLayout, layout.NetworkLayout], layout.ToneLayout,
                            list[queries.EventDetail], int]:  # fmt: skip
            drawn = charts(state.index, filters, APP_LIMITS)
            tone_toward = layout.tone(state.reads.tone_chart(20, 6, actor=code))
            ids, total = state.index.event_ids(state.index.mask(filters), 0, 20)
            details = state.reads.events(conn, ids)
            return drawn, tone_toward, [details[i] for i in ids if i in details], total

        (timeline, network), tone_toward, rows, total = self.site.cached(("actor", code), make)
        return self.html(request, "actor.html", actor=summary, timeline=timeline, network=network,
                         tone_toward=tone_toward, rows=rows, total=total,
                         filters=filters)  # fmt: skip

    def _documents_page(self, request: Request) -> tuple[int, str | None, list[Any], int]:
        """(page, source filter, the page's documents, how many in all) for the documents page and its API."""
        page = _int(request, "page", 1, 1, 100000)
        source = request.query_params.get("source") or None
        if source and len(source) > 200:
            raise UsageError("source: longer than 200 characters")
        rows, total = self.site.state().reads.sources(self.site.conn(), (page - 1) * PAGE, PAGE, source)
        return page, source, rows, total

    def documents(self, request: Request) -> Response:
        page, source, rows, total = self._documents_page(request)
        return self.html(request, "documents.html", rows=rows, source=source, pager=_pager(request, page, total, PAGE))

    def document(self, request: Request) -> Response:
        doc_id = _row_id(request, "document")
        view = document_view(self.site.conn(), doc_id)
        if view is None:
            raise HTTPException(404, f"no document {doc_id} in this store")
        return self.html(request, "document.html", view=view)

    def search(self, request: Request) -> Response:
        q = (request.query_params.get("q") or "").strip()
        part = request.query_params.get("part") or None
        page = _int(request, "page", 1, 1, 1000)
        hits, total, snippets = self._search(q, part, page)
        return self.html(request, "search.html", q=q, part=part, hits=hits, total=total, snippets=snippets,
                         indexed=self.site.search_conn() is not None, pager=_pager(request, page, total, 20))  # fmt: skip

    def _search(self, q: str, part: str | None, page: int) -> tuple[list[queries.SourceRow], int, dict[int, fts.Snippet]]:
        index = self.site.search_conn()
        if not q or index is None:
            return [], 0, {}
        found, total = fts.search(index, q, part, (page - 1) * 20, 20)
        _, words = fts.fts_query(q)
        conn = self.site.conn()
        rows, snippets = [], {}
        for hit in found:
            rec = queries.document(conn, hit.document)
            if rec is None:
                continue
            rows.append(rec.source)
            segs = [(s.ord, s.kind, s.start, s.end, s.comment) for s in rec.segments]
            if part == "comments":
                segs = [s for s in segs if s[1] == "comment"]
            snip = fts.snippet(rec.text, segs, words)
            if snip is not None:
                snippets[hit.document] = snip
        return rows, total, snippets

    # ------------------------------------------------------------------------------------------ JSON API

    def api_index(self, request: Request) -> Response:
        return JSONResponse({
            "routes": {
                "/api/overview": "counts", "/api/events?FILTERS&page=": "events in the PLOVER record shape",
                "/api/events/{id}": "one event", "/api/evidence?ids=1,2": "evidence sentences",
                "/api/claims?status=&page=": "claims", "/api/claims/{id}": "one claim with its statements",
                "/api/actors?page=": "actors by events, with names", "/api/actors/{code}": "one actor",
                "/api/documents?source=&page=": "documents with outlet, title, date and counts",
                "/api/documents/{id}": "one document",
                "/api/timeline?FILTERS": "timeline items", "/api/map?FILTERS": "places as GeoJSON",
                "/api/network?FILTERS": "actors and dyads", "/api/search?q=": "documents matching a search",
                "/api/export/{what}/{format}": "the export formats",
            },
            "filters": ["date_from", "date_to", "actor", "event", "source", "modality", "status"],
            "exports": export_formats(),
        })  # fmt: skip

    def api_overview(self, request: Request) -> Response:
        o = self.site.state().overview
        return JSONResponse({**_asdict(o), "examined": o.examined})

    def api_events(self, request: Request) -> Response:
        filters = Filters.from_params(request.query_params)
        state = self.site.state()
        page = _int(request, "page", 1, 1, 100000)
        limit = _int(request, "limit", PAGE, 1, 500)
        ids, total = state.index.event_ids(state.index.mask(filters), (page - 1) * limit, limit)
        return JSONResponse({"total": total, "page": page, "events": _plover(self.site.conn(), ids)})

    def api_event(self, request: Request) -> Response:
        records = _plover(self.site.conn(), [_row_id(request, "event")])
        if not records:
            raise HTTPException(404, "no such event")
        return JSONResponse(records[0])

    def api_evidence(self, request: Request) -> Response:
        raw = (request.query_params.get("ids") or "").split(",")
        try:
            ids = [int(x) for x in raw if x.strip()][:100]
        except ValueError:
            raise UsageError("ids: a comma-separated list of event ids") from None
        ids = [i for i in ids if 0 < i <= MAX_ID]  # no event has an id outside SQLite's range
        return JSONResponse({str(k): e.as_json() for k, e in queries.events(self.site.conn(), ids).items()})

    def api_claims(self, request: Request) -> Response:
        filters = Filters.from_params(request.query_params)
        page = _int(request, "page", 1, 1, 100000)
        rows, total = self.site.state().claims.claims(self.site.conn(), (page - 1) * PAGE, PAGE, filters.status, filters.actor,
                                                      filters.event)  # fmt: skip
        return JSONResponse({"total": total, "page": page, "claims": [_claim_json(c) for c in rows]})

    def api_claim(self, request: Request) -> Response:
        claim_id = _row_id(request, "claim")
        conn = self.site.conn()
        c = queries.claim(conn, claim_id)
        if c is None:
            raise HTTPException(404, "no such claim")
        said = queries.statements(conn, [claim_id], per_claim=500).get(claim_id, [])
        return JSONResponse({**_claim_json(c), "statements": [_asdict(s) for s in said],
                             "conflicts": [_asdict(k) for k in queries.conflicts(conn, [claim_id]).get(claim_id, [])]})  # fmt: skip

    def api_actors(self, request: Request) -> Response:
        state = self.site.state()
        page = _int(request, "page", 1, 1, 100000)
        ranked = state.index.actors()
        rows = ranked[(page - 1) * PAGE : page * PAGE]
        return JSONResponse({"total": len(ranked), "page": page, "actors": [
            {"code": code, "name": actor_name(code, state.index.actor_names), "events": n} for code, n in rows]})  # fmt: skip

    def api_documents(self, request: Request) -> Response:
        page, _, rows, total = self._documents_page(request)
        return JSONResponse({"total": total, "page": page,
                             "documents": [{**_asdict(r), "label": r.label} for r in rows]})  # fmt: skip

    def api_actor(self, request: Request) -> Response:
        code = str(request.path_params["code"]).upper()[:24]
        summary = self.site.state().index.actor_summary(code)
        if summary is None:
            raise HTTPException(404, "no such actor")
        return JSONResponse(_asdict(summary))

    def api_document(self, request: Request) -> Response:
        from rashomon.export.documents import document_record

        doc_id = _row_id(request, "document")
        doc = Store(self.site.db, readonly=True)
        try:
            d = doc.document(doc_id)
        finally:
            doc.close()
        if d is None:
            raise HTTPException(404, "no such document")
        return JSONResponse(document_record(d))

    def api_timeline(self, request: Request) -> Response:
        filters = Filters.from_params(request.query_params)
        state = self.site.state()
        t = state.index.timeline(state.index.mask(filters), _int(request, "limit", 300, 1, 2000))
        return JSONResponse({**_asdict(t), "items": [{**_asdict(i), "date": day_text(i.day)} for i in t.items]})

    def api_map(self, request: Request) -> Response:
        filters = Filters.from_params(request.query_params)
        state = self.site.state()
        p = state.index.places_of(state.index.mask(filters), _int(request, "limit", 500, 1, 5000))
        return JSONResponse({
            "type": "FeatureCollection",
            "features": [{"type": "Feature", "geometry": _map_geometry(m),
                          "properties": {"name": m.name, "country": m.country, "events": m.count,
                                         "goldstein": m.goldstein, "sample": list(m.events)}} for m in p.points],
            "total_places": p.total_places, "placed_events": p.placed_events, "unplaced_events": p.unplaced_events,
        }, media_type="application/geo+json")  # fmt: skip

    def api_network(self, request: Request) -> Response:
        filters = Filters.from_params(request.query_params)
        state = self.site.state()
        n = state.index.network(state.index.mask(filters), _int(request, "nodes", 30, 1, 500), _int(request, "edges", 120, 1, 5000))
        return JSONResponse(_asdict(n))

    def api_search(self, request: Request) -> Response:
        q = (request.query_params.get("q") or "").strip()
        page = _int(request, "page", 1, 1, 1000)
        rows, total, snippets = self._search(q, request.query_params.get("part") or None, page)
        return JSONResponse({"total": total, "page": page, "documents": [
            {**_asdict(r), "snippet": "".join(t for t, _ in snippets[r.id].pieces) if r.id in snippets else None} for r in rows]})  # fmt: skip

    async def api_export(self, request: Request) -> Response:
        what, fmt = request.path_params["what"], request.path_params["fmt"]
        get_exporter(what, fmt)  # UsageError -> 400 with the choices
        binary = is_binary(what, fmt)
        try:
            body = await self.downloads.stream(what, fmt)
        except Busy:
            return PlainTextResponse(f"{self.downloads.limit} downloads are running; try again in a few seconds\n",
                                     503, headers={"Retry-After": str(RETRY_AFTER)})  # fmt: skip
        ext = {"plover-jsonl": "jsonl", "gdelt-tsv": "tsv"}.get(fmt, fmt)
        return StreamingResponse(body, media_type=_media_type(fmt, binary),
                                 headers={"Content-Disposition": f'attachment; filename="{what}.{ext}"'})  # fmt: skip

    def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:  # a fixed list: nothing else under /static/ exists, whatever the path says
            raise HTTPException(404, "no such file")
        body = resources.files("rashomon.report").joinpath("static", name).read_bytes()
        return Response(body, media_type=STATIC[name], headers={"Cache-Control": "no-cache"})


def _asdict(obj: Any) -> Any:
    from dataclasses import fields, is_dataclass

    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _asdict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, dict):
        return {str(k) if not isinstance(k, tuple) else ",".join(map(str, k)): _asdict(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_asdict(v) for v in obj]
    return obj


def _claim_json(c: queries.Claim) -> dict[str, Any]:
    """A claim as the API gives it: its stored fields, and the words, codes and completeness the views show."""
    return {**_asdict(c), "words": c.words.text, "codes": c.words.codes, "complete": c.complete}


def _media_type(fmt: str, binary: bool) -> str:
    if binary:
        return "application/vnd.apache.parquet" if fmt == "parquet" else "application/octet-stream"
    for suffix, media in (("jsonl", "application/x-ndjson"), ("csv", "text/csv"), ("tsv", "text/tab-separated-values"),
                          ("geojson", "application/geo+json"), ("graphml", "application/xml"), ("gexf", "application/xml"),
                          ("json", "application/json")):  # fmt: skip
        if fmt.endswith(suffix):
            return media + "; charset=utf-8"
    return "text/plain; charset=utf-8"


def _plover(conn: sqlite3.Connection, ids: list[int]) -> list[dict[str, Any]]:
    """Events in the PLOVER record shape that `export events --format plover-jsonl` writes."""
    from rashomon.export.events import plover_record

    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"""SELECT e.*, d.name AS document, d.content_hash, d.outlet, d.authors, d.url, d.published,
                  substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence,
                  substr(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) AS trigger_text
           FROM events e JOIN documents d ON d.id = e.document_id WHERE e.id IN ({marks})""",
        ids,
    ).fetchall()
    names = [c[0] for c in conn.execute(f"SELECT e.*, 1 AS document FROM events e LIMIT 0").description][:-1]  # noqa: F541
    cols = [*names, "document", "content_hash", "outlet", "authors", "url", "published", "sentence", "trigger_text"]
    actors: dict[int, dict[str, list[dict[str, Any]]]] = {i: {"source": [], "target": []} for i in ids}
    acols = [c[0] for c in conn.execute("SELECT * FROM event_actors LIMIT 0").description]
    for a in conn.execute(f"SELECT * FROM event_actors WHERE event_id IN ({marks}) ORDER BY event_id, role, ord", ids):
        d = dict(zip(acols, a, strict=True))
        actors[d["event_id"]][d["role"]].append(d)
    by_id = {}
    for r in rows:
        d = dict(zip(cols, r, strict=True))
        d["context"] = json.loads(d["context"])
        d["authors"] = json.loads(d["authors"])
        d["source"], d["target"] = actors[d["id"]]["source"], actors[d["id"]]["target"]
        by_id[d["id"]] = {"event_id": d["id"], **plover_record(d)}
    return [by_id[i] for i in ids if i in by_id]


# ---------------------------------------------------------------------------------------------- the app


class Guard:
    """Security headers on every response, and a bound on what a request may ask: GET and HEAD only, and a
    query string of at most 2 KiB."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] not in ("GET", "HEAD"):
            await Response("read-only: only GET and HEAD\n", 405, {"Allow": "GET, HEAD"})(scope, receive, send)
            return
        if len(scope.get("query_string", b"")) > MAX_QUERY:
            await Response("query string too long\n", 414)(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = CSP
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
                headers["X-Frame-Options"] = "DENY"
                headers["Cross-Origin-Resource-Policy"] = "same-origin"
            await send(message)

        await self.app(scope, receive, send_with_headers)


LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def create_app(db: Path, search_index: Path | None = None, allowed_hosts: tuple[str, ...] = (*LOOPBACK, "testserver"),
               downloads: int = 2) -> Starlette:
    """The app over the store at ``db`` (opened read-only; StoreError if it is missing or no store), with at
    most ``downloads`` exports streaming at once."""
    site = Site(db, search_index)
    pages = Pages(site, downloads)

    def error_page(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message, "status": status}, status_code=status)
        try:
            return pages.html(request, "error.html", status=status, status_code=status, message=message)
        except Exception:  # the error page itself must never fail into a traceback
            return Response(f"{status}: {message}\n", status, media_type="text/plain")

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else "no such page"
        return error_page(request, exc.status_code, str(message))

    async def usage_error(request: Request, exc: Exception) -> Response:
        return error_page(request, 400, str(exc))

    async def server_error(request: Request, exc: Exception) -> Response:
        log.error("error answering %s", request.url.path, exc_info=exc)
        return error_page(request, 500, "something went wrong on our side; the details are in the server's log")

    routes = [
        Route("/", pages.index),
        Route("/events", pages.events),
        Route("/events/{id:rowid}", pages.event),
        Route("/claims", pages.claims),
        Route("/claims/{id:rowid}", pages.claim),
        Route("/actors", pages.actors),
        Route("/actors/{code:str}", pages.actor),
        Route("/documents", pages.documents),
        Route("/documents/{id:rowid}", pages.document),
        Route("/search", pages.search),
        Route("/static/{name:str}", pages.static),
        Route("/api/", pages.api_index),
        Route("/api/overview", pages.api_overview),
        Route("/api/events", pages.api_events),
        Route("/api/events/{id:rowid}", pages.api_event),
        Route("/api/evidence", pages.api_evidence),
        Route("/api/claims", pages.api_claims),
        Route("/api/claims/{id:rowid}", pages.api_claim),
        Route("/api/actors", pages.api_actors),
        Route("/api/actors/{code:str}", pages.api_actor),
        Route("/api/documents", pages.api_documents),
        Route("/api/documents/{id:rowid}", pages.api_document),
        Route("/api/timeline", pages.api_timeline),
        Route("/api/map", pages.api_map),
        Route("/api/network", pages.api_network),
        Route("/api/search", pages.api_search),
        Route("/api/export/{what:str}/{fmt:str}", pages.api_export),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(Guard), Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))],
        exception_handlers={HTTPException: http_error, UsageError: usage_error, RashomonError: usage_error,
                            Exception: server_error},
    )
    app.state.site = site
    app.state.pages = pages
    return app


def freeze() -> None:
    """Move every object the process holds now out of the sight of the cyclic garbage collector (``gc.freeze``).

    The app's state holds hundreds of thousands of objects at 100,000 documents (the indexes' labels and
    dicts, the tone groups, the claims' days), kept until the store changes. Python's full collection walks
    every object it sees, and one ran every twenty-odd pages: 200 to 500 ms inside whichever request set it
    off, most of the first page's p95 at that size. Frozen objects are still freed when nothing refers to
    them; what was frozen before (an earlier state) is unfrozen and collected first, so that no cycle of it
    is kept for good."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def warm(app: Starlette) -> None:
    """Build the event and claim indexes and the unfiltered views, and compile the templates, before the
    first request (else the first requests of each page wait for them, and compile them more than once).
    Then freeze what the process holds out of the garbage collector's sweeps (:func:`freeze`), as each
    state built later will be: for a process that serves the app."""
    site: Site = app.state.site
    env = app.state.pages.env
    for name in env.list_templates(extensions=["html"]):
        env.get_template(name)
    state = site.state()
    site.cached(("story", Filters(), 1, 1),
                lambda: story(site.conn(), state.index, Filters(), APP_LIMITS, tones=state.tones, embed=False,
                              overview=state.overview, claim_index=state.claims, reads=state.reads))
    site.freeze_states = True
    freeze()
