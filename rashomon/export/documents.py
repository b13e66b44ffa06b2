"""Documents as JSON Lines or CSV: metadata, segments and text, one document per line/row."""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from rashomon.export import register, write_jsonl
from rashomon.records import Document
from rashomon.store import Store


def document_record(doc: Document) -> dict[str, Any]:
    """The exported shape of a document (the JSONL line)."""
    return {
        "document": doc.name,
        "content_hash": doc.content_hash,
        "title": doc.title,
        "authors": list(doc.authors),
        "published": doc.published.value if doc.published else None,
        "published_precision": doc.published.precision if doc.published else None,
        "outlet": doc.outlet,
        "syndicated_from": doc.syndicated_from,
        "url": doc.url,
        "language": doc.language,
        "analysable": doc.analysable,
        "skip_reason": doc.skip_reason,
        "segments": [s.as_dict() for s in doc.segments],
        "text": doc.text,
    }


@register("documents", "jsonl")
def documents_jsonl(store: Store, out: TextIO) -> int:
    return write_jsonl((document_record(doc) for _, doc in store.documents()), out)


CSV_COLUMNS = [
    "document",
    "content_hash",
    "title",
    "authors",
    "published",
    "published_precision",
    "outlet",
    "syndicated_from",
    "url",
    "language",
    "analysable",
    "skip_reason",
    "segments",
    "text",
]


@register("documents", "csv")
def documents_csv(store: Store, out: TextIO) -> int:
    """CSV: authors joined with "; ", segments as a JSON list in one cell."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for _, doc in store.documents():
        row = document_record(doc)
        row["authors"] = "; ".join(row["authors"])
        row["segments"] = json.dumps(row["segments"])
        row["analysable"] = int(row["analysable"])
        writer.writerow(row)
        n += 1
    return n
