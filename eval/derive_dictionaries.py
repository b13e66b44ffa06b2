"""Derive rashomon's verb-pattern and Phoenix actor tables from the PETRARCH2 dictionaries.

    python eval/derive_dictionaries.py [--shared ../shared] [--out rashomon/data]

Reads ``<shared>/data/ontology/cameo_dictionaries_petrarch2/`` (the CAMEO verb dictionary and the Phoenix
actor and agent dictionaries of openeventdata/petrarch2, MIT licence) and writes four tables of facts:

* ``cameo_verbs.tsv``    verbs (with their bare code and listed forms) and verb patterns with their codes
* ``cameo_synsets.tsv``  the synonym sets the patterns name
* ``actors_phoenix.tsv`` actor names with their codes and the dates the codes hold
* ``agents_phoenix.tsv`` agent (sector) words with their sector codes

Nothing but facts is carried over: no comment of the dictionaries, no line copied whole. Entries that are
malformed (unbalanced brackets, a code that is no code, an impossible date, a synonym set that is never
defined ...) are skipped and counted; the counts are printed. The output is deterministic (grouped by
code, scattered within a group so that no run of the source's text is carried over): the same input gives the same bytes (tests/test_derive_dictionaries.py checks the shipped tables against it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rashomon.nlp.ontology import cameo_table  # noqa: E402
from rashomon.nlp.verbs import word_key  # noqa: E402

SOURCE_DIR = Path("data") / "ontology" / "cameo_dictionaries_petrarch2"
VERB_FILE = "CAMEO.2.0.txt"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"
SCRIPT = "eval/derive_dictionaries.py"

_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z0-9]{3}){0,4}$")
_CAMEO = re.compile(r"^(?:---|\d{2,4})$")
_NAME_CHARS = re.compile(r"^[^\W_]+(?:[ '.&,/-]+[^\W_]+)*[.']?$")
#: Longer names are left out: news text does not write them out whole, and a name with its code would then
#: stand in the table as a run of the source's text (``scattered`` keeps the rows from forming longer runs).
MAX_NAME_WORDS = 10
#: Two-digit years up to this one are 20xx, the others 19xx (the dictionaries were compiled in 2014).
_PIVOT = 30


def credit(license_text: str) -> str:
    """The credit line of every table: the source, its licence and its copyright holder (from LICENSE)."""
    m = re.search(r"Copyright \(c\) (.+)", license_text)
    holder = m.group(1).strip() if m else "Open Event Data"
    return (f"# Derived by {SCRIPT} from the PETRARCH2 dictionaries (openeventdata/petrarch2), "
            f"Copyright (c) {holder}, under the MIT License. Facts only; regenerate, do not edit.")


# ---------------------------------------------------------------------------------------------- verbs


class Counts(Counter[str]):
    def report(self, title: str) -> None:
        print(f"{title}:")
        for key, n in sorted(self.items()):
            print(f"  {key}: {n}")


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _word(raw: str) -> str:
    """A dictionary word in the tables' form: lower case, "_" kept between the words of a compound, each
    word keyed as the matcher keys text words (rashomon.nlp.verbs.word_key)."""
    return "_".join(word_key(w) for w in raw.lower().strip("_").split("_") if w)


def _set_name(raw: str) -> str:
    return "&" + raw.lstrip("&").rstrip("_").lower()


def read_synsets(lines: list[str], counts: Counts) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if line.startswith("&"):
            current = _set_name(line.split()[0])
            sets.setdefault(current, [])
        elif line.startswith("+") and current is not None:
            member = " ".join(_word(w) for w in line[1:].split()[0].strip("_").split("_") if w)
            if member and member not in sets[current]:
                sets[current].append(member)
            else:
                counts["synonym members repeated or empty (skipped)"] += 1
        else:
            counts["synonym lines not understood (skipped)"] += 1
    return sets


_BRACKETS = re.compile(r"[{}()]|[^\s{}()]+")


def _codes(text: str) -> tuple[str, str] | None:
    """"042" -> ("042", ""), "042:043" -> ("042", "043"), ":173" -> ("", "173"); None when malformed."""
    main, _, paired = text.strip().partition(":")
    main, paired = main.strip(), paired.strip()
    if (main and not _CAMEO.match(main)) or (paired and not _CAMEO.match(paired)) or not (main or paired):
        return None
    return main, paired


def _elements(tokens: list[str], sets: dict[str, list[str]]) -> str | None:
    """One side of a pattern in the tables' notation, None when malformed."""
    out: list[str] = []
    depth: list[str] = []
    for t in tokens:
        if t in "{(":
            depth.append(t)
            out.append(t)
        elif t in "})":
            if not depth or depth.pop() != {"}": "{", ")": "("}[t] or out[-1] in "{(":
                return None
            out.append(t)
        elif t in ("$", "+", "^", "%"):
            out.append(t)
        elif t.startswith("&"):
            name = _set_name(t)
            if name not in sets:
                return None
            out.append(name)
        elif re.fullmatch(r"[A-Z0-9][A-Z0-9.'_/-]*", t):
            alts = [_word(a) for a in t.split("/")]
            if not all(alts):
                return None
            out.append("/".join(alts))
        else:
            return None
    if depth:
        return None
    text = " ".join(out)
    return re.sub(r"([{(]) ", r"\1", re.sub(r" ([})])", r"\1", text))


