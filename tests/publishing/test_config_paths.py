"""Where the configuration says the briefings are is where the edition takes them from: a docs_dir set in
an inherited file, a theme folder outside the library and front matter written below the first line
never let an unpublished page or an outside file into an edition."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINIMAL_MKDOCS, briefing_text, run_git
from tests.publishing.branchfiles import branch_files, files_containing
from tests.publishing.conftest import BASE_FILES, NOW, branch_tip

pytestmark = pytest.mark.slow
CLI = Callable[..., tuple[int, str, str]]


def _commit(root: Path) -> None:
    run_git(root, "add", "-A")
    run_git(root, "commit", "-q", "-m", "edit")


def test_a_docs_dir_set_by_an_inherited_file_is_staged_and_its_drafts_left_out(
        make_library: Callable[..., Path], cli: CLI) -> None:
    root = make_library(dict(BASE_FILES), mkdocs="INHERIT: base.yml\n" + MINIMAL_MKDOCS.replace("docs_dir: docs\n", ""),
                        git=True)
    (root / "base.yml").write_text("docs_dir: content\n", "utf-8")
    shutil.move(root / "docs", root / "content")
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text("# Stub\n\nA stub that is not the library.\n", "utf-8")
    (root / "content" / "RESEARCH" / "Secret.md").write_text(briefing_text(
        "Secret Plans", "The zqinheritdraft survey counted 12 moorings in May.", status="draft"), "utf-8")
    _commit(root)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    assert "leaving out content/RESEARCH/Secret.md" in out
    assert files_containing(root, "zqinheritdraft") == []
    assert "2025.01/RESEARCH/Alpha/index.html" in branch_files(root)  # the inherited docs_dir is the one built


def test_a_theme_folder_outside_the_library_is_refused_in_an_edition_build(
        make_library: Callable[..., Path], tmp_path: Path, cli: CLI) -> None:
    outside = tmp_path / "theme-outside"
    outside.mkdir()
    (outside / "notes.txt").write_text("zqoutsidetheme private notes\n", "utf-8")
    mkdocs = MINIMAL_MKDOCS.replace("  name: material\n", f"  name: material\n  custom_dir: {outside}\n")
    root = make_library(dict(BASE_FILES), mkdocs=mkdocs, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code != 0, out + err
    assert f"theme.custom_dir {outside} is not a folder inside the library" in out + err
    assert branch_tip(root) is None  # no edition committed


@pytest.mark.parametrize("start", ["\n", "<!-- work in progress -->\n"])
def test_a_section_index_whose_draft_status_is_below_the_first_line_is_refused(
        library: Path, cli: CLI, start: str) -> None:
    (library / "docs" / "QUOKKAZ").mkdir()
    (library / "docs" / "QUOKKAZ" / "index.md").write_text(
        f"{start}---\nstatus: draft\n---\n\n# Quokkaz section\n\nThe zqlatefront section opens next year.\n", "utf-8")
    _commit(library)
    code, out, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code != 0
    assert "docs/QUOKKAZ/index.md" in out + err and "front matter must start on the first line" in out + err
    assert branch_tip(library) is None


ACTIVE = {
    "RESEARCH/notes.html": '<script>alert("zqactivehtml")</script>',
    "RESEARCH/tool.js": 'alert("zqactivejs")',
    "RESEARCH/chart.svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><text>zqactivesvg</text></svg>',
    "RESEARCH/link.svg": '<svg xmlns="http://www.w3.org/2000/svg"><a href="jav&#x61;script:alert(1)">'
                         '<text>zqentitysvg</text></a></svg>',
    "RESEARCH/safe.svg": '<svg xmlns="http://www.w3.org/2000/svg"><text>zqsafesvg on display</text></svg>',
}


def test_files_that_could_run_script_on_the_site_are_never_published(make_library: Callable[..., Path],
                                                                      cli: CLI) -> None:
    page = BASE_FILES["RESEARCH/Alpha.md"] + "\n![Safe](safe.svg)\n\n[The chart](chart.svg)\n"
    root = make_library({**BASE_FILES, "RESEARCH/Alpha.md": page, **ACTIVE}, git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code != 0, out + err  # a page links to a refused file: the build says which link broke
    for name in ("notes.html", "tool.js", "chart.svg", "link.svg"):
        assert f"not published: docs/RESEARCH/{name}: " in out, out
    assert "onload" in out and "javascript:" in out  # what was found, for the author
    (root / "docs" / "RESEARCH" / "Alpha.md").write_text(BASE_FILES["RESEARCH/Alpha.md"] + "\n![Safe](safe.svg)\n",
                                                          "utf-8")
    _commit(root)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    published = branch_files(root)
    assert b"zqsafesvg" in published["2025.01/RESEARCH/safe.svg"]
    for canary in ("zqactivehtml", "zqactivejs", "zqactivesvg", "zqentitysvg"):
        assert files_containing(root, canary) == [], canary


def test_a_script_mkdocs_yml_names_is_the_publishers_and_is_published(make_library: Callable[..., Path],
                                                                        cli: CLI) -> None:
    mkdocs = MINIMAL_MKDOCS + "extra_javascript:\n  - js/extra.js\n"
    files = {**BASE_FILES, "js/extra.js": "console.log('zqconfigjs');\n", "js/other.js": "console.log('zqstrayjs');\n",
             "img/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><text>zqlogo</text></svg>'}
    root = make_library(files, mkdocs=mkdocs.replace("  name: material\n", "  name: material\n  logo: img/logo.svg\n"),
                        git=True)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    # a logo is judged like any image: only the scripts mkdocs.yml loads are the publisher's own
    assert "not published: docs/img/logo.svg: this SVG image holds an event handler" in out
    assert files_containing(root, "zqlogo") == [] and "2025.01/img/logo.svg" not in branch_files(root)
    assert b"zqconfigjs" in branch_files(root)["2025.01/js/extra.js"]
    assert "not published: docs/js/other.js: " in out and files_containing(root, "zqstrayjs") == []


def test_untracked_files_of_the_theme_folder_are_never_published(make_library: Callable[..., Path], cli: CLI) -> None:
    mkdocs = MINIMAL_MKDOCS.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n")
    root = make_library(dict(BASE_FILES), mkdocs=mkdocs, git=True)
    (root / "overrides" / "assets").mkdir(parents=True)
    (root / "overrides" / "assets" / "theme.css").write_text("/* zqtrackedtheme */\n", "utf-8")
    _commit(root)
    (root / "overrides" / "editor-notes.txt").write_text("zquntrackedtheme: call the source at home\n", "utf-8")
    (root / "overrides" / "partials").mkdir()
    (root / "overrides" / "partials" / "wip.json").write_text('{"zquntrackedtheme": 1}\n', "utf-8")
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    assert "overrides/editor-notes.txt" in out and "not tracked by git" in out
    assert files_containing(root, "zquntrackedtheme") == []
    assert files_containing(root, "zqtrackedtheme") == ["2025.01/assets/theme.css"]  # what git tracks is the theme


def test_a_tracked_link_in_the_theme_folder_publishes_no_untracked_file(
        make_library: Callable[..., Path], cli: CLI) -> None:
    mkdocs = MINIMAL_MKDOCS.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n")
    root = make_library(dict(BASE_FILES), mkdocs=mkdocs, git=True)
    (root / "overrides" / "assets").mkdir(parents=True)
    (root / "overrides" / "assets" / "notes.txt").symlink_to("../../scratch/notes.txt")
    (root / "overrides" / "assets" / "kept.txt").symlink_to("../../notes/kept.txt")
    (root / "notes").mkdir()
    (root / "notes" / "kept.txt").write_text("zqtrackedtarget\n", "utf-8")
    _commit(root)
    (root / "scratch").mkdir()
    (root / "scratch" / "notes.txt").write_text("zquntrackedtarget: the source's home number\n", "utf-8")
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    assert "overrides/assets/notes.txt" in out and "not tracked by git" in out
    assert files_containing(root, "zquntrackedtarget") == []
    assert files_containing(root, "zqtrackedtarget") == ["2025.01/assets/kept.txt"]
