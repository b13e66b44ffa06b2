"""Score rashomon's ingest of HTML pages (article text, title, authors, publication date) on public benchmarks.

The folder ``gold-dev/ingest`` holds saved news pages of four public benchmarks in their own formats:

- ``aeb/``: the article-extraction benchmark (scrapinghub): ``html/<id>.html.gz`` and ``ground-truth.json``
  ``{id: {"articleBody", "url"}}``, hand-made article text. Scores the **body**;
- ``trafilatura/``: trafilatura's evaluation pages, ``pages/<file>`` and ``expected.json`` ``{file: {title,
  author, date, with, without, ...}}`` (hand annotations: ``""`` annotated absent, ``null`` not annotated).
  Scores **title**, **authors**, **date**, and the body's must / must-not snippets;
- ``htmldate/``: ``pages/<file>`` and ``expected.json`` ``{file: "YYYY-MM-DD" or null}``: the original
  publication date (null: no clear date, not scored). Scores the **date**;
- ``readability/``: Mozilla Readability's test pages, ``pages/<name>/source.html`` and ``expected.json``
  (its own expected output, not a hand annotation). Scores **title** and **authors** (its byline).

Figures, each for rashomon and for the library alone on the same pages in the same run (trafilatura's
``bare_extraction`` with its defaults for text, title and author; htmldate's ``find_date`` with its
defaults for the date). Neither is given the page's URL: saved pages are read as a user reads them.

- ``body``: word-level precision and recall of the extracted article text against the gold article body
  per page (words: runs of letters and digits after NFKC and case folding, counted as bags), averaged
  over pages; F1 is the harmonic mean of the mean precision and the mean recall (as the
  article-extraction benchmark computes it);
- ``snippets``: trafilatura's own check: P/R/F1 over its must-have (a hit when present) and must-not
  (a false positive when present) snippets, pooled over pages;
- ``title``: exact match after NFKC, case folding and collapsing whitespace;
- ``authors``: micro P/R/F1 over names (folded the same way, "By" dropped), pooled over pages; a page
  annotated as having no author counts its predicted names as false positives. Names match when they are
  the same after NFKC, case folding and dropping punctuation ("Logan C. Ritchie" = "LOGAN C RITCHIE");
  accents and the order of a name's words count ("José" is not "Jose", "Ritchie Logan" not "Logan
  Ritchie"), as in trafilatura's own author check (``tests/eval_authors.py``), which compares the whole
  author string exactly, case and punctuation included. That check skips pages annotated as having no
  author; they are scored here, since naming the outlet as a writer there is an error;
- ``date``: accuracy of the publication day (a page annotated as having no date is right when none is
  given).

Pages are split into train and validation by the sha1 of their file name
(:mod:`rashomon.evaluate.split`, set "ingest"): a page two benchmarks share is on the same side. Rules
are fitted on train misses; figures are reported on validation.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, cast

from rashomon.errors import RashomonError
from rashomon.evaluate import metrics as m
from rashomon.evaluate.gold import GOLD_DIR
from rashomon.evaluate.runner import MAX_MISSES, subset
from rashomon.evaluate.split import Part, check_part, select

INGEST_DIR = GOLD_DIR / "ingest"
BENCHMARKS = ("aeb", "trafilatura", "htmldate", "readability")

_WORD = re.compile(r"\w+")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_BY = re.compile(r"^\s*by\s*:?\s+", re.I)
_CREDENTIAL = re.compile(r",\s*(?:phd|ph\.d\.|md|m\.d\.|mph|ma|rn)\b\.?", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:;|,|&|\n|\band\b|\bund\b)\s*", re.I)


class IngestGoldError(RashomonError):
    """A benchmark folder or file under gold-dev/ingest cannot be read."""


@dataclass(frozen=True, slots=True)
class Page:
    """One saved page with what its benchmark annotates (None: not annotated there)."""

    id: str  # "<benchmark>/<file>"
    benchmark: str
    path: Path
    body: str | None = None
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    title: str | None = None
    #: None: not annotated; (): annotated as having no author.
    authors: tuple[str, ...] | None = None
    #: "YYYY-MM-DD"; "" annotated as having no date; None not annotated.
    date: str | None = None

    @property
    def key(self) -> str:
        """The split key: the page's file name (a readability page's folder name)."""
        name = self.id.split("/", 1)[1]
        return name.removesuffix(".gz")


@dataclass(frozen=True, slots=True)
class Fields:
    """What a system made of one page."""

    body: str
    title: str | None
    authors: tuple[str, ...]
    date: str | None  # "YYYY-MM-DD"


#: page bytes, page name -> its fields.
PageSystem = Callable[[bytes, str], Fields]


# ================================================================================================ gold


def _json(path: Path) -> Any:
    if not path.is_file():
        raise IngestGoldError(f"{path}: no such file (the ingest benchmarks live in {INGEST_DIR})")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IngestGoldError(f"{path}: cannot be read as JSON ({exc})") from exc


def _entries(path: Path) -> dict[str, Any]:
    data = _json(path)
    if not isinstance(data, dict):
        raise IngestGoldError(f"{path}: expected a JSON object keyed by page, got a {type(data).__name__}")
    return data


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def split_names(value: Any) -> tuple[str, ...] | None:
    """Gold or predicted authors as names: a list as it is, a string split on ``;``, ``,``, "and", "und"."""
    if value is None:
        return None
    if isinstance(value, list):
        parts = [_CREDENTIAL.sub("", str(v)) for v in value]
    elif isinstance(value, str):
        parts = _NAME_SPLIT.split(_CREDENTIAL.sub("", _BY.sub("", value)))
    else:
        return None
    names = []
    for p in parts:
        key = name_key(p)
        if key and key not in names:
            names.append(key)
    return tuple(names)


def name_key(name: str) -> str:
    """A name as compared: NFKC, case folded, "By" and punctuation dropped ("Logan C. Ritchie" =
    "Logan C Ritchie"), spaces collapsed."""
    s = unicodedata.normalize("NFKC", _BY.sub("", name)).casefold()
    return " ".join(re.sub(r"[^\w\s'’-]", " ", s).split()).strip("-'’ ")


def title_key(title: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", title).casefold().split())


def _day(value: Any, notes: list[str], where: str) -> str | None:
    """A gold date as "YYYY-MM-DD", "" for annotated-absent, None when unannotated or malformed (noted)."""
    if value is None:
        return None
    if value == "":
        return ""
    if isinstance(value, str) and (mt := _DAY.match(value.strip())):
        return "-".join(mt.groups())
    notes.append(f"{where}: date {value!r} does not parse as YYYY-MM-DD; not scored")
    return None


def read_pages(folder: Path | None = None) -> tuple[list[Page], list[str]]:
    """Every page of the four benchmarks under ``folder`` (default gold-dev/ingest) with its gold, and
    notes on gold values skipped. A benchmark folder that is absent is skipped with a note."""
    root = INGEST_DIR if folder is None else Path(folder)
    if not root.is_dir():
        raise IngestGoldError(f"{root}: no such folder (expected the ingest benchmarks: {', '.join(BENCHMARKS)})")
    pages: list[Page] = []
    notes: list[str] = []
    present = [b for b in BENCHMARKS if (root / b).is_dir()]
    if not present:
        raise IngestGoldError(f"{root}: holds none of the benchmark folders {', '.join(BENCHMARKS)}")
    for b in BENCHMARKS:
        if b not in present:
            notes.append(f"{root / b}: absent; not scored")
    if "aeb" in present:
        for pid, entry in sorted(_entries(root / "aeb" / "ground-truth.json").items()):
            path = root / "aeb" / "html" / f"{pid}.html.gz"
            body = _text(entry.get("articleBody")) if isinstance(entry, dict) else None
            if not path.is_file() or not body:
                notes.append(f"aeb/{pid}: {'no page file' if not path.is_file() else 'no articleBody'}; skipped")
                continue
            pages.append(Page(f"aeb/{path.name}", "aeb", path, body=body))
    if "trafilatura" in present:
        for name, e in sorted(_entries(root / "trafilatura" / "expected.json").items()):
            path = root / "trafilatura" / "pages" / name
            if not path.is_file() or not isinstance(e, dict):
                notes.append(f"trafilatura/{name}: no page file; skipped")
                continue
            pages.append(
                Page(
                    f"trafilatura/{name}",
                    "trafilatura",
                    path,
                    must=tuple(s for s in e.get("with") or () if isinstance(s, str)),
                    must_not=tuple(s for s in e.get("without") or () if isinstance(s, str)),
                    title=_text(e.get("title")) or None,
                    authors=split_names(e.get("author")),
                    date=_day(e.get("date"), notes, f"trafilatura/{name}"),
                )
            )
    if "htmldate" in present:
        for name, value in sorted(_entries(root / "htmldate" / "expected.json").items()):
            path = root / "htmldate" / "pages" / name
            if not path.is_file():
                notes.append(f"htmldate/{name}: no page file; skipped")
                continue
            day = _day(value, notes, f"htmldate/{name}")
            if day:
                pages.append(Page(f"htmldate/{name}", "htmldate", path, date=day))
    if "readability" in present:
        for name, e in sorted(_entries(root / "readability" / "expected.json").items()):
            path = root / "readability" / "pages" / name / "source.html"
            if not path.is_file() or not isinstance(e, dict):
                notes.append(f"readability/{name}: no source.html; skipped")
                continue
            pages.append(
                Page(
                    f"readability/{name}",
                    "readability",
                    path,
                    title=_text(e.get("title")) or None,
                    authors=split_names(e.get("byline")) if e.get("byline") else None,
                )
            )
    return pages, notes


def page_bytes(path: Path) -> bytes:
    """A page's bytes as saved, unpacked when gzipped."""
    from rashomon.ingest.readers.html import gunzip

    data = path.read_bytes()
    return gunzip(data, str(path)) if data[:2] == b"\x1f\x8b" else data


