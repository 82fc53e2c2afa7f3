"""Cut a briefing's token stream into citation blocks: paragraphs, list items, table rows, quotes.

A citation covers its block. Block text keeps the prose, puts `CITE` where a valid citation
sits, and replaces the text of internal links (cross-references, `[Title](#)`) with neutral
words, so that a briefing's title in a link is not read as a named entity. Lines of markup that
are no prose (pymdownx.snippets markers: `snippets`) are left blank.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from markdown_it.token import Token

from briefings.linting.sentences import CITE
from briefings.markdown import MD_IN_HTML
from briefings.site.sanitize import COMMENT, DROPPED_WITH_CONTENT

_SKIP_CONTEXT = frozenset({"heading_open", "admonition_title_open", "footnote_block_open", "thead_open"})
LIST_OPEN = frozenset({"bullet_list_open", "ordered_list_open"})  # token types that open a list
_UNDEFINED_REF = re.compile(r"\[\^[^\[\]\s]+\]")  # no `[` in a key: linear on "[^[^[^..."
LINKED_PAGE = "crossref"
_REPORTS = re.compile(r"\b(?:describe[sd]?|list(?:s|ed)?|identif(?:y|ies|ied)|found|finds?|says?|said|notes?|noted|"
                      r"reports?|reported|shows?|showed|sets? out|summari[sz]e[sd]?|outlines?|outlined|counts?|"
                      r"counted|records?|recorded|announce[sd]?|according to|distinguish(?:es|ed)?|cites?|cited|"
                      r"enumerate[sd]?|recommend(?:s|ed)?|propose[sd]?)\b", re.IGNORECASE)  # stands in for the text of an internal link


@dataclass
class Block:
    """One unit a citation covers, with its text per source line segment."""

    kind: str  # paragraph | item | row | quote
    segments: list[tuple[int, str]] = field(default_factory=list)  # (0-based body line, text)
    end0: int = 0  # 0-based body line after the block
    opinion: bool = False  # inside a labelled opinion/analysis block
    covered: bool = False  # a cited lead-in line ending in ':' (that asserts nothing itself) covers this item
    heading: str = ""  # the nearest heading above (level 2 or deeper)
    front: bool = False  # above the first level-2 heading or rule: the briefing's header lines
    lead_in: str = ""  # list items: the line ending in ':' just above their list; table rows: the line above the table
    header: str = ""  # table rows: the header row's text
    lazy: bool = False  # a paragraph written straight after a list item, which CommonMark runs on into it
    italic: frozenset[int] = frozenset()  # 0-based lines written wholly in italics ("*In his own words*")

    @property
    def line0(self) -> int:
        """0-based body line of the block's first line."""
        return self.segments[0][0]

    @property
    def text(self) -> str:
        """The whole block text."""
        return "\n".join(text for _, text in self.segments)

    @property
    def cited(self) -> bool:
        """True when the block holds a citation or a lead-in covers it."""
        return self.covered or any(CITE in text for _, text in self.segments)


