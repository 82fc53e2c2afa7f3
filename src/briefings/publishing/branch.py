"""The branch that holds the editions: a plain branch name, never the sources' own branch."""

from __future__ import annotations

from pathlib import Path

from briefings.config import Project
from briefings.errors import UsageError
from briefings.tools import git


def check_name(root: Path, branch: str) -> str:
    """The branch name when it is plain (`gh-pages`, not `refs/heads/gh-pages`); UsageError otherwise."""
    if branch.startswith("-"):  # git would read it as an option
        raise UsageError(f"--branch {branch!r} is not a branch name: a branch's name never starts with '-'",
                         hint="give the branch's short name, e.g. --branch gh-pages")
    if branch.startswith("refs/") or branch in ("HEAD", "@") or not git.is_valid_branch_name(root, branch):
        plain = branch.removeprefix("refs/heads/")
        example = plain if plain != branch and git.is_valid_branch_name(root, plain) else "gh-pages"
        raise UsageError(f"--branch {branch!r} is not a plain branch name",
                         hint=f"give the branch's short name, e.g. --branch {example}")
    return branch


def check_site_branch(project: Project, branch: str) -> str:
    """UsageError unless `branch` is a plain name, not checked out anywhere and not holding the sources."""
    root = project.root
    check_name(root, branch)
    if branch in git.checked_out_branches(root):
        raise UsageError(f"--branch {branch} is checked out: publishing would commit the site onto your "
                         "working branch", hint="use a branch that only holds editions, e.g. --branch gh-pages")
    top = git.toplevel(root)
    docs = project.docs_dir.relative_to(top.resolve()).as_posix() if top else "docs"
    if branch in git.local_branches(root) and git.has_path(root, f"refs/heads/{branch}", docs):
        raise UsageError(f"--branch {branch} holds the library's sources ({docs}/): publishing would mix "
                         "the site into them", hint="use a branch that only holds editions, e.g. --branch gh-pages")
    return branch
