"""The cross-examination in the store: reading what the examine stage needs (sources, events, tone
mentions), replacing its results (claims, their statements and conflicts, tones) as a whole, and reading
them back for exports and views."""

from __future__ import annotations

import json
import sqlite3
import time
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from rashomon.examine.grow import Stored
from rashomon.examine.ledger import Grown, Ledger
from rashomon.examine.stage import Placed
from rashomon.records import (
    Actor,
    ActorMention,
    Claim,
    Conflict,
    EventRef,
    SegmentKind,
    Source,
    Statement,
    Tone,
    ToneMention,
    one_per_sentence,
)
from rashomon.store.events import line_from_json, line_json
from rashomon.store.schema import FIRST_STATEMENTS, claim_firsts_fill
from rashomon.store.store import Store

PAGE = 2000


def _chunks(ids: Sequence[Any], size: int = 900) -> Iterator[tuple[str, Sequence[Any]]]:
    """``ids`` a chunk at a time, with the chunk's placeholders (SQLite limits the parameters of a query)."""
    for i in range(0, len(ids), size):
        chunk = ids[i : i + size]
        yield ",".join("?" * len(chunk)), chunk


def load_sources(store: Store, documents: Collection[int] | None = None) -> dict[str, Source]:
    """Every stored document (or those of ``documents``, by id) as a Source (metadata only, never its
    text), keyed by content hash."""
    where = [("", ())] if documents is None else [(f"IN ({m})", c) for m, c in _chunks(sorted(documents))]
    commenters: dict[int, list[tuple[int, str]]] = defaultdict(list)
    rows: list[Any] = []
    for marks, chunk in where:
        for row in store.conn.execute(
            "SELECT s.document_id, s.comment, trim(substr(d.text, s.start + 1, s.\"end\" - s.start)) AS name "
            "FROM segments s JOIN documents d ON d.id = s.document_id "
            "WHERE s.kind = 'byline' AND s.comment IS NOT NULL AND s.\"end\" - s.start < 80"
            + (f" AND s.document_id {marks}" if marks else ""), chunk
        ):
            commenters[row["document_id"]].append((int(row["comment"]), row["name"]))
        rows += store.conn.execute(
            "SELECT id, content_hash, name, outlet, syndicated_from, authors, published, title FROM documents"
            + (f" WHERE id {marks}" if marks else ""), chunk
        ).fetchall()
    out: dict[str, Source] = {}
    for row in rows:
        out[row["content_hash"]] = Source(
            document=row["content_hash"],
            name=row["name"],
            outlet=row["outlet"],
            syndicated_from=row["syndicated_from"],
            authors=tuple(json.loads(row["authors"])),
            published=row["published"],
            title=row["title"],
            commenters=tuple(commenters.get(row["id"], ())),
        )
    return out


_EVENT_SELECT = """SELECT e.id, d.content_hash, e.segment, e.segment_kind, s.comment, e.sentence_start, e.sentence_end,
       e.event, e.cameo, e.goldstein, e.quad_class, e.modality, e.holder, e.speaker_code, e.speaker_text, e.date,
       e.date_precision, e.place_name, e.place_lat, e.place_lon, e.place_country, e.place_line, e.document_id
FROM events e JOIN documents d ON d.id = e.document_id
LEFT JOIN segments s ON s.document_id = e.document_id AND s.ord = e.segment"""
_KINDS = {k.value: k for k in SegmentKind}


