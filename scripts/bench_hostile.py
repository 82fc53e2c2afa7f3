#!/usr/bin/env python3
"""Benchmark briefings against hostile and broken input: crashes, hangs, time per MB, memory.

    scripts/bench_hostile.py [--quick] [--timeout 120] [--random 40] [--seed 1]

Runs every command that reads authored files (lint, links, build, and the front-matter, lint and
files hooks) as its own process on:
  - every hostile fixture of tests/hostile/fixtures.py (alias bomb, impossible dates, FIFO, symlink
    loops, symlinks out of the library, oversized and undecodable files, ...), each in a fresh library;
  - the render hazards of the issue (unmatched `[`, `[^a`, `[a](`, 5,000-column tables, deep lists)
    and plain text, at growing sizes, for seconds per MB;
  - random files built from Markdown and YAML fragments (`--random`, seeded).
A crash is an exit code other than 0/1 (2 only for an `error: FILE:LINE` on the fuzzed file) or a
traceback; a hang is a run over `--timeout`. Peak memory is the largest resident set of one run
(os.wait4). "Authored files changed" compares a hash of every file of the library before and after.
Figures taken on a loaded machine are noisy: CPU time is printed next to wall time.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefings.limits import DEFAULT  # noqa: E402
from tests.hostile.fixtures import HOSTILE  # noqa: E402 - the same fixtures the tests plant

COMMANDS = (["lint"], ["links"], ["build"], ["hook", "front-matter", "{file}"], ["hook", "lint", "{file}"],
            ["hook", "files", "{file}"])
MEMORY_MB = 2048  # no command may use more, whatever the input
SCALED = (["lint"], ["links"], ["hook", "lint", "{file}"])
FRONT = "---\ntitle: T\nsummary: S.\nstatus: published\nupdated: 2025-01-31\nauthors: [A]\n---\n\n# T\n\n"
HAZARDS = {
    "brackets": lambda n: "[" * n,
    "footnote-refs": lambda n: "[^a" * (n // 3),
    "open-links": lambda n: "[a](" * (n // 4),
    "wide-table": lambda n: "\n".join(["|" + "a|" * 5000] * max(1, n // 10_000)),
    "deep-list": lambda n: ("- " * 500 + "x\n\n") * max(1, n // 1000),
    "dense-list": lambda n: "- a\n" * (n // 4),  # the most parse tokens per byte: the memory worst case
    "plain-table": lambda n: "|a|b|c|\n|-|-|-|\n" + "|a|b|c|\n" * (n // 8),
    "plain-text": lambda n: "The ministry spent money on roads in 2019, officials said.[^a]\n\n" * (n // 60)
    + "[^a]: Ministry report, 2020.\n",
}
FRAGMENTS = ("[", "]", "(", ")", "[^a]", "[^a]:", "---", "- ", "    ", "> ", "|", "*", "`", "```", "<!--",
             "-->", "#", "\n", "\n\n", "\r", "\u2028", "&a", "*a", "status: draft\n", "updated: 2025-02-30\n",
             "title: [x\n", "[a](b.md#x)", "*[A]: x\n", "Putin ordered it in 2016. ", "\ufeff", "\x00", "é")


@dataclass
class Tally:
    """What the runs found."""

    tried: int = 0
    crashes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    peak_kb: int = 0
    peak_at: str = ""
    per_mb: tuple[float, str] = (0.0, "")


def run(args: list[str], cwd: Path, timeout: float) -> tuple[int | None, str, float, int]:
    """(exit code or None on timeout, stderr, CPU seconds, peak RSS kB) of one process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "briefings", *args], cwd=cwd, env=env,
                                stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                return None, "", usage.ru_utime + usage.ru_stime, usage.ru_maxrss
            time.sleep(0.02)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return os.waitstatus_to_exitcode(status), text, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def library(files: dict[str, str | bytes]) -> Path:
    root = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    (root / "docs/A").mkdir(parents=True)
    (root / "mkdocs.yml").write_text("site_name: Bench\n", encoding="utf-8")
    (root / "docs/index.md").write_text("# Home\n", encoding="utf-8")
    for rel, content in files.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
        (root / "docs" / rel).write_bytes(data)
    return root


