"""Typed records passed between the pipeline's stages.

Every record is a frozen, slotted dataclass. Stages are functions from records to records; only the
store and the readers touch the outside world.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any, Literal


class SegmentKind(StrEnum):
    """What a stretch of a document's text is."""

    HEADLINE = "headline"
    STANDFIRST = "standfirst"  # the dek / summary line under or instead of a headline
    BYLINE = "byline"  # "By X", a name line under the headline or at the end
    DATELINE = "dateline"  # a publication date standing on its own line
    BODY = "body"
    HEADING = "heading"  # a section heading inside the article
    CAPTION = "caption"  # photo caption or image alt text
    AUTHOR_BIO = "author_bio"
    COMMENT = "comment"  # a reader's own words
    COMMENT_QUOTE = "comment_quote"  # text a reader quotes (from the article or another comment)
    TEASER = "teaser"  # related-article teasers
    DEBRIS = "debris"  # subscribe/donate boxes, forms, banners, share buttons


#: Segment kinds written by the article's author (and so attributed to its author and outlet).
ARTICLE_KINDS: frozenset[SegmentKind] = frozenset(
    {SegmentKind.HEADLINE, SegmentKind.STANDFIRST, SegmentKind.BODY, SegmentKind.HEADING, SegmentKind.CAPTION}
)
#: Segment kinds written by readers: never the article's author's or outlet's.
COMMENT_KINDS: frozenset[SegmentKind] = frozenset({SegmentKind.COMMENT, SegmentKind.COMMENT_QUOTE})
#: Segment kinds that later stages analyse. Debris, teasers, bylines and quoted text are never analysed.
ANALYSED_KINDS: frozenset[SegmentKind] = frozenset(
    {SegmentKind.HEADLINE, SegmentKind.STANDFIRST, SegmentKind.BODY, SegmentKind.CAPTION, SegmentKind.COMMENT}
)

DatePrecision = Literal["datetime", "day", "month", "year"]
Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Segment:
    """A typed stretch ``text[start:end]`` of a stored document."""

    kind: SegmentKind
    start: int
    end: int
    #: For reader comments: the number (from 1) of the comment this segment belongs to.
    comment: int | None = None
    #: For quoted text: the (start, end) of the stretch of the same document it reproduces, if found.
    quotes: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"segment offsets out of order: {self.start}..{self.end}")

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": str(self.kind), "start": self.start, "end": self.end}
        if self.comment is not None:
            out["comment"] = self.comment
        if self.quotes is not None:
            out["quotes"] = list(self.quotes)
        return out


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input: an error (input skipped) or a warning (input used)."""

    input: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.input}: {self.message}"


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What a reader found in an input, before metadata and segmentation.

    Exactly one of ``text`` and ``html`` is set. Metadata fields hold what the input itself declared
    (a JSONL field, a feed entry, a WARC header); the document stage fills the gaps from the text.
    """

    name: str
    reader: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    outlet: str | None = None
    #: When the input was captured (a WARC record's date), ISO 8601; not the publication date.
    retrieved: str | None = None
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if (self.text is None) == (self.html is None):
            raise ValueError("a RawDocument has exactly one of text and html")


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """An ISO 8601 date (or date-time) with how precise it is."""

    value: str
    precision: DatePrecision


@dataclass(frozen=True, slots=True)
class Document:
    """A stored article: its normalised text, metadata and typed segments."""

    content_hash: str
    name: str
    reader: str
    text: str
    segments: tuple[Segment, ...]
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: PublishedDate | None = None
    outlet: str | None = None
    syndicated_from: str | None = None
    url: str | None = None
    retrieved: str | None = None
    language: str | None = None
    #: False when later stages must skip this document (e.g. not English); ``skip_reason`` says why.
    analysable: bool = True
    skip_reason: str | None = None
    warnings: tuple[str, ...] = field(default=())

    def segment_text(self, segment: Segment) -> str:
        return self.text[segment.start : segment.end]

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["segments"] = [s.as_dict() for s in self.segments]
        out["authors"] = list(self.authors)
        out["warnings"] = list(self.warnings)
        return out
