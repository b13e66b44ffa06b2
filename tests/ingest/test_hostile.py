"""Hostile and careless input: messages in words with the input's control characters escaped, damaged
feeds that keep what can be read, the store's own files and links out of the input folder never read,
wide encodings without a byte-order mark, very deep HTML, and repetition that is not a comment thread."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.engine import analyze
from rashomon.errors import printable
from rashomon.ingest.readers import feed as feed_reader
from rashomon.records import Problem
from rashomon.settings import Options
from rashomon.store import Store
from tests.ingest.files import write
from tests.ingest.test_bad_input import (
    Seeded,
    article_text,
    only_error,
    seeded,
    warnings_for,
    write_warc,
)

__all__ = ["seeded"]

INTERNALS = ("Error", "NoneType", "attribute", "unpack", "Traceback", "codec", "\\x00")


def _no_internals(message: str) -> None:
    for word in INTERNALS:
        assert word not in message, f"exception text in a message: {message!r}"


# ------------------------------------------------------------------------------------------ messages


@pytest.mark.parametrize(
    ("text", "shown"),
    [("plain name.txt", "plain name.txt"), ("a\x1b]0;owned\x07b", "a\\x1b]0;owned\\x07b"),
     ("clear\x1b[2J", "clear\\x1b[2J"), ("two\nlines", "two\\x0alines"), ("c1\x9bx", "c1\\x9bx"),
     ("right\u202eleft", "right\\u202eleft"), ("Ünïcode — ok", "Ünïcode — ok")],
)  # fmt: skip
def test_printable_escapes_control_characters_and_keeps_the_rest(text: str, shown: str) -> None:
    assert printable(text) == shown
    assert str(Problem(text, "is bad")) == f"{shown}: is bad"


def test_a_warc_record_without_its_target_line_is_reported_in_words(seeded: Seeded, capfd) -> None:
    whole = write_warc(seeded.tmp / "w" / "x.warc", ["cut header", "second page"], compress=False).read_bytes()
    damaged = whole.replace(b"WARC-Target-URI: https://archive.example.org/0", b"WARC-Target-U", 1)
    assert damaged != whole
    write(seeded.tmp / "damaged.warc", damaged)
    report = seeded.run(seeded.tmp / "damaged.warc")
    error = only_error(report, "damaged.warc", "is corrupt or truncated", "header block is missing lines")
    _no_internals(error.message)
    captured = capfd.readouterr()
    assert "WARNING" not in captured.err and "Remainder" not in captured.err, "warcio's own notes are not shown"


def test_a_reader_that_fails_unexpectedly_is_reported_in_words(seeded: Seeded, monkeypatch) -> None:
    from rashomon.ingest.readers import READERS, get_reader

    text = get_reader("text")

    def broken(source, options):  # type: ignore[no-untyped-def]
        if source.name == "odd.md":
            raise AttributeError("'NoneType' object has no attribute 'startswith'")
        yield from text.read(source, options)

    monkeypatch.setitem(READERS, "text", text.__class__(text.name, text.extensions, text.sniff, broken))
    write(seeded.tmp / "odd.md", "Something the reader chokes on.")
    report = seeded.run(seeded.tmp / "odd.md")
    error = only_error(report, "odd.md", "could not be read")
    _no_internals(error.message)


FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Valley News</title>'
    "<item><title>Pass open</title><link>https://valley.example/1</link><description>{a}</description></item>"
    "<item><title>Bridge shut</title><link>https://valley.example/2</link><description>{b}</description></item>"
    "</channel></rss>"
)


def test_a_feed_with_a_nul_byte_keeps_its_entries_and_says_why(seeded: Seeded) -> None:
    data = FEED.format(a=article_text("mountain pass"), b=article_text("river bridge")).encode()
    data = data.replace(b'encoding="utf-8"', b'encoding="utf-\x008"')  # feedparser: "embedded null character"
    write(seeded.tmp / "nul.rss", data)
    report = seeded.run(seeded.tmp / "nul.rss")
    assert report.errors == [], [str(p) for p in report.errors]
    [warning] = warnings_for(report, "nul.rss")
    assert "read without them" in warning
    _no_internals(warning)
    assert {"https://valley.example/1", "https://valley.example/2"} <= set(seeded.names())


def test_a_feed_with_a_garbled_encoding_name_keeps_its_entries(seeded: Seeded) -> None:
    data = FEED.format(a=article_text("mountain pass"), b=article_text("river bridge")).encode()
    data = data.replace(b'encoding="utf-8"', b'encoding="\xc4\x86\xff"')  # feedparser: UnicodeDecodeError
    write(seeded.tmp / "enc.rss", data)
    report = seeded.run(seeded.tmp / "enc.rss")
    assert report.errors == [], [str(p) for p in report.errors]
    assert {"https://valley.example/1", "https://valley.example/2"} <= set(seeded.names())
    for w in warnings_for(report, "enc.rss"):
        _no_internals(w)


def test_a_feed_too_damaged_to_parse_whole_is_read_entry_by_entry(seeded: Seeded, monkeypatch) -> None:
    real = feed_reader.feedparser.parse

    def fails_on_more_than_one_entry(stream):  # type: ignore[no-untyped-def]
        data = stream.read()
        if data.count(b"<item") > 1:
            raise ValueError("too many values to unpack (expected 2)")  # as feedparser did on a mangled feed
        return real(__import__("io").BytesIO(data))

    monkeypatch.setattr(feed_reader.feedparser, "parse", fails_on_more_than_one_entry)
    data = FEED.format(a=article_text("mountain pass"), b=article_text("river bridge"))
    write(seeded.tmp / "mangled.rss", data.replace("<item><title>Bridge", "<item><title>Bri<<dge", 1))
    report = seeded.run(seeded.tmp / "mangled.rss")
    assert report.errors == [], [str(p) for p in report.errors]
    [warning] = warnings_for(report, "mangled.rss")
    assert "entry by entry, 2 could be read" in warning
    _no_internals(warning)
    docs = seeded.documents()
    assert {"https://valley.example/1", "https://valley.example/2"} <= set(docs)
    assert docs["https://valley.example/1"].outlet == "Valley News"


def test_a_feed_entry_whose_fields_fail_is_skipped_and_the_others_kept(seeded: Seeded, monkeypatch) -> None:
    real = feed_reader._date

    def fails_once(entry):  # type: ignore[no-untyped-def]
        if entry.get("title") == "Bridge shut":
            raise KeyError("links")
        return real(entry)

    monkeypatch.setattr(feed_reader, "_date", fails_once)
    write(seeded.tmp / "f.rss", FEED.format(a=article_text("mountain pass"), b=article_text("river bridge")))
    report = seeded.run(seeded.tmp / "f.rss")
    error = only_error(report, "f.rss#entry-2", "feed entry is damaged")
    _no_internals(error.message)
    assert "https://valley.example/1" in seeded.names()


def test_the_cli_escapes_control_characters_and_markup_in_names(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from rashomon.cli import app

    folder = tmp_path / "in"
    write(folder / "a\x1b]0;owned\x07 [red]x.txt", b"\x00\x01\x02binary")
    write(folder / "good.txt", article_text("harbour cranes"))
    result = CliRunner().invoke(app, ["analyze", str(folder), "--db", str(tmp_path / "n.db"), "--no-events", "-q"])
    assert result.exit_code == 1
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "a\\x1b]0;owned\\x07 [red]x.txt: looks like a binary file" in result.output


# ------------------------------------------------------------------------------------------ what is an input


def test_the_store_and_its_files_are_never_inputs(tmp_path: Path) -> None:
    folder = tmp_path / "work"
    write(folder / "report.txt", "Harbour reopens\n\n" + article_text("harbour cranes"))
    db = folder / "n.db"
    store = Store(db)
    try:
        write(folder / "n.db.search", b"SQLite format 3\x00" + bytes(100))  # the app's search index beside it
        first = analyze(store, [folder], Options(analyse=False))
        assert first.errors == [], [str(p) for p in first.errors]
        assert (folder / "n.db-wal").exists(), "the store's write-ahead log was there to be read"
        assert [d.name for _, d in store.documents()] == ["report.txt"]
        # named one by one, as a shell's * names them: a warning each, no error, nothing read
        named = analyze(store, [db, folder / "n.db-wal", folder / "n.db-shm", folder / "report.txt"],
                        Options(analyse=False))  # fmt: skip
        assert named.errors == []
        assert sum("is the store this run writes to" in p.message for p in named.problems) >= 2
        assert store.count("documents") == 1
    finally:
        store.close()


def test_links_that_leave_the_input_folder_are_skipped_unless_followed(tmp_path: Path) -> None:
    outside = tmp_path / "private"
    write(outside / "secret.txt", "Private notes\n\n" + article_text("private notes"))
    folder = tmp_path / "in"
    write(folder / "story.txt", "Story\n\n" + article_text("city budget"))
    write(folder / "sub" / "inner.txt", "Inner\n\n" + article_text("tram lines"))
    (folder / "to-secret.txt").symlink_to(outside / "secret.txt")
    (folder / "to-private").symlink_to(outside, target_is_directory=True)
    (folder / "to-inner.txt").symlink_to(folder / "sub" / "inner.txt")  # stays inside: read
    with Store(":memory:") as store:
        report = analyze(store, [folder], Options(analyse=False))
        assert report.errors == []
        skipped = sorted(p.input for p in report.problems if "leads out of the folder" in p.message)
        assert skipped == ["to-private", "to-secret.txt"]
        assert all("--follow-links" in p.message for p in report.problems if p.input in skipped)
        titles = {d.text.split("\n")[0] for _, d in store.documents()}
        assert titles == {"Story", "Inner"}
    with Store(":memory:") as store:
        report = analyze(store, [folder], Options(analyse=False, follow_links=True))
        assert report.errors == [] and {d.text.split("\n")[0] for _, d in store.documents()} == {"Story", "Inner", "Private notes"}


# ------------------------------------------------------------------------------------------ encodings, depth


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_a_byte_order_mark_are_decoded_with_a_warning(seeded: Seeded, encoding: str) -> None:
    text = "Harbour reopens\n\n" + article_text("harbour cranes") + "\n\nЖители порта довольны."
    write(seeded.tmp / "wide.txt", text.encode(encoding))  # no BOM: NUL bytes in every other (or 3 of 4)
    report = seeded.run(seeded.tmp / "wide.txt")
    assert report.errors == [], [str(p) for p in report.errors]
    [warning] = warnings_for(report, "wide.txt")
    assert warning == f"has no byte-order mark; decoded as {encoding.upper()} (detected)"
    assert "Жители порта довольны." in seeded.documents()["wide.txt"].text


def test_binary_with_nul_bytes_is_still_refused(seeded: Seeded) -> None:
    import random

    write(seeded.tmp / "noise.txt", random.Random(9).randbytes(4000))
    write(seeded.tmp / "zeros.txt", b"\x00\x01\x00\x02" * 1000)
    report = seeded.run(seeded.tmp / "noise.txt", seeded.tmp / "zeros.txt")
    assert sorted(p.input for p in report.errors) == ["noise.txt", "zeros.txt"]


@pytest.mark.parametrize("depth", [5000])
def test_html_nested_thousands_deep_keeps_its_text(seeded: Seeded, depth: int) -> None:
    body = "".join(f"<p>{p}</p>" for p in article_text("deep valley", 4).split("\n\n"))
    page = f"<html><head><title>Deep</title><script>var x = 1;</script></head><body>{'<div>' * depth}{body}{'</div>' * depth}</body></html>"
    write(seeded.tmp / "deep.html", page)
    report = seeded.run(seeded.tmp / "deep.html")
    assert report.errors == [], [str(p) for p in report.errors]
    [warning] = warnings_for(report, "deep.html")
    assert f"nest {depth + 3:,} deep" in warning  # html, body, the divs, p
    doc = seeded.documents()["deep.html"]
    assert "deep valley" in doc.text and "var x" not in doc.text
    assert doc.text.count("\n\n") >= 3, "blocks stay paragraphs"


# ------------------------------------------------------------------------------------------ repetition

REPEATED = """Border talks resume

