"""Addresses an edition's own files take: no page or asset of the library may be published there.

An edition adds "What changed" (`what-changed/`), the sourcing dashboard (`sourcing/`, while the
briefings plugin makes it) and its record (`briefings-edition.json`, `briefings-records/`). A page of
the library at one of those addresses would be replaced without a word (the briefing missing from
the edition while its record lists it), replace the generated page, or stop the build with an
internal error; an asset there would be replaced by the record: the gate names the file instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from briefings.findings import Finding, Severity
from briefings.links import addresses
from briefings.publishing.changes import PAGE_URI as CHANGES_URI
from briefings.publishing.manifest import MANIFEST_FILE, RECORDS_DIR
from briefings.site.dashboard import PAGE_URI as DASHBOARD_URI

RULE = addresses.RULE
_CHANGES = CHANGES_URI.removesuffix(".md")
_DASHBOARD = DASHBOARD_URI.removesuffix(".md")


def taken(pages: Iterable[tuple[str, str]], assets: Iterable[tuple[str, str]], *, directory_urls: bool,
          dashboard: bool = True) -> list[Finding]:
    """An error for each (docs-relative path, label) of a page or asset published where the edition's
    own files go (`dashboard`: the briefings plugin makes the sourcing dashboard)."""
    pages_at = {_CHANGES: "the edition's \"What changed\" page"}
    if dashboard:
        pages_at[_DASHBOARD] = "the sourcing dashboard"
    found = []
    for rel, label in pages:
        url = addresses.page_url(rel, directory_urls=directory_urls).rstrip("/").removesuffix(".html")
        what = pages_at.get(url) or _record(url)
        if what:
            found.append(_finding(label, what, url))
    for rel, label in assets:
        what = _record(rel)
        if what:
            found.append(_finding(label, what, rel))
    return found


def _record(path: str) -> str:
    """What of the edition's record lies at a site path ('' for none)."""
    if path == MANIFEST_FILE or path == RECORDS_DIR or path.startswith(f"{RECORDS_DIR}/") \
            or path.startswith(f"{RECORDS_DIR}.") or path.startswith(f"{MANIFEST_FILE}/"):
        return "the edition's record"
    return ""


def _finding(label: str, what: str, where: str) -> Finding:
    return Finding(label, 1, 1, RULE, Severity.ERROR,
                   f"an edition publishes {what} at {where}, where this file would go: one would replace the "
                   "other; rename or move the file", reason="two files, one address")


def dashboard_on(mkdocs: dict[str, Any]) -> bool:
    """Whether mkdocs.yml's briefings plugin makes the sourcing dashboard (its `dashboard` option, on by default;
    `plugins` written as a list or as a mapping)."""
    plugins = mkdocs.get("plugins") or []
    entries = [plugins] if isinstance(plugins, dict) else [e for e in plugins if isinstance(e, dict)]
    for entry in entries:
        options = entry.get("briefings")
        if isinstance(options, dict):
            return options.get("dashboard", True) is not False
    return True
