"""What the app does to answer fast at 100,000 documents gives the answers it gave before: the aggregates'
orders sorted once and filtered (not sorted per request), and a serving process's state frozen out of the
garbage collector's sweeps."""

from __future__ import annotations

import gc
import sqlite3

import numpy as np
import pytest
from starlette.testclient import TestClient

from rashomon.report import index as index_module
from rashomon.report.index import EventIndex, Filters
from rashomon.report.layout import LABEL_PX, declutter
from rashomon.store import Store
from rashomon.web.app import FilterOptions, create_app, warm


@pytest.fixture(scope="module")
def index(examined_db) -> EventIndex:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(f"file:{examined_db}?mode=ro", uri=True)
    try:
        return EventIndex.build(conn)
    finally:
        conn.close()


def _unique_and_sorted(ix: EventIndex, values, rows, keys):  # type: ignore[no-untyped-def]
    """The plain formulation: the distinct values of the rows, each row's group, the rows sorted by group then keys."""
    groups, inverse = np.unique(values[rows], return_inverse=True)
    return groups, inverse.reshape(-1), np.lexsort((*keys, inverse))


@pytest.mark.parametrize("share", [0.02, 0.1, 0.3, 0.6, 1.0])
def test_grouping_from_the_orders_sorted_once_is_the_plain_sort(index, share):
    # a share under 1/8 takes the path that sorts the rows as they are, a larger one the orders sorted once
    ix = index
    rng = np.random.default_rng(int(share * 100))
    assert len(ix) > 200
    for _ in range(5):
        m = rng.random(len(ix)) < share
        dated = m & (ix.day != 2**31 - 1)
        rows = np.flatnonzero(dated)
        got = ix._grouped(ix.group, dated, rows, ix._by_group, len(ix.group_labels))
        want = _unique_and_sorted(ix, ix.group, rows, (ix.ids[rows], ix.day[rows]))
        assert all(a.dtype == b.dtype and np.array_equal(a, b) for a, b in zip(got, want, strict=True))
        placed = m & (ix.place >= 0)
        rows = np.flatnonzero(placed)
        got = ix._grouped(ix.place, placed, rows, ix._by_place, len(ix.places))
        want = _unique_and_sorted(ix, ix.place, rows, (ix.ids[rows], ix.day[rows]))
        assert all(a.dtype == b.dtype and np.array_equal(a, b) for a, b in zip(got, want, strict=True))
        linked = m[ix.pair_event] & (ix.pair_dyad >= 0)
        pairs = np.flatnonzero(linked)
        got = ix._grouped(ix.pair_dyad, linked, pairs, ix._by_dyad, len(ix.dyads), (ix.ids[ix.pair_event[pairs]],))
        want = _unique_and_sorted(ix, ix.pair_dyad, pairs, (ix.ids[ix.pair_event[pairs]],))
        assert all(a.dtype == b.dtype and np.array_equal(a, b) for a, b in zip(got, want, strict=True))


def test_dyads_are_the_distinct_source_target_pairs(index):
    ix = index
    n = max(1, len(ix.codes))
    linked = ix.pair_src != ix.pair_tgt
    assert linked.any()
    assert np.array_equal(ix.dyads, np.unique((ix.pair_src * n + ix.pair_tgt)[linked]))
    assert np.array_equal(ix.dyads[ix.pair_dyad[linked]], (ix.pair_src * n + ix.pair_tgt)[linked])
    assert (ix.pair_dyad[~linked] == -1).all()


def test_aggregates_are_those_of_the_plain_sort_for_every_kind_of_filter(index, monkeypatch):
    ix = index
    filters = [Filters(), Filters(modality="asserted"), Filters(actor="IRN"), Filters(event="ACCUSE"), Filters(date_from="2020-10"),
               Filters(status="none"), Filters(actor="AZE", event="ATTACK"), Filters(event="NOSUCH")]  # fmt: skip

    def views(m):  # type: ignore[no-untyped-def]
        # the page's limits, and small ones (the largest groups picked from many, ties at the cut included)
        return (ix.timeline(m, 300, 5), ix.places_of(m, 300, 5), ix.network(m, 30, 120, 5),
                ix.timeline(m, 4, 2), ix.places_of(m, 2, 2), ix.network(m, 5, 3, 2))  # fmt: skip

    fast = [views(ix.mask(f)) for f in filters]

    def plain(self, values, selected, rows, by, size, ties=None):  # type: ignore[no-untyped-def]
        return _unique_and_sorted(self, values, rows, ties if ties is not None else (self.ids[rows], self.day[rows]))

    monkeypatch.setattr(EventIndex, "_grouped", plain)
    monkeypatch.setattr(index_module, "_largest", lambda counts, k: np.arange(len(counts)))  # every group sorted
    slow = [views(ix.mask(f)) for f in filters]
    assert fast == slow
    assert any(len(v[0].items) > 3 and len(v[2].edges) > 3 and v[3].total_items > 4 for v in fast)


