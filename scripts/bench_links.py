#!/usr/bin/env python3
"""Time the link graph and the LinkChecker crawl of a synthetic library (a benchmark, not a test).

    scripts/bench_links.py [--count 2000] [--library DIR] [--crawl] [--site DIR]

Targets for 2,000 briefings: the link graph (`links.build` + `links.check`, i.e. what
`briefings links` does after reading the library) <= 3 s; the crawl (LinkChecker over the
served site plus the anchor pass over the built HTML) <= 120 s (issue 14), with one LinkChecker
process per section folder, as many at a time as there are cores (at most 4). It prints the
build's wall and CPU time, the crawl's, and how many LinkChecker processes ran and at once. The library comes from
scripts/make_library.py unless --library is given; --crawl also builds the site (not timed
against a target) unless --site points at a built one. Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GRAPH_TARGET, CRAWL_TARGET = 3.0, 120.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--library", type=Path, help="an existing library (default: generate one)")
    parser.add_argument("--crawl", action="store_true", help="also build the site and crawl it")
    parser.add_argument("--site", type=Path, help="an already built site of that library")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-links-") as tmp:
        root = args.library or _generate(Path(tmp) / "lib", args.count)
        ok = _graph(root)
        if args.crawl:
            ok = _crawl(root, args.site or Path(tmp) / "site", build=args.site is None) and ok
    return 0 if ok else 1


def _generate(root: Path, count: int) -> Path:
    subprocess.run([sys.executable, REPO / "scripts" / "make_library.py", "--count", str(count), "--out", root],
                   check=True, capture_output=True)
    return root


def _graph(root: Path) -> bool:
    from briefings import links
    from briefings.library import Library

    started = time.perf_counter()
    library = Library.load(root)
    loaded = time.perf_counter()
    graph = links.build(library)
    findings = links.check(library, graph=graph)
    done = time.perf_counter()
    count = sum(len(p.links) for p in graph.pages.values())
    seconds = done - loaded
    print(f"briefings        {len(library.briefings)}")
    print(f"links            {count} ({sum(len(p.placeholders) for p in graph.pages.values())} placeholders, "
          f"{len(graph.plan)} planned pages, {len(findings)} findings)")
    print(f"read library     {loaded - started:6.2f} s  (Library.load, shared with every command)")
    print(f"link graph       {seconds:6.2f} s  target <= {GRAPH_TARGET:.0f} s: {'ok' if seconds <= GRAPH_TARGET else 'MISSED'}")
    return seconds <= GRAPH_TARGET


def _crawl(root: Path, site: Path, *, build: bool) -> bool:
    from briefings.library import Library
    from briefings.links import crawl, site_anchors
    from briefings.links.serve import serve
    from briefings.site.builder import build_site
    from briefings.tools import linkchecker

    library = Library.load(root)
    print(f"cores            {len(os.sched_getaffinity(0))}, load average {os.getloadavg()[0]:.1f}")
    if build:
        started, cpu = time.perf_counter(), _cpu()
        build_site(library, site_dir=site, strict=False)
        print(f"site build       {time.perf_counter() - started:6.1f} s  {_cpu() - cpu:6.1f} CPU s  "
              "(briefings build, no target here: scripts/bench_build.py)")
    with tempfile.TemporaryDirectory() as work, serve(site) as url:
        started, cpu = time.perf_counter(), _cpu()
        outputs = crawl.crawl_parts(site, url, Path(work), linkchecker.CrawlSettings(max_seconds=600), log_all=True)
        crawled = time.perf_counter()
        crawl_cpu = _cpu() - cpu
    broken = site_anchors.broken_anchors(site)
    done = time.perf_counter()
    rows = [row for output in outputs for row in csv.DictReader(io.StringIO("\n".join(
        line for line in output.splitlines() if line and not line.startswith("#"))), delimiter=";")]
    internal = sum(1 for r in rows if r["url"].startswith(url))
    seconds = done - started
    print(f"LinkChecker      {crawled - started:6.1f} s  {crawl_cpu:6.1f} CPU s  {len(outputs)} LinkChecker processes "
          f"(one per section folder plus one for the rest), {min(crawl.concurrency(), len(outputs))} at a time")
    print(f"                 {len(rows)} URLs logged ({internal} on the site), "
          f"{len(rows) / (crawled - started):.0f} URLs/s, {sum(r['valid'] != 'True' for r in rows)} invalid")
    print(f"anchor pass      {done - crawled:6.1f} s  {len(broken)} broken anchors")
    print(f"crawl            {seconds:6.1f} s  target <= {CRAWL_TARGET:.0f} s: {'ok' if seconds <= CRAWL_TARGET else 'MISSED'}")
    return seconds <= CRAWL_TARGET


def _cpu() -> float:
    """CPU seconds of this process and its finished children (LinkChecker, MkDocs)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    sys.exit(main())
