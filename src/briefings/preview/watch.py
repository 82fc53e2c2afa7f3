"""Watch the library for saves (watchdog: inotify on Linux, FSEvents on macOS, polling elsewhere).

Editors save in bursts (a temporary file, a rename, a second write), so the paths touched within
a short quiet interval are handed over together, once.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from briefings.terminal import shown

QUIET_SECONDS = 0.05  # wait this long after the last event of a burst
_IGNORED_SUFFIXES = ("~", ".swp", ".swx", ".tmp", ".part")
_WRITES = ("created", "modified", "moved", "deleted", "closed")


class Watcher(FileSystemEventHandler):
    """Calls `on_change(paths)` from its own thread after each burst of file events under `root`.

    Only the given folders are watched (the whole tree of the library would include .git, the
    built site and perhaps a virtual environment: many thousands of folders for nothing).
    """

    def __init__(self, root: Path, on_change: Callable[[set[Path]], None],
                 folders: list[tuple[Path, bool]]) -> None:
        self.root = root
        self.on_change = on_change
        self.folders = folders  # (folder, recursive)
        self._pending: set[Path] = set()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._observer = Observer()
        self._worker = threading.Thread(target=self._deliver, name="briefings-preview-watch", daemon=True)

    def start(self) -> None:
        """Start watching."""
        for folder, recursive in self.folders:
            if folder.is_dir():
                self._observer.schedule(self, str(folder), recursive=recursive)
        self._observer.start()
        self._worker.start()

    def stop(self) -> None:
        """Stop watching and wait for the threads."""
        self._stop.set()
        self._wake.set()
        self._observer.stop()
        self._observer.join(timeout=5)
        self._worker.join(timeout=5)

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type not in _WRITES or (event.is_directory and event.event_type not in ("moved", "deleted")):
            return  # reads (opened, closed_no_write) are not saves
        paths = [event.src_path, getattr(event, "dest_path", "")]
        with self._lock:
            for raw in paths:
                path = Path(raw if isinstance(raw, str) else raw.decode()) if raw else None
                if path is not None and relevant(self.root, path):
                    self._pending.add(path)
        self._wake.set()

    def _deliver(self) -> None:
        while not self._stop.is_set():
            self._wake.wait()
            self._wake.clear()
            while self._wake.wait(QUIET_SECONDS):  # wait for the burst to end
                self._wake.clear()
            with self._lock:
                paths, self._pending = self._pending, set()
            if paths and not self._stop.is_set():
                try:
                    self.on_change(paths)
                except Exception as exc:  # noqa: BLE001 - keep watching: the next save may fix it
                    print(shown(f"preview: {type(exc).__name__}: {exc}"), file=sys.stderr, flush=True)


def relevant(root: Path, path: Path) -> bool:
    """False for editor swap files, hidden files and folders (.git, .cache) but `.vale.ini`."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return False
    if not parts or any(part.startswith(".") for part in parts[:-1]) or "__pycache__" in parts:
        return False
    name = path.name
    if name.startswith((".", "#")) and name != ".vale.ini":
        return False
    return not name.endswith(_IGNORED_SUFFIXES)
