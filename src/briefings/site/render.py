"""Markdown/HTML that the site adds to pages: the briefing header, source list and section listings."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from typing import Any

from briefings.library import Briefing, Library

LISTING_MARKER = "<!-- briefings: section-list -->"
_H1 = re.compile(r"\A\s*#\s+.+?\n", re.DOTALL)
STATUS_LABELS = {"draft": "Draft", "review": "In review", "published": "Published", "planned": "Planned"}


def decorate(markdown: str, briefing: Briefing) -> str:
    """The page Markdown with a metadata header under the title and the source list at the end."""
    heading = _H1.match(markdown)
    title_line = heading.group(0) if heading else f"# {escape(briefing.title)}\n"
    rest = markdown[heading.end():] if heading else markdown
    sources = source_list(briefing)
    return f"{title_line}\n{header(briefing)}\n\n{rest.rstrip()}\n\n{sources}\n"


def header(briefing: Briefing) -> str:
    """Status, updated date, authors and summary as an HTML block."""
    status = briefing.status
    label = STATUS_LABELS.get(status, status)
    parts = [f'<span class="briefing-status briefing-status--{escape(status)}">{escape(label)}</span>']
    if briefing.updated:
        day = briefing.updated
        parts.append(f'<span class="briefing-updated">Updated <time datetime="{day.isoformat()}">'
                     f"{day.day} {day:%B %Y}</time></span>")
    if briefing.authors:
        parts.append(f'<span class="briefing-authors">By {escape(", ".join(briefing.authors))}</span>')
    summary = briefing.meta.get("summary")
    lead = f'\n<p class="briefing-summary">{escape(str(summary))}</p>' if summary else ""
    return f'<div class="briefing-meta">\n<p class="briefing-facts">{" · ".join(parts)}</p>{lead}\n</div>'


def source_list(briefing: Briefing) -> str:
    """The front matter sources as a numbered list with anchors `source-<id>`."""
    sources = briefing.sources
    if not sources:
        return ""
    items = "\n".join(_source_item(s) for s in sources)
    return f'## Sources {{ #sources }}\n\n<ol class="briefing-sources">\n{items}\n</ol>'


def _source_item(source: dict[str, Any]) -> str:
    title = escape(str(source.get("title", source.get("id", ""))))
    url = source.get("url")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        title = f'<a href="{escape(url, quote=True)}">{title}</a>'
    details = [escape(str(source[k])) for k in ("publisher", "date") if source.get(k)]
    tail = f". {', '.join(details)}" if details else ""
    anchor = escape(str(source.get("id", "")), quote=True)
    return f'<li id="source-{anchor}"><cite>{title}</cite>{tail}.</li>'


Href = Callable[[str], str]  # docs-relative path of a page -> URL relative to the current page


def section_listing(library: Library, section: str, href: Href) -> str:
    """An HTML table of the briefings in a section: title, summary, status, updated."""
    rows = []
    for briefing in sorted(library.briefings, key=lambda b: b.title.lower()):
        if briefing.section != section:
            continue
        url = href(briefing.rel)
        if not url:
            continue
        url = escape(url, quote=True)
        updated = briefing.updated.isoformat() if briefing.updated else ""
        rows.append(f'<tr><td><a href="{url}">{escape(briefing.title)}</a></td>'
                    f"<td>{escape(str(briefing.meta.get('summary', '')))}</td>"
                    f"<td>{STATUS_LABELS[briefing.status]}</td><td>{updated}</td></tr>")
    if not rows:
        return "<p>No briefings in this section yet.</p>"
    head = "<thead><tr><th>Briefing</th><th>Summary</th><th>Status</th><th>Updated</th></tr></thead>"
    return f'<table class="briefing-list">\n{head}\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>"


def fill_listing(markdown: str, library: Library, section: str, href: Href) -> str:
    """Replace the section-list marker in an index page; pages without a URL are left out."""
    if LISTING_MARKER not in markdown:
        return markdown
    return markdown.replace(LISTING_MARKER, section_listing(library, section, href))


def section_titles(library: Library) -> dict[str, str]:
    """Section folder -> the title of its index page (e.g. "RUSSIA" -> "Russia")."""
    titles = {}
    for page in library.pages:
        if page.is_index and page.section and page.rel == f"{page.section}/index.md":
            titles[page.section] = page.title
    return titles
