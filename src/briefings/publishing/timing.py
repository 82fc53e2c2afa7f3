"""Wall and CPU time of each step of a publish, printed when BRIEFINGS_TIMINGS is set (scripts/bench_publish.py).

CPU time is this process's and its finished children's (the lint's workers, MkDocs, git): on a
shared machine it is what the step costs, whatever the load.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

ENV = "BRIEFINGS_TIMINGS"


def cpu_seconds() -> float:
    """CPU seconds used so far by this process and the children it has waited for."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@contextmanager
def step(name: str) -> Iterator[None]:
    """Time the block; with BRIEFINGS_TIMINGS set, print `timing: NAME WALL_SECONDS CPU_SECONDS` to stderr."""
    start, used = time.perf_counter(), cpu_seconds()
    try:
        yield
    finally:
        if os.environ.get(ENV):
            print(f"timing: {name} {time.perf_counter() - start:.3f} {cpu_seconds() - used:.3f}",
                  file=sys.stderr, flush=True)
