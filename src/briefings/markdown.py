"""The one Markdown parse of a briefing, shared by every rule (markdown-it-py, parsed once, cached).

Token line maps (`token.map`) are 0-based lines of the body as markdown-it reads it; `file_line`
turns them into 1-based lines of the file, front matter included, numbered as git numbers them.
"""

from __future__ import annotations

import os
import re
import threading
from functools import cache
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.footnote import footnote_plugin

if TYPE_CHECKING:
    from briefings.library import Briefing


@cache
def parser() -> MarkdownIt:
    """CommonMark plus tables, strikethrough, footnotes, `!!!` and `???` admonitions and `===` content tabs."""
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.use(footnote_plugin).use(admon_plugin)
    return md


# pymdownx.tabbed's tab line, `=== "Title"` (`===+`, `===!`, `===+!` too, any spaces before the title, a
# quote inside it), at the start of a line or nested in block quotes and indented blocks (4 columns a level,
# as Python-Markdown nests them; 1-3 spaces make it a paragraph for the site): read as an admonition's line
# with one space before the title, its block's indent then 4 as the tab's is, padded to the same length so
# that offsets and columns after it are unchanged. `=== Sample` and a `=====` line stay text, as for the site.
_TAB = re.compile(r'^((?:[ \t]{0,3}>[ \t]?)*(?:    |\t)*)===(\+!|!\+|\+|!)?[ \t]+("[^\r\n]*")[ \t]*(?=\r?$)',
                  re.MULTILINE)
_AS_ADMONITION = {None: "!!!", "+": "???+", "!": "!!!", "+!": "???+", "!+": "???+"}


def tabs_read_as_admonitions(text: str) -> str:
    """The text with each content tab's line as an admonition's line of the same length."""
    return _TAB.sub(_as_admonition, text) if "===" in text else text


def _as_admonition(tab: re.Match[str]) -> str:
    line = f"{tab.group(1)}{_AS_ADMONITION[tab.group(2)]} {tab.group(3)}"
    return line + " " * (len(tab.group()) - len(line))


_PARSING = threading.Lock()  # lint and the link check run side by side in threads for a few files


def _new_lock_in_child() -> None:
    """A forked worker gets a free lock, even if another thread held it at the fork."""
    global _PARSING
    _PARSING = threading.Lock()


os.register_at_fork(after_in_child=_new_lock_in_child)


def tokens(briefing: Briefing) -> list[Token]:
    """The block tokens of the briefing's body, parsed on first use and then cached (once, even
    when two threads ask at the same time)."""
    cached: list[Token] | None = briefing.__dict__.get("_tokens")
    if cached is None:
        with _PARSING:
            cached = briefing.__dict__.get("_tokens")
            if cached is None:
                cached = parser().parse(tabs_read_as_admonitions(briefing.body))
                briefing.__dict__["_tokens"] = cached
    return cached


LINE_END = re.compile(r"\r\n?|\n")  # as markdown-it reads one: a lone "\r" too
MD_IN_HTML = re.compile(r"^[^\n>]*\smarkdown\b", re.IGNORECASE)  # a raw HTML block whose Markdown md_in_html renders
_LONE_CR = re.compile(r"\r(?!\n)")


def lines(text: str) -> list[str]:
    """The lines of a text as markdown-it reads them (its line maps index these), without line ends."""
    return LINE_END.split(text) if "\r" in text else text.split("\n")


def parse(text: str) -> list[Token]:
    """The block tokens of a text that is no briefing's body (not cached)."""
    with _PARSING:
        found: list[Token] = parser().parse(tabs_read_as_admonitions(text))
    return found


def file_line(briefing: Briefing, body_line0: int) -> int:
    """1-based file line of a 0-based body line of the parse, as git and `briefings review` number
    lines: markdown-it also ends a line at a lone carriage return, git (and every editor's diff) does
    not, so a finding after one would be reported on a later line than the one that holds it."""
    git_lines = briefing.__dict__.get("_git_lines")
    if git_lines is None:
        git_lines = briefing.__dict__["_git_lines"] = _git_lines(briefing.body)
    if body_line0 < len(git_lines):
        return briefing.body_line + git_lines[body_line0]
    past_the_end = git_lines[-1] + 1 - len(git_lines) if git_lines else 0  # a map's end: one past the last line
    return briefing.body_line + body_line0 + past_the_end


def _git_lines(body: str) -> list[int]:
    """The 0-based git line of each line of the parse; empty when they are the same (no lone "\r")."""
    if "\r" not in body or not _LONE_CR.search(body):
        return []
    lines = [0]
    for end in LINE_END.finditer(body):
        lines.append(lines[-1] + (end.group() != "\r"))
    return lines
