"""The app through starlette's test client: every page and API route, errors without tracebacks, no writes."""

from __future__ import annotations

import hashlib
import io
import json
import re

import pytest
from markupsafe import Markup
from starlette.testclient import TestClient

from rashomon.export import get_exporter
from rashomon.store import Store
from rashomon.web import prepare_search
from rashomon.web.app import create_app


@pytest.fixture(scope="module")
def client(examined_db):
    app = create_app(examined_db, prepare_search(examined_db))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_page_answers_and_links_resolve(client, examined_db):
    before = _digest(examined_db)
    index = client.get("/")
    assert index.status_code == 200 and 'id="timeline-svg"' in index.text and 'class="mark tl-item' in index.text
    assert index.headers["content-security-policy"].startswith("default-src 'none'")
    links = set(re.findall(r'href="(/(?:events|claims|actors|documents)/[^"#]+)', index.text))
    assert any(x.startswith("/claims/") for x in links) and any(x.startswith("/documents/") for x in links)
    for link in sorted(links)[:40]:
        assert client.get(link).status_code == 200, link
    for url in ("/events", "/events?actor=IRN&event=SUPPORT", "/claims", "/claims?status=contested", "/actors",
                "/actors/IRN", "/documents", "/documents?source=Iranwire", "/search?q=karabakh",
                "/?date_from=2020-01&date_to=2020-12&modality=asserted", "/?status=contested", "/?source=Iranwire"):  # fmt: skip
        r = client.get(url)
        assert r.status_code == 200, url
    assert _digest(examined_db) == before, "the app never writes to the store"


def test_event_page_shows_its_evidence_in_its_document(client, examined_db):
    store = Store(examined_db, readonly=True)
    event_id, start, end, doc = store.conn.execute(
        "SELECT e.id, e.sentence_start, e.sentence_end, d.text FROM events e JOIN documents d ON d.id = e.document_id "
        "WHERE e.segment_kind = 'comment' LIMIT 1").fetchone()  # fmt: skip
    store.close()
    page = client.get(f"/events/{event_id}").text
    sentence = doc[start:end]
    assert 'id="evidence-sentence"' in page and f'id="e{event_id}"' in page
    words = re.findall(r"\w{5,}", sentence)[:3]
    assert all(w in page for w in words)
    assert "reader comment" in page


def test_search_finds_words_in_comments_and_marks_them(client):
    r = client.get("/search", params={"q": "zionist", "part": "article"})
    assert r.status_code == 200 and '<mark class="hit">' in r.text
    everywhere = client.get("/api/search", params={"q": "iran"}).json()
    assert everywhere["total"] == 5
    # FTS5 syntax typed by a user is taken as words, never an error
    for q in ('AND OR NOT', '"unclosed', "NEAR(a b)", "col:x", "*", "a' OR '1'='1", "^iran"):
        assert client.get("/search", params={"q": q}).status_code == 200, q
    assert client.get("/search", params={"q": "x" * 400}).status_code == 400


def test_api_serves_the_export_formats(client, examined_db):
    store = Store(examined_db, readonly=True)
    for what, fmt in (("events", "plover-jsonl"), ("events", "geojson"), ("network", "graphml"), ("documents", "csv")):
        buf = io.StringIO()
        get_exporter(what, fmt)(store, buf)
        r = client.get(f"/api/export/{what}/{fmt}")
        assert r.status_code == 200 and r.text == buf.getvalue(), (what, fmt)
        assert "attachment" in r.headers["content-disposition"]
    parquet = client.get("/api/export/events/parquet")
    assert parquet.status_code == 200 and parquet.content[:4] == b"PAR1"
    store.close()
    assert client.get("/api/export/events/xml").status_code == 400
    events = client.get("/api/events", params={"actor": "IRN", "limit": 5}).json()
    assert events["total"] > 10 and len(events["events"]) == 5
    assert all(any(a["code"] and a["code"].startswith("IRN") for a in e["source"] + e["target"]) for e in events["events"])
    one = client.get(f"/api/events/{events['events'][0]['event_id']}").json()
    assert one["provenance"]["document"] and one["text"]
    geo = client.get("/api/map").json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    lines = {f["properties"]["name"]: f["geometry"]["coordinates"] for f in geo["features"]
             if f["geometry"]["type"] == "LineString"}  # fmt: skip
    assert "Azerbaijan–Iran border" in lines and all(len(c) >= 2 for c in lines.values()), "routes are lines"
    net = client.get("/api/network").json()
    assert net["nodes"] and net["edges"]
    claims = client.get("/api/claims", params={"status": "contested"}).json()
    assert claims["total"] >= 1
    claim = client.get(f"/api/claims/{claims['claims'][0]['id']}").json()
    # both sides, beside any statement that only weighs it ("could be", "if")
    assert {"asserts", "denies"} <= {s["stance"] for s in claim["statements"]} and claim["conflicts"]
    assert client.get("/api/overview").json()["examined"] is True
    assert json.loads(client.get("/api/evidence?ids=1,2,999999").text).keys() == {"1", "2"}


