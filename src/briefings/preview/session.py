"""MkDocs in this process, keeping its config, files and navigation between saves.

`mkdocs serve` rebuilds the whole site on every save (its `--dirty` mode skips the unchanged pages
but then shows file names instead of their titles in the navigation). The session runs MkDocs'
own build steps once, then on a save re-reads only the edited page, and re-renders a page's HTML
only when it is asked for and something it shows changed. Each step is MkDocs' own function, so a
page comes out as `mkdocs build` writes it.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from mkdocs import utils
from mkdocs.utils import get_relative_url
from mkdocs.commands import build as mkbuild
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import Navigation, get_navigation
from mkdocs.structure.pages import Page

from briefings.config import Project
from briefings.library import Briefing, Library
from briefings.preview import changes
from briefings.preview.search import SearchIndex

# What a rendered Page keeps; carried over to the new Page object when the file set changes.
_PAGE_STATE = ("markdown", "meta", "content", "toc", "_title_from_render", "present_anchor_ids",
               "links_to_anchors")


@dataclass
class Built:
    """One complete MkDocs state: what `mkdocs build` holds after reading every page."""

    config: MkDocsConfig
    files: Files
    nav: Navigation
    env: Any
    by_url: dict[str, File] = field(default_factory=dict)  # "RESEARCH/Alpha/" -> its File
    fresh: set[str] = field(default_factory=set)  # src_uris whose HTML in site_dir is current
    stale: set[str] = field(default_factory=set)  # src_uris to read again before their HTML is written
    nav_titles: dict[str, str] = field(default_factory=dict)  # src_uri -> title given in the nav config


class Session:
    """The live preview's site: `load()` once, `update(paths)` on saves, `page(url)` on requests."""

    def __init__(self, project: Project, site_dir: Path) -> None:
        self.project = project
        self.site_dir = site_dir
        self.lock = threading.RLock()  # MkDocs is not thread-safe: one step at a time
        self.built: Built | None = None
        self.search = SearchIndex()
        self._graph_behind = False  # the plugin's link graph predates the last save's line numbers
        self._warm_failed: set[str] = set()  # pages that failed to render: not tried again until asked for

    @property
    def plugin(self) -> Any:
        """The briefings MkDocs plugin instance of this session (it holds the library)."""
        assert self.built is not None
        return self.built.config.plugins.get("briefings")

    @property
    def library(self) -> Library:
        """The library as the plugin sees it."""
        library: Library = self.plugin.library
        return library

    def load(self) -> None:
        """Read the config and every page, as `mkdocs build` does; write the theme's files."""
        with self.lock:
            config = load_config(str(self.project.mkdocs_file), site_dir=str(self.site_dir))
            config.plugins.on_startup(command="build", dirty=False)
            config = config.plugins.on_config(config)
            config.plugins.on_pre_build(config=config)
            old = self.built
            self._warm_failed.clear()
            self.built = self._gather(config)
            self._read_all(old)
            if old is not None:  # pages that are gone must not be served from the last read
                utils.clean_directory(str(self.site_dir))
            self._write_static()

    def _gather(self, config: MkDocsConfig) -> Built:
        files = get_files(config)
        env = config.theme.get_env()
        files.add_files_from_theme(env, config)
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        nav_titles = {f.src_uri: vars(f.page)["title"] for f in files.documentation_pages()
                      if f.page is not None and "title" in vars(f.page)}  # titles given in mkdocs.yml's nav
        nav = config.plugins.on_nav(nav, config=config, files=files)
        by_url = {site_path(f.url): f for f in files.documentation_pages()}
        return Built(config, files, nav, env, by_url, nav_titles=nav_titles)

    def _read_all(self, old: Built | None) -> None:
        """Read every page, as `mkdocs build` does; after a change of the file set, pages whose
        source is unchanged since `old` keep their rendering and are read again when asked for,
        or when `warm_one` gets to them."""
        built = self._built
        previous = {f.src_uri: f.page for f in old.files.documentation_pages()} if old else {}
        for file in built.files.documentation_pages():
            if file.page is None and file.inclusion.is_not_in_nav():  # type: ignore[no-untyped-call]
                Page(None, file, built.config)
            page = file.page
            assert page is not None
            before = previous.get(file.src_uri)
            if before is not None and before.markdown is not None and not file.generated_by:
                for name in _PAGE_STATE:
                    setattr(page, name, getattr(before, name, None))
                if "title" in vars(before) and file.src_uri not in built.nav_titles:
                    page.title = vars(before)["title"]  # as a plugin set it (e.g. escaped)
                built.stale.add(file.src_uri)
                continue
            mkbuild._populate_page(page, built.config, built.files)
        built.env = built.config.plugins.on_env(built.env, config=built.config, files=built.files)

    def _write_static(self) -> None:
        built = self._built
        built.files.copy_static_files()
        for name in built.config.theme.static_templates:
            mkbuild._build_theme_template(name, built.env, built.files, built.config, built.nav)
        for name in built.config.extra_templates:
            mkbuild._build_extra_template(name, built.files, built.config, built.nav)

    @property
    def _built(self) -> Built:
        assert self.built is not None
        return self.built

    def page_file(self, url: str) -> File | None:
        """The documentation page at a site URL such as "RESEARCH/Alpha/" (None: not a page)."""
        return self.built.by_url.get(site_path(url)) if self.built is not None else None

    def warm_one(self) -> bool:
        """Read one page that waits to be read (for the search index, and a faster first visit);
        False when none waits."""
        with self.lock:
            built = self.built
            waiting = built.stale - self._warm_failed if built is not None else set()
            if built is None or not waiting:
                return False
            src_uri = min(waiting)  # in order, so that a run is repeatable
            file = built.files.get_file_from_path(src_uri)
            if file is None or file.page is None:
                built.stale.discard(src_uri)
                return True
            try:
                self._populate(file)
            except Exception:  # noqa: BLE001 - shown when the page is asked for
                self._warm_failed.add(file.src_uri)
                return True
            built.stale.discard(file.src_uri)
            built.fresh.discard(file.src_uri)
            return True

    def render(self, file: File) -> Path:
        """Write the page's HTML if something it shows changed since it was last written."""
        with self.lock:
            built = self._built
            page = file.page
            assert page is not None
            if file.src_uri in built.stale:
                self._populate(file)
                built.stale.discard(file.src_uri)
                built.fresh.discard(file.src_uri)
            if file.src_uri not in built.fresh:
                doc_files = built.files.documentation_pages()
                mkbuild._build_page(page, built.config, doc_files, built.nav, built.env,
                                    excluded=file.inclusion.is_excluded())  # type: ignore[no-untyped-call]
                built.fresh.add(file.src_uri)
            return Path(file.abs_dest_path)

    def update(self, edited: Briefing) -> tuple[changes.Impact, set[str]]:
        """Take in a saved page (already read and parsed); returns how far the change reaches and
        the URLs of other pages it changed (generated planned pages)."""
        with self.lock:
            if self.built is None:  # the last reload failed: read the site again
                self.load()
                return changes.Impact.STRUCTURE, set()
            built = self._built
            library = self.library
            before = library.get(edited.rel)
            impact = changes.assess(before, edited)
            self._warm_failed.discard(edited.rel)
            if impact is changes.Impact.NONE:
                return impact, set()
            if impact is changes.Impact.STRUCTURE or (impact is changes.Impact.META and self._tags_listed()):
                self._reload()
                return changes.Impact.STRUCTURE, set()
            self.plugin.library = library = changes.replaced(library, edited)
            touched: set[str] = set()
            self._graph_behind = True
            if impact is changes.Impact.META or changes.links_changed(before, edited):
                graph = self.plugin.graph
                if graph is not None:
                    new_graph = changes.rebuild_graph(library, graph)
                    self._graph_behind = False
                    if changes.plan_files(new_graph) != changes.plan_files(graph):
                        self._reload()  # generated planned pages come or go: the file set changed
                        return changes.Impact.STRUCTURE, set()
                    self.plugin.graph = new_graph
                    touched = self._refresh_generated(new_graph)
            file = built.files.get_file_from_path(edited.rel)
            if file is None or file.page is None:
                self._reload()
                return changes.Impact.STRUCTURE, set()
            touched |= self._refresh_dashboard(edited)
            self._populate(file)
            built.stale.discard(file.src_uri)
            built.fresh.discard(file.src_uri)
            if impact is changes.Impact.META:
                built.nav = built.config.plugins.on_nav(built.nav, config=built.config, files=built.files)
                titles = {before.title, edited.title} if before is not None else {edited.title}
                built.stale |= changes.title_dependent(self.plugin.graph, titles) - {file.src_uri}
                built.fresh.clear()  # the navigation of every page may show the title
                index = built.files.get_file_from_path(f"{edited.section}/index.md" if edited.section else "index.md")
                if index is not None and index.page is not None and index is not file:
                    self._populate(index)
                    built.stale.discard(index.src_uri)
            return impact, touched

    def _populate(self, file: File) -> None:
        """Read and render a page again, as a build does for the first time: a title that a plugin
        set on the page last time (the briefings plugin sets it escaped) is forgotten first."""
        built = self._built
        page = file.page
        assert page is not None
        vars(page).pop("title", None)
        if file.src_uri in built.nav_titles:
            page.title = built.nav_titles[file.src_uri]
        mkbuild._populate_page(page, built.config, built.files)

    def graph(self) -> Any:
        """The link graph of the library as it is now (None when the plugin keeps none)."""
        with self.lock:
            graph = self.plugin.graph
            if graph is not None and self._graph_behind:  # links as before, their lines perhaps not
                self.plugin.graph = graph = changes.rebuild_graph(self.library, graph)
                self._graph_behind = False
            return graph

    def _refresh_generated(self, graph: Any) -> set[str]:
        """New content for the generated planned pages and the planned list (who wants them, their
        titles); returns the URLs of those that changed."""
        from briefings.site import planned

        built = self._built
        list_uri = self.plugin.config.planned_list
        wanted = {p.rel: planned.planned_page(p, graph, list_uri) for p in graph.plan.values()}
        wanted[list_uri] = planned.planned_list(graph, list_uri)
        touched = set()
        for rel, content in wanted.items():
            file = built.files.get_file_from_path(rel)
            if file is None or not file.generated_by or file.content_string == content:
                continue
            file.content_string = content
            built.stale.add(file.src_uri)
            built.fresh.discard(file.src_uri)
            touched.add(site_path(file.url))
        return touched

    def _reload(self) -> None:
        """Read the site again after a change of the file set. Material's tags page lists pages by
        title from the state of a whole build, so with the tags plugin every page is read afresh."""
        if self._tags_listed():
            self.built = None
            utils.clean_directory(str(self.site_dir))  # pages that are gone must not be served
        self.load()

    def _tags_listed(self) -> bool:
        """Whether Material's tags plugin renders a tags page from every page's title."""
        return any(name.split("/")[-1] == "tags" for name in self._built.config.plugins)

    def _refresh_dashboard(self, edited: Briefing) -> set[str]:
        """The sourcing dashboard counts every briefing: give it the saved one's figures (its page
        and chart are generated files, rewritten here); returns the dashboard's URL if it changed."""
        from briefings import sourcing
        from briefings.linting import config_of
        from briefings.site import dashboard, render

        plugin, built = self.plugin, self._built
        page_file = built.files.get_file_from_path(dashboard.PAGE_URI)
        if not plugin.config.dashboard or page_file is None or not page_file.generated_by:
            return set()
        plugin.sourcing.pop(edited.rel, None)
        if edited.status != "planned" and not edited.is_index:
            plugin.sourcing[edited.rel] = sourcing.of_briefing(edited, config_of(self.library))
        records = sorted(plugin.sourcing.values(), key=lambda r: (r.section, r.title.casefold()))
        titles = render.section_titles(self.library)
        chart = built.files.get_file_from_path(dashboard.CHART_URI)
        if chart is not None and chart.generated_by:
            chart.content_string = dashboard.chart(records, titles)
            Path(chart.abs_dest_path).parent.mkdir(parents=True, exist_ok=True)
            Path(chart.abs_dest_path).write_text(chart.content_string, encoding="utf-8")
        page_url = page_file.url

        def href(path: str) -> str:
            target = built.files.get_file_from_path(path)
            return get_relative_url(target.url, page_url) if target else ""

        history = built.files.get_file_from_path(dashboard.HISTORY_URI) is not None
        content = dashboard.page(records, titles, href, history=history)
        if page_file.content_string == content:
            return set()
        page_file.content_string = content
        built.stale.add(page_file.src_uri)
        built.fresh.discard(page_file.src_uri)
        return {site_path(page_file.url)}

    def search_json(self) -> str | None:
        """search/search_index.json for the pages as they are now."""
        with self.lock:
            if self.built is None:
                return None
            built = self.built
            plugins = built.config.plugins
            plugin = next((plugins[name] for name in plugins if name.split("/")[-1] == "search"), None)
            return self.search.json(plugin, built.files)

    def urls(self) -> list[str]:
        """Every page URL of the site."""
        return list(self._built.by_url)

    def url_of(self, rel: str) -> str | None:
        """The site URL of a docs-relative Markdown path."""
        if self.built is None:
            return None
        file = self.built.files.get_file_from_path(rel)
        return site_path(file.url) if file is not None and file.is_documentation_page() else None


def site_path(url: str) -> str:
    """A page URL as the server compares it: decoded, without "./" ("" is the home page)."""
    url = unquote(url)
    return "" if url in ("./", ".", "/") else url.removeprefix("/")


def quiet_mkdocs() -> None:
    """MkDocs logs through `logging`: show its warnings and errors, one line each."""
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_briefings", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("mkdocs %(levelname)s: %(message)s"))
        handler.setLevel(logging.WARNING)
        setattr(handler, "_briefings", True)  # noqa: B010 - a marker on a stdlib object
        logger.addHandler(handler)
        logger.propagate = False
