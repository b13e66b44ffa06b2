"""The cross-examination in the store: reading what the examine stage needs (sources, events, tone
mentions), replacing its results (claims, their statements and conflicts, tones) as a whole, and reading
them back for exports and views."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

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
from rashomon.store.store import Store

PAGE = 2000


def load_sources(store: Store) -> dict[str, Source]:
    """Every stored document as a Source (metadata only, never its text), keyed by content hash."""
    commenters: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for row in store.conn.execute(
        "SELECT s.document_id, s.comment, trim(substr(d.text, s.start + 1, s.\"end\" - s.start)) AS name "
        "FROM segments s JOIN documents d ON d.id = s.document_id "
        "WHERE s.kind = 'byline' AND s.comment IS NOT NULL AND s.\"end\" - s.start < 80"
    ):
        commenters[row["document_id"]].append((int(row["comment"]), row["name"]))
    out: dict[str, Source] = {}
    for row in store.conn.execute(
        "SELECT id, content_hash, name, outlet, syndicated_from, authors, published, title FROM documents"
    ):
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


def load_events(store: Store) -> Iterator[EventRef]:
    """Every stored event as an EventRef, a page at a time."""
    last = 0
    while True:
        rows = store.conn.execute(
            """SELECT e.*, d.content_hash,
                      (SELECT s.comment FROM segments s WHERE s.document_id = e.document_id
                       AND s.ord = e.segment) AS comment
               FROM events e JOIN documents d ON d.id = e.document_id
               WHERE e.id > ? ORDER BY e.id LIMIT ?""",
            (last, PAGE),
        ).fetchall()
        if not rows:
            return
        # the sentences are cut from each document's text read once a page (an SQL substr() would read the
        # whole text again for every event)
        doc_ids = sorted({r["document_id"] for r in rows})
        texts: dict[int, str] = dict(
            store.conn.execute(f"SELECT id, text FROM documents WHERE id IN ({','.join('?' * len(doc_ids))})", doc_ids)
        )
        ids = [r["id"] for r in rows]
        sides: dict[int, dict[str, list[tuple[str, str]]]] = {i: {"source": [], "target": []} for i in ids}
        marks = ",".join("?" * len(ids))
        for a in store.conn.execute(
            f"SELECT event_id, role, code, country FROM event_actors WHERE event_id IN ({marks}) "
            "AND code IS NOT NULL ORDER BY event_id, role, ord",
            ids,
        ):
            sides[a["event_id"]][a["role"]].append((a["code"], a["country"] or a["code"]))
        for r in rows:
            src, tgt = sides[r["id"]]["source"], sides[r["id"]]["target"]
            yield EventRef(
                id=r["id"],
                document=r["content_hash"],
                segment=r["segment"],
                segment_kind=SegmentKind(r["segment_kind"]),
                comment=r["comment"],
                start=r["sentence_start"],
                end=r["sentence_end"],
                text=texts[r["document_id"]][r["sentence_start"] : r["sentence_end"]],
                event=r["event"],
                cameo=r["cameo"],
                goldstein=r["goldstein"],
                quad_class=r["quad_class"],
                source=tuple(c for c, _ in src),
                target=tuple(c for c, _ in tgt),
                source_keys=tuple(k for _, k in src),
                target_keys=tuple(k for _, k in tgt),
                modality=r["modality"],
                holder=r["holder"],
                speaker=r["speaker_code"],
                speaker_text=r["speaker_text"],
                date=r["date"],
                precision=r["date_precision"],
                place=r["place_name"],
                lat=r["place_lat"],
                lon=r["place_lon"],
                place_country=r["place_country"],
                place_line=line_from_json(r["place_line"]),
            )
        last = int(rows[-1]["id"])


def _stored_actor(code: str | None, country: str | None, name: str) -> Actor | None:
    """An actor as the store keeps it (code and country): the sector is what the code adds to the country."""
    if not code:
        return None
    sector = code[len(country) :] or None if country and code.startswith(country) else None
    return Actor(code, country, sector, name)


def load_tone_mentions(store: Store) -> dict[str, list[ToneMention]]:
    """Every stored tone mention, by document content hash."""
    out: dict[str, list[ToneMention]] = defaultdict(list)
    for r in store.conn.execute(
        "SELECT t.*, d.content_hash FROM tone_mentions t JOIN documents d ON d.id = t.document_id ORDER BY t.id"
    ):
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
    claims: Sequence[Claim],
    tones: Sequence[Tone],
    *,
    version: str,
    run_id: int | None,
    documents: int,
    events: int,
    seconds: float,
) -> None:
    """Replace the stored cross-examination with this one, in one transaction."""
    ids = {
        r["content_hash"]: r["id"] for r in store.conn.execute("SELECT id, content_hash FROM documents")
    }
    with store.transaction() as conn:
        conn.execute("DELETE FROM clusters")
        conn.execute("DELETE FROM tones")
        for c in claims:
            cur = conn.execute(
                """INSERT INTO clusters (claim, event, family, source, target, label, date, date_precision,
                   place_name, place_lat, place_lon, place_country, status, mentions, documents, outlets,
                   independent, deniers, goldstein, quad_class, place_line)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (c.claim, c.event, c.family, c.source, c.target, c.label, c.date, c.precision, c.place, c.lat,
                 c.lon, c.place_country, c.status, sum(1 + len(s.also) for s in c.statements), c.documents,
                 len({s.origin for s in c.statements if s.origin.startswith("outlet:")}), len(c.asserting),
                 len(c.denying), c.goldstein, c.quad_class, line_json(c.place_line)),
            )
            cluster_id = int(cur.lastrowid or 0)
            conn.executemany(
                "INSERT OR IGNORE INTO cluster_events (cluster_id, event_id, stance, origin, independent) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (cluster_id, e, s.stance, s.origin, int(s.independent and e == s.event))
                    for s in c.statements
                    for e in (s.event, *s.also)
                ],
            )
            conn.executemany(
                "INSERT INTO conflicts (cluster_id, kind, detail, event_a, event_b) VALUES (?, ?, ?, ?, ?)",
                [(cluster_id, k.kind, json.dumps(k.detail), k.event_a, k.event_b) for k in c.conflicts],
            )
        by_document: dict[str, list[Tone]] = defaultdict(list)
        for t in tones:
            if t.document in ids:
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
        conn.execute(
            "INSERT INTO examinations (run_id, version, created_at, documents, events, clusters, seconds) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (run_id, version, datetime.now(UTC).isoformat(timespec="seconds"), documents, events, len(claims),
             round(seconds, 3)),
        )


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
        for c in store.conn.execute("SELECT * FROM clusters ORDER BY id")
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
