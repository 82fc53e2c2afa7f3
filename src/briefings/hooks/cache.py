"""Per-file hook results cached by content hash, so unchanged files cost a file read.

Entries live under `.briefings-cache/hooks/KIND/SALT/` (git-ignored), one small JSON file per
file version, keyed by its path and bytes. SALT stands for the installed briefings code, the
library's configuration and a digest of the rest of the library (links read other files); a new
SALT makes the old entries useless, so they are removed then and the cache stays small.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

import briefings
from briefings.findings import Finding
from briefings.frontcache import CACHE_ROOT, make_cache_folder, modified_time, write_entry
from briefings.errors import ConfigError
from briefings.vale.settings import find_config, load_config

CACHE_DIR = CACHE_ROOT / "hooks"
_CONFIG_FILES = ("mkdocs.yml", "pyproject.toml")


class ResultCache:
    """Findings of one kind of check, per file version."""

    keep = 1  # settings folders kept: this one only (a new one replaces the others)

    def __init__(self, root: Path, kind: str, context: str = "") -> None:
        salt = hashlib.sha256(f"{tool_fingerprint(root)}\0{context}".encode()).hexdigest()
        self.folder = root / CACHE_DIR / kind / salt[:24]

    def key(self, label: str, data: bytes) -> str:
        """The cache key of one file version."""
        digest = hashlib.sha256(f"{label}\0".encode("utf-8", "surrogateescape"))
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str) -> list[Finding] | None:
        """Cached findings, or None on a miss (or an unreadable entry)."""
        try:
            rows = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            return [Finding.from_dict(row) for row in rows]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, findings: Iterable[Finding]) -> None:
        """Store findings; a cache that cannot be written is skipped, never an error."""
        self.write(key, [f.to_dict() for f in findings])

    def write(self, key: str, data: object) -> None:
        """Store one JSON entry atomically; a cache that cannot be written is skipped, never an error."""
        try:
            if not self.folder.is_dir():
                self._replace_stale_folders()
            write_entry(self.folder, key, json.dumps(data))
        except OSError:
            pass

    def _replace_stale_folders(self) -> None:
        """Make this settings' folder; of the others, keep the `keep - 1` most recently written."""
        parent = self.folder.parent
        if parent.is_dir():
            others = sorted(parent.iterdir(), key=modified_time, reverse=True)
            for stale in others[self.keep - 1:]:
                shutil.rmtree(stale, ignore_errors=True)
        make_cache_folder(self.folder)


def tool_fingerprint(root: Path) -> str:
    """Changes when briefings' code, the library's configuration or its Vale styles change."""
    # Vale's presence matters: the built-in rules stand in for it when the binary is missing.
    engine = f"{shutil.which('vale')}\0{os.environ.get('BRIEFINGS_VALE', '')}"
    digest = hashlib.sha256(f"{briefings.__version__}\0{engine}".encode())
    package = Path(briefings.__file__).parent
    _add_stats(digest, package, (p for p in package.rglob("*") if p.suffix in (".py", ".json", ".yml")))
    for name, data in _config_contents(root).items():
        digest.update(f"{name}\0".encode("utf-8", "surrogateescape"))
        digest.update(data if data is not None else b"-")
    styles = _styles_dir(root)
    if styles.is_dir():
        _add_stats(digest, styles, styles.rglob("*"))
    return digest.hexdigest()


def same_configuration(root: Path, other: Path) -> bool:
    """True when two library roots have the same configuration files and Vale styles, by content
    (what `tool_fingerprint` covers besides the tool itself): check results of one hold for the other."""
    if _config_contents(root) != _config_contents(other):
        return False
    return _contents(_styles_dir(root)) == _contents(_styles_dir(other))


def _config_contents(root: Path) -> dict[str, bytes | None]:
    """The bytes of each configuration file (None when missing), with the Vale configuration that
    `find_config` picks (`.vale.ini`, `_vale.ini` or `styles/.vale.ini`) under its own name."""
    files: dict[str, bytes | None] = {name: _read(root / name) for name in _CONFIG_FILES}
    vale = find_config(root)
    files[vale.relative_to(root).as_posix() if vale else "vale"] = _read(vale) if vale else None
    return files


def _read(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() else None


def _contents(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _styles_dir(root: Path) -> Path:
    """Vale's StylesPath (default `styles`), relative to the configuration file that `find_config`
    picks, as the engine reads it: rule files change findings too."""
    ini = find_config(root)
    if ini is None:
        return root / "styles"
    try:
        return load_config(ini).styles_path  # the engine's own reading (a global StylesPath only)
    except ConfigError:
        return ini.parent / "styles"  # the command itself reports the bad configuration


def tree_digest(folder: Path) -> str:
    """Changes when any file under `folder` is added, removed or modified (by size and mtime)."""
    digest = hashlib.sha256()
    _add_stats(digest, folder, folder.rglob("*"))
    return digest.hexdigest()


def _add_stats(digest: hashlib._Hash, base: Path, paths: Iterable[Path]) -> None:
    for path in sorted(paths):
        try:
            stat = path.stat()
        except OSError:
            continue
        # surrogateescape: a name that is not UTF-8 is hashed as its bytes (lint reports it)
        digest.update(f"{path.relative_to(base).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\n"
                      .encode("utf-8", "surrogateescape"))
