"""The cross-examination as JSON lines and CSV: claims with their statements, framing (tone per actor,
technique spans), and coverage (a sources x claims matrix, with each source's omissions)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any, TextIO

from rashomon.examine.coverage import coverage
from rashomon.export import register, write_jsonl
from rashomon.records import COMMENT_KINDS, Claim, Source
from rashomon.report.spans import span_threshold
from rashomon.store import Store
from rashomon.store.examine import load_claims, load_events, load_sources, technique_rows, tone_rows


def claim_record(c: Claim, sources: dict[str, Source]) -> dict[str, Any]:
    """A claim in its export shape: the proposition, its status, every statement with its evidence."""

    def name(doc: str) -> str:
        return sources[doc].name if doc in sources else doc

    return {
        "claim": c.claim,
        "label": c.label,
        "event": c.event,
        "family": c.family,
        "source": c.source,
        "target": c.target,
        "date": c.date,
        "date_precision": c.precision,
        "place": {"name": c.place, "lat": c.lat, "lon": c.lon, "country": c.place_country,
                  "line": [[lon, lat] for lat, lon in c.place_line] if c.place_line else None} if c.place else None,
        "status": c.status,
        "asserted_by": sorted(c.asserting),
        "denied_by": sorted(c.denying),
        "documents": c.documents,
        "goldstein": c.goldstein,
        "quad_class": c.quad_class,
        "statements": [
            {
                "document": name(s.document),
                "content_hash": s.document,
                "outlet": sources[s.document].outlet if s.document in sources else None,
                "segment": str(s.segment_kind),
                "segment_index": s.segment,
                "speaker": s.speaker,
                "modality": s.modality,
                "stance": s.stance,
                "origin": s.origin,
                "independent": s.independent,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "event_id": s.event,
            }
            for s in c.statements
        ],
        "conflicts": [{"kind": k.kind, **k.detail, "events": [k.event_a, k.event_b]} for k in c.conflicts],
    }


def _claims(store: Store) -> Iterator[dict[str, Any]]:
    sources = load_sources(store)
    for c in load_claims(store):
        yield claim_record(c, sources)


@register("claims", "jsonl")
def claims_jsonl(store: Store, out: TextIO) -> int:
    return write_jsonl(_claims(store), out)


CLAIM_COLUMNS = ["claim", "label", "event", "source", "target", "date", "status", "document", "segment",
                 "speaker", "modality", "stance", "origin", "independent", "start", "end", "text"]  # fmt: skip


@register("claims", "csv")
def claims_csv(store: Store, out: TextIO) -> int:
    """One row per statement, its claim's columns repeated: what a spreadsheet filters well."""
    w = csv.writer(out)
    w.writerow(CLAIM_COLUMNS)
    n = 0
    for rec in _claims(store):
        for s in rec["statements"]:
            w.writerow([rec["claim"], rec["label"], rec["event"], rec["source"], rec["target"], rec["date"],
                        rec["status"], s["document"], s["segment"], s["speaker"], s["modality"], s["stance"],
                        s["origin"], int(s["independent"]), s["start"], s["end"], s["text"]])  # fmt: skip
        n += 1
    return n


def _framing(store: Store) -> Iterator[dict[str, Any]]:
    """Tone lines, then span lines."""
    for r in tone_rows(store):
        yield {
            "kind": "tone",
            "document": r["document"],
            "content_hash": r["content_hash"],
            "outlet": r["outlet"],
            "segment_kind": r["part"],
            "voice": r["voice"] or None,
            "actor": r["code"],
            "tone": r["tone"],
            "mentions": r["mentions"],
            "evidence": r["evidence"],
        }
    for r in technique_rows(store):
        yield {
            "kind": "span",
            "document": r["document"],
            "content_hash": r["content_hash"],
            "segment_kind": "comments" if r["segment_kind"] in COMMENT_KINDS else "article",
            "start": r["start"],
            "end": r["end"],
            "text": r["text"],
            "technique": r["technique"],
            "target": r["target_code"],
            "target_text": r["target_text"],
            "cue": r["cue"],
            "score": r["score"],
            "shown": span_threshold().shows(r["cue"], r["score"]),
        }


@register("framing", "jsonl")
def framing_jsonl(store: Store, out: TextIO) -> int:
    return write_jsonl(_framing(store), out)


FRAMING_COLUMNS = ["kind", "document", "segment_kind", "voice", "actor", "tone", "mentions", "start", "end",
                   "text", "technique", "target", "cue", "score", "shown"]  # fmt: skip


@register("framing", "csv")
def framing_csv(store: Store, out: TextIO) -> int:
    """Tone rows (actor, tone, mentions; text = the strongest evidence sentence) and span rows in one table."""
    w = csv.writer(out)
    w.writerow(FRAMING_COLUMNS)
    n = 0
    for r in _framing(store):
        if r["kind"] == "tone":
            top = max(r["evidence"], key=lambda e: abs(e["score"]), default=None)
            w.writerow(["tone", r["document"], r["segment_kind"], r["voice"] or "", r["actor"], r["tone"], r["mentions"],
                        top["start"] if top else "", top["end"] if top else "", top["text"] if top else "", "", "", "", "", ""])  # fmt: skip
        else:
            w.writerow(["span", r["document"], r["segment_kind"], "", "", "", "", r["start"], r["end"], r["text"],
                        r["technique"], r["target"] or "", r["cue"], r["score"], int(r["shown"])])  # fmt: skip
        n += 1
    return n


def _coverage(store: Store) -> Iterator[dict[str, Any]]:
    """Per source: a summary line, then a line per claim it reports and per notable claim it leaves out."""
    sources = load_sources(store)
    claims = load_claims(store)
    labels = {c.claim: c for c in claims}
    for sc in coverage(claims, sources, load_events(store)):
        yield {"kind": "source", "source": sc.source, "name": sc.name,
               "documents": [sources[d].name for d in sc.documents], "reports": len(sc.reports),
               "leaves_out": len(sc.leaves_out), "top_actors": [{"actor": a, "events": n} for a, n in sc.actors]}  # fmt: skip
        for cell in sc.cells:
            c = labels[cell.claim]
            yield {"kind": "cell", "source": sc.source, "claim": c.claim, "label": c.label, "status": c.status,
                   "reported": True, "article": cell.article, "comments": cell.comments, "mentions": cell.mentions}  # fmt: skip
        for claim in sc.leaves_out:
            c = labels[claim]
            yield {"kind": "cell", "source": sc.source, "claim": c.claim, "label": c.label, "status": c.status,
                   "reported": False, "article": None, "comments": None, "mentions": 0}  # fmt: skip


@register("coverage", "jsonl")
def coverage_jsonl(store: Store, out: TextIO) -> int:
    return write_jsonl(_coverage(store), out)


COVERAGE_COLUMNS = ["source", "claim", "label", "status", "reported", "article", "comments", "mentions"]


@register("coverage", "csv")
def coverage_csv(store: Store, out: TextIO) -> int:
    """The sources x claims matrix in long form: one row per (source, claim) cell."""
    w = csv.writer(out)
    w.writerow(COVERAGE_COLUMNS)
    n = 0
    for r in _coverage(store):
        if r["kind"] == "cell":
            w.writerow([r["source"], r["claim"], r["label"], r["status"], int(r["reported"]), r["article"] or "",
                        r["comments"] or "", r["mentions"]])  # fmt: skip
            n += 1
    return n
