"""The human lint report, in the manner of Ruff: findings by file, then per-rule totals, the
counts, and how many findings `briefings lint --fix` repairs.

Rendered with rich (styles, and truncation by terminal cells, so wide characters never overflow
a line); without colour it is plain text with no escape codes at all.
"""

from __future__ import annotations

import io
from collections import Counter
from typing import TYPE_CHECKING

from rich.console import Console
from rich.control import strip_control_codes
from rich.text import Text

from briefings.findings import Finding, Severity
from briefings.terminal import shown as _shown

if TYPE_CHECKING:
    from briefings.report import Report

FIX_COMMAND = "briefings lint --fix"
_LEVEL_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render_human(report: Report) -> str:
    """Findings grouped by file with the offending line (unless `statistics`), then the totals."""
    lines: list[Text | tuple[Text, int]] = []
    if not report.statistics:
        lines += _findings(report)
    lines += _totals(report)
    if report.footer:
        lines += [Text(_shown(row)) for row in report.footer.split("\n")]
    return _to_string(lines, report.color, report.width, report.wrap)


def _findings(report: Report) -> list[Text | tuple[Text, int]]:
    """Finding lines; message and reason lines may wrap at the width with a hanging indent."""
    out: list[Text | tuple[Text, int]] = []
    current = None
    for finding in report.sorted():
        if finding.path != current:
            if current is not None:
                out.append(Text())
            current = finding.path
            out.append(Text(_shown(finding.path).replace("\n", "\ufffd"), style="bold"))
        out.append((_finding_line(finding), 8))
        if finding.reason:
            out.append((Text.assemble("      ", ("why:", "dim"), f" {_shown(finding.reason)}"), 11))
        source = _source_line(report, finding)
        if source:
            excerpt = Text.assemble(("      | ", "dim"), _shown(source))
            excerpt.truncate(report.width, overflow="ellipsis")
            out.append(excerpt)
    return out


def _finding_line(finding: Finding) -> Text:
    return Text.assemble(
        f"  {finding.line}:{finding.column}  ",
        (f"{finding.severity.value:<7}", _LEVEL_STYLE[finding.severity]),
        f"  {_shown(finding.message)}  ",
        (f"[{finding.rule}]", "dim"),
    )


def _source_line(report: Report, finding: Finding) -> str:
    lines = report.lines.get(finding.path)
    if not lines or not 0 < finding.line <= len(lines):
        return ""
    return lines[finding.line - 1].strip()


def _totals(report: Report) -> list[Text]:
    """Per-rule rows (count, rule, level, [*] when fixable, what the rule checks), then counts."""
    findings = report.findings
    out: list[Text] = [Text()] if findings and not report.statistics else []
    by_rule = Counter(f.rule for f in findings)
    worst = {rule: max((f.severity for f in findings if f.rule == rule), key=lambda s: s.rank)
             for rule in by_rule}
    width = max((len(rule) for rule in by_rule), default=0)
    described = report.rule_help or _known_rules()  # the hooks and the gate pass none
    for rule, count in sorted(by_rule.items(), key=lambda item: (-item[1], item[0])):
        mark = "[*]" if rule in report.fixable else "   "
        row = Text.assemble(f"{count:>5}  ", (f"{rule:<{width}}", "bold"), "  ",
                            (f"{worst[rule].value:<7}", _LEVEL_STYLE[worst[rule]]),
                            f"  {mark} {described.get(rule, '')}".rstrip())
        row.truncate(report.width, overflow="ellipsis")
        out.append(row)
    if by_rule:
        out.append(Text())
    out.append(_counts(report))
    fixable = sum(count for rule, count in by_rule.items() if rule in report.fixable)
    if fixable:
        out.append(Text.assemble("[*] ", (f"{fixable} fixable", "bold"), " with ", (f"`{FIX_COMMAND}`", "bold")))
    return out


def _known_rules() -> dict[str, str]:
    from briefings.report import known_rules

    return known_rules()


def _counts(report: Report) -> Text:
    from briefings.report import summary

    text = summary(report)
    if any(f.severity is Severity.ERROR for f in report.findings):
        return Text(text, style="bold red")
    return Text(text, style="bold yellow" if report.findings else "bold green")


def _to_string(lines: list[Text | tuple[Text, int]], color: bool, width: int, wrap: bool) -> str:
    if not color and not wrap:  # piped or a file: plain text, as rich would print it, without its per-line cost
        return "\n".join(_plain(item[0] if isinstance(item, tuple) else item) for item in lines).rstrip("\n")
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, color_system="standard" if color else None,
                      width=width, highlight=False, markup=False, emoji=False, no_color=False,
                      legacy_windows=False, soft_wrap=True)
    for item in lines:
        line, hang = item if isinstance(item, tuple) else (item, 0)
        if wrap and hang and line.cell_len > width:
            wrapped = line.wrap(console, width - hang)
            for index, part in enumerate(wrapped):
                part.rstrip()
                console.print(Text(" " * hang) + part if index else part, soft_wrap=True)
        else:
            console.print(line, soft_wrap=True)
    return buffer.getvalue().rstrip("\n")


def _plain(line: Text) -> str:
    """What rich prints for a line with no colour and no wrapping: control codes stripped, tabs expanded."""
    text = line.copy()
    text.expand_tabs(8)
    return strip_control_codes(text.plain)
