"""Markdown that Python-Markdown renders in super-linear time, or not at all.

Why: MkDocs renders with Python-Markdown, whose inline patterns rescan the rest of a paragraph
for every unmatched `[` (so 20,000 of them take a minute), whose tables cost grows with the
column count, whose nested lists recurse once per level (500 levels end in RecursionError), and
whose abbreviations are matched against the whole text each. Raw HTML nests too: the build's
sanitiser (nh3) walks the open elements at every block tag (100,000 `<ul>` take a minute), and
md_in_html recurses once per `<div markdown="1">`. Such a file lints in a second but stalls or
breaks the build: this rule finds it first, in one linear pass over the lines and one over the raw
HTML, with the limits of `[tool.briefings.limits]` (see guide/limits.md).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from markdown_it.token import Token

from briefings.checks import Check, Hit
from briefings.findings import Severity
from briefings.limits import Limits
from briefings.linting.document import Document

_FENCE = re.compile(r"^\s*(```|~~~)")
_CONTAINER = re.compile(r"(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])[ \t]")
_ABBR = re.compile(r"^\*\[[^\]]*\]:")
_WHY = "Python-Markdown (the site build) takes super-linear time or fails on this"
# a comment, or a start or end tag up to its first `>`: `[^<>]*` keeps each failed try short,
# so the scan stays linear on any text (no quoted-value rules that could run to the end)
_TAG = re.compile(r"<!--|<(/?)([A-Za-z][A-Za-z0-9-]*+)(?=[\s/>])([^<>]*)")  # no `>` needed: `<div title="<">` opens
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"})
# HTML closes these itself when a sibling starts (`<li>a<li>b`), or merges them (`<body>`): written
# unclosed they are siblings, not nesting, and the list or table around them counts instead
# (not `rb`, `rt`, `rp`, `rtc` or `optgroup`, which HTML closes only inside a ruby or a select: they nest elsewhere)
_SIBLINGS = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "colgroup",
                       "option", "html", "head", "body"})
# what a paragraph may hold and closes at its end (a block element such as `<div>` closes the paragraph; the
# formatting elements b, i, em, strong, code, s, u, font ... are rebuilt in the next paragraph, so they stay)
_PHRASING = frozenset({"a", "abbr", "bdi", "bdo", "cite", "data", "dfn", "kbd", "mark", "q", "samp", "span", "sub",
                       "sup", "time", "var", "label", "ins", "del", "ruby", "rb", "rt", "rp", "rtc"})
_FOREIGN = frozenset({"svg", "math"})  # only inside these does `<x/>` close itself


def run(doc: Document) -> Iterator[Hit]:
    """At most one hit per construct and block, on the block's first line; one for raw HTML nesting."""
    yield from scan(doc.lines, doc.config.limits, doc.line)
    yield from scan_html(doc.tokens, doc.config.limits, doc.line)


def scan(lines: list[str], limits: Limits, to_file: Callable[[int], int] = lambda n: n + 1) -> Iterator[Hit]:
    """Hazards in body lines; `to_file` maps a 0-based body line to a 1-based file line."""
    brackets, start, reported, fenced, abbreviations, wide = 0, 0, False, "", 0, False
    for n, line in enumerate(lines):
        fence = _FENCE.match(line)
        if fenced or fence:
            if fence and (not fenced or fence.group(1) == fenced):
                fenced = "" if fenced else fence.group(1)
            continue
        if not line.strip():  # the end of a paragraph or table
            brackets, start, reported, wide = 0, n + 1, False, False
            continue
        if _ITEM.match(line) or "|" in line:  # a new list item or table row
            brackets, start, reported = 0, n, False
        brackets += line.count("[")
        if brackets > limits.brackets_per_block and not reported:
            reported = True
            yield _hit(to_file(start), f"more than {limits.brackets_per_block:,} '[' in one block",
                       "brackets_per_block", "close the brackets, or split the paragraph")
        cells = line.count("|") - line.count("\\|")
        if cells > limits.table_columns and not wide:
            wide = True  # one hit per table
            yield _hit(to_file(n), f"a table row of {cells:,} cells", "table_columns", "split the table")
        depth = _depth(line)
        if depth > limits.nesting_depth:
            yield _hit(to_file(n), f"lists or quotes nested {depth} levels deep", "nesting_depth",
                       "flatten the nesting")
        abbreviations += bool(_ABBR.match(line))
        if abbreviations == limits.abbreviations + 1:
            yield _hit(to_file(n), f"more than {limits.abbreviations:,} abbreviation definitions",
                       "abbreviations", "keep the abbreviations a reader needs")


def _depth(line: str) -> int:
    """Nesting level of a line: four columns of indent per level, plus each `>` or list marker."""
    text = line.expandtabs(4)
    stripped = text.lstrip(" ")
    depth, pos = (len(text) - len(stripped)) // 4, 0
    while (marker := _CONTAINER.match(stripped, pos)) is not None:
        depth, pos = depth + 1, marker.end()
    return depth


