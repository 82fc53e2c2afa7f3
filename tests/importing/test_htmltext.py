"""An imported web page's text stays text: escaped HTML, link syntax and table pipes in it show as
written in the lint's parser and on the site, and only http(s) and mailto links come through."""

from __future__ import annotations

import time

import pytest

from briefings.importing.html import to_markdown
from briefings.importing.htmltext import safe_url
from tests.mdrender import lint_html, read, site_html

OPENING = ("The ministry paid 40 million euros to the firm in 2023, according to the audit office report "
           "published this spring.")


def page(body: str, title: str = "Audit Report") -> bytes:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{OPENING}</p>"
            f"{body}</article></body></html>").encode()


@pytest.mark.parametrize("render", [lint_html, site_html], ids=["lint", "site"])
@pytest.mark.parametrize(("body", "shown"), [
    ("<p>Attackers type &lt;script&gt;alert(1)&lt;/script&gt; into forms.</p>", "type <script>alert(1)</script> into"),
    ("<p>Or &lt;img src=x onerror=alert(2)&gt; in a comment.</p>", "Or <img src=x onerror=alert(2)> in"),
    ("<p>A literal &amp;lt;b&amp;gt; and AT&amp;T.</p>", "A literal &lt;b&gt; and AT&T."),
    ("<p>Not a link: [x](javascript:alert(1)), not an image: ![i](https://x.example/i.png).</p>",
     "Not a link: [x](javascript:alert(1)), not an image: ![i](https://x.example/i.png)."),
    ("<p>No footnote[^1], no *stars* or _marks_, no `code`, no ==mark== or ~~strike~~.</p>",
     "No footnote[^1], no *stars* or _marks_, no `code`, no ==mark== or ~~strike~~."),
    ("<p>No attributes {: onclick=alert(1) } and C# and F#.</p>", "No attributes {: onclick=alert(1) } and C# and F#."),
    ("<p>First line<br>- not a list<br>1. nor this<br># nor a heading<br>: nor a definition</p>",
     "- not a list\n1. nor this\n# nor a heading\n: nor a definition"),
    ("<p>A path \\*x\\* stays.</p>", "A path \\*x\\* stays."),
    ("<p>Ruby <ruby>K<rp>(</rp><rt>&lt;img src=x onerror=alert(5)&gt; [x](javascript:x)</rt><rp>)</rp></ruby></p>",
     "Ruby K(<img src=x onerror=alert(5)> [x](javascript:x))"),
])
def test_the_text_of_the_page_shows_as_written(body: str, shown: str, render: object) -> None:
    markdown = to_markdown(page(body), "page.html")
    reader = read(render(markdown))  # type: ignore[operator]
    assert shown in reader.text, markdown
    assert {tag for tag, _ in reader.tags} <= {"h1", "p", "br"}, markdown


@pytest.mark.parametrize("render", [lint_html, site_html], ids=["lint", "site"])
def test_link_text_and_addresses_cannot_break_the_link(render: object) -> None:
    body = ('<p>More on <a href="https://ok.example/y">the annex ](javascript:alert(3)) [</a> and '
            '<a href="https://en.wikipedia.org/wiki/Foo_(bar)">Foo (bar)</a> and '
            '<a href="https://x.example/a b?q=&quot;x&quot;&lt;y&gt;">odd</a> and '
            '<a href="JavaScript:alert(4)">script</a> and <a href="data:text/html,x">data</a>.</p>')
    reader = read(render(to_markdown(page(body), "page.html")))  # type: ignore[operator]
    links = [attrs["href"] for tag, attrs in reader.tags if tag == "a"]
    assert links == ["https://ok.example/y", "https://en.wikipedia.org/wiki/Foo_%28bar%29",
                     "https://x.example/a%20b?q=%22x%22%3Cy%3E"]
    assert "More on the annex ](javascript:alert(3)) [ and Foo (bar) and odd and script and data." in reader.text


