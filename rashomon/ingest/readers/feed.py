"""RSS and Atom feed files: one document per entry (its full content, else its summary)."""

from __future__ import annotations

import io
import logging
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from rashomon.errors import InputError
from rashomon.ingest.readers import register
from rashomon.ingest.sources import Source, is_url
from rashomon.records import Problem, RawDocument
from rashomon.settings import Options


def sniff_feed(head: bytes) -> bool:
    start = head[:4096].lower()
    return b"<rss" in start or (b"<feed" in start and b"atom" in start) or b"<rdf:rdf" in start


log = logging.getLogger("rashomon.ingest")

_ENTRY = re.compile(rb"<(item|entry)\b.*?</\1\s*>", re.S | re.I)
_TITLE = re.compile(rb"<title\b[^>]*>(.*?)</title\s*>", re.S | re.I)
_CONTROLS = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*\?>")
_WHERE = re.compile(r"^<unknown>:(\d+):(\d+): ")


def _lenient(data: bytes) -> bytes:
    """The feed's bytes as UTF-8 without the bytes no XML may hold (NUL, other controls) and without an
    XML declaration that could name another encoding: what feedparser reads once it failed on the original."""
    text = data.decode("utf-8", errors="replace").encode("utf-8")
    return _XML_DECL.sub(b"", _CONTROLS.sub(b"", text), count=1)


def _entry_by_entry(data: bytes) -> tuple[list[Any], str | None]:
    """The entries of a feed too damaged to parse whole: each ``<item>`` or ``<entry>`` parsed on its own
    in a feed of one, those that parse kept (with the feed's title, if it can be found)."""
    entries: list[Any] = []
    for m in _ENTRY.finditer(data):
        atom = m.group(1).lower() == b"entry"
        wrapped = (b'<feed xmlns="http://www.w3.org/2005/Atom">' + m.group(0) + b"</feed>" if atom
                   else b'<rss version="2.0"><channel>' + m.group(0) + b"</channel></rss>")  # fmt: skip
        try:
            entries += feedparser.parse(io.BytesIO(wrapped)).entries
        except Exception:  # this entry is beyond repair; the others may not be
            log.debug("feed entry at byte %d unreadable", m.start(), exc_info=True)
    first = _ENTRY.search(data)
    title = _TITLE.search(data[: first.start()] if first else data)  # the feed's title comes before its entries
    name = title.group(1).decode("utf-8", "replace").strip() if title else None
    return entries, name or None


def _why(exc: object) -> str:
    """What feedparser's complaint says, in words: the XML parser's "<unknown>:3:12: mismatched tag" as
    "mismatched tag at line 3, column 12"."""
    text = str(exc).strip() or "it is not well-formed XML"
    m = _WHERE.match(text)
    return f"{text[m.end():]} at line {m.group(1)}, column {m.group(2)}" if m else text


def parse_leniently(data: bytes) -> tuple[list[Any], str | None, str | None]:
    """(entries, the feed's title, a warning in words or None): feedparser on the bytes as they are; if it
    fails, on the bytes cleaned (see ``_lenient``); if that fails too, entry by entry."""
    for attempt in (data, _lenient(data)):
        try:
            parsed = feedparser.parse(io.BytesIO(attempt))  # a stream: bytes are tried as a file name first
        except Exception:  # feedparser's own failure on damaged bytes (a bad encoding name, a NUL, ...)
            log.debug("feedparser failed", exc_info=True)
            continue
        warning = None
        if attempt is not data:
            warning = "feed holds bytes no XML may hold (NUL, control bytes or broken UTF-8); read without them"
        elif parsed.get("bozo") and parsed.entries:
            warning = f"feed is malformed, read what could be: {_why(parsed.get('bozo_exception'))}"
        if not parsed.entries and parsed.get("bozo"):
            warning = _why(parsed.get("bozo_exception"))
        return list(parsed.entries), parsed.feed.get("title") or None, warning
    entries, title = _entry_by_entry(_lenient(data))
    return entries, title, f"feed is too damaged to parse whole; read entry by entry, {len(entries)} could be read"


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
    entries, outlet, warning = parse_leniently(data)
    if not entries:
        reason = f" ({warning})" if warning else ""
        raise InputError(source.name, f"is not a readable RSS/Atom feed or has no entries{reason}")
    if warning:
        yield Problem(source.name, warning, "warning")
    for i, entry in enumerate(entries, 1):
        try:
            yield _document(entry, i, source.name, outlet)
        except Exception:  # feedparser builds some fields lazily, and a damaged entry can fail there
            log.debug("feed entry %d unreadable", i, exc_info=True)
            yield Problem(f"{source.name}#entry-{i}", "feed entry is damaged (its fields cannot be read); skipped")


def _document(entry: Any, i: int, name: str, outlet: str | None) -> RawDocument | Problem:
    link = (entry.get("link") or "").strip()
    # an entry is named by its link when that is a web address, else by the feed and its place in it
    where = link if is_url(link) and len(link) <= 2048 and link.isprintable() else f"{name}#entry-{i}"
    content = entry.get("content") or []
    value, mime = (content[0].get("value"), content[0].get("type", "")) if content else (None, "")
    if not value:
        value = entry.get("summary")
        mime = (entry.get("summary_detail") or {}).get("type", "text/html")
    if not value or not value.strip():
        return Problem(where, "feed entry has no content or summary; skipped")
    authors = tuple(a.get("name") for a in entry.get("authors", []) if a.get("name")) or (
        (entry["author"],) if entry.get("author") else ()
    )
    is_html = "html" in (mime or "html")
    title = entry.get("title") or None
    return RawDocument(
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
