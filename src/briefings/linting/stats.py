"""`--stats`: a table of sourcing coverage per briefing."""

from __future__ import annotations

from briefings.linting.runner import Coverage


def table(coverage: dict[str, Coverage]) -> str:
    """Assertions found, sourced and unsourced per briefing (pages without assertions left out)."""
    rows = [(label, c) for label, c in sorted(coverage.items()) if c.assertions]
    total = Coverage(sum(c.assertions for _, c in rows), sum(c.sourced for _, c in rows))
    width = max([len(label) for label, _ in rows] + [len("total")])
    lines = ["", "sourcing coverage", f"  {'briefing':<{width}}  assertions  sourced  unsourced  coverage"]
    for label, c in [*rows, ("total", total)]:
        share = f"{100 * c.sourced / c.assertions:.0f}%" if c.assertions else "-"
        lines.append(f"  {label:<{width}}  {c.assertions:>10}  {c.sourced:>7}  {c.unsourced:>9}  {share:>8}")
    return "\n".join(lines)
