"""Validate front matter against the JSON Schemas (briefings, index pages); every problem gets a line and a fix."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from briefings.findings import Finding, Severity
from briefings.frontmatter import FrontMatter, to_json_value
from briefings.mdtext import control_characters
from briefings.schema import briefing_schema, index_schema

if TYPE_CHECKING:
    from briefings.library import Briefing, Library

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


def _validator(index: bool) -> Draft202012Validator:
    return Draft202012Validator(index_schema() if index else briefing_schema(), format_checker=_checker)


def validate(front: FrontMatter, path: str, *, index: bool = False) -> list[Finding]:
    """All front matter problems of one briefing (of an index page with `index`: no field required,
    Material's page settings allowed), sorted by line."""
    if not front.present:
        return [] if index else [_finding(path, 1, "no front matter: start the file with '---', the fields, "
                                          "and '---'", "missing front matter")]
    data = to_json_value(front.data)
    findings = [f for err in _leaf_errors(_validator(index).iter_errors(data)) for f in _to_findings(err, front, path)]
    return sorted(findings)


def check_page(page: Briefing) -> list[Finding]:
    """Front matter findings of one page, by the schema of its kind (briefing or index page)."""
    return validate(page.front, page.label, index=page.is_index)


def _leaf_errors(errors: Iterator[ValidationError]) -> Iterator[ValidationError]:
    """Errors from if/then are reported through their sub-errors."""
    for error in errors:
        if error.context:
            yield from _leaf_errors(iter(error.context))
        else:
            yield error


def _to_findings(error: ValidationError, front: FrontMatter, path: str) -> list[Finding]:
    """One finding per error, at the line of its key; one per unknown key, at that key's line."""
    keys = list(error.absolute_path)
    kind = error.validator if isinstance(error.validator, str) else ""
    why = _REASONS.get(kind, "breaks the briefing schema")
    if kind == "additionalProperties":
        return [_finding(path, front.line_of([*keys, key]), _unknown_field(error, keys, key), why)
                for key in _unknown_keys(error)]
    return [_finding(path, front.line_of(keys), _message(error, keys, front.written(keys)), why)]


_REASONS = {"additionalProperties": "not a field of this front matter", "required": "a required field is missing",
            "enum": "not one of the allowed values", "type": "the wrong kind of value",
            "format": "the wrong form of value", "pattern": "the wrong form of value",
            "minimum": "the wrong form of value", "maximum": "the wrong form of value",
            "minLength": "an empty value", "minItems": "an empty list"}
# What each date-like field holds, for any wrong value (of the wrong type, form or range)
_DATES = {("updated",): "a date like 2025-01-31",
          ("embargo_until",): "a date, a time and a time zone like 2025-03-01T09:00:00+00:00",
          ("sources", "date"): "a year or a date like 2016, 2016-05 or 2016-05-31"}


def _finding(path: str, line: int, message: str, reason: str) -> Finding:
    return Finding(path=path, line=line, column=1, rule=RULE, severity=Severity.ERROR,
                   message=message, reason=reason)


def _field(keys: list[str | int]) -> str:
    return ".".join(f"[{k}]" if isinstance(k, int) else k for k in keys).replace(".[", "[") or "front matter"


def _message(error: ValidationError, keys: list[str | int], written: str | None) -> str:
    """What is wrong and what to write; a value is quoted as the author wrote it (`written`)."""
    name, value, kind = _field(keys), error.instance, error.validator
    expected: Any = error.validator_value
    date = _DATES.get(tuple(k for k in keys if isinstance(k, str)))
    if date and kind in ("type", "format", "pattern", "minimum", "maximum"):
        return f"{name} must be {date}, not {_describe(value, written)}"
    if kind == "enum":
        options = ", ".join(str(o) for o in expected if isinstance(o, str))  # not the `false` an unquoted off reads as
        shown = _describe(value, written)
        if isinstance(value, (list, dict)) or value is None:
            return f"{name} must be one of {options}, not {shown}"
        return f"{name} {shown} is not one of {options}"
    if kind == "required":
        missing = error.message.split("'")[1]
        where = f" to {name}" if keys else ""
        return f"missing required field '{missing}': add `{missing}: ...`{where}"
    if kind == "format":
        return f"{name} {_describe(value, written)} is not a valid {expected}"
    if kind == "type":
        return f"{name} must be {_type_words(expected)}, not {_describe(value, written)}"
    if kind in ("minLength", "minItems"):
        return f"{name} is empty: fill it in or remove it"
    unsafe = _unsafe_characters(value, expected) if kind == "pattern" else []
    if unsafe:
        found = ", ".join(f"U+{ord(c):04X}" for c in unsafe)
        one_line = not re.search(expected, "\n")
        subject = "a title" if keys == ["title"] else "it"
        if all(c in "\n\r" for c in unsafe):  # a YAML `>` block ends with a line break
            return f"{name} holds a line break ({found}): {subject} is one line of text; write it on one line, or as `>-`"
        return (f"{name} holds {found}: {subject} is {'one line of text' if one_line else 'text'} without control "
                "characters or bidirectional controls (they reorder what readers see of it); remove them")
    if kind == "pattern":
        return f"{name} {_describe(value, written)} is not valid: {_pattern_hint(keys)}"
    return f"{name}: {error.message}"


def _unsafe_characters(value: Any, pattern: Any) -> list[str]:
    """The control and bidirectional control characters of a text that the field's own pattern
    refuses, each tried alone (a title's refuses line breaks, a summary's allows them)."""
    if not isinstance(value, str) or not isinstance(pattern, str):
        return []
    return [c for c in control_characters(value) if not re.search(pattern, c)]


def _unknown_keys(error: ValidationError) -> list[str]:
    schema: Any = error.schema
    instance: Any = error.instance
    return sorted(set(instance) - set(schema.get("properties", {})))


# keys other tools use for what a field of ours does: what to write instead
_IDIOMS = {"draft": "write `status: draft`", "embargo": "write `embargo_until: ...` with a date, a time and a "
           "time zone", "published": "write `status: published`"}


def _unknown_field(error: ValidationError, keys: list[str | int], key: str) -> str:
    """'unknown field' with the closest known one, or the whole list when none is close."""
    schema: Any = error.schema
    allowed = list(schema.get("properties", {}))
    where = f" in {_field(keys)}" if keys else ""
    if not keys and key.lower() in _IDIOMS:
        return f"unknown field '{key}'; {_IDIOMS[key.lower()]}"
    close = difflib.get_close_matches(key, allowed, n=1)
    if close:
        return f"unknown field '{key}'{where}; did you mean '{close[0]}'?"
    return f"unknown field '{key}'{where}; allowed: {', '.join(allowed)}"


def _pattern_hint(keys: list[str | int]) -> str:
    if keys and keys[-1] == "url":
        return "a source URL starts with http:// or https://"
    if keys == ["icon"]:
        return "name an icon of the theme, such as material/book-open-variant"
    return "use letters, digits, '.', '_' or '-' and start with a letter or digit"


def _type_words(types: str | list[str]) -> str:
    names = {"string": "text", "array": "a list", "object": "a mapping", "integer": "a whole number"}
    if isinstance(types, str):
        types = [types]
    return " or ".join(names.get(t, t) for t in types)


def _describe(value: Any, written: str | None = None) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "empty"
    return f"'{value if written is None else written}'"


def check_library(library: Library) -> list[Finding]:
    """Front matter findings for every page of a library, briefings and index pages each by their schema."""
    return [f for page in library.pages for f in check_page(page)]
