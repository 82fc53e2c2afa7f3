"""Addresses an edition's own files take: no page of the library may be published there.

An edition adds "What changed" (`what-changed/`), the sourcing dashboard (`sourcing/`), its record
(`briefings-edition.json`, `briefings-records/`) and the search index (`search/`). A page of the
library at one of those addresses would be replaced without a word (the briefing missing from the
edition while its record lists it), replace the generated page, or stop the build with an internal
error: the gate names the page instead.
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
RESERVED = {CHANGES_URI.removesuffix(".md"): "the edition's \"What changed\" page",
            DASHBOARD_URI.removesuffix(".md"): "the sourcing dashboard", MANIFEST_FILE: "the edition's record",
            RECORDS_DIR: "the edition's record", "search": "the search index"}


def taken(pages: Iterable[tuple[str, str]], *, directory_urls: bool, dashboard: bool = True) -> list[Finding]:
    """An error for each (docs-relative path, label) of a page published at an address the edition's
    own files take (`dashboard`: the briefings plugin makes the sourcing dashboard)."""
    reserved = {k: v for k, v in RESERVED.items() if dashboard or k != DASHBOARD_URI.removesuffix(".md")}
    found = []
    for rel, label in pages:
        url = addresses.page_url(rel, directory_urls=directory_urls)
        top = url.split("/", 1)[0].removesuffix(".html")
        if top in reserved:
            found.append(Finding(label, 1, 1, RULE, Severity.ERROR,
                                 f"an edition publishes {RESERVED[top]} at {top}, where this page would go: one would "
                                 "replace the other; rename or move the page",
                                 reason="two pages, one address"))
    return found


def dashboard_on(mkdocs: dict[str, Any]) -> bool:
    """Whether mkdocs.yml's briefings plugin makes the sourcing dashboard (its `dashboard` option, on by default)."""
    for entry in mkdocs.get("plugins") or []:
        if isinstance(entry, dict) and isinstance(entry.get("briefings"), dict):
            return entry["briefings"].get("dashboard", True) is not False
    return True
