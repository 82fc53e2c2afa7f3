"""`briefings lint` keeps per-file results in .briefings-cache, keyed by content and settings."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.library import Library
from briefings.linting import lint
from briefings.linting.cache import KEEP_PER_FILE, PRUNE_SLACK
from tests.conftest import briefing_text

UNSOURCED = "The agency bought $1.25 million of advertising in 2016."


def entries(root: Path) -> list[Path]:
    return sorted((root / ".briefings-cache" / "lint").rglob("*.json"))


def test_a_warm_run_reads_results_back_and_a_change_is_linted_again(make_library: Callable[..., Path]) -> None:
    root = make_library({"RUSSIA/a.md": briefing_text("A", UNSOURCED), "RUSSIA/b.md": briefing_text("B", "Hello.")})
    cold = lint(Library.load(root)).findings
    assert [f.rule for f in cold if f.path.endswith("a.md")] == ["unsourced-assertion"]
    stored = entries(root)
    assert len(stored) >= 2
    assert lint(Library.load(root)).findings == cold  # read back, the same findings
    (root / "docs/RUSSIA/b.md").write_text(briefing_text("B", UNSOURCED), encoding="utf-8")
    warm = lint(Library.load(root)).findings
    assert sorted(f.path for f in warm if f.rule == "unsourced-assertion") == ["docs/RUSSIA/a.md", "docs/RUSSIA/b.md"]


def test_settings_are_part_of_the_key(make_library: Callable[..., Path]) -> None:
    body = f"Putin ordered the campaign in 2016.[^a] {UNSOURCED}\n\n[^a]: ODNI, *Assessing Russian Activities*, 2017."
    root = make_library({"RUSSIA/a.md": briefing_text("A", body)})
    assert lint(Library.load(root)).findings == []
    assert [f.rule for f in lint(Library.load(root), scope="sentence").findings] == ["unsourced-assertion"]
    assert lint(Library.load(root)).findings == []
    stats = lint(Library.load(root), stats=True)
    assert stats.coverage["docs/RUSSIA/a.md"].assertions == 2
    assert [cited for _, cited in stats.claims["docs/RUSSIA/a.md"]] == [True, True]


def test_an_unreadable_entry_is_a_miss(make_library: Callable[..., Path]) -> None:
    root = make_library({"RUSSIA/a.md": briefing_text("A", UNSOURCED)})
    first = lint(Library.load(root)).findings
    for entry in entries(root):
        entry.write_text("{not json", encoding="utf-8")
    assert lint(Library.load(root)).findings == first


def test_worker_processes_store_every_result(make_library: Callable[..., Path]) -> None:
    from briefings.linting import runner

    files = {f"RUSSIA/b{i:02}.md": briefing_text(f"B{i}", UNSOURCED if i % 2 else "Hello.")
             for i in range(runner.PARALLEL_FROM + 2)}
    root = make_library(files)
    cold = lint(Library.load(root)).findings
    assert len(entries(root)) >= len(files)  # each stored by the worker that checked it
    assert not list((root / ".briefings-cache" / "lint").rglob("*.tmp"))
    assert lint(Library.load(root)).findings == cold


def test_a_warm_lint_after_one_edit_finds_what_a_cold_one_does_links_included(
        make_library: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from briefings.linting import parallel, runner

    files = {f"RUSSIA/b{i:02}.md": briefing_text(f"B{i}", "Hello.") for i in range(runner.PARALLEL_FROM + 2)}
    files["RUSSIA/b00.md"] = briefing_text("B0", "See [B1](b01.md) and [the plan](missing.md).")
    root = make_library(files)
    lint(Library.load(root))
    started = []
    monkeypatch.setattr(parallel, "started", lambda job, real=parallel.started: started.append(job) or real(job))
    (root / "docs/RUSSIA/b05.md").write_text(briefing_text("B5", f"{UNSOURCED} See [B0](b00.md#nowhere)."),
                                             encoding="utf-8")
    warm = lint(Library.load(root)).findings
    assert [job is not None for job in started] == [parallel.workers() > 1]  # the link check ran beside the edit's
    shutil.rmtree(root / ".briefings-cache")
    monkeypatch.setattr(parallel, "workers", lambda: 1)  # the reference: every check in this process
    assert warm == lint(Library.load(root)).findings
    assert started[1:] == [None]
    assert {(f.path, f.rule) for f in warm} == {("docs/RUSSIA/b00.md", "link-broken"),
                                                ("docs/RUSSIA/b05.md", "link-anchor"),
                                                ("docs/RUSSIA/b05.md", "unsourced-assertion")}


def test_temporary_entries_of_a_killed_lint_are_removed_once_stale(make_library: Callable[..., Path]) -> None:
    root = make_library({"RUSSIA/a.md": briefing_text("A", UNSOURCED)})
    lint(Library.load(root))
    folder = entries(root)[0].parent
    stale, fresh = folder / ".abc.123.tmp", folder / ".def.456.tmp"
    for path in (stale, fresh):
        path.write_text('{"findings": [', encoding="utf-8")  # half written, its worker killed
    os.utime(stale, (1_000_000, 1_000_000))
    (root / "docs/RUSSIA/a.md").write_text(briefing_text("A", "Hello."), encoding="utf-8")  # a miss: entries written
    assert lint(Library.load(root)).findings == []
    assert not stale.exists() and fresh.exists()


def test_old_versions_are_pruned_and_the_current_ones_kept(make_library: Callable[..., Path]) -> None:
    root = make_library({f"RUSSIA/b{i}.md": briefing_text(f"B{i}", UNSOURCED) for i in range(4)})
    library = Library.load(root)
    lint(library)
    current = entries(root)  # one per page of the library, written long before the edits below
    folder = current[0].parent
    for path in current:
        os.utime(path, (1_000, 1_000))
    untouched = [p for p in current if "b0.md" not in p.read_text("utf-8")]
    assert len(untouched) == len(current) - 1
    limit = KEEP_PER_FILE * len(library.pages)
    old = [folder / f"{n:064x}.json" for n in range(2 * limit + PRUNE_SLACK)]  # earlier versions of edited files
    for age, path in enumerate(old):
        path.write_text('{"findings": [], "coverage": [0, 0], "claims": []}', encoding="utf-8")
        os.utime(path, (1_000_000 + age, 1_000_000 + age))
    assert len(lint(Library.load(root)).findings) == 4  # every file a hit: nothing written, nothing pruned
    assert len(entries(root)) == len(old) + len(current)
    edited = root / "docs/RUSSIA/b0.md"
    edited.write_text(briefing_text("B0", "Hello."), encoding="utf-8")
    assert lint(Library.load(root), [edited]).findings == []  # one file checked: its entry written, then pruned
    left = entries(root)
    assert len(left) == limit
    assert all(path in left for path in untouched)  # the other files' current entries stay, old as they are
    assert old[-1] in left and old[0] not in left  # of the rest, the most recently written stay
    assert len(lint(Library.load(root)).findings) == 3  # all read back: nothing written
    assert entries(root) == left
