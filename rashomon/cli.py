"""The command line: a thin layer over the library. Each command parses, calls one function, formats."""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from rashomon import __version__
from rashomon.engine import RunReport, Tally, analyze
from rashomon.engine.local import Engine
from rashomon.errors import RashomonError, printable
from rashomon.export import FILTERED, export_formats, get_exporter, is_binary
from rashomon.settings import DEFAULT_MAX_BYTES, Options
from rashomon.store import Store

app = typer.Typer(
    name="rashomon",
    help="Read the news about a contested story from sides that disagree, and cross-examine it.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
# no markup unless asked: file names, URLs and messages from the inputs are shown as they are (escaped)
err = Console(stderr=True, highlight=False, markup=False)
out = Console(highlight=False, markup=False)


def _safe(text: object) -> str:
    """Text from the inputs, for a line with markup: control characters escaped, markup brackets too."""
    return escape(printable(str(text)))

DbOption = Annotated[Path, typer.Option("--db", help="The SQLite store to write or read.", dir_okay=False)]
DEFAULT_DB = Path("rashomon.db")
MinConfidence = Annotated[
    float,
    typer.Option("--min-confidence", min=0.0, max=1.0,
                 help="Leave out events the event model is less sure of than this probability (0 to 1)."),
]  # fmt: skip


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/] {_safe(message)}", markup=True, highlight=False, soft_wrap=True)
    return typer.Exit(code)


#: The exit status of a command whose reader closed the pipe early (`... | head`): 128 + SIGPIPE, as a shell
#: reports for `cat` cut short.
CLOSED_PIPE = 141


