"""What `publish --force` would change in an edition that is already published, printed first."""

from __future__ import annotations

import hashlib
from pathlib import Path

from briefings.errors import ToolError
from briefings.publishing import changes, manifest
from briefings.publishing.editions import Edition
from briefings.tools import git

SHOWN = 20


def describe(root: Path, existing: Edition, record: manifest.Manifest, site_dir: Path, branch: str) -> str:
    """Briefings and files of the published edition that replacing it would change."""
    head = (f"edition {existing.name} is already published (on {existing.published or 'an unknown date'} "
            f"from {existing.source_commit[:12] or 'an unknown commit'}); --force replaces it. What would change:")
    lines = [head]
    try:
        old = manifest.from_branch(root, branch, existing.name, f"{branch}:{existing.name}")
    except ToolError as exc:  # --force is how a damaged record is replaced, so it must not stop here
        old = None
        lines.append(f"  (briefing changes unknown: {exc})")
    diff = changes.compare(old, record) if old else None
    for item in diff.items if diff else []:
        lines.append(f"  briefing {item.kind:8} {item.record.title} ({item.record.rel}): {changes.counts(item)}")
    lines += _files(root, existing.name, site_dir, branch)
    return "\n".join(lines)


def _files(root: Path, name: str, site_dir: Path, branch: str) -> list[str]:
    old = git.tree_blobs(root, f"{branch}:{name}")
    new = {p.relative_to(site_dir).as_posix(): _blob_id(p.read_bytes())
           for p in sorted(site_dir.rglob("*")) if p.is_file()}
    changed = sorted(p for p in new if p in old and old[p] != new[p])
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    lines = [f"  files: {len(changed)} changed, {len(added)} added, {len(removed)} removed"]
    for label, paths in (("changed", changed), ("added", added), ("removed", removed)):
        lines += [f"    {label:8} {p}" for p in paths[:SHOWN]]
        if len(paths) > SHOWN:
            lines.append(f"    ... and {len(paths) - SHOWN} more {label}")
    return lines


def _blob_id(data: bytes) -> str:
    """git's object id of a file's content, so the comparison needs no process per file."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()
