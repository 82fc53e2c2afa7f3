"""Lint findings placed on the preview page: each finding with the words of the source it covers.

The browser finds those words in the rendered page (`assets/overlay.js`), so nothing about the
findings is ever written into the page HTML: the overlay exists only in `briefings serve --live`.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from briefings.findings import source_lines
from briefings.library import Briefing, Library
from briefings.links.graph import LinkGraph
from briefings.linting.runner import Claimed

ASSETS = Path(__file__).resolve().parent / "assets"
PREFIX = "/_preview/"  # every URL of the preview's own files and endpoints starts with this

_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\](?!:)")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\](?:\([^)]*\)|\[[^\]]*\])")
_TAG = re.compile(r"<[^>]+>")
_ATTR_LIST = re.compile(r"\{\s*[:#.][^}]*\}")
_LINE_START = re.compile(r"^\s*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|>+\s?|#{1,6}\s+|\[\^[^\]]+\]:\s*|!!!\s+\S+\s*)",
                         re.MULTILINE)
_WORD = re.compile(r"[^\W_]+")


def page_findings(library: Library, page: Briefing, graph: LinkGraph | None = None) -> list[dict[str, Any]]:
    """The lint findings of one page, each with `words`: what to look for on the rendered page
    (`graph`: the library's current link graph, when there is one)."""
    from briefings.linting import lint

    # stats: the same check as the saved briefing's sourcing figures (`claims_of`), read back from the cache
    result = lint(library, [page.path], stats=True,
                  graph=graph if graph is not None and graph.library is library else None)
    lines = source_lines(page.text)
    found = []
    for number, finding in enumerate(result.findings, 1):
        data = finding.to_dict()
        data["id"] = number
        data["words"] = words(source_span(lines, data, page.body_line))
        found.append(data)
    return found


def claims(library: Library, page: Briefing) -> tuple[Claimed, ...] | None:
    """The asserting sentences of a saved briefing from the lint's check (stored, so that its
    findings are read back right after); None when the lint cannot check it (e.g. a bad `lint:`)."""
    from briefings.errors import BriefingsError
    from briefings.linting import claims_of

    try:
        return claims_of(library, page)
    except BriefingsError:
        return None


def source_span(lines: list[str], finding: dict[str, Any], body_line: int) -> str:
    """The Markdown a finding covers: a link's text when it points at a link, else its lines
    (from its column, up to `end_line`, or `end_column` when the finding has one)."""
    line = int(finding["line"])
    if line < body_line or line > len(lines):
        return ""  # front matter: nothing on the page to mark
    end_line = max(line, min(int(finding.get("end_line") or line), len(lines)))
    column = max(1, int(finding.get("column") or 1))
    chunk = lines[line - 1:end_line]
    end_column = finding.get("end_column")
    if end_column:
        chunk[-1] = chunk[-1][:int(end_column)]
    chunk[0] = chunk[0][column - 1:]
    link = _LINK.match(chunk[0]) if column > 1 else None
    if link is not None and not link.group(1).startswith("^"):
        return link.group(1)
    return "\n".join(chunk)


def words(markdown: str) -> list[str]:
    """The words a reader sees of a piece of Markdown, lower-cased, in order (the browser splits
    the page text the same way: letters and digits)."""
    text = _IMAGE.sub(" ", markdown)
    text = _FOOTNOTE_REF.sub(" ", text)
    text = _LINE_START.sub("", text)
    for _ in range(2):  # a link inside a link text
        text = _LINK.sub(r"\1", text)
    text = _TAG.sub(" ", _ATTR_LIST.sub(" ", text))
    return [w.lower() for w in _WORD.findall(html.unescape(text))]


def inject(page_html: str, *, page_url: str, generation: int) -> str:
    """The page with the preview's stylesheet and script (only ever in the live server's answer)."""
    head = f'<link rel="stylesheet" href="{PREFIX}overlay.css">'
    page_html = _insert_before(page_html, "</head>", head)
    return _insert_before(page_html, "</body>", script_tag(page_url, generation))


def script_tag(page_url: str, generation: int, *, error: bool = False) -> str:
    """The preview script: reloads the page when a save changed it, and marks the findings."""
    url = html.escape(page_url, quote=True)
    return (f'<script src="{PREFIX}overlay.js" data-page="{url}" data-generation="{generation}" '
            f'data-error="{int(error)}" defer></script>')


def _insert_before(text: str, marker: str, addition: str) -> str:
    at = text.rfind(marker)
    return text[:at] + addition + text[at:] if at >= 0 else text + addition
