"""The lint marks, their script and their style belong to the live preview only: neither
`briefings build` nor `briefings publish` writes any of them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.preview import overlay
from tests.conftest import run_git
from tests.publishing.conftest import NOW, cited
from tests.preview.conftest import UNSOURCED, draft

pytestmark = pytest.mark.slow
CLI = Callable[..., tuple[int, str, str]]
TEXT_FILES = (".html", ".js", ".css", ".json", ".xml")
TRACES = ("_preview", "overlay.js", "overlay.css", "bp-mark", "bp-gutter", "bp-panel", "data-bp-")


def _traces(text: str) -> list[str]:
    return [trace for trace in TRACES if trace in text]


def test_preview_assets_are_what_the_traces_look_for() -> None:
    js = (overlay.ASSETS / "overlay.js").read_text("utf-8")
    css = (overlay.ASSETS / "overlay.css").read_text("utf-8")
    assert "bp-mark" in js and "bp-gutter" in css and "bp-panel" in css and "/_preview/" in js
    assert overlay.PREFIX == "/_preview/"


def test_build_carries_no_preview_marks(make_library: Callable[..., Path], cli: CLI) -> None:
    root = make_library({"RESEARCH/index.md": "# Research\n\nStudies.\n", "RESEARCH/Budget Cuts.md": draft()})
    assert cli("--root", root, "build")[0] == 0
    site = root / "site"
    page = (site / "RESEARCH/Budget Cuts/index.html").read_text("utf-8")
    assert UNSOURCED in page  # the unsourced sentence is built, without any mark
    checked = 0
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in TEXT_FILES:
            assert _traces(path.read_text("utf-8", "replace")) == [], path
            checked += 1
    assert checked > 10


def test_publish_carries_no_preview_marks(make_library: Callable[..., Path], cli: CLI) -> None:
    root = make_library({"RESEARCH/index.md": "# Research\n\nStudies.\n",
                         "RESEARCH/Alpha.md": cited("Alpha", "The Alpha Committee met on 14 January 2025.")},
                        git=True)
    code, _, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, err
    published = [n for n in run_git(root, "ls-tree", "-r", "--name-only", "gh-pages").split("\n")
                 if n.endswith(TEXT_FILES)]
    assert "2025.01/RESEARCH/Alpha/index.html" in published
    for name in published:
        assert _traces(run_git(root, "show", f"gh-pages:{name}")) == [], name
