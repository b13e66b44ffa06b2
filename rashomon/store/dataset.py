"""The store's analysed rows as a Parquet dataset, and back.

A dataset is a folder with one sub-folder per table (documents, segments, events, event_actors, mentions,
spans), each partitioned by run (``events/run=20261203T051000Z-1a2b3c/part-0.parquet``), as DuckDB
(``read_parquet('DIR/events/**/*.parquet', hive_partitioning = true)``) and pandas
(``pd.read_parquet('DIR/events')``) read it. Rows are keyed by what stays true across stores: a document by
its content hash, an event by its event key, never by a row id. ``mentions`` are the tone mentions (an actor
named in a sentence, with its tone), ``spans`` the technique spans.

Within a part, every table's rows come in the order of its documents, so that :func:`load` joins them in
one pass with memory flat in the size of the dataset (a page of documents at a time).
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from rashomon.errors import StoreError
from rashomon.store.store import Store

PAGE = 200  # documents per page: each table gets a row group a page
_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
_L = pa.list_(pa.string())

#: each table's columns: (name, Arrow type); JSON list columns of the store become lists, 0/1 flags booleans
SCHEMAS: dict[str, list[tuple[str, pa.DataType]]] = {
    "documents": [("content_hash", _S), ("name", _S), ("reader", _S), ("url", _S), ("title", _S),
                  ("authors", _L), ("published", _S), ("published_precision", _S), ("outlet", _S),
                  ("syndicated_from", _S), ("retrieved", _S), ("language", _S), ("analysable", _B),
                  ("skip_reason", _S), ("warnings", _L), ("text", _S), ("inputs", _L),
                  ("analysis_version", _S), ("analysis_status", _S), ("analysis_reason", _S)],
    "segments": [("document", _S), ("ord", _I), ("kind", _S), ("start", _I), ("end", _I), ("comment", _I),
                 ("quote_start", _I), ("quote_end", _I)],
    "events": [("event_key", _S), ("document", _S), ("segment", _I), ("segment_kind", _S),
               ("sentence_start", _I), ("sentence_end", _I), ("trigger_start", _I), ("trigger_end", _I),
               ("event", _S), ("mode", _S), ("context", _L), ("cameo", _S), ("goldstein", _F),
               ("quad_class", _I), ("modality", _S), ("holder", _S), ("speaker_text", _S), ("speaker_code", _S),
               ("date", _S), ("date_precision", _S), ("date_text", _S), ("place_name", _S), ("place_lat", _F),
               ("place_lon", _F), ("place_country", _S), ("place_feature", _S), ("confidence", _F),
               ("place_line", _S)],
    "event_actors": [("event_key", _S), ("document", _S), ("role", _S), ("ord", _I), ("text", _S),
                     ("start", _I), ("end", _I), ("code", _S), ("country", _S), ("sector", _S), ("name", _S),
                     ("kind", _S), ("loaded", _B), ("via", _S)],
    "mentions": [("document", _S), ("segment", _I), ("segment_kind", _S), ("text", _S), ("start", _I),
                 ("end", _I), ("code", _S), ("country", _S), ("loaded", _B), ("sentence_start", _I),
                 ("sentence_end", _I), ("score", _F), ("cues", _L), ("speaker_text", _S), ("speaker_code", _S),
                 ("speaker_country", _S)],
    "spans": [("document", _S), ("segment", _I), ("segment_kind", _S), ("start", _I), ("end", _I), ("text", _S),
              ("technique", _S), ("target_text", _S), ("target_start", _I), ("target_end", _I),
              ("target_code", _S), ("cue", _S), ("score", _F)],
}  # fmt: skip
#: the store's table for each dataset table (documents are written through their own statement)
_STORE_TABLE = {"segments": "segments", "events": "events", "event_actors": "event_actors",
                "mentions": "tone_mentions", "spans": "technique_spans"}  # fmt: skip
_ORDER = {"segments": "x.document_id, x.ord", "events": "x.document_id, x.id",
          "event_actors": "e.document_id, x.event_id, x.role, x.ord", "mentions": "x.document_id, x.id",
          "spans": "x.document_id, x.id"}  # fmt: skip
_LISTS = {"authors", "warnings", "inputs", "context", "cues"}
_FLAGS = {"analysable", "loaded"}
_RUN = re.compile(r"^run=[0-9A-Za-z-]+$")


def run_tag() -> str:
    """A partition name for one run, unique across machines: its UTC start and a random suffix."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def _quoted(col: str) -> str:
    return f'"{col}"'


