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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import htmldate

_WS = re.compile(r"\s+")
#: Separators between a headline and the site's name in a title ("Headline | Site", "Site: Headline").
_SEP = re.compile(r"\s+(?:[|\-–—·»«/]|::)\s+|\s*[|·]\s*")
#: How many words besides the site's name a title part or a credit may hold and still be the site's name
#: ("Daily Mail Online", "The Valley Ledger Magazine", "CNN Business").
_SITE_EXTRA_WORDS = 2
#: A separator left dangling at a title's end ("Valley Rail Enquiries -").
_DANGLING_SEP = re.compile(r"(?:\s+[|\-–—·»:/]+|\s*[|·])\s*$")
_LEAD_COLON = re.compile(r"^(?P<site>[^:]{2,60}):\s+(?P<rest>.+)$")
_ARTICLE_TYPES = re.compile(r"article|posting|report|blog|news|webpage|creativework|recipe|review", re.I)
#: Phrases around a name in bylines and author fields.
_NAME_LEAD = re.compile(
    r"^[\W_]*(?:(?:view|see|read|more)\s+(?:all\s+)?(?:posts|articles|stories)\s+(?:by|from)|"
    r"(?:posted|written|published|reported|reporting|story|article|words|text|recipe|column|analysis|opinion)\s+by|"
    r"(?:an?\s+)?(?:note|message)\s+from|(?-i:[Bb]y)(?=(?-i:[A-Z]))|by(?![\w-])|authors?(?=\s*:))\s*:?\s*",
    re.I,
)
#: Where a byline's names end: a dash or bar before a team or a date, "on"/"updated" before a date, a date,
#: "in"/"under" before a section or a place ("Posted by Name under Category", "By Name in Washington").
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_BYLINE_END = re.compile(
    rf"\s+[-–—|•·+]\s+.*$|\s*[|•·/]\s*.*$|\s*\d{{4}}-\d{{2}}-\d{{2}}.*$|\s+(?:on|updated|published|posted|last updated)\b.*$|"
    r"\s+(?-i:in|under)(?:\s.*)?$|"
    rf"\s+{_MONTH}\s+\d{{1,2}}\b.*$|\s+\d{{1,2}}\s+{_MONTH}\s+\d{{4}}.*$|\s+\d{{1,4}}[./-]\d{{1,2}}[./-].*$|"
    # the other credits a byline may carry: editors, photographers, reviewers are not the writers
    r"\s*[;,.]?\s*\b(?:editing|edited|photos?|photographs?|photography|pictures?|graphics?|illustrations?|video|"
    r"fact[- ]checked|(?:medically\s+)?reviewed|translated|compiled)\s+by\b.*$",
    re.I,
)
#: A byline that gives the day before the writer ("Posted on March 3, 2021 by Name", "Monday March 3, 2021
#: 7:45 am EST by Name", as blog themes set it): the day, up to "by", is no name. The day must hold a year, so
#: that a name is never taken for a date ("by" after a name and a year is another credit).
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_DATED_LEAD = re.compile(
    rf"^[\W_]*(?:(?:posted|published|written|updated)\s+(?:on\s+)?)?(?={_WEEKDAY}\W|{_MONTH}\W|\d)"
    r"[^|•·]{0,40}?\b(?:19|20)\d\d\b[^|•·]{0,30}?\s+by\s*:?\s+(?=\S)",
    re.I,
)
_PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "del", "di", "du", "la", "le", "bin", "ibn", "al",
                        "el", "dos", "das", "ter", "y"})  # fmt: skip
