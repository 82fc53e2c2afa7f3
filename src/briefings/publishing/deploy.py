"""Commit a built, checked edition with mike, under the publish lock, and push it when asked.

Everything that depends on the branch is decided inside the lock, from the branch as it is then,
and decided again after a rejected push (the remote's editions are fetched first): whether the
edition already exists (its folder, whatever versions.json says), which edition is the previous
one, and whether the alias moves. `prepare` gets that state and returns a site built for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefings.errors import GateError, ToolError
from briefings.publishing import banners, remote, timing, versions
from briefings.publishing.editions import Edition
from briefings.publishing.lock import publish_lock
from briefings.publishing.versions import BranchState
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
class Ready:
    """A site built for one state of the branch, and how to commit it."""

    site_dir: Path
    alias: str | None
    message: str
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass
class Deployed:
    """What the deploy did."""

    changed: bool
    first: bool
    pushed: bool
    attempts: int


def editions(root: Path, branch: str) -> list[Edition]:
    """The editions recorded in versions.json on the branch, newest first; ConfigError when it is damaged."""
    return versions.read(root, branch).editions


def refuse_existing(state: BranchState, name: str) -> GateError:
    """The error for re-publishing an edition without --force."""
    existing = state.get(name)
    when = f" on {existing.published}" if existing and existing.published else ""
    commit = f" from {existing.source_commit[:12]}" if existing and existing.source_commit else ""
    return GateError(f"edition {name} was already published{when}{commit} (its folder is on branch "
                     f"{state.branch}); published editions do not change",
                     hint="publish a new edition (e.g. YYYY.MM.2 for a second one this month), or pass "
                          "--force to replace it: it prints what would change first")


def check_state(state: BranchState, target: Target) -> None:
    """Stop before any work when versions.json is damaged or the edition exists (without --force)."""
    versions.require_recorded(state)
    if state.exists(target.edition) and not target.force:
        raise refuse_existing(state, target.edition)


def deploy(target: Target, prepare: Callable[[BranchState], Ready]) -> Deployed:
    """Under the lock: read the branch, prepare the site for it, commit with mike, push with retries."""
    with publish_lock(target.root):
        for attempt in range(1, PUSH_ATTEMPTS + 1):
            state = versions.read(target.root, target.branch)
            check_state(state, target)
            ready = prepare(state)
            with timing.step("commit"):
                changed, first = _commit(target, ready)
            if target.push_to is None:
                return Deployed(changed, first, False, attempt)
            accepted, output = git.push_branch(target.root, target.push_to, target.branch)
            if accepted:
                return Deployed(changed, first, True, attempt)
            print(f"push to {target.push_to} was rejected (attempt {attempt} of {PUSH_ATTEMPTS}); "
                  "fetching the remote and deciding again on top of it")
            remote.drop_local_commits(target.root, target.branch, state.tip)
            remote.sync(target.root, target.push_to, target.branch)
    raise ToolError(f"push to {target.push_to} was rejected {PUSH_ATTEMPTS} times:\n{output}",
                    hint="someone else keeps publishing, or the remote refuses pushes; the local branch "
                         "has the edition, so try `briefings publish ... --push` again later")


def _commit(target: Target, ready: Ready) -> tuple[bool, bool]:
    first = mike.read_file(target.root, "index.html", branch=target.branch) is None
    aliases = [ready.alias] if ready.alias else []
    changed = mike.deploy(target.root, ready.site_dir, edition=target.edition, title=target.title,
                          aliases=aliases, properties=ready.properties, message=ready.message,
                          branch=target.branch)
    if first:  # the site root opens the latest edition from now on
        mike.set_default(target.root, ready.alias or target.edition, branch=target.branch)
    not_found = ready.site_dir / "404.html"  # the page for unknown addresses anywhere on the branch
    root_404 = {"404.html": not_found.read_text("utf-8")} if (first or ready.alias) and not_found.is_file() else {}
    banners.refresh(target.root, editions(target.root, target.branch), default_alias=target.alias or "latest",
                    branch=target.branch, extra=root_404)
    return changed, first
