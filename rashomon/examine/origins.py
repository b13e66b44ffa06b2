"""Who a statement's word is: the independent source it counts for, and whether it only repeats another.

A narrated statement is its outlet's (the original outlet for a syndicated or cross-posted piece, so the
copy and the original count once), else its author's; a quoted or reported statement is its speaker's (the
same ministry quoted by two outlets counts once; a speaker left unresolved, within its document only); a
reader's is that commenter's. A statement repeating one
already counted — the same sentence in another document (a wire story re-published, a quotation passed
around), or a commenter quoting the article below which they write — is kept as evidence but is not
independent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from rashomon.records import EventRef, Modality, Source, Stance, Statement, one_per_sentence

#: modality -> how the statement stands toward the proposition
STANCES: dict[str, Stance] = {
    "asserted": "asserts",
    "hedged": "asserts",
    "planned": "asserts",
    "denied": "denies",
    "disputed": "denies",
    "hypothetical": "other",
    "asked": "other",
}
#: Sentences shorter than this many words are too common to call one a copy of another.
MIN_COPY_WORDS = 6

_NON_WORD = re.compile(r"[\W_]+")


def name_key(name: str) -> str:
    """An outlet's or person's name for comparison: "The Cradle" ~ "the cradle" ~ "thecradle.co"."""
    key = name.strip().lower()
    key = re.sub(r"^(https?://)?(www\.)?", "", key)
    key = re.sub(r"\.(com|org|net|co|ir|az|am|il|ru|tr)(/.*)?$", "", key)
    key = _NON_WORD.sub("", key)
    if key.startswith("the") and len(key) > 6:
        key = key[3:]  # "The Cradle" ~ "thecradle.co"
    return key or name.strip().lower()


def origin(ev: EventRef, source: Source | None) -> str:
    """The independent source a statement counts for (see the module's docstring)."""
    if ev.holder == "speaker":
        if ev.speaker:
            return f"speaker:{ev.speaker}"
        # an unresolved speaker ("she", "the ministry") is only known to be the same within one document
        return f"speaker:{name_key(ev.speaker_text or '?')}@{ev.document[:12]}"
    if ev.holder == "reader comment":
        names = dict(source.commenters) if source is not None else {}
        name = names.get(ev.comment) if ev.comment is not None else None
        if name:
            return f"commenter:{name_key(name)}"
        return f"commenter:{ev.document[:12]}#{ev.comment if ev.comment is not None else '?'}"
    if source is not None:
        return source_origin(source)[0]
    return f"document:{ev.document[:12]}"


def source_origin(src: Source) -> tuple[str, str]:
    """(key, display name) of the source a document's own words belong to: its outlet (the original
    outlet for a syndicated or cross-posted piece), else its first author, else the document itself."""
    root = src.syndicated_from or src.outlet
    if root:
        return f"outlet:{name_key(root)}", root
    if src.authors:
        return f"author:{name_key(src.authors[0])}", src.authors[0]
    return f"document:{src.document[:12]}", src.title or src.name


@lru_cache(maxsize=1 << 16)
def normalised(text: str) -> str:
    """The words of a sentence, lower-cased, without punctuation or quotation marks."""
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


def copy_key(ev: EventRef) -> str | None:
    """The words a copy of the event's sentence would repeat (None when too short to call a copy)."""
    text = normalised(ev.text)
    return text if len(text.split()) >= MIN_COPY_WORDS else None


def statements(events: Sequence[EventRef], sources: Mapping[str, Source]) -> list[Statement]:
    """The events of one claim as statements, in publication order, copies marked not independent."""

    def order(ev: EventRef) -> tuple[str, str, int]:
        src = sources.get(ev.document)
        return ((src.published or "9999") if src else "9999", ev.document, ev.start)

    out: list[Statement] = []
    first_said: dict[str, str] = {}  # normalised sentence -> origin of its first statement
    by_document: dict[str, list[tuple[str, str, bool]]] = {}  # document -> (text, origin, is comment)
    seen_events: set[int] = set()
    for ev in sorted(events, key=order):
        if ev.id in seen_events:
            continue
        seen_events.add(ev.id)
        own = origin(ev, sources.get(ev.document))
        text = normalised(ev.text)
        is_comment = ev.holder == "reader comment"
        copied_from: str | None = None
        if len(text.split()) >= MIN_COPY_WORDS:
            if text in first_said:
                copied_from = first_said[text]
            elif is_comment:
                # a commenter quoting the article they comment on
                for other, other_origin, other_is_comment in by_document.get(ev.document, ()):
                    if not other_is_comment and (other in text or text in other):
                        copied_from = other_origin
                        break
            first_said.setdefault(text, own)
        by_document.setdefault(ev.document, []).append((text, own, is_comment))
        modality: Modality = ev.modality
        out.append(
            Statement(
                event=ev.id,
                document=ev.document,
                segment=ev.segment,
                segment_kind=ev.segment_kind,
                speaker=ev.speaker or ev.speaker_text,
                modality=modality,
                stance=STANCES.get(modality, "other"),
                text=ev.text,
                start=ev.start,
                end=ev.end,
                origin=copied_from or own,
                independent=copied_from is None,
            )
        )
    return one_per_sentence(out)
