"""Segmentation on the five real caucasus articles and on hand-built pages."""

from __future__ import annotations

import hashlib

from rashomon.ingest.document import build_document
from rashomon.ingest.segment import Hints, near_duplicate, segment
from rashomon.records import RawDocument, SegmentKind

K = SegmentKind


def _doc(path):
    return build_document(RawDocument(name=path.name, reader="text", text=path.read_text(encoding="utf-8")))


def _texts(doc, kind):
    return [doc.text[s.start : s.end] for s in doc.segments if s.kind is kind]


def _sha(text: str) -> str:
    """A short digest of ``text``: the corpus tests check the articles' words by it, not by quoting them."""
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def _has(text: str, opening: str, length: int, digest: str) -> bool:
    """Whether ``text`` holds ``length`` characters that begin with ``opening`` and have ``digest``."""
    i = text.find(opening)
    while i >= 0:
        if _sha(text[i : i + length]) == digest:
            return True
        i = text.find(opening, i + 1)
    return False


def test_segments_cover_every_line_in_order_without_overlap(corpus_dir):
    for path in sorted(corpus_dir.glob("*.txt")):
        doc = _doc(path)
        ends = 0
        for s in doc.segments:
            assert s.start >= ends, f"{path.name}: overlapping segments"
            assert doc.text[ends : s.start].strip() == "", f"{path.name}: text left outside segments"
            ends = s.end
        assert doc.text[ends:].strip() == ""


def test_001_article_ends_where_the_comment_thread_starts(corpus_file):
    doc = _doc(corpus_file("001"))
    kinds = [s.kind for s in doc.segments]
    first_comment = next(i for i, k in enumerate(kinds) if k in (K.COMMENT, K.COMMENT_QUOTE))
    # nothing of the article after the thread starts, nothing of the thread before it
    assert all(k in (K.COMMENT, K.COMMENT_QUOTE, K.BYLINE, K.DEBRIS) for k in kinds[first_comment:])
    assert all(k not in (K.COMMENT, K.COMMENT_QUOTE) for k in kinds[:first_comment])
    last_body = _texts(doc, K.BODY)[-1]
    assert (
        last_body.rstrip().endswith("the losers will be everyone else.")
        or "neither Moscow nor Beijing" in last_body
    )
    first = doc.segments[first_comment]
    assert first.kind is K.COMMENT_QUOTE
    # the quote opens with the article's sentence on Baku blaming Tehran for backing Armenia (with its “)
    quote = doc.text[first.start : first.end]
    assert quote.startswith("“Baku accuses Tehran of") and _sha(quote[:51]) == "0c62b5b31a0d"


def test_001_comment_quotes_point_back_at_the_article_text(corpus_file):
    doc = _doc(corpus_file("001"))
    quotes = [s for s in doc.segments if s.kind is K.COMMENT_QUOTE]
    assert len(quotes) >= 20
    first = quotes[0]
    assert first.quotes is not None
    qs, qe = first.quotes
    # the article's words on Baku blaming Tehran for backing Armenia, found in the span the quote points at
    assert _has(doc.text[qs:qe], "Baku accuses Tehran of", 49, "42eedfbec425")
    article_end = min(s.start for s in doc.segments if s.kind in (K.COMMENT, K.COMMENT_QUOTE))
    assert qe <= article_end, "the first quote reproduces the article, which precedes the thread"


def test_001_comments_are_numbered_and_the_denial_is_a_readers(corpus_file):
    doc = _doc(corpus_file("001"))
    numbers = [s.comment for s in doc.segments if s.kind in (K.COMMENT, K.COMMENT_QUOTE)]
    assert all(n is not None for n in numbers)
    assert numbers == sorted(numbers), "comments are numbered in order"
    assert max(numbers) >= 25
    # the reader's comment saying Iran gave Armenia no help in the Karabakh war; it opens by dismissing Baku
    denial = next(t for t in _texts(doc, K.COMMENT) if _has(t, "Iran did not support", 48, "05250b580bb0"))
    assert denial.startswith("This is just more") and _sha(denial[:37]) == "2d4b6ca5101d"


