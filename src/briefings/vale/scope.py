"""Vale's scope selectors: `text`, `heading.h2`, `list`, `sentence`, `~heading`, `raw`, `a & b`."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1024)
def matches(rule_scopes: tuple[str, ...], block_scope: str) -> bool:
    """True when any of the rule's scopes selects a block of this scope (Vale 3 semantics)."""
    sections = set(block_scope.split("."))
    return any(_all_parts(scope, sections) for scope in rule_scopes)


def _all_parts(scope: str, sections: set[str]) -> bool:
    parts = [p.strip() for p in scope.split("&")]
    if all(p.startswith("~") for p in parts):
        parts.append("text")  # `~heading` means "text, but not headings": each block is linted once
    for part in parts:
        part = part.strip()
        negated = part.startswith("~")
        wanted = set(part.lstrip("~").split("."))
        inside = wanted <= sections
        if negated and (inside or "raw" in sections or "summary" in sections):
            return False  # a negated scope never applies to the sized scopes raw and summary
        if not negated and not inside:
            return False
    return True


def uses_raw(rule_scopes: tuple[str, ...]) -> bool:
    """Whether a rule wants the whole file (`raw`), which is built only on demand."""
    return any("raw" in scope.replace("&", ".").replace("~", "").replace(" ", "").split(".")
               for scope in rule_scopes)
