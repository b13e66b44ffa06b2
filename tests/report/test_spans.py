"""Technique spans in the views: only those above the threshold chosen on PTC's training part; the export
keeps every one with its score."""

from __future__ import annotations

import io
import json
import sqlite3

from rashomon.export import get_exporter
from rashomon.report.spans import MODEL_CUE, span_threshold
from rashomon.report.story import document_view
from rashomon.store import Store


def test_the_threshold_was_chosen_on_the_training_part_for_precision_one_half():
    t = span_threshold()
    assert 0.0 < t.threshold < 1.0
    assert t.precision >= 0.5 and "train" in t.chosen_on and "held-out" in t.chosen_on
    assert t.shows(MODEL_CUE, t.threshold) and not t.shows(MODEL_CUE, t.threshold - 0.01)


def test_views_highlight_only_confident_spans_and_the_export_keeps_all(examined_db):
    t = span_threshold()
    conn = sqlite3.connect(f"file:{examined_db}?mode=ro", uri=True)
    try:
        stored = conn.execute('SELECT document_id, start, "end", cue, score FROM technique_spans').fetchall()
        weak = [r for r in stored if not t.shows(r[3], r[4])]
        assert weak and len(weak) < len(stored), "the caucasus store should have spans on both sides of the threshold"
        shown, hidden = 0, 0
        for doc in sorted({r[0] for r in stored}):
            view = document_view(conn, doc)
            assert view is not None
            drawn = {(s.start, s.end) for s in view.spans if s.technique != "Loaded label"}
            for d, s, e, cue, score in stored:
                if d == doc and (s, e) in drawn:
                    assert t.shows(cue, score) or any(
                        t.shows(c2, sc2) for d2, s2, e2, c2, sc2 in stored if (d2, s2, e2) == (d, s, e)), (s, e, cue, score)
            shown += len(drawn)
            hidden += view.hidden_spans
        assert hidden == len(weak)
    finally:
        conn.close()
    store = Store(examined_db, readonly=True)
    try:
        out = io.StringIO()
        get_exporter("framing", "jsonl")(store, out)
    finally:
        store.close()
    spans = [x for x in map(json.loads, out.getvalue().splitlines()) if x["kind"] == "span"]
    assert len(spans) == len(stored)
    assert sum(not x["shown"] for x in spans) == len(weak)
    assert all(isinstance(x["score"], float) and x["cue"] for x in spans)
