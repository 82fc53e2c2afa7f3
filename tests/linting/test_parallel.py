"""The worker pool: results in order, and a worker that dies stops the run with an error, not a hang."""

from __future__ import annotations

import subprocess
import sys

KILLED_WORKER = """
import os, signal, sys
from briefings.errors import BriefingsError
from briefings.linting import parallel

def work(indices):
    if 40 in indices:  # as the kernel's out-of-memory killer would
        os.kill(os.getpid(), signal.SIGKILL)
    return list(indices)

try:
    parallel.run(200, work, lambda: "side", processes=2)
except BriefingsError as exc:
    print("error:", exc.message, "|", exc.hint)
    sys.exit(3)
print("finished")
"""

IN_ORDER = """
from briefings.linting import parallel
parts, extra = parallel.run(500, lambda r: [i * i for i in r], lambda: "side", processes=2)
assert parts == [i * i for i in range(500)] and extra == "side", (parts[:10], extra)
print("ok")
"""

STARTED = """
import gc, os, signal, sys, time
from briefings.errors import BriefingsError
from briefings.linting import parallel

PARENT = os.getpid()

def result_of(job):
    with parallel.started(job) as result:
        return result()

assert result_of(lambda: [os.getpid()]) != [os.getpid()]  # in a process of its own
assert result_of(gc.get_freeze_count) > 0  # the shared heap stays frozen in the child
assert gc.get_freeze_count() == 0  # and is thawed here
with parallel.started(None) as nothing:
    assert nothing is None

def refused():
    raise BriefingsError("no such style", hint="name one that exists")

def deep_in_the_job():
    return 1 / 0

class Odd(Exception):
    def __init__(self, a, b):  # pickles, but cannot be rebuilt from its args
        super().__init__(a)

def odd():
    raise Odd("first", "second")

for job in (refused, lambda: os.kill(os.getpid(), signal.SIGKILL), deep_in_the_job, odd, lambda: (lambda: 1)):
    try:
        result_of(job)
    except (BriefingsError, parallel.ChildError) as exc:
        print("error:", type(exc).__name__, getattr(exc, "message", exc))
        if isinstance(exc, parallel.ChildError) and "deep_in_the_job" in str(exc.__cause__):
            print("  where:", "deep_in_the_job")

begun = time.monotonic()
try:
    with parallel.started(lambda: time.sleep(2) or "done") as result:
        raise KeyError("the block failed")
except KeyError:
    pass
assert time.monotonic() - begun >= 1.5  # the child was waited for, not killed mid-write
try:
    os.waitpid(-1, os.WNOHANG)
    print("a child is left")
except ChildProcessError:
    print("no child left")

def no_fork():
    raise OSError(11, "Resource temporarily unavailable")

os.fork = no_fork
print("without a fork:", result_of(lambda: os.getpid() == PARENT))
"""


def _run(script: str) -> subprocess.CompletedProcess[str]:
    # in a process of its own: forking a test worker, which runs threads, could hang
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)


def test_results_come_back_in_order_with_the_side_job() -> None:
    result = _run(IN_ORDER)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_a_worker_killed_mid_run_is_an_error_not_a_hang() -> None:
    result = _run(KILLED_WORKER)
    assert result.returncode == 3, (result.stdout, result.stderr)
    assert "a worker process stopped before its work was done" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_job_started_early_returns_its_result_or_its_error_and_never_outlives_its_block() -> None:
    result = _run(STARTED)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "error: BriefingsError no such style",
        "error: BriefingsError a worker process stopped before its work was done (killed, or out of memory)",
        "error: ChildError ZeroDivisionError: division by zero",
        "  where: deep_in_the_job",
        "error: ChildError Odd: first",  # an error that pickles but cannot be rebuilt: named all the same
        "error: ChildError AttributeError: Can't pickle local object '<lambda>.<locals>.<lambda>'",
        "no child left",
        "without a fork: True"]
