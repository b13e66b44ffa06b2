"""Split a document's text into typed segments.

Works on plain text as pages are saved (one paragraph a line, debris included) and on text extracted from
HTML (with hints: the known title and where the comment section starts). The order of the passes:

1. every paragraph that matches the page-debris lexicon is debris;
2. the reader-comment thread starts at a comment-section marker or at the first paragraph that quotes the
   article back; everything after it belongs to reader comments;
3. the header: headline (its repeats are debris), standfirst, byline, dateline, read time, captions;
4. the footer: related-article teasers, trailing byline, author bio, syndication credit;
5. the rest of the article: section headings, captions, body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from importlib import resources
from itertools import pairwise

from rashomon.ingest.dates import parse_date_line
from rashomon.records import Segment, SegmentKind

K = SegmentKind


@dataclass(frozen=True, slots=True)
class Hints:
    """What the reader already knows about the text's layout."""

    title: str | None = None
    comments_start: int | None = None


@dataclass(slots=True)
class _Para:
    start: int
    end: int
    text: str
    kind: SegmentKind | None = None
    comment: int | None = None


# ---------------------------------------------------------------------------------------------- lexicons


@dataclass(frozen=True, slots=True)
class _Lexicon:
    debris_line: tuple[re.Pattern[str], ...]
    debris_has: tuple[re.Pattern[str], ...]
    debris_policy: tuple[re.Pattern[str], ...]
    comment_marker: tuple[re.Pattern[str], ...]
    comment_start: tuple[re.Pattern[str], ...]


def _read_rules(filename: str) -> dict[str, list[str]]:
    rules: dict[str, list[str]] = {}
    text = resources.files("rashomon.data").joinpath(filename).read_text(encoding="utf-8")
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, pattern = line.partition(":")
        if not sep or not pattern.strip():
            raise ValueError(f"{filename}:{n}: expected 'kind: regex', got {raw!r}")
        rules.setdefault(key.strip(), []).append(pattern.strip())
    return rules


#: What a pattern may not hold to be joined with others into one: a back-reference or a named group.
_GROUP_REFERENCE = re.compile(r"\\\d|\(\?P[<=]")


def _joined(patterns: list[str], anchor: str) -> tuple[re.Pattern[str]] | None:
    """The patterns (each anchored as ``anchor`` says) joined into one alternation, which matches a text
    where any of them does: one search instead of one per pattern. None when there are none, or one
    refers to a group (its number or name would change) or cannot stand inside a group."""
    if not patterns or any(_GROUP_REFERENCE.search(p) for p in patterns):
        return None
    try:
        return (re.compile(anchor.format("|".join(f"(?:{p})" for p in patterns)), re.I),)
    except re.error:
        return None


@cache
def lexicon() -> _Lexicon:
    debris = _read_rules("page_debris.txt")
    cues = _read_rules("comment_cues.txt")

    def compile_all(patterns: list[str], anchor: str) -> tuple[re.Pattern[str], ...]:
        return _joined(patterns, anchor) or tuple(re.compile(anchor.format(p), re.I) for p in patterns)

    return _Lexicon(
        debris_line=compile_all(debris.get("line", []), r"^(?:{})$"),
        debris_has=compile_all(debris.get("has", []), r"(?:{})"),
        debris_policy=compile_all(debris.get("policy", []), r"(?:{})"),
        comment_marker=compile_all(cues.get("marker", []), r"^(?:{})$"),
        comment_start=compile_all(cues.get("start", []), r"^(?:{})"),
    )


# ---------------------------------------------------------------------------------------------- line tests

