"""The real pages labelled by topic: reading the labels, bad label files, the pages of a part with their
article text (a small folder written here, with an invented page), and the labels of the real gold-dev pages
(skipped where ../shared is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rashomon.evaluate.ingest import INGEST_DIR, read_pages
from rashomon.evaluate.page_topics import PageTopicsError, labelled_pages, read_topics
from rashomon.evaluate.split import part_of

LABELS = Path(__file__).resolve().parents[2] / "eval" / "data" / "page_topics.tsv"
_STORY = (
    "<p>The ferry service between Ostra and the islands resumed on Monday after a two-week strike.</p>"
    "<p>The operator agreed to hire twelve more deckhands and to pay overtime from the first extra hour.</p>"
    "<p>Island shopkeepers said the strike had emptied their shelves of fresh milk and bread within days.</p>"
)


def _labels(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "topics.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_labels_are_read_with_their_comments_and_blank_lines(tmp_path: Path) -> None:
    path = _labels(tmp_path, "# a header\n\na.html\tpolitical\nb\tnonpolitical\nc.html\tunsure\n")
    assert read_topics(path) == {"a.html": "political", "b": "nonpolitical", "c.html": "unsure"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a.html political\n", "topics.tsv:1: expected 'page<TAB>topic'"),
        ("a.html\tsport\n", "topics.tsv:1: unknown topic 'sport' for 'a.html'"),
        ("# x\na.html\tpolitical\na.html\tnonpolitical\n", "topics.tsv:3: page 'a.html' is labelled twice"),
        ("\tpolitical\n", "topics.tsv:1: expected"),
    ],
)
def test_a_bad_label_file_names_the_line_and_the_problem(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(PageTopicsError, match=message):
        read_topics(_labels(tmp_path, text))


def test_a_label_file_not_in_utf8_is_named_and_an_empty_one_labels_nothing(tmp_path: Path) -> None:
    path = tmp_path / "topics.tsv"
    path.write_bytes(b"a.html\tpolitical\n\xff\xfe\x00binary")
    with pytest.raises(PageTopicsError, match=r"topics\.tsv: cannot read the page topics"):
        read_topics(path)
    assert read_topics(_labels(tmp_path, "")) == {}


def test_a_missing_label_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(PageTopicsError, match=r"nothing\.tsv: cannot read the page topics"):
        read_topics(tmp_path / "nothing.tsv")


def test_the_pages_of_a_part_come_with_their_article_text(tmp_path: Path) -> None:
    root = tmp_path / "ingest"
    (root / "trafilatura" / "pages").mkdir(parents=True)
    names = ["ferry-1.html", "ferry-2.html", "ferry-3.html", "ferry-4.html", "ferry-5.html", "ferry-6.html"]
    gold = {}
    for name in names:
        (root / "trafilatura" / "pages" / name).write_text(
            f"<html><head><title>Ferries sail again</title></head><body><article><h1>Ferries sail again</h1>"
            f"{_STORY}</article></body></html>", encoding="utf-8")  # fmt: skip
        gold[name] = {"title": "Ferries sail again"}
    (root / "trafilatura" / "expected.json").write_text(json.dumps(gold), encoding="utf-8")
    labels = _labels(tmp_path, "".join(f"{n}\tnonpolitical\n" for n in names[:5]) + f"{names[5]}\tunsure\nghost.html\tpolitical\n")
    train, notes = labelled_pages(labels, "train", root)
    validation, _ = labelled_pages(labels, "validation", root)
    assert {p.key for p in train} == {n for n in names[:5] if part_of("ingest", n) == "train"}
    assert {p.key for p in validation} == {n for n in names[:5] if part_of("ingest", n) == "validation"}
    assert all(p.topic == "nonpolitical" and "twelve more deckhands" in p.text for p in train + validation)
    everything, notes = labelled_pages(labels, "all", root)
    assert len(everything) == 5, "an unsure page is read by nothing"
    assert notes == ["ghost.html: labelled, but no page the ingest gold reads (no page file, or no gold for it); left out"]


def test_every_real_page_is_labelled_once_and_both_parts_hold_both_topics() -> None:
    if not INGEST_DIR.is_dir():
        pytest.skip(f"the ingest benchmarks are not at {INGEST_DIR} (../shared is absent on this machine)")
    topics = read_topics(LABELS)
    files = {p.name for b in ("trafilatura", "htmldate", "readability") for p in (INGEST_DIR / b / "pages").iterdir()}
    files |= {p.name.removesuffix(".gz") for p in (INGEST_DIR / "aeb" / "html").iterdir()}
    assert set(topics) <= files, "labels name the pages of the four benchmarks"
    read = {p.key for p in read_pages()[0]}
    assert len([k for k, t in topics.items() if t != "unsure" and k not in read]) <= 2, "a page with no gold date is not read"
    for part in ("train", "validation"):
        mine = [t for k, t in topics.items() if part_of("ingest", k) == part]
        assert mine.count("political") >= 15 and mine.count("nonpolitical") >= 25, part
