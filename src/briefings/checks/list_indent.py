"""Nested lists indented by fewer than four spaces.

Why: CommonMark nests "- a" / "  - b" (two spaces), but Python-Markdown, which MkDocs uses,
needs four spaces and renders the items as one flat list. `--fix` re-indents the nested list.
Python-Markdown counts indentation in whole tab stops (a tab goes to the next multiple of 4):
a list at depth 1 starts at column 4 to 7 whatever the indent (0 to 3) of its parent item, so
" - a" / "\t- b" nests in both renderers and is no finding.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from briefings.checks import Check, Edit, Hit
from briefings.findings import Severity
from briefings.linting.blocks import LIST_OPEN
from briefings.linting.document import Document

TAB = 4  # Python-Markdown's tab_length


@dataclass(frozen=True)
class _Item:
    """An item of a list nested in a list item: its list, body lines, indent and its parent item's indent."""

    nested_list: int  # index of the list's opening token
    line0: int
    end0: int
    indent: int
    parent: int

    @property
    def shift(self) -> int:
        """Columns missing to the tab stop at which Python-Markdown nests it (0 when none)."""
        return max(0, nested_column(self.parent) - self.indent)


def run(doc: Document) -> Iterator[Hit]:
    """One hit per run of items of a nested list indented less than the tab stop after their parent
    item's: each item counts (CommonMark keeps "    - a" / "  - b" in one nested list, Python-Markdown
    moves "b" to the outer list), and items short by the same amount are re-indented together."""
    pending: list[_Item] = []
    for item in _nested_items(doc):
        if pending and not (item.nested_list == pending[-1].nested_list and item.shift == pending[-1].shift
                            and item.line0 == pending[-1].end0):
            yield from _hit(doc, pending)
            pending = []
        if item.shift:
            pending.append(item)
    yield from _hit(doc, pending)


def _nested_items(doc: Document) -> Iterator[_Item]:
    """Every item of a list nested in a list item, outside block quotes, in document order."""
    items: list[int] = []  # body lines of the open list items
    stack: list[tuple[str, int]] = []  # open containers: token type and index
    for index, token in enumerate(doc.tokens):
        if token.nesting == -1 and stack:
            if stack.pop()[0] == "list_item_open":
                items.pop()
        if token.nesting != 1:
            continue
        if (token.type == "list_item_open" and items and stack and stack[-1][0] in LIST_OPEN and token.map
                and token.map[0] != items[-1]  # "- - x": no indent
                and all(kind != "blockquote_open" for kind, _ in stack)):
            yield _Item(stack[-1][1], token.map[0], token.map[1], _indent(doc.lines, token.map[0]),
                        _indent(doc.lines, items[-1]))
        stack.append((token.type, index))
        if token.type == "list_item_open":
            items.append(token.map[0] if token.map else 0)


def _hit(doc: Document, run: list[_Item]) -> Iterator[Hit]:
    if not run:
        return
    first, need = run[0], nested_column(run[0].parent)
    opening = doc.tokens[first.nested_list].map
    what = "nested list" if opening and opening[0] == first.line0 else "item of the nested list"
    yield Hit(line=doc.line(first.line0), column=first.indent + 1,
              message=f"indent this {what} by {need} spaces: with {first.indent}, MkDocs does not nest it",
              reason=f"nested list indented by {first.indent - first.parent} spaces",
              fix=Edit(line0=first.line0, end0=run[-1].end0, indent=first.shift))


def nested_column(parent: int) -> int:
    """The least indent (in columns) at which Python-Markdown nests a list under an item indented by `parent`:
    the next tab stop after the parent's own level (4 under 0 to 3, 8 under 4 to 7)."""
    return (parent // TAB + 1) * TAB


def _indent(lines: list[str], line0: int) -> int:
    """Columns of leading whitespace, tabs expanded to the next multiple of 4 as Python-Markdown does."""
    line = lines[line0].expandtabs(TAB) if line0 < len(lines) else ""
    return len(line) - len(line.lstrip(" "))


CHECK = Check(
    id="list-indent",
    severity=Severity.ERROR,
    summary="a nested list is indented by fewer than 4 spaces (Python-Markdown does not nest it)",
    run=run,
    must_flag=("- parent\n  - child", "1. parent\n   - child", "- a\n     - b\n       - c",
               "- a\n\t- b\n\t  - c", "- one\n- two\n    - nested\n  - not nested in MkDocs"),
    must_pass=("- parent\n    - child", "- one\n- two", "- - - x", " - parent\n\t- child",
               "  - parent\n    - child", "- a\n     - b\n        - c"),
)
