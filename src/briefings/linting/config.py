"""Lint settings: `[tool.briefings.lint]` in pyproject.toml, overridden by a briefing's `lint:`.

    [tool.briefings.lint]
    scope = "block"                      # or "sentence": one citation per asserting sentence
    opinion_blocks = ["analysis", "opinion"]
    [tool.briefings.lint.contexts]       # phrases that set what follows them (see linting/vocab.py)
    asserts = ["Findings"]               # kinds: asserts forecast recommends frames topics meta questions
    disable = ["Briefings.Hedges"]       # rules not run at all
    severity = { "unattributed-quote" = "warning", "Briefings.Puffery" = "off" }
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, NoReturn

from briefings.errors import ConfigError, InputError
from briefings.findings import Finding, Severity, from_input_error
from briefings.limits import DEFAULT, Limits

if TYPE_CHECKING:
    from briefings.library import Briefing

SCOPES = ("block", "sentence")
FRONT_KEYS = ("scope", "severity", "disable")  # what a briefing's `lint:` may override
LEVELS = ("error", "warning", "info", "off")
FRONT_RULE = "front-matter"  # the rule id of a bad `lint:` block (as of every front matter problem)
DEFAULT_OPINION_BLOCKS = frozenset({"analysis", "opinion", "commentary", "comment", "interpretation",
                                    "hypothesis", "theory"})


@dataclass(frozen=True)
class LintConfig:
    """Effective settings for one briefing."""

    scope: str = "block"
    opinion_blocks: frozenset[str] = DEFAULT_OPINION_BLOCKS
    disabled: frozenset[str] = frozenset()  # not run, not counted
    suppressed: frozenset[str] = frozenset()  # run, then counted as suppressed (front matter list)
    severity: dict[str, str] = field(default_factory=dict)
    limits: Limits = DEFAULT  # [tool.briefings.limits], for the render-hazard rule
    contexts: tuple[tuple[str, tuple[str, ...]], ...] = ()  # a library's own label/lead-in/heading phrases

    def level(self, rule: str, default: Severity) -> Severity | None:
        """The configured severity of a rule, None when it is off."""
        value = self.severity.get(rule)
        if value == "off" or rule in self.disabled:
            return None
        return Severity(value) if value else default

    def for_file(self, briefing: Briefing) -> LintConfig:
        """These settings with the briefing's `lint:` applied; InputError (file and line) when it is bad."""
        check_front(briefing)
        return self.for_briefing(briefing.meta)

    def checked_for(self, briefing: Briefing) -> tuple[LintConfig, Finding | None]:
        """These settings with the briefing's `lint:` applied, and a bad `lint:` as an error finding
        on that briefing; a bad block is ignored whole (it cannot switch off its own error), so the
        file is checked with the library's settings."""
        try:
            return self.for_file(briefing), None
        except InputError as exc:
            return self, replace(from_input_error(exc), rule=FRONT_RULE)

    def for_briefing(self, front: dict[str, Any]) -> LintConfig:
        """These settings with a briefing's front matter `lint:` applied; bad values are ignored
        here (`for_file` reports them)."""
        own = front.get("lint")
        if not isinstance(own, dict):
            return self
        scope = own.get("scope", self.scope)
        own_severity = own.get("severity")
        severity = {**self.severity, **{str(k): _level(v) for k, v in (own_severity or {}).items()
                                        if _level(v) in LEVELS}} if isinstance(own_severity, dict) else self.severity
        disable = own.get("disable") or []
        suppressed = self.suppressed | {str(r) for r in disable} if isinstance(disable, list) else self.suppressed
        return replace(self, scope=scope if scope in SCOPES else self.scope, severity=severity,
                       suppressed=frozenset(suppressed))


