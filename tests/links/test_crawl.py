"""`briefings links --site`: a real LinkChecker crawl of a real build, served on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from briefings.library import Library
from briefings.links.crawl import crawl_site, parse
from briefings.site.builder import build_site
from briefings.tools import linkchecker

pytestmark = pytest.mark.slow
CliRunner = Callable[..., tuple[int, str, str]]


def test_crawl_of_the_sample_site_passes(sample_library: Path, cli: CliRunner) -> None:
    code, out, err = cli("--root", sample_library, "links", "--site", "--strict")
    assert code == 0, out + err
    assert "site-link" not in out and "site-anchor" not in out


def test_injected_broken_link_and_anchor_are_reported_with_page_and_url(
        fixture_library: Callable[[str], Path], tmp_path: Path) -> None:
    library = Library.load(fixture_library("planned"))
    site = build_site(library, site_dir=tmp_path / "site", strict=True)
    page = site / "CASES/Case One/index.html"
    html = page.read_text("utf-8").replace("</article>", (
        '<p><a href="../Missing%20Page/">Missing page</a> <a href="../Case%20Two/#no-such-part">Part</a>'
        ' <a href="http://192.0.2.1/never-contacted">outside</a></p></article>'))
    page.write_text(html, encoding="utf-8")
    findings = crawl_site(library, site_dir=site)
    assert [(f.path, f.rule) for f in findings] == [("docs/CASES/Case One.md", "site-anchor"),
                                                   ("docs/CASES/Case One.md", "site-link")]
    anchor, link = findings
    assert "'../Missing%20Page/' on page /CASES/Case%20One/" in link.message and "404" in link.message
    assert link.reason.endswith("/CASES/Missing%20Page/")
    assert "'../Case%20Two/#no-such-part' on page /CASES/Case%20One/" in anchor.message
    assert anchor.message.endswith("no such id in CASES/Case Two/index.html")


class _SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        time.sleep(20)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        return None


@contextmanager
def _slow_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_a_stalled_server_cannot_hang_the_crawl(tmp_path: Path, make_library: Callable[..., Path]) -> None:
    settings = linkchecker.CrawlSettings(threads=1, timeout=1, max_seconds=3, grace_seconds=10)
    started = time.monotonic()
    with _slow_server() as url:
        output = linkchecker.crawl(url, workdir=tmp_path, settings=settings)
    assert time.monotonic() - started < 15
    findings = parse(output, url, Library.load(make_library({})))
    assert [(f.path, f.rule) for f in findings] == [("docs/index.md", "site-link")]
    assert "timed out" in findings[0].message.lower() or "timeout" in findings[0].message.lower()
