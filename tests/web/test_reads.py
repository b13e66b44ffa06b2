"""What the app keeps between pages answers as the store does: events, claims' statements, tone charts and
the documents list, read the first time and kept the second, in the same order as the queries give them."""

from __future__ import annotations

import random
import sqlite3

import pytest

from rashomon.report import queries
from rashomon.report.source_index import SourceIndex
from rashomon.web.reads import Reads


@pytest.fixture(scope="module")
def conn(examined_db):
    c = sqlite3.connect(f"file:{examined_db}?mode=ro", uri=True)
    yield c
    c.close()


def test_events_as_the_store_gives_them_first_and_kept(conn):
    top = conn.execute("SELECT max(id) FROM events").fetchone()[0]
    rng = random.Random(5)
    # duplicates, ids of no event, and more than one run of 500 (the order is by id within each run)
    every = list(range(1, top + 400)) * 2
    rng.shuffle(every)
    asks = [[rng.randint(1, top + 50) for _ in range(k)] for k in (1, 7, 40)] + [every, [top + 1, top + 2], []]
    reads = Reads(events=300)  # smaller than what is asked: some are dropped and read again
    for ids in asks + asks[::-1]:
        want = queries.events(conn, ids)
        got = reads.events(conn, ids)
        assert got == want and list(got) == list(want), len(ids)
    runs = list(queries.events(conn, every))
    assert len(runs) == conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert runs != sorted(runs), "two runs of 500, each by id: not one order by id"


def test_statements_as_the_store_gives_them_first_and_kept(conn):
    claims = [r[0] for r in conn.execute("SELECT id FROM clusters ORDER BY mentions DESC")]
    assert len(claims) > 20
    reads = Reads(claims=15)
    for per_claim in (1, 4, 20, 500):
        for ids in (claims[:10], claims[5:40] + claims[:3], claims[::-1], [claims[0], claims[0], 10**9]):
            for _ in range(2):
                want = queries.statements(conn, ids, per_claim)
                got = reads.statements(conn, ids, per_claim)
                assert got == want and list(got) == list(want), (per_claim, len(ids))
    said = queries.statements(conn, claims, 500)
    assert any(len(v) > 4 for v in said.values()), "some claim has more statements than the smaller pages show"


def test_statements_drop_repeats_of_one_sentence_and_keep_the_first_per_claim(conn):
    claims = [r[0] for r in conn.execute("SELECT id FROM clusters ORDER BY mentions DESC LIMIT 30")]
    every = queries.statements(conn, claims, 10_000)
    first = queries.statements(conn, claims, 3)
    for cid, said in every.items():
        assert first[cid] == said[:3]
        where = [conn.execute("SELECT document_id, sentence_start, sentence_end, coalesce(speaker_code, speaker_text), "
                              "modality FROM events WHERE id = ?", (s.event,)).fetchone() for s in said]  # fmt: skip
        assert len(set(where)) == len(where), "one statement per sentence, speaker and modality"
        order = [(-s.independent, s.stance, s.event) for s in said]
        assert order == sorted(order), "independent first, then by stance, then by event"


def test_tone_charts_and_documents_as_the_store_gives_them(conn):
    groups = queries.tone_groups(conn)
    assert groups
    reads = Reads(groups, SourceIndex.build(conn), charts=3)
    sources = sorted({g.source for g in groups})
    codes = sorted({g.code for g in groups})
    for source in (None, "", *sources[:4], "no such outlet"):
        for actor in (None, "", codes[0], codes[0][:2], codes[-1][:3], "ZZZ"):
            for size in ((12, 12), (20, 6), (4, 16)):
                want = queries.tone_chart(conn, *size, source, actor)
                assert reads.tone_chart(*size, source, actor) == want, (source, actor, size)
                assert reads.tone_chart(*size, source, actor) == want, (source, actor, size)  # kept (or dropped and drawn again)
        for offset in (0, 2):
            assert reads.sources(conn, offset, 3, source) == queries.sources(conn, offset, 3, source)


def test_events_json_put_together_from_kept_members_is_the_whole_objects_json(conn):
    from dataclasses import replace

    from rashomon.report.render import events_json, safe_json

    events = queries.events(conn, list(range(1, 60)))
    first = next(iter(events))
    # text that must not survive raw inside a <script> element, and characters JSON writes as they are
    events[first] = replace(events[first], sentence='</script><b>&amp; “naïve”\u2028 \\ "quoted"', title="<i>")
    whole = safe_json({str(k): e.as_json() for k, e in events.items()})
    reads = Reads(events=20)  # fewer than the events: some members are made again
    for _ in range(2):
        assert events_json(events, reads.event_json) == whole
    assert events_json({}, reads.event_json) == safe_json({}) and "<" not in whole and "\u2028" not in whole
    made = Reads().event_json(first, events[first])
    assert "</script>" not in made and "\\u003c/script\\u003e" in made
    reads = Reads()
    assert reads.event_json(first, events[first]) == made
    assert reads.event_json(first, replace(events[first], sentence="changed")) == made, "made once for a state"