_QUOTE_CHARS = str.maketrans({"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_DASHES = re.compile(r"[‐‑‒–—―]")
_NON_WORD = re.compile(r"[^\w' ]+")
_WS = re.compile(r"\s+")
_OPEN_QUOTES = "“\"«‘'„["
_CLOSE_QUOTES = "”\"»’']"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_READ_TIME = re.compile(r"^\d+\s*min(?:ute)?s?\s+read$", re.I)
_BYLINE = re.compile(
    r"^(?:by|written by|words by|story by|reporting by)\s+(?P<names>[A-Z][\w'’.-]+(?:[\s,]+(?:and\s+|&\s+)?"
    r"(?:(?:de|da|van|von|al|el|bin|ibn|der|la|le)\s+)?[A-Z][\w'’.-]+)*)",
    re.I,
)
_NAME_TOKEN = r"[A-Z][a-zA-Z'’.-]+"
_NAME_LINE = re.compile(
    rf"^(?:(?:Dr|Prof|Mr|Ms|Mrs|Sir)\.?\s+)?{_NAME_TOKEN}(?:\s+(?:(?:de|da|van|von|al|el|bin|ibn|der|la|le)\s+)?"
    rf"{_NAME_TOKEN}){{1,3}}$"
)
_CAPTION = re.compile(
    r"(?:\b(?:photo|image|picture|credit|source)\s*(?:caption|credit)?\s*:|photo caption|\bphoto by\b|"
    r"\((?:photo|image|file photo)[^)]*\)$|getty images|/\s*(?:reuters|afp|ap|anadolu|tass|irna)$)",
    re.I,
)
_SYNDICATION = re.compile(
    r"(?i:cross-?posted (?:with|from|on|at)|originally (?:appeared|published|ran) (?:in|on|at|by)|"
    r"first (?:appeared|published|ran) (?:in|on|at|by)|republished (?:with permission )?(?:from|by)|"
    r"reprinted (?:with permission )?from|(?:posted|published) courtesy of)\s+"
    r"(?P<outlet>(?:[Tt]he\s+)?[A-Z0-9][\w&'’.-]*(?:\s+(?:of\s+|&\s+|for\s+)?[A-Z0-9][\w&'’.-]*)*)"
)
_TEASER_MARKER = re.compile(
    r"^(?:related(?: posts?| articles?| stories| news| reading)?|you (?:may|might) also like|read also|"
    r"also read|more from [\w .'-]+|recommended(?: for you)?|more stories|further reading|see also|"
    r"most read|popular posts?|latest news):?$",
    re.I,
)


def norm(text: str) -> str:
    """Comparison form: lower case, straight quotes and dashes, no punctuation, single spaces."""
    s = _DASHES.sub("-", text.translate(_QUOTE_CHARS).lower())
    s = _NON_WORD.sub(" ", s.replace("-", " "))
    return _WS.sub(" ", s).strip()


def _dedup_form(text: str) -> str:
    s = norm(text)
    return s[4:] if s.startswith("the ") else s


def near_duplicate(a: str, b: str) -> bool:
    """Two lines a page repeats (headline twice, caption and alt text), allowing small edits."""
    return _near_duplicate_forms(_dedup_form(a), _dedup_form(b))


def _near_duplicate_forms(x: str, y: str) -> bool:
    """:func:`near_duplicate` of two lines' comparison forms (:func:`_dedup_form`)."""
    if not x or not y:
        return False
    if x == y:
        return True
    if min(len(x), len(y)) / max(len(x), len(y)) < 0.8:
        return False
    matcher = SequenceMatcher(None, x, y, autojunk=False)
    # quick_ratio is a cheap upper bound of ratio: most pairs stop there
    return matcher.real_quick_ratio() >= 0.9 and matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


def word_count(text: str) -> int:
    return len(text.split())


def is_debris(text: str) -> bool:
    lex = lexicon()
    s = text.strip(" •·|-–—>»*\t")
    if not s:
        return True
    if any(p.match(s) for p in lex.debris_line):
        return True
    return word_count(s) <= 30 and any(p.search(s) for p in lex.debris_has)


def is_comment_policy(text: str) -> bool:
    """A comment policy or moderation note ("Keep it civil…"): looked for only around a comment thread,
    where it is debris, since its words also occur in news about moderation."""
    s = text.strip()
    return word_count(s) <= 80 and any(p.search(s) for p in lexicon().debris_policy)


def is_read_time(text: str) -> bool:
    return bool(_READ_TIME.match(text.strip()))


def byline_names(text: str) -> list[str]:
    """Names in a byline ("By A and B posted with permission ...") -> ["A", "B"]."""
    m = _BYLINE.match(text.strip())
    if not m:
        return []
    names: list[str] = []
    for part in re.split(r",\s*|\s+and\s+|\s*&\s*", m["names"]):
        tokens = part.split()
        # stop at the first token that is not a capitalised name word (e.g. "posted", "with")
        kept: list[str] = []
        for tok in tokens:
            if tok[:1].isupper() or tok.lower() in {
                "de",
                "da",
                "van",
                "von",
                "al",
                "el",
                "bin",
                "ibn",
                "der",
            }:
                kept.append(tok)
            else:
                break
        if len(kept) >= 2:
            names.append(" ".join(kept).rstrip(".,"))
    return names


def is_byline(text: str) -> bool:
    return bool(byline_names(text))


def is_name_line(text: str) -> bool:
    s = text.strip()
    return len(s) <= 45 and bool(_NAME_LINE.match(s))


#: Labels of a page's metadata fields ("Date: …", "Keywords: …", "| Author | … |", a label above its value).
_FIELD_LABEL = re.compile(
    r"^(?:date|published(?: on)?|updated|last updated|posted(?: on)?|author|authors|by|writer|written by|"
    r"source|keywords?|tags?|topics?|categor(?:y|ies)|section|filed under|feedback|comments?|print|share|"
    r"e-?mail|language|views|reads|rating|permalink|reading time|word count|photo|credits?)$",
    re.I,
)
_FIELD_LINE = re.compile(r"^\|?\s*(?P<label>[^:|]{2,20}?)\s*(?::|\|)\s*(?P<value>.*?)\s*\|?$")
_AUTHOR_LABEL = re.compile(r"^(?:author|authors|by|writer|written by)$", re.I)
_DATE_LABEL = re.compile(r"^(?:date|published(?: on)?|posted(?: on)?)$", re.I)
_PLACE = re.compile(r"^(?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|upon|on|de|la|le|am|an|der))*$")


def _field(text: str) -> tuple[str, str] | None:
    """(label, value) of a metadata field line ("Keywords: river, water", "| Date | 19.04.2022 |"), or of
    a label alone ("Feedback"); None for other lines."""
    s = _unbullet(text)
    if word_count(s) > 16:
        return None
    if _FIELD_LABEL.match(s.strip("|: ")):
        return s.strip("|: "), ""
    m = _FIELD_LINE.match(s)
    if m and _FIELD_LABEL.match(m["label"].strip()):
        return m["label"].strip(), m["value"].strip(" |")
    return None


def _unbullet(text: str) -> str:
    """A line without the list mark extraction gave it ("- Date")."""
    return re.sub(r"^[-•*·]\s+", "", text.strip())


def writer_line(text: str) -> str | None:
    """The writer a letter's name line gives: "Name, Town" -> "Name"; None for other lines (a name alone
    is not enough: title-case section headings look the same)."""
    name, _, place = text.strip().rstrip(".").partition(",")
    if (
        not is_name_line(name)
        or not place.strip()
        or word_count(place) > 4
        or not _PLACE.match(place.strip())
    ):
        return None
    return name.strip()


def syndicated_outlet(text: str) -> str | None:
    """The outlet a credit line names: "cross-posted with The Diplomat" -> "The Diplomat"."""
    m = _SYNDICATION.search(text)
    if not m:
        return None
    return m["outlet"].rstrip(".,;:'’").strip() or None


def is_caption(text: str) -> bool:
    return bool(_CAPTION.search(text))


def is_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.strip()))


