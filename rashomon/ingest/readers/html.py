"""HTML pages saved from the web: one article each (text extracted later, in the document stage)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rashomon.errors import InputError
from rashomon.ingest.decode import decode_bytes
from rashomon.ingest.readers import register
from rashomon.ingest.sources import Source
from rashomon.records import Problem, RawDocument
from rashomon.settings import Options

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def sniff_html(head: bytes) -> bool:
    start = head[:2048].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<html" in start[:512] or b"<body" in start


def declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


@register("html", extensions=(".html", ".htm", ".xhtml", ".shtml"), sniff=sniff_html)
def read_html(source: Source, options: Options) -> Iterator[RawDocument | Problem]:
    data = source.read_bytes(options.max_bytes)
    if not data.strip():
        raise InputError(source.name, "is empty")
    html, warnings = decode_bytes(data, source.name, declared_charset(data))
    yield RawDocument(name=source.name, reader="html", html=html, warnings=tuple(warnings))
