"""Bytes -> text: BOMs, UTF-8, and detected legacy encodings (with a warning)."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from rashomon.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = {9, 10, 12, 13, 27}
#: The commonest legacy code pages of Latin and Cyrillic text on the web (the WHATWG fallbacks), preferred
#: when charset-normalizer rates several encodings about equally (it often does for short texts).
_PREFERRED_LEGACY = ("cp1252", "cp1251")


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding we read (NUL bytes, many control bytes)."""
    head = data[:8192]
    if not head:
        return False
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return controls / len(head) > 0.05


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode ``data`` read from input ``name``; return the text and any warnings.

    Order: a byte-order mark; the encoding the container declared (HTTP header, XML/HTML meta);
    strict UTF-8; UTF-8 with its few bad bytes replaced, with a warning; else the encoding
    charset-normalizer detects, with a warning naming it.
    Raises :class:`InputError` for binary data or a byte-order mark the data does not follow.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as exc:
                raise InputError(
                    name, f"starts with a {encoding} byte-order mark but is not {encoding}: {exc}"
                ) from None
    if b"\x00" in data[:8192]:
        wide = _wide_without_bom(data)
        if wide is not None:
            return wide
    if looks_binary(data):
        raise InputError(name, "looks like a binary file, not text (NUL or control bytes); skipped")
    if declared and not _is_wide(declared):
        # a declared UTF-16/32 without a byte-order mark is wrong: this data has no NUL bytes (WHATWG
        # reads such a <meta charset> as UTF-8 too)
        try:
            return data.decode(declared), []
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    warning = (
        f"invalid UTF-8 at byte {utf8_error.start}; {bad} undecodable byte sequence(s) replaced with U+FFFD"
    )
    # UTF-8 with a few damaged bytes, not a legacy encoding: text in a legacy encoding almost never holds
    # valid multi-byte UTF-8 sequences, so as many of these as bad ones means the file is UTF-8
    multibyte = sum(1 for c in replaced if c > "\x7f" and c != "\ufffd")
    if multibyte and multibyte >= bad:
        return replaced, [warning]
    detected = _detect(data[:1_000_000])
    if detected is not None:
        try:
            return data.decode(detected), [f"not valid UTF-8; decoded as {detected}"]
        except (LookupError, UnicodeDecodeError):
            pass
    return replaced, [warning]


def _wide_without_bom(data: bytes) -> tuple[str, list[str]] | None:
    """UTF-16 or UTF-32 text without a byte-order mark (its NUL bytes would make it look binary): the
    encoding charset-normalizer finds in the first 64 KiB, if it is one of those and the whole decodes to
    text (not to control characters); else None."""
    best = from_bytes(data[:65536]).best()
    if best is None or not _is_wide(best.encoding):
        return None
    encoding = codecs.lookup(best.encoding).name
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    head = text[:8192]
    controls = sum(1 for c in head if c < " " and ord(c) not in _TEXT_CONTROLS)
    if not head.strip() or controls / len(head) > 0.01:
        return None
    return text, [f"has no byte-order mark; decoded as {encoding.upper()} (detected)"]


def _is_wide(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    except LookupError:
        return False


def _detect(data: bytes) -> str | None:
    """The legacy encoding charset-normalizer finds likeliest, preferring the common ones among equals."""
    # best first; UTF-8 failed already, and UTF-16/32 cannot be (there are no NUL bytes)
    results = [
        m for m in from_bytes(data) if m.encoding.replace("_", "-") != "utf-8" and not _is_wide(m.encoding)
    ]
    if not results:
        return None
    best = results[0]
    near = [m for m in results if m.chaos <= best.chaos + 0.1 and m.coherence >= best.coherence - 0.05]
    for preferred in _PREFERRED_LEGACY:
        if any(preferred in m.could_be_from_charset for m in near):
            return preferred
    return str(best.encoding)
