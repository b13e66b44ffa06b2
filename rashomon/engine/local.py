"""The local runner: discover inputs, read, build documents, store each in its own transaction."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

from rashomon.engine.analyse import Coder, local_coder
from rashomon.engine.tally import Tally
from rashomon.errors import InputError
from rashomon.ingest.boilerplate import recurring_lines, set_aside
from rashomon.ingest.document import build_document
from rashomon.ingest.readers import Reader, reader_for
from rashomon.ingest.sources import Source, discover, store_files
from rashomon.records import Document, Problem
from rashomon.settings import Options
from rashomon.store import Store

log = logging.getLogger("rashomon.engine")

#: Bumped when ingest changes what it makes of the same bytes, so that known inputs are read again.
INGEST_VERSION = "1"

#: progress(name of the input about to be read, inputs done, inputs in all)
ProgressFn = Callable[[str, int, int], None]


@dataclass(slots=True)
class RunReport:
    run_id: int
    inputs: int = 0
    inputs_failed: int = 0
    inputs_unchanged: int = 0
    documents_read: int = 0
    documents_added: int = 0
    documents_known: int = 0
    documents_analysed: int = 0
    events: int = 0
    words: int = 0
    claims: int = 0
    contested: int = 0
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    status: str = "running"

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def counts(self) -> dict[str, int]:
        return {
            "inputs": self.inputs,
            "inputs_failed": self.inputs_failed,
            "inputs_unchanged": self.inputs_unchanged,
            "documents_read": self.documents_read,
            "documents_added": self.documents_added,
            "documents_known": self.documents_known,
            "documents_analysed": self.documents_analysed,
            "events": self.events,
            "claims": self.claims,
            "contested": self.contested,
            "errors": len(self.errors),
            "warnings": len(self.problems) - len(self.errors),
        }


def fingerprint(source: Source, reader: Reader) -> str | None:
    """sha256 of the input's bytes, the reader and the ingest version; None for URLs."""
    if source.path is None:
        return None
    digest = hashlib.sha256(f"{reader.name}\0{INGEST_VERSION}\0".encode())
    with source.open() as fh:
        try:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
        except OSError as exc:
            raise InputError(source.name, f"cannot be read: {exc.strerror or exc}") from None
    return digest.hexdigest()


def _head(source: Source) -> bytes:
    if source.path is None:
        return b""
    with source.open() as fh:
        try:
            return fh.read(8192)
        except OSError as exc:
            raise InputError(source.name, f"cannot be read: {exc.strerror or exc}") from None


def analyze(
    store: Store,
    inputs: Sequence[str | Path],
    options: Options | None = None,
    progress: ProgressFn | None = None,
    tally: Tally | None = None,
    engine: Engine | None = None,
) -> RunReport:
    """Read ``inputs`` into ``store``. Each document lands in its own transaction; one bad input never
    stops the batch; the run, its counts and its problems are recorded in the store. ``tally``, if given,
    is kept up to date as the run goes (for progress lines written by another thread). ``engine`` runs the
    reader, document and NLP stages (default: in this process); this process alone writes the store."""
    options = options or Options()
    started = time.monotonic()
    report = RunReport(store.begin_run([str(i) for i in inputs], asdict(options)))
    tally = tally if tally is not None else Tally()
    tally.run_id = report.run_id
    tally.begin("reading")

    def problem(p: Problem) -> None:
        report.problems.append(p)
        store.record_problem(report.run_id, p)

    try:
        sources: list[Source] = []
        for item in discover(inputs, store_files(store.path), options.follow_links):
            if isinstance(item, Problem):
                problem(item)
                if item.severity == "error":
                    report.inputs += 1
                    report.inputs_failed += 1
            else:
                sources.append(item)
        report.inputs += len(sources)
        tally.inputs = len(sources)
        (engine or LOCAL).ingest(store, sources, options, report, problem, tally, progress)
        tally.inputs_done = len(sources)
        if progress:
            progress("", len(sources), len(sources))
        _set_aside_site_boilerplate(store, report.run_id)
        if options.analyse:
            from rashomon.engine.analyse import analyse_stored
            from rashomon.engine.examine import examine_stored
            from rashomon.store.examine import examined

            coded = analyse_stored(store, report.run_id, options, progress, problem, tally=tally,
                                   coder=(engine or LOCAL).coder)
            report.documents_analysed, report.events, report.words = coded.documents, coded.events, coded.words
            if options.examine and (coded.documents or coded.skipped or coded.failed or not examined(store)):
                tally.begin("examining sources")
                if progress:
                    progress("examining sources", 0, 1)
                exam = examine_stored(store, report.run_id)
                report.claims, report.contested = exam.claims, exam.contested
        report.status = "completed"
    except BaseException:
        report.status = "interrupted"
        raise
    finally:
        report.seconds = time.monotonic() - started
        store.finish_run(report.run_id, report.status, report.counts())
    return report


def ingest_sources(
    store: Store, sources: Sequence[Source], options: Options, report: RunReport,
    problem: Callable[[Problem], None], tally: Tally, progress: ProgressFn | None,
) -> None:  # fmt: skip
    """The reader and document stages in this process, one input after another, each stored as it is read."""
    for done, source in enumerate(sources):
        tally.inputs_done = done
        if progress:
            progress(source.name, done, len(sources))
        guarded(source, report, problem, partial(_ingest, store, source, options, report, problem, tally))


