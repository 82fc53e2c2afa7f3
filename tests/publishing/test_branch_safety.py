"""Editions that cannot be overwritten or mislabelled: versions.json checked against its schema, edition
folders counted whatever it says, and --branch limited to a branch that only holds editions."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.errors import ConfigError
from briefings.publishing import versions
from briefings.cli import main
from tests.conftest import MINIMAL_MKDOCS, init_repo, run_git
from tests.publishing.conftest import BASE_FILES, NOW, branch_tip, show

pytestmark = pytest.mark.slow
CLI = Callable[..., tuple[int, str, str]]

ENTRY = '{"version": "2025.01", "title": "January 2025 edition", "aliases": ["latest"]}'


def _entry(old: str, new: str) -> str:
    return "[" + ENTRY.replace(old, new) + "]"


DAMAGED = {
    "empty list": ("[]", "does not list the edition(s) 2025.01"),
    "empty object": ("{}", "must be a list of editions, found an object"),
    "missing": (None, "does not list the edition(s) 2025.01"),
    "alias string": (_entry('["latest"]', '"latest"'), '"aliases" must be a list of names'),
    "not json": ("[{", "not JSON"),
    "number version": (_entry('"2025.01"', "2025.01"), '"version" must be a non-empty string'),
    "twice": (f"[{ENTRY}, {ENTRY}]", "appears twice"),
    "path version": (_entry('"2025.01"', '"../x"'), "is not a folder name"),
    "unknown field": (_entry('"title"', '"titel"'), "unknown field(s) titel"),
}


def _set_versions(root: Path, text: str | None) -> None:
    """Commit a new versions.json (None: delete it) on gh-pages, as a careless hand edit would."""
    tree = root.parent / "gh-pages-tree"
    run_git(root, "worktree", "add", "-q", str(tree), "gh-pages")
    if text is None:
        run_git(tree, "rm", "-q", "versions.json")
    else:
        (tree / "versions.json").write_text(text, "utf-8")
        run_git(tree, "add", "versions.json")
    run_git(tree, "commit", "-q", "-m", "hand edit")
    run_git(root, "worktree", "remove", "--force", str(tree))  # a checked-out gh-pages is refused


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library with edition 2025.01 published, built once for every damaged-versions.json case."""
    root = tmp_path_factory.mktemp("published") / "lib"
    for rel, text in {"index.md": "# Home\n\nWelcome.\n", **BASE_FILES}.items():
        (root / "docs" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / rel).write_text(text, "utf-8")
    (root / "mkdocs.yml").write_text(MINIMAL_MKDOCS, "utf-8")
    init_repo(root)
    assert main(["--root", str(root), "publish", "2025.01", "--now", NOW]) == 0
    return root


@pytest.mark.parametrize("case", sorted(DAMAGED))
def test_every_damaged_versions_json_is_refused_and_never_rewritten(published: Path, tmp_path: Path, cli: CLI,
                                                                      case: str) -> None:
    library = tmp_path / "lib"
    shutil.copytree(published, library, symlinks=True)
    text, problem = DAMAGED[case]
    _set_versions(library, text)
    tip = branch_tip(library)
    for args in (["publish", "2025.01"], ["publish", "2025.02"], ["publish", "2025.01", "--force"]):
        code, out, err = cli("--root", library, *args, "--now", NOW)
        assert code != 0, (args, out)
        assert err.startswith("error: gh-pages:versions.json: ") and problem in err, (args, err)
        assert "git log --oneline gh-pages -- versions.json" in err
        assert branch_tip(library) == tip
    if text not in (None, "[]"):  # an empty list is a valid versions.json: only publish sees the folders
        for args in (["editions"], ["retire", "2025.01"]):
            code, _, err = cli("--root", library, *args)
            assert code == 2 and problem in err, (args, err)
    assert branch_tip(library) == tip
    if text is not None:
        assert show(library, "versions.json") == text