def snapshot(root: Path) -> dict[str, str]:
    """Hash of every authored file (not caches, not the built site); special files by their type."""
    found = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith((".briefings-cache", "site")) or path.is_dir():
            continue
        if path.is_symlink():
            found[rel] = "-> " + os.readlink(path)
        elif path.is_file() and path.stat().st_size < 1_000_000:
            found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            found[rel] = f"size {path.lstat().st_size}"
    return found


def judge(tally: Tally, name: str, root: Path, command: list[str], file: Path, timeout: float,
          size_mb: float = 0.0, baseline: float = 0.0) -> None:
    args = ["--root", str(root), *[a.replace("{file}", str(file)) for a in command]]
    before = snapshot(root)
    code, err, cpu, peak = run(args, root, timeout)
    label = f"{name} / {' '.join(command[:2])}"
    tally.tried += 1
    if code is None:
        tally.hangs.append(label)
    elif "Traceback" in err or "internal error" in err or code not in (0, 1, 2) \
            or (code == 2 and not err.startswith("error: docs/")):
        tally.crashes.append(f"{label}: exit {code}: {err.strip().splitlines()[-1:] }")
    if snapshot(root) != before:
        tally.changed.append(label)
    if peak > tally.peak_kb:
        tally.peak_kb, tally.peak_at = peak, label
    if size_mb:
        rate = max(0.0, cpu - baseline) / size_mb
        if rate > tally.per_mb[0]:
            tally.per_mb = (rate, f"{label} ({size_mb:.2f} MB)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer commands and smaller sizes")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds after which a run is a hang")
    parser.add_argument("--random", type=int, default=40, help="random files to try")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    commands = COMMANDS[:3] if args.quick else COMMANDS
    sizes = (100_000, 400_000) if args.quick else (250_000, 1_000_000, 2_000_000)
    tally = Tally()
    started = time.monotonic()

    for hostile in HOSTILE:
        root = library({"A/good.md": FRONT + "Text.\n"})
        outside = Path(tempfile.mkdtemp(prefix="bench-outside-"))
        hostile.plant(root / "docs/A/bad.md", outside)
        for command in commands:
            judge(tally, hostile.name, root, command, root / "docs/A/bad.md", args.timeout)

    empty = library({"A/x.md": FRONT + "Text.\n"})
    baseline = min(run(["--root", str(empty), "lint"], empty, args.timeout)[2] for _ in range(2))
    for name, make in HAZARDS.items():
        for size in sizes:
            text = FRONT + make(size) + "\n"
            root = library({"A/x.md": text})
            for command in SCALED:
                judge(tally, f"{name} {size:,} B", root, command, root / "docs/A/x.md", args.timeout,
                      size_mb=len(text.encode()) / 1e6, baseline=baseline)

    rng = random.Random(args.seed)
    for n in range(args.random):
        text = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 400)))
        root = library({"A/x.md": text})
        for command in commands:
            judge(tally, f"random #{n}", root, command, root / "docs/A/x.md", args.timeout)

    print(f"inputs tried:           {tally.tried} runs ({len(HOSTILE)} hostile fixtures, "
          f"{len(HAZARDS) * len(sizes)} sized inputs, {args.random} random files)")
    print(f"crashes:                {len(tally.crashes)}")
    for crash in tally.crashes[:10]:
        print(f"  {crash}")
    print(f"hangs (> {args.timeout:.0f} s):        {len(tally.hangs)} {tally.hangs[:5] or ''}")
    budget = DEFAULT.parse_seconds_per_mb
    print(f"worst seconds per MB:   {tally.per_mb[0]:.2f} CPU s/MB ({tally.per_mb[1]}; process start "
          f"{baseline:.2f} s subtracted; budget parse_seconds_per_mb = {budget:.0f})")
    print(f"peak memory:            {tally.peak_kb / 1024:.0f} MB ({tally.peak_at}; limit {MEMORY_MB:,} MB)")
    print(f"authored files changed: {len(tally.changed)} {tally.changed[:5] or ''}")
    print(f"(took {time.monotonic() - started:.0f} s wall on this machine)")
    over = tally.per_mb[0] > budget or tally.peak_kb / 1024 > MEMORY_MB
    return 1 if tally.crashes or tally.hangs or tally.changed or over else 0


if __name__ == "__main__":
    sys.exit(main())
