"""Coding single texts without a store: for `rashomon code` and for evaluation against gold data."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rashomon.engine.analyse import load_models
from rashomon.ingest.dates import parse_any_date
from rashomon.ingest.normalise import content_hash
from rashomon.records import Document, Segment, SegmentKind
from rashomon.settings import Options

Item = tuple[str, str, str | None]  # (id, text, date or None)


def as_document(item_id: str, text: str, published: str | None) -> Document:
    """A text to code as one body segment (no page segmentation: it is a sentence or a paragraph)."""
    return Document(
        content_hash=content_hash(f"{item_id}\0{text}"),
        name=item_id,
        reader="code",
        text=text,
        segments=(Segment(SegmentKind.BODY, 0, len(text)),),
        published=parse_any_date(published) if published else None,
        language="en",
    )


def code_texts(items: Sequence[Item], options: Options | None = None) -> list[list[dict[str, Any]]]:
    """The events of each item as PLOVER records (the `plover-jsonl` export shape), in input order."""
    from rashomon.export.events import event_row, plover_record
    from rashomon.nlp.stage import code_document

    options = options or Options()
    nlp, models, _ = load_models(options)
    docs = [as_document(i, t, d) for i, t, d in items]
    out: list[list[dict[str, Any]]] = []
    parsed = nlp.pipe(((d.text, k) for k, d in enumerate(docs)), as_tuples=True, batch_size=options.batch_size)
    for spacy_doc, k in parsed:
        doc = docs[k]
        events = [e for e in code_document(doc, [(0, spacy_doc)], models) if e.confidence >= options.min_confidence]
        out.append([plover_record(event_row(ev, doc)) for ev in events])
    return out