def guarded(source: Source, report: RunReport, problem: Callable[[Problem], None], action: Callable[[], None]) -> None:
    """Run ``action`` on one input: whatever goes wrong with it becomes a problem named after the input,
    never the end of the batch; an input that gave an error is counted as failed."""
    errors_before = len(report.errors)
    try:
        action()
    except InputError as exc:
        problem(Problem(exc.input_name, exc.problem))
    except (MemoryError, RecursionError) as exc:
        problem(Problem(source.name, f"too large or too deeply nested to read ({type(exc).__name__})"))
    except Exception:  # a library's bug on one input must not stop the batch; it is reported in words
        log.debug("reading %s failed", source.name, exc_info=True)
        problem(Problem(source.name, "could not be read: its reader failed on something in it that it does "
                                     "not expect (damaged or unusual content); the rest of the batch went on"))
    if len(report.errors) > errors_before:
        report.inputs_failed += 1


#: ingest(store, sources, options, report, problem, tally, progress): the reader and document stages
IngestFn = Callable[[Store, Sequence[Source], Options, RunReport, Callable[[Problem], None], Tally, "ProgressFn | None"], None]


@dataclass(frozen=True, slots=True)
class Engine:
    """How a run's stages are run: ``ingest`` reads the inputs into the store, ``coder`` runs the NLP stage
    on batches of stored documents. Whatever the engine, this process is the store's one writer."""

    name: str
    ingest: IngestFn
    coder: Coder


LOCAL = Engine("local", ingest_sources, local_coder)


def _set_aside_site_boilerplate(store: Store, run_id: int) -> None:
    """Lines a site repeats on most of the run's pages become debris in the documents this run stored
    (:mod:`rashomon.ingest.boilerplate`), before they are analysed."""
    learnt = recurring_lines(doc for _, doc, _ in store.run_documents(run_id))
    if learnt:
        for doc_id, doc, stored_now in store.run_documents(run_id):
            marked = set_aside(doc, learnt)
            if stored_now and marked is not doc:
                store.replace_segments(doc_id, marked)


@dataclass(frozen=True, slots=True)
class Built:
    """One record an input gave, as its document (None: it could not be built; a Problem follows)."""

    name: str
    document: Document | None


def prepare(store: Store, source: Source, options: Options, report: RunReport) -> tuple[Reader, str | None] | None:
    """The reader for ``source`` and its fingerprint; None when an earlier run read the same bytes with the
    same reader (counted as unchanged). Raises InputError for an input too large or unreadable."""
    if source.path is not None:
        source.check_size(options.max_bytes)
    reader = reader_for(source, _head(source), options)
    fp = fingerprint(source, reader)
    if fp is not None and store.input_known(fp):
        report.inputs_unchanged += 1
        return None
    return reader, fp


def read_source(source: Source, reader: Reader, options: Options) -> Iterator[Built | Problem]:
    """The reader and document stages on one input, without a store: each record's document as it is built,
    and problems. Whatever stops the reader becomes its last Problem (an error), so that a worker can run
    this and hand the stream back as it is."""
    try:
        for item in reader.read(source, options):
            if isinstance(item, Problem):
                yield item
                continue
            name = item.name
            try:
                doc: Document | None = build_document(item, options)
                trouble = None
            except InputError as exc:
                doc, trouble = None, Problem(exc.input_name, exc.problem)
            except RecursionError:
                doc, trouble = None, Problem(name, "HTML is nested too deeply to extract")
            del item  # the raw text is not kept while the document is stored: one huge text is enough
            yield Built(name, doc)
            if trouble is not None:
                yield trouble
    except InputError as exc:
        yield Problem(exc.input_name, exc.problem)
    except (MemoryError, RecursionError) as exc:
        yield Problem(source.name, f"too large or too deeply nested to read ({type(exc).__name__})")
    except Exception:  # a library's bug on one input must not stop the batch; it is reported in words
        log.debug("reading %s failed", source.name, exc_info=True)
        yield Problem(source.name, "could not be read: its reader failed on something in it that it does "
                                   "not expect (damaged or unusual content); the rest of the batch went on")


def store_source(
    store: Store, source: Source, reader: Reader, fp: str | None, items: Iterable[Built | Problem],
    report: RunReport, problem: Callable[[Problem], None], tally: Tally,
) -> None:  # fmt: skip
    """Store what :func:`read_source` made of one input, each document in its own transaction; the input is
    recorded as read (so that the same bytes are not read again) only when it gave no error."""
    errors_before = len(report.errors)
    stored = 0
    for item in items:
        if isinstance(item, Problem):
            problem(item)
            continue
        report.documents_read += 1
        if item.document is not None:
            _store_one(store, item.document, item.name, report, problem)
            stored += 1
            tally.documents += 1
    if fp is not None and len(report.errors) == errors_before:
        store.record_input(fp, source.name, reader.name, stored, report.run_id)


def _ingest(
    store: Store, source: Source, options: Options, report: RunReport, problem: Callable[[Problem], None],
    tally: Tally,
) -> None:
    prepared = prepare(store, source, options, report)
    if prepared is not None:
        reader, fp = prepared
        store_source(store, source, reader, fp, read_source(source, reader, options), report, problem, tally)


def _store_one(store: Store, doc: Document, name: str, report: RunReport, problem: Callable[[Problem], None]) -> None:
    _, created = store.save_document(doc, report.run_id, name)
    if created:
        report.documents_added += 1
        for warning in doc.warnings:
            problem(Problem(name, warning, "warning"))
        if not doc.analysable:
            problem(Problem(name, f"stored but not analysed: {doc.skip_reason}", "warning"))
    else:
        report.documents_known += 1
