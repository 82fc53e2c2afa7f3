"""Markdown/HTML that the site adds to pages: the briefing header, source list and section listings."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from briefings.library import Briefing, Library
from briefings.site import cite, sources
from briefings.sourcing import Sourcing, percent

LISTING_MARKER = "<!-- briefings: section-list -->"
_H1 = re.compile(r"\A\s*#\s+.+?\n", re.DOTALL)
STATUS_LABELS = {"draft": "Draft", "review": "In review", "published": "Published", "planned": "Planned"}


def decorate(markdown: str, briefing: Briefing, record: Sourcing | None = None, *, dashboard: str = "",
             site_name: str = "") -> str:
    """The page Markdown with a metadata header under the title, then the sources and the citation."""
    heading = _H1.match(markdown)
    title_line = heading.group(0) if heading else f"# {escape(briefing.title)}\n"
    rest = sources.in_citation_order(markdown[heading.end():] if heading else markdown)
    closing = [part for part in (sources.section(briefing), cite.block(briefing, site_name)) if part]
    return f"{title_line}\n{header(briefing, record, dashboard)}\n\n{rest.rstrip()}\n\n" + "\n\n".join(closing) + "\n"


def header(briefing: Briefing, record: Sourcing | None = None, dashboard: str = "") -> str:
    """Status badge, sourcing figure, updated date, authors and summary as an HTML block."""
    status = briefing.status
    label = escape(STATUS_LABELS.get(status, status))
    parts = [f'<span class="briefing-status briefing-status--{escape(status)}" title="Status: {label}">{label}</span>']
    if record is not None and record.found:
        parts.append(sourcing_badge(record, dashboard))
    if briefing.updated:
        day = briefing.updated
        parts.append(f'<span class="briefing-updated">Updated <time datetime="{day.isoformat()}">'
                     f"{day.day} {day:%B %Y}</time></span>")
    if briefing.authors:
        parts.append(f'<span class="briefing-authors">By {escape(", ".join(briefing.authors))}</span>')
    summary = briefing.meta.get("summary")
    lead = f'\n<p class="briefing-summary">{escape(str(summary))}</p>' if summary else ""
    return f'<div class="briefing-meta">\n<p class="briefing-facts">{" · ".join(parts)}</p>{lead}\n</div>'


def sourcing_badge(record: Sourcing, dashboard: str = "") -> str:
    """e.g. "Sourced 9 of 10 (90%)", linking to the sourcing dashboard when there is one."""
    text = f"Sourced {record.sourced} of {record.found} ({percent(record.sourced, record.found)})"
    title = (f"{record.sourced} of the {record.found} assertions found by briefings lint cite a source; "
             f"{record.unsourced} do not")
    inner = f'<a href="{escape(dashboard, quote=True)}">{text}</a>' if dashboard else text
    full = record.sourced == record.found
    return (f'<span class="briefing-sourcing briefing-sourcing--{"full" if full else "partial"}" '
            f'title="{escape(title, quote=True)}">{inner}</span>')


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
    # a table without a class, so Material styles it and scrolls it in its own box on a phone
    return (f'<div class="briefing-list">\n<table>\n{head}\n<tbody>\n' + "\n".join(rows)
            + "\n</tbody>\n</table>\n</div>")


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
