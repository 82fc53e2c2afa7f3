"""Shared fixtures: tiny real libraries in temp dirs, real git, the CLI in-process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.cli import main

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
# Every git commit made by tests (ours, mike's, pre-commit's) gets a fixed identity.
for _key, _value in {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
                     "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}.items():
    os.environ.setdefault(_key, _value)

MINIMAL_MKDOCS = """\
site_name: Test library
docs_dir: docs
theme:
  name: material
  font: false
  features: [navigation.tabs, navigation.indexes, navigation.prune]
plugins:
  - search
  - briefings
markdown_extensions:
  - footnotes
  - admonition
  - attr_list
  - md_in_html
  - toc:
      permalink: true
"""


def briefing_text(title: str, body: str = "", **meta: object) -> str:
    """A briefing with valid front matter; keyword arguments override front matter fields."""
    fields: dict[str, object] = {
        "title": title, "summary": f"About {title}.", "status": "published",
        "updated": "2025-01-31", "authors": ["Test Author"],
    }
    fields.update(meta)
    import yaml

    front = yaml.safe_dump(fields, sort_keys=False, allow_unicode=True)
    return f"---\n{front}---\n\n# {title}\n\n{textwrap.dedent(body).strip()}\n"


@pytest.fixture
def make_library(tmp_path: Path) -> Callable[..., Path]:
    """Create a library: make_library({"RESEARCH/a.md": text, ...}, mkdocs=...) -> root."""

    def make(files: dict[str, str | bytes], *, mkdocs: str = MINIMAL_MKDOCS, git: bool = False,
             name: str = "lib") -> Path:
        root = tmp_path / name
        (root / "docs").mkdir(parents=True)
        (root / "mkdocs.yml").write_text(mkdocs, encoding="utf-8")
        files = {"index.md": "# Home\n\nWelcome.\n", **files}
        for rel, content in files.items():
            path = root / "docs" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        if git:
            init_repo(root)
        return root

    return make


def init_repo(root: Path) -> None:
    """git init + first commit, with a fixed identity and no hooks or signing."""
    run_git(root, "init", "-q", "-b", "main")
    run_git(root, "add", "-A")
    run_git(root, "commit", "-q", "-m", "initial")


def run_git(root: Path, *args: str) -> str:
    """Run git in a test repo with a fixed identity."""
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}
    result = subprocess.run(["git", "-c", "commit.gpgsign=false", *args], cwd=root, env=env,
                            capture_output=True, text=True, check=True)
    return result.stdout


@pytest.fixture
def sample_library(tmp_path: Path) -> Path:
    """A copy of this repository's own library (mkdocs.yml, pyproject.toml, docs/, styles/)."""
    root = tmp_path / "sample"
    root.mkdir()
    for name in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy2(REPO / name, root / name)
    for name in ("docs", "styles"):
        if (REPO / name).exists():
            shutil.copytree(REPO / name, root / name)
    return root


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run `briefings ARGS` in-process: returns (exit code, stdout, stderr)."""

    def run(*args: str | Path) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def stored_renders(root: Path) -> dict[str, str]:
    """Entry (context folder/key) -> page (src_uri) of every render in a library's render cache
    (search entries, {"search": key, "entries": [...]}, left out)."""
    from briefings.site.rendercache import FOLDER  # MkDocs' modules: only for the tests that build

    found = {}
    for path in (root / FOLDER).glob("*/*.json"):
        data = json.loads(path.read_text("utf-8"))
        if isinstance(data, dict) and "page" in data:
            found[path.relative_to(root / FOLDER).as_posix()] = data["page"]
    return found
