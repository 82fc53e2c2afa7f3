"""Fixtures for the link tests: copies of the fixture libraries under tests/data/links-*/."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import DATA


@pytest.fixture
def fixture_library(tmp_path: Path) -> Callable[[str], Path]:
    """Copy tests/data/links-<name> into a temp dir (tests may change it) and return its root."""

    def copy(name: str) -> Path:
        root = tmp_path / f"links-{name}"
        shutil.copytree(DATA / f"links-{name}", root)
        return root

    return copy
