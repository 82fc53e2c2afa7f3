"""`briefings build`: front matter first, then a real strict MkDocs build."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from tests.conftest import briefing_text

Cli = Callable[..., tuple[int, str, str]]


def page(site: Path, rel: str) -> str:
    return (site / rel).read_text(encoding="utf-8")


def test_sample_library_builds_strict(cli: Cli, sample_library: Path) -> None:
    code, out, err = cli("build", "--root", sample_library)
    assert code == 0, err
    assert "built 3 briefings" in out
    site = sample_library / "site"
    html = page(site, "RUSSIA/Trump-Putin Relationship and 2025 Developments/index.html")
    assert "<h1 id=\"trump-putin-relationship-and-2025-developments\">" in html
    assert 'class="briefing-status briefing-status--published" title="Status: Published">Published</span>' in html
    assert '<time datetime="2025-03-31">31 March 2025</time>' in html
    assert "By Briefings editorial team" in html
    assert 'id="source-caatsa2017"' in html
    assert 'href="../../RESEARCH/Authoritarian%20Playbook/"' in html
    for tab in ("AUTHORITARIANISM", "RESEARCH", "RUSSIA"):
        assert re.search(rf'class="md-tabs__link[^"]*"[^>]*>\s*{tab.title()}\s*<', page(site, "index.html"),
                         re.IGNORECASE), tab


def test_default_extensions_keep_the_text_as_written(cli: Cli, sample_library: Path) -> None:
    """The default mkdocs.yml has no smartsymbols or keys: enumerations, ordinals in quoted titles,
    fractions and doubled plus signs reach the page as typed."""
    written = "Article 5 lists (a), (b) and (c); see *Tyranny in the 21st Century*; 1/2 of seats, +/- 3, (r), a++b++c."
    briefing = sample_library / "docs" / "RESEARCH" / "Symbols.md"
    briefing.write_text(briefing_text("Symbols", f"{written}[^s]\n\n[^s]: A source, 2025.", sources=[]),
                        encoding="utf-8")
    code, _, err = cli("build", "--root", sample_library)
    assert code == 0, err
    html = page(sample_library / "site", "RESEARCH/Symbols/index.html")
    assert "Article 5 lists (a), (b) and (c); see <em>Tyranny in the 21st Century</em>; 1/2 of seats, " \
           "+/- 3, (r), a++b++c." in html
    for symbol in ("&copy;", "\u00a9", "<sup>st", "&frac12;", "&plusmn;", "&reg;", "<kbd"):
        assert symbol not in html.split('<article', 1)[1], symbol


def test_section_index_lists_its_briefings(cli: Cli, sample_library: Path) -> None:
    assert cli("build", "--root", sample_library)[0] == 0
    html = page(sample_library / "site", "RESEARCH/index.html")
    assert '<div class="briefing-list">\n<table>' in html  # a plain table: Material styles it
    assert ">Authoritarian Playbook</a>" in html
    assert "Trump-Putin" not in html.split('<div class="briefing-list">')[1].split("</table>")[0]


def test_front_matter_errors_stop_the_build(cli: Cli, make_library: Callable[..., Path]) -> None:
    root = make_library({"RESEARCH/x.md": briefing_text("X", "Text.", status="publshed")})
    code, out, _ = cli("build", "--root", root)
    assert code == 1
    assert "docs/RESEARCH/x.md" in out
    assert "4:1  error    status 'publshed' is not one of draft, review, published, planned  [front-matter]" in out
    assert not (root / "site").exists()


def test_strict_build_failure_shows_mkdocs_warning(cli: Cli, make_library: Callable[..., Path]) -> None:
    root = make_library({"RESEARCH/x.md": briefing_text("X", "See [missing](nowhere.md).")})
    code, _, err = cli("build", "--root", root)
    assert code == 1
    assert "the site did not build" in err
    assert "nowhere.md" in err


def test_non_utf8_briefing_is_a_finding(cli: Cli, make_library: Callable[..., Path]) -> None:
    root = make_library({"RESEARCH/x.md": b"---\ntitle: X\n---\n\ncaf\xe9\n"})
    code, out, _ = cli("build", "--root", root)
    assert code == 1
    assert "docs/RESEARCH/x.md\n  5:1  error    not valid UTF-8" in out


def test_broken_front_matter_yaml_is_a_finding(cli: Cli, make_library: Callable[..., Path]) -> None:
    root = make_library({"RESEARCH/x.md": "---\ntitle: [X\n---\n\nText\n", "RESEARCH/y.md": "# Y\n"})
    code, out, err = cli("build", "--root", root)
    assert code == 1
    assert "docs/RESEARCH/x.md\n  3:1  error    front matter is not valid YAML" in out
    assert "docs/RESEARCH/y.md\n  1:1  error    no front matter" in out  # the rest is still checked
    assert "Traceback" not in out + err


def test_pathological_markdown_builds_without_hanging(cli: Cli, make_library: Callable[..., Path]) -> None:
    nested = "> " * 200 + "deep\n\n" + "[" * 5000 + "\n\n" + "- a\n" * 3000
    root = make_library({"RESEARCH/x.md": briefing_text("X", nested)})
    code, _, err = cli("build", "--root", root, "--no-strict")
    assert code == 0, err


def test_footer_shows_licence_and_contact_only_when_set(cli: Cli, make_library: Callable[..., Path]) -> None:
    from tests.conftest import MINIMAL_MKDOCS

    plain = make_library({}, name="plain")
    assert cli("build", "--root", plain)[0] == 0
    footer = page(plain / "site", "index.html").split('<div class="md-copyright">')[1].split("</div>")[0]
    assert "Licence" not in footer and "Contact" not in footer
    extra = "extra:\n  licence: {name: CC BY 4.0, url: 'https://creativecommons.org/licenses/by/4.0/'}\n" \
            "  contact: {name: Editors, email: editors@example.org}\n"
    full = make_library({}, name="full", mkdocs=MINIMAL_MKDOCS + extra)
    assert cli("build", "--root", full)[0] == 0
    footer = page(full / "site", "index.html").split('<div class="md-copyright">')[1]
    assert '<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>' in footer
    assert '<a href="mailto:editors@example.org">Editors</a>' in footer


def test_navigation_labels_page_status_with_a_tooltip(cli: Cli, make_library: Callable[..., Path]) -> None:
    root = make_library({"RESEARCH/index.md": "# Research\n", "RESEARCH/a.md": briefing_text("A", "Text.", status="review"),
                         "RESEARCH/b.md": briefing_text("B", "Text.")})
    assert cli("build", "--root", root, "--no-strict")[0] == 0
    html = page(root / "site", "RESEARCH/b/index.html")
    assert '<span class="md-status md-status--review" title="Status: In review">' in html
    assert '<span class="md-status md-status--published" title="Status: Published">' in html  # hidden by CSS
