"""A claim grown from its ledger is the claim weighing all its events gives: when an added document comes
before held statements, when a held statement stops being independent because an added event says its
sentence earlier, when the conflicts of a kind are capped at five pairs, and when ties of type, date or place
are broken by what reads first. When the ledger cannot tell, it says so rather than guess."""

from dataclasses import replace

from rashomon.examine.claims import MAX_CONFLICTS, build_claim
from rashomon.examine.grow import Stored
from rashomon.examine.ledger import Ledger, event_of, grow, ledger_of, reads
from rashomon.examine.link import Key, cluster
from rashomon.examine.origins import statements as make_statements
from rashomon.examine.stage import piece
from rashomon.records import Claim, EventRef

from .helpers import ref, source

DOCS = [f"{c}" * 64 for c in "abcdefghijklmnop"]
OUTLETS = ["Iranwire", "The Cradle", "Azatutyun", "News.am", "Trend", "APA", "Asbarez", "Eurasianet"]
SOURCES = {d: source(d, OUTLETS[i % len(OUTLETS)], published=f"2021-{i % 12 + 1:02d}-{i % 27 + 1:02d}")
           for i, d in enumerate(DOCS)}  # fmt: skip
EARLY = "0" * 64  # added: published before every held document
SOURCES[EARLY] = source(EARLY, "Azatutyun", published="2019-01-01")
LATE = "9" * 64
SOURCES[LATE] = source(LATE, "Civilnet")  # no publication date: read last

WIRE = "Azerbaijan shelled the villages of the region again on Sunday night, the ministry said."
OTHER = "Azerbaijani forces attacked positions along the whole line of contact."
GANJA = dict(place="Ganja", lat=40.68, lon=46.36, place_country="AZE")
YEREVAN = dict(place="Yerevan", lat=40.18, lon=44.51, place_country="ARM")


def _event(doc: str, i: int, text: str = OTHER, **kw) -> EventRef:  # type: ignore[no-untyped-def]
    return ref(kw.pop("event", "ASSAULT"), kw.pop("source", ("AZEMIL",)), kw.pop("target", ("ARM",)), text,
               document=doc, id=i, start=kw.pop("start", 0), **kw)  # fmt: skip


def _grown(held: list[EventRef], added: list[EventRef]) -> tuple[Claim | None, Claim, Ledger | None]:
    """(the claim grown from the held claim's ledger, or None when the ledger cannot tell; the claim weighed
    whole; the grown ledger)."""
    ((key, group),) = cluster(held)
    assert piece(group) == "undated"
    stmts = make_statements(group, SOURCES)
    before = build_claim(key, group, SOURCES)
    kept = Ledger.from_json(ledger_of(key, group, stmts, SOURCES).to_json())  # as the store gives it back
    rows = {e: Stored(s.stance, s.origin, s.independent and e == s.event) for s in before.statements
            for e in (s.event, *s.also)}  # fmt: skip
    needed, redo = reads(kept, added, SOURCES)
    documents = {ev.document for ev in held if ev.id in redo}
    read = [ev for ev in held if ev.id in needed | redo or ev.document in documents]
    ((key2, everything),) = cluster([*held, *added])
    assert key2 == key
    whole = build_claim(key, everything, SOURCES)
    g = grow(key, kept, read, {e: rows[e] for e in redo}, added, SOURCES)
    if g is None:
        return None, whole, None
    # the statements it carries are those added or changed, each as weighing all the events gives it
    by_event = {s.event: s for s in whole.statements}
    assert all(by_event[s.event] == s for s in g.claim.statements)
    assert g.ledger.statements == len(whole.statements)
    assert g.ledger.events == len(everything)
    assert g.ledger.documents == whole.documents
    assert g.speakers == len(whole.asserting | whole.denying)
    assert len(g.ledger.origins["asserts"]) == len(whole.asserting)
    assert g.ledger.outlets() == len({s.origin for s in whole.statements if s.origin.startswith("outlet:")})
    return replace(g.claim, statements=whole.statements), whole, g.ledger


def test_an_added_document_published_before_the_held_ones_becomes_the_claim_s_first():
    held = [_event(DOCS[i], 10 + i, f"{OTHER} Report {i} of the shelling of the border villages.", goldstein=-10.0)
            for i in range(4)]  # fmt: skip
    added = [_event(EARLY, 30, "Armenian villages came under artillery fire from Azerbaijani positions.",
                    goldstein=-7.0, quad_class=3)]  # fmt: skip
    grown, whole, _ = _grown(held, added)
    assert grown == whole
    assert whole.statements[0].event == 30  # the claim's id follows its new first statement
    assert whole.goldstein == round((-10.0 * 4 - 7.0) / 5, 2)


def test_a_held_statement_repeated_earlier_by_an_added_one_stops_being_independent():
    held = [_event(DOCS[0], 10, WIRE, **GANJA), _event(DOCS[1], 11, WIRE, **GANJA),
            _event(DOCS[2], 12, f"{OTHER} Some 40 soldiers were killed.", **YEREVAN),
            _event(DOCS[3], 13, f"{OTHER} Some 12 soldiers were killed.", **GANJA)]  # fmt: skip
    added = [_event(EARLY, 20, WIRE, **YEREVAN)]
    grown, whole, ledger = _grown(held, added)
    assert grown == whole
    first = next(s for s in whole.statements if s.event == 10)
    assert (first.independent, first.origin) == (False, "outlet:azatutyun")
    assert {c.kind for c in whole.conflicts} == {"place", "figure"}
    assert ledger is not None and 10 not in {event_of(o) for o, _, _ in ledger.placed}  # no longer a candidate


