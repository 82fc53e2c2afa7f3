"""Regex scans that skip a text lacking every word a match needs: most sentences skip most scans.

A `Scan` pairs a pattern with its keys, lower-case strings one of which every match holds. A
text that holds none of them, in any case, cannot match, and the pattern is not run: a few
substring tests cost less than a scan with a long case-insensitive alternation. The keys stand
beside their pattern; tests/linting/test_scan.py checks them on examples of every alternative.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# re's IGNORECASE also matches "İ" and "ı" to "i" and "ſ" to "s", which lower() keeps apart (a test
# reads all of Unicode): in a text without them, whatever a case-insensitive scan finds, lower-cased,
# is in text.lower().
ODD_CASE = ("İ", "ı", "ſ")


def may_hold(text: str, keys: tuple[str, ...]) -> bool:
    """False only when `text` holds none of the lower-case `keys` in any case."""
    if not text.isascii() and any(c in text for c in ODD_CASE):
        return True
    return any(map(text.lower().__contains__, keys))


@dataclass(frozen=True)
class Scan:
    """A compiled pattern and its keys, one of which is in every match."""

    pattern: re.Pattern[str]
    keys: tuple[str, ...]

    def search(self, text: str) -> re.Match[str] | None:
        """`pattern.search(text)`, run only when a key is there."""
        return self.pattern.search(text) if may_hold(text, self.keys) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`, run only when a key is there."""
        return self.pattern.finditer(text) if may_hold(text, self.keys) else iter(())

    def sub(self, replacement: str, text: str) -> str:
        """`pattern.sub(replacement, text)`, run only when a key is there."""
        return self.pattern.sub(replacement, text) if may_hold(text, self.keys) else text
