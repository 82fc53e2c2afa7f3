"""Addresses an edition's own files take: no page or asset of the library may be published there.

An edition adds "What changed" (`what-changed/`), the sourcing dashboard (`sourcing/`, while the
briefings plugin makes it) and its record (`briefings-edition.json`, `briefings-records/`); every build
adds the planned list (`planned/`) and the tags page (`tags/`, with Material's tags plugin) unless the
library has that very file. A page of
the library at one of those addresses would be replaced without a word (the briefing missing from
the edition while its record lists it), replace the generated page, or stop the build with an
internal error; an asset there would be replaced by the record: the gate names the file instead.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from typing import Any

from briefings.config import Tagged
from briefings.findings import Finding, Severity
from briefings.links import addresses
from briefings.mkdocs_plugin.config import BriefingsConfig
from briefings.publishing.changes import PAGE_URI as CHANGES_URI
from briefings.publishing.manifest import MANIFEST_FILE, RECORDS_DIR
from briefings.site.dashboard import PAGE_URI as DASHBOARD_URI
from briefings.site.pages import TAGS_URI

RULE = addresses.RULE
PLANNED_LIST: str = BriefingsConfig.planned_list.default  # the briefings plugin's default planned_list
_CHANGES = CHANGES_URI.removesuffix(".md")
_DASHBOARD = DASHBOARD_URI.removesuffix(".md")


def taken(pages: Iterable[tuple[str, str]], assets: Iterable[tuple[str, str]], *, directory_urls: bool,
          dashboard: bool = True, generated: dict[str, str] | None = None) -> list[Finding]:
    """An error for each (docs-relative path, label) of a page or asset published where the edition's
    own files go (`dashboard`: the briefings plugin makes the sourcing dashboard; `generated`: the
    docs-relative path -> what, of each page the build makes unless the library has that very file, such as
    the tags page and the planned list: a library page at the same address by another path would vanish)."""
    pages_at = {_CHANGES: "the edition's \"What changed\" page"}
    if dashboard:
        pages_at[_DASHBOARD] = "the sourcing dashboard"
    made = {_url(rel, directory_urls): (rel, what) for rel, what in (generated or {}).items()}
    found = []
    for rel, label in pages:
        url = _url(rel, directory_urls)
        maker, made_what = made.get(url, (rel, ""))
        what = pages_at.get(url) or _record(url) or (made_what if maker != rel else "")  # (the library's own
        if what:  # tags.md or planned.md: the build makes none)
            found.append(_finding(label, what, url))
    for rel, label in assets:
        what = _record(rel)
        if what:
            found.append(_finding(label, what, rel))
    return found


def _url(rel: str, directory_urls: bool) -> str:
    return addresses.page_url(rel, directory_urls=directory_urls).rstrip("/").removesuffix(".html")


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
    return _options(mkdocs, "briefings").get("dashboard", True) is not False


def generated_pages(mkdocs: dict[str, Any]) -> dict[str, str]:
    """The pages the build makes unless the library has that very file: the planned list (the briefings plugin's
    `planned_list`, while the plugin is listed and enabled and `planned` is on) and the tags page (while
    Material's tags plugin is listed and enabled)."""
    options = _options(mkdocs, "briefings")
    made = {}
    if _listed(mkdocs, ("briefings",)) and options.get("planned", True) is not False:
        made[_planned_list(options.get("planned_list"))] = "the list of planned briefings"
    if _listed(mkdocs, ("tags", "material/tags")):
        made[TAGS_URI] = "the tags page"
    return made


def _planned_list(value: Any) -> str:
    """The planned list's docs-relative path as MkDocs reads `planned_list`: tidied ("./planned.md"); an !ENV
    list's last item is its default ("!ENV [PL, planned.md]"); the plugin's default otherwise."""
    if isinstance(value, list):
        value = next((v for v in reversed(value) if isinstance(v, str) and not isinstance(v, Tagged)), None)
    if not isinstance(value, str) or isinstance(value, Tagged) or not value.strip():
        return PLANNED_LIST
    return posixpath.normpath(value.strip().lstrip("/"))


def _entries(mkdocs: dict[str, Any]) -> list[Any]:
    plugins = mkdocs.get("plugins") or []
    return [plugins] if isinstance(plugins, dict) else list(plugins) if isinstance(plugins, list) else []


def _options(mkdocs: dict[str, Any], name: str) -> dict[str, Any]:
    """A plugin's options as mkdocs.yml writes them (a list of names and mappings, or one mapping)."""
    for entry in _entries(mkdocs):
        options = entry.get(name) if isinstance(entry, dict) else None
        if isinstance(options, dict):
            return options
    return {}


def _listed(mkdocs: dict[str, Any], names: tuple[str, ...]) -> bool:
    """Whether one of these plugins is listed and not disabled."""
    for entry in _entries(mkdocs):
        for name in names:
            if entry == name:
                return True
            if isinstance(entry, dict) and name in entry:
                options = entry[name]
                return not (isinstance(options, dict) and options.get("enabled", True) is False)
    return False
