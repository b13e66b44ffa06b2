"""Building EventRefs and Sources for examine tests without the NLP stage."""

from __future__ import annotations

from itertools import count
from typing import Any

from rashomon.records import EventRef, SegmentKind, Source

_ids = count(1)


def ref(event: str, source: tuple[str, ...], target: tuple[str, ...], text: str, **kw: Any) -> EventRef:
    """An event as the store would hand it over; actor keys are the codes' first three letters."""
    doc = kw.pop("document", "d" * 64)
    kind = kw.pop("segment_kind", SegmentKind.BODY)
    return EventRef(
        id=kw.pop("id", next(_ids)),
        document=doc,
        segment=kw.pop("segment", 1),
        segment_kind=kind,
        comment=kw.pop("comment", None),
        start=kw.pop("start", 0),
        end=kw.pop("end", len(text)),
        text=text,
        event=event,
        cameo=kw.pop("cameo", "042"),
        goldstein=kw.pop("goldstein", 1.0),
        quad_class=kw.pop("quad_class", 1),
        source=source,
        target=target,
        source_keys=tuple(c[:3] for c in source),
        target_keys=tuple(c[:3] for c in target),
        holder=kw.pop("holder", "reader comment" if kind is SegmentKind.COMMENT else "author"),
        **kw,
    )


def source(doc: str, outlet: str | None = None, **kw: Any) -> Source:
    return Source(document=doc, name=f"{doc[:4]}.txt", outlet=outlet, **kw)
