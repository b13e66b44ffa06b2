"""Ingest speed and store size, against a read-and-hash baseline measured in the same run.

    python bench/ingest.py [--copies N] [--corpus DIR]

Replicates the corpus articles N times (each copy made distinct, so nothing is deduplicated), then times
(1) the baseline: reading every file and hashing its bytes, and (2) `rashomon.analyze` without event coding
into a fresh store on disk. Prints documents/s, MB/s, the ratio of the two, the store's size and peak memory.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import sys
import tempfile
import time
from pathlib import Path

from rashomon import Options, Store, analyze

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "caucasus"


def replicate(corpus: Path, folder: Path, copies: int) -> tuple[int, int]:
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    if not files:
        sys.exit(f"no files in {corpus}")
    n = size = 0
    for c in range(copies):
        for src in files:
            data = src.read_bytes() + f"\n\nCopy {c} of {src.name} for the benchmark.\n".encode()
            (folder / f"{c:05d}_{src.name}").write_bytes(data)
            n += 1
            size += len(data)
    return n, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus folder {args.corpus} not found (../shared is needed, or pass --corpus)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        n, size = replicate(args.corpus, folder, args.copies)

        t0 = time.perf_counter()
        for path in sorted(folder.iterdir()):
            hashlib.sha256(path.read_bytes()).hexdigest()
        baseline = time.perf_counter() - t0

        db = Path(tmp) / "bench.db"
        with Store(db) as store:
            t0 = time.perf_counter()
            report = analyze(store, [folder], Options(analyse=False))  # ingest alone; bench/analyze.py times the NLP
            full = time.perf_counter() - t0
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            docs = store.count("documents")
        store_bytes = db.stat().st_size
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        assert docs == n and not report.errors, (docs, n, report.errors[:3])
        mb = size / 1e6
        print(f"inputs: {n} documents, {mb:.1f} MB of text ({args.copies} copies of {args.corpus.name})")
        print(f"baseline (read + sha256):   {n / baseline:10.0f} docs/s  {mb / baseline:8.1f} MB/s")
        print(f"rashomon analyze (ingest):  {n / full:10.0f} docs/s  {mb / full:8.1f} MB/s")
        print(f"ratio ingest/baseline time: {full / baseline:10.1f}x")
        print(f"store: {store_bytes / 1e6:.1f} MB, {store_bytes / n / 1024:.1f} KiB per document "
              f"({store_bytes / size:.2f}x the input size)")
        print(f"peak memory (RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
