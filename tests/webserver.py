"""Serve a built site on an ephemeral 127.0.0.1 port for tests (`serve_dir`), and drive it with Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from briefings.links.serve import serve as serve_dir  # the server the site crawl uses

__all__ = ["CHROMIUM", "chromium_page", "serve_dir"]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking"]


@contextmanager
def chromium_page(*, javascript: bool = True) -> Iterator[Any]:
    """A Playwright page in Debian's Chromium (never a downloaded browser); `javascript=False` is a
    reader with JavaScript turned off (Playwright's own evaluate() still works)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser.new_page(java_script_enabled=javascript)
        finally:
            browser.close()
