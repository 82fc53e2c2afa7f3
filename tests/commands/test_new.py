"""`briefings new` writes a complete draft briefing and never overwrites."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings import metadata
from briefings.errors import UsageError
from briefings.library import Library
from briefings.newbriefing import file_name

Cli = Callable[..., tuple[int, str, str]]


def test_new_creates_a_valid_draft(cli: Cli, make_library: Callable[..., Path]) -> None:
    root = make_library({"RUSSIA/index.md": "# Russia\n"})
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



def test_new_refuses_a_section_differing_only_in_case(cli: Cli, make_library: Callable[..., Path]) -> None:
    root = make_library({"RUSSIA/index.md": "# Russia\n"})
    code, _, err = cli("new", "russia", "X", "--root", root)
    assert code == 2
    assert "error: section 'russia' does not exist, but 'RUSSIA' does" in err
    assert "use 'RUSSIA'" in err
    code, _, err = cli("new", "russia", "X", "--create-section", "--root", root)  # never a second RUSSIA
    assert code == 2 and sorted(p.name for p in (root / "docs").iterdir()) == ["RUSSIA", "index.md"]


def test_new_refuses_an_unknown_section_and_suggests_a_close_one(cli: Cli, make_library: Callable[..., Path]) -> None:
    root = make_library({"RESEARCH/index.md": "# Research\n", "RUSSIA/index.md": "# Russia\n"})
    code, _, err = cli("new", "RESAERCH", "X", "--root", root)
    assert code == 2
    assert "section 'RESAERCH' does not exist (sections: RESEARCH, RUSSIA)" in err
    assert "did you mean 'RESEARCH'? to start a new section, add --create-section" in err
    assert not (root / "docs/RESAERCH").exists()


def test_new_creates_a_section_when_asked(cli: Cli, make_library: Callable[..., Path]) -> None:
    root = make_library({"RUSSIA/index.md": "# Russia\n"})
    code, out, _ = cli("new", "CHINA", "Belt and Road", "--create-section", "--root", root)
    assert code == 0 and out == "created docs/CHINA/Belt and Road.md\n"


@pytest.mark.parametrize(("title", "name"), [
    ("Russia/Ukraine: the war", "Russia-Ukraine the war.md"),
    ("..hidden", "hidden.md"),
    ("../../etc/passwd", "etc-passwd.md"),
    ("  Tabs\tand\nnewlines  ", "Tabs and newlines.md"),
    ("A" * 300, "A" * 120 + ".md"),
    ("報告" * 100, "報告" * 33 + ".md"),  # 120 characters would be 360 bytes: cut to 200 bytes (198 here)
])
def test_file_names_from_untrusted_titles_stay_in_the_section(title: str, name: str) -> None:
    assert file_name(title) == name


def test_file_name_refuses_a_title_with_nothing_usable() -> None:
    with pytest.raises(UsageError):
        file_name("../..")


@pytest.mark.parametrize("title", ["Grain Exports\n\n<script>alert(1)</script>", "Grain\rExports",
                                   "Grain \x1b[31mExports", "Grain\tExports", "Grain\u2028Exports", "Bidi \u202eevil"])
def test_new_refuses_a_title_with_a_line_break_or_control_character(
        cli: Cli, make_library: Callable[..., Path], title: str) -> None:
    root = make_library({"RESEARCH/index.md": "# Research\n"})
    code, out, err = cli("new", "RESEARCH", title, "--root", root)
    assert (code, out) == (2, "")
    assert f"error: the title {title!r} holds a line break or control character" in err
    assert "a title is one line of plain text" in err
    assert sorted(p.name for p in (root / "docs/RESEARCH").iterdir()) == ["index.md"]


def test_new_writes_the_title_as_text_in_the_heading(cli: Cli, make_library: Callable[..., Path]) -> None:
    """Front matter is YAML (the site escapes it); the body heading must not turn the title into markup."""
    from tests.mdrender import lint_html, site_html

    title = "Grain <script>alert(1)</script> *Exports* [x](javascript:y) & more"
    root = make_library({"RESEARCH/index.md": "# Research\n"})
    assert cli("new", "RESEARCH", title, "--root", root)[0] == 0
    briefing = next(p for p in Library.load(root).pages if p.rel != "RESEARCH/index.md")
    assert briefing.title == title
    heading = briefing.body.strip().splitlines()[0]
    assert heading == "# Grain &lt;script>alert(1)&lt;/script> \\*Exports\\* \\[x\\](javascript:y) & more"
    for render in (lint_html, site_html):
        shown = re.fullmatch(r"<h1>([^<]*)</h1>\n?", render(heading))  # text only: no element in it
        assert shown and html.unescape(shown.group(1)) == title
    code, out, _ = cli("lint", "--root", root, root / "docs/RESEARCH" / briefing.path.name)
    assert "raw-html" not in out
