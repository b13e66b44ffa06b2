"""The Ray engine on a local Ray with 2 CPUs: the same analysis as the local engine, byte for byte.

One Ray session for the module (starting Ray takes seconds); skipped, saying why, without `rashomon[ray]`."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from rashomon.cli import demo_articles
from rashomon.engine import analyze
from rashomon.engine.sink import analyze_to_dataset, load_dataset
from rashomon.export import get_exporter
from rashomon.store import Store

ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'rashomon[ray]'); the Ray engine is untested")
ray_engine = pytest.importorskip("rashomon.engine.ray").ray_engine


@pytest.fixture(scope="module")
def engine() -> Iterator[object]:
    yield ray_engine(workers=2)
    ray.shutdown()


def exports(store: Store) -> dict[str, str]:
    """The events and claims exports, as the CLI writes them."""
    out = {}
    for what, fmt in (("events", "plover-jsonl"), ("claims", "jsonl"), ("documents", "jsonl")):
        buf = io.StringIO()
        get_exporter(what, fmt)(store, buf)
        out[what] = buf.getvalue()
    return out


def test_ray_codes_the_caucasus_articles_as_the_local_engine_does(engine, caucasus_store, corpus_dir, tmp_path):
    store = Store(tmp_path / "ray.db")
    report = analyze(store, [corpus_dir], engine=engine)  # type: ignore[arg-type]
    assert not report.errors, report.errors
    assert report.events > 200 and report.claims > 100
    ours, theirs = exports(store), exports(caucasus_store)
    for what in ours:
        assert ours[what] == theirs[what], f"{what} differ between the Ray and the local engine"
    # the run is recorded like any other; a second run reads nothing again
    again = analyze(store, [corpus_dir], engine=engine)  # type: ignore[arg-type]
    assert (again.inputs_unchanged, again.documents_analysed, again.events) == (5, 0, 0)
    store.close()


def test_ray_codes_the_demo_as_the_local_engine_does_and_reports_bad_inputs(engine, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for article in sorted(demo_articles().iterdir()):
        (inputs / article.name).write_bytes(article.read_bytes())
    (inputs / "zz-broken.jsonl").write_text('{"text": "A line that is fine, about nothing."}\n{not json\n',
                                            encoding="utf-8")  # fmt: skip
    (inputs / "zz-empty.txt").write_text("", encoding="utf-8")
    stores = []
    for name, eng in (("local", None), ("ray", engine)):
        store = Store(tmp_path / f"{name}.db")
        report = analyze(store, [inputs], engine=eng)  # type: ignore[arg-type]
        stores.append((store, report))
    (local, lr), (on_ray, rr) = stores
    assert exports(local) == exports(on_ray)
    assert rr.counts() == lr.counts() and [str(p) for p in rr.problems] == [str(p) for p in lr.problems]
    assert rr.events > 0 and rr.problems, "the broken line is reported on both engines"
    assert local.conn.execute("SELECT name, reader, documents FROM inputs ORDER BY name").fetchall() == \
        on_ray.conn.execute("SELECT name, reader, documents FROM inputs ORDER BY name").fetchall()  # fmt: skip
    # the Parquet sink: the same run written as a dataset, loaded into a store, is the same record (the sink does
    # not examine: no claims, none contested)
    report, counts = analyze_to_dataset([inputs], tmp_path / "ds", engine=engine)  # type: ignore[arg-type]
    assert counts["documents"] == local.count("documents") and report.counts() == lr.counts() | {"claims": 0, "contested": 0}
    loaded = Store(tmp_path / "loaded.db")
    load_dataset(loaded, tmp_path / "ds")
    assert exports(loaded) == exports(local)


def test_ray_wants_at_least_one_worker() -> None:
    from rashomon.engine.ray import EngineError

    with pytest.raises(EngineError, match="--workers must be at least 1"):
        ray_engine(workers=0)


def test_a_missing_file_is_an_error_named_after_it_on_ray(engine, tmp_path: Path) -> None:
    store = Store(tmp_path / "x.db")
    report = analyze(store, [tmp_path / "nowhere.txt"], engine=engine)  # type: ignore[arg-type]
    assert report.inputs_failed == 1 and "nowhere.txt" in str(report.errors[0])


def test_actors_parse_ahead_only_where_a_core_is_left_free() -> None:
    from rashomon.engine.ray import parses_ahead

    cores = os.cpu_count() or 1
    assert not parses_ahead(None, cores) and not parses_ahead(None, cores + 1)  # the actors hold every core
    assert parses_ahead(None, cores - 1) == (cores > 1)
    assert not parses_ahead("ray://head:10001", 1)  # a cluster's CPUs are Ray's to hand out


def test_the_last_tasks_are_marked_the_last_batch_goes_longest_first_and_one_worker_gets_whole_batches() -> None:
    from types import SimpleNamespace

    from rashomon.engine.ray import _tasks

    def doc(chars: int, analysable: bool = True) -> SimpleNamespace:
        return SimpleNamespace(text="x" * chars, analysable=analysable)

    first = [(1, doc(5)), (2, doc(1)), (3, doc(9))]
    final = [(4, doc(2)), (5, doc(7)), (6, doc(90, analysable=False)), (7, doc(4)), (8, doc(7))]
    work = [first, final]
    two = list(_tasks(work, 2))  # type: ignore[arg-type]
    # the first batch in the store's order; the last longest first (equal ones in store order, one not
    # analysable weighs nothing), each with its place in the store's order; the run's last two tasks marked,
    # and the last batch's (which the driver hands out whatever results it holds)
    assert [(t.place, t.task[0][0]) for t in two] == [(0, 1), (1, 2), (2, 3), (4, 5), (7, 8), (6, 7), (3, 4), (5, 6)]
    assert [t.last for t in two] == [False] * 6 + [True, True] and [t.final for t in two] == [False] * 3 + [True] * 5
    assert list(_tasks(work, 1)) == [(0, first, False, False), (1, final, True, True)]  # type: ignore[arg-type]
    assert list(_tasks([], 2)) == []


def test_inputs_are_read_in_a_task_a_worker_unless_there_are_many() -> None:
    from rashomon.engine.ray import INPUTS_PER_READ_TASK, read_tasks

    assert [read_tasks(n, 2) for n in (1, 2, 60, 2 * INPUTS_PER_READ_TASK)] == [1, 2, 2, 2]
    assert read_tasks(10 * INPUTS_PER_READ_TASK, 2) == 10 and read_tasks(10 * INPUTS_PER_READ_TASK + 1, 2) == 11
    assert read_tasks(3, 4) == 3 and read_tasks(60, 1) == 1


def test_actors_hand_back_the_store_rows_the_local_engine_writes() -> None:
    from rashomon.engine.analyse import Coded
    from rashomon.store.events import analysis_rows

    skipped = Coded(1, "a", skipped="not analysable")
    assert skipped.packed() is skipped and skipped.event_count == 0
    coded = Coded(2, "b")
    packed = coded.packed()
    assert packed.rows == analysis_rows((), (), ()) and packed.event_count == 0 and packed.packed() is packed


def test_a_local_rays_workers_run_at_the_local_engines_niceness(engine) -> None:
    from rashomon.engine.ray import WORKER_NICENESS

    @ray.remote(num_cpus=0)
    def niceness() -> int:
        return os.nice(0)

    assert WORKER_NICENESS == 0 and ray.get(niceness.remote()) == os.nice(0) + WORKER_NICENESS
