"""HTML pages saved from the web: one article each (text extracted later, in the document stage).

Pages saved gzipped (``.html.gz``, as archives and benchmarks store them) are unpacked first.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator

from rashomon.errors import InputError
from rashomon.ingest.decode import decode_bytes
from rashomon.ingest.readers import register
from rashomon.ingest.sources import Source
from rashomon.records import Problem, RawDocument
from rashomon.settings import Options

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_GZIP_MAGIC = b"\x1f\x8b"


def sniff_html(head: bytes) -> bool:
    start = head[:2048].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<html" in start[:512] or b"<body" in start


def declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def gunzip(data: bytes, name: str, max_bytes: int = 0) -> bytes:
    """The unpacked bytes of a gzipped page; an InputError naming ``name`` when they are damaged or
    unpack to more than ``max_bytes`` (0: no limit)."""
    out = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        unpacked = out.decompress(data, max_bytes + 1) if max_bytes else out.decompress(data)
    except zlib.error as exc:
        raise InputError(name, f"is corrupt or truncated gzip data ({exc})") from None
    if max_bytes and len(unpacked) > max_bytes:
        raise InputError(name, f"unpacks to more than the limit of {max_bytes} bytes (--max-bytes)")
    if not out.eof:
        raise InputError(name, "is truncated gzip data (the compressed stream ends early)")
    return unpacked


def raw_html_document(data: bytes, name: str, max_bytes: int = 0) -> RawDocument:
    """A saved page's bytes (gzipped or not) -> a RawDocument holding its decoded HTML."""
    if data[:2] == _GZIP_MAGIC:
        data = gunzip(data, name, max_bytes)
    if not data.strip():
        raise InputError(name, "is empty")
    html, warnings = decode_bytes(data, name, declared_charset(data))
    return RawDocument(name=name, reader="html", html=html, warnings=tuple(warnings))


@register(
    "html",
    extensions=(".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz", ".xhtml.gz"),
    sniff=sniff_html,
)
def read_html(source: Source, options: Options) -> Iterator[RawDocument | Problem]:
    data = source.read_bytes(options.max_bytes)
    yield raw_html_document(data, source.name, options.max_bytes)