def looks_like_headline(text: str) -> bool:
    s = text.strip()
    n = word_count(s)
    if not 2 <= n <= 30 or len(s) > 220:
        return False
    if s.endswith((".", ",", ";")) and not s.endswith("..."):
        return False
    if is_debris(s) or parse_date_line(s) or is_byline(s) or is_read_time(s):
        return False
    return s[0].isupper() or s[0].isdigit() or s[0] in _OPEN_QUOTES


def looks_like_heading(text: str) -> bool:
    s = text.strip()
    n = word_count(s)
    if n > 12 or not s or not (s[0].isupper() or s[0].isdigit() or s[0] in _OPEN_QUOTES):
        return False
    if s.endswith((".", ",", ";", ":")):
        return False
    return not (s.endswith("!") and n > 6)


def quote_inner(text: str) -> str | None:
    """The quoted text if the whole line is a quotation (“...”, "...", [...]), else None."""
    s = text.strip()
    if len(s) < 3 or s[0] not in _OPEN_QUOTES:
        return None
    body = s.rstrip(".,;:!? ")
    if not body or body[-1] not in _CLOSE_QUOTES:
        # punctuation may sit inside the closing quote: “... today”.
        return None
    inner = body[1:-1].strip()
    return inner.lstrip(".… ").strip() or None


