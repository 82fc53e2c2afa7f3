"""Every call to git goes through here."""

from __future__ import annotations

from pathlib import Path

from briefings.tools import process


def git(args: list[str], *, cwd: Path, check: bool = True, timeout: float = 120) -> str:
    """Run `git ARGS` in `cwd` and return its stdout."""
    return process.run(["git", *args], cwd=cwd, check=check, timeout=timeout).stdout


def toplevel(path: Path) -> Path | None:
    """The work tree root containing `path`, or None outside a repository."""
    result = process.run(["git", "rev-parse", "--show-toplevel"], cwd=path, check=False)
    return Path(result.stdout.strip()) if result.returncode == 0 else None


def head_commit(cwd: Path) -> str | None:
    """The full hash of HEAD, or None before the first commit."""
    result = process.run(["git", "rev-parse", "--verify", "-q", "HEAD"], cwd=cwd, check=False)
    return result.stdout.strip() or None
