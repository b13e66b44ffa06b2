"""What the views show, read from the store with parameterised SQL into typed records.

Every function takes an open connection (read-only is enough) and returns frozen dataclasses; nothing here
renders. The cross-examination tables (clusters, tones, technique spans) may be empty in a store analysed
before the examine stage: every function then returns empty results, never fails.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rashomon.report.names import ClaimWords, actor_name, claim_words
from rashomon.report.spans import span_threshold
from rashomon.store.schema import FIRST_STATEMENTS

_CLAIM_STATUSES = ("corroborated", "contested", "single-source")


@dataclass(frozen=True, slots=True)
class Overview:
    """The story at a glance: how much there is."""

    documents: int
    outlets: int
    events: int
    actors: int
    comments: int
    claims: dict[str, int]  # by status
    first_published: str | None
    last_published: str | None
    tones: int
    techniques: int

    @property
    def examined(self) -> bool:
        """Whether the examine stage has filled the cross-examination tables."""
        return bool(sum(self.claims.values()) or self.tones or self.techniques)


def source_label(outlet: str | None, authors: Sequence[str], name: str) -> str:
    """Who a document's source is, for every view and filter: its outlet, else its first author, else its
    file name."""
    return outlet or (authors[0] if authors else name.rsplit("/", 1)[-1])


@dataclass(frozen=True, slots=True)
class SourceRow:
    id: int
    name: str
    title: str | None
    outlet: str | None
    authors: tuple[str, ...]
    published: str | None
    url: str | None
    events: int
    comments: int
    analysable: bool
    lead: str | None = None  # the text of its first headline or standfirst, for a document with no title

    @property
    def label(self) -> str:
        """Who the source is (see :func:`source_label`)."""
        return source_label(self.outlet, self.authors, self.name)

    @property
    def heading(self) -> str:
        """Its title, else the first words of its headline or standfirst (marked as such), else the file name."""
        if self.title:
            return self.title
        if self.lead:
            lead = " ".join(self.lead.split())
            return (lead if len(lead) <= 110 else lead[:108].rsplit(" ", 1)[0] + " …") + " (first line; no title)"
        return self.name.rsplit("/", 1)[-1]

    @property
    def date(self) -> str:
        return (self.published or "")[:10] or "undated"

    @property
    def full_name(self) -> str:
        """The source as a reader names it: outlet, title and date."""
        return f"{self.label} — {self.heading} ({self.date})"


@dataclass(frozen=True, slots=True)
class ActorRef:
    text: str
    code: str | None
    name: str | None
    loaded: bool


@dataclass(frozen=True, slots=True)
class EventDetail:
    """One event with its evidence: the sentence, where it stands in its document, who holds it."""

    id: int
    document: int
    document_name: str
    title: str | None
    outlet: str | None
    authors: tuple[str, ...]
    published: str | None
    segment: int
    segment_kind: str
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    event: str
    mode: str | None
    cameo: str
    goldstein: float
    quad: int
    modality: str
    holder: str
    speaker: str | None
    speaker_code: str | None
    date: str | None
    date_precision: str | None
    place: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    sources: tuple[ActorRef, ...]
    targets: tuple[ActorRef, ...]
    claims: tuple[tuple[int, str, str], ...]  # (cluster id, label, status)

    @property
    def source_label(self) -> str:
        """Its source as :attr:`SourceRow.label` names it: outlet, else first author, else file name."""
        return source_label(self.outlet, self.authors, self.document_name)

    def as_json(self) -> dict[str, object]:
        """The evidence the views' script shows when an event is clicked."""
        return {
            "id": self.id, "doc": self.document, "source": self.source_label, "title": self.title,
            "sentence": self.sentence, "trigger": self.trigger,
            "at": self.trigger_start - self.sentence_start, "event": self.event, "cameo": self.cameo,
            "goldstein": self.goldstein, "quad": self.quad, "modality": self.modality, "holder": self.holder,
            "date": self.date, "place": self.place, "comment": self.segment_kind == "comment",
            "who": " + ".join(_actor_words(a) for a in self.sources),
            "whom": " + ".join(_actor_words(a) for a in self.targets),
        }  # fmt: skip


def _actor_words(a: ActorRef) -> str:
    """An actor as the evidence panel names it: "Iran (IRN)", or the words of an unresolved mention."""
    return f"{actor_name(a.code)} ({a.code})" if a.code else f"“{a.text}”"


