"""The link graph of a library, built once from the Markdown sources: links, placeholders, the plan."""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from briefings.library import Briefing, Library
from briefings.links import registry, resolve
from briefings.links.model import Link, Placeholder, PlannedPage
from briefings.links.scancache import ScanCache, scanned
from briefings.links.titles import file_name, title_key

TAKEN_SUFFIX = " (planned).md"  # ends a planned page's path when a file with another title has its name


@dataclass
class PageLinks:
    """The links and placeholders of one page."""

    page: Briefing
    links: list[Link]
    placeholders: list[Placeholder]


@dataclass
class LinkGraph:
    """Everything the link checks, `--fix`, `--scaffold` and the site need to know about links."""

    library: Library
    pages: dict[str, PageLinks]
    entries: list[registry.Entry]
    titles: dict[str, str]  # title key -> rel of the existing page with that title
    plan: dict[str, PlannedPage] = field(default_factory=dict)  # title key -> planned page
    left_out: dict[str, Briefing] = field(default_factory=dict)  # pages kept out of this copy (a staged edition)

    @cached_property
    def assets(self) -> set[str]:
        """Docs-relative paths of the non-Markdown files (images, PDFs) the site copies."""
        docs = self.library.docs_dir
        return {p.relative_to(docs).as_posix() for p in docs.rglob("*")
                if p.is_file() and p.suffix != ".md" and not any(s.startswith(".") for s in p.relative_to(docs).parts)}

    @cached_property
    def path_index(self) -> resolve.PathIndex:
        """The pages and files by name, for the did-you-mean of a broken link."""
        return resolve.PathIndex([p.rel for p in self.library.pages] + sorted(self.assets))

    @cached_property
    def unpublished(self) -> dict[str, Briefing]:
        """The pages an edition published now would leave out (drafts, embargoed), by docs-relative
        path, and those `left_out` of this copy of the library already."""
        from briefings.publishing.exclusion import is_excluded

        now = dt.datetime.now(dt.timezone.utc)
        return {**self.left_out, **{page.rel: page for page in self.library.pages if is_excluded(page, now)}}

    @cached_property
    def published_titles(self) -> dict[str, str]:
        """Title key -> the first page with that title that an edition published now would show."""
        found: dict[str, str] = {}
        for page in self.library.pages:
            if page.rel not in self.unpublished:
                found.setdefault(title_key(page.title), page.rel)
        return found

    @cached_property
    def left_out_titles(self) -> dict[str, Briefing]:
        """The pages `left_out` of this copy, by title key: a placeholder for one is a planned briefing here."""
        return {title_key(page.title): page for page in self.left_out.values()}

    @cached_property
    def planned_by_rel(self) -> dict[str, PlannedPage]:
        """Planned pages by their docs-relative path."""
        return {p.rel: p for p in self.plan.values()}

    def anchors(self, rel: str) -> set[str]:
        """The ids the page at `rel` will carry on the site."""
        cache: dict[str, set[str]] = self.__dict__.setdefault("_anchors", {})
        if rel not in cache:
            cache[rel] = _page_anchors(self.library, rel)
        return cache[rel]

    def placeholder_target(self, placeholder: Placeholder) -> str | None:
        """The page a placeholder leads to on the site: an existing page, a stub or a generated page."""
        key = title_key(placeholder.link.text)
        if key in self.titles and key not in self.plan:
            return self.titles[key]
        planned = self.plan.get(key)
        return planned.rel if planned else None


def build(library: Library, *, reuse: dict[str, PageLinks] | None = None,
          left_out: Iterable[Briefing] = (), cache_root: Path | None = None) -> LinkGraph:
    """Parse every page's links and work out which briefings are planned; `reuse` holds pages
    scanned before (the live preview's last graph), taken where their Briefing is still the library's;
    `left_out`: the pages of the work tree that a staged copy (`library`) left out; `cache_root`: the
    library whose scan cache to read and update (none by default)."""
    reuse = reuse or {}
    kept = [_reused(reuse.get(page.rel), page) for page in library.pages]
    cache = ScanCache(cache_root)
    pages = [page_links or scan_page(page, cache) for page, page_links in zip(library.pages, kept)]
    cache.save(whole_library=not left_out)  # a staged edition lacks its drafts: their entries stay
    graph = assemble(library, pages)
    graph.left_out = {page.rel: page for page in left_out}
    _count_direct_links(graph)
    return graph


