"""Article text and comments from small pages written for these tests (invented outlets and events)."""

from __future__ import annotations

import gzip
from pathlib import Path

from rashomon.engine import analyze
from rashomon.ingest.document import build_document
from rashomon.ingest.extract import takes_wider
from rashomon.ingest.segment import is_comment_policy
from rashomon.records import RawDocument, SegmentKind
from rashomon.settings import Options
from rashomon.store import Store
from tests.ingest.files import write

_SENTENCES = (
    "The ferry service between Ostra and the islands resumed on Monday after a two-week strike by its crews.",
    "The operator agreed to hire twelve more deckhands and to pay overtime from the first extra hour.",
    "Island shopkeepers said the strike had emptied their shelves of fresh milk and bread within days.",
    "The crews' union said it would watch closely whether the new rosters are kept through the summer.",
    "Two ferries will run on the northern route until the third vessel returns from repairs in July.",
    "Passengers queued from dawn at the harbour, many of them carrying sacks of flour and crates of fruit.",
)


def article(paragraphs: int = 6) -> str:
    return "".join(f"<p>{_SENTENCES[i % 6]} {_SENTENCES[(i + 2) % 6]}</p>" for i in range(paragraphs))


def page(body: str, title: str = "Ferries sail again after the strike") -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    )


def ingest(tmp_path: Path, *files: Path):  # type: ignore[no-untyped-def]
    store = Store(":memory:")
    report = analyze(store, list(files), Options(analyse=False))
    docs = {doc.name: doc for _, doc in store.documents()}
    store.close()
    return report, docs


def test_a_near_empty_article_is_a_warning_naming_the_page(tmp_path: Path) -> None:
    # the story is in the page's data for a script to render; what the page holds as HTML is a headline
    # and a caption: stored, with a warning naming the page
    story = " ".join(_SENTENCES * 4)
    html = page(
        "<article><h1>Ferries sail again after the strike</h1>"
        "<figure><figcaption>The harbour at Ostra on Monday.</figcaption></figure></article>"
        f'<script type="application/json">{{"body": "{story}"}}</script>'
    )
    path = write(tmp_path / "thin.html", html)
    report, docs = ingest(tmp_path, path)
    warnings = [p for p in report.problems if p.severity == "warning" and "near-empty" in p.message]
    assert [p.input for p in warnings] == ["thin.html"], [str(p) for p in report.problems]
    assert "words extracted of the" in warnings[0].message
    assert "thin.html" in docs and "twelve more deckhands" not in docs["thin.html"].text


def test_the_wider_extraction_replaces_a_near_empty_one_only_when_it_finds_more_than_padding() -> None:
    assert takes_wider(3, 635)  # the article found
    assert takes_wider(25, 38)  # a few sentences made longer
    assert takes_wider(69, 140)
    assert not takes_wider(69, 111)  # a short article padded with its standfirst and captions
    assert not takes_wider(69, 69)


def test_a_full_article_has_no_near_empty_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "full.html", page(f"<article><h1>Ferries sail again after the strike</h1>{article()}</article>"))
    report, docs = ingest(tmp_path, path)
    assert not [p for p in report.problems if "near-empty" in p.message]
    assert "twelve more deckhands" in docs["full.html"].text


_THREAD = (
    '<section id="comments" class="comments"><h2>User comments</h2>'
    "<p>Keep it civil: comments are moderated, and abusive comments will be removed under our community "
    "guidelines.</p>"
    '<div class="comment"><p class="comment-author">Harbour watcher</p>'
    "<p>Good news for the islands, but the crews deserved this deal a month ago.</p></div>"
    '<div class="comment"><p class="comment-author">Ostra resident</p>'
    "<p>The queues at dawn were the worst I have seen in twenty years living here.</p></div>"
    "<p>Loading comments…</p><p>Load more</p><p>Log in to comment</p><p>12 comments</p>"
    "</section>"
)


def test_comment_policy_and_thread_furniture_are_debris_not_comments() -> None:
    html = page(f"<article><h1>Ferries sail again after the strike</h1>{article()}</article>{_THREAD}")
    doc = build_document(RawDocument(name="thread.html", reader="html", html=html))
    comments = [doc.segment_text(s) for s in doc.segments if s.kind is SegmentKind.COMMENT]
    assert any("deserved this deal" in c for c in comments), comments
    assert any("queues at dawn" in c for c in comments), comments
    for furniture in ("Keep it civil", "Loading comments", "User comments", "Load more", "Log in to comment",
                      "12 comments"):  # fmt: skip
        assert not any(furniture in c for c in comments), (furniture, comments)
    debris = " ".join(doc.segment_text(s) for s in doc.segments if s.kind is SegmentKind.DEBRIS)
    assert "Keep it civil" in debris


def test_policy_words_in_an_article_are_not_debris() -> None:
    text = "The platform's community guidelines were rewritten after the ministry's complaint, the regulator said."
    assert is_comment_policy("Keep it civil and on topic; comments are moderated.")
    html = page(f"<article><h1>Ferries sail again after the strike</h1><p>{text}</p>{article()}</article>")
    doc = build_document(RawDocument(name="news.html", reader="html", html=html))
    body = " ".join(doc.segment_text(s) for s in doc.segments if s.kind is SegmentKind.BODY)
    assert "community guidelines were rewritten" in body


def test_an_article_quoting_its_own_sources_twice_is_not_a_comment_thread() -> None:
    quote = "“We will not sail again until the rosters are fixed,” said the union's secretary, Hanne Ruud."
    html = page(f"<article><h1>Ferries sail again after the strike</h1>{article(3)}<p>{quote}</p>"
                f"{article(3)}<blockquote>{quote}</blockquote>{article(2)}</article>")  # fmt: skip
    doc = build_document(RawDocument(name="quotes.html", reader="html", html=html))
    assert not [s for s in doc.segments if s.comment is not None]


def test_gzipped_pages_are_read(tmp_path: Path) -> None:
    html = page(f"<article><h1>Ferries sail again after the strike</h1>{article()}</article>")
    path = write(tmp_path / "saved.html.gz", gzip.compress(html.encode("utf-8")))
    report, docs = ingest(tmp_path, path)
    assert report.errors == [], [str(p) for p in report.errors]
    assert docs["saved.html.gz"].title == "Ferries sail again after the strike"
    assert "twelve more deckhands" in docs["saved.html.gz"].text


def test_a_damaged_gzipped_page_is_an_error_naming_it(tmp_path: Path) -> None:
    packed = gzip.compress(page(article()).encode("utf-8"))
    path = write(tmp_path / "cut.html.gz", packed[: len(packed) // 2])
    report, docs = ingest(tmp_path, path)
    assert [(p.input, "gzip" in p.message) for p in report.errors] == [("cut.html.gz", True)]
    assert docs == {}