def extract(tokens: Sequence[Token], is_source: Callable[[str], bool], opinion: frozenset[str],
            markup: frozenset[int] = frozenset(), source: Sequence[str] = ()) -> list[Block]:
    """The blocks of a token stream; `is_source(label)` says whether a footnote names a source;
    `markup`: 0-based lines that are no prose (a block of nothing else is no block); `source`: the
    body's lines, to tell a paragraph run on into a list item without indentation from the item."""
    stack: list[Token] = []
    blocks: dict[int | tuple[int, int], Block] = {}
    covered: list[tuple[int, int]] = []
    last: Block | None = None
    skipping = 0  # open headings, titles, footnote blocks, table heads
    where = _Where()
    for index, token in enumerate(tokens):
        if token.nesting == 1:
            if token.type in LIST_OPEN:
                lead = _line_above(tokens, index, last)
                where.lead_ins.append(lead if _leads(lead) else "")
                if lead and last and token.map and _is_lead_in(last):
                    covered.append((token.map[0], token.map[1]))
            elif token.type in ("heading_open", "hr"):
                where.front = where.front and token.tag == "h1"
            elif token.type == "thead_open":
                where.header = ""
            elif token.type == "table_open":
                where.table_lead = _line_above(tokens, index, last)
            elif token.type == "list_item_open" and last and (last.kind == "item" or last.lazy) and where.lead_ins \
                    and (len(last.segments[-1][1].split("\n")) > 1 or last.lazy) \
                    and _leads(last.segments[-1][1].rsplit("\n", 1)[-1]):
                where.lead_ins[-1] = last.segments[-1][1].rsplit("\n", 1)[-1]  # a lead-in run on into an item
            stack.append(token)
            skipping += token.type in _SKIP_CONTEXT
        elif token.nesting == -1:
            if stack:
                opened = stack.pop()
                skipping -= opened.type in _SKIP_CONTEXT
                if opened.type in LIST_OPEN and where.lead_ins:
                    where.lead_ins.pop()
        elif token.type == "hr":
            where.front = False
        elif token.type == "inline" and not skipping:
            last = _add(blocks, token, stack, is_source, opinion, where, markup, source)
        elif token.type == "html_block" and not skipping:
            last = _add_html(blocks, token, stack, is_source, opinion, where) or last
        elif token.type == "inline" and stack:
            if stack[-1].type == "heading_open" and stack[-1].tag != "h1":
                where.heading = token.content
            elif any(t.type == "thead_open" for t in stack):
                where.header += f" | {token.content}" if where.header else token.content
    result = sorted(blocks.values(), key=lambda b: b.line0)
    if where.front:  # no rule or section heading closes a header: nothing is header metadata
        for block in result:
            block.front = False
    if covered:
        starts, ends = _merged(covered)
        for block in result:
            at = bisect_right(starts, block.line0) - 1
            if block.kind == "item" and at >= 0 and block.line0 < ends[at]:
                block.covered = True
    return result


@dataclass
class _Where:
    """Where the walk is: the heading, lead-ins of the open lists, the table header."""

    heading: str = ""
    front: bool = True
    lead_ins: list[str] = field(default_factory=list)
    header: str = ""
    table_lead: str = ""  # the last line of a paragraph right above the table
    new_head: int = 0  # id of the row being read as the header of a table run on into the one above
    notes: dict[int, Block] = field(default_factory=dict)  # a table's (id) latest note: a line under it without `|`


def _line_above(tokens: Sequence[Token], index: int, last: Block | None) -> str:
    """The last line of the paragraph right before the token at `index` ('' when none is)."""
    return last.segments[-1][1].rsplit("\n", 1)[-1] if last and index and tokens[index - 1].type == "paragraph_close" \
        else ""


