"""Writing test inputs: shared by the reader and bad-input tests."""

from __future__ import annotations

from pathlib import Path


def write(path: Path, content: str | bytes) -> Path:
    """Write ``content`` (text as UTF-8, or bytes as they are) to ``path``, making its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
