"""The app's tests use the report's stores (built once per session, see tests/report/conftest.py) and one
headless Chromium for the session."""

import pytest

from tests.report.conftest import caucasus_db, demo_db, examined_db, hostile_db
from tests.web.browser import chromium


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    with chromium() as b:
        yield b


__all__ = ["browser", "caucasus_db", "demo_db", "examined_db", "hostile_db"]
