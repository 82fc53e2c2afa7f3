#!/usr/bin/env python3
"""Benchmark: site build time per briefing must stay flat as the library grows.

    scripts/bench_build.py [--sizes 250,500,1000,2000] [--words 2500] [--keep DIR] [--jobs N]

Generates synthetic libraries with scripts/make_library.py and builds each with `briefings build`
(front matter check, sourcing figures, `mkdocs build --strict`) twice: cold (no `.briefings-cache`:
every briefing's sourcing figures are computed) and warm (after `briefings lint --stats`, whose
per-file entries hold the figures; `briefings build` reads them instead of parsing every briefing
again). For each size it prints the wall time and the CPU time (this process's children: the
build and its workers) of the cold build, of the lint and of the warm build, milliseconds per
briefing (wall and CPU, cold build) and the average size of a page's HTML, then the ratios
largest/smallest size. Targets (issue 14): 2,000 briefings build in <= 60 s (judged for the cold
and the warm build), and the time per briefing and the average page size at the largest size are
at most 1.1x those at the smallest size (pages do not grow with the library). Exit code 0 when
every target holds (the cold build's), 1 otherwise. `--jobs N` is passed to `briefings build`
(default: one MkDocs process per core, at most 4; `--jobs 1` shows what one process takes).
Timings on a shared machine are noisy: run it when the machine is quiet (the CPU figures are
steadier than the wall times, and are what to compare while others use the machine).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_2000_SECONDS = 60.0
FLATNESS = 1.1


def generate(count: int, words: int, out: Path) -> None:
    """Write a synthetic library of `count` briefings into `out`."""
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_library.py"), "--count", str(count),
                    "--words", str(words), "--out", str(out)], check=True, stdout=subprocess.DEVNULL)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_seconds(root: Path, *args: str, ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """Wall and CPU seconds of one `briefings ARGS --root ROOT` (exit code in `ok`, else the benchmark stops)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start, cpu = time.perf_counter(), _children_cpu()
    result = subprocess.run([sys.executable, "-m", "briefings", *args, "--root", str(root)],
                            env=env, capture_output=True, text=True)
    elapsed, used = time.perf_counter() - start, _children_cpu() - cpu
    if result.returncode not in ok:
        sys.exit(f"`briefings {' '.join(args)}` of {root} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return elapsed, used


def build_seconds(root: Path, jobs: int = 0) -> tuple[float, float]:
    """Wall and CPU seconds of one full `briefings build` of the library at `root`."""
    return run_seconds(root, "build", "--jobs", str(jobs))


def cold_and_warm(root: Path, jobs: int = 0) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float]]:
    """(wall, CPU) of a build with no cache, of `briefings lint --stats`, and of a build after it."""
    shutil.rmtree(root / ".briefings-cache", ignore_errors=True)
    cold = build_seconds(root, jobs)
    shutil.rmtree(root / ".briefings-cache", ignore_errors=True)  # the lint starts cold too
    lint = run_seconds(root, "lint", "--stats", "--statistics", ok=(0, 1))
    return cold, lint, build_seconds(root, jobs)


def average_page_bytes(site: Path) -> float:
    """The mean size of the built HTML pages."""
    sizes = [p.stat().st_size for p in site.rglob("*.html")]
    return sum(sizes) / max(1, len(sizes))


def main() -> int:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000")
    parser.add_argument("--words", type=int, default=2500)
    parser.add_argument("--keep", type=Path, help="keep the generated libraries in this folder")
    parser.add_argument("--jobs", type=int, default=0, help="MkDocs processes (default 0: one per core, at most 4)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-build-"))
    rows = []
    print(f"cores: {len(os.sched_getaffinity(0))}, load average: {os.getloadavg()[0]:.1f}, "
          f"--jobs {args.jobs or 'one per core (at most 4)'}")
    print(f"{'briefings':>9}  {'cold wall s':>11}  {'cold CPU s':>10}  {'lint wall s':>11}  {'lint CPU s':>10}  "
          f"{'warm wall s':>11}  {'warm CPU s':>10}  {'wall ms/briefing':>16}  {'CPU ms/briefing':>15}  {'KB/page':>8}")
    for size in sizes:
        root = base / f"lib-{size}"
        if not root.exists():
            generate(size, args.words, root)
        (seconds, cpu), (lint_wall, lint_cpu), (warm, warm_cpu) = cold_and_warm(root, args.jobs)
        page = average_page_bytes(root / "site")
        rows.append((size, seconds, cpu, page, warm))
        print(f"{size:>9}  {seconds:>11.1f}  {cpu:>10.1f}  {lint_wall:>11.1f}  {lint_cpu:>10.1f}  {warm:>11.1f}  "
              f"{warm_cpu:>10.1f}  {1000 * seconds / size:>16.1f}  {1000 * cpu / size:>15.1f}  {page / 1000:>8.1f}",
              flush=True)
    return report(rows)


def report(rows: list[tuple[int, float, float, float, float]]) -> int:
    """Print the verdict on every target; 0 when all hold."""
    ok = True
    if len(rows) < 2:
        print("one size only: no ratios (give --sizes 500,2000)")
    else:
        per = [s / n for n, s, _, _, _ in rows]
        ratio = per[-1] / per[0]
        cpu_ratio = (rows[-1][2] / rows[-1][0]) / (rows[0][2] / rows[0][0])
        flat = ratio <= FLATNESS
        print(f"per-briefing wall time, {rows[-1][0]} vs {rows[0][0]}: {ratio:.2f}x (target <= {FLATNESS}x): "
              f"{'ok' if flat else 'FAIL'}  (CPU time: {cpu_ratio:.2f}x)")
        ok &= flat
    growth = rows[-1][3] / rows[0][3]
    print(f"average page size, {rows[-1][0]} vs {rows[0][0]}: {growth:.2f}x (target <= {FLATNESS}x): "
          f"{'ok' if growth <= FLATNESS else 'FAIL'}")
    ok &= growth <= FLATNESS
    for size, seconds, _, _, warm in rows:
        if size == 2000:
            fast = seconds <= TARGET_2000_SECONDS
            print(f"2,000 briefings, cold build: {seconds:.1f} s (target <= {TARGET_2000_SECONDS:.0f} s): "
                  f"{'ok' if fast else 'FAIL'}")
            print(f"2,000 briefings, build after `briefings lint --stats`: {warm:.1f} s (target <= "
                  f"{TARGET_2000_SECONDS:.0f} s): {'ok' if warm <= TARGET_2000_SECONDS else 'FAIL'}")
            ok &= fast
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
