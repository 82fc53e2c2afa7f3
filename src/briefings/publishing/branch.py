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
    check_history(project, branch)
    return branch


def check_history(project: Project, branch: str) -> None:
    """UsageError when `branch` shares a commit with the sources' history, or any of its commits ever held
    the library's sources (docs_dir or mkdocs.yml, where they are now): each publish adds a commit on top
    of that history, and pushing the branch would publish it all, drafts included (a branch made from
    the sources with its files removed looks empty at its tip)."""
    root = project.root
    if branch not in git.local_branches(root):
        return
    top = (git.toplevel(root) or root).resolve()
    sources = [_relative(project.docs_dir, top), _relative(project.mkdocs_file, top)]
    if git.shares_history(root, f"refs/heads/{branch}") or git.ever_had(root, f"refs/heads/{branch}", sources):
        raise UsageError(f"--branch {branch} holds the library's sources ({sources[0]}/ or {sources[1]}) in its "
                         "history: publishing would add editions on top of it, and pushing it would publish "
                         "every draft it ever held",
                         hint="use a branch that only holds editions, e.g. --branch gh-pages (publish creates it)")


def _relative(path: Path, top: Path) -> str:
    try:
        return path.resolve().relative_to(top).as_posix()
    except ValueError:
        return path.name
