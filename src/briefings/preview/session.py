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
from collections.abc import Callable, Sequence
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
from briefings.linting.runner import Claimed
from briefings.preview import changes, tags
from briefings.preview.events import ALL
from briefings.preview.search import SearchIndex
from briefings.terminal import shown

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
    env_ready: bool = False  # every page was read once: plugins' on_env ran (tags listings filled)


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
        self._unread: dict[str, tuple[Any, Any]] = {}  # src_uri -> (title, meta) given before it was read
        self._sourcing_done = False  # every briefing's figures are known: the dashboard is complete
        self._templates_due = False  # the theme's templates (404 page, sitemap) show an older navigation
        self._theme: _ThemeListing | None = None
        self.moved: set[str] = set()  # URLs (or events.ALL) changed by reading pages in the background

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

    def load(self, *, reuse: bool = False, changed: set[str] | None = None) -> None:
        """Read the config, the navigation and what every page shows in it, as `mkdocs build`
        does; write the theme's files. Pages themselves are read when asked for (`render`) or by
        `warm_one` (see `_read_all`), and so are the theme's templates (404 page, sitemap).
        `reuse`: only files under docs/ changed (and were taken in by `update`), so the pages
        read before, their links, the theme's compiled templates and the files written so far
        are kept (those of pages that are gone are deleted); `changed`: the docs-relative paths
        of the files that came, went or changed (None: unknown), so that pages read before are
        read again only when they show one of them (see `_again`)."""
        with self.lock:
            old = self.built if reuse else None
            # MkDocs keeps plugin instances across loads of the config: what they hold of the last
            # read is taken now, before `on_config` starts them afresh
            before = self.plugin if self.built is not None else None
            old_library, old_graph = (before.library, before.graph) if before is not None else (None, None)
            old_records = dict(before.sourcing) if before is not None else {}
            hosts = tags.hosts(self.built.config) if self.built is not None else set()
            config = load_config(str(self.project.mkdocs_file), site_dir=str(self.site_dir))
            config.plugins.on_startup(command="build", dirty=False)
            plugin = config.plugins.get("briefings")
            if plugin is not None:
                plugin.known_pages = {page.rel: page for page in old_library.pages} if old and old_library else {}
                plugin.known_graph = old_graph if old else None
            config = config.plugins.on_config(config)
            if plugin is not None:
                plugin.lazy_sourcing = True  # figures per briefing as its page is read (`complete_sourcing`)
                plugin.sourcing = _kept_records(old_library, old_records, plugin.library)
            config.plugins.on_pre_build(config=config)
            self._warm_failed.clear()
            unread, self._unread = self._unread, {}
            self._sourcing_done = False
            same_theme = old is not None and (old.config.theme.dirs, old.config.theme.locale) == (
                config.theme.dirs, config.theme.locale)
            gone = self.built
            self.built = self._gather(config, old.env if old is not None and same_theme else None)
            again = self._again(old, old_library, old_graph, changed) if old is not None else None
            self._read_all(old, old_library if old is not None else None, unread, hosts, again)
            if old is not None:
                _remove_gone(old.files, self._built.files)
            elif gone is not None:  # pages that are gone must not be served from the last read
                utils.clean_directory(str(self.site_dir))
            self._built.files.copy_static_files(dirty=old is not None)
            self._templates_due = True

    def _gather(self, config: MkDocsConfig, env: Any = None) -> Built:
        files = get_files(config)
        if env is None or self._theme is None or self._theme.env is not env:
            self._theme = _ThemeListing(env or config.theme.get_env())
        env = self._theme.env
        files.add_files_from_theme(self._theme, config)  # type: ignore[arg-type]  # only list_templates is used
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        nav_titles = {f.src_uri: vars(f.page)["title"] for f in files.documentation_pages()
                      if f.page is not None and "title" in vars(f.page)}  # titles given in mkdocs.yml's nav
        nav = config.plugins.on_nav(nav, config=config, files=files)
        by_url = {site_path(f.url): f for f in files.documentation_pages()}
        return Built(config, files, nav, env, by_url, nav_titles=nav_titles)

    def _read_all(self, old: Built | None, old_library: Library | None, unread: dict[str, tuple[Any, Any]],
                  hosts: set[str], again: set[str] | None) -> None:
        """Prepare every page as `mkdocs build` leaves it once read, without reading most of them:
        after a change of the file set, pages whose source is unchanged since `old` keep their
        rendering; the others get the title and front matter that the navigation, the tags page and
        other pages show, from the library's parsed front matter (`_unread_page`). Both kinds are
        read when asked for or when `warm_one` gets to them, the pages read before only when they
        are in `again` (None: all). Pages that cannot be prepared so (no title in the front
        matter, tag listings, generated pages) are read now."""
        built = self._built
        previous = {f.src_uri: f for f in old.files.documentation_pages()} if old else {}
        for file in built.files.documentation_pages():
            if file.page is None and file.inclusion.is_not_in_nav():  # type: ignore[no-untyped-call]
                Page(None, file, built.config)
            page = file.page
            assert page is not None
            was = previous.get(file.src_uri)
            before = was.page if was is not None else None
            if file.generated_by:
                same_source = was is not None and was.generated_by is not None and (
                    was.content_string == file.content_string)
            else:
                briefing = self.library.get(file.src_uri)
                same_source = briefing is not None and old_library is not None and (
                    old_library.get(file.src_uri) is briefing)
            if before is not None and same_source and file.src_uri in unread and file.src_uri not in hosts:
                page.meta, page.title = before.meta, vars(before)["title"]  # given before, still unread
                tags.carry(built.config, page)
                built.stale.add(file.src_uri)
                self._unread[file.src_uri] = unread[file.src_uri]
                continue
            if (before is not None and before.markdown is not None and same_source
                    and file.src_uri not in hosts):
                for name in _PAGE_STATE:
                    setattr(page, name, getattr(before, name, None))
                if "title" in vars(before) and file.src_uri not in built.nav_titles:
                    page.title = vars(before)["title"]  # as a plugin set it (e.g. escaped)
                tags.carry(built.config, page)
                if again is None or file.generated_by or file.src_uri in again:
                    built.stale.add(file.src_uri)
                continue
            if self._unread_page(file, page):
                continue
            mkbuild._populate_page(page, built.config, built.files)
        built.env = built.config.plugins.on_env(built.env, config=built.config, files=built.files)
        built.env_ready = True

    def _again(self, old: Built, old_library: Library | None, old_graph: Any,
               changed: set[str] | None) -> set[str] | None:
        """The pages read before that show a file that came, went or changed, and must be read
        again: those linking to it (MkDocs resolves links against the file set), the index page
        of its section (the section list), pages whose placeholder links name its title. None
        (read every page again) when the changes are not known, or generated planned pages changed."""
        from briefings.links import resolve

        graph = self.plugin.graph
        if changed is None or old_library is None or old_graph is None or graph is None:
            return None
        if changes.plan_files(old_graph) != changes.plan_files(graph):
            return None
        moved = changed | ({f.src_uri for f in old.files} ^ {f.src_uri for f in self._built.files})
        again = set()
        for rel, found in graph.pages.items():
            for link in found.links:
                target = resolve.target(rel, link.href)
                if target.kind in (resolve.Kind.RELATIVE, resolve.Kind.ABSOLUTE) and target.path in moved:
                    again.add(rel)
                    break
        sections = {path.split("/", 1)[0] if "/" in path else "" for path in moved}
        again |= {f"{section}/index.md" if section else "index.md" for section in sections}
        titles = {page.title for path in moved for library in (old_library, self.library)
                  if (page := library.get(path)) is not None}
        return again | changes.title_dependent(graph, titles)

    def _unread_page(self, file: File, page: Page) -> bool:
        """Give a page the title and front matter it will have once read (MkDocs' own front matter,
        escaped as the briefings plugin does), from the library's parse of the same YAML text;
        False when that cannot be known without reading it."""
        from mkdocs.utils import meta as mkmeta

        from briefings.site import escaping, pagesafety

        built = self._built
        briefing = self.library.get(file.src_uri)
        if file.generated_by or briefing is None or not briefing.front.present or "\r" in briefing.text:
            return False
        found = mkmeta.YAML_RE.match(briefing.text)
        if found is None or found.group(1) != briefing.front.yaml_text or not isinstance(briefing.meta, dict):
            return False  # MkDocs would read other front matter than the library did
        if tags.lists(built.config, briefing.text):
            return False
        meta, _ = escaping.escape_meta(briefing.meta, self.plugin.templates)
        if pagesafety.drop_unusable_settings(meta, built.config.theme.dirs):
            return False  # read, it warns why
        title = built.nav_titles.get(file.src_uri, meta.get("title"))
        if title is None:
            return False  # the title comes from the rendered page
        page.meta = meta
        page.title = escaping.text_title(title)
        tags.carry(built.config, page)
        built.stale.add(file.src_uri)
        self._unread[file.src_uri] = (page.title, meta)
        return True

    def write_templates(self, path: str | None = None) -> None:
        """Write the theme's templates (404 page, sitemap) and extra templates if they are not
        current; `path`: only when that site path is one of them."""
        with self.lock:
            built = self.built
            if built is None or not self._templates_due:
                return
            theme, extra = built.config.theme.static_templates, built.config.extra_templates
            if path is not None and path not in {*theme, *extra, "sitemap.xml.gz"}:
                return
            for name in theme:
                mkbuild._build_theme_template(name, built.env, built.files, built.config, built.nav)
            for name in extra:
                mkbuild._build_extra_template(name, built.files, built.config, built.nav)
            self._templates_due = False

    @property
    def _built(self) -> Built:
        assert self.built is not None
        return self.built

    def page_file(self, url: str) -> File | None:
        """The documentation page at a site URL such as "RESEARCH/Alpha/" (None: not a page)."""
        return self.built.by_url.get(site_path(url)) if self.built is not None else None

    def warm_one(self) -> bool:
        """Read one page that waits to be read (for the search index, a faster first visit and the
        sourcing dashboard); once none waits, complete the dashboard. False when nothing is left."""
        with self.lock:
            built = self.built
            if built is None:
                return False
            waiting = built.stale - self._warm_failed
            if not waiting:
                if not self._sourcing_done:
                    self.moved |= self.complete_sourcing()
                elif self._templates_due:
                    self.write_templates()
                else:
                    return False
                return True
            src_uri = min(waiting)  # in order, so that a run is repeatable
            file = built.files.get_file_from_path(src_uri)
            if file is None or file.page is None:
                built.stale.discard(src_uri)
                return True
            try:
                self._read_now(file)
            except Exception:  # noqa: BLE001 - shown when the page is asked for
                self._warm_failed.add(file.src_uri)
            return True

    def render(self, file: File) -> Path:
        """Write the page's HTML if something it shows changed since it was last written."""
        from briefings.site import dashboard

        with self.lock:
            built = self._built
            # the file set may have been read again since the server looked the page up (outside this
            # lock): render the current File of that source, never a discarded one marked fresh
            file = built.files.get_file_from_path(file.src_uri) or file
            page = file.page
            assert page is not None
            if file.src_uri == dashboard.PAGE_URI and not self._sourcing_done:
                self.complete_sourcing()
            if file.src_uri in built.stale:
                self._read_now(file)
            if file.src_uri not in built.fresh:
                doc_files = built.files.documentation_pages()
                mkbuild._build_page(page, built.config, doc_files, built.nav, built.env,
                                    excluded=file.inclusion.is_excluded())  # type: ignore[no-untyped-call]
                built.fresh.add(file.src_uri)
            return Path(file.abs_dest_path)

    def take_moved(self) -> set[str]:
        """The URLs (or events.ALL) that reading in the background changed since the last call."""
        with self.lock:
            moved, self.moved = self.moved, set()
            return moved

    def complete_sourcing(self) -> set[str]:
        """The sourcing figures of every briefing (those not read yet are parsed now), and the
        dashboard that counts them all; returns the dashboard's URL if it changed."""
        with self.lock:
            plugin = self.plugin
            for briefing in self.library.briefings:
                plugin._sourcing(briefing)
            self._sourcing_done = True
            return self._refresh_dashboard()

    def update(self, edited: Briefing,
               claims_of: Callable[[Briefing], Sequence[Claimed] | None] | None = None) -> tuple[changes.Impact, set[str]]:
        """Take in a saved page (already read and parsed); returns how far the change reaches and
        the URLs of other pages it changed (generated planned pages, the dashboard). `claims_of`
        gives the saved briefing's asserting sentences from the lint's check (None: parse it here)."""
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
            if impact is changes.Impact.STRUCTURE:
                self.load(reuse=True, changed={edited.rel})
                return impact, set()
            self.plugin.library = library = changes.replaced(library, edited)
            touched: set[str] = set()
            self._graph_behind = True
            if impact is changes.Impact.META or changes.links_changed(before, edited):
                graph = self.plugin.graph
                if graph is not None:
                    new_graph = changes.rebuild_graph(library, graph)
                    self._graph_behind = False
                    if changes.plan_files(new_graph) != changes.plan_files(graph):
                        self.load(reuse=True)  # generated planned pages come or go: the file set changed
                        return changes.Impact.STRUCTURE, set()
                    self.plugin.graph = new_graph
                    touched = self._refresh_generated(new_graph)
            file = built.files.get_file_from_path(edited.rel)
            if file is None or file.page is None:
                self.load(reuse=True, changed={edited.rel})
                return changes.Impact.STRUCTURE, set()
            touched |= self._refresh_sourcing(edited, claims_of)
            was_tagged = tags.tagged(built.config, file.page)
            self._read_now(file)
            if impact is changes.Impact.META:
                self._meta_changed(file, before, edited, listed=was_tagged or tags.tagged(built.config, file.page))
            return impact, touched

    def _meta_changed(self, file: File, before: Briefing | None, edited: Briefing, *, listed: bool) -> None:
        """A page's title, status, summary, date or tags changed: the navigation of every page
        (written again when asked for), its section's index page, pages whose placeholders show
        the title, and the tags page when the page has or had tags are read again."""
        built = self._built
        built.nav = built.config.plugins.on_nav(built.nav, config=built.config, files=built.files)
        titles = {before.title, edited.title} if before is not None else {edited.title}
        built.stale |= changes.title_dependent(self.plugin.graph, titles) - {file.src_uri}
        built.fresh.clear()  # the navigation of every page may show the title
        self._templates_due = True
        again = {f"{edited.section}/index.md" if edited.section else "index.md"}
        if listed:
            again |= tags.hosts(built.config)
        for rel in sorted(again - {file.src_uri}):
            other = built.files.get_file_from_path(rel)
            if other is not None and other.page is not None:
                self._read_now(other)

    def _read_now(self, file: File) -> None:
        built = self._built
        self._populate(file)
        built.stale.discard(file.src_uri)
        built.fresh.discard(file.src_uri)

    def _populate(self, file: File) -> None:
        """Read and render a page again, as a build does for the first time: a title that a plugin
        set on the page last time (the briefings plugin sets it escaped) is forgotten first."""
        built = self._built
        page = file.page
        assert page is not None
        tags.forget(built.config, page)
        vars(page).pop("title", None)
        if file.src_uri in built.nav_titles:
            page.title = built.nav_titles[file.src_uri]
        mkbuild._populate_page(page, built.config, built.files)
        if built.env_ready:
            tags.fill(built.config, built.env, page, self._pages())
        given = self._unread.pop(file.src_uri, None)
        if given is not None and given != (vars(page).get("title"), page.meta):
            self._shown_elsewhere_changed(file)

    def _shown_elsewhere_changed(self, file: File) -> None:
        """A page read for the first time shows another title or front matter than it was given
        before (see `_unread_page`): every page's navigation is written again, and the tags page
        read again; open pages are told (`moved`)."""
        built = self._built
        built.fresh.clear()
        self._templates_due = True
        self.moved.add(ALL)
        for rel in sorted(tags.hosts(built.config) - {file.src_uri}):
            host = built.files.get_file_from_path(rel)
            if host is not None and host.page is not None:
                self._read_now(host)

    def _pages(self) -> list[Page]:
        """The documentation pages in the order of a build."""
        return [f.page for f in self._built.files.documentation_pages() if f.page is not None]

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

    def _refresh_sourcing(self, edited: Briefing,
                          claims_of: Callable[[Briefing], Sequence[Claimed] | None] | None) -> set[str]:
        """The saved briefing's sourcing figures (its header shows them) from the lint's asserting
        sentences; the sourcing dashboard counts every briefing, so its page and chart (generated
        files) are written again. Returns the dashboard's URL if it changed."""
        from briefings import sourcing
        from briefings.linting import config_of

        plugin = self.plugin
        plugin.sourcing.pop(edited.rel, None)
        if edited.status != "planned" and not edited.is_index:
            claimed = claims_of(edited) if claims_of is not None else None
            plugin.sourcing[edited.rel] = (sourcing.of_claims(edited, claimed) if claimed is not None
                                           else sourcing.of_briefing(edited, config_of(self.library)))
        return self._refresh_dashboard()

    def _refresh_dashboard(self) -> set[str]:
        """The dashboard's page and chart (generated files) from the figures known now; returns
        the dashboard's URL if it changed."""
        from briefings.site import dashboard, render

        plugin, built = self.plugin, self._built
        page_file = built.files.get_file_from_path(dashboard.PAGE_URI)
        if not plugin.config.dashboard or page_file is None or not page_file.generated_by:
            return set()
        order = {b.rel: n for n, b in enumerate(self.library.briefings)}  # ties as `sourcing.of_library` leaves them
        records = sorted(plugin.sourcing.values(), key=lambda r: (r.section, r.title.casefold(), order.get(r.rel, 0)))
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
        handler.setFormatter(_Shown("mkdocs %(levelname)s: %(message)s"))
        handler.setLevel(logging.WARNING)
        setattr(handler, "_briefings", True)  # noqa: B010 - a marker on a stdlib object
        logger.addHandler(handler)
        logger.propagate = False