#: A text line that opens a byline: "By …", "Posted by …", "---- by …", "Author: …"; or "By" or "Author:"
#: alone as a label.
_BYLINE_OPEN = re.compile(
    r"^[\W_]*(?:(?:(?:posted|written|reported|reporting|words|story|article|text)\s+)?by(?![\w-])\s*:?|authors?\s*:)",
    re.I,
)
_CREDENTIAL = re.compile(
    r"(?:,?\s+(?:ph\.?d\.?|m\.d\.|md|mph|rn|msc|mba|jr\.?|sr\.?)|,\s*ma)(?=\s*(?:[,;&|]|\band\b|$))", re.I
)
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[a-z]{2,})+$", re.I)
_NOT_A_NAME = re.compile(
    rf"^(?:(?:share|follow|about|email|e-mail|contact|view|more|subscribe|read|see|edit|sponsored)\b|"
    rf"(?:mon|tues|wednes|thurs|fri|satur|sun)day$|{_MONTH}$)",
    re.I,
)
#: What a byline box shows besides its names, each on a line or in an element of its own: sharing buttons
#: ("facebook", "Whats App"), links to the writer's page ("Biography", "Ilse Marwick's Most Recent
#: Stories", "Become an author"), a section's label set above the name ("Opinion").
_WIDGET = re.compile(
    r"^(?:facebook|twitter|x|linkedin|instagram|whats\s*app|pinterest|reddit|telegram|tiktok|youtube|print|"
    r"comments?|bio(?:graphy)?|profile|opinion|analysis|commentary|explainer|advertisement|promoted)$|"
    r"^become\b|\w['’]s\s+\w",
    re.I,
)
#: What a byline carries besides names: asides in brackets, addresses, e-mail addresses and social handles
#: ("Ilse Marwick (https://…)", "Ilse Marwick imarwick@courier.example", "Ilse Marwick @ilsemarwick", a handle
#: run on: "Ilse Marwick@ilsem").
_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,}")
#: A name run into the next text with no space ("Isabel KeaneJournal News"): after the first word, a
#: capital that follows four small letters in one word (names' inner capitals follow one to three: "McCoy",
#: "DeFino", "MacKenzie").
_RUN_ON = re.compile(r"^(\S+\s.*?[a-zß-öø-ÿ]{4})[A-Z].*$")
_NAME_SPLIT = re.compile(r"\s*(?:;|\||,|&|/|\band\b|\bund\b|\bwith\b)\s*", re.I)
#: A writer's job, as bylines set it after the name ("By Ilse Marwick, Chief Political Analyst", "…, Head of
#: Research", "…, Special to the Courier"): the writer's description, not a second writer.
_ROLE_NOUN = (
    r"(?:analyst|attorney|chief|columnist|commentator|contributor|correspondent|critic|director|economist|editor|"
    r"lecturer|producer|professor|reporter|researcher|scientist|strategist|writer|consultant|advis[eo]r|intern)s?"
)
_JOB_TITLE = re.compile(
    rf"^(?:[\w.&'’-]+\s+){{0,4}}{_ROLE_NOUN}$|^(?:head|director|editor|professor)\s+of\s.+$|^(?:special\s+to|for)\s.+$",
    re.I,
)
#: Words that open a job title set after a name with no comma ("Ilse Marwick Political Reporter").
_ROLE_WORD = (
    r"(?:senior|chief|staff|contributing|political|business|sports?|health|science|tech|technology|foreign|"
    r"national|international|digital|deputy|associate|assistant|executive|managing|news|local|city|metro|"
    r"investigative|special|guest|opinion|entertainment|education|environment(?:al)?|climate|legal|economics|"
    r"data|features?|lifestyle|travel|food|arts?|culture|music|film|books|style|fashion|video|web|online|"
    r"freelance|regional|correspondent|bureau|ap|afp|reuters)"
)
_BUTTONS_TAIL = re.compile(r"(?:\s+(?:twitter|facebook|linkedin|instagram|e-?mail|follow|rss|bio))+$", re.I)
_ROLE_TAIL = re.compile(rf"(?<=\S)\s+(?:{_ROLE_WORD}\s+){{0,3}}{_ROLE_NOUN}$", re.I)
#: Author values that name no one (content-system defaults): never an author.
_NO_ONE = frozenset(
    {"admin", "administrator", "unknown", "anonymous", "author", "guest", "contributor", "user", "editor", "root",
     "superuser", "moderator", "system", "default", "none", "null", "n/a", "guest author", "unknown author",
     "no author", "site owner", "owner", "wordpress", "blogger"}
)  # fmt: skip
#: A content system's account as an author: one word that opens or ends with "admin" ("jdadmin",
#: "siteadmin", "admin2"), or the webmaster.
_ACCOUNT = re.compile(r"\w*admin|admin\w*|webmaster", re.I)
#: Credits that name a desk, not a person ("Staff", "Agencies", "News service reports", "Web Desk"): the
#: author only when no person is named.
_DESK_CREDIT = re.compile(
    r"^(?:[\w.&'’-]+\s+){0,3}(?:staff|desk|newsroom|agenc(?:y|ies)|wires?|press|news\s+services?|reports|bureau|"
    r"team|editors?|editorial(?:\s+board)?|correspondents?|news|online|media|writers?|reporters?|columnists?|"
    r"contributors?|producers?|photographers?)(?:\s+(?:writers?|reporters?|reports|board))?$",
    re.I,
)
#: News agencies, squashed: a credit beside a writer, not a writer ("By Ilse Marwick and Reuters"). Short
#: names that are also people's first names ("Ani", "Sana", "Mena") are left out: a blog's author may be one.
_WIRES = frozenset({"reuters", "thomsonreuters", "ap", "associatedpress", "theassociatedpress", "afp",
                    "agencefrancepresse", "pti", "presstrustofindia", "ians", "asiannewsinternational", "upi",
                    "unitedpressinternational", "dpa", "efe", "xinhua", "tass", "itartass", "bloomberg",
                    "bloombergnews", "kyodo", "kyodonews", "yonhap", "ansa", "aap", "australianassociatedpress",
                    "pressassociation", "pamedia", "canadianpress", "thecanadianpress", "anadoluagency",
                    "rianovosti", "interfax", "bernama"})  # fmt: skip
#: Words that make a name a company's or an institution's ("Harbour Media Group", "Vell Solutions Ltd",
#: "Riverside Foundation", "Vell Water Rights Project"): a credit, not a person.
_ORGANISATION_WORD = re.compile(
    r"\b(?:inc|ltd|llc|llp|plc|gmbh|pvt|corp|corporation|company|group|agency|studios?|solutions|marketing|"
    r"foundation|institute|university|association|society|council|department|ministry|services|limited|"
    r"network|consulting|technologies|"
    # programmes, centres and bodies an affiliation names after a writer ("…, Vell Water Rights Project")
    r"programs?|programmes?|projects?|cent(?:er|re)s?|initiative|laborator(?:y|ies)|committee|commission|"
    r"college|academy|federation|coalition|alliance)\b\.?",
    re.I,
)
#: A name that opens with "The" ("The Vell Gazette", "The Associated Press", "The Editors"): a paper's or a
#: desk's credit set beside the writers, never a person's name.
_THE_CREDIT = re.compile(r"^the\s+\S", re.I)
#: JSON-LD types that make an author an organisation, not a person.
_ORGANISATION = re.compile(r"organi[sz]ation|corporation|ngo|newsmedia|governmentorganization", re.I)
_AUTHOR_META = frozenset({"citation_author", "author", "dc.creator", "dcterms.creator", "article:author",
                          "parsely-author", "sailthru.author"})  # fmt: skip
