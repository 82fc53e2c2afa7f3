"""`publish --push`: fetch, fast-forward, deploy and push to a real (local, bare) remote; retry, never force."""

from __future__ import annotations

import json
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import run_git
from tests.publishing.conftest import NOW

pytestmark = pytest.mark.slow
CLI = Callable[..., tuple[int, str, str]]

# Runs in the remote before it accepts a push: the first time, another publisher's edition lands
# first (the branch moves under the push), so the push that is in flight is rejected.
MOVE_HOOK = """#!/bin/sh
if [ ! -e moved ]; then
  touch moved
  env -u GIT_QUARANTINE_PATH git update-ref refs/heads/gh-pages "$(git rev-parse refs/pending/gh-pages)"
fi
exit 0
"""


@pytest.fixture
def remote(library: Path, tmp_path: Path) -> Path:
    """A bare repository that the library pushes to as `origin`."""
    bare = tmp_path / "remote.git"
    run_git(tmp_path, "init", "-q", "--bare", "-b", "main", str(bare))
    run_git(library, "remote", "add", "origin", str(bare))
    run_git(library, "push", "-q", "origin", "main")
    return bare


def _lands_during_next_push(remote: Path, other: Path) -> str:
    """Stage `other`'s gh-pages in the remote so that it lands while our next push is in flight
    (MOVE_HOOK); the staged commit."""
    run_git(other, "push", "-q", "origin", "gh-pages:refs/pending/gh-pages")
    hook = remote / "hooks" / "pre-receive"
    hook.write_text(MOVE_HOOK, encoding="utf-8")
    hook.chmod(hook.stat().st_mode | stat.S_IEXEC)
    return run_git(remote, "rev-parse", "refs/pending/gh-pages").strip()


def _versions(repo: Path, ref: str = "gh-pages") -> list[str]:
    return [v["version"] for v in json.loads(run_git(repo, "show", f"{ref}:versions.json"))]


def test_push_to_a_local_bare_remote(library: Path, remote: Path, tmp_path: Path, cli: CLI) -> None:
    code, out, err = cli("--root", library, "publish", "2025.01", "--push", "--now", NOW)
    assert code == 0, err
    assert "pushed to origin" in out
    assert _versions(remote) == ["2025.01"]
    assert run_git(remote, "rev-parse", "gh-pages") == run_git(library, "rev-parse", "gh-pages")

    other = tmp_path / "other"  # a second editor's clone, without a local gh-pages branch
    run_git(tmp_path, "clone", "-q", str(remote), str(other))
    code, out, err = cli("--root", other, "publish", "2025.02", "--push", "--now", NOW)
    assert code == 0, err
    assert _versions(remote) == ["2025.02", "2025.01"]
    assert "No briefing changed" in out  # the previous edition's record came from the remote


def test_a_remote_that_moved_meanwhile_is_handled_by_retry_without_force(
        library: Path, remote: Path, tmp_path: Path, cli: CLI) -> None:
    assert cli("--root", library, "publish", "2025.01", "--push", "--now", NOW)[0] == 0
    other = tmp_path / "other"  # another editor publishes 2025.02; it reaches the remote mid-push
    run_git(tmp_path, "clone", "-q", str(remote), str(other))
    run_git(other, "fetch", "-q", "origin", "gh-pages:gh-pages")
    assert cli("--root", other, "publish", "2025.02", "--now", NOW)[0] == 0
    theirs = _lands_during_next_push(remote, other)

    code, out, err = cli("--root", library, "publish", "2025.03", "--push", "--now", NOW)
    assert code == 0, out + err
    assert "push to origin was rejected (attempt 1 of 4)" in out
    assert (remote / "moved").exists()
    assert _versions(remote) == ["2025.03", "2025.02", "2025.01"]  # nothing lost
    tip = run_git(remote, "rev-parse", "gh-pages").strip()
    ancestry = subprocess.run(["git", "merge-base", "--is-ancestor", theirs, tip], cwd=remote)
    assert ancestry.returncode == 0  # a fast-forward on top of the other edition, not a force-push
    assert run_git(library, "rev-parse", "gh-pages").strip() == tip


def test_diverged_local_branch_is_refused_not_forced(library: Path, remote: Path, tmp_path: Path, cli: CLI) -> None:
    assert cli("--root", library, "publish", "2025.01", "--push", "--now", NOW)[0] == 0
    other = tmp_path / "other"
    run_git(tmp_path, "clone", "-q", str(remote), str(other))
    assert cli("--root", other, "publish", "2025.02", "--push", "--now", NOW)[0] == 0
    assert cli("--root", library, "publish", "2025.03", "--alias", "", "--now", NOW)[0] == 0  # local only
    before = run_git(remote, "rev-parse", "gh-pages")
    code, _, err = cli("--root", library, "publish", "2025.04", "--push", "--now", NOW)
    assert code == 2 and "have diverged" in err and "never force-pushes" in err
    assert run_git(remote, "rev-parse", "gh-pages") == before


def test_a_retry_rebuilds_when_an_older_edition_changed_meanwhile(
        library: Path, remote: Path, tmp_path: Path, cli: CLI) -> None:
    """The sourcing history chart names every earlier edition: when another publisher retitles an
    older one while our push is in flight, the retry rebuilds, though the previous edition is the same."""
    assert cli("--root", library, "publish", "2025.01", "--push", "--now", NOW)[0] == 0
    assert cli("--root", library, "publish", "2025.02", "--push", "--now", NOW)[0] == 0
    other = tmp_path / "other"
    run_git(tmp_path, "clone", "-q", str(remote), str(other))
    run_git(other, "fetch", "-q", "origin", "gh-pages:gh-pages")
    code, _, err = cli("--root", other, "publish", "2025.01", "--force", "--alias", "", "--title",
                       "January 2025 (corrected)", "--now", NOW)
    assert code == 0, err
    _lands_during_next_push(remote, other)

    code, out, err = cli("--root", library, "publish", "2025.03", "--push", "--now", NOW)
    assert code == 0, out + err
    assert "push to origin was rejected (attempt 1 of 4)" in out
    chart = run_git(remote, "show", "gh-pages:2025.03/assets/briefings/sourcing-history.svg")
    assert "January 2025 (corrected)" in chart


def test_a_remote_site_branch_whose_history_holds_the_sources_gets_no_edition(
        library: Path, remote: Path, tmp_path: Path, cli: CLI) -> None:
    other = tmp_path / "other"  # someone pushed an emptied copy of the sources as the site branch
    run_git(tmp_path, "clone", "-q", str(remote), str(other))
    run_git(other, "checkout", "-q", "-b", "gh-pages")
    run_git(other, "rm", "-rq", ".")
    run_git(other, "commit", "-q", "-m", "empty")
    run_git(other, "push", "-q", "origin", "gh-pages")
    tip = run_git(remote, "rev-parse", "gh-pages")
    code, out, err = cli("--root", library, "publish", "2025.01", "--push", "--now", NOW)
    assert code == 2, out + err
    assert "--branch gh-pages holds the library's sources (docs/ or mkdocs.yml) in its history" in err
    assert run_git(remote, "rev-parse", "gh-pages") == tip  # nothing pushed
    assert "pushed" not in out
