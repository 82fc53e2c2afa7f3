"""The one Markdown parse of a briefing, shared by every rule (markdown-it-py, parsed once, cached).

Token line maps (`token.map`) are 0-based lines of the body; `file_line` turns them into
1-based lines of the file, front matter included.
"""

from __future__ import annotations

import os
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
    _content_tabs_as_admonitions()
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.use(footnote_plugin).use(admon_plugin)
    return md


def _content_tabs_as_admonitions() -> None:
    """pymdownx.tabbed's `=== "Title"` and its indented content are read as an admonition is (a titled
    block of Markdown the site shows), not as an indented code block: the plugin's rule reads its
    markers from module constants, so the tab markers are added to them (no copy of the rule)."""
    from mdit_py_plugins.admon import index

    if "===" not in index.MARKERS:
        markers = (*index.MARKERS, "===", "===+", "===!")
        setattr(index, "MARKERS", markers)
        setattr(index, "MARKER_CHARS", {marker[0] for marker in markers})
        setattr(index, "MAX_MARKER_LEN", max(len(marker) for marker in markers))


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
                cached = parser().parse(briefing.body)
                briefing.__dict__["_tokens"] = cached
    return cached


def file_line(briefing: Briefing, body_line0: int) -> int:
    """1-based file line of a 0-based body line."""
    return briefing.body_line + body_line0
