"""Plain text (a title, an imported article's words) written into Markdown so that it renders as
the same text, in the lint's CommonMark and in Python-Markdown with the site's extensions.

Text reaches the Markdown from a command line, an imported article or a placeholder's link text,
where it may hold HTML, Markdown syntax or line breaks. A backslash escapes only the characters
both parsers know (Python-Markdown does not read `\\<` or `\\|`: the backslash would show and `<`
would still open a tag); `<`, an `&` that would start a character reference (`&lt;` as typed) and the
rest become character references, so `Media & Tactics` stays as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# raw HTML and character references; code, link openers, footnotes, attr_list `{...}`, an ATX
# heading's `#`; tables' `|`; the doubled marks of strikethrough and pymdownx.mark/caret/tilde; a
# `]` only before `(` (with every `[` escaped no other `]` closes anything, but in link text all do)
_ALWAYS = r"&(?=#?\w+;)|[<\\`\[{}#|]|={2,}|~{2,}|\^{2,}"  # `&` only where it would start a reference
_NAMED = {"&": "&amp;", "<": "&lt;"}
_BACKSLASHED = frozenset("\\`[]{}#*_")
# what opens a block at the start of a line: heading, quote, list item (not `*emphasis*`), rule
# or setext underline, admonition `!!!`, details `???`, definition `: `, an ordered list's `1.`
_LINE_START = re.compile(r"^(\s*)(?:([#>!]|[-+*](?=\s|$)|-(?=-))|([:?=])|(\d{1,9})([.)]))")
_BREAKS = ("Cc", "Zl", "Zp")  # control characters (line breaks, tab, escape) and Unicode line/paragraph separators
# the bidirectional embedding, override and isolate controls, which reorder what readers see ("Trojan source")
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def escape(text: str, *, emphasis: bool = True, link_text: bool = False) -> str:
    """`text` with the Markdown and HTML syntax it could form anywhere in a line escaped; `*` and
    `_` too unless `emphasis` is False (plain text may mean them as emphasis); every `]` in `link_text`."""
    return _pattern(emphasis, link_text).sub(_escaped, text)


@cache
def _pattern(emphasis: bool, link_text: bool) -> re.Pattern[str]:
    parts = [_ALWAYS, r"\]" if link_text else r"\](?=\()", *([r"[*_]"] if emphasis else [])]
    return re.compile("|".join(parts))


def line_start(text: str) -> str:
    """`text`, which starts a line, with a character that would open a block there escaped."""
    return _LINE_START.sub(_escaped_start, text, count=1)


def control_characters(text: str) -> list[str]:
    """The control characters, line breaks and bidirectional controls in `text`, each once, in order (a title
    may have none)."""
    return list(dict.fromkeys(c for c in text if unicodedata.category(c) in _BREAKS or c in BIDI_CONTROLS))


def one_line(text: str) -> str:
    """`text` on one line: each run of white space (line breaks included) one space, other control characters
    and bidirectional controls dropped."""
    text = "".join(" " if c.isspace() else c for c in text
                   if c.isspace() or (unicodedata.category(c) not in _BREAKS and c not in BIDI_CONTROLS))
    return " ".join(text.split())


def inline(text: str) -> str:
    """One line of plain text as Markdown inline text that shows as written."""
    return escape(one_line(text))


def heading(text: str, level: int = 1) -> str:
    """An ATX heading that shows `text` as written: `# Rates \\*and\\* &lt;b> tags`."""
    return f"{'#' * level} {inline(text)}"


def _escaped(found: re.Match[str]) -> str:
    mark = found.group()
    if mark in _NAMED:
        return _NAMED[mark]
    if mark in _BACKSLASHED:
        return "\\" + mark
    return "".join(f"&#{ord(c)};" for c in mark)


def _escaped_start(found: re.Match[str]) -> str:
    space, mark, other, digits, dot = found.groups()
    if mark:
        return f"{space}\\{mark}"
    if other:
        return f"{space}&#{ord(other)};"
    return f"{space}{digits}\\{dot}"
