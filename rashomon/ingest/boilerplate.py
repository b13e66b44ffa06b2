"""A site's boilerplate, learnt from a batch: paragraphs that recur on many pages of one site are debris.

One page cannot tell its site's furniture ("Sign up for our morning briefing", a standing disclaimer, a
newsletter box trafilatura kept) from its article; a batch holding several pages of the same site can: a
paragraph written the same way on most of them is not what any one of them reports.

Pure: documents in, documents out, after the document stage and before the NLP stage (the runner calls
:func:`site_boilerplate` on the documents a run stored). A paragraph is boilerplate when, among the
batch's documents of its site, it recurs (same words, case and punctuation aside) in at least
``MIN_PAGES`` of them and in at least ``MIN_SHARE`` of them. A story's pages often quote the same
statement, so a recurring paragraph must recur on most of the site's pages, not a few: a batch of four pages
of one site needs three of them; a quotation two of its pages share stays article text.

Two guards keep article text from being taken for furniture. Versions of one story (an update, a copy
saved twice: pages with the same headline, or without one the same longest line) count as one page, so a story stored three times
does not make its own paragraphs boilerplate. And only lines of at most ``MAX_WORDS`` words can be
boilerplate: furniture is short, while a long paragraph that recurs (a wire service's standing background on
a conflict) is still reporting.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from rashomon.ingest.pagemeta import domain_label, squash
from rashomon.ingest.segment import norm
from rashomon.records import ANALYSED_KINDS, Document, Segment, SegmentKind

MIN_PAGES = 3
MIN_SHARE = 0.5
#: the longest line that may be boilerplate, in words
MAX_WORDS = 40
#: Kinds a site's boilerplate may hide in (bylines, datelines and debris are not analysed anyway).
_CANDIDATE_KINDS = frozenset(
    ANALYSED_KINDS | {SegmentKind.HEADING, SegmentKind.TEASER, SegmentKind.AUTHOR_BIO}
)
SKIP_REASON = "no article or comment text once the site's boilerplate is set aside"


def site_key(doc: Document) -> str | None:
    """Which site a document comes from: its address's domain, else its declared outlet; None if unknown."""
    return domain_label(doc.url) or (squash(doc.outlet) if doc.outlet and squash(doc.outlet) else None)


def _lines(doc: Document, seg: Segment) -> Iterator[tuple[int, int, str]]:
    """(start, end, comparison form) of each non-blank line of a segment."""
    pos = seg.start
    for raw in doc.text[seg.start : seg.end].split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        form = norm(raw)
        if form:
            lead = len(raw) - len(raw.lstrip())
            yield start + lead, start + len(raw.rstrip()), form


def _all_forms(doc: Document) -> set[str]:
    return {f for s in doc.segments if s.kind in _CANDIDATE_KINDS for _, _, f in _lines(doc, s)}


def _short(forms: Iterable[str]) -> set[str]:
    """Those of ``forms`` that may be boilerplate: lines of at most MAX_WORDS words."""
    return {f for f in forms if len(f.split()) <= MAX_WORDS}


def _story(doc: Document, forms: set[str]) -> str:
    """What tells a story's versions apart from other pages: its headline, else its longest line (of its
    ``forms``), else its text."""
    if doc.title and norm(doc.title):
        return norm(doc.title)
    return max(forms, key=lambda f: (len(f), f), default=doc.text)


def recurring_lines(
    docs: Iterable[Document], min_pages: int = MIN_PAGES, min_share: float = MIN_SHARE
) -> dict[str, set[str]]:
    """Per site key, the comparison forms of the lines that recur on enough of its pages (``docs`` is read
    once: a runner may stream them from its store)."""
    by_story: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for doc in docs:
        key = site_key(doc)
        if key:
            # versions of one story (same headline, else same longest line) count as one page, with the
            # lines of all of them
            forms = _all_forms(doc)
            by_story[key].setdefault(_story(doc, forms), set()).update(_short(forms))
    out: dict[str, set[str]] = {}
    for key, stories in by_story.items():
        pages = list(stories.values())
        need = max(min_pages, math.ceil(min_share * len(pages)))
        if len(pages) < need:
            continue
        counts = Counter(f for forms in pages for f in forms)
        found = {f for f, n in counts.items() if n >= need}
        if found:
            out[key] = found
    return out


def _resegment(doc: Document, boiler: set[str]) -> tuple[Segment, ...]:
    """The document's segments with its boilerplate lines cut out of them as debris."""
    out: list[Segment] = []

    def add(kind: SegmentKind, start: int, end: int, seg: Segment) -> None:
        last = out[-1] if out else None
        if last is not None and last.kind is kind is SegmentKind.DEBRIS and last.comment == seg.comment:
            out[-1] = Segment(kind, last.start, end, seg.comment)
        else:
            out.append(Segment(kind, start, end, seg.comment, seg.quotes if kind is seg.kind else None))

    for seg in doc.segments:
        if seg.kind not in _CANDIDATE_KINDS:
            add(seg.kind, seg.start, seg.end, seg)
            continue
        lines = list(_lines(doc, seg))
        if not any(f in boiler for _, _, f in lines):
            add(seg.kind, seg.start, seg.end, seg)
            continue
        run_start: int | None = None
        run_end = seg.start
        for start, end, form in lines:
            if form in boiler:
                if run_start is not None:
                    add(seg.kind, run_start, run_end, seg)
                    run_start = None
                add(SegmentKind.DEBRIS, start, end, seg)
            else:
                run_start = start if run_start is None else run_start
                run_end = end
        if run_start is not None:
            add(seg.kind, run_start, run_end, seg)
    return tuple(out)


def set_aside(doc: Document, learnt: dict[str, set[str]]) -> Document:
    """``doc`` with the lines its site repeats (``learnt`` by :func:`recurring_lines`) marked as debris; the
    same object when nothing changes. A document left with nothing to analyse is not analysable."""
    boiler = learnt.get(site_key(doc) or "", set())
    if not boiler or not (_all_forms(doc) & boiler):
        return doc
    segments = _resegment(doc, boiler)
    analysed = any(s.kind in ANALYSED_KINDS and doc.text[s.start : s.end].strip() for s in segments)
    return replace(
        doc,
        segments=segments,
        analysable=doc.analysable and analysed,
        skip_reason=doc.skip_reason or (None if analysed else SKIP_REASON),
    )


def site_boilerplate(
    docs: Sequence[Document], min_pages: int = MIN_PAGES, min_share: float = MIN_SHARE
) -> list[Document]:
    """The batch's documents with the lines their site repeats across it marked as debris."""
    learnt = recurring_lines(docs, min_pages, min_share)
    return [set_aside(doc, learnt) for doc in docs]
