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
    # made in a function of its own: this generator's frame keeps neither the bytes nor the text alive
    # while the document is built from them (a file may be hundreds of megabytes)
    yield _raw_text(source, options)


def _raw_text(source: Source, options: Options) -> RawDocument:
    data = source.read_bytes(options.max_bytes)
    if not data or data.isspace():  # (not data.strip(): a copy of it all)
        raise InputError(source.name, "is empty")
    text, warnings = decode_bytes(data, source.name)
    del data
    if not text or text.isspace():
        raise InputError(source.name, "holds no text (only whitespace)")
    return RawDocument(name=source.name, reader="text", text=text, warnings=tuple(warnings))
