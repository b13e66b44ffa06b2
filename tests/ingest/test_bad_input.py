"""Bad inputs: each gives one clear problem naming the input, the rest of the batch still loads, and what
the store held before is left exactly as it was.

Every input is written into ``tmp_path`` here; nothing touches the network. Tests that could hang on a
pipe or a link loop run under a deadline.
"""

from __future__ import annotations

import errno
import gzip
import io
import json
import os
import random
import signal
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from types import FrameType
from typing import Any, BinaryIO

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rashomon.engine import RunReport, analyze
from rashomon.errors import InputError
from rashomon.ingest.readers import get_reader
from rashomon.ingest.readers.urls import http_fetch
from rashomon.ingest.sources import Source
from rashomon.records import Document, Problem, RawDocument
from rashomon.settings import Options
from rashomon.store import Store
from tests.ingest.files import write

# ------------------------------------------------------------------------------------------ inputs

_LINES = (
    "Engineers inspecting the {topic} reported on Monday that the work was behind schedule.",
    "The regional council said the cost of the {topic} had risen by a fifth since the spring.",
    "Local traders told reporters that the {topic} had changed how they plan their week.",
    "Officials expect a decision on the {topic} before the end of the month, a spokesman said.",
)


def article_text(topic: str, count: int = 3) -> str:
    """A few English paragraphs about ``topic``: different topics give different documents."""
    return "\n\n".join(
        " ".join(_LINES[(i + j) % len(_LINES)].format(topic=topic) for j in range(3)) for i in range(count)
    )


def html_page(title: str, topic: str, *, charset: str = "utf-8", extra: str = "") -> str:
    body = "".join(f"<p>{p}</p>\n" for p in article_text(topic, 5).split("\n\n"))
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>{title}</title></head>\n'
        f"<body><article><h1>{title}</h1>\n{body}</article>{extra}</body></html>\n"
    )


