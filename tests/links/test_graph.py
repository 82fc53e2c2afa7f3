"""The link graph on Markdown sources: broken links and anchors, %20 paths, reference links, slugs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import re
from urllib.parse import unquote

import markdown as python_markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefings import links
from briefings.findings import Severity
from briefings.library import Library
from briefings.links import resolve, titles
from briefings.markdown import parser
from tests.conftest import briefing_text

CASE_ONE = "docs/CASES/Case One.md"


def test_broken_links_are_errors_with_line_column_and_suggestion(fixture_library: Callable[[str], Path]) -> None:
    findings = links.check(Library.load(fixture_library("broken")))
    assert [(f.path, f.line, f.column, f.rule, f.severity) for f in findings] == [
        (CASE_ONE, 16, 16, "link-broken", Severity.ERROR),
        (CASE_ONE, 18, 18, "link-anchor", Severity.ERROR),
        (CASE_ONE, 20, 16, "link-folder", Severity.ERROR),
        (CASE_ONE, 20, 62, "link-broken", Severity.ERROR),  # the image's "!"
    ]
    messages = [f.message for f in findings]
    assert messages[0].endswith("did you mean ../RESEARCH/Field%20Guide.md?")
    assert messages[1] == ("no heading or id '#scope-and-method' in docs/RESEARCH/Field Guide.md; "
                           "did you mean #scope-method?")
    assert "did you mean ../RESEARCH/index.md?" in messages[2]
    assert messages[3].endswith("did you mean ../RESEARCH/img/chart.png?")


def test_percent_encoded_reference_image_and_duplicate_heading_links_resolve(
        fixture_library: Callable[[str], Path]) -> None:
    library = Library.load(fixture_library("broken"))
    # Field Guide has an image, a %20 link with an anchor; Case One lines 13-14 hold only good links.
    assert links.check(library, only={"RESEARCH/Field Guide.md"}) == []
    assert {f.line for f in links.check(library)} == {16, 18, 20}


def test_only_limits_findings_to_the_given_pages(fixture_library: Callable[[str], Path]) -> None:
    library = Library.load(fixture_library("broken"))
    assert links.check(library, only={"index.md"}) == []
    assert len(links.check(library, only={"CASES/Case One.md"})) == 4


TRICKY_HEADINGS = """\
## Scope & Method

## Scope & Method

## `code` and *emphasis*

## Žlutý kůň: über-naïve

## Custom {#my-id}

## Attr list with class { .wide #other-id }

## Scope & Method_1

