"""`briefings review`: findings on changed lines only, in every format, with clear errors."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings import linting
from briefings.library import Library
from tests.conftest import briefing_text, init_repo, run_git
from tests.hooks.examples import BROKEN_LINK_TARGET, CLAIM

Cli = Callable[..., tuple[int, str, str]]
REL = "RESEARCH/Spending.md"
NEW_CLAIM = "The ministry hired 3,000 new staff in 2021."
OLD = briefing_text("Spending", f"This briefing follows the program's budget.\n\n{CLAIM}")
NEW = OLD + f"\n{NEW_CLAIM}\n"


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.fixture
def branch(make_library: Callable[..., Path]) -> Path:
    """main has an unsourced claim; the branch `feature` adds a second one in a later paragraph."""
    root = make_library({REL: OLD}, git=True)
    run_git(root, "checkout", "-q", "-b", "feature")
    (root / "docs" / REL).write_text(NEW, encoding="utf-8")
    run_git(root, "commit", "-q", "-am", "add a claim")
    return root


def unsourced_lines(findings: list[dict[str, object]]) -> set[object]:
    return {f["line"] for f in findings if f["rule"] == "unsourced-assertion"}


def test_lint_itself_flags_both_claims(branch: Path) -> None:
    """The premise of the next test: the old claim is a finding too, review must leave it out."""
    findings = linting.lint(Library.load(branch)).findings
    assert {line_of(NEW, CLAIM), line_of(NEW, NEW_CLAIM)} <= {f.line for f in findings
                                                              if f.rule == "unsourced-assertion"}


def test_review_reports_the_changed_line_and_not_the_unchanged_one(branch: Path, cli: Cli) -> None:
    code, out, err = cli("--root", branch, "review", "--format", "json")
    assert code == 1, err
    lines = unsourced_lines(json.loads(out))
    assert line_of(NEW, NEW_CLAIM) in lines
    assert line_of(NEW, CLAIM) not in lines


def test_human_format_names_file_line_rule_and_base(branch: Path, cli: Cli) -> None:
    code, out, _ = cli("--root", branch, "review")
    assert code == 1
    assert f"docs/{REL}" in out
    assert re.search(rf"^  {line_of(NEW, NEW_CLAIM)}:\d+\s+error .*\[unsourced-assertion\]$", out, re.M)
    base = run_git(branch, "merge-base", "main", "HEAD").strip()
    assert f"reviewed 1 changed file since {base[:12]}" in out


def test_sarif_and_github_annotations_point_at_the_changed_line(branch: Path, cli: Cli) -> None:
    line = line_of(NEW, NEW_CLAIM)
    _, out, _ = cli("--root", branch, "review", "--format", "sarif")
    results = json.loads(out)["runs"][0]["results"]
    spots = {(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results}
    assert ("unsourced-assertion", line) in spots
    assert ("unsourced-assertion", line_of(NEW, CLAIM)) not in spots
    _, out, _ = cli("--root", branch, "review", "--format", "github")
    assert f"::error file=docs/{REL},line={line}," in out
    assert f"line={line_of(NEW, CLAIM)}," not in out


def test_uncommitted_edits_and_untracked_briefings_are_reviewed(branch: Path, cli: Cli) -> None:
    draft = briefing_text("Draft", f"Background first.\n\n{CLAIM}")
    (branch / "docs/RESEARCH/Draft.md").write_text(draft, encoding="utf-8")
    _, out, _ = cli("--root", branch, "review", "--format", "json")
    findings = json.loads(out)
    assert line_of(draft, CLAIM) in unsourced_lines([f for f in findings if f["path"].endswith("Draft.md")])


def test_explicit_base_commit(branch: Path, cli: Cli) -> None:
    code, out, _ = cli("--root", branch, "review", "--base", "HEAD", "--format", "json")
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = cli("--root", branch, "review", "--base", "HEAD~1", "--format", "json")
    assert code == 1
    assert line_of(NEW, NEW_CLAIM) in unsourced_lines(json.loads(out))


@pytest.mark.parametrize("odd", ["\r", "\x0c", "\u2028", "\x85", "\x1e"], ids=["cr", "ff", "u2028", "nel", "rs"])
def test_a_line_break_that_git_does_not_count_hides_no_finding(make_library: Callable[..., Path], cli: Cli,
                                                               odd: str) -> None:
    # markdown-it ends a line at a lone carriage return (str.splitlines() at the others too), git does not:
    # a finding numbered by the parse was one line late, off the changed line, and review dropped it
    old = briefing_text("Spending", f"We think so.{odd}We hope so.\n\nWe believe it.")
    root = make_library({REL: old.encode()}, git=True)
    new = old.replace("We believe it.", NEW_CLAIM)
    (root / "docs" / REL).write_bytes(new.encode())
    code, out, err = cli("--root", root, "review", "--format", "json")
    assert code == 1, out + err
    assert unsourced_lines(json.loads(out)) == {new.count("\n", 0, new.index(NEW_CLAIM)) + 1}


@pytest.mark.parametrize("odd", ["\r", "\x0c", "\u2028", "\x85", "\x1e"], ids=["cr", "ff", "u2028", "nel", "rs"])
def test_every_command_shows_the_excerpt_of_the_finding_line(make_library: Callable[..., Path], cli: Cli,
                                                              odd: str) -> None:
    # `str.splitlines()` also ends a line at these: the excerpt shown was a line before the finding's
    link = f"[missing]({BROKEN_LINK_TARGET.replace(' ', '%20')})"
    old = briefing_text("Spending", f"We think so.{odd}We hope so.\n\nWe believe it.")
    root = make_library({REL: old.encode()}, git=True)
    new = old.replace("We believe it.", f"{NEW_CLAIM}\nSee {link}.")
    (root / "docs" / REL).write_bytes(new.encode())
    path = root / "docs" / REL
    for command in (["lint", path], ["hook", "lint", path], ["review"]):
        code, out, err = cli("--root", root, *command)
        assert code == 1, out + err
        assert re.search(rf"\[unsourced-assertion\]\n(?:.*why: .*\n)?\s+\| {NEW_CLAIM}\n", out), (command, out)
    code, out, _ = cli("--root", root, "links", path)
    assert code == 1 and re.search(rf"\[link-broken\]\n\s+\| See {re.escape(link)}\.\n", out), out


def test_broken_link_on_a_changed_line_only(make_library: Callable[..., Path], cli: Cli) -> None:
    link = f"[missing]({BROKEN_LINK_TARGET.replace(' ', '%20')})"
    old = briefing_text("Links", f"Old text with a {link}.")
    root = make_library({REL: old}, git=True)
    new = old + f"\nNew text with another {link}.\n"
    (root / "docs" / REL).write_text(new, encoding="utf-8")
    _, out, _ = cli("--root", root, "review", "--format", "json")
    lines = {f["line"] for f in json.loads(out) if f["rule"] == "link-broken"}
    assert line_of(new, "New text") in lines
    assert line_of(new, "Old text") not in lines


def test_library_in_a_subfolder_reports_repository_paths(make_library: Callable[..., Path], cli: Cli,
                                                         tmp_path: Path) -> None:
    lib = make_library({REL: OLD}, name="repo/library")
    init_repo(tmp_path / "repo")
    (lib / "docs" / REL).write_text(NEW, encoding="utf-8")
    _, out, _ = cli("--root", lib, "review", "--format", "json")
    paths = {f["path"] for f in json.loads(out)}
    assert paths == {f"library/docs/{REL}"}


def test_no_changes_is_clean(make_library: Callable[..., Path], cli: Cli) -> None:
    root = make_library({REL: OLD}, git=True)
    code, out, _ = cli("--root", root, "review")
    assert code == 0
    assert "no problems found" in out
    assert "reviewed 0 changed files" in out


def test_missing_base_is_a_usage_error(make_library: Callable[..., Path], cli: Cli) -> None:
    root = make_library({REL: OLD}, git=True)
    run_git(root, "branch", "-m", "main", "trunk")
    code, _, err = cli("--root", root, "review")
    assert code == 2
    assert "no branch or commit named main or origin/main" in err
    assert "--base" in err
    code, _, err = cli("--root", root, "review", "--base", "nope")
    assert code == 2
    assert "no branch or commit named nope" in err


def test_outside_git_is_a_usage_error(make_library: Callable[..., Path], cli: Cli) -> None:
    root = make_library({REL: OLD})
    code, _, err = cli("--root", root, "review")
    assert code == 2
    assert "not inside a git repository" in err
    assert "Traceback" not in err


def test_unreadable_changed_files_are_counted_and_each_is_an_error_saying_what_to_do(
        make_library: Callable[..., Path], cli: Cli) -> None:
    """A reviewer reads the count as 'what this change touched': a changed file that cannot be
    read (a NUL byte, which git diffs as binary; not UTF-8; over file_bytes; a link to a FIFO)
    is counted and is an error naming it, never left out."""
    import os

    root = make_library({REL: OLD, "RESEARCH/Nul.md": OLD}, git=True)
    (root / "pyproject.toml").write_text("[tool.briefings.limits]\nfile_bytes = 4000\n", encoding="utf-8")
    run_git(root, "add", "-A")
    run_git(root, "commit", "-q", "-m", "limits")
    run_git(root, "checkout", "-q", "-b", "feature")
    docs = root / "docs/RESEARCH"
    (docs / "Spending.md").write_text(NEW, encoding="utf-8")
    (docs / "Nul.md").write_text(OLD.replace("budget", "bud\0get"), encoding="utf-8")
    (docs / "Latin.md").write_bytes(OLD.replace("budget", "caf\u00e9").encode("latin-1"))
    (docs / "Huge.md").write_text(OLD + "More text about the budget.\n" * 200, encoding="utf-8")
    os.mkfifo(docs / "pipe")
    (docs / "Pipe.md").symlink_to("pipe")
    run_git(root, "add", "-A")
    run_git(root, "commit", "-q", "-m", "changes")
    code, out, _ = cli("--root", root, "review")
    assert code == 1
    assert re.search(r"reviewed 5 changed files since \w{12}; 4 could not be checked: fix their errors above", out)
    _, out, _ = cli("--root", root, "review", "--format", "json")
    unreadable = {f["path"]: f["message"] for f in json.loads(out) if f["rule"] == "unreadable-file"}
    assert sorted(unreadable) == [f"docs/RESEARCH/{name}.md" for name in ("Huge", "Latin", "Nul", "Pipe")]
    assert "contains a NUL byte; remove it" in unreadable["docs/RESEARCH/Nul.md"]
    assert "not valid UTF-8 (byte 0xe9" in unreadable["docs/RESEARCH/Latin.md"]
    assert "re-save the file as UTF-8" in unreadable["docs/RESEARCH/Latin.md"]
    assert "raise file_bytes" in unreadable["docs/RESEARCH/Huge.md"]
    assert "named pipe (FIFO)" in unreadable["docs/RESEARCH/Pipe.md"]


@pytest.mark.parametrize("how", ["committed", "untracked"])
def test_review_reports_a_changed_name_git_misreads(branch: Path, cli: Cli, how: str) -> None:
    """git's names of changed files (raw bytes, C-quoted in the diff) match the files the finding shows
    with U+FFFD: a name with a line break or bytes that are not UTF-8, a folder with a tab."""
    for rel in ("RESEARCH/new\nline.md", "RESEARCH/caf\udce9.md", "TAB\tBED/page.md"):
        (branch / "docs" / rel).parent.mkdir(exist_ok=True)
        (branch / "docs" / rel).write_text(OLD, encoding="utf-8")
    if how == "committed":
        run_git(branch, "add", "-A")
        run_git(branch, "commit", "-q", "-m", "badly named files")
    code, out, err = cli("--root", branch, "review", "--format", "json")
    assert code == 1 and "internal error" not in err
    named = {f["path"] for f in json.loads(out) if f["rule"] == "file-name"}
    assert named == {"docs/RESEARCH/new\ufffdline.md", "docs/RESEARCH/caf\ufffd.md", "docs/TAB\ufffdBED/"}


def test_a_change_that_adds_a_name_colliding_with_an_old_one_is_told(make_library: Callable[..., Path],
                                                                      cli: Cli) -> None:
    """`Report.md` added beside an old `report.md` (one file on macOS and Windows): the change itself is
    reported, not only the untouched page, and so is the staged file in the hook."""
    root = make_library({"A/report.md": briefing_text("Report", "Text.")}, git=True)
    (root / "docs/A/Report.md").write_text(briefing_text("Report", "Text."), "utf-8")
    run_git(root, "add", "-A")
    code, out, _ = cli("--root", root, "review", "--base", "HEAD", "--format", "json")
    assert code == 1 and {(f["path"], f["rule"]) for f in json.loads(out)} == {("docs/A/Report.md", "file-name")}
    code, out, _ = cli("--root", root, "hook", "lint", root / "docs/A/Report.md", "--format", "json")
    assert code == 1 and [f["rule"] for f in json.loads(out)] == ["file-name"]
