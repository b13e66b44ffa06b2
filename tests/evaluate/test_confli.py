"""ConfliBERT's CAMEO sentences: the reader on the real file and on invented lines, and the scorer."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from rashomon.evaluate import gold as g
from rashomon.evaluate import metrics as m
from rashomon.evaluate import runner as r
from rashomon.evaluate import split

ROOT = Path(__file__).resolve().parents[2]
CONFLI = ROOT.parent / "shared" / "data" / "gold-dev" / "conflibert_cameo" / "train.jsonl"
#: A CAMEO code of each PentaClass.
CODE_OF_CLASS = {0: "010", 1: "040", 2: "070", 3: "110", 4: "190"}


@pytest.fixture
def confli_path() -> Path:
    if not CONFLI.is_file():
        pytest.skip(f"gold file {CONFLI} absent (../shared/data/gold-dev is not on this machine)")
    return CONFLI


def write_jsonl(tmp_path: Path, rows: list[Any], name: str = "sentences.jsonl") -> Path:
    path = tmp_path / name
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8"
    )
    return path


def actors(*texts: str) -> list[dict[str, Any]]:
    return [{"actorText": t, "code": "XXX"} for t in texts]


# --- the real file --------------------------------------------------------------------------------


def test_reader_on_the_real_file(confli_path):
    gold = g.read_confli(confli_path)
    assert len(gold) == 1358 and gold.skipped == ()
    assert Counter(x.pentaclass for x in gold)[None] == 9
    assert sum(not x.has_spans for x in gold) == 205
    assert sum(bool(x.reciprocal) for x in gold) == 73
    assert {x.pentaclass for x in gold} == {0, 1, 2, 3, 4, None}
    assert all(x.has_spans for x in gold if x.pentaclass is None)  # the span-only sentences
    assert not any(x.source or x.target or x.reciprocal for x in gold if not x.has_spans)
    assert len(gold.notes) == 2


def test_an_oracle_scores_one_and_a_silent_coder_says_statement(confli_path):
    gold = g.read_confli(confli_path)
    by_id = {x.id: x for x in gold}

    def oracle(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
        out = []
        for i, _, date in items:
            x = by_id[i]
            assert date is None
            code = CODE_OF_CLASS[x.pentaclass if x.pentaclass is not None else 0]
            out.append(
                [
                    {
                        "event": "X",
                        "cameo": code,
                        "source": actors(*x.source, *x.reciprocal),
                        "target": actors(*x.target),
                    }
                ]
            )
        return out

    res = r.evaluate_confli(confli_path, oracle)
    assert res.accuracy == res.macro_f1 == 1.0 and res.n_silent == 0
    assert res.target.f1 == res.reciprocal.f1 == 1.0
    # a gold span made only of stop words ("The") cannot match anything, not even itself
    bare = sum(not m.content_tokens(s) for x in gold if x.has_spans and not x.reciprocal for s in x.source)
    assert res.source.true_positives == res.source.gold - bare == res.source.predicted - bare
    assert res.n_typed == len(gold) - 9 and res.n_spans == len(gold) - 205

    silent = r.evaluate_confli(confli_path, lambda items: [[] for _ in items])
    statements = sum(x.pentaclass == 0 for x in gold)
    assert silent.n_silent == len(gold)
    assert silent.accuracy == pytest.approx(statements / silent.n_typed)
    assert silent.source.f1 == silent.target.f1 == silent.reciprocal.f1 == 0.0
    assert len(silent.misses) == r.MAX_MISSES
    json.dumps(silent.as_dict())


def test_parts_on_the_real_file(confli_path):
    seen: dict[str, list[str]] = {"train": [], "validation": []}
    for part, ids in seen.items():

        def record(
            items: list[tuple[str, str, str | None]], ids: list[str] = ids
        ) -> list[list[dict[str, Any]]]:
            ids.extend(i for i, _, _ in items)
            return [[] for _ in items]

        res = r.evaluate_confli(confli_path, record, part=part)  # type: ignore[arg-type]
        assert res.part == part and all(split.part_of("confli", i) == part for i in ids)
    assert not set(seen["train"]) & set(seen["validation"])
    assert len(seen["train"]) + len(seen["validation"]) == 1358


# --- invented sentences ---------------------------------------------------------------------------

ROWS: list[Any] = [
    {"id": "a", "text": "The Velorian army shelled a border post held by Ostmark militia.", "pentaclass": 4,
     "source": ["The Velorian army"], "target": ["a border post held by Ostmark militia"], "reciprocal": []},
    {"id": "b", "text": "Ostmark's foreign minister said talks would go on.", "pentaclass": 0,
     "source": ["Ostmark 's foreign minister"], "target": [], "reciprocal": []},
    {"id": "c", "text": "Velorian and Ostmark envoys met in Tarn.", "pentaclass": 1,
     "source": [], "target": [], "reciprocal": ["Velorian", "Ostmark envoys"]},
    {"id": "d", "text": "Tarn police detained two reporters.", "pentaclass": None,
     "source": ["Tarn police"], "target": ["two reporters"], "reciprocal": []},
    {"id": "e", "text": "A new bridge over the Rell was opened with Velorian money.", "pentaclass": 2},
]  # fmt: skip


def invented_coder(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
    events: dict[str, list[dict[str, Any]]] = {
        "a": [
            {
                "event": "ASSAULT",
                "cameo": "190",
                "source": actors("Velorian army"),
                "target": actors("Ostmark militia"),
            }
        ],
        "b": [],  # nothing coded: a statement
        "c": [  # the first event has the wrong class; the spans come from the second, of the gold class
            {"event": "ASSAULT", "cameo": 190, "source": actors("Tarn"), "target": []},
            {
                "event": "CONSULT",
                "cameo": "040",
                "source": actors("Velorian envoys"),
                "target": actors("Ostmark"),
            },
        ],
        "d": [
            {
                "event": "COERCE",
                "cameo": "173",
                "source": actors("Tarn police"),
                "target": actors("reporters", ""),
            }
        ],
        "e": [{"event": "AID", "cameo": "070", "source": [], "target": []}],
    }
    return [events[i] for i, _, _ in items]


def test_scoring_on_invented_sentences(tmp_path):
    res = r.evaluate_confli(write_jsonl(tmp_path, ROWS), invented_coder)
    assert (res.n, res.n_typed, res.n_spans, res.n_reciprocal, res.n_silent) == (5, 4, 4, 1, 1)
    assert res.accuracy == 3 / 4  # a, b (silent = statement), e right; c wrong
    scores = {s.label: s for s in res.per_class}
    assert set(scores) == {"statement", "verbal_cooperation", "material_cooperation", "material_conflict"}
    assert scores["material_conflict"].precision == 0.5 and scores["verbal_cooperation"].recall == 0.0
    assert res.macro_f1 == pytest.approx((1 + 0 + 1 + 2 / 3) / 4)
    # source: a and d matched, b's minister missed; the empty actorText of d is no prediction
    assert (res.source.true_positives, res.source.predicted, res.source.gold) == (2, 2, 3)
    assert (res.target.true_positives, res.target.predicted, res.target.gold) == (2, 2, 2)
    assert (res.reciprocal.true_positives, res.reciprocal.predicted, res.reciprocal.gold) == (2, 2, 2)
    assert [x.id for x in res.misses] == ["b", "c"]
    c = res.misses[1]
    assert (c.gold_class, c.predicted_class) == ("verbal_cooperation", "material_conflict")
    assert c.predicted_source == ("Velorian envoys",) and c.gold_reciprocal == ("Velorian", "Ostmark envoys")


def test_reader_on_invented_lines(tmp_path):
    gold = g.read_confli(write_jsonl(tmp_path, [*ROWS, ""]))  # a blank line is skipped
    assert [x.id for x in gold] == ["a", "b", "c", "d", "e"]
    assert gold.records[1].source == ("Ostmark 's foreign minister",) and gold.records[1].target == ()
    assert gold.records[4].has_spans is False and gold.records[3].pentaclass is None


def test_reader_errors_name_the_file_and_line(tmp_path):
    with pytest.raises(g.GoldFormatError, match=r"bad\.jsonl:2: not valid JSON"):
        g.read_confli(write_jsonl(tmp_path, [ROWS[0], '{"id": "x", "text": '], "bad.jsonl"))
    with pytest.raises(g.GoldFormatError, match=r"empty\.jsonl: file is empty"):
        g.read_confli(write_jsonl(tmp_path, ["", "  "], "empty.jsonl"))
    with pytest.raises(g.GoldFormatError, match=r"nope\.jsonl: file not found"):
        g.read_confli(tmp_path / "nope.jsonl")
    with pytest.raises(g.GoldFormatError, match=r"s\.jsonl:1: record q: pentaclass 7 is not 0-4"):
        g.read_confli(
            write_jsonl(tmp_path, [{"id": "q", "text": "Rell flooded.", "pentaclass": 7}], "s.jsonl")
        )
    with pytest.raises(g.GoldFormatError, match="has source, target but not reciprocal"):
        g.read_confli(
            write_jsonl(
                tmp_path, [{"id": "q", "text": "Rell flooded.", "pentaclass": 0, "source": [], "target": []}]
            )
        )
    with pytest.raises(g.GoldFormatError, match="'target' is not a list of strings"):
        g.read_confli(write_jsonl(tmp_path, [{**ROWS[0], "target": "Ostmark"}]))
    with pytest.raises(g.GoldFormatError, match=r":2: no string id"):
        g.read_confli(write_jsonl(tmp_path, [ROWS[0], {"text": "Rell flooded.", "pentaclass": 0}]))
    with pytest.raises(g.GoldFormatError, match="repeated record ids: a"):
        g.read_confli(write_jsonl(tmp_path, [ROWS[0], ROWS[0]]))
    with pytest.raises(g.GoldFormatError, match=r":1: expected a JSON object, found a list"):
        g.read_confli(write_jsonl(tmp_path, ["[1, 2]"]))


def test_a_sentence_whose_every_event_is_denied_is_a_statement_with_the_denied_acts_sides(tmp_path):
    rows = [
        {"id": "f", "text": "Ostmark denied charges by Tarn that it shelled a Velorian village.", "pentaclass": 0,
         "source": ["Ostmark"], "target": ["Tarn"], "reciprocal": []},
        {"id": "g", "text": "Tarn police detained two reporters and denied beating them.", "pentaclass": 4,
         "source": ["Tarn police"], "target": ["two reporters"], "reciprocal": []},
    ]  # fmt: skip
    denied = {"modality": "denied"}
    events = {
        "f": [{"event": "ASSAULT", "cameo": "190", "source": actors("Ostmark"), "target": actors("a Velorian village"),
               "provenance": denied}],
        "g": [{"event": "ASSAULT", "cameo": "180", "source": actors("Tarn police"), "target": actors("them"),
               "provenance": denied},
              {"event": "COERCE", "cameo": "173", "source": actors("Tarn police"), "target": actors("two reporters"),
               "provenance": {"modality": "asserted"}}],
    }  # fmt: skip
    res = r.evaluate_confli(write_jsonl(tmp_path, rows), lambda items: [events[i] for i, _, _ in items])
    # f reports a denial (a statement), g the detention: both right, though a denied act comes first in each
    assert res.accuracy == 1.0 and res.n_silent == 0
    # the spans of f are its denied act's, scored as before: the denier matched, the village is no Tarn
    assert (res.source.true_positives, res.source.predicted, res.source.gold) == (2, 2, 2)
    assert (res.target.true_positives, res.target.predicted, res.target.gold) == (1, 2, 2)
