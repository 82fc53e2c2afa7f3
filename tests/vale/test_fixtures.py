"""Every rule of the Briefings style against its fixture folder: flagged and clean cases, golden output."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from tests.vale.fixtures import CASES, HERE, REPO, expected, fixture_library, lint_library, rule_names

RULES = rule_names()
KEY_ORDER = ("extends", "message", "description", "link", "level", "scope", "ignorecase", "nonword",
             "capitalize", "max", "min", "token", "tokens", "raw", "swap", "exceptions")


@pytest.mark.parametrize("rule", RULES)
def test_builtin_engine_matches_golden_output(rule: str, tmp_path: Path) -> None:
    found = lint_library(fixture_library(rule, tmp_path / "lib"), "builtin")
    assert found == expected(rule)


@pytest.mark.parametrize("rule", RULES)
@pytest.mark.skipif(shutil.which("vale") is None, reason="no vale binary on PATH; the built-in engine is tested above")
def test_vale_binary_matches_golden_output(rule: str, tmp_path: Path) -> None:
    found = lint_library(fixture_library(rule, tmp_path / "lib"), "binary")
    assert [(f["line"], f["column"], f["rule"], f["severity"]) for f in found] == \
        [(f["line"], f["column"], f["rule"], f["severity"]) for f in expected(rule)]


@pytest.mark.parametrize("rule", RULES)
def test_golden_output_flags_the_flagged_case_only(rule: str) -> None:
    findings = expected(rule)
    assert findings, f"tests/vale/{rule}/flagged.md must produce at least one finding"
    assert {f["path"] for f in findings} == {"docs/flagged.md"}
    assert {f["rule"] for f in findings} == {f"Briefings.{rule}"}
    assert all(f["reason"] and f["message"] for f in findings)


def test_every_rule_has_a_fixture_folder_and_every_folder_a_rule() -> None:
    folders = {p.name for p in HERE.iterdir() if p.is_dir() and p.name[:1].isupper()}
    assert folders == set(RULES)
    for rule in RULES:
        for name in (*CASES, "expected.json"):
            assert (HERE / rule / name).is_file(), f"missing tests/vale/{rule}/{name}"


@pytest.mark.parametrize("rule", RULES)
def test_rule_file_layout(rule: str) -> None:
    path = REPO / "styles" / "Briefings" / f"{rule}.yml"
    text = path.read_text(encoding="utf-8")
    assert re.match(rf"# {rule}: \S", text), "the file starts with a '# Rule: why it exists' comment"
    data = yaml.safe_load(text)
    assert list(data) == sorted(data, key=KEY_ORDER.index), "keys follow the fixed order"
    assert data["link"].startswith("https://")
    assert "%s" in data["message"] or data["extends"] == "occurrence"
    assert data["description"], "description is the finding's reason (evidence in a few words)"


def test_sample_library_has_no_vale_findings(sample_library: Path) -> None:
    shutil.copy2(REPO / ".vale.ini", sample_library / ".vale.ini")
    from briefings import vale
    from briefings.library import Library

    library = Library.load(sample_library)
    assert len(library.briefings) >= 3
    assert vale.check(library.project, library.pages) == []
