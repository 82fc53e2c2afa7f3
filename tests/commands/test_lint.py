"""`briefings lint` in-process: formats, exit codes, --stats, --fix and bad input."""

from __future__ import annotations

import json
import time
import shutil
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import DATA, briefing_text

CLI = Callable[..., tuple[int, str, str]]
SARIF_SCHEMA = json.loads((DATA / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
KEYS = ["path", "line", "column", "end_line", "rule", "severity", "message", "reason"]


@pytest.fixture
def claims_lib(tmp_path: Path) -> Path:
    shutil.copytree(DATA / "lint-claims", tmp_path / "claims")
    return tmp_path / "claims"


def test_sample_library_exits_zero(cli: CLI, sample_library: Path) -> None:
    code, out, _ = cli("--root", sample_library, "lint")
    assert code == 0, out


def test_json_lists_findings_with_the_documented_keys(cli: CLI, claims_lib: Path) -> None:
    code, out, _ = cli("--root", claims_lib, "lint", "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert all(list(item) == KEYS for item in data)
    unsourced = [d for d in data if d["path"] == "docs/RUSSIA/Unsourced.md" and d["severity"] == "error"]
    assert len(unsourced) == 5
    assert unsourced[0]["rule"] == "unsourced-assertion" and unsourced[0]["line"] == 14


def test_sarif_validates_against_the_sarif_2_1_0_schema(cli: CLI, claims_lib: Path) -> None:
    code, out, _ = cli("--root", claims_lib, "lint", "--format", "sarif")
    log = json.loads(out)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    assert code == 1 and len(results) >= 5
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


def test_github_format_prints_one_workflow_command_per_finding(cli: CLI, claims_lib: Path) -> None:
    _, out, _ = cli("--root", claims_lib, "lint", "--format", "github", claims_lib / "docs/RUSSIA/Unsourced.md")
    rows = out.strip().splitlines()
    assert len(rows) == 5
    assert rows[0].startswith("::error file=docs/RUSSIA/Unsourced.md,line=14,endLine=15,col=1,title=unsourced-assertion::")


def test_human_format_groups_by_file_shows_the_line_and_counts(cli: CLI, claims_lib: Path) -> None:
    _, out, _ = cli("--root", claims_lib, "lint", claims_lib / "docs/RUSSIA/Unsourced.md")
    assert out.startswith("docs/RUSSIA/Unsourced.md\n  14:1  error")
    assert "| - Lied to the FBI about contacts with the Russian ambassador" in out
    assert out.rstrip().endswith("5 errors in 1 file")


def test_stats_reports_coverage_per_briefing(cli: CLI, claims_lib: Path) -> None:
    _, out, _ = cli("--root", claims_lib, "lint", "--stats")
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.startswith("  docs/")}
    assert rows["docs/RUSSIA/Unsourced.md"] == ["5", "0", "5", "0%"]
    assert rows["docs/RUSSIA/Sourced.md"] == ["5", "5", "0", "100%"]


def test_snippet_markers_are_no_assertions_in_the_findings_or_the_stats(cli: CLI,
                                                                        make_library: Callable[..., Path]) -> None:
    body = """
        --8<-- "RUSSIA/Timeline 2016.md"

        ;--8<-- "RUSSIA/Timeline 2016.md"

        --8<--
        RUSSIA/Timeline 2016.md

        RUSSIA/Indictments 2018.md
        --8<--

        The ministry cut the budget by 40% in 2023.
        --8<-- "RUSSIA/Budget 2023.md"
        """
    root = make_library({"RUSSIA/Snip.md": briefing_text("Snip", body)})
    _, out, _ = cli("--root", root, "lint", "--format", "json", "--stats")
    findings = json.loads(out)
    text = (root / "docs/RUSSIA/Snip.md").read_text("utf-8").splitlines()
    line = text.index("The ministry cut the budget by 40% in 2023.") + 1
    assert [(f["rule"], f["line"], f["end_line"]) for f in findings] == [("unsourced-assertion", line, line)]
    assert findings[0]["reason"] == "states a percentage; dated event; states what 'the ministry' did"
    _, table, _ = cli("--root", root, "lint", "--stats")
    rows = {row.split()[0]: row.split()[1:] for row in table.splitlines() if row.startswith("  docs/")}
    assert rows == {"docs/RUSSIA/Snip.md": ["1", "0", "1", "0%"]}


def test_stats_keeps_json_output_valid(cli: CLI, claims_lib: Path) -> None:
    _, out, err = cli("--root", claims_lib, "lint", "--format", "json", "--stats")
    json.loads(out)
    assert "sourcing coverage" in err


TRAPS = """\
---
title: Traps
status: draft
summary: Lists the traps.
updated: 2025-01-01
authors: [Ana]
---

# Traps

Key terms:
- disinformation
- propaganda
  - state media

Text  with   odd spacing\u2028stays.\r
Plain *emphasis* - not a list.
"""


def test_fix_repairs_list_spacing_and_indentation_and_nothing_else(cli: CLI, make_library: Callable[..., Path]) -> None:
    root = make_library({"MEDIA/traps.md": TRAPS.encode()})
    path = root / "docs/MEDIA/traps.md"
    code, out, _ = cli("--root", root, "lint", "--fix")
    fixed = path.read_bytes()
    expected = TRAPS.replace("Key terms:\n- dis", "Key terms:\n\n- dis").replace("  - state", "    - state")
    assert fixed == expected.encode()
    assert "fixed docs/MEDIA/traps.md:12: inserted a blank line before this line" in out
    assert "fixed docs/MEDIA/traps.md:14: indented the nested list by 2 more spaces" in out
    assert code == 0
    cli("--root", root, "lint", "--fix")
    assert path.read_bytes() == fixed  # idempotent



def _python_markdown(path: Path) -> str:
    import markdown

    return markdown.markdown(path.read_text(encoding="utf-8").split("---\n", 2)[2]).replace("\n", "")


def test_fix_leaves_a_tab_indented_list_that_mkdocs_already_nests(cli: CLI, make_library: Callable[..., Path]) -> None:
    """A tab goes to column 4 as Python-Markdown counts it: ` - a` / `\\t- b` nests, so no finding, no change."""
    text = briefing_text("Tab", "We think these things:\n\n - Parent item\n\t- Child item\n")
    root = make_library({"MEDIA/tab.md": text})
    path = root / "docs/MEDIA/tab.md"
    assert "<li>Parent item<ul><li>Child item</li></ul></li>" in _python_markdown(path)
    code, out, _ = cli("--root", root, "lint", "--fix")
    assert "fixed" not in out and "[list-indent]" not in out
    assert path.read_text(encoding="utf-8") == text
    assert "<li>Parent item<ul><li>Child item</li></ul></li>" in _python_markdown(path)


def test_fix_moves_a_tab_indented_nested_list_by_whole_columns(cli: CLI, make_library: Callable[..., Path]) -> None:
    """The spaces go after the leading tab (before it the tab stop swallows them): one change, one round."""
    from briefings.markdown import parser

    body = "We think these things:\n\n- One\n\t- Two\n\t  - Three\n"
    root = make_library({"MEDIA/tab.md": briefing_text("Tab", body)})
    path = root / "docs/MEDIA/tab.md"
    assert "<li>Two</li><li>Three</li>" in _python_markdown(path)  # MkDocs does not nest Three
    before = parser().render(path.read_text(encoding="utf-8"))
    code, out, _ = cli("--root", root, "lint", "--fix")
    assert out.count("fixed docs/MEDIA/tab.md") == 1 and "indented the nested list by 2 more spaces" in out
    assert path.read_text(encoding="utf-8") == briefing_text("Tab", body.replace("\t  - Three", "\t    - Three"))
    assert "<li>Two<ul><li>Three</li></ul></li>" in _python_markdown(path)
    assert parser().render(path.read_text(encoding="utf-8")) == before  # the editor shows what it showed
    assert "[list-indent]" not in out


def test_every_item_of_a_nested_list_is_checked_and_fixed(cli: CLI, make_library: Callable[..., Path]) -> None:
    """CommonMark keeps `  - Bad` in the nested list under `    - Nested`; MkDocs made it an item of the outer list."""
    from briefings.markdown import parser

    body = "We think these things:\n\n- One item\n- Two item\n    - Nested item\n  - Bad nested item\n"
    root = make_library({"MEDIA/n.md": briefing_text("N", body)})
    path = root / "docs/MEDIA/n.md"
    assert "<li>Bad nested item</li></ul>" in _python_markdown(path)  # at the top level
    before = parser().render(path.read_text(encoding="utf-8"))
    code, out, _ = cli("--root", root, "lint", "--format", "json")
    found = [(f["line"], f["message"]) for f in json.loads(out) if f["rule"] == "list-indent"]
    assert found == [(17, "indent this item of the nested list by 4 spaces: with 2, MkDocs does not nest it")]
    _, out, _ = cli("--root", root, "lint", "--fix")
    assert "fixed docs/MEDIA/n.md:17: indented the nested list by 2 more spaces" in out
    assert path.read_text(encoding="utf-8") == briefing_text("N", body.replace("  - Bad", "    - Bad"))
    assert "<ul><li>Nested item</li><li>Bad nested item</li></ul>" in _python_markdown(path)
    assert parser().render(path.read_text(encoding="utf-8")) == before


def test_fix_leaves_a_symlink_and_fixes_its_target_once_through_its_own_path(
        cli: CLI, make_library: Callable[..., Path]) -> None:
    root = make_library({"MEDIA/real.md": TRAPS.encode()})
    alias = root / "docs/MEDIA/alias.md"
    alias.symlink_to("real.md")
    _, out, _ = cli("--root", root, "lint", "--fix")
    assert alias.is_symlink() and alias.readlink() == Path("real.md")
    assert (root / "docs/MEDIA/real.md").read_bytes() == \
        TRAPS.replace("Key terms:\n- dis", "Key terms:\n\n- dis").replace("  - state", "    - state").encode()
    written = [line for line in out.splitlines() if line.startswith("fixed ")]
    assert [line.split(":")[0] for line in written] == ["fixed docs/MEDIA/real.md"] * 2
    assert "not fixed docs/MEDIA/alias.md: a symlink (to real.md)" in out
    _, out, _ = cli("--root", root, "lint", "--fix", alias)  # named alone: still left as it is
    assert alias.is_symlink() and not [line for line in out.splitlines() if line.startswith("fixed ")]

def test_fix_keeps_a_byte_order_mark(cli: CLI, make_library: Callable[..., Path]) -> None:
    root = make_library({"MEDIA/traps.md": b"\xef\xbb\xbf" + TRAPS.encode()})
    cli("--root", root, "lint", "--fix")
    expected = TRAPS.replace("Key terms:\n- dis", "Key terms:\n\n- dis").replace("  - state", "    - state")
    assert (root / "docs/MEDIA/traps.md").read_bytes() == b"\xef\xbb\xbf" + expected.encode()


def test_fix_keeps_carriage_return_line_endings(cli: CLI, make_library: Callable[..., Path]) -> None:
    body = "Key terms:\r- disinformation\r- propaganda\r\rMore text.\r"
    root = make_library({"MEDIA/cr.md": briefing_text("CR", body).encode()})
    path = root / "docs/MEDIA/cr.md"
    _, out, _ = cli("--root", root, "lint", "--fix")
    assert out.count("inserted a blank line") == 1
    fixed = path.read_bytes()
    assert b"Key terms:\r\r- disinformation" in fixed and b"\r\n" not in fixed  # one ending, the file's own
    cli("--root", root, "lint", "--fix")
    assert path.read_bytes() == fixed


@pytest.mark.parametrize("disable", ["all", "list-spacing, list-indent"])
def test_fix_leaves_a_briefing_alone_whose_front_matter_disables_the_rules(
        cli: CLI, make_library: Callable[..., Path], disable: str) -> None:
    text = TRAPS.replace("status: draft\n", f"status: draft\nlint: {{disable: [{disable}]}}\n").encode()
    root = make_library({"MEDIA/traps.md": text})
    code, out, _ = cli("--root", root, "lint", "--fix")
    assert (root / "docs/MEDIA/traps.md").read_bytes() == text
    assert "fixed" not in out and code == 0


def test_without_fix_files_are_not_touched(cli: CLI, make_library: Callable[..., Path]) -> None:
    root = make_library({"MEDIA/traps.md": TRAPS.encode()})
    code, out, _ = cli("--root", root, "lint")
    assert code == 1 and "[list-spacing]" in out and "[list-indent]" in out
    assert (root / "docs/MEDIA/traps.md").read_bytes() == TRAPS.encode()


@pytest.mark.parametrize(("content", "message"), [
    (b"---\ntitle: a: b\n---\n", "docs/RUSSIA/bad.md:2: front matter is not valid YAML"),
    (b"# Title\n\nCaf\xe9 in Latin-1\n", "docs/RUSSIA/bad.md:3: not valid UTF-8"),
])
def test_a_bad_file_is_one_finding_with_file_and_line(cli: CLI, make_library: Callable[..., Path], content: bytes,
                                                      message: str) -> None:
    root = make_library({"RUSSIA/bad.md": content, "RUSSIA/good.md": "---\ntitle: G\nstatus: draft\n---\n\n"
                                                                      "Putin ordered the campaign in 2016.\n"})
    code, out, err = cli("--root", root, "lint", "--format", "json")
    assert code == 1 and err == ""
    found = {(f["path"], f["line"], f["severity"]) for f in json.loads(out)}
    path, line = message.split(":")[:2]
    assert (path, int(line), "error") in found
    assert any(f["path"] == "docs/RUSSIA/good.md" and f["rule"] == "unsourced-assertion" for f in json.loads(out))


@pytest.mark.parametrize(("lint", "line", "problem"), [
    ("lint:\n  severity: [a]\n", 4, "severity must map rule ids"),
    ('lint:\n  severity: "x"\n', 4, "severity must map rule ids"),
    ("lint:\n  severity:\n    unsourced-assertion: ERROR\n", 4, "severity must map rule ids"),
    ("lint:\n  scope: page\n", 4, "scope is 'page'"),
    ("lint:\n  disable: unsourced-assertion\n", 4, "disable must be a list"),
    ("lint:\n  color: red\n", 4, "has unknown key(s) color"),
    ("lint: [disable]\n", 3, "must be a mapping"),
])
@pytest.mark.parametrize("fix", [False, True])
def test_bad_front_matter_lint_settings_are_a_finding_with_file_and_line(
        cli: CLI, make_library: Callable[..., Path], lint: str, line: int, problem: str, fix: bool) -> None:
    root = make_library({"RUSSIA/bad.md": f"---\ntitle: Bad\n{lint}---\n\n# Bad\n\nText.\n"})
    code, out, err = cli("--root", root, "lint", *(["--fix"] if fix else []))
    assert code == 1, err
    assert f"{line}:1  error    front matter lint: {problem}" in out
    assert "docs/RUSSIA/bad.md" in out and "Traceback" not in err and "internal error" not in err
    if fix:
        assert f"not fixed docs/RUSSIA/bad.md:{line}: front matter lint: {problem}" in out


def test_fix_moves_a_note_out_of_the_table_it_was_written_under(cli: CLI, make_library: Callable[..., Path]) -> None:
    """The note is a row of the table in the build until the blank line is in; then it is a paragraph."""
    import markdown

    body = "| Year | Value |\n|---|---|\n| 2021 | 12 |\nValues are as signed.\nNone are estimates.\n"
    root = make_library({"MEDIA/t.md": briefing_text("T", body)})
    path = root / "docs/MEDIA/t.md"
    code, out, _ = cli("--root", root, "lint")
    assert code == 1 and "[table-spacing]" in out and "as one more row of the table" in out
    assert "<td>Values are as signed." in markdown.markdown(path.read_text(), extensions=["tables"])
    code, out, _ = cli("--root", root, "lint", "--fix")
    assert "fixed docs/MEDIA/t.md" in out and "inserted a blank line" in out
    assert "[table-spacing]" not in cli("--root", root, "lint")[1]
    html = markdown.markdown(path.read_text(), extensions=["tables"])
    assert "<p>Values are as signed.\nNone are estimates.</p>" in html and "<td>Values" not in html


def test_unquoted_off_in_front_matter_turns_a_rule_off(make_library: Callable[..., Path]) -> None:
    root = make_library({"RUSSIA/a.md": "---\ntitle: A\nstatus: draft\nsummary: S.\nupdated: 2025-01-01\nauthors: [B]\n"
                                        "lint:\n  severity: {unsourced-assertion: off}\n---\n\n"
                                        "# A\n\nPutin ordered the campaign in 2016.\n"})
    from briefings.library import Library
    from briefings.linting import lint

    assert lint(Library.load(root)).findings == []


def test_missing_path_exits_two(cli: CLI, claims_lib: Path) -> None:
    code, _, err = cli("--root", claims_lib, "lint", claims_lib / "docs/nope.md")
    assert code == 2 and "no such file or folder" in err


def test_pathological_markdown_is_linted_without_hanging(cli: CLI, make_library: Callable[..., Path]) -> None:
    deep = "".join("  " * i + "- item\n" for i in range(200)) + "[" * 5000 + "x" + "]" * 5000 + "\n"
    root = make_library({"RUSSIA/deep.md": briefing_text("Deep", deep)})
    code, out, err = cli("--root", root, "lint", "--format", "json")
    assert code in (0, 1), err
    json.loads(out)


@pytest.mark.timeout(120)  # a hang; the CPU time below is what is judged (a loaded machine slows the wall clock)
@pytest.mark.parametrize("body", [
    "Mr. " * 50000,  # sentence splitting once rescanned the text before every period
    "[^" * 40000,  # footnote keys once ran on over every `[^` to the end of the line
    "<!-- briefings: disable=" + " " * 40000 + "x",  # an unclosed suppression comment
    "<!-- briefings: disable=a " * 4000,
])
def test_pathological_lines_are_linted_quickly(cli: CLI, make_library: Callable[..., Path], body: str) -> None:
    root = make_library({"RUSSIA/slow.md": briefing_text("Slow", body)})
    started = time.process_time()
    code, out, err = cli("--root", root, "lint", "--format", "json")
    assert time.process_time() - started < 10  # each was minutes when quadratic
    assert code in (0, 1), err
    json.loads(out)


def test_lint_help_lists_the_options(cli: CLI) -> None:
    code, out, _ = cli("lint", "--help")
    assert code == 0
    for option in ("--format", "--stats", "--fix", "--scope"):
        assert option in out


def test_scope_option_demands_a_citation_per_sentence(cli: CLI, make_library: Callable[..., Path]) -> None:
    body = "Putin ordered the campaign in 2016.[^a] The agency bought $1.25 million of ads.\n\n" \
           "[^a]: ODNI, *Assessing Russian Activities*, 2017."
    root = make_library({"RUSSIA/a.md": briefing_text("A", body)})
    assert cli("--root", root, "lint")[0] == 0
    code, out, _ = cli("--root", root, "lint", "--scope", "sentence", "--format", "json")
    assert code == 1
    assert [(f["rule"], f["reason"]) for f in json.loads(out)] == [
        ("unsourced-assertion", "states an amount; states what 'the agency' did")]
