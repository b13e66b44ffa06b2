"""WARC and WARC.GZ web archives: one document per HTML response (or resource) record. Streamed."""

from __future__ import annotations

import contextlib
import io
import logging
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from rashomon.errors import InputError
from rashomon.ingest.decode import decode_bytes
from rashomon.ingest.readers import register
from rashomon.ingest.sources import Source
from rashomon.records import Problem, RawDocument
from rashomon.settings import Options

# warcio logs what it repairs in a record (a target URI with spaces: the page's own text) as warnings, which
# Python prints on stderr when the application configured no logging; they are not ours to show
logging.getLogger("warcio").addHandler(logging.NullHandler())

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def sniff_warc(head: bytes) -> bool:
    if head.startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head[:4096]).startswith(b"WARC/")
        except zlib.error:
            return False
    return False


def _records(stream: BinaryIO) -> Iterator[ArcWarcRecord]:
    """warcio's records; a damaged file raises ArchiveLoadFailed instead of ending early or failing oddly.

    warcio ends quietly where a record's header block is cut short (or fails with AttributeError when its
    target URI is missing): bytes left after the last whole record mean the archive is truncated or corrupt.
    """
    archive = ArchiveIterator(stream, arc2warc=True)  # ARC records get WARC headers (target URI, date)
    records = iter(archive)
    end = 0
    while True:
        try:
            # warcio writes its own notes on damaged records straight to stderr, with the file's bytes in
            # them: the damage is reported here, in words, once
            with contextlib.redirect_stderr(io.StringIO()):
                record = next(records)
        except StopIteration:
            break
        except (AttributeError, TypeError, KeyError, IndexError):
            # warcio trips over a record whose header block lacks a line it needs (AttributeError on None)
            raise ArchiveLoadFailed("a record's header block is missing lines or garbled") from None
        yield record
        # the caller is done with the record: where it ends in the file (for .gz, where its member ends)
        with contextlib.redirect_stderr(io.StringIO()):
            end = archive.get_record_offset() + archive.get_record_length()
    stream.seek(end)
    if stream.read(4096).strip():
        raise ArchiveLoadFailed(f"what follows byte {end} is not a whole record (cut short or damaged)")


def _why(exc: BaseException) -> str:
    """What went wrong in a damaged archive, in words (not the exception's text: warcio's quotes raw bytes
    of the file, zlib's gives an error number)."""
    if isinstance(exc, ArchiveLoadFailed):
        text = str(getattr(exc, "msg", exc))
        if text.startswith(("Unknown archive format", "Invalid WARC record", "Invalid ARC record")):
            return "a record does not start with a WARC or ARC header line"
        if "gzip" in text.lower() and "chunk" in text.lower():
            return "it is gzipped as one whole, not record by record as WARC files are"
        return text  # our own words (see _records)
    if isinstance(exc, zlib.error):
        return "its gzip compression is damaged"
    if isinstance(exc, EOFError):
        return "it ends in the middle of a compressed record"
    if isinstance(exc, OSError):
        return f"it cannot be read ({exc.strerror})" if exc.strerror else "its compressed data is damaged"
    return "a record header holds a value that cannot be read"


def _declares_length(record: ArcWarcRecord) -> bool:
    # warcio reads a missing or garbled Content-Length as 0
    return str(record.rec_headers.get_header("Content-Length") or "").strip().isdigit()


def _cut_short(record: ArcWarcRecord, drain: bool) -> bool:
    """True when the file ended before the record's declared Content-Length: the archive is truncated.

    ``drain``: read what is left of the record first (the iterator does so itself for records we skip).
    """
    stream = record.raw_stream
    if drain:
        while stream.read(1 << 16):
            pass
    return getattr(stream, "limit", 0) > 0


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


@register("warc", extensions=(".warc", ".warc.gz", ".arc.gz"), sniff=sniff_warc, streams=True)
def read_warc(source: Source, options: Options) -> Iterator[RawDocument | Problem]:
    source.check_size(options.max_bytes)
    stream = source.open()
    count = 0
    n = 0
    record: ArcWarcRecord | None = None
    try:
        for n, record in enumerate(_records(stream), 1):
            if not _declares_length(record):  # a valid record always does: its header block was cut short
                break
            if record.rec_type not in ("response", "resource"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{source.name}#record-{n}"
            if record.rec_type == "response":
                if record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode()
                content_type = record.http_headers.get_header("Content-Type") or ""
                if status and not status.startswith("2"):
                    continue
            else:
                content_type = record.rec_headers.get_header("Content-Type") or ""
            if not content_type.lower().startswith(_HTML_TYPES):
                continue
            payload = record.content_stream().read(options.max_bytes + 1 if options.max_bytes else -1)
            if options.max_bytes and len(payload) > options.max_bytes:
                yield Problem(uri, "record is over the --max-bytes limit; skipped")
                continue
            if _cut_short(record, drain=True):
                break
            if not payload.strip():
                yield Problem(uri, "record has an empty body; skipped", "warning")
                continue
            try:
                html, warnings = decode_bytes(payload, uri, _charset(content_type))
            except InputError as exc:
                yield Problem(uri, exc.problem)
                continue
            count += 1
            yield RawDocument(
                name=uri,
                reader="warc",
                html=html,
                url=uri,
                retrieved=record.rec_headers.get_header("WARC-Date"),
                warnings=tuple(warnings),
            )
    except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError) as exc:
        raise InputError(
            source.name, f"is corrupt or truncated after record {n} ({count} page(s) read before it): {_why(exc)}"
        ) from None
    finally:
        stream.close()
    if record is not None and (not _declares_length(record) or _cut_short(record, drain=False)):
        raise InputError(
            source.name,
            f"is corrupt or truncated: record {n} is incomplete ({count} page(s) read before it)",
        )
    if n == 0:
        raise InputError(source.name, "is empty (holds no WARC records)")
