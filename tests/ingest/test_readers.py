"""Every reader, end to end (through the local runner) and one by one: what each makes of a small input.

All inputs are written into ``tmp_path`` by the tests themselves; nothing here touches the network
(the URL reader's fetcher is replaced by a fake).
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rashomon.engine import RunReport, analyze
from rashomon.errors import InputError, UsageError
from rashomon.ingest.readers import get_reader, reader_for
from rashomon.ingest.readers import urls as urls_reader
from rashomon.ingest.sources import Source, discover
from rashomon.records import Document, Problem, RawDocument, SegmentKind
from rashomon.settings import Options
from rashomon.store import Store
from tests.ingest.files import write

# ------------------------------------------------------------------------------------------ inputs

_SENTENCES = (
    "Negotiators on the {topic} returned to the conference hall on Tuesday after a pause of three weeks.",
    "The mediators said the first session on the {topic} lasted four hours and covered prisoners.",
    "One delegate described the mood around the {topic} as cautious but businesslike.",
    "Residents of the frontier villages said that the shelling had eased while the {topic} went on.",
    "A second session on the {topic} is planned for Wednesday, and a joint statement is expected.",
)


def paragraphs(topic: str, count: int = 5) -> list[str]:
    """``count`` English paragraphs about ``topic``; different topics give different texts (and hashes)."""
    return [
        " ".join(_SENTENCES[(i + j) % len(_SENTENCES)].format(topic=topic) for j in range(3))
        for i in range(count)
    ]


def article_text(topic: str, count: int = 3) -> str:
    return "\n\n".join(paragraphs(topic, count))


def html_page(title: str, topic: str, *, head: str = "", extra_body: str = "") -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs(topic))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title>{head}</head>\n<body><article><h1>{title}</h1>\n{body}</article>{extra_body}"
        "</body></html>\n"
    )


# ------------------------------------------------------------------------------------------ running


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store(":memory:")
    yield s
    s.close()


def ingest_only(options: Options | None = None) -> Options:
    """``options`` without the analysis stage that may follow ingest (not what these tests are about)."""
    options = options or Options()
    return replace(options, analyse=False) if "analyse" in Options.__dataclass_fields__ else options


def run(store: Store, *inputs: str | Path, options: Options | None = None) -> RunReport:
    return analyze(store, list(inputs), ingest_only(options))


def stored(store: Store) -> list[Document]:
    return [doc for _, doc in store.documents()]


def by_name(store: Store) -> dict[str, Document]:
    return {doc.name: doc for doc in stored(store)}


def read_direct(reader: str, path: Path, options: Options | None = None) -> list[RawDocument | Problem]:
    return list(get_reader(reader).read(Source(name=path.name, path=path), options or Options()))


def raw_documents(items: list[RawDocument | Problem]) -> list[RawDocument]:
    return [item for item in items if isinstance(item, RawDocument)]


def assert_clean(report: RunReport) -> None:
    assert report.errors == [], [str(p) for p in report.errors]
    assert report.inputs_failed == 0
    assert report.status == "completed"


# ------------------------------------------------------------------------------------------ text


def test_text_file_becomes_one_document(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "wire.txt", "Talks resume in Geneva\n\n" + article_text("border talks"))
    report = run(store, path)
    assert_clean(report)
    assert (report.inputs, report.documents_read, report.documents_added) == (1, 1, 1)
    [doc] = stored(store)
    assert doc.name == "wire.txt"
    assert doc.reader == "text"
    assert "conference hall" in doc.text
    assert doc.title == "Talks resume in Geneva"
    assert doc.language == "en" and doc.analysable
    assert any(s.kind is SegmentKind.BODY for s in doc.segments)


def test_text_reader_direct(tmp_path: Path) -> None:
    path = write(tmp_path / "note.md", article_text("river dispute"))
    [raw] = read_direct("text", path)
    assert isinstance(raw, RawDocument)
    assert (raw.name, raw.reader, raw.html, raw.warnings) == ("note.md", "text", None, ())
    assert raw.text is not None and "river dispute" in raw.text


def test_same_text_twice_is_stored_once(tmp_path: Path, store: Store) -> None:
    text = article_text("water rights")
    first, second = write(tmp_path / "a.txt", text), write(tmp_path / "b.txt", text + "\n\n")
    report = run(store, first, second)
    assert_clean(report)
    assert (report.documents_added, report.documents_known) == (1, 1)
    assert store.count("documents") == 1
    assert store.count("document_inputs") == 2


# ------------------------------------------------------------------------------------------ html

_SCRIPT_MARK = "SCRIPT_PAYLOAD_MUST_NOT_BE_STORED"

_HEAD_META = (
    '<meta property="og:site_name" content="Northern Ledger">'
    '<meta property="og:title" content="Ceasefire talks resume in Geneva">'
    '<meta name="author" content="Mara Ellison">'
    '<meta property="article:published_time" content="2023-03-14T09:30:00+00:00">'
    f'<script>var secret = "{_SCRIPT_MARK}"; document.title = secret;</script>'
)

_COMMENTS = (
    '<section id="comments" class="comments"><h2>Comments</h2>'
    '<div class="comment"><p>Finally some progress. I hope the crossings open before the harvest.</p></div>'
    '<div class="comment"><p>I will believe it when the monitors are on the ground for good.</p></div>'
    "</section>"
    f'<script type="text/javascript">console.log("{_SCRIPT_MARK}");</script>'
    "<footer>Copyright Northern Ledger</footer>"
)


def test_html_page_text_and_metadata(tmp_path: Path, store: Store) -> None:
    page = html_page(
        "Ceasefire talks resume in Geneva", "ceasefire talks", head=_HEAD_META, extra_body=_COMMENTS
    )
    path = write(tmp_path / "ledger.html", page)
    report = run(store, path)
    assert_clean(report)
    [doc] = stored(store)
    assert doc.name == "ledger.html"
    assert doc.reader == "html"
    assert doc.title == "Ceasefire talks resume in Geneva"
    assert doc.authors == ("Mara Ellison",)
    assert doc.outlet == "Northern Ledger"
    assert doc.published is not None and doc.published.value.startswith("2023-03-14")
    assert "first session on the ceasefire talks" in doc.text
    assert _SCRIPT_MARK not in doc.text
    assert "document.title" not in doc.text and "console.log" not in doc.text
    assert "<p>" not in doc.text
    # the readers' comments are kept, and typed as comments, after the article
    comments = [doc.segment_text(s) for s in doc.segments if s.kind is SegmentKind.COMMENT]
    assert any("harvest" in c for c in comments)
    headline = [doc.segment_text(s) for s in doc.segments if s.kind is SegmentKind.HEADLINE]
    assert headline == ["Ceasefire talks resume in Geneva"]


def test_html_reader_direct_keeps_raw_html(tmp_path: Path) -> None:
    path = write(tmp_path / "page.htm", html_page("A title", "harbour strike"))
    [raw] = read_direct("html", path)
    assert isinstance(raw, RawDocument)
    assert raw.reader == "html" and raw.text is None
    assert raw.html is not None and raw.html.startswith("<!DOCTYPE html>")


def test_html_declared_charset_is_used(tmp_path: Path, store: Store) -> None:
    page = html_page("Crème brûlée à Genève", "café talks").replace(
        'charset="utf-8"', 'charset="windows-1252"'
    )
    path = write(tmp_path / "legacy.html", page.encode("cp1252"))
    report = run(store, path)
    assert_clean(report)
    [doc] = stored(store)
    assert doc.title == "Crème brûlée à Genève"
    assert doc.warnings == ()  # the page said what it is: nothing was guessed


# ------------------------------------------------------------------------------------------ jsonl


def jsonl_lines(prefix: str) -> list[dict[str, object]]:
    return [
        {
            "text": article_text(f"{prefix} grain corridor"),
            "url": "https://news.example.org/grain",
            "title": "Grain corridor reopens",
            "author": "Ana Petrova; Omar Haddad",
            "published": "2023-06-02",
            "outlet": "Harbour Times",
        },
        {
            "html": html_page("Pipeline deal signed", f"{prefix} pipeline deal"),
            "title": "Pipeline deal signed",
            "authors": ["Lena Fischer"],
            "outlet": "Valley Post",
        },
        {"text": article_text(f"{prefix} election count"), "published": "2023-06-04T18:00:00Z"},
    ]


def write_jsonl(path: Path, rows: list[dict[str, object]], compress: bool = False) -> Path:
    data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
    return write(path, gzip.compress(data) if compress else data)


@pytest.mark.parametrize("name", ["batch.jsonl", "batch.jsonl.gz", "batch.ndjson"])
def test_jsonl_one_document_per_line(tmp_path: Path, store: Store, name: str) -> None:
    path = write_jsonl(tmp_path / name, jsonl_lines(name), compress=name.endswith(".gz"))
    report = run(store, path)
    assert_clean(report)
    assert report.problems == []
    docs = by_name(store)
    # named by their url, else by file and line number
    assert sorted(docs) == sorted(["https://news.example.org/grain", f"{name}:2", f"{name}:3"])
    grain = docs["https://news.example.org/grain"]
    assert grain.reader == "jsonl"
    assert grain.url == "https://news.example.org/grain"
    assert grain.title == "Grain corridor reopens"
    assert grain.authors == ("Ana Petrova", "Omar Haddad")
    assert grain.outlet == "Harbour Times"
    assert grain.published is not None and (grain.published.value, grain.published.precision) == (
        "2023-06-02",
        "day",
    )
    assert grain.text.startswith("Grain corridor reopens")  # a declared title missing from the text leads it
    pipeline = docs[f"{name}:2"]
    assert pipeline.title == "Pipeline deal signed"
    assert pipeline.authors == ("Lena Fischer",)
    assert pipeline.outlet == "Valley Post"
    assert "<p>" not in pipeline.text and "pipeline deal" in pipeline.text
    election = docs[f"{name}:3"]
    assert election.url is None
    assert election.published is not None and election.published.precision == "datetime"


def test_jsonl_reader_direct_and_ignored_fields(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = [
        {"text": article_text("ferry strike"), "id": "a1", "lang": "en", "score": 3},
        {"text": article_text("tram strike")},
    ]
    path = write_jsonl(tmp_path / "extra.jsonl", rows)
    items = read_direct("jsonl", path)
    docs = raw_documents(items)
    assert [d.name for d in docs] == ["extra.jsonl:1", "extra.jsonl:2"]
    assert all(d.reader == "jsonl" and d.html is None for d in docs)
    problems = [p for p in items if isinstance(p, Problem)]
    assert problems == [Problem("extra.jsonl", "fields ignored: lang, score", "warning")]


def test_jsonl_blank_lines_are_skipped_but_counted(tmp_path: Path) -> None:
    good = json.dumps({"text": article_text("bridge repair")})
    path = write(tmp_path / "gaps.jsonl", f"\n{good}\n\n   \n{good}\n")
    docs = raw_documents(read_direct("jsonl", path))
    assert [d.name for d in docs] == ["gaps.jsonl:2", "gaps.jsonl:5"]


# ------------------------------------------------------------------------------------------ feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Mountain Courier</title>
  <link>https://courier.example.net/</link>
  <description>News from the valleys</description>
  <item>
    <title>Pass road reopens after landslide</title>
    <link>https://courier.example.net/pass-road</link>
    <dc:creator>Irakli Beridze</dc:creator>
    <pubDate>Tue, 14 Mar 2023 09:30:00 GMT</pubDate>
    <description>Short summary that is not used.</description>
    <content:encoded><![CDATA[{first}]]></content:encoded>
  </item>
  <item>
    <title>Border market opens on Sundays</title>
    <link>https://courier.example.net/market</link>
    <author>desk@courier.example.net (Nino Kapanadze)</author>
    <pubDate>Wed, 15 Mar 2023 12:00:00 +0000</pubDate>
    <description><![CDATA[{second}]]></description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Steppe Review</title>
  <id>urn:uuid:4f9a7c1e-0000-4000-8000-000000000001</id>
  <updated>2023-04-02T08:00:00Z</updated>
  <entry>
    <title>Wind farm approved</title>
    <id>urn:uuid:4f9a7c1e-0000-4000-8000-000000000002</id>
    <link href="https://steppe.example.com/wind-farm"/>
    <published>2023-04-01T07:15:00Z</published>
    <updated>2023-04-01T09:00:00Z</updated>
    <author><name>Aigerim Sadykova</name></author>
    <content type="html">{first}</content>
  </entry>
  <entry>
    <title>Rail link delayed</title>
    <id>urn:uuid:4f9a7c1e-0000-4000-8000-000000000003</id>
    <link href="https://steppe.example.com/rail-link"/>
    <updated>2023-04-02T08:00:00Z</updated>
    <author><name>Daniyar Omarov</name></author>
    <summary type="text">{second}</summary>
  </entry>
</feed>
"""


