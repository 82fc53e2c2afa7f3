"""Sourcing and style lint (issue 3): `lint(library, targets)` is the one entry point.

Stub until the lint lands: it returns no findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefings.findings import Finding
from briefings.library import Library


@dataclass
class LintResult:
    """What one lint run found."""

    findings: list[Finding] = field(default_factory=list)
    suppressed: int = 0


def lint(library: Library, targets: list[Path] | None = None) -> LintResult:
    """Lint the given Markdown files (default: every page of the library)."""
    return LintResult()
