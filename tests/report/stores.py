"""Stores for the views' tests: the real pipeline on real text, then the cross-examination tables (schema 3)
filled with SQL the way the examine stage fills them, so that the views are tested on real shapes."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from pathlib import Path

from rashomon.engine import analyze
from rashomon.store import Store

# text a hostile page could carry: it must show as text and run nothing, in the report and in the app
HOSTILE_TEXT = """Border row <script>window.__pwned = 1</script> in Sotk

By Mallory Payload

Armenia accused Azerbaijan of shelling the village of Sotk on 12 March 2024, the ministry said. <img src=x onerror="window.__pwned=2"> Read <a href="javascript:window.__pwned=3">more</a>.

Azerbaijan denied that its army had fired on the village. <svg onload="window.__pwned=4"></svg> "><script>window.__pwned=5</script> ' onmouseover='window.__pwned=6' x='
"""
HOSTILE_JSONL = json.dumps({
    "url": "javascript:window.__pwned=7",
    "title": "<script>window.__pwned=8</script>Moscow offers talks",
    "authors": ["<img src=x onerror=window.__pwned=9>"],
    "outlet": "<b onmouseover=window.__pwned=10>Evil Wire</b>",
    "published": "2024-03-13",
    "text": "Russia offered on Wednesday to host talks between Armenia and Azerbaijan in Moscow. </script><script>window.__pwned=11</script>",
})  # fmt: skip


def build(paths: list[Path], db: Path) -> Path:
    """Read and code ``paths`` into a new store at ``db``."""
    store = Store(db)
    try:
        report = analyze(store, [str(p) for p in paths])
        assert not report.errors, report.errors
    finally:
        store.close()
    return db


def copy_store(source: Path, target: Path) -> Path:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


def hostile_inputs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / "hostile.jsonl").write_text(HOSTILE_JSONL + "\n", encoding="utf-8")
    return [folder / "hostile.txt", folder / "hostile.jsonl"]


def examine(db: Path, hostile: bool = False) -> dict[str, int]:
    """Fill the schema-3 tables from the stored events, as the examine stage would: claims from events with
    the same type, source and target (contested when one of them denies), tone per document toward each
    actor, loaded-language spans, tone mentions. ``hostile`` puts markup into every text column too."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = ON")
    evil = "<img src=x onerror=window.__pwned=20>" if hostile else ""
    rows = conn.execute(
        """SELECT e.id, e.document_id, e.event, e.modality, e.goldstein, e.quad_class, e.date, e.date_precision,
                  e.place_name, e.place_lat, e.place_lon, e.place_country, coalesce(d.outlet, d.name),
                  (SELECT code FROM event_actors a WHERE a.event_id = e.id AND a.role = 'source' AND code IS NOT NULL ORDER BY ord LIMIT 1),
                  (SELECT code FROM event_actors a WHERE a.event_id = e.id AND a.role = 'target' AND code IS NOT NULL ORDER BY ord LIMIT 1)
           FROM events e JOIN documents d ON d.id = e.document_id ORDER BY e.id"""
    ).fetchall()
    groups: dict[tuple[str, str, str], list[tuple]] = defaultdict(list)  # type: ignore[type-arg]
    for r in rows:
        if r[13] and r[14]:
            groups[(r[2], r[13], r[14])].append(r)
    counts = {"clusters": 0, "conflicts": 0}
    with conn:
        conn.execute("INSERT INTO examinations (run_id, version, created_at, documents, events, clusters, seconds) "
                     "VALUES (NULL, 'test', '2024-03-20T00:00:00+00:00', 0, ?, 0, 0.1)", (len(rows),))  # fmt: skip
        for (etype, src, tgt), evs in sorted(groups.items()):
            denied = [e for e in evs if e[3] in ("denied", "disputed")]
            asserting = [e for e in evs if e[3] not in ("denied", "disputed")]
            outlets = {e[12] for e in evs}
            docs = {e[1] for e in evs}
            status = "contested" if denied and asserting else "corroborated" if len({e[12] for e in asserting}) >= 2 else "single-source"
            first = evs[0]
            label = f"{src[:3]} {etype.lower()} {tgt[:3]}{' ' + evil if evil else ''}"
            claim = hashlib.sha1(f"{etype}{src}{tgt}{first[0]}".encode()).hexdigest()[:16]
            cur = conn.execute(
                """INSERT INTO clusters (claim, event, family, source, target, label, date, date_precision, place_name,
                   place_lat, place_lon, place_country, status, mentions, documents, outlets, independent, deniers,
                   goldstein, quad_class) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (claim, etype, "backing" if first[5] <= 2 else "force", src, tgt, label, first[6], first[7], first[8],
                 first[9], first[10], first[11], status, len(evs), len(docs), len(outlets),
                 len({e[12] for e in asserting}), len({e[12] for e in denied}), sum(e[4] for e in evs) / len(evs), first[5]),
            )  # fmt: skip
            cid = cur.lastrowid
            counts["clusters"] += 1
            seen: set[str] = set()
            for e in evs:
                origin = f"outlet:{e[12]}"
                stance = "denies" if e in denied else "asserts"
                conn.execute("INSERT INTO cluster_events (cluster_id, event_id, stance, origin, independent) VALUES (?, ?, ?, ?, ?)",
                             (cid, e[0], stance, origin, int(origin not in seen)))  # fmt: skip
                seen.add(origin)
            if denied and asserting:
                detail = {"asserted_by": sorted({e[12] for e in asserting}), "denied_by": sorted({e[12] for e in denied}),
                          "note": f"one side denies it{evil}", "events": [asserting[0][0], denied[0][0]]}  # fmt: skip
                conn.execute("INSERT INTO conflicts (cluster_id, kind, detail, event_a, event_b) VALUES (?, 'denial', ?, ?, ?)",
                             (cid, json.dumps(detail), asserting[0][0], denied[0][0]))  # fmt: skip
                counts["conflicts"] += 1
        # tone per document toward each actor, from the events' Goldstein scores; evidence = the mentions
        mentions = conn.execute(
            """SELECT e.document_id, a.code, a.start, a."end", a.text, e.goldstein, e.segment, e.segment_kind,
                      e.sentence_start, e.sentence_end, a.loaded, a.country
               FROM event_actors a JOIN events e ON e.id = a.event_id WHERE a.code IS NOT NULL ORDER BY e.id, a.role, a.ord"""
        ).fetchall()
        tone: dict[tuple[int, str, str], list] = defaultdict(list)  # type: ignore[type-arg]
        for doc, code, start, end, text, gold, seg, kind, ss, se, loaded, country in mentions:
            part = "comments" if kind == "comment" else "article"
            score = max(-1.0, min(1.0, gold / 10 - 0.3 * loaded))
            tone[(doc, part, code)].append({"start": start, "end": end, "text": text + evil, "score": score, "cues": ["test"]})
            conn.execute(
                """INSERT INTO tone_mentions (document_id, segment, segment_kind, text, start, "end", code, country, loaded,
                   sentence_start, sentence_end, score, cues) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (doc, seg, kind, text, start, end, code, country, loaded, ss, se, score, json.dumps(["test"])),
            )
        for (doc, part, code), ev in tone.items():
            conn.execute("INSERT INTO tones (document_id, part, code, tone, mentions, evidence) VALUES (?, ?, ?, ?, ?, ?)",
                         (doc, part, code, round(sum(x["score"] for x in ev) / len(ev), 3), len(ev), json.dumps(ev[:5])))  # fmt: skip
        # loaded language: a few charged words wherever they stand in article or comment text
        for doc, text in conn.execute("SELECT id, text FROM documents").fetchall():
            segs = conn.execute('SELECT ord, kind, start, "end" FROM segments WHERE document_id = ?', (doc,)).fetchall()
            for word, technique in (("regime", "Name_Calling,Labeling"), ("occupation", "Loaded_Language"),
                                    ("aggression", "Loaded_Language"), ("shelling", "Loaded_Language")):  # fmt: skip
                at = text.lower().find(word)
                while at >= 0:
                    seg = next((s for s in segs if s[2] <= at < s[3]), None)
                    if seg is not None:
                        conn.execute(
                            """INSERT INTO technique_spans (document_id, segment, segment_kind, start, "end", text, technique,
                               target_text, target_start, target_end, target_code, cue, score) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, ?, 0.8)""",
                            (doc, seg[0], seg[1], at, at + len(word), text[at : at + len(word)], technique, word),
                        )
                    at = text.lower().find(word, at + 1)
    conn.close()
    return counts


_BUILT: dict[str, Path] = {}


def once(name: str, make) -> Path:  # type: ignore[no-untyped-def]
    """Build a store once per test session, shared by the report's and the app's tests."""
    if name not in _BUILT:
        _BUILT[name] = make()
    return _BUILT[name]
