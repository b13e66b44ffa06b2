"""Exporters, registered by (what, format): ``EXPORTERS["documents"]["jsonl"](store, out)``."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from rashomon.errors import UsageError

#: (store, output stream) -> records written. Text exporters get a text stream, binary ones a byte stream.
#: Exporters of events (and of the network built from them) also take ``min_confidence``, see FILTERED.
ExportFn = Callable[..., int]
#: what can be exported with ``min_confidence``: only the confidence of the event model's events is filtered
FILTERED = frozenset({"events", "network"})
EXPORTERS: dict[str, dict[str, ExportFn]] = {}
BINARY: set[tuple[str, str]] = set()


def register(what: str, fmt: str, binary: bool = False) -> Callable[[ExportFn], ExportFn]:
    def decorator(fn: ExportFn) -> ExportFn:
        EXPORTERS.setdefault(what, {})[fmt] = fn
        if binary:
            BINARY.add((what, fmt))
        return fn

    return decorator


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Each record as one JSON line (UTF-8 kept as is); returns how many were written."""
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def is_binary(what: str, fmt: str) -> bool:
    return (what, fmt) in BINARY


def get_exporter(what: str, fmt: str) -> ExportFn:
    _load_builtin()
    if what not in EXPORTERS:
        raise UsageError(f"nothing to export called {what!r}; choose one of: {', '.join(sorted(EXPORTERS))}")
    formats = EXPORTERS[what]
    if fmt not in formats:
        raise UsageError(f"{what} cannot be exported as {fmt!r}; choose one of: {', '.join(sorted(formats))}")
    return formats[fmt]


def export_formats() -> dict[str, list[str]]:
    _load_builtin()
    return {what: sorted(fmts) for what, fmts in sorted(EXPORTERS.items())}


def _load_builtin() -> None:
    from rashomon.export import documents, events, examine, geo, network  # noqa: F401


__all__ = ["EXPORTERS", "FILTERED", "export_formats", "get_exporter", "is_binary", "register", "write_jsonl"]
