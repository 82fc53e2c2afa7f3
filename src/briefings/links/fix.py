"""`briefings links --fix` and `--scaffold`: the only code that writes authored files, atomically."""

from __future__ import annotations

import datetime as dt
import posixpath
from dataclasses import dataclass

import yaml

from briefings.library import Library
from briefings.links import resolve
from briefings.links.graph import LinkGraph
from briefings.links.model import Placeholder, PlannedPage
from briefings.links.rewrite import point_placeholders
from briefings.links.titles import title_key
from briefings.textfile import write_atomic


@dataclass(frozen=True)
class Change:
    """One file written: its label and what was done."""

    path: str
    what: str


def fix(graph: LinkGraph) -> list[Change]:
    """Point every placeholder whose briefing exists (a page or a stub) at it; returns what changed."""
    changes: list[Change] = []
    for page_links in graph.pages.values():
        edits = [(p, target) for p in page_links.placeholders if p.span
                 and (target := _existing_target(graph, p))]
        if edits:
            page = page_links.page
            text = point_placeholders(page.text, page.rel, edits, offset=len(page.text) - len(page.body))
            write_atomic(page.path, text)
            changes.extend(Change(page.label, f"line {p.link.line}: [{p.link.text}] -> "
                                  f"{resolve.relative_href(page.rel, target)}") for p, target in edits)
    return changes


def _existing_target(graph: LinkGraph, placeholder: Placeholder) -> str | None:
    target = graph.placeholder_target(placeholder)
    return target if target and graph.library.get(target) is not None else None


def scaffold(library: Library, now: dt.datetime | None = None) -> list[Change]:
    """Write a stub file (`status: planned`) for each planned briefing that has none yet. A stub is
    a public page: only the pages that would be published `now` count, so the placeholders of a
    draft or an embargoed briefing (their titles, plan notes, the link back) never go into one."""
    from briefings.links.graph import build
    from briefings.publishing.exclusion import is_excluded

    now = now or dt.datetime.now(dt.timezone.utc)
    public = Library(project=library.project, pages=[p for p in library.pages if not is_excluded(p, now)],
                     problems=library.problems)
    graph = build(public)
    taken = {title_key(page.title) for page in library.pages}  # a draft's title too: no second page of it
    changes = []
    for planned in sorted(graph.plan.values(), key=lambda p: p.rel):
        path = graph.library.docs_dir / planned.rel
        if planned.stub or path.exists() or planned.key in taken:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        titles = {rel: page.title for rel in planned.wanted_by if (page := graph.library.get(rel))}
        write_atomic(path, stub_text(planned, titles))
        changes.append(Change(graph.library.project.label(path), "planned briefing stub"))
    return changes


def stub_text(planned: PlannedPage, titles: dict[str, str]) -> str:
    """Front matter and body of a stub: title, status planned, plan note, the briefings that want it."""
    front: dict[str, object] = {"title": planned.title, "status": "planned"}
    if planned.notes:
        front["plan"] = " ".join(planned.notes)
    if planned.wanted_by:
        front["wanted_by"] = list(planned.wanted_by)
    wanted = "\n".join(f"- [{titles.get(rel) or posixpath.splitext(posixpath.basename(rel))[0]}]"
                       f"({resolve.relative_href(planned.rel, rel)})" for rel in planned.wanted_by)
    body = f"# {planned.title}\n\nThis briefing is planned and not written yet."
    if planned.notes:
        body += f"\n\nPlan: {' '.join(planned.notes)}"
    if wanted:
        body += f"\n\nBriefings that link here:\n\n{wanted}"
    front_text = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{front_text}---\n\n{body}\n"
