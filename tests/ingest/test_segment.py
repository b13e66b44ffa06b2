"""Segmentation on the five real caucasus articles and on hand-built pages."""

from __future__ import annotations

from rashomon.ingest.document import build_document
from rashomon.ingest.segment import Hints, near_duplicate, segment
from rashomon.records import RawDocument, SegmentKind

K = SegmentKind


def _doc(path):
    return build_document(RawDocument(name=path.name, reader="text", text=path.read_text(encoding="utf-8")))


def _texts(doc, kind):
    return [doc.text[s.start : s.end] for s in doc.segments if s.kind is kind]


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
    assert last_body.rstrip().endswith("the losers will be everyone else.") or "neither Moscow nor Beijing" in last_body
    first = doc.segments[first_comment]
    assert first.kind is K.COMMENT_QUOTE
    assert doc.text[first.start : first.end].startswith("“Baku accuses Tehran of blindly supporting Armenia.")


def test_001_comment_quotes_point_back_at_the_article_text(corpus_file):
    doc = _doc(corpus_file("001"))
    quotes = [s for s in doc.segments if s.kind is K.COMMENT_QUOTE]
    assert len(quotes) >= 20
    first = quotes[0]
    assert first.quotes is not None
    qs, qe = first.quotes
    assert "Baku accuses Tehran of blindly supporting Armenia" in doc.text[qs:qe]
    article_end = min(s.start for s in doc.segments if s.kind in (K.COMMENT, K.COMMENT_QUOTE))
    assert qe <= article_end, "the first quote reproduces the article, which precedes the thread"


def test_001_comments_are_numbered_and_the_denial_is_a_readers(corpus_file):
    doc = _doc(corpus_file("001"))
    numbers = [s.comment for s in doc.segments if s.kind in (K.COMMENT, K.COMMENT_QUOTE)]
    assert all(n is not None for n in numbers)
    assert numbers == sorted(numbers), "comments are numbered in order"
    assert max(numbers) >= 25
    denial = next(t for t in _texts(doc, K.COMMENT) if "Iran did not support Armenia in the Karabakh war" in t)
    assert denial.startswith("This is just more nonsense from Baku.")


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
    assert _texts(d000, K.AUTHOR_BIO)[0].startswith("During the 2006 second Lebanon War")
    assert "Email Notification" in " ".join(_texts(d000, K.DEBRIS))
    assert "Iran in Karabakh" in _texts(d000, K.HEADING)
    assert any("Photo:" in t or "photo:" in t for t in _texts(d000, K.CAPTION))

    d004 = _doc(corpus_file("004"))
    assert _texts(d004, K.STANDFIRST)[0].startswith("Israeli official urges President Biden")
    assert "By Rachel Avraham" in _texts(d004, K.BYLINE)
    assert "This article originally appeared in Israel Today" in _texts(d004, K.BYLINE)
    assert "This field is for validation purposes" in " ".join(_texts(d004, K.DEBRIS))


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
    assert near_duplicate("“Victory Road” leading to Shusha - Photo:", "The \"Victory Road\" leading to Shusha – Photo:")
    assert not near_duplicate("Iran in Karabakh", "Russia in Syria")


def test_empty_and_single_line_texts():
    assert segment("") == ()
    (only,) = segment("Just one short line of text.")
    assert only.kind is K.BODY