def _opens_quote(text: str) -> bool:
    s = text.strip()
    return bool(s) and s[0] in '“"«„' and quote_inner(s) is None


def _closes_quote(text: str) -> bool:
    body = text.strip().rstrip(".,;:!? ")
    return bool(body) and body[-1] in '”"»'


# ---------------------------------------------------------------------------------------------- passes


def _paragraphs(text: str) -> list[_Para]:
    paras = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        paras.append(_Para(start, start + len(stripped), stripped))
    return paras


def _found_in(inner: str, haystack_norm: str) -> bool:
    needle = norm(inner)
    if word_count(needle) < 5:
        return False
    if needle in haystack_norm:
        return True
    words = needle.split()
    # a quote trimmed or lightly edited at either end: its first or last dozen words suffice
    return " ".join(words[:12]) in haystack_norm or " ".join(words[-12:]) in haystack_norm


def _quote_run(paras: list[_Para], i: int) -> int | None:
    """If paras[i] begins a quotation, the index of its last paragraph (multi-line quotes), else None."""
    p = paras[i]
    if p.kind is K.DEBRIS:
        return None
    if quote_inner(p.text) is not None:
        return i
    if _opens_quote(p.text):
        for j in range(i + 1, min(i + 5, len(paras))):
            if _closes_quote(paras[j].text):
                return j
            if paras[j].text.strip()[:1] in '“"«':
                break
    return None


def _run_text(paras: list[_Para], i: int, j: int) -> str:
    return " ".join(p.text for p in paras[i : j + 1]).strip(' “”"«»[]')


#: A reader quotes what is at most this many characters above the quotation (a copy of the whole text
#: above for each candidate would make a huge file quadratic in time and copy it over and over)...
_QUOTED_WITHIN = 300_000
#: ...and a text that quotes itself this many times without an answer is repetition: no thread is sought.
_UNANSWERED = 20


def _answered(paras: list[_Para], end: int, before: str) -> bool:
    """A reader's own words follow the quotation ending at paras[end]: the next paragraph is no quotation
    and no repeat of the text above. A block repeated whole (a file holding copies of an article) quotes
    the article too, but says nothing new after it: repetition alone is not a comment thread."""
    for q in paras[end + 1 : end + 4]:
        if q.kind is K.DEBRIS:
            continue
        return quote_inner(q.text) is None and not _found_in(q.text, before)
    return False


def _comment_start(text: str, paras: list[_Para], hints: Hints) -> int:
    """Index of the first paragraph of the reader-comment thread (len(paras) when there is none)."""
    if hints.comments_start is not None:
        for i, p in enumerate(paras):
            if p.start >= hints.comments_start:
                return i
        return len(paras)
    lex = lexicon()
    body_seen = unanswered = 0
    for i, p in enumerate(paras):
        if p.kind is K.DEBRIS and any(m.match(p.text.strip()) for m in lex.comment_marker) and body_seen >= 3:
            return i
        if p.kind is K.DEBRIS:
            continue
        if body_seen >= 3 and any(m.match(p.text.strip()) for m in lex.comment_marker):
            p.kind = K.DEBRIS  # the thread's own heading ("Comments (7)")
            return i
        end = _quote_run(paras, i)
        if body_seen >= 3 and end is not None and unanswered < _UNANSWERED:
            before = norm(text[max(0, p.start - _QUOTED_WITHIN) : p.start])
            if _found_in(_run_text(paras, i, end), before):
                if _answered(paras, end, before):
                    return i
                unanswered += 1
        if word_count(p.text) >= 12:
            body_seen += 1
    return len(paras)


