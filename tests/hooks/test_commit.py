"""Real `git commit`s in a real repository with the installed hooks: what is rejected, what passes."""

from __future__ import annotations

import os
import re

import pytest

from tests.conftest import briefing_text
from tests.hooks.conftest import HookRepo
from tests.hooks.examples import BROKEN_LINK, CLAIM, SOURCED, UNSOURCED, line_of

NEW = "docs/RESEARCH/Program Spending.md"


def rejected(repo: HookRepo, before: str, result_code: int) -> bool:
    """The commit failed and HEAD did not move."""
    return result_code != 0 and repo.head() == before


def finding_line(output: str, line: int, rule: str) -> re.Match[str] | None:
    """A human-format finding line `  LINE:COL  error  ...  [RULE]`."""
    return re.search(rf"^  {line}:\d+\s+error\s+.*\[{re.escape(rule)}\]$", output, re.MULTILINE)


def test_sample_library_passes_every_hook(hook_repo: HookRepo) -> None:
    result = hook_repo.pre_commit("run", "--all-files")
    assert result.returncode == 0, result.stdout
    assert "Failed" not in result.stdout


def test_commit_adding_an_unsourced_assertion_is_rejected(hook_repo: HookRepo) -> None:
    before = hook_repo.head()
    hook_repo.write(NEW, UNSOURCED)
    hook_repo.git("add", NEW)
    result = hook_repo.commit("add spending briefing")
    assert rejected(hook_repo, before, result.returncode), result.stdout
    assert NEW in result.stdout
    assert finding_line(result.stdout, line_of(UNSOURCED, CLAIM), "unsourced-assertion"), result.stdout


def test_clean_commit_passes(hook_repo: HookRepo) -> None:
    before = hook_repo.head()
    hook_repo.write(NEW, SOURCED)
    hook_repo.git("add", NEW)
    result = hook_repo.commit("add sourced spending briefing")
    assert result.returncode == 0, result.stdout
    assert hook_repo.git("rev-parse", "HEAD~1").strip() == before
    assert hook_repo.git("show", f"HEAD:{NEW}") == SOURCED


def test_commit_adding_a_broken_link_is_rejected(hook_repo: HookRepo) -> None:
    before = hook_repo.head()
    hook_repo.write(NEW, BROKEN_LINK)
    hook_repo.git("add", NEW)
    result = hook_repo.commit("add a broken link")
    assert rejected(hook_repo, before, result.returncode), result.stdout
    assert NEW in result.stdout
    assert finding_line(result.stdout, line_of(BROKEN_LINK, "missing briefing"), "link-broken"), result.stdout


def test_links_to_briefings_outside_the_commit_resolve(hook_repo: HookRepo) -> None:
    hook_repo.write(NEW, SOURCED)
    hook_repo.git("add", NEW)
    assert hook_repo.commit("sourced").returncode == 0
    linking = briefing_text("Budget Overview", "Read [Program Spending](Program%20Spending.md) first.")
    hook_repo.write("docs/RESEARCH/Budget Overview.md", linking)
    hook_repo.git("add", "docs/RESEARCH/Budget Overview.md")
    result = hook_repo.commit("a briefing linking to another one")
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(("content", "rule", "needle"), [
    ("---\ntitle: Caf\xe9\n---\n\n# Caf\xe9\n".encode("latin-1"), "not-utf8", "title"),
    (b"\xef\xbb\xbf" + briefing_text("With BOM", "Plain text.").encode(), "byte-order-mark", "---"),
    (briefing_text("With NUL", "Plain\x00 text.").encode(), "nul-byte", "Plain"),
])
def test_bad_bytes_are_rejected(hook_repo: HookRepo, content: bytes, rule: str, needle: str) -> None:
    line = line_of(content.decode("latin-1"), needle)
    before = hook_repo.head()
    hook_repo.write("docs/RESEARCH/Bad.md", content)
    hook_repo.git("add", "docs/RESEARCH/Bad.md")
    result = hook_repo.commit("bad bytes")
    assert rejected(hook_repo, before, result.returncode), result.stdout
    assert "docs/RESEARCH/Bad.md" in result.stdout
    assert finding_line(result.stdout, line, rule), result.stdout


def test_non_utf8_is_rejected_in_any_text_file(hook_repo: HookRepo) -> None:
    before = hook_repo.head()
    hook_repo.write("notes.txt", "r\xe9sum\xe9\n".encode("cp1252"))
    hook_repo.git("add", "notes.txt")
    result = hook_repo.commit("latin-1 notes")
    assert rejected(hook_repo, before, result.returncode), result.stdout
    assert finding_line(result.stdout, 1, "not-utf8"), result.stdout


