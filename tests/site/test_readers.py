"""What readers get, on the sample library published as two editions and served on 127.0.0.1:
citations, what changed claim by claim, the sourcing dashboard, 404 pages, and a layout that holds
from 320 to 1920 px (checked by bounding boxes in Chromium; screenshots kept as test artifacts)."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefings.cli import main
from tests.conftest import REPO, init_repo
from tests.htmltext import article_lines
from tests.publishing.conftest import NOW, commit_all, show
from tests.webserver import CHROMIUM, CHROMIUM_ARGS

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")]
TRUMP = "RUSSIA/Trump-Putin Relationship and 2025 Developments"
TRUMP_URL = "RUSSIA/Trump-Putin%20Relationship%20and%202025%20Developments/"
ARTIFACTS = Path(os.environ.get("BRIEFINGS_TEST_ARTIFACTS", REPO / "test-artifacts")) / "screenshots"
ADDED = ("U.S. and Russian officials met in Riyadh on 18 February 2025 for talks on ending the war in "
         "Ukraine.")
REMOVED = ("Section 216 of the Countering America's Adversaries Through Sanctions Act requires the president "
           "to submit proposed actions that would terminate or waive certain sanctions on Russia to Congress "
           "for review.")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1400, "height": 1000}


def edit_sample_briefing(path: Path) -> None:
    """Add a cited sentence (with its note and source) and remove a source (with its note and sentence)."""
    text = path.read_text("utf-8")
    caatsa = re.search(r"  - id: caatsa2017\n(?:    .*\n)+", text)
    assert caatsa is not None
    text = text.replace(caatsa.group(0), "")
    text = re.sub(r"- Section 216 of the Countering.*?\[\^caatsa2017\]\n", "", text, flags=re.DOTALL)
    text = re.sub(r"\[\^caatsa2017\]: .*\n", "", text)
    text = text.replace("  - id: ica2017\n", "  - id: riyadh2025\n    title: Secretary Rubio's Meeting with "
                        "Russian Foreign Minister Lavrov\n    publisher: U.S. Department of State\n"
                        "    date: 2025-02-18\n  - id: ica2017\n", 1)
    text = text.replace("## Competing explanations", f"{ADDED}[^riyadh2025]\n\n## Competing explanations", 1)
    text += ("[^riyadh2025]: U.S. Department of State, *Secretary Rubio's Meeting with Russian Foreign "
             "Minister Lavrov*, 18 February 2025.\n")
    assert "caatsa" not in text
    path.write_text(text, "utf-8")


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample library in a git repository, published as 2025.01 and, after an edit, 2025.02."""
    root = tmp_path_factory.mktemp("readers") / "sample"
    root.mkdir()
    for name in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy2(REPO / name, root / name)
    for name in ("docs", "styles"):
        shutil.copytree(REPO / name, root / name)
    init_repo(root)
    assert main(["--root", str(root), "publish", "2025.01", "--now", NOW]) == 0
    edit_sample_briefing(root / "docs" / f"{TRUMP}.md")
    commit_all(root)
    assert main(["--root", str(root), "publish", "2025.02", "--now", NOW]) == 0
    return root


@pytest.fixture(scope="module")
def served(editions: Path) -> Iterator[str]:
    """`briefings serve` on a free 127.0.0.1 port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    proc = subprocess.Popen([sys.executable, "-m", "briefings", "--root", str(editions), "serve", "--port",
                             str(port)], env=dict(os.environ), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while fetch(base)[0] == 0 and time.monotonic() < deadline:
            time.sleep(0.2)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def fetch(url: str) -> tuple[int, str]:
    """(status, body) of a GET; status 0 when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")
    except OSError:
        return 0, ""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def requests() -> list[str]:
    """Every URL the browser asked for in a test; none may leave 127.0.0.1."""
    seen: list[str] = []
    yield seen
    outside = [u for u in seen if not u.startswith(("http://127.0.0.1:", "data:", "blob:"))]
    assert outside == []


def new_page(browser: Any, requests: list[str], viewport: dict[str, int]) -> Any:
    context = browser.new_context(viewport=viewport)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=None)
    page = context.new_page()
    page.on("request", lambda r: requests.append(r.url))
    return page


def screenshot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def box(page: Any, selector: str) -> dict[str, float] | None:
    """The bounding box of the first visible match."""
    result: dict[str, float] | None = page.evaluate(
        """s => { for (const e of document.querySelectorAll(s)) { const r = e.getBoundingClientRect();
           if (r.width && r.height && getComputedStyle(e).visibility !== 'hidden') return {x: r.x, y: r.y,
           w: r.width, h: r.height}; } return null; }""", selector)
    return result


def overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]


