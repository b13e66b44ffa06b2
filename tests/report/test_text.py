"""Documents cut into blocks and runs: nothing lost, highlights flattened, comments kept apart."""

from __future__ import annotations

import sqlite3

from rashomon.report import queries
from rashomon.report.queries import SegmentRow, Span
from rashomon.report.text import blocks


def test_runs_cover_the_text_and_carry_every_event(examined_db):
    conn = sqlite3.connect(f"file:{examined_db}?mode=ro", uri=True)
    for doc_id in [r[0] for r in conn.execute("SELECT id FROM documents")]:
        rec = queries.document(conn, doc_id)
        assert rec is not None
        evs = queries.events(conn, queries.document_event_ids(conn, doc_id))
        spans, _ = queries.spans(conn, doc_id)
        groups = blocks(rec.text, rec.segments, list(evs.values()), spans)
        for g in groups:
            for b in g.blocks:
                assert "".join(r.text for r in b.runs) == rec.text[b.start : b.end]
        anchored = [a for g in groups for b in g.blocks for r in b.runs for a in r.anchors]
        assert sorted(anchored) == sorted(evs), "every event's sentence is marked once"
        shown = "".join(r.text for g in groups for b in g.blocks for r in b.runs)
        assert len(shown.strip()) >= 0.95 * len(rec.text.strip())
        if any(s.kind == "comment" for s in rec.segments):
            comments = [g for g in groups if g.comment is not None]
            assert comments and all(b.kind in ("comment", "comment_quote", "byline") for g in comments for b in g.blocks)
    conn.close()


def test_overlapping_highlights_are_flattened():
    text = "Iran condemned the Zionist regime today."
    seg = SegmentRow(0, "body", 0, len(text), None, None)
    spans = [Span(19, 33, "Name_Calling,Labeling", "ISRGOV"), Span(27, 33, "Loaded_Language", None)]
    (group,) = blocks(text, [seg], [], spans)
    runs = group.blocks[0].runs
    assert "".join(r.text for r in runs) == text
    assert [r.text for r in runs if r.technique] == ["Zionist ", "regime"]


def test_text_outside_segments_is_kept_as_other():
    text = "Headline\n\nloose words\n\nBody text."
    segs = [SegmentRow(0, "headline", 0, 8, None, None), SegmentRow(1, "body", 23, 33, None, None)]
    kinds = [b.kind for g in blocks(text, segs) for b in g.blocks]
    assert kinds == ["headline", "other", "body"]
