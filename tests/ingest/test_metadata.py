"""Metadata from the documents themselves: the five real articles, and small cases."""

from __future__ import annotations

import hashlib

import pytest

from rashomon.ingest.document import build_document
from rashomon.ingest.metadata import clean_title
from rashomon.ingest.segment import byline_names, syndicated_outlet
from rashomon.records import PublishedDate, RawDocument

# titles as (opening words, length, sha1[:12] of the whole title), so as not to quote the headlines:
# 000 on the Iran-Armenia alliance in Karabakh and Russia's help, 002 on how neutral Iran really is in the
# Armenia-Azerbaijan conflict, 004 an analysis of what the Azerbaijan-Iran border tensions mean for Israel
EXPECTED = {
    "000": (("Iran-Armenia Alliance Continues", 66, "9ebadc5c4f3e"), ("Nurit Greenger",), None, None),
    "001": (None, ("Pepe Escobar",), None, "The Cradle"),
    "002": (("Iran’s Dubious Neutrality", 60, "ecdbbdf70b60"), ("Faramarz Davar",), "2020-10-04", None),
    "003": ("FIRST LINE", ("Hazem Zahab",), None, None),  # the headline the page repeats three times
    "004": (("ANALYSIS: How Tensions", 62, "c2ca283361c3"), ("Rachel Avraham",), None, "Israel Today"),
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_metadata_of_the_caucasus_articles(corpus_file, prefix):
    path = corpus_file(prefix)
    doc = build_document(RawDocument(name=path.name, reader="text", text=path.read_text(encoding="utf-8")))
    title, authors, published, syndicated = EXPECTED[prefix]
    if title == "FIRST LINE":
        title = path.read_text(encoding="utf-8").splitlines()[0].strip()
        assert doc.title == title
    elif title is None:
        assert doc.title is None
    else:
        opening, length, digest = title
        assert doc.title is not None and doc.title.startswith(opening) and len(doc.title) == length
        assert hashlib.sha1(doc.title.encode()).hexdigest()[:12] == digest
    assert doc.authors == authors
    assert (doc.published.value if doc.published else None) == published
    assert doc.syndicated_from == syndicated
    assert doc.language == "en" and doc.analysable


def test_002_date_has_day_precision_and_the_teaser_author_is_not_an_author(corpus_file):
    path = corpus_file("002")
    doc = build_document(RawDocument(name=path.name, reader="text", text=path.read_text(encoding="utf-8")))
    assert doc.published == PublishedDate("2020-10-04", "day")
    assert "Ebrahim Ramezani" not in doc.authors
    assert doc.outlet == "Iranwire"  # from the page's own "Switch to Iranwire Light" banner


def test_declared_metadata_wins_over_the_text():
    raw = RawDocument(
        name="x",
        reader="jsonl",
        text="Some Headline\n\nBy Someone Else\n\nBody text of the story goes here at some length.",
        title="Declared Title",
        authors=("Declared Author",),
        published="2021-08-11",
        outlet="Declared Outlet",
    )
    doc = build_document(raw)
    assert doc.title == "Declared Title"
    assert doc.authors == ("Declared Author",)
    assert doc.published == PublishedDate("2021-08-11", "day")
    assert doc.outlet == "Declared Outlet"
    assert doc.text.startswith("Declared Title\n\n"), "a declared title missing from the text heads it"


def test_byline_names_and_syndication_lines():
    credit = "By Jane Roe posted with permission and later cross-posted with The Review"
    assert byline_names(credit) == ["Jane Roe"]
    assert byline_names("By Jane Roe and John Doe") == ["Jane Roe", "John Doe"]
    assert byline_names("By the way, this is not a byline") == []
    assert syndicated_outlet("posted with permission, then cross-posted with The Review") == "The Review"
    assert syndicated_outlet("This piece originally appeared in Israel Today") == "Israel Today"
    assert syndicated_outlet("Republished with permission from The Conversation.") == "The Conversation"
    assert syndicated_outlet("Iran launched drills along the border.") is None


def test_clean_title_drops_a_repeat():
    assert clean_title("Headline Here Headline Here") == "Headline Here"
    assert clean_title("Headline | Headline") == "Headline"
    assert clean_title("Iran and Iran") == "Iran and Iran"


def test_a_commenters_name_is_never_the_articles_author():
    text = (
        "Village counts damage after shelling\n\nBy Ana Petrosyan\nMarch 14, 2024\n\n"
        "Troops shelled the edge of the village late on Monday, wounding two soldiers, officials said.\n\n"
        "Residents say the shelling began shortly before midnight and lasted nearly forty minutes.\n\n"
        "The ministry said it would ask international monitors to visit the area this week.\n\n"
        "Subscribe to Border Herald\n\nComments (2)\n\n"
        "Narine K.\nTotally agree with every word here.\n\n"
        "Aram Gevorgyan\nThe other side fired first, the videos show it.\n"
    )
    doc = build_document(RawDocument(name="x.txt", reader="text", text=text))
    assert doc.authors == ("Ana Petrosyan",)
    assert doc.outlet == "Border Herald"
