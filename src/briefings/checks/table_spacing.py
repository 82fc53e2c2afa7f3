"""A line right under a table, with no blank line between them.

Why: Python-Markdown (which MkDocs uses) ends a table only at a blank line, so a note written on
the next line ("Values are as signed."), and even a heading, list item or quote there, is published
as one more row of the table, its text in the first cell. `--fix` inserts the blank line.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefings.checks import Check, Edit, Hit
from briefings.findings import Severity
from briefings.linting.document import Document


def run(doc: Document) -> Iterator[Hit]:
    """One hit per table: at its first body row written without a `|` (markdown-it, like the build,
    keeps such a line in the table), or else at a non-blank line right after a top-level table
    (markdown-it starts a new block there; the build does not)."""
    table_open = None
    for token in doc.tokens:
        if token.type == "table_open":
            table_open = token
        elif table_open is not None and token.type == "tr_open" and token.map and \
                "|" not in doc.lines[token.map[0]].replace("\\|", ""):
            yield _hit(doc, token.map[0])
            table_open = None
        elif table_open is not None and token.type == "table_close":
            after = table_open.map[1] if table_open.map else len(doc.lines)
            if table_open.level == 0 and after < len(doc.lines) and doc.lines[after].strip():
                yield _hit(doc, after)
            table_open = None


def _hit(doc: Document, line0: int) -> Hit:
    return Hit(line=doc.line(line0), message="add a blank line before this line: without it MkDocs publishes it "
               "as one more row of the table above", reason="a line right under a table", fix=Edit(line0=line0))


CHECK = Check(
    id="table-spacing",
    severity=Severity.ERROR,
    summary="a line follows a table without a blank line (it becomes a row of the table)",
    run=run,
    must_flag=("| Year | Value |\n|---|---|\n| 2021 | 12 |\nValues are as signed.",
               "> | Year | Value |\n> |---|---|\n> | 2021 | 12 |\n> Values are as signed.",
               "| Year | Value |\n|---|---|\n| 2021 | 12 |\n## Next section",
               "| Year | Value |\n|---|---|\n| 2021 | 12 |\n- a list item",
               "| Term | Meaning |\n|---|---|\n| one | two |\nA \\| B"),
    must_pass=("| Year | Value |\n|---|---|\n| 2021 | 12 |\n\nValues are as signed.",
               "| Year | Value |\n|---|---|\n| 2021 | 12 |\n| 2022 | 14 |",
               "| Term | Meaning |\n|---|---|\n| a \\| b | either |",
               "- item\n\n    | Year | Value |\n    |---|---|\n    | 2021 | 12 |\n- next item"),
)
