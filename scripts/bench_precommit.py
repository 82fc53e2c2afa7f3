#!/usr/bin/env python3
"""Time `pre-commit run --files <one briefing>` with this repository's hooks (a benchmark, not a test).

    scripts/bench_precommit.py [--count 2000] [--runs 5] [--keep DIR]

Two libraries, each a fresh git repository with `.pre-commit-config.yaml` installed: the sample
library (target <= 1.5 s) and a synthetic one of COUNT briefings from scripts/make_library.py
(target <= 3 s). For each, one briefing is edited before every run, so each run is a real cache
miss as on a commit ("changed"); then the same file is run again unchanged ("unchanged").
Hook environments are installed before timing. Exit code 1 when a median wall time misses its
target; CPU time (pre-commit plus every hook) is printed too, as wall time suffers on a busy machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
LIBRARY_FILES = ("mkdocs.yml", "pyproject.toml", ".vale.ini", ".pre-commit-config.yaml", ".gitignore")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="briefings in the synthetic library")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per case")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temp folder)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-precommit-"))
    work.mkdir(parents=True, exist_ok=True)
    env = _env(work)
    failed = False
    try:
        sample = _sample(work / "sample")
        large = _synthetic(work / f"large-{args.count}", args.count)
        for name, root, target in (("sample", sample, 1.5), (f"{args.count} briefings", large, 3.0)):
            failed |= not _bench(name, root, env, runs=args.runs, target=target)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


def _env(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    gitconfig = work / "gitconfig"
    gitconfig.write_text("[user]\n\tname = Bench\n\temail = bench@example.invalid\n[commit]\n\tgpgsign = false\n")
    env.update(PATH=f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}", PRE_COMMIT_HOME=str(work / "pre-commit-home"),
               GIT_CONFIG_GLOBAL=str(gitconfig), GIT_CONFIG_NOSYSTEM="1", NO_MKDOCS_2_WARNING="1")
    return env


def _sample(root: Path) -> Path:
    if not root.exists():
        root.mkdir(parents=True)
        for name in ("docs", "styles"):
            shutil.copytree(REPO / name, root / name)
    return root


def _synthetic(root: Path, count: int) -> Path:
    if not root.exists():
        subprocess.run([sys.executable, str(REPO / "scripts" / "make_library.py"), "--count", str(count),
                        "--out", str(root)], check=True, stdout=subprocess.DEVNULL)
    return root


def _bench(name: str, root: Path, env: dict[str, str], *, runs: int, target: float) -> bool:
    _prepare(root, env)
    briefing = _one_briefing(root)
    rel = briefing.relative_to(root).as_posix()
    original = briefing.read_bytes()
    changed = []
    try:
        for run in range(runs):
            briefing.write_bytes(original + f"\nEdited for run {run}.\n".encode())
            changed.append(_timed(root, env, rel))
        unchanged = [_timed(root, env, rel) for _ in range(runs)]
    finally:
        briefing.write_bytes(original)
    median = statistics.median(wall for wall, _ in changed)
    verdict = "ok" if median <= target else "SLOW"
    print(f"{name:>16}: changed file {_stats(changed)}; unchanged {_stats(unchanged)}; "
          f"target {target:.1f} s wall: {verdict}")
    return median <= target


def _stats(runs: list[tuple[float, float]]) -> str:
    """Median wall time (max) and median CPU time: on a busy machine CPU time shows the real cost."""
    walls = [wall for wall, _ in runs]
    cpu = statistics.median(c for _, c in runs)
    return f"median {statistics.median(walls):.2f} s wall (max {max(walls):.2f}), {cpu:.2f} s CPU"


def _prepare(root: Path, env: dict[str, str]) -> None:
    for name in LIBRARY_FILES:
        if (REPO / name).exists():
            shutil.copy2(REPO / name, root / name)
    shutil.copytree(REPO / "styles", root / "styles", dirs_exist_ok=True)
    if not (root / ".git").exists():
        for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "--no-verify", "-m", "library"]):
            subprocess.run(["git", *args], cwd=root, env=env, check=True)
    subprocess.run([sys.executable, "-m", "pre_commit", "install-hooks"], cwd=root, env=env, check=True,
                   stdout=subprocess.DEVNULL)


def _one_briefing(root: Path) -> Path:
    return next(p for p in sorted((root / "docs").rglob("*.md")) if p.name != "index.md")


def _timed(root: Path, env: dict[str, str], rel: str) -> tuple[float, float]:
    """Wall time and CPU time (user + system of pre-commit and every hook) of one run."""
    start, cpu = time.perf_counter(), _children_cpu()
    result = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--files", rel], cwd=root, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    elapsed = time.perf_counter() - start, _children_cpu() - cpu
    if result.returncode not in (0, 1) or "exit code: 2" in result.stdout:  # timing an error is no benchmark
        sys.exit(f"a hook could not run in {root}:\n{result.stdout}")
    return elapsed


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    sys.exit(main())
