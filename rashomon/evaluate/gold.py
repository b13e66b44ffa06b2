"""Readers for the gold data sets, each in its original file format, into typed records.

The gold files live outside the repository (``../shared/data/gold-dev`` next to it, or the folder named
by ``RASHOMON_GOLD_DIR``) and are never copied into it. Each reader takes any file of the same format
(another part of the same set works unchanged) and returns a :class:`GoldSet`: the records in file
order, the entries it skipped and why, and notes on what it repaired. A missing or malformed file
raises :class:`GoldFormatError`, which names the file and the problem.

Formats read:

- PLOVER gold standard records: a JSON array of event objects (``read_plover``);
- CASE 2021 task 2 snippets: a tab-separated file ``id / EventSnippet / SubType`` (``read_case``);
- PETRARCH validation records: ``<Sentence>`` XML with ``<EventCoding>`` expectations (``read_petrarch``);
- geoparsing corpora: LGL-style ``<toponyms>`` or GeoVirus-style ``<locations>`` XML (``read_geo``);
- ConfliBERT's CAMEO sentences: JSON lines with a PentaClass and free-text actor spans (``read_confli``);
- ACLED events with their notes: ACLED's CSV export (``read_acled``).

GENEVA's event-argument windows, read for training scripts, are in :mod:`rashomon.evaluate.geneva`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar

from rashomon.errors import InputError
from rashomon.evaluate.metrics import cameo_root, normalise_actor_code

REPO_ROOT = Path(__file__).resolve().parents[2]
#: The development part of the gold sets; ``RASHOMON_GOLD_DIR`` overrides it.
GOLD_DIR = Path(os.environ.get("RASHOMON_GOLD_DIR") or REPO_ROOT.parent / "shared" / "data" / "gold-dev")

PLOVER_GSR = GOLD_DIR / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
CASE_TASK2 = GOLD_DIR / "case2021" / "task2.tsv"
PETRARCH_UNITTEST = GOLD_DIR / "petrarch2_unittest" / "PETR.UnitTest.records.xml"
PETRARCH_GIGAWORD = GOLD_DIR / "petrarch2_unittest" / "GigaWord.sample.PETR.xml"
GEO_LGL = GOLD_DIR / "geoparsing" / "lgl.xml"
GEO_GEOVIRUS = GOLD_DIR / "geoparsing" / "GeoVirus.xml"
CONFLI_TRAIN = GOLD_DIR / "conflibert_cameo" / "train.jsonl"
ACLED_NOTES = GOLD_DIR / "acled_may2020" / "acled.csv"


class GoldFormatError(InputError):
    """A gold file is missing or is not in the format its reader expects."""


R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Skipped:
    """An entry of a gold file that is not a scoreable record."""

    id: str
    reason: str


@dataclass(frozen=True, slots=True)
class GoldSet(Generic[R]):
    """The records read from one gold file, in file order."""

    path: str
    records: tuple[R, ...]
    skipped: tuple[Skipped, ...] = ()
    #: File-level remarks: repairs made, odd entries kept.
    notes: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[R]:
        return iter(self.records)


def _open_text(path: Path) -> str:
    if not path.is_file():
        raise GoldFormatError(str(path), "file not found")
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise GoldFormatError(str(path), f"cannot be read as UTF-8 text ({e})") from e


def _parse_xml(path: Path) -> ET.Element:
    text = _open_text(path)
    try:
        return ET.fromstring(text)
    except ET.ParseError as e:
        raise GoldFormatError(str(path), f"not well-formed XML ({e})") from e


def _clean(text: str | None) -> str:
    """Whitespace collapsed to single spaces (PETRARCH wraps its sentences over several lines)."""
    return " ".join((text or "").split())


def _unique_ids(ids: list[str]) -> tuple[list[str], list[str]]:
    """Ids made unique by suffixing repeats ``#2``, ``#3``...; also the ids that were repeated."""
    seen: Counter[str] = Counter()
    out = []
    for i in ids:
        seen[i] += 1
        out.append(i if seen[i] == 1 else f"{i}#{seen[i]}")
    return out, sorted(i for i, n in seen.items() if n > 1)


# ==================================================================================================
# PLOVER gold standard records
# ==================================================================================================

#: Event labels of earlier PLOVER drafts -> the current (2021 codebook) type. INVESTIGATE became the
#: ``investigate`` mode of ACCUSE (CAMEO2PLOVER-2021: 09 -> ACCUSE, investigate).
PLOVER_OLD_LABELS: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}
#: The 16 event types of the current PLOVER codebook.
PLOVER_TYPES: frozenset[str] = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip


