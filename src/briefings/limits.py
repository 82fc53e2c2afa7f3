"""Every limit on authored input, as data in one place: what it bounds, its default, how to change it.

Why: a library takes contributions from many people and CI runs every command on every change, so
no single file may make a command slow, hungry or crash. Each limit is checked before the work it
bounds starts (a file's size before it is read, the YAML node count before objects are built), and
crossing one is a finding on that file, never a hang. Change a limit under `[tool.briefings.limits]`
in pyproject.toml, e.g. `front_matter_bytes = 131072`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from typing import Any

from briefings.errors import ConfigError

SECTION = "[tool.briefings.limits]"


@dataclass(frozen=True)
class Limits:
    """The limits in force for one library (defaults below; see `DESCRIPTIONS`)."""

    file_bytes: int = 2 * 1024 * 1024
    front_matter_bytes: int = 64 * 1024
    yaml_nodes: int = 5_000
    yaml_depth: int = 20
    nesting_depth: int = 20
    brackets_per_block: int = 250
    table_columns: int = 100
    abbreviations: int = 200
    parse_seconds_per_mb: float = 20.0
    render_seconds_per_mb: float = 60.0
    file_seconds_min: float = 10.0
    build_seconds: float = 300.0
    build_seconds_per_file: float = 2.0
    pipe_seconds: float = 30.0


DESCRIPTIONS = {
    "file_bytes": "largest Markdown file read at all (bytes)",
    "front_matter_bytes": "largest front matter block between the '---' lines (bytes)",
    "yaml_nodes": "most YAML nodes (keys, values, list items) in one front matter; aliases are refused",
    "yaml_depth": "deepest nesting of lists and mappings in one front matter",
    "nesting_depth": "deepest nesting of lists and block quotes, and of raw HTML elements, in a body "
                     "(render-hazard)",
    "brackets_per_block": "most '[' in one paragraph, list item or table row (render-hazard)",
    "table_columns": "most '|' cells in one table row (render-hazard)",
    "abbreviations": "most `*[ABBR]: ...` definitions in one file (render-hazard)",
    "parse_seconds_per_mb": "CPU time budget of briefings' own parse and lint of one file, per MB",
    "render_seconds_per_mb": "CPU time budget of Python-Markdown's render of one page in the build, per MB "
                             "(and again of the rest of its build: search index, template)",
    "file_seconds_min": "smallest CPU time budget of one file's lint or render (seconds)",
    "build_seconds": "fixed part of the build timeout (seconds)",
    "build_seconds_per_file": "build timeout added per Markdown file of the library (seconds)",
    "pipe_seconds": "longest wait for the next data from a pipe `briefings import` reads, e.g. /dev/stdin (seconds)",
}

DEFAULT = Limits()


def from_settings(raw: Any, *, legacy_file_bytes: Any = None, where: str = "pyproject.toml") -> Limits:
    """Limits from the `[tool.briefings.limits]` table; ConfigError names a bad value."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: {SECTION} must be a table", hint="write `name = number` lines under it")
    known = {f.name: f for f in fields(Limits)}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise ConfigError(f"{where}: {SECTION} has unknown limit(s) {', '.join(unknown)}; "
                          f"known: {', '.join(known)}", hint="fix the names (see guide/limits.md)")
    values: dict[str, Any] = {}
    if legacy_file_bytes is not None:
        values["file_bytes"] = _number(legacy_file_bytes, "max_file_bytes", int, where)
    for name, value in raw.items():
        values[name] = _number(value, name, int if known[name].type == "int" else float, where)
    return replace(DEFAULT, **values)


LARGEST = 2**31 - 1  # 2 GB, or 68 years of seconds: more than any limit needs, and what reads and timers accept


def _number(value: Any, name: str, kind: type, where: str) -> Any:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) \
        and 0 <= value <= LARGEST
    if kind is int:
        ok = ok and float(value).is_integer()
    if not ok:
        raise ConfigError(f"{where}: {SECTION} {name} must be a {'whole ' if kind is int else ''}number "
                          f"from 0 to {LARGEST}, not {value!r}", hint=f"fix {name} in pyproject.toml")
    return kind(value)


def build_timeout(limits: Limits, files: int) -> float:
    """Seconds the site build may take for a library of `files` Markdown files."""
    return limits.build_seconds + limits.build_seconds_per_file * files
