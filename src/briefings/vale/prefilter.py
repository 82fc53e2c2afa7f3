"""A word-level prefilter: which rules could match a block at all, decided at C speed.

Most rule tokens describe a small finite set of phrases ("it is certain", "fascists?"). Every
such phrase needs all its words in the block, one after the other (a whole-word match of "some
officials say" is the words `some`, `officials`, `say` in a row, whatever the punctuation around
them), so a block whose words or word pairs lack them is skipped without running the rule's
regex, and the phrase itself is searched for only when they are all there. An open-ended token
(`one official \\w+`) is screened the same way by the whole words it begins with. This is exact:
a rule is only ever skipped when it cannot match. Rules whose tokens are open-ended from their
first word (`\\w+gate`), `raw` or `nonword` always run or are screened by a plain substring.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from briefings.vale.patterns import sre_parse as _sre_parse
from briefings.vale.rules import Rule

_WORD = re.compile(r"\w+")
_PUNCTUATION = string.punctuation.replace("_", "") + "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb\u2022\u00b7\u00a0"
_SPACES = str.maketrans({c: " " for c in _PUNCTUATION})
_LIMIT = 4096  # phrases per token; beyond that the rule simply always runs
_COMMON = {"it", "is", "was", "are", "were", "be", "been", "has", "have", "had", "the", "a", "an", "of", "to",
           "in", "on", "and", "or", "not", "that", "this", "as", "by", "for", "with", "some", "many", "most",
           "said", "say", "says", "there", "no", "any", "all", "can", "may", "might", "could", "one"}


@dataclass
class Prefilter:
    """Anchor words -> (rule index, words and word pairs that must all be present, the phrase);
    plus rules that always run."""

    anchors: dict[str, list[tuple[int, frozenset[str], frozenset[tuple[str, str]], str]]] = field(
        default_factory=dict)
    substrings: list[tuple[int, str]] = field(default_factory=list)  # (rule, lowercase text it needs)
    always: set[int] = field(default_factory=set)

    def needles(self, text: str) -> dict[int, list[str]]:
        """For each rule that could match in `text`, the phrases (or beginnings) found there."""
        lowered = text.lower()
        sequence = word_list(lowered)
        words = set(sequence)
        pairs: set[tuple[str, str]] | None = None  # made only when a phrase of several words needs it
        found: dict[int, list[str]] = {}
        for word in words.intersection(self.anchors):
            for index, needed, needed_pairs, phrase in self.anchors[word]:
                if not needed <= words:
                    continue
                if needed_pairs:
                    pairs = set(zip(sequence, sequence[1:])) if pairs is None else pairs
                    if not needed_pairs <= pairs:
                        continue
                if phrase in lowered:
                    found.setdefault(index, []).append(phrase)
        for index, needed_text in self.substrings:
            if needed_text in lowered:
                found.setdefault(index, []).append(needed_text)
        return found

    def candidates(self, text: str) -> set[int]:
        """Indexes of the rules that could match somewhere in `text`."""
        return self.always | set(self.needles(text))


def word_list(lowered: str) -> list[str]:
    """The `\\w+` words of a lowercased text in order: punctuation to spaces, then one C-level split."""
    words = lowered.translate(_SPACES).split()
    if all(map(str.isalnum, words)):
        return words
    return _WORD.findall(lowered)  # rare punctuation (or `_`) left: let the regex decide


def build(rules: Sequence[Rule]) -> Prefilter:
    """The prefilter for a list of rules (indexes refer to that list)."""
    result = Prefilter()
    for index, rule in enumerate(rules):
        if rule.extends == "occurrence" or rule.raw or not rule.terms:
            result.always.add(index)
            continue
        needs = [_needs(term, whole_words=not rule.nonword) for term in rule.terms]
        if any(n is None for n in needs):
            result.always.add(index)
            continue
        for phrases, texts in (n for n in needs if n is not None):
            for phrase in phrases:
                _anchor(result, index, _WORD.findall(phrase), phrase)
            for text in texts:
                whole = _whole_words(text) if not rule.nonword else []
                if whole:
                    _anchor(result, index, whole, text)
                else:
                    result.substrings.append((index, text))
    return result


def _anchor(result: Prefilter, index: int, sequence: list[str], text: str) -> None:
    """File `text` (a phrase, or a beginning) under its rarest word, with the words and word pairs
    any whole-word match needs."""
    words = frozenset(sequence)
    anchor = max(words, key=lambda w: (w not in _COMMON, len(w), w))
    pairs = frozenset(zip(sequence, sequence[1:]))
    result.anchors.setdefault(anchor, []).append((index, words, pairs, text))


def _whole_words(start: str) -> list[str]:
    """The words a whole-word match beginning with `start` has in full, in order: all of its
    `\\w+` runs but a last one that the match may go on (`one official ` gives `one`, `official`;
    `pseudo` gives none, it may be the start of `pseudoscience`)."""
    runs = _WORD.findall(start)
    return runs[:-1] if runs and _WORD.match(start[-1]) else runs


def _needs(term: str, *, whole_words: bool) -> tuple[list[str], list[str]] | None:
    """What any match of `term` must contain: one of the (lowercased) phrases it can match, each
    checked by its words first, or (for an open-ended term such as `pseudo-?[a-z]+`) one of the
    texts it starts with."""
    parsed = list(_sre_parse.parse(term, re.I))
    phrases = expand(parsed)
    if phrases is not None and whole_words:
        lowered = [p.lower() for p in phrases]
        return (lowered, []) if all(_WORD.search(p) and "*" not in p for p in lowered) else None
    for stop in range(len(parsed), 0, -1):  # the longest finite beginning
        starts = expand(parsed[:stop])
        if starts is not None:
            usable = all(len(s.strip()) >= 3 and _WORD.search(s) and "*" not in s for s in starts)
            return ([], [s.lower() for s in starts]) if usable else None
    return None


def expand(parsed: Any) -> list[str] | None:
    """The finite language of a parsed pattern (zero-width assertions dropped), or None."""
    results = [""]
    for op, arg in parsed:
        options = _options(str(op), arg)
        if options is None:
            return None
        results = [r + o for r in results for o in options]
        if len(results) > _LIMIT:
            return None
    return results


def _options(name: str, arg: Any) -> list[str] | None:
    if name == "LITERAL":
        return [chr(arg)]
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return [""]  # zero width: dropping it only widens the set
    if name == "SUBPATTERN":
        return expand(arg[-1])
    if name == "BRANCH":
        branches = [expand(b) for b in arg[1]]
        return None if any(b is None for b in branches) else [s for b in branches for s in b or []]
    if name == "IN":
        return _class(arg)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low: int = arg[0]
        high: int = arg[1]
        inner = expand(arg[2])
        if inner is None or high > 3:
            return None
        out = [""] if low == 0 else []
        for count in range(max(low, 1), high + 1):
            out += ["".join(parts) for parts in _product(inner, count)]
        return out
    return None


def _class(items: Any) -> list[str] | None:
    chars: list[str] = []
    for op, value in items:
        if str(op) == "LITERAL":
            chars.append(chr(value))
        elif str(op) == "RANGE" and value[1] - value[0] < 26:
            chars += [chr(c) for c in range(value[0], value[1] + 1)]
        else:
            return None  # negated or category classes are open-ended
    return chars


def _product(options: list[str], count: int) -> list[list[str]]:
    combos: list[list[str]] = [[]]
    for _ in range(count):
        combos = [c + [o] for c in combos for o in options]
    return combos