def plover_label(label: str | None) -> str | None:
    """An event label in the current PLOVER vocabulary: upper-cased, old labels renamed."""
    if label is None:
        return None
    up = label.strip().upper()
    if not up:
        return None
    return PLOVER_OLD_LABELS.get(up, up)


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor: its words in the text, its code and its sector as the gold file gives them."""

    text: str
    code: str
    sector: str | None = None

    @property
    def full_code(self) -> str:
        """The joined CAMEO-style code, e.g. ``IRQ`` + ``GOV`` -> ``IRQGOV``."""
        return normalise_actor_code(self.code, self.sector)


@dataclass(frozen=True, slots=True)
class PloverRecord:
    """One PLOVER gold event: a sentence and the single event coded from it."""

    id: str
    text: str
    date: str | None
    #: The current PLOVER type (old labels renamed, see PLOVER_OLD_LABELS).
    event: str
    #: The label as written in the file.
    raw_event: str
    mode: str | None
    context: tuple[str, ...]
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    event_text: str | None = None
    #: Oddities of this record kept for inspection (a string where a list was expected, ...).
    notes: tuple[str, ...] = field(default=())

    @property
    def reciprocal(self) -> bool:
        """Several sources and no target: the GSR's way of coding a joint (SRC/TAR) event."""
        return len(self.source) > 1 and not self.target


