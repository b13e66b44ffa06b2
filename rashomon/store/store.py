"""The SQLite store: open or create, migrate, write documents one transaction each, read them back."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rashomon import __version__
from rashomon.errors import StoreError
from rashomon.records import Document, Problem, PublishedDate, Segment, SegmentKind
from rashomon.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

_SQLITE_MAGIC = b"SQLite format 3\x00"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Store:
    """A rashomon store in one SQLite file (or in memory: ``Store(":memory:")``).

    Accepts a path or an open ``sqlite3.Connection``. Opening a path that is not a rashomon store
    (another SQLite database, or not a database at all) raises :class:`StoreError` and changes nothing.
    """

    def __init__(
        self, target: str | Path | sqlite3.Connection, *, readonly: bool = False, create: bool = True
    ) -> None:
        """``create=False``: a path with no store behind it is an error, as it always is ``readonly``."""
        self.readonly = readonly
        if isinstance(target, sqlite3.Connection):
            self.path: str = ":connection:"
            self.conn = target
        else:
            self.path = str(target)
            self.conn = self._connect(self.path, readonly, create)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA busy_timeout = 10000")
        self._check_and_migrate()

    # ------------------------------------------------------------------------------------------ opening

    @staticmethod
    def _connect(path: str, readonly: bool, create: bool = True) -> sqlite3.Connection:
        if path != ":memory:":
            p = Path(path)
            if p.is_dir():
                raise StoreError(f"{path}: is a folder; give a file name for the store, e.g. news.db")
            if p.exists() and p.stat().st_size > 0:
                try:
                    with p.open("rb") as fh:
                        head = fh.read(16)
                except OSError as exc:
                    raise StoreError(f"{path}: cannot be read: {exc.strerror or exc}") from None
                if head != _SQLITE_MAGIC:
                    raise StoreError(
                        f"{path}: is not a SQLite database; refusing to touch it (choose another --db)"
                    )
            elif readonly or not create:
                raise StoreError(f"{path}: no such store; run `rashomon analyze ... --db {path}` first")
            elif not p.parent.exists():
                raise StoreError(f"{path}: folder {p.parent} does not exist")
        try:
            if readonly:
                conn = sqlite3.connect(
                    f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
                )
            else:
                conn = sqlite3.connect(path, isolation_level=None)
                if path != ":memory:":
                    conn.execute("PRAGMA journal_mode = WAL")
                    conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot be opened as a store: {exc}") from None
        return conn

    def _check_and_migrate(self) -> None:
        try:
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
            tables = self.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[
                0
            ]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: is not a usable SQLite database: {exc}") from None
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables > 0):
            raise StoreError(
                f"{self.path}: is a SQLite database of another program, not a rashomon store; "
                "refusing to change it (choose another --db)"
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: was written by a newer rashomon (schema {version}, this one knows {SCHEMA_VERSION}); "
                "upgrade rashomon to use it"
            )
        if version == SCHEMA_VERSION:
            return
        if self.readonly:
            raise StoreError(f"{self.path}: needs a schema upgrade; open it once without read-only mode")
        for number in range(version, SCHEMA_VERSION):
            script = (
                "BEGIN IMMEDIATE;\n"
                + MIGRATIONS[number]
                + f"\nPRAGMA application_id = {APPLICATION_ID};\nPRAGMA user_version = {number + 1};\nCOMMIT;"
            )
            try:
                self.conn.executescript(script)
            except sqlite3.DatabaseError as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise StoreError(f"{self.path}: migration {number + 1} failed: {exc}") from None

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything inside lands together or not at all."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        try:
            # BEGIN inside the try: a Ctrl-C that lands just after it must not leave the transaction open
            # (the run could then not even be marked interrupted: "cannot start a transaction within a
            # transaction")
            self.conn.execute("BEGIN IMMEDIATE")
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # ------------------------------------------------------------------------------------------ runs

    def begin_run(self, inputs: Sequence[str], options: dict[str, Any]) -> int:
        """Record a new run; runs left 'running' by a process that no longer exists become 'interrupted'."""
        with self.transaction() as conn:
            for row in conn.execute("SELECT id, pid FROM runs WHERE status = 'running'").fetchall():
                if not _pid_alive(row["pid"]) or row["pid"] == os.getpid():
                    conn.execute(
                        "UPDATE runs SET status = 'interrupted', ended_at = coalesce(ended_at, ?) WHERE id = ?",
                        (_now(), row["id"]),
                    )
            cur = conn.execute(
                "INSERT INTO runs (started_at, status, pid, version, inputs, options) VALUES (?, 'running', ?, ?, ?, ?)",
                (
                    _now(),
                    os.getpid(),
                    __version__,
                    json.dumps(list(inputs)),
                    json.dumps(options, default=str),
                ),
            )
            return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET status = ?, ended_at = ?, counts = ? WHERE id = ?",
                (status, _now(), json.dumps(counts), run_id),
            )

    def record_problem(self, run_id: int, problem: Problem) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO run_problems (run_id, input, severity, message) VALUES (?, ?, ?, ?)",
                (run_id, problem.input, problem.severity, problem.message),
            )

    def runs(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT * FROM runs ORDER BY id").fetchall()
        out = []
        for row in rows:
            d = dict(row)
            d["inputs"] = json.loads(d["inputs"])
            d["options"] = json.loads(d["options"])
            d["counts"] = json.loads(d["counts"]) if d["counts"] else None
            out.append(d)
        return out

    def problems(self, run_id: int) -> list[Problem]:
        rows = self.conn.execute(
            "SELECT input, message, severity FROM run_problems WHERE run_id = ? ORDER BY id", (run_id,)
        )
        return [Problem(r["input"], r["message"], r["severity"]) for r in rows]

    # ------------------------------------------------------------------------------------------ inputs

    def input_known(self, fingerprint: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM inputs WHERE fingerprint = ?", (fingerprint,)).fetchone()
        return row is not None

    def record_input(self, fingerprint: str, name: str, reader: str, documents: int, run_id: int) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO inputs (fingerprint, name, reader, documents, run_id) VALUES (?, ?, ?, ?, ?)",
                (fingerprint, name, reader, documents, run_id),
            )

    # ------------------------------------------------------------------------------------------ documents

    def save_document(
        self, doc: Document, run_id: int | None = None, input_name: str | None = None
    ) -> tuple[int, bool]:
        """Store ``doc`` with its segments in one transaction; return (id, created).

        A document whose content hash is already stored is not written again (its input is noted).
        """
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT id FROM documents WHERE content_hash = ?", (doc.content_hash,)
            ).fetchone()
            if row is not None:
                doc_id = int(row["id"])
                conn.execute(
                    "INSERT OR IGNORE INTO document_inputs (document_id, input, run_id) VALUES (?, ?, ?)",
                    (doc_id, input_name or doc.name, run_id),
                )
                return doc_id, False
            cur = conn.execute(
                """INSERT INTO documents (content_hash, name, reader, url, title, authors, published,
                   published_precision, outlet, syndicated_from, retrieved, language, analysable, skip_reason,
                   warnings, text, run_id, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    doc.content_hash,
                    doc.name,
                    doc.reader,
                    doc.url,
                    doc.title,
                    json.dumps(list(doc.authors), ensure_ascii=False),
                    doc.published.value if doc.published else None,
                    doc.published.precision if doc.published else None,
                    doc.outlet,
                    doc.syndicated_from,
                    doc.retrieved,
                    doc.language,
                    int(doc.analysable),
                    doc.skip_reason,
                    json.dumps(list(doc.warnings), ensure_ascii=False),
                    doc.text,
                    run_id,
                    _now(),
                ),
            )
            doc_id = int(cur.lastrowid or 0)
            _insert_segments(conn, doc_id, doc.segments)
            conn.execute(
                "INSERT OR IGNORE INTO document_inputs (document_id, input, run_id) VALUES (?, ?, ?)",
                (doc_id, input_name or doc.name, run_id),
            )
            return doc_id, True

    def run_documents(self, run_id: int) -> Iterator[tuple[int, Document, bool]]:
        """The documents a run read, with their ids and whether the run stored them (else an earlier one)."""
        for doc_id, doc in self.paged_documents(
            "SELECT d.* FROM documents d WHERE d.id > ? AND d.id IN "
            "(SELECT document_id FROM document_inputs WHERE run_id = ?)",
            (run_id,),
        ):
            row = self.conn.execute("SELECT run_id FROM documents WHERE id = ?", (doc_id,)).fetchone()
            yield doc_id, doc, row is not None and row["run_id"] == run_id

    def replace_segments(self, doc_id: int, doc: Document) -> None:
        """Store ``doc``'s segments (and whether it is analysable) in place of document ``doc_id``'s."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM segments WHERE document_id = ?", (doc_id,))
            _insert_segments(conn, doc_id, doc.segments)
            conn.execute(
                "UPDATE documents SET analysable = ?, skip_reason = ? WHERE id = ?",
                (int(doc.analysable), doc.skip_reason, doc_id),
            )

    def _document(self, row: sqlite3.Row) -> Document:
        segs = tuple(
            Segment(
                SegmentKind(s["kind"]),
                s["start"],
                s["end"],
                s["comment"],
                (s["quote_start"], s["quote_end"]) if s["quote_start"] is not None else None,
            )
            for s in self.conn.execute(
                'SELECT kind, start, "end", comment, quote_start, quote_end FROM segments '
                "WHERE document_id = ? ORDER BY ord",
                (row["id"],),
            )
        )
        return Document(
            content_hash=row["content_hash"],
            name=row["name"],
            reader=row["reader"],
            text=row["text"],
            segments=segs,
            title=row["title"],
            authors=tuple(json.loads(row["authors"])),
            published=PublishedDate(row["published"], row["published_precision"])
            if row["published"]
            else None,
            outlet=row["outlet"],
            syndicated_from=row["syndicated_from"],
            url=row["url"],
            retrieved=row["retrieved"],
            language=row["language"],
            analysable=bool(row["analysable"]),
            skip_reason=row["skip_reason"],
            warnings=tuple(json.loads(row["warnings"])),
        )

    def documents(self) -> Iterator[tuple[int, Document]]:
        """Every stored document with its id, in the order stored."""
        return self.paged_documents("SELECT d.* FROM documents d WHERE d.id > ?", ())

    def paged_documents(self, select: str, params: tuple[Any, ...], page: int = 200) -> Iterator[tuple[int, Document]]:
        """Documents that ``select`` (a rashomon query over ``documents d`` whose first parameter is the last
        id seen) picks, a page at a time: no cursor is held across pages, so writes may go on in between."""
        last = 0
        while True:
            rows = self.conn.execute(f"{select} ORDER BY d.id LIMIT ?", (last, *params, page)).fetchall()
            if not rows:
                return
            for row in rows:
                yield int(row["id"]), self._document(row)
            last = int(rows[-1]["id"])

    def document(self, doc_id: int) -> Document | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return self._document(row) if row else None

    def count(self, table: str) -> int:
        if table not in ("documents", "segments", "runs", "inputs", "document_inputs", "run_problems"):
            raise ValueError(f"unknown table {table!r}")
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _insert_segments(conn: sqlite3.Connection, doc_id: int, segments: Sequence[Segment]) -> None:
    conn.executemany(
        'INSERT INTO segments (document_id, ord, kind, start, "end", comment, quote_start, quote_end) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                doc_id,
                i,
                str(s.kind),
                s.start,
                s.end,
                s.comment,
                s.quotes[0] if s.quotes else None,
                s.quotes[1] if s.quotes else None,
            )
            for i, s in enumerate(segments)
        ],
    )