def read_verbs(lines: list[str], sets: dict[str, list[str]], counts: Counts) -> list[tuple[str, ...]]:
    known = cameo_table()
    rows: set[tuple[str, ...]] = set()
    verbs: dict[tuple[str, str], list] = {}  # (block, lemma) -> [code, paired, forms]
    block: str | None = None
    block_code: tuple[str, str] = ("---", "")
    undefined: Counter[str] = Counter()

    def valid(code: str) -> str:
        return code if code in ("", "---") or code in known else "?"

    for raw in lines:
        if raw.startswith("~"):
            counts["transformation rules (not verb patterns; skipped)"] += 1
            continue
        line = _strip_comment(raw)
        if not line.strip():
            continue
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---\s*$", line)
        if head:
            block = head.group(1).strip("_").lower()
            parsed = _codes(head.group(2))
            block_code = parsed or ("---", "")
            if parsed is None:
                counts["block codes malformed (block kept, no code)"] += 1
            continue
        if block is None:
            continue
        if line.startswith("-"):
            counts["patterns read"] += 1
            m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*$", line)
            codes = _codes(m.group(2)) if m else None
            if m is None or codes is None:
                counts["patterns with a malformed code (skipped)"] += 1
                continue
            tokens = _BRACKETS.findall(m.group(1))
            if tokens.count("*") != 1:
                counts["patterns without exactly one verb place '*' (skipped)"] += 1
                continue
            star = tokens.index("*")
            for t in tokens:
                if t.startswith("&") and _set_name(t) not in sets:
                    undefined[_set_name(t)] += 1
            before, after = _elements(tokens[:star], sets), _elements(tokens[star + 1:], sets)
            if before is None or after is None:
                counts["patterns malformed or naming an undefined synonym set (skipped)"] += 1
                continue
            main, paired = codes
            if valid(main) == "?" or (not main and valid(paired) == "?"):
                counts["patterns whose code is not in cameo.tsv (dropped)"] += 1
                continue
            if valid(paired) == "?":
                counts["paired codes not in cameo.tsv (blanked)"] += 1
                paired = ""
            if main == "---" and not paired:
                counts["patterns coded '---' (kept: no event)"] += 1
            rows.add(("pattern", block, "", before, after, main, paired, ""))
            continue
        m = re.match(r"^\s*(\+?[A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*(?:;.*)?$", line)
        if m is None:
            counts["verb lines malformed (skipped)"] += 1
            continue
        lemma = " ".join(w.lower() for w in m.group(1).lstrip("+").strip("_").split("_") if w)
        forms = [" ".join(w.lower() for w in f.lstrip("+").strip("_").split("_") if w)
                 for f in re.split(r"[\s,]+", (m.group(2) or "{}")[1:-1]) if f.strip(",")]
        own = _codes(m.group(3)[1:-1]) if m.group(3) else None
        if m.group(3) and own is None:
            counts["verb codes malformed (block code used)"] += 1
        code, paired = own or block_code
        if valid(code) == "?" or valid(paired) == "?":
            counts["verb codes not in cameo.tsv (written as '---')"] += 1
            code, paired = ("---", "") if valid(code) == "?" else (code, "")
        entry = verbs.setdefault((block, lemma), [code, paired, []])
        if own is not None:
            entry[0], entry[1] = code, paired
        entry[2].extend(f for f in forms if f and f != lemma and f not in entry[2])
    for (blk, lemma), (code, paired, forms) in verbs.items():
        rows.add(("verb", blk, lemma, "", "", code, paired, "|".join(sorted(forms))))
    for name, n in sorted(undefined.items()):
        counts[f"uses of the undefined synonym set {name}"] += n
    same = Counter(r[1:5] for r in rows if r[0] == "pattern")
    counts["pattern word sequences listed with more than one code"] = sum(1 for n in same.values() if n > 1)
    return sorted(rows, key=lambda r: (r[1], r[0] != "verb", r))