def _merged(ranges: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Overlapping line ranges merged, as sorted starts and their ends (for bisect)."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(ranges):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _leads(line: str) -> bool:
    """A line that sets what a list below it means: ends in ':' or is a bold label."""
    bare = line.replace(CITE, "").strip()
    return bare.endswith(":") or bare.startswith("**")


def _is_lead_in(block: Block) -> bool:
    """A cited line ending in ':' covers the list below it when the source lists the items: the
    lead-in is a label ("Four warning signs:[^a]") or reports what a source says ("RAND describes
    four features:[^a]"). A lead-in stating an event of its own ("The president created a
    commission with powers to:[^a]") is sourced itself; its items need their own citations."""
    from briefings.linting import claims

    text = block.segments[-1][1].rsplit("\n", 1)[-1]
    if not (text.replace(CITE, "").rstrip().endswith(":") and CITE in text):
        return False
    last = re.split(r"(?<=[.!?])\s+", block.segments[-1][1].replace("\n", " "))[-1]
    bare = last.replace(CITE, "").replace("**", "").rstrip(": ")
    return _REPORTS.search(bare) is not None or not claims.assess(f"{bare}:").is_assertion


def _add(blocks: dict[int | tuple[int, int], Block], token: Token, stack: list[Token],
         is_source: Callable[[str], bool], opinion: frozenset[str], where: _Where, markup: frozenset[int],
         source: Sequence[str] = ()) -> Block | None:
    kind, container = _container(token, stack)
    line0 = (token.map or container.map or [0, 1])[0]
    text = render(token.children or [], is_source)
    key: int | tuple[int, int] = id(container)
    table = next((t for t in reversed(stack) if t.type == "table_open"), container) if kind == "row" else container
    if kind == "row" and where.new_head == id(container):
        where.header += f" | {text}"  # the next cell of a header read below
        return None
    if kind == "row" and source and _new_head(line0, source) and _note_ending(where, table, line0):
        # "| 9 |\nBy desk:\n| Desk | N |\n|---|---|": to a reader, a new table's header under its note
        where.new_head, where.header = id(container), text
        where.table_lead = where.notes[id(table)].segments[-1][1].rsplit("\n", 1)[-1]
        return None
    if kind == "row" and source and _pipeless(container, source):  # "| 2021 | 12 |\nValues are as signed." holds the
        if not text.strip():  # author's note under the table, its lines one paragraph (table-spacing reports
            return None  # the missing blank line)
        kind, key = "paragraph", (id(table), line0)
        note = _note_ending(where, table, line0)
        if note is not None:  # its next line: one text, so that a sentence may wrap (not a later note, after
            note.segments[-1] = (note.segments[-1][0], f"{note.segments[-1][1]}\n{text}")  # more rows)
            note.end0 = max(note.end0, (container.map or [0, line0 + 1])[1])
            return note
    heads = _table_heads(line0, text.count("\n") + 1, source) if kind != "row" and source and "|" in text else None
    if heads:  # a table run on into a paragraph or an item ("Votes:" then a table): its head is no prose
        markup = markup | heads
    if markup:
        prose = _blank(text, line0, markup)
        if prose != text and not prose.strip():
            return None  # nothing but markup
        text = prose
    italic = _italic_lines(line0, len(text.split("\n")), source) if source else frozenset()
    lazy = _lazy_start(text, line0, container, source) if kind == "item" and source and token.map else 0
    if lazy:  # "- the last item\nWe then reviewed ...": the author's new paragraph, under no lead-in
        lines = text.split("\n")
        item = _add_text(blocks, id(container), kind, container, stack, opinion, where, line0, "\n".join(lines[:lazy]))
        item.end0 = line0 + lazy
        block = _add_text(blocks, (id(container), line0 + lazy), "paragraph", container, stack, opinion, where,
                          line0 + lazy, "\n".join(lines[lazy:]))
        block.lazy = True
    else:
        block = _add_text(blocks, key, kind, container, stack, opinion, where, line0, text)
        if isinstance(key, tuple) and kind == "paragraph" and key[0] == id(table):
            where.notes[id(table)] = block  # the table's latest note
    if italic:
        block.italic = block.italic | italic
    return block


def _add_html(blocks: dict[int | tuple[int, int], Block], token: Token, stack: list[Token],
              is_source: Callable[[str], bool], opinion: frozenset[str], where: _Where) -> Block | None:
    """A raw HTML block's text as a paragraph: the site shows it (`<p>`, `<div markdown="1">`, `<details>`),
    so what it asserts needs a source like any paragraph; a link to a source in it cites it."""
    text = html_prose(token.content, is_source)
    if not text.strip():
        return None
    return _add_text(blocks, id(token), "paragraph", token, stack, opinion, where, (token.map or [0, 1])[0], text)


# Raw HTML the sanitiser drops with its content (site/sanitize.py): nothing in it is published.
_DROPPED_ELEMENT = re.compile(r"<(" + "|".join(sorted(DROPPED_WITH_CONTENT)) + r")\b[^>]*>.*?(?:</\1\s*>|\Z)",
                              re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_SOURCE_LINK = re.compile(r"""<a\b[^>]*\bhref\s*=\s*["']?https?://""", re.IGNORECASE)
_FOOTNOTE_REF = re.compile(r"\[\^([^\[\]\s]+)\]")
# a Markdown link in an HTML block that md_in_html renders (`<div markdown="1">`): its text stays, a link to
# a source cites the line
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]*+)\]\([ \t]*+<?+([^)\s>]*+)[^)\n]*+\)")  # possessive: linear


