"""`briefings lint --fix`: repair the Markdown rendering traps, and touch nothing else.

Only the edits of `list-spacing` and `table-spacing` (insert a blank line) and `list-indent`
(re-indent a nested list) are applied, never inside suppressed ranges or for rules turned off.
The front matter and every other byte stay as they were; the file is replaced atomically.
"""

from __future__ import annotations

import re

from briefings.checks import Edit, Hit, list_indent, list_spacing, table_spacing
from briefings.library import Briefing
from briefings.linting import suppress
from briefings.linting.config import LintConfig
from briefings.linting.document import Document
from briefings.linting.source import body_prefix, from_text

_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_FIXERS = (list_spacing.CHECK, list_indent.CHECK, table_spacing.CHECK)  # the checks whose hits carry an Edit
FIXABLE_RULES = frozenset(check.id for check in _FIXERS)
MAX_ROUNDS = 20  # each round fixes the outermost problems; nested ones show up after a re-parse


def fixed_text(briefing: Briefing, config: LintConfig) -> tuple[str, list[str]]:
    """The repaired file text and one line per change ('LINE: what was done')."""
    own = config.for_file(briefing)
    changes: list[str] = []
    current = briefing
    for _ in range(MAX_ROUNDS):
        hits = _fixable(current, own)
        if not hits:
            break
        body, done = _apply(current.body, hits)
        changes += done
        current = from_text(body_prefix(current) + body, path=current.path, rel=current.rel, label=current.label)
    return current.text, changes


def _fixable(briefing: Briefing, config: LintConfig) -> list[Hit]:
    doc = Document(briefing, config)
    spans = suppress.ranges(briefing.text)
    hits = []
    for check in _FIXERS:
        if config.level(check.id, check.severity) is None or {check.id, suppress.ALL} & config.suppressed:
            continue
        hits += [h for h in check.run(doc) if h.fix and not _suppressed(h.line, check.id, spans)]
    return hits


def _suppressed(line: int, rule: str, spans: dict[str, list[tuple[int, int]]]) -> bool:
    return any(a <= line <= b for key in (rule, suppress.ALL) for a, b in spans.get(key, ()))


def _apply(body: str, hits: list[Hit]) -> tuple[str, list[str]]:
    """Apply non-overlapping edits from the bottom up, so earlier line numbers stay valid."""
    lines = _LINES.findall(body)  # with their endings; only \r\n, \r and \n end a line, as in markdown-it
    done: list[str] = []
    floor = len(lines) + 1
    for hit in sorted(hits, key=lambda h: h.fix.line0 if h.fix else 0, reverse=True):
        edit = hit.fix
        assert edit is not None
        if max(edit.end0, edit.line0 + 1) > floor:
            continue  # overlaps an edit made in this round; the next round sees it again
        done.append(_edit(lines, edit, hit.line))
        floor = edit.line0
    return "".join(lines), sorted(done, key=lambda d: int(d.split(":")[0]))


def _edit(lines: list[str], edit: Edit, line: int) -> str:
    if not edit.indent:
        previous = lines[edit.line0 - 1] if edit.line0 else "\n"
        ending = "\r\n" if previous.endswith("\r\n") else "\r" if previous.endswith("\r") else "\n"
        lines.insert(edit.line0, ending)  # the file's own line ending, whichever it is
        return f"{line}: inserted a blank line before this line"
    pad = " " * edit.indent
    for i in range(edit.line0, min(edit.end0, len(lines))):
        if lines[i].strip():
            lines[i] = pad + lines[i]
    return f"{line}: indented the nested list by {edit.indent} more spaces"