@contextmanager
def _stdout_pipe() -> Iterator[None]:
    """Writing to standard output: when the reader goes away (`| head`), stop quietly with CLOSED_PIPE
    instead of a traceback; standard output is pointed at /dev/null so the interpreter's last flush at
    exit has nowhere to fail."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        raise typer.Exit(CLOSED_PIPE) from None


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_file(output: Path, write: Callable[[Any], Any], binary: bool = False) -> Any:
    """``write(fh)`` into a file beside ``output``, then rename it over ``output``: a failed write never
    leaves half a file. The file gets the permissions any new file of the user gets (0666 less the umask),
    not the private 0600 of a temporary file. Returns what ``write`` returns."""
    folder = output.resolve().parent
    if not folder.is_dir():
        raise _fail(f"{output}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=folder)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            result = write(fh)
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return result


def _open_store(db: Path, readonly: bool = False, create: bool = True) -> Store:
    try:
        return Store(db, readonly=readonly, create=create)
    except RashomonError as exc:
        raise _fail(str(exc)) from None


#: The exit status of a run stopped by Ctrl-C or SIGTERM: 128 + SIGINT, as a shell reports it.
INTERRUPTED = 130


@contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """SIGTERM (a plain kill, a job scheduler's timeout) stops the run as Ctrl-C does, so that the run is
    recorded as interrupted and the user told so, instead of ending without a word."""

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread (an embedding program's worker): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _progress_lines(tally: Tally, every: float) -> Iterator[None]:
    """A line on stderr every ``every`` seconds while the run goes: for logs, where a bar cannot draw."""
    if every <= 0:
        yield
        return
    done = threading.Event()

    def tick() -> None:
        while not done.wait(every):
            err.print(printable(tally.line()), highlight=False, soft_wrap=True)

    ticker = threading.Thread(target=tick, name="rashomon-progress", daemon=True)
    ticker.start()
    try:
        yield
    finally:
        done.set()
        ticker.join(timeout=2)


def _engine(name: str, address: str | None, workers: int) -> Engine | None:
    """The engine --engine names (None: the local one); Ray is imported only when asked for."""
    if name == "local":
        if address is not None:
            raise _fail("--address is for --engine ray")
        return None
    if name != "ray":
        raise _fail(f"--engine {name!r} is not one of: local, ray")
    try:
        from rashomon.engine.ray import ray_engine
    except ImportError:
        raise _fail("--engine ray needs Ray: pip install 'rashomon[ray]'") from None
    try:
        return ray_engine(workers, address)
    except RashomonError as exc:
        raise _fail(str(exc)) from None


def _run_with_progress(store: Store, paths: list[str], options: Options, quiet: bool, tally: Tally | None = None,
                       every: float = 10.0, engine: Engine | None = None) -> RunReport:  # fmt: skip
    """The run, with a progress bar on a terminal, a progress line every ``every`` seconds elsewhere, or
    nothing when ``quiet``."""
    tally = tally if tally is not None else Tally()
    if quiet:
        return analyze(store, paths, options, tally=tally, engine=engine)
    if not err.is_terminal:
        with _progress_lines(tally, every):
            return analyze(store, paths, options, tally=tally, engine=engine)
    with Progress(
        TextColumn("[bold]reading[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def progress(name: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=_safe(name[-60:]))

        return analyze(store, paths, options, progress, tally, engine)


def _interrupted(tally: Tally, store: Store) -> typer.Exit:
    err.print(
        printable(f"interrupted: run {tally.run_id} stopped while {tally.stage} and is marked interrupted in "
                  f"{store.path}; what it stored is kept ({tally.documents:,} document(s) read, {tally.coded:,} "
                  f"coded, {tally.events:,} event(s)); run the same command again to go on"),
        highlight=False, soft_wrap=True,
    )  # fmt: skip
    return typer.Exit(INTERRUPTED)


def _print_problems(report: RunReport) -> None:
    """Each error and warning of a run, on a line of its own."""
    for problem in report.problems:
        colour = "red" if problem.severity == "error" else "yellow"
        err.print(f"[{colour}]{problem.severity}:[/] {_safe(problem)}", markup=True, highlight=False, soft_wrap=True)


def _summary(report: RunReport, store: Store) -> None:
    _print_problems(report)
    c = report.counts()
    err.print(
        f"run {report.run_id}: {c['inputs']} input(s), {c['documents_added']} document(s) added, "
        f"{c['documents_known']} already stored, {c['inputs_unchanged']} input(s) unchanged since an earlier run, "
        f"{c['documents_analysed']} document(s) coded, {c['events']} event(s), "
        + (f"{c['claims']} claim(s) ({c['contested']} contested), " if c["claims"] else "")
        + f"{c['errors']} error(s), {c['warnings']} warning(s) in {report.seconds:.1f}s; "
        f"store {store.path} holds {store.count('documents')} document(s)",
        highlight=False,
        soft_wrap=True,
    )


@app.command("analyze")
def analyze_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (read recursively) or http(s) URLs.")],
    db: DbOption = DEFAULT_DB,
    reader: Annotated[
        str | None, typer.Option(help="Force a reader: text, html, jsonl, feed, warc, urls, url.")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option(help="Refuse inputs larger than this many bytes (0: no limit).")
    ] = DEFAULT_MAX_BYTES,
    fetch: Annotated[bool, typer.Option(help="Allow downloading URLs and URL lists.")] = False,
    follow_links: Annotated[
        bool, typer.Option("--follow-links", help="Read what symbolic links in input folders point to, also outside them.")
    ] = False,
    events: Annotated[bool, typer.Option("--events/--no-events", help="Code events after reading (default on).")] = True,
    model: Annotated[str | None, typer.Option(help="spaCy model (default: en_core_web_sm, else its PyPI copy).")] = None,
    processes: Annotated[int, typer.Option(help="Worker processes for parsing.")] = 1,
    actors: Annotated[
        list[Path] | None, typer.Option("--actors", help="Your own actor table (TSV, as rashomon/data/actors.tsv); repeatable.")
    ] = None,
    routes: Annotated[
        list[Path] | None,
        typer.Option("--routes", help="Your own routes table (TSV, as rashomon/data/routes.tsv): corridors, roads, "
                                      "railways, pipelines, borders drawn as lines; repeatable."),
    ] = None,
    encoder: Annotated[
        str | None,
        typer.Option(help="The optional transformer encoder for technique spans and event decisions: off "
                          "(default), auto, on (needs pip install 'rashomon[encoder]'; slower, more accurate). "
                          "Default: $RASHOMON_ENCODER."),
    ] = None,
    rules_only: Annotated[
        bool, typer.Option("--rules-only", help="Decide events by the parse rules alone, without the trained event model.")
    ] = False,
    min_confidence: MinConfidence = 0.0,
    topic_gate: Annotated[
        bool,
        typer.Option("--topic-gate/--no-topic-gate",
                     help="Code no events in a document that does not read as political news (default on; each "
                          "one gated is named in a warning)."),
    ] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    progress_every: Annotated[
        float, typer.Option("--progress-every", min=0.0,
                            help="When stderr is no terminal (a log, a pipe): a progress line every this many seconds (0: none).")
    ] = 10.0,
    engine_name: Annotated[
        str, typer.Option("--engine", help="What runs the stages: local (this process) or ray (needs pip install 'rashomon[ray]').")
    ] = "local",
    address: Annotated[
        str | None, typer.Option(help="With --engine ray: the Ray cluster to join (default: start a local Ray).")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="With --engine ray: Ray workers (actors) that read and code.")] = 2,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write the run as a Parquet dataset in this folder (a new run partition) "
                                   "instead of into --db; `rashomon load` imports it.", file_okay=False),
    ] = None,
) -> None:
    """Read articles into the store (text, HTML, JSONL, RSS/Atom, WARC, folders) and code their events.

    Example: [bold]rashomon analyze articles/ feed.xml --db news.db[/]
    On Ray: [bold]rashomon analyze archive/ --db news.db --engine ray --workers 8 --address ray://head:10001[/]
    """
    try:
        options = Options(
            max_bytes=max_bytes,
            reader=reader,
            fetch=fetch,
            follow_links=follow_links,
            analyse=events,
            model=model,
            processes=processes,
            actor_files=tuple(str(a) for a in actors or ()),
            route_files=tuple(str(r) for r in routes or ()),
            encoder=encoder,
            event_model=not rules_only,
            min_confidence=min_confidence,
            topic_gate=topic_gate,
        )
    except ValueError as exc:
        raise _fail(str(exc)) from None
    if reader is not None:
        from rashomon.ingest.readers import get_reader

        try:
            get_reader(reader)
        except RashomonError as exc:
            raise _fail(str(exc)) from None
    engine = _engine(engine_name, address, workers)
    if out is not None:
        _analyze_to_dataset(paths, out, options, engine, quiet)
        return
    store = _open_store(db)
    tally = Tally()
    try:
        with _stopped_by_sigterm():
            report = _run_with_progress(store, paths, options, quiet, tally, progress_every, engine)
        _summary(report, store)
    except KeyboardInterrupt:
        raise _interrupted(tally, store) from None
    except RashomonError as exc:
        raise _fail(str(exc)) from None
    finally:
        store.close()
    if report.errors:
        raise typer.Exit(1)


def _analyze_to_dataset(paths: list[str], out: Path, options: Options, engine: Engine | None, quiet: bool) -> None:
    from rashomon.engine.sink import analyze_to_dataset

    try:
        with _stopped_by_sigterm():
            report, counts = analyze_to_dataset(paths, out, options, engine)
    except KeyboardInterrupt:
        err.print("interrupted: nothing was written to the dataset (a run partition is written at the end)")
        raise typer.Exit(INTERRUPTED) from None
    except RashomonError as exc:
        raise _fail(str(exc)) from None
    _print_problems(report)
    c = report.counts()
    err.print(
        f"{c['inputs']} input(s), {c['documents_read']} document(s) read, {c['documents_analysed']} coded, "
        f"{c['events']} event(s), {c['errors']} error(s), {c['warnings']} warning(s) in {report.seconds:.1f}s; "
        f"wrote {counts['documents']} document(s) and {counts['events']} event(s) to {_safe(out)} "
        "(load them with: rashomon load DIR --db FILE)",
        highlight=False, soft_wrap=True,
    )  # fmt: skip
    if report.errors:
        raise typer.Exit(1)


@app.command("load")
def load_cmd(
    path: Annotated[Path, typer.Argument(help="A Parquet dataset written by `rashomon analyze --out DIR`.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Import a Parquet dataset (documents, their events and framing) into the store, then examine it.

    Documents already stored are kept as they are. Example: [bold]rashomon load runs/ --db news.db[/]
    """
    from rashomon.engine.sink import load_dataset

    store = _open_store(db)
    try:
        r = load_dataset(store, path)
    except RashomonError as exc:
        raise _fail(str(exc)) from None
    finally:
        store.close()
    claims = f", {r.examined.claims} claim(s) ({r.examined.contested} contested)" if r.examined else ""
    err.print(
        f"run {r.run_id}: {r.loaded.runs} run(s) in {_safe(path)}: {r.loaded.documents_added} document(s) added, "
        f"{r.loaded.documents_known} already stored, {r.loaded.events} event(s){claims} in {r.seconds:.1f}s",
        highlight=False, soft_wrap=True,
    )  # fmt: skip


@app.command("export")
def export_cmd(
    what: Annotated[str, typer.Argument(help="What to export: documents, events, claims, framing or coverage.")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="documents: jsonl, csv; events: plover-jsonl, gdelt-tsv, csv, parquet; claims, framing, coverage: jsonl, csv.")
    ] = "jsonl",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here instead of standard output ('-': standard output).", dir_okay=False),
    ] = None,
    min_confidence: MinConfidence = 0.0,
) -> None:
    """Write stored records in a format other tools read.

    Example: [bold]rashomon export documents --db news.db --format csv -o documents.csv[/]
    """
    if output is not None and str(output) == "-":
        output = None  # "-o -": standard output, as other tools read it (not a file named "-")
    try:
        exporter = get_exporter(what, fmt)
    except RashomonError as exc:
        raise _fail(str(exc)) from None
    filters: dict[str, float] = {}
    if min_confidence > 0:
        if what not in FILTERED:
            raise _fail(f"--min-confidence filters events; {what} has no confidence (use it with: {', '.join(sorted(FILTERED))})")
        filters["min_confidence"] = min_confidence
    store = _open_store(db, readonly=True)
    try:
        binary = is_binary(what, fmt)
        if output is None:
            if binary and sys.stdout.isatty():
                raise _fail(f"{fmt} is a binary format: give a file with -o, or redirect standard output")
            with _stdout_pipe():
                n = exporter(store, sys.stdout.buffer if binary else sys.stdout, **filters)
                (sys.stdout.buffer if binary else sys.stdout).flush()
        else:
            n = _write_file(output, lambda fh: exporter(store, fh, **filters), binary)
        err.print(f"exported {n} {what} as {fmt}" + (f" to {output}" if output else ""), highlight=False)
    finally:
        store.close()


