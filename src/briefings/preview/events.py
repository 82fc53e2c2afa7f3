"""Tell open pages that they changed: a generation counter that browsers long-poll."""

from __future__ import annotations

import threading
from collections import deque

ALL = "*"  # every page changed
_HISTORY = 200


class Notifier:
    """Generations of the site; each one records the page URLs it changed (or ALL)."""

    def __init__(self) -> None:
        self.generation = 0
        self._changed: deque[tuple[int, frozenset[str]]] = deque(maxlen=_HISTORY)
        self._cond = threading.Condition()

    def bump(self, urls: set[str] | str) -> int:
        """Start a new generation that changed these URLs (or ALL); wakes the waiting pages."""
        with self._cond:
            self.generation += 1
            self._changed.append((self.generation, frozenset([ALL] if urls == ALL else urls)))
            self._cond.notify_all()
            return self.generation

    def wait(self, since: int, timeout: float) -> int:
        """The current generation, once it is newer than `since` or after `timeout` seconds."""
        with self._cond:
            self._cond.wait_for(lambda: self.generation != since, timeout=timeout)
            return self.generation

    def changed_since(self, since: int, url: str) -> bool:
        """True when a generation after `since` changed the page at `url`."""
        with self._cond:
            if since < self.generation - len(self._changed) or since > self.generation:
                return True  # too old to tell, or from before a restart
            return any(gen > since and (ALL in urls or url in urls) for gen, urls in self._changed)

    def release(self) -> None:
        """Wake every waiting page (the server is stopping)."""
        with self._cond:
            self._cond.notify_all()
