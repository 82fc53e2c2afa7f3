"""Material's search parse of a page's HTML, at C speed where the HTML allows it.

Why: Material's search plugin splits every page into sections with `Parser`, a pure-Python
`html.parser.HTMLParser`, about 7 ms of CPU a page (an eighth of a build). Here one compiled
regular expression cuts the page into the tokens HTMLParser would report, and lean handlers repeat
`Parser`'s logic on tag names, quirks included: its `Element` compares and hashes by tag name
alone, so the skip set is a set of tag names and "the section's heading is open" means any open
element has the heading's tag.

The tokens are provably HTMLParser's only in a small grammar: text without `<`, start tags of
letters and digits whose attributes are valueless or double-quoted and separated by ASCII
whitespace, end tags, and `<!-- -->` comments without `--` inside. Sanitised pages (site/sanitize.py)
are in it. Anything else (a bare `<`, an unquoted or single-quoted value, `<!DOCTYPE`, `<?`, CDATA,
an element whose content HTMLParser reads raw: script, style, and in newer Pythons textarea and
title) goes to Material's own `Parser`, as does a page on which that parser fails. The briefings
plugin applies this to Material's search index in every build, render cache or not; property tests
and a build compare it with `Parser` (tests/site/test_searchparse.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from typing import Any

from mkdocs.structure.pages import Page

MATERIAL = "material.plugins.search.plugin"
_WS = "[ \t\n\r\f]"
_TOKEN = re.compile(
    r"([^<]+)"  # 1: text up to the next tag
    rf'|<([a-zA-Z][a-zA-Z0-9]*)((?:{_WS}+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*){_WS}*(/?)>'  # 2, 3, 4
    rf"|</([a-zA-Z][a-zA-Z0-9]*){_WS}*>"  # 5: end tag
    r"|<!--(?!-?>)(?:[^-]|-(?!-))*-->"  # comment: ends at the first `-->` in every Python's HTMLParser
    r"|(<)"  # 6: any other `<`, outside the grammar (so that the tokens cover the whole page)
)
_ATTRIBUTE = re.compile(r'([^ \t\n\r\f=]+)(?:="([^"]*)")?')
RAW_CONTENT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
                         "noscript", "plaintext"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
KEEP = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})  # Parser.keep
NEVER_UNSKIPPED = ("script", "style", "object")


def sections(content: str) -> list[Any]:
    """What `Parser` of Material's search plugin leaves in `data` after reading `content`."""
    try:
        found = _fast_sections(content)
    except ValueError:  # Parser fails on this page too: let it, with its own message
        found = None
    if found is not None:
        return found
    parser = _material().Parser()
    parser.feed(content)
    parser.close()
    return list(parser.data)


def speed_up(plugin: object) -> None:
    """Make Material's search index parse pages with `sections` (when `plugin` is Material's search)."""
    speed_up_index(getattr(plugin, "search_index", None))


def speed_up_index(index: Any) -> None:
    """The same for one search index (when it is Material's `SearchIndex`)."""
    if index is None or type(index).__module__ != MATERIAL or "add_entry_from_context" in vars(index):
        return
    index.add_entry_from_context = _add_entry(index)


def _add_entry(index: Any) -> Callable[[Page], None]:
    lookup = _TocLookup(index._find_toc_by_id)
    index._find_toc_by_id = lookup

    def add_entry_from_context(page: Page) -> None:  # SearchIndex.add_entry_from_context, parser aside
        search = page.meta.get("search") or {}
        if search.get("exclude"):
            return
        lookup.read(page.toc)
        for section in sections(page.content):  # type: ignore[arg-type]  # a str by on_page_context
            if not section.is_excluded():
                index.create_entry_for_section(section, page.toc, page.url, page)

    return add_entry_from_context


class _TocLookup:
    """SearchIndex._find_toc_by_id, by a table of the page being indexed: Material's walks the whole
    table of contents for each section, quadratic in a page's headings."""

    def __init__(self, walk: Callable[[Any, Any], Any]) -> None:
        self.walk = walk
        self.toc: object = None
        self.table: dict[str, Any] = {}

    def read(self, toc: object) -> None:
        """Index the table of contents of the next page (a page's is read once it is rendered)."""
        self.toc, self.table = toc, toc_by_id(toc)

    def __call__(self, items: Any, anchor: Any) -> Any:
        if items is self.toc and items is not None:
            return self.table.get(anchor)
        return self.walk(items, anchor)


def toc_by_id(items: Any) -> dict[str, Any]:
    """Anchor id -> the first table of contents item with it, depth first, as `_find_toc_by_id` finds it."""
    table: dict[str, Any] = {}
    pending = list(reversed(list(items or [])))
    while pending:
        item = pending.pop()
        table.setdefault(item.id, item)
        pending.extend(reversed(item.children))
    return table