def verbs_header(credit_line: str) -> str:
    return f"""# CAMEO verb patterns: which CAMEO code a verb takes, given words before and after it.
{credit_line}
# Read by rashomon/nlp/verbs.py. Tab-separated columns: kind, block, verb, before, after, code, paired, forms.
#   kind     verb | pattern. Verbs come in blocks (block: the block's name); a block's patterns apply to
#            every verb of the block.
#   verb     (verb rows) the dictionary's base form, lower case; a multi-word verb's words are joined by
#            spaces, particles as the dictionary writes them ("call off", "ask for", "is determined").
#   before   (pattern rows) what must come before the verb, in order; after: what must come after it.
#   code     the CAMEO code: for a verb row its bare code (its own, else its block's; '---' when it has
#            none, or when it is outside rashomon/data/cameo.tsv, e.g. root 01); for a pattern row the
#            code of the pattern ('---': the pattern codes no event; empty: only the paired event).
#            Patterns whose code is outside cameo.tsv are left out.
#   paired   a second event, from the target back to the source ("visit" 042 pairs with "host" 043).
#   forms    (verb rows) inflected forms the dictionary lists, '|'-separated ("sped|speeding|speeds").
# Notation of before/after: words separated by spaces, each lower case with a regular plural ending
# taken off (rashomon.nlp.verbs.word_key); a/b either word; a_b two adjacent words; &name a member of
# the synonym set (cameo_synsets.tsv); {{...}} words of one noun phrase; (...) a prepositional phrase,
# its first word the preposition; $ the source actor, + the target, ^ and % other actors (positions only).
kind\tblock\tverb\tbefore\tafter\tcode\tpaired\tforms
"""


def synsets_header(credit_line: str) -> str:
    return f"""# Synonym sets of the CAMEO verb patterns (cameo_verbs.tsv names them as &name).
{credit_line}
# Tab-separated: set, members ('|'-separated; a member of several words has them separated by spaces,
# each keyed like the pattern words: lower case, a regular plural ending taken off; in no meaningful order).
set\tmembers
"""


# ---------------------------------------------------------------------------------------------- actors


