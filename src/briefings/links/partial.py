"""The part of the link graph that the findings of a few pages need (`briefings lint FILE`).

Why not the full graph: scanning every page of a 2,000-briefing library takes about half a second.
A page's findings need all titles, stubs and planned.yml (cheap: front matter and one small file)
and its own links. The other pages' links matter only through the paths of generated planned
pages (their section comes from the first page that wants them), which make a link to that path
not broken. Those paths end in ".md" and name no file or end in " (planned).md"; only when the
pages link to such a path are the other pages that may hold a placeholder scanned too, in library
order, so that the plan comes out the same. `wanted_by` of planned pages is incomplete here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from briefings.library import Library
from briefings.links import resolve
from briefings.links.graph import TAKEN_SUFFIX, LinkGraph, PageLinks, assemble, scan_page
from briefings.links.scancache import ScanCache

# A superset of what scan.scan takes for a placeholder: after "](" (inline) or "]:" (reference
# definition), a destination that is empty, "#" or "#todo" in any case, or one that may become one
# once escapes, entities, <...> or blanked code and comments are undone.
_MAYBE_PLACEHOLDER = re.compile(r"\][(:]\s*+(?:[^\s()]*?[<`~&\\]|#?(?:todo)?(?![^\s)\"'(]))", re.IGNORECASE)


def build_for(library: Library, rels: set[str], *, cache_root: Path | None = None) -> LinkGraph:
    """A graph whose findings for the pages at `rels` equal those of the full graph (scans read
    back from and saved to the cache of the library at `cache_root`, if given)."""
    cache = ScanCache(cache_root)
    own = {p.rel: scan_page(p, cache) for p in library.pages if p.rel in rels}
    if len(own) < len(library.pages) and any(_may_be_planned_path(library, path) for path in _targets(own.values())):
        own = {p.rel: own.get(p.rel) or scan_page(p, cache) for p in library.pages
               if p.rel in own or may_hold_placeholder(p.body)}
    cache.save(whole_library=len(own) == len(library.pages))
    return assemble(library, list(own.values()))


def may_hold_placeholder(text: str) -> bool:
    """False only when scan.scan finds no placeholder in `text`."""
    return _MAYBE_PLACEHOLDER.search(text) is not None


def _targets(pages: Iterable[PageLinks]) -> Iterator[str]:
    """Docs-relative paths the ordinary links of these pages point at."""
    for links_of_page in pages:
        for link in links_of_page.links:
            if not link.is_placeholder:
                found = resolve.target(links_of_page.page.rel, link.href)
                if found.kind in (resolve.Kind.RELATIVE, resolve.Kind.SELF):
                    yield found.path


def _may_be_planned_path(library: Library, path: str) -> bool:
    """True when `path` could be where the plan puts a page generated from placeholders or planned.yml."""
    return path.endswith(".md") and (library.get(path) is None or path.endswith(TAKEN_SUFFIX))