def rss_feed() -> str:
    first = "".join(f"<p>{p}</p>" for p in paragraphs("pass road"))
    second = "".join(f"<p>{p}</p>" for p in paragraphs("border market"))
    return RSS.format(first=first, second=second)


def atom_feed() -> str:
    from html import escape

    first = escape("".join(f"<p>{p}</p>" for p in paragraphs("wind farm")))
    return ATOM.format(first=first, second=article_text("rail link"))


def test_rss_feed_one_document_per_item(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "courier.rss", rss_feed())
    report = run(store, path)
    assert_clean(report)
    assert report.documents_added == 2
    docs = by_name(store)
    assert sorted(docs) == ["https://courier.example.net/market", "https://courier.example.net/pass-road"]
    road = docs["https://courier.example.net/pass-road"]
    assert road.reader == "feed"
    assert road.url == "https://courier.example.net/pass-road"
    assert road.title == "Pass road reopens after landslide"
    assert road.authors == ("Irakli Beridze",)
    assert road.outlet == "Mountain Courier"
    assert road.published is not None and road.published.value.startswith("2023-03-14T09:30")
    assert "pass road" in road.text and "Short summary" not in road.text  # full content wins over summary
    market = docs["https://courier.example.net/market"]
    assert market.title == "Border market opens on Sundays"
    assert market.published is not None and market.published.value.startswith("2023-03-15T12:00")
    assert market.outlet == "Mountain Courier"
    assert market.authors == ("Nino Kapanadze",)  # the name from RSS's "email (name)" <author>
    assert "border market" in market.text