def load_events(store: Store, after: int = 0, ids: Sequence[int] | None = None) -> Iterator[EventRef]:
    """Every stored event with an id over ``after`` (or those of ``ids``) as an EventRef, a page at a time."""
    cur = store.conn.cursor()
    cur.row_factory = None  # plain tuples: this reads every event of a store
    wanted = sorted(ids) if ids is not None else None
    last = after
    while True:
        if wanted is None:
            rows = cur.execute(f"{_EVENT_SELECT} WHERE e.id > ? ORDER BY e.id LIMIT ?", (last, PAGE)).fetchall()
        else:
            page, wanted = wanted[:PAGE], wanted[PAGE:]
            rows = cur.execute(f"{_EVENT_SELECT} WHERE e.id IN ({','.join('?' * len(page))}) ORDER BY e.id",
                               page).fetchall() if page else []  # fmt: skip
        if not rows:
            return
        # the sentences are cut from each document's text read once a page (an SQL substr() would read the
        # whole text again for every event)
        doc_ids = sorted({r[22] for r in rows})
        texts: dict[int, str] = dict(
            cur.execute(f"SELECT id, text FROM documents WHERE id IN ({','.join('?' * len(doc_ids))})", doc_ids)
        )
        sides: dict[int, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {r[0]: ([], []) for r in rows}
        marks = ",".join("?" * len(rows))
        for event_id, role, code, country in cur.execute(
            f"SELECT event_id, role, code, country FROM event_actors WHERE event_id IN ({marks}) "
            "AND code IS NOT NULL ORDER BY event_id, role, ord",
            [r[0] for r in rows],
        ):
            sides[event_id][role != "source"].append((code, country or code))
        for r in rows:
            src, tgt = sides[r[0]]
            yield EventRef(
                id=r[0], document=r[1], segment=r[2], segment_kind=_KINDS[r[3]], comment=r[4], start=r[5],
                end=r[6], text=texts[r[22]][r[5] : r[6]], event=r[7], cameo=r[8], goldstein=r[9],
                quad_class=r[10], source=tuple(c for c, _ in src), target=tuple(c for c, _ in tgt),
                source_keys=tuple(k for _, k in src), target_keys=tuple(k for _, k in tgt), modality=r[11],
                holder=r[12], speaker=r[13], speaker_text=r[14], date=r[15], precision=r[16], place=r[17],
                lat=r[18], lon=r[19], place_country=r[20], place_line=line_from_json(r[21]),
            )  # fmt: skip
        last = int(rows[-1][0])


def event_sides(store: Store) -> Iterator[tuple[int, str, tuple[str, ...], tuple[str, ...]]]:
    """Every stored event as (id, type, its sources' keys, its targets' keys), in id order, a page at a time:
    what blocking events by proposition needs, without their evidence (keys as :func:`load_events` gives
    them: an actor's country, else its code)."""
    cur = store.conn.cursor()
    cur.row_factory = None
    last = 0
    while True:
        rows = cur.execute("SELECT id, event FROM events WHERE id > ? ORDER BY id LIMIT ?", (last, PAGE)).fetchall()
        if not rows:
            return
        sides: dict[int, tuple[list[str], list[str]]] = {r[0]: ([], []) for r in rows}
        for event_id, role, code, country in cur.execute(
            "SELECT event_id, role, code, country FROM event_actors WHERE event_id BETWEEN ? AND ? "
            "AND code IS NOT NULL ORDER BY event_id, role, ord",
            (rows[0][0], rows[-1][0]),
        ):
            sides[event_id][role != "source"].append(country or code)
        for event_id, event in rows:
            yield event_id, event, tuple(sides[event_id][0]), tuple(sides[event_id][1])
        last = int(rows[-1][0])


def document_pages(store: Store, size: int = PAGE) -> Iterator[list[int]]:
    """The stored documents' ids, ``size`` at a time, in id order."""
    last = 0
    while ids := [r[0] for r in store.conn.execute(
            "SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ?", (last, size))]:  # fmt: skip
        yield ids
        last = ids[-1]


def _stored_actor(code: str | None, country: str | None, name: str) -> Actor | None:
    """An actor as the store keeps it (code and country): the sector is what the code adds to the country."""
    if not code:
        return None
    sector = code[len(country) :] or None if country and code.startswith(country) else None
    return Actor(code, country, sector, name)


def load_tone_mentions(store: Store, documents: Collection[int] | None = None) -> dict[str, list[ToneMention]]:
    """Every stored tone mention (or those of ``documents``, by id), by document content hash."""
    out: dict[str, list[ToneMention]] = defaultdict(list)
    select = "SELECT t.*, d.content_hash FROM tone_mentions t JOIN documents d ON d.id = t.document_id"
    where = [("", ())] if documents is None else [(f" WHERE t.document_id IN ({m})", c)
                                                    for m, c in _chunks(sorted(documents))]  # fmt: skip
    rows = (r for clause, chunk in where for r in store.conn.execute(f"{select}{clause} ORDER BY t.id", chunk))
    for r in rows:
        actor = _stored_actor(r["code"], r["country"], r["text"])
        speaker = None
        if r["speaker_text"] is not None:
            said = _stored_actor(r["speaker_code"], r["speaker_country"], r["speaker_text"])
            speaker = ActorMention(r["speaker_text"], 0, 0, said, via="stored" if said else "unresolved")
        out[r["content_hash"]].append(
            ToneMention(
                segment=r["segment"],
                segment_kind=SegmentKind(r["segment_kind"]),
                actor=ActorMention(r["text"], r["start"], r["end"], actor, bool(r["loaded"])),
                sentence_start=r["sentence_start"],
                sentence_end=r["sentence_end"],
                score=r["score"],
                cues=tuple(json.loads(r["cues"])),
                speaker=speaker,
            )
        )
    return out


def save_examination(
    store: Store,
    placed: Iterable[Sequence[Placed]],
    tones: Iterable[Sequence[Tone]],
    *,
    version: str,
    run_id: int | None,
    documents: int,
    events: int,
    started: float,
) -> None:
    """Replace the stored cross-examination with this one, in one transaction. ``placed`` and ``tones`` come
    a batch at a time, each written before the next is asked for: a full examination streamed from the store
    (which it may read meanwhile) holds one batch, never the whole of it. ``started``: when the examination
    began (``time.perf_counter()``), for its seconds."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM claim_firsts")
        conn.execute("DELETE FROM clusters")
        conn.execute("DELETE FROM tones")
        for batch in placed:
            _write(conn, batch, (), None)
        for tone_batch in tones:
            _write(conn, (), tone_batch, None)
        conn.execute(claim_firsts_fill())
        _record(conn, "full", version, run_id, documents, events, time.perf_counter() - started)


def update_examination(
    store: Store,
    blocks: Collection[str],
    placed: Sequence[Placed],
    tone_documents: Collection[int],
    tones: Sequence[Tone],
    *,
    version: str,
    run_id: int | None,
    documents: int,
    events: int,
    seconds: float,
    grown: Sequence[tuple[int | None, Placed]] = (),
    claims: Collection[int] = (),
    reordered: Sequence[tuple[int, int]] = (),
    ledgered: Sequence[tuple[int, Placed, Grown]] = (),
) -> None:
    """Replace the claims of ``blocks`` and the claims ``claims`` (by id) with ``placed``, the claims of
    ``grown`` (stored id, or None for a new claim) each with its new weighing, the claims of ``ledgered``
    (stored id) with their weighing from their ledgers (only the statements added or changed are written),
    and the tones of ``tone_documents`` with ``tones``, in one transaction; ``reordered`` claims (id, group)
    are now their block's group-th (their place in reading order moves with it). Every other claim and tone
    is kept."""
    with store.transaction() as conn:
        # a claim of ``placed`` already stored (same claim id) is written over its row, which keeps the rows of
        # its statements that did not change; the other stored claims of ``blocks`` and ``claims`` go
        stored = _stored_claims(conn, blocks, claims)
        kept = {p.claim.claim: stored[p.claim.claim] for p in placed if p.claim.claim in stored}
        gone = sorted({i for i, _ in stored.values()} - {i for i, _ in kept.values()})
        for marks, chunk in _chunks(gone):
            conn.execute(f"DELETE FROM clusters WHERE id IN ({marks})", chunk)
        conn.executemany("UPDATE clusters SET sort_key = substr(sort_key, 1, length(sort_key) - 9) || ? WHERE id = ?",
                         [(f"{group:09d}", claim) for claim, group in reordered])  # fmt: skip
        for marks, chunk in _chunks(sorted(tone_documents)):
            conn.execute(f"DELETE FROM tones WHERE document_id IN ({marks})", chunk)
        written = _write(conn, [p for p in placed if p.claim.claim not in kept], tones, tone_documents)
        rewritten = [(_write_claim(conn, p, *kept[p.claim.claim]), p) for p in placed if p.claim.claim in kept]
        rewritten += [(_write_claim(conn, p, cluster_id), p) for cluster_id, p in grown]
        rewritten += [((cluster_id, _write_grown(conn, cluster_id, p, g)), p) for cluster_id, p, g in ledgered]
        again = [c for (c, change), p in rewritten
                 if change is None or _list_firsts_changed(conn, c, *change, small=_events_of(p) < SMALL_CLAIM)]  # fmt: skip
        _list_firsts(conn, written + again)
        _record(conn, "incremental", version, run_id, documents, events, seconds)


def _stored_claims(conn: sqlite3.Connection, blocks: Collection[str],
                   claims: Collection[int]) -> dict[str, tuple[int, tuple[Any, ...]]]:  # fmt: skip
    """The stored claims of ``blocks`` and of ``claims`` (by id): their ids and rows (``_CLAIM_COLUMNS``) by
    claim id."""
    out: dict[str, tuple[int, tuple[Any, ...]]] = {}
    for where, keys in (("block", sorted(blocks)), ("id", sorted(claims))):
        for marks, chunk in _chunks(keys):
            for r in conn.execute(f"SELECT id, {_CLAIM_COLUMNS} FROM clusters WHERE {where} IN ({marks})", chunk):
                out[r[1]] = (int(r[0]), tuple(r[1:]))
    return out


_CLAIM_COLUMNS = ("claim, event, family, source, target, label, date, date_precision, place_name, place_lat, "
                  "place_lon, place_country, status, mentions, documents, outlets, independent, deniers, goldstein, "
                  "quad_class, place_line, block, sort_key, piece, ledger")  # fmt: skip


_NAMES = [name.strip() for name in _CLAIM_COLUMNS.split(",")]
#: a statement's row written over the stored one by an UPDATE of its own columns (INSERT OR REPLACE would
#: delete and insert it, rewriting its entry in ``cluster_events_event`` too)
_UPSERT_STATEMENT = (
    "INSERT INTO cluster_events (cluster_id, event_id, stance, origin, independent) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (cluster_id, event_id) DO UPDATE SET stance = excluded.stance, origin = excluded.origin, "
    "independent = excluded.independent"
)


def _update_claim(conn: sqlite3.Connection, cluster_id: int, values: Sequence[Any],
                  before: Sequence[Any] | None = None) -> None:  # fmt: skip
    """Write ``values`` (``_CLAIM_COLUMNS``) over the stored claim ``cluster_id``, ``before`` when known
    (else read, but for its ledger, which is written unless both are none): only the columns that differ.
    SQLite rewrites the index entries of every column an UPDATE sets, changed or not; the claims' four
    indexes were a quarter of the pages an update wrote."""
    if before is None:
        row = conn.execute(f"SELECT {', '.join(_NAMES[:-1])}, ledger IS NULL FROM clusters WHERE id = ?",
                           (cluster_id,)).fetchone()  # fmt: skip
        before = (*row[:-1], None if row[-1] else object()) if row is not None else [object()] * len(_NAMES)
    changed = [i for i, (new, old) in enumerate(zip(values, before, strict=True)) if new != old]
    if changed:
        conn.execute(f"UPDATE clusters SET {', '.join(f'{_NAMES[i]} = ?' for i in changed)} WHERE id = ?",
                     [*(values[i] for i in changed), cluster_id])  # fmt: skip


def _list_firsts(conn: sqlite3.Connection, claims: Sequence[int]) -> None:
    """List again the first statements of ``claims`` (by id), as the views read them (``claim_firsts``)."""
    for marks, chunk in _chunks(sorted(set(claims))):
        conn.execute(f"DELETE FROM claim_firsts WHERE cluster_id IN ({marks})", chunk)
        conn.execute(claim_firsts_fill(f"ce.cluster_id IN ({marks})"), chunk)


#: A claim of fewer events than this whose statements changed has its first statements listed again from
#: all its events (with the other such claims, in one query), a larger one from its listed ones
SMALL_CLAIM = 100


def _events_of(p: Placed) -> int:
    """How many events the placed claim holds (a ledger's count when it grew from one)."""
    return p.ledger.events if p.ledger is not None else sum(1 + len(s.also) for s in p.claim.statements)


def _list_firsts_changed(conn: sqlite3.Connection, claim: int, changed: Mapping[int, tuple[str, int]],
                         gone: Collection[int] = (), small: bool = False) -> bool:  # fmt: skip
    """List again the first statements of ``claim``, whose rows of the events ``changed`` were written (gained,
    or changed: each with its stance and independence now) and of the events ``gone`` deleted, every other
    row kept, without sorting all its events. A statement is the first of its sentence's events (same
    speaker and modality), so only the sentences of the documents of ``changed`` can have a new first; the
    listed statements (FIRST_STATEMENTS of them) come before every other sentence's first. So the new list
    is made from the listed statements and the claim's events in those documents, and holds when it does not
    end after where the old one ended. When no listed event changed and every changed one comes after the
    last listed (the views list independent assertions, then denials, then copies, each by event id), the
    list stays as it is. Returns whether the claim is to be listed whole (:func:`_list_firsts`, a query for
    many claims): when a listed event went, when the new list may not hold, or, for a ``small`` claim, instead
    of making the new list from its candidates."""
    if not changed and not gone:
        return False
    listed = conn.execute("SELECT event_id, stance, independent FROM claim_firsts WHERE cluster_id = ? ORDER BY n",
                          (claim,)).fetchall()  # fmt: skip
    listed_ids = {r[0] for r in listed}
    if listed_ids & set(gone):
        return True
    full = len(listed) >= FIRST_STATEMENTS
    last = (-listed[-1][2], listed[-1][1], listed[-1][0]) if listed else (0, "", 0)  # read only when full
    if full and not listed_ids & set(changed) and all(
            (-independent, stance, e) > last for e, (stance, independent) in changed.items()):  # fmt: skip
        return False
    if small:
        return True
    candidates = set(listed_ids)
    for marks, chunk in _chunks(sorted(changed)):
        candidates.update(r[0] for r in conn.execute(
            "SELECT ce.event_id FROM events e CROSS JOIN cluster_events ce ON ce.cluster_id = ? AND ce.event_id = e.id "
            f"WHERE e.document_id IN (SELECT document_id FROM events WHERE id IN ({marks}))", [claim, *chunk]))  # fmt: skip
    ordered = sorted(candidates)
    if len(ordered) > 900:  # more than a query's parameters: the claim as a whole
        return True
    conn.execute("DELETE FROM claim_firsts WHERE cluster_id = ?", (claim,))
    conn.execute(claim_firsts_fill(f"ce.cluster_id = ? AND ce.event_id IN ({','.join('?' * len(ordered))})"),
                 [claim, *ordered])  # fmt: skip
    if not full:  # every sentence's first was listed: the candidates hold every first there is
        return False
    now = conn.execute("SELECT count(*), max(n) FROM claim_firsts WHERE cluster_id = ?", (claim,)).fetchone()
    end = conn.execute("SELECT event_id, stance, independent FROM claim_firsts WHERE cluster_id = ? AND n = ?",
                       (claim, now[1])).fetchone()  # fmt: skip
    # a first not among the candidates may come before the new list's end: the claim is listed whole
    return now[0] < FIRST_STATEMENTS or end is None or (-end[2], end[1], end[0]) > last


def _write_claim(conn: sqlite3.Connection, p: Placed, cluster_id: int | None = None, before: tuple[Any, ...] | None = None
                 ) -> tuple[int, tuple[dict[int, tuple[str, int]], set[int]] | None]:  # fmt: skip
    """Insert a claim with its statements and conflicts, or write it over the stored claim ``cluster_id``
    (its row, ``before`` when known, written only when it differs; the rows of its events only where they
    differ). Returns its id and, for a claim written over
    one that had rows, the events whose rows were written (gained or changed) with their stance and
    independence, and the events whose rows went (None for a new claim). Its first statements are listed
    apart (:func:`_list_firsts`, :func:`_list_firsts_changed`)."""
    c = p.claim
    values = (c.claim, c.event, c.family, c.source, c.target, c.label, c.date, c.precision, c.place, c.lat,
              c.lon, c.place_country, c.status, sum(1 + len(s.also) for s in c.statements), c.documents,
              len({s.origin for s in c.statements if s.origin.startswith("outlet:")}), len(c.asserting),
              len(c.denying), c.goldstein, c.quad_class, line_json(c.place_line), p.block, p.order, p.piece or None,
              p.ledger.to_json() if p.ledger is not None else None)  # fmt: skip
    rows: dict[int, tuple[str, str, int]] = {}
    for s in c.statements:
        for e in (s.event, *s.also):
            rows.setdefault(e, (s.stance, s.origin, int(s.independent and e == s.event)))
    stale: dict[int, tuple[str, str, int]] = {}
    if cluster_id is None:
        cur = conn.execute(f"INSERT INTO clusters ({_CLAIM_COLUMNS}) VALUES ({','.join('?' * len(values))})", values)
        cluster_id = int(cur.lastrowid or 0)
    else:
        _update_claim(conn, cluster_id, values, before)
        conn.execute("DELETE FROM conflicts WHERE cluster_id = ?", (cluster_id,))
        stale = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
            "SELECT event_id, stance, origin, independent FROM cluster_events WHERE cluster_id = ?", (cluster_id,))}  # fmt: skip
        conn.executemany("DELETE FROM cluster_events WHERE cluster_id = ? AND event_id = ?",
                         [(cluster_id, e) for e in stale if e not in rows])  # fmt: skip
    conn.executemany(_UPSERT_STATEMENT, [(cluster_id, e, *row) for e, row in rows.items() if stale.get(e) != row])
    conn.executemany(
        "INSERT INTO conflicts (cluster_id, kind, detail, event_a, event_b) VALUES (?, ?, ?, ?, ?)",
        [(cluster_id, k.kind, json.dumps(k.detail), k.event_a, k.event_b) for k in c.conflicts],
    )
    if not stale:
        return cluster_id, None
    return cluster_id, ({e: (row[0], row[2]) for e, row in rows.items() if stale.get(e) != row},
                        {e for e in stale if e not in rows})  # fmt: skip


