"""Suppression: `<!-- briefings: disable=RULE -->` ... `<!-- briefings: enable=RULE -->` in the text,
and a briefing's front-matter `lint: {disable: [RULE, ...]}`. Suppressed findings are counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefings.findings import Finding

# Names are trimmed in Python and stop at `<`: `\s*` around a lazy name run, or a run that crosses
# into the next comment, makes an unclosed comment (or many on one line) quadratic.
_COMMENT = re.compile(r"<!--\s*briefings:\s*(disable|enable)\s*=([^<>]*?)-->")
ALL = "all"


def ranges(text: str) -> dict[str, list[tuple[int, int]]]:
    """Rule id (or 'all') -> disabled 1-based file line ranges, inclusive."""
    open_at: dict[str, int] = {}
    result: dict[str, list[tuple[int, int]]] = {}
    if "briefings:" not in text:
        return result
    for number, line in enumerate(text.split("\n"), start=1):
        for action, names in _COMMENT.findall(line):
            for rule in (n.strip() for n in names.split(",") if n.strip()):
                if action == "disable":
                    open_at.setdefault(rule, number)
                elif rule in open_at:
                    result.setdefault(rule, []).append((open_at.pop(rule), number))
    for rule, start in open_at.items():
        result.setdefault(rule, []).append((start, 10**9))
    return result


def split(findings: Iterable[Finding], text: str, disabled: frozenset[str]) -> tuple[list[Finding], int]:
    """(findings kept, number suppressed) for one file."""
    spans = ranges(text)
    kept: list[Finding] = []
    suppressed = 0
    for finding in findings:
        if finding.rule in disabled or ALL in disabled or _inside(finding, spans):
            suppressed += 1
        else:
            kept.append(finding)
    return kept, suppressed


def _inside(finding: Finding, spans: dict[str, list[tuple[int, int]]]) -> bool:
    for key in (finding.rule, ALL):
        if any(a <= finding.line <= b for a, b in spans.get(key, ())):
            return True
    return False
