"""The timeline opens on the story's span; the background is squeezed into strips, never dropped."""

from __future__ import annotations

import sqlite3

from rashomon.report.index import EventIndex, Filters, day_number
from rashomon.report.layout import TimeScale, story_span, timeline, view_of


def test_story_span_is_the_shortest_span_holding_the_share():
    days = [(0, 1), (5, 1), (1000, 5), (1002, 10), (1010, 3), (2000, 1)]
    assert story_span(days, 0.8) == (1000, 1010)  # 18 of 21 statements
    assert story_span(days, 1.0) == (0, 2000)
    assert story_span([(7, 1)], 0.8) == (7, 7)


def test_time_scale_keeps_everything_on_the_chart():
    sc = TimeScale(first=0, last=1000, start=600, end=700, left=150, right=940)
    xs = [sc.x(d) for d in (0, 300, 599, 600, 650, 700, 701, 1000)]
    assert xs == sorted(xs) and xs[0] == 150 and xs[-1] == 940
    assert sc.x(599) < sc.main[0] <= sc.x(600) and sc.x(700) == sc.main[1] < sc.x(701)
    assert sc.main[1] - sc.main[0] > 0.7 * (940 - 150)  # the view gets most of the room
    full = TimeScale(0, 1000, 0, 1000, 150, 940)
    assert not full.before and not full.after and full.main == (150, 940)


def test_caucasus_timeline_opens_on_2020_and_squeezes_the_1990s(examined_db):
    conn = sqlite3.connect(f"file:{examined_db}?mode=ro", uri=True)
    try:
        ix = EventIndex.build(conn)
        data = ix.timeline(ix.mask(Filters()), 400)
    finally:
        conn.close()
    start, end = view_of(data)
    # the story of 2020-2021 (its view padded by a week or more), not the 1990s the articles look back on
    assert day_number("2020-08-01") <= start and end <= day_number("2021-12-31") and data.first_day < day_number("2000")
    claims = [(i.day, i.statements) for i in data.items if i.claim is not None]
    held = sum(w for d, w in claims if start <= d <= end)
    assert held >= 0.75 * sum(w for _, w in claims)
    t = timeline(data)
    assert (t.scale.start, t.scale.end) == (start, end) and t.scale.before
    assert all(t.plot_left <= m.x <= t.plot_right for m in t.marks)
