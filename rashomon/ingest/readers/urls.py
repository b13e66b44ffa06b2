"""URLs: a URL given on the command line, or a list of URLs (one a line). Fetched only when asked."""

from __future__ import annotations

import http.client
import urllib.request
from collections.abc import Callable, Iterator

from rashomon.errors import InputError
from rashomon.ingest.decode import decode_bytes
from rashomon.ingest.readers import register
from rashomon.ingest.readers.html import declared_charset, sniff_html
from rashomon.ingest.sources import Source, is_url
from rashomon.records import Problem, RawDocument
from rashomon.settings import Options

USER_AGENT = "rashomon/0.1 (+news analysis; polite single fetch)"

#: (url, timeout, max_bytes) -> (body, content type). Replaced in tests; nothing in tests touches the network.
Fetcher = Callable[[str, float, int], tuple[bytes, str]]


def http_fetch(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1 if max_bytes else -1)
            content_type = response.headers.get("Content-Type", "")
    # ValueError and HTTPException: a malformed URL ("http://[x") or port, a broken response
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise InputError(url, f"could not be fetched: {exc}") from None
    if max_bytes and len(body) > max_bytes:
        raise InputError(url, "response is over the --max-bytes limit")
    return body, content_type


FETCH: Fetcher = http_fetch


def sniff_urls(head: bytes) -> bool:
    lines = [ln.strip() for ln in head[:4096].splitlines() if ln.strip() and not ln.strip().startswith(b"#")]
    return bool(lines) and all(ln.lower().startswith((b"http://", b"https://")) for ln in lines[:-1] or lines)


def _fetch_one(url: str, options: Options) -> RawDocument:
    if not options.fetch:
        raise InputError(url, "is a URL and fetching is off; pass --fetch to download it")
    body, content_type = FETCH(url, options.fetch_timeout, options.max_bytes)
    if not body.strip():
        raise InputError(url, "returned an empty body")
    charset = None
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset":
            charset = value.strip("\"' ")
    if "html" in content_type.lower() or (not content_type and sniff_html(body[:2048])):
        html, warnings = decode_bytes(body, url, charset or declared_charset(body))
        return RawDocument(name=url, reader="url", html=html, url=url, warnings=tuple(warnings))
    if content_type.lower().startswith("text/"):
        text, warnings = decode_bytes(body, url, charset)
        return RawDocument(name=url, reader="url", text=text, url=url, warnings=tuple(warnings))
    raise InputError(url, f"has content type {content_type or 'unknown'!r}; only HTML and plain text are read")


@register("url")
def read_url(source: Source, options: Options) -> Iterator[RawDocument | Problem]:
    yield _fetch_one(source.url or source.name, options)


@register("urls", extensions=(".urls",), sniff=sniff_urls)
def read_url_list(source: Source, options: Options) -> Iterator[RawDocument | Problem]:
    text, _ = decode_bytes(source.read_bytes(options.max_bytes), source.name)
    lines = [(n, ln.strip()) for n, ln in enumerate(text.splitlines(), 1) if ln.strip()]
    lines = [(n, ln) for n, ln in lines if not ln.startswith("#")]
    if not lines:
        raise InputError(source.name, "lists no URLs")
    if not options.fetch:
        raise InputError(source.name, f"lists {len(lines)} URL(s) and fetching is off; pass --fetch to download them")
    for n, url in lines:
        if not is_url(url):
            yield Problem(f"{source.name}:{n}", f"is not an http(s) URL: {url[:80]!r}")
            continue
        try:
            yield _fetch_one(url, options)
        except InputError as exc:
            yield Problem(exc.input_name, exc.problem)
