"""The built site: planned pages, the "Planned briefings" list, placeholder links and their style."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from briefings.library import Library
from briefings.site.builder import build_site
from tests.htmltext import article_lines
from tests.webserver import CHROMIUM, chromium_page, serve_dir

pytestmark = pytest.mark.slow


def _page(site: Path, rel_dir: str) -> str:
    return (site / rel_dir / "index.html").read_text("utf-8")


@pytest.fixture
def planned_site(fixture_library: Callable[[str], Path], tmp_path: Path) -> Path:
    """The links-planned fixture built with `mkdocs build --strict`."""
    return build_site(Library.load(fixture_library("planned")), site_dir=tmp_path / "site", strict=True)


def test_planned_page_shows_plan_note_and_wanting_briefings(planned_site: Path) -> None:
    html = _page(planned_site, "CASES/Wartime Energy Supply")
    assert "<h1" in html and "Wartime Energy Supply" in html
    assert "briefing-status--planned" in html
    assert "to be written from the energy file" in html
    wanting = re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', html.split('id="briefings-that-link-here"')[1])
    assert wanting == [("../Case%20One/", "Case One"), ("../Case%20Two/", "Case Two"),
                       ("../../RESEARCH/Field%20Guide/", "Field Guide")]
    declared = _page(planned_site, "RESEARCH/Sanctions & Trade")
    assert "Will cover the 2017 sanctions law." in declared


def test_planned_list_is_ranked_by_wanting_count(planned_site: Path) -> None:
    html = _page(planned_site, "planned")
    items = re.findall(r"<li>(.*?)</li>", html.split('class="md-content"')[1], re.DOTALL)
    texts = [re.sub(r"<[^>]+>", "", item) for item in items]
    assert texts[0].startswith("Wartime Energy Supply: wanted by 3 briefings")
    assert texts[1].startswith("Sanctions &amp; Trade: wanted by 1 briefing (Will cover")


def test_placeholders_link_to_their_pages_with_the_planned_style(planned_site: Path) -> None:
    html = _page(planned_site, "CASES/Case One")
    assert '<a href="../../RESEARCH/Field%20Guide/">Field guide!</a> (method notes)' in html  # resolved, normal
    assert ('<a class="planned-link" href="../Wartime%20Energy%20Supply/" title="planned briefing">'
            "Wartime Energy Supply</a> (to be written from the energy file)") in html
    guide = _page(planned_site, "RESEARCH/Field Guide")
    assert '<a class="planned-link" href="../Sanctions%20%26%20Trade/" title="planned briefing">' in guide
    assert '<a class="planned-link" href="../../CASES/Wartime%20Energy%20Supply/"' in guide  # an ordinary link
    assert not (planned_site / "planned.yml").exists()


def test_sample_site_has_the_musk_planned_page(sample_library: Path, tmp_path: Path) -> None:
    site = build_site(Library.load(sample_library), site_dir=tmp_path / "site", strict=True)
    page = _page(site, "AUTHORITARIANISM/Elon Musk Fascism Controversies")
    assert "to be created from fascism facts file" in page
    assert "Trump-Putin Relationship and 2025 Developments</a>" in page
    assert "Elon Musk Fascism Controversies" in _page(site, "planned")
    briefing = _page(site, "RUSSIA/Trump-Putin Relationship and 2025 Developments")
    assert ('<a class="planned-link" href="../../AUTHORITARIANISM/Elon%20Musk%20Fascism%20Controversies/" '
            'title="planned briefing">Elon Musk Fascism Controversies</a>') in briefing


NOTE = ("Compare <img src=x onerror=alert(1)> with <b>bold</b>, 5 < 6 & R&D, &lt;kept&gt;, a|b, *not em*, "
        "`no code`, [no link](x), back\\slash")


def test_a_plan_note_and_title_show_as_written_and_never_as_html(fixture_library: Callable[[str], Path],
                                                                 tmp_path: Path) -> None:
    """planned.yml is text: no stray backslash, no character lost, no tag reaching the page."""
    root = fixture_library("planned")
    entry = yaml.safe_dump([{"title": "Ports <i>and</i> Pipelines", "section": "RESEARCH", "note": NOTE}])
    with (root / "docs/planned.yml").open("a", encoding="utf-8") as registry:
        registry.write(entry)
    site = build_site(Library.load(root), site_dir=tmp_path / "site", strict=True)
    [page] = [p for p in (site / "RESEARCH").glob("*/index.html") if "Pipelines" in p.read_text("utf-8")
              and "Plan:" in p.read_text("utf-8")]
    html = page.read_text("utf-8")
    assert article_lines(html)[:3] == ["Ports <i>and</i> Pipelines", "Planned",
                                       "This briefing is planned and not written yet."]
    assert f"Plan: {NOTE}." in article_lines(html)
    listed = [line for line in article_lines(_page(site, "planned")) if line.startswith("Ports")]
    assert listed == [f"Ports <i>and</i> Pipelines: wanted by 0 briefings ({NOTE})"]
    for built in (html, _page(site, "planned")):
        article = built.split('class="md-content"')[1].split("</article>")[0]
        assert "<img" not in article and "<i>" not in article and "<b>" not in article


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_reader_sees_a_red_planned_link_with_tooltip_and_reaches_the_planned_page(planned_site: Path) -> None:
    with serve_dir(planned_site) as base, chromium_page() as page:
        page.goto(f"{base}CASES/Case%20One/")
        planned = page.locator("article a.planned-link")
        normal = page.locator("article a", has_text="Field guide!")
        assert planned.get_attribute("title") == "planned briefing"
        red = planned.evaluate("a => getComputedStyle(a).color")
        assert red == "rgb(198, 40, 40)"
        assert normal.evaluate("a => getComputedStyle(a).color") != red
        planned.click()
        page.wait_for_load_state()
        assert page.url == f"{base}CASES/Wartime%20Energy%20Supply/"
        assert "planned and not written yet" in page.locator("article").inner_text()
        page.locator("article a", has_text="planned briefings").click()
        page.wait_for_load_state()
        assert page.locator("article h1").inner_text().startswith("Planned briefings")