# ============================================================================================= systems


def rashomon_fields(data: bytes, name: str) -> Fields:
    """rashomon's ingest as ``rashomon analyze`` runs it: the HTML reader, then the document stage."""
    from rashomon.ingest.document import article_text, build_document
    from rashomon.ingest.readers.html import raw_html_document

    doc = build_document(raw_html_document(data, name))
    day = doc.published.value[:10] if doc.published and doc.published.precision in ("day", "datetime") else None
    return Fields(article_text(doc), doc.title, doc.authors, day)


def library_fields(data: bytes, name: str) -> Fields:
    """trafilatura alone (default settings) for text, title and author; htmldate alone for the date."""
    import htmldate
    import trafilatura

    from rashomon.ingest.decode import decode_bytes
    from rashomon.ingest.readers.html import declared_charset

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    html, _ = decode_bytes(data, name, declared_charset(data))
    doc = trafilatura.bare_extraction(html, with_metadata=True)
    try:
        day = htmldate.find_date(html)
    except Exception:  # htmldate raises on some broken markup; the library alone then finds no date
        day = None
    authors = split_names(getattr(doc, "author", None)) or ()
    return Fields(getattr(doc, "text", None) or "", getattr(doc, "title", None), authors, day)


# ============================================================================================= scoring


@dataclass(frozen=True, slots=True)
class BodyScore:
    n: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class Score:
    """One system's figures on the pages scored."""

    body: BodyScore
    snippets: m.PRF
    n_title: int
    title_exact: float
    authors: m.PRF
    n_authors: int
    n_date: int
    date_accuracy: float


