"""The rules a configuration enables: BasedOnStyles, per-rule switches and MinAlertLevel.

Only enabled rule files are read: a rule switched off (`Style.Rule = NO`) is never loaded, so a
rule of a published package that the built-in engine cannot apply does no harm once it is off.
One it cannot apply that is still on is skipped, and `skipped_rules` says which and why.
Rule files are compiled once per process and recompiled only when one of them changes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefings.errors import ConfigError
from briefings.vale.rules import Rule, UnsupportedRule, load_rule
from briefings.vale.settings import LEVELS, ValeConfig

BUILTIN_STYLE = "Vale"  # Vale's own spelling/terms rules: only the binary has them

_cache: dict[tuple[object, ...], tuple[list[Rule], list[UnsupportedRule]]] = {}


def active_rules(config: ValeConfig, root: Path) -> list[Rule]:
    """The enabled rules with their effective level, at or above MinAlertLevel."""
    rules = [_configured(rule, config) for rule in _loaded(config, root)[0]]
    floor = LEVELS.index(config.min_level)
    return [r for r in rules if r is not None and LEVELS.index(r.level) >= floor]


def skipped_rules(config: ValeConfig, root: Path) -> list[UnsupportedRule]:
    """Enabled rules that the built-in engine cannot apply (a rule type or key it lacks)."""
    return list(_loaded(config, root)[1])


def _configured(rule: Rule, config: ValeConfig) -> Rule | None:
    switch = config.switches.get(rule.name)
    if switch in LEVELS:
        return replace(rule, level=switch)
    return rule


def _enabled(config: ValeConfig, style: str, path: Path) -> bool:
    switch = config.switches.get(f"{style}.{path.stem}")
    return switch != "NO" and (switch is not None or style in config.based_on)


def _loaded(config: ValeConfig, root: Path) -> tuple[list[Rule], list[UnsupportedRule]]:
    styles = list(config.based_on)
    styles += [name.split(".", 1)[0] for name, on in config.switches.items() if on != "NO"]
    files = [(style, f) for style in dict.fromkeys(styles) if style != BUILTIN_STYLE
             for f in _style_files(config, style) if _enabled(config, style, f)]
    key = (config.styles_path, *((f, f.stat().st_mtime_ns, f.stat().st_size) for _, f in files))
    if key not in _cache:
        _cache.clear()
        rules: list[Rule] = []
        skipped: list[UnsupportedRule] = []
        for style, path in files:
            try:
                rules.append(load_rule(path, style, _label(path, root)))
            except UnsupportedRule as exc:
                skipped.append(exc)
        _cache[key] = (rules, skipped)
    return _cache[key]


def _style_files(config: ValeConfig, style: str) -> list[Path]:
    folder = config.styles_path / style
    if not folder.is_dir():
        raise ConfigError(f"{config.path}: style '{style}' not found: no folder {folder}",
                          hint="create the style folder, or remove the style from BasedOnStyles")
    return sorted(folder.glob("*.yml"))


def _label(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
