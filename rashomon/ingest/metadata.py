"""Document metadata from the text itself: title, authors, publication date, outlet, syndication."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rashomon.ingest.dates import parse_any_date, parse_date_line
from rashomon.ingest.segment import byline_names, is_name_line, near_duplicate, syndicated_outlet
from rashomon.records import PublishedDate, Segment, SegmentKind

_SITE_CUES = (
    re.compile(r"switch to (?P<site>[\w .&'’-]{2,40}?) (?:light|lite)\b", re.I),
    re.compile(r"^(?i:contribute|subscribe|donate) to (?P<site>[A-Z][\w .&'’-]{1,40})$"),
    re.compile(r"(?i:investing in) (?P<site>[A-Z][\w .&'’-]{1,40}?)[.!]"),
    re.compile(
        r"^(?:©|copyright)\s*(?:\d{4}\s*)?(?P<site>[A-Z][\w .&'’-]{1,40}?)(?:[.,]|\s+all rights|$)", re.I
    ),
)


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None
    authors: tuple[str, ...]
    published: PublishedDate | None
    outlet: str | None
    syndicated_from: str | None


def clean_title(title: str) -> str:
    """One copy of a title a page wrote twice ("Headline Headline" or "Headline | Headline")."""
    t = " ".join(title.split())
    for sep in (" | ", " - ", " – ", " "):
        parts = t.split(sep)
        if len(parts) % 2 == 0:
            half = len(parts) // 2
            first, second = sep.join(parts[:half]), sep.join(parts[half:])
            if first and near_duplicate(first, second):
                return first
    return t


def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s$", "", name.strip(" .,;:")).strip()


def site_name(text: str, segments: tuple[Segment, ...]) -> str | None:
    """The site's own name where its page furniture says it ("Switch to Iranwire Light", "Contribute to X")."""
    for seg in segments:
        if seg.kind is not SegmentKind.DEBRIS:
            continue
        for line in text[seg.start : seg.end].splitlines():
            for cue in _SITE_CUES:
                m = cue.search(line.strip())
                if m and m["site"][:1].isupper():
                    return _strip_possessive(m["site"]) or None
    return None


def extract_metadata(
    text: str,
    segments: tuple[Segment, ...],
    *,
    title: str | None = None,
    authors: tuple[str, ...] = (),
    published: str | None = None,
    outlet: str | None = None,
) -> Metadata:
    """Fill what the input did not declare from the document's own segments."""
    if not title:
        headline = next((s for s in segments if s.kind is SegmentKind.HEADLINE), None)
        title = text[headline.start : headline.end] if headline else None
    title = clean_title(title) if title else None

    names: list[str] = list(authors)
    syndicated: str | None = None
    date: PublishedDate | None = parse_any_date(published) if published else None
    for seg in segments:
        chunk = text[seg.start : seg.end]
        if seg.comment is not None:
            continue  # a commenter's name line is never the article's author
        if seg.kind is SegmentKind.BYLINE:
            for line in chunk.splitlines():
                syndicated = syndicated or syndicated_outlet(line)
                if not authors:
                    found = byline_names(line) or ([line.strip()] if is_name_line(line) else [])
                    names.extend(n for n in found if n not in names)
        elif seg.kind is SegmentKind.DATELINE and date is None:
            date = parse_date_line(chunk)
    if syndicated is None:
        for seg in segments:
            if seg.kind in (SegmentKind.STANDFIRST, SegmentKind.AUTHOR_BIO, SegmentKind.DEBRIS):
                syndicated = syndicated_outlet(text[seg.start : seg.end])
                if syndicated:
                    break
    return Metadata(
        title=title,
        authors=tuple(names),
        published=date,
        # the outlet: declared, else the site's own name on its page, else the outlet a credit line names
        outlet=outlet or site_name(text, segments) or syndicated,
        syndicated_from=syndicated,
    )
