"""The NLP runner: parse the stored documents that still need it, in batches, and store their events."""

from __future__ import annotations

import gc
import logging
import queue
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from typing import Any

from rashomon.engine.ahead import ahead
from rashomon.engine.tally import Tally
from rashomon.errors import RashomonError
from rashomon.records import Document, Event, Problem, TechniqueSpan, ToneMention
from rashomon.settings import Options
from rashomon.store import Store
from rashomon.store.events import AnalysisRows, analysis_rows, documents_to_analyse, save_analysis, save_rows

log = logging.getLogger("rashomon.engine")
ProgressFn = Callable[[str, int, int], None]


@dataclass(slots=True)
class AnalyseReport:
    documents: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    words: int = 0
    problems: list[Problem] = field(default_factory=list)


def analysis_version(options: Options) -> str:
    """What a document's events depend on: the coding rules' version, the model and its version, the
    user's actor and routes tables. A document analysed under another version is analysed again."""
    from importlib.metadata import PackageNotFoundError, version

    from rashomon.nlp import pipeline, stage

    name = pipeline.model_name(options.model)
    try:
        model_version = version(name.replace("_", "-"))
    except PackageNotFoundError:
        model_version = "?"
    actors = "+".join(sorted(options.actor_files))
    routes = "+".join(sorted(options.route_files))
    from rashomon.nlp.events.decide import model_version as events_version
    from rashomon.nlp.events.decide import use_encoder as events_encoder
    from rashomon.nlp.propaganda import use_encoder

    framing = "" if options.framing else "/no-framing"
    if options.framing and use_encoder(options.encoder):
        framing = "/encoder"
    events = "/events-rules"
    if options.learned_events:
        encoded = events_encoder(options.encoder)
        events = f"/events-{events_version(encoded)}" + ("-encoder" if encoded else "")
    if options.min_confidence > 0:
        events += f">={options.min_confidence:g}"
    if options.learned_events and not options.topic_gate:
        events += "/all-topics"
    return f"{stage.ANALYSIS_VERSION}/{name}-{model_version}" + (f"/{actors}" if actors else "") + (f"/routes:{routes}" if routes else "") + events + framing


def load_models(options: Options) -> tuple[Any, Any, str]:
    """(spaCy pipeline, stage models, analysis version) for these options."""
    return load_pipeline(options), load_tables(options), analysis_version(options)


def load_pipeline(options: Options) -> Any:
    """The spaCy pipeline for these options (loaded once a process, then shared)."""
    from rashomon.nlp import pipeline

    with _kept_for_good():
        return pipeline.load(options.model)


def load_tables(options: Options) -> Any:
    """The stage models for these options: the actor table, the gazetteer, the verb patterns and the event
    and role models (each loaded once a process, then shared)."""
    from rashomon.nlp import stage, verbs
    from rashomon.nlp.actors import ActorTable
    from rashomon.nlp.events.decide import decider
    from rashomon.nlp.events.decide import use_encoder as events_encoder
    from rashomon.nlp.events.roles import role_filler
    from rashomon.nlp.places import Gazetteer
    from rashomon.nlp.propaganda import use_encoder

    with _kept_for_good():
        gazetteer = Gazetteer.load().with_routes(options.route_files)
        verbs.dictionary()  # the verb patterns every run reads: loaded here, not by the first verb coded
        return stage.Models(actors=ActorTable.load(tuple(options.actor_files)), gazetteer=gazetteer,
                            encoder=options.framing and use_encoder(options.encoder),
                            events=decider(options.learned_events,
                                           options.learned_events and events_encoder(options.encoder),
                                           options.topic_gate),
                            roles=role_filler(options.learned_events))  # fmt: skip


