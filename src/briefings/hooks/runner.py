"""Dispatch a hook check by name and turn its result into a report."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from briefings.config import Project
from briefings.errors import InputError
from briefings.findings import Finding, source_lines
from briefings.hooks import checks, filesafety
from briefings.report import Report


def run_check(project: Project, check: str, names: Sequence[str]) -> Report:
    """The report of one check (`files`, `names`, `front-matter`, `lint` or `vale`) on the named files."""
    missing = [name for name in names if not os.path.lexists(name)]
    if missing:
        raise InputError(missing[0], "no such file", hint="pass files that exist (pre-commit passes the staged ones)")
    if check == "files":
        return Report(file_safety(project, names))
    if check == "names":
        return Report(checks.names(project, names))
    files = checks.targets(project, names)
    run = {"front-matter": checks.front_matter, "lint": checks.lint, "vale": checks.vale}[check]
    lines = {t.label: source_lines(t.data.decode("utf-8", errors="replace")) for t in files}
    return Report(run(project, files), lines=lines)


def file_safety(project: Project, names: Sequence[str]) -> list[Finding]:
    """Encoding findings for regular files, escape findings for symlinks."""
    findings: list[Finding] = []
    for name in names:
        path = Path(name)
        if path.is_symlink():  # named as given: its resolved path is somewhere else
            findings += filesafety.check_symlink(path, path.as_posix(), project.docs_dir)
        elif path.is_file():
            findings += filesafety.check_text(path, project.label(path), project.settings.max_file_bytes)
    return findings
