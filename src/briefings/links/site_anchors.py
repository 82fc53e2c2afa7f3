"""Anchors in the built site, checked once per page from the HTML files.

Why not LinkChecker's AnchorCheck: it fetches and parses a page again for every distinct #anchor
linked to it (each footnote, each heading), which took 272 s for a 100-briefing site here.
Reading each built page once and comparing ids is exact and takes seconds for 2,000 pages.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

_ID = re.compile(r"""\s(?:id|name)=["']?([^"'\s>]+)""")
_A_HREF = re.compile(r"""<a\s[^>]*?href=["']([^"']*#[^"']+)["']""")


@dataclass(frozen=True)
class BrokenAnchor:
    """A link in a built page to an #anchor that its target page does not have."""

    page: str  # site-relative path of the page holding the link, e.g. "RUSSIA/x/index.html"
    line: int  # line in that HTML file
    href: str
    target: str  # site-relative path of the target page


def broken_anchors(site_dir: Path) -> list[BrokenAnchor]:
    """Every internal link to a missing anchor in the built site."""
    ids: dict[str, set[str] | None] = {}
    found: list[BrokenAnchor] = []
    for page in sorted(site_dir.rglob("*.html")):
        rel = page.relative_to(site_dir).as_posix()
        text = page.read_text("utf-8", errors="replace")
        ids.setdefault(rel, _ids(text))
        found.extend(_check_page(site_dir, rel, text, ids))
    return found


def _ids(text: str) -> set[str]:
    return {html.unescape(m.group(1)) for m in _ID.finditer(text)}


def _check_page(site_dir: Path, rel: str, text: str, ids: dict[str, set[str] | None]) -> Iterator[BrokenAnchor]:
    for match in _A_HREF.finditer(text):
        href = html.unescape(match.group(1))
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or not parts.fragment:
            continue
        target = _target(rel, unquote(parts.path))
        if target not in ids:
            ids[target] = _ids((site_dir / target).read_text("utf-8", errors="replace")) \
                if (site_dir / target).is_file() else None
        known = ids[target]
        if known is not None and unquote(parts.fragment) not in known:
            yield BrokenAnchor(rel, text.count("\n", 0, match.start()) + 1, href, target)


def _target(page: str, path: str) -> str:
    """The HTML file a link's path leads to (directory URLs lead to their index.html)."""
    if not path:
        return page
    joined = posixpath.join(posixpath.dirname(page), path)
    if path.endswith("/") or not posixpath.splitext(path)[1]:
        joined = posixpath.join(joined, "index.html")
    return posixpath.normpath(joined)
