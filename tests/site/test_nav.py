"""Bounded navigation (a page lists its neighbours, not its whole section) and the section index's
filter and sort, in a real build and a real browser."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import briefing_text
from tests.webserver import CHROMIUM, chromium_page, serve_dir

Cli = Callable[..., tuple[int, str, str]]
COUNT = 24  # more than the 11 a page shows around itself


def _library(make_library: Callable[..., Path], count: int) -> Path:
    files = {"RESEARCH/index.md": "---\ntitle: Research\n---\n\n# Research\n\n<!-- briefings: section-list -->\n"}
    for i in range(count):
        files[f"RESEARCH/Topic {i:02d}.md"] = briefing_text(f"Topic {i:02d}", "Plain text.",
                                                           updated=f"2025-01-{28 - i % 28:02d}")
    files["OTHER/index.md"] = "---\ntitle: Other\n---\n\n# Other\n"
    files["OTHER/Solo.md"] = briefing_text("Solo", "Plain text.")
    return make_library(files)


def _nav_titles(html: str) -> list[str]:
    import re

    html = re.sub(r'<nav class="md-nav md-nav--secondary".*?</nav>', "", html, flags=re.S)  # a page's own TOC
    nav = html.split('data-md-level="1"', 1)[1].split("</nav>", 1)[0]
    titles = [" ".join(t.split()) for t in re.findall(r'<span class="md-ellipsis">(.*?)</span>', nav, re.S)]
    # the current page shows its title twice when it has a table of contents (label and link)
    return [t for i, t in enumerate(titles) if i == 0 or t != titles[i - 1]]


def test_a_page_lists_its_neighbours_and_the_index_lists_everything(make_library: Callable[..., Path],
                                                                     cli: Cli) -> None:
    root = _library(make_library, COUNT)
    code, out, err = cli("build", "--root", root)
    assert code == 0, out + err
    site = root / "site"
    middle = _nav_titles((site / "RESEARCH/Topic 12/index.html").read_text("utf-8"))
    # the index page is the section's own link (navigation.indexes), above these
    assert middle == [f"Topic {i:02d}" for i in range(7, 18)] + [f"All {COUNT} in this section"]
    first = _nav_titles((site / "RESEARCH/Topic 00/index.html").read_text("utf-8"))
    assert first[:11] == [f"Topic {i:02d}" for i in range(11)]
    last = _nav_titles((site / f"RESEARCH/Topic {COUNT - 1}/index.html").read_text("utf-8"))
    assert last[:11] == [f"Topic {i:02d}" for i in range(COUNT - 11, COUNT)]
    small = _nav_titles((site / "OTHER/Solo/index.html").read_text("utf-8"))
    assert small == ["Solo"]  # a small section is shown whole, with no "All ..." link
    index = (site / "RESEARCH/index.html").read_text("utf-8")
    assert all(f">Topic {i:02d}</a>" in index for i in range(COUNT))  # the index lists every briefing


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_readers_filter_and_sort_the_section_index(make_library: Callable[..., Path], cli: Cli) -> None:
    root = _library(make_library, COUNT)
    assert cli("build", "--root", root)[0] == 0
    with serve_dir(root / "site") as base, chromium_page() as page:
        page.goto(base + "RESEARCH/Topic 12/")
        page.locator(".md-nav__link", has_text=f"All {COUNT} in this section").first.click()
        page.wait_for_url(base + "RESEARCH/")
        rows = page.locator(".briefing-list tbody tr")
        assert rows.count() == COUNT
        page.locator("input.briefing-list-filter").fill("16")  # in a title or a date
        page.wait_for_function("document.querySelector('.briefing-list-count').textContent === '2 of 24'")
        shown = [rows.nth(r).inner_text().split("\t")[0] for r in range(COUNT) if rows.nth(r).is_visible()]
        assert shown == ["Topic 12", "Topic 16"]  # Topic 12 was updated on 2025-01-16
        page.locator("input.briefing-list-filter").fill("topic 16 2025-01-12")  # every word must match
        page.wait_for_function("document.querySelector('.briefing-list-count').textContent === '1 of 24'")
        page.locator("input.briefing-list-filter").fill("")
        page.locator("button.briefing-list-sort", has_text="Updated").click()
        dates = [rows.nth(r).locator("td").nth(3).inner_text() for r in range(COUNT)]
        assert dates == sorted(dates) and dates[0] == "2025-01-05"
        page.locator("button.briefing-list-sort", has_text="Updated").click()
        assert rows.first.locator("td").nth(3).inner_text() == "2025-01-28"


def test_a_page_does_not_change_when_another_section_grows(make_library: Callable[..., Path], cli: Cli) -> None:
    root = _library(make_library, COUNT)
    assert cli("build", "--root", root)[0] == 0
    solo, middle = (root / "site/OTHER/Solo/index.html").read_bytes(), (root / "site/RESEARCH/Topic 12/index.html")
    middle_size = len(middle.read_bytes())
    for i in range(COUNT, 3 * COUNT):
        (root / f"docs/RESEARCH/Topic {i:02d}.md").write_text(briefing_text(f"Topic {i:02d}", "Plain text."), "utf-8")
    assert cli("build", "--root", root)[0] == 0
    assert (root / "site/OTHER/Solo/index.html").read_bytes() == solo  # byte for byte: shares its git blob
    grown = middle.read_text("utf-8")
    assert f"All {3 * COUNT} in this section" in grown
    assert len(grown.encode()) - middle_size == len(str(3 * COUNT)) - len(str(COUNT))  # only the count differs