def _header(paras: list[_Para], stop: int, hints: Hints) -> int:
    """Label the header; return the index of the first paragraph after it."""
    live = [i for i in range(stop) if paras[i].kind is None]
    if not live:
        return stop
    headline: str | None = None
    pos = 0
    if hints.title:
        for k, i in enumerate(live[:6]):
            if near_duplicate(paras[i].text, hints.title) or norm(hints.title) == norm(paras[i].text):
                paras[i].kind, headline, pos = K.HEADLINE, paras[i].text, k + 1
                break
    elif looks_like_headline(paras[live[0]].text):
        paras[live[0]].kind, headline, pos = K.HEADLINE, paras[live[0]].text, 1

    def marker(i: int) -> bool:
        t = paras[i].text
        return bool(parse_date_line(t) or is_byline(t) or is_read_time(t))

    last = live[pos - 1] + 1 if pos else 0
    k = pos
    while k < len(live) and k < pos + 14:
        i = live[k]
        t = paras[i].text
        nxt = live[k + 1] if k + 1 < len(live) else None
        prev_kind = paras[live[k - 1]].kind if k > 0 else None
        if headline is not None and near_duplicate(t, headline):
            paras[i].kind = K.DEBRIS  # the page repeats its headline
        elif parse_date_line(t):
            paras[i].kind = K.DATELINE
        elif is_read_time(t):
            paras[i].kind = K.DEBRIS
        elif (
            is_byline(t)
            or syndicated_outlet(t)
            or (
                is_name_line(t) and (prev_kind in (K.DATELINE, K.BYLINE) or (nxt is not None and marker(nxt)))
            )
        ):
            paras[i].kind = K.BYLINE
        elif nxt is not None and near_duplicate(t, paras[nxt].text):
            paras[i].kind, paras[nxt].kind = K.CAPTION, K.DEBRIS
            k += 1
        elif is_caption(t) and word_count(t) <= 40:
            paras[i].kind = K.CAPTION
        elif word_count(t) <= 60 and any(marker(j) for j in live[k + 1 : k + 3]):
            paras[i].kind = K.STANDFIRST  # a summary line standing above the byline or date
        else:
            break
        last = i + 1
        k += 1
    return last


def _footer(paras: list[_Para], begin: int, stop: int) -> None:
    """Label teasers, trailing byline, author bio and credit lines at the end of the article."""
    for i in range(begin, stop):
        p = paras[i]
        if is_read_time(p.text) and p.kind in (None, K.DEBRIS):
            # "N min read" after the header: a related-article card (title, date, author, read time)
            p.kind = K.TEASER
            for j in range(i - 1, max(begin, i - 4) - 1, -1):
                q = paras[j]
                if q.kind not in (None, K.DEBRIS) or word_count(q.text) > 25 or is_sentence(q.text):
                    break
                q.kind = K.TEASER
            for j in range(i + 1, min(stop, i + 3)):
                if paras[j].kind is not None or word_count(paras[j].text) > 25 or is_sentence(paras[j].text):
                    break
                paras[j].kind = K.TEASER
        elif p.kind is None and _TEASER_MARKER.match(p.text.strip()):
            p.kind = K.TEASER
            for j in range(i + 1, stop):
                q = paras[j]
                if q.kind is not None or word_count(q.text) > 25 or is_sentence(q.text):
                    break
                q.kind = K.TEASER
    live = [i for i in range(begin, stop) if paras[i].kind is None]
    for i in live[-4:]:
        if syndicated_outlet(paras[i].text) and word_count(paras[i].text) <= 25:
            paras[i].kind = K.BYLINE
    live = [i for i in live if paras[i].kind is None]
    for k in range(len(live) - 1, max(-1, len(live) - 5), -1):
        i = live[k]
        if not is_name_line(paras[i].text):
            continue
        after = live[k + 1 :]
        tokens = [t for t in paras[i].text.split() if len(t) > 2 and t[0].isupper()]
        if not after:
            paras[i].kind = K.BYLINE
        elif len(after) <= 2 and tokens and tokens[-1] in paras[after[0]].text:
            paras[i].kind = K.BYLINE
            for j in after:
                paras[j].kind = K.AUTHOR_BIO
        break


