"""`check(library, only=...)` scans only what those pages' findings need, with the full graph's findings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefings import links
from briefings.library import Library
from briefings.links import partial, scan
from tests.conftest import briefing_text

PLANNED = "- title: Unplaced Entry\n  note: Without a section, which comes from the first page that wants it.\n"
FIRST = """\
Wanted here first: [Border Regimes](#) and [Unplaced Entry](#TODO "later").
"""
REFERENCE = """\
Wants a page whose name is taken: [Taken][t], a reference-style placeholder.

[t]: #
"""
SECOND = """\
Also wanted here: [border regimes!](<#>) (in another section).

- [planned, first page's section](../ALPHA/Border%20Regimes.md)
- [planned, but not in this section](Border%20Regimes.md)
- [title of the second placeholder](../ALPHA/border%20regimes%21.md)
- [registry entry, section of the first page](../ALPHA/Unplaced%20Entry.md)
- [name taken by another title](../ALPHA/Taken%20(planned).md#later)
- [the page that took it](../ALPHA/Taken.md#nowhere)
- [a stub](../ALPHA/Stub.md#nowhere)
"""
SECOND_FINDINGS = [  # (line, rule) of docs/ZULU/Second.md in the full graph
    (12, "placeholder-undeclared"), (15, "link-broken"), (16, "link-broken"), (19, "link-anchor")]


@pytest.fixture
def wanted_twice(make_library: Callable[..., Path]) -> Path:
    """Placeholders wanted by pages in two sections; the second page links to the planned paths."""
    return make_library({
        "planned.yml": PLANNED,
        "ALPHA/First.md": briefing_text("First", FIRST),
        "ALPHA/Refs.md": briefing_text("Refs", REFERENCE),
        "ALPHA/Taken.md": briefing_text("Something Else", "Its file name is the planned one."),
        "ALPHA/Taken (planned).md": briefing_text("Taken Twice", "So is this one's."),
        "ALPHA/Stub.md": briefing_text("Stub", "Planned.", status="planned"),
        "ZULU/Second.md": briefing_text("Second", SECOND),
        "ZULU/Third.md": briefing_text("Third", "Only [an existing file](../ALPHA/Taken%20(planned).md#x) "
                                       "that is a planned page's path too."),
    }, name="wanted-twice")



def assert_partial_equals_full(root: Path) -> int:
    """For every page (and planned.yml), findings of the partial graph == the full graph's for it."""
    library = Library.load(root, cache=False)
    label = library.project.label(library.docs_dir / "planned.yml")
    checked = 0
    for strict in (False, True):
        full = links.check(library, strict=strict)
        for rel, path in [(p.rel, p.label) for p in library.pages] + [("planned.yml", label)]:
            assert links.check(library, strict=strict, only={rel}) == [f for f in full if f.path == path], rel
            checked += 1
    return checked


def test_partial_findings_equal_full_findings_on_every_page_of_the_fixtures(
        fixture_library: Callable[[str], Path], sample_library: Path, wanted_twice: Path) -> None:
    roots = [fixture_library("broken"), fixture_library("planned"), sample_library, wanted_twice]
    assert sum(assert_partial_equals_full(root) for root in roots) > 2 * len(roots)


def test_partial_findings_equal_full_findings_on_every_page_of_a_generated_library(generated: Path) -> None:
    assert assert_partial_equals_full(generated) > 2 * 60


def test_planned_paths_come_from_the_first_wanting_page_in_another_section(wanted_twice: Path) -> None:
    library = Library.load(wanted_twice, cache=False)
    findings = links.check(library, only={"ZULU/Second.md"})
    assert [(f.line, f.rule) for f in findings] == SECOND_FINDINGS
    assert "no file docs/ZULU/Border Regimes.md" in findings[1].message
    assert "no file docs/ALPHA/border regimes!.md" in findings[2].message


def test_other_pages_are_not_scanned_when_no_link_can_lead_to_a_planned_page(generated: Path) -> None:
    library = Library.load(generated, cache=False)
    page = next(p for p in library.briefings if p.section == "RESEARCH")
    assert list(partial.build_for(library, {page.rel}).pages) == [page.rel]


def test_other_pages_that_may_want_a_planned_page_are_scanned_when_a_link_may_lead_to_one(
        wanted_twice: Path) -> None:
    library = Library.load(wanted_twice, cache=False)
    assert list(partial.build_for(library, {"ZULU/Second.md"}).pages) == [
        "ALPHA/First.md", "ALPHA/Refs.md", "ZULU/Second.md"]
    assert list(partial.build_for(library, {"ZULU/Third.md"}).pages) == [
        "ALPHA/First.md", "ALPHA/Refs.md", "ZULU/Second.md", "ZULU/Third.md"]
    assert list(partial.build_for(library, {"ALPHA/Taken.md"}).pages) == ["ALPHA/Taken.md"]


MAY_HOLD = ["[a](#)", "[a]()", "[a](#todo)", "[a](#ToDo)", "[a]( # )", "[a](\n#)", "[a](<#>)", "[a](< #>)",
            "[a](<>)", "[a](\\#)", "[a](&#35;)", "[a](#&#116;odo)", "[a](#t&#111;do)", "[a](# \"title\")",
            "[a](#todo 'title')", "[a](#`c`)", "[a](`c`#)", "[a](#<!-- c -->)", "[a][r]\n\n[r]: #",
            "[a][r]\n\n[r]: <#todo>", "[a][r]\n\n[r]:\n#", "[a]\n\n[a]: \\#"]
HOLDS_NONE = ["no links", "[a](b.md)", "[a](#section)", "[a](https://example.org/#)", "[a](../x.md#todo)",
              "[r]: b.md", "[a](#todos)"]


@pytest.mark.parametrize("text", MAY_HOLD)
def test_may_hold_placeholder_flags_every_placeholder_form(text: str) -> None:
    assert partial.may_hold_placeholder(text)


@pytest.mark.parametrize("text", HOLDS_NONE)
def test_may_hold_placeholder_passes_pages_without_placeholders(text: str) -> None:
    assert not scan.scan(text, source="a.md").placeholders
    assert not partial.may_hold_placeholder(text)


def test_may_hold_placeholder_flags_every_page_that_holds_one(
        fixture_library: Callable[[str], Path], sample_library: Path, generated: Path) -> None:
    pages = [p for root in (fixture_library("planned"), sample_library, generated)
             for p in Library.load(root, cache=False).pages]
    holding = [p for p in pages if scan.scan(p.body, source=p.rel).placeholders]
    assert len(holding) > 60
    assert all(partial.may_hold_placeholder(p.body) for p in holding)
