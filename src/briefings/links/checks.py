"""Findings from the link graph: broken links and anchors, placeholders, the planned registry."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator

from briefings.findings import Finding, Severity
from briefings.library import Briefing
from briefings.links import resolve
from briefings.links.graph import LinkGraph, PageLinks
from briefings.links.model import Link, Placeholder
from briefings.links.registry import REGISTRY_NAME
from briefings.links.resolve import Kind
from briefings.links.titles import title_key

RULES = {
    "link-broken": "a relative link whose target file does not exist",
    "link-anchor": "a link to a #anchor that the target page will not have",
    "link-folder": "a link to a folder; MkDocs only resolves links to files",
    "link-unpublished": "a link from a page that is published to a draft or an embargoed briefing",
    "link-absolute": "an absolute link (/...), which MkDocs leaves as is",
    "link-outside": "a link that leaves the docs folder, so it cannot work on the site",
    "placeholder-undeclared": "a placeholder for a briefing that is neither in planned.yml nor a stub file",
    "placeholder-planned": "a placeholder for a declared planned briefing",
    "placeholder-stale": "a placeholder whose briefing exists now",
    "placeholder-empty": "a placeholder without link text",
    "planned-stale": "a planned.yml entry whose briefing exists now",
}


def link_findings(graph: LinkGraph, page_links: PageLinks, *, strict: bool) -> Iterator[Finding]:
    """Every finding for one page."""
    for link in page_links.links:
        if not link.is_placeholder:
            yield from _check_link(graph, page_links, link)
    for placeholder in page_links.placeholders:
        yield from _check_placeholder(graph, page_links, placeholder, strict=strict)


def _finding(page_links: PageLinks, link: Link, rule: str, message: str, severity: Severity = Severity.ERROR,
             reason: str = "") -> Finding:
    return Finding(page_links.page.label, link.line, link.column, rule, severity, message, reason)


def _check_link(graph: LinkGraph, page_links: PageLinks, link: Link) -> Iterator[Finding]:
    found = resolve.target(page_links.page.rel, link.href)
    if found.kind is Kind.EXTERNAL:
        return
    if found.kind is Kind.OUTSIDE:
        yield _finding(page_links, link, "link-outside", f"link '{link.href}' leads out of the docs folder",
                       reason="only files under docs/ are part of the site")
    elif found.kind is Kind.ABSOLUTE:
        yield _finding(page_links, link, "link-absolute", f"absolute link '{link.href}'" + _suggest(
            graph, page_links.page.rel, found.path, found.anchor), reason="MkDocs leaves absolute links as they are; "
                       "they break when the site is served from a sub-path (editions)")
    elif found.path in graph.unpublished and page_links.page.rel not in graph.unpublished:
        yield _unpublished(graph, page_links, link, graph.unpublished[found.path])
    elif not _exists(graph, found.path):
        yield _missing(graph, page_links, link, found)
    elif found.anchor and found.path.endswith(".md") and found.path not in graph.planned_by_rel \
            and found.path not in graph.library.problems:  # an unreadable file: reported once, on itself
        yield from _check_anchor(graph, page_links, link, found)


def _unpublished(graph: LinkGraph, page_links: PageLinks, link: Link, target: Briefing) -> Finding:
    """A page that would be published links to one that would not, or names it in a placeholder (an
    edition never shows a left-out briefing's title: the leak scan refuses it): a warning on the work
    tree, an error on a staged edition, which has left the target out already."""
    from briefings.publishing.exclusion import reason

    if link.is_placeholder:
        what, effect, undo = f"placeholder '{link.text}' names", "an edition may not show its title", "reword it"
    else:
        what, effect, undo = f"link '{link.href}' points at", "the link breaks there", "remove the link"
    if graph.library.get(target.rel) is target:
        return _finding(page_links, link, "link-unpublished", f"{what} {target.label}, which is left out of editions "
                        f"({reason(target)}): {effect} (the publish gate refuses it)", Severity.WARNING,
                        reason=f"publish that page first, or {undo}")
    return _finding(page_links, link, "link-unpublished", f"{what} {target.label}, which exists but is left out of "
                    f"this edition ({reason(target)})", reason=f"publish that page first (or wait for its embargo), "
                    f"or {undo}")


def _exists(graph: LinkGraph, path: str) -> bool:
    return graph.library.get(path) is not None or path in graph.assets or path in graph.planned_by_rel \
        or path in graph.library.problems


def _missing(graph: LinkGraph, page_links: PageLinks, link: Link, found: resolve.Target) -> Finding:
    index = posixpath.join(found.path, "index.md") if found.path else "index.md"
    if graph.library.get(index) is not None:
        href = resolve.relative_href(page_links.page.rel, index, found.anchor)
        return _finding(page_links, link, "link-folder", f"link '{link.href}' points at a folder; "
                        f"did you mean {href}?", reason="MkDocs resolves links to Markdown files only")
    return _finding(page_links, link, "link-broken", f"broken link '{link.href}': no file docs/{found.path}"
                    + _suggest(graph, page_links.page.rel, found.path, found.anchor))


def _suggest(graph: LinkGraph, source: str, wanted: str, anchor: str) -> str:
    best = graph.path_index.closest(wanted)
    return f"; did you mean {resolve.relative_href(source, best, anchor)}?" if best else ""


def _check_anchor(graph: LinkGraph, page_links: PageLinks, link: Link, found: resolve.Target) -> Iterator[Finding]:
    ids = graph.anchors(found.path)
    if found.anchor in ids:
        return
    best = resolve.closest(found.anchor, sorted(ids))
    where = "this page" if found.path == page_links.page.rel else f"docs/{found.path}"
    hint = f"; did you mean #{best}?" if best else ""
    yield _finding(page_links, link, "link-anchor", f"no heading or id '#{found.anchor}' in {where}{hint}",
                   reason="anchors must match the heading ids MkDocs generates (toc slugs) or an explicit {#id}")


def _check_placeholder(graph: LinkGraph, page_links: PageLinks, placeholder: Placeholder, *,
                       strict: bool) -> Iterator[Finding]:
    link = placeholder.link
    key = title_key(link.text)
    if not key:
        yield _finding(page_links, link, "placeholder-empty", f"placeholder link '{link.href or '()'}' has no text",
                       Severity.WARNING, reason="write the planned briefing's title as the link text")
        return
    planned = graph.plan.get(key)
    target = graph.placeholder_target(placeholder) or ""
    left_out = None if key in graph.published_titles else (  # else only left-out pages have the title
        graph.unpublished.get(target) or graph.left_out_titles.get(key))  # the latter: in a staged edition
    if left_out is not None and page_links.page.rel not in graph.unpublished:
        yield _unpublished(graph, page_links, link, left_out)
    elif planned is None or planned.stub:
        if page_links.page.rel not in graph.unpublished:  # what `--fix` links it to: a page an edition shows
            target = graph.published_titles.get(key, target)
        href = resolve.relative_href(page_links.page.rel, target)
        yield _finding(page_links, link, "placeholder-stale", f"placeholder '{link.text}' now has a page: {href}",
                       Severity.WARNING, reason="run `briefings links --fix` to link it")
    elif planned.declared:
        yield _finding(page_links, link, "placeholder-planned", f"planned briefing '{link.text}' "
                       f"(declared in docs/{REGISTRY_NAME})", Severity.INFO)
    else:
        yield _finding(page_links, link, "placeholder-undeclared", f"placeholder '{link.text}' has no page and "
                       f"is not declared", Severity.ERROR if strict else Severity.WARNING,
                       reason=f"declare it in docs/{REGISTRY_NAME}, or run `briefings links --scaffold`")


def registry_findings(graph: LinkGraph) -> Iterator[Finding]:
    """Entries of planned.yml whose briefing has been written since."""
    label = graph.library.project.label(graph.library.docs_dir / REGISTRY_NAME)
    for entry in graph.entries:
        key = title_key(entry.title)
        if key in graph.titles and key not in graph.plan:
            yield Finding(label, entry.line, 1, "planned-stale", Severity.WARNING,
                          f"'{entry.title}' exists now (docs/{graph.titles[key]}); remove it from {REGISTRY_NAME}")
