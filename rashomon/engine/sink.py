"""The Parquet sink: a run written as a partition of a Parquet dataset instead of into a store, and a dataset
loaded into a store (then examined).

A run to a dataset goes through a scratch store of its own (inside the dataset's folder, removed at the
end): it deduplicates documents, learns the run's site boilerplate and hands each document to the NLP stage
exactly as a run into a store does, so the rows are the same; then the scratch store's rows are written out.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from rashomon.engine.examine import ExamineReport, examine_stored
from rashomon.engine.local import Engine, ProgressFn, RunReport, analyze
from rashomon.engine.tally import Tally
from rashomon.errors import RashomonError, StoreError
from rashomon.settings import Options
from rashomon.store import Store, dataset


def analyze_to_dataset(
    inputs: Sequence[str | Path], out: Path, options: Options | None = None, engine: Engine | None = None,
    progress: ProgressFn | None = None, tally: Tally | None = None,
) -> tuple[RunReport, dict[str, int]]:  # fmt: skip
    """Read and code ``inputs`` as :func:`rashomon.engine.analyze` does, and write what the run made as
    a new run partition of the Parquet dataset ``out``. Returns the run's report and rows per table."""
    if out.exists() and not out.is_dir():
        raise StoreError(f"{out}: is a file; --out wants a folder for the Parquet dataset")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{out}: cannot be created: {exc.strerror or exc}") from None
    options = replace(options or Options(), examine=False)  # claims are made where the dataset is loaded
    with tempfile.TemporaryDirectory(dir=out, prefix=".scratch-") as scratch:
        store = Store(Path(scratch) / "run.db")
        try:
            report = analyze(store, inputs, options, progress, tally, engine)
            counts = dataset.write(store, out)
        finally:
            store.close()
    return report, counts


@dataclass(frozen=True, slots=True)
class LoadReport:
    """A ``rashomon load`` run: what the dataset added (:class:`dataset.LoadReport`), the examination, if any."""

    run_id: int
    loaded: dataset.LoadReport
    examined: ExamineReport | None
    seconds: float


def load_dataset(store: Store, path: Path) -> LoadReport:
    """Import the Parquet dataset at ``path`` into ``store`` (recorded as a run), then examine the store."""
    started = time.monotonic()
    run_id = store.begin_run([str(path)], {"load": str(path)})
    status = "interrupted"
    loaded = dataset.LoadReport()
    try:
        loaded = dataset.load(store, path, run_id)
        exam = examine_stored(store, run_id) if loaded.documents_added else None
        status = "completed"
    except RashomonError:
        status = "failed"
        raise
    finally:
        store.finish_run(run_id, status, {"documents_added": loaded.documents_added,
                                          "documents_known": loaded.documents_known, "events": loaded.events})  # fmt: skip
    return LoadReport(run_id, loaded, exam, time.monotonic() - started)
