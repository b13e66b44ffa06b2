"""The README's examples are what the commands print: every `$ rashomon ...` line of a console block that
shows its output is run as written (in a fresh folder beside ../shared, so `../shared/corpus/caucasus`
resolves), in the README's order, and its output compared line by line. Only timings and the report's size
in MB may differ; every count must match. The prose about who asserts and denies "Iran backs Armenia" is
checked against the claims export too."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SHARED = ROOT.parent / "shared"
#: Commands that do not end by themselves.
LONG_RUNNING = ("rashomon serve",)
_VARIES = [(re.compile(r"\bin \d+(\.\d+)?s\b"), "in <seconds>s"), (re.compile(r"\b\d+(\.\d+)? MB\b"), "<size> MB")]


@dataclass(frozen=True)
class Example:
    command: str
    output: tuple[str, ...]


def examples(text: str) -> list[Example]:
    """Each `$ rashomon ...` line of the console blocks with the lines printed under it."""
    out: list[Example] = []
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        command: str | None = None
        printed: list[str] = []
        for line in [*block.splitlines(), "$ "]:
            if line.startswith("$ "):
                if command is not None and command.startswith("rashomon ") and not command.startswith(LONG_RUNNING):
                    out.append(Example(command, tuple(printed)))
                command = re.sub(r"\s+#.*$", "", line[2:]).strip()
                printed = []
            elif line.strip():
                printed.append(line)
    return [e for e in out if e.output]


#: the periodic progress line analyze prints when stderr is no terminal
_PROGRESS = re.compile(r"^run \d+: [a-z ]+: [\d,]+ of [\d,]+ (?:input|document)\(s\).*; [\d.]+ document\(s\)/s$")


def _normal(lines: list[str] | tuple[str, ...]) -> list[str]:
    out = []
    for line in lines:
        if not line.strip() or _PROGRESS.match(line):
            continue  # a progress line a slow machine prints on the way (every --progress-every seconds)
        for pattern, stand_in in _VARIES:
            line = pattern.sub(stand_in, line)
        out.append(line.rstrip())
    return out


def test_the_readme_shows_examples_with_output():
    found = examples(README)
    commands = [e.command.split()[1] for e in found]
    assert {"analyze", "export", "report"} <= set(commands), commands
    assert len(found) >= 7


def test_readme_examples_print_what_the_readme_shows(tmp_path):
    if not (SHARED / "corpus" / "caucasus").is_dir():
        pytest.skip(f"the caucasus corpus is not at {SHARED / 'corpus' / 'caucasus'}: the README's examples run on it")
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed: the README's examples pipe through it (apt-get install jq)")
    (tmp_path / "shared").symlink_to(SHARED)
    work = tmp_path / "work"
    work.mkdir()
    # this checkout's rashomon (PYTHONPATH below), whatever an installed copy of it says
    prelude = f'rashomon() {{ "{sys.executable}" -m rashomon "$@"; }}\nexport COLUMNS=1000\n'
    printed: dict[str, list[str]] = {}
    for ex in examples(README):
        piped = "|" in ex.command.replace("\\|", "")
        result = subprocess.run(["bash", "-c", prelude + ex.command], cwd=work, capture_output=True, text=True, timeout=300,
                                env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8",
                                     "PYTHONPATH": str(ROOT)})  # fmt: skip
        assert result.returncode == 0, (ex.command, result.stderr[-2000:])
        shown = result.stdout.splitlines() if piped else (result.stdout + result.stderr).splitlines()
        assert _normal(shown) == _normal(ex.output), f"README example drifted: $ {ex.command}"
        printed[ex.command] = shown
    # the prose under the claims example names the commenters on each side
    claim = next(json.loads(lines[0]) for command, lines in printed.items() if "IRN backs ARM" in command)
    said = re.search(r"commenters ((?:#\d+(?:, | and )?)+) assert it, commenters ((?:#\d+(?:, | and )?)+) deny it", README)
    assert said, "the README no longer says which commenters assert and deny the claim"

    def commenters(origins: list[str]) -> set[str]:
        return {o.rsplit("#", 1)[1] for o in origins if o.startswith("commenter:")}

    assert set(re.findall(r"#(\d+)", said[1])) == commenters(claim["asserted_by"])
    assert set(re.findall(r"#(\d+)", said[2])) == commenters(claim["denied_by"])