@pytest.mark.parametrize("render", [lint_html, site_html], ids=["lint", "site"])
def test_a_table_cell_with_a_pipe_stays_one_cell(render: object) -> None:
    body = "<table><tr><th>Year</th><th>Amount</th></tr><tr><td>2023</td><td>40 | 50 million</td></tr></table>"
    reader = read(render(to_markdown(page(body), "page.html")))  # type: ignore[operator]
    assert [tag for tag, _ in reader.tags].count("td") == 2
    assert "40 | 50 million" in reader.text


@pytest.mark.parametrize("render", [lint_html, site_html], ids=["lint", "site"])
def test_a_code_block_cannot_close_its_fence(render: object) -> None:
    body = "<pre>before\n```\n&lt;b&gt;inside&lt;/b&gt;\n```</pre><p>After the code block comes more text.</p>"
    reader = read(render(to_markdown(page(body), "page.html")))  # type: ignore[operator]
    assert "b" not in {tag for tag, _ in reader.tags}
    assert "before\n```\n<b>inside</b>\n```" in reader.text


def test_a_page_title_without_a_heading_is_text_in_the_heading() -> None:
    data = (f"<html><head><title>Head &lt;img src=x onerror=alert(1)&gt; *x*</title></head><body><article>"
            f"<p>{OPENING}</p><p>{OPENING}</p></article></body></html>").encode()
    markdown = to_markdown(data, "page.html")
    assert markdown.startswith("# Head &lt;img src=x onerror=alert(1)> \\*x\\*\n")
    for render in (lint_html, site_html):
        heading = read(render(markdown.split("\n", 1)[0]))
        assert heading.text.strip() == "Head <img src=x onerror=alert(1)> *x*" and [t for t, _ in heading.tags] == ["h1"]


def test_ordinary_text_and_links_stay_readable() -> None:
    body = ('<p>Exports rose 5% in 2023 (see <a href="https://stats.example.org/t?a=1&amp;b=2">the table</a>), '
            "the minister said: “a good year”.</p>")
    markdown = to_markdown(page(body), "page.html")
    assert ("Exports rose 5% in 2023 (see [the table](https://stats.example.org/t?a=1&b=2)), "
            "the minister said: “a good year”.") in markdown


def test_safe_url_keeps_ordinary_addresses() -> None:
    for url in ("https://example.org/a/b?c=d&e=f#g", "mailto:desk@example.org", "https://x.org/%E2%82%AC"):
        assert safe_url(url) == url
    assert safe_url("https://x.org/a (b)\"<c>") == "https://x.org/a%20%28b%29%22%3Cc%3E"


def head_page(head: str, body: str = "") -> bytes:
    return (f"<html><head><title>Audit Report</title>{head}</head><body><article><h1>Audit Report</h1>"
            f"<p>{OPENING}</p>{body}</article></body></html>").encode()


@pytest.mark.parametrize("render", [lint_html, site_html], ids=["lint", "site"])
@pytest.mark.parametrize(("author", "shown"), [
    ("&lt;img src=x onerror=alert(1)&gt; [click](javascript:alert(1))",
     "By <img src=x onerror=alert(1)> [click](javascript:alert(1))"),
    ("Jane Doe&#10;&#10;--8&lt;-- &quot;RUSSIA/secret-draft.md&quot;&#10;&#10;## Injected heading",
     'By Jane Doe --8<-- "RUSSIA/secret-draft.md" ## Injected heading'),
    ("&#10;--8&lt;-- &quot;RUSSIA/secret-draft.md&quot;", 'By --8<-- "RUSSIA/secret-draft.md"'),
    ("*Jane* _Doe_ `x` | y {: .z }", "By *Jane* _Doe_ `x` | y {: .z }"),
], ids=["html-and-link", "snippet-and-heading", "snippet-after-a-line-break", "markdown-marks"])
def test_the_author_of_the_page_is_one_line_of_text_in_the_byline(author: str, shown: str, render: object) -> None:
    """The site reads `--8<-- "file.md"` alone on a line as "include that file here" (an error when
    there is none: check_paths), so the site render also fails if a snippet marker stays live."""
    markdown = to_markdown(head_page(f'<meta name="author" content="{author}">'), "page.html")
    reader = read(render(markdown))  # type: ignore[operator]
    assert shown in reader.text.split("\n"), markdown
    assert [tag for tag, _ in reader.tags] == ["h1", "p", "p"], markdown


