"""Shared fixtures: the real corpus in ../shared (skipped with a reason where absent) and fresh stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rashomon.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "caucasus"


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the caucasus corpus is not at {CORPUS} (../shared is absent on this machine)")
    return CORPUS


@pytest.fixture
def corpus_file(corpus_dir: Path):  # type: ignore[no-untyped-def]
    """corpus_file("001") -> the path of the corpus article whose name starts with 001."""

    def find(prefix: str) -> Path:
        matches = sorted(corpus_dir.glob(f"{prefix}*.txt"))
        assert matches, f"no corpus file starts with {prefix}"
        return matches[0]

    return find


@pytest.fixture
def fresh_store() -> Iterator[Store]:
    store = Store(":memory:")
    yield store
    store.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def caucasus_store(tmp_path_factory) -> Iterator[Store]:
    """The five caucasus articles read and coded once for the session (a store on disk)."""
    from rashomon.engine import analyze

    if not CORPUS.is_dir():
        pytest.skip(f"the caucasus corpus is not at {CORPUS} (../shared is absent on this machine)")
    store = Store(tmp_path_factory.mktemp("caucasus") / "news.db")
    report = analyze(store, [CORPUS])
    assert not report.errors, report.errors
    yield store
    store.close()