@pytest.mark.parametrize("url", ["/nope", "/events/999999", "/claims/999999", "/documents/0", "/actors/ZZZ",
                                 "/static/app.py", "/static/../web/app.py", "/static/%2e%2e/%2e%2e/etc/passwd",
                                 "/static/..%2Fapp.py", "/../../etc/passwd", "/api/events/999999", "/api/nope"])  # fmt: skip
def test_missing_things_get_a_404_page_never_a_traceback(client, url):
    r = client.get(url)
    assert r.status_code == 404, url
    assert "Traceback" not in r.text and "rashomon/" not in r.text and "root:" not in r.text


@pytest.mark.parametrize("url", ["/?date_from=yesterday", "/?actor=IRN'%20OR%201=1--", "/events?page=0",
                                 "/events?page=abc", "/?status=all", "/api/events?limit=100000", "/api/evidence?ids=1;2"])  # fmt: skip
def test_bad_parameters_get_a_400_naming_them(client, url):
    r = client.get(url)
    assert r.status_code == 400 and "Traceback" not in r.text


def test_read_only_and_bounded(client):
    assert client.post("/").status_code == 405
    assert client.delete("/api/events/1").status_code == 405
    assert client.get("/?q=" + "x" * 5000).status_code == 414
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400, "DNS rebinding is refused"
    # a source name with SQL in it is a value, not SQL
    assert client.get("/documents", params={"source": "x' OR '1'='1"}).status_code == 200


def test_a_missing_or_foreign_file_is_a_clear_error(tmp_path):
    from rashomon.errors import StoreError

    with pytest.raises(StoreError, match="no such store"):
        create_app(tmp_path / "missing.db")
    notes = tmp_path / "notes.db"
    notes.write_text("hello")
    with pytest.raises(StoreError, match="not a SQLite database"):
        create_app(notes)


def test_views_work_before_the_examine_stage(caucasus_db):
    with TestClient(create_app(caucasus_db), raise_server_exceptions=False) as c:
        page = c.get("/")
        assert page.status_code == 200 and "No claims yet" in page.text
        assert c.get("/search?q=iran").status_code == 200  # no index: says so, does not fail
        assert c.get("/claims").status_code == 200


def test_the_app_sees_a_store_that_changes(tmp_path, examined_db):
    from tests.report.stores import copy_store

    db = copy_store(examined_db, tmp_path / "live.db")
    app = create_app(db)
    with TestClient(app) as c:
        first = c.get("/api/overview").json()["documents"]
        store = Store(db)
        store.conn.execute("DELETE FROM documents WHERE id = (SELECT max(id) FROM documents)")
        store.conn.execute("INSERT INTO runs (started_at, status, version, inputs, options) VALUES ('x', 'completed', 'x', '[]', '{}')")
        store.close()
        app.state.site._checked = 0.0
        assert c.get("/api/overview").json()["documents"] == first - 1


def test_list_routes_for_actors_and_documents(client, examined_db):
    actors = client.get("/api/actors").json()
    assert actors["total"] > 10 and actors["page"] == 1
    counts = [a["events"] for a in actors["actors"]]
    assert counts == sorted(counts, reverse=True) and counts[0] > 5
    by_code = {a["code"]: a for a in actors["actors"]}
    assert by_code["IRN"]["name"] == "Iran"
    assert client.get("/api/actors", params={"page": 999}).json()["actors"] == []
    docs = client.get("/api/documents").json()
    assert docs["total"] == 5 and len(docs["documents"]) == 5
    assert {"id", "title", "outlet", "published", "events", "label"} <= set(docs["documents"][0])
    one = client.get("/api/documents", params={"source": "Iranwire"}).json()
    assert one["total"] == 1 and one["documents"][0]["outlet"] == "Iranwire"
    listed = client.get("/api/").json()["routes"]
    assert any(r.startswith("/api/actors?") for r in listed) and any(r.startswith("/api/documents?") for r in listed)


def test_actor_page_reads_as_sentences(client):
    text = re.sub(r"<[^>]+>", "", client.get("/actors/IRN").text)
    assert re.search(r"target of \d+\. ", text) and not re.search(r"\.[A-Z]", text.split("Named as")[0].split("target of")[1])


def test_api_claims_carry_their_words(client):
    claims = client.get("/api/claims", params={"status": "contested"}).json()["claims"]
    iran = next(c for c in claims if c["codes"] == "IRN → ARM · SUPPORT")
    assert iran["words"] == "Iran backs Armenia" and iran["complete"] and iran["place"] is None
    one = client.get(f"/api/claims/{iran['id']}").json()
    assert one["words"] == "Iran backs Armenia" and len(one["statements"]) >= 10


