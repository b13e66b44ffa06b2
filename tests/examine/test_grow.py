"""Growing an undated claim with added events gives the claim that weighing all its events at once gives,
when an added statement comes first among those saying the same sentence, when a reader quotes the article
above, when one sentence codes two events, and when an added event is of a document with held ones."""

from rashomon.examine.claims import build_claim
from rashomon.examine.grow import Stored, grown_claim
from rashomon.examine.link import cluster
from rashomon.examine.stage import block_of, piece
from rashomon.records import Claim, EventRef, SegmentKind

from .helpers import ref, source

A, B, C, D, E = "a" * 64, "b" * 64, "c" * 64, "d" * 64, "e" * 64
SOURCES = {
    A: source(A, "Iranwire", published="2021-03-01"),
    B: source(B, "The Cradle", published="2021-05-01"),
    C: source(C, "Azatutyun", published="2020-01-01"),  # added: earlier than every held document
    D: source(D, None, authors=("Nurit Greenger",), published="2021-04-01"),
    E: source(E, "News.am"),  # added: no publication date, read last
}
WIRE = "Azerbaijan shelled the villages of the region again on Sunday night, the ministry said."
OTHER = "Azerbaijani forces attacked positions along the whole line of contact."


def _stored(claim: Claim) -> dict[int, Stored]:
    """What the store keeps of a claim's events (as the writer stores them)."""
    return {e: Stored(s.stance, s.origin, s.independent and e == s.event) for s in claim.statements
            for e in (s.event, *s.also)}  # fmt: skip


def _grow(held: list[EventRef], added: list[EventRef]) -> tuple[Claim, Claim]:
    ((key, group),) = cluster(held)
    assert piece(group) == "undated"
    before = build_claim(key, group, SOURCES)
    ((key2, whole),) = cluster([*held, *added])
    assert key2 == key
    grown = grown_claim(block_of(key), 0, group, _stored(before), added, SOURCES)
    assert grown.piece == "undated" and grown.block == block_of(key)
    return grown.claim, build_claim(key, whole, SOURCES)


def test_an_added_statement_earlier_than_its_sentence_s_first_makes_the_held_one_a_copy():
    held = [ref("ASSAULT", ("AZE",), (), WIRE, document=A, id=10),
            ref("ASSAULT", ("AZEMIL",), (), WIRE, document=B, id=11),
            ref("ASSAULT", ("AZE",), (), OTHER, document=D, id=12)]  # fmt: skip
    added = [ref("ASSAULT", ("AZE",), (), WIRE, document=C, id=20)]
    grown, whole = _grow(held, added)
    assert grown == whole
    first = next(s for s in grown.statements if s.event == 10)
    assert (first.independent, first.origin) == (False, "outlet:azatutyun")  # the held first is now a copy


def test_a_reader_quoting_the_article_and_two_events_of_one_sentence_grow_as_they_weigh():
    held = [ref("ASSAULT", ("AZE",), (), WIRE, document=A, id=30),
            ref("ASSAULT", ("AZE",), (), OTHER, document=B, id=31),
            ref("ASSAULT", ("AZE",), (), f"As the article says: {WIRE}", document=B, id=32,
                segment_kind=SegmentKind.COMMENT, comment=3, start=400, end=490),
            ref("ASSAULT", ("AZEMIL",), (), OTHER, document=B, id=33)]  # fmt: skip
    added = [ref("ASSAULT", ("AZE",), (), OTHER, document=E, id=40),
             ref("ASSAULT", ("AZE",), (), f"Readers quote it: {OTHER}", document=E, id=41,
                 segment_kind=SegmentKind.COMMENT, comment=1, start=300, end=380),
             ref("ASSAULT", ("AZE",), (), WIRE, document=C, id=42, modality="denied"),
             ref("ASSAULT", ("AZE",), (), "Shelling.", document=C, id=43, start=200, end=209)]  # fmt: skip
    grown, whole = _grow(held, added)
    assert grown == whole
    assert any(s.also for s in grown.statements)  # events 31 and 33 are one statement
    assert grown.statements[0].event in {42, 43}  # the earliest document reads first


def test_a_claim_grown_from_nothing_is_the_added_events_weighed():
    added = [ref("ASSAULT", ("AZE",), (), WIRE, document=A, id=50), ref("ASSAULT", ("AZE",), (), WIRE, document=B, id=51)]
    ((key, group),) = cluster(added)
    grown = grown_claim(block_of(key), 2, [], {}, added, SOURCES)
    assert grown.claim == build_claim(key, group, SOURCES)
    assert grown.order.endswith("\x01000000002")  # after the block's two other groups


def test_an_added_event_of_a_document_with_held_ones_joins_their_statement():
    held = [ref("ASSAULT", ("AZE",), (), OTHER, document=A, id=60), ref("ASSAULT", ("AZE",), (), WIRE, document=B, id=61)]
    added = [ref("ASSAULT", ("AZEMIL",), (), OTHER, document=A, id=70)]  # the same sentence of A, another event
    grown, whole = _grow(held, added)
    assert grown == whole
    assert next(s for s in grown.statements if s.event == 60).also == (70,)
