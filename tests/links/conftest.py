"""Fixtures for the link tests: copies of the fixture libraries under tests/data/links-*/, and a
generated library."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import DATA, REPO


@pytest.fixture
def fixture_library(tmp_path: Path) -> Callable[[str], Path]:
    """Copy tests/data/links-<name> into a temp dir (tests may change it) and return its root."""

    def copy(name: str) -> Path:
        root = tmp_path / f"links-{name}"
        shutil.copytree(DATA / f"links-{name}", root)
        return root

    return copy


@pytest.fixture
def generated(tmp_path: Path) -> Path:
    """A 60-briefing library written by scripts/make_library.py."""
    root = tmp_path / "generated"
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_library.py"), "--count", "60", "--out",
                    str(root)], check=True, capture_output=True)
    return root