def _body(paras: list[_Para], begin: int, stop: int) -> None:
    forms: dict[
        int, str
    ] = {}  # each paragraph's comparison form, made once: it is compared with both neighbours

    def form(k: int) -> str:
        if k not in forms:
            forms[k] = _dedup_form(paras[k].text)
        return forms[k]

    i = begin
    while i < stop:
        p = paras[i]
        if p.kind is not None:
            i += 1
            continue
        nxt = i + 1 if i + 1 < stop and paras[i + 1].kind is None else None
        if nxt is not None and word_count(p.text) <= 60 and _near_duplicate_forms(form(i), form(nxt)):
            p.kind, paras[nxt].kind = K.CAPTION, K.DEBRIS
            i += 2
            continue
        if is_caption(p.text) and word_count(p.text) <= 60:
            p.kind = K.CAPTION
        elif looks_like_heading(p.text) and i + 1 < stop and not _ends_block(paras, i, stop):
            p.kind = K.HEADING
        else:
            p.kind = K.BODY
        i += 1


def _field_kind(label: str, value: str) -> SegmentKind:
    if value and _AUTHOR_LABEL.match(label):
        return K.BYLINE
    if value and _DATE_LABEL.match(label) and parse_date_line(value):
        return K.DATELINE
    return K.DEBRIS


def _field_blocks(paras: list[_Para], stop: int) -> None:
    """A block of the page's metadata fields ("Date / Author / Keywords / Feedback", as "Label: value"
    lines, table rows or labels above their values) is not article text: two or more fields with
    different labels in a row. Its date is a dateline, its author a byline, the rest debris."""
    i = 0
    while i < stop:
        kinds: dict[int, SegmentKind] = {}
        labels: set[str] = set()
        j = i
        while j < stop and paras[j].kind in (None, K.DEBRIS) and (f := _field(paras[j].text)):
            label, value = f
            labels.add(label.casefold())
            below = paras[j + 1] if j + 1 < stop else None
            if (
                not value
                and below
                and below.kind is None
                and not _field(below.text)
                and word_count(below.text) <= 8
            ):
                kinds[j], kinds[j + 1] = (
                    K.DEBRIS,
                    _field_kind(label, _unbullet(below.text)),
                )  # label above value
                j += 2
            else:
                kinds[j] = _field_kind(label, value)
                j += 1
        if len(labels) >= 2:
            for k, kind in kinds.items():
                paras[k].kind = kind
        i = max(j, i + 1)


def _letters(paras: list[_Para], begin: int, stop: int) -> None:
    """Letters to the editor: writers' name lines ("Name, Town") heading or signing their letters are
    bylines, not section headings; each letter's text stays beside its writer's line. Two such lines at
    least, each next to body text."""
    found = [
        i
        for i in range(begin, stop)
        if paras[i].kind in (K.HEADING, K.BODY, K.BYLINE)
        and writer_line(paras[i].text)
        and word_count(paras[i].text) <= 8
        and ((i + 1 < stop and paras[i + 1].kind is K.BODY) or (i > begin and paras[i - 1].kind is K.BODY))
    ]
    if len(found) >= 2:
        for i in found:
            paras[i].kind = K.BYLINE


def _ends_block(paras: list[_Para], i: int, stop: int) -> bool:
    """True when nothing but debris follows paras[i] before ``stop`` (a last short line is body)."""
    return all(paras[j].kind in (K.DEBRIS, K.TEASER) for j in range(i + 1, stop))


def _is_handle(text: str) -> bool:
    """A commenter's name line: short, no sentence, not a quotation."""
    s = re.sub(r"\b[A-Z]\.$", "", text.strip()).strip()  # "Narine K." ends with an initial, not a sentence
    return bool(s) and word_count(s) <= 4 and len(s) <= 40 and not is_sentence(s) and quote_inner(s) is None


def _label_block(paras: list[_Para], block: list[int], number: int) -> None:
    """One comment's paragraphs: an optional name line, quotations, and the reader's own words."""
    k = 0
    if len(block) > 1 and _is_handle(paras[block[0]].text):
        paras[block[0]].kind, paras[block[0]].comment = K.BYLINE, number
        k = 1
    while k < len(block):
        i = block[k]
        end = _quote_run(paras, i)
        if end is not None and end <= block[-1]:
            for j in range(i, end + 1):
                paras[j].kind, paras[j].comment = K.COMMENT_QUOTE, number
            k += end - i + 1
            continue
        paras[i].kind, paras[i].comment = K.COMMENT, number
        k += 1


