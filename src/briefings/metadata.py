"""Validate briefing front matter against the JSON Schema; every problem gets a line and a fix."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from briefings.findings import Finding, Severity
from briefings.frontmatter import FrontMatter, to_json_value
from briefings.schema import briefing_schema

if TYPE_CHECKING:
    from briefings.library import Library

RULE = "front-matter"
_checker = FormatChecker()


@_checker.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    return not isinstance(value, str) or bool(dt.date.fromisoformat(value)) and len(value) == 10


@_checker.checks("date-time", raises=ValueError)
def _is_zoned_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return dt.datetime.fromisoformat(value).tzinfo is not None


def _validator() -> Draft202012Validator:
    return Draft202012Validator(briefing_schema(), format_checker=_checker)


def validate(front: FrontMatter, path: str) -> list[Finding]:
    """All front matter problems of one briefing, sorted by line."""
    if not front.present:
        return [_finding(path, 1, "no front matter: start the file with '---', the fields, and '---'",
                         "missing front matter")]
    data = to_json_value(front.data)
    findings = [_to_finding(err, front, path) for err in _leaf_errors(_validator().iter_errors(data))]
    return sorted(findings)


def _leaf_errors(errors: Iterator[ValidationError]) -> Iterator[ValidationError]:
    """Errors from if/then are reported through their sub-errors."""
    for error in errors:
        if error.context:
            yield from _leaf_errors(iter(error.context))
        else:
            yield error


def _to_finding(error: ValidationError, front: FrontMatter, path: str) -> Finding:
    keys = list(error.absolute_path)
    line = front.line_of(keys)
    return _finding(path, line, _message(error, keys), error.validator if isinstance(error.validator, str) else "")


def _finding(path: str, line: int, message: str, reason: str) -> Finding:
    return Finding(path=path, line=line, column=1, rule=RULE, severity=Severity.ERROR,
                   message=message, reason=reason)


def _field(keys: list[str | int]) -> str:
    return ".".join(f"[{k}]" if isinstance(k, int) else k for k in keys).replace(".[", "[") or "front matter"


def _message(error: ValidationError, keys: list[str | int]) -> str:
    name, value, kind = _field(keys), error.instance, error.validator
    expected: Any = error.validator_value
    if kind == "enum":
        options = ", ".join(str(o) for o in expected)
        return f"{name} '{value}' is not one of {options}"
    if kind == "required":
        missing = error.message.split("'")[1]
        where = f" to {name}" if keys else ""
        return f"missing required field '{missing}': add `{missing}: ...`{where}"
    if kind == "additionalProperties":
        return _unknown_fields(error, name)
    if kind == "format":
        return _format_message(name, value, str(expected))
    if kind == "type":
        return f"{name} must be {_type_words(expected)}, not {_describe(value)}"
    if kind in ("minLength", "minItems"):
        return f"{name} is empty: fill it in or remove it"
    if kind == "pattern":
        return f"{name} '{value}' is not valid: {_pattern_hint(keys)}"
    return f"{name}: {error.message}"


def _unknown_fields(error: ValidationError, name: str) -> str:
    schema: Any = error.schema
    allowed = list(schema.get("properties", {}))
    instance: Any = error.instance
    extra = sorted(set(instance) - set(allowed))
    parts = []
    for key in extra:
        close = difflib.get_close_matches(str(key), allowed, n=1)
        parts.append(f"'{key}'" + (f" (did you mean '{close[0]}'?)" if close else ""))
    where = "" if name == "front matter" else f" in {name}"
    return f"unknown field {', '.join(parts)}{where}; allowed: {', '.join(allowed)}"


def _format_message(name: str, value: Any, fmt: str) -> str:
    if fmt == "date":
        return f"{name} '{value}' is not a date: write YYYY-MM-DD, e.g. 2025-01-31"
    if fmt == "date-time":
        shown = str(value).replace("[no time zone]", "")
        return f"{name} '{shown}' needs a date, a time and a time zone, e.g. 2025-03-01T09:00:00+00:00"
    return f"{name} '{value}' is not a valid {fmt}"


def _pattern_hint(keys: list[str | int]) -> str:
    if keys and keys[-1] == "url":
        return "a source URL starts with http:// or https://"
    return "use letters, digits, '.', '_' or '-' and start with a letter or digit"


def _type_words(types: str | list[str]) -> str:
    names = {"string": "text", "array": "a list", "object": "a mapping", "integer": "a whole number"}
    if isinstance(types, str):
        types = [types]
    return " or ".join(names.get(t, t) for t in types)


def _describe(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "empty"
    return f"'{value}'"


def check_library(library: Library) -> list[Finding]:
    """Front matter findings for every briefing of a library (index pages are not briefings)."""
    return [f for b in library.briefings for f in validate(b.front, b.label)]
