"""Concurrent publishes: `latest` ends on the newest edition and "What changed" names the edition that
really came before, because both are decided inside the lock from the branch as it is then."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.publishing.editions import sort_key
from tests.conftest import run_git
from tests.publishing.branchfiles import Page
from tests.publishing.conftest import BASE_FILES, publish_process, show, versions

pytestmark = pytest.mark.slow
ROUNDS, AT_ONCE = 10, 4
# the smallest library and theme that still make a real edition: the rounds cost 40 publishes
LEAN_MKDOCS = "site_name: Lean\ndocs_dir: docs\ntheme:\n  name: mkdocs\nplugins:\n  - briefings\n"


def test_ten_rounds_of_four_concurrent_publishes(make_library: Callable[..., Path]) -> None:
    root = make_library({"RESEARCH/Alpha.md": BASE_FILES["RESEARCH/Alpha.md"]}, git=True, mkdocs=LEAN_MKDOCS)
    rng = random.Random(20250101)
    for round_ in range(ROUNDS):
        names = [f"{2015 + round_}.{month:02d}" for month in range(1, AT_ONCE + 1)]  # all before NOW
        started = rng.sample(names, len(names))
        procs = [publish_process(root, name) for name in started]
        results = [(name, p.wait(timeout=900), *p.communicate()) for name, p in zip(started, procs, strict=True)]
        assert all(code == 0 for _, code, _, _ in results), results
        assert [v["version"] for v in versions(root) if "latest" in v["aliases"]] == [names[-1]], round_
        assert show(root, "latest") == names[-1]
    published: list[str] = []
    for line in run_git(root, "log", "--reverse", "--format=%s", "gh-pages").splitlines():
        if not line.startswith("Publish edition "):
            continue
        name = line.split()[2]
        older = [n for n in published if sort_key(n) < sort_key(name)]
        text = Page(show(root, f"{name}/what-changed/index.html")).everything()
        if older:
            previous = max(older, key=sort_key)
            assert f"({previous})" in text and "first edition" not in text, (name, previous, text)
        else:
            assert "This is the first edition" in text, (name, text)
        published.append(name)
    assert len(published) == ROUNDS * AT_ONCE