def write_warc(path: Path, topics: list[str], *, compress: bool) -> Path:
    """One HTML 200 response per topic, each with its own target URI."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        for i, topic in enumerate(topics):
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://archive.example.org/{i}",
                "response",
                payload=io.BytesIO(html_page(f"Page {i}", topic).encode()),
                http_headers=http,
                warc_headers_dict={"WARC-Date": f"2023-05-0{i + 1}T10:00:00Z"},
            )
            writer.write_record(record)
    return path


FRENCH = (
    "Les négociations ont repris mardi à Genève après une pause de trois semaines. Les délégations des deux "
    "pays sont revenues dans la salle de conférence au bord du lac, et les médiateurs ont indiqué que la "
    "première séance avait duré plus de quatre heures. Elle a porté sur l'échange de prisonniers, sur la "
    "réouverture de deux points de passage et sur le calendrier d'une commission de surveillance commune. "
    "Selon un délégué, l'atmosphère était prudente mais sérieuse, et une deuxième séance est prévue pour "
    "mercredi. Les habitants des villages de la frontière ont dit que les tirs avaient diminué pendant le "
    "week-end, mais ils ne veulent pas rentrer chez eux avant la réouverture des passages."
)

RUSSIAN = (
    "Во вторник утром делегации обеих стран вернулись в конференц-зал на берегу озера после почти "
    "трёхнедельного перерыва. По словам посредников, первое заседание продолжалось более четырёх часов и "
    "было посвящено обмену задержанными, открытию двух пограничных переходов и графику работы совместной "
    "комиссии по наблюдению. Один из делегатов, пожелавший остаться неназванным, назвал атмосферу "
    "осторожной, но деловой и добавил, что второе заседание назначено на среду. Жители приграничных сёл "
    "сообщили по телефону, что обстрелы за выходные заметно ослабли, но возвращаться домой они пока не "
    "собираются, пока переходы снова не откроют."
)


# ------------------------------------------------------------------------------------------ the store


def ingest_only(options: Options | None = None) -> Options:
    """``options`` without the analysis stage that may follow ingest (not what these tests are about)."""
    options = options or Options()
    return replace(options, analyse=False) if "analyse" in Options.__dataclass_fields__ else options


def snapshot(store: Store) -> dict[str, dict[str, Any]]:
    """Everything stored about each document, by content hash."""
    return {doc.content_hash: doc.as_dict() for _, doc in store.documents()}


@dataclass
class Seeded:
    """A store that already holds documents, and what it held before the batch under test."""

    store: Store
    tmp: Path
    before: dict[str, dict[str, Any]]

    def run(self, *inputs: str | Path, options: Options | None = None) -> RunReport:
        """Run a batch of ``inputs`` followed by one good file; check that the good file loaded and that
        every document stored before is exactly as it was."""
        good = write(self.tmp / "after" / "good.txt", article_text(f"ring road {len(inputs)}"))
        documents, segments = self.store.count("documents"), self.store.count("segments")
        report = analyze(self.store, [*inputs, good], ingest_only(options))
        assert report.status == "completed"
        after = snapshot(self.store)
        for content_hash, doc in self.before.items():
            assert after[content_hash] == doc, f"stored document {doc['name']} changed"
        assert self.store.count("documents") >= documents and self.store.count("segments") >= segments
        assert "good.txt" in self.names()
        # every problem is recorded with the run, as reported
        assert self.store.problems(report.run_id) == report.problems
        return report

    def names(self) -> list[str]:
        known = set(self.before)
        return [doc.name for _, doc in self.store.documents() if doc.content_hash not in known]

    def documents(self) -> dict[str, Document]:
        known = set(self.before)
        return {doc.name: doc for _, doc in self.store.documents() if doc.content_hash not in known}


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[Seeded]:
    store = Store(":memory:")
    seed = tmp_path / "seed"
    write(seed / "01_report.txt", "Dam repairs begin\n\n" + article_text("dam repairs"))
    write(
        seed / "02_page.html",
        html_page(
            "Ferry fares rise",
            "ferry fares",
            extra='<section class="comments"><div class="comment"><p>Fares were already too high for '
            "families on the islands, and now this.</p></div></section>",
        ),
    )
    report = analyze(store, [seed], ingest_only())
    assert report.errors == [] and report.documents_added == 2
    yield Seeded(store, tmp_path, snapshot(store))
    store.close()


def only_error(report: RunReport, input_name: str, *fragments: str) -> Problem:
    """The one error of ``report``: about ``input_name``, its message holding every fragment."""
    assert [p.input for p in report.errors] == [input_name], [str(p) for p in report.errors]
    [error] = report.errors
    for fragment in fragments:
        assert fragment in error.message, str(error)
    return error


def warnings_for(report: RunReport, input_name: str) -> list[str]:
    return [p.message for p in report.problems if p.severity == "warning" and p.input == input_name]


@pytest.fixture
def deadline() -> Iterator[None]:
    """Fail (instead of hanging) when a test takes over 10 seconds: pipes and link loops must not block."""

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError("the test hung: reading blocked or looped")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(10)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# ------------------------------------------------------------------------------------------ empty and binary


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("empty.txt", "is empty"),
        ("empty", "is empty"),
        ("empty.html", "is empty"),
        ("empty.jsonl", "is empty"),
        ("empty.jsonl.gz", "is empty"),
        ("empty.rss", "is empty"),
        ("empty.xml", "is empty"),
        ("empty.warc", "is empty"),
        ("empty.warc.gz", "is empty"),
        ("empty.urls", "lists no URLs"),
    ],
)
def test_empty_file(seeded: Seeded, name: str, expected: str) -> None:
    path = write(seeded.tmp / name, b"")
    report = seeded.run(path)
    only_error(report, name, expected)
    assert report.inputs == 2 and report.inputs_failed == 1
    assert seeded.names() == ["good.txt"]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("blank.txt", b" \n\t\n   \r\n", "is empty"),
        ("blank.md", b"\n\n\n", "is empty"),
        ("blank.html", b"   \n  ", "is empty"),
        ("blank.jsonl", b"\n   \n\t\n", "holds only blank lines"),
        ("bom-only.txt", b"\xef\xbb\xbf \n \xc2\xa0\n", "holds no text (only whitespace)"),
        ("nbsp.txt", "\u00a0\u2003\u3000\n".encode(), "holds no text (only whitespace)"),
    ],
    ids=["blank.txt", "blank.md", "blank.html", "blank.jsonl", "bom-only.txt", "nbsp.txt"],
)
def test_whitespace_only_file(seeded: Seeded, name: str, content: bytes, expected: str) -> None:
    path = write(seeded.tmp / name, content)
    report = seeded.run(path)
    only_error(report, name, expected)
    assert report.inputs_failed == 1
    assert seeded.names() == ["good.txt"]


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param(
            "noise.txt",
            random.Random(7).randbytes(3000).replace(b"\x00", b"\x01") + b"\x00" * 4,
            id="noise.txt",
        ),
        pytest.param("noise", random.Random(8).randbytes(3000), id="noise"),
        ("photo.png", PNG + bytes(200)),
        ("photo.txt", PNG + bytes(200)),
        ("photo.html", PNG + bytes(200)),
        ("archive.txt", gzip.compress(b"a compressed text file that was not unpacked")),
        ("controls.txt", bytes(range(1, 32)) * 40),
    ],
)
def test_binary_file(seeded: Seeded, name: str, content: bytes) -> None:
    path = write(seeded.tmp / name, content)
    report = seeded.run(path)
    only_error(report, name, "binary")
    assert report.inputs_failed == 1
    assert seeded.names() == ["good.txt"]


# ------------------------------------------------------------------------------------------ encodings


def test_invalid_utf8_is_stored_with_a_warning(seeded: Seeded) -> None:
    text = "Naïve café owners protest\n\n" + article_text("café rents")
    data = text.encode("utf-8")
    cut = data.index(b"regional")
    damaged = data[:cut] + b"\xff\xfe" + data[cut:] + b"\xc3"  # two stray bytes and a cut-off character
    write(seeded.tmp / "damaged.txt", damaged)
    report = seeded.run(seeded.tmp / "damaged.txt")
    assert report.errors == []
    doc = seeded.documents()["damaged.txt"]
    assert doc.title == "Naïve café owners protest"  # the good UTF-8 around the damage is kept as UTF-8
    assert "\ufffd\ufffdregional" in doc.text
    [warning] = warnings_for(report, "damaged.txt")
    assert warning == f"invalid UTF-8 at byte {cut}; 3 undecodable byte sequence(s) replaced with U+FFFD"
    assert doc.warnings == (warning,)


@pytest.mark.parametrize(
    ("encoding", "text", "reported"),
    [
        pytest.param(
            "cp1252", "café – naïve, déjà vu. " + article_text("café terraces"), "cp1252", id="cp1252"
        ),
        pytest.param("cp1252", "café – naïve", "cp1252", id="cp1252-short"),  # too short to be sure of
        pytest.param(
            "latin-1", "São Paulo é a maior cidade. " + article_text("coffee"), "cp1252", id="latin-1"
        ),
        pytest.param("cp1251", RUSSIAN, "cp1251", id="cp1251"),
    ],
)
def test_legacy_encoding_is_decoded_with_a_warning(
    seeded: Seeded, encoding: str, text: str, reported: str
) -> None:
    write(seeded.tmp / "legacy.txt", text.encode(encoding))
    report = seeded.run(seeded.tmp / "legacy.txt")
    assert report.errors == []
    doc = seeded.documents()["legacy.txt"]
    assert doc.text == text.strip()
    assert f"not valid UTF-8; decoded as {reported}" in warnings_for(report, "legacy.txt")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_byte_order_mark_decides_the_encoding(seeded: Seeded, encoding: str) -> None:
    text = "Überraschung in Genève\n\n" + article_text(f"encoded {encoding}")
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # these codecs write no mark of their own
        data = "\ufeff".encode(encoding) + data
    write(seeded.tmp / "marked.txt", data)
    report = seeded.run(seeded.tmp / "marked.txt")
    assert report.errors == [] and warnings_for(report, "marked.txt") == []
    doc = seeded.documents()["marked.txt"]
    assert doc.text == text
    assert doc.title == "Überraschung in Genève"


def test_utf16_html_page(seeded: Seeded) -> None:
    write(seeded.tmp / "wide.html", html_page("Grenzübergang geöffnet", "border crossing").encode("utf-16"))
    report = seeded.run(seeded.tmp / "wide.html")
    assert report.errors == []
    assert seeded.documents()["wide.html"].title == "Grenzübergang geöffnet"


def test_byte_order_mark_that_lies(seeded: Seeded) -> None:
    write(seeded.tmp / "liar.txt", b"\xff\xfe" + "odd".encode("utf-16-le") + b"\x00")  # odd byte count
    report = seeded.run(seeded.tmp / "liar.txt")
    only_error(report, "liar.txt", "byte-order mark but is not utf-16")


def test_html_meta_charset_utf16_on_a_utf8_page(seeded: Seeded) -> None:
    # a common mistake: the page says UTF-16 but was saved as UTF-8 (browsers read it as UTF-8)
    write(seeded.tmp / "mislabelled.html", html_page("Straße gesperrt", "road closure", charset="utf-16"))
    report = seeded.run(seeded.tmp / "mislabelled.html")
    assert report.errors == []
    doc = seeded.documents()["mislabelled.html"]
    assert doc.title == "Straße gesperrt"
    assert "road closure" in doc.text


def test_html_meta_charset_wrong_for_the_bytes(seeded: Seeded) -> None:
    # says UTF-8, is windows-1252: the declared charset fails, so the bytes are detected
    page = html_page("Café owners protest – again", "café protest").encode("cp1252")
    write(seeded.tmp / "wrong-charset.html", page)
    report = seeded.run(seeded.tmp / "wrong-charset.html")
    assert report.errors == []
    assert seeded.documents()["wrong-charset.html"].title == "Café owners protest – again"
    assert "not valid UTF-8; decoded as cp1252" in warnings_for(report, "wrong-charset.html")


# ------------------------------------------------------------------------------------------ broken html


def test_html_cut_mid_tag(seeded: Seeded) -> None:
    page = html_page("Harbour cranes stopped", "harbour cranes")
    cut = page.index("<p", page.index("<p", page.index("<p") + 1) + 1) + 2  # inside the third <p ...
    write(seeded.tmp / "cut.html", page[:cut])
    report = seeded.run(seeded.tmp / "cut.html")
    assert report.errors == []
    doc = seeded.documents()["cut.html"]
    assert doc.title == "Harbour cranes stopped"
    assert "harbour cranes" in doc.text
    assert "<" not in doc.text


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("<!DOCTYPE html><html><head><title>Only a title, never fini", id="cut-in-title"),
        pytest.param("<html><body><div><p>Short</p><p", id="cut-in-tag"),
        pytest.param('<html><body><a href="/x" class="', id="cut-in-attribute"),
        pytest.param(
            "<html><body>" + "<div>" * 3000 + "Deep text inside many unclosed divs about the harbour.",
            id="deeply-nested",
        ),
        pytest.param("<<<>>><></><!-- unterminated comment about the harbour", id="not-markup"),
    ],
)
def test_malformed_html_is_stored_or_refused_never_a_crash(seeded: Seeded, content: str) -> None:
    write(seeded.tmp / "broken.html", content)
    report = seeded.run(seeded.tmp / "broken.html")
    stored = "broken.html" in seeded.names()
    if stored:
        assert report.errors == []
        assert seeded.documents()["broken.html"].text.strip()
    else:
        only_error(report, "broken.html", "text")


def test_html_nested_300_deep_keeps_its_text(seeded: Seeded) -> None:
    # pages of unclosed <div>/<font> tags get this deep
    page = "<html><body>" + "<div>" * 300 + "".join(f"<p>{p}</p>" for p in article_text("deep").split("\n\n"))
    write(seeded.tmp / "deep.html", page)
    report = seeded.run(seeded.tmp / "deep.html")
    assert report.errors == []
    text = seeded.documents()["deep.html"].text
    assert all(paragraph in text for paragraph in article_text("deep").split("\n\n"))


def test_html_with_only_scripts(seeded: Seeded) -> None:
    page = (
        "<!DOCTYPE html><html><head><script>var note = 'SCRIPT_ONLY_PAYLOAD';</script></head>"
        "<body><script>document.write('SCRIPT_ONLY_PAYLOAD')</script><noscript></noscript></body></html>"
    )
    write(seeded.tmp / "scripts.html", page)
    report = seeded.run(seeded.tmp / "scripts.html")
    only_error(report, "scripts.html", "has no readable text")
    assert report.inputs_failed == 1
    assert not any("SCRIPT_ONLY_PAYLOAD" in doc.text for doc in seeded.documents().values())


# ------------------------------------------------------------------------------------------ jsonl


def good_line(topic: str) -> str:
    return json.dumps({"text": article_text(topic)})


def test_jsonl_malformed_line_among_good_ones(seeded: Seeded) -> None:
    lines = [good_line("tunnel works"), '{"text": "an unterminated string', good_line("canal works")]
    write(seeded.tmp / "mixed.jsonl", "\n".join(lines) + "\n")
    report = seeded.run(seeded.tmp / "mixed.jsonl")
    only_error(report, "mixed.jsonl:2", "is not valid JSON", "column")
    assert seeded.names() == ["mixed.jsonl:1", "mixed.jsonl:3", "good.txt"]
    # the input holds an error, so it counts as failed (and is read again next time), though two lines loaded
    assert report.inputs_failed == 1
    assert report.documents_added == 3


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('["text", "a JSON array, not an object"]', "must be a JSON object, not list"),
        ("42", "must be a JSON object, not int"),
        ('"just a string"', "must be a JSON object, not str"),
        ("null", "must be a JSON object, not NoneType"),
        (
            '{"title": "No body at all", "url": "https://example.org/x"}',
            "has neither a non-empty 'text' nor an 'html'",
        ),
        ('{"text": "   \\n  "}', "has neither a non-empty 'text' nor an 'html'"),
        ('{"text": 12345}', "field 'text' must be a string, not int"),
        ('{"html": ["<p>a</p>"]}', "field 'html' must be a string, not list"),
        ('{"text": "Some words.", "title": {"en": "x"}}', "field 'title' must be a string, not dict"),
        ('{"text": "Some words.", "published": 20230101}', "field 'published' must be a string, not int"),
        ('{"text": "Some words.", "url": false}', "field 'url' must be a string, not bool"),
        (
            '{"text": "Some words.", "authors": [1, 2]}',
            "field 'author(s)' must be a string or a list of strings",
        ),
        ('{"text": "Some words.", "author": {"name": "A"}}', "field 'author(s)' must be a string or a list"),
        ('{"text": "Some words."', "is not valid JSON"),
        ("{'text': 'single quotes'}", "is not valid JSON"),
        pytest.param("[" * 50_000 + "]" * 50_000, "nested too deeply", id="deeply-nested"),
    ],
)
def test_jsonl_bad_line_is_named_by_its_number(seeded: Seeded, line: str, expected: str) -> None:
    write(seeded.tmp / "rows.jsonl", "\n".join([good_line("first row"), line, good_line("third row")]) + "\n")
    report = seeded.run(seeded.tmp / "rows.jsonl")
    only_error(report, "rows.jsonl:2", expected)
    assert seeded.names() == ["rows.jsonl:1", "rows.jsonl:3", "good.txt"]


def test_jsonl_line_with_bad_utf8_is_kept_with_a_warning(seeded: Seeded) -> None:
    second = json.dumps({"text": "Zürich " + article_text("lake ferries")}, ensure_ascii=False).encode()
    second = second.replace(b"lake", b"la\xffke", 1)
    data = good_line("first").encode() + b"\n" + second + b"\n"
    write(seeded.tmp / "bytes.jsonl", data)
    report = seeded.run(seeded.tmp / "bytes.jsonl")
    assert report.errors == []
    doc = seeded.documents()["bytes.jsonl:2"]
    assert doc.text.startswith("Zürich") and "la\ufffdke" in doc.text
    assert any(w.startswith("invalid UTF-8") for w in warnings_for(report, "bytes.jsonl:2"))


def test_jsonl_truncated_last_line(seeded: Seeded) -> None:
    data = good_line("whole line") + "\n" + good_line("cut line")[:40]
    write(seeded.tmp / "short.jsonl", data)
    report = seeded.run(seeded.tmp / "short.jsonl")
    only_error(report, "short.jsonl:2", "is not valid JSON")
    assert seeded.names() == ["short.jsonl:1", "good.txt"]


def test_truncated_jsonl_gz_keeps_the_lines_before_the_damage(seeded: Seeded) -> None:
    rows = "".join(good_line(f"row {i}") + "\n" for i in range(40)).encode()
    packed = gzip.compress(rows)
    write(seeded.tmp / "cut.jsonl.gz", packed[: len(packed) // 2])
    report = seeded.run(seeded.tmp / "cut.jsonl.gz")
    error = only_error(report, "cut.jsonl.gz", "is corrupt or truncated after line")
    kept = [n for n in seeded.names() if n.startswith("cut.jsonl.gz:")]
    assert kept, "the lines before the damage are kept"
    assert kept == [f"cut.jsonl.gz:{i}" for i in range(1, len(kept) + 1)]
    assert f"after line {len(kept)}:" in error.message
    docs = seeded.documents()
    for i, name in enumerate(kept):  # whole rows only
        assert docs[name].text == article_text(f"row {i}")


def test_jsonl_gz_that_is_not_gzip(seeded: Seeded) -> None:
    write(seeded.tmp / "plain.jsonl.gz", good_line("not packed") + "\n")
    report = seeded.run(seeded.tmp / "plain.jsonl.gz")
    only_error(report, "plain.jsonl.gz", "is corrupt or truncated", "Not a gzipped file")
    assert seeded.names() == ["good.txt"]


# ------------------------------------------------------------------------------------------ warc


@pytest.mark.parametrize("name", ["half.warc", "half.warc.gz"])
def test_warc_cut_in_half_keeps_the_pages_before(seeded: Seeded, name: str) -> None:
    topics = [f"archived topic {i}" for i in range(6)]
    whole = write_warc(seeded.tmp / "whole" / name, topics, compress=name.endswith(".gz")).read_bytes()
    write(seeded.tmp / name, whole[: len(whole) // 2 + 101])  # the records are of a size: not at a boundary
    report = seeded.run(seeded.tmp / name)
    error = only_error(report, name, "is corrupt or truncated")
    pages = [n for n in seeded.names() if n.startswith("https://")]
    assert pages == [f"https://archive.example.org/{i}" for i in range(len(pages))]
    assert 1 <= len(pages) < 6
    assert f"({len(pages)} page(s) read before it)" in error.message
    docs = seeded.documents()
    for i, uri in enumerate(pages):  # whole pages only: the last paragraph of each page is there
        assert docs[uri].text.rstrip().endswith(article_text(topics[i], 5).split("\n\n")[-1])


@pytest.mark.parametrize("compress", [False, True])
def test_warc_cut_anywhere_is_never_a_crash_nor_a_partial_page(tmp_path: Path, compress: bool) -> None:
    topics = ["first archived page", "second archived page"]
    name = "cut.warc.gz" if compress else "cut.warc"
    whole = write_warc(tmp_path / ("whole" + name), topics, compress=compress)
    full = [
        d.html
        for d in get_reader("warc").read(Source(whole.name, whole), Options())
        if isinstance(d, RawDocument)
    ]
    data = whole.read_bytes()
    path = tmp_path / name
    for cut in range(0, len(data), 7):
        path.write_bytes(data[:cut])
        pages: list[str | None] = []
        try:
            for item in get_reader("warc").read(Source(name, path), Options()):
                if isinstance(item, RawDocument):
                    pages.append(item.html)
        except InputError as exc:
            assert exc.input_name == name
        assert pages == full[: len(pages)], f"a partial page was read from the first {cut} bytes"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("garbage.warc", b"this is not a web archive, only some words\nand another line\n" * 5),
        ("garbage.warc.gz", b"\x1f\x8b\x08\x00" + random.Random(5).randbytes(400)),
        ("noise.warc", random.Random(6).randbytes(500)),
        ("header-only.warc", b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/\r\n"),
    ],
    ids=["garbage.warc", "garbage.warc.gz", "noise.warc", "header-only.warc"],
)
def test_garbage_warc(seeded: Seeded, name: str, content: bytes) -> None:
    write(seeded.tmp / name, content)
    report = seeded.run(seeded.tmp / name)
    only_error(report, name, "corrupt")
    assert seeded.names() == ["good.txt"]


def test_warc_with_trailing_garbage(seeded: Seeded) -> None:
    whole = write_warc(seeded.tmp / "w" / "x.warc", ["trailing garbage page"], compress=False).read_bytes()
    write(seeded.tmp / "tail.warc", whole + b"WARC/1.0\r\nWARC-Type: resp")
    report = seeded.run(seeded.tmp / "tail.warc")
    only_error(
        report, "tail.warc", "is corrupt or truncated: record 2 is incomplete (1 page(s) read before it)"
    )
    assert "https://archive.example.org/0" in seeded.names()


def test_warc_record_over_the_limit_is_skipped(seeded: Seeded) -> None:
    # compressed, the archive is under the limit; one of its pages is not
    with (seeded.tmp / "big.warc.gz").open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        huge = html_page("Huge page", "huge page", extra="<p>" + "padding " * 20_000 + "</p>").encode()
        writer.write_record(
            writer.create_warc_record(
                "https://archive.example.org/huge", "response", payload=io.BytesIO(huge), http_headers=http
            )
        )
        small = html_page("Small page", "small page").encode()
        writer.write_record(
            writer.create_warc_record(
                "https://archive.example.org/small", "response", payload=io.BytesIO(small), http_headers=http
            )
        )
    assert (seeded.tmp / "big.warc.gz").stat().st_size < 50_000 < len(huge)
    report = seeded.run(seeded.tmp / "big.warc.gz", options=Options(max_bytes=50_000))
    only_error(report, "https://archive.example.org/huge", "over the --max-bytes limit")
    assert "https://archive.example.org/small" in seeded.names()


# ------------------------------------------------------------------------------------------ size


def test_file_over_max_bytes_is_refused(seeded: Seeded) -> None:
    path = write(seeded.tmp / "long.txt", article_text("long report", 20)[:5000])
    assert path.stat().st_size == 5000
    report = seeded.run(path, options=Options(max_bytes=1000))
    only_error(report, "long.txt", "is 4.9 KiB, over the limit of 1000 bytes", "--max-bytes")
    assert "long.txt" not in seeded.names()


@pytest.mark.parametrize("limit", [5000, 10_000, 0])
def test_file_at_or_under_max_bytes_loads(seeded: Seeded, limit: int) -> None:
    path = write(seeded.tmp / "long.txt", article_text("long report", 20)[:5000])
    report = seeded.run(path, options=Options(max_bytes=limit))
    assert report.errors == []
    assert "long.txt" in seeded.names()


@pytest.mark.parametrize("name", ["rows.jsonl", "rows.jsonl.gz", "pages.warc", "feed.rss", "page.html"])
def test_every_reader_respects_max_bytes(seeded: Seeded, name: str) -> None:
    path = seeded.tmp / name
    if name.startswith("rows"):
        data = "".join(good_line(f"row {i}") + "\n" for i in range(20)).encode()
        write(path, gzip.compress(data, compresslevel=0) if name.endswith(".gz") else data)
    elif name.endswith(".warc"):
        write_warc(path, ["one", "two", "three"], compress=False)
    elif name.endswith(".rss"):
        items = "".join(
            f"<item><title>T{i}</title><description>{article_text(str(i))}</description></item>"
            for i in range(5)
        )
        write(
            path, f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'
        )
    else:
        write(path, html_page("Big page", "big page"))
    assert path.stat().st_size > 1000
    report = seeded.run(path, options=Options(max_bytes=1000))
    only_error(report, name, "over the limit of 1000 bytes", "--max-bytes")
    assert seeded.names() == ["good.txt"]


class CountingFile(io.RawIOBase):
    """A file that counts the bytes taken from it."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.taken = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.fh.read(len(buffer))
        buffer[: len(data)] = data
        self.taken += len(data)
        return len(data)

    def close(self) -> None:
        self.fh.close()
        super().close()


