from rashomon.examine.claims import build_claim, status
from rashomon.examine.figures import differ, figures
from rashomon.examine.link import cluster
from rashomon.examine.origins import name_key, origin, statements
from rashomon.records import SegmentKind

from .helpers import ref, source

A, B, C, D = "a" * 64, "b" * 64, "c" * 64, "d" * 64
SOURCES = {
    A: source(A, "Iranwire", published="2020-10-04"),
    B: source(B, "The Cradle", published="2021-10-01"),
    C: source(C, None, syndicated_from="The Cradle", published="2021-10-02"),
    D: source(D, None, authors=("Nurit Greenger",)),
}


def claim_of(*events):
    (key, group), *rest = cluster(events)
    assert not rest, rest
    return build_claim(key, group, SOURCES)


def test_origins_are_outlets_speakers_commenters_and_syndication_resolves_to_the_original():
    assert origin(ref("SUPPORT", ("IRN",), ("ARM",), "x", document=A), SOURCES[A]) == "outlet:iranwire"
    assert origin(ref("SUPPORT", ("IRN",), ("ARM",), "x", document=C), SOURCES[C]) == "outlet:cradle"
    assert origin(ref("SUPPORT", ("IRN",), ("ARM",), "x", document=D), SOURCES[D]) == "author:nuritgreenger"
    quoted = ref("AID", ("IRN",), ("ARM",), "x", document=A, holder="speaker", speaker="IRNGOV")
    assert origin(quoted, SOURCES[A]) == "speaker:IRNGOV"
    comment = ref("AID", ("IRN",), ("ARM",), "x", document=B, segment_kind=SegmentKind.COMMENT, comment=7)
    assert origin(comment, SOURCES[B]) == f"commenter:{B[:12]}#7"
    assert name_key("www.TheCradle.co") == name_key("The Cradle") == "cradle"


def test_asserted_by_one_and_denied_by_another_is_contested_with_the_denial_as_a_conflict():
    said = ref("SUPPORT", ("IRN",), ("ARM",), "It is no secret that Tehran backs Armenia.", document=D)
    reported = ref(
        "AID", ("IRNGOV",), ("ARM",), "Iran supplied fuel to Armenia, the report said.", document=A
    )
    denied = ref("AID", ("IRNGOV",), ("ARM",), "The foreign ministry denied giving Armenia military aid.",
                 document=A, holder="speaker", speaker="IRNGOV", modality="denied")  # fmt: skip
    claim = claim_of(said, reported, denied)
    assert claim.status == "contested"
    assert claim.label == "IRN backs ARM" and claim.source == "IRN"
    assert claim.asserting == {"author:nuritgreenger", "outlet:iranwire"}
    assert claim.denying == {"speaker:IRNGOV"}
    assert [k.kind for k in claim.conflicts] == ["denial"]
    denial = next(s for s in claim.statements if s.stance == "denies")
    assert denial.text.startswith("The foreign ministry denied") and denial.modality == "denied"


def test_a_denial_of_a_proposition_missing_a_side_does_not_make_it_contested():
    said = ref("SUPPORT", ("IRN",), (), "Iran has always backed its friends.", document=D)
    also = ref("AID", ("IRNGOV",), (), "Tehran sent aid, the report said.", document=A)
    denied = ref("SUPPORT", ("IRN",), (), "The Guards do not forgive.", document=B, modality="denied")
    claim = claim_of(said, also, denied)
    assert claim.target is None and claim.status == "corroborated"
    assert claim.denying == {"outlet:cradle"}, "the denial is kept as a statement"
    assert not [k for k in claim.conflicts if k.kind == "denial"]


def test_a_syndicated_copy_or_a_repeated_sentence_does_not_corroborate():
    text = "Azerbaijan's army shelled Iranian border posts near Jolfa for the second day running."
    original = ref("ASSAULT", ("AZEMIL",), ("IRN",), text, document=B)
    copy = ref("ASSAULT", ("AZEMIL",), ("IRN",), text, document=C)
    claim = claim_of(original, copy)
    assert claim.status == "single-source"
    assert [s.independent for s in claim.statements] == [True, False]
    repeated = ref("ASSAULT", ("AZEMIL",), ("IRN",), text, document=A)
    claim = claim_of(original, repeated)
    assert claim.status == "single-source", "the same sentence in another outlet is a copy, not a witness"
    other = ref("ASSAULT", ("AZE",), ("IRN",), "Iranian posts came under Azerbaijani fire, residents said.",
                document=A)  # fmt: skip
    assert claim_of(original, other).status == "corroborated"


def test_a_commenter_quoting_the_article_is_not_a_second_source():
    body = ref("THREATEN", ("IRN",), ("AZE",), "Iran warned Baku that it would not tolerate Israeli bases.",
               document=B, start=10)  # fmt: skip
    quoting = ref("THREATEN", ("IRN",), ("AZE",), "You wrote: Iran warned Baku that it would not tolerate "
                  "Israeli bases. Nonsense.", document=B, segment_kind=SegmentKind.COMMENT, comment=3, start=900)  # fmt: skip
    claim = claim_of(body, quoting)
    assert [s.independent for s in claim.statements] == [True, False]
    assert claim.status == "single-source"


