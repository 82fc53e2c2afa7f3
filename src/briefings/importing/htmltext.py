"""A web page's words kept as words: its text escaped before markdownify converts the page, link
targets that cannot end the link early, code fences longer than the code inside them, inline code
on one line, and pymdownx.snippets markers in code escaped (the site would include the file named).

markdownify writes text nodes into the Markdown nearly as they are (only `*` and `_` escaped;
its `escape_misc` escapes with backslashes, which Python-Markdown ignores before `<`, `&` and `|`:
`&lt;script&gt;` in the page would still be a live tag on the site). So each text node is escaped
here with `mdtext`, in the parsed page, and markdownify's own escaping is switched off.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, Doctype, NavigableString
from markdownify import MarkdownConverter

from briefings.mdtext import escape, line_start

# elements markdownify ends a line at (or starts one after); text after one starts a line
_BLOCKS = frozenset({"[document]", "html", "body", "article", "main", "section", "div", "p", "blockquote", "pre",
                     "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
                     "caption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "figure", "header"})
_VERBATIM = ("pre", "code", "kbd", "samp")  # markdownify writes their text as code
_UNPRINTED = (Comment, Doctype)  # markdownify drops these strings, and writes every other kind (a ruby's <rt> too)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # not \s: a no-break space is text
# a URL's characters that can end or break a Markdown link destination or autolink
_URL_SAFE = "".join(c for c in map(chr, range(33, 127)) if c not in '()<>"\\`{}|^' and not c.isalnum())
SNIPPET_MARK = "8<-"  # in every pymdownx.snippets marker


def escape_text(soup: BeautifulSoup) -> None:
    """Escape every text node outside code in place: Markdown and HTML syntax in it shows as written."""
    _escape_in(soup, starts_line=True, code=False, link=False)


def _escape_in(tag: Tag, *, starts_line: bool, code: bool, link: bool) -> tuple[bool, bool]:
    """Escape the strings in `tag`, which starts a line of Markdown when `starts_line`, in one pass over
    the page; return whether what follows `tag` starts a line and whether `tag` holds text. A string
    starts a line when nothing with text comes before it there (an approximation: a miss leaves a list
    marker or heading mark live, never HTML, as `<` is escaped everywhere)."""
    block = tag.name in _BLOCKS
    code, link = code or tag.name in _VERBATIM, link or tag.name == "a"
    at_start, has_text = block or starts_line, False  # markdownify starts a line in a block, not in a span
    for index, child in enumerate(list(tag.contents)):
        if isinstance(child, Tag):
            at_start, text = _escape_in(child, starts_line=at_start, code=code, link=link)
        elif isinstance(child, NavigableString) and not isinstance(child, _UNPRINTED):
            text = bool(child.strip())
            if not code:  # code stays verbatim
                _replace(tag, index, _escaped(child, starts_line=at_start, link=link))
            at_start = at_start and not text
        else:
            continue
        has_text = has_text or text
    return block or (starts_line and not has_text), has_text


def _escaped(string: NavigableString, *, starts_line: bool, link: bool) -> str:
    text = escape(_HTML_SPACE.sub(" ", str(string)), link_text=link)
    return line_start(text) if starts_line else text


def _replace(tag: Tag, index: int, text: str) -> None:
    """The child at `index` of `tag` replaced by `text`: no search for its place (replace_with's would
    make the pass quadratic in a paragraph of many elements)."""
    tag.contents[index].extract(_self_index=index)
    tag.insert(index, text)


def escape_snippets(markdown: str) -> str:
    """`markdown` with each line that pymdownx.snippets reads as notation escaped (`;--8<-- "x.md"`):
    the site shows a marker in the page's code as written instead of the file it names. Text outside
    code holds no marker (its `<` is `&lt;`); code is verbatim, so the extension's own escape is used."""
    from pymdownx.snippets import SnippetPreprocessor  # type: ignore[import-untyped]

    return "\n".join(_snippet_escaped(line, SnippetPreprocessor) if SNIPPET_MARK in line else line
                     for line in markdown.split("\n"))  # the lines the extension reads


def _snippet_escaped(line: str, snippets: Any) -> str:
    """`line` with one more `;` before its marker: the extension reads the line as text and drops that `;`."""
    whole = snippets.RE_ALL_SNIPPETS.match(line)  # a file, or a block of files, to include
    if whole:
        return f"{line[:whole.end('space')]};{line[whole.end('space'):]}"
    section = snippets.RE_SNIPPET_SECTION.match(line)  # `--8<-- [start:name]` anywhere: the line is dropped
    if section:
        return f"{line[:section.start('escape')]};{line[section.start('escape'):]}"
    return line


def safe_url(url: str) -> str:
    """`url` with the characters that would end or break a Markdown link percent-encoded (a space,
    `(`, `)`, `<`, `>`, quotes, backslash): `https://x.org/a_(b)` gives `https://x.org/a_%28b%29`."""
    return quote(url, safe=_URL_SAFE)


class Converter(MarkdownConverter):
    """markdownify's converter, with a code fence longer than any run of backticks in the code and
    inline code on one line."""

    def convert_code(self, el: Tag, text: str, parent_tags: Any) -> str:
        """A code span on one line: after a line break in it, the page's code would start a line of
        Markdown, where `# x` is a heading and `<script>` raw HTML (a browser shows it on one line too)."""
        if "_noformat" not in parent_tags:  # not code inside a code block or another code span
            text = _HTML_SPACE.sub(" ", text)
        return str(super().convert_code(el, text, parent_tags))  # type: ignore[misc]  # not in its stubs

    convert_kbd = convert_code
    convert_samp = convert_code

    def convert_pre(self, el: Tag, text: str, parent_tags: Any) -> str:
        """A fenced code block that the code cannot close early."""
        text = re.sub(r"[ \n]*$", "", re.sub(r"^[ \n]*\n", "", text))  # blank lines around it, as markdownify
        if not text:
            return ""
        fence = "`" * max([3, *(len(run) + 1 for run in re.findall(r"`+", text))])
        return f"\n\n{fence}\n{text}\n{fence}\n\n"