def _actors(path: Path, rid: str, role: str, value: Any, notes: list[str]) -> tuple[Actor, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        if value.strip():
            notes.append(f"{role} is the string {value!r}, not an actor list; read as no {role}")
        return ()
    if not isinstance(value, list):
        raise GoldFormatError(str(path), f"record {rid}: {role} is a {type(value).__name__}, not a list")
    actors = []
    for a in value:
        if not isinstance(a, dict) or not isinstance(a.get("code"), str):
            raise GoldFormatError(str(path), f"record {rid}: a {role} actor has no code: {a!r}")
        sector = a.get("sector")
        actors.append(
            Actor(
                text=str(a.get("actorText") or ""),
                code=a["code"],
                sector=sector if isinstance(sector, str) and sector.strip() else None,
            )
        )
    return tuple(actors)


def read_plover(path: str | Path = PLOVER_GSR) -> GoldSet[PloverRecord]:
    """PLOVER gold standard records (``PLOVER_GSR_CAMEO.json``: a JSON array of event objects).

    Skips the DOCUMENT pseudo-records (file documentation) and records without text. Renames the
    labels of earlier PLOVER drafts (DEMAND, DISAPPROVE, FIGHT, INVESTIGATE); ``raw_event`` keeps the
    original. Context is split on commas. Notes the records whose id names a different type than their
    ``event`` field (the field is taken as gold).
    """
    p = Path(path)
    try:
        data = json.loads(_open_text(p))
    except json.JSONDecodeError as e:
        raise GoldFormatError(str(p), f"not valid JSON ({e})") from e
    if not isinstance(data, list):
        raise GoldFormatError(str(p), f"expected a JSON array of records, found a {type(data).__name__}")
    records: list[PloverRecord] = []
    skipped: list[Skipped] = []
    file_notes: list[str] = []
    renamed: Counter[str] = Counter()
    for n, raw in enumerate(data):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            raise GoldFormatError(str(p), f"entry {n} is not an object with a string id")
        rid = raw["id"]
        raw_event = raw.get("event")
        if not isinstance(raw_event, str) or not raw_event.strip():
            raise GoldFormatError(str(p), f"record {rid} has no event label")
        if raw_event.strip().upper() == "DOCUMENT":
            skipped.append(Skipped(rid, "DOCUMENT record (file documentation, not an event)"))
            continue
        text = raw.get("text")
        if not isinstance(text, str) or not text.strip():
            skipped.append(Skipped(rid, "no text"))
            continue
        notes: list[str] = []
        event = plover_label(raw_event)
        assert event is not None
        if event != raw_event:
            renamed[f"{raw_event}->{event}"] += 1
        if event not in PLOVER_TYPES:
            notes.append(f"event {raw_event!r} is not a current PLOVER type")
        parts = rid.split("-")
        if len(parts) >= 4 and parts[2].isalpha() and parts[2] != raw_event:
            notes.append(f"id names {parts[2]} but the event field says {raw_event}")
            file_notes.append(f"{rid}: id names {parts[2]}, event field {raw_event} (field taken)")
        mode = raw.get("mode")
        mode = mode.strip() if isinstance(mode, str) and mode.strip() else None
        if mode is None and raw_event.strip().upper() == "INVESTIGATE":
            mode = "investigate"
        context_raw = raw.get("context")
        context = (
            tuple(c.strip() for c in context_raw.split(",") if c.strip())
            if isinstance(context_raw, str)
            else ()
        )
        date = raw.get("date")
        records.append(
            PloverRecord(
                id=rid,
                text=text.strip(),
                date=date if isinstance(date, str) and date.strip() else None,
                event=event,
                raw_event=raw_event,
                mode=mode,
                context=context,
                source=_actors(p, rid, "source", raw.get("source"), notes),
                target=_actors(p, rid, "target", raw.get("target"), notes),
                event_text=raw.get("eventText") if isinstance(raw.get("eventText"), str) else None,
                notes=tuple(notes),
            )
        )
    if renamed:
        file_notes.insert(
            0, "old labels renamed: " + ", ".join(f"{k} x{v}" for k, v in sorted(renamed.items()))
        )
    _, repeated = _unique_ids([r.id for r in records])
    if repeated:
        raise GoldFormatError(str(p), f"repeated record ids: {', '.join(repeated[:5])}")
    return GoldSet(str(p), tuple(records), tuple(skipped), tuple(file_notes))


# ==================================================================================================
# CASE 2021 task 2: fine-grained event classification (ACLED-derived types)
# ==================================================================================================

#: CASE 2021 task 2 type -> PLOVER type, or None where no PLOVER type corresponds. Reasoned from the
#: ACLED sub-event definitions, the PLOVER codebook and CAMEO2PLOVER-2021.
CASE_TO_PLOVER: dict[str, str | None] = {
    # Battles: armed fighting, whichever side gains ground. PLOVER folded FIGHT into ASSAULT.
    "ARMED_CLASH": "ASSAULT",
    "GOV_REGAINS_TERIT": "ASSAULT",
    "NON_STATE_ACTOR_OVERTAKES_TER": "ASSAULT",
    # Explosions / remote violence and violence against civilians: ASSAULT with its weapon modes
    # (aerial, heavy-weapons, explosives, suicide-attack, unconventional, abduct, sexual).
    "AIR_STRIKE": "ASSAULT",
    "ART_MISS_ATTACK": "ASSAULT",
    "CHEM_WEAP": "ASSAULT",
    "GRENADE": "ASSAULT",
    "REM_EXPLOS": "ASSAULT",
    "SUIC_BOMB": "ASSAULT",
    "ATTACK": "ASSAULT",
    "ABDUCT_DISSAP": "ASSAULT",
    "SEX_VIOL": "ASSAULT",
    # Excessive force against protesters: CAMEO 175 "violent repression" -> ASSAULT (crowd-control).
    "FORCE_AGAINST_PROTEST": "ASSAULT",
    # ACLED mob violence is violence by an unorganised crowd that is *not* a demonstration (vigilantes,
    # communal clashes): ASSAULT (beat/primitive), not PROTEST.
    "MOB_VIOL": "ASSAULT",
    # Looting/property destruction: CAMEO 1712 "destroy property" -> ASSAULT (destroy).
    "PROPERTY_DISTRUCT": "ASSAULT",
    # Protests: the protest is the salient event even where police intervene or it turns violent (riot).
    "PEACE_PROTEST": "PROTEST",
    "PROTEST_WITH_INTER": "PROTEST",
    "VIOL_DEMONSTR": "PROTEST",
    # Strategic developments.
    "AGREEMENT": "AGREE",  # peace deals, ceasefires, exchanges agreed
    "ARREST": "COERCE",  # CAMEO 173 -> COERCE (arrest)
    "DISR_WEAP": "COERCE",  # weapons seized, caches found, devices defused -> COERCE (seize)
    "HQ_ESTABLISHED": "MOBILIZE",  # bases, posts set up: a deployment short of the use of force
    "NON_VIOL_TERRIT_TRANSFER": "RETREAT",  # a side withdraws and territory changes hands unfought
    # No single PLOVER counterpart.
    "CHANGE_TO_GROUP_ACT": None,  # defections, leadership changes, drills, movements: mixed
    "OTHER": None,
    # Types outside ACLED, added for subtasks 2 and 3.
    "DIPLO": None,  # condemnations, severed ties, sanctions, requests: spread over several types
    "ATTRIB": None,  # mostly claims of responsibility; only blaming others would be ACCUSE
    "ORG_CRIME": None,
    "NATURAL_DISASTER": None,
    "MAN_MADE_DISASTER": None,
}


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """One CASE 2021 task 2 snippet with its gold type."""

    id: str
    text: str
    case_type: str
    #: The PLOVER type the CASE type maps to; None where there is none (or the type is unknown).
    plover: str | None


def read_case(path: str | Path = CASE_TASK2) -> GoldSet[CaseRecord]:
    """CASE 2021 task 2 (``task2.tsv``: a header ``id / EventSnippet / SubType``, then one snippet a line).

    No quoting is used: a snippet is everything between the first and the last tab. Types not in
    ``CASE_TO_PLOVER`` map to None and are listed in the notes.
    """
    p = Path(path)
    lines = _open_text(p).splitlines()
    if not lines:
        raise GoldFormatError(str(p), "file is empty")
    header = lines[0].split("\t")
    if [h.strip() for h in header] != ["id", "EventSnippet", "SubType"]:
        raise GoldFormatError(
            str(p), f"expected the header id<TAB>EventSnippet<TAB>SubType, found {header!r}"
        )
    rows = csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE)
    records = []
    unknown: Counter[str] = Counter()
    for lineno, row in enumerate(rows, start=2):
        if not row or not any(c.strip() for c in row):
            continue
        if len(row) < 3:
            raise GoldFormatError(
                str(p), f"line {lineno}: expected 3 tab-separated columns, found {len(row)}"
            )
        rid, case_type = row[0].strip(), row[-1].strip()
        text = "\t".join(row[1:-1]).strip()
        if not rid or not case_type:
            raise GoldFormatError(str(p), f"line {lineno}: empty id or type")
        if case_type not in CASE_TO_PLOVER:
            unknown[case_type] += 1
        records.append(CaseRecord(rid, text, case_type, CASE_TO_PLOVER.get(case_type)))
    _, repeated = _unique_ids([r.id for r in records])
    if repeated:
        raise GoldFormatError(str(p), f"repeated snippet ids: {', '.join(repeated[:5])}")
    notes = tuple(f"unknown CASE type {t!r} x{n}, mapped to None" for t, n in sorted(unknown.items()))
    return GoldSet(str(p), tuple(records), (), notes)