def test_conflicts_of_date_figure_and_place_between_sources():
    a = ref("ASSAULT", ("AZE",), ("ARM",), "Azerbaijani drones killed 12 soldiers near Lachin on 1 October.",
            document=A, date="2020-10-01", precision="day", place="Lachin", lat=39.63, lon=46.55)  # fmt: skip
    b = ref("ASSAULT", ("AZE",), ("ARM",), "Azerbaijani drones killed 40 soldiers near Lachin on 2 October.",
            document=B, date="2020-10-02", precision="day", place="Yerevan", lat=40.18, lon=44.51)  # fmt: skip
    claim = claim_of(a, b)
    kinds = sorted(k.kind for k in claim.conflicts)
    assert kinds == ["date", "figure", "place"]
    figure = next(k for k in claim.conflicts if k.kind == "figure")
    assert (figure.detail["a"], figure.detail["b"]) == ("12 soldiers", "40 soldiers")


def test_status_rules():
    s = statements([ref("SUPPORT", ("IRN",), ("ARM",), "Iran backs Armenia.", document=A)], SOURCES)
    assert status(s) == "single-source"
    assert status([]) == "single-source"


def test_figures_compare_like_with_like():
    (deal,) = figures("a $30 million arms deal")
    (other,) = figures("arms worth 300 million dollars")
    assert deal.measure == "money" and deal.value == 30e6 and differ(deal, other)
    (km,) = figures("a strip of ground (3.5km wide)")
    assert (km.measure, km.value) == ("distance", 3.5) and not differ(km, deal)
    assert figures("In 2020 someone often said ten times") == []


def test_two_events_of_one_sentence_are_one_statement():
    text = "Armenia violated the ceasefire, hitting Ganja and Barda with rockets."
    violated = ref("ASSAULT", ("ARM",), ("AZE",), text, document=A, cameo="196")
    hitting = ref("ASSAULT", ("ARM",), ("AZE",), text, document=A, cameo="190")
    claim = claim_of(violated, hitting)
    assert [s.event for s in claim.statements] == [violated.id]
    assert claim.status == "single-source"
    quoted = ref("ASSAULT", ("ARM",), ("AZE",), text, document=A, holder="speaker", speaker="AZEGOV")
    assert len(claim_of(violated, hitting, quoted).statements) == 2, "another speaker is another statement"


def test_a_claims_place_is_its_statements_place_only_where_they_agree():
    def at(doc, place, lat, lon):
        return ref("SUPPORT", ("IRN",), ("ARM",), f"Iran backs Armenia, it was said in {place}.", document=doc,
                   place=place, lat=lat, lon=lon, place_country="AZE")  # fmt: skip

    # Baku twice, and a suburb 12 km away: they agree, the most common wins
    near = claim_of(
        at(A, "Baku", 40.38, 49.89), at(B, "Baku", 40.38, 49.89), at(D, "Khirdalan", 40.45, 49.76)
    )
    assert (near.place, near.lat, near.lon) == ("Baku", 40.38, 49.89)
    # Baku and Armenia, 450 km apart: no place at all, never the first or the most common
    apart = claim_of(at(A, "Baku", 40.38, 49.89), at(B, "Baku", 40.38, 49.89), at(D, "Armenia", 40.31, 45.04))
    assert apart.place is None and apart.lat is None and apart.lon is None and apart.place_country is None
    # statements that give no place do not place it
    unplaced = claim_of(ref("SUPPORT", ("IRN",), ("ARM",), "Iran backs Armenia.", document=A))
    assert unplaced.place is None


def test_statements_on_the_same_route_agree_on_its_place():
    border = (
        (38.87, 46.53),
        (39.37, 47.35),
        (39.70, 48.00),
        (38.90, 48.24),
        (38.43, 48.87),
    )  # Azerbaijan-Iran

    def on(doc, place, lat, lon, line=None):
        return ref("MOBILIZE", ("IRN",), ("AZE",), f"Iran held drills, it was said at {place}.", document=doc,
                   place=place, lat=lat, lon=lon, place_line=line)  # fmt: skip

    # the border twice, and Agbend by the Aras, on its line though 130 km from its middle: the border
    along = claim_of(on(A, "Azerbaijan–Iran border", 39.62, 47.86, border),
                     on(B, "Azerbaijan–Iran border", 39.62, 47.86, border), on(D, "Agbend", 38.87, 46.58))  # fmt: skip
    assert along.place == "Azerbaijan–Iran border" and along.place_line == border
    assert not [c for c in along.conflicts if c.kind == "place"]
    # Tabriz, 90 km from the nearest point of the border: no place, and a conflict of detail between sources
    off = claim_of(on(A, "Azerbaijan–Iran border", 39.62, 47.86, border), on(B, "Tabriz", 38.08, 46.29))
    assert off.place is None and off.place_line is None
