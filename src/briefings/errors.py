"""The error hierarchy. Errors are raised anywhere and caught only in `cli.main`."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Process exit codes shared by every command."""

    OK = 0
    FINDINGS = 1
    USAGE = 2


class BriefingsError(Exception):
    """A problem the user can fix; printed as `error: ...` plus what to do next."""

    exit_code = ExitCode.USAGE

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class UsageError(BriefingsError):
    """Bad command-line arguments or options."""


class InputError(BriefingsError):
    """An authored file that cannot be read: names the file and line."""

    rule = "unreadable-file"  # the rule id when this error is reported as a finding

    def __init__(self, path: Path | str, message: str, *, line: int | None = None, hint: str = "") -> None:
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {message}", hint=hint)
        self.path = str(path)
        self.line = line
        self.problem = message


class ConfigError(BriefingsError):
    """Broken configuration (mkdocs.yml, pyproject.toml, planned.yml)."""


class ToolError(BriefingsError):
    """An external tool (git, mkdocs, mike, vale, linkchecker) failed."""

    stderr = ""  # the tool's whole error output, when it ran
    timed_out = False


class GateError(BriefingsError):
    """A publish gate refused an edition; nothing was deployed."""

    exit_code = ExitCode.FINDINGS


class BuildError(BriefingsError):
    """The site did not build (e.g. `mkdocs build --strict` warnings); shows MkDocs' messages."""

    exit_code = ExitCode.FINDINGS
