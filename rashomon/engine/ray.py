"""The Ray engine: the reader and document stages on Ray Data, the NLP stage on a pool of Ray actors (each
loads the models once), and this process the store's one writer.

Imported only when a run asks for it (``--engine ray``): the default path never imports Ray. What it stores
is what the local engine stores, in the same order: inputs are read in the order they were found (Ray Data
keeps it), documents are coded in tasks handed out in the store's order (the last batch's longest first) and
their results stored in the store's order, as the rows the store writes (each actor builds them).

Workers import this very rashomon: on a local Ray its folder is put on the workers' ``PYTHONPATH``; on a
cluster (``address``) the package is shipped to them as a ``py_modules`` runtime environment (its
dependencies must be installed on the nodes, as they are here).
"""

from __future__ import annotations

import logging
import os
import pickle
import resource
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from itertools import groupby
from pathlib import Path
from typing import Any, NamedTuple

import ray
import ray.data

import rashomon
from rashomon.engine.analyse import Coded, code_batch, load_models
from rashomon.engine.local import (
    Built,
    Engine,
    ProgressFn,
    RunReport,
    guarded,
    prepare,
    read_source,
    store_source,
)
from rashomon.engine.tally import Tally
from rashomon.errors import RashomonError
from rashomon.ingest.readers import get_reader
from rashomon.ingest.sources import Source
from rashomon.records import Document, Problem
from rashomon.settings import Options
from rashomon.store import Store

log = logging.getLogger("rashomon.engine")

#: documents per task handed to an actor when there are several: one, so that the last tasks of a run leave
#: no actor idle while another codes a long document (counted in words, bench/scale.py's 20 documents of
#: 1,075 to 5,743 words come out 13 % over an even share of two actors in tasks of four, 3 % in tasks of
#: one). Larger tasks (of up to 50,000 characters, shrinking towards the run's end) were tried: the same
#: CPU time, no faster. One worker is handed the store's batches whole (:func:`_tasks`)
DOCS_PER_TASK = 1
#: tasks each actor may have unfinished at once (one being coded, one waiting): enough to keep it busy
IN_FLIGHT_PER_WORKER = 2
#: tasks handed out and not yet taken back in order, finished or not: how far the other actors may run
#: ahead of a long document (results waiting for it are held here, so the driver's memory stays bounded;
#: the last batch's tasks are handed out beyond it: their results are one batch's at most)
AHEAD_PER_WORKER = 8
#: inputs a read task takes at most where there are more than a task a worker: tasks of many inputs keep Ray
#: Data's per-task cost down, enough of them still spread a large run's inputs and stream them back
INPUTS_PER_READ_TASK = 256
#: the niceness of a local Ray's worker processes (the coding actors, the read tasks). Ray's own default is
#: 15, below every ordinary process, so that its daemons stay responsive; but then any other work on the
#: machine (and the driver, and Ray's daemons) takes the cores from the actors first, where the local
#: engine's process competes at 0 (docs/scale.md (a)). 0: the actors compete as the local engine does.
#: A cluster's workers keep the niceness the cluster was started with.
WORKER_NICENESS = 0


class EngineError(RashomonError):
    """The Ray engine cannot start or lost its workers."""


