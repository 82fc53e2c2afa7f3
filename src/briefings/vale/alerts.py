"""Vale's JSON alerts turned into our Findings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefings.findings import Finding, Severity

if TYPE_CHECKING:
    from briefings.library import Briefing

SEVERITY = {"suggestion": Severity.INFO, "warning": Severity.WARNING, "error": Severity.ERROR}


def to_findings(alerts: dict[str, list[dict[str, Any]]], briefings: list[Briefing], cwd: Path) -> list[Finding]:
    """Map each alert to a Finding on the briefing it belongs to (path = briefing.label)."""
    by_path = {b.path.resolve(): b for b in briefings}
    found: list[Finding] = []
    for name, items in alerts.items():
        briefing = by_path.get((cwd / name).resolve())
        if briefing is None:
            continue
        found += [_finding(briefing, alert) for alert in items]
    return sorted(found)


def _finding(briefing: Briefing, alert: dict[str, Any]) -> Finding:
    span = alert.get("Span") or [1, 1]
    match = str(alert.get("Match", ""))
    reason = str(alert.get("Description") or "") or f"matched '{match}'"
    return Finding(path=briefing.label, line=int(alert.get("Line", 1)), column=int(span[0]),
                   rule=str(alert.get("Check", "Vale")), severity=SEVERITY.get(str(alert.get("Severity")), Severity.INFO),
                   message=str(alert.get("Message", "")), reason=reason)