def _date(text: str) -> dt.date | None:
    """YYMMDD (two-digit years pivot at 30) or YYYYMMDD; None when it is no date."""
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy <= _PIVOT else 1900 + yy}{text[2:]}"
    if len(text) != 8:
        return None
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def _actor_code(text: str) -> tuple[str, str, str] | None:
    """"IRNGOV 130803-170803" -> ("IRNGOV", "2013-08-03", "2017-08-03"); ">A" from A; "<A" to A."""
    m = re.fullmatch(r"\s*([A-Z0-9]+)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?\s*", text)
    if m is None or not _CODE.match(m.group(1)):
        return None
    start = end = None
    if m.group(2):
        day = _date(m.group(3))
        if day is None:
            return None
        start, end = (day, None) if m.group(2) == ">" else (None, day)
    elif m.group(4):
        start, end = _date(m.group(4)), _date(m.group(5))
        if start is None or end is None or start > end:
            return None
    return m.group(1), start.isoformat() if start else "", end.isoformat() if end else ""


def _actor_name(raw: str) -> str | None:
    """"+KOFI_ATTA_ANNAN_" -> "KOFI ATTA ANNAN"; parenthesised words dropped; None when malformed."""
    text = raw.strip().lstrip("+").strip()
    if text.count("(") != text.count(")"):
        return None
    text = re.sub(r"\([^()]*\)", " ", text)
    name = " ".join(text.replace("_", " ").split())
    if not name or "\ufffd" in name or not _NAME_CHARS.match(name):
        return None
    return name


def _acronym(raw: str, name: str) -> str | None:
    """The acronym a name carries in brackets, where its letters are the initials of the name's words in
    order ("LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_" -> "LTTE"); not a bracketed qualifier ("(COLOMBIA)"),
    nor one of fewer than four letters (three are too often something else: ANA, MCC, ISA). News text writes an
    armed group's acronym more often than its name."""
    m = re.search(r"\(([A-Z]{4,6})\)", raw)
    if m is None:
        return None
    acronym, initials = m.group(1), "".join(w[0] for w in name.split())
    if initials[:1] != acronym[:1]:
        return None
    rest = iter(initials)
    return acronym if all(letter in rest for letter in acronym) else None


def read_actors(path: Path, counts: Counts, rows: set[tuple[str, str, str, str]]) -> None:
    names: list[str] = []
    codes: list[tuple[str, str, str]] = []
    tag = path.name.split(".")[1].lower()

    def flush() -> None:
        if names and codes:
            long = [n for n in names if len(re.findall(r"[^\W_]+", n)) > MAX_NAME_WORDS]
            counts[f"{tag}: names of more than {MAX_NAME_WORDS} words (left out)"] += len(long)
            rows.update((n, *c) for n in names for c in codes if n not in long)
        elif names:
            counts[f"{tag}: entries without a code (skipped)"] += 1

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        brackets = re.findall(r"\[([^\]]*)\]", line)
        rest = re.sub(r"\[[^\]]*\]", " ", line)
        if "[" in rest or "]" in rest:
            counts[f"{tag}: lines with an unclosed code (skipped)"] += 1
            continue
        if not rest.strip():  # a code line of the current entry
            pass
        elif rest.lstrip().startswith("+"):
            name = _actor_name(rest)
            if name is None:
                counts[f"{tag}: names malformed (skipped)"] += 1
            else:
                names.append(name)
        else:
            flush()
            names, codes = [], []
            name = _actor_name(rest)
            if name is None:
                counts[f"{tag}: names malformed (skipped)"] += 1
                names = ["\0"]  # the entry's codes still belong to it; the bad name itself is dropped below
            else:
                names.append(name)
                if tag == "milnonstate" and (acronym := _acronym(rest, name)) is not None:
                    names.append(acronym)
                    counts[f"{tag}: acronyms kept beside their names"] += 1
        for b in brackets:
            parsed = _actor_code(b)
            if parsed is None:
                counts[f"{tag}: codes malformed ({'no code' if b.strip() == '---' else 'bad code or date'}; skipped)"] += 1
            else:
                codes.append(parsed)
    flush()
    bad = {r for r in rows if r[0] == "\0"}
    rows.difference_update(bad)


def _plural(word: str) -> str:
    if re.search(r"[^AEIOU]Y$", word):
        return word[:-1] + "IES"
    if re.search(r"(?:S|X|Z|CH|SH)$", word):
        return word + "ES"
    return word + "S"


