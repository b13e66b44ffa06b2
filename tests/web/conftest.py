"""The app's tests use the report's stores (built once per session, see tests/report/conftest.py)."""

from tests.report.conftest import caucasus_db, demo_db, examined_db, hostile_db

__all__ = ["caucasus_db", "demo_db", "examined_db", "hostile_db"]
