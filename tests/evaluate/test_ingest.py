"""The ingest evaluation: its scoring, its reading of the four benchmark formats (on a small folder written
here, with invented pages) and the split of the real gold-dev pages (skipped where ../shared is absent)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from rashomon.evaluate import ingest as ev
from rashomon.evaluate.split import part_of

_STORY = (
    "The ferry service between Ostra and the islands resumed on Monday after a two-week strike by its crews. "
    "The operator agreed to hire twelve more deckhands and to pay overtime from the first extra hour. "
    "Island shopkeepers said the strike had emptied their shelves of fresh milk and bread within days. "
    "The crews' union said it would watch closely whether the new rosters are kept through the summer."
)


def _page(title: str, byline: str, published: str) -> str:
    paras = "".join(f"<p>{s}.</p>" for s in _STORY.split(". "))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Ostra Post</title>'
        '<meta property="og:site_name" content="Ostra Post">'
        f'<meta property="article:published_time" content="{published}"></head><body><article>'
        f'<h1>{title}</h1><p class="byline">By {byline}</p>{paras}</article></body></html>'
    )


@pytest.fixture
def bench(tmp_path: Path) -> Path:
    root = tmp_path / "ingest"
    html = _page("Ferries sail again", "Hanne Ruud", "2021-05-03T10:00:00")
    (root / "aeb" / "html").mkdir(parents=True)
    (root / "aeb" / "html" / "p1.html.gz").write_bytes(gzip.compress(html.encode()))
    (root / "aeb" / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": _STORY, "url": None}}))
    (root / "trafilatura" / "pages").mkdir(parents=True)
    (root / "trafilatura" / "pages" / "p2.html").write_text(html)
    gold = {"p2.html": {"title": "Ferries sail again", "author": "Hanne Ruud", "date": "2021-05-03",
                        "with": ["twelve more deckhands"], "without": ["Ostra Post"]},
            "p3.html": {"title": "x", "author": None, "date": "2021-5-3"}}  # fmt: skip
    (root / "trafilatura" / "expected.json").write_text(json.dumps(gold))
    (root / "trafilatura" / "pages" / "p3.html").write_text(html)
    return root


def test_word_scores_follow_the_benchmark_definition() -> None:
    assert ev.word_prf("a b c d", "a b c d") == (1.0, 1.0)
    assert ev.word_prf("a b c d", "a b x y") == (0.5, 0.5)
    assert ev.word_prf("a b", "") == (0.0, 0.0)
    assert ev.words("Don't STOP, now!") == ["don", "t", "stop", "now"]


def test_names_and_titles_are_compared_as_documented() -> None:
    assert ev.split_names("By Logan C. Ritchie and Sarah Hinger; Sylvia Torres-Guillén") == (
        "logan c ritchie", "sarah hinger", "sylvia torres-guillén")  # fmt: skip
    assert ev.split_names(["Michael L. Anderson, PhD", "Devon Gorry, PhD"]) == ("michael l anderson", "devon gorry")
    assert ev.split_names("") == ()
    assert ev.split_names(None) is None
    assert ev.title_key("What  It’s LIKE") == ev.title_key("what it’s like")
    # case and punctuation are folded; accents and word order count, as in the benchmarks' own checks
    assert ev.split_names(["LOGAN C RITCHIE"]) == ev.split_names(["Logan C. Ritchie"])
    assert ev.split_names(["Jose Ruiz"]) != ev.split_names(["José Ruiz"])
    assert ev.split_names(["Ruiz José"]) != ev.split_names(["José Ruiz"])


def test_evaluation_on_a_small_benchmark_folder(bench: Path) -> None:
    r = ev.evaluate_ingest(bench, part="all")
    assert r.n_pages == 3
    a = r.rashomon
    assert a.body.n == 1 and a.body.recall == 1.0 and a.body.precision > 0.9
    assert a.snippets.f1 == 1.0
    assert (a.n_title, a.title_exact) == (2, 0.5)  # p3's gold title is "x"
    assert a.authors.f1 == 1.0 and a.n_authors == 1
    assert a.n_date == 1 and a.date_accuracy == 1.0  # p3's malformed date is skipped, and noted
    assert any("2021-5-3" in n for n in r.notes)
    assert r.library.n_title == 2  # the library alone is scored on the same pages
    assert any(m.page == "trafilatura/p3.html" and m.field == "title" for m in r.misses)


def test_a_missing_benchmark_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ev.IngestGoldError, match="no such folder"):
        ev.read_pages(tmp_path / "absent")


def test_gold_dev_pages_split_by_file_name() -> None:
    if not ev.INGEST_DIR.is_dir():
        pytest.skip(f"the ingest benchmarks are not at {ev.INGEST_DIR} (../shared is absent on this machine)")
    pages, _ = ev.read_pages()
    assert {p.benchmark for p in pages} == set(ev.BENCHMARKS)
    parts = {p.key: part_of("ingest", p.key) for p in pages}
    # a page two benchmarks share (same file name) falls in the same part in both
    for p in pages:
        assert part_of("ingest", p.key) == parts[p.key]
    share = sum(v == "validation" for v in parts.values()) / len(parts)
    assert 0.2 < share < 0.4
