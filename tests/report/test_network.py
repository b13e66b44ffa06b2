"""The actor network: names as labels, the top actors first, and boxes (node and label) that never overlap."""

from __future__ import annotations

import sqlite3

import numpy as np

from rashomon.report.index import EventIndex, Filters
from rashomon.report.layout import _boxes, declutter, network


def _overlapping(xy, r, w) -> list[tuple[int, int]]:
    b = _boxes(xy, r, w)
    return [(i, j) for i in range(len(b)) for j in range(i + 1, len(b))
            if min(b[i, 2], b[j, 2]) > max(b[i, 0], b[j, 0]) and min(b[i, 3], b[j, 3]) > max(b[i, 1], b[j, 1])]  # fmt: skip


def test_declutter_sets_every_box_apart_inside_the_frame():
    rng = np.random.default_rng(7)
    xy = rng.uniform([300, 200], [500, 300], size=(25, 2))  # a crowd in the middle
    r = rng.uniform(5, 20, 25)
    w = rng.uniform(40, 180, 25)
    assert _overlapping(xy, r, w)
    out = declutter(xy, r, w, (0, 0, 960, 700))
    assert not _overlapping(out, r, w)
    b = _boxes(out, r, w)
    assert b[:, 0].min() >= -0.01 and b[:, 1].min() >= -0.01 and b[:, 2].max() <= 960.01 and b[:, 3].max() <= 700.01


def test_caucasus_network_names_its_top_actors_and_keeps_the_rest_for_show_all(examined_db):
    conn = sqlite3.connect(f"file:{examined_db}?mode=ro", uri=True)
    try:
        ix = EventIndex.build(conn)
        data = ix.network(ix.mask(Filters()))
    finally:
        conn.close()
    top, everyone = network(data, top=12), network(data)
    assert len(top.nodes) == 12 < len(everyone.nodes)
    assert [n.code for n in top.nodes] == [n.code for n in everyone.nodes[:12]]
    names = {n.code: n.label for n in everyone.nodes}
    assert names["IRN"] == "Iran" and names["AZEGOV"] == "Azerbaijani government"
    assert not [c for c, n in names.items() if n == c], names  # a name, never the bare code
    for layout in (top, everyone):
        xy = np.asarray([[n.x, n.y] for n in layout.nodes])
        assert not _overlapping(xy, np.asarray([n.r for n in layout.nodes]), np.asarray([n.label_width for n in layout.nodes]))
    assert all(e.source in {n.code for n in top.nodes} and e.target in {n.code for n in top.nodes} for e in top.edges)
