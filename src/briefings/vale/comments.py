"""Vale's in-text switches, honoured by the built-in engine as the binary honours them.

`<!-- vale off -->` ... `<!-- vale on -->` silences every rule; `<!-- vale Style.Rule = NO -->`
... `= YES` one rule; `<!-- vale Style = NO -->` ... `= YES` one style. A switch applies from its
line to the line of the matching switch back on (or the end of the file).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefings.findings import Finding

_SWITCH = re.compile(r"<!--\s*vale\s+([^>]*?)\s*-->")
_SETTING = re.compile(r"^([\w-]+(?:\.[\w-]+)?)\s*=\s*(YES|NO)$", re.IGNORECASE)
_EVERYTHING = "*"


def silenced(text: str) -> dict[str, list[tuple[int, int]]]:
    """Target ("*", "Style" or "Style.Rule") -> silenced 1-based line ranges, inclusive."""
    ranges: dict[str, list[tuple[int, int]]] = {}
    if "<!--" not in text or "vale" not in text:
        return ranges
    open_at: dict[str, int] = {}
    for match in _SWITCH.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        target, off = _parse(match.group(1))
        if target is None:
            continue
        if off:
            open_at.setdefault(target, line)
        elif target in open_at:
            ranges.setdefault(target, []).append((open_at.pop(target), line))
    for target, start in open_at.items():
        ranges.setdefault(target, []).append((start, 10**9))
    return ranges


def _parse(body: str) -> tuple[str | None, bool]:
    words = body.strip()
    if words.lower() in ("off", "on"):
        return _EVERYTHING, words.lower() == "off"
    setting = _SETTING.match(words)
    if setting is None:
        return None, False  # other switches (styles = ..., match lists) are not ours to judge
    return setting.group(1), setting.group(2).upper() == "NO"


def keep(findings: Iterable[Finding], text: str) -> list[Finding]:
    """The findings not silenced by a switch in the file."""
    ranges = silenced(text)
    if not ranges:
        return list(findings)
    return [f for f in findings if not _inside(f, ranges)]


def _inside(finding: Finding, ranges: dict[str, list[tuple[int, int]]]) -> bool:
    style = finding.rule.split(".", 1)[0]
    for target in (_EVERYTHING, style, finding.rule):
        if any(start <= finding.line <= end for start, end in ranges.get(target, ())):
            return True
    return False