def html_prose(content: str, is_source: Callable[[str], bool]) -> str:
    """The text a reader sees of raw HTML, line for line (tags, comments and what the sanitiser drops
    with its content left out, entities decoded), CITE where a link to a source or a footnote of one is."""
    def blank(match: re.Match[str]) -> str:
        return "\n" * match.group().count("\n")

    markdown = MD_IN_HTML.match(content) is not None  # else Markdown in it shows as written, no link
    content = _DROPPED_ELEMENT.sub(blank, COMMENT.sub(blank, content))
    lines = []
    for line in content.split("\n"):
        links = _MARKDOWN_LINK.findall(line) if markdown else []
        cited = _SOURCE_LINK.search(line) is not None or any(is_source(m) for m in _FOOTNOTE_REF.findall(line)) \
            or any(url.startswith(("http://", "https://")) for _, url in links)
        shown = _FOOTNOTE_REF.sub("", _TAG.sub(" ", line))
        shown = _MARKDOWN_LINK.sub(r"\1", shown) if links else shown
        text = " ".join(html.unescape(shown).split())
        lines.append(f"{text} {CITE}" if text and cited else text)
    return "\n".join(lines)


def _add_text(blocks: dict[int | tuple[int, int], Block], key: int | tuple[int, int], kind: str, container: Token,
              stack: list[Token], opinion: frozenset[str], where: _Where, line0: int, text: str) -> Block:
    block = blocks.get(key)
    if block is None:
        block = blocks[key] = Block(
            kind=kind, opinion=_in_opinion(stack, opinion), heading=where.heading, front=where.front,
            lead_in=where.lead_ins[-1] if kind == "item" and where.lead_ins else where.table_lead if kind == "row" else "",
            header=where.header if kind == "row" else "")
    if kind == "row" and block.segments:
        block.segments[-1] = (block.segments[-1][0], f"{block.segments[-1][1]} | {text}")
    else:
        block.segments.append((line0, text))
    block.end0 = max(block.end0, (container.map or [0, line0 + 1])[1])
    return block


_DELIMITER_ROW = re.compile(r"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$")


def _table_heads(line0: int, count: int, source: Sequence[str]) -> frozenset[int]:
    """The header and separator lines of a pipe table written inside a paragraph's lines (CommonMark and
    Python-Markdown both run it on into the paragraph when no blank line comes before it)."""
    heads: set[int] = set()
    for i in range(max(line0 + 1, 1), min(line0 + count, len(source))):
        bare = source[i].strip(" \t>")
        if "|" in bare and "-" in bare and _DELIMITER_ROW.match(bare) and "|" in source[i - 1]:
            heads.update((i - 1, i))
    return frozenset(heads)


def _note_ending(where: _Where, table: Token, line0: int) -> Block | None:
    """The table's latest note when it ends right above `line0` (None otherwise)."""
    note = where.notes.get(id(table))
    return note if note is not None and note.end0 == line0 else None


def _new_head(line0: int, source: Sequence[str]) -> bool:
    """A body row with a delimiter row under it: the header of a table that markdown-it runs on into the
    table above (no blank line between them)."""
    return line0 + 1 < len(source) and "-" in source[line0 + 1] and \
        _DELIMITER_ROW.match(source[line0 + 1].strip(" \t>")) is not None


def _pipeless(row: Token, source: Sequence[str]) -> bool:
    """A table row written without a `|`: a line right under a table that markdown-it runs on into it."""
    start = (row.map or [-1])[0]
    if not 0 <= start < len(source):
        return False
    line = source[start]
    pipe = line.find("|")  # found at once in a real row: a cost per cell, not per cell times the line
    while pipe > 0 and line[pipe - 1] == "\\":
        pipe = line.find("|", pipe + 1)
    return pipe < 0


_MARKER = re.compile(r"^( {0,3}(?:[-*+]|\d{1,9}[.)]))( {1,4}|$)")
RUNS_ON = re.compile(r"(?:[,;(\-–—]|\b(?:and|or|but|of|the|a|an|in|on|to|for|by|with|from|at|as|than|that|which|who))$",
                      re.IGNORECASE)


_ITALIC = re.compile(r"^[ \t>]*(?:[-*+]\s+|\d{1,9}[.)]\s+)?(?:\*(?![*\s])[^*]+(?<!\s)\*|_(?![_\s])[^_]+(?<!\s)_)\s*$")


def _italic_lines(line0: int, count: int, source: Sequence[str]) -> frozenset[int]:
    """The lines of a paragraph written wholly in italics: a label or a note, not a sentence of the text."""
    return frozenset(i for i in range(line0, min(line0 + count, len(source))) if "*" in source[i] or "_" in source[i]
                     if _ITALIC.match(source[i]))


