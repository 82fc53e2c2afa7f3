"""The search index of the preview, built by the theme's search plugin page by page.

A full build indexes every page once, at the end; the preview keeps each page's entries as JSON
text and indexes again only the pages whose content changed, then joins the texts (at 2,000
briefings the index is tens of megabytes: serialising it whole on every save would cost seconds).
"""

from __future__ import annotations

import json
from typing import Any

from mkdocs.structure.files import Files

from briefings.site import searchparse

_DOCS_END = '"docs":[]}'  # how the plugins' index ends when it has no entries (compact JSON)


class SearchIndex:
    """Per-page search entries of the `search` plugin (Material's or MkDocs'), joined on request."""

    def __init__(self) -> None:
        self._pages: dict[str, tuple[int, str]] = {}  # src_uri -> (hash of content, entries as JSON)
        self._text: tuple[tuple[int, ...], str] | None = None  # the last index, and the pages it was made of

    def json(self, plugin: Any, files: Files) -> str | None:
        """The search_index.json text for the current pages (None: no search plugin)."""
        index = getattr(plugin, "search_index", None)
        if index is None or not hasattr(plugin, "config"):
            return None
        make = type(index)
        pages = [f.page for f in files.documentation_pages() if f.page is not None and f.page.content is not None]
        key = tuple(hash(page.content) for page in pages)
        if self._text is not None and self._text[0] == key:
            return self._text[1]
        empty = _generate(make(**plugin.config))
        if not empty.endswith(_DOCS_END):  # a plugin that writes its index otherwise: the whole way
            whole = make(**plugin.config)
            searchparse.speed_up_index(whole)
            for page in pages:
                whole.add_entry_from_context(page)
            text = _generate(whole)
        else:
            parts = [part for part in (self._entries(make, plugin, page) for page in pages) if part]
            text = empty[: -len(_DOCS_END)] + '"docs":[' + ",".join(parts) + "]}"
        self._text = (key, text)
        return text

    def _entries(self, make: Any, plugin: Any, page: Any) -> str:
        src_uri = page.file.src_uri
        cached = self._pages.get(src_uri)
        if cached is None or cached[0] != hash(page.content):
            index = make(**plugin.config)
            searchparse.speed_up_index(index)  # as the build's: Material's own is quadratic in headings
            index.add_entry_from_context(page)
            entries = list(getattr(index, "entries", None) or getattr(index, "_entries", []))
            cached = (hash(page.content), json.dumps(entries, separators=(",", ":"), default=str)[1:-1])
            self._pages[src_uri] = cached
        return cached[1]


def _generate(index: Any) -> str:
    text: str = index.generate_search_index(None) if _takes_previous(index) else index.generate_search_index()
    return text


def _takes_previous(index: Any) -> bool:
    return int(index.generate_search_index.__code__.co_argcount) > 1