@app.command("code")
def code_cmd(
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: plover-jsonl.")] = "plover-jsonl",
    model: Annotated[str | None, typer.Option(help="spaCy model to use (default: see README).")] = None,
    rules_only: Annotated[
        bool, typer.Option("--rules-only", help="Decide events by the parse rules alone, without the trained event model.")
    ] = False,
    min_confidence: MinConfidence = 0.0,
) -> None:
    """Code single texts: JSON lines {"id", "text", "date"?} on standard input, events on standard output.

    Each output line is one event in the PLOVER record shape with "input_id" naming its input line.
    Example: [bold]echo '{"id": "1", "text": "Iran condemned the attack."}' | rashomon code[/]
    """
    import json

    from rashomon.engine.code import code_texts

    if fmt != "plover-jsonl":
        raise _fail(f"unknown format {fmt!r} for code; choose plover-jsonl")
    items: list[tuple[str, str, str | None]] = []
    bad = 0
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ValueError("needs a JSON object with a string 'text'")
            date = obj.get("date")
            items.append((str(obj.get("id", n)), obj["text"], date if isinstance(date, str) else None))
        except ValueError as exc:
            err.print(f"[red]error:[/] <stdin>:{n}: {_safe(exc)}", markup=True, highlight=False)
            bad += 1
    try:
        results = code_texts(items, Options(model=model, event_model=not rules_only, min_confidence=min_confidence))
    except RashomonError as exc:
        raise _fail(str(exc)) from None
    with _stdout_pipe():
        for (item_id, _, _), events in zip(items, results, strict=True):
            for event in events:
                sys.stdout.write(json.dumps({"input_id": item_id, **event}, ensure_ascii=False) + "\n")
    err.print(f"coded {len(items)} text(s): {sum(len(r) for r in results)} event(s)", highlight=False)
    if bad:
        raise typer.Exit(1)


