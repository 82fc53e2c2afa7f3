"""Where MkDocs publishes each page, and two pages it would publish at one address.

With directory URLs `RESEARCH/Heron.md` and `RESEARCH/Heron/index.md` are both `RESEARCH/Heron/`,
as are `README.md` and `index.md` in one folder: MkDocs writes one page over the other (without a
warning, for the first pair), so a reader gets whichever it wrote last. An edition that leaves one
of the two out (a draft) shows the other at that address, but publishing the draft later would
replace it: the pair is an error wherever it is checked, naming both files.
"""

from __future__ import annotations

import posixpath
from collections.abc import Collection, Iterable, Iterator
from urllib.parse import quote

from briefings.config import Project
from briefings.findings import Finding, Severity
from briefings.library import Briefing, Library

RULE = "url-collision"
SUMMARY = "two pages that MkDocs publishes at one address (a.md and a/index.md): one replaces the other"


def directory_urls(project: Project) -> bool:
    """Whether the site gives pages directory URLs (MkDocs' `use_directory_urls`, on unless turned off)."""
    return bool(project.mkdocs.get("use_directory_urls", True))


def page_url(rel: str, *, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a docs-relative Markdown path, relative to the site root."""
    folder, name = posixpath.split(rel)  # string operations: this runs for every page of every lint
    if name in ("index.md", "README.md"):
        target = f"{folder}/" if folder else ""
        return quote(target if directory_urls else f"{target}index.html")
    stem = posixpath.splitext(rel)[0]
    return quote(f"{stem}/" if directory_urls else f"{stem}.html")


def collisions(library: Library, *, left_out: Iterable[Briefing] = (),
               only: Collection[str] | None = None) -> list[Finding]:
    """An error on each page of `library` (of `only` among them) that shares its address with another
    page, of the library or `left_out` of this copy of it (a staged edition's drafts)."""
    folders = directory_urls(library.project)
    outside = list(left_out)
    by_url: dict[str, list[Briefing]] = {}
    for page in [*library.pages, *outside]:
        by_url.setdefault(page_url(page.rel, directory_urls=folders), []).append(page)
    return sorted(_findings(by_url, {id(page) for page in outside}, only))


def _findings(by_url: dict[str, list[Briefing]], outside: set[int],
              only: Collection[str] | None) -> Iterator[Finding]:
    for url, pages in by_url.items():
        if len(pages) < 2:
            continue
        for page in pages:
            if id(page) in outside or (only is not None and page.rel not in only):
                continue
            others = ", ".join(_named(other, outside) for other in pages if other is not page)
            yield Finding(page.label, 1, 1, RULE, Severity.ERROR,
                          f"MkDocs publishes this page and {others} at one address, {url or '/'}: one replaces "
                          "the other on the site; rename or move one of them",
                          reason="two pages, one address")


def _named(page: Briefing, outside: set[int]) -> str:
    if id(page) not in outside:
        return page.label
    from briefings.publishing.exclusion import reason

    return f"{page.label} (left out of this edition: {reason(page)})"
