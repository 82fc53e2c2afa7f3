"""`briefings lint --fix`: repair the Markdown rendering traps, and touch nothing else.

Only the edits of `list-spacing` and `table-spacing` (insert a blank line) and `list-indent`
(re-indent a nested list) are applied, never inside suppressed ranges or for rules turned off.
The front matter and every other byte stay as they were; the file is replaced atomically.
A re-indent moves each line by whole columns (its spaces go after the leading tabs, where no tab
stop swallows them) and is made only when the CommonMark rendering stays the same: it is meant
to make MkDocs nest what the editor nests, never to change what the editor shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefings.checks import Edit, Hit, list_indent, list_spacing, table_spacing
from briefings.library import Briefing
from briefings.markdown import parser, tabs_read_as_admonitions
from briefings.linting import suppress
from briefings.linting.config import LintConfig
from briefings.linting.document import Document
from briefings.linting.source import body_prefix, from_text

_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_FIXERS = (list_spacing.CHECK, list_indent.CHECK, table_spacing.CHECK)  # the checks whose hits carry an Edit
FIXABLE_RULES = frozenset(check.id for check in _FIXERS)
MAX_ROUNDS = 20  # each round fixes the outermost problems; nested ones show up after a re-parse


def fixed_text(briefing: Briefing, config: LintConfig) -> tuple[str, list[str], list[str]]:
    """The repaired file text, one line per change ('LINE: what was done') and one per fix left
    undone because it would change the rendering ('LINE: why')."""
    own = config.for_file(briefing)
    changes: list[str] = []
    refused: list[str] = []
    current = briefing
    for _ in range(MAX_ROUNDS):
        hits = _fixable(current, own)
        if not hits:
            break
        body, done, refused = _apply(current.body, hits)
        changes += done
        current = from_text(body_prefix(current) + body, path=current.path, rel=current.rel, label=current.label)
        if refused:  # the next round would find the same hits again
            break
    return current.text, changes, refused


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


def _apply(body: str, hits: list[Hit]) -> tuple[str, list[str], list[str]]:
    """Apply non-overlapping edits from the bottom up, so earlier line numbers stay valid; a
    re-indent that would change the CommonMark rendering is left undone (and said so)."""
    edits = sorted(hits, key=lambda h: h.fix.line0 if h.fix else 0, reverse=True)
    lines = _LINES.findall(body)  # with their endings; only \r\n, \r and \n end a line, as in markdown-it
    made = _Round(lines, floor=len(lines) + 1)
    made.settle(edits)
    return "".join(made.lines), _by_line(made.done), _by_line(made.refused)


@dataclass
class _Round:
    """The body's lines as one round of edits leaves them, the lowest line an edit of the round starts
    at, what was done and what was left undone."""

    lines: list[str]
    floor: int
    done: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    renders: int = 0  # bodies rendered so far: halving stops at _RENDERS (many refusals would be quadratic)

    def settle(self, hits: list[Hit]) -> None:
        """Make the edits of `hits` (bottom up) together and keep them when the re-indents among them
        leave the rendering as the inserted blank lines alone make it; else halve them, down to each
        re-indent that changes it. Why together: rendering the body once per re-indent made a body
        of many nested lists quadratic (400 of them, 28 KB: 18 s); a round renders it twice now."""
        before, floor, done = self.lines[:], self.floor, len(self.done)
        plain = before[:]  # the same round without its re-indents: the rendering they must keep
        made: list[tuple[Hit, str]] = []
        for hit in hits:
            edit = hit.fix
            assert edit is not None
            if max(edit.end0, edit.line0 + 1) > self.floor:
                continue  # overlaps an edit made in this round; the next round sees it again
            made.append((hit, _edit(self.lines, edit, hit.line)))
            self.floor = edit.line0
            if not edit.indent:
                _edit(plain, edit, hit.line)
        self.done += [message for _, message in made]
        self.renders += 2
        if plain == self.lines or _rendered(self.lines) == _rendered(plain):
            return
        if len(hits) == 1 or self.renders >= _RENDERS:  # one re-indent, or too many to tell apart: keep
            self.lines = plain  # the round's blank lines, leave its re-indents undone
            self.done[done:] = [message for hit, message in made if hit.fix and not hit.fix.indent]
            self.refused += [f"{hit.line}: left the nested list as it is: re-indenting it would change how it renders"
                             for hit, _ in made if hit.fix and hit.fix.indent]
            return
        self.lines, self.floor = before, floor
        del self.done[done:]
        self.settle(hits[:len(hits) // 2])
        self.settle(hits[len(hits) // 2:])


_RENDERS = 64  # at most this many renderings of the body per fix: halving finds up to ~10 refused re-indents


def _by_line(messages: list[str]) -> list[str]:
    return sorted(messages, key=lambda d: int(d.split(":")[0]))


def _rendered(lines: list[str]) -> str:
    """The CommonMark HTML of the body (what an editor's preview shows)."""
    html: str = parser().render(tabs_read_as_admonitions("".join(lines)))  # as the lint reads it
    return html


def _edit(lines: list[str], edit: Edit, line: int) -> str:
    if not edit.indent:
        previous = lines[edit.line0 - 1] if edit.line0 else "\n"
        ending = "\r\n" if previous.endswith("\r\n") else "\r" if previous.endswith("\r") else "\n"
        lines.insert(edit.line0, ending)  # the file's own line ending, whichever it is
        return f"{line}: inserted a blank line before this line"
    pad = " " * edit.indent
    for i in range(edit.line0, min(edit.end0, len(lines))):
        if lines[i].strip():
            lines[i] = _indented(lines[i], pad)
    return f"{line}: indented the nested list by {edit.indent} more spaces"


def _indented(line: str, pad: str) -> str:
    """`line` moved right by len(pad) columns: the spaces go after its leading tabs (before a tab
    they would only fill up to the same tab stop)."""
    lead = len(line) - len(line.lstrip(" \t"))
    cut = line.rfind("\t", 0, lead) + 1
    return line[:cut] + pad + line[cut:]