def test_headers_bylines_and_debris(corpus_file):
    d002 = _doc(corpus_file("002"))
    assert _texts(d002, K.DEBRIS)[0].startswith("close button")
    assert _texts(d002, K.DATELINE) == ["October 4, 2020"]
    assert _texts(d002, K.BYLINE) == ["Faramarz Davar"]
    assert len(_texts(d002, K.CAPTION)) == 2
    teaser = _texts(d002, K.TEASER)
    assert teaser and "Ebrahim Ramezani" in teaser[-1], "the related-article card at the end is a teaser"
    assert not any("Ebrahim Ramezani" in t for t in _texts(d002, K.BODY))

    d003 = _doc(corpus_file("003"))
    assert len(_texts(d003, K.HEADLINE)) == 1, "the page's repeated headline is kept once"
    assert _texts(d003, K.BYLINE) == ["Hazem Zahab"]
    debris = " ".join(_texts(d003, K.DEBRIS))
    assert "Donate Now" in debris and "Subscribe from" in debris
    assert not any("Donate" in t for t in _texts(d003, K.BODY))

    d000 = _doc(corpus_file("000"))
    assert _texts(d000, K.BYLINE) == ["Nurit Greenger"]
    bio = _texts(d000, K.AUTHOR_BIO)[0]  # opens with the 2006 war in Lebanon
    assert bio.startswith("During the 2006 second") and _sha(bio[:34]) == "382309521176"
    assert "Email Notification" in " ".join(_texts(d000, K.DEBRIS))
    assert "Iran in Karabakh" in _texts(d000, K.HEADING)
    assert any("Photo:" in t or "photo:" in t for t in _texts(d000, K.CAPTION))

    d004 = _doc(corpus_file("004"))
    assert _texts(d004, K.STANDFIRST)[0].startswith("Israeli official urges President Biden")
    assert "By Rachel Avraham" in _texts(d004, K.BYLINE)
    # the credit line naming Israel Today as the first publisher is a byline segment of its own
    assert any(
        t.startswith("This article originally") and _sha(t) == "a34e2a1d935f" for t in _texts(d004, K.BYLINE)
    )
    # the form's note about a field for validation is debris
    assert _has(" ".join(_texts(d004, K.DEBRIS)), "This field is for", 37, "534b49ae5654")


def test_blank_line_threads_with_commenter_names():
    text = (
        "Village counts damage after night shelling\n\nBy Ana Petrosyan\nMarch 14, 2024\n\n"
        "Troops shelled the edge of the village late on Monday, wounding two soldiers, officials said.\n\n"
        "Residents say the shelling began shortly before midnight and lasted nearly forty minutes.\n\n"
        "The ministry said it would ask international monitors to visit the area this week.\n\n"
        "Comments (3)\n\n"
        "Aram_G\n“Residents say the shelling began shortly before midnight and lasted nearly forty minutes.”\n"
        "My cousin was in the basement until one in the morning.\n\n"
        "Narine K.\nTotally agree.\n\n"
        "truthseeker_88\nThat is not what the videos show at all, the other side fired first.\n"
    )
    segs = segment(text)
    kinds = [(s.kind, s.comment, text[s.start : s.end]) for s in segs]
    assert (K.DEBRIS, None, "Comments (3)") in kinds
    assert (K.BYLINE, 1, "Aram_G") in kinds
    assert (K.BYLINE, 2, "Narine K.") in kinds
    assert (K.COMMENT, 3, "That is not what the videos show at all, the other side fired first.") in kinds
    quote = next(s for s in segs if s.kind is K.COMMENT_QUOTE)
    assert quote.comment == 1 and quote.quotes is not None
    assert text[quote.quotes[0] : quote.quotes[1]].startswith("Residents say the shelling")


def test_hints_from_html_mark_the_thread_and_title():
    body = "A Headline Here\n\nFirst paragraph of the article with enough words to count as body text."
    comments = "I do not believe a word of this story."
    text = body + "\n\n\n" + comments
    segs = segment(text, Hints(title="A Headline Here", comments_start=len(body) + 3))
    assert segs[0].kind is K.HEADLINE
    assert segs[-1].kind is K.COMMENT and text[segs[-1].start : segs[-1].end] == comments


def test_near_duplicate_tolerates_quotes_dashes_and_articles():
    assert near_duplicate(
        "“Victory Road” leading to Shusha - Image:", 'The "Victory Road" leading to Shusha – Image:'
    )
    assert not near_duplicate("Iran in Karabakh", "Russia in Syria")


def test_empty_and_single_line_texts():
    assert segment("") == ()
    (only,) = segment("Just one short line of text.")
    assert only.kind is K.BODY


