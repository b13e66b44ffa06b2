"""GENEVA's event-argument windows (OneIE JSON lines), read for training scripts; not scored.

GENEVA (Parekh et al., ACL 2023) annotates FrameNet-derived sentences with 115 event types and their
argument roles. Each line of its files is one window (``wnd_id``): the sentence, its tokens, the entity
mentions (token spans) and the event mentions (a type, a trigger span, and arguments that point to an
entity mention by ``entity_id`` and give it a role). Token spans are half-open ``[start, end)``.

The low-resource training file repeats windows of the validation and test files, so windows are kept
once, by ``wnd_id``, across all the files read (the repeats are listed in ``skipped``). Use
:func:`rashomon.evaluate.split.select` with the set name ``geneva`` for a fixed train/validation split.

:data:`GENEVA_ROLE_PAIRS` names, for the event types that have a doer and a done-to, the roles that are
a PLOVER source and target.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rashomon.evaluate.gold import GOLD_DIR, GoldFormatError, GoldSet, Skipped, jsonl_objects

GENEVA_DIR = GOLD_DIR / "geneva"
#: The GENEVA files of gold-dev, in the order they are read (so the validation and test copies of a
#: repeated window are the ones kept).
GENEVA_FILES: tuple[Path, ...] = (
    GENEVA_DIR / "val.json",
    GENEVA_DIR / "test.json",
    GENEVA_DIR / "lr_lr1200_train-s160.json",
)

#: Event type -> (source roles, target roles), as the role names are spelled in the data. The GENEVA
#: readme's "Giving/Supply (Donor or Supplier / Recipient)": Giving calls the giver ``Offerer``, Supply
#: ``Supplier``; ``Donor`` is the giver of Receiving. Hostile_encounter also has a joint ``Sides`` role
#: (both sides in one mention), which is neither.
GENEVA_ROLE_PAIRS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Arrest": (("Authorities",), ("Suspect",)),
    "Attack": (("Assailant",), ("Victim",)),
    "Giving": (("Offerer",), ("Recipient",)),
    "Hostile_encounter": (("Side_1",), ("Side_2",)),
    "Judgment_communication": (("Communicator",), ("Evaluee",)),
    "Receiving": (("Donor",), ("Recipient",)),
    "Request": (("Speaker",), ("Addressee",)),
    "Supply": (("Supplier",), ("Recipient",)),
}


def geneva_role_pairs() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """A copy of :data:`GENEVA_ROLE_PAIRS`: event type -> (source roles, target roles)."""
    return dict(GENEVA_ROLE_PAIRS)


@dataclass(frozen=True, slots=True)
class GenevaSpan:
    """Tokens ``tokens[start:end]`` of a window, and their text as the file gives it."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class GenevaArgument:
    role: str
    span: GenevaSpan


@dataclass(frozen=True, slots=True)
class GenevaEvent:
    type: str
    trigger: GenevaSpan
    arguments: tuple[GenevaArgument, ...]

    def sides(self) -> tuple[tuple[GenevaArgument, ...], tuple[GenevaArgument, ...]] | None:
        """(source arguments, target arguments) by :data:`GENEVA_ROLE_PAIRS`; None for other types."""
        pair = GENEVA_ROLE_PAIRS.get(self.type)
        if pair is None:
            return None
        return (
            tuple(a for a in self.arguments if a.role in pair[0]),
            tuple(a for a in self.arguments if a.role in pair[1]),
        )


@dataclass(frozen=True, slots=True)
class GenevaRecord:
    """One window: a sentence, its tokens and its event mentions."""

    id: str  # the wnd_id
    doc_id: str
    sentence: str
    tokens: tuple[str, ...]
    events: tuple[GenevaEvent, ...]
    #: The file the window was read from.
    source_file: str


def _span(where: str, obj: Any, n_tokens: int, what: str) -> GenevaSpan:
    if not isinstance(obj, dict):
        raise GoldFormatError(where, f"{what} is not an object")
    start, end = obj.get("start"), obj.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= n_tokens):
        raise GoldFormatError(where, f"{what} has no token span within the {n_tokens} tokens: {obj!r:.80}")
    return GenevaSpan(start, end, str(obj.get("text") or ""))


def _window(where: str, raw: dict[str, Any], source_file: str) -> GenevaRecord:
    wid, sentence, tokens = raw.get("wnd_id"), raw.get("sentence"), raw.get("tokens")
    if not isinstance(wid, str) or not wid:
        raise GoldFormatError(where, "no string wnd_id")
    if (
        not isinstance(sentence, str)
        or not isinstance(tokens, list)
        or not all(isinstance(t, str) for t in tokens)
    ):
        raise GoldFormatError(where, f"window {wid}: no sentence or no token list")
    entities = {}
    for e in raw.get("entity_mentions") or []:
        if not isinstance(e, dict) or not isinstance(e.get("id"), str):
            raise GoldFormatError(where, f"window {wid}: an entity mention has no id")
        entities[e["id"]] = _span(where, e, len(tokens), f"window {wid}: entity {e['id']}")
    events = []
    for k, ev in enumerate(raw.get("event_mentions") or []):
        if not isinstance(ev, dict) or not isinstance(ev.get("event_type"), str):
            raise GoldFormatError(where, f"window {wid}: event mention {k} has no event_type")
        trigger = _span(where, ev.get("trigger"), len(tokens), f"window {wid}: the trigger of event {k}")
        arguments = []
        for a in ev.get("arguments") or []:
            if not isinstance(a, dict) or not isinstance(a.get("role"), str):
                raise GoldFormatError(where, f"window {wid}: an argument of event {k} has no role")
            if a.get("entity_id") not in entities:
                raise GoldFormatError(
                    where,
                    f"window {wid}: argument {a['role']} of event {k} names no entity mention of the window",
                )
            arguments.append(GenevaArgument(a["role"], entities[a["entity_id"]]))
        events.append(GenevaEvent(ev["event_type"], trigger, tuple(arguments)))
    return GenevaRecord(
        wid, str(raw.get("doc_id") or ""), sentence, tuple(tokens), tuple(events), source_file
    )


def read_geneva(paths: str | Path | Iterable[str | Path] = GENEVA_FILES) -> GoldSet[GenevaRecord]:
    """GENEVA windows from one file or several (default: the three gold-dev files), each window once.

    A window whose ``wnd_id`` was already read is skipped (``skipped`` names the file that had it
    first); a repeat whose content differs from the first copy is also listed in ``notes``. A malformed
    line raises :class:`GoldFormatError` naming ``file:line``.
    """
    files = [Path(paths)] if isinstance(paths, (str, Path)) else [Path(p) for p in paths]
    if not files:
        raise ValueError("read_geneva: no files given")
    records: dict[str, GenevaRecord] = {}
    raw_first: dict[str, dict[str, Any]] = {}
    skipped: list[Skipped] = []
    notes: list[str] = []
    for p in files:
        for n, raw in jsonl_objects(p):
            rec = _window(f"{p}:{n}", raw, str(p))
            first = records.get(rec.id)
            if first is None:
                records[rec.id] = rec
                raw_first[rec.id] = raw
                continue
            skipped.append(Skipped(rec.id, f"repeated window, kept from {first.source_file}"))
            if raw != raw_first[rec.id]:
                notes.append(f"window {rec.id} differs between {first.source_file} and {p}; the first kept")
    if skipped:
        notes.insert(0, f"{len(skipped)} repeated window(s) read once")
    return GoldSet(", ".join(map(str, files)), tuple(records.values()), tuple(skipped), tuple(notes))
