"""`briefings links --site`: build the site, serve it on 127.0.0.1, crawl it with LinkChecker, report findings."""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import re
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from briefings.findings import Finding, Severity
from briefings.library import Briefing, Library
from briefings.links import site_anchors
from briefings.links.serve import serve
from briefings.site.builder import build_site
from briefings.tools import linkchecker

RULES = {
    "site-link": "a link in the built site that LinkChecker could not follow",
    "site-anchor": "a link in the built site to an anchor the target page does not have",
}


def crawl_site(library: Library, *, settings: linkchecker.CrawlSettings | None = None,
               site_dir: Path | None = None) -> list[Finding]:
    """Build (unless `site_dir` is given), serve and crawl the site; LinkChecker's problems as findings."""
    with tempfile.TemporaryDirectory(prefix="briefings-crawl-") as tmp:
        work = Path(tmp)
        site = site_dir or build_site(library, site_dir=work / "site", strict=False)
        with serve(site) as base_url:
            outputs = crawl_parts(site, base_url, work, settings or linkchecker.CrawlSettings())
        anchors = [_anchor_finding(broken, library) for broken in site_anchors.broken_anchors(site)]
    found = {f for output in outputs for f in parse(output, base_url, library)}
    skipped = outputs.count("")
    if skipped:
        found.add(Finding("site/", 1, 1, "site-link", Severity.WARNING, f"{skipped} part(s) of the site were not "
                          "crawled: the time cap was reached", "raise --max-seconds"))
    return sorted(found | set(anchors))


def crawl_parts(site: Path, base_url: str, work: Path, settings: linkchecker.CrawlSettings,
                jobs: int = 0, log_all: bool = False) -> list[str]:
    """Crawl the site as one LinkChecker process per top-level folder (plus one for the rest), in parallel.

    Why: LinkChecker is bound to one core by Python's GIL; each process follows links only inside
    its part (the others' pages are checked, not parsed), so every page is still parsed once.
    """
    folders = sorted(d.name for d in site.iterdir() if d.is_dir() and (d / "index.html").is_file())
    parts = [(base_url + quote(f) + "/", "^(?!" + re.escape(base_url + quote(f) + "/") + ")") for f in folders]
    if folders:
        parts.insert(0, (base_url, "^" + re.escape(base_url) + "(?:" + "|".join(re.escape(quote(f)) for f in folders)
                         + ")/"))
    else:
        parts = [(base_url, "")]
    deadline = time.monotonic() + settings.max_seconds

    def run(index: int) -> str:
        start, nofollow = parts[index]
        left = int(deadline - time.monotonic())
        if left <= 0:
            return ""
        folder = work / f"part-{index}"
        folder.mkdir()
        part_settings = dataclasses.replace(settings, max_seconds=left)
        return linkchecker.crawl(start, workdir=folder, settings=part_settings, site_url=base_url, nofollow=nofollow,
                                 log_all=log_all)

    with ThreadPoolExecutor(max_workers=jobs or concurrency()) as pool:
        return list(pool.map(run, range(len(parts))))


def concurrency() -> int:
    """LinkChecker processes that run at a time: one per core this process may use, at most 4."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 2
    return max(1, min(4, cores))


def _anchor_finding(broken: site_anchors.BrokenAnchor, library: Library) -> Finding:
    page = _source_page("/" + broken.page, "/", library)
    where = page.label if page else f"site/{broken.page}"
    fragment = broken.href.partition("#")[2]
    line = _line_of(page.text, f"#{fragment}") if page else broken.line
    url_path = "/" + broken.page.removesuffix("index.html")
    return Finding(where, line, 1, "site-anchor", Severity.ERROR,
                   f"broken anchor '{broken.href}' on page {quote(url_path)} (HTML line {broken.line}): "
                   f"no such id in {broken.target}")


def parse(output: str, base_url: str, library: Library) -> list[Finding]:
    """Findings from LinkChecker's CSV output, each naming the source page, the URL and the problem."""
    rows = [line for line in output.splitlines() if line and not line.startswith("#")]
    findings = []
    for row in csv.DictReader(io.StringIO("\n".join(rows)), delimiter=";"):
        finding = _finding(row, base_url, library)
        if finding:
            findings.append(finding)
    return sorted(findings)


def _finding(row: dict[str, str], base_url: str, library: Library) -> Finding | None:
    broken = row.get("valid") != "True"
    anchor = "Anchor `" in (row.get("warningstring") or "")
    if not broken and not anchor:
        return None
    parent = row.get("parentname") or base_url
    page = _source_page(parent, base_url, library)
    where = page.label if page else "site/" + urlsplit(parent).path.lstrip("/")
    line = _source_line(page.text, row) if page else int(row.get("line") or 1)
    url = row.get("urlname") or row.get("url") or ""
    on = f"on page {urlsplit(parent).path} (HTML line {row.get('line') or '?'})"
    if broken:
        message = f"broken link '{url}' {on}: {row.get('result', '').strip()}"
        return Finding(where, line, 1, "site-link", Severity.ERROR, message, f"resolves to {row.get('url')}")
    problem = (row.get("warningstring") or "").split(" Available anchors")[0]
    return Finding(where, line, 1, "site-anchor", Severity.ERROR, f"broken anchor '{url}' {on}: {problem}")


def _source_page(page_url: str, base_url: str, library: Library) -> Briefing | None:
    """The Markdown page that produced a site URL (directory or .html URLs)."""
    path = unquote(urlsplit(page_url).path)[len(urlsplit(base_url).path):]
    stem = path.removesuffix("index.html").removesuffix(".html").rstrip("/")
    for rel in (f"{stem}.md", f"{stem}/index.md" if stem else "index.md"):
        page = library.get(rel)
        if page is not None:
            return page
    return None


def _source_line(text: str, row: dict[str, str]) -> int:
    """The Markdown line that holds `[link text]`, else 1 (HTML lines do not map to Markdown lines)."""
    name = (row.get("name") or "").strip()
    return _line_of(text, f"[{name}]") if name else 1


def _line_of(text: str, needle: str) -> int:
    """1-based number of the first line containing `needle`; 1 when none does."""
    position = text.find(needle)
    return text.count("\n", 0, position) + 1 if position >= 0 else 1
