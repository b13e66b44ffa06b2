"""The report and the app in a real headless Chromium: they load cleanly, stay on their origin, draw their
charts, show an event's evidence when it is clicked, and run nothing an article carries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rashomon.report import render_report
from rashomon.web import prepare_search
from rashomon.web.app import create_app
from tests.web.browser import new_page, running, shot

PWNED = "window.__pwned === undefined"


def _write_report(db: Path, out: Path, **kw) -> Path:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        html, _ = render_report(conn, **kw)
    finally:
        conn.close()
    out.write_text(html, encoding="utf-8")
    return out


def _charts_drawn(page) -> None:
    assert page.locator("#timeline-svg circle.tl-item").count() > 5
    assert page.locator("#map-svg path.country").count() > 20 and page.locator("#map-svg circle.place").count() > 2
    assert page.locator("#network-svg path.edge").count() > 3 and page.locator("#network-svg circle.node").count() > 3
    box = page.locator("#network-svg").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100


def test_report_in_chromium(browser, examined_db, tmp_path):
    report = _write_report(examined_db, tmp_path / "report.html", title="Caucasus: five sources")
    url = report.as_uri()
    page, watch = new_page(browser, url)
    page.goto(url)
    page.wait_for_selector("html[data-ready='1']")
    _charts_drawn(page)
    shot(page, "report")
    # click a timeline item: its evidence sentence shows, and it leads into its document
    item = page.locator("#timeline-svg circle.tl-item").last  # drawn last: nothing lies over it
    item.scroll_into_view_if_needed()
    item.click()
    panel = page.locator("#evidence")
    panel.wait_for(state="visible")
    first = panel.locator(".item").first
    sentence = first.locator(".sentence").inner_text()
    event_id = first.get_attribute("data-event")
    assert sentence.strip() and event_id
    assert sentence.strip()[:40] in page.locator(f"#e{event_id}").evaluate(
        "el => (el.textContent ? el : el.nextElementSibling).closest('.seg').textContent")
    shot(page, "report-evidence")
    first.locator("a.in-doc").click()
    page.wait_for_timeout(100)
    assert page.locator(f"#e{event_id}").evaluate(
        "el => { const t = el.textContent ? el : el.nextElementSibling; const r = t.getBoundingClientRect();"
        " return r.bottom > 0 && r.top < window.innerHeight; }")  # fmt: skip
    # a map point and a network arrow show evidence too
    page.locator("#map-svg circle.place").first.click()
    assert panel.locator(".item .sentence").count() >= 1
    page.locator("#sources").scroll_into_view_if_needed()
    shot(page, "report-sources")
    watch.assert_clean()
    assert all(r.startswith("file://") for r in watch.requests)


def test_report_on_the_demo_in_chromium(browser, demo_db, tmp_path):
    url = _write_report(demo_db, tmp_path / "demo.html").as_uri()
    page, watch = new_page(browser, url)
    page.goto(url)
    page.wait_for_selector("html[data-ready='1']")
    assert page.locator("#timeline-svg circle.tl-item").count() > 3
    page.locator(".doc .ev").first.click()
    assert page.locator("#evidence .item .sentence").count() == 1
    shot(page, "report-demo")
    watch.assert_clean()


def test_hostile_report_runs_nothing(browser, hostile_db, tmp_path):
    url = _write_report(hostile_db, tmp_path / "hostile.html").as_uri()
    page, watch = new_page(browser, url)
    page.goto(url)
    page.wait_for_selector("html[data-ready='1']")
    for el in page.locator("[data-events]").all()[:30]:
        el.dispatch_event("click")
    page.mouse.move(200, 200)
    page.mouse.move(700, 600)
    assert page.evaluate(PWNED)
    assert page.locator("img, iframe, a[href^='javascript']").count() == 0
    text = page.locator("body").inner_text()
    assert "<script>window.__pwned = 1</script>" in text and "javascript:window.__pwned=7" in text
    watch.assert_clean()


@pytest.fixture(scope="module")
def app_origin(examined_db):
    with running(create_app(examined_db, prepare_search(examined_db))) as origin:
        yield origin


def test_app_in_chromium(browser, app_origin):
    page, watch = new_page(browser, app_origin)
    page.goto(app_origin + "/")
    page.wait_for_selector("html[data-ready='1']")
    _charts_drawn(page)
    shot(page, "app")
    item = page.locator("#timeline-svg circle.tl-item").last  # drawn last: nothing lies over it
    item.scroll_into_view_if_needed()
    item.click()
    page.locator("#evidence .item .sentence").first.wait_for()
    link = page.locator("#evidence .item a", has_text="event page").first
    link.click()
    page.wait_for_selector("#evidence-sentence")
    assert page.locator("#evidence-sentence b").inner_text().strip()
    shot(page, "app-event")
    # filter, follow to a claim, an actor, a document, and search
    page.goto(app_origin + "/?actor=IRN&status=single-source")
    assert page.locator("#timeline-svg circle.tl-item").count() >= 1
    page.goto(app_origin + "/claims?status=contested")
    page.locator("table.claims a").first.click()
    page.wait_for_selector(".badge.denies")
    page.goto(app_origin + "/actors/IRN")
    assert page.locator("#network-svg path.edge").count() >= 1
    page.goto(app_origin + "/search?q=karabakh")
    page.locator("ol.hits a").first.click()
    page.wait_for_selector("article.doc")
    page.locator(".doc .ev").first.click()
    page.locator("#evidence .item .sentence").first.wait_for()
    page.goto(app_origin + "/no/such/page")
    assert "Not found" in page.locator("h1").inner_text()
    watch.errors = [e for e in watch.errors if "404" not in e]  # the 404 page's own status line
    watch.assert_clean()


def test_hostile_app_runs_nothing(browser, hostile_db):
    with running(create_app(hostile_db, prepare_search(hostile_db))) as origin:
        page, watch = new_page(browser, origin)
        for path in ("/", "/documents", "/documents/1", "/documents/2", "/claims", "/events", "/search?q=sotk",
                     "/events/1", "/actors/ARM"):  # fmt: skip
            page.goto(origin + path)
            page.wait_for_selector("html[data-ready='1']")
            for el in page.locator("[data-events]").all()[:10]:
                el.dispatch_event("click")
            assert page.evaluate(PWNED), path
            assert page.locator("img, iframe, a[href^='javascript']").count() == 0, path
        page.goto(origin + "/documents/1")
        assert "<script>window.__pwned = 1</script>" in page.locator("body").inner_text()
        shot(page, "app-hostile")
        watch.assert_clean()