def _lazy_start(text: str, line0: int, item: Token, source: Sequence[str]) -> int:
    """The index of the first line of an item's paragraph that an author began as a paragraph of its
    own: written with less indentation than the item's text (CommonMark's lazy continuation), opening
    with a capital or a bold label, after a line that does not run on; 0 when there is none."""
    lines = text.split("\n")
    start = (item.map or [line0])[0]
    marker = _MARKER.match(source[start]) if start < len(source) else None
    if marker is None or len(lines) < 2 or line0 + len(lines) > len(source):  # none in a quote: ">" fails _MARKER
        return 0
    column = marker.end(2) if marker.group(2) else marker.end(1) + 1
    for index in range(1, len(lines)):
        line, written = lines[index].lstrip(), source[line0 + index].expandtabs(4)
        indent = len(written) - len(written.lstrip(" "))
        if indent < column and (line[:1].isupper() or line.startswith("**")) \
                and not RUNS_ON.search(lines[index - 1].rstrip()):
            return index
    return 0


def _blank(text: str, line0: int, markup: frozenset[int]) -> str:
    """The text with its lines that are markup left empty (line numbers kept)."""
    lines = text.split("\n")
    if not any(line0 + i in markup for i in range(len(lines))):
        return text
    return "\n".join("" if line0 + i in markup else line for i, line in enumerate(lines))


def _container(token: Token, stack: list[Token]) -> tuple[str, Token]:
    for parent in reversed(stack):
        if parent.type == "tr_open":
            return "row", parent
        if parent.type == "list_item_open":
            return "item", parent
    quote = next((p for p in stack if p.type == "blockquote_open"), None)
    return ("quote", quote) if quote else ("paragraph", token)


# An admonition titled as the authors' view ('!!! tip "Our reading"', '!!! note "In our view"').
_OUR_VIEW = re.compile(r'"\s*(?:in\s+)?our\s+(?:view|reading|assessment|judge?ment|opinion)\b',
                       re.IGNORECASE)


def _in_opinion(stack: list[Token], opinion: frozenset[str]) -> bool:
    return any(s.type == "admonition_open" and (str(s.meta.get("tag", "")).lower() in opinion or _OUR_VIEW.search(s.info))
               for s in stack)


def render(children: Sequence[Token], is_source: Callable[[str], bool]) -> str:
    """Inline tokens as plain text with CITE markers."""
    parts: list[str] = []
    links: list[bool] = []  # open links: True when external
    dropped = ""  # inside raw HTML the sanitiser drops with its content (`<noscript>...</noscript>`)
    for child in children:
        kind = child.type
        if dropped:
            if kind in ("softbreak", "hardbreak"):
                parts.append("\n")  # lines still count
            elif kind == "html_inline" and _closes(child.content, dropped):
                dropped = ""
            continue
        if kind == "html_inline" and (opened := _dropped_opening(child.content)):
            dropped = opened
            continue
        if kind == "link_open":
            href = str(child.attrs.get("href", ""))
            links.append(href.startswith(("http://", "https://")))
            if not links[-1]:
                parts.append(LINKED_PAGE)
        elif kind == "link_close":
            if links and links.pop():
                parts.append(CITE)
        elif links and not links[-1]:
            continue  # the text of an internal link
        elif kind == "text":
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif kind in ("strong_open", "strong_close"):
            parts.append("**")  # bold labels ("**Evidence**:") set the context of what follows
        elif kind == "code_inline":
            parts.append("code")
        elif kind == "footnote_ref" and is_source(str(child.meta.get("label", ""))):
            parts.append(CITE)
        elif kind == "html_inline" and child.content.startswith("<!--"):
            parts.append(COMMENT.sub("", child.content))  # the text after a comment that ended early is shown
    return _UNDEFINED_REF.sub("", "".join(parts))


_OPENING = re.compile(r"<([a-zA-Z][\w-]*)")


def _dropped_opening(tag: str) -> str:
    """The name of an element the sanitiser drops with its content, when `tag` opens one ('' otherwise)."""
    opened = _OPENING.match(tag)
    name = opened.group(1).lower() if opened else ""
    return name if name in DROPPED_WITH_CONTENT and not tag.rstrip().endswith("/>") else ""


def _closes(tag: str, name: str) -> bool:
    return re.match(rf"</{name}\s*>", tag, re.IGNORECASE) is not None
