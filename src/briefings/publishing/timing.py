"""Wall time of each step of a publish, printed when BRIEFINGS_TIMINGS is set (scripts/bench_publish.py)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

ENV = "BRIEFINGS_TIMINGS"


@contextmanager
def step(name: str) -> Iterator[None]:
    """Time the block; with BRIEFINGS_TIMINGS set, print `timing: NAME SECONDS` to stderr."""
    start = time.perf_counter()
    try:
        yield
    finally:
        if os.environ.get(ENV):
            print(f"timing: {name} {time.perf_counter() - start:.3f}", file=sys.stderr, flush=True)