def check_front(briefing: Briefing) -> None:
    """Check a briefing's front matter `lint:` by the rules of `[tool.briefings.lint]`."""
    own = briefing.meta.get("lint")
    if own is None:
        return
    if not isinstance(own, dict):
        _bad_front(briefing, (), "must be a mapping", "e.g. lint: {disable: [unsourced-assertion]}")
    unknown = sorted(str(k) for k in own if k not in FRONT_KEYS)
    if unknown:
        _bad_front(briefing, (unknown[0],), f"has unknown key(s) {', '.join(unknown)}",
                   f"use {', '.join(FRONT_KEYS)}")
    if "scope" in own and own["scope"] not in SCOPES:
        _bad_front(briefing, ("scope",), f"scope is '{own['scope']}'", "use 'block' or 'sentence'")
    severity = own.get("severity", {})
    if not isinstance(severity, dict) or any(_level(v) not in LEVELS for v in severity.values()):
        _bad_front(briefing, ("severity",), f"severity must map rule ids to {', '.join(LEVELS)}",
                   "e.g. severity: {unattributed-quote: warning}")
    disable = own.get("disable", [])
    if not isinstance(disable, list) or not all(isinstance(v, str) for v in disable):
        _bad_front(briefing, ("disable",), "disable must be a list of rule ids", "e.g. disable: [unsourced-assertion]")


def _level(value: Any) -> str:
    """A severity as written in YAML, where an unquoted `off` reads as false."""
    return "off" if value is False else value if isinstance(value, str) else ""


def _bad_front(briefing: Briefing, path: tuple[str, ...], problem: str, hint: str) -> NoReturn:
    line = briefing.front.line_of(("lint", *path))
    raise InputError(briefing.label, f"front matter lint: {problem}", line=line, hint=hint)


def from_settings(raw: Any, where: str = "[tool.briefings.lint]") -> LintConfig:
    """Read and check `[tool.briefings.lint]`; ConfigError names the bad key."""
    if raw is None:
        return LintConfig()
    if not isinstance(raw, dict):
        raise ConfigError(f"pyproject.toml: {where} must be a table", hint="see guide/lint.md")
    unknown = set(raw) - {"scope", "opinion_blocks", "disable", "severity", "contexts"}
    if unknown:
        raise ConfigError(f"pyproject.toml: {where} has unknown key(s) {', '.join(sorted(unknown))}",
                          hint="use scope, opinion_blocks, disable, severity or contexts")
    scope = raw.get("scope", "block")
    if scope not in SCOPES:
        raise ConfigError(f"pyproject.toml: {where}.scope is '{scope}'", hint="use 'block' or 'sentence'")
    severity = raw.get("severity", {})
    if not isinstance(severity, dict) or any(str(v) not in LEVELS for v in severity.values()):
        raise ConfigError(f"pyproject.toml: {where}.severity must map rule ids to {', '.join(LEVELS)}")
    return LintConfig(scope=scope, opinion_blocks=frozenset(str(n).lower() for n in _names(raw, "opinion_blocks",
                      DEFAULT_OPINION_BLOCKS, where)), disabled=frozenset(_names(raw, "disable", (), where)),
                      severity={str(k): str(v) for k, v in severity.items()}, contexts=_contexts(raw, where))


def _contexts(raw: dict[str, Any], where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`contexts = { asserts = ["Findings"], forecast = ["Outlook"] }`, checked."""
    from briefings.linting.vocab import KINDS

    table = raw.get("contexts", {})
    if not isinstance(table, dict):
        raise ConfigError(f"pyproject.toml: {where}.contexts must be a table", hint=f"kinds: {', '.join(KINDS)}")
    unknown = sorted(str(k) for k in table if k not in KINDS)
    if unknown:
        raise ConfigError(f"pyproject.toml: {where}.contexts has unknown kind(s) {', '.join(unknown)}",
                          hint=f"use {', '.join(KINDS)}")
    return tuple((str(kind), tuple(_names(table, kind, (), f"{where}.contexts"))) for kind in sorted(table))


def _names(raw: dict[str, Any], key: str, default: Any, where: str) -> list[str]:
    value = raw.get(key, default)
    if not isinstance(value, (list, tuple, frozenset)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"pyproject.toml: {where}.{key} must be a list of names")
    return list(value)
