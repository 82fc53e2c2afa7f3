#!/usr/bin/env python3
"""Time from a save to the updated page in the open browser, for `briefings serve --live`.

    scripts/bench_preview.py [--sizes 500 2000] [--runs 5]

For each size it writes a synthetic library (scripts/make_library.py), starts the live preview
on a free 127.0.0.1 port, opens a briefing in Chromium (Debian's /usr/bin/chromium through
Playwright), then RUNS times saves the briefing with a new sentence and waits until the open
page shows it; the same for a change of the briefing's title (which also updates the navigation,
the section list and the tags page), and for a new briefing added to the section (the open
section page lists it). It prints the median, fastest and slowest of each, the time until the
page's lint marks were redrawn, and the start: seconds (and CPU seconds of the server process)
until the briefing's page is served. Target: median <= 2 s at 500 and at 2,000 briefings.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

REPO = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'briefings':>9}  {'start s':>8}  {'start CPU s':>11}  {'edit':>24}  {'title change':>24}  "
          f"{'new file':>24}  {'marks redrawn':>14}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="bench-preview-") as tmp:
            print(_row(size, _bench(size, Path(tmp), args.runs)), flush=True)
    print("edit / title change / new file: median (fastest-slowest) seconds from the save to the updated page "
          "in Chromium; start: until the first page is served (the rest is read in the background)")
    return 0


def _row(size: int, result: dict[str, Any]) -> str:
    def cell(times: list[float]) -> str:
        return f"{statistics.median(times):.2f} ({min(times):.2f}-{max(times):.2f})"

    cpu = f"{result['start_cpu']:.1f}" if result["start_cpu"] is not None else "-"
    return (f"{size:>9}  {result['start']:>8.1f}  {cpu:>11}  {cell(result['edit']):>24}  "
            f"{cell(result['title']):>24}  {cell(result['new']):>24}  {statistics.median(result['marks']):>14.2f}")


def _bench(size: int, tmp: Path, runs: int) -> dict[str, Any]:
    root = tmp / "lib"
    subprocess.run([sys.executable, str(REPO / "scripts/make_library.py"), "--count", str(size), "--out", str(root),
                    "--unsourced", "0.05"], check=True, stdout=subprocess.DEVNULL)
    target = sorted((root / "docs").glob("*/*.md"))[len(list((root / "docs").glob("*/*.md"))) // 2]
    if target.name == "index.md":
        target = next(p for p in sorted((root / "docs").glob("*/*.md")) if p.name != "index.md")
    url_path = quote(f"{target.parent.name}/{target.stem}/")
    port = _free_port()
    log = (tmp / "serve.log").open("w")
    started = time.monotonic()
    server = subprocess.Popen([sys.executable, "-m", "briefings", "--root", str(root), "serve", "--live",
                               "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, start_new_session=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        _wait_ready(base + url_path, server)
        start = time.monotonic() - started
        start_cpu = _cpu_seconds(server.pid)
        section = base + quote(f"{target.parent.name}/")
        return {"start": start, "start_cpu": start_cpu, **_edits(base + url_path, section, target, runs)}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
        log.close()


def _edits(url: str, section_url: str, target: Path, runs: int) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    original = target.read_text("utf-8")
    times: dict[str, list[float]] = {"edit": [], "title": [], "new": [], "marks": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        page.wait_for_selector("html[data-bp-ready]", timeout=120_000)
        for run in range(runs):
            marker = f"Benchmark sentence number {run} written at {time.time():.0f}"
            saved = time.monotonic()
            target.write_text(original.rstrip() + f"\n\n{marker}.\n", "utf-8")
            page.wait_for_function(f"() => document.body && document.body.innerText.includes({marker!r})", timeout=60_000)
            times["edit"].append(time.monotonic() - saved)
            page.wait_for_selector("html[data-bp-ready]", timeout=60_000)
            times["marks"].append(time.monotonic() - saved)
        for run in range(runs):
            title = f"Retitled Briefing {run}"
            saved = time.monotonic()
            target.write_text(_retitled(original, title), "utf-8")
            page.wait_for_function(f"() => document.querySelector('h1') && "
                                   f"document.querySelector('h1').innerText.includes({title!r})", timeout=120_000)
            times["title"].append(time.monotonic() - saved)
        target.write_text(original, "utf-8")
        section = browser.new_page(viewport={"width": 1400, "height": 1000})
        section.goto(section_url)
        section.wait_for_selector("html[data-bp-ready]", timeout=120_000)
        for run in range(runs):
            title = f"Benchmark Newcomer {run}"
            new = target.parent / f"{title}.md"
            saved = time.monotonic()
            new.write_text(f"---\ntitle: {title}\nstatus: draft\nsummary: A new briefing.\n---\n\n# {title}\n\n"
                           "Text of the new briefing.\n", "utf-8")
            section.wait_for_function(f"() => document.body && document.body.innerText.includes({title!r})", timeout=120_000)
            times["new"].append(time.monotonic() - saved)
            new.unlink()
            section.wait_for_function(f"() => document.body && !document.body.innerText.includes({title!r})", timeout=120_000)
        browser.close()
    target.write_text(original, "utf-8")
    return times


def _retitled(text: str, title: str) -> str:
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if line.startswith("title:"):
            lines[number] = f"title: {title}"
        elif line.startswith("# "):
            lines[number] = f"# {title}"
            break
    return "\n".join(lines)


def _wait_ready(url: str, server: subprocess.Popen[bytes]) -> None:
    while True:
        if server.poll() is not None:
            raise SystemExit("the preview stopped while starting")
        try:
            with urllib.request.urlopen(url, timeout=30):  # noqa: S310 - loopback only
                return
        except urllib.error.HTTPError as exc:
            if exc.code != 503:
                raise
        except OSError:
            pass
        time.sleep(0.5)


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a running process so far (Linux /proc; None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


if __name__ == "__main__":
    sys.exit(main())