#: A user name as community sites show their writers ("delta201", "river_watcher"): one word of letters
#: with digits or underscores.
_HANDLE = re.compile(r"(?=\w*[a-zA-Z])(?=\w*[\d_])\w{3,30}")
#: Classes and ids that mark a byline: "byline", "author" as a word of its own, also in BEM names
#: ("article__author", "c-author__name", "authors-list"), "articleAuthor", "author-name".
_BYLINE_MARK = re.compile(
    r"by[-_]?line|(?:article|post|entry|story)[-_]*authors?|(?<![a-z])authors?(?![a-z])|author[-_]*name", re.I
)
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
    #: user names the page declares for its writer (twitter:creator, meta author)
    handles: tuple[str, ...] = ()
    #: authors JSON-LD declares with an organisation's type ("@type": "Organization"): credits, not people
    organisations: tuple[str, ...] = ()
    #: declared authors the page never shows a reader (in no visible text): the account that posted the page
    #: where the byline shows someone else
    unseen: tuple[str, ...] = ()
    #: names the page marks as writers one by one, each alone in an element marked as an author
    #: (``<a rel="author">``, ``<span class="by-author">``)
    marked: tuple[str, ...] = ()


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
    """Every JSON object in the page's JSON-LD blocks (``@graph`` members and a page's ``mainEntity``
    included), broken blocks skipped."""
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
                if isinstance(item.get("mainEntity"), (dict, list)):
                    stack.append(item["mainEntity"])


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


def _ld_names(value: Any, depth: int = 0, ids: dict[str, dict[str, Any]] | None = None) -> list[str]:
    """The names a JSON-LD value gives: a string, an object's ``name``, a list of either; an object that
    only refers to another by its ``@id`` (``"author": {"@id": "…#/schema/person/…"}``, as WordPress
    graphs write it) is looked up in ``ids``."""
    if isinstance(value, str):
        if depth == 0 and value.lstrip().startswith(("{", "[")):
            # a JSON object written into a string ("author": "{ \"@type\": \"Person\", \"name\": …}")
            try:
                return _ld_names(json.loads(value), 1, ids)
            except (ValueError, RecursionError):
                return []
        return [value]
    if isinstance(value, dict):
        if "name" not in value and ids and isinstance(ref := value.get("@id"), str) and ref in ids:
            return _ld_names(ids[ref].get("name"), depth + 1)
        if "name" not in value:
            # a person given by parts ({"givenName": "Ilse", "familyName": "Marwick"})
            parts = [value.get(k) for k in ("givenName", "additionalName", "familyName")]
            if all(isinstance(x, str) for x in parts if x is not None) and value.get("familyName"):
                return [" ".join(x.strip() for x in parts if x)]
        names = _ld_names(value.get("name"), depth + 1, ids)
        if re.search("person", _types(value), re.I) and len(names) == 1:
            # one person, so a comma in the name turns it round ("Marwick, Ilse"), as citation fields do
            return [surname_first(names[0])]
        return names
    if isinstance(value, list):
        return [n for v in value for n in _ld_names(v, depth + 1, ids)]
    return []


def _ld_ids(tree: Any) -> dict[str, dict[str, Any]]:
    """The page's JSON-LD objects by their ``@id`` (those with a name)."""
    return {o["@id"]: o for o in _json_ld(tree) if isinstance(o.get("@id"), str) and "name" in o}


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
    """The site's names as the page declares them, and its domain's label (squashed, 3+ characters). A
    ``<title>`` that ends in a separator ("Valley Rail Enquiries -") is the site's name alone: the page's
    own part of its title template was left empty."""
    names = _meta(tree, "og:site_name", "application-name", "twitter:site", "apple-mobile-web-app-title")
    for obj in _ld_articles(tree):
        names.extend(_ld_names(obj.get("publisher")))
    for title in [clean(t.text_content()) for t in tree.iter("title")][:1]:
        if _DANGLING_SEP.search(title):
            names.append(_DANGLING_SEP.sub("", title))
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
    """The site's name, in full or in part ("DW", "Daily Mail Online" for "dailymail"); a part that holds
    the name among more words than a suffix ("Parallels Desktop 15 for Mac" on parallels.com) is not."""
    s = squash(part)
    if not s:
        return True
    return any(s == site or (len(s) >= 4 and s in site) or (site in s and _suffixed(site, part)) for site in sites)


def _suffixed(site: str, text: str) -> bool:
    """``text`` holds the site's name (squashed) and at most a few other words ("The", "Online", "News")."""
    return sum(1 for w in text.split() if (k := squash(w)) and k not in site) <= _SITE_EXTRA_WORDS


def strip_site(title: str, sites: list[str]) -> str:
    """``title`` without the site's name before or after a separator ("Headline | DW | 19.01.2020")."""
    t = _DANGLING_SEP.sub("", clean(title))
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


#: Quote marks and dashes as typed on a keyboard: how a title's typography is set aside.
_TYPED = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
                        "–": "-", "—": "-", "\u00a0": " "})  # fmt: skip


def _declared_spelling(headline: str, declared: list[str]) -> str:
    """The headline as the page declares it where the two differ only in quote marks and dashes (an <h1>
    set in curly quotes, "‘Star Gates’ reopen", declared as typed, "'Star Gates' reopen"); the headline
    as shown when a declared title writes it so."""
    if headline in declared:
        return headline
    typed = headline.translate(_TYPED)
    return next((d for d in declared if d.translate(_TYPED) == typed), headline)


