"""Events in the store: which documents still need the NLP stage, writing a document's events, reading them."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from rashomon.records import ActorMention, Document, Event, TechniqueSpan, ToneMention
from rashomon.store.store import Store


def line_json(line: Sequence[tuple[float, float]] | None) -> str | None:
    """A route's (lat, lon) waypoints as the store keeps them: JSON [lon, lat] pairs, GeoJSON's order."""
    return json.dumps([[round(lon, 5), round(lat, 5)] for lat, lon in line]) if line else None


def line_from_json(text: str | None) -> tuple[tuple[float, float], ...] | None:
    """The (lat, lon) waypoints of a stored line; None for a point."""
    return tuple((float(lat), float(lon)) for lon, lat in json.loads(text)) if text else None


def documents_to_analyse(store: Store, version: str, batch: int = 64) -> Iterator[tuple[int, Document]]:
    """Stored documents not yet analysed with ``version`` (new ones, or analysed by an older version)."""
    return store.paged_documents(
        "SELECT d.* FROM documents d LEFT JOIN analyses a ON a.document_id = d.id "
        "WHERE d.id > ? AND (a.document_id IS NULL OR a.version != ?)",
        (version,),
        batch,
    )


Row = tuple[Any, ...]


class AnalysisRows(NamedTuple):
    """A document's coding as the rows the store writes, each less its document's id (and an actor's, its
    event's), which only the writer knows. Plain tuples: whoever codes (a Ray actor) builds them, so that
    the one writer only inserts them, and they cross processes as cheaply as Python objects can."""

    tones: list[Row]
    spans: list[Row]
    events: list[tuple[Row, list[Row]]]  # each event's row and its actors' rows


def _actor_rows(role: str, mentions: Sequence[ActorMention]) -> list[Row]:
    return [
        (
            role,
            i,
            m.text,
            m.start,
            m.end,
            m.actor.code if m.actor else None,
            m.actor.country if m.actor else None,
            m.actor.sector if m.actor else None,
            m.actor.name if m.actor else None,
            m.actor.kind if m.actor else None,
            int(m.loaded),
            m.via,
        )
        for i, m in enumerate(mentions)
    ]


def _event_row(ev: Event) -> Row:
    return (
        ev.id,
        ev.segment,
        str(ev.segment_kind),
        ev.sentence_start,
        ev.sentence_end,
        ev.trigger_start,
        ev.trigger_end,
        ev.event,
        ev.mode,
        json.dumps(list(ev.context)),
        ev.cameo,
        ev.goldstein,
        ev.quad_class,
        ev.modality,
        ev.holder,
        ev.speaker.text if ev.speaker else None,
        ev.speaker.actor.code if ev.speaker and ev.speaker.actor else None,
        ev.date.value if ev.date else None,
        ev.date.precision if ev.date else None,
        ev.date.text if ev.date else None,
        ev.place.name if ev.place else None,
        ev.place.lat if ev.place else None,
        ev.place.lon if ev.place else None,
        ev.place.country if ev.place else None,
        ev.place.feature if ev.place else None,
        ev.confidence,
        line_json(ev.place.line) if ev.place else None,
    )


def _tone_row(t: ToneMention) -> Row:
    actor, speaker = t.actor.actor, t.speaker.actor if t.speaker else None
    return (t.segment, str(t.segment_kind), t.actor.text, t.actor.start, t.actor.end,
            actor.code if actor else None, actor.country if actor else None, int(t.actor.loaded),
            t.sentence_start, t.sentence_end, max(-1.0, min(1.0, t.score)), json.dumps(list(t.cues)),
            t.speaker.text if t.speaker else None, speaker.code if speaker else None,
            speaker.country if speaker else None)  # fmt: skip


def _span_row(sp: TechniqueSpan) -> Row:
    target = sp.target
    return (sp.segment, str(sp.segment_kind), sp.start, sp.end, sp.text, sp.technique,
            target.text if target else None, target.start if target else None, target.end if target else None,
            target.actor.code if target and target.actor else None, sp.cue, sp.score)  # fmt: skip


def analysis_rows(events: Sequence[Event], tones: Sequence[ToneMention] = (), spans: Sequence[TechniqueSpan] = ()) -> AnalysisRows:
    """The rows :func:`save_rows` writes for a document's events, tone mentions and technique spans. Pure."""
    return AnalysisRows(
        [_tone_row(t) for t in tones],
        [_span_row(sp) for sp in spans],
        [(_event_row(ev), _actor_rows("source", ev.source) + _actor_rows("target", ev.target)) for ev in events],
    )


def save_analysis(
    store: Store,
    document_id: int,
    events: Sequence[Event],
    version: str,
    run_id: int | None,
    skipped: str | None = None,
    tones: Sequence[ToneMention] = (),
    spans: Sequence[TechniqueSpan] = (),
) -> None:
    """Replace the document's events, tone mentions and technique spans with these, in one transaction,
    and mark it analysed."""
    save_rows(store, document_id, analysis_rows(events, tones, spans), version, run_id, skipped)


def save_rows(store: Store, document_id: int, rows: AnalysisRows, version: str, run_id: int | None,
              skipped: str | None = None, reason: str | None = None) -> None:  # fmt: skip
    """:func:`save_analysis` of rows already built (:func:`analysis_rows`), in one transaction. ``reason``: why
    a document analysed has no events (``skipped``: why it was not analysed)."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM events WHERE document_id = ?", (document_id,))
        conn.execute("DELETE FROM tone_mentions WHERE document_id = ?", (document_id,))
        conn.execute("DELETE FROM technique_spans WHERE document_id = ?", (document_id,))
        conn.executemany(
            'INSERT INTO tone_mentions (document_id, segment, segment_kind, text, start, "end", code, country, '
            "loaded, sentence_start, sentence_end, score, cues, speaker_text, speaker_code, speaker_country) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(document_id, *row) for row in rows.tones],
        )
        conn.executemany(
            'INSERT INTO technique_spans (document_id, segment, segment_kind, start, "end", text, technique, '
            "target_text, target_start, target_end, target_code, cue, score) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(document_id, *row) for row in rows.spans],
        )
        for row, actors in rows.events:
            cur = conn.execute(
                """INSERT OR IGNORE INTO events (document_id, event_key, segment, segment_kind, sentence_start,
                   sentence_end, trigger_start, trigger_end, event, mode, context, cameo, goldstein, quad_class,
                   modality, holder, speaker_text, speaker_code, date, date_precision, date_text, place_name,
                   place_lat, place_lon, place_country, place_feature, confidence, place_line)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (document_id, *row),
            )
            if not cur.rowcount:
                continue
            event_id = int(cur.lastrowid or 0)
            conn.executemany(
                'INSERT INTO event_actors (event_id, role, ord, text, start, "end", code, country, sector, name, '
                "kind, loaded, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(event_id, *a) for a in actors],
            )
        conn.execute(
            "INSERT OR REPLACE INTO analyses (document_id, version, status, reason, events, run_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (document_id, version, "skipped" if skipped else "done", skipped or reason, len(rows.events), run_id),
        )


