"""Typed records passed between the pipeline's stages.

Every record is a frozen, slotted dataclass. Stages are functions from records to records; only the
store and the readers touch the outside world.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any, Literal, TypeVar


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
        """One line to show a person: control characters from the input escaped (see ``printable``)."""
        from rashomon.errors import printable

        return printable(f"{self.input}: {self.message}")


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


# ---------------------------------------------------------------------------------------------- actors

ActorKind = Literal["country", "igo", "ngo", "group", "person", "organisation", "unknown"]


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor in CAMEO style: ``code`` = country (ISO 3166 alpha-3) + sector, or an IGO/group code.

    Examples: Actor("IRNGOV", "IRN", "GOV", "Iran", "country"); Actor("NATO", None, None, "NATO", "igo");
    Actor("AZEMIL", "AZE", "MIL", "Azerbaijan", "country"); a person resolves to the office they held on the date.
    """

    code: str
    country: str | None
    sector: str | None
    name: str
    kind: ActorKind = "country"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A stretch of text that denotes an actor, resolved or not (unresolved actors are kept and flagged)."""

    text: str
    start: int
    end: int
    actor: Actor | None
    #: A loaded label that still denotes an actor ("the Zionist regime", "the Ayatollah's regime").
    loaded: bool = False
    #: How it was resolved: exact, alias, demonym, capital, office, sector, fuzzy, unresolved.
    via: str = "exact"
    score: float = 1.0

    @property
    def resolved(self) -> bool:
        return self.actor is not None


# ---------------------------------------------------------------------------------------------- places


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention resolved offline: where it is, and what the gazetteer knows of it."""

    name: str  # the canonical name ("Nakhchivan", "Lachin corridor")
    start: int  # offsets of the mention in the text it was found in
    end: int
    lat: float
    lon: float
    country: str | None  # ISO 3166 alpha-3 of the country it lies in (None for seas, cross-border regions)
    feature: str = "city"  # city, admin, country, region, sea, mountain; a route's kind: corridor, road ...
    geonameid: int | None = None
    #: A route's (rashomon/data/routes.tsv) waypoints as (lat, lon), in order; lat/lon is then its middle.
    line: tuple[tuple[float, float], ...] | None = None


# ---------------------------------------------------------------------------------------------- events

Modality = Literal["asserted", "denied", "disputed", "hedged", "planned", "hypothetical", "asked"]
Holder = Literal["author", "speaker", "reader comment"]
#: an actor as the network and its exports key it: a code, or a row number of one
Code = TypeVar("Code", str, int)


