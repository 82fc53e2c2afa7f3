"""Planned briefings on the site: generated planned pages, the "Planned briefings" list, placeholder
links pointed at their pages, and links to planned pages marked like MediaWiki's red links."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from briefings.links import resolve, scan
from briefings.links.graph import LinkGraph
from briefings.links.model import PlannedPage
from briefings.links.registry import REGISTRY_NAME
from briefings.links.rewrite import point_placeholders

LINK_CLASS = "planned-link"
LINK_TITLE = "planned briefing"
_A_TAG = re.compile(r"<a\s[^>]*>")
_HREF = re.compile(r'\shref="([^"]*)"')
# ASCII punctuation: any of it may be syntax (Markdown's, HTML's or an extension's: `==`, `:emoji:`)
_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")
_SPACE = re.compile(r"\s+")
_BASE = "http://site.invalid/"  # only to resolve relative URLs against each other


def add_files(files: Files, config: MkDocsConfig, graph: LinkGraph, list_uri: str, *, list_in_nav: bool) -> None:
    """Drop planned.yml from the site; add a page per planned briefing without a file, and the list.

    Planned pages stay out of the navigation (like MediaWiki's wanted pages); the list joins it
    only when asked, as the navigation of the sections is the editors' design.
    """
    registry = files.get_file_from_path(REGISTRY_NAME)
    if registry is not None:
        files.remove(registry)
    for planned in graph.plan.values():
        if files.get_file_from_path(planned.rel) is None:
            files.append(File.generated(config, planned.rel, content=planned_page(planned, graph, list_uri),
                                        inclusion=InclusionLevel.NOT_IN_NAV))
    if files.get_file_from_path(list_uri) is None:
        in_nav = InclusionLevel.INCLUDED if list_in_nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, list_uri, content=planned_list(graph, list_uri), inclusion=in_nav))


def ranked(graph: LinkGraph) -> list[PlannedPage]:
    """Planned briefings, most wanted first, then by title."""
    return sorted(graph.plan.values(), key=lambda p: (-len(p.wanted_by), p.title.casefold()))


def planned_page(planned: PlannedPage, graph: LinkGraph, list_uri: str) -> str:
    """The Markdown of a generated planned page: status, plan note, the briefings that want it."""
    parts = [f"# {_escape(planned.title)}",
             '<p class="briefing-facts"><span class="briefing-status briefing-status--planned">Planned</span></p>',
             "This briefing is planned and not written yet."]
    if planned.notes:
        parts.append("**Plan:** " + _escape(_notes(planned)) + ".")
    if planned.wanted_by:
        parts.append("## Briefings that link here")
        parts.append("\n".join(f"- {_link(graph, planned.rel, rel)}" for rel in planned.wanted_by))
    parts.append(f"See all [planned briefings]({resolve.relative_href(planned.rel, list_uri)}), most wanted first.")
    return "\n\n".join(parts) + "\n"


def planned_list(graph: LinkGraph, list_uri: str) -> str:
    """The Markdown of the "Planned briefings" page, ranked by how many briefings want each one."""
    parts = ["# Planned briefings",
             "Briefings that other briefings link to but that are not written yet, most wanted first."]
    items = []
    for number, planned in enumerate(ranked(graph), 1):
        count = len(planned.wanted_by)
        line = (f"{number}. {_link(graph, list_uri, planned.rel, planned.title)}: wanted by {count} "
                f"briefing{'' if count == 1 else 's'}")
        if planned.notes:
            line += " (" + _escape(_notes(planned)) + ")"
        items.append(line)
    parts.append("\n".join(items) if items else "No briefings are planned at the moment.")
    return "\n\n".join(parts) + "\n"


def _link(graph: LinkGraph, source: str, rel: str, title: str = "") -> str:
    page = graph.library.get(rel)
    text = title or (page.title if page else rel)
    return f"[{_escape(text)}]({resolve.relative_href(source, rel)})"


def _notes(planned: PlannedPage) -> str:
    return "; ".join(note.rstrip(". ") for note in planned.notes)


def _escape(text: str) -> str:
    """Text shown as written, on one line: each punctuation character as a character reference,
    which no Markdown extension reads as syntax and no browser as a tag (a backslash escape would
    show a stray backslash where the extension that knows it is off: `\\<`, `\\=`)."""
    return _PUNCTUATION.sub(lambda found: f"&#{ord(found.group())};", _SPACE.sub(" ", text).strip())


def rewrite_placeholders(markdown: str, page_rel: str, graph: LinkGraph) -> str:
    """The page's Markdown with placeholder links pointed at the page (existing or planned) they stand for."""
    if "](" not in markdown:
        return markdown
    found = scan.scan(markdown, source=page_rel)
    edits = [(p, target) for p in found.placeholders if (target := graph.placeholder_target(p))]
    return point_placeholders(markdown, page_rel, edits) if edits else markdown


def planned_urls(graph: LinkGraph, files: Files) -> set[str]:
    """Absolute (against a dummy base) URLs of the planned pages in this build."""
    found = (files.get_file_from_path(p.rel) for p in graph.plan.values())
    return {urljoin(_BASE, f.url) for f in found if f is not None}


def mark_links(html: str, page_url: str, targets: set[str]) -> str:
    """Give links to planned pages the planned-link class and the tooltip "planned briefing"."""
    if not targets:
        return html
    base = urljoin(_BASE, page_url)

    def mark(match: re.Match[str]) -> str:
        tag = match.group(0)
        href = _HREF.search(tag)
        if not href or href.group(1).startswith("#") or urljoin(base, href.group(1)).split("#")[0] not in targets:
            return tag
        if ' class="' in tag:
            tag = tag.replace(' class="', f' class="{LINK_CLASS} ', 1)
        else:
            tag = tag[:2] + f' class="{LINK_CLASS}"' + tag[2:]
        if ' title="' not in tag:
            tag = tag[:-1] + f' title="{LINK_TITLE}">'
        return tag

    return _A_TAG.sub(mark, html)
