"""The rules a configuration enables: BasedOnStyles, per-rule switches and MinAlertLevel.

Rule files are compiled once per process and recompiled only when one of them changes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefings.errors import ConfigError
from briefings.vale.rules import Rule, load_rule
from briefings.vale.settings import LEVELS, ValeConfig

BUILTIN_STYLE = "Vale"  # Vale's own spelling/terms rules: only the binary has them

_cache: dict[tuple[object, ...], list[Rule]] = {}


def active_rules(config: ValeConfig, root: Path) -> list[Rule]:
    """The enabled rules with their effective level, at or above MinAlertLevel."""
    rules = [_configured(rule, config) for rule in _all_rules(config, root)]
    floor = LEVELS.index(config.min_level)
    return [r for r in rules if r is not None and LEVELS.index(r.level) >= floor]


def _configured(rule: Rule, config: ValeConfig) -> Rule | None:
    switch = config.switches.get(rule.name)
    style = rule.name.split(".", 1)[0]
    if switch == "NO" or (switch is None and style not in config.based_on):
        return None
    if switch in LEVELS:
        return replace(rule, level=switch)
    return rule


def _all_rules(config: ValeConfig, root: Path) -> list[Rule]:
    styles = list(config.based_on)
    styles += [name.split(".", 1)[0] for name, on in config.switches.items() if on != "NO"]
    files = [f for style in dict.fromkeys(styles) if style != BUILTIN_STYLE
             for f in _style_files(config, style)]
    key = (config.styles_path, *((f, f.stat().st_mtime_ns, f.stat().st_size) for f in files))
    if key not in _cache:
        _cache.clear()
        _cache[key] = [load_rule(f, f.parent.name, _label(f, root)) for f in files]
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
