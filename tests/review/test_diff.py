"""Changed lines as git reports them, from real repositories: edits, deletions, renames, odd names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefings.review import changed_lines, resolve_base
from tests.conftest import run_git

LINES = "".join(f"line {n}\n" for n in range(1, 11))


def repo(make_library: Callable[..., Path], files: dict[str, str]) -> Path:
    return make_library(files, git=True)


def changes_since_main(root: Path) -> dict[str, list[tuple[int, int]]]:
    changes = changed_lines(root, resolve_base(root, None))
    return changes.lines


def test_edited_lines_are_ranges_of_the_new_file(make_library: Callable[..., Path]) -> None:
    root = repo(make_library, {"a.md": LINES})
    text = LINES.replace("line 3\n", "line three\n").replace("line 7\n", "line 7\nnew 7a\nnew 7b\n")
    (root / "docs/a.md").write_text(text, encoding="utf-8")
    assert changes_since_main(root) == {"docs/a.md": [(3, 3), (8, 9)]}


def test_a_deletion_touches_the_lines_on_either_side(make_library: Callable[..., Path]) -> None:
    root = repo(make_library, {"a.md": LINES})
    (root / "docs/a.md").write_text(LINES.replace("line 5\n", ""), encoding="utf-8")
    assert changes_since_main(root) == {"docs/a.md": [(4, 5)]}


def test_committed_and_uncommitted_changes_since_the_merge_base(make_library: Callable[..., Path]) -> None:
    root = repo(make_library, {"a.md": LINES, "b.md": LINES})
    run_git(root, "checkout", "-q", "-b", "feature")
    (root / "docs/a.md").write_text(LINES.replace("line 2\n", "line two\n"), encoding="utf-8")
    run_git(root, "commit", "-q", "-am", "feature work")
    run_git(root, "checkout", "-q", "main")
    (root / "docs/b.md").write_text(LINES.replace("line 9\n", "line nine\n"), encoding="utf-8")
    run_git(root, "commit", "-q", "-am", "main moved on")
    run_git(root, "checkout", "-q", "feature")
    (root / "docs/a.md").write_text(LINES.replace("line 2\n", "line two\n") + "line 11\n", encoding="utf-8")
    # b.md changed on main after the branch point: not this branch's change.
    assert changes_since_main(root) == {"docs/a.md": [(2, 2), (11, 11)]}


def test_renamed_and_oddly_named_files(make_library: Callable[..., Path]) -> None:
    root = repo(make_library, {"RESEARCH/Old Name.md": LINES})
    odd = 'RESEARCH/Caf\u00e9 "Quotes" \u2014 Notes.md'
    run_git(root, "mv", "docs/RESEARCH/Old Name.md", f"docs/{odd}")
    (root / "docs" / odd).write_text(LINES.replace("line 10\n", "line ten\n"), encoding="utf-8")
    assert changes_since_main(root) == {f"docs/{odd}": [(10, 10)]}


def test_untracked_files_count_as_wholly_new(make_library: Callable[..., Path]) -> None:
    root = repo(make_library, {"a.md": LINES})
    (root / "docs/new.md").write_text("fresh\n", encoding="utf-8")
    changes = changed_lines(root, resolve_base(root, None))
    assert "docs/new.md" in changes.whole
    assert changes.touches("docs/new.md", 1, 1)
    assert not changes.touches("docs/a.md", 1, 10)


def test_added_lines_that_look_like_headers_or_carry_a_line_break_stay_in_their_file(
        make_library: Callable[..., Path]) -> None:
    """An added line "++ b/x" shows as "+++ b/x" and a CR or U+2028 inside a line is no line break
    for git: neither may move the later changes of the file elsewhere (hiding their findings)."""
    root = repo(make_library, {"a.md": LINES})
    text = (LINES.replace("line 2\n", "++ b/docs/other.md\n").replace("line 4\n", "x\rdiff --git a/o b/o\n")
            .replace("line 6\n", "y\u2028@@ -1 +90,9 @@\n").replace("line 8\n", "line eight\n"))
    (root / "docs/a.md").write_text(text, encoding="utf-8", newline="")
    assert changes_since_main(root) == {"docs/a.md": [(2, 2), (4, 4), (6, 6), (8, 8)]}


def test_binary_changes_and_odd_untracked_names_count_as_wholly_new(make_library: Callable[..., Path]) -> None:
    """git diffs a file with a NUL byte as binary, with no line numbers: it still changed."""
    root = repo(make_library, {"a.md": LINES, "b.md": LINES})
    (root / "docs/a.md").write_text(LINES.replace("line 3", "line\0three"), encoding="utf-8")
    run_git(root, "mv", "docs/b.md", "docs/c.md")
    (root / "docs/c.md").write_bytes(b"\0" + LINES.encode())
    (root / "docs/new\r.md").write_text("fresh\n", encoding="utf-8")
    changes = changed_lines(root, resolve_base(root, None))
    assert {"docs/a.md", "docs/c.md", "docs/new\r.md"} <= changes.whole
    assert changes.touches("docs/a.md", 1, 1)
