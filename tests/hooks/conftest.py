"""A real git repository of the sample library with this repository's pre-commit hooks installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO

VENV_BIN = Path(sys.executable).parent


@dataclass
class HookRepo:
    """A library in a git repository, with helpers to stage, commit and inspect it."""

    root: Path
    env: dict[str, str]

    def run(self, *args: str | Path, check: bool = False) -> subprocess.CompletedProcess[str]:
        """Run a command in the repository with the hook environment; stdout and stderr merged."""
        return subprocess.run([str(a) for a in args], cwd=self.root, env=self.env, check=check, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)

    def git(self, *args: str) -> str:
        """Run git (must succeed) and return its output."""
        return self.run("git", "-c", "commit.gpgsign=false", *args, check=True).stdout

    def commit(self, message: str = "change") -> subprocess.CompletedProcess[str]:
        """`git commit` with the installed hooks; the caller checks the result."""
        return self.run("git", "-c", "commit.gpgsign=false", "commit", "-m", message)

    def pre_commit(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`pre-commit ARGS` from this virtual environment."""
        return self.run(sys.executable, "-m", "pre_commit", *args)

    def write(self, rel: str, content: str | bytes) -> Path:
        """Write a file (bytes exactly as given; text as UTF-8 with LF)."""
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        path.write_bytes(data)
        return path

    def head(self) -> str:
        """The commit HEAD points to."""
        return self.git("rev-parse", "HEAD").strip()


@pytest.fixture(scope="session")
def precommit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pre-commit's cache for the whole session: hook environments are installed once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def hook_env(home: Path, scratch: Path) -> dict[str, str]:
    """Our environment minus git variables a parent hook may have set, with a private git config."""
    env = {k: v for k, v in os.environ.items() if not (k.startswith("GIT_") and "_NAME" not in k
                                                        and "_EMAIL" not in k)}
    empty = scratch / "gitconfig"
    empty.write_text("", encoding="utf-8")
    env.update(PATH=f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}", PRE_COMMIT_HOME=str(home),
               GIT_CONFIG_GLOBAL=str(empty), GIT_CONFIG_NOSYSTEM="1", NO_MKDOCS_2_WARNING="1")
    env.pop("VIRTUAL_ENV", None)
    return env


@pytest.fixture
def hook_repo(sample_library: Path, precommit_home: Path, tmp_path: Path) -> HookRepo:
    """The sample library committed on main, with `pre-commit install` done."""
    for name in (".pre-commit-config.yaml", ".gitignore", ".vale.ini"):
        if (REPO / name).exists() and not (sample_library / name).exists():
            shutil.copy2(REPO / name, sample_library / name)
    repo = HookRepo(sample_library, hook_env(precommit_home, tmp_path))
    repo.git("init", "-q", "-b", "main")
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "initial")
    installed = repo.pre_commit("install", "--install-hooks")
    assert installed.returncode == 0, installed.stdout
    return repo
