"""The cross-examination of the five caucasus articles (read from ../shared at test time)."""

from __future__ import annotations

from rashomon.store.examine import load_claims, load_sources


def test_iran_backing_armenia_is_contested_with_every_statement_evidenced(caucasus_store):
    claim = max((c for c in load_claims(caucasus_store) if c.label == "IRN backs ARM"), key=lambda c: len(c.statements))
    assert claim.status == "contested"
    sources = load_sources(caucasus_store)
    texts = {d.content_hash: d.text for _, d in caucasus_store.documents()}
    outlets = {sources[s.document].outlet or sources[s.document].authors[0] for s in claim.statements
               if s.stance == "asserts" and s.segment_kind != "comment"}  # fmt: skip
    # asserted in the opinion pieces and reported by Iranwire
    assert {"Nurit Greenger", "Israel Today", "Iranwire"} <= outlets
    # denied by Iran's foreign ministry (quoted by Iranwire) and by readers
    assert "speaker:IRNGOV" in claim.denying
    assert any(s.stance == "denies" and s.segment_kind == "comment" for s in claim.statements)
    assert any(k.kind == "denial" and k.detail["denied_by"] == "speaker:IRNGOV" for k in claim.conflicts)
    # its statements are told at Baku, in Armenia and in Iran, hundreds of km apart: it has no place
    assert claim.place is None
    for s in claim.statements:
        assert texts[s.document][s.start : s.end] == s.text
        assert s.modality in ("asserted", "denied", "disputed", "hedged", "planned", "hypothetical", "asked")


def test_claims_come_contested_first_and_every_event_with_two_actors_is_in_a_claim(caucasus_store):
    claims = load_claims(caucasus_store)
    ranks = [("contested", "corroborated", "single-source").index(c.status) for c in claims]
    assert ranks == sorted(ranks)
    linked = {r[0] for r in caucasus_store.conn.execute("SELECT event_id FROM cluster_events")}
    stated = {s.event for c in claims for s in c.statements}
    assert stated <= linked
    assert all(
        len({(s.document, s.start, s.end, s.speaker, s.modality) for s in c.statements}) == len(c.statements)
        for c in claims
    ), "one sentence, one statement"
    rows = caucasus_store.conn.execute(
        "SELECT e.id FROM events e WHERE EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id "
        "AND a.code IS NOT NULL)"
    ).fetchall()
    assert {r[0] for r in rows} <= linked
