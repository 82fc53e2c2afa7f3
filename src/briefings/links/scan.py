"""A fast scanner for links and images in Markdown, for the link graph.

Why not the shared markdown-it parse: the graph needs every page's links, and a full parse costs
about 7-14 ms per briefing here (14-28 s for 2,000), far over the graph's 3 s budget and the
pre-commit budget that calls it. Links need much less than a full parse: code (fences, code
spans, HTML comments) is blanked out, then regular expressions find inline links, images,
autolinks and reference links with their exact offsets. tests/links/test_scan.py checks that it
finds the same links as markdown-it on the sample, the fixtures and a generated library.
Heading ids still come from the shared parse (see anchors), only for pages linked with #anchors.
Indented code blocks and raw HTML blocks, where the site renders no link, are blanked out at the
lines the shared parse gives them (its token positions, not a pattern of our own), and only in a
page where such a block could hold a link: a line indented by 4 columns or more with a "[" or a
"<" that is no list item or follows a blank line, the same in a block quote (after its "> "), or a
line opening an HTML block. A block that
md_in_html renders as Markdown (`<div markdown>`) keeps its links.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefings.codespans import code_spans
from briefings.links.model import Link, Placeholder, Span
from briefings.site.sanitize import COMMENT  # as HTML reads one: `<!-->` ends at once

if TYPE_CHECKING:
    from markdown_it.token import Token

_BLANK = re.compile(r"[^\n]")
_MASKS = (("```", "~~~"), ("<!--",))  # what must occur in a text for each mask pattern to matter
# A line ends with "\n" or "\r\n" (CommonMark): "\r?" before each "\n" or "$" that ends a line or a blank line.
_FENCE = re.compile(r"^[ \t]*(?P<f>`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]*(?P=f)[`~]*[ \t]*\r?$|\Z)", re.M | re.S)
_BACKTICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n(?=[ \t]*\r?\n)")  # where a blank line starts (it ends a code span)
# Possessive quantifiers and one way to match each run of spaces keep every pattern linear.
_SPACE = r"[ \t]*+(?:\r?\n[ \t]*+)?+"
_TEXT = r"(?:[^\[\]\\\n]|\\.|\n(?![ \t]*\r?\n)|\[(?:[^\[\]\\\n]|\\.|\n(?![ \t]*\r?\n))*+\])*+"
_DEST = r"<[^<>\n]*+>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*+\))*+"
_TITLE = r"""(?:(?:[ \t]++(?:\r?\n[ \t]*+)?+|\r?\n[ \t]*+)(?:"[^"\n]*+"|'[^'\n]*+'|\([^()\n]*+\)))?+"""
# Patterns start with a literal "[" so that the engine can skip ahead; "!" and "\" before it are checked in code.
_INLINE = re.compile(rf"\[(?P<text>{_TEXT})\]\({_SPACE}(?P<dest>{_DEST}){_TITLE}{_SPACE}\)")
_AUTOLINK = re.compile(r"<(?P<dest>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)>")
_REFERENCE = re.compile(rf"\[(?P<text>{_TEXT})\](?:\[(?P<label>[^\[\]\n]*+)\])?+(?![(:\[])")
_DEFINITION = re.compile(rf"\[(?P<label>[^\]\n^][^\]\n]*+)\]:{_SPACE}(?P<dest><[^<>\n]*>|\S+)")  # at a line start
_NOTE = re.compile(rf"{_SPACE}\((?P<note>[^()\n]*+)\)")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Where a block that renders no link could hold one (then the parse says where the blocks are):
_INDENTED = r"(?: {4}| {0,3}\t)"
_QUOTED = r"[ \t]*+(?:(?:[-*+]|\d{1,9}[.)])[ \t]++)?+>(?:[ \t]*+>)*+"  # block quote markers at a line's start
# (a list item's marker may come first: "- >     code")
_MAY_HIDE = re.compile(  # searched in "\n" + text: a literal "\n" first is fast, "^" with re.M is not
    rf"\n(?:{_INDENTED}[ \t]*+(?![-*+][ \t]|\d{{1,9}}[.)][ \t])[^\n\[<]*+[\[<]"  # not a list item
    rf"|[ \t]*+\n(?:{_INDENTED}[^\n\[<]*+\n)*+{_INDENTED}[^\n\[<]*+[\[<]"  # after a blank line
    rf"|{_QUOTED}(?: {{5}}| {{0,4}}\t)[^\n\[<]*+[\[<]"  # in a block quote: "> " and 4 columns
    r"| {0,3}<(?:[A-Za-z/?]|![A-Za-z\[]))")  # an HTML block (a comment is masked anyway)


@dataclass(frozen=True)
class Scan:
    """The links of one Markdown text and the placeholders among them."""

    links: list[Link]
    placeholders: list[Placeholder]


def scan(text: str, *, source: str, first_line: int = 1,
         tokens: Callable[[], list[Token]] | None = None) -> Scan:
    """Links, images and placeholders of `text`; `first_line` is the file line of the text's first line.
    `tokens` gives markdown-it's tokens of `text` (a briefing's shared parse) when they are needed;
    without it the text is parsed then."""
    masked = _mask(text)
    if _MAY_HIDE.search(f"\n{masked}"):
        masked = _mask_blocks(text, masked, tokens() if tokens else _parse(text))
    lines = _Lines(text, first_line)
    found: list[tuple[int, Link]] = []
    placeholders: list[Placeholder] = []
    taken: list[tuple[int, int]] = []
    for match in _INLINE.finditer(masked):
        if _escaped(masked, match.start()):
            continue
        taken.append(match.span())
        for offset, link in _inline(text, match, source, lines):
            found.append((offset, link))
            if link.is_placeholder and offset == _start(text, match):
                placeholders.append(_placeholder(link, masked, offset, match))
    found.extend(_autolinks(masked, source, lines))
    if "]:" in masked:
        found.extend(_references(text, masked, taken, source, lines))
    found.sort(key=lambda item: item[0])
    inline = {start for start, _ in taken}
    placeholders += [Placeholder(link) for offset, link in found  # reference-style: no span to rewrite
                     if link.is_placeholder and offset not in inline and offset + 1 not in inline]
    return Scan([link for _, link in found], sorted(placeholders, key=lambda p: (p.link.line, p.link.column)))


class _Lines:
    """Line and column of offsets, visited in any order (cheap when they mostly increase)."""

    def __init__(self, text: str, first_line: int) -> None:
        self.text, self.first_line = text, first_line
        self.offset, self.line = 0, 0

    def at(self, offset: int) -> tuple[int, int]:
        if offset < self.offset:
            self.offset, self.line = 0, 0
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        line_start = self.text.rfind("\n", 0, offset) + 1
        return self.first_line + self.line, offset - line_start + 1


def _mask(text: str) -> str:
    """The text with code and HTML comments blanked (same length, same line breaks)."""
    for triggers, pattern in zip(_MASKS, (_FENCE, COMMENT)):
        if any(t in text for t in triggers):
            text = pattern.sub(lambda m: _BLANK.sub(" ", m.group(0)), text)
    return _mask_code_spans(text) if "`" in text else text


def _mask_code_spans(text: str) -> str:
    """The text with code spans blanked: a backtick run up to the next run of the same length, with no
    blank line in between (`codespans.code_spans`, linear in the number of runs)."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    blank_lines = [m.start() for m in _BLANK_LINE.finditer(text)]
    parts, last = [], 0
    for start, end in code_spans(runs, lambda a, b: _blank_line_between(blank_lines, a, b)):
        parts += [text[last:start], _BLANK.sub(" ", text[start:end])]
        last = end
    return "".join(parts) + text[last:]


def _blank_line_between(blank_lines: list[int], start: int, end: int) -> bool:
    """Whether a blank line starts at or after `start` and before `end` (`blank_lines` sorted)."""
    found = bisect.bisect_left(blank_lines, start)
    return found < len(blank_lines) and blank_lines[found] < end


def _parse(text: str) -> list[Token]:
    from briefings.markdown import parse  # the parser: only for a page that may hide links in blocks

    return parse(text)


def _mask_blocks(text: str, masked: str, tokens: list[Token]) -> str:
    """`masked` with the lines of indented code and raw HTML blocks blanked: the site shows them as written."""
    from briefings.markdown import LINE_END  # loaded with the parse the tokens came from

    starts = [0, *(m.end() for m in LINE_END.finditer(text)), len(text)]
    for token in tokens:
        if token.map and _unrendered(token):
            begin, end = starts[min(token.map[0], len(starts) - 1)], starts[min(token.map[1], len(starts) - 1)]
            if token.type == "html_block" and not _RAW_HTML_START.match(text, begin):
                continue  # HTML in a quote or a list item: Python-Markdown reads raw HTML only at a line's start
            masked = masked[:begin] + _BLANK.sub(" ", masked[begin:end]) + masked[end:]
    return masked


def _escaped(text: str, position: int) -> bool:
    """True when the character at `position` follows an odd number of backslashes."""
    count = 0
    while position > count and text[position - count - 1] == "\\":
        count += 1
    return count % 2 == 1


def _start(text: str, match: re.Match[str]) -> int:
    """Where a link starts: at its "[", or at the "!" of an image."""
    start = match.start()
    return start - 1 if start and text[start - 1] == "!" and not _escaped(text, start - 1) else start


def _link(offset: int, href: str, label: str, image: bool, source: str, lines: _Lines) -> Link:
    line, column = lines.at(offset)
    return Link(source, line, column, normalise(href), label.replace("\r\n", "\n"), image)


def normalise(dest: str) -> str:
    """A link destination as markdown-it reads it: no <>, no backslash escapes, entities decoded."""
    dest = dest.strip()
    if dest.startswith("<") and dest.endswith(">"):
        dest = dest[1:-1]
    return html.unescape(_ESCAPE.sub(r"\1", dest))


def _inline(text: str, match: re.Match[str], source: str, lines: _Lines) -> Iterator[tuple[int, Link]]:
    label = text[match.start("text"):match.end("text")]
    start = _start(text, match)
    image = start < match.start()
    yield start, _link(start, match.group("dest"), label, image, source, lines)
    if not image and "![" in label:  # an image inside the link text: [![alt](a.png)](b.md)
        inner = _INLINE.search(text, match.start("text"), match.end("text"))
        if inner and _start(text, inner) < inner.start():
            yield from _inline(text, inner, source, lines)


def _autolinks(masked: str, source: str, lines: _Lines) -> Iterator[tuple[int, Link]]:
    for match in _AUTOLINK.finditer(masked):
        yield match.start(), _link(match.start(), match.group("dest"), match.group("dest"), False, source, lines)


def _references(text: str, masked: str, taken: list[tuple[int, int]], source: str,
                lines: _Lines) -> Iterator[tuple[int, Link]]:
    definitions = {_label_key(m.group("label")): m.group("dest") for m in _DEFINITION.finditer(masked)
                   if _line_start(masked, m.start())}
    if not definitions:
        return
    for match in _REFERENCE.finditer(masked):
        previous = masked[match.start() - 1] if match.start() else ""
        if previous == "]" or _escaped(masked, match.start()) or any(s <= match.start() < e for s, e in taken):
            continue
        dest = definitions.get(_label_key(match.group("label") or match.group("text")))
        if dest is not None:
            start = _start(text, match)
            words = text[match.start("text"):match.end("text")]
            yield start, _link(start, dest, words, start < match.start(), source, lines)


def _line_start(text: str, position: int) -> bool:
    """True when only up to three spaces precede `position` on its line."""
    start = text.rfind("\n", 0, position) + 1
    return position - start <= 3 and not text[start:position].strip(" ")


def _label_key(label: str) -> str:
    return " ".join(label.split()).casefold()


_RAW_HTML_START = re.compile(r" {0,3}<")  # where Python-Markdown takes a line for raw HTML


def _unrendered(token: Token) -> bool:
    """An indented code block, or a raw HTML block that md_in_html leaves as it is."""
    from briefings.markdown import MD_IN_HTML

    return token.type == "code_block" or token.type == "html_block" and not MD_IN_HTML.match(token.content)


def _placeholder(link: Link, masked: str, start: int, match: re.Match[str]) -> Placeholder:
    """The placeholder `link` at `start`, with the plan note after it; its destination's offsets are
    the match's (the link text as written may hold a "\r\n", which `link.text` holds as one "\n")."""
    note = _NOTE.match(masked, match.end())
    return Placeholder(link, note.group("note").strip() if note else "", Span(start, match.end(), *match.span("dest")))
