"""Fixtures for publishing: small libraries in real git repositories, and branch inspection."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import briefing_text, run_git

NOW = "2025-02-01T00:00+00:00"


def cited(title: str, *claims: str) -> str:
    """A briefing whose claims each cite a footnote; the sources are declared in front matter."""
    body = "\n\n".join(f"{claim}[^s{i}]" for i, claim in enumerate(claims, 1))
    notes = "\n".join(f"[^s{i}]: Source {i}." for i in range(1, len(claims) + 1))
    sources = [{"id": f"s{i}", "title": f"Source {i}", "publisher": "Pub", "date": "2025-01-01"}
               for i in range(1, len(claims) + 1)]
    return briefing_text(title, f"{body}\n\n{notes}", sources=sources)


BASE_FILES = {
    "RESEARCH/index.md": "# Research\n\nStudies.\n",
    "RESEARCH/Alpha.md": cited("Alpha", "The Alpha Committee met on 14 January 2025 to review 12 findings."),
    "RESEARCH/Beta.md": cited("Beta", "The Beta Report was released on 20 December 2024 with 40 pages."),
}


@pytest.fixture
def library(make_library: Callable[..., Path]) -> Path:
    """A committed two-briefing library with no gh-pages branch yet."""
    return make_library(dict(BASE_FILES), git=True)


def commit_all(root: Path, message: str = "edit") -> None:
    """Commit every change of the work tree."""
    run_git(root, "add", "-A")
    run_git(root, "commit", "-q", "-m", message)


def versions(root: Path, branch: str = "gh-pages") -> list[dict[str, Any]]:
    """versions.json of the branch."""
    return list(json.loads(run_git(root, "show", f"{branch}:versions.json")))


def branch_tip(root: Path, branch: str = "gh-pages") -> str | None:
    """The commit a branch points at, None when it does not exist."""
    result = subprocess.run(["git", "rev-parse", "--verify", "-q", f"refs/heads/{branch}"], cwd=root,
                            capture_output=True, text=True)
    return result.stdout.strip() or None


def show(root: Path, path: str, branch: str = "gh-pages") -> str:
    """A file of the branch as text."""
    return run_git(root, "show", f"{branch}:{path}")


def publish_process(root: Path, *args: str) -> subprocess.Popen[str]:
    """`briefings publish ARGS` as a separate process (for concurrency)."""
    return subprocess.Popen([sys.executable, "-m", "briefings", "--root", str(root), "publish", *args,
                             "--now", NOW], cwd=root, env=dict(os.environ), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
