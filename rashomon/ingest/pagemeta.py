"""An HTML page's metadata: title, authors, publication date and site name, each from its best source.

Sources, read without running anything in the page:

- declared metadata: JSON-LD (``headline``, ``author``, ``datePublished``), OpenGraph (``og:title``,
  ``og:site_name``, ``article:published_time``), citation and Dublin Core meta, ``<title>``;
- what the page shows: its ``<h1>`` headlines, its byline elements (``rel=author``, ``itemprop=author``,
  a class or id naming a byline);
- what trafilatura found (its own mix of the above), and htmldate for the date.

Rules: the visible headline that a declared title confirms (a page's social title or ``<title>`` is often
shortened or carries the site's name); a declared title with the site's name stripped (the name compared
with ``og:site_name`` and the domain); the visible byline over a generic meta author (the outlet's name, a
first name alone); the original publication date over a later modification.
"""

from __future__ import annotations

import copy
import html as htmllib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import htmldate

_WS = re.compile(r"\s+")
#: Separators between a headline and the site's name in a title ("Headline | Site", "Site: Headline").
_SEP = re.compile(r"\s+(?:[|\-–—·»«/]|::)\s+|\s*[|·]\s*")
_LEAD_COLON = re.compile(r"^(?P<site>[^:]{2,60}):\s+(?P<rest>.+)$")
_ARTICLE_TYPES = re.compile(r"article|posting|report|blog|news|webpage|creativework|recipe|review", re.I)
#: Phrases around a name in bylines and author fields.
_NAME_LEAD = re.compile(
    r"^(?:(?:view|see|read|more)\s+(?:all\s+)?(?:posts|articles|stories)\s+(?:by|from)|"
    r"(?:posted|written|published|reported|story|words|text)\s+by|by(?=[A-Z])|by\b)\s*:?\s*",
    re.I,
)
_CREDENTIAL = re.compile(
    r",?\s+(?:ph\.?d\.?|m\.d\.|md|mph|rn|msc|mba|jr\.?|sr\.?)(?=\s*(?:[,;&|]|\band\b|$))", re.I
)
_NAME_SPLIT = re.compile(r"\s*(?:;|\||,|&|\band\b|\bund\b)\s*", re.I)
#: Author values that name no one.
_GENERIC_AUTHORS = frozenset(
    {"admin", "administrator", "staff", "editor", "editors", "editorial", "newsroom", "team", "unknown",
     "anonymous", "contributor", "guest", "author", "web desk", "news desk", "staff writer", "staff reporter"}
)  # fmt: skip
_BYLINE_MARK = re.compile(r"byline|author-?name|article-?author|post-?author|entry-?author|\bauthor\b", re.I)
_DATE_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "citation_publication_date",
    "citation_date", "dc.date.issued", "dcterms.issued", "dc.date", "pubdate", "publishdate",
    "publication_date", "date", "sailthru.date", "parsely-pub-date",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: str | None
    #: authors from JSON-LD or meta fields, as declared
    declared_authors: tuple[str, ...]
    #: names in the page's visible byline
    byline: tuple[str, ...]
    published: str | None  # ISO 8601 date or date-time
    site_name: str | None
    url: str | None
    #: the site's names and domain label, squashed (for telling the outlet from a person)
    sites: tuple[str, ...] = ()


def squash(text: str) -> str:
    """Letters and digits only, case folded: how site names and title parts are compared."""
    return "".join(c for c in text.casefold() if c.isalnum())


def clean(text: str | None) -> str:
    return _WS.sub(" ", htmllib.unescape(text or "")).strip()


def _meta(tree: Any, *names: str) -> list[str]:
    wanted = {n.casefold() for n in names}
    out = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").casefold()
        if key in wanted and (value := clean(el.get("content"))):
            out.append(value)
    return out


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD blocks (``@graph`` members included), broken blocks skipped."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))


def _types(obj: dict[str, Any]) -> str:
    t = obj.get("@type")
    return " ".join(t) if isinstance(t, list) else str(t or "")


def _ld_articles(tree: Any) -> list[dict[str, Any]]:
    """The JSON-LD objects that describe the article (not the site, the page or a person)."""
    out = []
    for o in _json_ld(tree):
        types = _types(o)
        if "headline" in o or (_ARTICLE_TYPES.search(types) and not re.search(r"page$", types, re.I)):
            out.append(o)
    return out


def _ld_names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _ld_names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _ld_names(v)]
    return []


def page_url(tree: Any, given: str | None = None) -> str | None:
    """The page's address: the one given, else its canonical link or ``og:url``."""
    if given:
        return given
    for link in tree.iter("link"):
        href = clean(link.get("href"))
        if "canonical" in (link.get("rel") or "").lower().split() and href.startswith(("http://", "https://")):
            return href
    for value in _meta(tree, "og:url"):
        if value.startswith(("http://", "https://")):
            return value
    return None