@app.command("eval")
def eval_cmd(
    dataset: Annotated[str, typer.Argument(help="plover, case, petrarch, confli, confli-encoder, acled, lgl, lgl-e2e, geovirus, geovirus-e2e, polnear, fnc, basil, basil-encoder, ptc, ptc-encoder, ingest, or all.")] = "all",
    path: Annotated[Path | None, typer.Option(help="The data set's file (default: under ../shared/data/gold-dev).")] = None,
    limit: Annotated[int | None, typer.Option(help="Score a fixed subset of this many records (of the part).")] = None,
    part: Annotated[
        str | None,
        typer.Option(help="train, validation or all: the part of the fixed split to score (plover, case, petrarch, "
                          "confli, confli-encoder, acled, ingest). Default: validation of the gold-dev file, all of a file given by --path. "
                          "Other sets have only all; with 'eval all' the part applies to the split sets."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print every figure as JSON.")] = False,
    rules_only: Annotated[
        bool, typer.Option("--rules-only", help="Score the parse rules alone, without the trained event model.")
    ] = False,
    encoder: Annotated[
        str | None,
        typer.Option(help="The optional transformer encoder (off, auto, on): on, events are decided by the encoder "
                          "path's model (sentence vectors beside the parse). Default: $RASHOMON_ENCODER, else off."),
    ] = None,
) -> None:
    """Score rashomon on gold data in its original format, and print the figures.

    Example: [bold]rashomon eval plover --part validation[/]
    """
    import json

    from rashomon.evaluate.split import check_part
    from rashomon.settings import EVENT_MODEL_ENV

    if rules_only:
        os.environ[EVENT_MODEL_ENV] = "rules"
    if encoder is not None:
        from rashomon.nlp.encoder import ENCODER_ENV, mode

        try:
            os.environ[ENCODER_ENV] = mode(encoder)
        except RashomonError as exc:
            raise _fail(str(exc)) from None
    from rashomon.evaluate.suite import PARTED, SETS, default_part, run_set

    names = list(SETS) if dataset == "all" else [dataset]
    for name in names:
        if name not in SETS:
            raise _fail(f"unknown data set {name!r}; choose one of: {', '.join(SETS)}, all")
    if path is not None and len(names) != 1:
        raise _fail("--path needs one data set, not all")
    try:
        asked = check_part(part) if part is not None else None
    except ValueError as exc:
        raise _fail(str(exc)) from None
    for name in names:
        wanted = default_part(name, path) if asked is None or (dataset == "all" and name not in PARTED) else asked
        try:
            result, headline = run_set(name, path, limit, wanted)
        except RashomonError as exc:
            raise _fail(str(exc)) from None
        if as_json:
            out.print_json(json.dumps({"set": name, "part": wanted, **result.as_dict()}))
        else:
            figures = ", ".join(f"{k} {v}" for k, v in headline.items())
            out.print(f"{name} [{wanted}]: {figures}", markup=False, highlight=False, soft_wrap=True)


@app.command("runs")
def runs_cmd(db: DbOption = DEFAULT_DB) -> None:
    """List the runs recorded in a store, with their status and counts.

    Example: [bold]rashomon runs --db news.db[/]
    """
    store = _open_store(db, readonly=True)
    try:
        table = Table("run", "started", "ended", "status", "inputs", "added", "errors", "warnings")
        for run in store.runs():
            c = run["counts"] or {}
            table.add_row(
                str(run["id"]),
                run["started_at"],
                run["ended_at"] or "",
                run["status"],
                str(c.get("inputs", "")),
                str(c.get("documents_added", "")),
                str(c.get("errors", "")),
                str(c.get("warnings", "")),
            )
        out.print(table)
    finally:
        store.close()


def demo_articles() -> Path:
    """The bundled sample articles (written for rashomon; the story and outlets are invented)."""
    return Path(str(resources.files("rashomon.demo").joinpath("articles")))


@app.command("demo")
def demo_cmd(
    db: DbOption = Path("demo.db"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Run the whole pipeline on the bundled sample (five articles, four formats), no network.

    Example: [bold]rashomon demo --db demo.db[/]
    """
    store = _open_store(db)
    try:
        report = _run_with_progress(store, [str(demo_articles())], Options(), quiet)
        _summary(report, store)
        table = Table("document", "outlet", "author", "published", "segments", "comments", title="Stored documents")
        for _, doc in store.documents():
            comments = {s.comment for s in doc.segments if s.comment is not None}
            table.add_row(
                doc.name.rsplit("/", 1)[-1][:28],
                (doc.outlet or "")[:22],
                ", ".join(doc.authors)[:22],
                doc.published.value[:10] if doc.published else "",
                str(len(doc.segments)),
                str(len(comments)),
            )
        out.print(table)
        out.print(f"Next: rashomon export documents --db {db} --format jsonl")
    finally:
        store.close()
    if report.errors:
        raise typer.Exit(1)


@app.command("examine")
def examine_cmd(
    db: DbOption = DEFAULT_DB,
    full: Annotated[bool, typer.Option("--full", help="Rebuild the whole cross-examination from every stored event.")] = False,
) -> None:
    """Bring the cross-examination up to date: events added since the last one join their claims, and only
    the claims they (or events that went away) touch are linked and weighed again.

    [bold]rashomon analyze[/] does this after coding; [bold]--full[/] rebuilds it from every event.

    Example: [bold]rashomon examine --db news.db --full[/]
    """
    from rashomon.engine.examine import examine_stored

    store = _open_store(db, create=False)  # nothing to examine in a store that is not there
    try:
        r = examine_stored(store, full=full)
    except RashomonError as exc:
        raise _fail(str(exc)) from None
    finally:
        store.close()
    scope = f"{r.documents} document(s), {r.events} event(s)"
    if r.mode != "full":
        scope += f"; {r.blocks} proposition block(s) re-weighed ({r.weighed} event(s))"
    err.print(
        f"{r.mode}: {scope} -> {r.claims} claim(s): {r.corroborated} corroborated, "
        f"{r.contested} contested, {r.claims - r.corroborated - r.contested} single-source, in {r.seconds:.2f}s",
        highlight=False,
    )


@app.command("formats")
def formats_cmd() -> None:
    """List what can be exported and in which formats.

    Example: [bold]rashomon formats[/]
    """
    for what, fmts in export_formats().items():
        out.print(f"{what}: {', '.join(fmts)}")


@app.command("report")
def report_cmd(
    db: DbOption = DEFAULT_DB,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.", dir_okay=False)] = Path("report.html"),
    title: Annotated[str | None, typer.Option(help="A title for the report.")] = None,
    texts: Annotated[int, typer.Option(help="Include the full text of this many documents (those with the most events).")] = 12,
) -> None:
    """Write one self-contained HTML report (works offline, can be emailed): timeline, map, network, claims, tone, sources.

    Example: [bold]rashomon report --db news.db -o report.html[/]
    """
    from rashomon.report import write_report

    if not output.resolve().parent.is_dir():
        raise _fail(f"{output}: folder {output.resolve().parent} does not exist")
    store = _open_store(db, readonly=True)
    try:
        stats = _write_file(output, lambda fh: write_report(store.conn, fh, title, db.name, max(0, texts)))
    finally:
        store.close()
    err.print(f"wrote {output}: {stats.bytes / 1e6:.1f} MB, {stats.documents} document(s) "
              f"({stats.documents_with_text} with full text), {stats.events} event(s)", highlight=False)  # fmt: skip


@app.command("serve")
def serve_cmd(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on (default: loopback only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    search: Annotated[bool, typer.Option("--search/--no-search", help="Build the full-text index beside the store.")] = True,
) -> None:
    """Browse a store in a local web app (read-only): the report's views with filters, search, and a JSON API.

    Example: [bold]rashomon serve --db news.db[/]  then open http://127.0.0.1:8000/
    """
    from rashomon.web import is_loopback, serve

    _open_store(db, readonly=True).close()
    if not is_loopback(host):
        err.print(f"[yellow]warning:[/] listening on {_safe(host)}: anyone who can reach it can read the whole store", markup=True)
    serve(db, host, port, search, say=lambda m: err.print(m, highlight=False, soft_wrap=True))


def _version(value: bool) -> None:
    if value:
        out.print(f"rashomon {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """rashomon: a sourced event record and a cross-examination of the sources, from the news."""


if __name__ == "__main__":  # pragma: no cover
    app()
