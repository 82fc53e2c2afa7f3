"""Bounded navigation: a briefing page lists its section's index and its nearest neighbours, not the
whole section, so a page's size and build time do not grow with the library.

Material's `navigation.prune` renders only the current section, but all of it: with 250 briefings
in a section every page carried 250 links (230 KB pages at 2,000 briefings). Here each section on
the path to the page shows its index page, up to `NEARBY` pages either side of the current one,
and a link to the index ("All 250 briefings"), which lists, sorts and filters every briefing.
The sections are trimmed just before the page is rendered and restored right after
(`on_page_context` / `on_post_page`); MkDocs renders one page at a time.
"""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.structure import StructureItem
from mkdocs.structure.nav import Link, Section
from mkdocs.structure.pages import Page

NEARBY = 5  # pages either side of the current one


@dataclass
class Trimmed:
    """The sections trimmed for one page, with their full lists of children to put back."""

    saved: list[tuple[Section, list[StructureItem]]]

    def restore(self) -> None:
        """Give every trimmed section its full list of children again."""
        for section, children in self.saved:
            section.children = children
        self.saved = []


def trim(page: Page, items: list[StructureItem], nearby: int = NEARBY) -> Trimmed:
    """Bound the children of every section on the path to `page`, and cut the other top-level
    sections (`items`) to what a collapsed section shows (its index page and first page: Material
    still loops over all their children); `restore()` undoes it."""
    saved: list[tuple[Section, list[StructureItem]]] = []
    item: StructureItem = page
    path: list[StructureItem] = []
    while isinstance(item.parent, Section):
        section = item.parent
        path.append(section)
        full = section.children
        bounded = window(full, item, nearby)
        if bounded is not full:
            saved.append((section, full))
            section.children = bounded
        item = section
    for other in items:
        if isinstance(other, Section) and not _among(other, path) and len(other.children) > 2:
            saved.append((other, other.children))
            other.children = collapsed(other.children)
    return Trimmed(saved)


def collapsed(children: list[StructureItem]) -> list[StructureItem]:
    """What a collapsed section shows: its index page and its first other item, in their order."""
    index = _index_page(children)
    first = next((c for c in children if c is not index), None)
    return [c for c in children if c is index or c is first]


def _index_page(children: list[StructureItem]) -> Page | None:
    return next((c for c in children if isinstance(c, Page) and c.is_index), None)


def _among(item: StructureItem, items: list[StructureItem]) -> bool:
    """`item in items` by identity: a Page compares by title and file, and its title is computed."""
    return any(i is item for i in items)


def window(children: list[StructureItem], current: StructureItem, nearby: int) -> list[StructureItem]:
    """The index page, `nearby` items either side of `current`, and a link to the index for the
    rest; `children` itself when they are few enough to show them all."""
    index = _index_page(children)
    others = [c for c in children if c is not index]
    if len(others) <= 2 * nearby + 1:
        return children
    at = next((i for i, c in enumerate(others) if c is current), 0)
    start = max(0, min(at - nearby, len(others) - (2 * nearby + 1)))
    shown: list[StructureItem] = [index] if index is not None else []
    shown += others[start:start + 2 * nearby + 1]
    if index is not None:
        count = sum(1 for c in others if isinstance(c, Page))
        more = Link(f"All {count} in this section", index.url)
        more.parent = index.parent
        shown.append(more)
    return shown