# ==================================================================================================
# PETRARCH validation records
# ==================================================================================================

Expectation = Literal["events", "none", "error", "unannotated"]


@dataclass(frozen=True, slots=True)
class PetrarchEvent:
    """One expected coding: source and target codes and the CAMEO event code."""

    source: str
    target: str
    code: str

    @property
    def root(self) -> str | None:
        """The CAMEO root ("01".."20"), or None for the suite's non-CAMEO test codes (903, 345...)."""
        return cameo_root(self.code)


@dataclass(frozen=True, slots=True)
class PetrarchRecord:
    """One ``<Sentence>`` of a PETRARCH validation file."""

    id: str
    text: str
    date: str | None
    category: str | None
    #: events: codings expected; none: ``noevents="True"``; error: an input error is expected
    #: (dateline, bad parse, discard); unannotated: no ``<EventCoding>`` at all (e.g. GigaWord sample).
    expect: Expectation
    events: tuple[PetrarchEvent, ...] = ()
    error: str | None = None
    #: The ``sentence`` attribute ("true"/"false").
    is_sentence: bool = True

    @property
    def roots(self) -> tuple[str, ...]:
        """The CAMEO roots of the expected events, non-CAMEO test codes left out."""
        return tuple(r for e in self.events if (r := e.root) is not None)


def _iso_date(value: str | None) -> str | None:
    v = (value or "").strip()
    if len(v) == 8 and v.isdigit():
        return f"{v[:4]}-{v[4:6]}-{v[6:]}"
    return v or None


_LEAF = re.compile(r"\(([^\s()]+)\s+([^\s()]+)\)")
_DETOKENISE = (
    (re.compile(r"\s+([,.;:!?%]|'s|'|n't|''|-RRB-)"), r"\1"),
    (re.compile(r"(``|-LRB-)\s+"), r"\1"),
    (re.compile(r"``|''"), '"'),
    (re.compile(r"-LRB-"), "("),
    (re.compile(r"-RRB-"), ")"),
)


def text_from_parse(parse: str) -> str:
    """The sentence spelled by a Penn Treebank parse's leaves, lightly detokenised."""
    text = " ".join(word for _, word in _LEAF.findall(parse))
    for pattern, repl in _DETOKENISE:
        text = pattern.sub(repl, text)
    return text