def _subheadlines(tree: Any) -> list[str]:
    return [t for h2 in tree.iter("h2") if (t := clean(h2.text_content())) and len(t.split()) <= 40]


def choose_title(tree: Any, sites: list[str], fallback: str | None = None) -> str | None:
    """The headline: a visible <h1> that a declared title confirms (spelt as declared), else the first
    declared title with the site's name stripped; on a page without an <h1> whose declared titles only
    name the site, its first <h2>; else ``fallback``."""
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
            return _declared_spelling(h, declared + stripped)
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
    if declared and not _headlines(tree):
        # as trafilatura's last resort: the page's first <h2> that is not the site's name
        return next((h for h in _subheadlines(tree) if not _is_site(h, sites)), clean(fallback) or None)
    return clean(fallback) or None


def clean_name(name: str) -> str:
    s = clean(name)
    s = _NAME_LEAD.sub("", s).strip(" .,;:-–—|")
    s = _CREDENTIAL.sub("", s).strip(" .,;:")
    s = re.sub(r"\s+(?i:for)\s+(?:(?i:the)\s+)?[A-Z][\w.&' -]*$", "", s)  # "Jane Roe For The Evening Courier"
    s = _RUN_ON.sub(r"\1", s).strip(" .,;:-–—|/")
    if (avatar := _AVATAR_RUN_ON.match(s)) and _initials(avatar["name"]) == avatar["initials"]:
        s = avatar["name"]  # "IMIlse Marwick": the avatar's initials run into the name
    s = re.sub(r"\s+(?:says|said|wrote|writes)$", "", s, flags=re.I)
    # buttons set beside the name in a byline ("Ilse Marwick Twitter Email")
    if len((bare := _BUTTONS_TAIL.sub("", s)).split()) >= 2:
        s = bare
    # a job title or a wire's name set after the name with no comma ("GARY GRAVES AP Sports Writer",
    # "JILL LAWLESS Associated Press"), when a name of two words or more is left
    for tail in (_ROLE_TAIL.search(s), _wire_tail(s)):
        if tail and len(s[: tail.start()].split()) >= 2:
            return s[: tail.start()].rstrip(" .,;:-–—|/")
    return s


def _wire_tail(name: str) -> re.Match[str] | None:
    """The news agency's name that ends ``name`` ("Jill Lawless Associated Press"), if one does."""
    words = name.split()
    for k in range(min(3, len(words) - 2), 0, -1):
        if squash(" ".join(words[-k:])) in _WIRES:
            return re.search(r"\s+" + r"\s+".join(map(re.escape, words[-k:])) + "$", name)
    return None


def split_authors(value: str | list[str] | None) -> list[str]:
    if not value:
        return []
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        # "Bradley M. Kuhn (http://example.org/bk/)": addresses and asides in brackets are not names
        item = _CREDENTIAL.sub("", _ASIDE.sub(" ", clean(item)))
        for k, part in enumerate(_NAME_SPLIT.split(_NAME_LEAD.sub("", item))):
            name = clean_name(part)
            if name and not (k and _JOB_TITLE.match(name)):
                out.append(name)
    return unique_names(out)


def unique_names(names: Iterable[str]) -> list[str]:
    """Each name once, however it is written ("MEG KINNARD" and "Meg Kinnard" are one person): the first
    spelling kept, unless it is in capitals and a later one is not."""
    out: dict[str, str] = {}
    for name in names:
        key = squash(name)
        if not key:
            continue
        if key not in out or (out[key].isupper() and not name.isupper()):
            out[key] = name
    return list(out.values())


def _plausible_name(name: str, sites: list[str]) -> bool:
    """A value that could be an author or a desk's credit: short; no digits, address, code or placeholder;
    not a button ("Share this article", "Follow …") or a day's name."""
    words = name.split()
    return (
        0 < len(words) <= 6
        and not any(c.isdigit() or c in '{}<>="' for c in name)
        and "http" not in name.lower()
        and "@" not in name
        and not _DOMAIN.match(name)
        and name.casefold() not in _NO_ONE
        and not _ACCOUNT.fullmatch(name)
        and not _NOT_A_NAME.match(name)
        and not _WIDGET.search(name)
    )


def is_credit(name: str, sites: list[str]) -> bool:
    """A desk's, an agency's or the outlet's credit ("Staff", "Agencies", "Reuters", the site's own name),
    not a person."""
    return bool(_DESK_CREDIT.match(name)) or squash(name) in _WIRES or _names_site(name, sites)


def _names_site(name: str, sites: list[str]) -> bool:
    """The outlet's name (or a word of it, or its name and a desk's: "CNN Business") given as an author;
    a blog named after its author ("Daniel Marwick" on marwick.me) is not."""
    s = squash(name)
    return any(
        s == site
        or (" " not in name.strip() and len(s) >= 3 and s in site)
        or (s.startswith(site) and _suffixed(site, name))
        for site in sites
    )


def _without_site_tail(name: str, sites: list[str]) -> str:
    """A name without the outlet's name after it ("Ilse Marwick Riverside Courier", "Ilse Marwick. Riverside
    Courier International" -> "Ilse Marwick"); a name of two words or fewer is left whole."""
    words = name.split()
    for k in range(min(3, len(words) - 2), 0, -1):
        tail = " ".join(words[-k:])
        if any(squash(tail).startswith(site) and _suffixed(site, tail) for site in sites):
            return " ".join(words[:-k]).rstrip(" .,;:-–—|")
    return name


def _name_shaped(name: str) -> bool:
    """Written as a name or a credit: one to five words, each capitalised, an initial or a particle
    ("Jose de la Cruz", "Kiran C Nair", "Reuters")."""
    words = name.split()
    return 0 < len(words) <= 5 and words[0][:1].isupper() and all(
        w[:1].isupper() or w.casefold() in _PARTICLES for w in words
    )


