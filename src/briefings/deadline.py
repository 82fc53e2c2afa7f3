"""Per-file time budgets, enforced while the work runs: a file that takes too long is stopped.

Why: `briefings lint` and the site build are linear in every dimension we know of (tests check it),
but a file is untrusted input and a construct no one has thought of could still be slow. The budget
of a file is `limits.file_seconds_min`, or `SECONDS_PER_MB x its size` when that is larger; the
work is interrupted with `OverBudget` when it runs out. Budgets are in CPU seconds of the whole
process, all its threads (`ITIMER_VIRTUAL`), so a loaded machine (CI, parallel jobs) does not trip them; waiting cannot hang
a command anyway, since files are type-checked before they are opened. The timer is a signal, so a
budget applies only on the main thread of a process where `signal.setitimer` exists (lint workers,
the build); elsewhere (a preview's render thread) the work runs unbounded, as before.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from briefings.findings import Finding, Severity
from briefings.limits import Limits


RULE = "time-budget"  # the finding of a file that ran out of time; a file's own settings cannot hide it
REPEAT = 0.5  # seconds of CPU between further signals, should the first one be swallowed (e.g. in a finaliser)


class OverBudget(BaseException):
    """The work on one file used up its time budget (a BaseException, like KeyboardInterrupt, so
    that no `except Exception` on the way swallows it)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"over its time budget of {seconds:.3g} CPU s")
        self.seconds = seconds


def budget(size_bytes: int, seconds_per_mb: float, minimum: float) -> float:
    """CPU seconds one file of `size_bytes` may take (0: no budget)."""
    if seconds_per_mb <= 0 and minimum <= 0:
        return 0.0
    return max(minimum, seconds_per_mb * size_bytes / (1024 * 1024))


def parse_budget(limits: Limits, size: int) -> float:
    """CPU seconds the lint of a file of `size` characters may take (its checks, or its Vale rules)."""
    return budget(size, limits.parse_seconds_per_mb, limits.file_seconds_min)


def render_budget(limits: Limits, size: int) -> float:
    """CPU seconds the render of a page of `size` characters may take in the build."""
    return budget(size, limits.render_seconds_per_mb, limits.file_seconds_min)


class Timer:
    """A one-shot budget that can start in one hook and stop in another (the build's render)."""

    def __init__(self) -> None:
        self._previous: object = None
        self._armed = 0.0

    def start(self, seconds: float, error: Callable[[float], BaseException] = OverBudget) -> None:
        """Raise `error(seconds)` in the main thread once this process has used `seconds` of CPU,
        unless `stop` comes first."""
        self.stop()
        if seconds <= 0 or not _can_time():
            return
        armed = seconds

        def expire(signum: int, frame: FrameType | None) -> None:
            raise error(armed)  # the timer stays armed (every REPEAT s) until `stop`

        self._previous = signal.signal(signal.SIGVTALRM, expire)
        self._armed = seconds
        signal.setitimer(signal.ITIMER_VIRTUAL, seconds, REPEAT)

    def stop(self) -> None:
        """Disarm; nothing happens when it was not armed."""
        if not self._armed:
            return
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        previous = self._previous if self._previous is not None else signal.SIG_DFL
        signal.signal(signal.SIGVTALRM, previous)  # type: ignore[arg-type]
        self._armed, self._previous = 0.0, None


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Run the block under a budget; OverBudget escapes from it when the budget runs out."""
    timer = Timer()
    timer.start(seconds)
    try:
        yield
    finally:
        timer.stop()


def finding(label: str, seconds: float, work: str, limit: str) -> Finding:
    """The error finding of a file whose `work` ran out of time."""
    return Finding(path=label, line=1, column=1, rule=RULE, severity=Severity.ERROR,
                   message=f"{work} took longer than this file's budget of {seconds:.3g} CPU s; look for a "
                           f"construct that is slow to process (lint a part of the file to find it), or "
                           f"raise {limit} or file_seconds_min under [tool.briefings.limits]",
                   reason="the file cannot be checked until this is fixed")


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
