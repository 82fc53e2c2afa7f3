"""Blank out what Vale does not lint inside a paragraph, keeping every offset.

Code spans become `*` (as Vale does); link targets, footnote markers, autolinks, bare URLs,
inline HTML and comments become spaces; emphasis underscores become spaces so that `_word_` is a
whole word. Every scan is linear: no pattern here can backtrack across the text.
"""

from __future__ import annotations

import re

from briefings.codespans import code_spans
from briefings.site.sanitize import COMMENT, COMMENT_ENDS

_BACKTICKS = re.compile(r"`+")
_SIMPLE_CODE = re.compile(r"`[^`]*`")
_COMMENT_OPEN = "<!--"
_LINK_TARGET = re.compile(r"\]\(\s*(?:<[^<>\n]*>|(?:[^\s()\\]|\\.|\([^\s()\\]*\))*)"
                          r"(?:\s+(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|\([^()\n]{0,300}\)))?\s*\)")
# (cheap substring triggers, pattern): a pattern runs only when one of its triggers occurs
_MASKS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("](",), _LINK_TARGET),  # inline link or image target: ](url "title")
    (("][",), re.compile(r"\]\[[^\[\]\n]*\]")),  # reference link label: ][label]
    (("[^",), re.compile(r"\[\^[^\[\]\s]+\]")),  # footnote reference: [^id]
    (("<",), re.compile(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>@]+>")),  # autolinks
    (("<",), re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")),  # inline HTML tags
    (("://", "www."), re.compile(r"(?<![\w@])(?:https?://|ftp://|www\.)[^\s<>]*[^\s<>?!.,:;*_~)\]'\"]")),  # bare URLs
    (("_",), re.compile(r"(?<!\w)_+|_+(?!\w)")),  # emphasis underscores (snake_case stays a word)
)


def _blank(text: str, mark: str = " ") -> str:
    if "\n" not in text:
        return mark * len(text)
    return "\n".join(mark * len(part) for part in text.split("\n"))


def _blank_match(match: re.Match[str]) -> str:
    return _blank(match.group())


def _code_match(match: re.Match[str]) -> str:
    return _blank(match.group(), "*")


def mask_inline(text: str) -> str:
    """`text` with code, URLs, link targets, HTML and markers blanked; same length."""
    if "`" in text:
        simple = "``" not in text and "\\`" not in text  # single backticks pair up in order
        text = _SIMPLE_CODE.sub(_code_match, text) if simple else _mask_code(text)
    if "<" in text and _COMMENT_OPEN in text:
        text = _mask_comments(text)
    for triggers, pattern in _MASKS:
        for trigger in triggers:
            if trigger in text:
                text = pattern.sub(_blank_match, text)
                break
    return text


def _mask_code(text: str) -> str:
    """Pair backtick runs of equal length, as CommonMark does, in one pass (`codespans.code_spans`)."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text) if not _escaped(text, m.start())]
    parts, last = [], 0
    for start, end in code_spans(runs):
        parts += [text[last:start], _blank(text[start:end], "*")]
        last = end
    return "".join(parts) + text[last:]


def _escaped(text: str, at: int) -> bool:
    slashes = 0
    while at - slashes - 1 >= 0 and text[at - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2 == 1


def _mask_comments(text: str) -> str:
    """Comments as HTML reads them (`<!-->` ends at once, `--!>` ends one); an unclosed one is text."""
    parts, last = [], 0
    for comment in COMMENT.finditer(text):
        if not comment.group().endswith(COMMENT_ENDS):
            break  # runs to the end: never a comment in a paragraph
        parts += [text[last : comment.start()], _blank(comment.group())]
        last = comment.end()
    return "".join(parts) + text[last:]
