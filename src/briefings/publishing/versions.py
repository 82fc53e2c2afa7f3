"""What the site branch holds: versions.json checked against its schema, and the edition folders.

mike trusts versions.json: a damaged one (e.g. `"aliases": "latest"`) is read as something else
and written back, and an emptied one makes every published edition look new. So every command
reads the branch through here: a versions.json that does not match the schema stops it with the
fix, and an edition exists when its folder is on the branch, whatever versions.json says.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefings.errors import ConfigError
from briefings.publishing.editions import NAME, Edition, sort_key
from briefings.tools import git

VERSIONS_FILE = "versions.json"
_FIELDS = {"version", "title", "aliases", "properties"}


@dataclass
class BranchState:
    """The editions recorded in versions.json and the edition folders of the branch, read together."""

    branch: str
    tip: str | None
    editions: list[Edition] = field(default_factory=list)
    folders: set[str] = field(default_factory=set)

    def names(self) -> set[str]:
        """Every edition on the branch: recorded in versions.json or present as a folder."""
        return {e.name for e in self.editions} | self.folders

    def exists(self, name: str) -> bool:
        """True when the edition was published: its folder is on the branch, or versions.json lists it."""
        return name in self.names()

    def get(self, name: str) -> Edition | None:
        """The versions.json record of an edition (None when it only exists as a folder)."""
        return next((e for e in self.editions if e.name == name), None)

    def previous(self, name: str) -> Edition | None:
        """The newest edition older than `name` (retired ones included: they were published)."""
        older = [n for n in self.names() if NAME.match(n) and sort_key(n) < sort_key(name)]
        if not older:
            return None
        newest = max(older, key=sort_key)
        return self.get(newest) or Edition(name=newest, title=newest)

    def newer(self, name: str) -> list[str]:
        """Calendar editions newer than `name`, oldest first."""
        return sorted((n for n in self.names() if NAME.match(n) and sort_key(n) > sort_key(name)), key=sort_key)

    def unrecorded(self) -> list[str]:
        """Edition folders that versions.json does not list (it was emptied or truncated)."""
        listed = {e.name for e in self.editions}
        return sorted((n for n in self.folders if n not in listed), key=sort_key)


def read(root: Path, branch: str) -> BranchState:
    """The branch's versions.json (checked) and edition folders; ConfigError when versions.json is damaged."""
    tip = git.rev(root, f"refs/heads/{branch}")
    if tip is None:
        return BranchState(branch, None)
    text = git.show_file(root, f"{tip}:{VERSIONS_FILE}")
    entries = [] if text is None else parse(text, where=f"{branch}:{VERSIONS_FILE}", branch=branch)
    folders = {name for name in git.top_folders(root, tip) if NAME.match(name)}
    return BranchState(branch, tip, [Edition.from_dict(e) for e in entries], folders)


def parse(text: str, *, where: str, branch: str) -> list[dict[str, Any]]:
    """The entries of a versions.json text; ConfigError naming the problem when it breaks the schema."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise damaged(where, branch, f"not JSON: {exc}") from None
    if not isinstance(data, list):
        raise damaged(where, branch, f"must be a list of editions, found {_kind(data)}")
    seen: dict[str, str] = {}
    for number, entry in enumerate(data, 1):
        problem = _entry_problem(entry)
        if problem is None:
            for name in [entry["version"], *entry["aliases"]]:
                if name in seen:
                    problem = f"{name!r} appears twice (also in {seen[name]})"
                seen.setdefault(name, f"entry {number}")
        if problem:
            raise damaged(where, branch, f"entry {number}: {problem}")
    return list(data)


def _entry_problem(entry: Any) -> str | None:
    if not isinstance(entry, dict):
        return f"must be an object, found {_kind(entry)}"
    unknown = sorted(set(entry) - _FIELDS)
    if unknown:
        return f"unknown field(s) {', '.join(unknown)}"
    for key in ("version", "title"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            return f'"{key}" must be a non-empty string, found {_kind(entry.get(key))}'
    if "/" in entry["version"] or entry["version"] in (".", ".."):
        return f'"version" {entry["version"]!r} is not a folder name'
    aliases = entry.get("aliases")
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        return f'"aliases" must be a list of names, found {_kind(aliases)}'
    if not isinstance(entry.get("properties", {}), dict):
        return f'"properties" must be an object, found {_kind(entry.get("properties"))}'
    return None


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "an object", list: "a list", str: f"the string {value!r}"[:60], bool: "a boolean"}.get(
        type(value), f"a {type(value).__name__}")


def damaged(where: str, branch: str, problem: str) -> ConfigError:
    """The error for a versions.json that cannot be trusted; nothing is written from it."""
    return ConfigError(
        f"{where}: {problem}; it does not match the versions.json schema, so nothing was read from or "
        "written to the branch",
        hint=f"restore the last good versions.json: `git log --oneline {branch} -- {VERSIONS_FILE}` lists "
             f"its versions and `git show COMMIT:{VERSIONS_FILE}` shows one; commit it on {branch} (e.g. in a "
             f"`git worktree add` of {branch}) and run the command again")


def require_recorded(state: BranchState) -> None:
    """ConfigError when edition folders are on the branch that versions.json does not list."""
    missing = state.unrecorded()
    if missing:
        where = f"{state.branch}:{VERSIONS_FILE}"
        raise damaged(where, state.branch, f"does not list the edition(s) {', '.join(missing)} whose folders "
                      "are on the branch (it was emptied or cut short)")
