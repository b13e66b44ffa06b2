"""eval/derive_dictionaries.py run on the real PETRARCH2 dictionaries in ../shared rewrites the shipped tables
byte for byte: the generated files in rashomon/data are what the script makes, nothing edited by hand."""

from __future__ import annotations

import importlib.util
import itertools
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCRIPT = ROOT / "eval" / "derive_dictionaries.py"
TABLES = ("cameo_verbs.tsv", "cameo_synsets.tsv", "actors_phoenix.tsv", "agents_phoenix.tsv")


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("derive_dictionaries", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def derived(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    script = _script()
    if not (SHARED / script.SOURCE_DIR / script.VERB_FILE).is_file():
        pytest.skip(f"the PETRARCH2 dictionaries are not in {SHARED / script.SOURCE_DIR} (../shared is absent)")
    out = tmp_path_factory.mktemp("derived")
    script.derive(SHARED, out)
    return out


@pytest.mark.parametrize("name", TABLES)
def test_the_shipped_table_is_what_the_script_writes(derived, name):
    shipped = (ROOT / "rashomon" / "data" / name).read_bytes()
    assert (derived / name).read_bytes() == shipped, f"rashomon/data/{name} differs: run python {SCRIPT.relative_to(ROOT)}"


def test_every_table_credits_its_source_and_licence(derived):
    for name in TABLES:
        head = (derived / name).read_text(encoding="utf-8").splitlines()[:3]
        credit = next(line for line in head if "Derived by" in line)
        assert "openeventdata/petrarch2" in credit and "MIT License" in credit and "Copyright (c)" in credit


def test_no_comment_of_the_dictionaries_is_carried_over(derived):
    source = (SHARED / _script().SOURCE_DIR / "CAMEO.2.0.txt").read_text(encoding="utf-8")
    comments = {c.strip() for line in source.splitlines() if "#" in line for c in [line.split("#", 1)[1]] if len(c.strip()) > 12}
    text = "\n".join((derived / name).read_text(encoding="utf-8") for name in TABLES)
    assert not [c for c in comments if c in text]


def test_malformed_entries_are_skipped_and_counted(derived, capsys):
    script = _script()
    counts = script.Counts()
    sets = {"&weapon": ["gun"]}
    rows = script.read_verbs(
        [
            "---  SEND   [070]  ---",
            "SEND {SENT SENDING}",
            "- * (TO BORDER  [154]",  # unbalanced
            "- * &NOSUCH  [154]",  # undefined set
            "- * TROOPS  [999]",  # not in cameo.tsv
            "- * GUNS  [07X]",  # malformed code
            "- * &WEAPON  [194]",
        ],
        sets,
        counts,
    )
    assert [r for r in rows if r[0] == "pattern"] == [("pattern", "send", "", "", "&weapon", "194", "", "")]
    assert counts["patterns whose code is not in cameo.tsv (dropped)"] == 1
    assert counts["patterns with a malformed code (skipped)"] == 1
    assert counts["patterns malformed or naming an undefined synonym set (skipped)"] == 2


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def test_no_run_of_twelve_words_of_the_dictionaries_is_carried_over(derived):
    """The tables hold facts (a name and its code), not the dictionaries' text: no twelve words in a row of a
    shipped table stand in that order in a source file (rows are grouped by code and scattered, long names
    left out)."""
    n = 12
    src = SHARED / _script().SOURCE_DIR
    seen: set[tuple[str, ...]] = set()
    for path in sorted(src.glob("*.txt")):
        words = _words(path.read_text(encoding="utf-8", errors="replace"))
        seen.update(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
    for name in TABLES:
        body = "\n".join(line for line in (ROOT / "rashomon" / "data" / name).read_text(encoding="utf-8").splitlines()
                         if not line.startswith("#"))
        words = _words(body)
        runs = [" ".join(words[i:i + n]) for i in range(len(words) - n + 1) if tuple(words[i:i + n]) in seen]
        assert not runs, f"rashomon/data/{name} carries {len(runs)} runs of the source, e.g. {runs[0]!r}"


def test_rows_are_grouped_by_code_and_alphabetical_neighbours_kept_apart():
    script = _script()
    rows = [(f"NAME {c}", "AAA", "", "") for c in "ABCDEFGH"] + [("ONE", "BBB", "", ""), ("ONE", "BBB", "2001-01-01", "")]
    out = script.by_code(rows)
    assert sorted(out) == sorted(rows) and [r[1] for r in out] == ["AAA"] * 8 + ["BBB"] * 2
    names = [r[0] for r in out[:8]]
    assert names != sorted(names)
    assert all(abs(ord(a[-1]) - ord(b[-1])) != 1 for a, b in itertools.pairwise(names))


def test_an_armed_groups_acronym_is_kept_where_its_letters_are_the_names_initials():
    # written for rashomon after a ConfliBERT train-part miss: "attacked two LTTE camps" named no one, as the
    # bracketed acronym of the Phoenix entry was dropped with the qualifiers
    script = _script()
    name = script._actor_name("LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_")
    assert name == "LIBERATION TIGERS OF TAMIL EELAM"
    assert script._acronym("LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_", name) == "LTTE"
    assert script._acronym("MORO_ISLAMIC_LIBERATION_FRONT_(MILF)_", "MORO ISLAMIC LIBERATION FRONT") == "MILF"
    # a qualifier is no acronym, nor are letters that are not the initials, nor three letters (too often another's)
    assert script._acronym("REVOLUTIONARY_ARMED_FORCES_(COLOMBIA)_", "REVOLUTIONARY ARMED FORCES") is None
    assert script._acronym("SOME_GROUP_NAME_(XYZW)_", "SOME GROUP NAME") is None
    assert script._acronym("ALBANIAN_NATIONAL_ARMY_(ANA)_", "ALBANIAN NATIONAL ARMY") is None


def test_an_agent_form_ending_in_a_preposition_is_left_out(tmp_path):
    # written for rashomon after a ConfliBERT train-part miss: the form "embassy in" ended a mention on its
    # preposition ("the Iraqi embassy in")
    script = _script()
    path = tmp_path / "Phoenix.agents.txt"
    path.write_text("EMBASSY [~GOV]\nEMBASSY_IN {}  [~GOV]\nAMBASSADOR_TO {} [~GOV]\n", encoding="utf-8")
    counts = script.Counts()
    rows = script.read_agents(path, counts)
    assert {form for form, _ in rows} == {"EMBASSY", "EMBASSIES"}
    assert counts["agents: forms ending in a preposition (skipped)"] == 2
