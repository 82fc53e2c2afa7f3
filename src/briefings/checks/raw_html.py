"""Raw HTML, or a link target, that the site's sanitiser would change.

Why: the site publishes a briefing's HTML only through an allowlist sanitiser (scripts, event
handlers, frames, objects, `javascript:`/`data:` URLs, foreign stylesheets and HTML comments are
removed). Nothing unsafe reaches readers either way, but the author should learn before
publishing that a note in a comment will not appear, or that an embed or a link will not work.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from markdown_it.token import Token

from briefings.checks import Check, Hit
from briefings.findings import Severity
from briefings.linting.document import Document
from briefings.site import sanitize

# link destinations that markdown-it refuses to turn into links stay in the inline text; a
# backslash-escaped `\](` or `\{` (an imported article's or a title's text) is no link or attribute list
_UNESCAPED = r"(?<!\\)(?:\\\\)*"
_INLINE_LINK = re.compile(_UNESCAPED + r"\]\(\s*<?([^\s)>]+)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)", re.MULTILINE)
_SCHEME = re.compile(r"^[^/?#]*:")  # only a target with a scheme can be refused
# attr_list's `{ #id .class key=value }` sets attributes from Markdown
_ATTR_LIST = re.compile(_UNESCAPED + r"\{:?[ \t]*([^{}\n]*=[^{}\n]*)\}")
_ATTR_ID = re.compile(_UNESCAPED + r"\{:?[^{}\n]*?(?<![\w-])#(__[\w-]*)[^{}\n]*\}")  # `{#__config}`: a theme's own id
_ATTRIBUTE = re.compile(r"""([A-Za-z_:][-\w:.]*)=("[^"\n]*"|'[^'\n]*'|[^\s"'}]+)""")
_CODE_SPAN = re.compile(r"(`+)[^`]*?\1")


def fragments(tokens: list[Token]) -> Iterator[tuple[int, str, str]]:
    """(0-based body line, kind, text) of each raw HTML block, inline HTML and inline source."""
    for token in tokens:
        if token.map is None:
            continue
        if token.type == "html_block":
            yield token.map[0], "html", token.content
        elif token.type == "inline":
            yield token.map[0], "inline", token.content
            if "<" not in token.content:
                continue  # no inline HTML among its children
            line = token.map[0]
            for child in token.children or []:
                if child.type == "html_inline":
                    yield line, "html", child.content
                line += child.content.count("\n") + (child.type in ("softbreak", "hardbreak"))


def _inline_changes(text: str) -> Iterator[tuple[int, str]]:
    """Link targets and attr_list attributes in Markdown that the sanitiser would remove."""
    if "](" not in text and "]:" not in text and "{" not in text:
        return  # none of the patterns below can match: most lines of prose
    if "`" in text:
        text = _CODE_SPAN.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    for pattern in (_INLINE_LINK, _REFERENCE):
        for match in pattern.finditer(text):
            url = html.unescape(match.group(1))
            if _SCHEME.match(url) and not sanitize.url_allowed(url):
                scheme = url.split(":", 1)[0]
                yield text.count("\n", 0, match.start(1)), f"the link target `{scheme[:20]}:` is removed"
    for block in _ATTR_LIST.finditer(text):
        for name, value in _ATTRIBUTE.findall(block.group(1)):
            attribute = ((name.lower(), value.strip("\"'")),)
            if all(sanitize.tag_change(tag, attribute) for tag in ("span", *sanitize.ATTRIBUTES)):
                yield text.count("\n", 0, block.start()), f"the attribute `{name}` set with {{ }} is removed"
    for block in _ATTR_ID.finditer(text):
        if sanitize.tag_change("span", (("id", block.group(1)),)):
            yield text.count("\n", 0, block.start()), f"the id `{block.group(1)}` set with {{ }} is removed"


def run(doc: Document) -> Iterator[Hit]:
    """One hit per tag, attribute set, comment or link target that would not be published as written."""
    for line0, kind, text in fragments(doc.tokens):
        found = sanitize.changes(text) if kind == "html" else list(_inline_changes(text))
        for offset, what in found:
            yield Hit(line=doc.line(line0 + offset), message=f"{what} on the published site: {_advice(what)}",
                      reason=what)


def _advice(what: str) -> str:
    if what.startswith("an HTML comment"):
        return "readers will not see it; keep notes that must not be published out of the briefing"
    if what.startswith("the link target"):
        return "link to an http(s), mailto or relative address"
    if what.startswith("the attribute"):
        return "leave it out: the site keeps ids, classes, titles, lang, data-* and aria-* attributes"
    return "write it in Markdown or with the tags and attributes the site allows (guide/site.md)"


CHECK = Check(
    id="raw-html",
    severity=Severity.WARNING,
    summary="raw HTML or a link the site's sanitiser would change",
    run=run,
    must_flag=(
        '<script>alert("x")</script>',
        'Text with <span onclick="alert(1)">a handler</span>.',
        '<a href="jav&#x61;script:alert(1)">link</a>',
        "[link](javascript:alert(1))",
        "[link][evil]\n\n[evil]: JavaScript:alert(1)",
        "A paragraph.\n{: onclick=\"alert(1)\" }",
        '<iframe srcdoc="<p>x</p>"></iframe>',
        '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
        "Text.\n\n<!-- the source is a confidential informant -->",
        '<link rel="stylesheet" href="https://example.org/x.css">',
    ),
    must_pass=(
        "Plain text with **Markdown** and a [link](https://example.org/a?b=c).",
        '<div markdown>\n**bold** and <mark>marked</mark>, <abbr title="x">x</abbr>, <kbd>K</kbd>\n</div>',
        '<details open><summary>More</summary>Text <a href="#top" title="Top">top</a></details>',
        "<!-- briefings: disable=unsourced-assertion -->\nText.\n<!-- briefings: enable=unsourced-assertion -->",
        "Code: `<script>alert(1)</script>` and [mail](mailto:desk@example.org) and [page](other.md#part).",
        "![A map](map.png){ width=\"300\" loading=lazy }\n\n## Heading { #custom-id .wide data-level=\"2\" }",
        "Escaped text: \\[x\\](javascript:alert(1)), [the annex \\](javascript:alert(3)) \\[](https://example.org/)"
        " and \\{: onclick=alert(2) \\}",
    ),
)
