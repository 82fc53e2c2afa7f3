"""New briefings: safe file names, the section they go in, and the template with complete front matter."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path

import yaml

from briefings.errors import UsageError
from briefings.filenames import shortened
from briefings.mdtext import control_characters, heading, one_line
from briefings.textfile import create_exclusive

_UNSAFE = re.compile(r'[:*?"<>|\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]')  # bidi controls too
_SEPARATORS = re.compile(r"[\\/]+")
MAX_NAME = 120  # characters of a file name before ".md"; file systems allow 255 bytes
TEMPLATE_SUMMARY = "One or two sentences on what this briefing covers."
TEMPLATE_BODY = "Write the briefing here. Cite every factual assertion with a footnote."
TEMPLATE_AUTHOR = "Editorial team"


def file_name(title: str) -> str:
    """A file name for an (untrusted) title: no path separators, control or shell-hostile
    characters, no hidden name (leading dot), spaces kept and runs of white space folded."""
    name = _SEPARATORS.sub("-", title)
    name = " ".join(_UNSAFE.sub("", " ".join(name.split())).split()).strip(" .-")
    name = shortened(name[:MAX_NAME].rstrip(" .-"))
    if not name:
        raise UsageError(f"cannot make a file name from the title {title!r}", hint="use letters or digits")
    return f"{name}.md"


def checked_title(title: str) -> str:
    """`title` when it is one line of text; UsageError naming the line break or control character."""
    found = control_characters(title)
    if found:
        shown = ", ".join(repr(c) for c in found)
        raise UsageError(f"the title {title!r} holds a line break or control character ({shown})",
                         hint="a title is one line of plain text: remove them")
    if not title.strip():
        raise UsageError("the title is empty", hint="give the briefing a title")
    return title


def render(title: str, *, authors: list[str], summary: str, status: str = "draft",
           today: dt.date | None = None, body: str = "") -> str:
    """The text of a new briefing with complete front matter; the heading shows the title as written.
    The title, summary and authors are each one line of text (control and bidirectional control
    characters dropped), as the schema wants them."""
    title = one_line(title)
    names = [name for name in map(one_line, authors) if name]
    meta = {
        "title": title,
        "summary": one_line(summary) or TEMPLATE_SUMMARY,
        "status": status,
        "updated": (today or dt.date.today()).isoformat(),
        "authors": names or [TEMPLATE_AUTHOR],
        "tags": [],
        "sources": [],
    }
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
    return f"---\n{front}---\n\n{heading(title)}\n\n{(body or TEMPLATE_BODY).strip()}\n"


def section_folder(docs_dir: Path, section: str, *, create: bool) -> Path:
    """The folder of an existing section; a new one only with `create`. A name that differs from
    an existing section only in case (or is close to one) is refused with that section named."""
    if not section or _UNSAFE.search(section) or _SEPARATORS.search(section) or section.startswith("."):
        raise UsageError(f"section {section!r} is not a folder name", hint="e.g. RESEARCH")
    existing = sections(docs_dir)
    if section in existing:
        return docs_dir / section
    same = [name for name in existing if name.casefold() == section.casefold()]
    if same:
        raise UsageError(f"section '{section}' does not exist, but '{same[0]}' does",
                         hint=f"use '{same[0]}' (section names are case-sensitive folder names)")
    if create:
        return docs_dir / section
    close = difflib.get_close_matches(section.upper(), [n.upper() for n in existing], n=1, cutoff=0.75)
    suggestion = next((n for n in existing if close and n.upper() == close[0]), "")
    choices = ", ".join(existing) or "none yet"
    hint = f"did you mean '{suggestion}'? " if suggestion else ""
    raise UsageError(f"section '{section}' does not exist (sections: {choices})",
                     hint=f"{hint}to start a new section, add --create-section")


def sections(docs_dir: Path) -> list[str]:
    """The section folders under docs/ (not hidden ones)."""
    if not docs_dir.is_dir():
        return []
    return sorted(p.name for p in docs_dir.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def write_new(folder: Path, title: str, text: str) -> Path:
    """Create `folder/<title>.md` with `text`; refuses (UsageError) when the file exists."""
    path = folder / file_name(title)
    folder.mkdir(parents=True, exist_ok=True)
    if not create_exclusive(path, text):
        raise UsageError(f"{path} already exists", hint="pick another title, or edit that file")
    return path


def create(docs_dir: Path, section: str, title: str, *, authors: list[str], summary: str,
           create_section: bool = False) -> Path:
    """Write a new draft briefing in an existing section (or a new one with `create_section`)."""
    folder = section_folder(docs_dir, section, create=create_section)
    title = checked_title(title)
    return write_new(folder, title, render(title, authors=authors, summary=summary))
