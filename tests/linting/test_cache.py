"""`briefings lint` keeps per-file results in .briefings-cache, keyed by content and settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefings.library import Library
from briefings.linting import lint
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


def test_temporary_entries_of_a_killed_lint_are_removed_once_stale(make_library: Callable[..., Path]) -> None:
    import os

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


def test_old_versions_are_pruned_down_to_a_few_per_file(make_library: Callable[..., Path]) -> None:
    import os

    from briefings.linting.cache import KEEP_PER_FILE

    root = make_library({"RUSSIA/a.md": briefing_text("A", UNSOURCED), "RUSSIA/b.md": briefing_text("B", "Hello.")})
    library = Library.load(root)
    lint(library)
    current = len(entries(root))  # one per file
    folder = entries(root)[0].parent
    files = len(library.briefings)
    limit = KEEP_PER_FILE * files
    old = [folder / f"{n:064x}.json" for n in range(2 * limit + 101)]  # earlier versions of edited files
    for age, path in enumerate(old):
        path.write_text('{"findings": [], "coverage": [0, 0], "claims": []}', encoding="utf-8")
        os.utime(path, (1_000_000 + age, 1_000_000 + age))
    assert lint(Library.load(root)).findings  # every file a hit: nothing written, nothing pruned
    assert len(entries(root)) == len(old) + current
    (root / "docs/RUSSIA/b.md").write_text(briefing_text("B", "Hello again."), encoding="utf-8")
    assert [f.path for f in lint(Library.load(root)).findings] == ["docs/RUSSIA/a.md"]  # a miss: written, pruned
    left = entries(root)
    assert len(left) == limit
    assert old[-1] in left and old[0] not in left  # the most recently written stay
    assert lint(Library.load(root)).findings  # this run's entries were kept: still read back
    assert len(entries(root)) == limit
