"""A page's text without building its tree: for pages the HTML parser gives up on (nested thousands of
elements deep, where lxml stops at its depth limit and keeps nothing). Streamed through the standard
library's tokenizer, which keeps no stack: blocks become paragraphs, scripts and styles are dropped."""

from __future__ import annotations

from html.parser import HTMLParser

from rashomon.ingest.normalise import normalise_text

_SKIP = frozenset(("script", "style", "noscript", "template", "svg", "math", "head", "title"))
_VOID = frozenset(("br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source", "track", "embed", "param"))
_BLOCK = frozenset(("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
                    "blockquote", "pre", "tr", "table", "header", "footer", "aside", "main", "figure", "hr", "dd", "dt"))  # fmt: skip


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0  # depth inside elements whose text is not page text
        self.depth = self.deepest = 0  # elements open (as tags count them), and the most at once

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID:
            self.depth = max(0, self.depth - 1)
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def flat_text(html: str) -> tuple[str, int]:
    """The visible text of ``html``, a paragraph per block element, normalised ("" when there is none), and
    how deep its elements nest."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    paragraphs = (" ".join(p.split()) for p in "".join(parser.parts).split("\n\n"))
    return normalise_text("\n\n".join(p for p in paragraphs if p)), parser.deepest
