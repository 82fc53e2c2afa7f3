"""The collector is paused only inside the block, and a build process collects young objects less often."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from briefings import collector
from briefings.library import Library
from tests.conftest import briefing_text


def test_paused_turns_the_collector_off_inside_the_block_only() -> None:
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # a nested pause leaves it to the outer one
    assert gc.isenabled()


def test_paused_turns_it_back_on_after_an_error() -> None:
    try:
        with collector.paused():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()


def test_loading_a_library_leaves_the_collector_on(make_library: Callable[..., Path]) -> None:
    root = make_library({"A/One.md": briefing_text("One", "Text.")})
    assert Library.load(root).get("A/One.md") is not None
    assert gc.isenabled()


def test_for_build_raises_only_the_young_threshold() -> None:
    code = ("import gc; from briefings import collector; before = gc.get_threshold(); collector.for_build(); "
            "after = gc.get_threshold(); print(after[0] >= collector.YOUNG_THRESHOLD, after[1:] == before[1:])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True"]
