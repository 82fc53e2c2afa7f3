"""Nested lists indented by fewer than four spaces.

Why: CommonMark nests "- a" / "  - b" (two spaces), but Python-Markdown, which MkDocs uses,
needs four spaces and renders the items as one flat list. `--fix` re-indents the nested list.
Python-Markdown counts indentation in whole tab stops (a tab goes to the next multiple of 4):
a list at depth 1 starts at column 4 to 7 whatever the indent (0 to 3) of its parent item, so
" - a" / "\t- b" nests in both renderers and is no finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefings.checks import Check, Edit, Hit
from briefings.findings import Severity
from briefings.linting.blocks import LIST_OPEN
from briefings.linting.document import Document

TAB = 4  # Python-Markdown's tab_length


def run(doc: Document) -> Iterator[Hit]:
    """One hit per nested list indented less than the tab stop after its parent item's."""
    items: list[int] = []  # body lines of the open list items
    stack: list[str] = []
    for token in doc.tokens:
        if token.nesting == -1 and stack:
            if stack.pop() == "list_item_open":
                items.pop()
        if token.nesting != 1:
            continue
        if (token.type in LIST_OPEN and items and token.map and token.map[0] != items[-1]  # "- - x": no indent
                and "blockquote_open" not in stack):
            parent, child = _indent(doc.lines, items[-1]), _indent(doc.lines, token.map[0])
            need = nested_column(parent)
            if child < need:
                yield Hit(line=doc.line(token.map[0]), column=child + 1,
                          message=f"indent this nested list by {need} spaces: with {child}, MkDocs "
                                  "does not nest it", reason=f"nested list indented by {child - parent} spaces",
                          fix=Edit(line0=token.map[0], end0=token.map[1], indent=need - child))
        stack.append(token.type)
        if token.type == "list_item_open":
            items.append(token.map[0] if token.map else 0)


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
               "- a\n\t- b\n\t  - c"),
    must_pass=("- parent\n    - child", "- one\n- two", "- - - x", " - parent\n\t- child",
               "  - parent\n    - child", "- a\n     - b\n        - c"),
)