def _arrow(row: dict[str, Any], table: str) -> dict[str, Any]:
    out = {}
    for col, _ in SCHEMAS[table]:
        value = row[col]
        if col in _LISTS and isinstance(value, str):
            value = json.loads(value)
        elif col in _FLAGS and value is not None:
            value = bool(value)
        out[col] = value
    return out


def _select(table: str, marks: str) -> str:
    cols = [c for c, _ in SCHEMAS[table] if c not in ("document", "event_key")]
    if table == "event_actors":
        return (f"SELECT e.event_key, d.content_hash AS document, {', '.join('x.' + _quoted(c) for c in cols)} "
                f"FROM event_actors x JOIN events e ON e.id = x.event_id JOIN documents d ON d.id = e.document_id "
                f"WHERE e.document_id IN ({marks}) ORDER BY {_ORDER[table]}")  # fmt: skip
    key = "x.event_key, " if table == "events" else ""
    return (f"SELECT {key}d.content_hash AS document, {', '.join('x.' + _quoted(c) for c in cols)} "
            f"FROM {_STORE_TABLE[table]} x JOIN documents d ON d.id = x.document_id "
            f"WHERE x.document_id IN ({marks}) ORDER BY {_ORDER[table]}")  # fmt: skip


def write(store: Store, out: Path, tag: str | None = None) -> dict[str, int]:
    """Write every document of ``store`` with its analysis as one run's partition of the dataset ``out``
    (created when missing; earlier runs' partitions are left as they are). Returns rows written per table."""
    tag = tag or run_tag()
    if out.exists() and not out.is_dir():
        raise StoreError(f"{out}: is a file; --out wants a folder for the Parquet dataset")
    counts = dict.fromkeys(SCHEMAS, 0)
    writers: dict[str, pq.ParquetWriter] = {}
    parts: dict[str, Path] = {}
    try:
        for table in SCHEMAS:
            part = out / table / f"run={tag}"
            part.mkdir(parents=True, exist_ok=False)
            parts[table] = part / "part-0.parquet"
            schema = pa.schema(SCHEMAS[table])
            writers[table] = pq.ParquetWriter(parts[table], schema)
        last = 0
        while True:
            docs = store.conn.execute(
                """SELECT d.*, a.version AS analysis_version, a.status AS analysis_status, a.reason AS analysis_reason,
                          (SELECT json_group_array(input) FROM document_inputs i WHERE i.document_id = d.id) AS inputs
                   FROM documents d LEFT JOIN analyses a ON a.document_id = d.id
                   WHERE d.id > ? ORDER BY d.id LIMIT ?""",
                (last, PAGE),
            ).fetchall()
            if not docs:
                break
            ids = [r["id"] for r in docs]
            last = ids[-1]
            marks = ",".join("?" * len(ids))
            pages: dict[str, list[dict[str, Any]]] = {"documents": [_arrow(dict(r), "documents") for r in docs]}
            for table in _STORE_TABLE:
                pages[table] = [_arrow(dict(r), table) for r in store.conn.execute(_select(table, marks), ids)]
            for table, rows in pages.items():
                if rows:
                    writers[table].write_table(pa.Table.from_pylist(rows, schema=pa.schema(SCHEMAS[table])))
                    counts[table] += len(rows)
    finally:
        for w in writers.values():
            w.close()
    return counts


@dataclass(slots=True)
class LoadReport:
    runs: int = 0
    documents_added: int = 0
    documents_known: int = 0
    events: int = 0


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    """A part's rows, a row group at a time."""
    try:
        f = pq.ParquetFile(path)
    except (OSError, pa.ArrowInvalid) as exc:
        raise StoreError(f"{path}: is not a Parquet file of a rashomon dataset: {exc}") from None
    missing = {c for c, _ in _schema_of(path)} - set(f.schema_arrow.names)
    if missing:
        raise StoreError(f"{path}: lacks the column(s) {', '.join(sorted(missing))}; not a rashomon dataset table")
    for i in range(f.num_row_groups):
        yield from f.read_row_group(i).to_pylist()


def _schema_of(path: Path) -> list[tuple[str, pa.DataType]]:
    return SCHEMAS[path.parent.parent.name]