#: Words an agent form may not end with (see :func:`read_agents`).
_TRAILING_WORDS = frozenset({"IN", "OF", "TO", "FOR", "AT", "ON", "FROM", "WITH"})


def read_agents(path: Path, counts: Counts) -> set[tuple[str, str]]:
    rows: set[tuple[str, str]] = set()
    macros: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        macro = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        m = re.fullmatch(r"(.+?)\s*(\{[^}]*\})?\s*\[([^\]]*)\]", line)
        if m is None:
            counts["agents: lines malformed (skipped)"] += 1
            continue
        code = m.group(3).strip()
        if not re.fullmatch(r"~[A-Z]{3}(?:[A-Z]{3})*", code):
            counts["agents: codes that are no sector suffix (skipped)"] += 1
            continue
        words = m.group(1)
        if re.split(r"[\s_]+", words.strip("_ "))[-1].upper() in _TRAILING_WORDS:
            # "EMBASSY IN", "AMBASSADOR TO": a form that ends before the place or country it needs would end a
            # mention on its preposition ("the Iraqi embassy in"); the noun alone is a form of its own
            counts["agents: forms ending in a preposition (skipped)"] += 1
            continue
        if re.search(r"![A-Z]+![A-Z]", words) or any(t not in macros for t in re.findall(r"![A-Z]+!", words)):
            counts["agents: macros inside a word or undefined (skipped)"] += 1
            continue
        forms = _expand(words, macros)
        if m.group(2) is not None:
            plurals = [_expand(p, macros) for p in m.group(2)[1:-1].split()]
            forms += [f for group in plurals for f in group]
        elif "!" not in words:
            forms += [" ".join([*f.split()[:-1], _plural(f.split()[-1])]) for f in forms if f]
        good = [f for f in (_actor_name(x) for x in forms) if f is not None]
        if len(good) < len(forms):
            counts["agents: forms malformed (skipped)"] += len(forms) - len(good)
        rows.update((f, code[1:]) for f in good)
    return rows


def _expand(words: str, macros: dict[str, list[str]]) -> list[str]:
    out = [words]
    for name, values in macros.items():
        out = [o.replace(name, v, 1) for o in out for v in values] if any(name in o for o in out) else out
    return out


def actors_header(credit_line: str) -> str:
    return f"""# Phoenix actor names with their CAMEO codes, and the dates a code holds.
{credit_line}
# Read by rashomon/nlp/actors.py as a fallback below rashomon's own actor tables (actors*.tsv): a name
# counts only where those tables do not know it, and only when written capitalised (see ActorTable).
# Tab-separated columns: name, code, from, to.
#   name   the name as the source writes it, in capitals, words separated by spaces (an acronym in
#          brackets after a name is left out; so are names of more than {MAX_NAME_WORDS} words); one row per
#          name and code: a name's aliases each have rows. Rows are grouped by code, in no meaningful
#          order within a code.
#   code   CAMEO-style actor code (IRN, IRNGOV, IGOUNO, IMGMUSALQ ...); a bare sector (ELI) means the
#          actor's country with that sector.
#   from   first day the code holds (ISO), empty = always; to: last day it holds (ISO, inclusive), empty
#          = still. Two-digit years of the source up to {_PIVOT} are read as 20xx, the others as 19xx.
name\tcode\tfrom\tto
"""


def agents_header(credit_line: str) -> str:
    return f"""# Phoenix agent words: nouns that name a sector of an actor ("police" COP, "rebels" REB).
{credit_line}
# Read by rashomon/nlp/actors.py as sector words below rashomon's own (actors_sectors.tsv): a word
# counts only where that table has none. Tab-separated: words (capitals, spaces between words), code (the
# sector code, possibly followed by secondary ones: MILGOV). Plurals: those the source lists, else the
# regular plural of the last word, which the source leaves for the coder to make. Rows are grouped by
# code, in no meaningful order within a code.
words\tcode
"""