@dataclass(frozen=True, slots=True)
class Miss:
    """A page where rashomon's field differs from gold (the library's value beside it)."""

    page: str
    field: str
    gold: str
    rashomon: str
    library: str


@dataclass(frozen=True, slots=True)
class IngestResult:
    path: str
    part: Part
    n_pages: int
    #: on the hand-annotated benchmarks (aeb, trafilatura, htmldate)
    rashomon: Score
    library: Score
    #: titles and bylines of readability's test pages (its own expected output, kept apart)
    rashomon_readability: Score
    library_readability: Score
    notes: tuple[str, ...]
    misses: tuple[Miss, ...]

    def as_dict(self) -> dict[str, Any]:
        return asdict(cast(Any, self))


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def word_prf(gold: str, predicted: str) -> tuple[float, float]:
    """(precision, recall) of the predicted text's words against the gold text's, as bags."""
    g, p = words(gold), words(predicted)
    common = m.multiset_overlap(g, p)
    return m.ratio(common, len(p)), m.ratio(common, len(g))


def _snippet_counts(text: str, must: Sequence[str], must_not: Sequence[str]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of trafilatura's snippet check on one page."""
    flat = " ".join(text.split())
    tp = sum(" ".join(s.split()) in flat for s in must)
    fp = sum(" ".join(s.split()) in flat for s in must_not)
    return tp, fp, len(must) - tp


#: Benchmarks whose gold is a hand annotation (readability's is its own output): the headline figures.
HAND = frozenset({"aeb", "trafilatura", "htmldate"})


def score(pages: Sequence[Page], outputs: Sequence[Fields], benchmarks: frozenset[str] = HAND) -> Score:
    """One system's figures on the pages of ``benchmarks``."""
    ps: list[float] = []
    rs: list[float] = []
    tp = fp = fn = 0
    titles: list[bool] = []
    author_items: list[tuple[Iterable[str], Iterable[str]]] = []
    dates: list[bool] = []
    for page, out in zip(pages, outputs, strict=True):
        if page.benchmark not in benchmarks:
            continue
        if page.body is not None:
            p, r = word_prf(page.body, out.body)
            ps.append(p)
            rs.append(r)
        if page.must or page.must_not:
            a, b, c = _snippet_counts(out.body, page.must, page.must_not)
            tp, fp, fn = tp + a, fp + b, fn + c
        if page.title:
            titles.append(out.title is not None and title_key(out.title) == title_key(page.title))
        if page.authors is not None:
            author_items.append((page.authors, split_names(list(out.authors)) or ()))
        if page.date is not None:
            dates.append((out.date or "") == page.date)
    mp, mr = m.mean(ps) or 0.0, m.mean(rs) or 0.0
    return Score(
        body=BodyScore(len(ps), mp, mr, m.ratio(2 * mp * mr, mp + mr)),
        snippets=m.prf(tp, tp + fp, tp + fn),
        n_title=len(titles),
        title_exact=m.ratio(sum(titles), len(titles)),
        authors=m.micro_prf(author_items),
        n_authors=len(author_items),
        n_date=len(dates),
        date_accuracy=m.ratio(sum(dates), len(dates)),
    )


def _misses(pages: Sequence[Page], ours: Sequence[Fields], theirs: Sequence[Fields]) -> list[Miss]:
    out: list[Miss] = []
    for page, a, b in zip(pages, ours, theirs, strict=True):
        if page.body is not None:
            p, r = word_prf(page.body, a.body)
            if min(p, r) < 0.8:
                lp, lr = word_prf(page.body, b.body)
                out.append(Miss(page.id, "body", f"{len(words(page.body))} words",
                                f"P {p:.2f} R {r:.2f}", f"P {lp:.2f} R {lr:.2f}"))  # fmt: skip
        if page.title and (a.title is None or title_key(a.title) != title_key(page.title)):
            out.append(Miss(page.id, "title", page.title, a.title or "", b.title or ""))
        if page.authors is not None and set(split_names(list(a.authors)) or ()) != set(page.authors):
            out.append(Miss(page.id, "authors", "; ".join(page.authors), "; ".join(a.authors), "; ".join(b.authors)))
        if page.date is not None and (a.date or "") != page.date:
            out.append(Miss(page.id, "date", page.date, a.date or "", b.date or ""))
    return out


def evaluate_ingest(
    path: Path | None = None,
    limit: int | None = None,
    part: Part = "all",
    system: PageSystem = rashomon_fields,
    baseline: PageSystem = library_fields,
) -> IngestResult:
    """Run ``system`` and ``baseline`` on the pages of ``part`` (``limit``: a fixed subset of them)."""
    from rashomon.errors import InputError

    part = check_part(part)
    pages, notes = read_pages(path)
    chosen = subset(select(pages, "ingest", part, lambda p: p.key), limit, lambda p: p.id)
    ours: list[Fields] = []
    theirs: list[Fields] = []
    for page in chosen:
        data = page_bytes(page.path)
        try:
            ours.append(system(data, page.id))
        except InputError as exc:
            notes.append(f"{page.id}: rashomon refused it ({exc.problem}); scored as empty")
            ours.append(Fields("", None, (), None))
        theirs.append(baseline(data, page.id))
    misses = _misses(chosen, ours, theirs)
    return IngestResult(
        path=str(INGEST_DIR if path is None else path),
        part=part,
        n_pages=len(chosen),
        rashomon=score(chosen, ours),
        library=score(chosen, theirs),
        rashomon_readability=score(chosen, ours, frozenset({"readability"})),
        library_readability=score(chosen, theirs, frozenset({"readability"})),
        notes=tuple(notes),
        misses=tuple(misses[:MAX_MISSES]),
    )


def run(path: Path | None, limit: int | None, part: Part) -> tuple[IngestResult, dict[str, Any]]:
    """(full result, headline figures: rashomon then the library alone, field by field)."""
    r = evaluate_ingest(path, limit, part)
    a, b = r.rashomon, r.library
    return r, {
        "n_pages": r.n_pages,
        "body_f1": round(a.body.f1, 3), "body_f1_trafilatura": round(b.body.f1, 3), "n_body": a.body.n,
        "snippet_f1": round(a.snippets.f1, 3), "snippet_f1_trafilatura": round(b.snippets.f1, 3),
        "title_exact": round(a.title_exact, 3), "title_exact_trafilatura": round(b.title_exact, 3),
        "n_title": a.n_title,
        "author_f1": round(a.authors.f1, 3), "author_f1_trafilatura": round(b.authors.f1, 3),
        "n_authors": a.n_authors,
        "date_accuracy": round(a.date_accuracy, 3), "date_accuracy_htmldate": round(b.date_accuracy, 3),
        "n_date": a.n_date,
        "readability_title_exact": round(r.rashomon_readability.title_exact, 3),
        "readability_title_exact_trafilatura": round(r.library_readability.title_exact, 3),
        "readability_author_f1": round(r.rashomon_readability.authors.f1, 3),
        "readability_author_f1_trafilatura": round(r.library_readability.authors.f1, 3),
    }  # fmt: skip