Paragraph with an id.
{: #para-id }

Not an id here {: #no-id }

<div id="raw-id"></div>

## Trailing hashes ##
"""


def test_heading_ids_match_what_python_markdown_generates(make_library: Callable[..., Path]) -> None:
    root = make_library({"A/page.md": briefing_text("Page Title", TRICKY_HEADINGS)})
    library = Library.load(root)
    page = library.get("A/page.md")
    assert page is not None
    md = python_markdown.Markdown(extensions=["toc", "attr_list", "md_in_html"])
    html = md.convert(page.body)
    import re

    real = set(re.findall(r'\sid="([^"]+)"', html))
    assert links.build(library).anchors("A/page.md") == real


def test_links_to_missing_anchor_on_same_page_and_outside_docs(make_library: Callable[..., Path]) -> None:
    body = "## Known\n\n[self](#known) [bad](#unknown) [up](../../outside.md) [abs](/A/other.md)\n"
    root = make_library({"A/page.md": briefing_text("Page", body), "A/other.md": briefing_text("Other")})
    findings = links.check(Library.load(root))
    assert [(f.rule, f.line) for f in findings] == [
        ("link-anchor", 14), ("link-outside", 14), ("link-absolute", 14)]
    assert "this page" in findings[0].message and "did you mean #known?" in findings[0].message
    assert "did you mean other.md?" in findings[2].message


def test_links_inside_code_are_not_links(make_library: Callable[..., Path]) -> None:
    body = "```\n[broken](nowhere.md) [Wanted](#)\n```\n\nInline `[x](missing.md)` too.\n"
    root = make_library({"A/page.md": briefing_text("Page", body)})
    assert links.check(Library.load(root)) == []


@pytest.mark.parametrize(("text", "same"), [
    ("Media & Disinformation Tactics", "media and disinformation tactics"),
    ("Trump-Putin Relationship", "Trump Putin relationship!"),
    ("Field guide!", "FIELD GUIDE"),
])
def test_title_key_ignores_case_punctuation_and_ampersand(text: str, same: str) -> None:
    assert titles.title_key(text) == titles.title_key(same)


def test_title_key_keeps_words_apart() -> None:
    assert titles.title_key("Field Guide") != titles.title_key("Field Guides")


def test_relative_href_is_url_encoded_like_editors_write_it() -> None:
    assert resolve.relative_href("RUSSIA/a b.md", "RESEARCH/Authoritarian Playbook.md") == \
        "../RESEARCH/Authoritarian%20Playbook.md"
    assert resolve.target("RUSSIA/a b.md", "../RESEARCH/Authoritarian%20Playbook.md#x%20y") == \
        resolve.Target(resolve.Kind.RELATIVE, "RESEARCH/Authoritarian Playbook.md", "x y")


def _link_targets(href: str) -> list[list[str]]:
    """The unquoted href of `[x](HREF) tail` as markdown-it (the lint) and Python-Markdown (the site)
    render it, each only when the whole of it is one link followed by the text."""
    source = f"[x]({href}) tail"
    rendered = [parser().render(source), python_markdown.markdown(source)]
    return [[unquote(m.group(1))] if (m := re.fullmatch(r'<p><a href="([^"]*)">x</a> tail</p>\s*', html)) else []
            for html in rendered]


@pytest.mark.parametrize(("target", "href"), [
    ("A/Budget (draft.md", "Budget%20%28draft.md"),
    ("A/Notes) 2024.md", "Notes%29%202024.md"),
    ("A/a)b(c.md", "a%29b%28c.md"),
    ("A/x ((y)).md", "x%20%28%28y%29%29.md"),
    ("B/Notes) 2024.md", "../B/Notes%29%202024.md"),
    ("A/Report (2024).md", "Report%20(2024).md"),  # names in simple pairs keep their brackets
    ("A/A (b) c (d).md", "A%20(b)%20c%20(d).md"),
    ("A/Field Guide.md", "Field%20Guide.md"),
])
def test_relative_href_is_one_link_in_commonmark_and_python_markdown(target: str, href: str) -> None:
    assert resolve.relative_href("A/page.md", target) == href
    assert _link_targets(href) == [[unquote(href)]] * 2


@given(st.text(alphabet=" ()[]<>\\`*_&%#?!~.'\"é-", max_size=12))
def test_any_file_name_makes_an_href_that_reads_back_as_that_file(name: str) -> None:
    target = f"B/n{name}.md"
    href = resolve.relative_href("A/page.md", target)
    assert _link_targets(href) == [["../" + target]] * 2


def test_pathological_markdown_does_not_hang(make_library: Callable[..., Path]) -> None:
    nested = "[" * 20000 + "x" + "](#)" * 3 + "]" * 20000
    many = " ".join(f"[t{i}](#)" for i in range(3000))
    root = make_library({"A/page.md": briefing_text("Page", nested + "\n\n" + many)})
    findings = links.check(Library.load(root))
    assert len([f for f in findings if f.rule == "placeholder-undeclared"]) >= 3000


def test_a_broken_links_suggestion_costs_a_shortlist_not_the_whole_library(monkeypatch: pytest.MonkeyPatch) -> None:
    import difflib

    from briefings.links.resolve import PathIndex

    files = [f"{section}/Elbonia {topic} {n:04d}.md" for n in range(500)
             for section, topic in (("RESEARCH", "Field Guide"), ("RUSSIA", "Media Capture"))]
    index = PathIndex(files + ["RESEARCH/Authoritarian Playbook.md", "RUSSIA/Authoritarian Playbook.md"])
    calls = []
    real = difflib.SequenceMatcher.ratio
    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", lambda self: calls.append(1) or real(self))
    assert index.closest("RESEARCH/Authoritarian Playbok.md") == "RESEARCH/Authoritarian Playbook.md"  # a typo
    assert index.closest("ECONOMY/Authoritarian Playbook.md") in {"RESEARCH/Authoritarian Playbook.md",
                                                                  "RUSSIA/Authoritarian Playbook.md"}  # moved
    assert index.closest("RUSSIA/Authoritarian Playbok.md") == "RUSSIA/Authoritarian Playbook.md"  # the whole
    # path decides between files of one name
    assert index.closest("RESEARCH/Nothing Like It.md") is None
    for n in range(200):  # a renamed folder: two hundred broken links, each to another file
        index.closest(f"OLD/Elbonia Field Guide {n:04d}x.md")
    assert len(calls) <= 204 * 2 * (PathIndex.SHORTLIST + 2)  # difflib scores a match twice; not 200 x 1,000
