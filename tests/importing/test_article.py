"""The import heuristics on small articles of many shapes: titles, bylines, bios, subheadings,
lists, quotations, captions and text that Markdown would otherwise read as markup."""

from __future__ import annotations

import pytest

from briefings.importing.article import from_markdown
from briefings.importing.names import names_in_bio, names_in_byline
from briefings.importing.plaintext import to_markdown
from tests.mdrender import lint_html, read, site_html


def plain(text: str) -> str:
    return to_markdown(text)


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Roe", ["Jane Roe"]),
    ("Jane Roe and John Doe | 3 May 2024", ["Jane Roe", "John Doe"]),
    ("Ana María de la Cruz, Senior Fellow", ["Ana María de la Cruz"]),
    ("Dr. Li Wei, Ahmed Khan and Sara Ott", ["Li Wei", "Ahmed Khan", "Sara Ott"]),
    ("Jane Roe — March 3, 2024", ["Jane Roe"]),
    ("our correspondent", []),
])
def test_byline_names(byline: str, names: list[str]) -> None:
    assert names_in_byline(byline) == names


@pytest.mark.parametrize(("bio", "names"), [
    ("Jane Roe is a senior fellow at the Institute.", ["Jane Roe"]),
    ("Jane Roe, a former diplomat, writes on the Baltics.", ["Jane Roe"]),
    ("Jane Roe and John Doe are analysts.", ["Jane Roe", "John Doe"]),
    ("Jane Roe leads the team.\n\nJohn Q. Doe was an editor at the Courier.", ["Jane Roe", "John Q. Doe"]),
    ("She has written three books on the region.", []),
])
def test_bio_names(bio: str, names: list[str]) -> None:
    assert names_in_bio(bio) == names


def test_underlined_headings_numbered_lists_and_indented_quotes() -> None:
    md = plain("Title Line\n\nOpening paragraph of the piece, long enough to be one.\n\nBackground\n==========\n"
               "Steps taken:\n1. First step\n2) Second step\n\n"
               "    An indented passage quoted from the decree,\n    set off as plain text does.\n")
    assert "## Background\n\nSteps taken:\n\n1. First step\n2. Second step" in md
    assert "> An indented passage quoted from the decree, set off as plain text does." in md


def test_text_that_looks_like_markup_is_escaped() -> None:
    md = plain("Title\n\n#1 priority was the <b>budget</b> & tax [1] reform, said the minister.\n\n"
               "- a dash that starts prose and goes on for a long time without ending anywhere soon\n")
    assert "\\#1 priority was the &lt;b>budget&lt;/b> & tax \\[1] reform" in md


@pytest.mark.parametrize("render", [lint_html, site_html], ids=["lint", "site"])
def test_plain_text_is_never_a_link_an_image_a_tag_or_a_table(render: object) -> None:
    """A plain-text article is text: Markdown or HTML in it shows as written (the guide: images dropped,
    only the site's own links), and so does a title that looks like a link."""
    text = ("A paragraph with [x](javascript:alert(1)) and ![i](https://x.example/i.png) and <b>b</b> | cell "
            "and `code` and [^1] and {: onclick=x }, said the minister on Tuesday.")
    md = plain(f"Title [t](javascript:alert(2))\n\n{text}\n\n: not a definition\n\n!!! note\n\n-- 8 --\n")
    rendered = read(render(md))  # type: ignore[operator]
    assert {tag for tag, _ in rendered.tags} == {"h1", "p"}, md
    lines = [line for line in rendered.text.split("\n") if line]
    assert lines == ["Title [t](javascript:alert(2))", text, ": not a definition", "!!! note", "-- 8 --"]
    article = from_markdown(md, fallback_title="x")
    assert article.title == "Title [t](javascript:alert(2))" and article.summary == text


def test_a_long_paragraph_opening_with_a_quotation_stays_prose() -> None:
    text = ('"Enough," she said, and the meeting ended there; what followed was a long argument about the '
            "budget, the staffing plan and the timetable, none of which was settled before the summer recess.")
    md = plain(f"Title\n\n{text}\n")
    assert f"\n\n{text}" in md and "> " not in md


def test_wrapped_paragraph_is_not_mistaken_for_a_subheading() -> None:
    md = plain("Title\n\nThe committee met on Tuesday and agreed to\nreview the budget next month before the vote.\n")
    assert "##" not in md and "agreed to review the budget" in md


def test_markdown_title_bio_and_summary() -> None:
    article = from_markdown("# The Title\n\n*By Jane Roe*\n\n![map](m.png)\n\nFirst sentence here. Second one.\n\n"
                            "# Part two\n\nMore.\n\n**About the author:** John Doe is a reporter.\n",
                            fallback_title="x")
    assert article.title == "The Title"
    assert article.authors == ["John Doe"]  # the bio names the author; the byline is the fallback
    assert article.summary == "First sentence here. Second one."
    assert "## Part two" in article.body and "By Jane Roe" not in article.body and "reporter" not in article.body


def test_front_matter_of_a_markdown_file_is_used_not_kept() -> None:
    article = from_markdown("---\ntitle: From Front Matter\nauthor: Jane Roe\n---\n\nBody text of the piece.\n",
                            fallback_title="x")
    assert (article.title, article.authors, article.body) == ("From Front Matter", ["Jane Roe"],
                                                              "Body text of the piece.")


def test_summary_and_title_are_plain_text_without_escapes() -> None:
    article = from_markdown(plain("Tariffs <and> Trade #2\n\nExports rose by 5% & imports fell, said the "
                                  "ministry's report on *trade*.\n"), fallback_title="x")
    assert article.title == "Tariffs <and> Trade #2"
    assert article.summary == "Exports rose by 5% & imports fell, said the ministry's report on trade."


def test_a_text_that_opens_with_prose_takes_its_title_from_the_file_name() -> None:
    md = plain("The council met on Monday and voted to close the harbour to foreign ships.\n\nMore text here.\n")
    article = from_markdown(md, fallback_title="harbour vote")
    assert article.title == "harbour vote"
    assert article.body.startswith("The council met on Monday")