def _write_grown(conn: sqlite3.Connection, cluster_id: int, p: Placed,
                 g: Grown) -> tuple[dict[int, tuple[str, int]], set[int]]:  # fmt: skip
    """Write a claim grown from its ledger over the stored claim ``cluster_id``: its weighing, ledger and
    conflicts, and the rows of the statements it gained or changed (``p.claim.statements``); every other
    row is kept. Returns the events whose rows were written with their stance and independence, and the
    events whose rows went (none: a claim grown from its ledger keeps every event)."""
    c, ledger = p.claim, g.ledger
    values = (c.claim, c.event, c.family, c.source, c.target, c.label, c.date, c.precision, c.place, c.lat,
              c.lon, c.place_country, c.status, ledger.events, ledger.documents, ledger.outlets(),
              len(ledger.origins["asserts"]), len(ledger.origins["denies"]), c.goldstein, c.quad_class,
              line_json(c.place_line), p.block, p.order, p.piece or None, ledger.to_json())  # fmt: skip
    _update_claim(conn, cluster_id, values)
    conn.execute("DELETE FROM conflicts WHERE cluster_id = ?", (cluster_id,))
    rows = {e: (s.stance, s.origin, int(s.independent and e == s.event)) for s in c.statements for e in (s.event, *s.also)}
    conn.executemany(_UPSERT_STATEMENT, [(cluster_id, e, *row) for e, row in rows.items()])
    conn.executemany(
        "INSERT INTO conflicts (cluster_id, kind, detail, event_a, event_b) VALUES (?, ?, ?, ?, ?)",
        [(cluster_id, k.kind, json.dumps(k.detail), k.event_a, k.event_b) for k in c.conflicts],
    )
    return {e: (row[0], row[2]) for e, row in rows.items()}, set()