def test_an_edition_whose_folder_exists_is_not_republished_whatever_versions_json_says(library: Path,
                                                                                     cli: CLI) -> None:
    assert cli("--root", library, "publish", "2025.01", "--now", NOW)[0] == 0
    assert cli("--root", library, "publish", "2025.02", "--now", NOW)[0] == 0
    _set_versions(library, show(library, "versions.json").replace('"2025.01"', '"2025.01.9"', 1))
    state = versions.read(library, "gh-pages")
    assert state.exists("2025.01") and state.unrecorded() == ["2025.01"]
    code, _, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code != 0 and branch_tip(library) is not None


def test_the_schema_check_names_the_entry() -> None:
    with pytest.raises(ConfigError) as info:
        versions.parse('[{"version": "a", "title": "A", "aliases": []}, {"version": "b", "title": "", '
                       '"aliases": []}]', where="gh-pages:versions.json", branch="gh-pages")
    assert 'entry 2: "title" must be a non-empty string' in info.value.message
    assert versions.parse("[]", where="x", branch="gh-pages") == []


@pytest.mark.parametrize(("branch", "message"), [
    ("main", "--branch main is checked out"),
    ("refs/heads/site", "--branch 'refs/heads/site' is not a plain branch name"),
    ("bad..name", "--branch 'bad..name' is not a plain branch name"),
    ("-x", "--branch '-x' is not a branch name: a branch's name never starts with '-'"),
    ("sources", "--branch sources holds the library's sources (docs/ or mkdocs.yml) in its history"),
])
def test_only_a_plain_branch_without_the_sources_can_hold_editions(library: Path, cli: CLI, branch: str,
                                                                    message: str) -> None:
    run_git(library, "branch", "sources")
    heads = run_git(library, "for-each-ref", "refs/")
    code, _, err = cli("--root", library, "publish", "2025.01", f"--branch={branch}", "--now", NOW)
    assert code == 2 and message in err, err
    assert run_git(library, "for-each-ref", "refs/") == heads  # no branch created or moved
    if branch.startswith("refs/heads/"):
        assert "--branch site" in err


def _emptied_copy_of_the_sources(library: Path, name: str) -> None:
    """A branch made from the sources (drafts and all) whose last commit removes every file: its tip
    looks like an empty site branch, its history holds the library."""
    run_git(library, "branch", name, "main")
    tree = library.parent / f"{name}-tree"
    run_git(library, "worktree", "add", "-q", str(tree), name)
    run_git(tree, "rm", "-rq", ".")
    run_git(tree, "commit", "-q", "-m", "empty")
    run_git(library, "worktree", "remove", "--force", str(tree))


def test_a_branch_whose_history_holds_the_sources_is_refused(library: Path, cli: CLI) -> None:
    draft = library / "docs" / "RESEARCH" / "Secret Plans.md"
    draft.write_text("---\ntitle: Secret Plans\nstatus: draft\n---\n\n# Secret Plans\n\nQuokka harbour.\n", "utf-8")
    run_git(library, "add", "-A")
    run_git(library, "commit", "-q", "-m", "a draft")
    _emptied_copy_of_the_sources(library, "site")
    tip = run_git(library, "rev-parse", "site")
    code, _, err = cli("--root", library, "publish", "2025.01", "--branch", "site", "--now", NOW)
    assert code == 2, err
    assert "--branch site holds the library's sources (docs/ or mkdocs.yml) in its history" in err
    assert run_git(library, "rev-parse", "site") == tip  # no edition committed on top of it
    # a branch that only ever held editions is fine
    assert cli("--root", library, "publish", "2025.01", "--branch", "editions", "--now", NOW)[0] == 0
    assert cli("--root", library, "publish", "2025.02", "--branch", "editions", "--now", NOW)[0] == 0


def test_a_branch_that_shares_a_commit_with_the_sources_is_refused_even_after_they_moved(library: Path,
                                                                                       cli: CLI) -> None:
    _emptied_copy_of_the_sources(library, "site")
    (library / "lib").mkdir()
    for name in ("docs", "mkdocs.yml"):
        run_git(library, "mv", name, f"lib/{name}")
    run_git(library, "commit", "-q", "-m", "the library moves into lib/")
    tip = run_git(library, "rev-parse", "site")
    code, _, err = cli("--root", library / "lib", "publish", "2025.01", "--branch", "site", "--now", NOW)
    assert code == 2 and "--branch site holds the library's sources" in err, err
    assert run_git(library, "rev-parse", "site") == tip