@contextmanager
def _kept_for_good() -> Iterator[None]:
    """What is loaded inside lives as long as the process (the tables are a few million objects, the gazetteer
    most): the garbage collector is kept out while it is built (each of its full collections would walk all
    that is built so far), then told to leave it out of its collections for good (gc.freeze)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
        else:
            gc.disable()  # spaCy's loader (srsly's msgpack reader) turns the collector back on when it is done
    gc.freeze()


def pending_count(store: Store, version: str) -> int:
    row = store.conn.execute(
        "SELECT count(*) FROM documents d LEFT JOIN analyses a ON a.document_id = d.id "
        "WHERE a.document_id IS NULL OR a.version != ?",
        (version,),
    ).fetchone()
    return int(row[0])


@dataclass(frozen=True, slots=True)
class Coded:
    """What the NLP stage made of one stored document, ready to be stored: its events (already filtered by
    the minimum confidence), tone mentions and technique spans; or why it was not coded (``skipped``).
    A plain record, so that a worker process or a Ray actor can hand it back to the one writer; one that
    does hands it :meth:`packed`, as the rows the writer inserts (``rows``) instead of the records."""

    doc_id: int
    name: str
    events: tuple[Event, ...] = ()
    tones: tuple[ToneMention, ...] = ()
    spans: tuple[TechniqueSpan, ...] = ()
    skipped: str | None = None
    failed: bool = False
    words: int = 0
    problems: tuple[Problem, ...] = ()
    rows: AnalysisRows | None = None
    #: why a coded document has no events (it does not read as political news), or None
    reason: str | None = None

    def packed(self) -> Coded:
        """The same coding with its records turned into the store's rows. The writer then only inserts
        them, and they cross to it as tuples: unpickling the records (some 400 small frozen dataclasses a
        document, each through dataclasses' own ``__setstate__``) took most of a Ray driver's CPU time."""
        if self.rows is not None or self.skipped is not None:
            return self
        return replace(self, events=(), tones=(), spans=(), rows=analysis_rows(self.events, self.tones, self.spans))

    @property
    def event_count(self) -> int:
        return len(self.rows.events) if self.rows is not None else len(self.events)


def _texts(batch: Sequence[tuple[int, Document]]) -> Iterator[tuple[str, tuple[int, int]]]:
    """The batch's segments' texts as spaCy parses them, with (document's place in the batch, segment index);
    cut as spaCy asks for them, not all at once (a copy of a huge document)."""
    from rashomon.nlp.stage import analysed_segments

    return ((doc.text[s.start : s.end], (k, i)) for k, (_, doc) in enumerate(batch) if doc.analysable
            for i, s in analysed_segments(doc))  # fmt: skip


def code_batch(batch: Sequence[tuple[int, Document]], nlp: Any, models: Any, options: Options, *,
               parse_ahead: bool = True, parses: Iterator[tuple[Any, tuple[int, int]]] | None = None) -> Iterator[Coded]:  # fmt: skip
    """Parse a batch of documents' segments together (spaCy is fastest on many) and yield each document's
    :class:`Coded` as soon as its last segment is parsed, in the batch's order. Pure: no store.
    ``parse_ahead=False`` parses in this thread only: for a coder that has one core to itself and no more
    (a Ray actor beside as many others as there are cores), where the thread finds no core to use.
    ``parses``: the batch's parsed segments from a parse already under way (:func:`code_batches`), read up to
    the batch's last segment, instead of a parse of its own."""
    from rashomon.nlp.stage import MAX_SEGMENT_CHARS, analyse_document, analysed_segments

    wanted: Counter[int] = Counter()
    warnings: dict[int, list[Problem]] = {}
    for k, (_, doc) in enumerate(batch):
        if doc.analysable:
            wanted[k] = len(analysed_segments(doc))
            warnings[k] = [
                Problem(doc.name, f"segment {i} ({seg.kind}) is over {MAX_SEGMENT_CHARS:,} characters; "
                        "not parsed (not a paragraph: check the input)", "warning")
                for i, seg in enumerate(doc.segments) if seg.end - seg.start > MAX_SEGMENT_CHARS
            ]  # fmt: skip
    parsed: dict[int, list[tuple[int, Any]]] = {k: [] for k in range(len(batch))}
    words: Counter[int] = Counter()

    def one(k: int) -> Coded:
        doc_id, doc = batch[k]
        problems = tuple(warnings.get(k, ()))
        if not doc.analysable:
            return Coded(doc_id, doc.name, skipped=doc.skip_reason or "not analysable")
        try:
            found = analyse_document(doc, parsed.pop(k), models, framing=options.framing)
        except Exception as exc:  # one document's failure never stops the run nor loses the document
            log.debug("coding %s failed", doc.name, exc_info=True)
            problem = Problem(doc.name, "event coding failed on something in this document it does not expect; "
                                        "document kept, without events")  # fmt: skip
            return Coded(doc_id, doc.name, skipped=f"coding failed: {type(exc).__name__}", failed=True,
                         words=words[k], problems=(*problems, problem))  # fmt: skip
        events = tuple(e for e in found.events if e.confidence >= options.min_confidence)
        if found.gated is not None:  # said, not silent: a political story the topic model misjudges loses its events
            problems = (*problems, Problem(doc.name, f"{found.gated}; `analyze --no-topic-gate` codes it", "warning"))
        return Coded(doc_id, doc.name, events, tuple(found.tones), tuple(found.spans), words=words[k],
                     problems=problems, reason=found.gated)  # fmt: skip

    finished = 0  # documents of the batch coded so far (in order: nlp.pipe keeps the order of its input)
    if parses is None:
        # one process: spaCy parses the next segments in a thread while this one codes the last (see ahead.py);
        # spaCy's own worker processes are started from this thread only
        parses = ahead(nlp.pipe(_texts(batch), as_tuples=True, batch_size=options.batch_size, n_process=options.processes),
                       options.batch_size if options.processes == 1 and parse_ahead else 0)  # fmt: skip
    else:
        parses = islice(parses, sum(wanted.values()))  # this batch's segments, and not one of the next batch's
    for spacy_doc, (k, i) in parses:
        parsed[k].append((i, spacy_doc))
        words[k] += len(spacy_doc)
        if len(parsed[k]) == wanted[k]:
            while finished <= k:
                yield one(finished)
                finished += 1
    while finished < len(batch):
        yield one(finished)
        finished += 1


def save_coded(store: Store, coded: Coded, version: str, run_id: int | None, report: AnalyseReport,
               note: Callable[[Problem], None], tally: Tally | None = None) -> None:  # fmt: skip
    """Store one document's coding in its own transaction (the one writer does this, whichever engine)."""
    for p in coded.problems:
        note(p)
    report.words += coded.words
    if coded.skipped is not None:
        save_analysis(store, coded.doc_id, [], version, run_id, skipped=coded.skipped)
        if coded.failed:
            report.failed += 1
        else:
            report.skipped += 1
        return
    rows = coded.rows if coded.rows is not None else analysis_rows(coded.events, coded.tones, coded.spans)
    save_rows(store, coded.doc_id, rows, version, run_id, reason=coded.reason)
    report.documents += 1
    report.events += coded.event_count
    if tally is not None:
        tally.coded += 1
        tally.events += coded.event_count


def batches(store: Store, version: str, docs_per_batch: int) -> Iterator[list[tuple[int, Document]]]:
    """The stored documents still to code with ``version``, ``docs_per_batch`` at a time."""
    batch: list[tuple[int, Document]] = []
    for doc_id, doc in documents_to_analyse(store, version):
        batch.append((doc_id, doc))
        if len(batch) >= docs_per_batch:
            yield batch
            batch = []
    if batch:
        yield batch


#: code(batches of (id, document), options, ready) -> each document's Coded, in order: how an engine runs
#: the NLP stage (here, in this process; rashomon.engine.ray, on Ray actors). It calls ready() once its
#: models are loaded and coding begins.
Coder = Callable[[Iterable[list[tuple[int, Document]]], Options, Callable[[], None]], Iterator[Coded]]


#: How much analysed text (characters) makes one process's parse run in a process of its own
#: (rashomon/engine/parse_process.py) rather than in a thread. Measured with `rashomon analyze` on copies of
#: the caucasus articles (2 cores): the process was 0.4-1.0 s slower on 11,000 and 22,000 words, 0.5-1.0 s
#: faster on 33,000 (about 200,000 characters) and 66,000.
PARSE_PROCESS_CHARS = 200_000
#: texts parsed at a time in this process while the parse process starts (:func:`_code_with_parse_process`)
PARSED_HERE = 8


def code_batches(work: Iterable[Sequence[tuple[int, Document]]], nlp: Any, models: Any, options: Options, *,
                 parse_process: bool | None = None) -> Iterator[Coded]:  # fmt: skip
    """:func:`code_batch` of each batch in turn, with one process, spaCy parsing beside the coding from the
    first batch to the last: in a thread of its own, or in a process of its own where there is much to parse
    (``parse_process``: None decides by :data:`PARSE_PROCESS_CHARS`). The next batch is read (here, in this
    thread: the store's) and handed to the parse before this one's coding begins, so that the parse goes on
    over the batches' seams instead of starting afresh at each (each batch is still parsed by an ``nlp.pipe``
    of its own, as :func:`code_batch` does)."""
    return _code_batches(work, lambda: nlp, lambda: models, options, parse_process)


def _code_batches(work: Iterable[Sequence[tuple[int, Document]]], pipeline: Callable[[], Any],
                  tables: Callable[[], Any], options: Options, parse_process: bool | None) -> Iterator[Coded]:  # fmt: skip
    """:func:`code_batches` with the spaCy pipeline from ``pipeline()`` and the stage models from
    ``tables()``, called once the parse is under way (they load while spaCy starts on the first batch)."""
    pending = iter(work)
    if parse_process is None:
        known: list[Sequence[tuple[int, Document]]] = []
        size = 0
        while size < PARSE_PROCESS_CHARS and (batch := next(pending, None)) is not None:
            known.append(batch)
            size += _text_size(batch)
        parse_process = size >= PARSE_PROCESS_CHARS
        pending = chain(known, pending)
    if parse_process:
        parser = _parse_process(options)
        if parser is not None:
            yield from _code_with_parse_process(pending, pipeline, tables, options, parser)
            return
    nlp = pipeline()
    feed: queue.Queue[Sequence[tuple[int, Document]] | None] = queue.Queue()

    def parses() -> Iterator[tuple[Any, tuple[int, int]]]:
        while (batch := feed.get()) is not None:
            yield from nlp.pipe(_texts(batch), as_tuples=True, batch_size=options.batch_size)

    following = next(pending, None)
    feed.put(following)
    parsed = ahead(parses(), options.batch_size)
    try:
        models = tables()
        while following is not None:
            batch, following = following, next(pending, None)
            feed.put(following)  # the parse thread goes on with the next batch once this one's is parsed
            yield from code_batch(batch, nlp, models, options, parses=parsed)
    finally:
        feed.put(None)  # a consumer that stops early: the parse thread ends with its current batch
        parsed.close()


def _parse_process(options: Options) -> Any:
    """A parse process started for these options, or None (logged) where none can be started (this Python
    cannot be run again: an embedded or frozen one): the thread parses then."""
    from rashomon.engine.parse_process import ParseProcess
    from rashomon.nlp.pipeline import model_name

    try:
        return ParseProcess(model_name(options.model), options.batch_size)
    except RashomonError as exc:
        log.warning("%s; parsing in a thread instead", exc)
        return None


def _code_with_parse_process(pending: Iterator[Sequence[tuple[int, Document]]], pipeline: Callable[[], Any],
                             tables: Callable[[], Any], options: Options, parser: Any) -> Iterator[Coded]:  # fmt: skip
    """:func:`_code_batches` with the parse in ``parser``, a process of its own, one batch ahead of the
    coding: the process is sent the next batch's texts when this one's coding begins. While the process
    starts (it loads its own copy of the pipeline), this one parses the first texts itself,
    :data:`PARSED_HERE` at a time, and sends the process the rest of the first batch once it is ready."""
    with parser:
        following = next(pending, None)
        if following is None:
            return
        nlp = pipeline()
        texts, places = _texts_and_places(following)
        here: list[Any] = []
        while len(here) < len(texts) and not parser.ready():
            here += nlp.pipe(texts[len(here) : len(here) + PARSED_HERE], batch_size=options.batch_size)
        parser.send(texts[len(here) :])
        models = tables()  # loaded while the process parses
        while following is not None:
            batch, batch_places, following = following, places, next(pending, None)
            if following is not None:
                texts, places = _texts_and_places(following)
                parser.send(texts)
            docs = chain(here, parser.parsed(nlp.vocab))
            yield from code_batch(batch, nlp, models, options, parses=zip(docs, batch_places, strict=True))
            here = []


def _texts_and_places(batch: Sequence[tuple[int, Document]]) -> tuple[list[str], list[tuple[int, int]]]:
    """:func:`_texts` of a batch as two lists: what the parse process is sent, and where each parse goes."""
    pairs = list(_texts(batch))
    return [text for text, _ in pairs], [place for _, place in pairs]


def _text_size(batch: Sequence[tuple[int, Document]]) -> int:
    """The characters of a batch's analysed segments."""
    from rashomon.nlp.stage import analysed_segments

    return sum(s.end - s.start for _, doc in batch if doc.analysable for _, s in analysed_segments(doc))


def local_coder(work: Iterable[list[tuple[int, Document]]], options: Options, ready: Callable[[], None]) -> Iterator[Coded]:
    """The NLP stage in this process (spaCy's own worker processes with ``options.processes`` > 1). With one
    process the parse starts first (in a thread, or a process of its own), and the pipeline and the tables
    load meanwhile."""
    if options.processes == 1:

        def tables() -> Any:
            models = load_tables(options)
            ready()
            return models

        yield from _code_batches(work, lambda: load_pipeline(options), tables, options, None)
        return
    nlp, models, _ = load_models(options)
    ready()
    for batch in work:
        yield from code_batch(batch, nlp, models, options)


def analyse_stored(
    store: Store,
    run_id: int | None,
    options: Options,
    progress: ProgressFn | None = None,
    problem: Callable[[Problem], None] | None = None,
    docs_per_batch: int = 32,
    tally: Tally | None = None,
    coder: Coder | None = None,
) -> AnalyseReport:
    """Code the events of every stored document not yet analysed by this version (one transaction each).
    ``coder`` runs the NLP stage (default: in this process); whatever runs it, this process alone writes."""
    report = AnalyseReport()
    version = analysis_version(options)
    total = pending_count(store, version)
    if total == 0:
        return report  # nothing to code: do not load the models
    if tally is not None:
        tally.stage, tally.to_code = "loading models", total

    def note(p: Problem) -> None:
        report.problems.append(p)
        if problem is not None:
            problem(p)

    def ready() -> None:
        if tally is not None:
            tally.begin("coding events")  # the models are loaded: the rate counts from here

    coded_stream = (coder or local_coder)(batches(store, version, docs_per_batch), options, ready)
    for done, coded in enumerate(coded_stream, start=1):
        save_coded(store, coded, version, run_id, report, note, tally)
        if progress and done % docs_per_batch == 0:
            progress("coding events", done, total)
    if progress:
        progress("", total, total)
    return report
