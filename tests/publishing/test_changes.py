""""What changed in this edition": briefings added, updated and removed, with assertion and source counts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefings import sourcing
from briefings.library import Briefing, Library
from briefings.linting import runner
from briefings.publishing import gate, manifest
from briefings.publishing.changes import compare, page
from briefings.publishing.manifest import BriefingRecord, Manifest, page_url
from tests.htmltext import article_lines
from tests.publishing.conftest import NOW, cited, commit_all, show

CLI = Callable[..., tuple[int, str, str]]


@pytest.mark.slow
def test_what_changed_lists_added_updated_and_removed_briefings(library: Path, cli: CLI) -> None:
    docs = library / "docs/RESEARCH"
    (docs / "Gamma.md").write_text(cited("Gamma", "The Gamma Survey covered 12 towns in the north in 2024."), "utf-8")
    commit_all(library)
    code, out, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code == 0, err
    first = article_lines(show(library, "2025.01/what-changed/index.html"))
    assert first[2:] == ["This is the first edition of the library. It contains 3 briefings:",
                         "Alpha: 1 assertion (1 sourced, 0 unsourced), 1 source.",
                         "Beta: 1 assertion (1 sourced, 0 unsourced), 1 source.",
                         "Gamma: 1 assertion (1 sourced, 0 unsourced), 1 source."]

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
    lines = article_lines(html)
    assert lines[2].startswith("Changes since the January 2025 edition (2025.01).")
    assert lines[3:] == [
        "Added (1)", "Delta: 2 assertions (2 sourced, 0 unsourced), 2 sources.",
        "Updated (1)", "Alpha", "+2 / -1 assertions, +1 / -0 sources.",
        "Assertion added, sourced: The Alpha Committee met on 3 February 2025 to review 12 findings.",
        "Assertion added, sourced: A second meeting followed on 9 March 2025 with 5 new members.",
        "Assertion removed, sourced: The Alpha Committee met on 14 January 2025 to review 12 findings.",
        "Source added: Source 2",
        "Removed (1)", "Beta: 1 assertion (1 sourced, 0 unsourced), 1 source."]
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


def _record(rel: str, digest: str, claims: list[str], sources: list[str], unsourced: list[str] | None = None) -> BriefingRecord:
    return BriefingRecord(rel, rel.upper(), page_url(rel), digest, "", sources, claims, unsourced or [],
                          {s: f"Title {s}" for s in sources}, has_claims=True)


@pytest.mark.slow
def test_a_briefing_named_with_a_hash_or_a_question_mark_is_listed_and_linked(library: Path, cli: CLI) -> None:
    """The generated page's Markdown links encode every character that would end the path."""
    (library / "docs/RESEARCH/C# in government?.md").write_text(
        cited("C# in government?", "The C# survey covered 12 towns in the north in 2024."), "utf-8")
    commit_all(library)
    code, out, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    html = show(library, "2025.01/what-changed/index.html")
    assert 'href="../RESEARCH/C%23%20in%20government%3F/"' in html
    assert show(library, "2025.01/RESEARCH/C# in government?/index.html")


def test_counts_are_multiset_differences() -> None:
    old = Manifest("2025.01", "Jan", "a", "t", briefings={"x.md": _record("x.md", "1", ["p", "q", "q"], ["s"])})
    new = Manifest("2025.02", "Feb", "b", "t", briefings={"x.md": _record("x.md", "2", ["q", "r"], ["s", "t"])})
    (change,) = compare(old, new).items
    assert (change.kind, change.assertions_added, change.assertions_removed) == ("updated", 1, 2)
    assert (change.sources_added, change.sources_removed) == (["t"], [])
    assert change.claims is not None
    assert [(c.text, c.sourced) for c in change.claims.removed] == [("p", True), ("q", True)]
    assert [s.title for s in change.claims.sources_added] == ["Title t"]
    assert compare(new, new).items == []


