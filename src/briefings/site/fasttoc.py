"""The toc extension's `[TOC]` search, skipped when the page never holds the marker.

Why: Python-Markdown's `TocTreeprocessor` looks for its marker on every page by joining the text
of every element of the tree (`''.join(c.itertext())` for each element and its parent), about 2% of
a part's build, although almost no briefing writes `[TOC]`. The marker can only be replaced where
an element's own text is the marker, and that text comes from the page's source or from what the
preprocessors add to its lines (snippets). Two preprocessors note whether the marker is in the
lines, one before all the others (the source, including what `md_in_html` later takes out of the
lines to parse on its own) and one after them (what they added); when it is in neither, the search
finds nothing, so it is not run. A custom marker may be text an extension writes (an admonition's
title): then the search always runs. The toc itself (ids, permalinks, the page's table of
contents) is built as before.
"""

from __future__ import annotations

from typing import Any

from markdown import Markdown
from markdown.extensions import toc
from markdown.preprocessors import Preprocessor

DEFAULT_MARKER = "[TOC]"
_SEEN = "_briefings_toc_marker_seen"


class MarkedTocTreeprocessor(toc.TocTreeprocessor):
    """`TocTreeprocessor`, searching for its marker only when the page's lines held it."""

    def replace_marker(self, root: Any, elem: Any) -> None:
        if self.marker == DEFAULT_MARKER and getattr(self.md, _SEEN, True) is False:
            return  # no element's text can be the marker
        super().replace_marker(root, elem)


class _NoteMarker(Preprocessor):
    """Notes whether the marker is in the lines (`first`: before every other preprocessor)."""

    def __init__(self, md: Markdown, *, first: bool) -> None:
        super().__init__(md)
        self.first = first

    def run(self, lines: list[str]) -> list[str]:
        found = any(DEFAULT_MARKER in line for line in lines)
        setattr(self.md, _SEEN, found if self.first else found or getattr(self.md, _SEEN, True))
        return lines


def speed_up(md: Markdown) -> None:
    """Swap in `MarkedTocTreeprocessor` when the toc treeprocessor is Python-Markdown's own."""
    processor = md.treeprocessors["toc"] if "toc" in md.treeprocessors else None
    if type(processor) is not toc.TocTreeprocessor or not callable(getattr(processor, "replace_marker", None)):
        return
    processor.__class__ = MarkedTocTreeprocessor
    md.preprocessors.register(_NoteMarker(md, first=True), "briefings_toc_marker_first", 1000)
    md.preprocessors.register(_NoteMarker(md, first=False), "briefings_toc_marker_last", 0.1)
