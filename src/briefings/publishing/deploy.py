"""Commit a built, checked edition with mike, under the publish lock, and push it when asked."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefings.errors import GateError, ToolError
from briefings.publishing import banners, remote
from briefings.publishing.editions import Edition
from briefings.publishing.lock import publish_lock
from briefings.tools import git, mike

PUSH_ATTEMPTS = 4


@dataclass
class Target:
    """Where and how an edition is committed."""

    root: Path
    branch: str
    edition: str
    title: str
    alias: str | None
    force: bool
    push_to: str | None  # remote name, or None to stay local


@dataclass
class Deployed:
    """What the deploy did."""

    changed: bool
    first: bool
    pushed: bool
    attempts: int


def editions(root: Path, branch: str) -> list[Edition]:
    """The editions recorded in versions.json on the branch, newest first."""
    return [Edition.from_dict(item) for item in mike.list_versions(root, branch=branch)]


def refuse_existing(existing: Edition) -> GateError:
    """The error for re-publishing an edition without --force."""
    when = f" on {existing.published}" if existing.published else ""
    commit = f" from {existing.source_commit[:12]}" if existing.source_commit else ""
    return GateError(f"edition {existing.name} was already published{when}{commit}; published editions "
                     "do not change", hint="publish a new edition (e.g. YYYY.MM.2 for a second one this "
                     "month), or pass --force to replace it: it prints what would change first")


def deploy(target: Target, site_dir: Path, properties: dict[str, Any], message: str) -> Deployed:
    """Under the lock: check immutability again, commit with mike, set the default, push with retries."""
    with publish_lock(target.root):
        for attempt in range(1, PUSH_ATTEMPTS + 1):
            before = git.rev(target.root, f"refs/heads/{target.branch}")
            changed, first = _commit(target, site_dir, properties, message)
            if target.push_to is None:
                return Deployed(changed, first, False, attempt)
            accepted, output = git.push_branch(target.root, target.push_to, target.branch)
            if accepted:
                return Deployed(changed, first, True, attempt)
            print(f"push to {target.push_to} was rejected (attempt {attempt} of {PUSH_ATTEMPTS}); "
                  "fetching the remote and deploying again on top of it")
            remote.drop_local_commits(target.root, target.branch, before)
            remote.sync(target.root, target.push_to, target.branch)
    raise ToolError(f"push to {target.push_to} was rejected {PUSH_ATTEMPTS} times:\n{output}",
                    hint="someone else keeps publishing, or the remote refuses pushes; the local branch "
                         "has the edition, so try `briefings publish ... --push` again later")


def _commit(target: Target, site_dir: Path, properties: dict[str, Any], message: str) -> tuple[bool, bool]:
    existing = next((e for e in editions(target.root, target.branch) if e.name == target.edition), None)
    if existing is not None and not target.force:
        raise refuse_existing(existing)
    first = mike.read_file(target.root, "index.html", branch=target.branch) is None
    aliases = [target.alias] if target.alias else []
    changed = mike.deploy(target.root, site_dir, edition=target.edition, title=target.title, aliases=aliases,
                          properties=properties, message=message, branch=target.branch)
    if first:  # the site root opens the latest edition from now on
        mike.set_default(target.root, target.alias or target.edition, branch=target.branch)
    banners.refresh(target.root, editions(target.root, target.branch), default_alias=target.alias or "latest",
                    branch=target.branch)
    return changed, first