@dataclass(frozen=True, slots=True)
class Claim:
    id: int
    label: str
    event: str
    source: str | None
    target: str | None
    status: str
    date: str | None
    place: str | None
    mentions: int
    documents: int
    outlets: int
    independent: int
    deniers: int
    goldstein: float | None
    quad: int | None
    family: str

    @property
    def words(self) -> ClaimWords:
        """The claim in words ("Iran backs Armenia") with its codes beside."""
        return claim_words(self.family, self.event, self.source, self.target)

    @property
    def complete(self) -> bool:
        """Whether the claim names both its sides (else it is listed apart, as incomplete)."""
        return bool(self.source and self.target)


@dataclass(frozen=True, slots=True)
class Statement:
    """One event's part in a claim: whether it asserts or denies it, and whose independent voice it is."""

    event: int
    stance: str
    origin: str
    independent: bool


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: str
    detail: str  # a readable line made from the JSON detail
    event_a: int | None
    event_b: int | None


@dataclass(frozen=True, slots=True)
class ToneCell:
    tone: float
    mentions: int
    evidence: tuple[str, ...]  # a few quoted spans


@dataclass(frozen=True, slots=True)
class ToneChart:
    """Tone of each source (row) toward each actor (column), weighted by mentions."""

    sources: tuple[str, ...]
    actors: tuple[str, ...]
    cells: dict[tuple[int, int], ToneCell]
    total_sources: int
    total_actors: int


@dataclass(frozen=True, slots=True)
class Span:
    """A highlighted stretch of a document: a technique span (loaded language) or a loaded actor label."""

    start: int
    end: int
    technique: str
    target: str | None


@dataclass(frozen=True, slots=True)
class SegmentRow:
    ord: int
    kind: str
    start: int
    end: int
    comment: int | None
    quotes: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    source: SourceRow
    text: str
    segments: tuple[SegmentRow, ...]
    language: str | None
    skip_reason: str | None
    syndicated_from: str | None


# ---------------------------------------------------------------------------------------------- helpers


