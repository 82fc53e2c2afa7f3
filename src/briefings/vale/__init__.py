"""Vale styles for briefings: `check(project, briefings)` is the one entry point.

With a `vale` binary on PATH the real Vale lints the batch (one process, `--output=JSON`);
otherwise the built-in engine applies the same YAML rules. `BRIEFINGS_VALE=builtin|binary|auto`
(or `vale = "..."` under `[tool.briefings]`) forces a path; the default is auto.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from briefings.errors import ConfigError

if TYPE_CHECKING:
    from pathlib import Path

    from briefings.config import Project
    from briefings.findings import Finding
    from briefings.library import Briefing

MODES = ("auto", "builtin", "binary")


def mode(project: Project) -> str:
    """The engine to use: the BRIEFINGS_VALE variable, else the setting, else auto."""
    value = os.environ.get("BRIEFINGS_VALE") or project.settings.get("vale", "auto")
    if value not in MODES:
        raise ConfigError(f"vale mode '{value}' is not one of {', '.join(MODES)}",
                          hint="set BRIEFINGS_VALE or `vale` under [tool.briefings] to auto, builtin or binary")
    return str(value)


def check(project: Project, briefings: list[Briefing]) -> list[Finding]:
    """Vale findings for the briefings (path = briefing.label, 1-based file lines)."""
    from briefings.tools import vale as vale_tool
    from briefings.vale.settings import find_config

    config = find_config(project.root)
    if config is None or not briefings:
        return []  # the library has no Vale configuration: nothing to apply
    chosen = mode(project)
    if chosen == "binary" or (chosen == "auto" and vale_tool.executable()):
        return _with_binary(project, briefings, config)
    return _with_engine(project, briefings, config)


def skipped(project: Project) -> list[tuple[str, str]]:
    """(warning, hint) for each enabled rule the built-in engine skips; none when Vale itself runs."""
    from briefings.tools import vale as vale_tool
    from briefings.vale.settings import find_config, load_config
    from briefings.vale.styles import skipped_rules

    config = find_config(project.root)
    chosen = mode(project)
    if config is None or chosen == "binary" or (chosen == "auto" and vale_tool.executable()):
        return []
    return [(exc.message, exc.hint) for exc in skipped_rules(load_config(config), project.root)]


def _with_binary(project: Project, briefings: list[Briefing], config: Path) -> list[Finding]:
    from briefings.tools import vale as vale_tool
    from briefings.vale.alerts import to_findings

    alerts = vale_tool.lint([b.path for b in briefings], config=config, cwd=project.root)
    return to_findings(alerts, briefings, project.root)


def _with_engine(project: Project, briefings: list[Briefing], config: Path) -> list[Finding]:
    from briefings import deadline
    from briefings.vale import engine
    from briefings.vale.settings import load_config
    from briefings.vale.styles import active_rules

    rules = active_rules(load_config(config), project.root)
    limits = project.settings.limits
    found: list[Finding] = []
    for briefing in briefings:
        seconds = deadline.parse_budget(limits, len(briefing.text))
        try:
            with deadline.within(seconds):
                found += engine.lint(briefing, rules)
        except deadline.OverBudget as exc:
            found.append(deadline.finding(briefing.label, exc.seconds, "the style check (Vale rules)",
                                          "parse_seconds_per_mb"))
    return found
