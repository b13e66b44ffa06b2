"""The report read by someone who has never seen the data, in a real Chromium at 1280 px wide: labels in
words, a timeline that opens on the story, a network whose names do not overlap, no sideways scrolling,
claims placed only where their statements agree. One report of the caucasus store, one page for all."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from rashomon.report import render_report
from rashomon.web import prepare_search
from rashomon.web.app import create_app
from tests.web.browser import new_page, running

WIDTH = 1280

# every text a reader takes for a label: claims, timeline items, network names, tone columns, sources
LABELS_JS = """() => {
  const out = [];
  const text = (sel, kind) => document.querySelectorAll(sel).forEach(e => out.push([kind, (e.childNodes[0] && e.childNodes[0].nodeType === 3 ? e.childNodes[0].textContent : e.textContent).trim()]));
  text('a.claim-label', 'claim');
  text('#network-svg text.node-label, #network-all-svg text.node-label', 'network');
  text('#tone-svg text.cell-label', 'tone');
  text('table.sources-table td:first-child a', 'source');
  document.querySelectorAll('#timeline-svg circle.tl-item').forEach(e => out.push(['timeline', e.getAttribute('data-title').replace(/^[0-9-]+: /, '').replace(/ \\(\\d+ (claim|events).*$/, '')]));
  return out;
}"""


@pytest.fixture(scope="module")
def codes(examined_db) -> set[str]:
    conn = sqlite3.connect(f"file:{examined_db}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT DISTINCT code FROM event_actors WHERE code IS NOT NULL")} | {
            r[0] for r in conn.execute("SELECT source FROM clusters UNION SELECT target FROM clusters") if r[0]}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def report(browser, examined_db, tmp_path_factory):
    """The caucasus report open at 1280 px (one page for the module's tests)."""
    conn = sqlite3.connect(f"file:{examined_db}?mode=ro", uri=True)
    try:
        html, _ = render_report(conn, title="Caucasus: five sources")
    finally:
        conn.close()
    path: Path = tmp_path_factory.mktemp("readable") / "report.html"
    path.write_text(html, encoding="utf-8")
    page, watch = new_page(browser, path.as_uri())
    page.set_viewport_size({"width": WIDTH, "height": 900})
    page.goto(path.as_uri())
    page.wait_for_selector("html[data-ready='1']")
    yield page
    watch.assert_clean()
    page.context.close()


def _no_sideways_scroll(page) -> None:
    sizes = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert sizes[0] <= sizes[1], f"the page scrolls sideways at {WIDTH} px: {sizes}"
    wide = page.evaluate("""() => [...document.querySelectorAll('main *')].filter(e => e.scrollWidth > e.clientWidth + 1
        && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)).map(e => e.className || e.tagName)""")
    assert not wide, f"boxes that scroll sideways: {wide}"


def test_no_label_shows_a_question_mark_or_a_bare_code(report, codes):
    report.locator("details.network-all summary").click()
    labels = report.evaluate(LABELS_JS)
    kinds = {k for k, _ in labels}
    assert {"claim", "network", "tone", "source", "timeline"} <= kinds, kinds
    assert len([1 for k, _ in labels if k == "claim"]) > 20
    bad = [(k, t) for k, t in labels if not t or "?" in t or t in codes]
    assert not bad, bad
    # the codes stay beside the words
    iran = report.locator("tr[data-claim]", has=report.locator("a.claim-label", has_text="Iran backs Armenia")).first
    assert iran.locator(".codes").inner_text() == "IRN → ARM · SUPPORT"
    # the evidence panel names both sides too
    report.locator("#network-svg path.edge").first.dispatch_event("click")
    head = report.locator("#evidence .item .meta").first.inner_text()
    assert "?" not in head.split("·")[2], head
    report.locator("#evidence .close").click()


def test_incomplete_claims_are_listed_apart(report):
    complete = report.locator("#claims > table.claims a.claim-label").all_text_contents()
    incomplete = report.locator("#incomplete-claims table.claims a.claim-label").all_text_contents()
    assert complete and incomplete
    assert not [t for t in complete if "not named" in t] and all("not named" in t for t in incomplete)


def test_timeline_opens_on_the_story_span(report):
    svg = report.locator("#timeline-svg")
    first, last, start, end = (int(svg.get_attribute(f"data-{k}")) for k in ("first", "last", "from", "to"))
    marks = report.eval_on_selector_all(
        "#timeline-svg circle.tl-item[data-claim]", "els => els.map(e => [+e.dataset.day, +e.dataset.weight])")
    assert len(marks) > 10
    held = sum(w for d, w in marks if start <= d <= end) / sum(w for _, w in marks)
    by_count = sum(1 for d, _ in marks if start <= d <= end) / len(marks)
    assert held >= 0.75, f"the first view holds {held:.0%} of the dated claims' statements ({by_count:.0%} of the claims)"
    assert end - start < last - first, "the first view is the whole range"
    assert end - start < 0.1 * (last - first), (start, end, first, last)
    # every item stays on the chart, the background squeezed at the side
    box = svg.bounding_box()
    xs = report.eval_on_selector_all("#timeline-svg circle.tl-item", "els => els.map(e => e.getBoundingClientRect().x)")
    assert all(box["x"] <= x <= box["x"] + box["width"] for x in xs)
    # zoom out to every date and back
    report.locator(".timeline-tools [data-range='all']").click()
    assert (int(svg.get_attribute("data-from")), int(svg.get_attribute("data-to"))) == (first, last)
    report.locator(".timeline-tools [data-range='story']").click()
    assert (int(svg.get_attribute("data-from")), int(svg.get_attribute("data-to"))) == (start, end)


def _overlaps(boxes: list[dict]) -> list[tuple[str, str]]:
    return [(a["t"], b["t"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if min(a["r"], b["r"]) > max(a["l"], b["l"]) and min(a["b"], b["b"]) > max(a["t_"], b["t_"])]  # fmt: skip


def test_network_labels_do_not_overlap(report):
    report.locator("#network").scroll_into_view_if_needed()
    if not report.locator("details.network-all").evaluate("d => d.open"):
        report.locator("details.network-all summary").click()
    for svg in ("#network-svg", "#network-all-svg"):
        boxes = report.eval_on_selector_all(f"{svg} text.node-label", """els => els.map(e => { const r = e.getBoundingClientRect();
            return {l: r.left, r: r.right, t_: r.top, b: r.bottom, t: e.childNodes[0].textContent}; })""")
        assert len(boxes) >= 10 and all(b["r"] - b["l"] > 10 for b in boxes)
        assert not _overlaps(boxes), (svg, _overlaps(boxes))
    # actors in the most events first, the rest behind "show all"
    assert report.locator("#network-svg circle.node").count() < report.locator("#network-all-svg circle.node").count()
    assert report.locator("#network .legend", has_text="conflict").count() == 1


def test_nothing_scrolls_sideways_at_1280_px(report):
    _no_sideways_scroll(report)
    report.locator("tr[data-claim] details summary").first.click()
    report.locator("#incomplete-claims > summary").click()
    _no_sideways_scroll(report)
    # the sources sit side by side, two at a time, chosen by their pickers
    shown = report.eval_on_selector_all("#compare .doc", "els => els.filter(e => e.offsetParent !== null).length")
    assert shown == 2
    report.locator("#compare select[data-side='right']").select_option(index=4)
    assert report.locator("#compare .doc.right .doc-meta .outlet").inner_text() == "Israel Today"
    _no_sideways_scroll(report)


def test_iran_backs_armenia_is_placed_only_where_its_statements_agree(report):
    row = report.locator("tr[data-claim]", has=report.locator(".codes", has_text="IRN → ARM · SUPPORT")).first
    place = row.locator("td.place").inner_text().strip()
    events = json.loads(report.locator("#rashomon-events").text_content())
    ids = [i for el in row.locator("[data-events]").all() for i in el.get_attribute("data-events").split()]
    assert len(ids) >= 5
    places = {events[i]["place"] for i in ids if i in events and events[i]["place"]}
    assert not place or place in places, (place, places)
    if len(places) > 1:
        assert not place, f"its statements give {places}; the claim is placed at {place}"


def test_the_app_keeps_the_timeline_range_in_the_url(browser, examined_db):
    with running(create_app(examined_db, prepare_search(examined_db))) as origin:
        page, watch = new_page(browser, origin)
        page.set_viewport_size({"width": WIDTH, "height": 900})
        page.goto(origin + "/")
        page.wait_for_selector("html[data-ready='1']")
        _no_sideways_scroll(page)
        track = page.locator("#timeline-svg .track-bg")
        track.scroll_into_view_if_needed()
        box = track.bounding_box()
        y = box["y"] + box["height"] / 2
        page.mouse.move(box["x"] + box["width"] * 0.30, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=4)
        page.mouse.move(box["x"] + box["width"] * 0.60, y, steps=4)
        page.mouse.up()
        query = page.evaluate("location.search")
        found = re.search(r"t_from=(\d{4}-\d\d-\d\d)&t_to=(\d{4}-\d\d-\d\d)", query)
        assert found, query
        start = page.locator("#timeline-svg").get_attribute("data-from")
        page.reload()
        page.wait_for_selector("html[data-ready='1']")
        assert page.locator("#timeline-svg").get_attribute("data-from") == start
        assert found[1] < found[2] and "showing " + found[1] in page.locator(".tl-range").inner_text()
        watch.assert_clean()
        page.context.close()
