"""Vale rule files (`styles/<Style>/<Rule>.yml`) read into compiled, validated Rules.

Only the three rule types our styles use are built in: existence, substitution and occurrence.
Every problem is a ConfigError naming the rule file and line and saying what to change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefings.errors import ConfigError
from briefings.vale import patterns
from briefings.vale.rulefile import RuleFile, flag, strings
from briefings.vale.settings import LEVELS

EXTENSION_POINTS = ("existence", "substitution", "occurrence", "capitalization", "conditional",
                    "consistency", "repetition", "readability", "spelling", "sequence", "metric", "script")
COMMON_KEYS = {"extends", "message", "description", "link", "level", "scope"}
TYPE_KEYS = {
    "existence": {"tokens", "raw", "append", "ignorecase", "nonword", "exceptions", "vocab"},
    "substitution": {"swap", "ignorecase", "nonword", "exceptions", "vocab", "capitalize"},
    "occurrence": {"token", "max", "min", "ignorecase"},
}
UNSUPPORTED_KEYS = {"limit", "matchcase", "selector"}
IGNORED_KEYS = {"action"}  # an editor's quick fix: it does not change what a rule finds


class UnsupportedRule(ConfigError):
    """A valid Vale rule that the built-in engine cannot apply: it is skipped with a warning."""

    def __init__(self, message: str, *, name: str) -> None:
        super().__init__(message, hint=f"install Vale to apply it, or switch it off with `{name} = NO` in .vale.ini")
        self.name = name


@dataclass(frozen=True)
class Rule:
    """One compiled rule; `pattern` is the single combined regex Vale would build."""

    name: str  # "Style.Rule"
    path: Path
    extends: str
    message: str
    description: str
    link: str
    level: str
    scope: tuple[str, ...]
    pattern: re.Pattern[str]
    exceptions: re.Pattern[str] | None = None
    phrases: re.Pattern[str] | None = None
    replacements: tuple[str, ...] = ()  # substitution: one per capturing group of `pattern`
    key_patterns: tuple[re.Pattern[str], ...] = ()  # substitution: each key alone, for `$1`
    capitalize: bool = False
    max: int = 0
    min: int = 0
    terms: tuple[str, ...] = ()  # tokens or swap keys as written (flags scoped), for the prefilter
    nonword: bool = False
    raw: bool = False
    fast: re.Pattern[str] | None = None  # `pattern` for lowercased text, when the rule ignores case
    fast_phrases: re.Pattern[str] | None = None  # `phrases` for lowercased text


def load_rule(path: Path, style: str, label: str) -> Rule:
    """Read, validate and compile one rule file."""
    src = RuleFile(path, label)
    data = src.data
    extends = data.get("extends")
    if extends not in EXTENSION_POINTS:
        raise src.error(f"'extends: {extends}' is not a Vale rule type; use one of "
                        f"{', '.join(EXTENSION_POINTS)}", src.line("extends"))
    name = f"{style}.{path.stem}"
    if extends not in TYPE_KEYS:
        raise UnsupportedRule(f"{src.label}:{src.line('extends')}: rule {name} skipped: '{extends}' rules are not "
                              "supported by the built-in engine (it knows existence, substitution, occurrence)",
                              name=name)
    _check_keys(src, extends, name)
    common = _common(src, name)
    builder = {"existence": _existence, "substitution": _substitution, "occurrence": _occurrence}[extends]
    return builder(src, common)


def _check_keys(src: RuleFile, extends: str, name: str) -> None:
    for key in src.data:
        if key in UNSUPPORTED_KEYS:
            raise UnsupportedRule(f"{src.label}:{src.line(key)}: rule {name} skipped: key '{key}' is not supported "
                                  "by the built-in engine", name=name)
        if key not in COMMON_KEYS | IGNORED_KEYS | TYPE_KEYS[extends]:
            raise src.error(f"'{key}' is not a key of Vale's '{extends}' rules", src.line(key))


def _common(src: RuleFile, name: str) -> dict[str, Any]:
    data = src.data
    message = data.get("message")
    if not isinstance(message, str) or not message.strip():
        raise src.error("the rule needs a 'message' (text; '%s' shows the match)", src.line("message"))
    level = data.get("level", "warning")  # Vale's default
    if level not in LEVELS:
        raise src.error(f"'level: {level}' must be one of {', '.join(LEVELS)}", src.line("level"))
    scope = data.get("scope", "text")
    scopes = [scope] if isinstance(scope, str) else scope
    if not isinstance(scopes, list) or not all(isinstance(s, str) and s and " " not in s for s in scopes):
        raise src.error("'scope' must be a scope name such as text, heading, list, sentence, raw "
                        "(or a list of them), without spaces", src.line("scope"))
    return {"name": name, "path": src.path, "extends": data["extends"], "message": message,
            "description": str(data.get("description") or ""), "link": str(data.get("link") or ""),
            "level": level, "scope": tuple(scopes)}


def _compile(src: RuleFile, key: str, index: int | None, source: str, flags: int) -> re.Pattern[str]:
    try:
        return patterns.compile_checked(source, flags)
    except patterns.PatternError as exc:
        shown = source if len(source) <= 60 else source[:57] + "..."
        raise src.error(f"{key} '{shown}': {exc}", src.line(key, index),
                        hint="write a Python-compatible regular expression (see guide/vale.md)") from None


def _fast(source: str, flags: int) -> re.Pattern[str] | None:
    if not flags & re.I:
        return None
    try:
        return re.compile(patterns.lowered(source), flags & ~re.I)
    except re.error:
        return None  # an escape the rewrite does not understand: keep the IGNORECASE pattern


def _combined(src: RuleFile, key: str, items: list[str], source: str, flags: int) -> re.Pattern[str]:
    """Compile a rule's combined pattern; on failure, blame the first bad item by its own line."""
    try:
        return patterns.compile_checked(source, flags)
    except patterns.PatternError:
        for i, item in enumerate(items):
            _compile(src, key, i, patterns.scoped_flags(item), flags)
        return _compile(src, key, None, source, flags)


