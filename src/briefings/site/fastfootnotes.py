"""Python-Markdown's footnote references, numbered from a table: part of the fastinline extension.

Why: for each reference `[^key]`, Python-Markdown's `FootnoteInlineProcessor` copies the keys of
every footnote of the page into a list and searches it for the number, and `addFootnoteRef`
searches the list of footnotes referenced so far: quadratic in a page's footnotes (20,000 of them
took half a minute to render). Here both are dictionaries, made once per document: the footnotes
are all read (by the block parser) before the inline pass starts, and a new document gets a new
footnote dictionary and order list (`FootnoteExtension.reset`), which starts a new table.

The references render as Python-Markdown's own do, byte for byte: `handleMatch` below builds the
same element, and the fastinline tests compare both renders. The class is swapped only when the
footnote processor is Python-Markdown's own.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import Any

from markdown.extensions import footnotes


class _Table:
    """The numbers of one document's footnotes: by definition, and by first reference."""

    def __init__(self, extension: Any) -> None:
        self.defined: Any = extension.footnotes
        self.order: list[str] = extension.footnote_order
        self.size = len(self.defined)
        self.by_definition = {key: number for number, key in enumerate(self.defined, 1)}
        self.by_reference = {key: number for number, key in reversed(list(enumerate(self.order, 1)))}

    def current(self, extension: Any) -> bool:
        return extension.footnotes is self.defined and extension.footnote_order is self.order \
            and len(self.defined) == self.size and len(self.order) == len(self.by_reference)


class NumberedFootnoteProcessor(footnotes.FootnoteInlineProcessor):
    """`FootnoteInlineProcessor` with its number and `addFootnoteRef` from a `_Table`."""

    _table: _Table | None = None

    def handleMatch(  # type: ignore[override]  # noqa: N802 - Python-Markdown's name and signature
            self, m: re.Match[str], data: str) -> tuple[Any, int | None, int | None]:
        """`FootnoteInlineProcessor.handleMatch`, its list searches made dictionary look-ups."""
        key, extension = m.group(1), self.footnotes
        table = self._table
        if table is None or not table.current(extension):
            table = self._table = _Table(extension)
        if key not in table.by_definition:
            return None, None, None
        if key not in table.by_reference:  # addFootnoteRef
            extension.footnote_order.append(key)
            table.by_reference[key] = len(extension.footnote_order)
        numbers = table.by_definition if extension.getConfig("USE_DEFINITION_ORDER") else table.by_reference
        sup = etree.Element("sup")
        a = etree.SubElement(sup, "a")
        sup.set("id", extension.makeFootnoteRefId(key, found=True))
        a.set("href", "#" + extension.makeFootnoteId(key))
        a.set("class", "footnote-ref")
        a.text = extension.getConfig("SUPERSCRIPT_TEXT").format(numbers[key])
        return sup, m.start(0), m.end(0)


def speed_up(md: Any) -> None:
    """Swap in `NumberedFootnoteProcessor` when the footnote processor is Python-Markdown's own."""
    processor = md.inlinePatterns["footnote"] if "footnote" in md.inlinePatterns else None
    if type(processor) is footnotes.FootnoteInlineProcessor:
        processor.__class__ = NumberedFootnoteProcessor
