"""Load the library for a hook run, reusing earlier front matter parses (keyed by the YAML text).

Why: parsing every briefing's YAML front matter is most of `Library.load` (about 1 s for 2,000
briefings), while a commit changes one or two files. Pages are built exactly as `Briefing.read`
builds them; tests/hooks/test_pages.py checks that both give the same library. The cache is JSON,
not pickle, so a crafted cache file in a cloned repository cannot run code.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from briefings import frontmatter
from briefings.config import Project
from briefings.frontmatter import FrontMatter
from briefings.hooks.cache import CACHE_DIR, make_folder, tool_fingerprint
from briefings.library import Briefing, Library, markdown_files
from briefings.textfile import read_text

CACHE_FILE = CACHE_DIR / "front-matter.json"


class _NotJson(Exception):
    """A front matter value JSON cannot carry faithfully (e.g. a non-text key): parse it each time."""


def load_library(project: Project) -> Library:
    """The whole library, as `Library.load` reads it, with cached front matter where the YAML is unchanged."""
    path = project.root / CACHE_FILE
    fingerprint = tool_fingerprint(project.root)
    known = _load(path, fingerprint)
    fresh: dict[str, Any] = {}
    pages = [_read(file, rel, project, known, fresh) for file, rel in markdown_files(project.docs_dir)]
    if fresh.keys() - known.keys() or len(fresh) < len(known):
        _save(path, fingerprint, fresh)
    return Library(project=project, pages=pages)


def _read(path: Path, rel: str, project: Project, known: dict[str, Any], fresh: dict[str, Any]) -> Briefing:
    label = project.label(path)
    text = read_text(path, max_bytes=project.settings.max_file_bytes, label=label)
    yaml_text, body, body_line = frontmatter.split(text)
    if yaml_text is None:
        return Briefing(path=path, rel=rel, label=label, text=text, front=FrontMatter(), body=text)
    key = hashlib.sha1(yaml_text.encode("utf-8")).hexdigest()
    data = _cached(known, key)
    if data is not None:
        fresh[key] = known[key]
        front = FrontMatter(data=data, yaml_text=yaml_text, present=True, body_line=body_line)
    else:
        front = frontmatter.parse(text, label)
        try:
            fresh[key] = _encode(front.data)
        except _NotJson:
            pass
    return Briefing(path=path, rel=rel, label=label, text=text, front=front, body=body)


def _cached(known: dict[str, Any], key: str) -> dict[str, Any] | None:
    """The cached front matter data, or None when missing or unreadable."""
    try:
        data = _decode(known[key])
    except (KeyError, ValueError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def _encode(value: Any) -> Any:
    """YAML values as JSON, dates and times tagged so that they come back as the same objects."""
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
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value


def _load(path: Path, fingerprint: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("fingerprint") != fingerprint:
        return {}
    entries = data.get("entries")
    return entries if isinstance(entries, dict) else {}


def _save(path: Path, fingerprint: str, entries: dict[str, Any]) -> None:
    try:
        make_folder(path.parent)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"fingerprint": fingerprint, "entries": entries}), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs time
