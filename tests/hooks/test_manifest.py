"""Another library uses the hooks with `repo: <this repository>`: pre-commit installs briefings by pip."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.hooks.conftest import HookRepo, hook_env
from tests.hooks.examples import UNSOURCED

pytestmark = pytest.mark.slow


def snapshot_of_this_repository(target: Path) -> Path:
    """This repository's files as they are now (tracked and new), committed in a fresh repository."""
    listed = subprocess.run(["git", "ls-files", "-z", "-co", "--exclude-standard"], cwd=REPO, check=True,
                            capture_output=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        source = REPO / rel
        if source.is_file():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / rel)
    return target


def test_another_library_runs_the_hooks_from_this_repository(sample_library: Path, tmp_path: Path) -> None:
    tool = snapshot_of_this_repository(tmp_path / "briefings-tool")
    env = hook_env(tmp_path / "pre-commit-home", tmp_path)
    tool_repo = HookRepo(tool, env)
    tool_repo.git("init", "-q", "-b", "main")
    tool_repo.git("add", "-A")
    tool_repo.git("commit", "-q", "-m", "briefings")
    shutil.copy2(REPO / ".vale.ini", sample_library / ".vale.ini")
    (sample_library / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {tool}\n    rev: {tool_repo.head()}\n    hooks:\n"
        + "".join(f"      - id: briefings-{name}\n"
                  for name in ("files", "symlinks", "names", "front-matter", "lint", "vale")),
        encoding="utf-8")
    library = HookRepo(sample_library, env)
    library.git("init", "-q", "-b", "main")
    library.git("add", "-A")
    library.git("commit", "-q", "-m", "library")
    assert library.pre_commit("install").returncode == 0
    library.write("docs/RESEARCH/Spending.md", UNSOURCED)
    library.git("add", "-A")
    result = library.commit("unsourced")
    assert result.returncode != 0, result.stdout
    assert "[unsourced-assertion]" in result.stdout
    assert "UTF-8 text without BOM or NUL bytes" in result.stdout
