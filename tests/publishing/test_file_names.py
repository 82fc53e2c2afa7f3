"""File names git misreads are never published, git reads names back exactly, submodules stay out,
and a remote or branch name is never a git option.

mike writes each path of an edition on a line of a `git fast-import` stream; a line break in a name
(escaped by mike as a backslash and a real line break) injects commands into it. Such names are a
`file-name` error everywhere, and the deploy refuses a site holding one whatever the checks said.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.config import load_project
from briefings.errors import GateError, ToolError
from briefings.publishing import staging
from briefings.tools import git, mike
from tests.conftest import MINIMAL_MKDOCS, briefing_text, init_repo, run_git
from tests.publishing.branchfiles import branch_files
from tests.publishing.conftest import BASE_FILES, NOW, branch_tip, cited, commit_all

pytestmark = pytest.mark.slow
CLI = Callable[..., tuple[int, str, str]]
UNSOURCED = briefing_text("Unsourced", "The Gamma Council approved 40 new permits on 3 March 2025.")

# (docs-relative path written, how findings show it): pages, an asset, a folder; every kind of bad name
BAD_NAMES = [
    ("RESEARCH/line\nbreak.md", "docs/RESEARCH/line\ufffdbreak.md"),
    ("RESEARCH/carriage\r.md", "docs/RESEARCH/carriage\ufffd.md"),
    ("RESEARCH/tab\there.md", "docs/RESEARCH/tab\ufffdhere.md"),
    ("RESEARCH/esc\x1b[2J.md", "docs/RESEARCH/esc\ufffd[2J.md"),
    ("RESEARCH/del\x7f.md", "docs/RESEARCH/del\ufffd.md"),
    ("RESEARCH/c1\x85.md", "docs/RESEARCH/c1\ufffd.md"),
    ("RESEARCH/caf\udce9.md", "docs/RESEARCH/caf\ufffd.md"),  # the byte 0xe9: a Latin-1 name, not UTF-8
    ('RESEARCH/say "no".md', 'docs/RESEARCH/say "no".md'),
    ("RESEARCH/chart\n.svg", "docs/RESEARCH/chart\ufffd.svg"),
    ("SEC\tTION/page.md", "docs/SEC\ufffdTION/"),
]


def _with(make_library: Callable[..., Path], extra: dict[str, str]) -> Path:
    return make_library({**BASE_FILES, "RESEARCH/Unsourced.md": UNSOURCED, **extra}, git=True)


@pytest.mark.parametrize(("rel", "shown"), BAD_NAMES, ids=[repr(r) for r, _ in BAD_NAMES])
def test_a_name_git_misreads_is_an_error_in_lint_build_and_publish(make_library: Callable[..., Path], cli: CLI,
                                                                   rel: str, shown: str) -> None:
    content = cited("Named Badly", "The Delta Board met on 2 February 2025 with 9 members.")
    root = _with(make_library, {rel: content})
    code, out, err = cli("--root", root, "lint", "--format", "json")
    assert code == 1 and "Traceback" not in err and "internal error" not in err
    findings = json.loads(out)
    [named] = [f for f in findings if f["rule"] == "file-name"]
    assert named["path"] == shown and named["severity"] == "error"
    assert "rename" in named["message"] and "never published" in named["message"]
    assert any(f["rule"] == "unsourced-assertion" and f["path"] == "docs/RESEARCH/Unsourced.md" for f in findings)

    code, out, err = cli("--root", root, "build")
    assert code == 1 and f"{shown}\n  1:1  error" in out and "internal error" not in err

    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and f"{shown}\n  1:1  error" in out
    assert "the gate refused edition 2025.01: 1 file name(s)" in err and "nothing was deployed" in err
    assert branch_tip(root) is None


def test_a_crafted_name_injects_nothing_into_the_branch(make_library: Callable[..., Path], cli: CLI) -> None:
    """The tester's name: it would add the committed draft's blob and the whole docs tree to gh-pages."""
    root = make_library(dict(BASE_FILES), git=True)
    assert cli("--root", root, "publish", "2025.01", "--now", NOW)[0] == 0
    before = branch_tip(root)
    draft = briefing_text("Nightjar", "MARKINJ Operation nightjar moves the informant.", status="draft")
    (root / "docs/RESEARCH/Nightjar.md").write_text(draft, "utf-8")
    commit_all(root)
    blob = run_git(root, "rev-parse", "HEAD:docs/RESEARCH/Nightjar.md").strip()
    tree = run_git(root, "rev-parse", "HEAD:docs").strip()
    name = f"a\ndata <<X\nX\nM 100644 {blob} leak.txt\nM 040000 {tree} srcdocs\nM 100644 inline b.md"
    (root / "docs/RESEARCH" / name).write_text(cited("Innocent", "The council met on 3 March 2025."), "utf-8")
    commit_all(root)
    code, out, err = cli("--root", root, "publish", "2025.02", "--now", NOW)
    assert code == 1 and "file name with a control character" in out and "nothing was deployed" in err
    assert "docs/RESEARCH/a\ufffddata <<X\ufffdX\ufffdM 100644" in out
    assert branch_tip(root) == before
    assert not [path for path in branch_files(root) if "leak" in path or "srcdocs" in path]


OVERRIDES = MINIMAL_MKDOCS.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n")


@pytest.mark.parametrize("name", ["new\nline.txt", 'quote".txt', "carriage\r.txt", "caf\udce9.txt"])
def test_the_deploy_refuses_a_site_path_git_could_misread_whatever_the_checks_said(
        make_library: Callable[..., Path], cli: CLI, name: str) -> None:
    """A theme override is not under docs/, so no check names it; MkDocs copies it into the site."""
    root = make_library(dict(BASE_FILES), mkdocs=OVERRIDES)
    (root / "overrides/assets").mkdir(parents=True)
    (root / "overrides/assets" / name).write_text("x", "utf-8")
    init_repo(root)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1, out + err
    assert "refusing to commit edition 2025.01: 1 path(s) that git fast-import could misread" in err
    assert "nothing was deployed" in err and "Traceback" not in err
    assert branch_tip(root) is None


def test_mike_is_never_handed_a_path_it_would_misquote(make_library: Callable[..., Path], tmp_path: Path) -> None:
    root = make_library(dict(BASE_FILES), git=True)
    site = tmp_path / "site"
    (site / "sub\nfolder").mkdir(parents=True)
    (site / "index.html").write_text("ok", "utf-8")
    (site / "sub\nfolder/index.html").write_text("ok", "utf-8")
    with pytest.raises(GateError, match=r"sub\ufffdfolder: a control character"):
        mike.deploy(root, site, edition="2025.01", title="T", aliases=[], properties={}, message="m")
    with pytest.raises(GateError, match='a double quote'):
        mike.write_files(root, {'quote".html': "x"}, message="m")
    assert branch_tip(root) is None


# names git must give back exactly as they are on disk (pathspec magic and globs included)
ROUND_TRIP = ["cr\r.md", "lf\n.md", "tab\t.md", 'q".md', "back\\slash.md", "caf\udce9.md", "sp .md", "ünï.md",
              "[g]*.md", ":(top)x.md", "-dash.md"]


def test_git_reads_back_every_name_exactly(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "docs").mkdir(parents=True)
    for name in ROUND_TRIP:
        (root / "docs" / name).write_text("x", "utf-8")
        (root / "docs" / f"ign-{name}").write_text("x", "utf-8")
    (root / ".gitignore").write_text("ign-*\n", "utf-8")
    init_repo(root)
    (root / "docs" / "new\r.md").write_text("x", "utf-8")
    wanted = {f"docs/{name}" for name in ROUND_TRIP}
    ignored = {f"docs/ign-{name}" for name in ROUND_TRIP}

    assert git.ignored_files(root, sorted(wanted | ignored)) == ignored
    assert git.tracked_files(root, root / "docs") == wanted
    assert set(git.worktree_files(root)) == wanted | {".gitignore", "docs/new\r.md"}
    assert git.untracked_files(root) == ["docs/new\r.md"]
    assert set(git.tree_blobs(root, "HEAD:docs")) == set(ROUND_TRIP)
    assert set(git.read_tree(root, "HEAD:docs")) == set(ROUND_TRIP)
    assert all(git.has_path(root, "HEAD", f"docs/{name}") for name in ROUND_TRIP)
    assert not git.has_path(root, "HEAD", "docs/[g]x.md")  # a glob means itself


def test_an_ignored_page_with_a_carriage_return_is_never_staged(make_library: Callable[..., Path],
                                                               tmp_path: Path, cli: CLI) -> None:
    """git says the page is ignored; its name must reach git and come back unchanged to be recognised."""
    secret = cited("Private Notes", "MARKERCR the informant was named on 3 March 2025.")
    root = make_library({**BASE_FILES, "private/notes\r.md": secret, "private/plain.md": secret})
    (root / ".gitignore").write_text("docs/private/\n", "utf-8")
    init_repo(root)
    staged = staging.stage(load_project(root), tmp_path / "staged", dt.datetime(2025, 2, 1, tzinfo=dt.timezone.utc))
    assert not [rel for rel in staged.pages if rel.startswith("private/")]
    refused = {r.label: r.reason for r in staged.refused}
    assert refused["docs/private/notes\r.md"] == refused["docs/private/plain.md"] == "ignored by git: never published"
    code, out, _ = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "docs/private/notes\ufffd.md\n  1:1  error" in out and branch_tip(root) is None


def _sub_library(tmp_path: Path, make_library: Callable[..., Path], *, submodule: bool) -> Path:
    """A library with docs/SUB/ a repository of its own holding a public page and an asset."""
    other = tmp_path / "other"
    other.mkdir()
    (other / "Shared.md").write_text(cited("Shared", "ZQSUBPAGE the shared board met on 3 March 2025."), "utf-8")
    (other / "chart.svg").write_text("<svg><text>ZQSUBASSET</text></svg>", "utf-8")
    init_repo(other)
    root = make_library(dict(BASE_FILES), git=True)
    if submodule:
        run_git(root, "-c", "protocol.file.allow=always", "submodule", "-q", "add", str(other), "docs/SUB")
        commit_all(root, "add a submodule")
    else:
        run_git(root, "clone", "-q", str(other), "docs/SUB")
    return root


@pytest.mark.parametrize("submodule", [True, False], ids=["submodule", "nested-clone"])
def test_a_repository_under_docs_is_not_published_and_publish_says_so(make_library: Callable[..., Path],
                                                                      tmp_path: Path, cli: CLI,
                                                                      submodule: bool) -> None:
    root = _sub_library(tmp_path, make_library, submodule=submodule)
    code, out, err = cli("--root", root, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    assert "not published: docs/SUB/: git submodule or repository of its own: its files are not in the " \
           "library's commit" in out
    files = branch_files(root)
    assert not [path for path in files if "SUB" in path]
    assert not [path for path, data in files.items() if b"ZQSUB" in data]
    assert any(path.startswith("2025.01/RESEARCH/Alpha") for path in files)


def test_a_remote_or_branch_starting_with_a_dash_is_never_a_git_option(make_library: Callable[..., Path],
                                                                       tmp_path: Path, cli: CLI) -> None:
    root = make_library(dict(BASE_FILES), git=True)
    marker = tmp_path / "pwned"
    option = f"--upload-pack=touch {marker}"
    code, _, err = cli("--root", root, "publish", "2025.01", "--remote", option, "--push", "--now", NOW)
    assert code == 2 and "is not a remote: a remote's name or URL never starts with '-'" in err
    code, _, err = cli("--root", root, "publish", "2025.01", "--branch=--orphan", "--now", NOW)
    assert code == 2 and "is not a branch name: a branch's name never starts with '-'" in err
    for call in (lambda: git.fetch_branch(root, option, "gh-pages"), lambda: git.push_branch(root, option, "main")):
        with pytest.raises(ToolError, match="cannot start with '-'"):
            call()
    assert not marker.exists() and branch_tip(root) is None

