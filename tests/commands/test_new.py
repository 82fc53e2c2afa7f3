"""`briefings new` writes a complete draft briefing and never overwrites."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefings import metadata
from briefings.library import Library

Cli = Callable[..., tuple[int, str, str]]


def test_new_creates_a_valid_draft(cli: Cli, make_library: Callable[..., Path]) -> None:
    root = make_library({})
    code, out, _ = cli("new", "RUSSIA", "Sanctions Timeline", "--author", "A. Author", "--root", root)
    assert code == 0
    assert out == "created docs/RUSSIA/Sanctions Timeline.md\n"
    library = Library.load(root)
    briefing = library.get("RUSSIA/Sanctions Timeline.md")
    assert briefing is not None
    assert (briefing.title, briefing.status, briefing.authors) == ("Sanctions Timeline", "draft", ["A. Author"])
    assert metadata.check_library(library) == []


def test_new_refuses_to_overwrite(cli: Cli, make_library: Callable[..., Path]) -> None:
    root = make_library({"RUSSIA/Existing.md": "keep me"})
    code, _, err = cli("new", "RUSSIA", "Existing", "--root", root)
    assert code == 2
    assert "already exists" in err
    assert (root / "docs/RUSSIA/Existing.md").read_text() == "keep me"


def test_new_rejects_path_tricks(cli: Cli, make_library: Callable[..., Path]) -> None:
    root = make_library({})
    code, _, err = cli("new", "../outside", "X", "--root", root)
    assert code == 2
    assert "is not a folder name" in err
    assert not (root / "outside").exists()
