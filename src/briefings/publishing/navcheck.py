"""mkdocs.yml's `nav` may name only what the edition publishes.

A nav entry is drawn on every page of the site. One that names a page the edition leaves out (a
draft, a page under embargo, one git does not track), however the entry writes its path, would
publish that file name and the title nav gives it on every page, even though MkDocs builds no page
for it: an absolute path, or a relaxed `validation: nav: not_found`, lets the strict build through
with a plain link. So the gate refuses the edition and names the entry.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

from briefings.config import Project
from briefings.findings import Finding, Severity

RULE = "nav-unpublished"


def unpublished(project: Project, published: set[str]) -> list[Finding]:
    """An error for each nav entry that leads to a file of docs_dir the edition does not publish."""
    label = project.mkdocs_file.name
    lines = _lines(project)
    found = []
    for title, target in _entries(project.mkdocs.get("nav")):
        rel = _docs_path(target)
        if not rel or rel in published or not (project.docs_dir / rel).is_file():
            continue  # another site, the home page, a published file, or what the build makes (What changed)
        named = f" as '{title}'" if title else ""
        found.append(Finding(
            label, _line_of(lines, target), 1, RULE, Severity.ERROR,
            f"nav names {rel}{named}, which this edition does not publish: every page's navigation would show "
            "its address and title; remove the entry from nav, or publish the page",
            reason="what an edition leaves out is named nowhere in it"))
    return found


def _entries(nav: Any, title: str = "") -> Iterator[tuple[str, str]]:
    """(title or '', target) of every entry of a nav, sections included."""
    if isinstance(nav, str):
        yield title, nav
    elif isinstance(nav, list):
        for item in nav:
            yield from _entries(item)
    elif isinstance(nav, dict):
        for key, value in nav.items():
            yield from _entries(value, str(key))


def _docs_path(target: str) -> str | None:
    """The docs-relative path a nav target leads to, read every way a browser or MkDocs could (a
    leading '/', a '#fragment', percent-encoding); None for an address on another site."""
    parts = urlsplit(target.strip())
    if parts.scheme or parts.netloc:
        return None
    rel = posixpath.normpath(unquote(parts.path).replace("\\", "/").lstrip("/"))
    return "" if rel in (".", "") else rel


def _lines(project: Project) -> list[str]:
    try:
        return project.mkdocs_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


def _line_of(lines: list[str], target: str) -> int:
    return next((i for i, line in enumerate(lines, 1) if target in line), 1)
