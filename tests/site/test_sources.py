"""One numbering for sources: footnote markers, the footnote list and the sources it names agree."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from pathlib import Path

from briefings.library import Library
from tests.conftest import briefing_text

Cli = Callable[..., tuple[int, str, str]]
_MARKER = re.compile(r'<sup id="fnref\d*:([^"]+)"><a class="footnote-ref" href="#fn:([^"]+)">(\d+)</a></sup>')
_ITEM = re.compile(r'<li id="fn:([^"]+)">(.*?)</li>', re.DOTALL)
_SOURCE = re.compile(r'<p class="briefing-source"[^>]*>Source: <cite>(?:<a [^>]*>)?(.*?)(?:</a>)?</cite>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def numbered(html: str) -> list[tuple[str, str, list[str]]]:
    """(key, footnote text, titles of the sources it carries) for footnote 1, 2, ... as shown."""
    notes = html.split('<div class="footnote">', 1)[1].split("</div>", 1)[0]
    return [(key, unescape(_TAG.sub("", body.split('<p class="briefing-source"')[0])),
             [unescape(_TAG.sub("", t)) for t in _SOURCE.findall(body)]) for key, body in _ITEM.findall(notes)]


def check_one_numbering(html: str, sources: list[dict[str, object]]) -> int:
    """Assert that footnote n and source n name the same document; returns how many there are."""
    markers = _MARKER.findall(html.split('<div class="footnote">', 1)[0])
    first_seen: dict[str, int] = {}
    for _, key, number in markers:
        first_seen.setdefault(key, int(number))
    assert list(first_seen.values()) == list(range(1, len(first_seen) + 1)), "numbered by first citation"
    items = numbered(html)
    assert [key for key, _, _ in items] == list(first_seen), "the list follows the markers"
    titles = {str(s["id"]): str(s["title"]) for s in sources}
    for key, text, carried in items:
        assert carried == [titles[key]], (key, carried)  # the source the note names, and only it
        words = [w for w in re.findall(r"\w{5,}", titles[key])][:4]
        assert all(w.casefold() in text.casefold() for w in words), (key, text)  # the note names it too
    assert 'class="briefing-sources"' not in html  # no second numbered list
    return len(items)


def test_footnote_n_and_source_n_name_the_same_document_on_every_sample_briefing(
        cli: Cli, sample_library: Path) -> None:
    assert cli("build", "--root", sample_library)[0] == 0
    library = Library.load(sample_library)
    checked = 0
    for briefing in library.briefings:
        rel = Path(briefing.rel).with_suffix("")
        html = (sample_library / "site" / rel / "index.html").read_text("utf-8")
        checked += check_one_numbering(html, briefing.sources)
        assert html.index('<h2 id="sources">') < html.index('<div class="footnote">')
    assert checked == 21  # every footnote of the three sample briefings


def test_numbering_follows_first_citation_not_the_front_matter_or_definition_order(
        cli: Cli, make_library: Callable[..., Path]) -> None:
    sources = [{"id": s, "title": f"The {s.title()} Report", "publisher": "Pub", "date": "2024-01-01"}
               for s in ("zulu", "alpha", "mike", "unused")]
    body = """
    The Alpha Board met 4 times in 2024.[^a] The Zulu Fund paid 3 grants in 2023.[^zulu]

    The Alpha Board met again in March 2024.[^again]

    The Mike Office opened on 2 May 2024.[^mike]

    [^mike]: The Mike Report, 2024.
    [^zulu]: The Zulu Report, 2024.
    [^again]: The Alpha Report (alpha), page 4.
    [^a]: See the Alpha Report, 2024.
    """
    root = make_library({"RESEARCH/x.md": briefing_text("X", body, sources=sources)})
    assert cli("build", "--root", root, "--no-strict")[0] == 0
    html = (root / "site/RESEARCH/x/index.html").read_text("utf-8")
    items = numbered(html)
    assert [(key, carried) for key, _, carried in items] == [
        ("a", ["The Alpha Report"]), ("zulu", ["The Zulu Report"]), ("again", ["The Alpha Report"]),
        ("mike", ["The Mike Report"])]
    assert html.count('id="source-alpha"') == 1  # the anchor sits on the first note that names it
    uncited = html.split('class="briefing-sources-lead"', 1)[1]
    assert "Also consulted:" in uncited and '<ul class="briefing-sources">' in uncited
    assert '<li id="source-unused"><cite>The Unused Report</cite>' in uncited


def test_definitions_move_whole_in_order_of_first_reference() -> None:
    from briefings.site.sources import in_citation_order

    text = ("- Item cites b.[^b]\n\nPara cites a.[^a] and c.[^c]\n\n[^a]: Note a\nlazy line of a.\n\n"
            "    Second paragraph of a.\n\n[^c]: Note c.\n[^b]: Note b.\n\nClosing paragraph.\n")
    moved = in_citation_order(text)
    assert moved.index("[^b]: Note b.") < moved.index("[^a]: Note a") < moved.index("[^c]: Note c.")
    assert "[^a]: Note a\nlazy line of a.\n\n    Second paragraph of a." in moved
    assert moved.index("Closing paragraph.") < moved.index("[^b]: Note b.")
    assert sorted(moved.split()) == sorted(text.split())
    assert in_citation_order("One.[^x]\n\n[^x]: X.\n") == "One.[^x]\n\n[^x]: X.\n"


def test_citation_order_of_many_footnotes() -> None:
    """Each reference was looked for in every definition's lines: 20,000 footnotes took a minute."""
    from briefings.site.sources import in_citation_order

    n = 4000  # its speed is measured by a benchmark, not a timed test
    text = "\n".join(f"Text.[^n{n - 1 - i}]" for i in range(n)) + "\n\n" + "\n".join(f"[^n{i}]: {i}." for i in range(n))
    assert in_citation_order(text).endswith("\n[^n1]: 1.\n\n[^n0]: 0.\n")  # cited last
