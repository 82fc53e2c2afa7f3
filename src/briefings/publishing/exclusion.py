"""Drafts and embargoed briefings stay out of an edition, and a scan proves that they did.

The edition is built from a staged copy of the work tree without the excluded files, so no page,
nav entry, sitemap or search entry can exist and pymdownx.snippets cannot include them.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from briefings import markdown
from briefings.config import Project
from briefings.errors import GateError
from briefings.library import Briefing, Library
from briefings.publishing.manifest import page_url
from briefings.tools import git

_TAG = re.compile(r"<[^>]*>")
_LOC = re.compile(r"<loc>\s*([^<]*?)\s*</loc>")
_SPACE = re.compile(r"\s+")
MIN_WORDS = 6  # shorter runs of text (a name, a date) may rightly appear in other briefings
SCANNED = {".html", ".htm", ".xml", ".json", ".txt", ".js", ".md"}


@dataclass
class Leak:
    """Text or a URL of an excluded briefing found in the built edition."""

    briefing: str
    file: str
    what: str

    def __str__(self) -> str:
        return f"{self.file}: contains {self.what} of excluded {self.briefing}"


def excluded(library: Library, now: dt.datetime) -> list[Briefing]:
    """Briefings that must not be published at `now`: drafts and those still under embargo."""
    return [b for b in library.briefings if b.status == "draft" or _embargoed(b, now)]


def _embargoed(briefing: Briefing, now: dt.datetime) -> bool:
    if briefing.meta.get("embargo_until") in (None, ""):
        return False
    until = briefing.embargo_until
    return until is None or until > now  # an embargo we cannot read keeps the briefing out


def reason(briefing: Briefing) -> str:
    """Why a briefing is left out, for the publish report."""
    if briefing.status == "draft":
        return "draft"
    if briefing.embargo_until is None:
        return (f"embargo_until {briefing.meta.get('embargo_until')!r} is not a date-time with a time zone, "
                "so it stays embargoed (write e.g. 2025-03-01T09:00:00+01:00)")
    return f"embargoed until {briefing.embargo_until.isoformat()}"


def stage(project: Project, dest: Path, leave_out: list[Briefing]) -> None:
    """Copy the work tree's files (git's view: tracked plus untracked, not ignored) without `leave_out`."""
    skip = {b.path.resolve() for b in leave_out}
    for name in git.worktree_files(project.root):
        source = project.root / name
        if source.resolve() in skip or not source.is_file() or _inside(source, project.site_dir):
            continue
        if source.is_symlink() and not _inside(source, project.root):  # resolve() follows the link
            raise GateError(f"{name} is a symlink to {os.readlink(source)}, outside the library: publishing "
                            "would copy that file into the edition; nothing was deployed",
                            hint="copy the file into the library instead of linking to it")
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def fingerprints(briefing: Briefing) -> list[str]:
    """Runs of the briefing's own prose (at least MIN_WORDS words) to look for in the built site."""
    found = []
    for token in markdown.tokens(briefing):
        for child in token.children or []:
            text = _normal(child.content) if child.type == "text" else ""
            if len(text.split()) >= MIN_WORDS:
                found.append(text)
    return found


def scan(site_dir: Path, leave_out: list[Briefing], *, directory_urls: bool = True) -> list[Leak]:
    """Every place in the built site where an excluded briefing's text, or its page, appears."""
    if not leave_out:
        return []
    wanted = [(b, fingerprints(b), page_url(b.rel, directory_urls=directory_urls)) for b in leave_out]
    leaks = []
    for path, text, pages in _site_texts(site_dir):
        rel = path.relative_to(site_dir).as_posix()
        for briefing, prints, url in wanted:
            hit = next((f'text "{p[:60]}..."' for p in prints if p in text), None)
            if hit is None and any(_same_page(page, url) for page in pages):
                hit = f"an entry for its page {url}"
            if hit:
                leaks.append(Leak(briefing.label, rel, hit))
    return leaks


def _same_page(listed: str, url: str) -> bool:
    """Whether a sitemap or search entry points at the page `url` (relative to the site root)."""
    path = unquote(urlsplit(listed).path if "://" in listed else listed.split("#", 1)[0])
    path, url = "/" + path.lstrip("/"), unquote(url)
    return bool(url) and path.endswith("/" + url)


def _site_texts(site_dir: Path) -> Iterator[tuple[Path, str, list[str]]]:
    """(file, its visible text normalised, the pages it lists) for each text file of the site.

    Only the sitemap and the search index list pages; other files may rightly link to an excluded
    briefing's page in an earlier edition (the "What changed" page does, for removed briefings).
    """
    for path in sorted(site_dir.rglob("*")):
        if path.suffix.lower() not in SCANNED or not path.is_file():
            continue
        raw = path.read_text("utf-8", errors="replace")
        pages = _LOC.findall(raw) if path.name == "sitemap.xml" else []
        if path.suffix.lower() == ".json":
            data = _load_json(raw)
            if path.name == "search_index.json" and isinstance(data, dict):
                pages = [str(d.get("location", "")) for d in data.get("docs", []) if isinstance(d, dict)]
            raw = "\n".join(_strings(data)) or raw
        yield path, _normal(_TAG.sub("", raw)), pages


def _load_json(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def _normal(text: str) -> str:
    return _SPACE.sub(" ", html.unescape(text)).strip()
