"""Keeping the local site branch in step with a remote: fetch, fast-forward, never force."""

from __future__ import annotations

from pathlib import Path

from briefings.errors import ToolError, UsageError
from briefings.tools import git


def check_name(remote: str) -> str:
    """The remote (a name or URL) when git cannot take it for an option; UsageError otherwise."""
    if not remote or remote.startswith("-"):
        raise UsageError(f"--remote {remote!r} is not a remote: a remote's name or URL never starts with '-' "
                         "(git would read it as an option)", hint="give the remote's name, e.g. --remote origin")
    return remote


def sync(root: Path, remote: str, branch: str) -> None:
    """Fetch remote/branch and fast-forward the local branch to it; ToolError when they diverged."""
    remote_tip = git.fetch_branch(root, remote, branch)
    if remote_tip is None:
        return  # the remote has no site yet: our push creates it
    local = git.rev(root, f"refs/heads/{branch}")
    if local == remote_tip or (local is not None and git.is_ancestor(root, remote_tip, local)):
        return  # even, or ahead with editions not pushed yet: the push carries them
    if local is None or git.is_ancestor(root, local, remote_tip):
        git.set_branch(root, branch, remote_tip, expected=local)
        return
    raise ToolError(f"the local {branch} branch and {remote}/{branch} have diverged",
                    hint=f"briefings never force-pushes: compare them with `git log {branch}...{remote}/{branch}`; "
                         f"if the local editions can go, run `git branch -f {branch} {remote}/{branch}` "
                         "and publish again")


def drop_local_commits(root: Path, branch: str, back_to: str | None) -> None:
    """Move the branch back to `back_to` after a rejected push, so the edition is redone on top."""
    git.set_branch(root, branch, back_to, expected=git.rev(root, f"refs/heads/{branch}"))
