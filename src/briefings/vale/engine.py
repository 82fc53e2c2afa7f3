"""The built-in engine: apply compiled Vale rules to a briefing's prose blocks.

A word-level prefilter picks the rules that could match each block, so a clean block costs one
word split instead of one regex scan per rule. Plain paragraphs are also linted as `paragraph`
and sentence by sentence, as Vale does, only for the rules that ask for those scopes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from briefings.findings import Finding, Severity
from briefings.vale import checks, comments, prefilter, prose, scope
from briefings.vale.sentences import sentences
from briefings.vale.rules import Rule

if TYPE_CHECKING:
    from briefings.library import Briefing

SEVERITY = {"suggestion": Severity.INFO, "warning": Severity.WARNING, "error": Severity.ERROR}
_GROUP_CHARS = 2000  # blocks scanned together: one regex run per rule per ~2,000 characters


def lint(briefing: Briefing, rules: Sequence[Rule]) -> list[Finding]:
    """Findings of every rule on one briefing, in file order."""
    rules = tuple(rules)
    screen = _prefilter(rules)
    # What the whole body could match (underscores read as spaces, as emphasis is masked), then
    # per group of blocks only a substring check of those phrases: one word split per briefing.
    needles = screen.needles(briefing.body.replace("_", " "))
    found: list[Finding] = []
    for group in _groups(prose.blocks(briefing)):
        joined = _Joined(group)
        lowered = joined.text.lower()
        present = {i for i, texts in needles.items() if any(t in lowered for t in texts)}
        for index in sorted(screen.always | present):
            rule = rules[index]
            direct = [b for b in group if scope.matches(rule.scope, b.scope)]
            if direct and rule.extends != "occurrence":
                text = joined if len(direct) == len(group) else _Joined(direct)
                found += [_finding(briefing, rule, *hit) for hit in checks.run(rule, text)]
            else:
                found += [_finding(briefing, rule, *hit) for b in direct for hit in checks.run(rule, b)]
            found += [_finding(briefing, rule, *hit) for b in group for view in _views(rule, b)
                      for hit in checks.run(rule, view)]
    raw_rules = [r for r in rules if scope.uses_raw(r.scope)]
    if raw_rules:
        raw = prose.raw_block(briefing)
        found += [_finding(briefing, r, *hit) for r in raw_rules if scope.matches(r.scope, raw.scope)
                  for hit in checks.run(r, raw)]
    return sorted(comments.keep(found, briefing.text))


def _groups(blocks: list[prose.Block]) -> Iterator[list[prose.Block]]:
    """Neighbouring blocks taken together, so that a rule scans ~2,000 characters at a time."""
    group: list[prose.Block] = []
    size = 0
    for block in blocks:
        group.append(block)
        size += len(block.text)
        if size >= _GROUP_CHARS:
            yield group
            group, size = [], 0
    if group:
        yield group


@lru_cache(maxsize=8)
def _prefilter(rules: tuple[Rule, ...]) -> prefilter.Prefilter:
    return prefilter.build(rules)


class _Joined:
    """Blocks joined by a separator that no match may cross: one regex scan for all of them."""

    SEPARATOR = checks.SEPARATOR  # matches are taken block by block within the joined text

    def __init__(self, blocks: list[prose.Block]) -> None:
        self.blocks = blocks
        self.text = self.SEPARATOR.join(b.text for b in blocks)
        self.offsets = [0]
        for block in blocks[:-1]:
            self.offsets.append(self.offsets[-1] + len(block.text) + len(self.SEPARATOR))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file."""
        i = bisect_right(self.offsets, offset) - 1
        return self.blocks[i].position(offset - self.offsets[i])


def _views(rule: Rule, block: prose.Block) -> Iterator[prose.Block]:
    """For a plain paragraph, its `paragraph` and sentence views (Vale lints those separately)."""
    if block.scope != "text.md":
        return
    if scope.matches(rule.scope, "paragraph.md"):
        yield block.part(0, len(block.text), "paragraph.md")
    if scope.matches(rule.scope, "sentence.md"):
        counting = checks.counts_words(rule)
        if counting and len(block.text.split()) <= rule.max:
            return  # no sentence can exceed a word limit that the whole paragraph keeps
        for start, end in sentences(block.text):
            if not counting or len(block.text[start:end].split()) > rule.max:
                yield block.part(start, end, "sentence.md")


def _finding(briefing: Briefing, rule: Rule, start: tuple[int, int], end: tuple[int, int],
             message: str, reason: str) -> Finding:
    return Finding(path=briefing.label, line=start[0], column=start[1], rule=rule.name,
                   severity=SEVERITY[rule.level], message=message, reason=reason, end_line=end[0])