class _Shown(logging.Formatter):
    """MkDocs' messages quote file names and links: control characters in them as U+FFFD."""

    def format(self, record: logging.LogRecord) -> str:
        return shown(super().format(record))


def _kept_records(before: Library | None, records: dict[str, Any], now: Library | None) -> dict[str, Any]:
    """The sourcing figures of the last read whose briefing and lint settings are unchanged."""
    from briefings.linting import config_of

    if before is None or now is None or config_of(before) != config_of(now):
        return {}
    kept = {}
    for rel, record in records.items():
        was, is_now = before.get(rel), now.get(rel)
        if was is not None and is_now is not None and was.text == is_now.text:
            kept[rel] = record
    return kept


def _remove_gone(before: Files, now: Files) -> None:
    """Delete the written files of the last read that the site no longer has (a removed page)."""
    kept = {file.abs_dest_path for file in now}
    for file in before:
        if file.abs_dest_path not in kept:
            Path(file.abs_dest_path).unlink(missing_ok=True)


class _ThemeListing:
    """The theme's Jinja environment as `Files.add_files_from_theme` uses it, listing the theme's
    files once (walking the theme's folders costs more than the rest of a reload)."""

    def __init__(self, env: Any) -> None:
        self.env = env
        self._names: list[str] | None = None

    def list_templates(self, filter_func: Callable[[str], bool] | None = None) -> list[str]:
        if self._names is None:
            self._names = list(self.env.list_templates(filter_func=filter_func))
        return self._names
