"""Caches: the cached library equals an uncached load, and cached findings go stale when they must."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefings import linting
from briefings.config import load_project
from briefings.frontcache import CACHE_FILE
from briefings.library import Library
from tests.conftest import briefing_text
from tests.hooks.examples import SOURCED, UNSOURCED, line_of

Cli = Callable[..., tuple[int, str, str]]
EMBARGOED = briefing_text("Embargoed", "Text.", embargo_until="2030-01-01T09:00:00+01:00", updated="2025-02-03")
ODD_KEYS = "---\ntitle: Odd\n2020: a year as a key\n---\n\n# Odd\n"


def snapshot(library: Library) -> list[tuple[object, ...]]:
    return [(p.path, p.rel, p.label, p.text, p.body, p.front.data, p.front.yaml_text, p.front.present,
             p.front.body_line) for p in library.pages]


@pytest.fixture
def library_root(sample_library: Path) -> Path:
    for name, text in {"Embargoed.md": EMBARGOED, "Odd.md": ODD_KEYS}.items():
        (sample_library / "docs/RESEARCH" / name).write_text(text, encoding="utf-8")
    return sample_library


def test_cached_library_equals_an_uncached_load_cold_and_warm(library_root: Path) -> None:
    expected = snapshot(Library.load(library_root, cache=False))
    project = load_project(library_root)
    assert not (library_root / CACHE_FILE).exists()
    assert snapshot(Library.load(project=project)) == expected  # cold: parses and stores
    assert (library_root / CACHE_FILE).is_file()
    assert snapshot(Library.load(project=project)) == expected  # warm: from the cache


def test_a_corrupt_front_matter_cache_is_ignored(library_root: Path) -> None:
    project = load_project(library_root)
    Library.load(project=project)
    cache = library_root / CACHE_FILE
    cache.write_text(cache.read_text().replace('"$date": "2025-', '"$date": "not a date-'), encoding="utf-8")
    assert snapshot(Library.load(project=project)) == snapshot(Library.load(library_root, cache=False))
    cache.write_text("{not json", encoding="utf-8")
    assert snapshot(Library.load(project=project)) == snapshot(Library.load(library_root, cache=False))


def test_an_edited_front_matter_is_parsed_again(library_root: Path) -> None:
    Library.load(library_root)
    page = library_root / "docs/RESEARCH/Authoritarian Playbook.md"
    page.write_text(page.read_text(encoding="utf-8").replace("status: published", "status: draft"), encoding="utf-8")
    loaded = Library.load(library_root).get("RESEARCH/Authoritarian Playbook.md")
    assert loaded is not None and loaded.status == "draft"


def test_unchanged_files_are_not_linted_again(sample_library: Path, cli: Cli,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = sample_library / "docs/RESEARCH/Spending.md"
    target.write_text(UNSOURCED, encoding="utf-8")
    first = cli("--root", sample_library, "hook", "lint", target)
    assert first[0] == 1

    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("the lint ran again for an unchanged library")

    monkeypatch.setattr(linting, "lint", must_not_run)
    assert cli("--root", sample_library, "hook", "lint", target) == first


def test_cached_findings_follow_the_rest_of_the_library(sample_library: Path, cli: Cli) -> None:
    """A link is checked against the whole library: deleting its target elsewhere invalidates the cache."""
    docs = sample_library / "docs/RESEARCH"
    (docs / "Spending.md").write_text(SOURCED, encoding="utf-8")
    linking = briefing_text("Overview", "Read [the spending briefing](Spending.md) first.")
    (docs / "Overview.md").write_text(linking, encoding="utf-8")
    assert cli("--root", sample_library, "hook", "lint", docs / "Overview.md")[0] == 0
    (docs / "Spending.md").unlink()
    code, out, _ = cli("--root", sample_library, "hook", "lint", docs / "Overview.md")
    assert code == 1
    assert f"  {line_of(linking, 'Spending.md')}:" in out


def test_cached_findings_follow_the_library_settings(sample_library: Path, cli: Cli) -> None:
    target = sample_library / "docs/RESEARCH/Spending.md"
    target.write_text(UNSOURCED, encoding="utf-8")
    assert cli("--root", sample_library, "hook", "lint", target)[0] == 1
    pyproject = sample_library / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8")
                         + '\n[tool.briefings.lint]\nseverity = { "unsourced-assertion" = "warning" }\n',
                         encoding="utf-8")
    code, out, _ = cli("--root", sample_library, "hook", "lint", target)
    assert code == 0
    assert "warning" in out and "[unsourced-assertion]" in out


def test_stale_entries_are_removed_when_the_library_changes(sample_library: Path, cli: Cli) -> None:
    target = sample_library / "docs/RESEARCH/Spending.md"
    target.write_text(SOURCED, encoding="utf-8")
    cli("--root", sample_library, "hook", "lint", target)
    target.write_text(SOURCED + "\nAnother sentence.\n", encoding="utf-8")
    cli("--root", sample_library, "hook", "lint", target)
    folders = list((sample_library / ".briefings-cache/hooks/lint").iterdir())
    assert len(folders) == 1
    assert len(list(folders[0].glob("*.json"))) == 1


@pytest.mark.parametrize("config", ["_vale.ini", "styles/.vale.ini"])
@pytest.mark.parametrize("command", [("hook", "vale"), ("lint",)])
def test_cached_findings_follow_the_vale_configuration_that_is_read(
        sample_library: Path, cli: Cli, config: str, command: tuple[str, ...]) -> None:
    """Vale reads `_vale.ini` or `styles/.vale.ini` when there is no `.vale.ini`: editing it reruns the rules."""
    target = sample_library / "docs/RESEARCH/Spending.md"
    target.write_text(briefing_text("Spending", "We think this is clearly so."), encoding="utf-8")
    ini = sample_library / config
    styles = "styles" if config == "_vale.ini" else "."  # StylesPath is relative to the file
    ini.write_text(f"StylesPath = {styles}\n[*.md]\nBasedOnStyles = Briefings\n", encoding="utf-8")
    code, out, _ = cli("--root", sample_library, *command, target)
    assert code == 0 and "[Briefings.Certainty]" in out
    ini.write_text(ini.read_text(encoding="utf-8") + "Briefings.Certainty = error\n", encoding="utf-8")
    code, out, _ = cli("--root", sample_library, *command, target)
    assert code == 1
    assert "error" in out and "[Briefings.Certainty]" in out