_COMMENT_MARK = re.compile(r"comment|repl(?:y|ies)|disqus|respon", re.I)
_OTHER_ARTICLES = re.compile(
    r"related|recirc|most[-_]?(?:popular|read)|read[-_]?next|recommend|outbrain|taboola|trending|"
    r"more[-_]?(?:stories|news|articles|from)",
    re.I,
)


def _in_comments(el: Any) -> bool:
    """True inside a reader-comment container (a commenter's name is not the article's byline), or inside
    a list of other articles (related, recommended, most popular: their bylines are other writers')."""
    for anc in el.iterancestors():
        marks = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if _COMMENT_MARK.search(marks) or _OTHER_ARTICLES.search(marks):
            return True
    return False


def _without_dateline(names: list[str], text: str) -> list[str]:
    """Names without a place or day after the last comma ("By Reuters, Washington", "By A. Name, Cairo")."""
    if len(names) > 1 and len(names[-1].split()) == 1 and re.search(rf",\s*{re.escape(names[-1])}\W*$", text):
        return names[:-1]
    return names


def _initials(name: str) -> str:
    """The capitals that open a name's words ("Ilse de Marwick" -> "IM")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


#: Initials set before a name with no space, as a byline's avatar shows them ("IMIlse Marwick").
_AVATAR_RUN_ON = re.compile(r"^(?P<initials>[A-Z]{2,3})(?P<name>[A-Z][a-z]\S*(?:\s+\S+)+)$")


def _without_avatars(names: list[str]) -> list[str]:
    """Names without the writer's initials that an avatar shows beside the name ("IM" beside "Ilse
    Marwick"): a credit of one to three capitals that are another name's initials is no one."""
    def avatar(n: str) -> bool:
        bare = n.replace(".", "").replace(" ", "")
        return bool(re.fullmatch(r"[A-Z]{1,3}", bare)) and any(o != n and _initials(o) == bare for o in names)

    return [n for n in names if not avatar(n)]


def byline_text_names(text: str) -> list[str]:
    """The names a byline's text gives, without what follows them: a team, a date, "updated …"
    ("Posted by A, B and C - Safe Browsing team" -> A, B, C)."""
    body = _BYLINE_END.sub("", _NAME_LEAD.sub("", _DATED_LEAD.sub("", clean(text)), count=1))
    return _without_avatars(_without_dateline(split_authors(body), body))


def _text_byline(el: Any) -> str | None:
    """The byline an element's own text opens, as visible text without byline markup: "By Name …"
    in the element, or the word "By" alone as a label followed by the name."""
    head = clean(el.text)
    if not head or not _BYLINE_OPEN.match(head):
        return None
    text = clean(el.text_content())
    if len(text) > 160:
        return None
    if _BYLINE_OPEN.fullmatch(text):  # a "By" label: the name is the next text on the page
        following = el.xpath("following::text()[normalize-space()][1]")
        return f"By {clean(following[0])}" if following else None
    # the byline's first line: what a <br> or a block sets below it is not a name ("By Name<br>Outlet News")
    lines = _lines(el)
    if len(lines) > 1 and _BYLINE_OPEN.fullmatch(lines[0]):
        return f"By {lines[1]}"
    return lines[0] if lines else text


def _tail_byline(el: Any) -> str | None:
    """A byline written as loose text on a line of its own after a block ("<h2>Headline</h2> Posted by Name
    under <a>Category</a>"): the text after the block, when it opens with a capital "By", "Posted by" …
    ("approved <em>…</em> by Parliament" runs on after an inline element, and is no byline)."""
    if el.tag not in _BLOCK_TAGS and el.tag != "br":
        return None
    tail = clean(el.tail)
    if not tail[:1].isupper() or len(tail) > 160 or not _BYLINE_OPEN.match(tail) or _BYLINE_OPEN.fullmatch(tail):
        return None
    return tail


