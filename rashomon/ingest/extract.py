"""HTML -> article text, comments and page metadata (trafilatura), without running anything in the page."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

import lxml.html
import trafilatura

from rashomon.errors import InputError
from rashomon.ingest.normalise import normalise_text
from rashomon.ingest.pagemeta import PageMeta, choose_authors, read_page_metadata, split_authors

# trafilatura logs every page it finds hard; the CLI reports problems itself
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

COMMENTS_SEPARATOR = "\n\n\n"
_PARSER = lxml.html.HTMLParser(huge_tree=True, encoding="utf-8")


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str  # normalised: headline and body, then the comments after COMMENTS_SEPARATOR
    title: str | None
    authors: tuple[str, ...]
    date: str | None
    sitename: str | None
    comments_start: int | None
    warnings: tuple[str, ...] = ()


#: An article shorter than this many words, or than this share of the page's visible words (on a page of
#: at least ``_PAGE_WORDS``), is near-empty: recall-oriented extraction is tried, and if it stays short the
#: run says so.
_FEW_WORDS = 40
_SHARE = 0.1
_PAGE_WORDS = 400
_WORD = re.compile(r"\w+")


def _parse(html: str) -> Any:
    # huge_tree: libxml2 otherwise drops everything nested deeper than 255 elements
    return lxml.html.fromstring(html.encode("utf-8"), parser=_PARSER)


def _extract(tree: Any, url: str | None, favor: str) -> Any:
    return trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=True,
        with_metadata=True,
        include_tables=True,
        favor_precision=favor == "precision",
        favor_recall=favor == "recall",
    )


def visible_words(tree: Any) -> int:
    """How many words the page shows in its body (scripts, styles and templates left out)."""
    texts = tree.xpath(
        "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)"
        " and not(ancestor::template)]"
    )
    return sum(len(_WORD.findall(t)) for t in texts)


def near_empty(words: int, page_words: int) -> bool:
    """True for an article far shorter than its page's visible text, or of a few sentences at most."""
    return words < _FEW_WORDS or (page_words >= _PAGE_WORDS and words < _SHARE * page_words)


def takes_wider(narrow: int, wide: int) -> bool:
    """Whether the recall-oriented extraction (``wide`` words) replaces a near-empty precision-oriented one
    (``narrow`` words): when the narrow one is a few sentences at most and the wide one is longer, or when
    the wide one at least doubles it (a missed article found). A short article that recall merely pads
    with its standfirst and captions keeps the narrow text."""
    return wide > narrow and (narrow < _FEW_WORDS or wide >= 2 * narrow)


def _text_of(result: Any) -> str:
    return normalise_text(getattr(result, "text", None) or "") if result is not None else ""


def extract_html(html: str, name: str, url: str | None = None) -> Extracted:
    """Article text (precision-oriented trafilatura with its readability/jusText fallbacks, recall-oriented
    when that finds next to nothing), comments and metadata of one page. A near-empty article is a
    warning naming the page's word counts; a page without text an InputError."""
    warnings: list[str] = []
    result = None
    meta: PageMeta | None = None
    page_words = 0
    if html.strip():
        try:
            tree = _parse(html)
            page_words = visible_words(tree)
            # read before trafilatura, which prunes the tree it is given
            meta = read_page_metadata(tree, url)
            result = _extract(tree, url, "precision")
            narrow = len(_WORD.findall(_text_of(result)))
            if near_empty(narrow, page_words):
                wider = _extract(_parse(html), url, "recall")
                if takes_wider(narrow, len(_WORD.findall(_text_of(wider)))):
                    result = wider
        except Exception as exc:  # trafilatura raises many kinds on broken markup
            warnings.append(f"HTML extraction failed ({type(exc).__name__}); fell back to all page text")
    body = _text_of(result)
    words = len(_WORD.findall(body))
    if body and near_empty(words, page_words):
        warnings.append(
            f"near-empty article: {words} words extracted of the {page_words} words the page shows; "
            "the article may be missing (check the page, or read it as text)"
        )
    if not body:
        try:
            body = normalise_text(trafilatura.html2txt(html) or "")
        except Exception:
            body = ""
        if body and not warnings:
            warnings.append("no article found in the HTML; kept all page text")
    if not body:
        raise InputError(name, "has no readable text (empty, truncated or not an HTML page)")
    found_title = (getattr(result, "title", None) or "").strip() or None
    found_author = getattr(result, "author", None) or None
    title = (meta.title if meta else None) or found_title
    authors = choose_authors(meta, found_author) if meta else tuple(split_authors(found_author))
    date = (meta.published if meta else None) or (getattr(result, "date", None) or None)
    if title and title.casefold() not in body[:1000].casefold():
        body = f"{title}\n\n{body}"
    comments = normalise_text(getattr(result, "comments", None) or "") if result is not None else ""
    text, comments_start = body, None
    if comments:
        text = body + COMMENTS_SEPARATOR + comments
        comments_start = len(body) + len(COMMENTS_SEPARATOR)
    return Extracted(
        text=text,
        title=title,
        authors=authors,
        date=date,
        sitename=(meta.site_name if meta else None) or (getattr(result, "sitename", None) or None),
        comments_start=comments_start,
        warnings=tuple(warnings),
    )
