"""The sourcing dashboard and each page's sourcing figure agree with `briefings lint --stats`."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from briefings import sourcing
from briefings.library import Library
from briefings.linting import lint
from briefings.site import charts
from tests.conftest import DATA
from tests.htmltext import article_lines

Cli = Callable[..., tuple[int, str, str]]


def test_records_count_what_lint_stats_counts(tmp_path: Path) -> None:
    root = tmp_path / "claims"
    shutil.copytree(DATA / "lint-claims", root)
    library = Library.load(root)
    coverage = lint(library, stats=True).coverage
    records = {r.rel: r for r in sourcing.of_library(library)}
    assert records
    for briefing in library.briefings:
        figures, counted = records[briefing.rel], coverage[briefing.label]
        assert (figures.found, figures.sourced, figures.unsourced) == (
            counted.assertions, counted.sourced, counted.unsourced), briefing.rel
    assert any(r.unsourced for r in records.values()) and any(r.sourced for r in records.values())


def test_dashboard_page_and_badges_in_a_plain_build(cli: Cli, tmp_path: Path) -> None:
    root = tmp_path / "claims"
    shutil.copytree(DATA / "lint-claims", root)
    assert cli("build", "--root", root, "--no-strict")[0] == 0
    records = sourcing.of_library(Library.load(root))
    lines = article_lines((root / "site/sourcing/index.html").read_text("utf-8"))
    found, done = sum(r.found for r in records), sum(r.sourced for r in records)
    assert f"{done} of {found} assertions sourced ({sourcing.percent(done, found)}) in {len(records)} briefings." in lines
    for record in records:
        row = (f"{record.title} | Russia | {record.found} | {record.sourced} | {record.unsourced} | "
               f"{sourcing.percent(record.sourced, record.found)}")
        assert row in lines
        html = (root / "site" / Path(record.rel).with_suffix("") / "index.html").read_text("utf-8")
        assert f"Sourced {record.sourced} of {record.found} ({sourcing.percent(record.sourced, record.found)})" in html
        assert 'href="../../sourcing/"' in html
    chart = (root / "site/assets/briefings/sourcing.svg").read_text("utf-8")
    assert chart.startswith("<svg") and "Russia" in chart and "All briefings" in chart
    assert not (root / "site/assets/briefings/sourcing-history.svg").exists()  # editions only


def test_charts_escape_names_and_scale_bars() -> None:
    svg = charts.bars([("A <b>", 0.5, "50% (1 of 2)"), ("None", None, "-")], title="T & U")
    assert "A &lt;b&gt;" in svg and "T &amp; U" in svg and "<b>" not in svg
    assert svg.count("<rect") == 3  # two backgrounds, one bar
    line = charts.lines([("Jan", 0.5), ("Feb", 1.0)], title="Share")
    assert "<polyline" in line and line.count("<circle") == 2