@pytest.mark.parametrize("name", ["stream.jsonl", "stream.jsonl.gz"])
def test_jsonl_is_streamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    # hard to compress, so that the .gz too is far bigger than what gzip reads at a time (128 KiB)
    noise = random.Random(11)
    rows = [json.dumps({"text": f"row {i} " + noise.randbytes(100).hex()}) for i in range(6000)]
    data = "".join(row + "\n" for row in rows).encode()
    path = write(tmp_path / name, gzip.compress(data) if name.endswith(".gz") else data)
    opened: list[CountingFile] = []
    real_open = Source.open

    def counting_open(self: Source) -> BinaryIO:
        counter = CountingFile(real_open(self))
        opened.append(counter)
        return io.BufferedReader(counter)

    monkeypatch.setattr(Source, "open", counting_open)
    reader = get_reader("jsonl")
    assert reader.streams
    items = reader.read(Source(name, path), Options())
    first = next(items)
    assert isinstance(first, RawDocument) and first.name == f"{name}:1"
    [counter] = opened
    assert 0 < counter.taken < path.stat().st_size / 4  # one line read, not the whole file
    rest = list(items)
    assert len(rest) == 5999
    assert counter.taken == path.stat().st_size
    assert counter.closed


# ------------------------------------------------------------------------------------------ unreadable paths


