"""What a saved page changes on the site: only itself, the pages that show its title or status,
or the set of files (then the whole site is read again)."""

from __future__ import annotations

from enum import Enum
from typing import Any

from briefings.library import Briefing, Library
from briefings.links.graph import LinkGraph, build, scan_page
from briefings.links.titles import title_key

# Front matter shown outside the page itself: in the navigation, section lists, planned links and
# the tags page.
LISTED = ("title", "status", "summary", "updated", "tags")


class Impact(Enum):
    """How far a save reaches."""

    NONE = "none"  # same text as before
    PAGE = "page"  # only the page itself shows the change
    META = "meta"  # its title, status, summary, date or tags: navigation, section list, tags page too
    STRUCTURE = "structure"  # a page or a generated planned page came or went


def assess(before: Briefing | None, after: Briefing) -> Impact:
    """The reach of replacing `before` by `after` (None: a new file)."""
    if before is None:
        return Impact.STRUCTURE
    if before.text == after.text:
        return Impact.NONE
    if _listed(before) != _listed(after):
        return Impact.META
    return Impact.PAGE


def _listed(page: Briefing) -> tuple[Any, ...]:
    return (page.title, page.status, *(str(page.meta.get(key, "")) for key in LISTED[2:]))


def links_changed(before: Briefing | None, after: Briefing) -> bool:
    """True when the page's links or placeholders (targets and texts, not their lines) changed."""
    if before is None:
        return True
    return _link_keys(before) != _link_keys(after)


def _link_keys(page: Briefing) -> tuple[Any, ...]:
    found = scan_page(page)
    return (tuple((link.href, link.text, link.image) for link in found.links),
            tuple((p.link.href, p.link.text, p.note) for p in found.placeholders))


def replaced(library: Library, page: Briefing) -> Library:
    """The library with `page` in place of the page at the same path."""
    pages = [page if p.rel == page.rel else p for p in library.pages]
    return Library(project=library.project, pages=pages)


def rebuild_graph(library: Library, before: LinkGraph | None) -> LinkGraph:
    """The link graph of the library after the save (the unchanged pages' links are not scanned again)."""
    return build(library, reuse=before.pages if before is not None else None)


def title_dependent(graph: LinkGraph | None, titles: set[str]) -> set[str]:
    """Pages whose content shows one of these titles: their placeholder links (`[Title](#)`)
    point at the page (existing or planned) that has the title."""
    if graph is None:
        return set()
    keys = {title_key(title) for title in titles}
    return {rel for rel, found in graph.pages.items()
            if any(title_key(p.link.text) in keys for p in found.placeholders)}


def plan_files(graph: LinkGraph) -> tuple[str, ...]:
    """The paths of the planned pages: when they change, files of the site come or go."""
    return tuple(sorted(p.rel for p in graph.plan.values()))
