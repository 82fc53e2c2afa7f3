"""Pages the plugin adds to every build: the sourcing dashboard (with its charts) and the tags page."""

from __future__ import annotations

import json
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from briefings.site import charts, dashboard
from briefings.sourcing import Sourcing

TAGS_URI = "tags.md"
TAGS_PAGE = "# Tags\n\nBriefings by subject. Each briefing shows its tags under its title.\n\n<!-- material/tags -->\n"
ENV_HISTORY = "BRIEFINGS_SOURCING_HISTORY"  # set by `briefings publish`: [[edition title, share], ...]


def add_dashboard(files: Files, config: MkDocsConfig, records: list[Sourcing], titles: dict[str, str]) -> None:
    """Add the dashboard page and its charts (unless the library has its own page at that path)."""
    if files.get_file_from_path(dashboard.PAGE_URI) is not None:
        return
    history = edition_history()
    files.append(File.generated(config, dashboard.CHART_URI, content=dashboard.chart(records, titles)))
    if history:
        files.append(File.generated(config, dashboard.HISTORY_URI,
                                    content=charts.lines(history, title="Share of assertions sourced, by edition")))
    page_url = File(dashboard.PAGE_URI, "", "", config.use_directory_urls).url

    def href(path: str) -> str:
        target = files.get_file_from_path(path)
        return get_relative_url(target.url, page_url) if target else ""

    content = dashboard.page(records, titles, href, history=bool(history))
    files.append(File.generated(config, dashboard.PAGE_URI, content=content))


def enabled(plugin: object) -> bool:
    """Whether a loaded plugin is on: not `enabled: false` (a hook, a module, has no config and is on)."""
    return getattr(getattr(plugin, "config", None), "enabled", True) is not False


def add_tags_page(files: Files, config: MkDocsConfig) -> None:
    """A tags page for Material's tags plugin, when the plugin is on and the library has none."""
    plugin = config.plugins.get("material/tags")
    if plugin is not None and enabled(plugin) and files.get_file_from_path(TAGS_URI) is None:
        files.append(File.generated(config, TAGS_URI, content=TAGS_PAGE))


def edition_history() -> list[tuple[str, float]]:
    """The share sourced per edition, oldest first, when publishing (empty otherwise)."""
    path = os.environ.get(ENV_HISTORY)
    if not path:
        return []
    data = json.loads(Path(path).read_text("utf-8"))
    return [(str(name), float(value)) for name, value in data]


def last_in_nav(nav: Navigation, uris: list[str]) -> None:
    """Move the generated top-level pages (planned, sourcing, tags) after the sections, in this order."""
    moved = [item for uri in uris for item in nav.items if isinstance(item, Page) and item.file.src_uri == uri]
    if moved:
        nav.items[:] = [item for item in nav.items if item not in moved] + moved
