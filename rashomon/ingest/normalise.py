"""Text normalisation and the content hash that keys documents."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
_MANY_BLANKS = re.compile(r"\n{4,}")
_WS = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """The text as stored: NFC, Unix newlines, no control or zero-width characters, no trailing blanks.

    Character offsets of segments (and later of events) point into this text.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _MANY_BLANKS.sub("\n\n\n", text)
    return text.strip("\n ")


def hash_key(text: str) -> str:
    """What two copies of the same content share: NFKC, case folded, whitespace collapsed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WS.sub(" ", folded).strip()


def content_hash(text: str) -> str:
    """sha256 (hex) of :func:`hash_key` of the text: the document's identity in the store."""
    return hashlib.sha256(hash_key(text).encode("utf-8")).hexdigest()
