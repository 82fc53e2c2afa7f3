"""Where a finding sits in the Markdown, as the words a reader sees on the page."""

from __future__ import annotations

import pytest

from briefings.preview.overlay import inject, source_span, words


@pytest.mark.parametrize(("markdown", "expected"), [
    ("The ministry cut the budget by 40% in 2023.", "the ministry cut the budget by 40 in 2023"),
    ("- Lied to the **FBI** about [contacts](https://example.org/a_(b)) in 2017[^3]",
     "lied to the fbi about contacts in 2017"),
    ("> Quoted *text* &amp; more", "quoted text more"),
    ("1. First item with `code_name`", "first item with code name"),
    ("## Heading { #custom-id }", "heading"),
    ("See ![a chart](chart.png) and [the [nested] report][ref].", "see and the nested report"),
    ("[^a]: Ministry of Finance, *Budget report*, 2023.", "ministry of finance budget report 2023"),
    ("Überwachung in Köln: 3 Fälle", "überwachung in köln 3 fälle"),
])
def test_words_are_what_the_page_shows(markdown: str, expected: str) -> None:
    assert words(markdown) == expected.split()


def test_span_is_the_link_text_when_a_finding_points_at_a_link() -> None:
    lines = ["---", "title: X", "---", "", "Read [the planned report](#) for more."]
    finding = {"line": 5, "column": 6, "end_line": 5}
    assert source_span(lines, finding, body_line=4) == "the planned report"


def test_span_covers_the_lines_of_a_block_and_honours_an_end_column() -> None:
    lines = ["First sentence here. Second sentence", "goes on. Third."]
    assert source_span(lines, {"line": 1, "column": 1, "end_line": 2}, body_line=1) == "\n".join(lines)
    sentence = source_span(lines, {"line": 1, "column": 22, "end_line": 2, "end_column": 8}, body_line=1)
    assert sentence == "Second sentence\ngoes on."


def test_front_matter_findings_have_nothing_to_mark() -> None:
    lines = ["---", "title: X", "summary: TODO", "---", "", "Body."]
    assert source_span(lines, {"line": 3, "column": 1, "end_line": 3}, body_line=5) == ""


def test_inject_adds_the_style_and_the_script_once() -> None:
    page = inject("<html><head></head><body><p>x</p></body></html>", page_url='a/"b/', generation=3)
    assert page.count("/_preview/overlay.css") == 1 and page.count("/_preview/overlay.js") == 1
    assert 'data-page="a/&quot;b/"' in page and 'data-generation="3"' in page
    assert page.index("overlay.css") < page.index("</head>") < page.index("overlay.js") < page.index("</body>")
