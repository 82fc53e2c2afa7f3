"""Readers' view of the built site in a real browser (Debian's Chromium through Playwright)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.webserver import CHROMIUM, chromium_page, serve_dir

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
Cli = Callable[..., tuple[int, str, str]]


def test_reader_navigates_tabs_to_a_briefing(cli: Cli, sample_library: Path, tmp_path: Path) -> None:
    assert cli("build", "--root", sample_library)[0] == 0
    with serve_dir(sample_library / "site") as base, chromium_page() as page:
        page.goto(base)
        tabs = page.locator(".md-tabs__link").all_inner_texts()
        assert [t.strip().upper() for t in tabs] == ["BRIEFINGS", "AUTHORITARIANISM", "RESEARCH", "RUSSIA",
                                                     "PLANNED BRIEFINGS", "SOURCING", "TAGS"]
        assert tabs[1:4] == ["Authoritarianism", "Research", "Russia"]
        page.locator(".md-tabs__link", has_text="Russia").click()
        page.wait_for_load_state()
        assert page.url == f"{base}RUSSIA/"
        page.locator(".briefing-list a", has_text="Trump-Putin").click()
        page.wait_for_load_state()
        assert page.locator("h1").first.inner_text().startswith("Trump-Putin Relationship and 2025 Developments")
        facts = page.locator(".briefing-facts").inner_text()
        assert "Published" in facts and "31 March 2025" in facts
        assert page.locator(".footnote ol > li").count() == 10
        assert page.locator(".footnote .briefing-source").count() == 10
        page.screenshot(path=str(tmp_path / "briefing.png"), full_page=False)
        __import__("shutil").copy(tmp_path / "briefing.png", "/tmp/briefing.png")
        assert (tmp_path / "briefing.png").stat().st_size > 10_000


def test_dark_palette_toggle_and_offline_assets(cli: Cli, sample_library: Path) -> None:
    assert cli("build", "--root", sample_library)[0] == 0
    requests: list[str] = []
    with serve_dir(sample_library / "site") as base, chromium_page() as page:
        page.on("request", lambda r: requests.append(r.url))
        page.goto(base)
        page.wait_for_load_state("networkidle")
        before = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        page.locator("label.md-header__button[for^='__palette']").first.click()
        after = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert {before, after} == {"default", "slate"}
    outside = [u for u in requests if not u.startswith(base) and not u.startswith("data:")]
    assert outside == []
