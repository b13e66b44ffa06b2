"""Which inputs a run reads: files, folders (recursively, in a stable order), URLs."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from rashomon.errors import InputError
from rashomon.records import Problem


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file on disk or a URL. ``name`` is how exports and messages refer to it."""

    name: str
    path: Path | None = None
    url: str | None = None

    @property
    def suffixes(self) -> str:
        """Lower-case compound extension: ".warc.gz", ".jsonl", ".html"."""
        base = (self.path.name if self.path else (self.url or "").split("?")[0].rsplit("/", 1)[-1]).lower()
        parts = base.split(".")
        if len(parts) >= 3 and parts[-1] in ("gz", "gzip"):
            return "." + ".".join(parts[-2:])
        return "." + parts[-1] if len(parts) >= 2 else ""

    def size(self) -> int | None:
        return self.path.stat().st_size if self.path else None

    def check_size(self, max_bytes: int) -> None:
        size = self.size()
        if max_bytes and size is not None and size > max_bytes:
            raise InputError(
                self.name,
                f"is {_amount(size)}, over the limit of {_amount(max_bytes)} "
                "(raise it with --max-bytes to read this file)",
            )

    def open(self) -> BinaryIO:
        if self.path is None:
            raise InputError(self.name, "is a URL, not a file")
        try:
            return self.path.open("rb")
        except IsADirectoryError:
            raise InputError(self.name, "is a directory where a file was expected") from None
        except PermissionError:
            raise InputError(self.name, "cannot be read: permission denied") from None
        except FileNotFoundError:
            raise InputError(self.name, "does not exist (or is a broken link)") from None
        except OSError as exc:
            raise InputError(self.name, f"cannot be read: {exc.strerror or exc}") from None

    def read_bytes(self, max_bytes: int) -> bytes:
        self.check_size(max_bytes)
        with self.open() as fh:
            try:
                data = fh.read(max_bytes + 1) if max_bytes else fh.read()
            except OSError as exc:
                raise InputError(self.name, f"cannot be read: {exc.strerror or exc}") from None
        if max_bytes and len(data) > max_bytes:
            raise InputError(self.name, f"is over the limit of {_amount(max_bytes)} (--max-bytes)")
        return data


def _amount(size: int) -> str:
    """A byte count as people read it: "812 bytes", "4.9 KiB", "64.0 MiB" (not "0.0 MiB" for 1000)."""
    if size < 1024:
        return f"{size} bytes"
    if size < 2**20:
        return f"{size / 1024:.1f} KiB"
    return f"{size / 2**20:.1f} MiB"


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


#: The files SQLite and rashomon keep beside a store: never inputs of a run that writes to that store.
STORE_SUFFIXES = ("", "-wal", "-shm", "-journal", ".search", ".search-wal", ".search-shm", ".search-journal")


def store_files(db: str | Path) -> frozenset[str]:
    """The real paths of the store at ``db`` and of the files beside it (see STORE_SUFFIXES)."""
    if str(db).startswith(":"):  # ":memory:", ":connection:"
        return frozenset()
    real = os.path.realpath(db)
    return frozenset(real + suffix for suffix in STORE_SUFFIXES)


def discover(
    paths: Sequence[str | Path], exclude: frozenset[str] = frozenset(), follow_links: bool = False
) -> Iterator[Source | Problem]:
    """Expand the inputs a user named into sources, depth first, each folder in sorted order.

    Hidden files and folders (".name") inside folders are skipped, and so are the files in ``exclude``
    (real paths: the run's own store, see :func:`store_files`). A symbolic link inside a folder that leads
    out of the folder the user named is skipped with a warning unless ``follow_links``; symlinked folders
    are followed once (a link back into a folder already being walked is reported as a loop and skipped).
    """
    for given in paths:
        given_s = str(given)
        if is_url(given_s):
            yield Source(name=given_s, url=given_s)
            continue
        path = Path(given_s)
        try:
            st = path.stat()
        except FileNotFoundError:
            yield Problem(given_s, "is a broken symbolic link" if path.is_symlink() else "does not exist")
            continue
        except OSError as exc:
            yield Problem(given_s, f"cannot be read: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(st.st_mode):
            real = os.path.realpath(path)
            yield from _walk(path, path, {real}, _Walk(real, exclude, follow_links))
        elif stat.S_ISREG(st.st_mode):
            if os.path.realpath(path) in exclude:
                yield Problem(given_s, "is the store this run writes to (or a file of it); not read as an input",
                              "warning")
                continue
            yield Source(name=path.name, path=path)
        else:
            yield Problem(given_s, "is not a regular file or folder (device, socket or pipe); skipped")


@dataclass(frozen=True, slots=True)
class _Walk:
    """What holds for a whole walk: the real path of the folder named, the files never read, links."""

    top: str
    exclude: frozenset[str]
    follow_links: bool

    def outside(self, real: str) -> bool:
        return real != self.top and not real.startswith(self.top.rstrip(os.sep) + os.sep)


def _walk(root: Path, folder: Path, ancestors: set[str], walk: _Walk) -> Iterator[Source | Problem]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield Problem(_rel(root, folder), f"folder cannot be read: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        name = _rel(root, path)
        try:
            if (entry.is_symlink() and not walk.follow_links and path.exists()
                    and walk.outside(os.path.realpath(path))):  # fmt: skip
                yield Problem(name, "is a symbolic link that leads out of the folder being read; skipped "
                                    "(pass --follow-links to read what links point to)", "warning")
                continue
            if entry.is_dir(follow_symlinks=True):
                real = os.path.realpath(path)
                if real in ancestors:
                    yield Problem(name, "is a symbolic link loop (links back to a folder above it); skipped",
                                  "warning")
                    continue
                yield from _walk(root, path, ancestors | {real}, walk)
            elif entry.is_file(follow_symlinks=True):
                if walk.exclude and os.path.realpath(path) in walk.exclude:
                    continue  # the run's own store: never an input
                yield Source(name=name, path=path)
            elif entry.is_symlink() and not path.exists():
                yield Problem(name, "is a broken symbolic link", "warning")
            else:
                yield Problem(name, "is not a regular file; skipped", "warning")
        except OSError as exc:
            yield Problem(name, f"cannot be read: {exc.strerror or exc}")


def _rel(root: Path, path: Path) -> str:
    """The name of a file found in a folder: its path relative to the folder the user named."""
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
    return rel if rel != "." else (root.resolve().name or root.as_posix())