EXTREME_IDS = ("0", "1", str(2**63 - 1), str(2**63), str(2**64), "9" * 40, "9" * 5000, "00000000000000000000001")
EXTREME_VALUES = ("0", "-1", str(2**63), "9" * 1900, "9" * 5000, "1e9", "abc", "", "%00", "\u0661")
QUERY_NAMES = ("page", "claims_page", "incomplete_page", "limit", "nodes", "edges", "ids", "q", "source", "actor",
               "event", "date_from", "date_to", "status", "modality", "part")


def _paths(route_path: str) -> list[str]:
    """Every route's path with each of the extreme values in its parameter (or as is, when it has none)."""
    if "{id:rowid}" in route_path:
        return [route_path.replace("{id:rowid}", v) for v in EXTREME_IDS]
    if "{code:str}" in route_path:
        return [route_path.replace("{code:str}", v) for v in ("IRN", "x" * 300, "%00", "..", "0")]
    if "{name:str}" in route_path:
        return [route_path.replace("{name:str}", v) for v in ("views.css", "x" * 300)]
    if "{what:str}/{fmt:str}" in route_path:
        return [route_path.replace("{what:str}/{fmt:str}", v) for v in ("events/nope", "nope/csv", "x" * 300 + "/y")]
    assert "{" not in route_path, f"a new kind of path parameter in {route_path}: add its extreme values here"
    return [route_path]


def test_every_route_with_extreme_values_answers_without_a_server_error(client, examined_db):
    from starlette.routing import Route

    routes = [r.path for r in client.app.routes if isinstance(r, Route)]
    assert len(routes) >= 25
    checked = 0
    for path in routes:
        for k, url in enumerate(_paths(path)):
            r = client.get(url)
            assert r.status_code in (200, 400, 404), (url[:80], r.status_code, r.text[:200])
            assert "Traceback" not in r.text and "OverflowError" not in r.text
            checked += 1
            if k or path.startswith("/api/export"):
                continue  # parameters on one path per route; the export routes take none
            for name in QUERY_NAMES:
                for value in EXTREME_VALUES:
                    r = client.get(url, params={name: value})
                    assert r.status_code in (200, 400, 404, 414), (url[:80], name, value[:20], r.status_code, r.text[:200])
                    checked += 1
    assert checked > 1500
    # beyond SQLite's range an id names nothing: a 404 like any missing id, in the page and the API
    for what in ("events", "claims", "documents"):
        for prefix in ("", "/api"):
            r = client.get(f"{prefix}/{what}/{2**63}")
            assert r.status_code == 404, (prefix, what, r.status_code)
    assert client.get(f"/api/evidence?ids=1,{2**63},{-2**70}").status_code == 200


def test_an_actor_page_draws_its_charts_without_reading_the_story_around_them(examined_db, monkeypatch):
    """An actor's page shows its tone, partners, timeline and events: at 100,000 documents reading the
    story (claims with their statements and evidence, sources, map, tone) around them took most of its time."""
    import rashomon.web.app as web

    def no_story(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the actor page read a whole story")

    monkeypatch.setattr(web, "story", no_story)
    with TestClient(create_app(examined_db), raise_server_exceptions=True) as c:
        page = c.get("/actors/IRN")
    assert page.status_code == 200
    assert 'id="network-svg"' in page.text and 'id="timeline-svg"' in page.text and "class=\"mark tl-item" in page.text


def test_first_page_claim_rows_are_rendered_once_per_state_of_the_store(tmp_path, examined_db):
    from tests.report.stores import copy_store

    db = copy_store(examined_db, tmp_path / "rows.db")
    app = create_app(db)
    site = app.state.site
    with TestClient(app) as c:
        first = c.get("/").text
        rows = re.findall(r'<tr id="claim(\d+)"', first)
        assert rows
        state = site.state()
        kept = state.rows.get_many([int(i) for i in rows])
        assert set(kept) == {int(i) for i in rows}, "each claim's row is kept once rendered"
        assert all(str(html) in first for html in kept.values())
        # another page listing the same claims uses the kept rows, and the page is the one rendered afresh
        site._cache.clear()  # the story is made again; the rows stay
        marked = int(rows[0])
        state.rows.put_many({marked: Markup(str(kept[marked]).replace("</tr>", "<!-- kept --></tr>", 1))})
        assert "<!-- kept -->" in c.get("/").text
        state.rows.put_many({marked: kept[marked]})
        site._cache.clear()
        assert c.get("/").text == first
        # the store changes under the app: the rows of the old state are not shown any more
        store = Store(db)
        store.conn.execute("UPDATE clusters SET mentions = mentions + 1000 WHERE id = ?", (marked,))
        store.conn.execute("INSERT INTO runs (started_at, status, version, inputs, options) VALUES ('x', 'completed', 'x', '[]', '{}')")
        store.close()
        site._checked = 0.0
        changed = c.get("/").text
        assert site.state() is not state and "<!-- kept -->" not in changed

        def mentions(page: str) -> int:
            row = re.search(rf'<tr id="claim{marked}".*?<td class="num">(\d+)</td></tr>', page, re.S)
            assert row, marked
            return int(row[1])

        assert mentions(changed) == mentions(first) + 1000
