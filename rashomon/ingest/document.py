"""The document stage: a reader's RawDocument -> a Document with normalised text, segments and metadata."""

from __future__ import annotations

from rashomon.errors import InputError
from rashomon.ingest.extract import Extracted, extract_html
from rashomon.ingest.flat import flat_text
from rashomon.ingest.language import SAMPLE, detect_language
from rashomon.ingest.metadata import extract_metadata
from rashomon.ingest.normalise import content_hash, normalise_text
from rashomon.ingest.segment import Hints, segment
from rashomon.records import ANALYSED_KINDS, Document, RawDocument, Segment, SegmentKind
from rashomon.settings import Options


def _extract(raw: RawDocument) -> Extracted:
    """The page's article; for a page the HTML parser keeps nothing of (nested deeper than its limit), the
    page's text read without a tree, with a warning; an InputError when there is no text either way."""
    assert raw.html is not None
    try:
        return extract_html(raw.html, raw.name, raw.url)
    except (InputError, RecursionError) as exc:
        text, depth = flat_text(raw.html)
        if not text:
            if isinstance(exc, InputError):
                raise
            raise InputError(raw.name, "HTML is nested too deeply to extract, and holds no text outside its tags") from None
        why = (f"its elements nest {depth:,} deep, deeper than the HTML parser reads" if depth > 255
               else "the HTML parser found no text in it")  # fmt: skip
        return Extracted(text=text, title=None, authors=(), date=None, sitename=None, comments_start=None,
                         warnings=(f"{why}; kept all the page's text (no article, comments or metadata told apart)",))  # fmt: skip


def _analysed_start(text: str, segments: tuple[Segment, ...]) -> str:
    """The start of the text the NLP stage reads (article and comments), as much as language detection
    looks at: not a copy of the whole of a huge document."""
    parts: list[str] = []
    size = 0
    for s in segments:
        if s.kind in ANALYSED_KINDS:
            parts.append(text[s.start : s.end])
            size += s.end - s.start + 1
            if size > SAMPLE:
                break
    return "\n".join(parts)


def build_document(raw: RawDocument, options: Options | None = None) -> Document:
    """Pure: no I/O. Raises InputError when the input holds no usable text."""
    options = options or Options()
    warnings = list(raw.warnings)
    declared_title, declared_authors = raw.title, raw.authors
    declared_date, declared_outlet = raw.published, raw.outlet
    if raw.html is not None:
        extracted = _extract(raw)
        warnings.extend(extracted.warnings)
        text = extracted.text
        # a page's comments are what its comment container holds: none there, none guessed from the text
        comments_start = extracted.comments_start if extracted.comments_start is not None else len(text)
        hints = Hints(title=declared_title or extracted.title, comments_start=comments_start)
        declared_title = declared_title or extracted.title
        declared_authors = declared_authors or extracted.authors
        declared_date = declared_date or extracted.date
        declared_outlet = declared_outlet or extracted.sitename
    else:
        text = normalise_text(raw.text or "")
        if declared_title and declared_title.casefold() not in text[:1000].casefold():
            text = f"{normalise_text(declared_title)}\n\n{text}"
        hints = Hints(title=declared_title)
    if not text or text.isspace():  # (not text.strip(): a copy of a text that may be huge)
        raise InputError(raw.name, "holds no text")

    segments = segment(text, hints)
    meta = extract_metadata(
        text,
        segments,
        title=declared_title,
        authors=declared_authors,
        published=declared_date,
        outlet=declared_outlet,
    )
    analysed = _analysed_start(text, segments)
    language, _confidence = detect_language(analysed or text)
    analysable, skip_reason = True, None
    if not analysed.strip():
        analysable, skip_reason = False, "no article or comment text (only headline, credits or page debris)"
    elif language is not None and language not in options.languages:
        analysable = False
        skip_reason = f"language is {language!r}, analysis covers {', '.join(options.languages)}"
    return Document(
        content_hash=content_hash(text),
        name=raw.name,
        reader=raw.reader,
        text=text,
        segments=segments,
        title=meta.title,
        authors=meta.authors,
        published=meta.published,
        outlet=meta.outlet,
        syndicated_from=meta.syndicated_from,
        url=raw.url,
        retrieved=raw.retrieved,
        language=language,
        analysable=analysable,
        skip_reason=skip_reason,
        warnings=tuple(warnings),
    )


#: The segments that make an article's body as extraction benchmarks count it (no headline, bylines,
#: captions, comments or page furniture).
BODY_KINDS = frozenset({SegmentKind.STANDFIRST, SegmentKind.BODY, SegmentKind.HEADING})


def article_text(doc: Document) -> str:
    """The article's body: its body, heading and standfirst segments, one paragraph block each."""
    return "\n\n".join(doc.text[s.start : s.end] for s in doc.segments if s.kind in BODY_KINDS)
