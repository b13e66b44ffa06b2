"""The event index: filters and aggregates agree with plain SQL over the same store."""

from __future__ import annotations

import sqlite3

import pytest

from rashomon.errors import UsageError
from rashomon.report.index import UNDATED, EventIndex, Filters, day_number, day_text
from rashomon.store import Store


@pytest.fixture(scope="module")
def ix_conn(examined_db):
    conn = sqlite3.connect(f"file:{examined_db}?mode=ro", uri=True)
    yield EventIndex.build(conn), conn
    conn.close()


def test_partial_dates_count_from_their_first_day():
    assert day_text(day_number("2020-10-04")) == "2020-10-04"
    assert day_text(day_number("2020-10")) == "2020-10-01"
    assert day_text(day_number("2020")) == "2020-01-01"
    assert day_number(None) == day_number("n/a") == UNDATED


def test_bad_filters_are_refused_with_the_field_named():
    assert Filters.from_params({"actor": "irn", "event": "accuse"}) == Filters(actor="IRN", event="ACCUSE")
    for params, field in (({"date_from": "last week"}, "date_from"), ({"actor": "IRN' OR 1=1--"}, "actor"),
                          ({"status": "true"}, "status"), ({"modality": "<b>"}, "modality"),
                          ({"source": "x" * 201}, "source"), ({"date_to": "2020-13-40"}, "date_to")):  # fmt: skip
        with pytest.raises(UsageError, match=field):
            Filters.from_params(params)


def test_filters_match_sql(ix_conn):
    ix, conn = ix_conn
    assert len(ix) == conn.execute("SELECT count(*) FROM events").fetchone()[0] > 100
    assert ix.mask(Filters()).all()
    irn = conn.execute("SELECT count(DISTINCT event_id) FROM event_actors WHERE code LIKE 'IRN%'").fetchone()[0]
    assert ix.mask(Filters(actor="IRN")).sum() == irn > 10
    assault = conn.execute("SELECT count(*) FROM events WHERE event = 'ASSAULT'").fetchone()[0]
    assert ix.mask(Filters(event="ASSAULT")).sum() == assault > 0
    denied = conn.execute("SELECT count(*) FROM events WHERE modality = 'denied'").fetchone()[0]
    assert ix.mask(Filters(modality="denied")).sum() == denied
    in_2020 = conn.execute("SELECT count(*) FROM events WHERE date >= '2020' AND date < '2021'").fetchone()[0]
    assert ix.mask(Filters(date_from="2020", date_to="2020")).sum() == in_2020 > 0
    contested = conn.execute("SELECT count(*) FROM cluster_events ce JOIN clusters c ON c.id = ce.cluster_id "
                             "WHERE c.status = 'contested'").fetchone()[0]  # fmt: skip
    assert ix.mask(Filters(status="contested")).sum() == contested > 0
    assert ix.mask(Filters(actor="ZZZ")).sum() == 0 and ix.mask(Filters(source="no such outlet")).sum() == 0
    iranwire = conn.execute("SELECT count(*) FROM events e JOIN documents d ON d.id = e.document_id "
                            "WHERE d.outlet = 'Iranwire'").fetchone()[0]  # fmt: skip
    assert ix.mask(Filters(source="Iranwire")).sum() == iranwire > 0


def test_aggregates_count_every_event_once(ix_conn):
    ix, conn = ix_conn
    m = ix.mask(Filters())
    t = ix.timeline(m, limit=10_000)
    assert sum(i.count for i in t.items) == t.dated_events
    assert t.dated_events + t.undated_events == len(ix)
    assert sum(b[2] for b in t.bins) == t.dated_events
    assert any(i.claim is not None for i in t.items), "claims are timeline items once examined"
    small = ix.timeline(m, limit=3)
    assert len(small.items) == 3 and small.total_items == t.total_items
    p = ix.places_of(m, limit=10_000)
    placed = conn.execute("SELECT count(*) FROM events WHERE place_lat IS NOT NULL").fetchone()[0]
    assert sum(x.count for x in p.points) == p.placed_events == placed
    n = ix.network(m)
    assert n.nodes and n.edges and all(e.source != e.target for e in n.edges)
    codes = {x.code for x in n.nodes}
    assert all(e.source in codes and e.target in codes for e in n.edges)
    # each drawn dyad's sample events really have that source and that target, or are a joint act of the two
    # (no target, both among the sources: records.dyads)
    for e in n.edges[:5]:
        for ev in e.events:
            roles = {key: set() for key in ("source", "target")}
            for role, code in conn.execute("SELECT role, code FROM event_actors WHERE event_id = ?", (ev,)):
                roles[role] = roles[role] | {code}
            if roles["target"] - {None}:
                assert e.source in roles["source"] and e.target in roles["target"]
            else:
                assert {e.source, e.target} <= roles["source"]


def test_an_empty_store_gives_empty_views():
    store = Store(":memory:")
    ix = EventIndex.build(store.conn)
    m = ix.mask(Filters())
    assert len(ix) == 0 and not ix.timeline(m).items and not ix.places_of(m).points and not ix.network(m).nodes
    assert ix.event_ids(m) == ([], 0)


def test_actor_summaries_match_sql(ix_conn):
    from rashomon.report import queries

    ix, conn = ix_conn
    codes = [r[0] for r in conn.execute("SELECT DISTINCT code FROM event_actors WHERE code IS NOT NULL")]
    assert len(codes) > 5 and any(ix.actor_loaded.values()), "the store has loaded labels to count"
    for code in codes:
        assert ix.actor_summary(code) == queries.actor(conn, code), code
    assert ix.actor_summary("ZZZ") is None and queries.actor(conn, "ZZZ") is None


def test_event_pages_are_by_date_then_id_as_sql_orders_them(ix_conn):
    ix, conn = ix_conn
    # the index's day of an event, as SQL sorts it: undated last, a partial date from its first day
    days = {i: day_number(d) for i, d in conn.execute("SELECT id, date FROM events")}
    codes = [r[0] for r in conn.execute("SELECT code FROM event_actors WHERE code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 3")]
    for f in (Filters(), Filters(actor=codes[0]), Filters(actor=codes[2], modality="asserted"), Filters(date_from="2020-10"),
              Filters(event="NOSUCH")):  # fmt: skip
        m = ix.mask(f)
        matching = sorted((days[int(i)], int(i)) for i in ix.ids[m])
        for offset, limit in ((0, 50), (7, 13), (len(matching) - 3, 10)):
            want = [i for _, i in matching[max(0, offset) : max(0, offset) + limit]]
            assert ix.event_ids(m, max(0, offset), limit) == (want, len(matching)), (f, offset)