# ---------------------------------------------------------------------------------------------- main


def scattered(text: str) -> str:
    """A sort key that keeps no order of the source: the SHA-1 of the text. Rows are grouped by code and
    scattered within a group, and a set's members scattered, so that the tables hold the dictionaries'
    facts (a name and its code) and not their runs of text (neighbouring entries in the order written)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def by_code(rows: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Rows ``(name, code, ...)`` grouped by code, the names of a group in ``scattered`` order, moved on where
    two of them would stand next to each other that are next to each other in alphabetical order (which is
    about the dictionaries' order) -- so that no two neighbouring entries of the source are neighbours here."""
    groups: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for row in sorted(rows):
        groups.setdefault(row[1], {}).setdefault(row[0], []).append(row)
    out: list[tuple[str, ...]] = []
    for code in sorted(groups):
        names = groups[code]
        rank = {name: i for i, name in enumerate(sorted(names))}
        order = sorted(names, key=scattered)
        for i in range(1, len(order)):
            if abs(rank[order[i]] - rank[order[i - 1]]) == 1:
                j = next((j for j in range(i + 1, len(order)) if abs(rank[order[j]] - rank[order[i - 1]]) != 1), None)
                if j is not None:
                    order[i], order[j] = order[j], order[i]
        out.extend(row for name in order for row in names[name])
    return out


def write(path: Path, header: str, rows: Iterable[Iterable[str]]) -> int:
    lines = ["\t".join(r) for r in rows]
    path.write_text(header + "".join(line + "\n" for line in lines), encoding="utf-8", newline="\n")
    return len(lines)


def derive(shared: Path, out: Path) -> dict[str, int]:
    src = shared / SOURCE_DIR
    if not (src / VERB_FILE).is_file():
        raise SystemExit(f"the PETRARCH2 dictionaries are not in {src}: pass --shared (the folder holding data/ontology)")
    credit_line = credit((src / "LICENSE").read_text(encoding="utf-8"))
    counts = Counts()

    lines = (src / VERB_FILE).read_text(encoding="utf-8").splitlines()
    split = next(i for i, line in enumerate(lines) if line.startswith("---"))
    start = next(i for i, line in enumerate(lines) if line.startswith("&"))
    sets = read_synsets(lines[start:split], counts)
    verb_rows = read_verbs(lines[split:], sets, counts)
    set_rows = [(name, "|".join(sorted(members, key=scattered))) for name, members in sorted(sets.items())]

    actor_rows: set[tuple[str, str, str, str]] = set()
    for name in ACTOR_FILES:
        read_actors(src / name, counts, actor_rows)
    agent_rows = read_agents(src / AGENT_FILE, counts)

    out.mkdir(parents=True, exist_ok=True)
    written = {
        "cameo_verbs.tsv": write(out / "cameo_verbs.tsv", verbs_header(credit_line), verb_rows),
        "cameo_synsets.tsv": write(out / "cameo_synsets.tsv", synsets_header(credit_line), set_rows),
        "actors_phoenix.tsv": write(out / "actors_phoenix.tsv", actors_header(credit_line), by_code(actor_rows)),
        "agents_phoenix.tsv": write(out / "agents_phoenix.tsv", agents_header(credit_line), by_code(agent_rows)),
    }
    counts["verb rows"] = sum(1 for r in verb_rows if r[0] == "verb")
    counts["pattern rows"] = sum(1 for r in verb_rows if r[0] == "pattern")
    counts.report("read")
    for name, n in written.items():
        print(f"wrote {out / name}: {n} rows, {(out / name).stat().st_size:,} bytes")
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default: ../shared)")
    parser.add_argument("--out", type=Path, default=ROOT / "rashomon" / "data", help="where to write the tables")
    args = parser.parse_args(argv)
    derive(args.shared, args.out)


if __name__ == "__main__":
    main()