def test_what_changed_lists_each_claim_and_source(editions: Path) -> None:
    lines = article_lines(show(editions, "2025.02/what-changed/index.html"))
    assert lines[0] == "What changed in this edition"
    assert lines[2].startswith("Changes since the January 2025 edition (2025.01).")
    assert lines[3:] == [
        "Added (0)", "None.",
        "Updated (1)", "Trump-Putin Relationship and 2025 Developments",
        "+1 / -1 assertions, +1 / -1 sources.",
        f"Assertion added, sourced: {ADDED}",
        f"Assertion removed, sourced: {REMOVED}",
        "Source added: Secretary Rubio's Meeting with Russian Foreign Minister Lavrov",
        "Source removed: Countering America's Adversaries Through Sanctions Act (Public Law 115-44)",
        "Removed (0)", "None."]
    first = article_lines(show(editions, "2025.01/what-changed/index.html"))
    assert first[2] == "This is the first edition of the library. It contains 3 briefings:"
    expected = [("Authoritarian Playbook", 5), ("Media and Disinformation Tactics", 6),
                ("Trump-Putin Relationship and 2025 Developments", 10)]
    for line, (title, sources) in zip(first[3:], expected, strict=True):  # counts as the lint finds them
        assert re.fullmatch(rf"{title}: (\d+) assertions \((\1) sourced, 0 unsourced\), {sources} sources\.", line), line


def test_an_unchanged_briefing_has_the_same_article_in_both_editions(editions: Path) -> None:
    rel = "RESEARCH/Authoritarian Playbook/index.html"
    old, new = show(editions, f"2025.01/{rel}"), show(editions, f"2025.02/{rel}")
    article = re.compile(r"<article.*</article>", re.DOTALL)
    assert article.search(old).group(0) == article.search(new).group(0)  # type: ignore[union-attr]
    assert "2025.0" not in article.search(new).group(0)  # type: ignore[union-attr]


def test_dashboard_figures_match_lint_stats_in_each_edition(editions: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(editions), "lint", "--stats"]) == 0
    stats = {line.strip().split("  ")[0]: line.split()[-4:]
             for line in capsys.readouterr().out.splitlines() if line.startswith("  docs/")}
    lines = article_lines(show(editions, "2025.02/sourcing/index.html"))
    total = sum(int(found) for found, _, _, _ in stats.values())
    assert f"{total} of {total} assertions sourced (100%) in 3 briefings." in lines
    for label, (found, sourced, unsourced, share) in stats.items():
        title = Path(label).stem
        section = {"RESEARCH": "Research", "RUSSIA": "Russia", "AUTHORITARIANISM": "Authoritarianism"}[
            Path(label).parent.name]
        assert f"{title} | {section} | {found} | {sourced} | {unsourced} | {share}" in lines
    assert len(stats) == 3
    assert f"All briefings | 3 | {total} | {total} | 0 | 100%" in lines
    history = show(editions, "2025.02/assets/briefings/sourcing-history.svg")
    assert history.count("<circle") == 2 and "January 2025 edition: 100%" in history
    assert "<svg" in show(editions, "2025.01/assets/briefings/sourcing.svg")
    versions = json.loads(show(editions, "versions.json"))
    recorded = {v["version"]: v["properties"]["sourcing"] for v in versions}
    assert recorded["2025.02"] == {"found": total, "sourced": total} and recorded["2025.01"]["found"] > 0


def test_not_found_pages_offer_the_latest_home_and_search(served: str, browser: Any, requests: list[str]) -> None:
    for url in (served + "no-such-page/", served + "2025.01/no/such/page/", served + "latest/gone/"):
        status, body = fetch(url)
        assert status == 404 and "Page not found" in body, url
        assert "href='/latest/'" in body and 'name="q"' in body
    page = new_page(browser, requests, PHONE)
    page.goto(served + "2025.01/no/such/page/")
    assert page.locator("link[rel=stylesheet]").count() >= 2
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
    screenshot(page, "404-phone")
    page.locator("a.briefings-home").click()
    page.wait_for_url(served + "latest/")
    assert "Briefings" in page.locator("h1").first.inner_text()


