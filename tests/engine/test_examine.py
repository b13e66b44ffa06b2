"""The examine runner on awkward stores: empty, one source, no events, a syndication storm; reruns."""

from __future__ import annotations

from rashomon.engine.examine import examine_stored
from rashomon.examine.stage import examine
from rashomon.store.examine import examined, load_claims

from ..examine.helpers import ref, source


def test_an_empty_store_examines_to_nothing_and_says_so(fresh_store):
    assert not examined(fresh_store)
    report = examine_stored(fresh_store)
    assert (report.documents, report.events, report.claims) == (0, 0, 0)
    assert examined(fresh_store)


def test_one_source_gives_single_source_claims_only(tmp_path, fresh_store):
    from rashomon.engine import analyze

    (tmp_path / "one.txt").write_text(
        "Iran warns Azerbaijan\n\nIran warned Azerbaijan on Monday that it would not tolerate foreign troops "
        "on its border. Azerbaijan accused Iran of smuggling fuel to Armenia.\n",
        encoding="utf-8",
    )
    analyze(fresh_store, [tmp_path / "one.txt"])
    claims = load_claims(fresh_store)
    assert claims and {c.status for c in claims} == {"single-source"}
    # a rerun replaces the examination, it does not add to it
    examine_stored(fresh_store)
    assert len(load_claims(fresh_store)) == len(claims)
    rows = fresh_store.conn.execute("SELECT count(*) FROM cluster_events").fetchone()[0]
    assert rows == sum(len(c.statements) for c in claims)


def test_a_denial_that_names_no_target_contests_the_report_it_rejects(tmp_path, fresh_store):
    # written for rashomon after a probe of two reports of our own from opposed capitals: the denial named no
    # villages, so it stated another proposition than the report and contested nothing (it is now aimed at the
    # side whose statement it rejects); and the dateline "BISHKEK, May 3 —" was read as the shelling's doer
    from rashomon.engine import analyze

    (tmp_path / "bishkek.txt").write_text(
        "Border clash\n\nBISHKEK, May 3 — Tajik troops shelled three Kyrgyz villages near Batken on Sunday, "
        "Kyrgyzstan's defence ministry said.\n", encoding="utf-8")  # fmt: skip
    (tmp_path / "dushanbe.txt").write_text(
        "Ministry denies shelling\n\nTajik troops did not shell any villages, the ministry in Dushanbe said, "
        "calling Bishkek's statement a fabrication.\n", encoding="utf-8")  # fmt: skip
    analyze(fresh_store, [tmp_path])
    contested = [c for c in load_claims(fresh_store) if c.status == "contested"]
    assert [(c.source, c.target) for c in contested] == [("TJKMIL", "KGZ")], [(c.label, c.status) for c in load_claims(fresh_store)]


def test_denials_answering_their_accusers_contest_what_they_deny(tmp_path, fresh_store):
    # the same probe: the denier's "its aircraft" and a rejected allegation named by its nationality ("the Greek
    # allegations") had left each denial a proposition of its own
    from rashomon.engine import analyze

    texts = {
        "k.txt": "Strike on hospital\n\nRussian aircraft bombed a hospital in Kharkiv on Wednesday, Ukrainian officials said.\n",
        "m.txt": "Moscow denies\n\nRussia's defence ministry said its aircraft had not carried out any strikes in Kharkiv.\n",
        "g.txt": "Tanker seized\n\nIran's Revolutionary Guards seized a Greek oil tanker in the Gulf on Friday, Greek officials said.\n",
        "t.txt": "Tehran denies\n\nTehran denied that the Revolutionary Guards had seized any foreign tanker, and rejected the Greek allegations.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    analyze(fresh_store, [tmp_path])
    contested = sorted((c.source, c.target) for c in load_claims(fresh_store) if c.status == "contested")
    assert contested == [("IRNMIL", "GRC"), ("RUSMIL", "UKR")], [(c.label, c.status) for c in load_claims(fresh_store)]


def test_documents_without_events_are_sources_that_report_nothing(tmp_path, fresh_store):
    from rashomon.engine import analyze

    (tmp_path / "quiet.txt").write_text("The weather\n\nIt rained all day in the valley.\n", encoding="utf-8")
    analyze(fresh_store, [tmp_path / "quiet.txt"])
    report = examine_stored(fresh_store)
    assert (report.documents, report.events, report.claims) == (1, 0, 0)


def test_a_syndication_storm_is_one_source_and_no_blow_up():
    text = "Azerbaijani forces shelled Iranian border posts near Jolfa on Sunday, the ministry said."
    docs = [f"{i:064d}" for i in range(3000)]
    sources = {d: source(d, f"Outlet {i % 40}", syndicated_from="Wire Service") for i, d in enumerate(docs)}
    events = [ref("ASSAULT", ("AZEMIL",), ("IRN",), text, document=d, date="2021-09-19", precision="day")
              for d in docs]  # fmt: skip
    result = examine(sources, events, {})
    (claim,) = result.claims
    assert claim.status == "single-source"
    assert len(claim.statements) == 3000 and sum(s.independent for s in claim.statements) == 1
    assert claim.conflicts == ()


def test_a_full_examination_in_batches_of_blocks_is_the_whole_one(caucasus_store, tmp_path, monkeypatch):
    """The full pass reads, links and writes a batch of blocks at a time (its memory does not grow with the
    store): batches of a few events give the claims and tones that one pass over every event gives."""
    import io
    import sqlite3

    import rashomon.engine.examine as runner
    from rashomon.export import get_exporter
    from rashomon.store import Store
    from rashomon.store.examine import load_events, load_sources, load_tone_mentions

    def exports(store: Store) -> str:
        buf = io.StringIO()
        for what in ("claims", "framing"):
            get_exporter(what, "jsonl")(store, buf)
        return buf.getvalue()

    target = sqlite3.connect(tmp_path / "copy.db")
    caucasus_store.conn.backup(target)
    target.close()
    store = Store(tmp_path / "copy.db")
    examine_stored(store, full=True)
    whole = exports(store)
    # the pure stage over every event at once: the same claims
    everything = examine(load_sources(store), list(load_events(store)), load_tone_mentions(store))
    claims = store.conn.execute("SELECT claim, status, label FROM clusters ORDER BY claim").fetchall()
    assert [tuple(r) for r in claims] == sorted((c.claim, c.status, c.label) for c in everything.claims)
    seen: list[int] = []
    real = runner.examine_blocks

    def spy(sources, events, blocks):  # type: ignore[no-untyped-def]
        events = list(events)
        seen.append(len(events))
        return real(sources, events, blocks)

    monkeypatch.setattr(runner, "examine_blocks", spy)
    monkeypatch.setattr(runner, "FULL_BATCH", 20)
    report = examine_stored(store, full=True)
    assert report.mode == "full" and report.events == store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert len(seen) > 5 and max(seen) < report.events / 2, seen
    assert exports(store) == whole
    store.close()