def _material() -> Any:
    from material.plugins.search import plugin  # imported by MkDocs when a site has search

    return plugin


def _fast_sections(content: str) -> list[Any] | None:
    """Parser's handlers over this module's tokens, open elements kept as tag names; None when the
    page leaves the grammar. One loop, its branches commented with the handler they repeat: a call
    per token would cost as much as the rest together."""
    material = _material()
    section_type, element_type, void = material.Section, material.Element, material.void
    skip = {"object", "script", "style"}  # Parser.skip
    stack: list[str] = []  # Parser.context, by tag
    permalinks: list[bool] = []  # for each open element: whether it is an `a.headerlink`
    data: list[Any] = []
    section: Any = None
    head = ""  # the tag of the current section's element
    for text, tag, attributes, slash, closing, bare in _TOKEN.findall(content):
        if text:  # handle_data
            if not skip.isdisjoint(stack):
                continue
            if "&" in text:
                text = unescape(text)
            if "pre" not in stack:
                text = " " if text.isspace() else text.replace("\n", " ")
            if section is None:
                section, head = _preface(data, section_type, element_type), "hx"
            if head in stack:
                if True not in permalinks:
                    section.title.append(_escape(text))
            elif text.isspace():
                body = section.text
                if not body or not body[-1].isspace() or "pre" in stack:
                    body.append(text)
            else:
                section.text.append(_escape(text))
            continue
        if tag:  # handle_starttag (then handle_endtag for `<x/>`)
            tag = tag.lower()
            if tag in RAW_CONTENT:
                return None
            if tag in void:
                continue
            attrs = _attributes(attributes) if attributes and (tag in HEADINGS or _may_matter(attributes)) else {}
            stack.append(tag)
            permalinks.append(tag == "a" and attrs.get("class") == "headerlink")
            if tag in HEADINGS and "id" in attrs:
                section = _heading(data, tag, attrs, len(stack), section_type, element_type)
                head = tag
            if section is None:
                section, head = _preface(data, section_type, element_type), "hx"
            if "data-search-exclude" in attrs or attrs.get("class") == "linenodiv":
                skip.add(tag)
            elif tag in KEEP and skip.isdisjoint(stack):
                (section.title if head in stack else section.text).append(f"<{tag}>")
            if not slash:
                continue
            closing = tag
        elif bare:
            return None
        elif not closing:  # a comment
            continue
        else:
            closing = closing.lower()
        if not stack or stack[-1] != closing:  # handle_endtag
            continue
        depth = len(stack)
        if section.depth > depth:  # a nested heading's section ends with its parent element
            for candidate in reversed(data):
                if candidate.depth <= depth:
                    section.depth = float("inf")
                    section, head = candidate, candidate.el.tag
                    break
        stack.pop()
        permalinks.pop()
        if closing in skip:
            if closing not in NEVER_UNSKIPPED:
                skip.remove(closing)
        elif closing in KEEP and skip.isdisjoint(stack):
            _close(section.title if head in stack else section.text, closing)
    return data


def _preface(data: list[Any], section_type: Any, element_type: Any) -> Any:
    """The section of what precedes the first heading."""
    data.append(section_type(element_type("hx")))
    return data[-1]


def _heading(data: list[Any], tag: str, attrs: dict[str, str | None], depth: int,
             section_type: Any, element_type: Any) -> Any:
    """The section a heading with an id starts (after a top-level one when it is the first and not h1)."""
    if tag != "h1" and not data:
        data.append(section_type(element_type("hx"), depth))
    section = section_type(element_type(tag, attrs), depth)
    if data:
        section.id = attrs["id"]
    data.append(section)
    return section


def _close(data: list[str], tag: str) -> None:
    """Close a kept element: drop it when it holds only whitespace (ValueError when it was not opened here)."""
    index = data.index(f"<{tag}>")
    for i in range(index + 1, len(data)):
        if not data[i].isspace():
            index = len(data)
            break
    if len(data) > index:
        del data[index:]
    else:
        data.append(f"</{tag}>")


def _escape(text: str) -> str:
    """html.escape(text, quote=False), without its call."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _may_matter(text: str) -> bool:
    """Whether attributes may hold what Parser reads of a tag other than a heading: `data-search-exclude`,
    `class="linenodiv"`, an `a`'s `class="headerlink"` (entities could spell either value)."""
    lowered = text.lower()
    return "data-search-exclude" in lowered or "linenodiv" in lowered or "headerlink" in lowered or "&" in text


def _attributes(text: str) -> dict[str, str | None]:
    """Attributes as HTMLParser gives them: names lowercased, values unescaped, None when valueless."""
    found: dict[str, str | None] = {}
    for match in _ATTRIBUTE.finditer(text):
        name, value = match.group(1, 2)
        found[name.lower()] = None if value is None else unescape(value)
    return found
