"""Split block text into sentences, keeping each sentence's offset (for its line) and citations."""

from __future__ import annotations

import re
from collections.abc import Iterator

CITE = "\x01"  # stands in the block text where a citation (footnote or external link) sits

# A sentence ends at . ! ? ; before a capital, taking along a citation that follows it, also one in
# brackets: "... accounts. ([report](https://...))" belongs to "... accounts."
_END = re.compile(r"[.!?;][\"”’')\]*_]*(?:\s*\([^()\n]{0,80}?" + CITE + r"\))?" + CITE
                  + r"*(?=\s+[\"“'(*_]*[A-Z0-9])|" + CITE + r"+\)?(?=\s+[A-Z])")
# A period after these words does not end a sentence ("U.S. President", "Mr. Smith", "No. 5").
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|"
                           r"Lt|Col|Capt|Inc|Ltd|Co|Corp|No|Nos|vol|pp|p|e\.g|i\.e|etc|vs|cf|approx|Art|Sec|Fig))$")
# The longest abbreviation above is a few letters, or initials like "U.S.A": only this many
# characters before a period can decide it, so each check looks at a bounded window (no rescans).
_WINDOW = 40


def split(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pairs; the citation marker stays with the sentence it follows."""
    start = 0
    for match in _END.finditer(text):
        if match.group(0)[0] == "." and _abbreviated(text, match.start()):
            continue
        end = match.end()
        if text[start:end].strip():
            yield _trimmed(text, start, end)
        start = end
    if text[start:].strip():
        yield _trimmed(text, start, len(text))


def _abbreviated(text: str, end: int) -> bool:
    """True when the word ending at `end` (before a period) is an abbreviation or an initial."""
    return _ABBREVIATION.search(text, max(0, end - _WINDOW), end) is not None  # `\b` sees the text before


def _trimmed(text: str, start: int, end: int) -> tuple[int, str]:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    return start + lead, chunk.strip()
