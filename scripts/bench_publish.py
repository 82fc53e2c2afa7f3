#!/usr/bin/env python3
"""Benchmark: what an edition costs on the site branch, and how long `briefings publish` takes.

    scripts/bench_publish.py [--sizes 500,2000] [--words 2500] [--drafts 5] [--keep DIR]

For each size, generates a library with scripts/make_library.py (declaring its placeholders with
`briefings links --scaffold`) and a few drafts the editions leave out, commits it, and publishes
four editions:

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
SHOWN_FILES = 15
# the steps `briefings publish` times (BRIEFINGS_TIMINGS), in order; "other" is the rest of its CPU time
# (starting Python, imports, reading the branch, the lock)
STEPS = ("stage", "gate", "record", "build", "split", "scan", "commit")
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
    steps: dict[str, tuple[float, float]] = field(default_factory=dict)  # step -> (wall, CPU) seconds
    files: list[tuple[str, int]] = field(default_factory=list)  # (path, raw bytes) of each new file (blob)
    trees: tuple[int, int] = (0, 0)  # new trees and commits: (count, raw bytes)


def git(root: Path, *args: str, data: bytes | None = None) -> bytes:
    """Run git in `root`; its stdout."""
    return subprocess.run(["git", "-c", "commit.gpgsign=false", *args], cwd=root, input=data, check=True,
                          capture_output=True, env={**os.environ, **GIT_ENV}).stdout


def generate(count: int, words: int, root: Path, drafts: int) -> None:
    """A committed synthetic library whose placeholders are declared (so the gate passes), with
    `drafts` draft briefings that the edition leaves out (so the leak scan has work to do)."""
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_library.py"), "--count", str(count),
                    "--words", str(words), "--out", str(root)], check=True, stdout=subprocess.DEVNULL)
    for number in range(drafts):
        write_draft(root / "docs" / "RESEARCH" / f"Draft Notes {number:03d}.md", number, words)
    briefings(root, "links", "--scaffold")
    git(root, "init", "-q", "-b", "main")
    commit(root, "library")


def write_draft(path: Path, number: int, words: int) -> None:
    """A draft of about `words` words whose sentences are its own (none is in a published page)."""
    lines = ["---", f"title: Unreleased Survey {number} of Harbour Districts", "status: draft", "---", "",
             f"# Unreleased Survey {number} of Harbour Districts", ""]
    for i in range(words // 16):
        lines.append(f"- Draft {number} finding {i}: surveyors counted {i * 7 + number} unlisted moorings "
                     f"near pier {i % 13} in quarter {number}-{i}.")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


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


def added(root: Path, before: str | None, after: str) -> tuple[int, int, int, list[tuple[str, int]], tuple[int, int]]:
    """(objects, raw bytes, packed bytes, [(path, bytes) of each new file], (count, bytes) of the new
    trees and commits) reachable from `after` but not from `before`."""
    span = [after] + ([f"^{before}"] if before else [])
    listing = git(root, "rev-list", "--objects", *span).decode().splitlines()
    ids = "\n".join(line.split(" ", 1)[0] for line in listing) + "\n"
    kinds = git(root, "cat-file", "--batch-check=%(objecttype) %(objectsize)", data=ids.encode()).decode().split("\n")
    files, others, raw = [], [0, 0], 0
    for line, kind in zip(listing, kinds):
        what, size = kind.split()
        raw += int(size)
        if what == "blob":
            files.append((line.split(" ", 1)[1] if " " in line else "?", int(size)))
        else:
            others[0] += 1
            others[1] += int(size)
    pack = git(root, "pack-objects", "--stdout", "-q", data=ids.encode())
    return len(listing), raw, len(pack), sorted(files, key=lambda f: -f[1]), (others[0], others[1])


def publish(root: Path, name: str, kind: str) -> Edition:
    before = tip(root)
    start, used = time.perf_counter(), _children_cpu()
    result = briefings(root, "publish", name, "--now", f"{name[:4]}-{name[5:7]}-02T00:00+00:00")
    seconds, cpu = time.perf_counter() - start, _children_cpu() - used
    steps: dict[str, tuple[float, float]] = {}
    for m in re.finditer(r"^timing: (.+) ([\d.]+) ([\d.]+)$", result.stderr, re.M):
        wall, used = steps.get(m[1], (0.0, 0.0))
        steps[m[1]] = (wall + float(m[2]), used + float(m[3]))
    steps["other"] = (seconds - sum(w for w, _ in steps.values()), cpu - sum(c for _, c in steps.values()))
    after = tip(root)
    assert after is not None
    objects, raw, packed, files, trees = added(root, before, after)
    return Edition(kind, objects, raw, packed, seconds, cpu, steps, files, trees)


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


def run_size(count: int, words: int, root: Path, drafts: int) -> tuple[list[Edition], int]:
    """The four editions of one library, and the size of one edited briefing's page."""
    if not root.exists():
        generate(count, words, root, drafts)
    editions = [publish(root, "2025.01", "first"), publish(root, "2025.02", "unchanged")]
    pages = sorted((root / "docs").glob("*/*.md"))
    pages = [p for p in pages if p.name != "index.md" and "Overview" not in p.name and "Draft" not in p.name]
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
    parser.add_argument("--drafts", type=int, default=5, help="draft briefings left out (the leak scan's work)")
    parser.add_argument("--keep", type=Path, help="keep the generated libraries in this folder")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-publish-"))
    ok = True
    for size in (int(s) for s in args.sizes.split(",")):
        editions, page_bytes = run_size(size, args.words, base / f"lib-{size}", args.drafts)
        ok &= report(size, editions, page_bytes)
    return 0 if ok else 1


def report(size: int, editions: list[Edition], page_bytes: int) -> bool:
    print(f"\n{size} briefings")
    print(f"  {'edition':<11} {'objects':>7} {'raw MB':>8} {'packed MB':>9}  {'publish s':>9} {'cpu s':>6}")
    for e in editions:
        print(f"  {e.kind:<11} {e.objects:>7} {e.raw / 1e6:>8.2f} {e.packed / 1e6:>9.3f}  {e.seconds:>9.1f} "
              f"{e.cpu:>6.1f}")
    names = (*STEPS, "other")
    print(f"  publish time by step, wall / CPU seconds:\n  {'edition':<11} " + " ".join(f"{n:>11}" for n in names))
    for e in editions:
        print(f"  {e.kind:<11} " + " ".join(f"{'%.1f / %.1f' % e.steps.get(n, (0.0, 0.0)):>11}" for n in names))
    site, same, one = editions[0], editions[1], editions[2]
    for e in (same, one):  # what each new object is, so the size is explainable
        print(f"  {e.kind} edition: {len(e.files)} new files, {e.trees[0]} new trees and commits "
              f"({e.trees[1] / 1e3:.1f} KB)")
        for path, size in e.files[:SHOWN_FILES]:
            print(f"    {size / 1e3:>8.1f} KB  {path}")
        if len(e.files) > SHOWN_FILES:
            rest = e.files[SHOWN_FILES:]
            print(f"    {sum(s for _, s in rest) / 1e3:>8.1f} KB  ... and {len(rest)} more files")
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
