"""One numbered list of sources: the footnotes, numbered in order of first citation, each with the
front-matter source it names; sources no footnote names follow unnumbered.

A reader who cites "source 3" therefore cites the document of footnote 3, whatever order the
front matter lists the sources in. Python-Markdown numbers footnotes in the order of their
definitions (its "first reference" order visits nested lists last), so the page's definitions are
put in the order of their first reference in the text before it renders.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from briefings.library import Briefing
from briefings.linting import footnotes

PLACE_MARKER = "///Footnotes Go Here///"  # Python-Markdown's default: the footnote list goes here
_FOOTNOTE_ITEM = re.compile(r'(<li id="fn:([^"]+)">)(.*?)(</li>)', re.DOTALL)
_FOOTNOTE_RULE = re.compile(r'(<div class="footnote">)\s*<hr\s*/?>')
_WORD = r"(?<![\w-]){}(?![\w-])"


def in_citation_order(markdown: str) -> str:
    """The Markdown with its footnote definitions moved to the end, in order of first reference."""
    lines = markdown.split("\n")
    definitions, references = footnotes.scan(lines)
    if len(definitions) < 2:
        return markdown
    spans = _definition_spans(lines, [d.line0 for d in definitions])
    taken = {i for start, end in spans.values() for i in range(start, end)}  # the lines of definitions
    first: dict[str, int] = {}
    for ref in references:
        if ref.line0 not in taken:
            first.setdefault(ref.key, len(first))
    order = sorted(definitions, key=lambda d: (first.get(d.key, len(first)), d.line0))
    if [d.line0 for d in order] == [d.line0 for d in definitions]:
        return markdown
    body = [line for i, line in enumerate(lines) if i not in taken]
    moved = ["\n".join(lines[spans[d.line0][0]:spans[d.line0][1]]).rstrip("\n") for d in order]
    return "\n".join(body).rstrip("\n") + "\n\n" + "\n\n".join(moved) + "\n"


def _definition_spans(lines: list[str], starts: list[int]) -> dict[int, tuple[int, int]]:
    """Start line -> (start, end) lines of each definition: its paragraph, then indented blocks."""
    spans = {}
    begins = set(starts)
    for start in starts:
        end = start + 1
        while end < len(lines) and lines[end].strip() and end not in begins:
            end += 1  # the rest of the paragraph (lazy continuation lines)
        while end < len(lines) and not lines[end].strip() and end + 1 < len(lines) \
                and lines[end + 1].startswith(("    ", "\t")):
            end += 2
            while end < len(lines) and (lines[end].startswith(("    ", "\t")) or not lines[end].strip()) \
                    and end not in begins and not _blank_run_ends(lines, end):
                end += 1
        spans[start] = (start, end)
    return spans


def _blank_run_ends(lines: list[str], i: int) -> bool:
    """A blank line after which no indented line follows ends a definition."""
    return not lines[i].strip() and not (i + 1 < len(lines) and lines[i + 1].startswith(("    ", "\t")))


def named_by_notes(briefing: Briefing) -> dict[str, list[str]]:
    """Footnote key -> ids of the front-matter sources its definition names, in front-matter order.

    A note names a source when its key is the source's id, or its text holds the source's id as a
    word, its title, or its URL.
    """
    known = _NAMED.get(id(briefing))
    if known is not None and known[0] is briefing:  # a page asks twice: for its closing section, then its list
        return known[1]
    sources = [s for s in briefing.sources if s.get("id") is not None]
    named: dict[str, list[str]] = {}
    for note in footnotes.scan(briefing.body.splitlines())[0]:
        if note.key in named:
            continue
        text = note.text.casefold()
        named[note.key] = [str(s["id"]) for s in sources if _names(note.key, text, s)]
    if len(_NAMED) >= 64:
        _NAMED.clear()
    _NAMED[id(briefing)] = (briefing, named)  # holding the briefing keeps its id from being reused
    return named


_NAMED: dict[int, tuple[Briefing, dict[str, list[str]]]] = {}


def _names(key: str, text: str, source: dict[str, Any]) -> bool:
    sid = str(source["id"])
    if key == sid or re.search(_WORD.format(re.escape(sid.casefold())), text):
        return True
    title = str(source.get("title") or "").casefold().strip()
    url = source.get("url")
    return (len(title) >= 8 and title in text) or (isinstance(url, str) and bool(url) and url.casefold() in text)


def section(briefing: Briefing) -> str:
    """The Markdown that closes a briefing: the "Sources" heading, the place of the footnote list,
    and the sources no footnote names (unnumbered)."""
    named = named_by_notes(briefing)
    cited = {sid for ids in named.values() for sid in ids}
    others = [s for s in briefing.sources if str(s.get("id")) not in cited]
    if not named and not others:
        return ""
    parts = ["## Sources { #sources }"]
    if named:
        parts.append(PLACE_MARKER)
    if others:
        lead = "Also consulted:" if named else "Sources consulted:"
        items = "\n".join(f'<li id="source-{escape(str(s.get("id", "")), quote=True)}">{record(s)}</li>'
                          for s in others)
        parts.append(f'<p class="briefing-sources-lead">{lead}</p>\n\n<ul class="briefing-sources">\n{items}\n</ul>')
    return "\n\n".join(parts)


def record(source: dict[str, Any]) -> str:
    """A source as HTML: title (linked when it has a web address), publisher, date."""
    title = escape(str(source.get("title") or source.get("id", "")))
    url = source.get("url")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        title = f'<a href="{escape(url, quote=True)}">{title}</a>'
    details = [escape(str(source[k])) for k in ("publisher", "date") if source.get(k)]
    tail = f". {', '.join(details)}" if details else ""
    return f"<cite>{title}</cite>{tail}."


def attach(html: str, briefing: Briefing) -> str:
    """Add to each footnote of the page the sources its note names (the first footnote naming a
    source carries the anchor `source-<id>`), and drop the rule above the list (the heading
    "Sources" stands there)."""
    named = named_by_notes(briefing)
    if not named or 'class="footnote"' not in html:
        return html
    by_id = {str(s["id"]): s for s in briefing.sources if s.get("id") is not None}
    anchored: set[str] = set()

    def add(match: re.Match[str]) -> str:
        ids = named.get(match.group(2), [])
        extra = []
        for sid in ids:
            anchor = "" if sid in anchored else f' id="source-{escape(sid, quote=True)}"'
            anchored.add(sid)
            extra.append(f'<p class="briefing-source"{anchor}>Source: {record(by_id[sid])}</p>\n')
        return match.group(1) + match.group(3) + "".join(extra) + match.group(4)

    html = _FOOTNOTE_ITEM.sub(add, html)
    return _FOOTNOTE_RULE.sub(r"\1", html, count=1) if "#sources" in html or 'id="sources"' in html else html
