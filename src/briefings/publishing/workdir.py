"""The temporary folder an edition is staged and built in: removed on every exit, SIGTERM included.

A run killed with SIGKILL cannot clean up, so each folder is flock-ed by its owner for its whole
life, and every publish first removes the folders of this kind that nobody holds any more.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

PREFIX = "briefings-edition-"
UNCLAIMED = "briefings-unclaimed-"  # the folder's name until it is locked and marked OWNED
OWNED = ".owner"  # written once the owner holds the lock: without it a folder may be brand new
UNCLAIMED_AFTER = 30.0  # seconds after which a folder whose owner never wrote OWNED is stale


@contextlib.contextmanager
def temporary() -> Iterator[Path]:
    """A fresh folder for one publish, removed when the block ends, however it ends. It is made
    under another name, locked and marked OWNED, and only then renamed to PREFIX...: a folder named
    PREFIX... is always claimed, so a publish killed at any point never leaves one that looks brand
    new (and is kept) to the next run."""
    remove_stale()
    path = fresh = Path(tempfile.mkdtemp(prefix=UNCLAIMED))
    handle = os.open(fresh, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        (fresh / OWNED).write_text(str(os.getpid()), encoding="utf-8")
        path = fresh.with_name(PREFIX + fresh.name[len(UNCLAIMED):])
        os.rename(fresh, path)  # the same folder, still locked through `handle`
        with _terminate_cleanly():
            yield path
    finally:
        with contextlib.suppress(OSError):  # OWNED last: a removal cut short leaves a claimed folder
            if not _remove_claimed(path):
                shutil.rmtree(path, ignore_errors=True)
        os.close(handle)


def remove_stale(parent: Path | None = None) -> list[Path]:
    """Remove the folders left by killed publishes (nobody holds their lock); the ones removed. A
    folder killed before it was renamed (UNCLAIMED...) goes once it is UNCLAIMED_AFTER old."""
    removed = []
    folder = Path(parent or tempfile.gettempdir())
    for path in [*folder.glob(f"{PREFIX}*"), *folder.glob(f"{UNCLAIMED}*")]:
        with contextlib.suppress(OSError):
            if not path.is_symlink() and path.is_dir() and path.stat().st_uid == os.getuid() and _unheld(path):
                removed.append(path)
    return [path for path in removed if path.name.startswith(PREFIX)]


def _unheld(path: Path) -> bool:
    """Remove `path` when its owner is gone; True when it was removed."""
    handle = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # a live publish holds it
        claimed = (path / OWNED).exists() and path.name.startswith(PREFIX)
        if not claimed and time.time() - path.stat().st_mtime < UNCLAIMED_AFTER:
            return False  # just created: its owner is about to lock it
        if claimed:
            return _remove_claimed(path)
        shutil.rmtree(path, ignore_errors=True)
        return not path.exists()
    finally:
        os.close(handle)


def _remove_claimed(path: Path) -> bool:
    """Remove a folder whose owner is gone, its OWNED mark last; True when it is gone. A removal cut
    short (a killed process of the old publish still finishing its last write into the folder) then
    leaves a claimed folder that the next run removes, not one that looks brand new for half a minute."""
    for entry in list(path.iterdir()):
        if entry.name == OWNED:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
    if [entry.name for entry in path.iterdir()] != [OWNED]:
        return False
    (path / OWNED).unlink()
    path.rmdir()
    return True


@contextlib.contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """Turn SIGTERM into an exit that unwinds the stack, so `finally` blocks remove what they made."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return

    owner = os.getpid()

    def stop(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != owner:  # a forked worker, which its pool stops with SIGTERM: no interruption of
            raise SystemExit(128 + signum)  # ours; unwinding releases the pool's locks it may hold
        print("error: stopped by SIGTERM; nothing more was deployed and the temporary folder was removed",
              file=sys.stderr)
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
