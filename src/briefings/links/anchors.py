"""The ids a page will have on the site: toc heading slugs, attr_list `{#id}`, raw HTML ids, footnotes.

Heading ids follow Python-Markdown's toc extension as MkDocs runs it: explicit ids are collected
first, then each heading gets `slugify(text)` made unique with `_1`, `_2`, ... (toc's `unique`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from markdown.extensions.toc import TocExtension, slugify, unique
from markdown_it.token import Token

from briefings.site import extensions

Slugify = Callable[[str, str], str]

# attr_list: a heading's trailing `{#id}`; for other blocks a `{: #id}` line of its own at the end.
_HEADING_ATTRS = re.compile(r"[ \t]\{:?[ \t]*(?P<attrs>[^{}\n]*)\}[ \t]*$")
_BLOCK_ATTRS = re.compile(r"(?:^|\n)[ \t]*\{:?[ \t]*(?P<attrs>[^{}\n]*)\}[ \t]*$")
_ATTR_ID = re.compile(r"(?:^|\s)#(?P<id>[^\s}#.]+)")
_HTML_ID = re.compile(r"""<[a-zA-Z][^>]*?\s(?:id|name)\s*=\s*["']?(?P<id>[^"'\s>]+)""")
_FOOTNOTE_DEF = re.compile(r"^[ ]{0,3}\[\^(?P<label>[^\]\s]+)\]:", re.MULTILINE)


def toc_options(mkdocs: dict[str, Any]) -> str:
    """The toc separator configured in mkdocs.yml (default "-")."""
    for item in mkdocs.get("markdown_extensions") or []:
        for name, options in item.items() if isinstance(item, dict) else ():
            if isinstance(options, dict) and extensions.loads(name, TocExtension):  # `toc`, `markdown.extensions.toc`
                return str(options.get("separator", "-"))
    return "-"


def page_anchors(tokens: Sequence[Token], body: str, *, extra_headings: Iterable[str] = (),
                 extra_ids: Iterable[str] = (), separator: str = "-", slug: Slugify = slugify) -> set[str]:
    """Every id the rendered page will carry."""
    used: set[str] = set(extra_ids)
    headings: list[str] = list(extra_headings)
    for index, token in enumerate(tokens):
        if token.type in ("html_block", "html_inline"):
            used.update(m.group("id") for m in _HTML_ID.finditer(token.content))
        elif token.type == "inline":
            heading = index > 0 and tokens[index - 1].type == "heading_open"
            explicit, text = _split_attr_list(token, _HEADING_ATTRS if heading else _BLOCK_ATTRS)
            if explicit:
                used.add(explicit)
            elif heading:
                headings.append(text)
            used.update(_inline_html_ids(token))
    used.update(_footnote_ids(body))
    counters: dict[str, int] = {}
    for text in headings:
        used.add(unique(slug(html.unescape(text), separator), used, counters))
    return used


def _split_attr_list(token: Token, pattern: re.Pattern[str]) -> tuple[str, str]:
    """(explicit id from a trailing attribute list, plain text of the inline content without it)."""
    text = _plain_text(token)
    match = pattern.search(token.content)
    if not match:
        return "", text
    found = _ATTR_ID.search(match.group("attrs"))
    return (found.group("id") if found else ""), pattern.sub("", text).strip()


def _plain_text(token: Token) -> str:
    """Heading text as toc sees it: text and code, without HTML tags or footnote references."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
    return "".join(parts).strip()


def _inline_html_ids(token: Token) -> Iterable[str]:
    for child in token.children or []:
        if child.type == "html_inline":
            yield from (m.group("id") for m in _HTML_ID.finditer(child.content))


def _footnote_ids(body: str) -> Iterable[str]:
    for match in _FOOTNOTE_DEF.finditer(body):
        label = match.group("label")
        yield from (f"fn:{label}", f"fnref:{label}")
