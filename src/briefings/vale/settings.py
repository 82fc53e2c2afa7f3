"""Read the library's `.vale.ini`: StylesPath, MinAlertLevel, BasedOnStyles and per-rule switches.

Vale's INI has global keys before any section and glob sections such as `[*.md]` or
`[*.{md,txt}]`; only the sections that match Markdown files matter here.
"""

from __future__ import annotations

import configparser
import fnmatch
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefings.errors import ConfigError
from briefings.textfile import read_text

CONFIG_NAMES = (".vale.ini", "_vale.ini", "styles/.vale.ini")
LEVELS = ("suggestion", "warning", "error")
_BRACES = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class ValeConfig:
    """What the built-in engine needs from .vale.ini (the binary reads the file itself)."""

    path: Path
    styles_path: Path
    min_level: str = "suggestion"
    based_on: tuple[str, ...] = ()
    switches: dict[str, str] = field(default_factory=dict)  # "Style.Rule" -> "YES" | "NO" | a level


def find_config(root: Path) -> Path | None:
    """The first Vale configuration file of the library, or None."""
    for name in CONFIG_NAMES:
        candidate = root / name
        if candidate.is_file():
            return candidate
    return None


_cache: dict[tuple[Path, int, int], ValeConfig] = {}


def load_config(path: Path) -> ValeConfig:
    """Parse a .vale.ini (once per process while it is unchanged); ConfigError says what is wrong."""
    stat = path.stat()
    key = (path.resolve(), stat.st_mtime_ns, stat.st_size)
    if key not in _cache:
        _cache[key] = _parse(path)
    return _cache[key]


def _parse(path: Path) -> ValeConfig:
    parser = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",),
                                       comment_prefixes=("#", ";"), inline_comment_prefixes=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # Vale keys are case-sensitive
    try:
        parser.read_string("[__global__]\n" + read_text(path), source=str(path))
    except configparser.Error as exc:
        raise ConfigError(f"{path}: not a valid Vale configuration: {exc.message}",
                          hint="see https://vale.sh/docs/vale-ini") from None
    globals_ = dict(parser["__global__"])
    styles = (path.parent / globals_.get("StylesPath", "styles")).resolve()
    min_level = globals_.get("MinAlertLevel", "suggestion").strip().lower()
    if min_level not in LEVELS:
        raise ConfigError(f"{path}: MinAlertLevel '{min_level}' is not one of {', '.join(LEVELS)}")
    based_on: list[str] = []
    switches: dict[str, str] = {}
    for section in parser.sections():
        if section == "__global__" or not _matches_markdown(section):
            continue
        for key, value in parser[section].items():
            if key == "BasedOnStyles":
                based_on += [s.strip() for s in value.split(",") if s.strip()]
            elif "." in key:
                switches[key] = _switch(path, key, value)
    return ValeConfig(path, styles, min_level, tuple(dict.fromkeys(based_on)), switches)


def _switch(path: Path, key: str, value: str) -> str:
    value = value.strip()
    if value.upper() in ("YES", "NO"):
        return value.upper()
    if value.lower() in LEVELS:
        return value.lower()
    raise ConfigError(f"{path}: `{key} = {value}`: use YES, NO or one of {', '.join(LEVELS)}")


def _matches_markdown(section: str) -> bool:
    """True when a section glob such as `*`, `*.md` or `*.{md,txt}` covers `x.md`."""
    names = ("briefing.md", "docs/section/briefing.md")
    return any(fnmatch.fnmatch(name, pattern) for pattern in _expand(section) for name in names)


def _expand(pattern: str) -> list[str]:
    match = _BRACES.search(pattern)
    if not match:
        return [pattern]
    head, tail = pattern[: match.start()], pattern[match.end() :]
    return [p for option in match.group(1).split(",") for p in _expand(head + option.strip() + tail)]