def test_conflicts_stay_the_first_five_pairs_when_an_earlier_statement_makes_new_ones():
    held = [_event(DOCS[i], 10 + i, f"Report {i}: {10 * (i + 1)} soldiers were killed near the border line.")
            for i in range(8)]  # fmt: skip
    added = [_event(EARLY, 40, "As many as 500 soldiers were killed near the border line, the ministry said."),
             _event(LATE, 41, "Only 3 soldiers were killed near the border line, the army said.")]  # fmt: skip
    grown, whole, _ = _grown(held, added)
    assert grown == whole
    figures = [c for c in whole.conflicts if c.kind == "figure"]
    assert len(figures) == MAX_CONFLICTS and all(c.event_a == 40 for c in figures)  # the added one reads first


def test_places_conflicting_and_capped_grow_as_they_weigh():
    spots = [GANJA, YEREVAN, dict(place="Stepanakert", lat=39.82, lon=46.75, place_country="AZE")]
    held = [_event(DOCS[i], 10 + i, f"{OTHER} Shells fell on the town, report {i} said.", **spots[i % 3])
            for i in range(9)]  # fmt: skip
    added = [_event(EARLY, 40, f"{OTHER} Shells fell on the capital overnight.", **YEREVAN),
             _event(DOCS[9], 41, f"{OTHER} Shells fell on the town at dawn.", **GANJA)]  # fmt: skip
    grown, whole, _ = _grown(held, added)
    assert grown == whole
    assert sum(c.kind == "place" for c in whole.conflicts) == MAX_CONFLICTS
    assert whole.place is None  # the places disagree


def test_ties_of_type_quad_class_and_date_go_to_what_reads_first():
    said = "Iran has given Armenia help with fuel and food, the ministry said today."
    held = [_event(DOCS[0], 10, f"{said} One.", event="SUPPORT", quad_class=1, date="2021-03-01", precision="publication"),
            _event(DOCS[1], 11, f"{said} Two.", event="AID", quad_class=2, date="2021-04-01", precision="publication")]  # fmt: skip
    added = [_event(EARLY, 20, f"{said} Three.", event="AID", quad_class=2, date="2021-04-01", precision="publication"),
             _event(LATE, 21, f"{said} Four.", event="SUPPORT", quad_class=1, date="2021-03-01", precision="publication")]  # fmt: skip
    grown, whole, _ = _grown(held, added)
    assert grown == whole
    assert (whole.event, whole.quad_class, whole.date) == ("AID", 2, "2021-04-01")  # two each: the added one reads first


def test_ties_of_place_go_to_what_reads_first():
    near = dict(place="Shusha", lat=39.76, lon=46.75, place_country="AZE")
    stepanakert = dict(place="Stepanakert", lat=39.82, lon=46.75, place_country="AZE")
    held = [_event(DOCS[0], 10, f"{OTHER} One.", **stepanakert), _event(DOCS[1], 11, f"{OTHER} Two.", **near)]
    added = [_event(EARLY, 20, f"{OTHER} Three.", **near), _event(LATE, 21, f"{OTHER} Four.", **stepanakert)]
    grown, whole, _ = _grown(held, added)
    assert grown == whole
    assert whole.place == "Shusha"  # two each, within 50 km of each other: the added one reads first


def test_denials_and_a_claim_nobody_asserts_grow_as_they_weigh():
    held = [_event(DOCS[0], 10, f"{OTHER} Denied.", modality="denied"),
            _event(DOCS[1], 11, f"{OTHER} Asked.", modality="asked", **GANJA)]  # fmt: skip
    grown, whole, _ = _grown(held, [_event(DOCS[2], 12, f"{OTHER} Also denied.", modality="disputed")])
    assert grown == whole and whole.status == "single-source"
    grown, whole, _ = _grown(held, [_event(EARLY, 20, f"{OTHER} Asserted.")])
    assert grown == whole and whole.status == "contested"
    assert [c.kind for c in whole.conflicts] == ["denial"]


def test_a_ledger_that_lost_an_origin_s_first_statement_says_so_when_a_denial_needs_it():
    # Iranwire (DOCS[0]) first says WIRE and then OTHER; an earlier outlet repeats WIRE: Iranwire's first
    # assertion is now its later one, which the ledger does not keep
    held = [_event(DOCS[0], 10, WIRE), _event(DOCS[0], 11, OTHER, start=200),
            _event(DOCS[1], 12, f"{OTHER} Denied by the ministry.", modality="denied")]  # fmt: skip
    grown, whole, _ = _grown(held, [_event(EARLY, 20, WIRE)])
    assert grown is None and whole.status == "contested"
    # with no denial to pair, the same change grows
    grown, whole, _ = _grown(held[:2], [_event(EARLY, 20, WIRE)])
    assert grown == whole


def test_the_ledger_reads_back_as_it_was_written():
    held = [_event(DOCS[i], 10 + i, f"{OTHER} Some {i + 2} tanks, report {i}.", **(GANJA if i % 2 else YEREVAN))
            for i in range(5)]  # fmt: skip
    ((key, group),) = cluster(held)
    kept = ledger_of(key, group, make_statements(group, SOURCES), SOURCES)
    assert Ledger.from_json(kept.to_json()) == kept
    assert kept.statements == 5 and len(kept.placed) == 5 and len(kept.counted) == 5
    assert Key("AZE", "assault", "ARM") == key