def connect(address: str | None, workers: int) -> None:
    """Join the Ray cluster at ``address``, or start a local Ray with ``workers`` CPUs; workers import the
    rashomon this process runs."""
    if ray.is_initialized():
        return
    package = Path(rashomon.__file__).resolve().parent
    runtime_env: dict[str, Any]
    if address is None:
        path = os.pathsep.join(p for p in (str(package.parent), os.environ.get("PYTHONPATH", "")) if p)
        runtime_env = {"env_vars": {"PYTHONPATH": path}}
    else:
        runtime_env = {"py_modules": [str(package)]}
    logging.getLogger("ray").setLevel(logging.ERROR)
    try:
        local: dict[str, Any] = {"num_cpus": workers, "_system_config": {"worker_niceness": WORKER_NICENESS}} if address is None else {}
        ray.init(address=address, include_dashboard=False, runtime_env=runtime_env, logging_level=logging.ERROR,
                 log_to_driver=False, **local)  # fmt: skip
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = f"the Ray cluster at {address}" if address else "a local Ray"
        raise EngineError(f"cannot start {where}: {exc}") from None
    for name in ("ray", "ray.data"):  # Ray's own chatter (start-up, plans, finished datasets) off: the run speaks
        logging.getLogger(name).setLevel(logging.ERROR)
    # Ray Data's advice when a run has fewer inputs than workers: nothing a user of rashomon can act on
    warnings.filterwarnings("ignore", message="The maximum number of concurrent tasks", category=UserWarning)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # the same order as the local engine, hence the same ids
    context.enable_progress_bars = False


