"""One bad file is one finding (error, file, line, what to do) and never hides the rest of the library.

Every hostile fixture is planted in one library next to a good briefing; each command must report
each bad file once, still check the good one, exit 1, print no traceback, never hang on a FIFO,
and never print what a symlink out of the library points to.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import briefing_text, run_git
from tests.hostile.fixtures import HOSTILE, SECRET, Hostile, alias_bomb

Cli = Callable[..., tuple[int, str, str]]
GOOD = ("A/good.md", briefing_text("Good", "Putin ordered the campaign in 2016.\n"))


@pytest.fixture
def hostile_library(make_library: Callable[..., Path], tmp_path: Path) -> Path:
    """A library with every hostile file as docs/A/<name>.md, plus one good briefing with a finding."""
    root = make_library(dict([GOOD]), git=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    for hostile in HOSTILE:
        hostile.plant(root / "docs" / "A" / f"{hostile.name}.md", outside)
    return root


def _by_path(out: str) -> dict[str, list[dict[str, object]]]:
    found: dict[str, list[dict[str, object]]] = {}
    for finding in json.loads(out):
        found.setdefault(str(finding["path"]), []).append(finding)
    return found


def _assert_each_bad_file_is_one_finding(out: str, err: str, hostiles: tuple[Hostile, ...] = HOSTILE) -> None:
    assert "Traceback" not in out + err and SECRET not in out + err and "internal error" not in err
    found = _by_path(out)
    for hostile in hostiles:
        mine = found.get(f"docs/A/{hostile.name}.md", [])
        assert len(mine) == 1, (hostile.name, mine)
        finding = mine[0]
        assert finding["severity"] == "error" and hostile.says in str(finding["message"]), (hostile.name, finding)
        assert hostile.line == 0 or finding["line"] == hostile.line, (hostile.name, finding)


@pytest.mark.parametrize("command", [["lint"], ["links"], ["build"]])
def test_every_command_reports_each_bad_file_once_and_checks_the_rest(hostile_library: Path, cli: Cli,
                                                                      command: list[str]) -> None:
    started = time.monotonic()
    code, out, err = cli("--root", hostile_library, *command, "--format", "json")
    assert time.monotonic() - started < 120
    assert code == 1, err
    text = out if command != ["build"] else out
    _assert_each_bad_file_is_one_finding(text, err)
    if command == ["lint"]:
        assert any(f["rule"] == "unsourced-assertion" for f in _by_path(out)["docs/A/good.md"])


def test_hooks_report_each_bad_file_once(hostile_library: Path, cli: Cli) -> None:
    files = [hostile_library / "docs/A" / f"{h.name}.md" for h in HOSTILE] + [hostile_library / "docs" / GOOD[0]]
    for check in ("front-matter", "lint"):
        code, out, err = cli("--root", hostile_library, "hook", check, *files, "--format", "json")
        assert code == 1, err
        _assert_each_bad_file_is_one_finding(out, err)
    code, out, err = cli("--root", hostile_library, "hook", "files", *files, "--format", "json")
    assert code == 1 and SECRET not in out + err and "Traceback" not in out + err


def test_review_reports_each_changed_bad_file(hostile_library: Path, cli: Cli) -> None:
    run_git(hostile_library, "add", "-A", "docs/A/good.md")
    code, out, err = cli("--root", hostile_library, "review", "--format", "json")
    assert code == 1, err
    untracked = set(run_git(hostile_library, "ls-files", "--others").split())
    seen_by_git = tuple(h for h in HOSTILE if f"docs/A/{h.name}.md" in untracked)
    assert len(seen_by_git) >= len(HOSTILE) - 1  # git does not list a FIFO
    _assert_each_bad_file_is_one_finding(out, err, seen_by_git)


def test_human_report_never_shows_what_a_symlink_points_to(hostile_library: Path, cli: Cli) -> None:
    code, out, err = cli("--root", hostile_library, "lint")
    assert code == 1
    assert "docs/A/outside-symlink.md\n  1:1  error    symlink points outside the docs folder" in out
    assert SECRET not in out + err


def test_alias_bomb_is_refused_fast_and_leaves_no_cache_entry(make_library: Callable[..., Path], cli: Cli) -> None:
    bomb = alias_bomb()
    assert len(bomb.encode()) < 450
    root = make_library({"A/bomb.md": bomb})
    started = time.process_time()
    code, out, _ = cli("--root", root, "lint", "--format", "json")
    assert time.process_time() - started < 10
    assert code == 1 and "aliases" in out
    cache = root / ".briefings-cache/front-matter.json"
    assert not cache.exists() or cache.stat().st_size < 10_000


def test_a_fifo_named_on_the_command_line_does_not_hang(make_library: Callable[..., Path], cli: Cli) -> None:
    root = make_library(dict([GOOD]))
    os.mkfifo(root / "docs/A/pipe.md")
    code, out, err = cli("--root", root, "lint", root / "docs/A/pipe.md", "--format", "json")
    assert code == 1 and "named pipe" in out, err


def test_mkdocs_never_reads_a_fifo_page(make_library: Callable[..., Path]) -> None:
    """The live preview and a `--no-strict` build run MkDocs on a library with problems: a FIFO page
    would block it for ever (the preview never got ready); the plugin takes it out and says so."""
    import subprocess
    import sys

    root = make_library({"A/x.md": briefing_text("X", "Text.")})
    os.mkfifo(root / "docs/A/pipe.md")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(root / "site")], cwd=root,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "docs/A/pipe.md is not a regular file (a FIFO, socket or device): left out of the site" in result.stderr
    assert (root / "site/A/x/index.html").is_file() and not (root / "site/A/pipe").exists()


def test_mkdocs_never_reads_a_file_through_a_symlink_out_of_docs(make_library: Callable[..., Path], tmp_path: Path,
                                                               cli: Cli) -> None:
    """Lint checks Markdown pages only, but MkDocs copies every file of docs/ into the site: a link
    such as `env.txt -> ../../.env`, or any file in a symlinked folder, would publish what it points
    to. The build and the live preview (the same plugin) take them out and say so; a link to a file
    inside docs stays, and the default (strict) build fails on the warning."""
    import subprocess
    import sys

    root = make_library({"A/x.md": briefing_text("X", "Text."), "A/notes.txt": "Our notes.\n"})
    (root / ".env").write_text(f"{SECRET}\n", encoding="utf-8")
    (root / "docs/A/env.txt").symlink_to("../../.env")
    (root / "docs/A/alias.txt").symlink_to("notes.txt")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere/secret.txt").write_text(f"{SECRET}\n", encoding="utf-8")
    (root / "docs/B").symlink_to(tmp_path / "elsewhere")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(root / "site")], cwd=root,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    for name in ("A/env.txt", "B/secret.txt"):
        assert f"docs/{name} leads out of the docs folder through a symlink: left out of the site" in result.stderr
    assert (root / "site/A/alias.txt").read_text("utf-8") == "Our notes.\n"
    assert not any(SECRET in p.read_text("utf-8", "replace") for p in (root / "site").rglob("*") if p.is_file())
    (root / "docs/B").unlink()  # a symlinked folder leaving docs is a lint error, before MkDocs runs
    code, out, err = cli("--root", root, "build")
    assert code == 1 and "docs/A/env.txt leads out of the docs folder through a symlink" in out + err
    assert SECRET not in out + err


def test_a_file_outside_the_library_that_cannot_be_read_is_a_finding(make_library: Callable[..., Path],
                                                                    tmp_path: Path, cli: Cli) -> None:
    root = make_library(dict([GOOD]))
    stray = tmp_path / "stray.md"
    stray.write_bytes(b"caf\xe9\n")
    code, out, err = cli("--root", root, "lint", stray, "--format", "json")
    assert code == 1, err
    assert [f["message"][:15] for f in json.loads(out)] == ["not valid UTF-8"]


def test_a_symlinked_folder_leaving_docs_is_a_finding(make_library: Callable[..., Path], tmp_path: Path,
                                                     cli: Cli) -> None:
    root = make_library(dict([GOOD]))
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere/secret.md").write_text(SECRET, encoding="utf-8")
    (root / "docs/A/linked").symlink_to(tmp_path / "elsewhere")
    (root / "docs/A/here").symlink_to(root / "docs/A")  # inside docs: not a problem, not walked twice
    code, out, err = cli("--root", root, "lint", "--format", "json")
    assert code == 1 and SECRET not in out + err
    found = {(f["path"], f["message"][:38]) for f in json.loads(out) if f["rule"] == "unreadable-file"}
    assert found == {("docs/A/linked", "symlink points outside the docs folder")}


def test_duplicate_status_does_not_publish(make_library: Callable[..., Path]) -> None:
    from briefings.library import Library

    root = make_library({"A/x.md": "---\ntitle: X\nstatus: draft\nstatus: published\n---\n\n# X\n"})
    library = Library.load(root)
    assert library.get("A/x.md") is None and "duplicate key" in library.problems["A/x.md"].message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_file_is_a_finding(make_library: Callable[..., Path], cli: Cli) -> None:
    root = make_library(dict([GOOD]) | {"A/locked.md": "# Locked\n"})
    (root / "docs/A/locked.md").chmod(0)
    code, out, _ = cli("--root", root, "lint", "--format", "json")
    assert code == 1 and "cannot read" in out


def test_a_library_that_cannot_be_read_at_all_exits_two(tmp_path: Path, cli: Cli) -> None:
    code, _, err = cli("--root", tmp_path, "lint")
    assert code == 2 and "no mkdocs.yml" in err


BAD_LINT_BLOCKS = {  # front matter `lint:` blocks that are wrong, and what the finding says
    "not-a-mapping": ("lint: 5\n", "must be a mapping"),
    "unknown-key": ("lint: {skip: [all]}\n", "unknown key(s) skip"),
    "bad-scope": ("lint: {scope: paragraph}\n", "scope is 'paragraph'"),
    "bad-severity": ("lint: {severity: {raw-html: loud}}\n", "severity must map rule ids"),
    "disable-string": ("lint: {disable: all}\n", "disable must be a list"),
}


def _with_lint_block(block: str) -> str:
    return ("---\ntitle: Bad\nsummary: S.\nstatus: draft\nupdated: 2025-01-31\nauthors: [A]\n" + block
            + "---\n\n# Bad\n\nPutin ordered the campaign in 2016.\n\n- item\n-  badly spaced item\n")


def test_a_bad_lint_block_is_one_finding_and_the_rest_is_still_checked(make_library: Callable[..., Path],
                                                                      cli: Cli) -> None:
    files = {f"A/{name}.md": _with_lint_block(block) for name, (block, _) in BAD_LINT_BLOCKS.items()}
    root = make_library({**files, GOOD[0]: GOOD[1]}, git=True)
    before = {p: p.read_bytes() for p in (root / "docs/A").iterdir()}
    code, out, err = cli("--root", root, "lint", "--fix", "--format", "json")
    assert code == 1, err
    assert "Traceback" not in err and "internal error" not in err
    assert {p: p.read_bytes() for p in (root / "docs/A").iterdir()} == before  # --fix leaves them to the author
    found = _by_path(out)
    assert any(f["rule"] == "unsourced-assertion" for f in found["docs/A/good.md"])
    for name, (_, says) in BAD_LINT_BLOCKS.items():
        mine = found[f"docs/A/{name}.md"]
        bad = [f for f in mine if f["rule"] == "front-matter"]
        assert len(bad) == 1 and says in str(bad[0]["message"]) and bad[0]["line"] == 7, (name, mine)
        assert any(f["rule"] == "unsourced-assertion" for f in mine), (name, mine)  # the body is still linted
    hook_code, hook_out, _ = cli("--root", root, "hook", "lint", *sorted(root.glob("docs/A/*.md")), "--format", "json")
    assert hook_code == 1 and len([f for f in json.loads(hook_out) if f["rule"] == "front-matter"]) == len(files)


def test_snippets_read_only_regular_files_inside_docs(make_library: Callable[..., Path], tmp_path: Path) -> None:
    """pymdownx.snippets in a plain build or the live preview (an edition build reads a staged copy):
    a snippet through a symlink out of docs, a FIFO (MkDocs blocked for ever), a device (/dev/zero
    until memory ran out) or a file over the size limit is not read; the build warns (strict fails)
    and still includes a snippet that is a regular file inside docs."""
    import subprocess
    import sys

    mkdocs = "site_name: T\nplugins: [briefings]\nmarkdown_extensions:\n" \
             "  - pymdownx.snippets:\n      base_path: [docs, .]\n      check_paths: false\n"
    body = "Text.\n\n" + "".join(f'--8<-- "{name}"\n\n' for name in
                                  ("A/env.txt", "A/pipe.txt", "A/zero.txt", "A/big.txt", "mkdocs.yml",
                                   "A/notes.txt", "docs/A/alias.txt"))
    root = make_library({"A/x.md": briefing_text("X", body), "A/notes.txt": "Our zqnotes.\n"}, mkdocs=mkdocs)
    (root / "pyproject.toml").write_text("[tool.briefings.limits]\nfile_bytes = 100000\n", "utf-8")
    (root / ".env").write_text(f"{SECRET}\n", encoding="utf-8")
    (root / "docs/A/env.txt").symlink_to("../../.env")
    (root / "docs/A/alias.txt").symlink_to("notes.txt")
    os.mkfifo(root / "docs/A/pipe.txt")
    (root / "docs/A/zero.txt").symlink_to("/dev/zero")
    (root / "docs/A/big.txt").write_text("zqbig " * 50_000, "utf-8")
    command = [sys.executable, "-m", "mkdocs", "build", "-d", str(root / "site")]
    for strict in (False, True):
        result = subprocess.run(command + ["--strict"] * strict, cwd=root, capture_output=True, text=True,
                                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=120)
        assert result.returncode == int(strict), result.stderr
    said = result.stderr
    for name, why in (("A/env.txt", "leads out of the docs folder"), ("A/pipe.txt", "not a regular file"),
                      ("A/zero.txt", "leads out of the docs folder"), ("A/big.txt", "larger than"),
                      ("mkdocs.yml", "outside the docs folder")):
        assert f"snippet '{name}'" in said and why in said.split(f"snippet '{name}'")[1].splitlines()[0], (name, said)
    assert SECRET not in said
    subprocess.run(command, cwd=root, capture_output=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                   timeout=120, check=True)
    page = (root / "site/A/x/index.html").read_text("utf-8")
    assert page.count("zqnotes") == 2 and SECRET not in page and "zqbig" not in page and "site_name" not in page


def test_names_that_differ_only_in_case_or_unicode_form_are_an_error(make_library: Callable[..., Path],
                                                                     cli: Cli) -> None:
    """`Report.md` and `report.md`, `Café.md` in NFC and in NFD: distinct files and URLs here, one file on
    macOS and Windows, where a checkout keeps only one of them."""
    import unicodedata

    nfc, nfd = (unicodedata.normalize(form, "A/Café.md") for form in ("NFC", "NFD"))
    root = make_library({"A/Report.md": GOOD[1], "A/report.md": GOOD[1], nfc: GOOD[1], nfd: GOOD[1], GOOD[0]: GOOD[1]})
    code, out, err = cli("--root", root, "lint", "--format", "json")
    assert code == 1, err
    clashes = sorted((f["path"], f["message"].split(" only in")[0]) for f in json.loads(out)
                     if f["rule"] == "file-name")
    assert clashes == sorted([(f"docs/{nfc}", f"the name differs from docs/{nfd}"),  # both: the one a change
                              (f"docs/{nfd}", f"the name differs from docs/{nfc}"),  # adds is reported in it
                              ("docs/A/report.md", "the name differs from docs/A/Report.md"),
                              ("docs/A/Report.md", "the name differs from docs/A/report.md")])
    from briefings.filenames import collisions

    assert collisions(["A/Straße.md", "A/Strasse.md", "A/ﬁnance.md", "A/finance.md"]) == []  # two files anywhere
