"""`briefings publish` builds a staged copy of the library with the work tree's render cache: an
unchanged briefing is not rendered again, and a briefing that became a draft never comes back."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import run_git, stored_renders
from tests.publishing.conftest import BASE_FILES, NOW, cited, commit_all

pytestmark = pytest.mark.slow
CLI = Callable[..., tuple[int, str, str]]

GAMMA_TEXT = "Eleven copper kettles were weighed at the lighthouse before the auction"


def test_publish_reuses_the_work_tree_cache_and_a_new_draft_never_appears(
        make_library: Callable[..., Path], cli: CLI) -> None:
    gamma = "RESEARCH/Gamma.md"
    root = make_library({**BASE_FILES, gamma: cited("Gamma", f"{GAMMA_TEXT}.")}, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    first = stored_renders(root)  # the project's own cache, not the staged copy's
    assert {gamma, "RESEARCH/Alpha.md"} <= set(first.values())
    assert run_git(root, "status", "--porcelain") == ""  # the cache ignores itself in git

    draft = cited("Gamma", f"{GAMMA_TEXT}.").replace("status: published", "status: draft")
    (root / "docs" / gamma).write_text(draft, encoding="utf-8")
    commit_all(root, "Gamma goes back to draft")
    code, out, err = cli("--root", root, "publish", "2025.02", "--now", NOW)
    assert code == 0, out + err
    assert "leaving out docs/RESEARCH/Gamma.md: draft" in out
    files = run_git(root, "ls-tree", "-r", "--name-only", "gh-pages", "2025.02/").split("\n")
    assert "2025.02/RESEARCH/Alpha/index.html" in files
    assert not [f for f in files if "Gamma" in f]
    found = subprocess.run(["git", "grep", "-l", "-F", "-I", "-e", GAMMA_TEXT, "gh-pages", "--", "2025.02"],
                           cwd=root, capture_output=True, text=True)
    assert found.stdout == ""
    rendered = {page for entry, page in stored_renders(root).items() if entry not in first}
    assert "RESEARCH/Alpha.md" not in rendered and "RESEARCH/Beta.md" not in rendered
