"""Front matter parses cached on disk, keyed by the YAML text, so a run re-reads but rarely re-parses.

Why: parsing the YAML front matter of every page is most of `Library.load` (about 0.6 s for 2,000
briefings), while between two runs only a few files change. The cache is JSON, not pickle, so a
crafted cache file in a cloned repository cannot run code; dates and times are tagged so they come
back as the same objects. A cache that cannot be read or written only costs time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

import yaml

import briefings
from briefings import frontmatter
from briefings.frontmatter import FrontMatter
from briefings.limits import DEFAULT, Limits

CACHE_ROOT = Path(".briefings-cache")
CACHE_FILE = CACHE_ROOT / "front-matter.json"


class _NotJson(Exception):
    """A value JSON cannot carry faithfully (e.g. a non-text key): such front matter is parsed each time."""


class FrontMatterCache:
    """Parsed front matter by the SHA-1 of its YAML text, loaded once and saved once per run."""

    def __init__(self, root: Path, limits: Limits = DEFAULT) -> None:
        self.path = root / CACHE_FILE
        self.limits = limits
        self.fingerprint = f"{_fingerprint()}/{limits}"
        self.known = load_entries(self.path, self.fingerprint)
        self.used: dict[str, Any] = {}

    def parse(self, text: str, label: str) -> FrontMatter:
        """Like `frontmatter.parse`, from the cache when this YAML text was parsed before."""
        yaml_text, _, body_line = frontmatter.split(text)
        if yaml_text is None:  # no front matter, or an unclosed one (an error)
            return frontmatter.parse(text, label, self.limits)
        key = hashlib.sha1(yaml_text.encode("utf-8")).hexdigest()
        data = _cached(self.known, key)
        if data is not None:
            self.used[key] = self.known[key]
            return FrontMatter(data=data, yaml_text=yaml_text, present=True, body_line=body_line)
        front = frontmatter.parse(text, label, self.limits)
        try:
            self.used[key] = _encode(front.data)
        except _NotJson:
            pass
        return front

    def save(self) -> None:
        """Write the entries this run used (so entries of deleted or edited files drop out)."""
        if self.used.keys() != self.known.keys():
            save_entries(self.path, self.fingerprint, self.used)


STALE_TMP_SECONDS = 3600  # a temporary entry this old was left by a killed or failed writer


def write_entry(folder: Path, key: str, text: str) -> None:
    """Write `folder/<key>.json` atomically through a temporary file, which a failed write removes
    (OSError still raised: the caller skips the cache)."""
    tmp = folder / f".{key}.{os.getpid()}.tmp"
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, folder / f"{key}.json")
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def remove_stale_tmp(folder: Path, names: list[str] | None = None) -> None:
    """Remove the temporary entries (`.<key>.<pid>.tmp`) a writer killed mid-write left behind:
    those older than STALE_TMP_SECONDS (a younger one may belong to a build still running). The lint
    cache calls it before its workers write, the render cache when it saves, the one-file caches
    (front matter, link scans) before they write."""
    cutoff = time.time() - STALE_TMP_SECONDS
    try:
        for name in names if names is not None else os.listdir(folder):
            if name.startswith(".") and name.endswith(".tmp"):
                path = folder / name
                try:
                    if path.stat().st_mtime < cutoff:
                        path.unlink()
                except OSError:
                    pass
    except OSError:
        pass


def modified_time(path: Path) -> float:
    """A path's modification time (0 when it is gone): the order in which cache entries age."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def make_cache_folder(folder: Path) -> None:
    """Create a folder under .briefings-cache; its own .gitignore keeps it out of git in any library."""
    folder.mkdir(parents=True, exist_ok=True)
    top = next(p for p in (folder, *folder.parents) if p.name == CACHE_ROOT.name)
    ignore = top / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# created by briefings: cached check results\n*\n", encoding="utf-8")


def _fingerprint() -> str:
    """Changes with briefings' version, PyYAML's version and the front matter parser's code."""
    parser = Path(frontmatter.__file__).stat().st_mtime_ns
    return f"{briefings.__version__}/{yaml.__version__}/{parser}"


def _cached(known: dict[str, Any], key: str) -> dict[str, Any] | None:
    try:
        data = _decode(known[key])
    except (KeyError, ValueError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dict):
        if not all(isinstance(k, str) and not k.startswith("$") for k in value):
            raise _NotJson
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    raise _NotJson


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "$datetime" in value:
            return dt.datetime.fromisoformat(value["$datetime"])
        if "$date" in value:
            return dt.date.fromisoformat(value["$date"])
        # most values are text: called only for containers, the decode of a page's front matter is a
        # tenth of a warm `Library.load`, not a third
        return {k: _decode(v) if isinstance(v, (dict, list)) else v for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) if isinstance(v, (dict, list)) else v for v in value]
    return value


def load_entries(path: Path, fingerprint: str) -> dict[str, Any]:
    """The entries of a one-file JSON cache written with this `fingerprint`; {} when it is missing,
    unreadable, stale or not of that shape."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # a crafted file nested deep enough stops the decoder
        return {}
    if not isinstance(data, dict) or data.get("fingerprint") != fingerprint:
        return {}
    entries = data.get("entries")
    return entries if isinstance(entries, dict) else {}


def save_entries(path: Path, fingerprint: str, entries: dict[str, Any]) -> None:
    """Write a one-file JSON cache atomically; a cache that cannot be written is skipped."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        make_cache_folder(path.parent)
        remove_stale_tmp(path.parent, [n for n in os.listdir(path.parent) if n.startswith(f".{path.name}.")])
        tmp.write_text(json.dumps({"fingerprint": fingerprint, "entries": entries}), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
