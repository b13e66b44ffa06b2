"""The report: one self-contained HTML file (scripts, styles, data and base map inline; no network).

It shows the story at a glance, a timeline, a map, the actor network, the claims, each source's tone toward
each actor, and the sources side by side. For a large store it aggregates (the charts count every event),
lists the first documents and the most reported claims, and includes the full text of the documents with
the most events; it says so wherever it leaves something out.
"""

from __future__ import annotations

import base64
import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TextIO

from markupsafe import Markup

from rashomon.report.index import EventIndex
from rashomon.report.render import Links, environment, static_text
from rashomon.report.story import DocumentView, Limits, document_view, story


@dataclass(frozen=True, slots=True)
class ReportStats:
    documents: int
    documents_with_text: int
    events: int
    claims_shown: int
    bytes: int


REPORT_LIMITS = Limits(timeline=400, places=400, nodes=30, edges=120, claims=300, sources=500, sample=4)


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _busiest_documents(conn: sqlite3.Connection, n: int) -> list[int]:
    ids = [r[0] for r in conn.execute(
        "SELECT document_id FROM events GROUP BY document_id ORDER BY count(*) DESC, document_id LIMIT ?", (n,))]  # fmt: skip
    if len(ids) < n:
        have = set(ids)
        ids += [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id LIMIT ?", (n + len(have),))
                if r[0] not in have][: n - len(ids)]  # fmt: skip
    return sorted(ids)


def render_report(
    conn: sqlite3.Connection, title: str | None = None, store_name: str = "", texts: int = 12
) -> tuple[str, ReportStats]:
    """The report's HTML for the store behind ``conn``, with the full text of ``texts`` documents."""
    index = EventIndex.build(conn)
    s = story(conn, index, limits=REPORT_LIMITS)
    documents: list[DocumentView] = [v for d in _busiest_documents(conn, texts) if (v := document_view(conn, d))]
    events = dict(s.events)
    for d in documents:
        events.update(d.events)
    css, js = static_text("views.css"), static_text("views.js")
    csp = (f"default-src 'none'; script-src {_sha256(js)}; style-src {_sha256(css)}; img-src data:; "
           "base-uri 'none'; form-action 'none'")  # fmt: skip
    overview = s.overview
    html = environment().get_template("report.html").render(
        story=s,
        documents=documents,
        events=events,
        links=Links(app=False),
        title=title or f"{overview.documents:,} document(s) from {overview.outlets:,} source(s)",
        store_name=store_name,
        written=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        css=Markup(css),  # our own files: trusted, and raw text inside <style> and <script>
        js=Markup(js),
        csp=csp,
    )
    stats = ReportStats(overview.documents, len(documents), overview.events, len(s.claims), len(html.encode("utf-8")))
    return html, stats


def write_report(conn: sqlite3.Connection, out: TextIO, title: str | None = None, store_name: str = "",
                 texts: int = 12) -> ReportStats:  # fmt: skip
    html, stats = render_report(conn, title, store_name, texts)
    out.write(html)
    return stats


__all__ = ["ReportStats", "render_report", "write_report"]