def _write(conn: sqlite3.Connection, placed: Sequence[Placed], tones: Sequence[Tone],
           tone_documents: Collection[int] | None) -> list[int]:  # fmt: skip
    """Insert claims (with their statements and conflicts) and tones; the claims' ids."""
    written = [_write_claim(conn, p)[0] for p in placed]
    hashes = sorted({t.document for t in tones})
    ids: dict[str, int] = {}
    for marks, chunk in _chunks(hashes):
        ids.update(conn.execute(f"SELECT content_hash, id FROM documents WHERE content_hash IN ({marks})", chunk))
    by_document: dict[str, list[Tone]] = defaultdict(list)
    for t in tones:
        if t.document in ids and (tone_documents is None or ids[t.document] in tone_documents):
            by_document[t.document].append(t)
    for doc, doc_tones in by_document.items():
        text = conn.execute("SELECT text FROM documents WHERE id = ?", (ids[doc],)).fetchone()[0]
        conn.executemany(
            "INSERT INTO tones (document_id, part, voice, code, tone, mentions, evidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (ids[doc], t.part, t.voice, t.actor, t.tone, t.mentions, json.dumps([
                    {"start": m.sentence_start, "end": m.sentence_end, "text": text[m.sentence_start : m.sentence_end],
                     "mention": m.actor.text, "score": round(m.score, 3), "cues": list(m.cues),
                     "speaker": _speaker_name(m.speaker)} for m in t.evidence]))
                for t in doc_tones
            ],
        )
    return written


