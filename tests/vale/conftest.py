"""Fixtures for the Vale tests: tiny libraries with their own styles and .vale.ini."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.findings import Finding

DEFAULT_INI = "StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.md]\nBasedOnStyles = Test\n"


@pytest.fixture
def style_library(tmp_path: Path) -> Callable[..., Path]:
    """make(rules={"Rule": yaml}, files={"a.md": text}, ini=...) -> library root with style `Test`."""

    def make(rules: dict[str, str], files: dict[str, str], *, ini: str = DEFAULT_INI) -> Path:
        root = tmp_path / "lib"
        (root / "docs").mkdir(parents=True, exist_ok=True)
        (root / "mkdocs.yml").write_text("site_name: t\ndocs_dir: docs\n", encoding="utf-8")
        (root / ".vale.ini").write_text(ini, encoding="utf-8")
        style = root / "styles" / "Test"
        style.mkdir(parents=True, exist_ok=True)
        for name, text in rules.items():
            (style / f"{name}.yml").write_text(textwrap.dedent(text), encoding="utf-8")
        for name, text in files.items():
            (root / "docs" / name).write_text(textwrap.dedent(text), encoding="utf-8")
        return root

    return make


def lint(root: Path) -> list[Finding]:
    """The built-in engine's findings on every page of the library at `root`."""
    from briefings import vale
    from briefings.library import Library

    library = Library.load(root)
    return vale.check(library.project, library.pages)


def where(findings: list[Finding]) -> list[tuple[int, int, str]]:
    """(line, column, rule) of each finding, for compact assertions."""
    return [(f.line, f.column, f.rule) for f in findings]


@pytest.fixture(autouse=True)
def _builtin_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFINGS_VALE", "builtin")
