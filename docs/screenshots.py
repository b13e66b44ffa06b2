"""The README's pictures of the report, taken as a reader sees it: Chromium at 1280 px wide on the report of
the five caucasus articles (read from ../shared; never copied here).

    python docs/screenshots.py                       # analyse the corpus into a temporary store, shoot
    python docs/screenshots.py --db news.db          # shoot the report of an existing store

Writes docs/report-first-screen.png (the first screen), docs/report-claim.png (the contested claim
"Iran backs Armenia" opened), docs/report-timeline.png and docs/report-network.png. Needs Debian's
/usr/bin/chromium and the playwright package (``make browser``; ``playwright install`` is never used).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rashomon.report import render_report  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "caucasus"
CHROMIUM = Path("/usr/bin/chromium")
WIDTH, HEIGHT = 1280, 860
CLAIM = "IRN → ARM · SUPPORT"


def build_store(folder: Path) -> Path:
    from rashomon.engine import analyze
    from rashomon.store import Store

    if not CORPUS.is_dir():
        raise SystemExit(f"the caucasus corpus is not at {CORPUS}; give a store with --db")
    db = folder / "news.db"
    store = Store(db)
    try:
        report = analyze(store, [CORPUS])
        if report.errors:
            raise SystemExit(f"analysing the corpus failed: {report.errors}")
    finally:
        store.close()
    return db


def shoot(report: Path, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, device_scale_factor=1)
            page.goto(report.as_uri())
            page.wait_for_selector("html[data-ready='1']")
            written.append(out / "report-first-screen.png")
            page.screenshot(path=str(written[-1]))

            row = page.locator("tr[data-claim]", has=page.locator(".codes", has_text=CLAIM)).first
            row.locator("details summary").click()
            row.scroll_into_view_if_needed()
            head = page.locator("#claims table.claims thead").first.bounding_box()
            box = row.bounding_box()
            assert head and box
            page.evaluate(f"window.scrollBy(0, {head['y'] - 10})")
            head = page.locator("#claims table.claims thead").first.bounding_box()
            box = row.bounding_box()
            assert head and box
            top = head["y"] - 8
            written.append(out / "report-claim.png")
            page.screenshot(path=str(written[-1]), clip={"x": 0, "y": top, "width": WIDTH,
                                                          "height": min(HEIGHT - top, box["y"] + box["height"] - top + 8)})  # fmt: skip

            for section in ("timeline", "network"):
                written.append(out / f"report-{section}.png")
                page.locator(f"#{section}").screenshot(path=str(written[-1]))
        finally:
            browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=None, help="a store to picture (default: the caucasus corpus, analysed now)")
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    args = ap.parse_args(argv)
    if not CHROMIUM.exists():
        raise SystemExit(f"no Chromium at {CHROMIUM} (make browser)")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or build_store(Path(tmp))
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            html, _ = render_report(conn, title="Caucasus: five sources", store_name=db.name)
        finally:
            conn.close()
        report = Path(tmp) / "report.html"
        report.write_text(html, encoding="utf-8")
        for path in shoot(report, args.out):
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