def test_nonexistent_path(seeded: Seeded) -> None:
    missing = seeded.tmp / "nowhere" / "missing.txt"
    report = seeded.run(missing)
    only_error(report, str(missing), "does not exist")
    assert report.inputs == 2 and report.inputs_failed == 1


def test_broken_symlink_argument(seeded: Seeded) -> None:
    link = seeded.tmp / "dangling.txt"
    link.symlink_to(seeded.tmp / "gone.txt")
    report = seeded.run(link)
    only_error(report, str(link), "broken symbolic link")
    assert report.inputs_failed == 1


def test_symlink_to_itself_argument(seeded: Seeded, deadline: None) -> None:
    link = seeded.tmp / "ouroboros.txt"
    link.symlink_to(link)
    report = seeded.run(link)
    only_error(report, str(link), "cannot be read", "symbolic links")


def test_broken_symlink_and_loop_inside_a_folder(seeded: Seeded, deadline: None) -> None:
    folder = seeded.tmp / "inbox"
    write(folder / "kept.txt", article_text("kept report"))
    write(folder / "sub" / "inner.txt", article_text("inner report"))
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    (folder / "loop").symlink_to(folder)  # inbox/loop -> inbox
    (folder / "sub" / "up").symlink_to(folder)  # inbox/sub/up -> inbox
    (folder / "self").symlink_to(folder / "self")
    report = seeded.run(folder)
    problems = {p.input: p for p in report.problems}
    assert problems["dangling.txt"] == Problem("dangling.txt", "is a broken symbolic link", "warning")
    assert problems["loop"].severity == "warning" and "symbolic link loop" in problems["loop"].message
    assert problems["sub/up"].severity == "warning" and "symbolic link loop" in problems["sub/up"].message
    assert "cannot be read" in problems["self"].message
    # each file read once, not once per way round the loop
    assert seeded.names() == ["kept.txt", "sub/inner.txt", "good.txt"]


