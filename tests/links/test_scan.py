"""The fast link scanner finds exactly the links the shared markdown-it parse finds."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it.token import Token

from briefings.library import Library
from briefings.links import scan
from briefings.markdown import parser
from tests.conftest import DATA, REPO
from tests.mdrender import site_html

Found = list[tuple[int, str, bool]]


def _markdown_it_links(text: str) -> Found:
    """(1-based line, unquoted href, image?) of every link and image, from markdown-it's tokens."""
    found: Found = []
    for block in parser().parse(text):
        if block.type == "inline" and block.map:
            found.extend(_inline(block.children or [], block.map[0] + 1))
    return sorted(found)


def _inline(children: list[Token], line: int) -> Found:
    found: Found = []
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            line += 1
        elif child.type == "link_open":
            found.append((line, unquote(str(child.attrs["href"])), False))
        elif child.type == "image":
            found.append((line, unquote(str(child.attrs["src"])), True))
    return found


def _scanned(text: str) -> Found:
    return sorted((link.line, unquote(link.href), link.image) for link in scan.scan(text, source="x.md").links)


TRICKY = """\
# Title with [a link](a.md)

Text [one](b.md "title") and ![img](c.png) and <https://example.com/x> and [spaced]( d.md ).
A [two-line
link](e.md) and [nested [brackets]](f.md) and [![badge](g.png)](h.md) and \\[not](i.md).

- list [item](j%20k.md)
  continued [more](<l m.md>)

> quote [q](n.md)

| a | b |
|---|---|
| [cell](o.md) | `[code](p.md)` |

```
[fenced](q.md)
```

~~~~markdown
[tilde](r.md)
~~~~

<!-- [comment](s.md) -->

An indented code block:

    [code block](s1.md)
    - [code list item](s2.md)

<div>[in an HTML block](s3.md)</div>

<table>
<tr><td>[in a table block](s4.md)</td></tr>
</table>

Reference [full][ref], [collapsed][], [ref] and [Ref Two][two], but not [undefined][nope] or [^fn].

[ref]: t.md#x
[collapsed]: <u v.md>
[two]: w.md "a title"

!!! note "Admonition"

    An admonition [link](x.md) with `[inline code](y.md)`.

Footnote use.[^fn]

[^fn]: A footnote with [a link](z.md).

Parenthesised [dest](a(1).md) and escaped [dest](b\\(2\\).md) and [entity](c&amp;d.md).
Placeholders [Wanted](#) (plan note), [Todo](#todo) and [Empty]().
"""


def test_tricky_markdown_matches_markdown_it() -> None:
    assert _scanned(TRICKY) == _markdown_it_links(TRICKY)


CRLF_EXTRA = """
A [destination on the next line](
  next.md
  "and a title") and `a span

that a blank line ends` before [this link](after.md).
"""


def test_crlf_line_ends_find_what_lf_finds() -> None:
    # "\r\n" once ended no fence (it ran to the end of the file) and no blank line
    text = TRICKY + CRLF_EXTRA
    lf, crlf = scan.scan(text, source="x.md"), scan.scan(text.replace("\n", "\r\n"), source="x.md")
    assert _scanned(text) == _markdown_it_links(text)
    assert crlf.links == lf.links and len(lf.links) == 27
    assert [p.link for p in crlf.placeholders] == [p.link for p in lf.placeholders]


def _library_pages(root: Path) -> list[tuple[str, str]]:
    return [(page.rel, page.body) for page in Library.load(root)]


@pytest.mark.parametrize("root", [REPO, DATA / "links-broken", DATA / "links-planned"], ids=lambda p: p.name)
def test_library_pages_match_markdown_it(root: Path) -> None:
    for rel, body in _library_pages(root):
        assert _scanned(body) == _markdown_it_links(body), rel


@pytest.mark.slow
def test_generated_library_matches_markdown_it(tmp_path: Path) -> None:
    generator = REPO / "scripts" / "make_library.py"
    if not generator.exists():
        pytest.skip("scripts/make_library.py is not there")
    subprocess.run([sys.executable, generator, "--count", "40", "--out", tmp_path / "lib"], check=True,
                   capture_output=True)
    pages = _library_pages(tmp_path / "lib")
    assert len(pages) > 40
    for rel, body in pages:
        assert _scanned(body) == _markdown_it_links(body), rel


def test_placeholders_spans_and_notes() -> None:
    text = "See [Wanted *Thing*](#) (plan note) and [Later](#TODO)\n(next line note) and ![pic](#).\n"
    found = scan.scan(text, source="x.md")
    first, second = found.placeholders
    assert (first.link.text, first.note) == ("Wanted *Thing*", "plan note")
    assert first.span is not None and text[first.span.start:first.span.end] == "[Wanted *Thing*](#)"
    assert (second.link.text, second.note) == ("Later", "next line note")
    assert len(found.placeholders) == 2  # an image is never a placeholder


@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_a_placeholder_span_holds_its_destination_as_written(end: str) -> None:
    """`Link.text` holds a wrapped link text's "\r\n" as one "\n"; the span counts what is written."""
    text = f"See [Wanted{end}Thing](# \"a title\") and [x]( <> ){end}"
    first, second = scan.scan(text, source="x.md").placeholders
    assert first.link.text == "Wanted\nThing"
    assert first.span is not None and text[first.span.dest_start:first.span.dest_end] == "#"
    assert second.span is not None and text[second.span.dest_start:second.span.dest_end] == "<>"