@dataclass(frozen=True, slots=True)
class TimeRef:
    """When: ISO 8601 (possibly partial) with its precision, and the words it came from."""

    value: str | None  # "2020-11-10", "2021-08", "1994"; None when a relative date could not be resolved
    #: "week": the value is the week's Monday ("last week" in a text of Thursday 7 October 2021: 2021-09-27);
    #: "decade": the value is the decade's first year ("in the early 1990s": 1990)
    precision: Literal["day", "week", "month", "year", "decade", "publication", "relative"]
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event with its evidence: who did what to whom, when, where, according to whom."""

    document: str  # content hash of the document
    segment: int  # index of the segment in the document
    segment_kind: SegmentKind
    sentence_start: int  # the evidence sentence, as offsets into the document text
    sentence_end: int
    trigger_start: int
    trigger_end: int
    event: str  # PLOVER type
    cameo: str
    goldstein: float
    quad_class: int
    source: tuple[ActorMention, ...]
    target: tuple[ActorMention, ...]
    modality: Modality = "asserted"
    holder: Holder = "author"
    speaker: ActorMention | None = None
    mode: str | None = None
    context: tuple[str, ...] = ()
    date: TimeRef | None = None
    place: Place | None = None
    #: how sure the event model is that this is an event of this type, in [0, 1] (1 where the rules decide)
    confidence: float = 1.0

    @property
    def id(self) -> str:
        return f"{self.document[:16]}-{self.trigger_start}-{self.cameo}"


# --------------------------------------------------------------------------------------------- framing

#: The 14 technique labels of the PTC corpus (SemEval-2020 task 11), spelled as its label files spell them,
#: grouped by what they work on.
TECHNIQUES: tuple[str, ...] = (
    # words
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Exaggeration,Minimisation",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    # reasoning
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Whataboutism,Straw_Men,Red_Herring",
    # appeals
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Flag-Waving",
    "Bandwagon,Reductio_ad_hitlerum",
)


@dataclass(frozen=True, slots=True)
class ToneMention:
    """What one sentence says about one actor: a score in [-1, 1] from the words that bear on that actor
    (its predicate, its modifiers, what it does and what is done to it), not from the whole sentence.

    Offsets are into the document text (the NLP stage shifts a segment's offsets by the segment's start)."""

    segment: int  # index of the segment in the document
    segment_kind: SegmentKind
    actor: ActorMention  # the mention the tone is about (actor None: unresolved, kept with its text)
    sentence_start: int
    sentence_end: int
    score: float  # [-1, 1]
    cues: tuple[str, ...] = ()  # the words that gave the score ("butcher", "brutal", "not helped")
    #: who says it, when the words about the actor are a quoted or reported speaker's (None: the writer's own)
    speaker: ActorMention | None = None


@dataclass(frozen=True, slots=True)
class TechniqueSpan:
    """A span of loaded language or of a propaganda technique, with the actor it is aimed at when one is."""

    segment: int
    segment_kind: SegmentKind
    start: int  # offsets into the document text
    end: int
    text: str
    technique: str  # one of TECHNIQUES
    target: ActorMention | None = None
    cue: str = ""  # the lexicon entry or rule that found it (for inspection)
    score: float = 1.0  # confidence in [0, 1]


# ------------------------------------------------------------------------------------- cross-examination

#: How a statement stands toward its claim: asserted, hedged and planned statements assert it; denied and
#: disputed ones deny it; hypothetical and asked ones neither.
Stance = Literal["asserts", "denies", "other"]
ClaimStatus = Literal["corroborated", "single-source", "contested"]
ConflictKind = Literal["denial", "date", "figure", "place"]
Part = Literal["article", "comments"]


@dataclass(frozen=True, slots=True)
class Source:
    """A stored document as the examine stage sees it: who published it, and whose words it carries."""

    document: str  # content hash
    name: str
    outlet: str | None = None
    syndicated_from: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    title: str | None = None
    #: comment number -> the commenter's name, where the thread gives one
    commenters: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class EventRef:
    """A stored event, slimmed to what linking and claims need (codes, not mentions; its evidence text)."""

    id: int  # the event's row id in the store
    document: str  # content hash
    segment: int
    segment_kind: SegmentKind
    comment: int | None  # the comment number, for reader comments
    start: int  # the evidence sentence, as offsets into the document text
    end: int
    text: str  # the evidence sentence
    event: str  # PLOVER type
    cameo: str
    goldstein: float
    quad_class: int
    source: tuple[str, ...]  # resolved actor codes, in order (unresolved mentions are left out)
    target: tuple[str, ...]
    #: what linking compares actors by: the country of each code when it has one (IRNGOV ~ IRN), else the
    #: code itself (IGOs, groups)
    source_keys: tuple[str, ...] = ()
    target_keys: tuple[str, ...] = ()
    modality: Modality = "asserted"
    holder: Holder = "author"
    speaker: str | None = None  # the speaker's actor code
    speaker_text: str | None = None
    date: str | None = None
    precision: str | None = None  # day, month, year, publication, relative
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_country: str | None = None
    #: a route's waypoints, (lat, lon), when the place is a route (lat/lon is then its middle)
    place_line: tuple[tuple[float, float], ...] | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """One event mention in a claim: what a source says of the proposition, with its evidence."""

    event: int  # the event's row id
    document: str
    segment: int
    segment_kind: SegmentKind
    speaker: str | None  # code, or the speaker's text when unresolved; None: the author or a commenter
    modality: Modality
    stance: Stance
    text: str
    start: int
    end: int
    #: the independent source it counts for: "outlet:iranwire", "speaker:IRNGOV", "commenter:<doc>#12"
    origin: str
    #: False when it repeats a statement already counted (a quotation of the article, a syndicated copy,
    #: the same sentence in another document)
    independent: bool = True
    #: the row ids of other events of the same sentence, speaker and modality in this claim (one statement)
    also: tuple[int, ...] = ()


def dyads(sources: Sequence[Code], targets: Sequence[Code]) -> list[tuple[Code, Code]]:
    """The directed (source, target) ties of one event: each source with each target; an event with several
    sources and no target, a joint or reciprocal act ("talks between Armenia and Azerbaijan", "Turkey and
    Azerbaijan held a drill"), ties its sources to one another, each way. No actor is tied to itself."""
    src, tgt = list(dict.fromkeys(sources)), list(dict.fromkeys(targets))
    return [(s, t) for s in src for t in (tgt or src) if s != t]


def one_per_sentence(found: Sequence[Statement]) -> list[Statement]:
    """Statements of one sentence with the same speaker and modality as one: two events a sentence codes
    for one claim ("Armenia violated the ceasefire, hitting Ganja") are one thing its source says. The
    first event stands for the statement; the others are kept in ``also``."""
    out: list[Statement] = []
    at: dict[tuple[str, int, int, str | None, str], int] = {}
    for st in found:
        where = (st.document, st.start, st.end, st.speaker, st.modality)
        k = at.get(where)
        if k is None:
            at[where] = len(out)
            out.append(st)
        else:
            out[k] = replace(out[k], also=(*out[k].also, st.event, *st.also))
    return out


@dataclass(frozen=True, slots=True)
class Conflict:
    """Where the statements of one claim disagree: a denial, or a different date, figure or place."""

    kind: ConflictKind
    detail: dict[str, Any]  # JSON-ready: the two values, their kind
    event_a: int
    event_b: int


@dataclass(frozen=True, slots=True)
class Claim:
    """A proposition (source actor -> event type -> target actor, with date and place where given) and
    every statement the sources make about it."""

    claim: str  # stable id
    event: str  # PLOVER type (the most common among its statements)
    family: str  # the type family linking used
    source: str | None  # actor code (country level when statements differ in sector)
    target: str | None
    label: str  # "IRN supports ARM"
    date: str | None
    precision: str | None
    place: str | None
    lat: float | None
    lon: float | None
    place_country: str | None
    status: ClaimStatus
    statements: tuple[Statement, ...]
    conflicts: tuple[Conflict, ...] = ()
    goldstein: float | None = None
    quad_class: int | None = None
    #: the route's waypoints, (lat, lon), when the claim's place is a route
    place_line: tuple[tuple[float, float], ...] | None = None

    @property
    def documents(self) -> int:
        return len({s.document for s in self.statements})

    @property
    def asserting(self) -> frozenset[str]:
        """The independent sources asserting the claim."""
        return frozenset(s.origin for s in self.statements if s.stance == "asserts")

    @property
    def denying(self) -> frozenset[str]:
        """The independent sources denying or disputing it."""
        return frozenset(s.origin for s in self.statements if s.stance == "denies")


@dataclass(frozen=True, slots=True)
class Tone:
    """How one document (its article, or its reader comments) paints one actor: the mean of its tone
    mentions, with the strongest of them as evidence."""

    document: str
    part: Part
    actor: str  # actor code
    tone: float  # [-1, 1]
    mentions: int
    evidence: tuple[ToneMention, ...]
    #: "": everything the part says of the actor, its own words and the words of those it chooses to quote;
    #: "speaker:IRNGOV" (or "speaker:<name>" when unresolved): only what that quoted speaker says
    voice: str = ""
