"""HTML -> article text, comments and page metadata (trafilatura), without running anything in the page."""

from __future__ import annotations

import logging
from dataclasses import dataclass

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


def extract_html(html: str, name: str, url: str | None = None) -> Extracted:
    warnings: list[str] = []
    result = None
    meta: PageMeta | None = None
    if html.strip():
        try:
            # huge_tree: libxml2 otherwise drops everything nested deeper than 255 elements
            tree = lxml.html.fromstring(html.encode("utf-8"), parser=_PARSER)
            # read before trafilatura, which prunes the tree it is given
            meta = read_page_metadata(tree, url)
            result = trafilatura.bare_extraction(
                tree,
                url=url,
                include_comments=True,
                with_metadata=True,
                include_tables=True,
                favor_recall=True,
            )
        except Exception as exc:  # trafilatura raises many kinds on broken markup
            warnings.append(f"HTML extraction failed ({type(exc).__name__}); fell back to all page text")
    body = normalise_text(getattr(result, "text", None) or "") if result is not None else ""
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
