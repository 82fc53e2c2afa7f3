"""Sentence boundaries, for Vale's `sentence` scope.

A sentence ends at `.`, `!` or `?` (closing quotes and brackets included) before whitespace and a
capital or digit, except after a common abbreviation ("U.S.", "e.g.", "Mr.") or an initial ("J.").
Vale's own segmenter differs in rare cases; both only ever split plain paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SENTENCE_END = re.compile(r"[.!?]+[\"')\]’”]*\s+(?=[\"'(\[‘“]?[A-Z0-9])")
_ABBREVIATIONS = {"e.g.", "i.e.", "mr.", "mrs.", "ms.", "dr.", "st.", "vs.", "etc.", "no.", "jr.", "sr.",
                  "prof.", "gen.", "col.", "lt.", "sen.", "rep.", "gov.", "jan.", "feb.", "aug.", "sept.",
                  "oct.", "nov.", "dec.", "inc.", "ltd.", "co.", "corp.", "u.s.", "u.k.", "u.n.", "cf.", "al."}


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence: split after . ! ? before a capital, not after an abbreviation."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        # the word the mark ends (at most 40 characters back, not before this sentence)
        word = text[max(start, match.start() - 40):match.start() + 1].split()[-1].lower().lstrip("(\"'")
        if word in _ABBREVIATIONS or (len(word) == 2 and word[0].isalpha()):  # "J." initials
            continue
        if text[start : match.start()].strip():
            yield start, match.end()
        start = match.end()
    if text[start:].strip():
        yield start, len(text)
