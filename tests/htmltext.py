"""Read built pages as a reader sees them: the article's text, one line per block (heading, paragraph,
list item, table row), with the permalink marks dropped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "pre", "summary", "dt", "dd"}


class _Lines(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.inside = 0  # depth inside <article>
        self.skip = 0  # inside a permalink or script

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = dict(attrs).get("class") or ""
        if tag == "article":
            self.inside += 1
        if tag in ("script", "style") or (tag == "a" and "headerlink" in classes):
            self.skip += 1
        if tag in BLOCKS or tag == "br":
            self.flush()
        if tag == "td" or tag == "th":
            self.parts.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") or (tag == "a" and self.skip):
            self.skip = max(0, self.skip - 1)
        if tag in BLOCKS:
            self.flush()
        if tag == "article":
            self.inside -= 1

    def handle_data(self, data: str) -> None:
        if self.inside and not self.skip:
            self.parts.append(data)

    def flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.parts)).strip(" |")
        if text:
            self.lines.append(text)
        self.parts = []


def article_lines(html: str) -> list[str]:
    """The text lines of the page's article."""
    parser = _Lines()
    parser.feed(html)
    parser.flush()
    return parser.lines
