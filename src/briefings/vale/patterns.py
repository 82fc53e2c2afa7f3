"""Vale's regular-expression conventions, rebuilt for Python's `re`.

Vale wraps `tokens` as `(?i)(?m)\\b(?:a|b)\\b` (no `\\b` with `nonword`), glues `raw` in front
(or behind, with `append`), matches single-word `exceptions` case-sensitively against the matched
text, and drops a match lying inside a multi-word exception found (case-insensitively) in the
block. Python wants its global flags as arguments, so they are passed that way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

try:  # the parser behind `re`; used only to refuse patterns that backtrack exponentially
    import re._parser as _sre_parse  # type: ignore[import-not-found,import-untyped,unused-ignore]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse as _sre_parse

_CAPTURE_OPEN = re.compile(r"(?<!\\)\((?!\?)")
_GO_GROUP_REF = re.compile(r"\$(?:(\d+)|\{(\d+)\})")
_FORMAT_VERB = re.compile(r"%(%|s|\[(\d+)\]s)")
_UNBOUNDED = _sre_parse.MAXREPEAT
sre_parse = _sre_parse  # shared with the prefilter, which expands small patterns into phrases


class PatternError(ValueError):
    """A rule's pattern cannot be used; the message says why."""


def compile_checked(source: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern, refusing syntax errors and nested unbounded repeats (exponential)."""
    try:
        pattern = re.compile(source, flags)
    except re.error as exc:
        raise PatternError(f"not a valid regular expression: {exc}") from None
    if _nested_repeat(_sre_parse.parse(source, flags)):
        raise PatternError("a repeated group contains another unbounded repeat, which can take "
                           "exponential time; rewrite it without the nested + or *")
    return pattern


def _nested_repeat(parsed: object, inside: bool = False) -> bool:
    for op, arg in parsed:  # type: ignore[attr-defined]
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _low, high, sub = arg
            unbounded = high == _UNBOUNDED
            if inside and unbounded:
                return True
            if _nested_repeat(sub, inside or unbounded):
                return True
        elif name == "SUBPATTERN":
            if _nested_repeat(arg[-1], inside):
                return True
        elif name == "BRANCH":
            if any(_nested_repeat(branch, inside) for branch in arg[1]):
                return True
        elif name in ("ASSERT", "ASSERT_NOT"):
            if _nested_repeat(arg[1], inside):
                return True
    return False


def scoped_flags(term: str) -> str:
    """Vale lets a term start with `(?i)`; Python needs that as a scoped group `(?i:...)`."""
    return f"(?i:{term[4:]})" if term.startswith("(?i)") else term


def existence_source(tokens: Sequence[str], raw: Sequence[str], *, nonword: bool, append: bool) -> str:
    """The body of an existence rule's pattern, exactly as Vale assembles it (flags aside)."""
    parsed = [t for t in tokens if t.strip()]
    joined = "|".join(scoped_flags(t) for t in parsed)
    body = rf"\b(?:{joined})\b" if (not nonword and parsed) else f"(?:{joined})"
    raw_text = "".join(raw)
    return body + raw_text if append else raw_text + body


def substitution_source(keys: Sequence[str], *, nonword: bool) -> str:
    """One capturing group per swap key (its own groups made non-capturing), longest key first."""
    groups = "|".join(f"({non_capturing(k)})" for k in keys)
    return groups if nonword else rf"\b(?:{groups})\b"


def non_capturing(term: str) -> str:
    """Turn `(` into `(?:` so that group numbers identify swap keys."""
    return _CAPTURE_OPEN.sub("(?:", scoped_flags(term))


def exception_source(terms: Sequence[str]) -> str | None:
    """Vale's exception pattern: whole-word, longest first, matched against the observed text."""
    if not terms:
        return None
    ordered = sorted(terms, key=len, reverse=True)
    return r"\b(?:" + "|".join(scoped_flags(t) for t in ordered) + r")\b"


def phrase_source(terms: Sequence[str]) -> str | None:
    """Vale's multi-word exceptions: a match inside one of these phrases is not reported."""
    phrases = [t for t in terms if " " in t or "\t" in t or r"\s" in t]
    if not phrases:
        return None
    return r"\b(?:" + "|".join(scoped_flags(t) for t in phrases) + r")\b"


def go_template(replacement: str) -> str:
    """Vale (Go) writes group references as `$1`; Python's `re` wants `\\g<1>`."""
    escaped = replacement.replace("\\", "\\\\")
    return _GO_GROUP_REF.sub(lambda m: rf"\g<{m.group(1) or m.group(2)}>", escaped)


def format_message(message: str, *subs: str) -> str:
    """Go's Sprintf as Vale uses it: `%s` takes the next value (empty when none are left)."""
    values = iter(subs)

    def verb(match: re.Match[str]) -> str:
        if match.group(1) == "%":
            return "%"
        if match.group(2):
            index = int(match.group(2)) - 1
            return subs[index] if 0 <= index < len(subs) else ""
        return next(values, "")

    return _FORMAT_VERB.sub(verb, message)


def is_phrase(text: str) -> bool:
    """Vale's IsPhrase: only letters, digits, spaces and hyphens (so not a regex)."""
    return all(c.isalpha() or c.isdigit() or c in " -" for c in text)


def lowered(source: str) -> str:
    """A case-insensitive pattern rewritten for lowercased text: every literal lowercased, escapes
    kept as written (so `\\W` stays `\\W`). Python's `re` runs such a pattern about three times
    faster than the same pattern with IGNORECASE."""
    out: list[str] = []
    escaped = False
    for char in source:
        out.append(char if escaped else char.lower())
        escaped = not escaped and char == "\\"
    return "".join(out)
