"""JSON Lines: one document per line, ``text`` or ``html`` plus optional metadata. Streamed line by line."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from typing import Any

from rashomon.errors import InputError
from rashomon.ingest.decode import decode_bytes
from rashomon.ingest.readers import register
from rashomon.ingest.sources import Source
from rashomon.records import Problem, RawDocument
from rashomon.settings import Options

FIELDS = {"text", "html", "url", "title", "author", "authors", "published", "outlet", "id"}


def sniff_jsonl(head: bytes) -> bool:
    first = head.lstrip()[:1]
    if first != b"{":
        return False
    line = head.lstrip().split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return b'"text"' in line or b'"html"' in line


@register("jsonl", extensions=(".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"), sniff=sniff_jsonl, streams=True)
def read_jsonl(source: Source, options: Options) -> Iterator[RawDocument | Problem]:
    source.check_size(options.max_bytes)
    raw = source.open()
    stream = gzip.GzipFile(fileobj=raw) if source.suffixes.endswith(".gz") else raw
    unknown: set[str] = set()
    good = 0
    blank = 0
    try:
        lineno = 0
        for lineno, line in enumerate(stream, 1):
            if not line.strip():
                blank += 1
                continue
            where = f"{source.name}:{lineno}"
            try:
                doc = _parse_line(line, where)
            except InputError as exc:
                yield Problem(where, exc.problem)
                continue
            unknown |= set(doc[1]) - FIELDS
            good += 1
            yield doc[0]
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(source.name, f"is corrupt or truncated after line {lineno}: {exc}") from None
    finally:
        raw.close()
    if unknown:
        yield Problem(source.name, f"fields ignored: {', '.join(sorted(unknown))}", "warning")
    if good == 0 and lineno == blank:
        raise InputError(source.name, "is empty" if lineno == 0 else "holds only blank lines")


def _string(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(where, f"field {key!r} must be a string, not {type(value).__name__}")
    return value.strip() or None


def _parse_line(line: bytes, where: str) -> tuple[RawDocument, dict[str, Any]]:
    text, warnings = decode_bytes(line, where)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"is not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise InputError(where, "is JSON nested too deeply to read") from None
    if not isinstance(obj, dict):
        raise InputError(where, f"must be a JSON object, not {type(obj).__name__}")
    body, html = _string(obj, "text", where), _string(obj, "html", where)
    if body is None and html is None:
        raise InputError(where, "has neither a non-empty 'text' nor an 'html' field")
    authors_value = obj.get("authors", obj.get("author"))
    if isinstance(authors_value, str):
        authors = tuple(a.strip() for a in authors_value.split(";") if a.strip())
    elif isinstance(authors_value, list) and all(isinstance(a, str) for a in authors_value):
        authors = tuple(a.strip() for a in authors_value if a.strip())
    elif authors_value is None:
        authors = ()
    else:
        raise InputError(where, "field 'author(s)' must be a string or a list of strings")
    url = _string(obj, "url", where)
    return (
        RawDocument(
            name=url or where,
            reader="jsonl",
            text=body if html is None else None,
            html=html,
            url=url,
            title=_string(obj, "title", where),
            authors=authors,
            published=_string(obj, "published", where),
            outlet=_string(obj, "outlet", where),
            warnings=tuple(warnings),
        ),
        obj,
    )