def _plain_declutter(xy, r, w, frame, pad=4.0, rounds=400):  # type: ignore[no-untyped-def]
    """declutter as it was written before its pair test was written out: every round in full, the reference."""
    x, y, rr = [float(v) for v in xy[:, 0]], [float(v) for v in xy[:, 1]], [float(v) for v in r]
    n = len(x)
    half = [max(float(wi) / 2, ri) for wi, ri in zip(w, rr, strict=True)]
    lo_x, lo_y = [frame[0] + h for h in half], [frame[1] + ri + 4 + LABEL_PX + 3 for ri in rr]
    hi_x, hi_y = [frame[2] - h for h in half], [frame[3] - ri for ri in rr]

    def box(i):  # type: ignore[no-untyped-def]
        return [x[i] - half[i], y[i] - rr[i] - 4 - LABEL_PX - 3, x[i] + half[i], y[i] + rr[i]]

    for _ in range(rounds):
        b = [box(i) for i in range(n)]
        moved = False
        for i in range(n):
            for j in range(i + 1, n):
                bi, bj = b[i], b[j]
                ox = min(bi[2], bj[2]) - max(bi[0], bj[0]) + pad
                oy = min(bi[3], bj[3]) - max(bi[1], bj[1]) + pad
                if not (ox > 0 and oy > 0):
                    continue
                moved = True
                if ox < oy:
                    sign = 1.0 if x[j] >= x[i] else -1.0
                    x[i] -= sign * ox / 2
                    x[j] += sign * ox / 2
                else:
                    sign = 1.0 if y[j] >= y[i] else -1.0
                    y[i] -= sign * oy / 2
                    y[j] += sign * oy / 2
                b[i], b[j] = box(i), box(j)
        x = [min(max(v, a), c) for v, a, c in zip(x, lo_x, hi_x, strict=True)]
        y = [min(max(v, a), c) for v, a, c in zip(y, lo_y, hi_y, strict=True)]
        if not moved:
            break
    return np.asarray([x, y], dtype=np.float64).T


def test_declutter_is_the_plain_formulation_bit_for_bit():
    # nodes scattered, stacked on one another, and more than the frame holds (they jam for hundreds of rounds)
    rng = np.random.default_rng(3)
    jammed = 0
    for t in range(60):
        n = int(rng.integers(1, 36))
        width, height = float(rng.choice([300, 600, 960])), float(rng.choice([200, 420, 700]))
        xy = np.stack([rng.uniform(0, width, n), rng.uniform(0, height, n)], axis=1)
        if t % 3 == 0:
            xy[: n // 2] = xy[0]
        r, w = rng.uniform(5, 20, n), rng.uniform(20, 210, n)
        frame = (6.0, 4.0, width - 6.0, height - 4.0)
        for rounds in (400, 25):
            fast, plain = declutter(xy, r, w, frame, rounds=rounds), _plain_declutter(xy, r, w, frame, rounds=rounds)
            assert fast.tobytes() == plain.tobytes(), (t, n, rounds)
        jammed += not np.array_equal(declutter(xy, r, w, frame, rounds=399), declutter(xy, r, w, frame, rounds=400))
    assert jammed >= 5, "some cases still move after 399 rounds"


def test_filter_options_are_what_the_form_loop_rendered():
    # the form's loop over a facet's values, as the template wrote it before the options were kept per state
    from rashomon.report.render import environment

    loop = environment().from_string(
        "{%- for value, n in values %}<option value=\"{{ value }}\"{% if chosen == value %} selected{% endif %}>"
        "{{ value }} ({{ n|num }})</option>{% endfor %}"
        "{%- if chosen and chosen not in values|map(attribute=0) %}<option value=\"{{ chosen }}\" selected>{{ chosen }}</option>{% endif %}")
    facets = {"source": [("Al <b>Jazeera</b> & co", 12034), ('say "no"', 7), ("Iranwire", 3)],
              "actor": [("IRNGOV", 1200), ("ARM", 5)], "event": []}  # fmt: skip
    options = FilterOptions(facets)
    for name, values in facets.items():
        for chosen in [None, "", *(v for v, _ in values), "NOT<THERE>", "IRNGOV"]:
            assert str(options(name, chosen)) == loop.render(values=values, chosen=chosen), (name, chosen)


def test_a_serving_process_keeps_its_state_out_of_the_collector(tmp_path, examined_db):
    from tests.report.stores import copy_store

    db = copy_store(examined_db, tmp_path / "frozen.db")
    app = create_app(db)
    site = app.state.site
    try:
        gc.unfreeze()
        assert not site.freeze_states  # an app made for tests or the report does not touch the collector
        warm(app)
        frozen = gc.get_freeze_count()
        assert site.freeze_states and frozen > 0
        state = site.state()
        assert not any(o is state.index.group_labels for o in gc.get_objects()), "the state is out of the collector's sight"
        with TestClient(app) as c:
            first = c.get("/").text
            store = Store(db)
            store.conn.execute("INSERT INTO runs (started_at, status, version, inputs, options) VALUES ('x', 'completed', 'x', '[]', '{}')")
            store.close()
            site._checked = 0.0
            gc.unfreeze()
            again = c.get("/").text
            # the store changed: a new state, frozen in its turn; the page is the same (nothing it shows changed)
            assert site.state() is not state and gc.get_freeze_count() > 0
            assert not any(o is site.state().index.group_labels for o in gc.get_objects())
            assert again == first
    finally:
        gc.unfreeze()