def _record(conn: sqlite3.Connection, mode: str, version: str, run_id: int | None, documents: int, events: int,
            seconds: float) -> None:  # fmt: skip
    """Note the examination, what it had seen (the highest event and tone mention ids), and that nothing is
    stale any more."""
    claims = conn.execute("SELECT count(*) FROM clusters").fetchone()[0]
    last_event = conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
    last_tone = conn.execute("SELECT coalesce(max(id), 0) FROM tone_mentions").fetchone()[0]
    conn.execute("DELETE FROM examine_stale")
    conn.execute(
        "INSERT INTO examinations (run_id, version, created_at, documents, events, clusters, seconds, mode, "
        "last_event, last_tone_mention) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (run_id, version, datetime.now(UTC).isoformat(timespec="seconds"), documents, events, claims,
         round(seconds, 3), mode, last_event, last_tone),
    )


@dataclass(frozen=True, slots=True)
class Since:
    """What changed since the last examination: the events and tone mentions added (ids over these), and the
    blocks and documents whose events or tone mentions went away (re-coded documents)."""

    version: str
    last_event: int
    last_tone_mention: int
    stale_blocks: frozenset[str]
    stale_documents: frozenset[int]


def since_last(store: Store) -> Since | None:
    """What changed since the last examination; None when there is none to build on (never examined, or by
    a rashomon that did not note what it had seen)."""
    row = store.conn.execute(
        "SELECT version, last_event, last_tone_mention FROM examinations ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None or row["last_event"] is None or row["last_tone_mention"] is None:
        return None
    stale = store.conn.execute("SELECT kind, key FROM examine_stale").fetchall()
    return Since(row["version"], int(row["last_event"]), int(row["last_tone_mention"]),
                 frozenset(r["key"] for r in stale if r["kind"] == "block"),
                 frozenset(int(r["key"]) for r in stale if r["kind"] == "document"))  # fmt: skip


def block_events(store: Store, blocks: Collection[str]) -> list[int]:
    """The ids of the events the stored claims of ``blocks`` hold."""
    out: set[int] = set()
    for marks, chunk in _chunks(sorted(blocks)):
        out.update(r[0] for r in store.conn.execute(
            f"SELECT ce.event_id FROM cluster_events ce JOIN clusters c ON c.id = ce.cluster_id "
            f"WHERE c.block IN ({marks})", chunk))  # fmt: skip
    return sorted(out)


def block_pieces(store: Store, blocks: Collection[str]) -> dict[str, list[tuple[int, str | None]]]:
    """The stored claims of ``blocks``: (id, which group of its block it is), by block."""
    out: dict[str, list[tuple[int, str | None]]] = defaultdict(list)
    for marks, chunk in _chunks(sorted(blocks)):
        for r in store.conn.execute(f"SELECT block, id, piece FROM clusters WHERE block IN ({marks})", chunk):
            out[r[0]].append((int(r[1]), r[2]))
    return out


def stored_statements(store: Store, claims: Collection[int]) -> dict[int, dict[int, Stored]]:
    """The stored events of ``claims`` (by id), each with how its statement stands, by claim."""
    out: dict[int, dict[int, Stored]] = defaultdict(dict)
    for marks, chunk in _chunks(sorted(claims)):
        for r in store.conn.execute(
            "SELECT cluster_id, event_id, stance, origin, independent FROM cluster_events "
            f"WHERE cluster_id IN ({marks})", chunk
        ):
            out[r[0]][r[1]] = Stored(r[2], r[3], bool(r[4]))
    return out


def claim_ledgers(store: Store, claims: Collection[int]) -> dict[int, Ledger]:
    """The ledgers of the stored claims ``claims`` (by id) that have one that reads (a ledger that does not,
    written by another rashomon or damaged, is left out: its claim grows from all its events, and the
    ledger is written again)."""
    out: dict[int, Ledger] = {}
    for marks, chunk in _chunks(sorted(claims)):
        for r in store.conn.execute(f"SELECT id, ledger FROM clusters WHERE id IN ({marks}) AND ledger IS NOT NULL",
                                    chunk):  # fmt: skip
            try:
                out[int(r[0])] = Ledger.from_json(r[1])
            except (ValueError, KeyError, TypeError):
                continue
    return out


def claims_in_documents(store: Store, documents: Collection[str], before: int) -> set[int]:
    """The stored claims holding an event (of id up to ``before``) of ``documents`` (by content hash)."""
    out: set[int] = set()
    for marks, chunk in _chunks(sorted(documents)):
        out.update(r[0] for r in store.conn.execute(
            "SELECT DISTINCT ce.cluster_id FROM documents d JOIN events e ON e.document_id = d.id "
            f"JOIN cluster_events ce ON ce.event_id = e.id WHERE d.content_hash IN ({marks}) AND e.id <= ?",
            [*chunk, before]))  # fmt: skip
    return out


def held_rows(store: Store, claim: int, events: Collection[int]) -> dict[int, Stored]:
    """How the statements of the events ``events`` of the stored claim ``claim`` stand."""
    out: dict[int, Stored] = {}
    for marks, chunk in _chunks(sorted(events)):
        for r in store.conn.execute("SELECT event_id, stance, origin, independent FROM cluster_events "
                                    f"WHERE cluster_id = ? AND event_id IN ({marks})", [claim, *chunk]):  # fmt: skip
            out[r[0]] = Stored(r[1], r[2], bool(r[3]))
    return out


def held_alongside(store: Store, claim: int, events: Collection[int]) -> set[int]:
    """The events of the stored claim ``claim`` in the documents of the events ``events``."""
    out: set[int] = set()
    for marks, chunk in _chunks(sorted(events)):
        out.update(r[0] for r in store.conn.execute(
            "SELECT ce.event_id FROM events e CROSS JOIN cluster_events ce ON ce.cluster_id = ? AND ce.event_id = e.id "
            f"WHERE e.document_id IN (SELECT document_id FROM events WHERE id IN ({marks}))", [claim, *chunk]))  # fmt: skip
    return out


def claim_events(store: Store, claims: Collection[int]) -> list[int]:
    """The ids of the events the stored claims ``claims`` (by id) hold."""
    out: set[int] = set()
    for marks, chunk in _chunks(sorted(claims)):
        out.update(r[0] for r in store.conn.execute(
            f"SELECT event_id FROM cluster_events WHERE cluster_id IN ({marks})", chunk))  # fmt: skip
    return sorted(out)


def tone_documents_after(store: Store, last_tone_mention: int) -> set[int]:
    """Documents with tone mentions added since (ids over ``last_tone_mention``)."""
    return {r[0] for r in store.conn.execute(
        "SELECT DISTINCT document_id FROM tone_mentions WHERE id > ?", (last_tone_mention,))}  # fmt: skip


def claim_counts(store: Store) -> dict[str, int]:
    """Stored claims per status."""
    return dict(store.conn.execute("SELECT status, count(*) FROM clusters GROUP BY status").fetchall())


def _speaker_name(m: ActorMention | None) -> str | None:
    """How a tone's evidence names its speaker: the actor code when resolved, else the words."""
    if m is None:
        return None
    return m.actor.code if m.actor is not None else m.text


def examined(store: Store) -> bool:
    """Whether the examine stage has run on this store at least once."""
    return store.conn.execute("SELECT 1 FROM examinations LIMIT 1").fetchone() is not None



def load_claims(store: Store) -> list[Claim]:
    """Every stored claim as a record, with its statements and conflicts, in claim order."""
    statements: dict[int, list[Statement]] = defaultdict(list)
    for r in store.conn.execute(
        """SELECT ce.cluster_id, ce.stance, ce.origin, ce.independent, e.id, e.segment, e.segment_kind,
                  e.modality, e.speaker_code, e.speaker_text, e.sentence_start, e.sentence_end, d.content_hash,
                  substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS text
           FROM cluster_events ce JOIN events e ON e.id = ce.event_id JOIN documents d ON d.id = e.document_id
           ORDER BY ce.cluster_id, d.published IS NULL, d.published, d.id, e.sentence_start"""
    ):
        statements[r["cluster_id"]].append(
            Statement(
                event=r["id"],
                document=r["content_hash"],
                segment=r["segment"],
                segment_kind=SegmentKind(r["segment_kind"]),
                speaker=r["speaker_code"] or r["speaker_text"],
                modality=r["modality"],
                stance=r["stance"],
                text=r["text"],
                start=r["sentence_start"],
                end=r["sentence_end"],
                origin=r["origin"],
                independent=bool(r["independent"]),
            )
        )
    conflicts: dict[int, list[Conflict]] = defaultdict(list)
    for r in store.conn.execute("SELECT * FROM conflicts ORDER BY id"):
        conflicts[r["cluster_id"]].append(Conflict(r["kind"], json.loads(r["detail"]), r["event_a"], r["event_b"]))
    return [
        Claim(
            claim=c["claim"], event=c["event"], family=c["family"], source=c["source"], target=c["target"],
            label=c["label"], date=c["date"], precision=c["date_precision"], place=c["place_name"],
            lat=c["place_lat"], lon=c["place_lon"], place_country=c["place_country"], status=c["status"],
            statements=tuple(one_per_sentence(statements[c["id"]])), conflicts=tuple(conflicts[c["id"]]),
            goldstein=c["goldstein"], quad_class=c["quad_class"], place_line=line_from_json(c["place_line"]),
        )
        for c in store.conn.execute("SELECT * FROM clusters ORDER BY sort_key, id")
    ]


def technique_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Every stored technique span with its document's name and hash."""
    yield from (
        dict(r)
        for r in store.conn.execute(
            "SELECT t.*, d.name AS document, d.content_hash FROM technique_spans t "
            "JOIN documents d ON d.id = t.document_id ORDER BY t.document_id, t.start"
        )
    )


def tone_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Every stored tone (per document, part and actor) with its document's name and hash."""
    for r in store.conn.execute(
        "SELECT t.*, d.name AS document, d.content_hash, d.outlet FROM tones t "
        "JOIN documents d ON d.id = t.document_id ORDER BY t.document_id, t.part, t.voice, t.code"
    ):
        yield {**dict(r), "evidence": json.loads(r["evidence"])}
