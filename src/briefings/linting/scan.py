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

from briefings.vale.patterns import sre_parse

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


class StartFirst:
    """A pattern of many alternatives, most anchored at the start (`^...`), searched with the same
    result as `pattern.search` at less cost: `re` tries every alternative at every position, and an
    anchored one fails at each but the first. So the whole pattern is tried at the start, and only
    the unanchored alternatives (`rest`, with an empty stand-in for each named group they lack)
    further on. Only named groups may be asked for by number or name: the unnamed ones of `rest`
    are numbered otherwise."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.rest = _unanchored(pattern)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """`pattern.search(text, pos)`."""
        if pos <= 0:  # a negative start is the start, as `re` reads it
            found = self.pattern.match(text)
            if found is not None or not text:
                return found
            pos = 1
        return self.rest.search(text, pos) if self.rest is not None else None


def _unanchored(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The alternatives of `pattern` not anchored at the start, as one pattern with every named group
    of `pattern` (None when every alternative is anchored)."""
    if pattern.flags & (re.MULTILINE | re.VERBOSE):
        raise ValueError("StartFirst needs a pattern without MULTILINE or VERBOSE: `^` must mean the start")
    branches = top_branches(pattern.pattern)
    flags = pattern.flags & ~re.UNICODE
    rest = [b for b in branches if not _anchored(sre_parse.parse(b, flags))]
    if not rest:
        return None
    compiled = re.compile("|".join(rest), flags)
    fillers = [f"(?P<{name}>(?!))" for name in pattern.groupindex if name not in compiled.groupindex]
    return re.compile("|".join(rest + fillers), flags) if fillers else compiled


def top_branches(source: str) -> list[str]:
    """The top-level alternatives of a regular expression's source."""
    branches: list[str] = []
    depth = start = i = 0
    in_class = False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 2 if source[i + 1 : i + 2] == "]" else 3 if source[i + 1 : i + 3] == "^]" else 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(source[start:i])
            start = i + 1
        i += 1
    branches.append(source[start:])
    return branches


def _anchored(parsed: object) -> bool:
    """Whether every match of a parsed pattern starts at the start of the text (`^`)."""
    items = list(parsed)  # type: ignore[call-overload]
    if not items:
        return False
    op, value = items[0]
    name = str(op)
    if name == "AT":
        return str(value) in ("AT_BEGINNING", "AT_BEGINNING_STRING")
    if name == "SUBPATTERN":
        return _anchored(value[-1])
    if name == "BRANCH":
        return all(_anchored(branch) for branch in value[1])
    return False
