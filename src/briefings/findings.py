"""The finding model shared by every check, report format and command."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from briefings.errors import InputError


class Severity(str, Enum):
    """How serious a finding is; only errors fail a command."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more serious."""
        return {"error": 2, "warning": 1, "info": 0}[self.value]


@dataclass(frozen=True, order=True)
class Finding:
    """One problem at one place in one file."""

    path: str
    line: int
    column: int
    rule: str
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    reason: str = field(default="", compare=False)
    end_line: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        if not self.end_line:
            object.__setattr__(self, "end_line", self.line)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict with the documented key order."""
        return {"path": self.path, "line": self.line, "column": self.column, "end_line": self.end_line,
                "rule": self.rule, "severity": self.severity.value, "message": self.message, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        """Inverse of `to_dict`."""
        return cls(
            path=data["path"],
            line=int(data["line"]),
            column=int(data.get("column", 1)),
            end_line=int(data.get("end_line", data["line"])),
            rule=data["rule"],
            severity=Severity(data["severity"]),
            message=data["message"],
            reason=data.get("reason", ""),
        )


def source_lines(text: str) -> list[str]:
    """The lines of a file as findings number them, for their excerpts: git's lines, which end at "\n"
    only (a CRLF's "\r" is dropped). Not `str.splitlines()`, which also ends a line at a lone "\r", a
    form feed, U+2028 and more, and so showed a later line than the finding's."""
    if "\r" not in text:
        return text.split("\n")
    return [line.removesuffix("\r") for line in text.split("\n")]


def has_errors(findings: list[Finding]) -> bool:
    """True when any finding is error level."""
    return any(f.severity is Severity.ERROR for f in findings)


def from_input_error(error: InputError) -> Finding:
    """An authored file that cannot be read or parsed, as an error finding on that file."""
    return Finding(path=error.path, line=error.line or 1, column=1, rule=error.rule, severity=Severity.ERROR,
                   message=f"{error.problem}; {error.hint}" if error.hint else error.problem,
                   reason="the file cannot be checked until this is fixed")
