"""`export documents` as JSONL and CSV on the caucasus articles."""

from __future__ import annotations

import csv
import io
import json

import pytest

from rashomon.engine import analyze
from rashomon.errors import UsageError
from rashomon.export import export_formats, get_exporter


@pytest.fixture
def caucasus_store(corpus_dir, fresh_store):
    analyze(fresh_store, [corpus_dir])
    return fresh_store


def test_jsonl_lines_have_the_documented_fields(caucasus_store):
    buf = io.StringIO()
    assert get_exporter("documents", "jsonl")(caucasus_store, buf) == 5
    lines = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert len(lines) == 5
    for line in lines:
        for key in ("document", "content_hash", "title", "authors", "published", "outlet", "syndicated_from",
                    "language", "segments", "text"):
            assert key in line
        for seg in line["segments"]:
            assert {"kind", "start", "end"} <= set(seg)
            assert 0 <= seg["start"] <= seg["end"] <= len(line["text"])
    by_name = {line["document"][:3]: line for line in lines}
    assert by_name["002"]["published"] == "2020-10-04"
    assert by_name["004"]["syndicated_from"] == "Israel Today"
    assert by_name["001"]["authors"] == ["Pepe Escobar"]
    assert {line["document"] for line in lines} == {p for p in (line["document"] for line in lines) if p.endswith(".txt")}
    comments = [s for s in by_name["001"]["segments"] if s["kind"] == "comment"]
    assert comments and all("comment" in s for s in comments)


def test_csv_has_a_header_and_a_row_per_document(caucasus_store):
    buf = io.StringIO()
    get_exporter("documents", "csv")(caucasus_store, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == 5
    row = next(r for r in rows if r["document"].startswith("000"))
    assert row["authors"] == "Nurit Greenger"
    assert json.loads(row["segments"])[0]["kind"] == "headline"
    assert row["text"].startswith("Iran-Armenia Alliance Continues")  # the headline opens the text


def test_unknown_targets_and_formats_are_named():
    assert export_formats()["documents"] == ["csv", "jsonl"]
    with pytest.raises(UsageError, match="choose one of: csv, jsonl"):
        get_exporter("documents", "xml")
    with pytest.raises(UsageError, match="nothing to export called 'widgets'"):
        get_exporter("widgets", "jsonl")
