"""Real pages labelled by topic: the ingest benchmarks' English pages, each judged political news or not.

The labels are rashomon's own (``eval/data/page_topics.tsv``: ``page<TAB>topic``, ``#`` comments), keyed as
:mod:`rashomon.evaluate.split` keys the ingest pages (set "ingest": a file name, a readability page's
folder). A page's text is its article as ``rashomon analyze`` reads the saved page (the HTML reader, then
the document stage). The training part trains the event model's topic regression (eval/train_events.py);
the validation part measures precision on real pages (bench/precision.py --pages).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rashomon.errors import RashomonError
from rashomon.evaluate.split import check_part, part_of

#: the topics a page may be labelled with; "unsure" pages are read by nothing
TOPICS = ("political", "nonpolitical", "unsure")


class PageTopicsError(RashomonError):
    """The page topic labels cannot be read."""


@dataclass(frozen=True, slots=True)
class LabelledPage:
    """One labelled page: its split key, its topic, the benchmark file read and its article text."""

    key: str
    topic: str
    path: Path
    text: str


def read_topics(path: Path) -> dict[str, str]:
    """``{page key: topic}`` from a labels file; a malformed line, an unknown topic or a page labelled twice
    raises PageTopicsError naming the file and the line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise PageTopicsError(f"{path}: cannot read the page topics ({e})") from e
    topics: dict[str, str] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip():
            raise PageTopicsError(f"{path}:{n}: expected 'page<TAB>topic', got {line!r:.120}")
        key, topic = parts[0].strip(), parts[1].strip()
        if topic not in TOPICS:
            raise PageTopicsError(f"{path}:{n}: unknown topic {topic!r} for {key!r}; choose one of: {', '.join(TOPICS)}")
        if key in topics:
            raise PageTopicsError(f"{path}:{n}: page {key!r} is labelled twice")
        topics[key] = topic
    return topics


def labelled_pages(labels: Path, part: str, folder: Path | None = None) -> tuple[list[LabelledPage], list[str]]:
    """The pages of ``part`` labelled political or non-political, each once (a page two benchmarks share is
    read from the first), with its article text; and notes on labelled pages not found or with no text.
    ``folder`` is the ingest benchmarks' folder (default gold-dev/ingest)."""
    from rashomon.evaluate.ingest import page_bytes, read_pages
    from rashomon.ingest.document import article_text, build_document
    from rashomon.ingest.readers.html import raw_html_document

    wanted = check_part(part)
    topics = read_topics(labels)
    pages, _ = read_pages(folder)
    out: list[LabelledPage] = []
    notes: list[str] = []
    seen: set[str] = set()
    for page in pages:
        topic = topics.get(page.key)
        if topic in (None, "unsure") or page.key in seen:
            continue
        if wanted != "all" and part_of("ingest", page.key) != wanted:
            continue
        seen.add(page.key)
        text = article_text(build_document(raw_html_document(page_bytes(page.path), page.path.name)))
        if not text.strip():
            notes.append(f"{page.id}: no article text; left out")
            continue
        out.append(LabelledPage(page.key, topic, page.path, text))
    missing = sorted(k for k, t in topics.items() if t != "unsure" and k not in seen
                     and (wanted == "all" or part_of("ingest", k) == wanted))  # fmt: skip
    notes += [f"{k}: labelled, but no page the ingest gold reads (no page file, or no gold for it); left out" for k in missing]
    return out, notes