def _lines(el: Any) -> list[str]:
    """An element's text as the page shows it, one line per block element or ``<br>``, and where two inline
    elements touch with no space between a word and a capital ("Meg James</a><span>Staff Writer": styled
    apart on the page). The tree is left as it is: trafilatura reads it next."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        block = isinstance(node.tag, str) and (node.tag in _BLOCK_TAGS or node.tag == "br")
        parts.append("\n" if block else _SOFT)
        if isinstance(node.tag, str) and node.tag not in ("script", "style", "template"):
            parts.append(node.text or "")
            for child in node:
                walk(child)
        parts.append("\n" if block else _SOFT)
        parts.append(node.tail or "")

    parts.append(el.text or "")
    for child in el:
        walk(child)
    text = _TOUCHING.sub("\n", "".join(parts)).replace(_SOFT, "")
    return [line for line in (clean(x) for x in text.split("\n")) if line]


_SOFT = "\x00"
_TOUCHING = re.compile(r"(?<=[a-z])\x00+(?=[A-Z])")
_BLOCK_TAGS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                         "header", "footer", "aside", "figure", "figcaption", "blockquote", "table", "tr", "dd",
                         "dt", "dl"})  # fmt: skip


#: A line that opens with "By" before a name ("By Ilse Marwick", "ByIlse Marwick" where the word and the
#: link touch, "By" alone as a label).
_BY_LINE = re.compile(
    r"^[\W_]*(?:(?:posted|written|reported|story|article)\s+)?(?:by(?![\w-])|(?-i:By)(?=(?-i:[A-Z])))", re.I
)
#: The most writers one byline names: more is a list of a site's writers, not an article's byline.
_MAX_BYLINE_NAMES = 6


def _from_by_line(lines: list[str]) -> list[str]:
    """A byline box's lines from the one that opens with "By": what the box sets above it (the site's name,
    a section's label, buttons, an avatar's initials) names no writer."""
    at = next((k for k, line in enumerate(lines) if _BY_LINE.match(line)), 0)
    if at + 1 < len(lines) and _BY_LINE.sub("", lines[at]).strip(" :") == "":
        # "By" alone, a label before the name's own element: one line, as the page reads it
        return [f"By {lines[at + 1]}", *lines[at + 2 :]]
    return lines[at:]


def _marked_byline(el: Any) -> list[str]:
    """Names in an element marked as a byline, line by line: a line after the first that is not written as
    full names (a job title, "Seattle Times business reporter"; a button, "Edit") is left out."""
    names: list[str] = []
    for k, line in enumerate(_from_by_line(_lines(el))[:4]):
        text = _BYLINE_END.sub("", _NAME_LEAD.sub("", _DATED_LEAD.sub("", line), count=1))
        if not text or len(text.split()) > 12:
            continue
        found = _without_dateline(split_authors(text), text)
        if k and not all(_name_shaped(n) and " " in n for n in found):
            continue
        names.extend(n for n in found if n not in names)
    names = _without_avatars(names)
    return names if len(names) <= _MAX_BYLINE_NAMES and all(len(n.split()) <= 6 for n in names) else []


def _names_a_person(name_el: Any, box: Any) -> bool:
    """Whether an ``itemprop="name"`` element inside ``box`` names a writer: its nearest item (the element
    itself or an ancestor up to ``box`` with ``itemscope``) is the article's author or creator, or a
    schema.org Person given as no other property (not a reviewer or an editor, not the article, its
    publisher or an image)."""
    for node in [name_el, *name_el.iterancestors()]:
        if node.get("itemscope") is not None:
            prop = node.get("itemprop") or ""
            if prop:
                return bool(re.search(r"author|creator", prop, re.I))
            return bool(re.search(r"person", node.get("itemtype") or "", re.I))
        if node is box:
            break
    return False


def _microdata_name(el: Any) -> list[str]:
    """The writer an ``itemprop="name"`` element gives: its ``content`` in a ``<meta>``, else its text."""
    return split_authors(el.get("content")) if el.tag == "meta" else _marked_byline(el)


_SKIP_TAGS = frozenset({"meta", "link", "script", "style", "head", "html", "body", "title", "template", "noscript"})


def byline_candidates(tree: Any) -> list[tuple[int, list[str], bool]]:
    """Bylines the page shows, each with its element's position in document order and whether the element
    is marked as a byline: elements marked so (``rel=author``, ``itemprop=author``, a byline class), and
    text opening with "By" whose names are written as names. Reader comments and lists of other articles
    are left out."""
    out: list[tuple[int, list[str], bool]] = []
    for i, el in enumerate(tree.iter()):
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        marks = " ".join(el.get(a) or "" for a in ("class", "id", "rel", "itemprop", "data-testid"))
        names: list[str] = []
        if _BYLINE_MARK.search(marks):
            named = el.xpath(".//*[@itemprop='name']")
            people = [n for n in named if _names_a_person(n, el)]
            if 1 < len(people) <= _MAX_BYLINE_NAMES:
                # a byline box that gives each writer as a schema.org Person of its own: every one is a writer
                # (more than a byline holds is a list of the site's writers, read as before)
                names = unique_names(n for p in people for n in _microdata_name(p))
            elif named and named[0].tag == "meta":
                # schema.org microdata that gives the name in a <meta> ("<meta itemprop=name content=…>")
                names = split_authors(named[0].get("content"))
            else:
                names = _marked_byline(named[0] if named else el)
            names = [n for n in names if not _WIDGET.search(n)]
        marked = bool(names)
        for text in (() if names else (_text_byline(el), _tail_byline(el))):
            names = byline_text_names(text) if text else []
            if not names or len(names) > _MAX_BYLINE_NAMES or not all(_name_shaped(n) for n in names):
                names = []
            if names:
                break
        if names and not _in_comments(el):
            out.append((i, names, marked))
    return out


def _headline_position(tree: Any, title: str | None) -> int | None:
    """Document position of the ``<h1>`` that shows the title (else of the first ``<h1>``)."""
    first = None
    key = squash(title or "")
    for i, el in enumerate(tree.iter()):
        if el.tag == "h1":
            text = squash(el.text_content())
            if key and text and (key in text or text in key):
                return i
            first = i if first is None else first
    return first


def visible_byline(
    tree: Any, title: str | None = None, candidates: list[tuple[int, list[str], bool]] | None = None
) -> list[str]:
    """Names in the page's byline: the first byline after the headline (the article's, not a teaser's
    in a sidebar before it), else the first on the page. ``candidates``: the page's, when already found."""
    candidates = byline_candidates(tree) if candidates is None else candidates
    if not candidates:
        return []
    at = _headline_position(tree, title)
    after = [names for i, names, _ in candidates if at is not None and i > at]
    return after[0] if after else candidates[0][1]


def marked_one_by_one(candidates: list[tuple[int, list[str], bool]]) -> list[str]:
    """The names a page marks as writers one at a time, each alone in an element marked as a byline
    ("By <a rel="author">A</a>, <a rel="author">B</a>"); a section's name or a place set in the byline's
    box beside them is not marked so."""
    return unique_names(names[0] for _, names, marked in candidates if marked and len(names) == 1)


