"""A lock around mike's read-modify-write of versions.json, so concurrent publishes lose nothing.

mike reads versions.json, then writes the branch; two publishes that overlap would each write
their own list and one edition would vanish. The lock lives in the repository's git folder, so
every worktree and clone-on-the-same-disk process of one repository shares it.
"""

from __future__ import annotations

import fcntl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefings.errors import ToolError
from briefings.tools import git

LOCK_NAME = "briefings-publish.lock"


@contextmanager
def publish_lock(root: Path, *, timeout: float = 900, poll: float = 0.1) -> Iterator[Path]:
    """Hold the repository's publish lock; ToolError when another publish keeps it past `timeout`."""
    path = git.common_dir(root) / LOCK_NAME
    with path.open("a+") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise ToolError(f"another publish has held {path} for more than {timeout:.0f} s",
                                    hint="wait for it to finish; the lock is released when it exits") from None
                time.sleep(poll)
        try:
            yield path
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
