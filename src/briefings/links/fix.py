"""`briefings links --fix` and `--scaffold`: the only code that writes authored files, atomically."""

from __future__ import annotations

import datetime as dt
import os
import posixpath
from dataclasses import dataclass

import yaml

from briefings.library import Briefing, Library
from briefings.links import resolve
from briefings.links.graph import LinkGraph
from briefings.links.model import Placeholder, PlannedPage
from briefings.links.rewrite import link_text, point_placeholders
from briefings.links.titles import title_key
from briefings.mdtext import heading, inline, one_line
from briefings.textfile import symlink_note, write_atomic


@dataclass(frozen=True)
class Change:
    """One file written (`written`), or a placeholder left as it is: its label and what was done, or why not."""

    path: str
    what: str
    written: bool = True


def fix(graph: LinkGraph) -> list[Change]:
    """Point every placeholder whose briefing exists (a page or a stub) at it; returns what changed.
    A page an edition would publish is pointed only at pages it would publish too (the gate refuses a
    link to a left-out page): when only a left-out page has the title, the placeholder stays, said so."""
    changes: list[Change] = []
    by_title = _pages_by_title(graph.library)
    for page_links in graph.pages.values():
        page, edits, kept = page_links.page, [], []
        for placeholder in (p for p in page_links.placeholders if p.span):
            target, left_out = _choose(graph, by_title, page.rel, placeholder)
            if target:
                edits.append((placeholder, target))
            elif left_out:
                kept.append(Change(page.label, f"line {placeholder.link.line}: [{placeholder.link.text}] as a "
                                   f"placeholder: its page is {_left_out(left_out)}; `--fix` links it once that "
                                   "page is published", written=False))
        if edits and (note := symlink_note(page.path)):
            kept.append(Change(page.label, f"as it is: {note}", written=False))
        elif edits:
            text = point_placeholders(page.text, page.rel, edits, offset=len(page.text) - len(page.body))
            write_atomic(page.path, text)
            changes.extend(Change(page.label, f"line {p.link.line}: [{p.link.text}] -> "
                                  f"{resolve.relative_href(page.rel, target)}") for p, target in edits)
        changes.extend(kept)
    return changes


def _pages_by_title(library: Library) -> dict[str, list[Briefing]]:
    found: dict[str, list[Briefing]] = {}
    for page in library.pages:
        found.setdefault(title_key(page.title), []).append(page)
    return found


def _choose(graph: LinkGraph, by_title: dict[str, list[Briefing]], source: str,
            placeholder: Placeholder) -> tuple[str | None, Briefing | None]:
    """The page to point the placeholder at (the one the site links first, else another with the
    title), or None and the left-out page that alone has the title."""
    first = graph.placeholder_target(placeholder)
    found = [page for page in by_title.get(title_key(placeholder.link.text), []) if page.rel != first]
    if first and (page := graph.library.get(first)) is not None:
        found.insert(0, page)
    usable = [page for page in found if source in graph.unpublished or page.rel not in graph.unpublished]
    if usable:
        return usable[0].rel, None
    return None, found[0] if found else None


def _left_out(page: Briefing) -> str:
    """`docs/A/x.md, left out of editions (draft)`."""
    from briefings.publishing.exclusion import reason

    return f"{page.label}, left out of editions ({reason(page)})"


def scaffold(library: Library, now: dt.datetime | None = None) -> list[Change]:
    """Write a stub file (`status: planned`) for each planned briefing that has none yet. A stub is
    a public page: only the pages that would be published `now` count, so the placeholders of a
    draft or an embargoed briefing (their titles, plan notes, the link back) never go into one; a
    title a left-out page has gets no second page (said so: its placeholders stay until it is published)."""
    from briefings.links.graph import build
    from briefings.publishing.exclusion import is_excluded

    now = now or dt.datetime.now(dt.timezone.utc)
    left_out = [p for p in library.pages if is_excluded(p, now)]
    out = {p.rel for p in left_out}
    public = Library(project=library.project, pages=[p for p in library.pages if p.rel not in out],
                     problems=library.problems)
    graph = build(public)
    taken: dict[str, Briefing] = {}
    for kept_out in left_out:
        taken.setdefault(title_key(kept_out.title), kept_out)
    changes = []
    for planned in sorted(graph.plan.values(), key=lambda p: p.rel):
        path = graph.library.docs_dir / planned.rel
        if planned.stub:
            continue
        if planned.key in taken:  # no second page of it
            changes.append(Change(f"'{planned.title}'", f"has a page already, {_left_out(taken[planned.key])}: "
                                  "its placeholders stay until that page is published", written=False))
            continue
        if os.path.lexists(path):  # a symlink there too, even one to nothing: never replaced
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        titles = {rel: page.title for rel in planned.wanted_by if (page := graph.library.get(rel))}
        write_atomic(path, stub_text(planned, titles))
        changes.append(Change(graph.library.project.label(path), "planned briefing stub"))
    return changes


def stub_text(planned: PlannedPage, titles: dict[str, str]) -> str:
    """Front matter and body of a stub: title, status planned, plan note, the briefings that want it.
    The title and note are one line each (a placeholder's link text may wrap) and show as written."""
    front: dict[str, object] = {"title": one_line(planned.title), "status": "planned"}
    if planned.notes:
        front["plan"] = " ".join(planned.notes)
    if planned.wanted_by:
        front["wanted_by"] = list(planned.wanted_by)
    wanted = "\n".join(f"- [{link_text(titles.get(rel) or posixpath.splitext(posixpath.basename(rel))[0])}]"
                       f"({resolve.relative_href(planned.rel, rel)})" for rel in planned.wanted_by)
    body = f"{heading(planned.title)}\n\nThis briefing is planned and not written yet."
    if planned.notes:
        body += f"\n\nPlan: {inline(' '.join(planned.notes))}"
    if wanted:
        body += f"\n\nBriefings that link here:\n\n{wanted}"
    front_text = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{front_text}---\n\n{body}\n"
