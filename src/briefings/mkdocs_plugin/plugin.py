"""MkDocs events; each one delegates to briefings.site so the CLI and the plugin share one code path."""

from __future__ import annotations

import logging
from pathlib import Path

from jinja2 import ChoiceLoader, DictLoader, Environment
from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import TemplateContext

from briefings import collector, deadline, links
from briefings.errors import BriefingsError
from briefings import sourcing
from briefings.library import Briefing, Library
from briefings.linting import config_of
from briefings.mkdocs_plugin.config import BriefingsConfig
from briefings.publishing import site as edition_site
from briefings.site import assets, dashboard, fastinline, pages, pagesafety, parts, planned, render, searchparse, sources
from briefings.site.rendercache import RenderCache, build_succeeded
from briefings.site import nav as site_nav
from briefings.sourcing import Sourcing

log = logging.getLogger("mkdocs.plugins.briefings")


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    """Adds briefing headers, source lists and section listings to the site."""

    def __init__(self) -> None:
        self.library: Library | None = None
        self.graph: links.LinkGraph | None = None
        self.planned_urls: set[str] = set()
        self.templates: frozenset[str] = frozenset()
        self.trimmed: site_nav.Trimmed | None = None
        self.sourcing: dict[str, Sourcing] = {}
        self.preview = False  # `mkdocs serve`: MkDocs injects its live-reload script into each page
        self.one_shot = False  # `mkdocs build`: the process ends with the build
        self.part: parts.Part | None = None  # this process renders only some pages (site/parts.py)
        self.owned: set[str] = set()
        self.unrendered: set[str] = set()
        self.files: Files | None = None
        self.render_cache: RenderCache | None = None  # renders and search entries of unchanged pages
        self.render_timer = deadline.Timer()  # Python-Markdown's render of one page, within its budget
        # the live preview: figures of the briefings read so far (or kept from its last read), the
        # rest as their pages are read; the preview completes the dashboard before showing it
        self.lazy_sourcing = False
        # the live preview, after a file came or went: pages and their links known to be unchanged
        self.known_pages: dict[str, Briefing] = {}
        self.known_graph: links.LinkGraph | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.preview = command == "serve"
        self.one_shot = command == "build"  # the live preview's session says "build" too, and reads lazily
        if self.one_shot:
            collector.for_build()  # before the library and the site are loaded

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self.library, self.graph, self.planned_urls = None, None, set()  # the instance lives across rebuilds
        self.sourcing = {}
        self.part, self.owned, self.unrendered = None, set(), set()
        self.render_cache = None
        if not self.config.enabled:
            return config
        self.part = None if self.preview else parts.Part.from_env()
        root = Path(config.config_file_path or ".").resolve().parent
        try:
            self.library = Library.load(root, known=self.known_pages)
        except BriefingsError as exc:
            raise PluginError(f"briefings: {exc.message}") from None
        if Path(config.docs_dir).resolve() != self.library.project.docs_dir:  # what is checked is what is built
            raise PluginError(f"briefings: MkDocs reads docs_dir as {config.docs_dir}, briefings as "
                              f"{self.library.project.docs_dir}: write docs_dir in mkdocs.yml itself")
        assets.configure(config, css=self.config.css)
        fastinline.add_to(config.markdown_extensions)  # last: it keeps the inline processor it finds
        pagesafety.confine_snippets(config.docs_dir, self.library.project.settings.limits.file_bytes,
                                    lambda why: log.warning("briefings: %s", why))
        edition_site.configure(config)
        self.templates = pagesafety.site_templates(config.theme.custom_dir, edition_site.OVERRIDES)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        for src, why in pagesafety.drop_special_files(files, config.docs_dir) if self.config.enabled else []:
            log.warning("briefings: %s/%s %s: left out of the site; remove it", Path(config.docs_dir).name, src, why)
        if self.config.enabled:
            for file in assets.files(config, css=self.config.css):
                files.append(file)
            for file in edition_site.extra_files(config):
                files.append(file)
        if self.config.enabled and self.config.planned and self.library is not None:
            try:
                self.graph = links.build(self.library, reuse=self.known_graph.pages if self.known_graph else None)
            except BriefingsError as exc:
                raise PluginError(f"briefings: {exc.message}") from None
            planned.add_files(files, config, self.graph, self.config.planned_list,
                              list_in_nav=self.config.planned_list_in_nav)
            self.planned_urls = planned.planned_urls(self.graph, files)
        if self.config.enabled and self.library is not None:
            records: list[Sourcing] = []  # the live preview fills the dashboard in when it is asked for
            if not self.lazy_sourcing:
                records = sourcing.load_or_compute(self.library)
                self.sourcing = {r.rel: r for r in records}
            if self.config.dashboard:
                pages.add_dashboard(files, config, records, render.section_titles(self.library))
            pages.add_tags_page(files, config)
        return files

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation | None:
        if self.config.enabled and self.library is not None:
            titles = render.section_titles(self.library)
            for item in nav.items:
                folder = _section_folder(item)
                if folder in titles:
                    item.title = escape(titles[folder])
            pages.last_in_nav(nav, [self.config.planned_list, dashboard.PAGE_URI, pages.TAGS_URI])
        search = config.plugins.get("search") or config.plugins.get("material/search")
        if self.config.enabled:
            searchparse.speed_up(search)  # before the render cache wraps the index: its misses parse faster too
        # opened here: every plugin's on_config has set the Markdown options by now
        if self.config.enabled and self.config.render_cache and self.library is not None and not self.lazy_sourcing:
            self.render_cache = RenderCache.open(config, self.library.project.root)
            if self.render_cache is not None:
                self.render_cache.wrap_search(search)
        if self.part is not None:
            self.owned = {f.src_uri for i, f in enumerate(files.documentation_pages())
                          if self.part.owns(i, f.src_uri)}
            parts.skip_search(search, self.unrendered)  # outermost: not even a cache lookup for them
        return nav

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        result = self._page_markdown(markdown, page=page, config=config, files=files)
        if page.file.src_uri in self.unrendered:
            parts.skip_render(page)  # another part renders it: no Markdown instance, no cache entry
            return result
        if self.render_cache is not None:
            self.render_cache.attach(page)  # the render reads the Markdown as the last plugin left it
        if self.config.enabled and self.library is not None:
            seconds = deadline.render_budget(self.library.project.settings.limits, len(result or markdown))
            self.render_timer.start(seconds, lambda late: _over_budget(page, config, late, _RENDER_WORK))
        return result

    def _page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if not self.config.enabled:
            return markdown
        refused = pagesafety.escape_front_matter(page, self.templates)
        if refused:
            log.warning("briefings: %s: front matter `template: %s` is not one of the site's own templates; "
                        "the page uses main.html", page.file.src_uri, refused)
        for problem in pagesafety.drop_unusable_settings(page.meta, config.theme.dirs):
            log.warning("briefings: %s: %s", page.file.src_uri, problem)
        if self.part is not None and page.file.src_uri not in self.owned:
            page.meta["template"] = parts.UNRENDERED  # another part writes it
            if "title" in page.meta:  # here only its title and its place count; else its first heading is the title
                self.unrendered.add(page.file.src_uri)
                return ""
        if self.library is None:
            return markdown
        if self.graph is not None:
            markdown = planned.rewrite_placeholders(markdown, page.file.src_uri, self.graph)
        briefing = self.library.get(page.file.src_uri)
        if briefing is None:
            return markdown
        if briefing.is_index:
            return render.fill_listing(markdown, self.library, briefing.section, _href(page, files))
        if self.config.header:
            board = files.get_file_from_path(dashboard.PAGE_URI) if self.config.dashboard else None
            link = get_relative_url(board.url, page.url) if board else ""
            return render.decorate(markdown, briefing, self._sourcing(briefing), dashboard=link,
                                   site_name=config.site_name)
        return markdown

    @event_priority(100)  # first: the budget covers every plugin's work on the page (Material's search index)
    def _start_page_budget(self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                           nav: Navigation) -> TemplateContext | None:
        if self.config.enabled and self.library is not None:
            seconds = deadline.render_budget(self.library.project.settings.limits, len(page.markdown or ""))
            self.render_timer.start(seconds, lambda late: _over_budget(page, config, late, _PAGE_WORK))
        return context

    def _trim_nav(self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                  nav: Navigation) -> TemplateContext | None:
        if self.config.enabled and self.config.bounded_nav and (self.part is None or page.file.src_uri in self.owned):
            self.trimmed = site_nav.trim(page, nav.items)  # its neighbours, not whole sections
        return context

    on_page_context = CombinedEvent(_start_page_budget, _trim_nav)

    @event_priority(-100)  # after every other plugin: what they add to the content is sanitised too
    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        self.render_timer.stop()
        if not self.config.enabled:
            return html
        html = pagesafety.sanitize_page(html, page)
        if page.file.src_uri in self.unrendered:
            page.present_anchor_ids = None  # MkDocs skips links to its anchors; the merge checks them
            return html
        if self.planned_urls:
            html = planned.mark_links(html, page.url, self.planned_urls)
        briefing = self.library.get(page.file.src_uri) if self.library and self.config.header else None
        if briefing is not None and not briefing.is_index:
            html = sources.attach(html, briefing)  # after the sanitiser: built from escaped values only
        return html

    def on_build_error(self, *, error: Exception) -> None:
        self.render_timer.stop()  # a page failed between its markdown and its content: disarm the budget

    @event_priority(-100)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.config.enabled and self.files is not None:  # again: a plugin after ours adds a file in on_env, and
            edition_site.refuse_foreign(self.files, config)  # a failed build deploys nothing
        if self.config.enabled:
            edition_site.fix_not_found_page(config)
        if self.config.enabled and self.part is not None:
            self._write_manifest(config)
        if self.render_cache is not None:
            cache, self.render_cache = self.render_cache, None
            log.info("briefings: %d page(s) rendered, %d from the render cache", cache.misses, cache.hits)
            if build_succeeded(config):
                cache.save(pages=len(self.files.documentation_pages()) if self.files else 0)

    def _write_manifest(self, config: MkDocsConfig) -> None:
        """What the merge needs from this part: every page, which are this part's, their anchors."""
        records = []
        for file in self.files.documentation_pages() if self.files else []:
            page = file.page
            rendered = page is not None and file.src_uri not in self.unrendered
            anchors = page.present_anchor_ids if rendered and page is not None else None
            links = page.links_to_anchors if rendered and page is not None else None
            records.append({
                "src": file.src_uri, "url": page.url if page is not None else file.url, "dest": file.dest_uri,
                "owned": file.src_uri in self.owned, "anchors": sorted(anchors) if anchors is not None else None,
                "links": {target.src_uri: dict(found) for target, found in (links or {}).items()},
            })
        state = parts.library_state(str(config.config_file_path or ""), config.docs_dir,
                                    [f.abs_src_path for f in self.files or [] if f.abs_src_path])
        Path(config.site_dir, parts.MANIFEST).write_text(
            parts.manifest(records, int(config.validation.links.anchors), state), encoding="utf-8")

    def _sourcing(self, briefing: Briefing) -> Sourcing | None:
        """The sourcing record of a briefing (computed once per build)."""
        if briefing.status == "planned" or self.library is None:
            return None
        if briefing.rel not in self.sourcing:
            self.sourcing[briefing.rel] = sourcing.of_briefing(briefing, config_of(self.library))
        return self.sourcing[briefing.rel]

    def _configure_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment | None:
        if self.config.enabled:
            pagesafety.configure_templates(env)
        if self.config.enabled and self.one_shot and not self.lazy_sourcing:
            collector.freeze_loaded()  # the site is loaded: its pages are rendered next, and the process ends
        if self.part is not None and env.loader is not None:
            env.loader = ChoiceLoader([DictLoader({parts.UNRENDERED: ""}), env.loader])
        return env

    @event_priority(-100)  # late: nothing is written before on_env, and most plugins have added their files
    def _refuse_foreign(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment | None:
        self.files = files  # what MkDocs writes, as every plugin left it (read again after the build)
        if self.config.enabled:
            edition_site.refuse_foreign(files, config)
        return env

    on_env = CombinedEvent(_configure_env, _refuse_foreign)

    @event_priority(-100)  # last, so that the hashes cover every inline script of the finished page
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        self.render_timer.stop()
        if self.trimmed is not None:  # the page is rendered: its sections get all their children back
            self.trimmed.restore()
            self.trimmed = None
        return pagesafety.add_policy(output, preview=self.preview) if self.config.enabled else output

    @event_priority(-100)
    def on_post_template(self, output_content: str, /, *, template_name: str, config: MkDocsConfig) -> str | None:
        if self.config.enabled and template_name.endswith(".html"):
            return pagesafety.add_policy(output_content, preview=self.preview)
        return output_content


def _href(page: Page, files: Files) -> render.Href:
    """Resolve a docs-relative path to a URL relative to `page` ('' when the file is not in the build)."""

    def href(rel: str) -> str:
        target = files.get_file_from_path(rel)
        return get_relative_url(target.url, page.url) if target else ""

    return href


def _section_folder(item: object) -> str:
    """The top-level folder of a nav section, from its first page ('' for anything else)."""
    if not isinstance(item, Section):
        return ""
    for child in item.children:
        if isinstance(child, Page) and "/" in child.file.src_uri:
            return child.file.src_uri.split("/", 1)[0]
    return ""


_RENDER_WORK = "Python-Markdown took longer than this page's budget of {seconds:.3g} CPU s to render it"
_PAGE_WORK = "the theme's template and the site's plugins (its search index) took longer than this page's " \
             "budget of {seconds:.3g} CPU s to build its page"


def _over_budget(page: Page, config: MkDocsConfig, seconds: float, work: str) -> PluginError:
    where = f"{Path(config.docs_dir).name}/{page.file.src_uri}"
    return PluginError(f"briefings: {where}: {work.format(seconds=seconds)}; run `briefings lint` on it "
                       f"(rule render-hazard), or raise render_seconds_per_mb or file_seconds_min under "
                       f"[tool.briefings.limits]")
