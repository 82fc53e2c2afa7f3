"""A save that breaks the preview, told as file, line, what is wrong and what to do."""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from briefings.errors import BriefingsError, InputError

_WHERE = re.compile(r"(?P<path>[^:\n]+?\.(?:md|ya?ml|toml|html)):(?P<line>\d+)(?::\d+)?:\s*")
_YAML_LINE = re.compile(r'in "[^"]*", line (\d+), column \d+')
YAML_HINT = "check the indentation and quoting on that line, then save"
DEFAULT_HINT = "fix it and save: the preview updates by itself"


@dataclass(frozen=True)
class Problem:
    """Why the preview cannot show the site right now."""

    path: str  # as shown to the user, e.g. "docs/RESEARCH/Alpha.md"
    line: int | None
    message: str
    hint: str = DEFAULT_HINT

    @property
    def where(self) -> str:
        """"docs/RESEARCH/Alpha.md:4", or the path alone when the line is unknown."""
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def from_exception(exc: BaseException, path: str) -> Problem:
    """A Problem for an error raised while reading or building `path`."""
    if isinstance(exc, InputError):
        return Problem(exc.path, exc.line, _strip_where(exc.message), _hint(exc.hint))
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        return Problem(path, exc.problem_mark.line + 1, f"not valid YAML: {exc.problem or exc}", YAML_HINT)
    message = exc.message if isinstance(exc, BriefingsError) else str(exc) or type(exc).__name__
    hint = _hint(exc.hint) if isinstance(exc, BriefingsError) else DEFAULT_HINT
    message = message.removeprefix("briefings: ")
    where = _WHERE.match(message)
    if where:
        return Problem(where.group("path"), int(where.group("line")), message[where.end():], hint)
    yaml_line = _YAML_LINE.search(message)
    if yaml_line:  # MkDocs wraps YAML errors of mkdocs.yml in its own, with the line in the text
        return Problem(path, int(yaml_line.group(1)), message, YAML_HINT)
    if not isinstance(exc, BriefingsError):
        message = f"{type(exc).__name__}: {message}"
    return Problem(path, None, message, hint)


def _strip_where(message: str) -> str:
    where = _WHERE.match(message)
    return message[where.end():] if where else message


def _hint(hint: str) -> str:
    return f"{hint}; then save: the preview updates by itself" if hint else DEFAULT_HINT
