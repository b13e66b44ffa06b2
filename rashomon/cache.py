"""Pickled copies of tables rashomon builds from its data files (the gazetteer, the Phoenix actor names), kept
in the user's cache folder so that a run reads them instead of building them again.

The folder is ``$RASHOMON_CACHE_DIR`` (empty: no cache), else ``$XDG_CACHE_HOME/rashomon``, else
``~/.cache/rashomon``. A copy's file name is a digest of everything it is built from, so a new release of its
code or data writes a new file. Any trouble with the cache (a read-only home, a stale, partial or foreign
file) only means building: a cache never changes what is built.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def by_init(obj: Any) -> tuple[type, tuple[Any, ...]]:
    """A ``__reduce__`` for a frozen dataclass with slots whose fields are all arguments of its ``__init__``:
    unpickled by calling the class with them, which costs about half of what dataclasses' own
    ``__setstate__`` does (a cached table holds tens of thousands of such records)."""
    return type(obj), tuple(getattr(obj, name) for name in obj.__slots__)


def cache_folder() -> Path | None:
    """The cache folder, or None when ``$RASHOMON_CACHE_DIR`` is set empty (no cache)."""
    root = os.environ.get("RASHOMON_CACHE_DIR")
    if root == "":
        return None
    if root is None:
        root = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "rashomon")
    return Path(root)


def cache_path(name: str, inputs: Iterable[bytes]) -> Path | None:
    """Where the copy called ``name`` built from ``inputs`` (the bytes of its code and data) is kept."""
    folder = cache_folder()
    if folder is None:
        return None
    digest = hashlib.sha1()
    for data in inputs:
        digest.update(data)
    return folder / f"{name}-{digest.hexdigest()[:16]}.pickle"


def cached(path: Path | None, kind: type[T], build: Callable[[], T]) -> T:
    """The object of type ``kind`` kept at ``path``, else ``build()``, then kept there (written beside it
    and renamed, so never half-written)."""
    if path is not None and path.is_file():
        try:
            with path.open("rb") as fh:
                loaded = pickle.load(fh)
            if isinstance(loaded, kind):
                return loaded
        except Exception:  # a stale, partial or foreign file: build afresh and replace it
            pass
    built = build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump(built, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only home: no cache, still correct
    return built
