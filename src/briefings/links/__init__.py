"""Link graph and placeholders (issue 4): `check(library, ...)` is the one entry point.

Stub until the link checks land: it returns no findings.
"""

from __future__ import annotations

from briefings.findings import Finding
from briefings.library import Library


def check(library: Library, *, strict: bool = False, only: set[str] | None = None) -> list[Finding]:
    """Link and placeholder findings; `only` limits them to these docs-relative paths."""
    return []
