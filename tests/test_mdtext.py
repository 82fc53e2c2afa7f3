"""Plain text written into Markdown shows as written, in the lint's parser and on the site."""

from __future__ import annotations

import html
import re

import pytest

from briefings.mdtext import control_characters, heading, inline, one_line
from tests.mdrender import lint_html, site_html

HOSTILE = [
    "Grain Exports",
    "Media & Tactics: Russia/Ukraine (2022-2024), part 1!",
    "<script>alert(1)</script>",
    "Head <img src=x onerror=alert(2)>",
    "Rates *and* _quotas_ `code` ==marked== ~~gone~~",
    "[the annex](javascript:alert(3)) and ![i](https://x.example/i.png)",
    "A footnote[^1] and a table | cell",
    "Entities &lt;b&gt; &amp; &#60; stay as typed",
    "Attributes {: #id .class onclick=x }",
    "C# and F# #",
    "Back\\slash \\*not emphasis\\*",
    "<https://example.org> and <me@example.org>",
]


def _h1(rendered: str) -> str:
    found = re.search(r"<h1[^>]*>(.*?)</h1>", rendered, re.DOTALL)
    assert found, rendered
    return found.group(1)


@pytest.mark.parametrize("render", [lint_html, site_html], ids=["lint", "site"])
@pytest.mark.parametrize("title", HOSTILE)
def test_a_heading_shows_the_title_as_written(title: str, render: object) -> None:
    inner = _h1(render(heading(title)))  # type: ignore[operator]
    assert "<" not in inner  # no element: no script, image, link, emphasis or code
    assert html.unescape(inner) == title


@pytest.mark.parametrize("title", HOSTILE)
def test_inline_text_in_a_paragraph_shows_as_written(title: str) -> None:
    inner = re.fullmatch(r"<p>(.*)</p>\n?", site_html(f"Plan: {inline(title)}"), re.DOTALL)
    assert inner and "<" not in inner.group(1) and html.unescape(inner.group(1)) == f"Plan: {title}"


def test_ordinary_titles_stay_readable() -> None:
    assert heading("Media & Tactics: Russia/Ukraine (2022-2024), part 1!") == \
        "# Media & Tactics: Russia/Ukraine (2022-2024), part 1!"
    assert heading("Rates *and* <b> tags") == "# Rates \\*and\\* &lt;b> tags"


def test_line_breaks_and_control_characters_are_found_and_folded() -> None:
    title = "multi\nline\r\ttitle\x1b[31m\u2028end"
    assert control_characters(title) == ["\n", "\r", "\t", "\x1b", "\u2028"]
    assert control_characters("Grain Exports") == []
    assert one_line(title) == "multi line title[31m end"
    assert heading(title) == "# multi line title\\[31m end"
