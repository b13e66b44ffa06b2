"""PolNeAR reading and span matching on a small hand-made part, and the evaluation on the real dev part."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.evaluate import polnear as p

ROOT = Path(__file__).resolve().parents[2]
POLNEAR = ROOT.parent / "shared" / "data" / "gold-dev" / "polnear"

TEXT = "Officials in Baku said the road was open. “It is calm,” the mayor said, “and shops are open.”\n"
ANN = (
    "T1\tSource 0 17\tOfficials in Baku\n"
    "T2\tCue 18 22\tsaid\n"
    "T3\tContent 23 40\tthe road was open\n"
    "T4\tAttribution 18 22\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 56 65\tthe mayor\n"
    "T6\tCue 66 70\tsaid\n"
    "T7\tContent 42 55;72 93\t“It is calm,” “and shops\n"
    "are open.”\n"
    "T8\tDiscard 0 5\tnote\n"
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
)


def write_part(root: Path, ann: str = ANN, annotator: str = "ab12") -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "art-one.txt").write_text(TEXT, encoding="utf-8")
    (root / "attributions" / f"art-one_{annotator}.ann").write_text(ann, encoding="utf-8")
    return root


def test_read_a_part(tmp_path: Path) -> None:
    folder, articles = p.read_polnear(write_part(tmp_path / "dev"))
    assert folder.endswith("dev")
    (art,) = articles
    assert art.id == "art-one"
    first, second = art.attributions
    assert TEXT[slice(*first.source[0])] == "Officials in Baku"
    assert second.content == ((42, 55), (72, 93))  # discontinuous, its text broken over two lines
    # the polnear folder itself is accepted too: its dev part is read
    assert p.read_polnear(tmp_path)[0].endswith("dev")


def test_first_annotator_wins(tmp_path: Path) -> None:
    root = write_part(tmp_path / "dev")
    (root / "attributions" / "art-one_ff00.ann").write_text("", encoding="utf-8")
    (art,) = p.read_polnear(root)[1]
    assert len(art.attributions) == 2  # ab12 sorts before ff00


@pytest.mark.parametrize(
    ("ann", "problem"),
    [
        ("T1\tSource 5 x\tfoo\n", "expected 'start end' offsets"),
        ("T1\tSource 5 900\tfoo\n", "runs past the article"),
        ("E1\tAttribution:T9 Cue:T8\n", "does not define"),
        ("garbage line\n", "not a brat line"),
    ],
)
def test_bad_ann_is_named(tmp_path: Path, ann: str, problem: str) -> None:
    root = write_part(tmp_path / "dev", ann)
    with pytest.raises(p.PolnearError, match=problem) as err:
        p.read_polnear(root)
    assert "art-one_ab12.ann:1" in str(err.value)


def test_not_a_part(tmp_path: Path) -> None:
    with pytest.raises(p.PolnearError, match="not a PolNeAR part"):
        p.read_polnear(tmp_path)


def test_matching() -> None:
    tokens = p.word_tokens("the mayor of the town said")
    mayor = p.token_set(tokens, ((0, 9),))  # the mayor
    longer = p.token_set(tokens, ((0, 22),))  # the mayor of the town
    town = p.token_set(tokens, ((13, 22),))  # of the town
    assert p.overlap_f1(mayor, longer) == pytest.approx(2 * 2 / (2 + 5))
    assert p.match([mayor], [longer]) == [0]  # token F1 0.57 >= 0.5
    assert p.match([mayor], [longer], exact=True) == [None]
    assert p.match([mayor], [town]) == [None]  # no shared token
    # one-to-one: two gold spans cannot both take the same prediction
    assert p.match([mayor, mayor], [mayor]) == [0, None]


def test_score_perfect_and_empty(tmp_path: Path) -> None:
    _, articles = p.read_polnear(write_part(tmp_path / "dev"))
    gold = [[(a.source, a.cue, a.content) for a in art.attributions] for art in articles]
    perfect = p.score(articles, gold, "x")
    for role in p.ROLES:
        scores = getattr(perfect, role)
        assert scores.exact.f1 == scores.overlap.f1 == scores.token.f1 == 1.0
    assert perfect.relation.f1 == 1.0
    empty = p.score(articles, [[]], "x")
    assert empty.source.overlap.f1 == 0.0 and empty.n_predicted == 0 and empty.n_gold == 2
    assert {m.role for m in empty.misses} == set(p.ROLES)
    # a source one word short still overlap-matches, but not exactly
    shorter = [[(((10, 17),), gold[0][0][1], gold[0][0][2]), gold[0][1]]]
    r = p.score(articles, shorter, "x")
    assert r.source.overlap.true_positives == 2 and r.source.exact.true_positives == 1


@pytest.mark.slow
def test_dev_subset() -> None:
    if not (POLNEAR / "dev" / "attributions").is_dir():
        pytest.skip(f"PolNeAR is not at {POLNEAR} (../shared/data/gold-dev is absent on this machine)")
    result, headline = p.run(None, 6)
    assert result.n == 6 and result.n_gold > 20
    assert headline["source_f1"] > 0.5, headline
    assert 0.0 <= result.content.token.f1 <= 1.0
