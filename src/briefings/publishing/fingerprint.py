"""Text reduced to the word sequence the leak scan compares (`words`), and how many words a
sequence counts for (`length`).

A word is a run of letters and digits after entities are decoded and each character is
compatibility-decomposed and case-folded, with accents and invisible characters dropped: `café`
in NFC or NFD, full-width letters, `Ky&shy;iv` and a zero-width space compare equal. Markup,
punctuation and white space of any kind end a word.

Scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao, Khmer, Burmese)
have no such runs: each of their letters is a word of its own, composed (NFKC) but not folded
further, so that the marks which tell their words apart stay (ガス is not カス, ข้าว is not ขาว).
For the length of a fragment such a letter counts for less than a word (WEIGHTS): a Chinese
word is about two characters, a word in the other scripts about four, and a mark counts for none.
"""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from functools import cache

# (first, last, weight) of each script written without spaces; punctuation in them separates words
_SCRIPTS = ((0x0E00, 0x0E7F, 0.25), (0x0E80, 0x0EFF, 0.25), (0x1000, 0x109F, 0.25), (0x1780, 0x17FF, 0.25),
            (0x3040, 0x30FF, 0.25), (0x3400, 0x4DBF, 0.4), (0x4E00, 0x9FFF, 0.4), (0xF900, 0xFAFF, 0.4))
WEIGHTS = {chr(c): 0.0 if unicodedata.category(chr(c)).startswith("M") else weight
           for first, last, weight in _SCRIPTS for c in range(first, last + 1)
           if unicodedata.category(chr(c))[0] in "LMN"}


def _ranges(chars: list[str]) -> str:
    """A character class body for these characters (sorted), as ranges."""
    codes = sorted(map(ord, chars))
    parts, start, prev = [], codes[0], codes[0]
    for code in [*codes[1:], -1]:
        if code != prev + 1:
            parts.append(re.escape(chr(start)) + (f"-{re.escape(chr(prev))}" if prev > start else ""))
            start = code
        prev = code
    return "".join(parts)


_LETTERS = _ranges(list(WEIGHTS))  # letters, marks and digits of those scripts: a word each
_SCRIPT = "".join(f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last, _ in _SCRIPTS)
_WORD = re.compile(f"[{_LETTERS}]|[^\\W{_SCRIPT}]+")
_PLAIN_WORD = re.compile(r"\w+")  # the same words where there is no such character
_UNSPACED = re.compile(f"[{_SCRIPT}\uff65-\uff9f]")  # half-width katakana too: NFKC makes them full-width


def words(text: str) -> tuple[str, ...]:
    """The word sequence of a text (see the module's description)."""
    text = html.unescape(text)
    if text.isascii():
        return tuple(_PLAIN_WORD.findall(text.lower()))
    unspaced = _UNSPACED.search(text) is not None
    if unspaced:
        text = unicodedata.normalize("NFKC", text)
    changed = {c: f for c in set(text) if not c.isascii() and (f := _folded(c)) != c}  # a few per page
    if changed:
        text = re.sub("[" + "".join(map(re.escape, changed)) + "]", lambda m: changed[m.group()], text)
    text = text.lower()
    if not unspaced:
        return tuple(_PLAIN_WORD.findall(text))
    return tuple(map(sys.intern, _WORD.findall(text)))  # one string for each letter however often it is used


def length(seq: tuple[str, ...]) -> float:
    """How many words a sequence counts for: a letter of a script without spaces counts its WEIGHTS."""
    return sum(WEIGHTS.get(word, 1.0) if len(word) == 1 else 1.0 for word in seq)


@cache
def _folded(char: str) -> str:
    """One character as `words` compares it: NFKD, case-folded, without combining marks (the accent
    of a decomposed letter, which NFKD puts after it in any order) and format characters (zero-width
    spaces and joiners, soft hyphens, bidirectional marks, byte order marks); a letter or mark of a
    script without spaces as it is."""
    if char in WEIGHTS:
        return char
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", char).casefold())
    return "".join(c for c in folded if unicodedata.category(c) not in ("Mn", "Mc", "Me", "Cf"))