_VISIBLE_TEXT = (
    "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)"
    " and not(ancestor::template)]"
)


_NOT_ALNUM = re.compile(r"[\W_]+")


def unseen_names(tree: Any, names: Iterable[str]) -> list[str]:
    """The ``names`` that the page shows nowhere in its visible text (compared squashed: "KEVIN RONDE" is
    "Kevin Ronde")."""
    shown = _NOT_ALNUM.sub("", " ".join(tree.xpath(_VISIBLE_TEXT)).casefold())  # squash() at C speed
    return [n for n in names if squash(n) and squash(n) not in shown]


#: Meta fields that give one person each, often surname first ("Marwick, Ilse"; "Vale, D.").
_ONE_PERSON_META = ("citation_author", "dc.creator", "dcterms.creator")
_PARTICLE = "(?:" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + ")"
_SURNAME_FIRST = re.compile(
    rf"^(?P<last>(?:{_PARTICLE}\s+){{0,2}}[A-Z][\w'’-]+),\s*"
    rf"(?P<first>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|{_PARTICLE}))*)$"
)


def surname_first(value: str) -> str:
    """A name written surname first, as citation and Dublin Core fields write it, in reading order:
    "Marwick, Ilse" -> "Ilse Marwick", "Vale, D." -> "D. Vale", "Jong, Michiel de" -> "Michiel de Jong".
    Anything else (two names with a comma between them, a name with a title) is returned as it is."""
    text = clean(value)
    m = _SURNAME_FIRST.match(text)
    if not m or len(m["first"].split()) > 3:
        return text
    return f"{m['first']} {m['last']}"


def _ld_author(obj: dict[str, Any]) -> Any:
    """An article object's author, else its creator (schema.org's wider term, which some pages use alone)."""
    return obj["author"] if obj.get("author") else obj.get("creator")


def _ld_this_article(tree: Any, title: str | None) -> list[dict[str, Any]]:
    """The JSON-LD article objects that describe this page's article: where several declare a headline
    and some of them are the page's title, the others (another article's, a related story's) are left
    out; objects without a headline (a recipe, a review of the article) stay."""
    articles = _ld_articles(tree)
    if not title:
        return articles

    def this(obj: dict[str, Any]) -> bool | None:
        headlines = [clean(h) for h in _ld_names(obj.get("headline"))]
        if not headlines:
            return None
        key = squash(title)
        return any(squash(h) and (squash(h) in key or key in squash(h) or _overlap(h, title) >= 0.8) for h in headlines)

    verdicts = [this(o) for o in articles]
    if True in verdicts and False in verdicts:
        return [o for o, v in zip(articles, verdicts, strict=True) if v is not False]
    return articles


def declared_authors(tree: Any, title: str | None = None) -> list[str]:
    """The authors JSON-LD names (of the article whose headline is ``title``, where several are declared),
    else (or where JSON-LD names only organisations) the author meta fields (citation, Dublin Core,
    article, author); a citation or Dublin Core author written surname first is turned round."""
    ids = _ld_ids(tree)
    articles = _ld_this_article(tree, title)
    names = [n for o in articles for v in _ld_names(_ld_author(o), ids=ids) for n in split_authors(v)]
    organisations = {squash(n) for n in declared_organisations(tree, title)} if names else set()
    if all(squash(n) in organisations for n in names):
        for el in tree.iter("meta"):
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").casefold()
            if key in _AUTHOR_META and (value := clean(el.get("content"))):
                names.extend(split_authors(surname_first(value) if key in _ONE_PERSON_META else value))
    return unique_names(names)


def declared_organisations(tree: Any, title: str | None = None) -> list[str]:
    """The authors JSON-LD declares as organisations (``{"@type": "Organization", "name": …}``, also when
    given by reference to an ``@id``)."""
    ids = _ld_ids(tree)
    out: list[str] = []
    for obj in _ld_this_article(tree, title):
        value = _ld_author(obj)
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, dict):
                continue
            if "name" not in item and isinstance(ref := item.get("@id"), str) and ref in ids:
                item = ids[ref]
            types = _types(item)
            if _ORGANISATION.search(types) and not re.search("person", types, re.I):
                out.extend(n for v in _ld_names(item.get("name"), 1) for n in split_authors(v))
    return unique_names(out)


def declared_handles(tree: Any) -> list[str]:
    """The user names the page declares for its writer (``twitter:creator``, a meta author), "@" dropped."""
    return [v.lstrip("@") for v in _meta(tree, "twitter:creator", "author") if _HANDLE.fullmatch(v.lstrip("@"))]


def _without_accounts(names: list[str]) -> list[str]:
    """Declared authors without a content system's account declared beside a writer's name ("gqlshare",
    "ilse-m" beside "Ilse Marwick"): a value in small letters with no space is a user name, not a second
    writer, where another value is a full name. A user name declared alone stays (a forum's writer)."""
    if not any(" " in n and _name_shaped(n) for n in names):
        return names
    return [n for n in names if " " in n.strip() or any(c.isupper() for c in n)]


