"""A list directly under a paragraph line, with no blank line between them.

Why: CommonMark previews (GitHub, most editors) show a list, but Python-Markdown, which MkDocs
uses, renders the lines as one paragraph with literal hyphens. `--fix` inserts the blank line.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefings.checks import Check, Edit, Hit
from briefings.findings import Severity
from briefings.linting.blocks import LIST_OPEN
from briefings.linting.document import Document

_NO_CHECK = frozenset({"list_item_open", "footnote_block_open"})  # nested lists follow their item's text


def run(doc: Document) -> Iterator[Hit]:
    """One hit per list that starts on the line after a paragraph line."""
    stack: list[str] = []
    tokens = doc.tokens
    for index, token in enumerate(tokens):
        if token.nesting == -1 and stack:
            stack.pop()
        if token.nesting != 1:
            continue
        if token.type in LIST_OPEN and token.map and index >= 2 and not _NO_CHECK.intersection(stack):
            before = tokens[index - 2]
            if tokens[index - 1].type == "paragraph_close" and before.map and before.map[1] == token.map[0]:
                line = doc.line(token.map[0])
                yield Hit(line=line, message="add a blank line before this list: without it MkDocs renders "
                          "the list as part of the paragraph above", reason="list directly under a paragraph line",
                          fix=Edit(line0=token.map[0]))
        stack.append(token.type)


CHECK = Check(
    id="list-spacing",
    severity=Severity.ERROR,
    summary="a list follows a paragraph line without a blank line (Python-Markdown merges them)",
    run=run,
    must_flag=("Key terms:\n- disinformation\n- propaganda", "!!! note\n\n    Terms:\n    - one\n    - two"),
    must_pass=("Key terms:\n\n- disinformation\n- propaganda", "- item\n    - nested item"),
)