def read_petrarch(path: str | Path = PETRARCH_UNITTEST) -> GoldSet[PetrarchRecord]:
    """PETRARCH validation XML (``PETR.UnitTest.records.xml``, ``GigaWord.sample.PETR.xml``).

    Each ``<Sentence date id ...>`` holds a ``<Text>``, a ``<Parse>`` tree (ignored here) and zero or
    more ``<EventCoding>``: ``sourcecode/targetcode/eventcode`` for an expected event (several per
    sentence for compounds), ``noevents="True"`` when nothing should be coded, or ``error="..."`` when
    the coder should reject the input. Quoted codes (``'"THE MINISTRY OF MAGIC"'``) lose their quotes.
    Repeated sentence ids get ``#2``, ``#3`` suffixes. Dates become ISO (``1995-01-01``). A sentence
    with an empty ``<Text>`` (nine in the GigaWord sample) is rebuilt from its parse tree's leaves.
    """
    p = Path(path)
    root = _parse_xml(p)
    sentences = list(root.iter("Sentence"))
    if not sentences and root.tag not in {"Validation", "Sentences"}:
        raise GoldFormatError(str(p), f"no <Sentence> elements (root element is <{root.tag}>)")
    raw_ids = []
    for n, s in enumerate(sentences):
        sid = (s.get("id") or "").strip()
        if not sid:
            raise GoldFormatError(str(p), f"sentence {n + 1} has no id")
        raw_ids.append(sid)
    ids, repeated = _unique_ids(raw_ids)
    records = []
    skipped: list[Skipped] = []
    from_parse: list[str] = []
    for sid, s in zip(ids, sentences, strict=True):
        text = _clean(s.findtext("Text"))
        if not text:
            text = text_from_parse(s.findtext("Parse") or "")
            if not text:
                skipped.append(Skipped(sid, "neither <Text> nor a <Parse> to rebuild it from"))
                continue
            from_parse.append(sid)
        events: list[PetrarchEvent] = []
        error: str | None = None
        noevents = False
        for ec in s.findall("EventCoding"):
            if ec.get("error") is not None:
                error = ec.get("error") or "error"
            elif (ec.get("noevents") or "").strip().lower() == "true":
                noevents = True
            elif ec.get("eventcode") is not None:
                events.append(
                    PetrarchEvent(
                        source=(ec.get("sourcecode") or "").strip().strip('"'),
                        target=(ec.get("targetcode") or "").strip().strip('"'),
                        code=(ec.get("eventcode") or "").strip(),
                    )
                )
            else:
                raise GoldFormatError(
                    str(p), f"sentence {sid}: <EventCoding> without eventcode, noevents or error"
                )
        expect: Expectation
        if error is not None:
            expect = "error"
        elif events:
            expect = "events"
        elif noevents:
            expect = "none"
        else:
            expect = "unannotated"
        if events and noevents:
            raise GoldFormatError(str(p), f"sentence {sid} expects both events and no events")
        records.append(
            PetrarchRecord(
                id=sid,
                text=text,
                date=_iso_date(s.get("date")),
                category=s.get("category"),
                expect=expect,
                events=tuple(events),
                error=error,
                is_sentence=(s.get("sentence") or "true").strip().lower() != "false",
            )
        )
    notes = []
    if repeated:
        notes.append("repeated sentence ids, later ones suffixed #2...: " + ", ".join(repeated))
    if from_parse:
        notes.append("empty <Text>, sentence rebuilt from the parse tree: " + ", ".join(from_parse))
    non_cameo = sorted({e.code for r in records for e in r.events if e.root is None})
    if non_cameo:
        notes.append("non-CAMEO test event codes (no root): " + ", ".join(non_cameo))
    return GoldSet(str(p), tuple(records), tuple(skipped), tuple(notes))


