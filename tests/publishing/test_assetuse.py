"""What the built pages use decides which staged assets an edition keeps (publishing/assetuse.py)."""

from __future__ import annotations

from pathlib import Path

from briefings.publishing.assetuse import references, remove_unused
from briefings.publishing.staging import Staging


def _site(tmp_path: Path, pages: dict[str, str], assets: list[str]) -> Path:
    site = tmp_path / "site"
    for at, html in pages.items():
        (site / at).parent.mkdir(parents=True, exist_ok=True)
        (site / at).write_text(html, "utf-8")
    for rel in assets:
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text("data", "utf-8")
    return site


def test_references_are_the_attributes_of_tags_resolved_from_the_page(tmp_path: Path) -> None:
    html = ('<p><img src="../a%20b.png" srcset="../c.png 1x, ../d.png 2x"><a href="../e.pdf#p2">e</a>'
            '<a href="https://x.org/f.pdf">f</a><a href="/g.pdf">g</a><a href="#h">h</a>'
            '<!-- <img src="../comment.png"> --><code>&lt;img src="../code.png"&gt;</code>'
            '<a href="../../../out.pdf">o</a><img src="../&#x69;.png"></p>')
    path = tmp_path / "index.html"
    assert references(path, "A/B/index.html") == set()  # not built: refers to nothing
    path.write_text(html, "utf-8")
    assert references(path, "A/B/index.html") == {"A/a b.png", "A/c.png", "A/d.png", "A/e.pdf", "A/i.png"}


def test_an_asset_stays_when_any_built_page_uses_it(tmp_path: Path) -> None:
    """Named in a comment of one page, shown by another whose Markdown does not name it (a snippet):
    it stays; named only in a comment, it goes; mkdocs.yml's and a kept stylesheet's stay."""
    assets = ["A/shared.png", "A/secret.csv", "A/site.css", "A/font.woff", "A/orphan.css", "A/orphan.png"]
    site = _site(tmp_path, {
        "A/One/index.html": "<p><!-- see shared.png, secret.csv and orphan.css --></p>",
        "A/Two/index.html": '<p><img src="../shared.png"></p>',
    }, assets)
    (site / "A/site.css").write_text('@font-face { src: url("font.woff"); }', "utf-8")
    (site / "A/orphan.css").write_text("body { background: url(orphan.png); }", "utf-8")
    staged = Staging(assets=assets, named={"A/shared.png": ["A/One.md"], "A/secret.csv": ["A/One.md"],
                                           "A/orphan.css": ["A/One.md"]}, required={"A/site.css"})
    gone = remove_unused(site, staged, directory_urls=True)
    assert sorted(r.label for r in gone) == ["docs/A/orphan.css", "docs/A/orphan.png", "docs/A/secret.csv"]
    assert {r.label: r.reason for r in gone}["docs/A/orphan.png"] == "named only by a stylesheet that is not published"
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*.*") if not p.name.endswith(".html")) == \
        ["A/font.woff", "A/shared.png", "A/site.css"]


def test_a_relative_address_resolves_from_the_page_as_built(tmp_path: Path) -> None:
    """`chart.png` from A/One.html is A/chart.png; from A/One/index.html (directory URLs) it is not."""
    staged = Staging(assets=["A/chart.png"], named={"A/chart.png": ["A/One.md"]})
    flat = _site(tmp_path / "flat", {"A/One.html": '<img src="chart.png">'}, ["A/chart.png"])
    assert remove_unused(flat, staged, directory_urls=False) == []
    nested = _site(tmp_path / "nested", {"A/One/index.html": '<img src="chart.png">'}, ["A/chart.png"])
    assert [r.label for r in remove_unused(nested, staged, directory_urls=True)] == ["docs/A/chart.png"]
    assert not (nested / "A/chart.png").exists()
