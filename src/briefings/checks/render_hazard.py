"""Markdown that Python-Markdown renders in super-linear time, or not at all.

Why: MkDocs renders with Python-Markdown, whose inline patterns rescan the rest of a paragraph
for every unmatched `[` (so 20,000 of them take a minute), whose tables cost grows with the
column count, whose nested lists recurse once per level (500 levels end in RecursionError), and
whose abbreviations are matched against the whole text each. Such a file lints in a second but
stalls or breaks the build: this rule finds it first, in one linear pass over the lines, with
the limits of `[tool.briefings.limits]` (see guide/limits.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from briefings.checks import Check, Hit
from briefings.findings import Severity
from briefings.limits import Limits
from briefings.linting.document import Document

_FENCE = re.compile(r"^\s*(```|~~~)")
_CONTAINER = re.compile(r"(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])[ \t]")
_ABBR = re.compile(r"^\*\[[^\]]*\]:")
_WHY = "Python-Markdown (the site build) takes super-linear time or fails on this"


def run(doc: Document) -> Iterator[Hit]:
    """At most one hit per construct and block, on the block's first line."""
    yield from scan(doc.lines, doc.config.limits, doc.line)


def scan(lines: list[str], limits: Limits, to_file: Callable[[int], int] = lambda n: n + 1) -> Iterator[Hit]:
    """Hazards in body lines; `to_file` maps a 0-based body line to a 1-based file line."""
    brackets, start, reported, fenced, abbreviations, wide = 0, 0, False, "", 0, False
    for n, line in enumerate(lines):
        fence = _FENCE.match(line)
        if fenced or fence:
            if fence and (not fenced or fence.group(1) == fenced):
                fenced = "" if fenced else fence.group(1)
            continue
        if not line.strip():  # the end of a paragraph or table
            brackets, start, reported, wide = 0, n + 1, False, False
            continue
        if _ITEM.match(line) or "|" in line:  # a new list item or table row
            brackets, start, reported = 0, n, False
        brackets += line.count("[")
        if brackets > limits.brackets_per_block and not reported:
            reported = True
            yield _hit(to_file(start), f"more than {limits.brackets_per_block:,} '[' in one block",
                       "brackets_per_block", "close the brackets, or split the paragraph")
        cells = line.count("|") - line.count("\\|")
        if cells > limits.table_columns and not wide:
            wide = True  # one hit per table
            yield _hit(to_file(n), f"a table row of {cells:,} cells", "table_columns", "split the table")
        depth = _depth(line)
        if depth > limits.nesting_depth:
            yield _hit(to_file(n), f"lists or quotes nested {depth} levels deep", "nesting_depth",
                       "flatten the nesting")
        abbreviations += bool(_ABBR.match(line))
        if abbreviations == limits.abbreviations + 1:
            yield _hit(to_file(n), f"more than {limits.abbreviations:,} abbreviation definitions",
                       "abbreviations", "keep the abbreviations a reader needs")


def _depth(line: str) -> int:
    """Nesting level of a line: four columns of indent per level, plus each `>` or list marker."""
    text = line.expandtabs(4)
    stripped = text.lstrip(" ")
    depth, pos = (len(text) - len(stripped)) // 4, 0
    while (marker := _CONTAINER.match(stripped, pos)) is not None:
        depth, pos = depth + 1, marker.end()
    return depth


def _hit(line: int, construct: str, limit: str, fix: str) -> Hit:
    return Hit(line=line, message=f"render hazard: {construct} (limit {limit}): {fix}", reason=_WHY)


CHECK = Check(
    id="render-hazard",
    severity=Severity.ERROR,
    summary="Markdown that Python-Markdown renders in super-linear time or not at all",
    run=run,
    must_flag=("[" * 300, "[^a" * 300, "[a](" * 300, "| " + "a | " * 150, "- " * 40 + "x",
               "> " * 40 + "x", "".join(f"*[A{i}]: x\n" for i in range(201))),
    must_pass=("Text.[^a] and [a link](https://example.org).\n\n[^a]: Source, 2020.",
               "\n\n".join("[a](b) " * 200 for _ in range(5)), "| a | b |\n|---|---|\n| 1 | 2 |",
               "- a\n    - b\n        - c", "```\n" + "[" * 1000 + "\n```", "*[HTML]: HyperText"),
)
