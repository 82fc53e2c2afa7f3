"""The on-disk cache of external URLs that answered: URL -> when it was checked (ISO time)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from briefings.frontcache import CACHE_ROOT, make_cache_folder
from briefings.textfile import write_atomic


def load(path: Path, now: dt.datetime, days: float) -> dict[str, str]:
    """URLs that answered within the last `days` days (unreadable caches are ignored, not fatal)."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    oldest = now - dt.timedelta(days=days)
    fresh = {}
    for url, when in data.items():
        checked = _parse_time(when) if isinstance(when, str) else None
        if checked is not None and checked >= oldest:
            fresh[url] = when
    return fresh


def _parse_time(text: str) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else None


def save(path: Path, cache: dict[str, str]) -> None:
    """Write the cache atomically; under .briefings-cache, a .gitignore keeps it out of git."""
    if any(folder.name == CACHE_ROOT.name for folder in path.parents):
        make_cache_folder(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(cache, indent=1, sort_keys=True) + "\n")