The two delegations met in Vienna on Tuesday for the first time since the spring, officials said.

“We will not give up a single inch of our land, whatever the mediators propose to us this week.”

The foreign minister repeated the line at a press conference later that day, reporters said.

Negotiators expect a second round of meetings before the end of the month, according to a statement.
"""


def test_a_text_repeated_whole_is_not_a_comment_thread() -> None:
    from rashomon.ingest.segment import segment

    text = "\n".join([REPEATED] * 5)
    kinds = {s.kind.value for s in segment(text)}
    assert not kinds & {"comment", "comment_quote"}, kinds


def test_a_reader_quoting_the_article_and_answering_is_still_a_comment() -> None:
    from rashomon.ingest.segment import segment

    thread = ("\n“We will not give up a single inch of our land, whatever the mediators propose to us this week.”\n\n"
              "Brave words from a man who has never lived near the front line, if you ask me.\n")  # fmt: skip
    segs = segment(REPEATED + thread)
    quote = [s for s in segs if s.kind.value == "comment_quote"]
    own = [s for s in segs if s.kind.value == "comment"]
    assert len(quote) == 1 and len(own) == 1 and quote[0].comment and own[0].comment


# ------------------------------------------------------------------------------------------ huge texts


def test_huge_texts_are_normalised_and_hashed_by_pieces_to_the_same_result(monkeypatch) -> None:
    """A text over normalise.PIECE characters is normalised and hashed a piece at a time (no whole copies
    of a 200 MB document); the text stored and the content hash (a document's identity) are the same."""
    import random

    from rashomon.ingest import normalise

    rng = random.Random(3)
    alphabet = [*"abcXYZ019 \n\n\r\t\u00a0\u200b\x00é\u0301ſﬁ①\u2028\u3000½“”-—", "\r\n", "\n\n\n\n\n", "  \n", "Word\n"]
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 2000)))
        monkeypatch.setattr(normalise, "PIECE", 1 << 30)
        whole = normalise.normalise_text(text), normalise.content_hash(text)
        monkeypatch.setattr(normalise, "PIECE", rng.randint(1, 120))
        monkeypatch.setattr(normalise, "HASH_PIECE", rng.randint(1, 120))
        assert (normalise.normalise_text(text), normalise.content_hash(text)) == whole, repr(text[:200])


def test_a_huge_clean_text_is_not_copied_by_normalisation(monkeypatch) -> None:
    from rashomon.ingest import normalise

    monkeypatch.setattr(normalise, "PIECE", 1000)
    text = "Talks resume in Vienna today.\n\n" * 2000
    clean = text.strip()
    assert normalise.normalise_text(clean) is clean
