"""Link scans cached on disk, keyed by the page's path and Markdown body, so a rerun rescans only edits.

Why: scanning every page of a 2,000-briefing library for links is about a third of a warm
`briefings lint` (0.5 s of 1.3 s for the link check), while between two runs only a few pages
change. Like the front matter cache it is one JSON file (not pickle: a crafted cache file in a
cloned repository cannot run code), loaded once and saved once per run, and a cache that cannot be
read or written only costs time. Entries are checked for shape as they are read; a bad one is
scanned again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import briefings
from briefings.frontcache import CACHE_ROOT, load_entries, save_entries
from briefings.library import Briefing
from briefings.links import model, scan
from briefings.links.model import Link, Placeholder, Span
from briefings.site import sanitize

if TYPE_CHECKING:
    from markdown_it.token import Token

CACHE_FILE = CACHE_ROOT / "link-scans.json"
_LARGEST = 1 << 40  # no line, column or offset of a readable file comes near it


class ScanCache:
    """Link scans by the SHA-1 of a page's path, first body line and body."""

    def __init__(self, root: Path | None) -> None:
        """`root`: the library whose cache to use; None for none (every page is scanned, nothing saved)."""
        self.path = root / CACHE_FILE if root is not None else None
        self.fingerprint = _fingerprint() if self.path is not None else ""
        self.known = load_entries(self.path, self.fingerprint) if self.path is not None else {}
        self.used: dict[str, Any] = {}
        self.fresh = 0

    def scan(self, page: Briefing) -> scan.Scan:
        """`scan.scan` of the page's body, read back when this body was scanned before."""
        if self.path is None:
            return scanned(page)
        key = hashlib.sha1(f"{page.rel}\0{page.body_line}\0{page.body}".encode("utf-8", "surrogatepass")).hexdigest()
        entry = self.known.get(key)
        found = _decode(entry, page.rel) if entry is not None else None
        if found is None:
            found = scanned(page)
            entry = _encode(found)
            self.fresh += 1
        self.used[key] = entry
        return found

    def save(self, *, whole_library: bool) -> None:
        """Write the entries: those this run used when it scanned the whole library (so entries of
        deleted or edited pages drop out), else the known ones too."""
        entries = self.used if whole_library else {**self.known, **self.used}
        if self.path is not None and (self.fresh or entries.keys() != self.known.keys()):
            save_entries(self.path, self.fingerprint, entries)


def scanned(page: Briefing) -> scan.Scan:
    """`scan.scan` of the page's body; the blocks that render no link come from the page's shared parse."""
    return scan.scan(page.body, source=page.rel, first_line=page.body_line, tokens=lambda: _tokens(page))


def _tokens(page: Briefing) -> list[Token]:
    from briefings import markdown  # the parser: only for a page that may hide links in blocks

    return markdown.tokens(page)


def _encode(found: scan.Scan) -> list[Any]:
    index = {id(link): i for i, link in enumerate(found.links)}
    links = [[link.line, link.column, link.href, link.text, link.image] for link in found.links]
    holders = [[index.get(id(p.link), -1), p.note,
                *((p.span.start, p.span.end, p.span.dest_start, p.span.dest_end) if p.span else (None,) * 4)]
               for p in found.placeholders]
    if any(row[0] < 0 for row in holders):  # a placeholder that is not one of the links: not cached
        return []
    return [links, holders]


def _decode(entry: Any, source: str) -> scan.Scan | None:
    """The scan an entry holds, or None when it does not have the shape `_encode` writes."""
    try:
        rows, holders = entry
        links = [Link(source, line, column, href, text, image) for line, column, href, text, image in rows
                 if _link_row(line, column, href, text, image)]
        if len(links) != len(rows):
            return None
        placeholders = [Placeholder(links[_int(at)], _str(note), _span(*offsets)) for at, note, *offsets in holders]
    except (ValueError, TypeError, IndexError):
        return None
    return scan.Scan(links, placeholders)


def _link_row(line: Any, column: Any, href: Any, text: Any, image: Any) -> bool:
    """Whether a cached link has the shape `_encode` writes (one test per link: a warm lint reads
    every link of the library back)."""
    return type(line) is int and type(column) is int and 0 < line < _LARGEST and 0 < column < _LARGEST \
        and type(href) is str and type(text) is str and type(image) is bool


def _int(value: Any) -> int:
    """A line, a column or an offset: an int in a range a Markdown file can have."""
    if type(value) is not int or not 0 <= value < _LARGEST:
        raise TypeError(value)
    return value


def _str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError(value)
    return value


def _span(start: Any, end: Any, dest_start: Any, dest_end: Any) -> Span | None:
    """A placeholder's span (None for none); its destination lies inside it."""
    if start is None and end is None and dest_start is None and dest_end is None:
        return None
    if not _int(start) <= _int(dest_start) <= _int(dest_end) <= _int(end):
        raise ValueError((start, end, dest_start, dest_end))
    return Span(start, end, dest_start, dest_end)


def _fingerprint() -> str:
    """Changes with briefings' version and the scanner's code."""
    code = "/".join(str(Path(m.__file__ or "").stat().st_mtime_ns) for m in (scan, model, sanitize))
    return f"{briefings.__version__}/{code}"
