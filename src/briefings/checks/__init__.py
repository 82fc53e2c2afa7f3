"""The lint rules: one module per rule, each declared as data, listed in an explicit registry.

Each module defines `CHECK = Check(...)` with the rule id, its default severity, why it exists,
the function that finds problems, and examples that must flag and must pass (driving the tests).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefings.findings import Severity

if TYPE_CHECKING:
    from briefings.linting.document import Document


@dataclass(frozen=True)
class Edit:
    """A safe fix: insert a blank line before a body line, or indent body lines by some spaces."""

    line0: int
    end0: int = 0
    indent: int = 0  # 0: insert a blank line before line0


@dataclass(frozen=True)
class Hit:
    """One problem a check found, at 1-based file lines."""

    line: int
    message: str
    reason: str
    column: int = 1
    end_line: int = 0
    fix: Edit | None = None


@dataclass(frozen=True)
class Check:
    """One rule as data."""

    id: str
    severity: Severity
    summary: str
    run: Callable[[Document], Iterable[Hit]]
    must_flag: tuple[str, ...]
    must_pass: tuple[str, ...]


def registry() -> tuple[Check, ...]:
    """Every check, in report order."""
    from briefings.checks import (footnote_duplicate, footnote_empty, footnote_undefined, footnote_unused,
                                  html_comment, list_indent, list_spacing, raw_html, render_hazard,
                                  source_untitled, source_unused, table_spacing, template_text,
                                  unattributed_quote, unconverted_text, unsourced_assertion)

    modules = (unsourced_assertion, unattributed_quote, footnote_undefined, footnote_unused, footnote_empty,
               footnote_duplicate, source_untitled, source_unused, list_spacing, list_indent, table_spacing,
               render_hazard, raw_html, html_comment, template_text, unconverted_text)
    return tuple(m.CHECK for m in modules)


def summaries() -> dict[str, str]:
    """Rule id -> one-line description, for SARIF and --help."""
    return {c.id: c.summary for c in registry()}
