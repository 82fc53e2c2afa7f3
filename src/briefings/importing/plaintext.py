"""A plain-text article (as pasted or saved from a word processor) as Markdown.

The first line is the title. Hard-wrapped lines are joined into paragraphs. Short lines without
closing punctuation that stand alone or open a block are subheadings ("inline subheadings"), as are
underlined or ALL-CAPS lines. Paragraphs in quotation marks or indented become block quotes,
"Photo: ..." style lines become italic captions, and bulleted or numbered lines become lists.
Characters that Markdown would read as markup (a leading '#', '<', '[', '|', '`') are escaped: the
text shows as written, `[x](javascript:...)` and `![i](...)` as text, not a link or an image.
"""

from __future__ import annotations

import re

from briefings.mdtext import escape, line_start

_BULLET = re.compile(r"^\s*(?:[•·▪‣◦*\-–]|\d{1,3}[.)])\s+")
_ORDERED = re.compile(r"^\s*(\d{1,3})[.)]\s+")
_CAPTION = re.compile(r"^[(\[]?\s*(?:photo|photograph|image|picture|pictured|caption|figure|fig\.|illustration|"
                      r"chart|graphic|map|above|below|top|video)\b[^:]{0,40}:\s+\S", re.IGNORECASE)
_UNDERLINE = re.compile(r"^(?:=+|-+)\s*$")
_QUOTE_OPEN = ("\"", "“", "«", "„", "'", "‘")
_CLOSING_PUNCT = tuple(".,;:!\"”’)»…")
TITLE_MAX = 150  # characters; a longer first line is the opening paragraph, not a title
HEADING_MAX = 90  # characters; a longer line is prose
HEADING_WORDS = 14


def to_markdown(text: str) -> str:
    """The article as Markdown, its first line as the level-1 heading (unless it reads as prose)."""
    lines = [line.expandtabs(4).rstrip() for line in text.split("\n")]
    blocks = _split_blocks(lines)
    if not blocks:
        return ""
    out: list[str] = []
    first = blocks[0][0].strip()
    if len(first) <= TITLE_MAX and not first.endswith((".", ",", ";", ":")):  # else: no title line
        out.append(f"# {_escape(first)}")
        blocks[0].pop(0)
    for block in blocks:
        out += _convert(block) if block else []
    return "\n\n".join(out) + "\n"


def _split_blocks(lines: list[str]) -> list[list[str]]:
    """Blank-line separated blocks; an underlined heading ends its own block."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if not line.strip():
            if current:
                blocks.append(current)
            current = []
        elif _UNDERLINE.match(line.strip()) and current and len(line.strip()) >= 3:
            heading = current.pop()
            if current:
                blocks.append(current)
            blocks.append([f"\x00{heading.strip()}"])  # marked: an explicit heading
            current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _convert(block: list[str]) -> list[str]:
    """One block as Markdown blocks: a leading subheading splits off, then list, quote, caption or paragraph."""
    first = block[0].strip()
    if first.startswith("\x00"):
        return [f"## {_escape(first[1:])}"]
    if len(block) > 1 and _heading_like(first) and _shorter_than_text(first, block[1:]) and not _BULLET.match(first):
        return [f"## {_heading_text(first)}", *_convert(block[1:])]
    if len(block) == 1 and _heading_like(first) and not _BULLET.match(first):
        return [f"## {_heading_text(first)}"]
    bullet = next((i for i, line in enumerate(block) if _BULLET.match(line)), None)
    if bullet is not None and (bullet == 0 or _BULLET.match(block[bullet + 1] if bullet + 1 < len(block) else "")):
        head = [_escape(_joined(block[:bullet]))] if bullet else []
        return [*head, _list(block[bullet:])]
    if all(line.startswith(("    ", "  ")) for line in block) and block[0].startswith("    "):
        return [_quote(_joined(block))]
    text = _joined(block)
    if text.startswith(_QUOTE_OPEN) and not _mid_quote(text):
        return [_quote(text)]
    if _CAPTION.match(text):
        return [f"*{_escape(text.strip('()[]'))}*"]
    return [_escape(text)]


def _heading_like(line: str) -> bool:
    words = line.split()
    if not line or len(line) > HEADING_MAX or len(words) > HEADING_WORDS or line.endswith(_CLOSING_PUNCT):
        return False
    if _CAPTION.match(line) or line.startswith(_QUOTE_OPEN) or line.lower().startswith("by "):
        return False
    return line[0].isupper() or line[0].isdigit()


def _shorter_than_text(first: str, rest: list[str]) -> bool:
    """A wrapped paragraph's first line is about as long as its others; a subheading is shorter."""
    longest = max(len(line.strip()) for line in rest)
    return len(first) < 0.75 * longest


def _heading_text(line: str) -> str:
    text = line.rstrip(" :")
    if text.isupper() and len(text) > 3:  # ALL CAPS: sentence case (an acronym alone stays)
        text = text[0] + text[1:].lower() if " " in text else text
    return _escape(text)


def _mid_quote(text: str) -> bool:
    """A paragraph that only starts with a quotation and goes on well past it is prose, not a block
    quote; one that is mostly the quotation, with a short attribution after it, is a quote."""
    closing = max(text.rfind(c) for c in "\"”»’'")
    return len(text) - closing > 90


def _joined(block: list[str]) -> str:
    return " ".join(line.strip() for line in block)


def _list(block: list[str]) -> str:
    items: list[str] = []
    for line in block:
        if _BULLET.match(line):
            ordered = _ORDERED.match(line)
            marker = f"{ordered.group(1)}." if ordered else "-"
            items.append(f"{marker} {_escape(_BULLET.sub('', line, count=1).strip())}")
        elif items:
            items[-1] += " " + _escape(line.strip())
    return "\n".join(items)


def _quote(text: str) -> str:
    return "> " + _escape(text.strip())


def _escape(text: str) -> str:
    """Plain text that Markdown shows as written: no raw HTML, links, images, code, tables, headings,
    lists or footnote references (`*` and `_` stay emphasis, as plain text often means them)."""
    return line_start(escape(text, emphasis=False))
