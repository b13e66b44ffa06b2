"""The bundled sample, analysed: who says what in it (the sample is ours, written for the demo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.cli import demo_articles
from rashomon.engine import analyze
from rashomon.store import Store
from rashomon.store.examine import load_claims


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Store:  # type: ignore[no-untyped-def]
    store = Store(Path(tmp_path_factory.mktemp("demo")) / "demo.db")
    analyze(store, [demo_articles()])
    return store


def _speakers(store: Store, words: str) -> set[str | None]:
    return {r[0] for r in store.conn.execute(
        "SELECT e.speaker_code FROM events e JOIN documents d ON d.id = e.document_id "
        "WHERE substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) LIKE ?", (f"%{words}%",))}  # fmt: skip


def test_each_ministry_speaks_for_its_own_side(demo: Store) -> None:
    # the Baku outlet: "..., the defence ministry said" after its dateline, then "According to the ministry"
    assert _speakers(demo, "the defence ministry said on Tuesday, March 12") == {"AZEGOV"}
    assert _speakers(demo, "According to the ministry, Armenian troops") == {"AZEGOV"}
    # the wire: "She said ..." after a spokeswoman for Armenia's defence ministry
    assert _speakers(demo, "She said Azerbaijani troops had shelled") == {"ARMGOV"}


def test_the_exchange_of_fire_is_asserted_by_one_side_and_denied_by_the_other(demo: Store) -> None:
    claims = {c.label: c for c in load_claims(demo)}
    armenia_fired = next(c for label, c in claims.items() if label.startswith("ARM attacks"))
    assert "speaker:AZEGOV" in armenia_fired.asserting and "speaker:ARMGOV" in armenia_fired.denying
    azerbaijan_shelled = next(c for label, c in claims.items() if label.startswith("AZE attacks"))
    assert "speaker:ARMGOV" in azerbaijan_shelled.asserting
    assert "speaker:ARMGOV" not in azerbaijan_shelled.denying, "denying one act is asserting the other"
