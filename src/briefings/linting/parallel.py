"""Run chunks of work in forked worker processes, plus one side job alongside them (`run`), or
one job in a forked child while this process goes on (`started`).

Workers are forked, so they read the job (the loaded library) from memory instead of unpickling
it; only ranges go out and results come back. A BriefingsError in a worker reaches the user with
its message, hint and exit code.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, NoReturn, TypeVar

from briefings.errors import BriefingsError, ExitCode

T = TypeVar("T")
S = TypeVar("S")
_WORK: tuple[Callable[[range], Any], Callable[[], Any] | None] | None = None


def workers() -> int:
    """CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run(count: int, work: Callable[[range], list[T]], side: Callable[[], S], *, processes: int,
        chunks_per_process: int = 12) -> tuple[list[T], S]:
    """`work` over ranges covering 0..count, results concatenated in order, and `side()`."""
    global _WORK
    size = max(8, count // (processes * chunks_per_process))
    ranges = [range(i, min(i + size, count)) for i in range(0, count, size)]
    _WORK = (work, side)
    gc.freeze()  # the parent's heap is shared with the workers: their collector need not scan it
    try:
        # an executor, not multiprocessing.Pool: a worker that dies (killed, out of memory) breaks it
        # and the waiting stops with an error, where a Pool would wait for that work forever
        pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork"))
        try:
            pending = pool.submit(_side)
            parts = [_unwrap(part) for part in pool.map(_chunk, ranges)]
            extra = _unwrap(pending.result())
        except BrokenProcessPool:
            raise BriefingsError("a worker process stopped before its work was done (killed, or out of memory)",
                                 hint="run again; if it happens again, look for a very large file, or give "
                                      "the command more memory") from None
        finally:
            # the workers leave on their own once told to: no SIGTERM, which could reach one holding
            # a queue lock (a broken pool's workers are already gone or stopped by the executor)
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        _WORK = None
        gc.unfreeze()
    return [item for part in parts for item in part], extra


@contextmanager
def started(job: Callable[[], S] | None) -> Iterator[Callable[[], S] | None]:
    """`job()` begun at once in a forked child process while this one goes on (None: no job);
    the block calls what it is given for the job's result. A child whose result was not asked for
    (the block failed) is waited for, never killed: it may be writing a cache file. When no process
    can be forked, the job runs here, when its result is asked for.

    A bare fork and a pipe, not an executor: an executor's manager thread would be running when a
    worker pool is forked next, and forking a process that runs threads can deadlock the child."""
    if job is None:
        yield None
        return
    try:
        child = _Child(job)
    except OSError:  # no process to spare (a process limit, memory): the same result, later
        yield job
        return
    try:
        yield child.result
    finally:
        child.close()


class ChildError(Exception):
    """An unexpected error of a job run by `started`, with the traceback it had in the child."""


class _ChildTraceback(Exception):
    """The traceback of a ChildError in the child, shown as the cause of it."""

    def __str__(self) -> str:
        return f"\n\n{self.args[0]}"


class _Child:
    """A forked process running one job; its result comes back pickled through a pipe."""

    def __init__(self, job: Callable[[], Any]) -> None:
        reading, writing = os.pipe()
        gc.freeze()  # as for the workers of `run`: the child's collector need not scan the shared heap
        try:
            pid = os.fork()
        except OSError:
            gc.unfreeze()
            os.close(reading)
            os.close(writing)
            raise
        if pid == 0:  # pragma: no cover - the child (coverage does not follow a bare fork); it stays frozen
            os.close(reading)
            _serve(job, writing)
        gc.unfreeze()
        os.close(writing)
        self.pid = pid
        self.reading: int | None = reading

    def result(self) -> Any:
        """The job's value; its BriefingsError raised as such, another error as a ChildError."""
        data, status = self._finish()
        if status != 0 or not data:
            raise BriefingsError("a worker process stopped before its work was done (killed, or out of memory)",
                                 hint="run again; if it happens again, give the command more memory")
        kind, value = pickle.loads(data)
        if kind == "crash":  # "internal error: ChildError: ZeroDivisionError: ..."; --debug shows where
            raise ChildError(value.rsplit("\n", 1)[-1]) from _ChildTraceback(value)
        return _unwrap(value)

    def close(self) -> None:
        """Wait for a child whose result was never asked for (reading what it sends, so it can finish)."""
        if self.pid:
            self._finish()

    def _finish(self) -> tuple[bytes, int]:
        assert self.reading is not None
        with os.fdopen(self.reading, "rb") as pipe:
            self.reading = None
            data = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        self.pid = 0
        return data, status


def _serve(job: Callable[[], Any], writing: int) -> NoReturn:  # pragma: no cover - runs in the child
    """Run the job and write ("value", its result or BriefingsError) or ("crash", the traceback of
    another error) pickled to the pipe; leave without running the parent's exit code."""
    code = 0
    try:
        try:
            data = pickle.dumps(("value", job()))
        except BriefingsError as exc:
            data = pickle.dumps(("value", _Failure(exc.message, exc.hint, int(exc.exit_code))))
        except Exception:  # a bug, or a result that does not pickle: its traceback, as text, always pickles
            data = pickle.dumps(("crash", traceback.format_exc().rstrip()))
        with os.fdopen(writing, "wb") as pipe:
            pipe.write(data)
    except BaseException:
        code = 1
    finally:
        os._exit(code)


@dataclass(frozen=True)
class _Failure:
    """A BriefingsError raised in a worker, carried back as plain data (its class may not pickle)."""

    message: str
    hint: str
    exit_code: int


def _chunk(indices: range) -> Any:
    assert _WORK is not None
    try:
        return _WORK[0](indices)
    except BriefingsError as exc:
        return _Failure(exc.message, exc.hint, int(exc.exit_code))


def _side() -> Any:
    assert _WORK is not None
    try:
        return _WORK[1]() if _WORK[1] else None
    except BriefingsError as exc:
        return _Failure(exc.message, exc.hint, int(exc.exit_code))


def _unwrap(value: Any) -> Any:
    if isinstance(value, _Failure):
        error = BriefingsError(value.message, hint=value.hint)
        error.exit_code = ExitCode(value.exit_code)
        raise error
    return value
