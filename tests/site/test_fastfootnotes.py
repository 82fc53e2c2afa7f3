"""Footnote references numbered from a table render exactly as Python-Markdown's own (either
numbering, repeated and unknown references, one Markdown instance for several documents), in time
linear in a page's footnotes."""

from __future__ import annotations

import markdown
import pytest
from markdown.extensions import footnotes

from briefings.site import fastfootnotes, fastinline
from tests.hostile.test_scaling import _cpu_seconds

DOCUMENTS = [
    "Third first.[^c] Then one.[^a] Again.[^c] Unknown.[^zz] Two.[^b]\n\n"
    "- In a list.[^b][^a]\n\n[^a]: Note a, citing [^b].\n[^b]: Note b.\n[^c]: Note c.\n[^unused]: Never cited.\n",
    "A second document.[^x] And[^a].\n\n[^a]: Its own a.\n[^x]: X.\n",
    "No footnotes here: [^a] is text.\n",
]


def _converted(options: dict[str, object], *, fast: bool) -> list[str]:
    extensions: list[object] = [footnotes.FootnoteExtension(**options)] + ([fastinline.NAME] if fast else [])
    md = markdown.Markdown(extensions=extensions)  # type: ignore[arg-type]
    assert (type(md.inlinePatterns["footnote"]) is fastfootnotes.NumberedFootnoteProcessor) is fast
    return [md.reset().convert(text) for text in DOCUMENTS]


@pytest.mark.parametrize("options", [{}, {"USE_DEFINITION_ORDER": False}, {"UNIQUE_IDS": True},
                                     {"SUPERSCRIPT_TEXT": "[{}]", "USE_DEFINITION_ORDER": False}])
def test_footnote_references_render_as_python_markdowns(options: dict[str, object]) -> None:
    assert _converted(options, fast=True) == _converted(options, fast=False)


def test_another_footnote_processor_is_left_alone() -> None:
    class Custom(footnotes.FootnoteInlineProcessor):
        pass

    md = markdown.Markdown(extensions=["footnotes"])
    extension = md.inlinePatterns["footnote"].footnotes  # type: ignore[attr-defined]
    md.inlinePatterns.register(Custom(r"\[\^([^\]]*)\]", extension), "footnote", 175)
    fastfootnotes.speed_up(md)
    assert type(md.inlinePatterns["footnote"]) is Custom


def test_rendering_is_linear_in_footnotes() -> None:
    """Python-Markdown searches a list of every footnote for each reference: 20,000 footnotes took
    half a minute."""
    costs = []
    for n in (2000, 8000):
        text = "\n".join(f"Text.[^n{n - i}]" for i in range(n)) + "\n\n" + "\n".join(f"[^n{i}]: {i}." for i in range(n))
        md = markdown.Markdown(extensions=["footnotes", fastinline.NAME])
        costs.append(_cpu_seconds(lambda: md.reset().convert(text)))  # noqa: B023 - used at once
    assert costs[1] / costs[0] < 7, costs  # 4x the size: about 4x the time if linear, 16x if quadratic
