"""`export claims|framing|coverage` as JSONL and CSV, on the caucasus articles."""

from __future__ import annotations

import io
import json

import pandas as pd

from rashomon.export import get_exporter
from rashomon.export.examine import CLAIM_COLUMNS, COVERAGE_COLUMNS, FRAMING_COLUMNS

MODALITIES = {"asserted", "denied", "disputed", "hedged", "planned", "hypothetical", "asked"}


def _export(store, what, fmt):
    buf = io.StringIO()
    n = get_exporter(what, fmt)(store, buf)
    return n, buf.getvalue()


def test_claims_jsonl_shape(caucasus_store):
    n, text = _export(caucasus_store, "claims", "jsonl")
    lines = [json.loads(x) for x in text.splitlines()]
    assert len(lines) == n > 20
    for c in lines:
        assert {"claim", "event", "source", "target", "date", "status", "statements", "conflicts"} <= set(c)
        assert c["status"] in ("corroborated", "single-source", "contested")
        for s in c["statements"]:
            assert {"document", "segment", "speaker", "modality", "text", "start", "end"} <= set(s)
            assert s["modality"] in MODALITIES and s["start"] < s["end"]
    contested = max((c for c in lines if c["label"] == "IRN backs ARM"), key=lambda c: len(c["statements"]))
    assert contested["status"] == "contested" and contested["conflicts"][0]["kind"] == "denial"


def test_claims_and_coverage_csv_load(caucasus_store):
    for what, columns in (("claims", CLAIM_COLUMNS), ("coverage", COVERAGE_COLUMNS), ("framing", FRAMING_COLUMNS)):
        _, text = _export(caucasus_store, what, "csv")
        frame = pd.read_csv(io.StringIO(text))
        assert list(frame.columns) == columns
    _, text = _export(caucasus_store, "claims", "csv")
    frame = pd.read_csv(io.StringIO(text))
    assert set(frame["status"]) <= {"corroborated", "single-source", "contested"}
    assert (frame["label"] == "IRN backs ARM").sum() >= 5


def test_coverage_lists_each_sources_reports_and_omissions(caucasus_store):
    _, text = _export(caucasus_store, "coverage", "jsonl")
    lines = [json.loads(x) for x in text.splitlines()]
    summaries = [x for x in lines if x["kind"] == "source"]
    assert len(summaries) == 5
    assert {s["name"] for s in summaries} >= {"Iranwire", "The Cradle", "Israel Today", "KJ Report"}
    for s in summaries:
        cells = [x for x in lines if x["kind"] == "cell" and x["source"] == s["source"]]
        assert sum(c["reported"] for c in cells) == s["reports"]
        assert sum(not c["reported"] for c in cells) == s["leaves_out"]
        assert s["top_actors"] and all(a["events"] > 0 for a in s["top_actors"])
    # the contested claim is reported by some sources and left out by others
    claim = max((x for x in lines if x["kind"] == "cell" and x["label"] == "IRN backs ARM"), key=lambda x: x["mentions"])["claim"]
    cells = [x for x in lines if x["kind"] == "cell" and x["claim"] == claim]
    assert {c["reported"] for c in cells} == {True, False}
    cradle = next(c for c in cells if c["source"] == "outlet:cradle")
    assert cradle["comments"] == "both", "the thread under The Cradle's piece argues both ways"


def test_framing_lines_are_tone_or_span_lines(caucasus_store):
    n, text = _export(caucasus_store, "framing", "jsonl")
    lines = [json.loads(x) for x in text.splitlines()]
    assert n == len(lines)
    texts = {d.name: d.text for _, d in caucasus_store.documents()}
    tones = [r for r in lines if r["kind"] == "tone"]
    spans = [r for r in lines if r["kind"] == "span"]
    assert tones and spans and len(tones) + len(spans) == n
    for rec in tones:
        assert rec["segment_kind"] in ("article", "comments") and -1 <= rec["tone"] <= 1 and rec["mentions"] >= 1
        for e in rec["evidence"]:
            assert texts[rec["document"]][e["start"] : e["end"]] == e["text"]
    for rec in spans:
        assert texts[rec["document"]][rec["start"] : rec["end"]] == rec["text"]
    assert len({(r["document"], r["start"], r["end"], r["technique"]) for r in spans}) == len(spans)
    found = {(r["text"], r["target"]) for r in spans}
    assert ("Butcher of Teheran", "IRNGOV") in found
    assert any(t.lower() == "hasbara" and c == "ISR" for t, c in found)
    # the comments under The Cradle's piece are read apart from the article
    assert {r["segment_kind"] for r in tones if r["document"].startswith("001")} == {"article", "comments"}