def domain_label(url: str | None) -> str | None:
    """The registered name of a URL's host without its suffix: "edition.cnn.com" -> "cnn"."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    labels = [x for x in host.split(".") if x]
    if len(labels) < 2:
        return None
    # "bbc.co.uk", "abc.net.au": a two-letter country code under a short second level
    if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3:
        return labels[-3]
    return labels[-2]


def site_names(tree: Any, url: str | None) -> list[str]:
    """The site's names as the page declares them, and its domain's label (squashed, 3+ characters)."""
    names = _meta(tree, "og:site_name", "application-name", "twitter:site", "apple-mobile-web-app-title")
    for obj in _ld_articles(tree):
        names.extend(_ld_names(obj.get("publisher")))
    label = domain_label(url)
    if label:
        names.append(label)
    out = []
    for n in names:
        s = squash(n.lstrip("@"))
        if len(s) >= 3 and s not in out:
            out.append(s)
    return out


def _is_site(part: str, sites: list[str]) -> bool:
    s = squash(part)
    if not s:
        return True
    return any(s == site or (len(s) >= 4 and s in site) or site in s for site in sites)


def strip_site(title: str, sites: list[str]) -> str:
    """``title`` without the site's name before or after a separator ("Headline | DW | 19.01.2020")."""
    t = clean(title)
    if not sites:
        return t
    parts = _SEP.split(t)
    seps = _SEP.findall(t)
    if len(parts) > 1:
        # drop site parts at the end (and dates or nothing beside them), then at the start
        end = len(parts)
        while end > 1 and (_is_site(parts[end - 1], sites) or _is_date_part(parts[end - 1])) and any(
            _is_site(p, sites) for p in parts[1:end]
        ):
            end -= 1
        start = 0
        while start < end - 1 and _is_site(parts[start], sites):
            start += 1
        if (start, end) != (0, len(parts)):
            return "".join(parts[i] + (seps[i] if i < end - 1 else "") for i in range(start, end)).strip()
    m = _LEAD_COLON.match(t)
    if m and _is_site(m["site"], sites):
        return m["rest"].strip()
    return t


def _is_date_part(part: str) -> bool:
    return bool(re.fullmatch(r"[\d./\- ]{6,12}", part.strip()))


def _headlines(tree: Any) -> list[str]:
    out = []
    for h1 in tree.iter("h1"):
        text = clean(h1.text_content())
        if text and len(text.split()) <= 40 and text not in out:
            out.append(text)
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _overlap(a: str, b: str) -> float:
    """Shared words as a share of the shorter text's words."""
    wa, wb = set(_words(a)), set(_words(b))
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def choose_title(tree: Any, sites: list[str], fallback: str | None = None) -> str | None:
    """The headline: a visible <h1> that a declared title confirms, else the first declared title with the
    site's name stripped, else ``fallback``."""
    declared = [clean(h) for o in _ld_articles(tree) for h in _ld_names(o.get("headline"))]
    declared = [h for h in declared if h and not h.endswith(("...", "…"))]
    declared += _meta(tree, "og:title", "twitter:title", "citation_title", "dc.title")
    declared += [clean(t.text_content()) for t in tree.iter("title")][:1]
    declared = [d for d in declared if d]
    stripped = [strip_site(d, sites) for d in declared]
    keys = {squash(x) for x in declared + stripped if squash(x)}
    headlines = [h for h in _headlines(tree) if not _is_site(h, sites)]
    for h in headlines:
        if squash(h) in keys:
            return h
        # "Section | Headline" as an <h1>: the declared headline is one of its parts
        for part in _SEP.split(h):
            if len(part.split()) >= 3 and squash(part) in keys:
                return part.strip()
    for h in headlines:
        if len(_words(h)) >= 3 and any(_overlap(h, d) >= 0.6 for d in stripped):
            return h
    for s in stripped:
        if s and not _is_site(s, sites):
            return s
    return clean(fallback) or None


def clean_name(name: str) -> str:
    s = clean(name)
    s = _NAME_LEAD.sub("", s).strip(" .,;:-–—|")
    s = _CREDENTIAL.sub("", s).strip(" .,;:")
    s = re.sub(r"\s+(?i:for)\s+(?:(?i:the)\s+)?[A-Z][\w.&' -]*$", "", s)  # "Brendan Carlin For The Mail On Sunday"
    return re.sub(r"\s+(?:says|said|wrote|writes)$", "", s, flags=re.I)


def split_authors(value: str | list[str] | None) -> list[str]:
    if not value:
        return []
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        item = _CREDENTIAL.sub("", clean(item))
        for part in _NAME_SPLIT.split(_NAME_LEAD.sub("", item)):
            name = clean_name(part)
            if name and name not in out:
                out.append(name)
    return out


