"""Material's tags plugin kept current page by page, as a full build leaves it.

In a build the plugin collects each page's tags while the page is read (`on_page_markdown`) and
fills the tags page's listings once every page was read (`on_env`). The preview reads pages one
at a time, so before a page is read again its old tags and listings are forgotten, and a page
that holds listings (the tags page) gets them filled again right after it is read, from the tags
all pages have now. A page carried over from the last read (not read again) gives its tags from
the front matter it was read with: no other part of a page goes into the tags plugin's state.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page


def plugins(config: MkDocsConfig) -> list[Any]:
    """The enabled instances of Material's tags plugin in this configuration."""
    found = []
    for plugin in config.plugins.values():
        if type(plugin).__module__.startswith("material.plugins.tags") and hasattr(plugin, "mappings"):
            if plugin.config.enabled and plugin.mappings is not None:
                found.append(plugin)
    return found


def tagged(config: MkDocsConfig, page: Page) -> bool:
    """Whether any tags plugin holds tags of this page."""
    return any(plugin.mappings.get(page) is not None for plugin in plugins(config))


def lists(config: MkDocsConfig, markdown: str) -> bool:
    """Whether a page's Markdown has a listing directive of a tags plugin (`<!-- material/tags -->`)."""
    import re

    return any(re.search(r"<!--\s*?" + plugin.config.listings_directive, markdown, flags=re.I)
               for plugin in plugins(config))


def hosts(config: MkDocsConfig) -> set[str]:
    """The source paths of the pages that hold a listing (the tags page)."""
    return {listing.page.file.src_uri for plugin in plugins(config) for listing in plugin.listings}


def forget(config: MkDocsConfig, page: Page) -> None:
    """Drop what the tags plugins hold of a page, before it is read again."""
    for plugin in plugins(config):
        plugin.mappings.data.pop(page.url, None)
        plugin.listings.data = {listing for listing in plugin.listings.data if listing.page is not page}


def carry(config: MkDocsConfig, page: Page) -> None:
    """Give the tags of a page that is not read again (its front matter is as it was read)."""
    for plugin in plugins(config):
        if plugin.filter(page.file):
            plugin.mappings.add(page, page.markdown or "")


def fill(config: MkDocsConfig, env: Any, page: Page, order: Iterable[Page]) -> None:
    """Fill the listings of a page that was just read, from every page's tags (kept in `order`,
    the order of a build, so that listings sort ties as a build does)."""
    from material.plugins.tags.renderer import Renderer

    for plugin in plugins(config):
        data = plugin.mappings.data
        plugin.mappings.data = {p.url: data[p.url] for p in order if p.url in data}
        for listing in [listing for listing in plugin.listings if listing.page is page]:
            plugin.listings.populate(listing, plugin.mappings, Renderer(env, config))
