"""Per-file lint results cached by content and settings, so that a rerun only checks what changed.

Entries live under `.briefings-cache/lint/SALT/` (git-ignored), one small JSON file per file
version, keyed by its path and bytes, the way the hooks cache theirs (`hooks.cache`). SALT stands
for the installed briefings code, the library's configuration files and Vale styles, and the
effective lint settings (scope from the command line, `--stats`); a new SALT makes old entries
useless, and they are removed. Within one SALT, old versions of edited files go once a folder
holds far more entries than the library has files (`prune`); the current version of every file
stays. Link findings read the whole library and are never cached here.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from briefings.findings import Finding
from briefings.frontcache import CACHE_ROOT, modified_time, remove_stale_tmp
from briefings.hooks.cache import ResultCache
from briefings.library import Briefing
from briefings.linting.config import LintConfig
from briefings.linting.runner import Coverage, FileResult


KEEP_PER_FILE = 3  # a pruned folder keeps this many entries for each file of the library, in all
PRUNE_SLACK = 100  # and is pruned only when it holds twice that plus this many (a few edits cost nothing)


class LintCache(ResultCache):
    """Check results (findings, coverage, asserting sentences) per briefing version."""

    # plain lint, `lint --stats` and the build have settings folders of their own and take turns:
    # the last four written stay, so running one does not throw away another's entries
    keep = 4

    def __init__(self, root: Path, config: LintConfig, *, coverage: bool) -> None:
        super().__init__(root, "lint", context=settings_digest(config, coverage=coverage))
        self.folder = root / CACHE_ROOT / "lint" / self.folder.name  # beside the hooks' cache, not in it

    def ready(self) -> None:
        """The folder made (stale ones removed) before worker processes write into it at once."""
        try:
            if not self.folder.is_dir():
                self._replace_stale_folders()
            else:
                remove_stale_tmp(self.folder)
        except OSError:
            pass  # a cache that cannot be written is skipped

    def lookup(self, briefings: list[Briefing]) -> Iterator[tuple[str, FileResult | None]]:
        """(key, cached result or None) for each briefing, in order."""
        for briefing in briefings:
            key = self.key(briefing.label, briefing.text.encode("utf-8"))
            yield key, self.load(key, briefing.label)

    def load(self, key: str, label: str) -> FileResult | None:
        """The stored result, or None on a miss or an unreadable entry."""
        try:
            data = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            findings = [Finding.from_dict(row) for row in data["findings"]]
            claims = tuple((str(text), bool(cited)) for text, cited in data["claims"])
            return FileResult(label, findings, Coverage(*data["coverage"]), claims)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def store(self, key: str, result: FileResult) -> None:
        """Write one result atomically; a cache that cannot be written is skipped, never an error."""
        self.write(key, {"findings": [f.to_dict() for f in result.findings],
                         "coverage": [result.coverage.assertions, result.coverage.sourced],
                         "claims": [list(c) for c in result.claims]})

    def prune(self, files: int, current: Callable[[], set[str]]) -> None:
        """When the folder holds far more entries than the library has `files`, drop the least
        recently written ones (old versions of edited files) down to KEEP_PER_FILE entries a file
        in all, never one of `current()`: the keys of every file's current text (asked only then)."""
        limit = KEEP_PER_FILE * files
        try:
            names = [name for name in os.listdir(self.folder) if name.endswith(".json")]
            if len(names) <= 2 * limit + PRUNE_SLACK:
                return
            kept = current()
            old = sorted((self.folder / name for name in names if name[:-5] not in kept), key=modified_time)
            for path in old[:len(names) - limit]:
                path.unlink(missing_ok=True)
        except OSError:
            pass  # a cache that cannot be tidied is left as it is


def settings_digest(config: LintConfig, *, coverage: bool) -> str:
    """The effective settings as canonical JSON (frozensets sorted: their order varies by process)."""
    data: dict[str, Any] = {"scope": config.scope, "opinion": sorted(config.opinion_blocks),
                            "disabled": sorted(config.disabled), "suppressed": sorted(config.suppressed),
                            "severity": sorted(config.severity.items()),
                            "contexts": [[k, sorted(v)] for k, v in config.contexts], "coverage": coverage,
                            "limits": repr(config.limits)}
    return json.dumps(data, sort_keys=True)