def scan_html(tokens: list[Token], limits: Limits,
              to_file: Callable[[int], int] = lambda n: n + 1) -> Iterator[Hit]:
    """One hit where raw HTML elements first nest deeper than `nesting_depth`, then stop.

    Only the raw HTML markdown-it found (block and inline) is read, so tags in code are not; the
    elements an HTML block leaves open carry over to the next block, as `<div markdown="1">` blocks
    separated by blank lines nest in the build, and so do block elements a paragraph opens (`P1 <div>`),
    while the phrasing elements a paragraph opens end with it (a section's `<a id="s1"/>` does not nest
    into the next section's)."""
    elements = _OpenElements()
    for token in tokens:
        if token.map is None or not (token.type == "html_block" or (token.type == "inline" and "<" in token.content)):
            continue
        base = elements.depth
        for line0, text in _raw_html(token):
            for at, closing, name, empty in _tags(text):
                if closing:
                    elements.end(name)
                elif elements.start(name, empty) > limits.nesting_depth:
                    yield _hit(to_file(line0 + text.count("\n", 0, at)),
                               f"raw HTML elements nested {elements.depth} levels deep", "nesting_depth",
                               "flatten the nesting, and close each element you open")
                    return
        if token.type == "inline":
            elements.close_phrasing(base)


def _raw_html(token: Token) -> Iterator[tuple[int, str]]:
    """(0-based body line, text) of an HTML block, or of each inline HTML tag of a paragraph."""
    line = (token.map or [0])[0]
    if token.type == "html_block":
        yield line, token.content
        return
    for child in token.children or []:
        if child.type == "html_inline":
            yield line, child.content
        line += child.content.count("\n") + (child.type in ("softbreak", "hardbreak"))


def _tags(text: str) -> Iterator[tuple[int, bool, str, bool]]:
    """(offset, is an end tag, lower-case name, ends in `/>`) of each tag outside comments."""
    pos = 0
    while (match := _TAG.search(text, pos)) is not None:
        if match.group(2) is None:  # a comment: its tags are not parsed
            end = text.find("-->", match.end())
            if end < 0:
                return
            pos = end + 3
            continue
        pos = match.end()
        yield match.start(), match.group(1) == "/", match.group(2).lower(), match.group(3).rstrip().endswith("/")


class _OpenElements:
    """The stack of open elements as an HTML parser (the sanitiser's) keeps it, roughly.

    An unclosed element stays open, an end tag closes everything opened after its element, a
    stray end tag is ignored. `<div/>` is an open `<div>` in HTML, so only void elements, the
    elements HTML closes itself, and `<x/>` inside SVG or MathML add no depth. Memory is bounded
    by the depth, since the caller stops at the limit."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.open: Counter[str] = Counter()

    @property
    def depth(self) -> int:
        return len(self.stack)

    def start(self, name: str, empty: bool) -> int:
        """Open `name` if it nests; the depth after it."""
        foreign = empty and (name in _FOREIGN or self.open["svg"] + self.open["math"] > 0)
        if name not in _VOID and name not in _SIBLINGS and not foreign:
            self.stack.append(name)
            self.open[name] += 1
        return self.depth

    def end(self, name: str) -> None:
        """Close `name` and every element opened inside it; nothing when it is not open."""
        if not self.open[name]:
            return
        while (top := self.stack.pop()) != name:
            self._forget(top)
        self._forget(top)

    def close_phrasing(self, depth: int) -> None:
        """Close the phrasing elements opened above `depth` (a paragraph's end closes its `<span>` and `<a>`;
        a `<div>` it opened closed the paragraph instead, and stays open)."""
        kept = [name for name in self.stack[depth:] if name not in _PHRASING]
        for name in self.stack[depth:]:
            if name in _PHRASING:
                self._forget(name)
        self.stack[depth:] = kept

    def _forget(self, name: str) -> None:
        self.open[name] -= 1
        if not self.open[name]:
            del self.open[name]  # distinct names opened and closed in turn must not pile up


def _hit(line: int, construct: str, limit: str, fix: str) -> Hit:
    return Hit(line=line, message=f"render hazard: {construct} (limit {limit}): {fix}", reason=_WHY)


CHECK = Check(
    id="render-hazard",
    severity=Severity.ERROR,
    summary="Markdown that Python-Markdown renders in super-linear time or not at all",
    run=run,
    must_flag=("[" * 300, "[^a" * 300, "[a](" * 300, "| " + "a | " * 150, "- " * 40 + "x",
               "> " * 40 + "x", "".join(f"*[A{i}]: x\n" for i in range(201)), "<ul>" * 21,
               '<div markdown="1">\n\n' * 21),
    must_pass=("Text.[^a] and [a link](https://example.org).\n\n[^a]: Source, 2020.",
               "\n\n".join("[a](b) " * 200 for _ in range(5)), "| a | b |\n|---|---|\n| 1 | 2 |",
               "- a\n    - b\n        - c", "```\n" + "[" * 1000 + "\n```", "*[HTML]: HyperText",
               "<details><summary>S</summary>\n<table><tr><td>a<td>b<tr><td>c</table>\n</details>",
               '<div markdown="1">\n\n' * 3 + "x\n\n" + "</div>\n\n" * 3, "a<br>" * 50,
               "<ul>" + "<li>a" * 50 + "</ul>", "```html\n" + "<div>" * 50 + "\n```"),
)