def _one(conn: sqlite3.Connection, sql: str, params: Sequence[object] = ()) -> int:
    row = conn.execute(sql, params).fetchone()
    return int(row[0] or 0) if row else 0


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _chunks(values: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def parse_authors(raw: str | None) -> tuple[str, ...]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return ()
    return tuple(str(a) for a in value) if isinstance(value, list) else ()


# ---------------------------------------------------------------------------------------------- overview


def overview(conn: sqlite3.Connection) -> Overview:
    claims = dict.fromkeys(_CLAIM_STATUSES, 0)
    for status, n in conn.execute("SELECT status, count(*) FROM clusters GROUP BY status"):
        claims[status] = n
    first, last = conn.execute("SELECT min(published), max(published) FROM documents").fetchone()
    return Overview(
        documents=_one(conn, "SELECT count(*) FROM documents"),
        outlets=_one(conn, "SELECT count(DISTINCT coalesce(outlet, name)) FROM documents"),
        events=_one(conn, "SELECT count(*) FROM events"),
        actors=_one(conn, "SELECT count(DISTINCT code) FROM event_actors"),
        comments=_one(conn, "SELECT count(*) FROM (SELECT DISTINCT document_id, comment FROM segments WHERE kind = 'comment')"),
        claims=claims,
        first_published=first,
        last_published=last,
        tones=_one(conn, "SELECT count(*) FROM tones WHERE voice = ''"),
        techniques=_one(conn, "SELECT count(*) FROM technique_spans"),
    )


_SOURCE_SELECT = """
    SELECT d.id, d.name, d.title, d.outlet, d.authors, d.published, d.url, d.analysable,
           (SELECT count(*) FROM events e WHERE e.document_id = d.id) AS events,
           (SELECT count(DISTINCT s.comment) FROM segments s WHERE s.document_id = d.id AND s.kind = 'comment') AS comments,
           (SELECT substr(d.text, s.start + 1, min(s."end" - s.start, 240)) FROM segments s
             WHERE s.document_id = d.id AND s.kind IN ('headline', 'standfirst') ORDER BY s.ord LIMIT 1) AS lead
    FROM documents d
"""


def _source(row: sqlite3.Row | tuple[object, ...]) -> SourceRow:
    r = tuple(row)
    return SourceRow(
        id=int(r[0]),
        name=str(r[1]),
        title=r[2],
        outlet=r[3],
        authors=parse_authors(r[4]),
        published=r[5],
        url=r[6],
        analysable=bool(r[7]),
        events=int(r[8] or 0),
        comments=int(r[9] or 0),
        lead=r[10],
    )


def sources(
    conn: sqlite3.Connection, offset: int = 0, limit: int = 50, source: str | None = None
) -> tuple[list[SourceRow], int]:
    """A page of the stored documents (by id), with their event and comment counts, and the total."""
    where, params = "", []
    if source:
        where = (" WHERE coalesce(d.outlet, d.name) = ? OR d.outlet = ? OR d.name LIKE ? OR "
                 "(d.outlet IS NULL AND json_extract(d.authors, '$[0]') = ?)")
        params = [source, source, f"%/{source}", source]
    total = _one(conn, f"SELECT count(*) FROM documents d{where}", params)
    rows = conn.execute(f"{_SOURCE_SELECT}{where} ORDER BY d.id LIMIT ? OFFSET ?", [*params, limit, offset])
    return [_source(r) for r in rows], total


def sources_by_id(conn: sqlite3.Connection, ids: Sequence[int]) -> list[SourceRow]:
    """The documents with these ids as :func:`sources` lists them, by id (missing ones are left out)."""
    out: list[SourceRow] = []
    for chunk in _chunks(sorted(set(ids))):
        out += [_source(r) for r in conn.execute(f"{_SOURCE_SELECT} WHERE d.id IN ({_marks(chunk)}) ORDER BY d.id", chunk)]
    return out


def document(conn: sqlite3.Connection, doc_id: int) -> DocumentRecord | None:
    row = conn.execute(f"{_SOURCE_SELECT} WHERE d.id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    text, language, skip, synd = conn.execute(
        "SELECT text, language, skip_reason, syndicated_from FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()
    segs = tuple(
        SegmentRow(o, k, s, e, c, (qs, qe) if qs is not None else None)
        for o, k, s, e, c, qs, qe in conn.execute(
            'SELECT ord, kind, start, "end", comment, quote_start, quote_end FROM segments WHERE document_id = ? ORDER BY ord',
            (doc_id,),
        )
    )
    return DocumentRecord(_source(row), text, segs, language, skip, synd)


def document_event_ids(conn: sqlite3.Connection, doc_id: int) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM events WHERE document_id = ? ORDER BY id", (doc_id,))]


def spans(conn: sqlite3.Connection, doc_id: int) -> tuple[list[Span], int]:
    """Loaded language in a document, as the views show it: the technique spans confident enough to show
    (see :mod:`rashomon.report.spans`), and actor labels the actor table flags as loaded ("the Zionist
    regime"); and how many technique spans are left out (the export keeps them)."""
    shown, params = span_threshold().sql()
    out = [
        Span(s, e, t, code or ttext)
        for s, e, t, code, ttext in conn.execute(
            f'SELECT start, "end", technique, target_code, target_text FROM technique_spans WHERE document_id = ? AND {shown} '
            "ORDER BY start",
            (doc_id, *params),
        )
    ]
    hidden = _one(conn, f"SELECT count(*) FROM technique_spans WHERE document_id = ? AND NOT {shown}", (doc_id, *params))
    seen = {(s.start, s.end) for s in out}
    for s, e, code in conn.execute(
        'SELECT DISTINCT a.start, a."end", a.code FROM event_actors a JOIN events ev ON ev.id = a.event_id '
        "WHERE ev.document_id = ? AND a.loaded = 1",
        (doc_id,),
    ):
        if (s, e) not in seen:
            seen.add((s, e))
            out.append(Span(s, e, "Loaded label", code))
    return sorted(out, key=lambda x: (x.start, x.end)), hidden


# ---------------------------------------------------------------------------------------------- events


def events_order(ids: Sequence[int]) -> list[int]:
    """The order in which :func:`events` gives these ids: each first, by id within each run of 500."""
    ids = list(dict.fromkeys(int(i) for i in ids))
    return [i for chunk in _chunks(ids) for i in sorted(chunk)]


def events(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, EventDetail]:
    """The events with these ids (missing ones are left out), with their evidence sentence and actors, in
    :func:`events_order`."""
    found: dict[int, EventDetail] = {}
    ids = list(dict.fromkeys(int(i) for i in ids))
    for chunk in _chunks(ids):
        marks = _marks(chunk)
        actors: dict[int, dict[str, list[ActorRef]]] = defaultdict(lambda: {"source": [], "target": []})
        for event_id, role, text, code, name, loaded in conn.execute(
            f"SELECT event_id, role, text, code, name, loaded FROM event_actors WHERE event_id IN ({marks}) "
            "ORDER BY event_id, role, ord",
            chunk,
        ):
            actors[event_id][role].append(ActorRef(text, code, name, bool(loaded)))
        claims: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
        for event_id, cid, family, kind, src, tgt, status in conn.execute(
            f"SELECT ce.event_id, c.id, c.family, c.event, c.source, c.target, c.status FROM cluster_events ce "
            f"JOIN clusters c ON c.id = ce.cluster_id WHERE ce.event_id IN ({marks}) ORDER BY c.mentions DESC",
            chunk,
        ):
            claims[event_id].append((cid, claim_words(family, kind, src, tgt).text, status))
        # the sentence and trigger cut out by SQLite (substr counts characters, as str slicing does), not
        # whole texts carried into Python: a page's events come from hundreds of documents
        rows = conn.execute(
            f"""SELECT e.id, e.document_id, d.name, d.title, d.outlet, d.authors, d.published, e.segment, e.segment_kind,
                   e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end,
                   e.event, e.mode, e.cameo, e.goldstein, e.quad_class, e.modality, e.holder, e.speaker_text,
                   e.speaker_code, e.date, e.date_precision, e.place_name, e.place_country, e.place_lat, e.place_lon,
                   substr(d.text, e.sentence_start + 1, max(e.sentence_end - e.sentence_start, 0)),
                   substr(d.text, e.trigger_start + 1, max(e.trigger_end - e.trigger_start, 0))
                FROM events e JOIN documents d ON d.id = e.document_id WHERE e.id IN ({marks})""",
            chunk,
        ).fetchall()
        authors: dict[int, tuple[str, ...]] = {}
        for r in rows:
            a = actors[r[0]]
            by = authors.get(r[1])
            if by is None:
                by = authors[r[1]] = parse_authors(r[5])
            found[r[0]] = EventDetail(
                r[0], r[1], r[2], r[3], r[4], by, r[6], r[7], r[8], r[28], r[9], r[10],
                r[29], r[11], r[12], r[13], r[14], r[15], r[16], r[17], r[18], r[19], r[20], r[21],
                r[22], r[23], r[24], r[25], r[26], r[27], tuple(a["source"]), tuple(a["target"]),
                tuple(claims.get(r[0], ())),
            )  # fmt: skip
    return {i: found[i] for i in events_order(ids) if i in found}


# ---------------------------------------------------------------------------------------------- claims

_CLAIM_COLUMNS = (
    "id, label, event, source, target, status, date, place_name, mentions, documents, outlets, independent, "
    "deniers, goldstein, quad_class, family"
)


def _claim(r: Sequence[object]) -> Claim:
    return Claim(*r)  # type: ignore[arg-type]


def claims(
    conn: sqlite3.Connection,
    offset: int = 0,
    limit: int = 50,
    status: str | None = None,
    actor: str | None = None,
    event: str | None = None,
    complete: bool | None = None,
) -> tuple[list[Claim], int]:
    """A page of claims, most reported first, and how many match. ``complete``: only claims naming both
    their sides (True), only those missing one (False), or both (None)."""
    where, params = [], []
    if complete is not None:
        where.append("(source IS NOT NULL AND target IS NOT NULL)" if complete else "(source IS NULL OR target IS NULL)")
    if status in _CLAIM_STATUSES:
        where.append("status = ?")
        params.append(status)
    if actor:
        where.append("(source LIKE ? OR target LIKE ?)")
        params += [f"{actor}%", f"{actor}%"]
    if event:
        where.append("event = ?")
        params.append(event)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = _one(conn, f"SELECT count(*) FROM clusters{clause}", params)
    rows = conn.execute(
        f"SELECT {_CLAIM_COLUMNS} FROM clusters{clause} ORDER BY mentions DESC, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [_claim(r) for r in rows], total


def claims_by_id(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Claim]:
    """The claims with these ids, in the order given (missing ones are left out)."""
    found: dict[int, Claim] = {}
    for chunk in _chunks(list(ids)):
        for r in conn.execute(f"SELECT {_CLAIM_COLUMNS} FROM clusters WHERE id IN ({_marks(chunk)})", chunk):
            found[int(r[0])] = _claim(r)
    return [found[i] for i in ids if i in found]


def claim(conn: sqlite3.Connection, claim_id: int) -> Claim | None:
    row = conn.execute(f"SELECT {_CLAIM_COLUMNS} FROM clusters WHERE id = ?", (claim_id,)).fetchone()
    return _claim(row) if row else None


def statements_order(claim_ids: Sequence[int]) -> list[int]:
    """The order in which :func:`statements` gives these claims: by id within each run of 500, each once."""
    seen: set[int] = set()
    out = []
    for chunk in _chunks(list(claim_ids)):
        for cid in sorted(set(chunk) - seen):
            seen.add(cid)
            out.append(cid)
    return out


def statements(conn: sqlite3.Connection, claim_ids: Sequence[int], per_claim: int = 20) -> dict[int, list[Statement]]:
    """Each claim's statements (independent assertions first, then denials, then copies); another event of a
    sentence already listed with the same speaker and modality is the same statement, not listed again.
    Claims without statements are left out; the others come in :func:`statements_order`.

    Up to FIRST_STATEMENTS a claim, they are the ones the examine stage listed (``claim_firsts``); for more,
    SQLite drops the repeats and keeps each claim's first ``per_claim`` (window functions), so a claim of
    thousands of events costs a sort there, not thousands of rows carried into Python."""
    found: dict[int, list[Statement]] = defaultdict(list)
    if per_claim <= FIRST_STATEMENTS:
        for chunk in _chunks(list(dict.fromkeys(claim_ids))):
            for cid, event_id, stance, origin, independent in conn.execute(
                "SELECT cluster_id, event_id, stance, origin, independent FROM claim_firsts "
                f"WHERE cluster_id IN ({_marks(chunk)}) AND n <= ? ORDER BY cluster_id, n", [*chunk, per_claim]
            ):
                found[cid].append(Statement(event_id, stance, origin, bool(independent)))
        return {cid: found[cid] for cid in statements_order(claim_ids) if cid in found}
    for chunk in _chunks(list(dict.fromkeys(claim_ids))):
        for cid, event_id, stance, origin, independent in conn.execute(
            f"""WITH said AS (
                    SELECT ce.cluster_id, ce.event_id, ce.stance, ce.origin, ce.independent,
                           row_number() OVER (PARTITION BY ce.cluster_id, e.document_id, e.sentence_start, e.sentence_end,
                                                           coalesce(e.speaker_code, e.speaker_text), e.modality
                                              ORDER BY ce.independent DESC, ce.stance, ce.event_id) AS repeat
                    FROM cluster_events ce JOIN events e ON e.id = ce.event_id
                    WHERE ce.cluster_id IN ({_marks(chunk)})),
                firsts AS (
                    SELECT *, row_number() OVER (PARTITION BY cluster_id ORDER BY independent DESC, stance, event_id) AS n
                    FROM said WHERE repeat = 1)
                SELECT cluster_id, event_id, stance, origin, independent FROM firsts WHERE n <= ?
                ORDER BY cluster_id, independent DESC, stance, event_id""",
            [*chunk, per_claim],
        ):
            found[cid].append(Statement(event_id, stance, origin, bool(independent)))
    return {cid: found[cid] for cid in statements_order(claim_ids) if cid in found}


def _conflict_line(kind: str, raw: str) -> str:
    try:
        detail = json.loads(raw)
    except ValueError:
        return raw[:300]
    if not isinstance(detail, dict):
        return str(detail)[:300]
    parts = []
    for key, value in detail.items():
        if key.endswith("events") or key in ("event_a", "event_b"):
            continue
        parts.append(f"{key}: {value if not isinstance(value, list | dict) else json.dumps(value, ensure_ascii=False)}")
    return "; ".join(parts)[:300] or kind


def conflicts(conn: sqlite3.Connection, claim_ids: Sequence[int]) -> dict[int, list[Conflict]]:
    out: dict[int, list[Conflict]] = defaultdict(list)
    for chunk in _chunks(list(claim_ids)):
        for cid, kind, detail, a, b in conn.execute(
            f"SELECT cluster_id, kind, detail, event_a, event_b FROM conflicts WHERE cluster_id IN ({_marks(chunk)}) ORDER BY id",
            chunk,
        ):
            out[cid].append(Conflict(kind, _conflict_line(kind, detail), a, b))
    return out


# ---------------------------------------------------------------------------------------------- tone


@dataclass(frozen=True, slots=True)
class ToneGroup:
    """Tone of one source (a row: an outlet's articles, or its reader comments) toward one actor, summed."""

    source: str  # the outlet (or file name)
    row: str  # the source, or "source — comments"
    code: str
    weighted: float  # sum of tone x mentions
    mentions: int
    evidence: str  # the JSON evidence of its document with the most mentions


def tone_groups(conn: sqlite3.Connection, document_id: int | None = None) -> list[ToneGroup]:
    """The tones table summed per source, part and actor (whole parts, not the tones split out per quoted
voice): one grouped query, done once and filtered after."""
    clause, params = ("AND t.document_id = ?", [document_id]) if document_id is not None else ("", [])
    out = []
    for label, part, code, weighted, mentions, _top, ev in conn.execute(
        "SELECT coalesce(d.outlet, json_extract(d.authors, '$[0]'), d.name), t.part, t.code, sum(t.tone * t.mentions), "
        f"sum(t.mentions), max(t.mentions), t.evidence FROM tones t JOIN documents d ON d.id = t.document_id "
        f"WHERE t.voice = '' {clause} GROUP BY 1, 2, 3",
        params,
    ):
        label = source_label(label, (), label)
        out.append(ToneGroup(label, label if part == "article" else f"{label} — comments", code, weighted, mentions, ev))
    return out


def tone_chart(
    conn: sqlite3.Connection | None,
    max_sources: int = 12,
    max_actors: int = 12,
    source: str | None = None,
    actor: str | None = None,
    document_id: int | None = None,
    groups: list[ToneGroup] | None = None,
) -> ToneChart:
    """Each source's tone toward each actor, weighted by mentions. A source is an outlet (a document without
    one counts under its file name); reader comments are a row of their own ("X — comments"). ``groups``:
    :func:`tone_groups`, when already read."""
    if groups is None:
        assert conn is not None
        groups = tone_groups(conn, document_id)
    acc: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    evidence: dict[tuple[str, str], tuple[int, str]] = {}
    for g in groups:
        if (source and g.source != source) or (actor and not g.code.startswith(actor)):
            continue
        sums = acc[(g.row, g.code)]
        sums[0] += g.weighted
        sums[1] += g.mentions
        if g.mentions > evidence.get((g.row, g.code), (-1, ""))[0]:
            evidence[(g.row, g.code)] = (g.mentions, g.evidence)
    by_source: dict[str, float] = defaultdict(float)
    by_actor: dict[str, float] = defaultdict(float)
    for (row, code), (_, n) in acc.items():
        by_source[row] += n
        by_actor[code] += n
    srcs = tuple(sorted(by_source, key=lambda s: (-by_source[s], s))[:max_sources])
    acts = tuple(sorted(by_actor, key=lambda a: (-by_actor[a], a))[:max_actors])
    cells = {}
    for i, s in enumerate(srcs):
        for j, a in enumerate(acts):
            if (s, a) in acc and acc[(s, a)][1] > 0:
                total, n = acc[(s, a)]
                cells[(i, j)] = ToneCell(round(max(-1.0, min(1.0, total / n)), 2), int(n), _quotes(evidence[(s, a)][1]))
    return ToneChart(srcs, acts, cells, len(by_source), len(by_actor))


def _quotes(raw: str, n: int = 3) -> tuple[str, ...]:
    """The quoted text of a tone's evidence (a JSON list of {start, end, text, score, cues})."""
    try:
        spans = json.loads(raw or "[]")
    except ValueError:
        return ()
    if not isinstance(spans, list):
        return ()
    return tuple(s["text"][:200] for s in spans if isinstance(s, dict) and isinstance(s.get("text"), str))[:n]


# ---------------------------------------------------------------------------------------------- actors


@dataclass(frozen=True, slots=True)
class ActorSummary:
    code: str
    name: str | None
    as_source: int
    as_target: int
    texts: tuple[tuple[str, int], ...]  # how sources name it, most frequent first
    loaded: int  # mentions with a loaded label


def actor(conn: sqlite3.Connection, code: str) -> ActorSummary | None:
    counts = dict(
        conn.execute("SELECT role, count(DISTINCT event_id) FROM event_actors WHERE code = ? GROUP BY role", (code,)).fetchall()
    )
    if not counts:
        return None
    name = conn.execute("SELECT name FROM event_actors WHERE code = ? AND name IS NOT NULL LIMIT 1", (code,)).fetchone()
    texts = tuple(
        (t, n)
        for t, n in conn.execute(
            "SELECT text, count(*) AS n FROM event_actors WHERE code = ? GROUP BY text ORDER BY n DESC, text LIMIT 12", (code,)
        )
    )
    loaded = _one(conn, "SELECT count(*) FROM event_actors WHERE code = ? AND loaded = 1", (code,))
    words = actor_name(code, {code: name[0]} if name else None)
    return ActorSummary(code, words if words != code else None, counts.get("source", 0), counts.get("target", 0), texts, loaded)
