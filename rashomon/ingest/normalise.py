"""Text normalisation and the content hash that keys documents."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
_MANY_BLANKS = re.compile(r"\n{4,}")
_WS = re.compile(r"\s+")


#: Texts longer than this many characters are normalised and hashed a piece at a time, so that a huge
#: document (a 200 MB text file) is never copied whole several times over. The result is the same.
PIECE = 1 << 22
#: Where a long text may be cut without changing the result: just after an ASCII letter or digit (which no
#: normalisation changes or joins with what follows), before a newline (normalise) or any space (hash).
#: (smaller for the hash: casefold() briefly takes 12 bytes a character)
HASH_PIECE = 1 << 20
_CUT_LINE = re.compile(r"[A-Za-z0-9]\n")
_CUT_SPACE = re.compile(r"[A-Za-z0-9]\s")


def _pieces(text: str, cut: re.Pattern[str], size: int | None = None) -> Iterator[str]:
    size = size or PIECE
    start = 0
    while len(text) - start > size:
        m = cut.search(text, start + size)
        if m is None:
            break
        yield text[start : m.start() + 1]
        start = m.start() + 1
    yield text[start:]


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text)
    return _MANY_BLANKS.sub("\n\n\n", text)


def normalise_text(text: str) -> str:
    """The text as stored: NFC, Unix newlines, no control or zero-width characters, no trailing blanks.

    Character offsets of segments (and later of events) point into this text.
    """
    if len(text) <= PIECE:
        return _normalise(text).strip("\n ")
    if all(_normalise(piece) is piece for piece in _pieces(text, _CUT_LINE)):
        return text.strip("\n ")  # already as stored: no copy of a huge text
    return "".join([_normalise(piece) for piece in _pieces(text, _CUT_LINE)]).strip("\n ")


def hash_key(text: str) -> str:
    """What two copies of the same content share: NFKC, case folded, whitespace collapsed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WS.sub(" ", folded).strip()


def content_hash(text: str) -> str:
    """sha256 (hex) of :func:`hash_key` of the text: the document's identity in the store."""
    if len(text) <= PIECE:
        return hashlib.sha256(hash_key(text).encode("utf-8")).hexdigest()
    # a piece at a time: the whitespace runs and the ends stripped as hash_key does them on the whole
    digest = hashlib.sha256()
    first = True
    pieces = _pieces(text, _CUT_SPACE, HASH_PIECE)
    current = next(pieces)
    for following in pieces:
        key = _WS.sub(" ", unicodedata.normalize("NFKC", current).casefold())
        digest.update((key.lstrip() if first else key).encode("utf-8"))
        first, current = False, following
    key = _WS.sub(" ", unicodedata.normalize("NFKC", current).casefold())
    digest.update((key.strip() if first else key.rstrip()).encode("utf-8"))
    return digest.hexdigest()