def event_rows(store: Store, min_confidence: float = 0.0) -> Iterator[dict[str, Any]]:
    """Every stored event (of at least ``min_confidence``) as a dict: its columns, its document's metadata and
    text, its actors."""
    last = 0
    while True:
        rows = store.conn.execute(
            """SELECT e.*, d.name AS document, d.content_hash, d.outlet, d.authors, d.url, d.published,
                      substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence,
                      substr(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) AS trigger_text
               FROM events e JOIN documents d ON d.id = e.document_id
               WHERE e.id > ? AND e.confidence >= ? ORDER BY e.id LIMIT 500""",
            (last, min_confidence),
        ).fetchall()
        if not rows:
            return
        ids = [r["id"] for r in rows]
        actors: dict[int, dict[str, list[dict[str, Any]]]] = {i: {"source": [], "target": []} for i in ids}
        marks = ",".join("?" * len(ids))
        for a in store.conn.execute(
            f"SELECT * FROM event_actors WHERE event_id IN ({marks}) ORDER BY event_id, role, ord",
            ids,
        ):
            actors[a["event_id"]][a["role"]].append(dict(a))
        for r in rows:
            d = dict(r)
            d["context"] = json.loads(d["context"])
            d["place_line"] = json.loads(d["place_line"]) if d.get("place_line") else None
            d["authors"] = json.loads(d["authors"])
            d["source"] = actors[r["id"]]["source"]
            d["target"] = actors[r["id"]]["target"]
            yield d
        last = int(rows[-1]["id"])
