"""The three built-in rule types, with Vale's semantics: existence, substitution, occurrence.

Each check yields hits on a text that knows how to turn an offset into a file position (a prose
block, or several blocks joined by a separator containing \x00 that no match may cross).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import Protocol

from briefings.vale import patterns
from briefings.vale.rules import Rule

SEPARATOR = "\n\x00\n"  # between blocks scanned together (engine._Joined)
WORD_COUNT = {r"(?:[^\s]+)", r"(?:\S+)"}  # occurrence tokens that just count words: str.split() does it in C

Hit = tuple[tuple[int, int], tuple[int, int], str, str]  # start (line, col), end (line, col), message, reason


class Text(Protocol):
    """Prose to check: its text and the file position of an offset."""

    @property
    def text(self) -> str:
        """The (masked) text."""

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file."""


def counts_words(rule: Rule) -> bool:
    """An occurrence rule with only a maximum that counts words: str.split() can decide it."""
    return rule.extends == "occurrence" and not rule.min and rule.pattern.pattern in WORD_COUNT


def run(rule: Rule, block: Text) -> Iterator[Hit]:
    """The hits of one rule on one text."""
    if rule.extends == "existence":
        return _existence(rule, block)
    if rule.extends == "substitution":
        return _substitution(rule, block)
    return _occurrence(rule, block)


def _matches(rule: Rule, text: str) -> Iterator[re.Match[str]]:
    """The rule's matches; on lowercased text when the rule ignores case (same offsets)."""
    pattern, target = rule.pattern, text
    if rule.fast is not None:
        lowered = text.lower()
        if len(lowered) == len(text):
            pattern, target = rule.fast, lowered
    if SEPARATOR not in target:
        return pattern.finditer(target)
    return _per_block(pattern, target)


def _per_block(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches within each of several joined blocks, as if each were alone: Vale lints blocks one
    by one, so `^`, `$` and `\\W` see a block's edges, never the separator between two blocks."""
    start = 0
    while True:
        end = text.find(SEPARATOR, start)
        yield from pattern.finditer(text, start, len(text) if end < 0 else end)
        if end < 0:
            return
        start = end + len(SEPARATOR)


def _existence(rule: Rule, block: Text) -> Iterator[Hit]:
    for match in _matches(rule, block.text):
        start, end = match.span()
        observed = block.text[start:end]
        if start == end or "\x00" in observed or _excepted(rule, observed.strip(), block.text, start, end):
            continue
        reason = patterns.format_message(rule.description, observed) if rule.description else f"matched '{observed}'"
        yield block.position(start), block.position(end - 1), patterns.format_message(rule.message, observed), reason


def _substitution(rule: Rule, block: Text) -> Iterator[Hit]:
    for match in _matches(rule, block.text):
        group = match.lastindex
        if group is None:
            continue
        start, end = match.span(group)
        observed = block.text[start:end]
        if start == end or "\x00" in observed:
            continue
        expected = _expected(rule, group - 1, observed)
        if _conforms(expected, observed) or _excepted(rule, observed.strip(), block.text, start, end):
            continue
        message = patterns.format_message(rule.message, expected, observed)
        reason = patterns.format_message(rule.description, expected, observed) if rule.description \
            else f"matched '{observed}'"
        yield block.position(start), block.position(end - 1), message, reason


def _occurrence(rule: Rule, block: Text) -> Iterator[Hit]:
    if counts_words(rule) and len(block.text.split()) <= rule.max:
        return
    spans = [m.span() for m in rule.pattern.finditer(block.text)]
    count = len(spans)
    if (rule.max and count > rule.max) or (rule.min and count < rule.min):
        start, end = spans[0] if spans else (0, 1)
        reason = rule.description or f"matched '{block.text[start:end]}'"
        yield block.position(start), block.position(max(start, end - 1)), rule.message, reason


def _expected(rule: Rule, index: int, observed: str) -> str:
    expected = rule.replacements[index]
    if rule.capitalize and observed[:1].isupper():
        expected = expected[:1].upper() + expected[1:]
    if "$" in expected:
        expected = rule.key_patterns[index].sub(patterns.go_template(expected), observed)
    return expected


def _conforms(expected: str, observed: str) -> bool:
    """Vale's matchToken: the observed text already is (or matches) the replacement."""
    if patterns.is_phrase(expected):
        return expected == observed
    compiled = _full_pattern(expected)
    return compiled.fullmatch(observed) is not None if compiled else expected == observed


@lru_cache(maxsize=4096)
def _full_pattern(expected: str) -> re.Pattern[str] | None:
    try:
        return re.compile(f"(?:{expected})")
    except re.error:
        return None


def _excepted(rule: Rule, observed: str, text: str, start: int, end: int) -> bool:
    """Vale's exceptions: a word exception found in the match, or a phrase exception around it."""
    if rule.exceptions is not None and rule.exceptions.search(observed):
        return True
    if rule.phrases is None:
        return False
    lowered = text.lower()
    spans = _phrase_spans(rule.fast_phrases, lowered) if rule.fast_phrases is not None and \
        len(lowered) == len(text) else _phrase_spans(rule.phrases, text)
    i = bisect_right(spans, (start, sys.maxsize)) - 1  # the last phrase starting at or before `start`
    return i >= 0 and spans[i][1] >= end  # phrase matches never overlap: only that one can cover


@lru_cache(maxsize=64)
def _phrase_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]
