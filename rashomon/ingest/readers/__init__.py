"""Readers, registered by name: each turns one input into raw documents (and per-record problems).

A reader is chosen by ``--reader NAME``, else by the input's extension, else by sniffing its first bytes.
Third-party readers register the same way: ``@register("name", extensions=(".ext",), sniff=fn)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rashomon.errors import UsageError
from rashomon.ingest.sources import Source
from rashomon.records import Problem, RawDocument
from rashomon.settings import Options

ReadFn = Callable[[Source, Options], Iterator[RawDocument | Problem]]
SniffFn = Callable[[bytes], bool]


@dataclass(frozen=True, slots=True)
class Reader:
    name: str
    extensions: tuple[str, ...]
    sniff: SniffFn
    read: ReadFn
    #: True when the reader streams records instead of loading the whole input.
    streams: bool = False


READERS: dict[str, Reader] = {}


def register(
    name: str, extensions: tuple[str, ...] = (), sniff: SniffFn | None = None, streams: bool = False
) -> Callable[[ReadFn], ReadFn]:
    def decorator(fn: ReadFn) -> ReadFn:
        READERS[name] = Reader(name, extensions, sniff or (lambda head: False), fn, streams)
        return fn

    return decorator


def get_reader(name: str) -> Reader:
    _load_builtin()
    try:
        return READERS[name]
    except KeyError:
        raise UsageError(f"unknown reader {name!r}; choose one of: {', '.join(sorted(READERS))}") from None


def reader_for(source: Source, head: bytes, options: Options) -> Reader:
    """The reader for ``source``: forced by options, else by extension, else by content, else text."""
    _load_builtin()
    if options.reader:
        return get_reader(options.reader)
    if source.url is not None and source.path is None:
        return READERS["url"]
    suffix = source.suffixes
    for reader in READERS.values():
        if suffix in reader.extensions:
            # a ".xml" or ".txt" file may still be a feed or a list of URLs: let content decide among equals
            if suffix in (".xml", ".txt") and not reader.sniff(head):
                continue
            return reader
    # JSONL before feed and HTML: its test is strict (a JSON object first), and its lines may hold HTML
    for name in ("warc", "jsonl", "feed", "html", "urls"):
        if READERS[name].sniff(head):
            return READERS[name]
    return READERS["text"]


def _load_builtin() -> None:
    # importing the modules registers them; done lazily so that importing this package stays cheap
    from rashomon.ingest.readers import feed, html, jsonl, text, urls, warc  # noqa: F401


__all__ = ["READERS", "Reader", "get_reader", "reader_for", "register"]
