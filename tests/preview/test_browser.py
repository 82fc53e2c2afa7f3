"""The live preview in Chromium: lint marks on the page, and a save showing up by itself."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.preview.conftest import CITED, UNSOURCED, Live, draft
from tests.webserver import CHROMIUM, CHROMIUM_ARGS

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")]
PAGE = "RESEARCH/Budget%20Cuts/"
SHOTS = Path("/tmp/briefings-preview-screenshots")


def _marked_text(page: Any) -> str:
    return " ".join(t.strip() for t in page.locator(".bp-mark").all_inner_texts())


def test_unsourced_sentence_marked_until_its_citation_is_saved(live: Live, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    failures: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.on("response", lambda r: r.status >= 400 and failures.append(f"{r.status} {r.url}"))
            page.goto(live.base + PAGE)
            page.wait_for_selector("html[data-bp-ready='1']", timeout=30000)
            marked = _marked_text(page)
            assert UNSOURCED.rstrip(".") in marked  # the unsourced sentence is marked
            assert "parliament approved" not in marked  # the cited one is not
            assert page.locator(".bp-gutter").count() >= 1
            panel = page.locator(".bp-panel")
            assert "unsourced-assertion" in panel.inner_text()
            page.locator(".bp-mark").first.hover()
            tip = page.locator(".bp-tip").inner_text()
            assert "unsourced-assertion" in tip and "Why:" in tip
            _screenshot(page, tmp_path, "desktop")

            phone = browser.new_page(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
            phone.goto(live.base + PAGE)
            phone.wait_for_selector("html[data-bp-ready='1']", timeout=30000)
            phone.locator(".bp-mark").first.tap()
            assert "unsourced-assertion" in phone.locator(".bp-tip").inner_text()
            _screenshot(phone, tmp_path, "phone")

            path = live.root / "docs/RESEARCH/Budget Cuts.md"
            cited = draft().replace(UNSOURCED, UNSOURCED[:-1] + ".[^2]") + "[^2]: Ministry of Finance, *Budget 2023*.\n"
            path.write_text(cited, "utf-8")  # how fast: scripts/bench_preview.py ("marks redrawn")
            page.wait_for_function("() => !document.querySelector('.bp-mark') && "
                                   "document.documentElement.getAttribute('data-bp-ready') === '1'", timeout=10000)
            assert "by 40% in 2023" in page.locator("article").inner_text()
            assert CITED.split("[")[0] in page.locator("article").inner_text()
        finally:
            browser.close()
    assert failures == []  # no 404 for versions.json or anything else


def _screenshot(page: Any, tmp_path: Path, name: str) -> None:
    page.locator(".bp-mark").first.scroll_into_view_if_needed()
    shot = tmp_path / f"preview-{name}.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    SHOTS.mkdir(exist_ok=True)
    shutil.copy(shot, SHOTS / shot.name)