def test_atom_feed_one_document_per_entry(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "steppe.atom", atom_feed())
    report = run(store, path)
    assert_clean(report)
    docs = by_name(store)
    assert sorted(docs) == ["https://steppe.example.com/rail-link", "https://steppe.example.com/wind-farm"]
    wind = docs["https://steppe.example.com/wind-farm"]
    assert (wind.title, wind.authors, wind.outlet) == (
        "Wind farm approved",
        ("Aigerim Sadykova",),
        "Steppe Review",
    )
    assert wind.published is not None and wind.published.value.startswith(
        "2023-04-01T07:15"
    )  # published, not updated
    assert "<p>" not in wind.text and "wind farm" in wind.text
    rail = docs["https://steppe.example.com/rail-link"]
    assert (rail.title, rail.authors, rail.outlet) == (
        "Rail link delayed",
        ("Daniyar Omarov",),
        "Steppe Review",
    )
    assert rail.published is not None and rail.published.value.startswith("2023-04-02T08:00")
    assert "rail link" in rail.text


def test_feed_reader_direct_html_and_text_entries(tmp_path: Path) -> None:
    path = write(tmp_path / "steppe.atom", atom_feed())
    wind, rail = raw_documents(read_direct("feed", path))
    assert wind.html is not None and wind.text is None  # content type="html"
    assert rail.text is not None and rail.html is None  # summary type="text"
    assert wind.published == "2023-04-01T07:15:00+00:00"


