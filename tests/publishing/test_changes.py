""""What changed in this edition": briefings added, updated and removed, with assertion and source counts."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from html import unescape
from pathlib import Path

import pytest

from briefings.library import Library
from briefings.publishing import gate, manifest
from briefings.publishing.changes import compare, page
from briefings.publishing.manifest import BriefingRecord, Manifest, page_url
from tests.publishing.conftest import NOW, cited, commit_all, show

CLI = Callable[..., tuple[int, str, str]]


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", "", html)).replace("¶", ""))


@pytest.mark.slow
def test_what_changed_lists_added_updated_and_removed_briefings(library: Path, cli: CLI) -> None:
    docs = library / "docs/RESEARCH"
    (docs / "Gamma.md").write_text(cited("Gamma", "The Gamma Survey covered 12 towns in the north in 2024."), "utf-8")
    commit_all(library)
    code, out, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code == 0, err
    first = _text(show(library, "2025.01/what-changed/index.html"))
    assert "This is the first edition of the library. It contains 3 briefings." in first

    (docs / "Alpha.md").write_text(cited("Alpha", "The Alpha Committee met on 3 February 2025 to review 12 findings.",
                                         "A second meeting followed on 9 March 2025 with 5 new members."), "utf-8")
    (docs / "Beta.md").unlink()
    (docs / "Delta.md").write_text(cited("Delta", "The Delta Fund opened on 2 May 2025 with 2 donors.",
                                         "The Delta Fund closed on 30 June 2025 after an audit of 3 accounts."), "utf-8")
    commit_all(library)
    code, out, err = cli("--root", library, "publish", "2025.02", "--now", NOW)
    assert code == 0, err

    assert "since January 2025 edition (2025.01):" in out
    assert "added    Delta (RESEARCH/Delta.md): +2 / -0 assertions, +2 / -0 sources" in out
    assert "updated  Alpha (RESEARCH/Alpha.md): +2 / -1 assertions, +1 / -0 sources" in out
    assert "removed  Beta (RESEARCH/Beta.md): +0 / -1 assertions, +0 / -1 sources" in out
    assert "Gamma" not in out.split("What changed", 1)[1]

    html = show(library, "2025.02/what-changed/index.html")
    text = _text(html)
    assert "Changes since the January 2025 edition (2025.01)" in text
    assert "Added (1) Delta: +2 / -0 assertions, +2 / -0 sources; new sources: s1, s2." in text
    assert "Updated (1) Alpha: +2 / -1 assertions, +1 / -0 sources; new sources: s2." in text
    assert "Removed (1) Beta: +0 / -1 assertions, +0 / -1 sources; dropped sources: s1." in text
    assert 'href="../RESEARCH/Delta/"' in html and 'href="../RESEARCH/Alpha/"' in html
    assert 'href="../../2025.01/RESEARCH/Beta/"' in html  # the removed briefing lives on in its edition
    assert "Beta" in show(library, "2025.01/RESEARCH/Beta/index.html")
    banner = show(library, "2025.02/RESEARCH/Alpha/index.html")
    assert '</span> · <a href="../../what-changed/">What changed in this edition</a>' in banner
    assert "2025.02" not in banner and "February 2025 edition" not in banner  # pages never name their edition
    assert show(library, "2025.02/assets/briefings/edition.json") == (
        '{"edition": "2025.02", "title": "February 2025 edition"}\n')
    index = json.loads(show(library, "2025.02/search/search_index.json"))
    assert not [d for d in index["docs"] if d["location"].startswith("what-changed")]


def _record(rel: str, digest: str, assertions: list[str], sources: list[str]) -> BriefingRecord:
    return BriefingRecord(rel, rel.upper(), page_url(rel), digest, "", sources, assertions)


def test_counts_are_multiset_differences() -> None:
    old = Manifest("2025.01", "Jan", "a", "t", briefings={"x.md": _record("x.md", "1", ["p", "q", "q"], ["s"])})
    new = Manifest("2025.02", "Feb", "b", "t", briefings={"x.md": _record("x.md", "2", ["q", "r"], ["s", "t"])})
    (change,) = compare(old, new).items
    assert (change.kind, change.assertions_added, change.assertions_removed) == ("updated", 1, 2)
    assert (change.sources_added, change.sources_removed) == (["t"], [])
    assert compare(new, new).items == []


def test_manifest_round_trips_and_urls_follow_mkdocs() -> None:
    record = Manifest("2025.01", "Jan", "abc", "2025-02-01", True,
                      {"A/b c.md": _record("A/b c.md", "d", ["x"], ["s"])})
    assert Manifest.from_json(record.to_json()) == record
    assert page_url("A/b c.md") == "A/b%20c/"
    assert page_url("A/index.md") == "A/"
    assert page_url("A/b.md", directory_urls=False) == "A/b.html"
    assert "first edition" in page(compare(None, record))


def test_the_record_comes_from_the_gates_lint_without_a_second_parse(
        library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Publish parses each briefing once: the gate's lint hands its assertions to the edition record."""
    docs = library / "docs/RESEARCH"
    (docs / "Gamma.md").write_text(cited("Gamma", "The Gamma Survey covered 12 towns in the north in 2024.",
                                         "A follow-up on 3 May 2025 found 4 new sites."), "utf-8")
    staged = Library.load(library)
    errors, linted = gate.inspect(staged)
    assert errors == []
    fields = {"edition": "2025.01", "title": "T", "source_commit": "c", "published": "p", "dirty": False}
    parsed = manifest.of_library(staged, **fields)  # the old way: its own parse of every briefing

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the edition record parsed a briefing again")

    monkeypatch.setattr(manifest, "Document", no_parse)
    fed = manifest.of_library(staged, **fields, claims=linted.claims)
    assert fed == parsed
    gamma = fed.briefings["RESEARCH/Gamma.md"]
    assert len(gamma.assertions) == 2 and linted.coverage["docs/RESEARCH/Gamma.md"].assertions == 2
    with pytest.raises(AssertionError, match="parsed a briefing again"):
        manifest.of_library(staged, **fields)
