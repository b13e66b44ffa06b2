"""BASIL: reading the gold as BASIL defines it, name patterns, thresholds, and a run on a small subset."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rashomon.evaluate import basil as b


@pytest.fixture(scope="module")
def basil_dir() -> Path:
    if not (b.BASIL_DIR / "articles").is_dir():
        pytest.skip(f"BASIL is not at {b.BASIL_DIR} (../shared/data/gold-dev is absent on this machine)")
    return b.BASIL_DIR


def test_spans_land_on_the_annotated_words(basil_dir: Path) -> None:
    articles = {a.id: a for a in b.read_basil(basil_dir)}
    checked = 0
    for ann_path in sorted((basil_dir / "annotations").glob("*/*_ann.json"))[:20]:
        ann = json.loads(ann_path.read_text(encoding="utf-8"))
        art = articles[ann["uuid"]]
        texts = sorted(art.text[s.start : s.end] for s in art.spans)
        assert texts == sorted(p["txt"] for p in ann["phrase-level-annotations"])
        checked += len(texts)
    assert checked > 50


def test_entity_labels_are_author_feelings(basil_dir: Path) -> None:
    arts = b.read_basil(basil_dir)
    labels = [e.label for a in arts for e in a.entities]
    assert set(labels) == set(b.LABELS)
    assert not any(e.key == "main_event" for a in arts for e in a.entities)
    assert labels.count("neu") > labels.count("neg") > labels.count("pos")


def test_entity_patterns() -> None:
    trump = b.entity_patterns("Donald Trump", people={"Trump"}, groups=set())
    text = "President Trump met Donald Trump Jr. and Trump's aides; Obama did not."
    assert [m.group() for m in trump.finditer(text)] == ["Trump", "Donald Trump", "Trump"]
    gop = b.entity_patterns("Republican Lawmakers", people=set(), groups=set())
    assert gop.search("GOP senators") and gop.search("the Republicans said")
    court = b.entity_patterns("supreme court", people=set(), groups=set())
    assert court.search("the Supreme Court ruled")


def test_classify_and_fit() -> None:
    assert b.classify(-0.5, (0.1, 0.1)) == "neg"
    assert b.classify(0.0, (0.1, 0.1)) == "neu"
    assert b.classify(0.3, (0.1, 0.1)) == "pos"
    means = [-0.3, -0.2, 0.0, 0.01, 0.02, 0.25]
    gold = ["neg", "neg", "neu", "neu", "neu", "pos"]
    neg, pos = b.fit_thresholds(means, gold)
    assert [b.classify(x, (neg, pos)) for x in means] == gold


def test_not_a_basil_folder(tmp_path: Path) -> None:
    with pytest.raises(b.BasilFormatError, match="no articles/ folder"):
        b.read_basil(tmp_path)


@pytest.mark.slow
def test_small_subset_runs(basil_dir: Path) -> None:
    result, figures = b.run(None, 6)
    assert result.n_articles == 6
    assert result.n_entities == len(result.entities) > 0
    assert all(t.gold in b.LABELS and t.predicted in b.LABELS for t in result.entities)
    assert 0.0 <= figures["tone_macro_f1"] <= 1.0
    assert 0.0 <= result.span_chars.f1 <= 1.0
    # the entities are found in their articles
    assert sum(t.n_mentions > 0 for t in result.entities) >= 0.8 * result.n_entities