def test_fifo_inside_a_folder_is_skipped(seeded: Seeded, deadline: None) -> None:
    folder = seeded.tmp / "inbox"
    write(folder / "a.txt", article_text("before the pipe"))
    os.mkfifo(folder / "b.pipe")
    write(folder / "c.txt", article_text("after the pipe"))
    report = seeded.run(folder)
    assert report.errors == []
    assert Problem("b.pipe", "is not a regular file; skipped", "warning") in report.problems
    assert seeded.names() == ["a.txt", "c.txt", "good.txt"]


def test_fifo_argument_is_refused(seeded: Seeded, deadline: None) -> None:
    fifo = seeded.tmp / "feed.jsonl"
    os.mkfifo(fifo)
    report = seeded.run(fifo)
    only_error(report, str(fifo), "not a regular file or folder")


def test_permission_denied_on_open(seeded: Seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    # tests run as root, for whom chmod 000 blocks nothing: refuse the open instead
    locked = write(seeded.tmp / "locked.txt", article_text("locked report"))
    real_open = Path.open

    def guarded_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    report = seeded.run(locked)
    only_error(report, "locked.txt", "cannot be read: permission denied")
    assert report.inputs_failed == 1


def test_permission_denied_on_a_folder(seeded: Seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = seeded.tmp / "inbox"
    write(folder / "open" / "a.txt", article_text("open folder"))
    write(folder / "shut" / "b.txt", article_text("shut folder"))
    real_scandir = os.scandir

    def guarded_scandir(path: Any) -> Any:
        if Path(path).name == "shut":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded_scandir)
    report = seeded.run(folder)
    only_error(report, "shut", "folder cannot be read: Permission denied")
    assert seeded.names() == ["open/a.txt", "good.txt"]


def test_read_error_after_open(seeded: Seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    write(seeded.tmp / "flaky.txt", article_text("flaky disk"))

    class Failing(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            raise OSError(errno.EIO, "Input/output error")

    real_open = Source.open

    def failing_open(self: Source) -> BinaryIO:
        if self.name == "flaky.txt":
            return io.BufferedReader(Failing())
        return real_open(self)

    monkeypatch.setattr(Source, "open", failing_open)
    report = seeded.run(seeded.tmp / "flaky.txt")
    only_error(report, "flaky.txt", "cannot be read: Input/output error")


# ------------------------------------------------------------------------------------------ other languages


@pytest.mark.parametrize(
    ("name", "text", "language"), [("french.txt", FRENCH, "fr"), ("russian.txt", RUSSIAN, "ru")]
)
def test_non_english_is_stored_but_not_analysed(seeded: Seeded, name: str, text: str, language: str) -> None:
    write(seeded.tmp / name, text)
    report = seeded.run(seeded.tmp / name)
    assert report.errors == [] and report.inputs_failed == 0
    doc = seeded.documents()[name]
    assert doc.text == text
    assert doc.language == language
    assert doc.analysable is False
    assert doc.skip_reason == f"language is {language!r}, analysis covers en"
    assert warnings_for(report, name) == [
        f"stored but not analysed: language is {language!r}, analysis covers en"
    ]


def test_other_languages_can_be_asked_for(seeded: Seeded) -> None:
    write(seeded.tmp / "french.txt", FRENCH)
    report = seeded.run(seeded.tmp / "french.txt", options=Options(languages=("en", "fr")))
    assert report.problems == []
    assert seeded.documents()["french.txt"].analysable


# ------------------------------------------------------------------------------------------ feeds and urls


@pytest.mark.parametrize(
    "content",
    [
        '<?xml version="1.0"?><rss version="2.0"><channel><title>No items</title></channel></rss>',
        "<<<rss this is not XML at all",
        "Plain words in a file that says it is a feed.",
        '{"text": "JSON in a feed file"}',
    ],
    ids=["no-items", "not-xml", "words", "json"],
)
def test_feed_that_is_not_a_feed(seeded: Seeded, content: str) -> None:
    write(seeded.tmp / "broken.rss", content)
    report = seeded.run(seeded.tmp / "broken.rss")
    only_error(report, "broken.rss", "is not a readable RSS/Atom feed or has no entries")
    assert seeded.names() == ["good.txt"]


def test_feed_whose_content_is_a_file_name(seeded: Seeded) -> None:
    other = write(
        seeded.tmp / "other.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Other</title><item><title>Private</title>'
        f"<link>https://example.org/private</link><description>{article_text('private')}</description>"
        "</item></channel></rss>",
    )
    write(seeded.tmp / "pointer.rss", str(other))  # the bytes are read as a feed, never as a path to open
    report = seeded.run(seeded.tmp / "pointer.rss")
    only_error(report, "pointer.rss", "is not a readable RSS/Atom feed")
    assert "https://example.org/private" not in seeded.names()


def test_feed_entry_without_content_is_skipped(seeded: Seeded) -> None:
    body = article_text("night trains")
    write(
        seeded.tmp / "partial.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Rail Weekly</title>'
        f"<item><title>Night trains return</title><link>https://rail.example/night</link>"
        f"<description>{body}</description></item>"
        "<item><title>Title only</title><link>https://rail.example/empty</link></item>"
        "</channel></rss>",
    )
    report = seeded.run(seeded.tmp / "partial.rss")
    only_error(report, "https://rail.example/empty", "feed entry has no content or summary")
    assert seeded.names() == ["https://rail.example/night", "good.txt"]


def test_malformed_feed_is_read_as_far_as_it_goes(seeded: Seeded) -> None:
    body = article_text("mountain pass")
    write(
        seeded.tmp / "sloppy.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Pass & Valley</title>'
        "<item><title>Pass open</title><link>https://pass.example/open</link>"
        f"<description>{body}</description>"
        "</item>",  # an unescaped & and no closing tags
    )
    report = seeded.run(seeded.tmp / "sloppy.rss")
    assert report.errors == []
    [warning] = warnings_for(report, "sloppy.rss")
    assert warning.startswith("feed is malformed, read what could be")
    assert "https://pass.example/open" in seeded.names()


@pytest.mark.parametrize("url", ["http://[::1", "http://example.org:notaport/"])
def test_malformed_url_is_an_input_error(url: str) -> None:
    # fails while parsing the URL, before any connection is tried
    with pytest.raises(InputError) as caught:
        http_fetch(url, 0.5, 1000)
    assert caught.value.input_name == url
    assert "could not be fetched" in caught.value.problem


# ------------------------------------------------------------------------------ a store with history


def test_bad_batch_leaves_the_stored_documents_alone(seeded: Seeded, deadline: None) -> None:
    tmp = seeded.tmp / "batch"
    bad = [
        write(tmp / "empty.txt", b""),
        write(tmp / "blank.jsonl", b"\n \n"),
        write(tmp / "binary.txt", PNG + bytes(100)),
        write(tmp / "rows.jsonl", good_line("batch row") + "\n[1, 2]\n"),
        write(tmp / "cut.jsonl.gz", gzip.compress(good_line("packed row").encode() * 50)[:60]),
        write(tmp / "garbage.warc", b"not an archive\n" * 10),
        write(tmp / "scripts.html", "<html><script>var x = 1;</script></html>"),
        write(tmp / "big.txt", article_text("oversized", 30)),
        tmp / "missing.txt",
        # the same text as a stored document, under another name: known, not stored again
        write(tmp / "copy.txt", "Dam repairs begin\r\n\r\n" + article_text("dam repairs") + "\n\n"),
    ]
    os.mkfifo(tmp / "pipe")
    bad.append(tmp / "pipe")
    documents, segments = seeded.store.count("documents"), seeded.store.count("segments")
    report = seeded.run(*bad, options=Options(max_bytes=3000))
    failed = {p.input for p in report.errors}
    assert failed == {
        "empty.txt",
        "blank.jsonl",
        "binary.txt",
        "rows.jsonl:2",
        "cut.jsonl.gz",
        "garbage.warc",
        "scripts.html",
        "big.txt",
        str(tmp / "missing.txt"),
        str(tmp / "pipe"),
    }
    assert report.inputs == 12 and report.inputs_failed == 10
    assert report.documents_known == 1
    assert seeded.names() == ["rows.jsonl:1", "good.txt"]
    assert seeded.store.count("documents") == documents + 2
    new_segments = sum(len(d.segments) for d in seeded.documents().values())
    assert seeded.store.count("segments") == segments + new_segments
    runs = seeded.store.runs()
    assert [r["status"] for r in runs] == ["completed", "completed"]
    assert runs[-1]["counts"]["inputs_failed"] == 10


def test_failed_inputs_are_read_again_next_run(seeded: Seeded) -> None:
    bad = write(seeded.tmp / "rows.jsonl", good_line("retried row") + "\nnot json\n")
    first = seeded.run(bad)
    second = seeded.run(bad)
    # the good file is unchanged the second time; the input with an error is read again
    assert second.inputs_unchanged == 1
    assert [p.input for p in first.errors] == [p.input for p in second.errors] == ["rows.jsonl:2"]
    assert second.documents_known == 1 and second.documents_added == 0
    assert seeded.names() == ["rows.jsonl:1", "good.txt"]
