"""RSS and Atom feed files: one document per entry (its full content, else its summary)."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from rashomon.errors import InputError
from rashomon.ingest.readers import register
from rashomon.ingest.sources import Source
from rashomon.records import Problem, RawDocument
from rashomon.settings import Options


def sniff_feed(head: bytes) -> bool:
    start = head[:4096].lower()
    return b"<rss" in start or (b"<feed" in start and b"atom" in start) or b"<rdf:rdf" in start


def _date(entry: Any) -> str | None:
    parsed: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    return entry.get("published") or entry.get("updated")


@register("feed", extensions=(".rss", ".atom", ".xml"), sniff=sniff_feed)
def read_feed(source: Source, options: Options) -> Iterator[RawDocument | Problem]:
    data = source.read_bytes(options.max_bytes)
    if not data.strip():
        raise InputError(source.name, "is empty")
    # a stream, not the bytes: feedparser tries bytes as a file name first (and would read that file)
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        reason = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        raise InputError(source.name, f"is not a readable RSS/Atom feed or has no entries{reason}")
    if parsed.get("bozo"):
        yield Problem(source.name, f"feed is malformed, read what could be: {parsed.get('bozo_exception')}",
                      "warning")
    outlet = parsed.feed.get("title") or None
    for i, entry in enumerate(parsed.entries, 1):
        where = entry.get("link") or f"{source.name}#entry-{i}"
        content = entry.get("content") or []
        value, mime = (content[0].get("value"), content[0].get("type", "")) if content else (None, "")
        if not value:
            value = entry.get("summary")
            mime = (entry.get("summary_detail") or {}).get("type", "text/html")
        if not value or not value.strip():
            yield Problem(where, "feed entry has no content or summary; skipped")
            continue
        authors = tuple(a.get("name") for a in entry.get("authors", []) if a.get("name")) or (
            (entry["author"],) if entry.get("author") else ()
        )
        is_html = "html" in (mime or "html")
        title = entry.get("title") or None
        yield RawDocument(
            name=where,
            reader="feed",
            text=None if is_html else value,
            html=_wrap(title, value) if is_html else None,
            url=entry.get("link"),
            title=title,
            authors=authors,
            published=_date(entry),
            outlet=outlet,
        )


def _wrap(title: str | None, fragment: str) -> str:
    # give the extractor a whole page: the entry's title as its heading, the content as its article
    from html import escape

    head = f"<h1>{escape(title)}</h1>" if title else ""
    return f"<html><head><title>{escape(title or '')}</title></head><body><article>{head}{fragment}</article></body></html>"