def read_tasks(inputs: int, workers: int) -> int:
    """How many read tasks Ray Data runs for ``inputs`` inputs: one a worker, more only for many inputs
    (INPUTS_PER_READ_TASK each). Each task costs Ray Data about 15 ms of the driver's CPU and 20 ms of the
    run (the caucasus bench's 60 inputs read in 2, 8, 16 and 60 tasks: 0.33, 0.60, 0.80 and 1.5 s, the
    driver's CPU 0.12, 0.20, 0.33 and 0.9 s), and the actors wait for the whole read (docs/scale.md)."""
    return max(1, min(inputs, max(workers, -(-inputs // INPUTS_PER_READ_TASK))))


def _read_row(row: dict[str, Any], options: Options) -> list[dict[str, Any]]:
    """Ray Data: one input -> its built documents and problems, pickled, each tagged with the input's index."""
    path = row["path"]
    source = Source(row["name"], Path(path) if path else None, row["url"] or None)
    reader = get_reader(row["reader"])
    return [{"k": row["k"], "item": pickle.dumps(item)} for item in read_source(source, reader, options)]


def ingest(
    store: Store, sources: Sequence[Source], options: Options, report: RunReport,
    problem: Callable[[Problem], None], tally: Tally, progress: ProgressFn | None, *, workers: int,
) -> None:  # fmt: skip
    """The reader and document stages on Ray Data; each document stored here as it comes back. The read
    tasks ask for no CPU of their own: the coding actors kept from an earlier run hold the CPUs while they
    wait, and ``workers`` tasks at a time is the limit."""
    jobs: dict[int, tuple[Source, Any, str | None]] = {}
    for k, source in enumerate(sources):
        if progress:
            progress(source.name, k, len(sources))

        def look(k: int = k, source: Source = source) -> None:
            prepared = prepare(store, source, options, report)
            if prepared is not None:
                jobs[k] = (source, *prepared)

        guarded(source, report, problem, look)
    if not jobs:
        return
    rows = [{"k": k, "name": s.name, "path": str(s.path) if s.path else "", "url": s.url or "", "reader": r.name}
            for k, (s, r, _) in jobs.items()]  # fmt: skip
    ds = ray.data.from_items(rows, override_num_blocks=read_tasks(len(rows), workers)).flat_map(
        partial(_read_row, options=options), compute=ray.data.TaskPoolStrategy(size=workers), num_cpus=0
    )
    remaining = iter(sorted(jobs))

    def store_job(k: int, items: Iterable[Built | Problem]) -> None:
        source, reader, fp = jobs[k]
        guarded(source, report, problem, partial(store_source, store, source, reader, fp, items, report, problem, tally))

    try:
        for done, (k, group) in enumerate(groupby(ds.iter_rows(), key=lambda r: int(r["k"])), start=1):
            for skipped in remaining:  # inputs that gave nothing at all are recorded as read all the same
                if skipped == k:
                    break
                store_job(skipped, ())
            # our own records, pickled by our own read tasks (never bytes from an input)
            store_job(k, (pickle.loads(r["item"]) for r in group))
            tally.inputs_done = done
            if progress:
                progress(jobs[k][0].name, done, len(jobs))
    except ray.exceptions.RayError as exc:
        raise EngineError(f"a Ray worker failed while reading the inputs: {exc}") from None
    for skipped in remaining:
        store_job(skipped, ())


class _Coder:
    """A Ray actor: the models loaded once, then batch after batch of documents coded (spaCy parsing ahead
    in a thread of its own only where ``parse_ahead``: see :func:`parses_ahead`)."""

    def __init__(self, options: Options, parse_ahead: bool) -> None:
        self.options = replace(options, processes=1)
        self.parse_ahead = parse_ahead
        self.nlp, self.models, _ = load_models(self.options)

    def code(self, batch: list[tuple[int, Document]]) -> list[Coded]:
        # packed: the store's rows are built here, so that the driver, which shares the cores, only inserts them
        return [coded.packed() for coded in code_batch(batch, self.nlp, self.models, self.options,
                                                       parse_ahead=self.parse_ahead)]  # fmt: skip

    def cpu_seconds(self) -> float:
        """The CPU time this actor's process has used so far, all its threads (for bench/scale.py)."""
        used = resource.getrusage(resource.RUSAGE_SELF)
        return used.ru_utime + used.ru_stime


def parses_ahead(address: str | None, workers: int) -> bool:
    """Whether each actor parses ahead in a thread (rashomon/engine/ahead.py). That thread makes a coder
    faster only by taking a core that would otherwise be idle; an actor holds one CPU of Ray's, so where
    the actors hold every core (a local Ray with as many workers as the machine has cores, or a cluster,
    whose CPUs Ray hands out) the thread has none to take and only adds its hand-overs (docs/scale.md (a)).
    A local Ray with fewer workers than cores leaves one free."""
    return address is None and workers < (os.cpu_count() or 1)


#: the actors of the last run, with the options, count and parse-ahead they were made for: a later run in the
#: same process (a test, a bench, a notebook) with the same reuses them instead of loading the models again
_pool: tuple[Options, int, bool, list[Any]] | None = None


def _actors(options: Options, workers: int, parse_ahead: bool) -> list[Any]:
    """``workers`` coding actors for ``options``: the last run's when they fit, else new ones (the old ones
    are ended first: they hold the CPUs the new ones need)."""
    global _pool
    options = coding_options(options)
    if _pool is not None and _pool[:3] == (options, workers, parse_ahead):
        return _pool[3]
    release()
    actor_class: Any = ray.remote(num_cpus=1)(_Coder)
    _pool = (options, workers, parse_ahead, [actor_class.remote(options, parse_ahead) for _ in range(workers)])
    return _pool[3]


def actors_cpu_seconds() -> float:
    """The CPU time the kept coding actors have used so far, together (0 without actors): for bench/scale.py."""
    return sum(ray.get([actor.cpu_seconds.remote() for actor in _pool[3]])) if _pool is not None else 0.0


def coding_options(options: Options) -> Options:
    """The options as far as coding depends on them (how inputs are read or whether the run examines
    afterwards does not change the models an actor loads)."""
    default = Options()
    return replace(options, processes=1, max_bytes=default.max_bytes, follow_links=False, reader=None, fetch=False,
                   fetch_timeout=default.fetch_timeout, analyse=True, examine=True)  # fmt: skip


def release() -> None:
    """End the coding actors kept for a later run (their models and CPUs freed)."""
    global _pool
    if _pool is not None:
        for actor in _pool[3]:
            ray.kill(actor)
        _pool = None


Task = list[tuple[int, Document]]


def _weight(task: Task) -> int:
    """What coding a task costs, roughly: the characters of its documents that are analysed."""
    return sum(len(doc.text) for _, doc in task if doc.analysable)


class Handout(NamedTuple):
    """A task to hand out: its place in the store's order, its documents, whether it is one of the run's
    last ``workers`` tasks, and whether it is of the run's last batch."""

    place: int
    task: Task
    last: bool
    final: bool


def _tasks(work: Iterable[Task], workers: int) -> Iterator[Handout]:
    """The tasks to hand out (the next batch is looked at before the tasks of one are handed out). The
    last batch's tasks go longest first, so that the run ends on its shortest documents: in store order an
    actor went idle for the last long document's time (0.48 and 0.49 s of 11.8 s on a quiet machine, the
    bench's 60 documents). One worker codes the store's batches as they are: no other actor waits on it,
    and its parse-ahead thread (a core free) then parses each document while the last is coded, which
    tasks of one document would stop at every document's end."""
    size = DOCS_PER_TASK if workers > 1 else None
    seq = 0
    batches = iter(work)
    batch = next(batches, None)
    while batch is not None:
        following = next(batches, None)
        tasks = [batch] if size is None else [batch[i : i + size] for i in range(0, len(batch), size)]
        numbered = list(enumerate(tasks, start=seq))
        seq += len(tasks)
        if following is None and size is not None:
            numbered.sort(key=lambda t: -_weight(t[1]))  # stable: equal ones stay in store order
        for j, (k, task) in enumerate(numbered):
            yield Handout(k, task, following is None and len(numbered) - j <= workers, following is None)
        batch = following


def coder(work: Iterable[Task], options: Options, ready: Callable[[], None], *,
          workers: int, parse_ahead: bool = False) -> Iterator[Coded]:  # fmt: skip
    """The NLP stage on ``workers`` actors: tasks handed out to the least busy actor (at most
    IN_FLIGHT_PER_WORKER unfinished each; the run's last ``workers`` tasks only to an actor with nothing
    unfinished, so that none waits behind a long document while another actor idles), taken back as they
    finish, and given in the store's order (a long document holds back the results after it, not the
    actors). At most AHEAD_PER_WORKER tasks an actor are out and not given back, but for the last batch's,
    handed out longest first: the driver holds their results until the next in the store's order is back
    (a batch's results at most), and an actor that waited for it would idle at the run's end."""
    actors = _actors(options, workers, parse_ahead)
    ready()  # the actors load their models as they start; their first tasks wait for it
    busy = [0] * workers
    out: dict[int, Any] = {}  # place in the store's order -> ref, handed out and not yet given back
    unfinished: dict[Any, int] = {}  # ref -> its actor
    given = 0  # the place of the next task to give back
    tasks = _tasks(work, workers)
    try:
        task = next(tasks, None)
        while True:
            while task is not None and (task.final or len(out) < AHEAD_PER_WORKER * workers):
                a = min(range(workers), key=busy.__getitem__)
                if busy[a] >= (1 if task.last else IN_FLIGHT_PER_WORKER):
                    break
                busy[a] += 1
                ref = actors[a].code.remote(task.task)
                out[task.place] = ref
                unfinished[ref] = a
                task = next(tasks, None)
            if not out:
                return
            ref = out.get(given)
            if ref is None or ref in unfinished:  # (not out yet: the last batch's, and an actor is busy)
                finished, _ = ray.wait(list(unfinished), num_returns=1)
                for done in finished:
                    busy[unfinished.pop(done)] -= 1
                continue
            del out[given]
            given += 1
            yield from ray.get(ref)
    except ray.exceptions.RayError as exc:
        release()
        raise EngineError(f"a Ray worker failed while coding events: {exc}") from None
    except BaseException:
        release()  # stopped midway (Ctrl-C): the actors may still be coding what no one will store
        raise


def ray_engine(workers: int = 2, address: str | None = None) -> Engine:
    """An engine that runs the stages on Ray (a local Ray with ``workers`` CPUs, or the cluster at
    ``address``, using ``workers`` actors)."""
    if workers < 1:
        raise EngineError(f"--workers must be at least 1, got {workers}")
    connect(address, workers)
    coding = partial(coder, workers=workers, parse_ahead=parses_ahead(address, workers))
    return Engine("ray", partial(ingest, workers=workers), coding)
