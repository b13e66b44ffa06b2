"""The README stays honest: every command and export format is documented, the two commands exist."""

from __future__ import annotations

import re
from pathlib import Path

from rashomon.cli import app
from rashomon.export import export_formats
from rashomon.ingest.readers import READERS, get_reader

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_cli_command_is_documented():
    names = [c.name for c in app.registered_commands]
    assert names
    for name in names:
        assert f"rashomon {name}" in README, f"README does not show `rashomon {name}`"


def test_every_export_format_is_documented():
    for what, formats in export_formats().items():
        for fmt in formats:
            assert re.search(rf"export {what}\b[^\n]*--format [^\n]*\b{fmt}\b", README), (
                f"README shows no `rashomon export {what} ... --format` line naming {fmt}"
            )


def test_every_reader_is_documented():
    get_reader("text")  # loads the built-in readers
    for name in READERS:
        assert f"`{name}`" in README, f"README does not name the reader `{name}`"


def test_the_two_commands_are_on_the_first_screen():
    first_screen = "\n".join(README.splitlines()[:40])
    assert "make demo" in first_screen and "make test" in first_screen
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text()
