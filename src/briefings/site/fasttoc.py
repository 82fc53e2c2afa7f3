"""The toc extension's `[TOC]` search, skipped when the page's text has no marker.

Why: Python-Markdown's `TocTreeprocessor` looks for its marker on every page by joining the text
of every element of the tree (`''.join(c.itertext())` for each element and its parent), about 2% of
a part's build, although almost no briefing writes `[TOC]`. The marker can only be replaced where
a paragraph's own text is the marker, and that text comes from the page's lines after the
preprocessors (snippets included): when the marker is nowhere in those lines, the search finds
nothing, so it is not run. The toc itself (ids, permalinks, the page's table of contents) is built
as before.
"""

from __future__ import annotations

from typing import Any

from markdown import Markdown
from markdown.extensions import toc


class MarkedTocTreeprocessor(toc.TocTreeprocessor):
    """`TocTreeprocessor`, searching for its marker only when the page's lines hold it."""

    def replace_marker(self, root: Any, elem: Any) -> None:
        lines = getattr(self.md, "lines", None)
        if isinstance(lines, list) and not any(self.marker in line for line in lines):
            return  # no paragraph can be the marker
        super().replace_marker(root, elem)


def speed_up(md: Markdown) -> None:
    """Swap in `MarkedTocTreeprocessor` when the toc treeprocessor is Python-Markdown's own."""
    processor = md.treeprocessors["toc"] if "toc" in md.treeprocessors else None
    if type(processor) is toc.TocTreeprocessor and callable(getattr(processor, "replace_marker", None)):
        processor.__class__ = MarkedTocTreeprocessor