# ------------------------------------------------------------------------------------------ warc

WARC_DATE = "2023-05-01T10:00:00Z"


def write_warc(path: Path, *, compress: bool) -> Path:
    """Three HTML pages (one a resource record), an image, a 404, a redirect, a request and a warcinfo."""

    def response(uri: str, status: str, content_type: str, body: bytes, date: str = WARC_DATE) -> None:
        http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": date},
        )
        writer.write_record(record)

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "rashomon tests"}))
        request = StatusAndHeaders(
            "GET /one HTTP/1.1", [("Host", "archive.example.org")], is_http_request=True
        )
        writer.write_record(
            writer.create_warc_record("https://archive.example.org/one", "request", http_headers=request)
        )
        response(
            "https://archive.example.org/one",
            "200 OK",
            "text/html; charset=utf-8",
            html_page("Dam inspection finds cracks", "dam inspection").encode(),
        )
        response(
            "https://archive.example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)
        )
        response(
            "https://archive.example.org/missing",
            "404 Not Found",
            "text/html",
            html_page("Not found", "missing page").encode(),
        )
        response(
            "https://archive.example.org/old", "301 Moved Permanently", "text/html", b"<html>moved</html>"
        )
        response(
            "https://archive.example.org/two",
            "200 OK",
            "text/html; charset=windows-1252",
            html_page("Café owners protest rent rise", "rent protest").encode("cp1252"),
            date="2023-05-02T11:30:00Z",
        )
        resource = writer.create_warc_record(
            "https://archive.example.org/three",
            "resource",
            payload=io.BytesIO(html_page("Ferry timetable changes", "ferry timetable").encode()),
            warc_content_type="text/html",
            warc_headers_dict={"WARC-Date": WARC_DATE},
        )
        writer.write_record(resource)
    return path


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_one_document_per_html_200_response(tmp_path: Path, store: Store, name: str) -> None:
    path = write_warc(tmp_path / name, compress=name.endswith(".gz"))
    report = run(store, path)
    assert_clean(report)
    assert report.problems == []
    docs = by_name(store)
    assert list(docs) == [
        "https://archive.example.org/one",
        "https://archive.example.org/two",
        "https://archive.example.org/three",
    ]
    one, two, three = docs.values()
    assert all(d.reader == "warc" for d in docs.values())
    assert one.url == "https://archive.example.org/one"
    assert one.retrieved == WARC_DATE
    assert two.retrieved == "2023-05-02T11:30:00Z"
    assert one.title == "Dam inspection finds cracks"
    assert two.title == "Café owners protest rent rise"  # decoded with the charset of the HTTP header
    assert "ferry timetable" in three.text
    assert not any("missing page" in d.text or "moved" in d.text for d in docs.values())