def test_symlink_from_docs_to_outside_is_rejected(hook_repo: HookRepo) -> None:
    before = hook_repo.head()
    os.symlink("../../mkdocs.yml", hook_repo.root / "docs/RESEARCH/config.md")
    hook_repo.git("add", "docs/RESEARCH/config.md")
    result = hook_repo.commit("symlink out of docs")
    assert rejected(hook_repo, before, result.returncode), result.stdout
    assert finding_line(result.stdout, 1, "symlink-outside-docs"), result.stdout
    assert "docs/RESEARCH/config.md" in result.stdout


def test_a_file_name_git_misreads_is_rejected_binary_files_too(hook_repo: HookRepo) -> None:
    before = hook_repo.head()
    hook_repo.write("docs/RESEARCH/chart\tdraft.png", b"\x89PNG\r\n\x1a\n\x00")
    hook_repo.git("add", "docs/RESEARCH")
    result = hook_repo.commit("an image with a tab in its name")
    assert rejected(hook_repo, before, result.returncode), result.stdout
    assert finding_line(result.stdout, 1, "file-name"), result.stdout
    assert "docs/RESEARCH/chart\ufffddraft.png" in result.stdout


def test_symlink_inside_docs_is_accepted(hook_repo: HookRepo) -> None:
    os.symlink("../RESEARCH/index.md", hook_repo.root / "docs/RUSSIA/research.md")
    hook_repo.git("add", "docs/RUSSIA/research.md")
    result = hook_repo.pre_commit("run", "briefings-symlinks")
    assert result.returncode == 0, result.stdout
    assert "Passed" in result.stdout


def test_broken_front_matter_is_rejected_with_file_and_line(hook_repo: HookRepo) -> None:
    text = SOURCED.replace("status: published", "status: publshed")
    hook_repo.write(NEW, text)
    hook_repo.git("add", NEW)
    result = hook_repo.commit("typo in status")
    assert result.returncode != 0
    assert finding_line(result.stdout, line_of(text, "publshed"), "front-matter"), result.stdout


def test_conflict_markers_left_from_a_merge_are_rejected(hook_repo: HookRepo) -> None:
    rel = "docs/RESEARCH/Program Spending.md"
    hook_repo.write(rel, SOURCED)
    hook_repo.git("add", rel)
    hook_repo.git("commit", "-q", "--no-verify", "-m", "base")
    hook_repo.git("checkout", "-q", "-b", "other")
    hook_repo.write(rel, SOURCED.replace("follows the program's budget", "follows the budget closely"))
    hook_repo.git("commit", "-q", "--no-verify", "-am", "other side")
    hook_repo.git("checkout", "-q", "main")
    hook_repo.write(rel, SOURCED.replace("follows the program's budget", "tracks the program's budget"))
    hook_repo.git("commit", "-q", "--no-verify", "-am", "main side")
    assert hook_repo.run("git", "merge", "other").returncode != 0  # a real conflict
    hook_repo.git("add", rel)  # markers and all
    before = hook_repo.head()
    result = hook_repo.run("git", "-c", "commit.gpgsign=false", "commit", "--no-edit")
    assert rejected(hook_repo, before, result.returncode), result.stdout
    assert re.search(rf"{re.escape(rel)}:\d+: Merge conflict string '<<<<<<<' found", result.stdout)


@pytest.mark.parametrize(("rel", "content", "hook"), [
    ("mkdocs-extra.yml", b"nav: [\n", "YAML syntax"),
    ("docs/RESEARCH/scan.pdf", b"%PDF" + b"\0" * 1_100_000, "no files over 1 MB"),
])
def test_hygiene_rejections(hook_repo: HookRepo, rel: str, content: bytes, hook: str) -> None:
    before = hook_repo.head()
    hook_repo.write(rel, content)
    hook_repo.git("add", rel)
    result = hook_repo.commit("hygiene")
    assert rejected(hook_repo, before, result.returncode), result.stdout
    assert re.search(rf"^{re.escape(hook)}\.+Failed$", result.stdout, re.M), result.stdout


def test_yaml_tags_of_mkdocs_pass_the_syntax_check(hook_repo: HookRepo) -> None:
    mkdocs = hook_repo.root / "mkdocs.yml"
    mkdocs.write_text(mkdocs.read_text(encoding="utf-8")
                      + "extra:\n  generator: !ENV [SITE_GENERATOR, false]\n", encoding="utf-8")
    hook_repo.git("add", "mkdocs.yml")
    result = hook_repo.pre_commit("run", "check-yaml")
    assert result.returncode == 0, result.stdout
