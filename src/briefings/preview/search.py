"""The search index of the preview, built by the theme's search plugin page by page.

A full build indexes every page once, at the end; the preview keeps each page's entries and
indexes again only the pages whose HTML changed, so a save does not re-index the library.
"""

from __future__ import annotations

from typing import Any

from mkdocs.structure.files import Files


class SearchIndex:
    """Per-page search entries of the `search` plugin (Material's or MkDocs'), joined on request."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[int, list[Any]]] = {}  # src_uri -> (hash of content, entries)
        self._text: tuple[tuple[int, ...], str] | None = None  # the last index, for the pages it was made of

    def json(self, plugin: Any, files: Files) -> str | None:
        """The search_index.json text for the current pages (None: no search plugin)."""
        make = getattr(getattr(plugin, "search_index", None), "__class__", None)
        if plugin is None or make is None or not hasattr(plugin, "config"):
            return None
        entries: list[Any] = []
        key = tuple(hash(f.page.content) for f in files.documentation_pages() if f.page is not None)
        if self._text is not None and self._text[0] == key:
            return self._text[1]
        for file in files.documentation_pages():
            page = file.page
            if page is None or page.content is None:
                continue
            cached = self._entries.get(file.src_uri)
            if cached is None or cached[0] != hash(page.content):
                index = make(**plugin.config)
                index.add_entry_from_context(page)
                cached = (hash(page.content), _entries_of(index))
                self._entries[file.src_uri] = cached
            entries += cached[1]
        whole = make(**plugin.config)
        _set_entries(whole, entries)
        text: str = whole.generate_search_index(None) if _takes_previous(whole) else whole.generate_search_index()
        self._text = (key, text)
        return text


def _entries_of(index: Any) -> list[Any]:
    return list(getattr(index, "entries", None) or getattr(index, "_entries", []))


def _set_entries(index: Any, entries: list[Any]) -> None:
    if hasattr(index, "entries"):
        index.entries = entries
    else:
        index._entries = entries


def _takes_previous(index: Any) -> bool:
    return int(index.generate_search_index.__code__.co_argcount) > 1
