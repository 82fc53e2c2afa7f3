"""`render-hazard` finds raw HTML nested deeper than `nesting_depth`, at the line it crosses the limit.

The bodies below are the red-team's: lint passed them, and the build then spent minutes in the
sanitiser or died of RecursionError in md_in_html.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from markdown_it.token import Token

from briefings.checks.render_hazard import scan_html
from briefings.limits import DEFAULT
from briefings.linting import lint_text
from briefings.linting.config import LintConfig
from briefings.markdown import parser

FRONT = "---\ntitle: Example\nstatus: draft\n---\n\n"  # the body starts on line 6
DIV = '<div markdown="1">\n\n'
ORDINARY = """\
Intro.

<details>
<summary>The figures</summary>

<table>
<tr><th>Year</th><th>Tonnes</th></tr>
<tr><td>2023<td>1,200
<tr><td>2024<td>1,350
</table>

</details>

<div markdown="1">

<div markdown="1">

<div markdown="1">

Text with a line<br>break, <b>bold</b> and <img src="a.png" alt="a"/>.

</div>

</div>

</div>

First<br>second<br>third<br>fourth<br>fifth<br>sixth<br>seventh<br>eighth<br>ninth<br>tenth<br>eleventh<br>
twelfth<br><br><br><br><br><br><br><br><br><br><br><br><br><br><br><br><br><br><br><br><br><br>end.

```html
""" + "<div>" * 50 + """
```

    """ + "<section>" * 50 + """

Inline `""" + "<ul>" * 50 + """` code.
"""


def hazards(body: str, config: LintConfig | None = None) -> list[tuple[int, str]]:
    return [(f.line, f.message) for f in lint_text(FRONT + body, config=config) if f.rule == "render-hazard"]


def html_hits(body: str, depth: int = DEFAULT.nesting_depth) -> list[int]:
    """Lines of `scan_html`'s hits on a body alone (1-based body lines)."""
    limits = replace(DEFAULT, nesting_depth=depth)
    return [hit.line for hit in scan_html(parser().parse(body), limits)]


def test_a_400_kb_run_of_ul_is_flagged_on_its_line() -> None:
    body = "Intro.\n\n" + "<ul>" * 100_000 + "\n"
    found = hazards(body)
    assert len(found) == 1
    line, message = found[0]
    assert line == 8
    assert "raw HTML elements nested 21 levels deep (limit nesting_depth): flatten the nesting" in message


def test_the_check_itself_ends_on_2_mb_of_div_even_when_it_must_read_all_of_it() -> None:
    # one HTML block as markdown-it would hand it over, so that only the check's own work is measured;
    # a limit above the depth makes it read all 400,000 tags and hold them all: it still ends
    def block_hits(text: str, depth: int) -> list[int]:
        token = Token("html_block", "", 0, map=[0, 1], content=text)
        return [hit.line for hit in scan_html([token], replace(DEFAULT, nesting_depth=depth))]

    assert block_hits("<div>" * 400_000, DEFAULT.nesting_depth) == [1]
    assert block_hits("<div>" * 400_000, 10**6) == []
    assert block_hits("<div" * 500_000, 1) == []  # no tag ever ends: each try stops at the next `<`
    assert block_hits("<!--" * 500_000, 1) == []  # nor any comment


def test_500_levels_of_md_in_html_divs_are_flagged_where_the_limit_is_crossed() -> None:
    found = hazards("Intro.\n\n" + DIV * 500 + "x\n\n" + "</div>\n\n" * 500)
    assert [line for line, _ in found] == [8 + 2 * 20]  # the 21st div: 2 lines per div


def test_ordinary_html_is_not_flagged() -> None:
    assert hazards(ORDINARY) == []


def test_depth_at_the_limit_passes_and_one_more_is_flagged() -> None:
    assert html_hits("<div>" * 20 + "x" + "</div>" * 20 + "\n") == []
    assert html_hits("<div>\n" * 20 + "\n" + "</div>\n" * 20 + "\n" + "<div>\n" * 20) == []
    assert html_hits(DIV * 20) == []
    assert html_hits(DIV * 21) == [41]
    assert html_hits("<blockquote>" * 5 + "\n", depth=5) == []
    assert html_hits("<blockquote>" * 6 + "\n", depth=5) == [1]


def test_the_limit_is_the_configured_nesting_depth() -> None:
    config = LintConfig(limits=replace(DEFAULT, nesting_depth=3))
    assert [line for line, _ in hazards("<dl>\n<dl>\n<dl>\n<dl>\n", config)] == [9]
    assert hazards("<dl>\n<dl>\n<dl>\n</dl></dl></dl><dl>\n", config) == []


def test_closed_elements_void_elements_and_siblings_add_no_depth() -> None:
    assert html_hits("<section></section>" * 1000 + "\n") == []
    assert html_hits("<div>" * 20 + "<br><hr><img src=x><input><wbr><br/>" * 100 + "\n") == []
    assert html_hits("<ul>" + "<li>a" * 1000 + "</ul>\n") == []
    assert html_hits("<table>" + "<tr><td>a<td>b" * 1000 + "</table>\n") == []
    assert html_hits("<svg>" + "<path d='M0'/>" * 100 + "</svg>\n") == []


def test_an_end_tag_closes_what_was_opened_inside_its_element() -> None:
    assert html_hits(("<div><span><b>" + "</div>") * 1000 + "\n") == []
    assert html_hits("</div>" * 1000 + "<div>" * 20 + "\n") == []  # stray end tags close nothing


def test_unclosed_and_self_closed_html_elements_count_as_open() -> None:
    assert html_hits("<div/>" * 21 + "\n") == [1]  # HTML ignores the `/` of a non-void element
    assert html_hits("Text " + "<span>" * 21 + "\n") == [1]  # inline HTML counts too


def test_tags_in_code_and_comments_do_not_count() -> None:
    assert html_hits("```\n" + "<div>" * 50 + "\n```\n") == []
    assert html_hits("    " + "<div>" * 50 + "\n") == []
    assert html_hits("Text `" + "<div>" * 50 + "` text.\n") == []
    assert html_hits("<!-- " + "<div>" * 50 + " -->\n") == []


def test_the_line_counts_newlines_inside_one_html_block() -> None:
    assert html_hits("Intro.\n\n<div>\n" + "<div>\n" * 19 + "<div>\n<div>\n") == [23]


@pytest.mark.parametrize("body", ['<div title="<">' * 25, "<rb>" * 25, "<optgroup>" * 25, "<div\n" * 25])
def test_elements_that_nest_whatever_their_attributes_or_names_say_are_counted(body: str) -> None:
    # a `<` in a quoted value, and elements HTML closes only inside a ruby or a select, still nest
    assert html_hits(body), body


def test_what_a_paragraph_opens_ends_with_it() -> None:
    sections = "".join(f"## Section {n}\n\n<a id=\"s{n}\"/>Text of section {n}, <span>unclosed.\n\n"
                       for n in range(30))
    assert html_hits(sections) == []
    assert html_hits('<div markdown="1">\n\n' * 25 + "x\n")  # blocks still carry what they leave open


def test_block_elements_a_paragraph_opens_keep_nesting() -> None:
    assert html_hits("".join(f"P{i} <div>\n\n" for i in range(30)))  # each <div> closes its paragraph, not itself


def test_formatting_elements_left_open_are_rebuilt_in_every_paragraph_so_they_nest() -> None:
    assert html_hits("".join(f"P{i} <b class=c{i}>\n\n" for i in range(30)))
