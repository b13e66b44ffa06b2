"""The store: SQLite (WAL, foreign keys, versioned schema). Handed to runners, never opened by a stage."""

from rashomon.store.store import Store

__all__ = ["Store"]
