"""Cut a briefing's token stream into citation blocks: paragraphs, list items, table rows, quotes.

A citation covers its block. Block text keeps the prose, puts `CITE` where a valid citation
sits, and replaces the text of internal links (cross-references, `[Title](#)`) with neutral
words, so that a briefing's title in a link is not read as a named entity.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from markdown_it.token import Token

from briefings.linting.sentences import CITE

_SKIP_CONTEXT = frozenset({"heading_open", "admonition_title_open", "footnote_block_open", "thead_open"})
LIST_OPEN = frozenset({"bullet_list_open", "ordered_list_open"})  # token types that open a list
_UNDEFINED_REF = re.compile(r"\[\^[^\[\]\s]+\]")  # no `[` in a key: linear on "[^[^[^..."
LINKED_PAGE = "crossref"  # stands in for the text of an internal link


@dataclass
class Block:
    """One unit a citation covers, with its text per source line segment."""

    kind: str  # paragraph | item | row | quote
    segments: list[tuple[int, str]] = field(default_factory=list)  # (0-based body line, text)
    end0: int = 0  # 0-based body line after the block
    opinion: bool = False  # inside a labelled opinion/analysis block
    covered: bool = False  # a cited lead-in line ending in ':' covers this list item

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


def extract(tokens: Sequence[Token], is_source: Callable[[str], bool], opinion: frozenset[str]) -> list[Block]:
    """The blocks of a token stream; `is_source(label)` says whether a footnote names a source."""
    stack: list[Token] = []
    blocks: dict[int, Block] = {}
    covered: list[tuple[int, int]] = []
    last: Block | None = None
    skipping = 0  # open headings, titles, footnote blocks, table heads
    for index, token in enumerate(tokens):
        if token.nesting == 1:
            if token.type in LIST_OPEN and last and index and tokens[index - 1].type == "paragraph_close" \
                    and token.map and _is_lead_in(last):
                covered.append((token.map[0], token.map[1]))
            stack.append(token)
            skipping += token.type in _SKIP_CONTEXT
        elif token.nesting == -1:
            if stack:
                skipping -= stack.pop().type in _SKIP_CONTEXT
        elif token.type == "inline" and not skipping:
            last = _add(blocks, token, stack, is_source, opinion)
    result = sorted(blocks.values(), key=lambda b: b.line0)
    if covered:
        starts, ends = _merged(covered)
        for block in result:
            at = bisect_right(starts, block.line0) - 1
            if block.kind == "item" and at >= 0 and block.line0 < ends[at]:
                block.covered = True
    return result


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


def _is_lead_in(block: Block) -> bool:
    text = block.segments[-1][1].replace(CITE, "").rstrip()
    return text.endswith(":") and block.cited


def _add(blocks: dict[int, Block], token: Token, stack: list[Token], is_source: Callable[[str], bool],
         opinion: frozenset[str]) -> Block:
    kind, container = _container(token, stack)
    block = blocks.get(id(container))
    if block is None:
        block = blocks[id(container)] = Block(kind=kind, opinion=_in_opinion(stack, opinion))
    line0 = (token.map or container.map or [0, 1])[0]
    text = render(token.children or [], is_source)
    if kind == "row" and block.segments:
        block.segments[-1] = (block.segments[-1][0], f"{block.segments[-1][1]} | {text}")
    else:
        block.segments.append((line0, text))
    block.end0 = max(block.end0, (container.map or token.map or [0, line0 + 1])[1])
    return block


def _container(token: Token, stack: list[Token]) -> tuple[str, Token]:
    for parent in reversed(stack):
        if parent.type == "tr_open":
            return "row", parent
        if parent.type == "list_item_open":
            return "item", parent
    quote = next((p for p in stack if p.type == "blockquote_open"), None)
    return ("quote", quote) if quote else ("paragraph", token)


def _in_opinion(stack: list[Token], opinion: frozenset[str]) -> bool:
    return any(s.type == "admonition_open" and str(s.meta.get("tag", "")).lower() in opinion for s in stack)


def render(children: Sequence[Token], is_source: Callable[[str], bool]) -> str:
    """Inline tokens as plain text with CITE markers."""
    parts: list[str] = []
    links: list[bool] = []  # open links: True when external
    for child in children:
        kind = child.type
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
        elif kind == "code_inline":
            parts.append("code")
        elif kind == "footnote_ref" and is_source(str(child.meta.get("label", ""))):
            parts.append(CITE)
    return _UNDEFINED_REF.sub("", "".join(parts))
