"""Plain text files: one article each."""

from __future__ import annotations

from collections.abc import Iterator

from rashomon.errors import InputError
from rashomon.ingest.decode import decode_bytes
from rashomon.ingest.readers import register
from rashomon.ingest.sources import Source
from rashomon.records import Problem, RawDocument
from rashomon.settings import Options


@register("text", extensions=(".txt", ".text", ".md"))
def read_text(source: Source, options: Options) -> Iterator[RawDocument | Problem]:
    data = source.read_bytes(options.max_bytes)
    if not data.strip():
        raise InputError(source.name, "is empty")
    text, warnings = decode_bytes(data, source.name)
    if not text.strip():
        raise InputError(source.name, "holds no text (only whitespace)")
    yield RawDocument(name=source.name, reader="text", text=text, warnings=tuple(warnings))
