#!/usr/bin/env python3
"""Benchmark: site build time per briefing must stay flat as the library grows.

    scripts/bench_build.py [--sizes 250,500,1000,2000] [--words 2500] [--keep DIR]

Generates synthetic libraries with scripts/make_library.py, builds each with `briefings build`
(front matter check + `mkdocs build --strict`), and prints seconds and milliseconds per briefing.
Targets (issue 2): 2,000 briefings build in <= 120 s, and the time per briefing at the largest
size is at most 1.5x the time per briefing at the smallest size (linear, not quadratic).
Exit code 0 when every target holds, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_2000_SECONDS = 120.0
FLATNESS = 1.5


def generate(count: int, words: int, out: Path) -> None:
    """Write a synthetic library of `count` briefings into `out`."""
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_library.py"), "--count", str(count),
                    "--words", str(words), "--out", str(out)], check=True, stdout=subprocess.DEVNULL)


def build_seconds(root: Path) -> float:
    """Wall time of one full `briefings build` of the library at `root`."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "briefings", "build", "--root", str(root)],
                            env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"build of {root} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return elapsed


def main() -> int:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250,500,1000,2000")
    parser.add_argument("--words", type=int, default=2500)
    parser.add_argument("--keep", type=Path, help="keep the generated libraries in this folder")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-build-"))
    rows = []
    print(f"{'briefings':>9}  {'seconds':>8}  {'ms/briefing':>11}")
    for size in sizes:
        root = base / f"lib-{size}"
        if not root.exists():
            generate(size, args.words, root)
        seconds = build_seconds(root)
        rows.append((size, seconds))
        print(f"{size:>9}  {seconds:>8.1f}  {1000 * seconds / size:>11.1f}", flush=True)
    return report(rows)


def report(rows: list[tuple[int, float]]) -> int:
    """Print the verdict on both targets; 0 when both hold."""
    ok = True
    per = [s / n for n, s in rows]
    ratio = per[-1] / per[0]
    flat = ratio <= FLATNESS
    print(f"per-briefing time, largest vs smallest size: {ratio:.2f}x (target <= {FLATNESS}x): "
          f"{'ok' if flat else 'FAIL'}")
    ok &= flat
    for size, seconds in rows:
        if size == 2000:
            fast = seconds <= TARGET_2000_SECONDS
            print(f"2,000 briefings: {seconds:.1f} s (target <= {TARGET_2000_SECONDS:.0f} s): "
                  f"{'ok' if fast else 'FAIL'}")
            ok &= fast
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
