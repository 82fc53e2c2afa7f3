"""`briefings publish` end to end in real git repositories: mike deploys, aliases, the default, the gate."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import briefing_text, run_git
from tests.publishing.conftest import NOW, branch_tip, commit_all, publish_process, show, versions

pytestmark = pytest.mark.slow
CLI = Callable[..., tuple[int, str, str]]


def test_two_editions_with_latest_on_the_second_and_the_root_redirecting(library: Path, cli: CLI) -> None:
    code, out, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code == 0, err
    assert "This is the first edition" in out and "the site root now opens it" in out
    (library / "docs/RESEARCH/Gamma.md").write_text(briefing_text("Gamma", "New text."), encoding="utf-8")
    commit_all(library)
    code, out, err = cli("--root", library, "publish", "2025.02", "--title", "February special", "--now", NOW)
    assert code == 0, err

    found = versions(library)
    assert [v["version"] for v in found] == ["2025.02", "2025.01"]  # newest first in the selector
    assert found[0]["title"] == "February special" and found[0]["aliases"] == ["latest"]
    assert found[1]["title"] == "January 2025 edition" and found[1]["aliases"] == []
    head = run_git(library, "rev-parse", "HEAD").strip()
    assert found[0]["properties"]["source_commit"] == head
    assert found[1]["properties"]["source_commit"] != head
    root_page = show(library, "index.html")  # the site root redirects, with no script and a strict policy
    assert '<meta http-equiv="refresh" content="0; url=latest/">' in root_page and "<script" not in root_page
    assert "Content-Security-Policy\" content=\"default-src 'none'" in root_page
    assert show(library, "latest") == "2025.02"  # mike's alias symlink
    assert "Gamma" in show(library, "2025.02/RESEARCH/Gamma/index.html")
    assert "Gamma" not in run_git(library, "ls-tree", "--name-only", "gh-pages:2025.01/RESEARCH")


def test_editions_in_the_selector_sort_by_calendar(library: Path, cli: CLI) -> None:
    for name in ("2025.02", "2025.01", "2025.10", "2025.01.2"):
        code, _, err = cli("--root", library, "publish", name, "--alias", "", "--now", NOW)
        assert code == 0, err
    assert [v["version"] for v in versions(library)] == ["2025.10", "2025.02", "2025.01.2", "2025.01"]


def test_a_failing_gate_leaves_gh_pages_byte_for_byte_unchanged(library: Path, cli: CLI) -> None:
    assert cli("--root", library, "publish", "2025.01", "--now", NOW)[0] == 0
    before = branch_tip(library)
    tree_before = run_git(library, "ls-tree", "-r", "gh-pages")
    # a front matter error: the gate's first check
    bad = briefing_text("Broken", "Text.", status="publshed")
    (library / "docs/RESEARCH/Broken.md").write_text(bad, encoding="utf-8")
    run_git(library, "add", "docs/RESEARCH/Broken.md")  # an untracked page is never published, never gated
    code, out, err = cli("--root", library, "publish", "2025.02", "--now", NOW)
    assert code == 1
    assert "publshed" in out and "docs/RESEARCH/Broken.md" in out
    assert "the gate refused edition 2025.02" in err and "nothing was deployed" in err
    # a strict build failure: a link MkDocs cannot resolve
    (library / "docs/RESEARCH/Broken.md").write_text(briefing_text("Broken", "See [x](Missing.md)."), "utf-8")
    code, out, err = cli("--root", library, "publish", "2025.02", "--now", NOW)
    assert code == 1 and "the gate refused edition 2025.02" in err and "Missing.md" in err + out
    assert branch_tip(library) == before
    assert run_git(library, "ls-tree", "-r", "gh-pages") == tree_before


def test_a_failing_gate_on_the_first_publish_creates_no_branch(library: Path, cli: CLI) -> None:
    (library / "docs/RESEARCH/Broken.md").write_text(briefing_text("Broken", "x", updated="someday"), "utf-8")
    run_git(library, "add", "docs/RESEARCH/Broken.md")
    code, _, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "nothing was deployed" in err
    assert branch_tip(library) is None


def test_republishing_is_refused_without_force_and_force_shows_what_changes(library: Path, cli: CLI) -> None:
    assert cli("--root", library, "publish", "2025.01", "--now", NOW)[0] == 0
    before = branch_tip(library)
    code, _, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code == 1 and "edition 2025.01 was already published" in err and "--force" in err
    assert branch_tip(library) == before

    beta = library / "docs/RESEARCH/Beta.md"
    text = beta.read_text("utf-8").replace("20 December", "21 December")
    beta.write_text(text.replace("title: Beta", 'title: "Beta\\e[2J"'), "utf-8")  # ESC: the terminal's, not the file's
    commit_all(library)
    code, out, err = cli("--root", library, "publish", "2025.01", "--force", "--now", NOW)
    assert code == 1 and "title holds U+001B" in out + err and "\x1b" not in out + err  # a title is plain text
    beta.write_text(text, "utf-8")
    commit_all(library)
    code, out, err = cli("--root", library, "publish", "2025.01", "--force", "--now", NOW)
    assert code == 0, err
    told = out.index("--force replaces it. What would change:")
    assert out.index("briefing updated  Beta") > told
    assert "changed  RESEARCH/Beta/index.html" in out
    assert told < out.index("edition 2025.01 (January 2025 edition) published")
    assert "21 December" in show(library, "2025.01/RESEARCH/Beta/index.html")
    assert [v["version"] for v in versions(library)] == ["2025.01"]


def test_three_concurrent_publishes_all_end_up_in_versions_json(library: Path) -> None:
    procs = [publish_process(library, name, "--alias", "") for name in ("2025.01", "2025.02", "2025.03")]
    results = [(p.wait(timeout=600), p.communicate()) for p in procs]
    assert all(code == 0 for code, _ in results), results
    assert sorted(v["version"] for v in versions(library)) == ["2025.01", "2025.02", "2025.03"]
    for name in ("2025.01", "2025.02", "2025.03"):
        assert "Alpha" in show(library, f"{name}/RESEARCH/Alpha/index.html")


def test_bad_edition_names_and_moments_are_usage_errors(library: Path, cli: CLI) -> None:
    code, _, err = cli("--root", library, "publish", "2025.1")
    assert code == 2 and "not a calendar name" in err and "YYYY.MM" in err
    for name, meant in (("2025.01.1", "2025.01"), ("2025.01.02", "2025.01.2"), ("2025.1.3", "2025.01.3")):
        code, _, err = cli("--root", library, "publish", name)
        assert code == 2 and f"edition '{name}' is not a calendar name; did you mean {meant}?" in err, err
    code, _, err = cli("--root", library, "publish", "2025.01", "--now", "yesterday")
    assert code == 2 and "ISO date-time" in err
    assert branch_tip(library) is None


def test_publish_outside_a_git_repository_says_what_to_do(make_library: Callable[..., Path], cli: CLI) -> None:
    root = make_library({"RESEARCH/a.md": briefing_text("A", "x")}, name="nogit")
    code, _, err = cli("--root", root, "publish", "2025.01")
    assert code == 2 and "not a git repository" in err and "git init" in err


def test_a_correction_to_an_older_edition_leaves_latest_on_the_newest(library: Path, cli: CLI) -> None:
    for name in ("2025.01", "2025.02"):
        assert cli("--root", library, "publish", name, "--now", NOW)[0] == 0
    code, out, err = cli("--root", library, "publish", "2025.01.2", "--now", NOW)
    assert code == 0, err
    assert "note: 2025.02 is newer than 2025.01.2, so latest stays on it" in out
    found = {v["version"]: v["aliases"] for v in versions(library)}
    assert found == {"2025.02": ["latest"], "2025.01.2": [], "2025.01": []}
    assert list(found) == ["2025.02", "2025.01.2", "2025.01"]
    assert "since January 2025 edition (2025.01)" in out  # compared with the edition just before it


def test_a_committed_cache_is_refused(library: Path, cli: CLI) -> None:
    """A lint entry committed by a contributor could mark an unsourced briefing clean: a publish
    trusts only a cache made on its own machine, so a cache in the repository stops it."""
    assert cli("--root", library, "lint", "--stats")[0] in (0, 1)  # fills .briefings-cache/lint
    run_git(library, "add", "-f", ".briefings-cache")
    run_git(library, "commit", "-q", "-m", "cache")
    code, _, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code == 2 and ".briefings-cache/ is committed to the repository" in err
    assert "git rm -r --cached .briefings-cache" in err
    assert branch_tip(library) is None
    run_git(library, "rm", "-r", "-q", "--cached", ".briefings-cache")
    run_git(library, "commit", "-q", "-m", "no cache")
    assert cli("--root", library, "publish", "2025.01", "--now", NOW)[0] == 0
