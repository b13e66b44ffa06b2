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


def test_declutter_skipping_a_cycle_ends_where_running_every_round_ends():
    # 30 nodes in a network-sized frame: pushed apart (labels closer than the padding) and pulled back into
    # the frame, round after round; here the positions after round 52 are those after round 51. declutter
    # then skips the rounds left, and must land exactly where running them one at a time lands
    rng = np.random.default_rng(1)
    xy = rng.uniform([70, 70], [890, 700], size=(30, 2))
    r = np.full(30, 20.0)
    w = np.round(rng.uniform(37, 201, 30), 1)
    frame = (6.0, 4.0, 954.0, 776.0)
    step, done = xy, 0
    for rounds in (1, 30, 52, 53, 54, 120, 400):
        while done < rounds:
            step, done = declutter(step, r, w, frame, rounds=1), done + 1
        assert declutter(xy, r, w, frame, rounds=rounds).tobytes() == step.tobytes(), rounds


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