def test_placeholders_in_code_and_html_blocks_are_no_placeholders() -> None:
    """The site shows an indented code block and a raw HTML block as written: no link, nothing to point."""
    text = ("Example:\n\n    [Code](#)\n\n<div>[Html](#)</div>\n\n- item\n\n    [Item](#)\n\n"
            "<div markdown>\n[Markdown](#)\n</div>\n")
    found = scan.scan(text, source="x.md")
    assert [p.link.text for p in found.placeholders] == ["Item", "Markdown"]  # md_in_html renders Markdown


@pytest.mark.parametrize("quoted", [
    "> Example:\n>\n>     [Code](#)\n", "Text\n>     [Code](#)\n", "> > Example:\n> >\n> >     [Code](#)\n",
    ">\t\t[Code](#)\n", "> Example:\n>\n>     - [Code](#)\n", "  >      <https://example.com/code>\n",
])
@pytest.mark.parametrize("elsewhere", ["", "\n<p>x</p>\n"])
def test_an_indented_code_block_in_a_block_quote_holds_no_link(quoted: str, elsewhere: str) -> None:
    """Whatever else the page holds: the pre-check once missed lines that start with ">", so only a
    page with another block that may hide a link (an unrelated `<p>`) was parsed."""
    assert site_html(quoted).count("<pre><code>") == 1 and "<a " not in site_html(quoted)  # as MkDocs shows it
    assert scan.scan(quoted + elsewhere, source="x.md").links == []


def test_a_raw_html_block_ends_at_a_blank_line_as_in_commonmark() -> None:
    """The limit guide/links.md states: MkDocs keeps the whole <div> raw, the scan reads on after the blank line."""
    text = "<div>\n\nA raw block: [Target](#) here.\n\n</div>\n"
    assert "<a " not in site_html(text)
    assert [p.link.text for p in scan.scan(text, source="x.md").placeholders] == ["Target"]


def test_the_shared_parse_gives_the_blocks_when_there_is_one() -> None:
    text = "Example:\n\n    [Code](#)\n"
    asked: list[int] = []

    def tokens() -> list[Token]:
        asked.append(1)
        return parser().parse(text)

    assert scan.scan(text, source="x.md", tokens=tokens).placeholders == [] and asked == [1]
    assert scan.scan("Text [Link](#).\n", source="x.md", tokens=tokens).placeholders and asked == [1]


def test_pathological_input_is_linear(make_library: Callable[..., Path]) -> None:
    text = "[" * 50000 + "](#)" + "`" * 30000 + "\n" + "[a](" * 20000 + "\n" + "<!--" * 10000
    found = scan.scan(text, source="x.md")
    assert len(found.links) <= 1


# The code-span pattern the scanner used before its one pass over the runs: the reference for its results.
_CODE_SPAN_REGEX = re.compile(r"(?<!`)(?P<b>`+)(?!`)(?:(?!\n[ \t]*\r?\n).)+?(?<!`)(?P=b)(?!`)", re.S)


def _masked_by_regex(text: str) -> str:
    return _CODE_SPAN_REGEX.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


@pytest.mark.parametrize("text", [
    TRICKY, TRICKY + CRLF_EXTRA, (TRICKY + CRLF_EXTRA).replace("\n", "\r\n"),
    "`a` ``b`` ```c``` ``d`e`` `unclosed and ``` ``two\nlines`` `not\n\nacross a blank line`",
    "``` `one` ``` then ` `` ` and ``\n \t\r\n`` and `a``b` c``",
], ids=["tricky", "tricky-extra", "tricky-crlf", "runs", "nested"])
def test_code_spans_are_masked_as_the_regex_masked_them(text: str) -> None:
    assert scan._mask_code_spans(text) == _masked_by_regex(text)


@pytest.mark.parametrize("root", [REPO, DATA / "links-broken", DATA / "links-planned"], ids=lambda p: p.name)
def test_code_spans_of_library_pages_are_masked_as_the_regex_masked_them(root: Path) -> None:
    for rel, body in _library_pages(root):
        assert scan._mask_code_spans(body) == _masked_by_regex(body), rel


@settings(max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="``` x\n\r\t", max_size=80))
def test_code_spans_of_any_backtick_text_are_masked_as_the_regex_masked_them(text: str) -> None:
    assert scan._mask_code_spans(text) == _masked_by_regex(text)


@pytest.mark.timeout(120)  # a hang; the CPU time below is what is judged (a loaded machine slows the wall clock)
def test_many_backtick_runs_of_distinct_lengths_are_scanned_in_linear_time() -> None:
    # 1,500 runs with no partner, 1.1 MB: the regex searched on from each run to the end, about 30 s of CPU
    text = " ".join("`" * k + "x" for k in range(2, 1502)) + "\n[link](a.md) and `[code](b.md)`\n"
    started = time.process_time()
    found = scan.scan(text, source="x.md")
    assert time.process_time() - started < 5  # a few hundredths of a second now
    assert [(link.line, link.href) for link in found.links] == [(2, "a.md")]


def test_html_in_a_quote_or_a_list_item_holds_links_the_site_shows() -> None:
    """Python-Markdown takes raw HTML only at a line's start: in a quote or a list item its links render,
    so they are checked (and pointed) whatever else is on the page (a `<p>` elsewhere made the scan mask them)."""
    for body in ("> <div>[Target](#)</div>\n", "- <div>[Target](#)</div>\n"):
        text = "<p>unrelated</p>\n\n" + body
        assert [p.link.text for p in scan.scan(text, source="x.md").placeholders] == ["Target"], body


def test_a_code_block_in_a_quote_opened_on_a_list_items_line_holds_no_link() -> None:
    assert scan.scan("Example:\n\n- >     [Target](#)\n", source="x.md").placeholders == []
    assert [p.link.text for p in scan.scan("Example:\n\n- > [Target](#)\n", source="x.md").placeholders] == ["Target"]