def assemble(library: Library, pages: list[PageLinks]) -> LinkGraph:
    """The graph of these scanned pages (in library order): titles of all pages, the registry, the plan."""
    label = library.project.label(library.docs_dir / registry.REGISTRY_NAME)
    titles: dict[str, str] = {}
    for page in library.pages:
        titles.setdefault(title_key(page.title), page.rel)
    graph = LinkGraph(library, {p.page.rel: p for p in pages}, registry.load(library.docs_dir, label), titles)
    _plan(graph)
    return graph


def _reused(scanned: PageLinks | None, page: Briefing) -> PageLinks | None:
    return scanned if scanned is not None and scanned.page is page else None


def scan_page(page: Briefing, cache: ScanCache | None = None) -> PageLinks:
    """Scan one page's links and placeholders (read back from `cache` when it holds this body)."""
    found = cache.scan(page) if cache else scanned(page)
    return PageLinks(page, found.links, found.placeholders)


def _plan(graph: LinkGraph) -> None:
    """Stubs, then registry entries, then unresolved placeholders become planned pages."""
    for page in graph.library.briefings:
        if page.status == "planned":
            planned = graph.plan.setdefault(title_key(page.title), PlannedPage(
                title_key(page.title), page.title, page.rel, page.section, stub=True))
            planned.add_note(str(page.meta.get("plan") or "").strip())
    for entry in graph.entries:
        key = title_key(entry.title)
        if key in graph.titles and key not in graph.plan:
            continue  # the briefing exists now: reported as a stale registry entry
        planned = graph.plan.setdefault(key, PlannedPage(key, entry.title, "", entry.section))
        planned.declared = True
        planned.add_note(entry.note)
    for page_links in graph.pages.values():
        for placeholder in page_links.placeholders:
            _want(graph, placeholder)
    _place(graph)


def _want(graph: LinkGraph, placeholder: Placeholder) -> None:
    key = title_key(placeholder.link.text)
    if not key or (key in graph.titles and key not in graph.plan):
        return
    planned = graph.plan.setdefault(key, PlannedPage(key, placeholder.link.text.strip(), "", ""))
    planned.add_note(placeholder.note)
    planned.add_wanting(placeholder.link.source)


def _place(graph: LinkGraph) -> None:
    """Give generated planned pages a section and a path (the path `--scaffold` would write)."""
    for planned in graph.plan.values():
        if planned.rel:
            continue
        if not planned.section and planned.wanted_by:
            planned.section = posixpath.dirname(planned.wanted_by[0]).split("/")[0]
        name = file_name(planned.title)
        rel = f"{planned.section}/{name}" if planned.section else name
        if graph.library.get(rel) is not None:  # a file with another title already has that name
            rel = rel[:-3] + TAKEN_SUFFIX
        planned.rel = rel


def _count_direct_links(graph: LinkGraph) -> None:
    """Ordinary links to a planned page's path also count as wanting it."""
    by_rel = graph.planned_by_rel
    for rel, page_links in graph.pages.items():
        for link in page_links.links:
            found = resolve.target(rel, link.href)
            if found.kind is resolve.Kind.RELATIVE and found.path in by_rel:
                by_rel[found.path].add_wanting(rel)


def _page_anchors(library: Library, rel: str) -> set[str]:
    from briefings import markdown  # the parsers: only for a link to an anchor on another page
    from briefings.links import anchors

    page = library.get(rel)
    if page is None:
        return set()
    extra_headings = [] if page.is_index or _has_h1(page) else [page.title]  # render.decorate adds the title
    extra_ids = {"sources", *(f"source-{s.get('id')}" for s in page.sources)} if page.sources else set()
    return anchors.page_anchors(markdown.tokens(page), page.body, extra_headings=extra_headings,
                                extra_ids=extra_ids, separator=anchors.toc_options(library.project.mkdocs))


def _has_h1(page: Briefing) -> bool:
    from briefings import markdown

    return any(t.type == "heading_open" and t.tag == "h1" for t in markdown.tokens(page))