# ==================================================================================================
# Geoparsing corpora (Gritta et al.'s XML): LGL-style and GeoVirus-style
# ==================================================================================================


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """A gold toponym: its span ``text[start:end]`` and gold coordinates (None where not resolved)."""

    name: str
    start: int | None
    end: int | None
    lat: float | None
    lon: float | None
    #: The GeoNames id (LGL) or Wikipedia page (GeoVirus) of the gold referent.
    ref: str | None = None
    country: str | None = None

    @property
    def resolved(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class GeoArticle:
    """One article of a geoparsing corpus with its gold toponyms in text order."""

    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    title: str | None = None


def _float(path: Path, where: str, value: str | None) -> float | None:
    if value is None or not value.strip():
        return None
    try:
        return float(value)
    except ValueError as e:
        raise GoldFormatError(str(path), f"{where}: {value!r} is not a number") from e


def _int(path: Path, where: str, value: str | None) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        return int(value)
    except ValueError as e:
        raise GoldFormatError(str(path), f"{where}: offset {value!r} is not an integer") from e


def _locate(text: str, name: str, start: int | None, end: int | None) -> tuple[int | None, int | None, str]:
    """Offsets that really hold ``name``: as given, shifted by one (GeoVirus counts from 1), or the
    nearest occurrence within 20 characters. Returns (start, end, how) with how in
    {"exact", "shift-1", "near", "unverified"}."""
    if start is None or end is None:
        return start, end, "unverified"
    if text[start:end] == name:
        return start, end, "exact"
    if start >= 1 and text[start - 1 : end - 1] == name:
        return start - 1, end - 1, "shift-1"
    lo = max(0, start - 20)
    hits = []
    i = text.find(name, lo)
    while 0 <= i <= start + 20:
        hits.append(i)
        i = text.find(name, i + 1)
    if hits:
        best = min(hits, key=lambda h: abs(h - start))
        return best, best + len(name), "near"
    return start, end, "unverified"


def _toponym(
    at: tuple[Path, str, str, Counter[str]],
    name: str,
    span: ET.Element,
    coords: ET.Element | None,
    ref: str | None,
    country: str | None = None,
) -> GoldToponym:
    """One gold toponym of either layout: offsets from ``span`` checked against the article text (counting
    how each was placed in ``how``), lat/lon from ``coords``. ``at`` = (file, where, article text, how)."""
    p, where, text, how = at
    start, end, h = _locate(text, name, _int(p, where, span.findtext("start")), _int(p, where, span.findtext("end")))
    how[h] += 1
    lat = _float(p, where, coords.findtext("lat")) if coords is not None else None
    lon = _float(p, where, coords.findtext("lon")) if coords is not None else None
    return GoldToponym(name=name, start=start, end=end, lat=lat, lon=lon, ref=ref, country=country)


def read_geo(path: str | Path = GEO_LGL) -> GoldSet[GeoArticle]:
    """A geoparsing corpus in Gritta et al.'s XML (``lgl.xml``, ``GeoVirus.xml``, and TR-News's LGL form).

    LGL form: ``<article docid>`` with ``<text>`` and ``<toponyms><toponym>`` holding ``start``, ``end``,
    ``phrase`` and, when resolved, a ``<gaztag geonameid>`` with ``lat``, ``lon``, ``country``.
    GeoVirus form: ``<article>`` with ``<source>`` (URL), ``<text>`` and ``<locations><location>`` holding
    ``name``, ``start``, ``end``, ``lat``, ``lon``, ``page``. GeoVirus offsets count from 1 and are moved
    back; every span is checked against the text (see ``notes``). A ``<location>`` nested inside another
    (a slip in GeoVirus) is read as its own toponym.
    """
    p = Path(path)
    root = _parse_xml(p)
    articles = root.findall("article") if root.tag != "article" else [root]
    if not articles:
        raise GoldFormatError(str(p), f"no <article> elements (root element is <{root.tag}>)")
    raw_ids: list[str] = []
    built: list[tuple[str, str | None, tuple[GoldToponym, ...]]] = []
    how: Counter[str] = Counter()
    for n, art in enumerate(articles, start=1):
        text = art.findtext("text")
        if text is None:
            raise GoldFormatError(str(p), f"article {n} has no <text>")
        rid = (art.get("docid") or art.findtext("source") or "").strip() or f"article-{n}"
        raw_ids.append(rid)
        where = f"article {rid}"
        toponyms: list[GoldToponym] = []


        if art.find("toponyms") is not None:
            for tp in art.iter("toponym"):
                gaz = tp.find("gaztag")
                toponyms.append(
                    _toponym(
                        (p, where, text, how),
                        tp.findtext("phrase") or "",
                        tp,
                        gaz,
                        ref=gaz.get("geonameid") if gaz is not None else None,
                        country=gaz.findtext("country") if gaz is not None else None,
                    )
                )
        elif art.find("locations") is not None:
            for loc in art.iter("location"):
                if loc.find("name") is None:
                    continue  # a wrapper <location> holding only other locations
                toponyms.append(_toponym((p, where, text, how), loc.findtext("name") or "", loc, loc, ref=loc.findtext("page")))
        else:
            raise GoldFormatError(str(p), f"{where} has neither <toponyms> nor <locations>")
        toponyms.sort(key=lambda t: (t.start is None, t.start or 0, t.end or 0))
        built.append((text, art.findtext("title"), tuple(toponyms)))
    ids, repeated = _unique_ids(raw_ids)
    records = tuple(
        GeoArticle(i, text, tops, title) for i, (text, title, tops) in zip(ids, built, strict=True)
    )
    notes = [f"toponym spans: {', '.join(f'{k} {v}' for k, v in sorted(how.items()))}"]
    if repeated:
        notes.append(f"{len(repeated)} article id(s) repeated, later ones suffixed #2...")
    return GoldSet(str(p), records, (), tuple(notes))


# ==================================================================================================
# ConfliBERT CAMEO sentences (Multi-CoPED annotations)
# ==================================================================================================

#: The keys of a record's actor spans; a record has all three or none.
CONFLI_SPAN_KEYS = ("source", "target", "reciprocal")


@dataclass(frozen=True, slots=True)
class ConfliRecord:
    """One ConfliBERT sentence: its PentaClass (0-4, see ``metrics.PENTACLASS_NAMES``) and actor spans."""

    id: str
    text: str
    #: None where the sentence has spans but no class (a sentence found only in the span file).
    pentaclass: int | None
    #: Actor spans as written in the sentence (tokenised: "government 's", "( NAF )"), no codes.
    source: tuple[str, ...]
    target: tuple[str, ...]
    #: Both sides of a symmetric event ("X met Y"), in place of a source and a target.
    reciprocal: tuple[str, ...]
    #: Whether the record carries actor spans at all (an empty list is an annotation; a missing key is not).
    has_spans: bool


def jsonl_objects(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) of each non-blank line of a JSON-lines file; a bad line names file:line."""
    lines = _open_text(path).splitlines()
    if not any(line.strip() for line in lines):
        raise GoldFormatError(str(path), "file is empty")
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldFormatError(f"{path}:{n}", f"not valid JSON ({e})") from e
        if not isinstance(obj, dict):
            raise GoldFormatError(f"{path}:{n}", f"expected a JSON object, found a {type(obj).__name__}")
        yield n, obj


def _spans(where: str, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GoldFormatError(where, f"{key!r} is not a list of strings: {value!r:.80}")
    return tuple(v.strip() for v in value if v.strip())


def read_confli(path: str | Path = CONFLI_TRAIN) -> GoldSet[ConfliRecord]:
    """ConfliBERT's CAMEO sentences (``train.jsonl``: one JSON object a line).

    Each object has ``id``, ``text``, ``pentaclass`` (0-4 or null) and, where the sentence was annotated
    with actors, the lists ``source``, ``target`` and ``reciprocal`` of span texts. Records without a
    class are kept (their spans still count); records without span keys have ``has_spans`` False. Other
    keys (the class name, the alignment with the span file) are ignored.
    """
    p = Path(path)
    records: list[ConfliRecord] = []
    for n, raw in jsonl_objects(p):
        where = f"{p}:{n}"
        rid, text = raw.get("id"), raw.get("text")
        if not isinstance(rid, str) or not rid.strip():
            raise GoldFormatError(where, "no string id")
        if not isinstance(text, str) or not text.strip():
            raise GoldFormatError(where, f"record {rid} has no text")
        pclass = raw.get("pentaclass")
        if pclass is not None and (isinstance(pclass, bool) or pclass not in range(5)):
            raise GoldFormatError(where, f"record {rid}: pentaclass {pclass!r} is not 0-4 or null")
        present = [k for k in CONFLI_SPAN_KEYS if k in raw]
        if present and len(present) < len(CONFLI_SPAN_KEYS):
            missing = sorted(set(CONFLI_SPAN_KEYS) - set(present))
            raise GoldFormatError(where, f"record {rid} has {', '.join(present)} but not {', '.join(missing)}")
        source, target, reciprocal = (_spans(where, k, raw[k]) if present else () for k in CONFLI_SPAN_KEYS)
        records.append(
            ConfliRecord(rid.strip(), text.strip(), pclass, source, target, reciprocal, bool(present))
        )
    _, repeated = _unique_ids([r.id for r in records])
    if repeated:
        raise GoldFormatError(str(p), f"repeated record ids: {', '.join(repeated[:5])}")
    notes = []
    if n_unclassed := sum(r.pentaclass is None for r in records):
        notes.append(f"{n_unclassed} record(s) without a pentaclass: scored for actor spans only")
    if n_bare := sum(not r.has_spans for r in records):
        notes.append(f"{n_bare} record(s) without actor spans: scored for the class only")
    return GoldSet(str(p), tuple(records), (), tuple(notes))


# ==================================================================================================
# ACLED events with their notes
# ==================================================================================================

#: ACLED sub-event type -> the CASE 2021 type that spells it (CASE task 2 took ACLED's scheme), which
#: CASE_TO_PLOVER then maps to PLOVER: one table for both sets. All 25 sub-event types of ACLED's
#: codebook (2019-2023) are listed.
ACLED_TO_CASE: dict[str, str] = {
    # Battles
    "Armed clash": "ARMED_CLASH",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    # Explosions/Remote violence
    "Chemical weapon": "CHEM_WEAP",
    "Air/drone strike": "AIR_STRIKE",
    "Suicide bomb": "SUIC_BOMB",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Grenade": "GRENADE",
    # Violence against civilians
    "Sexual violence": "SEX_VIOL",
    "Attack": "ATTACK",
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    # Protests
    "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    # Riots
    "Violent demonstration": "VIOL_DEMONSTR",
    "Mob violence": "MOB_VIOL",
    # Strategic developments
    "Agreement": "AGREEMENT",
    "Arrests": "ARREST",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Disrupted weapons use": "DISR_WEAP",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Other": "OTHER",
}
#: ACLED's six event types.
ACLED_EVENT_TYPES: tuple[str, ...] = (
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments",
)  # fmt: skip
#: The columns read from an ACLED export (it has many more).
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "notes",
)  # fmt: skip
#: Date spellings of ACLED exports: "09 May 2020" (the API, the website), "9-May-20" (spreadsheets), ISO.
_ACLED_DATE_FORMATS = ("%d %B %Y", "%d-%b-%y", "%d-%B-%Y", "%Y-%m-%d", "%d/%m/%Y")


def acled_plover(sub_event_type: str) -> str | None:
    """The PLOVER type of an ACLED sub-event type, through its CASE spelling; None where there is none."""
    case_type = ACLED_TO_CASE.get(sub_event_type.strip())
    return CASE_TO_PLOVER.get(case_type) if case_type is not None else None


def acled_date(value: str) -> str | None:
    """An ACLED date ("09 May 2020", "9-May-20", "2020-05-09") in ISO form, or None if unreadable."""
    v = value.strip()
    for fmt in _ACLED_DATE_FORMATS:
        try:
            return datetime.strptime(v, fmt).date().isoformat()
        except ValueError:
            continue
    return None


@dataclass(frozen=True, slots=True)
class AcledRecord:
    """One ACLED event: its notes (ACLED's own summary) and its types."""

    id: str
    #: ISO date (``2020-05-09``).
    date: str
    #: The ``notes`` column.
    text: str
    event_type: str
    sub_event_type: str
    #: Who acts, and who is acted upon ("" for one-sided events such as peaceful protests).
    actor1: str
    actor2: str
    country: str
    #: The PLOVER type the sub-event type maps to (:func:`acled_plover`); None where there is none.
    plover: str | None


def read_acled(path: str | Path = ACLED_NOTES) -> GoldSet[AcledRecord]:
    """ACLED events from a CSV export (``acled.csv``), identified by ``event_id_cnty``.

    Reads the columns in ``ACLED_COLUMNS`` (the others are ignored). Dates become ISO. Rows with empty
    notes are skipped (there is nothing to code). Sub-event types outside ``ACLED_TO_CASE`` map to None
    and are listed in the notes, as are event types outside the six of ACLED's codebook.
    """
    p = Path(path)
    text = _open_text(p)
    if not text.strip():
        raise GoldFormatError(str(p), "file is empty")
    rows = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in ACLED_COLUMNS if c not in (rows.fieldnames or ())]
    if missing:
        raise GoldFormatError(str(p), f"the header lacks the ACLED column(s) {', '.join(missing)}")
    records: list[AcledRecord] = []
    skipped: list[Skipped] = []
    unknown_sub: Counter[str] = Counter()
    unknown_type: Counter[str] = Counter()
    for row in rows:
        line = rows.line_num
        if None in row or any(row[c] is None for c in ACLED_COLUMNS):
            raise GoldFormatError(f"{p}:{line}", "the row does not have as many fields as the header")
        rid = row["event_id_cnty"].strip()
        if not rid:
            raise GoldFormatError(f"{p}:{line}", "empty event_id_cnty")
        iso = acled_date(row["event_date"])
        if iso is None:
            raise GoldFormatError(f"{p}:{line}", f"event {rid}: unreadable event_date {row['event_date']!r}")
        notes = " ".join(row["notes"].split())
        if not notes:
            skipped.append(Skipped(rid, "no notes"))
            continue
        sub, etype = row["sub_event_type"].strip(), row["event_type"].strip()
        if sub not in ACLED_TO_CASE:
            unknown_sub[sub] += 1
        if etype not in ACLED_EVENT_TYPES:
            unknown_type[etype] += 1
        records.append(
            AcledRecord(
                id=rid,
                date=iso,
                text=notes,
                event_type=etype,
                sub_event_type=sub,
                actor1=row["actor1"].strip(),
                actor2=row["actor2"].strip(),
                country=row["country"].strip(),
                plover=acled_plover(sub),
            )
        )
    if not records and not skipped:
        raise GoldFormatError(str(p), "no rows under the header")
    _, repeated = _unique_ids([r.id for r in records] + [s.id for s in skipped])
    if repeated:
        raise GoldFormatError(str(p), f"repeated event_id_cnty: {', '.join(repeated[:5])}")
    file_notes = [f"unknown sub-event type {t!r} x{n}, mapped to None" for t, n in sorted(unknown_sub.items())]
    file_notes += [f"unknown event type {t!r} x{n}" for t, n in sorted(unknown_type.items())]
    return GoldSet(str(p), tuple(records), tuple(skipped), tuple(file_notes))