# ------------------------------------------------------------------ metadata blocks and letters (HTML pages)

_ARTICLE = "".join(
    f"<p>{p}</p>"
    for p in (
        "The river authority opened the northern sluice gates on Tuesday after three weeks of talks with "
        "farmers from both banks, who had asked for an even share of the spring water.",
        "Engineers said the level at the lower weir would rise by about forty centimetres before the weekend, "
        "enough to refill the irrigation canals that ran dry in April.",
        "The farmers' union welcomed the decision but warned that the agreement covers only this season.",
    )
)
_FIELD_BLOCKS = (
    "<div><p>Date: 19 April 2022</p><p>Author: Ilse Marwick</p><p>Keywords: river, water, farmers</p>"
    "<p>Feedback: desk@example.org</p></div>",
    "<table><tr><td>Date</td><td>19.04.2022</td></tr><tr><td>Author</td><td>Ilse Marwick</td></tr>"
    "<tr><td>Keywords</td><td>river; water</td></tr><tr><td>Feedback</td><td>Write to us</td></tr></table>",
    "<dl><dt>Date</dt><dd>19 April 2022</dd><dt>Author</dt><dd>Ilse Marwick</dd><dt>Keywords</dt>"
    "<dd>river, water</dd><dt>Feedback</dt><dd>Write to the desk</dd></dl>",
)


def _html_doc(body: str, title: str = "Sluice gates open"):  # type: ignore[no-untyped-def]
    from rashomon.ingest.document import build_document
    from rashomon.records import RawDocument

    html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
    return build_document(RawDocument(name="page.html", reader="html", html=html))


def test_a_metadata_field_block_is_not_article_text() -> None:
    from rashomon.ingest.document import article_text

    for block in _FIELD_BLOCKS:
        for body in (block + _ARTICLE, _ARTICLE + block):
            doc = _html_doc(body)
            text = article_text(doc)
            assert "Keywords" not in text and "Feedback" not in text and "Ilse Marwick" not in text, block
            assert "three weeks of talks" in text and "covers only this season" in text
            kinds = {doc.segment_text(s).strip("-| "): s.kind for s in doc.segments}
            assert any(k is SegmentKind.BYLINE and "Ilse Marwick" in t for t, k in kinds.items())


def test_field_words_in_an_article_are_kept() -> None:
    from rashomon.ingest.document import article_text

    body = (
        "<p>Date: the council has not set one.</p><p>Feedback from farmers on both banks was mixed, the union "
        "said, and many asked why the survey of the river bed had taken so long to publish.</p>" + _ARTICLE
    )
    assert "Feedback from farmers" in article_text(_html_doc(body))


def test_letters_keep_their_writers_as_bylines_not_headings() -> None:
    from rashomon.ingest.document import article_text

    letters = (
        "<h3>Dorrin Vale, Orlen</h3><p>The council should publish the cost estimate for the bridge before "
        "anyone votes on it again, and the survey of the river bed too.</p>"
        "<h3>Tomas Ferreira, Lower Weir</h3><p>I have farmed the east bank for forty years and never seen the "
        "canals this low; the spring share came just in time.</p>"
    )
    doc = _html_doc(letters, "Letters to the editor")
    spans = [(s.kind, doc.segment_text(s)) for s in doc.segments]
    writers = [t for k, t in spans if k is SegmentKind.BYLINE]
    assert writers == ["Dorrin Vale, Orlen", "Tomas Ferreira, Lower Weir"]
    # each letter follows its writer's line
    order = [t for _, t in spans]
    assert order.index("Dorrin Vale, Orlen") < next(i for i, t in enumerate(order) if "cost estimate" in t)
    assert next(i for i, t in enumerate(order) if "cost estimate" in t) < order.index(
        "Tomas Ferreira, Lower Weir"
    )
    text = article_text(doc)
    assert "Dorrin Vale" not in text and "forty years" in text and "cost estimate" in text


def test_one_name_and_town_heading_alone_stays_a_heading() -> None:
    body = (
        _ARTICLE
        + "<h3>Tomas Ferreira, Vell</h3><p>"
        + "The ferry resumed on Monday once the channel was clear. " * 3
        + "</p>"
    )
    doc = _html_doc(body)
    assert any(
        s.kind is SegmentKind.HEADING and doc.segment_text(s) == "Tomas Ferreira, Vell" for s in doc.segments
    )