def _plausible_name(name: str, sites: list[str]) -> bool:
    words = name.split()
    return (
        0 < len(words) <= 6
        and not any(c.isdigit() for c in name)
        and "http" not in name.lower()
        and "@" not in name
        and name.casefold() not in _GENERIC_AUTHORS
        and not _names_site(name, sites)
    )


def _names_site(name: str, sites: list[str]) -> bool:
    """The outlet's name (or a word of it) given as an author; a blog named after its author is not."""
    s = squash(name)
    return any(s == site or (" " not in name.strip() and len(s) >= 3 and s in site) for site in sites)


_COMMENT_MARK = re.compile(r"comment|repl(?:y|ies)|disqus|respon", re.I)


def _in_comments(el: Any) -> bool:
    """True inside a reader-comment container (a commenter's name is not the article's byline)."""
    for anc in el.iterancestors():
        if _COMMENT_MARK.search(f"{anc.get('class') or ''} {anc.get('id') or ''}"):
            return True
    return False


def visible_byline(tree: Any) -> list[str]:
    """Names in the page's first byline element (``rel=author``, ``itemprop=author``, a byline class)."""
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("meta", "link", "script", "style", "head", "html", "body"):
            continue
        if _in_comments(el):
            continue
        marks = " ".join(
            el.get(a) or "" for a in ("class", "id", "rel", "itemprop", "data-testid")
        )
        if not _BYLINE_MARK.search(marks):
            continue
        named = el.xpath(".//*[@itemprop='name']")
        text = clean((named[0] if named else el).text_content())
        if not text or len(text.split()) > 12:
            continue
        names = split_authors(text)
        if names:
            return names
    return []


def declared_authors(tree: Any) -> list[str]:
    """The authors JSON-LD names, else the author meta fields (citation, Dublin Core, article, author)."""
    names = [n for o in _ld_articles(tree) for v in _ld_names(o.get("author")) for n in split_authors(v)]
    if not names:
        names = [n for v in _meta(tree, "citation_author", "author", "dc.creator", "article:author",
                                  "parsely-author", "sailthru.author") for n in split_authors(v)]  # fmt: skip
    return list(dict.fromkeys(names))


def choose_authors(meta: PageMeta, found: str | None = None) -> tuple[str, ...]:
    """The article's authors: the declared ones (else trafilatura's ``found``) without the outlet's name
    and generic values, unless the visible byline completes them ("Todd" -> "Todd Bates") or they name
    nobody; then the visible byline."""
    if found and any(squash(found) == site for site in meta.sites):
        found = None  # trafilatura's author is the outlet ("Jobs & Hire")
    declared = meta.declared_authors or tuple(split_authors(found))
    kept = [n for n in declared if _plausible_name(n, list(meta.sites))]
    visible = [n for n in meta.byline if _plausible_name(n, list(meta.sites))]
    if visible and (
        not kept
        or all(len(d.split()) == 1 for d in kept)
        or all(any(squash(d) in squash(v) for v in visible) for d in kept)
    ):
        return tuple(visible)
    return tuple(kept)


def declared_published(tree: Any) -> str | None:
    """The publication date the page declares (JSON-LD ``datePublished``, article/citation meta, a
    ``<time>`` marked as published), never its modification date."""
    for obj in _ld_articles(tree):
        value = obj.get("datePublished")
        if isinstance(value, str) and value.strip():
            return value.strip()
    found = _meta(tree, *_DATE_META)
    if found:
        return found[0]
    for el in tree.xpath("//*[@itemprop='datePublished'] | //time[@pubdate]"):
        value = clean(el.get("content") or el.get("datetime"))
        if value:
            return value
    return None


def publication_date(tree: Any, url: str | None = None) -> str | None:
    """The original publication date: htmldate's (original over modified, on a copy of the tree: it prunes
    what it reads), else the date the page declares. Declared date-times are often UTC, a day off the
    local date the page shows, so they come second."""
    try:
        found = htmldate.find_date(copy.deepcopy(tree), url=url, original_date=True, extensive_search=True)
    except Exception:  # htmldate raises on some broken markup; the declared date remains
        found = None
    return found or declared_published(tree)


def read_page_metadata(tree: Any, url: str | None = None) -> PageMeta:
    """Title, author candidates, publication date and site name of a parsed page (nothing in it is run).
    Read it before trafilatura, which prunes the tree it is given."""
    url = page_url(tree, url)
    sites = site_names(tree, url)
    return PageMeta(
        title=choose_title(tree, sites),
        declared_authors=tuple(declared_authors(tree)),
        byline=tuple(visible_byline(tree)),
        published=publication_date(tree, url),
        site_name=next(iter(_meta(tree, "og:site_name")), None),
        url=url,
        sites=tuple(sites),
    )

