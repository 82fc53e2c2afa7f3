"""The "Cite this briefing" block: a readable citation, BibTeX and CSL-JSON.

A page holds nothing that depends on the edition, so an unchanged briefing is the same file in
every edition. The edition's name and its own address (never the `latest` alias) are filled in by
`cite.js`, a file of the site, from the page's address and `versions.json`; without JavaScript the
block says where to find them. The CSL-JSON in the page is the data the script starts from.
"""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

from briefings.library import Briefing

URL_PLACEHOLDER = "the address of this page in its edition"
ACCESSED_PLACEHOLDER = "[date accessed]"
_KEY = re.compile(r"[^a-z0-9]+")


def csl(briefing: Briefing, site_name: str) -> dict[str, Any]:
    """The edition-independent CSL-JSON item of a briefing (URL, version and accessed left out)."""
    item: dict[str, Any] = {"id": citation_key(briefing), "type": "webpage", "title": briefing.title,
                            "author": [{"literal": name} for name in briefing.authors]}
    if site_name:
        item["container-title"] = site_name
    if briefing.updated:
        day = briefing.updated
        item["issued"] = {"date-parts": [[day.year, day.month, day.day]]}
    return item


def citation_key(briefing: Briefing) -> str:
    """A BibTeX key: the first words of the title and the year updated."""
    words = _KEY.sub(" ", briefing.title.casefold()).split()[:4]
    year = str(briefing.updated.year) if briefing.updated else "nd"
    return "-".join([*words, year]) or f"briefing-{year}"


def readable(briefing: Briefing, site_name: str) -> str:
    """The readable citation as HTML, with placeholders for the edition, URL and access date."""
    authors = escape(", ".join(briefing.authors)) + ". " if briefing.authors else ""
    parts = [f"{authors}“{escape(briefing.title)}.”"]
    if site_name:
        parts.append(f"<em>{escape(site_name)}</em>,")
    # in an edition without JavaScript, the edition's own edition.css writes its title into the inner span
    parts.append('<span class="briefing-cite-edition"><span class="briefings-edition-title"></span>,</span>')
    if briefing.updated:
        day = briefing.updated
        parts.append(f"updated {day.day} {day:%B %Y}.")
    parts.append(f'<span class="briefing-cite-url">{URL_PLACEHOLDER}</span>')
    parts.append(f'(accessed <span class="briefing-cite-accessed">{ACCESSED_PLACEHOLDER}</span>).')
    return " ".join(parts)


def bibtex(briefing: Briefing, site_name: str) -> str:
    """The BibTeX entry, with placeholders where the edition and URL go."""
    fields = [("title", "{" + _bib(briefing.title) + "}"), ("author", " and ".join(
        "{" + _bib(a) + "}" for a in briefing.authors))]
    if site_name:
        fields.append(("howpublished", _bib(site_name)))
    if briefing.updated:
        fields += [("year", str(briefing.updated.year)), ("note", f"Updated {briefing.updated.isoformat()}")]
    fields += [("url", URL_PLACEHOLDER), ("urldate", ACCESSED_PLACEHOLDER)]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@misc{{{citation_key(briefing)},\n{body}\n}}"


def _bib(text: str) -> str:
    return re.sub(r"([&%$#_{}])", r"\\\1", text)


def block(briefing: Briefing, site_name: str) -> str:
    """The HTML of the "Cite this briefing" section (a heading, the citation, two code blocks)."""
    data = json.dumps([csl(briefing, site_name)], ensure_ascii=False)
    return "\n".join([
        "## Cite this briefing { #cite-this-briefing }",
        "",
        '<div class="briefing-cite">',
        f'<p class="briefing-cite-text">{readable(briefing, site_name)}</p>',
        '<p class="briefing-cite-note">Cite the edition you read: its address names the edition '
        "(a name such as <code>YYYY.MM</code>), not <code>latest</code>, and it never changes.</p>",
        '<details class="briefing-cite-format">',
        "<summary>BibTeX</summary>",
        f'<pre class="briefing-cite-bibtex"><code>{escape(bibtex(briefing, site_name))}</code></pre>',
        "</details>",
        '<details class="briefing-cite-format">',
        "<summary>CSL-JSON</summary>",
        f'<pre class="briefing-cite-csl"><code>{escape(data)}</code></pre>',
        "</details>",
        '<details class="briefing-editions">',
        "<summary>This briefing in other editions</summary>",
        '<p class="briefing-editions-list">The edition selector at the top of the page lists every '
        "edition; this list needs JavaScript.</p>",
        "</details>",
        "</div>",
    ])
