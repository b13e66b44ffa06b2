"""Gold readers on the real gold files, and the runner with fake systems.

The gold sets are read from ../shared/data/gold-dev next to the repository and never copied into it;
where that folder is absent, the tests that need it are skipped and say why. Tests on tiny fixtures
written here run everywhere.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from rashomon.evaluate import gold as g
from rashomon.evaluate import runner as r
from rashomon.evaluate import split

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "data" / "gold-dev"


def gold_file(*parts: str) -> Path:
    path = GOLD.joinpath(*parts)
    if not path.is_file():
        pytest.skip(f"gold file {path} absent (../shared/data/gold-dev is not on this machine)")
    return path


@pytest.fixture
def plover_path() -> Path:
    return gold_file("plover_gsr", "PLOVER_GSR_CAMEO.json")


@pytest.fixture
def case_path() -> Path:
    return gold_file("case2021", "task2.tsv")


@pytest.fixture
def petr_path() -> Path:
    return gold_file("petrarch2_unittest", "PETR.UnitTest.records.xml")


@pytest.fixture
def lgl_path() -> Path:
    return gold_file("geoparsing", "lgl.xml")


@pytest.fixture
def geovirus_path() -> Path:
    return gold_file("geoparsing", "GeoVirus.xml")


# --- fake systems ---------------------------------------------------------------------------------


def actor_dicts(actors: tuple[g.Actor, ...]) -> list[dict[str, Any]]:
    return [{"actorText": a.text, "code": a.code, "sector": a.sector} for a in actors]


def plover_oracle(gold: g.GoldSet[g.PloverRecord]) -> r.EventCoder:
    by_id = {rec.id: rec for rec in gold}

    def coder(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
        out = []
        for iid, text, _ in items:
            rec = by_id[iid]
            assert rec.text == text
            out.append(
                [
                    {
                        "event": rec.event,
                        "mode": rec.mode,
                        "context": list(rec.context),
                        "source": actor_dicts(rec.source),
                        "target": actor_dicts(rec.target),
                    }
                ]
            )
        return out

    return coder


def empty_coder(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
    return [[] for _ in items]


def empty_geoparser(text: str) -> list[dict[str, Any]]:
    return []


def geo_oracle(gold: g.GoldSet[g.GeoArticle]) -> r.Geoparser:
    by_text = {a.text: a for a in gold}

    def parse(text: str) -> list[dict[str, Any]]:
        return [
            {"name": t.name, "start": t.start, "end": t.end, "lat": t.lat, "lon": t.lon, "country": None}
            for t in by_text[text].toponyms
            if t.resolved
        ]

    return parse


# --- PLOVER ---------------------------------------------------------------------------------------


def test_plover_reader(plover_path):
    gold = g.read_plover(plover_path)
    assert len(gold) == 198
    assert [s.id for s in gold.skipped] == ["PLOVER-GSR01-DOCUMENT-0001"]
    assert {rec.event for rec in gold} <= g.PLOVER_TYPES
    renamed = Counter((rec.raw_event, rec.event) for rec in gold if rec.raw_event != rec.event)
    assert renamed == {
        ("DEMAND", "REQUEST"): 21,
        ("DISAPPROVE", "ACCUSE"): 8,
        ("FIGHT", "ASSAULT"): 15,
        ("INVESTIGATE", "ACCUSE"): 5,
    }
    by_id = {rec.id: rec for rec in gold}
    hun = by_id["PLOVER-GSR01-AGREE-0009"]
    assert hun.text.startswith("Hungary has said")
    assert hun.date == "2000-01-01"
    assert [a.full_code for a in hun.source] == ["HUN"]
    assert [a.full_code for a in hun.target] == ["IGOGOV"]
    assert hun.context == ("military",)
    fight = by_id["PLOVER-GSR01-FIGHT-0015"]
    assert (fight.raw_event, fight.event, fight.mode) == ("FIGHT", "ASSAULT", "other")
    assert [a.full_code for a in fight.source] == ["PHLMIL", "PHLREBMOS"] and fight.reciprocal
    assert not by_id["PLOVER-GSR01-ASSAULT-0009"].source  # a record with no source
    assert by_id["PLOVER-GSR01-AGREE-0007"].target == ()  # "target": "diplomatic" in the file
    assert any("not an actor list" in n for n in by_id["PLOVER-GSR01-AGREE-0007"].notes)
    assert len(by_id["PLOVER-GSR01-AGREE-0028"].target) == 5
    assert by_id["PLOVER-GSR01-INVESTIGATE-0001"].mode == "investigate"
    assert any("SANCTION-0010" in n for n in gold.notes)


def test_plover_oracle_scores_one_and_empty_scores_zero(plover_path):
    gold = g.read_plover(plover_path)
    res = r.evaluate_plover(plover_path, plover_oracle(gold))
    assert res.n == 198 and res.n_skipped == 1
    assert res.event_accuracy == res.event_accuracy_any == 1.0
    for f in (res.source_exact, res.target_exact, res.source_country, res.target_country):
        assert f.precision == f.recall == f.f1 == 1.0
    assert res.misses == ()
    json.dumps(res.as_dict())

    empty = r.evaluate_plover(plover_path, empty_coder)
    assert empty.event_accuracy == empty.event_accuracy_any == 0.0
    assert empty.source_exact.f1 == empty.target_country.f1 == 0.0
    assert empty.n_silent == 198 and len(empty.misses) == r.MAX_MISSES


def test_limit_is_a_fixed_subset(plover_path):
    seen: list[list[str]] = []

    def recording(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
        seen.append([i for i, _, _ in items])
        return empty_coder(items)

    a = r.evaluate_plover(plover_path, recording, limit=20)
    r.evaluate_plover(plover_path, recording, limit=20)
    assert a.n == 20 and seen[0] == seen[1] and len(set(seen[0])) == 20
    assert r.evaluate_plover(plover_path, recording, limit=0).n == 0


# --- CASE 2021 ------------------------------------------------------------------------------------


def test_case_reader_and_mapping(case_path):
    gold = g.read_case(case_path)
    assert len(gold) == 499 and gold.notes == ()
    types = Counter(rec.case_type for rec in gold)
    assert types["ARMED_CLASH"] == 30 and types["DIPLO"] == 25 and len(types) == 30
    # every type the task lists has a decision in the mapping
    folder = case_path.parent
    listed = set((folder / "event_types.txt").read_text().split())
    note = (folder / "Note on EVENT TYPES..txt").read_text()
    listed |= {w for w in note.split() if (w.isupper() and "_" in w) or w in {"DIPLO", "ATTRIB", "OTHER"}}
    assert listed <= set(g.CASE_TO_PLOVER)
    assert set(g.CASE_TO_PLOVER.values()) - {None} <= g.PLOVER_TYPES
    rec = next(x for x in gold if x.id == "3")
    assert (rec.case_type, rec.plover) == ("FORCE_AGAINST_PROTEST", "ASSAULT")
    assert sum(x.plover is None for x in gold) == 117


def test_case_runner(case_path):
    gold = g.read_case(case_path)
    by_id = {x.id: x for x in gold}

    def oracle(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
        return [[{"event": by_id[i].plover}, {"event": "ACCUSE"}] for i, _, _ in items]

    res = r.evaluate_case(case_path, oracle)
    assert res.n == 382 and res.n_unmapped == 117
    assert res.accuracy == res.macro_f1 == 1.0
    assert dict(res.unmapped)["NATURAL_DISASTER"] == 9
    empty = r.evaluate_case(case_path, empty_coder)
    assert empty.accuracy == empty.macro_f1 == 0.0 and empty.n_silent == 382
    json.dumps(empty.as_dict())


def test_a_denied_event_is_not_the_one_a_text_reports(case_path):
    # "no arrests were made after the attacks": the attacks are what happened; a denied event first in the
    # text does not stand for it, whatever set is scored
    gold = g.read_case(case_path)
    by_id = {x.id: x for x in gold}
    denied = {"event": "SANCTION", "provenance": {"modality": "denied"}}

    def denying(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
        return [[denied, {"event": by_id[i].plover, "provenance": {"modality": "asserted"}}] for i, _, _ in items]

    assert r.evaluate_case(case_path, denying).accuracy == 1.0
    only = r.evaluate_case(case_path, lambda items: [[denied] for _ in items])
    assert only.accuracy == 0.0 and only.n_silent == 0, "a text whose only event is denied still has it"


def test_an_agreement_signed_counts_as_cases_agreement(case_path):
    # ACLED's "Agreement", CASE's AGREEMENT, takes agreements signed (CAMEO 057, PLOVER's SUPPORT) as well as agreed
    gold = g.read_case(case_path)
    by_id = {x.id: x for x in gold}
    signed = {"event": "SUPPORT", "cameo": "057"}
    praised = {"event": "SUPPORT", "cameo": "051"}

    def signing(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
        return [[signed if by_id[i].plover == "AGREE" else {"event": by_id[i].plover}] for i, _, _ in items]

    assert r.evaluate_case(case_path, signing).accuracy == 1.0
    assert r.case_label(praised) == "SUPPORT" and r.case_label({"event": "AGREE", "cameo": "030"}) == "AGREE"


def test_acts_that_carry_out_an_agreement_count_as_cases_agreement():
    # ACLED's "Agreement" takes ceasefires, prisoner exchanges and releases and surrenders, which PLOVER files under
    # RETREAT; a withdrawal is CASE's transfer of territory, RETREAT
    def retreat(cameo: str, mode: str | None = None) -> dict[str, Any]:
        return {"event": "RETREAT", "cameo": cameo, "mode": mode}

    assert r.case_label(retreat("0841", "release")) == "AGREE"  # prisoners swapped or freed
    assert r.case_label(retreat("0871", "ceasefire")) == "AGREE"
    assert r.case_label(retreat("0873", "disarm")) == "AGREE"  # fighters laid down their arms
    assert r.case_label(retreat("0874", "disarm")) == "AGREE"  # fighters surrendered
    assert r.case_label(retreat("0874", "withdraw")) == "RETREAT"  # troops pulled out of a town
    assert r.case_label(retreat("0874")) == "RETREAT"
    assert r.case_label(retreat("0842", "return")) == "RETREAT"  # property returned


# --- PETRARCH -------------------------------------------------------------------------------------


def test_petrarch_reader(petr_path):
    gold = g.read_petrarch(petr_path)
    assert len(gold) == 284
    assert Counter(x.expect for x in gold) == {"events": 257, "none": 19, "error": 7, "unannotated": 1}
    by_id = {x.id: x for x in gold}
    demo = by_id["DEMO-00"]
    assert demo.text.startswith("Arnor is about to restore full diplomatic ties")
    assert "ties with Gondor almost five" in demo.text
    assert demo.date == "1995-01-01"
    assert demo.events == (g.PetrarchEvent("ARN", "GON", "064"),) and demo.roots == ("06",)
    assert len(by_id["COMPOUND-07"].events) == 8  # 4 sources x 2 targets
    assert "AGENTS-18#2" in by_id  # repeated id kept apart
    assert by_id["ERROR-01"].error == "dateline"
    magic = next(x for x in gold if any(e.source == "THE MINISTRY OF MAGIC" for e in x.events))
    assert magic.expect == "events"
    assert sum(1 for x in gold if x.expect == "events" and not x.roots) == 54  # only non-CAMEO test codes


def test_petrarch_gigaword_sample_has_no_expectations():
    gold = g.read_petrarch(gold_file("petrarch2_unittest", "GigaWord.sample.PETR.xml"))
    assert len(gold) == 76 and {x.expect for x in gold} == {"unannotated"}
    test1 = next(x for x in gold if x.id == "TEST_1")  # empty <Text>, rebuilt from the parse
    assert test1.text.startswith("The Malaysia Airlines Boeing 777 flight MH17 was blown up")
    assert test1.text.endswith("rebels.")


def test_petrarch_runner(petr_path):
    gold = g.read_petrarch(petr_path)
    by_id = {x.id: x for x in gold}

    def oracle(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
        # the expected events a CAMEO coder could give (the suite's own test codes left out)
        return [[{"event": "X", "cameo": e.code} for e in by_id[i].events if e.root] for i, _, _ in items]

    res = r.evaluate_petrarch(petr_path, oracle)
    assert (res.n, res.n_events, res.n_none) == (222, 203, 19)
    assert (res.n_error, res.n_unannotated, res.n_non_cameo) == (7, 1, 54)
    assert res.root_accuracy == res.code_accuracy == res.root_recall == res.silence == 1.0
    empty = r.evaluate_petrarch(petr_path, empty_coder)
    assert empty.root_accuracy == empty.code_accuracy == empty.root_recall == 0.0
    assert empty.silence == 1.0  # saying nothing is right where nothing is expected

    def always_assault(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
        return [[{"event": "ASSAULT", "cameo": 190}] for _ in items]

    loud = r.evaluate_petrarch(petr_path, always_assault)
    assert loud.silence == 0.0 and 0 < loud.root_accuracy < 0.2
    json.dumps(loud.as_dict())


# --- geoparsing -----------------------------------------------------------------------------------


def test_lgl_reader(lgl_path):
    gold = g.read_geo(lgl_path)
    assert len(gold) == 588
    tops = [t for a in gold for t in a.toponyms]
    assert len(tops) == 5088 and sum(t.resolved for t in tops) == 4462
    first = gold.records[0]
    assert first.id == "40450848"
    alex = first.toponyms[0]
    assert (alex.name, alex.start, alex.end, alex.lat, alex.lon) == ("Alexandria", 0, 10, 31.3113, -92.4451)
    assert alex.country == "United States" and alex.ref == "4314550"
    assert all(a.text[t.start : t.end] == t.name for a in gold for t in a.toponyms if t.start is not None)


def test_geovirus_reader_repairs_offsets(geovirus_path):
    gold = g.read_geo(geovirus_path)
    assert len(gold) == 229
    tops = [t for a in gold for t in a.toponyms]
    assert len(tops) == 2170 and all(t.resolved for t in tops)
    assert all(a.text[t.start : t.end] == t.name for a in gold for t in a.toponyms if t.start is not None)
    assert gold.notes[0] == "toponym spans: shift-1 2170"  # GeoVirus counts from 1
    pandi = gold.records[0].toponyms[0]
    assert (pandi.name, pandi.start, pandi.lat, pandi.lon) == ("Pandi", 169, 14.87, 120.95)
    assert len({a.id for a in gold}) == 229


@pytest.mark.parametrize("name", ["lgl.xml", "GeoVirus.xml"])
def test_geo_runner(name):
    path = gold_file("geoparsing", name)
    gold = g.read_geo(path)
    res = r.evaluate_geo(path, geo_oracle(gold))
    assert res.recall == res.precision == res.accuracy_161 == res.accuracy_161_all == 1.0
    assert res.median_km == 0.0 and res.n_found == res.n_resolved == res.n_gold
    empty = r.evaluate_geo(path, empty_geoparser, limit=40)
    assert empty.n == 40 and empty.recall == empty.accuracy_161 == empty.accuracy_161_all == 0.0
    assert empty.median_km is None and len(empty.misses) == r.MAX_MISSES
    json.dumps(empty.as_dict())


# --- tiny hand-built fixtures: scoring details and errors (run everywhere) --------------------------


def write_json(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_plover_actor_scoring_exact_and_country(tmp_path):
    path = write_json(
        tmp_path,
        [
            {
                "id": "T-1",
                "event": "DISAPPROVE",
                "text": "Iraq's government criticised Iran.",
                "date": "2000-01-01",
                "source": [{"actorText": "Iraq's government", "code": "IRQ", "sector": "GOV"}],
                "target": [{"actorText": "Iran", "code": "IRN"}],
            },
            {"id": "T-2", "event": "FIGHT", "text": "Rebels attacked.", "source": "", "target": ""},
        ],
    )

    def coder(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
        assert items[0] == ("T-1", "Iraq's government criticised Iran.", "2000-01-01")
        return [
            # first event has the wrong type; actors come from the later ACCUSE event
            [
                {"event": "REQUEST"},
                {"event": "accuse", "source": [{"code": "IRQMIL"}], "target": [{"code": "IRN"}]},
            ],
            [{"event": "ASSAULT", "source": [{"code": "SYR", "sector": "REB"}], "target": []}],
        ]

    res = r.evaluate_plover(path, coder)
    assert res.n == 2 and res.event_accuracy == 0.5 and res.event_accuracy_any == 1.0
    assert (
        res.source_exact.true_positives == 0
        and res.source_exact.predicted == 2
        and res.source_exact.gold == 1
    )
    assert res.source_country.true_positives == 1  # IRQGOV ~ IRQMIL
    assert res.target_exact.f1 == 1.0
    assert [x.id for x in res.misses] == ["T-1", "T-2"]


def test_readers_name_the_file_and_problem(tmp_path):
    missing = tmp_path / "nope.json"
    with pytest.raises(g.GoldFormatError, match=r"nope\.json: file not found"):
        g.read_plover(missing)
    bad = tmp_path / "bad.json"
    bad.write_text("[{", encoding="utf-8")
    with pytest.raises(g.GoldFormatError, match=r"bad\.json: not valid JSON"):
        g.read_plover(bad)
    with pytest.raises(g.GoldFormatError, match="has no event label"):
        g.read_plover(write_json(tmp_path, [{"id": "X", "text": "t"}]))
    tsv = tmp_path / "task2.tsv"
    tsv.write_text("id\tsnippet\tlabel\n1\tx\tARREST\n", encoding="utf-8")
    with pytest.raises(g.GoldFormatError, match=r"task2\.tsv: expected the header"):
        g.read_case(tsv)
    tsv.write_text("id\tEventSnippet\tSubType\n1\tPolice held two men.\tARREST\n2\tlost\n", encoding="utf-8")
    with pytest.raises(g.GoldFormatError, match="line 3: expected 3"):
        g.read_case(tsv)
    xml = tmp_path / "records.xml"
    xml.write_text("<Sentences><Sentence id='a'><Text>x</Text></Sentences>", encoding="utf-8")
    with pytest.raises(g.GoldFormatError, match=r"records\.xml: not well-formed XML"):
        g.read_petrarch(xml)
    xml.write_text("<articles><article><text>x</text></article></articles>", encoding="utf-8")
    with pytest.raises(g.GoldFormatError, match="neither <toponyms> nor <locations>"):
        g.read_geo(xml)


def test_case_unknown_type_and_bad_coder_output(tmp_path):
    tsv = tmp_path / "task2.tsv"
    tsv.write_text(
        "id\tEventSnippet\tSubType\n1\tPolice held two men.\tARREST\n2\tA new kind.\tNEW_TYPE\n", "utf-8"
    )
    gold = g.read_case(tsv)
    assert [x.plover for x in gold] == ["COERCE", None] and "NEW_TYPE" in gold.notes[0]
    with pytest.raises(r.EvaluationError, match="returned 0 results for 1 items"):
        r.evaluate_case(tsv, lambda items: [])
    with pytest.raises(r.EvaluationError, match="not a list of event dicts"):
        r.evaluate_case(tsv, lambda items: [["ARREST"]])  # type: ignore[list-item]


def test_geo_name_match_and_distance(tmp_path):
    xml = tmp_path / "mini.xml"
    xml.write_text(
        "<articles><article><source>u</source><text>To Paris and Lyon.</text><locations>"
        "<location><name>Paris</name><start>4</start><end>9</end><lat>48.8566</lat><lon>2.3522</lon>"
        "<page>p</page></location>"
        "<location><name>Lyon</name><start>14</start><end>18</end><lat>45.764</lat><lon>4.8357</lon>"
        "<page>l</page></location></locations></article></articles>",
        encoding="utf-8",
    )
    gold = g.read_geo(xml)
    assert [(t.name, t.start) for t in gold.records[0].toponyms] == [("Paris", 3), ("Lyon", 13)]

    def parser(text: str) -> list[dict[str, Any]]:
        return [
            {"name": "Paris", "start": 3, "end": 8, "lat": 51.5074, "lon": -0.1278},  # placed in London
            {"name": "lyon", "lat": 45.76, "lon": 4.84},  # no offsets: matched by name
            {"name": "France", "start": 0, "end": 2, "lat": 46.0, "lon": 2.0},  # not in gold
        ]

    res = r.evaluate_geo(xml, parser)
    assert (res.n_gold, res.n_found, res.n_resolved, res.n_system) == (2, 2, 2, 3)
    assert res.recall == 1.0 and res.precision == pytest.approx(2 / 3)
    assert res.accuracy_161 == 0.5 and res.median_km == pytest.approx((343.5 + 0.5) / 2, abs=1.0)
    assert [x.name for x in res.misses] == ["Paris"]


# --- parts of the fixed split ---------------------------------------------------------------------


def recording_coder(seen: list[str]) -> r.EventCoder:
    def coder(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
        seen.extend(i for i, _, _ in items)
        return [[] for _ in items]

    return coder


@pytest.mark.parametrize(
    ("evaluate", "set_name", "parts"),
    [
        (r.evaluate_plover, "plover", ("plover_gsr", "PLOVER_GSR_CAMEO.json")),
        (r.evaluate_case, "case", ("case2021", "task2.tsv")),
        (r.evaluate_petrarch, "petrarch", ("petrarch2_unittest", "PETR.UnitTest.records.xml")),
    ],
)
def test_event_sets_score_the_part_asked_for(evaluate, set_name, parts):
    path = gold_file(*parts)
    everything: list[str] = []
    whole = evaluate(path, recording_coder(everything))
    assert whole.part == "all"
    seen: dict[str, list[str]] = {}
    for part in ("train", "validation"):
        seen[part] = []
        res = evaluate(path, recording_coder(seen[part]), part=part)
        assert res.part == part and res.n == len(seen[part]) and res.as_dict()["part"] == part
        assert all(split.part_of(set_name, i) == part for i in seen[part])
    assert not set(seen["train"]) & set(seen["validation"])
    assert sorted(seen["train"] + seen["validation"]) == sorted(everything)
    assert 0.2 < len(seen["validation"]) / len(everything) < 0.4
    # the part first, then the fixed subset within it
    limited: list[str] = []
    assert evaluate(path, recording_coder(limited), limit=7, part="validation").n == 7
    assert set(limited) <= set(seen["validation"])
    with pytest.raises(ValueError, match="unknown part"):
        evaluate(path, empty_coder, part="dev")


def test_case_part_on_an_invented_file_counts_unmapped_within_the_part(tmp_path):
    tsv = tmp_path / "task2.tsv"
    rows = [f"{i}\tSnippet number {i} about a made-up town.\t{'ARREST' if i % 3 else 'OTHER'}" for i in range(60)]
    tsv.write_text("id\tEventSnippet\tSubType\n" + "\n".join(rows) + "\n", encoding="utf-8")
    seen: list[str] = []
    res = r.evaluate_case(tsv, recording_coder(seen), part="validation")
    validation = [str(i) for i in range(60) if split.part_of("case", str(i)) == "validation"]
    assert seen == [i for i in validation if int(i) % 3]
    assert res.n_unmapped == sum(int(i) % 3 == 0 for i in validation)
    assert res.n + res.n_unmapped == len(validation)
