"""Stores for the report's and the app's tests, built once per session from real text (the app's tests
use the same fixtures: tests/web/conftest.py imports these)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.report import stores


@pytest.fixture(scope="session")
def caucasus_db(tmp_path_factory, caucasus_store) -> Path:  # type: ignore[no-untyped-def]
    """The caucasus articles, coded, before any examine stage: the schema-3 tables are empty."""
    return stores.once("caucasus", lambda: stores.unexamined(stores.copy_store(
        Path(caucasus_store.path), tmp_path_factory.mktemp("views") / "caucasus.db")))  # fmt: skip


@pytest.fixture(scope="session")
def examined_db(tmp_path_factory, caucasus_store) -> Path:  # type: ignore[no-untyped-def]
    """The caucasus articles analysed and cross-examined by the pipeline."""

    def make() -> Path:
        db = stores.copy_store(Path(caucasus_store.path), tmp_path_factory.mktemp("views") / "examined.db")
        counts = stores.examine(db)
        assert counts["clusters"] > 5 and counts["conflicts"] >= 1, counts
        return db

    return stores.once("examined", make)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """The bundled demo sample, coded and examined."""
    from rashomon.cli import demo_articles

    def make() -> Path:
        db = stores.build([demo_articles()], tmp_path_factory.mktemp("views") / "demo.db")
        stores.examine(db)
        return db

    return stores.once("demo", make)


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """Articles whose text, title, author, outlet and URL carry scripts, handlers and javascript: links."""

    def make() -> Path:
        folder = tmp_path_factory.mktemp("hostile")
        db = stores.build(stores.hostile_inputs(folder / "in"), folder / "hostile.db")
        stores.examine(db, hostile=True)
        return db

    return stores.once("hostile", make)
