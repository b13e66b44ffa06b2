"""Geometry for the views' charts: where each mark goes, its size and colour. Pure functions, no markup.

The templates turn these records into SVG. Colours run from conflict (red) through neutral (grey) to
cooperation (blue), on the Goldstein scale (-10..10) for events and on [-1, 1] for tone.
"""

from __future__ import annotations

import json
import math
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

import numpy as np

from rashomon.report.index import QUADS, Network, Places, Timeline, TimelineItem, day_text
from rashomon.report.names import actor_name
from rashomon.report.queries import ToneChart

_EPOCH = date(1970, 1, 1).toordinal()
_NEG = (192, 57, 43)  # conflict
_MID = (200, 200, 200)
_POS = (33, 102, 172)  # cooperation


def diverging(value: float, limit: float = 10.0) -> str:
    """A colour for ``value`` in [-limit, limit]: red below zero, grey at zero, blue above."""
    t = max(-1.0, min(1.0, value / limit)) if limit else 0.0
    end = _NEG if t < 0 else _POS
    t = abs(t) ** 0.8
    r, g, b = (round(m + (e - m) * t) for m, e in zip(_MID, end, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def _radius(count: int, smallest: float = 3.0, largest: float = 14.0) -> float:
    return round(min(largest, smallest + 1.6 * math.sqrt(max(0, count - 1))), 1)


# ---------------------------------------------------------------------------------------------- timeline


@dataclass(frozen=True, slots=True)
class Mark:
    x: float
    y: float
    r: float
    colour: str
    title: str
    events: tuple[int, ...]
    claim: int | None
    status: str
    hollow: bool = False
    #: an SVG path along a route (the mark is then drawn as that line, ``r`` its stroke's width)
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    w: float
    h: float
    title: str


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Days to x on the timeline: the view (``start`` to ``end``) spread over the plot, and the dates outside
    it squeezed into narrow strips at either side, so that nothing leaves the chart while the story's span
    gets the room. views.js computes the same scale when the reader zooms."""

    first: int  # every dated item, first and last day
    last: int
    start: int  # the view
    end: int
    left: float  # the plot
    right: float
    strip: float = 90.0  # width of a strip of background, when there is one
    gap: float = 12.0

    @property
    def before(self) -> bool:
        return self.start > self.first

    @property
    def after(self) -> bool:
        return self.end < self.last

    @property
    def main(self) -> tuple[float, float]:
        """Where the view itself is drawn."""
        lo = self.left + (self.strip + self.gap if self.before else 0.0)
        hi = self.right - (self.strip + self.gap if self.after else 0.0)
        return lo, hi

    def x(self, day: int) -> float:
        lo, hi = self.main
        if day < self.start:
            return round(self.left + self.strip * (day - self.first) / max(1, self.start - self.first), 1)
        if day > self.end:
            return round(hi + self.gap + self.strip * (day - self.end) / max(1, self.last - self.end), 1)
        return round(lo + (hi - lo) * (day - self.start) / max(1, self.end - self.start), 1)


def story_span(days: Sequence[tuple[int, int]], share: float = 0.8) -> tuple[int, int]:
    """The shortest span of days holding at least ``share`` of the weight of ``days`` ((day, weight) pairs:
    the dated claims and their statements): where the story happens, as against the background the sources
    recall in a sentence or two. Two pointers over the days in order: O(n log n)."""
    ordered = sorted(days)
    if not ordered:
        raise ValueError("no days")
    need = share * sum(w for _, w in ordered)
    best: tuple[int, int] | None = None
    held, j = 0.0, 0
    for i in range(len(ordered)):
        while j < len(ordered) and held < need - 1e-9:
            held += ordered[j][1]
            j += 1
        if held < need - 1e-9:
            break
        if best is None or ordered[j - 1][0] - ordered[i][0] < best[1] - best[0]:
            best = (ordered[i][0], ordered[j - 1][0])
        held -= ordered[i][1]
    assert best is not None
    return best


def view_of(data: Timeline, share: float = 0.75, narrower: float = 0.6) -> tuple[int, int]:
    """The timeline's first view: the story span of its dated claims (the shortest span holding three quarters of
    their weight), each weighing its statements (of all its items, each weighing its events, when none is a claim),
    padded a little; the whole range when that span is not much narrower than it."""
    lo, hi = data.first_day, data.last_day
    claims = [(i.day, i.statements or i.count) for i in data.items if i.claim is not None]
    claims = claims or [(i.day, i.count) for i in data.items]
    if not claims or hi - lo < 30:
        return lo, hi
    a, b = story_span(claims, share)
    pad = max(7, round((b - a) * 0.05))
    a, b = max(lo, a - pad), min(hi, b + pad)
    if b - a > narrower * (hi - lo):
        return lo, hi
    return a, b


@dataclass(frozen=True, slots=True)
class TimelineLayout:
    width: int
    height: int
    lanes: tuple[tuple[float, str], ...]  # (y, label)
    ticks: tuple[Tick, ...]
    marks: tuple[Mark, ...]
    bars: tuple[Bar, ...]  # the overview: every dated event, over the whole range (drag on it to zoom)
    plot_left: int
    plot_right: int
    axis_y: float
    data: Timeline
    scale: TimeScale
    days: tuple[int, ...]  # each mark's day, as ``marks``
    weights: tuple[int, ...]  # each mark's statements (a claim) or events
    track_y: float  # the overview's top
    brush: tuple[float, float]  # the view on the overview (x from, x to)
    strip_labels: tuple[Tick, ...]  # what the background strips hold ("1991–2020")


def _ticks(lo: int, hi: int, x: Callable[[int], float]) -> list[Tick]:
    first, last = date.fromordinal(lo + _EPOCH), date.fromordinal(hi + _EPOCH)
    span = hi - lo
    out: list[Tick] = []
    if span > 3 * 365:
        step = max(1, math.ceil((last.year - first.year + 1) / 10))
        for y in range(first.year + (1 if first.month > 1 or first.day > 1 else 0), last.year + 1, step):
            out.append(Tick(x(date(y, 1, 1).toordinal() - _EPOCH), str(y)))
    elif span > 60:
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        step = max(1, math.ceil(months / 10))
        y, m = first.year, first.month
        for i in range(months + 1):
            if i % step == 0:
                d = date(y, m, 1).toordinal() - _EPOCH
                if lo <= d <= hi:
                    out.append(Tick(x(d), f"{y}-{m:02d}"))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        step = max(1, math.ceil((span + 1) / 10))
        for d in range(lo, hi + 1, step):
            out.append(Tick(x(d), day_text(d)))
    return out


def _span_text(a: int, b: int) -> str:
    ya, yb = day_text(a)[:4], day_text(b)[:4]
    return ya if ya == yb else f"{ya}–{yb}"


def timeline(data: Timeline, width: int = 960, lane: int = 52, view: tuple[int, int] | None = None) -> TimelineLayout:
    """The timeline, opening on ``view`` (default: :func:`view_of`, the story's span)."""
    left, right, top = 150, width - 20, 16
    axis_y = top + lane * 4 + 8
    track_y = axis_y + 44
    height = int(track_y + 58)
    lo, hi = data.first_day, data.last_day
    if hi <= lo:
        lo, hi = lo - 15, hi + 15
    start, end = view if view is not None else view_of(replace(data, first_day=lo, last_day=hi))
    start, end = max(lo, min(start, hi)), min(hi, max(end, lo))
    if end <= start:
        start, end = lo, hi
    scale = TimeScale(lo, hi, start, end, left, right)

    lanes = tuple((top + lane * (q - 0.5), QUADS[q]) for q in (1, 2, 3, 4))
    marks, days, weights = [], [], []
    for item in sorted(data.items, key=lambda i: -i.count):  # big marks first, small ones drawn on top
        jitter = ((item.key * 7919) % 5 - 2) * (lane / 7)
        marks.append(
            Mark(
                scale.x(item.day),
                round(lanes[item.quad - 1][0] + jitter, 1),
                _radius(item.count),
                diverging(item.goldstein),
                _item_title(item),
                item.events,
                item.claim,
                item.status,
            )
        )
        days.append(item.day)
        weights.append(item.statements or item.count)

    def overview(day: int) -> float:
        return round(left + (right - left) * (day - lo) / (hi - lo), 1)

    bars = []
    peak = max((b[2] for b in data.bins), default=1)
    for first, last, n in data.bins:
        x0, x1 = overview(first), overview(last + 1)
        h = round(30 * n / peak, 1)
        bars.append(Bar(x0, round(track_y + 34 - h, 1), max(1.0, round(x1 - x0 - 0.5, 1)), h,
                        f"{day_text(first)} to {day_text(last)}: {n} event(s)"))  # fmt: skip
    strips = []
    if scale.before:
        strips.append(Tick(round(left + scale.strip / 2, 1), _span_text(lo, start)))
    if scale.after:
        strips.append(Tick(round(right - scale.strip / 2, 1), _span_text(end, hi)))
    return TimelineLayout(width, height, lanes, tuple(_ticks(start, end, scale.x)), tuple(marks), tuple(bars), left,
                          right, axis_y, data, scale, tuple(days), tuple(weights), track_y, (overview(start), overview(end)),
                          tuple(strips))  # fmt: skip


def _item_title(item: TimelineItem) -> str:
    kind = f"claim, {item.status}" if item.claim is not None else "events"
    return f"{day_text(item.day)}: {item.label} ({item.count} {kind}; Goldstein {item.goldstein:+.1f})"


# ---------------------------------------------------------------------------------------------- map


@lru_cache(maxsize=1)
def countries() -> tuple[tuple[str, str, tuple[tuple[float, ...], ...], tuple[float, float, float, float]], ...]:
    """The base map: (ISO3, name, rings as flat lon/lat tuples, bbox) for each country (Natural Earth 1:110m,
    public domain; see rashomon/report/make_basemap.py)."""
    raw = json.loads(resources.files("rashomon.data").joinpath("countries_110m.json").read_text(encoding="utf-8"))
    scale = float(raw["scale"])
    out = []
    for c in raw["countries"]:
        rings = tuple(tuple(v / scale for v in ring) for ring in c["rings"])
        xs = [v for r in rings for v in r[0::2]]
        ys = [v for r in rings for v in r[1::2]]
        out.append((c["iso3"], c["name"], rings, (min(xs), min(ys), max(xs), max(ys))))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    path: str
    highlighted: bool


@dataclass(frozen=True, slots=True)
class MapLayout:
    width: int
    height: int
    countries: tuple[Country, ...]
    marks: tuple[Mark, ...]
    data: Places
    bbox: tuple[float, float, float, float]  # lon0, lat0, lon1, lat1 shown


@lru_cache(maxsize=64)
def _country_paths(lon0: float, lat0: float, lon1: float, lat1: float, squeeze: float, k: float) -> tuple[tuple[str, str, str], ...]:
    """(iso3, name, SVG path) of the countries in a map's frame, drawn once per frame (many views share one)."""

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return round((lon - lon0) * squeeze * k, 1), round((lat1 - lat) * k, 1)

    out = []
    for iso3, name, rings, (bx0, by0, bx1, by1) in countries():
        if bx1 < lon0 - 5 or bx0 > lon1 + 5 or by1 < lat0 - 5 or by0 > lat1 + 5:
            continue
        parts = []
        for ring in rings:
            pts = [xy(ring[i], ring[i + 1]) for i in range(0, len(ring), 2)]
            parts.append("M" + "L".join(f"{a:g} {b:g}" for a, b in pts) + "Z")
        out.append((iso3, name, "".join(parts)))
    return tuple(out)


def geomap(data: Places, width: int = 960, height: int = 460) -> MapLayout:
    """An equirectangular map around the placed events (the whole world when there are none). An event on a
    route (a corridor, road, railway, pipeline or border) is drawn with the others there as a line along it."""
    if data.points:
        lons = [lon for p in data.points for _lat, lon in (p.line or ((p.lat, p.lon),))]
        lats = [lat for p in data.points for lat, _lon in (p.line or ((p.lat, p.lon),))]
        lon0, lon1 = min(lons) - 4, max(lons) + 4
        lat0, lat1 = min(lats) - 3, max(lats) + 3
        if lon1 - lon0 < 30:
            mid = (lon0 + lon1) / 2
            lon0, lon1 = mid - 15, mid + 15
        if lat1 - lat0 < 16:
            mid = (lat0 + lat1) / 2
            lat0, lat1 = mid - 8, mid + 8
    else:
        lon0, lat0, lon1, lat1 = -180.0, -60.0, 180.0, 85.0
    lat0, lat1 = max(-85.0, lat0), min(85.0, lat1)
    squeeze = math.cos(math.radians((lat0 + lat1) / 2))
    k = min(width / ((lon1 - lon0) * squeeze), height / (lat1 - lat0))
    # centre the shown box in the frame and widen the box to what the frame shows
    cx, cy = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    lon0, lon1 = cx - width / (2 * k * squeeze), cx + width / (2 * k * squeeze)
    lat0, lat1 = cy - height / (2 * k), cy + height / (2 * k)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return round((lon - lon0) * squeeze * k, 1), round((lat1 - lat) * k, 1)

    placed = {p.country for p in data.points}
    shapes = [Country(iso3, name, path, iso3 in placed) for iso3, name, path in _country_paths(lon0, lat0, lon1, lat1, squeeze, k)]
    marks = []
    for p in sorted(data.points, key=lambda p: -p.count):
        x, y = xy(p.lon, p.lat)
        title = f"{p.name}{f' ({p.country})' if p.country else ''}: {p.count} event(s), Goldstein {p.goldstein:+.1f}"
        path = None
        if p.line:
            path = "M" + "L".join(f"{a:g} {b:g}" for a, b in (xy(lon, lat) for lat, lon in p.line))
        r = _radius(p.count, 2.5, 8) if path else _radius(p.count, 3.5, 16)
        marks.append(Mark(x, y, r, diverging(p.goldstein), title, p.events, None, "none", path=path))
    return MapLayout(width, height, tuple(shapes), tuple(marks), data, (lon0, lat0, lon1, lat1))


# ---------------------------------------------------------------------------------------------- network


@dataclass(frozen=True, slots=True)
class NodeMark:
    x: float
    y: float
    r: float
    code: str
    name: str
    count: int
    label: str  # the name as drawn (cut when long)
    label_width: float  # its estimated width


@dataclass(frozen=True, slots=True)
class EdgeMark:
    path: str
    width: float
    colour: str
    title: str
    events: tuple[int, ...]
    source: str
    target: str


@dataclass(frozen=True, slots=True)
class NetworkLayout:
    width: int
    height: int
    nodes: tuple[NodeMark, ...]
    edges: tuple[EdgeMark, ...]
    data: Network


def _force(n: int, edges: list[tuple[int, int, float]], iterations: int = 300, gravity: float = 1.5) -> np.ndarray:
    """Fruchterman-Reingold positions in the unit square, from a fixed start on a circle (deterministic).

    A page draws two of these per request, so the loop is written for few numpy calls on a few dozen
    nodes: the positions as two rows (x and y), so that each step is one call for both (a sum of two squares
    written out, not a reduction over an axis of two); the repulsion laid out as [xy, j, i] so that summing
    over j adds whole rows in order, as the sum over the middle axis of a [i, j, xy] array does; and the
    pull along the dyads added in one call (``-f`` at their sources, then ``f`` at their targets, in the
    order of two calls). The positions are the same floats, bit for bit, as those of the plain formulation
    (``delta = pos[:, None] - pos[None]``, ``.sum(1)``), which a test checks."""
    angle = np.linspace(0, 2 * np.pi, n, endpoint=False)
    pos = np.stack([np.cos(angle), np.sin(angle)], axis=1) * 0.5
    if n < 3:
        return (pos + 1) / 2
    k = math.sqrt(1.0 / n)
    kk = k * k
    temp = 0.1
    p = np.ascontiguousarray(pos.T)  # [xy, i]
    src = np.asarray([a for a, _, _ in edges], dtype=np.int64)
    dst = np.asarray([b for _, b, _ in edges], dtype=np.int64)
    ends = np.concatenate([src, dst])
    weight = np.asarray([w for _, _, w in edges], dtype=np.float64)
    for _ in range(iterations):
        d = p[:, None, :] - p[:, :, None]  # [xy, j, i]: p[i] - p[j]
        dd = d * d
        dist = np.sqrt(dd[0] + dd[1]) + 1e-6
        push = kk / dist
        disp = (d / dist * push).sum(1)
        if edges:
            e = p[:, src] - p[:, dst]
            e2 = e * e
            f = e * ((np.sqrt(e2[0] + e2[1]) + 1e-6) / k * weight)
            np.add.at(disp.T, ends, np.concatenate([-f, f], axis=1).T)  # [i, xy] views
        # gravity toward the centre keeps pairs that link to nobody else from drifting off
        p2 = p * p
        disp -= p * (np.sqrt(p2[0] + p2[1]) + 0.5) * gravity
        q = disp * disp
        length = np.sqrt(q[0] + q[1]) + 1e-9
        p += disp / length * np.minimum(length, temp)
        temp *= 0.98
    pos = p.T
    lo, hi = pos.min(0), pos.max(0)
    return (pos - lo) / np.maximum(hi - lo, 1e-6)


#: The label font's size, and a generous width per character (12px system-ui bold runs 6.5-7.5 px a
#: character): label boxes are estimated on the wide side, so that labels set apart here stay apart.
LABEL_PX = 12
CHAR_PX = 7.8
MAX_LABEL = 26  # characters; a longer name is cut with an ellipsis (the full name is in the node's tooltip)


def label_text(name: str) -> str:
    return name if len(name) <= MAX_LABEL else name[: MAX_LABEL - 1].rstrip() + "…"


def _boxes(xy: np.ndarray, r: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Each node's box, circle and label above it: (x0, y0, x1, y1) rows."""
    half = np.maximum(w / 2, r)
    return np.stack([xy[:, 0] - half, xy[:, 1] - r - 4 - LABEL_PX - 3, xy[:, 0] + half, xy[:, 1] + r], axis=1)


def declutter(xy: np.ndarray, r: np.ndarray, w: np.ndarray, frame: tuple[float, float, float, float],
              pad: float = 4.0, rounds: int = 400) -> np.ndarray:  # fmt: skip
    """Node positions moved as little as needed so that no two nodes' boxes (circle and label) overlap:
    each overlapping pair is pushed apart along the axis where they overlap least, half each, and kept in
    ``frame`` (x0, y0, x1, y1). Deterministic.

    In plain floats (the same operations as :func:`_boxes`, in the same order): a network has a few dozen
    nodes, and per pair numpy's overhead, not the arithmetic, would be the cost. A round is a function of the
    positions alone, so when the positions after a round are ones seen after an earlier round (nodes that
    cannot all fit, pushed apart and pulled back into the frame), the rounds left only go round that cycle:
    where they would end is known without running them."""
    x = [float(v) for v in xy[:, 0]]
    y = [float(v) for v in xy[:, 1]]
    rr = [float(v) for v in r]
    n = len(x)
    half = [max(float(wi) / 2, ri) for wi, ri in zip(w, rr, strict=True)]
    lo_x = [frame[0] + h for h in half]
    lo_y = [frame[1] + ri + 4 + LABEL_PX + 3 for ri in rr]
    hi_x = [frame[2] - h for h in half]
    hi_y = [frame[3] - ri for ri in rr]

    def box(i: int) -> list[float]:
        return [x[i] - half[i], y[i] - rr[i] - 4 - LABEL_PX - 3, x[i] + half[i], y[i] + rr[i]]

    seen: dict[bytes, int] = {}  # positions after a round -> that round
    after: list[tuple[tuple[float, ...], tuple[float, ...]]] = []  # (the next round moves x and y in place)
    for done in range(rounds):
        b = [box(i) for i in range(n)]
        moved = False
        for i in range(n):
            x0, y0, x1, y1 = b[i]
            for j in range(i + 1, n):
                # the pairs (i, j), (i, j+1) ... in order, as boxes stand now: the first that overlaps moves.
                # min() and max() written out (the same floats: min(a, c) is a unless c < a), and oy only
                # where ox says the boxes meet: a round looks at every pair, hundreds of rounds for a jam
                bj = b[j]
                c, g = bj[2], bj[0]
                ox = (c if c < x1 else x1) - (g if g > x0 else x0) + pad
                if not ox > 0:
                    continue
                c, g = bj[3], bj[1]
                oy = (c if c < y1 else y1) - (g if g > y0 else y0) + pad
                if not oy > 0:
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
                b[i] = box(i)
                x0, y0, x1, y1 = b[i]
                b[j] = box(j)
        x = [min(max(v, lo), hi) for v, lo, hi in zip(x, lo_x, hi_x, strict=True)]
        y = [min(max(v, lo), hi) for v, lo, hi in zip(y, lo_y, hi_y, strict=True)]
        if not moved:
            break
        key = array("d", x + y).tobytes()  # bit for bit
        if key in seen:  # round ``done`` repeats round ``first``: the last round lands where this cycle puts it
            first = seen[key]
            x, y = (list(v) for v in after[first + (rounds - 1 - first) % (done - first)])
            break
        seen[key] = done
        after.append((tuple(x), tuple(y)))
    return np.ascontiguousarray(np.asarray([x, y], dtype=np.float64).T)


def network(data: Network, width: int = 960, height: int | None = None, top: int | None = None) -> NetworkLayout:
    """The actor network: the ``top`` actors by events (all of ``data`` when None) and the dyads between
    them, in a force layout whose nodes are then set apart so that no two labels (actor names) overlap.
    ``height``: default grows with the number of actors."""
    if top is not None:
        keep = {n.code for n in data.nodes[:top]}
        data = replace(data, nodes=data.nodes[:top], edges=tuple(e for e in data.edges if e.source in keep and e.target in keep))
    if height is None:
        height = int(min(900, max(420, 360 + 14 * len(data.nodes))))
    index = {n.code: i for i, n in enumerate(data.nodes)}
    top_count = max((e.count for e in data.edges), default=1)
    weights = [(index[e.source], index[e.target], 0.3 + 0.7 * e.count / top_count) for e in data.edges]
    pos = _force(len(data.nodes), weights)
    margin = 70
    radii = np.asarray([_radius(n.count, 5, 20) for n in data.nodes], dtype=np.float64)
    labels = [label_text(n.name) for n in data.nodes]
    widths = np.asarray([CHAR_PX * len(t) + 6 for t in labels], dtype=np.float64)
    xy = np.stack([margin + pos[:, 0] * (width - 2 * margin), margin + pos[:, 1] * (height - 1.6 * margin)], axis=1) \
        if len(data.nodes) else np.zeros((0, 2))  # fmt: skip
    xy = declutter(xy, radii, widths, (6.0, 4.0, width - 6.0, height - 4.0)) if len(data.nodes) else xy
    nodes = tuple(
        NodeMark(round(float(p[0]), 1), round(float(p[1]), 1), float(rad), n.code, n.name, n.count, label, float(w))
        for n, p, rad, label, w in zip(data.nodes, xy, radii, labels, widths, strict=True)
    )
    edges = []
    for e in data.edges:
        a, b = nodes[index[e.source]], nodes[index[e.target]]
        # a curve bending to the right of its direction: A->B and B->A stay apart
        mx, my = (a.x + b.x) / 2, (a.y + b.y) / 2
        dx, dy = b.x - a.x, b.y - a.y
        cx, cy = mx + dy * 0.15, my - dx * 0.15
        # end at the target's rim, so the arrow head shows
        d = math.hypot(b.x - cx, b.y - cy) or 1.0
        ex, ey = b.x - (b.x - cx) / d * (b.r + 2), b.y - (b.y - cy) / d * (b.r + 2)
        edges.append(
            EdgeMark(
                f"M{a.x:g} {a.y:g}Q{cx:.1f} {cy:.1f} {ex:.1f} {ey:.1f}",
                round(1 + 2.2 * math.log2(1 + e.count), 1),
                diverging(e.goldstein),
                f"{a.name} → {b.name}: {e.count} event(s), mean Goldstein {e.goldstein:+.1f} "
                f"({'conflict' if e.goldstein < -1 else 'cooperation' if e.goldstein > 1 else 'neutral'})",
                e.events,
                e.source,
                e.target,
            )
        )
    edges.sort(key=lambda m: -m.width)
    return NetworkLayout(width, height, nodes, tuple(edges), data)


# ---------------------------------------------------------------------------------------------- tone


@dataclass(frozen=True, slots=True)
class ToneMark:
    x: int
    y: int
    colour: str
    value: str
    title: str
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ToneLayout:
    width: int
    height: int
    label_width: int
    cell: int
    rows: tuple[tuple[int, str], ...]
    columns: tuple[tuple[int, str], ...]
    cells: tuple[ToneMark, ...]
    data: ToneChart


def tone(data: ToneChart, label_width: int = 230, cell: int = 64, row: int = 30) -> ToneLayout:
    top = 120  # room for the actors' names, slanted
    columns = tuple((label_width + j * cell + cell // 2, label_text(actor_name(a))) for j, a in enumerate(data.actors))
    rows = tuple((top + i * row + row // 2, s) for i, s in enumerate(data.sources))
    marks = []
    for (i, j), c in sorted(data.cells.items()):
        marks.append(
            ToneMark(
                label_width + j * cell + 1,
                top + i * row + 1,
                diverging(c.tone, 1.0),
                f"{c.tone:+.2f}",
                f"{data.sources[i]} on {actor_name(data.actors[j])} ({data.actors[j]}): tone {c.tone:+.2f} over {c.mentions} mention(s)",
                c.evidence,
            )
        )
    return ToneLayout(label_width + cell * len(data.actors) + 150, top + row * len(data.sources) + 10, label_width,
                      cell, rows, columns, tuple(marks), data)  # fmt: skip