def choose_authors(meta: PageMeta, found: str | None = None) -> tuple[str, ...]:
    """The article's authors.

    People first: the declared ones (else trafilatura's ``found``), unless the visible byline completes
    them ("Todd" -> "Todd Bates") or names people where they name none; then the visible byline's. When
    no one names a person, the credit the page gives ("Staff", "Agencies", the outlet's name): the visible
    byline's, else the declared one. Placeholders ("admin") are never kept."""
    sites = list(meta.sites)
    organisations = {squash(n) for n in meta.organisations}

    def credit(name: str) -> bool:
        return (
            is_credit(name, sites)
            or squash(name) in organisations
            or bool(_ORGANISATION_WORD.search(name) or _THE_CREDIT.match(name))
        )

    declared = [_without_site_tail(n, sites) for n in meta.declared_authors if _plausible_name(n, sites)]
    # trafilatura's guess is any text near an "author" mark: kept only when written as a name or a user name
    # ("Revised Edition Edited by Adrian Parr" is neither)
    guessed = [
        n for n in split_authors(found) if _plausible_name(n, sites) and (_name_shaped(n) or _HANDLE.fullmatch(n))
    ]
    visible = [_without_site_tail(n, sites) for n in meta.byline if _plausible_name(n, sites)]
    people = _without_accounts([n for n in declared if not credit(n)])
    shown = [n for n in visible if not credit(n)]
    if shown:
        # a declared value the byline does not show and that is not written as a name ("gqlshare") is no one
        people = [d for d in people if _name_shaped(d) or any(squash(d) in squash(v) for v in shown)]
    # a user name ("delta201") where the byline shows the one the page declares for its writer
    declared_handles = {h.casefold() for h in meta.handles}
    users = [n for n in meta.byline if _HANDLE.fullmatch(n) and n.casefold() in declared_handles]
    if users and not people and not shown and not any(_names_site(n, sites) for n in users):
        return tuple(users)
    if not meta.declared_authors and not meta.byline:
        # trafilatura's guess only when the page declares and shows no byline (it may be a commenter's; where
        # the page declares a value that is no name, "BahamasLocal.com", the guess is that value reworded)
        people = [n for n in guessed if not credit(n)]
    if shown and not people:
        return tuple(shown)
    completions = [next((v for v in shown if squash(d) in squash(v)), None) for d in people]
    if shown and all(completions):
        # the byline writes the declared names out in full ("Todd" -> "Todd Bates"); other names near it
        # (a section, a photographer) are left out, but for a co-writer the page marks as a writer in his
        # own right, as it marks the declared one (metadata often declares the first writer alone)
        marked = {squash(n) for n in meta.marked}
        cowriters = [v for v in shown if squash(v) in marked and len(v.split()) >= 2 and _name_shaped(v)]
        return tuple(unique_names([c for c in completions if c] + cowriters))
    if shown and all(len(d.split()) == 1 for d in people):
        return tuple(shown)
    unseen = {squash(n) for n in meta.unseen}
    if shown and people and not any(completions) and all(squash(d) in unseen for d in people):
        # the declared author is shown nowhere on the page and the byline names someone else: the account
        # that posted the page (a content system's user), not the writer the reader sees
        return tuple(shown)
    if people:
        return tuple(people)
    # a credit the byline shows; declared, a desk's or an agency's, else another organisation's (a declared
    # author naming the site is the site's default)
    desks = [n for n in declared if _DESK_CREDIT.match(n) or squash(n) in _WIRES]
    others = [n for n in declared if squash(n) in organisations and not _names_site(n, sites)]
    return tuple(visible or desks or others)


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


#: A date-time with its offset from UTC written out ("2023-11-08T21:11:03-05:00"); not "Z" or "+00:00".
_LOCAL_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-](?!00:?00)\d{2}:?\d{2}$")


def local_published(tree: Any) -> str | None:
    """The publication day in the outlet's own time, where the page declares its publication date-time
    with a local offset (JSON-LD ``datePublished``, ``article:published_time``, a ``<time>`` marked as
    published): "2023-11-08T21:11:03-05:00" is 8 November where the outlet is, 9 November in UTC."""
    values = [v for o in _ld_articles(tree) if isinstance(v := o.get("datePublished"), str)]
    values += _meta(tree, "article:published_time", "og:article:published_time")
    values += [el.get("content") or el.get("datetime") or "" for el in
               tree.xpath("//*[@itemprop='datePublished'] | //time[@pubdate]")]  # fmt: skip
    local = next((m for v in values if (m := _LOCAL_TIME.match(v.strip()))), None)
    if local is None:
        return None
    # the same instant wherever it is declared; a page that declares two ("datePublished" and
    # "dateModified" swapped in one of its blocks) is left to htmldate
    instant = _instant(local[0])
    others = [_instant(v.strip()) for v in values]
    if instant is None or any(o is not None and abs((o - instant).total_seconds()) > 60 for o in others):
        return None
    return local[1]


def _instant(value: str) -> datetime | None:
    """A date-time with its offset as an aware datetime; None for anything else."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def publication_date(tree: Any, url: str | None = None) -> str | None:
    """The original publication date: the day the page declares in its own time zone, else htmldate's
    (original over modified, on a copy of the tree: it prunes what it reads), else the date the page
    declares. Date-times declared in UTC are often a day off the local date the page shows, so they
    come last."""
    local = local_published(tree)
    if local:
        return local
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
    title = choose_title(tree, sites)
    declared = declared_authors(tree, title)
    candidates = byline_candidates(tree)
    byline = visible_byline(tree, title, candidates)
    return PageMeta(
        title=title,
        declared_authors=tuple(declared),
        byline=tuple(byline),
        published=publication_date(tree, url),
        site_name=next(iter(_meta(tree, "og:site_name")), None),
        url=url,
        sites=tuple(sites),
        handles=tuple(declared_handles(tree)),
        organisations=tuple(declared_organisations(tree, title)),
        # (only a page with a byline to set against the declared authors needs it)
        unseen=tuple(unseen_names(tree, declared) if declared and byline else ()),
        marked=tuple(marked_one_by_one(candidates)),
    )

