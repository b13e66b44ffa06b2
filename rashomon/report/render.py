"""Templates for both views: one Jinja environment (autoescaping on), its filters, and safe inline JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import quote, urlsplit

from jinja2 import BaseLoader, ChoiceLoader, Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from rashomon.report.index import day_text
from rashomon.report.names import actor_name
from rashomon.report.queries import EventDetail
from rashomon.report.spans import span_threshold
from rashomon.report.terms import TERMS

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _escape_json(text: str) -> str:
    for raw, escaped in _JSON_ESCAPES.items():
        text = text.replace(raw, escaped)
    return text


def safe_json(value: Any) -> Markup:
    """JSON that can sit inside a <script type="application/json"> element: no "<", ">" or "&" survives, so
    untrusted text in it can neither close the element nor open another."""
    return Markup(_escape_json(json.dumps(value, ensure_ascii=False, separators=(",", ":"))))


def event_json(event_id: int, e: EventDetail) -> str:
    """One member of :func:`events_json`'s object, ``"id":{...}``, escaped as :func:`safe_json` escapes."""
    return _escape_json(json.dumps({str(event_id): e.as_json()}, ensure_ascii=False, separators=(",", ":"))[1:-1])


def events_json(events: Mapping[int, EventDetail], member: Callable[[int, EventDetail], str] = event_json) -> Markup:
    """The events' evidence as one JSON object (id -> :meth:`EventDetail.as_json`), safe inline: the text
    :func:`safe_json` gives for it, put together from each event's member (``member``: where the app keeps
    them)."""
    return Markup("{" + ",".join(member(k, e) for k, e in events.items()) + "}")


def is_web_url(value: str | None) -> bool:
    """Only http(s) URLs become links; anything else (javascript:, data:, file:) stays text."""
    if not value:
        return False
    try:
        return urlsplit(value.strip()).scheme.lower() in ("http", "https") and "\\" not in value
    except ValueError:
        return False


def num(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"


def static_text(name: str) -> str:
    """One of the views' own static files (views.css, views.js)."""
    return resources.files("rashomon.report").joinpath("static", name).read_text(encoding="utf-8")


def environment(*extra: BaseLoader) -> Environment:
    """The views' Jinja environment: ``extra`` loaders first (the app's pages), then the shared templates."""
    env = Environment(
        loader=ChoiceLoader([*extra, PackageLoader("rashomon.report", "templates")]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(num=num, events_json=events_json, is_web_url=is_web_url, safe_json=safe_json)
    env.tests.update(web_url=is_web_url)
    env.globals.update(span_threshold=span_threshold(), terms=TERMS, actor_name=actor_name, day_text=day_text)
    return env


@dataclass(frozen=True, slots=True)
class Links:
    """Where the views link to: anchors inside the one-file report, or pages of the app."""

    app: bool = False

    def event(self, event_id: int) -> str:
        return f"/events/{event_id}" if self.app else f"#e{event_id}"

    def claim(self, claim_id: int) -> str:
        return f"/claims/{claim_id}" if self.app else f"#claim{claim_id}"

    def actor(self, code: str) -> str:
        return f"/actors/{quote(code, safe='')}" if self.app else "#network"

    def document(self, doc_id: int, event_id: int | None = None) -> str:
        if self.app:
            return f"/documents/{doc_id}" + (f"#e{event_id}" if event_id is not None else "")
        return f"#e{event_id}" if event_id is not None else f"#doc{doc_id}"