def test_another_source_under_an_old_id_is_a_source_removed_and_one_added() -> None:
    """The red team swapped "UK Climate Report 2023" for a blog post under the same id: the page said
    no source changed."""
    old = Manifest("2025.01", "Jan", "a", "t", briefings={"x.md": _record("x.md", "1", ["p"], ["met"])})
    swapped = _record("x.md", "2", ["p"], ["met"])
    swapped.source_titles["met"] = "Anonymous weather blog post"
    new = Manifest("2025.02", "Feb", "b", "t", briefings={"x.md": swapped})
    (change,) = compare(old, new).items
    assert change.claims is not None
    assert ([s.title for s in change.claims.sources_added], [s.title for s in change.claims.sources_removed]) == \
        (["Anonymous weather blog post"], ["Title met"])
    untitled = _record("x.md", "2", ["p"], ["met"])
    untitled.source_titles.clear()  # a record that kept no titles matches on the id alone
    (same,) = compare(old, Manifest("2025.02", "Feb", "b", "t", briefings={"x.md": untitled})).items
    assert (same.sources_added, same.sources_removed) == ([], [])


def test_a_citation_gained_or_lost_is_reported_per_sentence() -> None:
    old = Manifest("2025.01", "Jan", "a", "t", briefings={"x.md": _record("x.md", "1", ["p", "q"], ["s"], ["p"])})
    new = Manifest("2025.02", "Feb", "b", "t", briefings={"x.md": _record("x.md", "2", ["p", "q"], ["s"], ["q"])})
    (change,) = compare(old, new).items
    assert change.claims is not None
    assert (change.claims.now_sourced, change.claims.now_unsourced) == (["p"], ["q"])
    assert (change.assertions_added, change.assertions_removed) == (0, 0)
    assert "Now sourced:</strong> <q>p</q>" in page(compare(old, new))


def test_an_old_record_without_claims_is_not_compared_claim_by_claim() -> None:
    legacy = {"rel": "x.md", "title": "X", "url": page_url("x.md"), "digest": "1", "sources": ["s"],
              "assertions": ["d1"]}  # digests only, as records were written before claims were kept
    old = Manifest.from_json(json.dumps({"edition": "2025.01", "title": "Jan", "source_commit": "a", "published": "t",
                                         "briefings": {"x.md": legacy}}))
    new = Manifest("2025.02", "Feb", "b", "t", briefings={"x.md": _record("x.md", "2", ["p"], ["s"])})
    (change,) = compare(old, new).items
    assert change.claims is None and "not compared" in page(compare(old, new))


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

    monkeypatch.setattr(sourcing, "Document", no_parse)
    fed = manifest.of_library(staged, **fields, claims=linted.claims)
    assert fed == parsed
    gamma = fed.briefings["RESEARCH/Gamma.md"]
    assert len(gamma.claims) == 2 and linted.coverage["docs/RESEARCH/Gamma.md"].assertions == 2
    with pytest.raises(AssertionError, match="parsed a briefing again"):
        manifest.of_library(staged, **fields)


def test_a_publish_lints_only_the_briefings_no_lint_has_seen_before(
        library: Path, cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate reuses the library's lint cache (keyed by path, text, settings and tool), so a
    briefing that did not change is not linted again; "What changed" still compares claim by claim."""
    assert cli("--root", library, "publish", "2025.01", "--now", NOW)[0] == 0
    (library / "docs/RESEARCH/Beta.md").write_text(
        cited("Beta", "The Beta Report was released on 20 December 2024 with 41 pages."), "utf-8")
    commit_all(library)
    checked: list[str] = []
    real = runner.check_one

    def counting(briefing: Briefing, *args: Any, **kwargs: Any) -> Any:
        checked.append(briefing.rel)
        return real(briefing, *args, **kwargs)

    monkeypatch.setattr(runner, "check_one", counting)
    code, out, err = cli("--root", library, "publish", "2025.02", "--now", NOW)
    assert code == 0, err
    assert checked == ["RESEARCH/Beta.md"]
    assert "+1 / -1 assertions" in out
    # a work tree whose lint settings differ from what is published (an ignored .vale.ini is not
    # staged) neither lends its cache nor gets results made with other settings
    (library / ".gitignore").write_text(".vale.ini\n", "utf-8")
    (library / ".vale.ini").write_text("StylesPath = styles\nMinAlertLevel = suggestion\n", "utf-8")
    commit_all(library)
    for edition in ("2025.03", "2025.04"):
        checked.clear()
        assert cli("--root", library, "publish", edition, "--now", NOW)[0] == 0
        assert {"RESEARCH/Alpha.md", "RESEARCH/Beta.md"} <= set(checked), edition
