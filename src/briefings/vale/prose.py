"""The prose of a briefing as Vale sees it: blocks of text with their scope and file position.

Built on the shared markdown-it parse. Code (fenced, indented, inline), HTML blocks and comments,
link targets, autolinks, bare URLs and footnote markers are masked out; front matter is not part
of the body at all. Masking keeps every offset, so a match maps straight back to line and column.
Scopes follow Vale's names: `text.heading.h2.md`, `text.list.md`, `text.blockquote.md`,
`text.table.header.md`, `text.table.cell.md` and `text.md` for plain paragraphs (the engine adds
their `paragraph.md` and `sentence.md` views).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from briefings import markdown
from briefings.vale.mask import mask_inline

if TYPE_CHECKING:
    from collections.abc import Callable

    from markdown_it.token import Token

    from briefings.library import Briefing

class Block:
    """A run of prose (masked `text`) that maps any offset back to its file line and column.

    Positions are worked out only when asked for (findings are rare); a sentence is a view on
    its paragraph (`base` plus `shift`).
    """

    __slots__ = ("scope", "text", "line", "column", "content", "source", "index", "to_file", "base", "shift")

    def __init__(self, scope: str, text: str, line: int, column: int, *, content: str = "",
                 source: list[str] | None = None, index: int = 0,
                 to_file: Callable[[int], int] | None = None) -> None:
        self.scope = scope
        self.text = text
        self.line, self.column = line, column  # file position of text[0]
        self.content = content  # the unmasked text, for blocks of several lines
        self.source, self.index = source, index  # body lines, and the body line of text[0]
        self.to_file = to_file  # a body line's file line, when it is not `line` plus the line breaks before it
        self.base: Block | None = None
        self.shift = 0

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of an offset into `text`."""
        if self.base is not None:
            return self.base.position(self.shift + offset)
        newlines = self.content.count("\n", 0, offset) if self.source is not None else 0
        if not newlines:
            return self.line, self.column + offset
        assert self.source is not None
        start = self.content.rfind("\n", 0, offset) + 1
        end = self.content.find("\n", offset)
        piece = self.content[start : end if end >= 0 else len(self.content)]
        column = _column(piece, self.source[self.index + newlines], 0) or 1
        line = self.to_file(self.index + newlines) if self.to_file else self.line + newlines
        return line, column + offset - start

    def part(self, start: int, end: int, scope: str) -> Block:
        """A view on text[start:end] (a sentence) with its own scope."""
        view = Block(scope, self.text[start:end], 0, 0)
        view.base, view.shift = self, start
        return view


def blocks(briefing: Briefing) -> list[Block]:
    """Every prose block of the briefing body, in document order (not cached: used once)."""
    return _walk(briefing)


def raw_block(briefing: Briefing) -> Block:
    """The whole file, front matter and code included: Vale's `raw` scope."""
    text = briefing.text
    return Block("raw.md", text, 1, 1, content=text, source=text.split("\n"), index=0)


_OPEN = {"list_item_open": "list", "footnote_open": "list", "blockquote_open": "blockquote"}
_CLOSE = {"list_item_close", "footnote_close", "blockquote_close"}
_INNER = {"heading_open": "", "th_open": "table.header", "td_open": "table.cell"}
_INNER_CLOSE = {"heading_close", "th_close", "td_close"}


def _walk(briefing: Briefing) -> list[Block]:
    source = markdown.lines(briefing.body)  # as the parse's line maps count them
    to_file = partial(markdown.file_line, briefing)
    found: list[Block] = []
    stack: list[str] = []
    inner = ""
    cursors: dict[int, int] = {}  # table cells share a line: search each after the previous one
    for token in markdown.tokens(briefing):
        kind = token.type
        if kind == "inline":
            if token.map:
                block = _located(token, source, to_file, _scope(stack, inner), cursors)
                if block is not None:
                    found.append(block)
        elif kind in _OPEN:
            stack.append(_OPEN[kind])
        elif kind in _CLOSE:
            stack.pop()
        elif kind in _INNER:
            inner = _INNER[kind] or f"heading.{token.tag}"
        elif kind in _INNER_CLOSE:
            inner = ""
    return found


def _scope(stack: list[str], inner: str) -> str:
    if "list" in stack:
        return "text.list.md"
    if stack:
        return "text.blockquote.md"
    return f"text.{inner}.md" if inner else "text.md"


def _located(token: Token, source: list[str], to_file: Callable[[int], int], scope: str,
             cursors: dict[int, int]) -> Block | None:
    """Mask the inline content and find where its first line sits in the file."""
    assert token.map is not None
    content = token.content
    index = token.map[0]
    if index >= len(source):
        return None
    multiline = "\n" in content
    first = content[: content.find("\n")] if multiline else content
    column = _column(first, source[index], cursors.get(index, 0))
    if column is None:
        return None  # content we cannot place (e.g. an unescaped table pipe): skip, never misplace
    cursors[index] = column - 1 + len(first)
    if not multiline:
        return Block(scope, mask_inline(content), to_file(index), column)
    if index + content.count("\n") >= len(source):
        return None
    return Block(scope, mask_inline(content), to_file(index), column, content=content, source=source,
                 index=index, to_file=to_file)


def _column(piece: str, line: str, start: int) -> int | None:
    """1-based file column of the first character of `piece`, a line of inline content."""
    core = piece.strip()
    lead = len(piece) - len(piece.lstrip())
    if not core:
        return 1
    found = line.find(core, start)
    return None if found < 0 else found - lead + 1
