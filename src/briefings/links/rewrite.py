"""Pointing placeholder links at their pages in a text, changing nothing but the link targets; link text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.links import resolve
from briefings.links.model import Placeholder

_BREAKS_LINK_TEXT = re.compile(r"([\\`\[\]])")  # escapable in CommonMark and Python-Markdown alike


def point_placeholders(text: str, source: str, edits: Sequence[tuple[Placeholder, str]], *, offset: int = 0) -> str:
    """`text` with each placeholder `[words](#)` made `[words](relative/path.md)` from `source` to its
    target: only the destination changes, so a link title (`[words](# "title")`) stays.

    Placeholder spans are offsets in the scanned text, which starts at `offset` in `text`.
    """
    spanned = [(p.span, target) for p, target in edits if p.span is not None]
    for span, target in sorted(spanned, key=lambda e: -e[0].start):  # from the end: offsets stay valid
        start, end = span.dest_start + offset, span.dest_end + offset
        text = text[:start] + resolve.relative_href(source, target) + text[end:]
    return text


def link_text(text: str) -> str:
    """`text` (a title, a file name) escaped to stay the text of one link: `Notes \\] 2024`."""
    return _BREAKS_LINK_TEXT.sub(r"\\\1", text)