def _comments(text: str, paras: list[_Para], begin: int) -> None:
    """Number the comments of the thread and label quotes, commenters' names and their own words.

    Where the thread separates comments by blank lines, each block is a comment. Otherwise a new
    comment starts after debris ("Reply"), at a quotation that does not continue one, or at a line
    that opens a reply ("Agree", "@name", "Thanks", ...).
    """
    region = [i for i in range(begin, len(paras)) if paras[i].kind is None]
    if not region:
        return
    breaks = {i for i, j in pairwise(region) if "\n\n" in text[paras[i].end : paras[j].start] or j != i + 1}
    if len(breaks) >= 2:
        block: list[int] = []
        number = 0
        for i in region:
            block.append(i)
            if i in breaks or i == region[-1]:
                number += 1
                _label_block(paras, block, number)
                block = []
        return
    lex = lexicon()
    number = 0
    prev: SegmentKind | None = None
    after_break = True
    k = 0
    while k < len(region):
        i = region[k]
        p = paras[i]
        end = _quote_run(paras, i)
        if end is not None and end in region:
            if prev is not K.COMMENT_QUOTE or after_break:
                number += 1
            for j in range(i, end + 1):
                paras[j].kind, paras[j].comment = K.COMMENT_QUOTE, number
            prev, after_break = K.COMMENT_QUOTE, end in breaks
            k = region.index(end) + 1
            continue
        if (
            number == 0
            or after_break
            or (prev is K.COMMENT and any(c.match(p.text.strip()) for c in lex.comment_start))
        ):
            number += 1
        p.kind, p.comment = K.COMMENT, number
        prev, after_break = K.COMMENT, i in breaks
        k += 1


_MERGE = {K.BODY, K.DEBRIS, K.TEASER, K.AUTHOR_BIO, K.STANDFIRST, K.COMMENT, K.COMMENT_QUOTE}


def _locate_quote(text: str, before: int, quoted: str) -> tuple[int, int] | None:
    inner = quoted.strip(' “”"«»[]').lstrip(".… ").rstrip('.,;:!? ”"»]')
    if len(inner) < 15:
        return None
    for candidate in (inner, inner[:80], inner[-80:]):
        pos = text.find(candidate, max(0, before - _QUOTED_WITHIN), before)
        if pos >= 0:
            if candidate is inner or candidate == inner[:80]:
                return pos, min(before, pos + len(inner))
            return max(0, pos + len(candidate) - len(inner)), pos + len(candidate)
    return None


def segment(text: str, hints: Hints | None = None) -> tuple[Segment, ...]:
    """Typed, ordered, non-overlapping segments covering every non-blank line of ``text``."""
    hints = hints or Hints()
    paras = _paragraphs(text)
    for p in paras:
        if is_debris(p.text):
            p.kind = K.DEBRIS
    c = _comment_start(text, paras, hints)
    # the thread's policy, above it or inside it (or closing a page whose thread was not saved)
    for p in paras[max(0, c - 2) :]:
        if p.kind is None and is_comment_policy(p.text):
            p.kind = K.DEBRIS
    _field_blocks(paras, c)
    h = _header(paras, c, hints)
    _footer(paras, h, c)
    _body(paras, h, c)
    _letters(paras, h, c)
    _comments(text, paras, c)

    segments: list[Segment] = []
    for p in paras:
        kind = p.kind or K.BODY
        last = segments[-1] if segments else None
        if last is not None and last.kind is kind and kind in _MERGE and last.comment == p.comment:
            segments[-1] = Segment(kind, last.start, p.end, p.comment)
        else:
            segments.append(Segment(kind, p.start, p.end, p.comment))
    return tuple(
        Segment(s.kind, s.start, s.end, s.comment, _locate_quote(text, s.start, text[s.start : s.end]))
        if s.kind is K.COMMENT_QUOTE
        else s
        for s in segments
    )