def test_warc_reader_direct_streams(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", compress=True)
    reader = get_reader("warc")
    assert reader.streams
    items = reader.read(Source(name=path.name, path=path), Options())
    first = next(items)
    assert isinstance(first, RawDocument) and first.name == "https://archive.example.org/one"
    assert first.html is not None and "Dam inspection" in first.html
    rest = list(items)
    assert [r.name for r in raw_documents(rest)] == [
        "https://archive.example.org/two",
        "https://archive.example.org/three",
    ]


def test_arc_gz_records_are_read_like_warc(tmp_path: Path, store: Store) -> None:
    """The older ARC format: a header line per record ("URL IP date type length"), each record gzipped."""

    def record(header: str, body: bytes) -> bytes:
        return gzip.compress(f"{header} {len(body)}\n".encode() + body + b"\n")

    info = b"1 0 rashomon tests\nURL IP-address Archive-date Content-type Archive-length\n"
    page = html_page("Old quay demolished", "old quay").encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    path = write(
        tmp_path / "old.arc.gz",
        record("filedesc://old.arc 0.0.0.0 20230501100000 text/plain", info)
        + record("http://archive.example.org/quay 192.0.2.1 20230501100000 text/html", http),
    )
    report = run(store, path)
    assert_clean(report)
    [doc] = stored(store)
    assert (doc.name, doc.reader, doc.retrieved) == ("http://archive.example.org/quay", "warc", WARC_DATE)
    assert doc.title == "Old quay demolished"


# ------------------------------------------------------------------------------------------ urls


class FakeFetch:
    """Stands in for the network: url -> (body, content type); records what was asked."""

    def __init__(self, pages: dict[str, tuple[bytes, str]]) -> None:
        self.pages = pages
        self.calls: list[str] = []

    def __call__(self, url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
        self.calls.append(url)
        if url not in self.pages:
            raise InputError(url, "could not be fetched: HTTP Error 404: Not Found")
        return self.pages[url]


@pytest.fixture
def fake_fetch(monkeypatch: pytest.MonkeyPatch) -> FakeFetch:
    fake = FakeFetch(
        {
            "https://example.org/a": (
                html_page("Harbour reopens", "harbour").encode(),
                "text/html; charset=utf-8",
            ),
            "https://example.org/b": (article_text("mine closure").encode(), "text/plain"),
            "https://example.org/logo.png": (b"\x89PNG\r\n\x1a\n" + bytes(32), "image/png"),
        }
    )
    monkeypatch.setattr(urls_reader, "FETCH", fake)
    return fake


def never_fetch(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    raise AssertionError(f"fetched {url} although fetching is off")


def test_url_list_with_fetch_off_is_refused(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(urls_reader, "FETCH", never_fetch)
    path = write(tmp_path / "reading.urls", "# to read\nhttps://example.org/a\nhttps://example.org/b\n")
    report = run(store, path)
    assert store.count("documents") == 0
    assert report.inputs_failed == 1
    [error] = report.errors
    assert error.input == "reading.urls"
    assert "2 URL(s)" in error.message and "--fetch" in error.message


def test_url_argument_with_fetch_off_is_refused(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(urls_reader, "FETCH", never_fetch)
    report = run(store, "https://example.org/a")
    assert store.count("documents") == 0
    assert report.inputs == 1 and report.inputs_failed == 1
    [error] = report.errors
    assert error.input == "https://example.org/a"
    assert "--fetch" in error.message


def test_url_argument_with_fetch_on(store: Store, fake_fetch: FakeFetch) -> None:
    report = run(store, "https://example.org/a", options=Options(fetch=True))
    assert_clean(report)
    [doc] = stored(store)
    assert (doc.name, doc.url, doc.reader) == ("https://example.org/a", "https://example.org/a", "url")
    assert doc.title == "Harbour reopens"
    assert fake_fetch.calls == ["https://example.org/a"]


def test_url_list_with_fetch_on(tmp_path: Path, store: Store, fake_fetch: FakeFetch) -> None:
    path = write(
        tmp_path / "reading.urls",
        "# morning reading\nhttps://example.org/a\n\n  # indented comment\nhttps://example.org/b\n"
        "ftp://example.org/c\nhttps://example.org/gone\nhttps://example.org/logo.png\n",
    )
    report = run(store, path, options=Options(fetch=True))
    docs = by_name(store)
    assert list(docs) == ["https://example.org/a", "https://example.org/b"]
    assert docs["https://example.org/a"].title == "Harbour reopens"
    assert "mine closure" in docs["https://example.org/b"].text
    assert docs["https://example.org/b"].reader == "url"
    problems = {p.input: p for p in report.problems}
    assert set(problems) == {"reading.urls:6", "https://example.org/gone", "https://example.org/logo.png"}
    assert "not an http(s) URL" in problems["reading.urls:6"].message
    assert "could not be fetched" in problems["https://example.org/gone"].message
    assert "image/png" in problems["https://example.org/logo.png"].message
    assert fake_fetch.calls == [
        "https://example.org/a",
        "https://example.org/b",
        "https://example.org/gone",
        "https://example.org/logo.png",
    ]


def test_url_list_fetch_is_given_the_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, float, int]] = []

    def fetch(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
        seen.append((url, timeout, max_bytes))
        return html_page("Quiet day", "quiet day").encode(), "text/html"

    monkeypatch.setattr(urls_reader, "FETCH", fetch)
    path = write(tmp_path / "one.urls", "https://example.org/q\n")
    options = Options(fetch=True, fetch_timeout=3.5, max_bytes=500_000)
    [raw] = read_direct("urls", path, options)
    assert isinstance(raw, RawDocument) and raw.url == "https://example.org/q"
    assert seen == [("https://example.org/q", 3.5, 500_000)]


# ------------------------------------------------------------------------------------------ folders


def build_tree(root: Path) -> Path:
    """A folder of mixed inputs, written out of order; hidden files and folders among them."""
    write(root / "z_last.md", article_text("closing notes"))
    write(root / "page", html_page("Port workers strike", "port strike"))  # HTML, no extension
    write(root / "feed.xml", rss_feed())  # a feed with the generic .xml extension
    write(root / "data.json", "".join(json.dumps({"text": article_text(t)}) + "\n" for t in ("salt", "silk")))
    write(root / "b_middle.txt", article_text("middle report"))
    write(root / "a_sub" / "inner.txt", article_text("inner report"))
    write(root / "a_sub" / "deeper" / "deep.txt", article_text("deep report"))
    write(root / "a_sub" / ".draft.txt", article_text("hidden draft"))
    write(root / ".git" / "notes.txt", article_text("hidden folder"))
    write(root / ".hidden.txt", article_text("hidden file"))
    return root


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = build_tree(tmp_path / "inbox")
    found = list(discover([root]))
    assert all(isinstance(item, Source) for item in found)  # hidden files are passed over, not reported
    names = [item.name for item in found if isinstance(item, Source)]
    assert names == [
        "a_sub/deeper/deep.txt",
        "a_sub/inner.txt",
        "b_middle.txt",
        "data.json",
        "feed.xml",
        "page",
        "z_last.md",
    ]
    assert list(discover([root])) == found  # stable from run to run


def test_folder_documents_are_stored_in_that_order(tmp_path: Path, store: Store) -> None:
    root = build_tree(tmp_path / "inbox")
    report = run(store, root)
    assert_clean(report)
    assert report.inputs == 7
    docs = stored(store)
    assert [(d.name, d.reader) for d in docs] == [
        ("a_sub/deeper/deep.txt", "text"),
        ("a_sub/inner.txt", "text"),
        ("b_middle.txt", "text"),
        ("data.json:1", "jsonl"),
        ("data.json:2", "jsonl"),
        ("https://courier.example.net/pass-road", "feed"),
        ("https://courier.example.net/market", "feed"),
        ("page", "html"),
        ("z_last.md", "text"),
    ]
    assert not any("hidden" in d.text for d in docs)


def test_files_named_directly_keep_their_own_name(tmp_path: Path) -> None:
    path = write(tmp_path / "deep" / "er" / "note.txt", article_text("named file"))
    [source] = discover([path])
    assert isinstance(source, Source)
    assert (source.name, source.path) == ("note.txt", path)


# ------------------------------------------------------------------------------------------ choosing a reader


def chosen(path: Path, options: Options | None = None) -> str:
    source = Source(name=path.name, path=path)
    return reader_for(source, path.read_bytes()[:8192], options or Options()).name


@pytest.mark.parametrize(
    ("name", "content", "reader"),
    [
        ("a.txt", "Plain words about the harbour.", "text"),
        ("a.text", "Plain words about the harbour.", "text"),
        ("a.md", "# Heading\n\nPlain words.", "text"),
        ("a.html", "<p>Hello</p>", "html"),
        ("a.HTM", "<p>Hello</p>", "html"),
        ("a.xhtml", "<p>Hello</p>", "html"),
        ("a.jsonl", '{"text": "x"}\n', "jsonl"),
        ("a.ndjson", '{"text": "x"}\n', "jsonl"),
        ("a.rss", "<rss><channel></channel></rss>", "feed"),
        ("a.atom", '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        ("a.urls", "https://example.org/a\n", "urls"),
        ("a.warc", "WARC/1.0\r\n", "warc"),
    ],
)
def test_reader_chosen_by_extension(tmp_path: Path, name: str, content: str, reader: str) -> None:
    assert chosen(write(tmp_path / name, content)) == reader


def test_compound_extensions(tmp_path: Path) -> None:
    assert chosen(write(tmp_path / "a.jsonl.gz", gzip.compress(b'{"text": "x"}\n'))) == "jsonl"
    assert chosen(write_warc(tmp_path / "a.warc.gz", compress=True)) == "warc"
    assert Source("a.warc.gz", tmp_path / "a.WARC.GZ").suffixes == ".warc.gz"
    assert Source("x", url="https://example.org/path/page.html?x=1").suffixes == ".html"
    assert Source("x", tmp_path / "README").suffixes == ""


#: (file name, content, the reader its content calls for)
CONTENT_CASES = [
    # no extension, or one no reader claims: the content decides
    ("page", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", "html"),
    ("page.php", "  \n<html><head><title>x</title></head><body>Hi</body></html>", "html"),
    ("feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed"),
    ("atom.xml", '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
    (
        "page.xml",
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
        "html",
    ),
    ("data.json", '{"text": "one", "url": "https://example.org/1"}\n{"text": "two"}\n', "jsonl"),
    # a JSONL whose first record holds a whole page is still JSONL, not HTML
    ("pages.json", '{"html": "<html><body><p>Hi there</p></body></html>"}\n', "jsonl"),
    ("reading", "https://example.org/a\nhttps://example.org/b\n", "urls"),
    ("reading.txt", "# list\nhttps://example.org/a\nhttps://example.org/b\n", "urls"),
    ("notes", "Just some notes about the <harbour> and the city.", "text"),
    ("notes.txt", "Just some notes about the harbour.\nhttps://example.org/source\n", "text"),
    ("config.json", '["not", "jsonl"]\n', "text"),
]


@pytest.mark.parametrize(
    ("name", "content", "reader"), CONTENT_CASES, ids=[case[0] for case in CONTENT_CASES]
)
def test_reader_chosen_by_content(tmp_path: Path, name: str, content: str, reader: str) -> None:
    assert chosen(write(tmp_path / name, content)) == reader


def test_warc_sniffed_without_extension(tmp_path: Path) -> None:
    plain = write_warc(tmp_path / "crawl.warc", compress=False).rename(tmp_path / "crawl-plain")
    packed = write_warc(tmp_path / "crawl.warc.gz", compress=True).rename(tmp_path / "crawl-packed.gz")
    assert chosen(plain) == "warc"
    assert chosen(packed) == "warc"


def test_forced_reader_text_on_html(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "raw.html", html_page("Forced reading", "forced reader"))
    report = run(store, path, options=Options(reader="text"))
    assert_clean(report)
    [doc] = stored(store)
    assert doc.reader == "text"
    assert "<p>" in doc.text  # read as text: the markup is kept as written


def test_forced_reader_beats_content(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.xml", rss_feed())
    assert chosen(path, Options(reader="text")) == "text"
    assert chosen(path) == "feed"


def test_unknown_reader_name() -> None:
    with pytest.raises(UsageError) as caught:
        get_reader("pdf")
    assert (
        str(caught.value) == "unknown reader 'pdf'; choose one of: feed, html, jsonl, text, url, urls, warc"
    )


def test_url_source_goes_to_url_reader() -> None:
    source = Source(name="https://example.org/a", url="https://example.org/a")
    assert reader_for(source, b"", Options()).name == "url"
