from __future__ import annotations

from rashomon.nlp.lexicon import triggers
from rashomon.nlp.ontology import PLOVER_TYPES, lookup, quad_class


def test_cameo_figures():
    assert lookup("0871").plover == "RETREAT" and lookup("0871").mode == "ceasefire"
    assert lookup("190").plover == "ASSAULT" and lookup("190").goldstein == -10.0
    assert lookup("036").plover == "AGREE" and lookup("036").goldstein == 4.0
    assert lookup("1123").plover == "ACCUSE"
    assert [quad_class(c) for c in ("036", "070", "112", "190")] == [1, 2, 3, 4]


def test_every_lexicon_row_codes_to_a_plover_type():
    seen = set()
    for rows in triggers().values():
        for row in rows:
            assert row.plover in PLOVER_TYPES, row
            seen.add(row.plover)
    assert seen == set(PLOVER_TYPES), f"lexicon lacks {set(PLOVER_TYPES) - seen}"
