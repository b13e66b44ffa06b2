"""ACLED notes: the reader and the sub-event mapping on the real export and on invented rows, and the scorer."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from rashomon.evaluate import gold as g
from rashomon.evaluate import runner as r
from rashomon.evaluate import split

ROOT = Path(__file__).resolve().parents[2]
ACLED = ROOT.parent / "shared" / "data" / "gold-dev" / "acled_may2020" / "acled.csv"
CASE = ROOT.parent / "shared" / "data" / "gold-dev" / "case2021" / "task2.tsv"


@pytest.fixture
def acled_path() -> Path:
    if not ACLED.is_file():
        pytest.skip(f"gold file {ACLED} absent (../shared/data/gold-dev is not on this machine)")
    return ACLED


def raw_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# --- the real export ------------------------------------------------------------------------------


def test_every_sub_event_type_of_the_real_file_is_mapped(acled_path):
    subs = Counter(row["sub_event_type"] for row in raw_rows(acled_path))
    assert set(subs) <= set(g.ACLED_TO_CASE), set(subs) - set(g.ACLED_TO_CASE)
    assert set(g.ACLED_TO_CASE.values()) <= set(g.CASE_TO_PLOVER)
    assert len(g.ACLED_TO_CASE) == 25  # ACLED's codebook has 25 sub-event types
    gold = g.read_acled(acled_path)
    assert gold.notes == ()  # nothing unknown
    for rec in gold:
        assert rec.plover == g.CASE_TO_PLOVER[g.ACLED_TO_CASE[rec.sub_event_type]]
    unmapped = {rec.sub_event_type for rec in gold if rec.plover is None}
    assert unmapped == {"Change to group/activity", "Other"}


def test_the_case_types_drawn_from_acled_are_the_acled_names_spelled_out():
    if not CASE.is_file():
        pytest.skip(f"gold file {CASE} absent (../shared/data/gold-dev is not on this machine)")
    case_types = {rec.case_type for rec in g.read_case(CASE)}
    outside_acled = {"DIPLO", "ATTRIB", "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER"}
    assert case_types - outside_acled <= set(g.ACLED_TO_CASE.values())


def test_reader_on_the_real_file(acled_path):
    rows = raw_rows(acled_path)
    gold = g.read_acled(acled_path)
    assert len(gold) + len(gold.skipped) == len(rows) == 2498
    assert [s.reason for s in gold.skipped] == ["no notes"]
    assert len({rec.id for rec in gold}) == len(gold)
    assert {rec.event_type for rec in gold} == set(g.ACLED_EVENT_TYPES)
    assert all(rec.date.startswith("2020-0") and len(rec.date) == 10 for rec in gold)
    first = gold.records[0]
    assert first.id == rows[0]["event_id_cnty"] and first.text == " ".join(rows[0]["notes"].split())
    assert (first.actor1, first.actor2, first.country) == (
        rows[0]["actor1"],
        rows[0]["actor2"],
        rows[0]["country"],
    )


def test_scoring_and_parts_on_the_real_file(acled_path):
    gold = g.read_acled(acled_path)
    by_id = {rec.id: rec for rec in gold}

    def oracle(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
        for i, text, date in items:
            assert text == by_id[i].text and date == by_id[i].date
        return [[{"event": by_id[i].plover}] for i, _, _ in items]

    res = r.evaluate_acled(acled_path, oracle)
    assert res.accuracy == res.macro_f1 == 1.0 and res.n_silent == 0 and res.misses == ()
    assert res.n + res.n_unmapped == len(gold) and res.n_skipped == 1
    assert dict(res.unmapped) == dict(Counter(rec.sub_event_type for rec in gold if rec.plover is None))
    json.dumps(res.as_dict())

    seen: list[str] = []

    def record(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
        seen.extend(i for i, _, _ in items)
        return [[] for _ in items]

    val = r.evaluate_acled(acled_path, record, part="validation")
    in_part = [rec for rec in gold if split.part_of("acled", rec.id) == "validation"]
    assert val.part == "validation" and seen == [rec.id for rec in in_part if rec.plover is not None]
    assert val.n + val.n_unmapped == len(in_part) and val.accuracy == val.event_type_accuracy == 0.0
    assert val.n_silent == val.n


# --- invented rows --------------------------------------------------------------------------------

HEADER = "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,notes,fatalities\n"
ROWS = (
    'VEL1,9-May-20,Protests,Peaceful protest,Protesters (Veloria),,Veloria,"On 9 May 2020, teachers marched in Tarn over pay.",0\n'
    'VEL2,09 May 2020,Battles,Armed clash,Military Forces of Veloria,Ostmark Militia,Veloria,"On 9 May 2020, soldiers and militia fought near Rell.",2\n'
    'VEL3,2020-05-08,Strategic developments,Other,Police Forces of Veloria,,Veloria,"On 8 May 2020, police closed the Tarn market.",0\n'
    'VEL4,8-May-20,Strategic developments,Spaceport opened,Government of Veloria,,Veloria,"On 8 May 2020, a spaceport opened.",0\n'
)


def write_csv(tmp_path: Path, text: str, name: str = "acled.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_reader_on_invented_rows(tmp_path):
    gold = g.read_acled(write_csv(tmp_path, HEADER + ROWS))
    assert [(x.id, x.date, x.plover) for x in gold] == [
        ("VEL1", "2020-05-09", "PROTEST"),
        ("VEL2", "2020-05-09", "ASSAULT"),
        ("VEL3", "2020-05-08", None),
        ("VEL4", "2020-05-08", None),
    ]
    assert gold.records[0].actor2 == "" and gold.records[1].actor2 == "Ostmark Militia"
    assert gold.notes == ("unknown sub-event type 'Spaceport opened' x1, mapped to None",)


def test_scoring_on_invented_rows(tmp_path):
    path = write_csv(tmp_path, HEADER + ROWS)

    def coder(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
        assert [(i, d) for i, _, d in items] == [("VEL1", "2020-05-09"), ("VEL2", "2020-05-09")]
        return [
            [{"event": "PROTEST", "mode": "riot"}],  # right type; the event type says riot
            [{"event": "ASSAULT", "target": [{"code": "VEL", "sector": "MIL"}]}],  # a battle
        ]

    res = r.evaluate_acled(path, coder)
    assert (res.n, res.n_unmapped, res.accuracy, res.macro_f1) == (2, 2, 1.0, 1.0)
    assert res.unmapped == (("Other", 1), ("Spaceport opened", 1))
    assert res.event_type_accuracy == 0.5


def test_acled_event_type_of_a_coded_event():
    def ev(kind: str, mode: str | None = None, *targets: tuple[str, str | None]) -> dict[str, Any]:
        return {"event": kind, "mode": mode, "target": [{"code": c, "sector": s} for c, s in targets]}

    assert r.acled_event_type(None) is None
    assert r.acled_event_type(ev("PROTEST", "riot")) == "Riots"
    assert r.acled_event_type(ev("PROTEST", "demonstrate")) == "Protests"
    assert r.acled_event_type(ev("protest")) == "Protests"  # labels are read as PLOVER labels
    for mode in ("aerial", "drone", "heavy-weapons", "explosives", "suicide-attack", "unconventional"):
        assert r.acled_event_type(ev("ASSAULT", mode, ("VEL", "MIL"))) == "Explosions/Remote violence"
    assert r.acled_event_type(ev("ASSAULT", "firearms", ("VEL", "MIL"))) == "Battles"
    assert r.acled_event_type(ev("ASSAULT", None, ("VELREBXYZ", None))) == "Battles"
    assert r.acled_event_type(ev("ASSAULT", None, ("IMGMUSXYZ", None))) == "Battles"
    # a group of no known country is coded by its sector alone
    assert r.acled_event_type(ev("ASSAULT", None, ("REB", "REB"))) == "Battles"
    assert r.acled_event_type(ev("ASSAULT", None, ("CVL", "CVL"))) == "Violence against civilians"
    assert r.acled_event_type(ev("ASSAULT", "beat", ("VEL", "CVL"))) == "Violence against civilians"
    assert (
        r.acled_event_type(ev("ASSAULT", "beat", ("VEL", "MIL"), ("VEL", "CVL")))
        == "Violence against civilians"
    )
    unarmed = ev("ASSAULT", "beat", ("VEL", "GOV"))
    assert r.acled_event_type(unarmed) == "Violence against civilians"
    assert r.acled_event_type(ev("ASSAULT")) == "Violence against civilians"  # no target
    assert r.acled_event_type(ev("COERCE", "arrest")) == "Strategic developments"
    assert r.acled_event_type(ev("AGREE")) == "Strategic developments"


def test_reader_errors_name_the_file_and_problem(tmp_path):
    with pytest.raises(g.GoldFormatError, match=r"empty\.csv: file is empty"):
        g.read_acled(write_csv(tmp_path, "", "empty.csv"))
    with pytest.raises(g.GoldFormatError, match=r"cols\.csv: the header lacks the ACLED column\(s\) notes"):
        g.read_acled(write_csv(tmp_path, HEADER.replace(",notes", ",summary") + ROWS, "cols.csv"))
    with pytest.raises(g.GoldFormatError, match=r"head\.csv: no rows under the header"):
        g.read_acled(write_csv(tmp_path, HEADER, "head.csv"))
    with pytest.raises(g.GoldFormatError, match=r"date\.csv:3: event VEL2: unreadable event_date 'Saturday'"):
        g.read_acled(write_csv(tmp_path, HEADER + ROWS.replace("09 May 2020", "Saturday"), "date.csv"))
    with pytest.raises(g.GoldFormatError, match=r"short\.csv:2: the row does not have as many fields"):
        g.read_acled(write_csv(tmp_path, HEADER + "VEL9,9-May-20,Protests\n", "short.csv"))
    with pytest.raises(g.GoldFormatError, match="repeated event_id_cnty: VEL1"):
        g.read_acled(write_csv(tmp_path, HEADER + ROWS + ROWS.splitlines(keepends=True)[0]))
    assert (
        g.acled_date("9-May-20") == g.acled_date("09 May 2020") == g.acled_date("2020-05-09") == "2020-05-09"
    )
    assert g.acled_date("May the ninth") is None
