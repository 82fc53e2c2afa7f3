"""Templates for new briefings."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from briefings.errors import UsageError
from briefings.textfile import write_atomic

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def file_name(title: str) -> str:
    """A file name for a title: spaces kept, path and shell-hostile characters dropped."""
    name = _UNSAFE.sub("", title).strip().strip(".")
    if not name:
        raise UsageError(f"cannot make a file name from the title {title!r}", hint="use letters or digits")
    return f"{name}.md"


def render(title: str, *, authors: list[str], summary: str, status: str = "draft",
           today: dt.date | None = None, body: str = "") -> str:
    """The text of a new briefing with complete front matter."""
    meta = {
        "title": title,
        "summary": summary or "One or two sentences on what this briefing covers.",
        "status": status,
        "updated": (today or dt.date.today()).isoformat(),
        "authors": authors or ["Editorial team"],
        "tags": [],
        "sources": [],
    }
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
    return f"---\n{front}---\n\n# {title}\n\n{body or 'Write the briefing here. Cite every factual assertion with a footnote.'}\n"


def create(docs_dir: Path, section: str, title: str, *, authors: list[str], summary: str) -> Path:
    """Write a new draft briefing; refuses to overwrite."""
    if _UNSAFE.search(section) or section.startswith(".") or not section:
        raise UsageError(f"section {section!r} is not a folder name", hint="e.g. RESEARCH")
    folder = docs_dir / section
    path = folder / file_name(title)
    if path.exists():
        raise UsageError(f"{path} already exists", hint="pick another title or edit that file")
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(path, render(title, authors=authors, summary=summary))
    return path
