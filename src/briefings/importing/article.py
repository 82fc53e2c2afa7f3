"""An imported article as Markdown parts: title, authors, summary and body.

Every format is converted to Markdown first; this module then takes out what belongs in the front
matter: the title (first level-1 heading), a byline ("By Jane Roe"), and an "About the Author"
section, whose names become `authors` and whose text leaves the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefings import frontmatter
from briefings.importing.names import names_in_bio, names_in_byline
from briefings.mdtext import one_line

SUMMARY_CHARS = 220
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")  # a closing `#` run follows a space: `C\#` stays
_BIO = re.compile(r"^(?:#{1,6}\s+)?[*_]{0,2}\s*about\s+the\s+authors?\s*[*_]{0,2}\s*:?\s*[*_]{0,2}\s*(.*)$",
                  re.IGNORECASE)
_BYLINE = re.compile(r"^[*_]{0,2}\s*by\s+(.+?)\s*[*_]{0,2}$", re.IGNORECASE)
_NOT_PROSE = re.compile(r"^\s*(?:[>#|!]|[-*+]\s|\d+[.)]\s|```|~~~|\[\^|<|\*[^*]+\*$|_[^_]+_$)")
_LINK = re.compile(r"(?<!\\)!?\[((?:\\.|[^\\\]])*)\]\([^)]*\)")  # not an escaped `\[x\](y)`: that is text
_MARKS = re.compile(r"(?<!\\)[*_`]+|\\(?=[\\`*_{}\[\]()#+\-.!<>])")


@dataclass
class Article:
    """What an import found; `body` is Markdown without the title heading."""

    title: str
    body: str
    summary: str = ""
    authors: list[str] = field(default_factory=list)
    fmt: str = "markdown"
    bio: str = ""  # the "About the Author" text that left the body


def from_markdown(text: str, *, fallback_title: str, fmt: str = "markdown") -> Article:
    """Split Markdown into title, byline authors, bio authors, summary and body."""
    meta, text = _front_matter(text)
    blocks = _blocks(text)
    title = str(meta.get("title") or "") or _take_title(blocks) or fallback_title
    if meta.get("title"):
        _take_title(blocks)
    byline = _take_byline(blocks)
    bio = _take_bio(blocks)
    authors = _authors(meta) or names_in_bio(bio) or byline
    _demote_headings(blocks)
    body = "\n\n".join(blocks).strip()
    summary = str(meta.get("summary") or "") or summary_of(blocks)
    return Article(title=_plain(title), body=body, summary=summary, authors=authors, fmt=fmt, bio=bio)


def _front_matter(text: str) -> tuple[dict[str, object], str]:
    yaml_text, body, _ = frontmatter.split(text)
    if yaml_text is None:
        return {}, text
    try:
        data = frontmatter.parse(text, "import").data
    except Exception:  # noqa: BLE001 - an article's broken header is dropped, not fatal
        data = {}
    return data, body


def _blocks(text: str) -> list[str]:
    """Blank-line separated blocks; a fenced code block stays one block."""
    blocks: list[str] = []
    current: list[str] = []
    fence = ""
    for line in text.split("\n"):
        stripped = line.strip()
        if fence:
            current.append(line)
            fence = "" if stripped.startswith(fence) else fence
            continue
        if stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
        if not stripped and not fence:
            if current:
                blocks.append("\n".join(current).rstrip())
            current = []
        else:
            current.append(line.rstrip())
    if current:
        blocks.append("\n".join(current).rstrip())
    return blocks


def _take_title(blocks: list[str]) -> str:
    for index, block in enumerate(blocks):
        match = _HEADING.match(block.split("\n", 1)[0])
        if match and len(match.group(1)) == 1:
            rest = block.split("\n", 1)[1:]
            blocks[index:index + 1] = rest
            return match.group(2)
    return ""


def _take_byline(blocks: list[str]) -> list[str]:
    """A "By Jane Roe" line among the first blocks: its names, and the line leaves the body."""
    for index, block in enumerate(blocks[:4]):
        first, _, rest = block.partition("\n")
        match = _BYLINE.match(first.strip())
        if match and "\n" not in match.group(1):
            names = names_in_byline(_plain(match.group(1)))
            if names:
                blocks[index:index + 1] = [rest] if rest.strip() else []
                return names
    return []


def _take_bio(blocks: list[str]) -> str:
    """An "About the Author(s)" heading or line and the paragraphs under it, up to the next heading."""
    for index, block in enumerate(blocks):
        first, _, rest = block.partition("\n")
        match = _BIO.match(first.strip())
        if not match:
            continue
        level = len(_HEADING.match(first).group(1)) if _HEADING.match(first) else 7  # type: ignore[union-attr]
        end = index + 1
        while end < len(blocks) and not _ends_bio(blocks[end], level):
            end += 1
        parts = [match.group(1), rest, *blocks[index + 1:end]]
        del blocks[index:end]
        return "\n\n".join(_plain(p) for p in parts if p.strip())
    return ""


def _ends_bio(block: str, level: int) -> bool:
    match = _HEADING.match(block.split("\n", 1)[0])
    return bool(match) and len(match.group(1)) <= max(level, 2)  # type: ignore[union-attr]


def _authors(meta: dict[str, object]) -> list[str]:
    value = meta.get("authors") or meta.get("author")
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if v]
    return []


def _demote_headings(blocks: list[str]) -> None:
    """The title is the page's only level-1 heading: other level-1 headings become level 2."""
    for index, block in enumerate(blocks):
        if block.startswith("# "):
            blocks[index] = "#" + block


def summary_of(blocks: list[str]) -> str:
    """The opening paragraph's first sentences as plain text, at most about SUMMARY_CHARS."""
    from briefings.linting.sentences import split

    paragraph = next((b for b in blocks if not _NOT_PROSE.match(b) and len(_plain(b)) > 20), "")
    text = _plain(paragraph)
    summary = ""
    for _, sentence in split(text):
        if summary and len(summary) + len(sentence) + 1 > SUMMARY_CHARS:
            break
        summary = f"{summary} {sentence}".strip()
    if len(summary) > SUMMARY_CHARS:
        summary = summary[:SUMMARY_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return summary


def _plain(markdown: str) -> str:
    """Markdown inline text as plain text: links as their text, no emphasis marks or escapes."""
    from html import unescape

    text = _LINK.sub(r"\1", markdown)
    text = re.sub(r"(?<!\\)\[\^[^\]]*\]", "", text)  # a footnote reference; an escaped `\[^1]` is text
    return one_line(unescape(_MARKS.sub("", text)))  # control and bidirectional characters dropped
