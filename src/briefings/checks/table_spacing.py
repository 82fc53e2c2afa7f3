"""A line right under a table that has no `|` of its own, with no blank line between them.

Why: a table ends only at a blank line, in Python-Markdown (which MkDocs uses) as in CommonMark, so
a note written on the next line ("Values are as signed.") is published as one more row of the
table, its text in the first cell. `--fix` inserts the blank line.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefings.checks import Check, Edit, Hit
from briefings.findings import Severity
from briefings.linting.document import Document


def run(doc: Document) -> Iterator[Hit]:
    """One hit per table, at its first body row written without a `|` (the author's next line)."""
    in_body = False
    for token in doc.tokens:
        if token.type in ("tbody_open", "tbody_close", "table_close"):
            in_body = token.type == "tbody_open"
        elif in_body and token.type == "tr_open" and token.map and "|" not in _unescaped(doc.lines[token.map[0]]):
            in_body = False  # every later line joins the same stray paragraph once the blank line is in
            yield Hit(line=doc.line(token.map[0]), message="add a blank line before this line: without it MkDocs "
                      "publishes it as one more row of the table above", reason="a line right under a table",
                      fix=Edit(line0=token.map[0]))


def _unescaped(line: str) -> str:
    return line.replace("\\|", "")


CHECK = Check(
    id="table-spacing",
    severity=Severity.ERROR,
    summary="a line follows a table without a blank line (it becomes a row of the table)",
    run=run,
    must_flag=("| Year | Value |\n|---|---|\n| 2021 | 12 |\nValues are as signed.",
               "> | Year | Value |\n> |---|---|\n> | 2021 | 12 |\n> Values are as signed."),
    must_pass=("| Year | Value |\n|---|---|\n| 2021 | 12 |\n\nValues are as signed.",
               "| Year | Value |\n|---|---|\n| 2021 | 12 |\n| 2022 | 14 |",
               "| Term | Meaning |\n|---|---|\n| a \\| b | either |"),
)