def test_citation_names_the_edition_not_latest(served: str, browser: Any, requests: list[str]) -> None:
    page = new_page(browser, requests, DESKTOP)
    page.goto(served + "latest/" + TRUMP_URL + "#cite-this-briefing")
    page.locator(".briefing-cite--ready").wait_for(timeout=20000)
    stable = served + "2025.02/" + TRUMP_URL
    text = page.locator(".briefing-cite-text").inner_text()
    assert "February 2025 edition (2025.02)" in text and stable in text and "latest" not in text
    assert "Briefings editorial team" in text and "updated 31 March 2025" in text
    page.locator("details.briefing-cite-format summary", has_text="BibTeX").click()
    bibtex = page.locator(".briefing-cite-bibtex").inner_text()
    assert f"url = {{{stable}}}" in bibtex and "edition = {2025.02}" in bibtex
    page.locator("button.briefing-copy", has_text="Copy BibTeX").click()
    assert page.evaluate("navigator.clipboard.readText()").strip() == bibtex.strip()
    page.locator("details.briefing-cite-format summary", has_text="CSL-JSON").click()
    (item,) = json.loads(page.locator(".briefing-cite-csl").inner_text())
    assert (item["URL"], item["version"], item["title"]) == (stable, "2025.02", "Trump-Putin Relationship and "
                                                                               "2025 Developments")
    page.locator("details.briefing-editions summary").click()
    page.locator(".briefing-editions-list a").first.wait_for(timeout=20000)
    assert page.locator(".briefing-editions-list a").all_inner_texts() == ["January 2025 edition (2025.01)"]
    assert page.locator(".briefing-editions-list a").get_attribute("href") == served + "2025.01/" + TRUMP_URL
    screenshot(page, "cite-desktop")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_briefing_page_shows_status_sourcing_tags_and_sources(served: str, browser: Any, requests: list[str],
                                                              viewport: dict[str, int]) -> None:
    page = new_page(browser, requests, viewport)
    page.goto(served + "2025.02/" + TRUMP_URL)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    status, sourced = box(page, ".briefing-status"), box(page, ".briefing-sourcing")
    assert status and sourced and abs(status["y"] - sourced["y"]) < 30  # the figure sits by the badge
    assert page.locator(".briefing-status").inner_text() == "Published"
    assert re.fullmatch(r"Sourced (\d+) of \1 \(100%\)", page.locator(".briefing-sourcing").inner_text())
    tags = page.locator("a.md-tag")
    assert sorted(tags.all_inner_texts()) == ["Russia", "Ukraine", "United States"]
    assert page.locator(".footnote ol > li").count() == 10
    footer = page.locator(".md-copyright").inner_text()
    assert "Licence: CC BY 4.0" in footer and "Contact: The briefings editors" in footer
    name = "desktop" if viewport is DESKTOP else "phone"
    screenshot(page, f"briefing-{name}")
    tags.first.click()
    page.wait_for_load_state()
    assert page.url.startswith(served + "2025.02/tags/")
    assert page.locator("article a", has_text="Trump-Putin").count() >= 1


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_section_table_is_styled_and_scrolls_in_its_own_box(served: str, browser: Any, requests: list[str],
                                                           viewport: dict[str, int]) -> None:
    page = new_page(browser, requests, viewport)
    page.goto(served + "2025.02/RUSSIA/")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    head = page.locator(".briefing-list th").first
    assert head.evaluate("e => getComputedStyle(e).textAlign") in ("left", "start")
    cell = page.locator(".briefing-list td").last  # the updated date on one line
    assert cell.inner_text() == "2025-03-31"
    assert cell.evaluate("e => { const r = document.createRange(); r.selectNodeContents(e); "
                         "return r.getClientRects().length; }") == 1
    table = box(page, ".briefing-list table")
    assert table and table["x"] >= 0 and box(page, ".briefing-list")["w"] <= viewport["width"]  # type: ignore[index]
    nav_links = page.evaluate("[...document.querySelectorAll('.md-nav a, .md-tabs a')].map(a => a.textContent.trim())")
    assert "Planned briefings" in nav_links and "Sourcing" in nav_links
    screenshot(page, f"section-{'desktop' if viewport is DESKTOP else 'phone'}")


@pytest.mark.parametrize("width", [320, 390, 768, 1024, 1400, 1920])
def test_header_controls_never_overlap(served: str, browser: Any, requests: list[str], width: int) -> None:
    page = new_page(browser, requests, {"width": width, "height": 800})
    page.goto(served + "2025.02/" + TRUMP_URL)
    page.locator(".md-version__current").wait_for(timeout=20000)
    controls = {name: box(page, selector) for name, selector in {
        "title": ".md-header__topic:first-child .md-ellipsis", "version": ".md-version__current",
        "palette": "label.md-header__button[for^='__palette']", "search": ".md-header__option ~ label[for=__search], "
        ".md-search__form", "menu": "label.md-header__button[for=__drawer]"}.items()}
    shown = {k: v for k, v in controls.items() if v}
    assert "version" in shown and "palette" in shown
    assert shown["version"]["x"] + shown["version"]["w"] <= width
    names = sorted(shown)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not overlap(shown[a], shown[b]), (width, a, b, shown[a], shown[b])
    current = page.locator(".md-version__current")
    assert current.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), "the edition name is not cut off"
    if width in (320, 390):
        screenshot(page, f"header-{width}")


def test_dashboard_sorts_and_charts(served: str, browser: Any, requests: list[str]) -> None:
    page = new_page(browser, requests, PHONE)
    page.goto(served + "2025.02/sourcing/")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    images = page.locator("img.briefing-chart")
    assert images.count() == 2
    assert all(page.evaluate("[...document.querySelectorAll('img.briefing-chart')].map(i => i.naturalWidth)"))
    table = page.locator(".briefing-sortable table").nth(1)
    table.locator("th", has_text="Briefing").click()
    names = [r.split("\t")[0] for r in table.locator("tbody tr").all_inner_texts()]
    assert names == sorted(names) and len(names) == 3
    table.locator("th", has_text="Assertions").click()
    counts = [int(r.split("\t")[2]) for r in table.locator("tbody tr").all_inner_texts()]
    assert counts == sorted(counts)
    table.locator("th", has_text="Assertions").click()
    counts = [int(r.split("\t")[2]) for r in table.locator("tbody tr").all_inner_texts()]
    assert counts == sorted(counts, reverse=True)
    screenshot(page, "sourcing-phone")
