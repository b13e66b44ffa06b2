"""The NLP runner: parse the stored documents that still need it, in batches, and store their events."""

from __future__ import annotations

import gc
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rashomon.engine.tally import Tally
from rashomon.records import Document, Problem
from rashomon.settings import Options
from rashomon.store import Store
from rashomon.store.events import documents_to_analyse, save_analysis

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
    user's actor tables. A document analysed under another version is analysed again."""
    from importlib.metadata import PackageNotFoundError, version

    from rashomon.nlp import pipeline, stage

    name = pipeline.model_name(options.model)
    try:
        model_version = version(name.replace("_", "-"))
    except PackageNotFoundError:
        model_version = "?"
    actors = "+".join(sorted(options.actor_files))
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
    return f"{stage.ANALYSIS_VERSION}/{name}-{model_version}" + (f"/{actors}" if actors else "") + events + framing


def load_models(options: Options) -> tuple[Any, Any, str]:
    """(spaCy pipeline, stage models, analysis version) for these options."""
    from rashomon.nlp import pipeline, stage
    from rashomon.nlp.actors import ActorTable
    from rashomon.nlp.events.decide import decider
    from rashomon.nlp.events.decide import use_encoder as events_encoder
    from rashomon.nlp.events.roles import role_filler
    from rashomon.nlp.places import Gazetteer
    from rashomon.nlp.propaganda import use_encoder

    # The tables are a few million objects (the gazetteer most) that live as long as the process: the
    # garbage collector is kept out while they are built (each of its full collections would walk all that
    # is built so far), then told to leave them out of its collections for good (gc.freeze).
    collecting = gc.isenabled()
    gc.disable()
    try:
        nlp = pipeline.load(options.model)
        models = stage.Models(actors=ActorTable.load(tuple(options.actor_files)), gazetteer=Gazetteer.load(),
                              encoder=options.framing and use_encoder(options.encoder),
                              events=decider(options.learned_events,
                                             options.learned_events and events_encoder(options.encoder)),
                              roles=role_filler(options.learned_events))  # fmt: skip
    finally:
        if collecting:
            gc.enable()
    gc.freeze()
    return nlp, models, analysis_version(options)


def pending_count(store: Store, version: str) -> int:
    row = store.conn.execute(
        "SELECT count(*) FROM documents d LEFT JOIN analyses a ON a.document_id = d.id "
        "WHERE a.document_id IS NULL OR a.version != ?",
        (version,),
    ).fetchone()
    return int(row[0])


def analyse_stored(
    store: Store,
    run_id: int | None,
    options: Options,
    progress: ProgressFn | None = None,
    problem: Callable[[Problem], None] | None = None,
    docs_per_batch: int = 32,
    tally: Tally | None = None,
) -> AnalyseReport:
    """Code the events of every stored document not yet analysed by this version (one transaction each)."""
    from rashomon.nlp.stage import MAX_SEGMENT_CHARS, analyse_document, analysed_segments

    report = AnalyseReport()
    total = pending_count(store, analysis_version(options))
    if total == 0:
        return report  # nothing to code: do not load the models
    if tally is not None:
        tally.stage, tally.to_code = "loading models", total
    nlp, models, version = load_models(options)
    if tally is not None:
        tally.begin("coding events")

    def note(p: Problem) -> None:
        report.problems.append(p)
        if problem is not None:
            problem(p)

    batch: list[tuple[int, Document]] = []

    def finish(doc_id: int, doc: Document, parsed: list[tuple[int, Any]]) -> None:
        """Code one parsed document and store its events at once, in their own transaction."""
        if not doc.analysable:
            save_analysis(store, doc_id, [], version, run_id, skipped=doc.skip_reason or "not analysable")
            report.skipped += 1
            return
        try:
            found = analyse_document(doc, parsed, models, framing=options.framing)
        except Exception as exc:  # one document's failure never stops the run nor loses the document
            log.debug("coding %s failed", doc.name, exc_info=True)
            note(Problem(doc.name, "event coding failed on something in this document it does not expect; "
                                   "document kept, without events"))
            save_analysis(store, doc_id, [], version, run_id, skipped=f"coding failed: {type(exc).__name__}")
            report.failed += 1
            return
        events = [e for e in found.events if e.confidence >= options.min_confidence]
        save_analysis(store, doc_id, events, version, run_id, tones=found.tones, spans=found.spans)
        report.documents += 1
        report.events += len(events)
        if tally is not None:
            tally.coded += 1
            tally.events += len(events)

    def flush() -> None:
        """Parse the batch's segments together (spaCy is fastest on many), and code and store each
        document as soon as its last segment is parsed: a run killed midway keeps what it coded."""
        wanted: Counter[int] = Counter()
        for k, (_, doc) in enumerate(batch):
            if doc.analysable:
                wanted[k] = len(analysed_segments(doc))
                for i, seg in enumerate(doc.segments):
                    if seg.end - seg.start > MAX_SEGMENT_CHARS:
                        note(Problem(doc.name, f"segment {i} ({seg.kind}) is over {MAX_SEGMENT_CHARS:,} characters; "
                                     "not parsed (not a paragraph: check the input)", "warning"))
        # the segments' texts cut as spaCy asks for them, not all at once (a copy of a huge document)
        texts = ((doc.text[s.start : s.end], (k, i)) for k, (_, doc) in enumerate(batch) if doc.analysable
                 for i, s in analysed_segments(doc))  # fmt: skip
        parsed: dict[int, list[tuple[int, Any]]] = {k: [] for k in range(len(batch))}
        finished = 0  # documents of the batch coded so far (in order: nlp.pipe keeps the order of its input)

        def finish_until(stop: int) -> None:
            nonlocal finished
            while finished < stop:
                finish(*batch[finished], parsed.pop(finished))
                finished += 1

        for spacy_doc, (k, i) in nlp.pipe(
            texts, as_tuples=True, batch_size=options.batch_size, n_process=options.processes
        ):
            parsed[k].append((i, spacy_doc))
            report.words += len(spacy_doc)
            if len(parsed[k]) == wanted[k]:
                finish_until(k + 1)
        finish_until(len(batch))
        batch.clear()

    done = 0
    for doc_id, doc in documents_to_analyse(store, version):
        batch.append((doc_id, doc))
        if len(batch) >= docs_per_batch:
            flush()
            done += docs_per_batch
            if progress:
                progress("coding events", done, total)
    if batch:
        flush()
    if progress:
        progress("", total, total)
    return report
