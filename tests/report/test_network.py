"""The actor network: names as labels, the top actors first, and boxes (node and label) that never overlap."""

from __future__ import annotations

import math
import sqlite3

import numpy as np

from rashomon.report.index import EventIndex, Filters
from rashomon.report.layout import _boxes, _force, declutter, network


def _overlapping(xy, r, w) -> list[tuple[int, int]]:
    b = _boxes(xy, r, w)
    return [(i, j) for i in range(len(b)) for j in range(i + 1, len(b))
            if min(b[i, 2], b[j, 2]) > max(b[i, 0], b[j, 0]) and min(b[i, 3], b[j, 3]) > max(b[i, 1], b[j, 1])]  # fmt: skip


def _plain_force(n: int, edges: list[tuple[int, int, float]], iterations: int = 300, gravity: float = 1.5) -> np.ndarray:
    """The force layout written plainly (as the views drew it before it was made faster): the reference."""
    angle = np.linspace(0, 2 * np.pi, n, endpoint=False)
    pos = np.stack([np.cos(angle), np.sin(angle)], axis=1) * 0.5
    if n < 3:
        return (pos + 1) / 2
    k = math.sqrt(1.0 / n)
    temp = 0.1
    src = np.asarray([a for a, _, _ in edges], dtype=np.int64)
    dst = np.asarray([b for _, b, _ in edges], dtype=np.int64)
    weight = np.asarray([w for _, _, w in edges], dtype=np.float64)
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta**2).sum(-1)) + 1e-6
        disp = (delta / dist[..., None] * (k * k / dist)[..., None]).sum(1)
        if edges:
            d = pos[src] - pos[dst]
            length = np.sqrt((d**2).sum(1)) + 1e-6
            f = d * (length / k * weight)[:, None]
            np.subtract.at(disp, src, f)
            np.add.at(disp, dst, f)
        disp -= pos * (np.sqrt((pos**2).sum(1)) + 0.5)[:, None] * gravity
        length = np.sqrt((disp**2).sum(1)) + 1e-9
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp *= 0.98
    lo, hi = pos.min(0), pos.max(0)
    return (pos - lo) / np.maximum(hi - lo, 1e-6)


def test_force_layout_is_the_plain_formulation_bit_for_bit():
    # the layout's loop is arranged for speed; the pages it draws must not move by one bit. Networks of 0 to
    # 45 actors (the app draws up to 30), with and without dyads, some actors linked to nobody
    rng = np.random.default_rng(11)
    for n in (0, 1, 2, 3, 7, 12, 18, 30, 30, 45):
        m = int(rng.integers(0, 4 * n + 1))
        edges = [(int(a), int(b), float(0.3 + 0.7 * rng.random())) for a, b in rng.integers(0, max(n, 1), size=(m, 2)) if a != b]
        fast, plain = _force(n, edges, iterations=120), _plain_force(n, edges, iterations=120)
        assert fast.shape == plain.shape and fast.tobytes() == plain.tobytes(), (n, len(edges))


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