@pytest.mark.parametrize("render", [lint_html, site_html], ids=["lint", "site"])
def test_inline_code_stays_on_its_line(render: object) -> None:
    body = ("<p>See <code>a\n# Heading\n&lt;script&gt;alert(1)&lt;/script&gt;</code> and "
            "<kbd>b<br>&lt;img src=x onerror=alert(2)&gt;<br>- item</kbd> here.</p>")
    reader = read(render(to_markdown(page(body), "page.html")))  # type: ignore[operator]
    assert [tag for tag, _ in reader.tags] == ["h1", "p", "p", "code", "code"]
    assert "a # Heading <script>alert(1)</script>" in reader.text
    assert "b <img src=x onerror=alert(2)> - item" in reader.text


SNIPPETS = ('--8<-- "RUSSIA/secret-draft.md"\n  ;--8<-- \'escaped.md\'\n--8<--\nRUSSIA/secret-draft.md\n-8<-\n'
            "x = 1  # --8<-- [start:draft]\n--8<-- [end:draft]")


def test_snippet_markers_in_the_code_of_the_page_show_as_written_on_the_site() -> None:
    """A marker in a code block or span is notation to the site too (the extension reads every line
    first): escaped with its `;`, which the site drops (the lint, which has no snippets, shows it)."""
    body = (f"<pre>{SNIPPETS.replace('<', '&lt;')}</pre>"
            '<p>And <code>--8&lt;-- [start:draft]</code> inline.</p>')
    markdown = to_markdown(page(body), "page.html")
    reader = read(site_html(markdown))
    assert f"{SNIPPETS}\n" in reader.text, markdown
    assert "And --8<-- [start:draft] inline." in reader.text, markdown
    lint = read(lint_html(markdown))
    assert ';--8<-- "RUSSIA/secret-draft.md"\n  ;;--8<-- \'escaped.md\'\n;--8<--\n' in lint.text


def test_a_paragraph_of_many_elements_is_escaped_in_linear_time() -> None:
    """Whether a string starts a line is found in one pass over the page: each string looked back over
    all its earlier siblings, so 16,000 empty elements in a paragraph (128 KB) took about two minutes."""
    body = f"<p>- start{'<i></i> ' * 16_000}- end</p>"
    started = time.process_time()
    markdown = to_markdown(page(body), "page.html")
    assert time.process_time() - started < 5  # about a second now
    paragraph = markdown.rstrip("\n").rsplit("\n", 1)[-1]
    assert paragraph.startswith("\\- start ") and paragraph.endswith(" - end")  # only the line's start escaped


def test_the_byline_follows_the_title_heading_never_inside_a_code_block() -> None:
    data = ('<html><head><title>T</title><meta name="author" content="Jane Roe"></head><body><article>'
            f"<pre>line one of code\nline two</pre><p>{OPENING}</p><h1>Audit Report</h1></article></body></html>")
    markdown = to_markdown(data.encode(), "page.html")
    fence = markdown.index("```")
    assert "By Jane Roe" not in markdown[fence:markdown.index("```", fence + 3)], markdown
    assert markdown.index("By Jane Roe") < fence or markdown.index("By Jane Roe") > markdown.index("# "), markdown


def test_bidirectional_controls_never_reach_an_imported_title_or_file_name() -> None:
    from briefings.importing.article import from_markdown
    from briefings.newbriefing import file_name

    article = from_markdown("# Sanctions \u202eevil\u202c timeline\n\nThe ministry published it on 3 May.\n",
                            fallback_title="x")
    assert article.title == "Sanctions evil timeline"
    assert file_name("Sanctions \u202eevil\u202c timeline") == "Sanctions evil timeline.md"