class _Follower:
    """Rows of one table that follow the documents' order: take those of one document (or event) at a time."""

    def __init__(self, rows: Iterator[dict[str, Any]], key: str) -> None:
        self.rows, self.key = rows, key
        self.head = next(rows, None)

    def take(self, value: str) -> list[dict[str, Any]]:
        out = []
        while self.head is not None and self.head[self.key] == value:
            out.append(self.head)
            self.head = next(self.rows, None)
        return out


def runs(path: Path) -> list[str]:
    """The run partitions of the dataset at ``path``, in name (= time) order."""
    if not (path / "documents").is_dir():
        raise StoreError(f"{path}: is not a rashomon Parquet dataset (no documents/ folder); "
                         "write one with `rashomon analyze ... --engine ray --out DIR`")  # fmt: skip
    found = sorted(p.name for p in (path / "documents").iterdir() if _RUN.match(p.name))
    for tag in found:
        for table in SCHEMAS:
            if not (path / table / tag).is_dir():
                raise StoreError(f"{path}: run {tag} has no {table}/ part; the dataset is incomplete")
    return found


def _insert(conn: Any, table: str, row: dict[str, Any], extra: dict[str, Any]) -> int:
    # written as the store writes them: documents' lists keep UTF-8 as it is, the NLP stage's are escaped
    values = {k: (json.dumps(v, ensure_ascii=k not in ("authors", "warnings")) if k in _LISTS else int(v) if k in _FLAGS and v is not None else v)
              for k, v in row.items() if k not in ("document", "event_key") or (table == "events" and k == "event_key")}  # fmt: skip
    values.update(extra)
    cols = ", ".join(_quoted(c) for c in values)
    cur = conn.execute(f"INSERT OR IGNORE INTO {table} ({cols}) VALUES ({','.join('?' * len(values))})",
                       list(values.values()))  # fmt: skip
    return int(cur.lastrowid or 0) if cur.rowcount else 0


def load(store: Store, path: Path, run_id: int | None = None) -> LoadReport:
    """Import the dataset at ``path`` into ``store``: every document not stored yet, with its segments and
    its analysis (events, their actors, tone mentions, technique spans), each document in its own
    transaction. A document already stored (same content hash) is kept as it is."""
    report = LoadReport()
    for tag in runs(path):
        report.runs += 1
        part = {t: path / t / tag / "part-0.parquet" for t in SCHEMAS}
        children = {t: _Follower(_rows(part[t]), "document") for t in _STORE_TABLE if t != "event_actors"}
        actors = _Follower(_rows(part["event_actors"]), "event_key")
        for doc in _rows(part["documents"]):
            key = doc["content_hash"]
            rows = {t: f.take(key) for t, f in children.items()}
            event_actors = [actors.take(e["event_key"]) for e in rows["events"]]
            if store.conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (key,)).fetchone():
                report.documents_known += 1
                continue
            _load_document(store, doc, rows, event_actors, run_id)
            report.documents_added += 1
            report.events += len(rows["events"])
    return report


def _load_document(store: Store, doc: dict[str, Any], rows: dict[str, list[dict[str, Any]]],
                   event_actors: list[list[dict[str, Any]]], run_id: int | None) -> None:  # fmt: skip
    """One document with all it carries, in one transaction."""
    analysis = {k: doc.pop(k) for k in ("analysis_version", "analysis_status", "analysis_reason")}
    inputs = doc.pop("inputs") or [doc["name"]]
    with store.transaction() as conn:
        doc_id = _insert(conn, "documents", doc, {"run_id": run_id, "created_at": datetime.now(UTC).isoformat(timespec="seconds")})
        conn.executemany("INSERT OR IGNORE INTO document_inputs (document_id, input, run_id) VALUES (?, ?, ?)",
                         [(doc_id, name, run_id) for name in inputs])  # fmt: skip
        for seg in rows["segments"]:
            _insert(conn, "segments", seg, {"document_id": doc_id})
        for table in ("mentions", "spans"):
            for row in rows[table]:
                _insert(conn, _STORE_TABLE[table], row, {"document_id": doc_id})
        for ev, its_actors in zip(rows["events"], event_actors, strict=True):
            event_id = _insert(conn, "events", ev, {"document_id": doc_id})
            if event_id:
                for a in its_actors:
                    _insert(conn, "event_actors", a, {"event_id": event_id})
        if analysis["analysis_version"] is not None:
            conn.execute(
                "INSERT OR REPLACE INTO analyses (document_id, version, status, reason, events, run_id) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (doc_id, analysis["analysis_version"], analysis["analysis_status"], analysis["analysis_reason"],
                 len(rows["events"]), run_id),
            )
