"""`briefings.linting.lint` end to end on real fixture libraries."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.errors import ConfigError, InputError
from briefings.findings import Severity
from briefings.library import Library
from briefings.linting import lint, runner
from tests.conftest import DATA, briefing_text

CLAIMS = DATA / "lint-claims"


def line_of(path: Path, needle: str) -> int:
    """1-based line of the first line containing `needle`."""
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


@pytest.fixture
def claims_lib(tmp_path: Path) -> Path:
    shutil.copytree(CLAIMS, tmp_path / "claims")
    return tmp_path / "claims"


def test_sample_library_lints_clean_at_error_level(sample_library: Path) -> None:
    result = lint(Library.load(sample_library))
    assert [f for f in result.findings if f.severity is Severity.ERROR] == []


def test_one_finding_per_unsourced_block_with_line_and_reason(claims_lib: Path) -> None:
    path = claims_lib / "docs/RUSSIA/Unsourced.md"
    found = [f for f in lint(Library.load(claims_lib), [path]).findings if f.severity is Severity.ERROR]
    got = [(f.line, f.rule) for f in found]
    assert got == [
        (line_of(path, "The intelligence community"), "unsourced-assertion"),
        (line_of(path, "- Lied to the FBI"), "unsourced-assertion"),
        (line_of(path, "- Met the ambassador"), "unsourced-assertion"),
        (line_of(path, "| 2018 |"), "unsourced-assertion"),
        (line_of(path, '> "We will not'), "unattributed-quote"),
    ]
    first = found[0]
    assert first.end_line == first.line + 1  # the sentence spans two lines
    assert first.reason == "dated event; states what 'the intelligence community' did"
    assert found[1].reason == "states what someone did ('Lied')"
    assert found[2].reason == "dated event; states what someone did ('Met')"
    assert all(f.path == "docs/RUSSIA/Unsourced.md" for f in found)


def test_the_same_briefing_with_citations_gets_none(claims_lib: Path) -> None:
    result = lint(Library.load(claims_lib), [claims_lib / "docs/RUSSIA/Sourced.md"], stats=True)
    assert result.findings == []
    coverage = result.coverage["docs/RUSSIA/Sourced.md"]
    assert (coverage.assertions, coverage.sourced, coverage.unsourced) == (5, 5, 0)


def test_lead_in_citation_covers_the_list_only_when_it_ends_with_a_colon(make_library: Callable[..., Path]) -> None:
    body = """
        Ministers announced three measures.[^a]

        - Raised the fuel tax in 2019
        - Closed 14 regional offices

        [^a]: Ministry of Finance, *Annual report*, 2019.
        """
    root = make_library({"ECONOMY/a.md": briefing_text("A", body)})
    assert len(lint(Library.load(root)).findings) == 2
    root2 = make_library({"ECONOMY/a.md": briefing_text("A", body.replace("measures.[^a]", "measures:[^a]"))},
                         name="lib2")
    assert lint(Library.load(root2)).findings == []


def test_sentence_scope_demands_one_citation_per_sentence(make_library: Callable[..., Path]) -> None:
    body = """
        Putin ordered the campaign in 2016.[^a] The agency bought $1.25 million of advertising.

        [^a]: ODNI, *Assessing Russian Activities*, 2017.
        """
    root = make_library({"RUSSIA/a.md": briefing_text("A", body)})
    library = Library.load(root)
    assert lint(library).findings == []
    found = lint(library, scope="sentence").findings
    assert [(f.rule, f.reason) for f in found] == [("unsourced-assertion",
                                                   "states an amount; states what 'the agency' did")]
    per_briefing = make_library({"RUSSIA/a.md": briefing_text("A", body, lint={"scope": "sentence"})}, name="lib2")
    assert len(lint(Library.load(per_briefing)).findings) == 1


def test_suppression_comments_and_front_matter_list_are_counted(make_library: Callable[..., Path]) -> None:
    body = """
        <!-- briefings: disable=unsourced-assertion -->
        Putin ordered the campaign in 2016.
        <!-- briefings: enable=unsourced-assertion -->

        The agency bought $1.25 million of advertising.
        """
    root = make_library({"RUSSIA/a.md": briefing_text("A", body),
                         "RUSSIA/b.md": briefing_text("B", body, lint={"disable": ["unsourced-assertion"]})})
    result = lint(Library.load(root))
    assert [(f.path, f.reason) for f in result.findings] == [("docs/RUSSIA/a.md",
                                                              "states an amount; states what 'the agency' did")]
    assert result.suppressed == 3


def test_config_sets_severities_and_turns_rules_off(make_library: Callable[..., Path]) -> None:
    root = make_library({"RUSSIA/a.md": briefing_text("A", "Putin ordered the campaign in 2016.[^x]")})
    (root / "pyproject.toml").write_text(
        '[tool.briefings.lint]\nseverity = { "unsourced-assertion" = "warning", "footnote-undefined" = "off" }\n',
        encoding="utf-8")
    found = lint(Library.load(root)).findings
    assert [(f.rule, f.severity) for f in found] == [("unsourced-assertion", Severity.WARNING)]


def test_opinion_block_names_come_from_config(make_library: Callable[..., Path]) -> None:
    body = '!!! note "Background"\n\n    Putin ordered the campaign in 2016.'
    root = make_library({"RUSSIA/a.md": briefing_text("A", body)})
    assert len(lint(Library.load(root)).findings) == 1
    (root / "pyproject.toml").write_text('[tool.briefings.lint]\nopinion_blocks = ["note"]\n', encoding="utf-8")
    assert lint(Library.load(root)).findings == []


@pytest.mark.parametrize(("title", "opinion"), [('"Our view"', True), ('"In our assessment"', True),
                                                 ('"Our reading of the ruling"', True), ('"Background"', False),
                                                 ('"Our sources"', False), ('"Our analysis of the budget"', False),
                                                 ("", False)])
def test_an_admonition_titled_as_the_authors_view_holds_opinion(
        make_library: Callable[..., Path], title: str, opinion: bool) -> None:
    body = f'!!! tip {title}\n\n    Putin ordered the campaign in 2016.'
    root = make_library({"RUSSIA/a.md": briefing_text("A", body)})
    rules = [f.rule for f in lint(Library.load(root)).findings]
    assert rules == ([] if opinion else ["unsourced-assertion"])


def test_bad_config_is_a_config_error(make_library: Callable[..., Path]) -> None:
    root = make_library({})
    (root / "pyproject.toml").write_text('[tool.briefings.lint]\nscope = "page"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="scope"):
        lint(Library.load(root))


def test_files_outside_the_library_use_its_config(make_library: Callable[..., Path], tmp_path: Path) -> None:
    root = make_library({})
    (root / "pyproject.toml").write_text('[tool.briefings.lint]\nscope = "sentence"\n', encoding="utf-8")
    outside = tmp_path / "draft.md"
    outside.write_text("Putin ordered it in 2016.[^a] It cost $5 million.\n\n[^a]: ODNI, *Report*, 2017.\n",
                       encoding="utf-8")
    found = lint(Library.load(root), [outside]).findings
    assert [(f.path, f.line, f.reason) for f in found] == [(str(outside.resolve()), 1,
                                                            "states an amount; states what 'it' did")]


def test_folders_are_linted_recursively_and_missing_paths_fail(claims_lib: Path) -> None:
    library = Library.load(claims_lib)
    result = lint(library, [claims_lib / "docs/RUSSIA"])
    assert {b.label for b in result.files} == {"docs/RUSSIA/index.md", "docs/RUSSIA/Sourced.md",
                                               "docs/RUSSIA/Unsourced.md"}
    with pytest.raises(InputError, match="no such file"):
        lint(library, [claims_lib / "docs/NOPE.md"])


def test_link_findings_are_merged(make_library: Callable[..., Path]) -> None:
    root = make_library({"RUSSIA/a.md": briefing_text("A", "See [the other page](missing.md).")})
    rules = {f.rule for f in lint(Library.load(root)).findings}
    assert "link-broken" in rules


def test_parallel_run_matches_serial_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import make_library as generator

    generator.write_library(tmp_path / "lib", count=60, words=1200, seed=3, unsourced=0.3)
    library = Library.load(tmp_path / "lib")
    monkeypatch.setattr(runner, "PARALLEL_FROM", 10)
    parallel = lint(library, stats=True)
    monkeypatch.setattr(runner, "PARALLEL_FROM", 10**6)
    serial = lint(Library.load(tmp_path / "lib"), stats=True)
    assert parallel.findings == serial.findings
    assert parallel.coverage == serial.coverage
    assert any(f.rule == "unsourced-assertion" for f in parallel.findings)


def test_errors_in_worker_processes_reach_the_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from briefings.errors import BriefingsError

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import make_library as generator

    generator.write_library(tmp_path / "lib", count=12, words=300, seed=1, unsourced=0.0)
    (tmp_path / "lib/.vale.ini").write_text("StylesPath = nowhere\n[*.md]\nBasedOnStyles = Missing\n",
                                            encoding="utf-8")
    monkeypatch.setattr(runner, "PARALLEL_FROM", 5)
    with pytest.raises(BriefingsError, match="style 'Missing' not found") as caught:
        lint(Library.load(tmp_path / "lib"))
    assert caught.value.exit_code == 2