def _exceptions(src: RuleFile) -> dict[str, Any]:
    terms = strings(src, "exceptions")
    words, phrases = patterns.exception_source(terms), patterns.phrase_source(terms)
    return {"exceptions": _combined(src, "exceptions", terms, words, re.M) if words else None,
            "phrases": _combined(src, "exceptions", terms, phrases, re.I | re.M) if phrases else None,
            "fast_phrases": _fast(phrases, re.I | re.M) if phrases else None}


def _existence(src: RuleFile, common: dict[str, Any]) -> Rule:
    tokens, raw = strings(src, "tokens"), strings(src, "raw")
    if not any(t.strip() for t in tokens) and not raw:
        raise src.error("an existence rule needs 'tokens' or 'raw'", src.line("extends"))
    flags = re.M | (re.I if flag(src, "ignorecase") else 0)
    nonword = flag(src, "nonword")
    source = patterns.existence_source(tokens, raw, nonword=nonword, append=flag(src, "append"))
    pattern = _combined(src, "tokens", tokens, source, flags) if not raw else \
        _combined(src, "raw", raw, source, flags)
    return Rule(**common, pattern=pattern, **_exceptions(src),
                terms=tuple(patterns.scoped_flags(t) for t in tokens if t.strip()), nonword=nonword, raw=bool(raw),
                fast=_fast(source, flags))


def _substitution(src: RuleFile, common: dict[str, Any]) -> Rule:
    swap = src.data.get("swap")
    if not isinstance(swap, dict) or not swap:
        raise src.error("a substitution rule needs 'swap': a mapping of pattern -> replacement", src.line("swap"))
    flags = re.M | (re.I if flag(src, "ignorecase") else 0)
    keys = sorted((str(k) for k in swap), key=len, reverse=True)  # Vale tries longer keys first
    order = [str(k) for k in swap]
    singles = tuple(_compile(src, "swap", order.index(k), patterns.scoped_flags(k), flags) for k in keys)
    nonword = flag(src, "nonword")
    source = patterns.substitution_source(keys, nonword=nonword)
    by_key = {str(k): "" if v is None else str(v) for k, v in swap.items()}
    return Rule(**common, pattern=_combined(src, "swap", order, source, flags), **_exceptions(src),
                replacements=tuple(by_key[k] for k in keys), key_patterns=singles,
                capitalize=flag(src, "capitalize"), terms=tuple(patterns.non_capturing(k) for k in keys),
                nonword=nonword, fast=_fast(source, flags))


def _occurrence(src: RuleFile, common: dict[str, Any]) -> Rule:
    token = src.data.get("token")
    if not isinstance(token, str) or not token:
        raise src.error("an occurrence rule needs 'token': the pattern to count", src.line("token"))
    bounds = {}
    for key in ("max", "min"):
        value = src.data.get(key, 0)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise src.error(f"'{key}' must be a whole number", src.line(key))
        bounds[key] = value
    if not bounds["max"] and not bounds["min"]:
        raise src.error("an occurrence rule needs 'max' or 'min'", src.line("extends"))
    flags = re.M | (re.I if flag(src, "ignorecase") else 0)
    pattern = _compile(src, "token", None, f"(?:{patterns.scoped_flags(token)})", flags)
    return Rule(**common, pattern=pattern, max=bounds["max"], min=bounds["min"])
