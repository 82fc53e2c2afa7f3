#!/usr/bin/env python3
"""Benchmark: what an edition costs on the site branch, and how long `briefings publish` takes.

    scripts/bench_publish.py [--sizes 500,2000] [--words 2500] [--keep DIR]

For each size, generates a library with scripts/make_library.py (declaring its placeholders with
`briefings links --scaffold`), commits it, and publishes four editions:

  first      the library as generated (its size is "the site")
  unchanged  the same library again
  one-edit   one briefing edited (a sentence appended)
  all-edited every briefing edited

and prints, per edition, the objects and bytes it added to the branch: **raw** (the sum of the
sizes of the new git objects, i.e. what a checkout would store) and **packed** (a pack of just
the new objects, `git pack-objects`, deltas only among themselves: an upper bound of what the
edition adds to a packed repository or a push sends),
next to the publish time (wall, and CPU seconds of all its processes) split into stage / gate
(front matter, lint, links) / build (mkdocs) / scan / commit (mike). Targets (issue 14): an unchanged edition adds <= 2% of the site's size
(raw and packed); a one-edit edition adds about that briefing's pages; publish of 500 <= 15 s and
of 2,000 <= 60 s. Exit code 0 when every target holds, 1 otherwise. Timings on a shared machine
are noisy: run it when the machine is quiet.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UNCHANGED_SHARE = 0.02
PUBLISH_TARGET = {500: 15.0, 2000: 60.0}
ONE_EDIT_FACTOR = 3.0  # "about that briefing's pages": at most this many times its own page's size
STEPS = ("stage", "gate", "build", "scan", "commit")
GIT_ENV = {"GIT_AUTHOR_NAME": "Bench", "GIT_AUTHOR_EMAIL": "bench@example.invalid",
           "GIT_COMMITTER_NAME": "Bench", "GIT_COMMITTER_EMAIL": "bench@example.invalid"}


@dataclass
class Edition:
    """One publish: what it added to the branch and how long each step took."""

    kind: str
    objects: int
    raw: int
    packed: int
    seconds: float
    cpu: float  # CPU seconds of the publish and every process it ran: what a quiet machine would take, summed
    steps: dict[str, float] = field(default_factory=dict)


def git(root: Path, *args: str, data: bytes | None = None) -> bytes:
    """Run git in `root`; its stdout."""
    return subprocess.run(["git", "-c", "commit.gpgsign=false", *args], cwd=root, input=data, check=True,
                          capture_output=True, env={**os.environ, **GIT_ENV}).stdout


def generate(count: int, words: int, root: Path) -> None:
    """A committed synthetic library whose placeholders are declared (so the gate passes)."""
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_library.py"), "--count", str(count),
                    "--words", str(words), "--out", str(root)], check=True, stdout=subprocess.DEVNULL)
    briefings(root, "links", "--scaffold")
    git(root, "init", "-q", "-b", "main")
    commit(root, "library")


def commit(root: Path, message: str) -> None:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)


def briefings(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "BRIEFINGS_TIMINGS": "1", **GIT_ENV}
    result = subprocess.run([sys.executable, "-m", "briefings", "--root", str(root), *args], env=env,
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"briefings {' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


def tip(root: Path) -> str | None:
    found = subprocess.run(["git", "rev-parse", "-q", "--verify", "refs/heads/gh-pages"], cwd=root,
                           capture_output=True, text=True).stdout.strip()
    return found or None


def added(root: Path, before: str | None, after: str) -> tuple[int, int, int]:
    """(objects, raw bytes, packed bytes) reachable from `after` but not from `before`."""
    span = [after] + ([f"^{before}"] if before else [])
    listing = git(root, "rev-list", "--objects", *span).decode().splitlines()
    ids = "\n".join(line.split(" ", 1)[0] for line in listing) + "\n"
    sizes = git(root, "cat-file", "--batch-check=%(objectsize)", data=ids.encode()).split()
    pack = git(root, "pack-objects", "--stdout", "-q", data=ids.encode())
    return len(sizes), sum(int(s) for s in sizes), len(pack)


def publish(root: Path, name: str, kind: str) -> Edition:
    before = tip(root)
    start, used = time.perf_counter(), _children_cpu()
    result = briefings(root, "publish", name, "--now", f"{name[:4]}-{name[5:7]}-02T00:00+00:00")
    seconds, cpu = time.perf_counter() - start, _children_cpu() - used
    steps = {m[1]: float(m[2]) for m in re.finditer(r"^timing: (.+) ([\d.]+)$", result.stderr, re.M)}
    whole = steps.get("lock, build, scan and commit")
    if whole is not None and "commit" not in steps:  # the lock's wait and mike's commit
        steps["commit"] = whole - steps.get("build", 0.0) - steps.get("scan", 0.0)
    after = tip(root)
    assert after is not None
    objects, raw, packed = added(root, before, after)
    return Edition(kind, objects, raw, packed, seconds, cpu, steps)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def edit(path: Path) -> None:
    """Add a sourced paragraph (citing a footnote the briefing defines), so the gate still passes."""
    text = path.read_text("utf-8")
    key = re.search(r"^\[\^(\w+)\]:", text, re.M)
    cite = f"[^{key[1]}]" if key else ""
    body, notes = (text.split(f"\n[^{key[1]}]:", 1) if key else (text, None))
    body = body.rstrip("\n") + f"\n\nOn 3 March 2025 the Press Council reported 12 new cases.{cite}\n"
    path.write_text(body + (f"\n[^{key[1]}]:{notes}" if key else ""), encoding="utf-8")


def run_size(count: int, words: int, root: Path) -> tuple[list[Edition], int]:
    """The four editions of one library, and the size of one edited briefing's page."""
    if not root.exists():
        generate(count, words, root)
    editions = [publish(root, "2025.01", "first"), publish(root, "2025.02", "unchanged")]
    pages = sorted((root / "docs").glob("*/*.md"))
    pages = [p for p in pages if p.name != "index.md" and "Overview" not in p.name]
    edit(pages[len(pages) // 2])
    commit(root, "one edit")
    editions.append(publish(root, "2025.03", "one-edit"))
    for page in pages:
        edit(page)
    commit(root, "all edited")
    editions.append(publish(root, "2025.04", "all-edited"))
    one = pages[len(pages) // 2]
    page_html = git(root, "show", f"gh-pages:2025.03/{one.parent.name}/{one.stem}/index.html")
    return editions, len(page_html)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000")
    parser.add_argument("--words", type=int, default=2500)
    parser.add_argument("--keep", type=Path, help="keep the generated libraries in this folder")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-publish-"))
    ok = True
    for size in (int(s) for s in args.sizes.split(",")):
        editions, page_bytes = run_size(size, args.words, base / f"lib-{size}")
        ok &= report(size, editions, page_bytes)
    return 0 if ok else 1


def report(size: int, editions: list[Edition], page_bytes: int) -> bool:
    print(f"\n{size} briefings")
    print(f"  {'edition':<11} {'objects':>7} {'raw MB':>8} {'packed MB':>9}  {'publish s':>9} {'cpu s':>6}  "
          + "  ".join(f"{s:>6}" for s in STEPS))
    for e in editions:
        print(f"  {e.kind:<11} {e.objects:>7} {e.raw / 1e6:>8.2f} {e.packed / 1e6:>9.3f}  {e.seconds:>9.1f} "
              f"{e.cpu:>6.1f}  " + "  ".join(f"{e.steps.get(s, 0.0):>6.1f}" for s in STEPS))
    site, same, one = editions[0], editions[1], editions[2]
    ok = True
    for label, new, whole in (("raw", same.raw, site.raw), ("packed", same.packed, site.packed)):
        share = new / whole
        good = share <= UNCHANGED_SHARE
        ok &= good
        print(f"  unchanged edition adds {share:.2%} of the site {label} (target <= {UNCHANGED_SHARE:.0%}): "
              f"{'ok' if good else 'FAIL'}")
    ratio = one.raw / page_bytes
    good = ratio <= ONE_EDIT_FACTOR
    ok &= good
    print(f"  one-edit edition adds {one.raw / 1e3:.0f} KB raw, {one.packed / 1e3:.0f} KB packed; the edited page "
          f"is {page_bytes / 1e3:.0f} KB ({ratio:.1f}x, target <= {ONE_EDIT_FACTOR:.0f}x): {'ok' if good else 'FAIL'}")
    if size in PUBLISH_TARGET:
        slowest = max(e.seconds for e in editions[1:])
        good = slowest <= PUBLISH_TARGET[size]
        ok &= good
        print(f"  slowest publish after the first: {slowest:.1f} s (target <= {PUBLISH_TARGET[size]:.0f} s): "
              f"{'ok' if good else 'FAIL'}")
    return ok


if __name__ == "__main__":
    sys.exit(main())
