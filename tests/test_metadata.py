"""Front matter validation: every problem with file, line and the fix."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings import metadata
from briefings.frontmatter import parse
from briefings.library import Library

GOOD = """\
---
title: A briefing
summary: What it covers.
status: published
updated: 2025-01-31
authors: [A. Author]
sources:
  - id: rand2016
    title: A report
    publisher: RAND Corporation
    date: 2016
---

# A briefing
"""


def messages(text: str, name: str = "docs/RESEARCH/x.md") -> list[str]:
    return [f"{f.path}:{f.line}: {f.message}" for f in metadata.validate(parse(text, name), name)]


def test_valid_front_matter_has_no_findings() -> None:
    assert messages(GOOD) == []


def test_an_unquoted_off_in_lint_settings_is_valid_as_the_lint_reads_it() -> None:
    """YAML reads an unquoted `off` as false; the lint takes it as `off`, so the build must too."""
    text = GOOD.replace("status: published", "status: published\nlint:\n  severity: {unsourced-assertion: off}")
    assert messages(text) == []
    assert messages(text.replace(": off}", ": loud}")) == [
        "docs/RESEARCH/x.md:6: lint.severity.unsourced-assertion 'loud' is not one of error, warning, info, off"]


def test_a_title_with_a_bidirectional_or_control_character_is_an_error() -> None:
    """A hand-written title that reorders what readers see ("Trojan source") is refused where new and
    import refuse or drop it: the build, the hooks and the publish gate read the schema."""
    text = GOOD.replace("title: A briefing", 'title: "Sanctions \\u202eevil\\u202c timeline"')
    assert messages(text) == ["docs/RESEARCH/x.md:2: title holds U+202E, U+202C: a title is one line of text without "
                              "control characters or bidirectional controls (they reorder what readers see of it); "
                              "remove them"]
    assert messages(GOOD.replace("title: A briefing", "title: Édition été « x » — 2025")) == []
    folded = messages(GOOD.replace("title: A briefing", "title: >\n  Sanctions\n  timeline"))  # "...timeline\n"
    assert folded == ["docs/RESEARCH/x.md:2: title holds a line break (U+000A): a title is one line of text; write it "
                      "on one line, or as `>-`"]
    assert messages(GOOD.replace("title: A briefing", "title: >-\n  Sanctions\n  timeline")) == []


@pytest.mark.parametrize(("old", "new", "said"), [
    ("summary: What it covers.", 'summary: "What \\u202eit covers."', "summary holds U+202E: it is text without"),
    ("authors: [A. Author]", 'authors: ["A. \\u2067Author"]', "authors[0] holds U+2067: it is text without"),
    ("authors: [A. Author]", "authors: [A. Author]\ntags: [\"energy\\x7fpolicy\"]", "tags[0] holds U+007F: it is text"),
    ("title: A report", 'title: "A \\u202dreport"', "sources[0].title holds U+202D"),
    ("publisher: RAND Corporation", 'publisher: "RAND\\x1b[31m"', "sources[0].publisher holds U+001B"),
])
def test_other_texts_readers_see_hold_no_control_or_bidirectional_characters(old: str, new: str, said: str) -> None:
    found = messages(GOOD.replace(old, new))
    assert len(found) == 1 and said in found[0] and "(they reorder what readers see of it)" in found[0], found


def test_texts_but_the_title_may_run_over_several_lines_as_folded_yaml_writes_them() -> None:
    assert messages(GOOD.replace("summary: What it covers.", "summary: >\n  What it\n  covers.")) == []
    assert messages(GOOD.replace("title: A report", "title: >\n      A long report\n      on ports")) == []  # a source's
    assert messages(GOOD.replace("authors: [A. Author]", "authors:\n  - >\n    A. Author")) == []
    assert messages(GOOD.replace("summary: What it covers.", "summary: |\n  What it\n  \tcovers.")) == []
    assert messages(GOOD.replace("title: A report", "title: Rapport « été » — 2025")) == []


def test_misspelt_status_names_file_line_and_choices() -> None:
    text = GOOD.replace("status: published", "status: publshed")
    assert messages(text) == [
        "docs/RESEARCH/x.md:4: status 'publshed' is not one of draft, review, published, planned"
    ]


def test_missing_required_fields_are_each_reported() -> None:
    text = GOOD.replace("summary: What it covers.\n", "").replace("authors: [A. Author]\n", "")
    assert messages(text) == [
        "docs/RESEARCH/x.md:1: missing required field 'summary': add `summary: ...`",
        "docs/RESEARCH/x.md:1: missing required field 'authors': add `authors: ...`",
    ]


def test_planned_briefing_needs_only_title_and_status() -> None:
    assert messages("---\ntitle: Later\nstatus: planned\n---\n") == []


def test_bad_date_and_unknown_key_with_suggestion() -> None:
    text = GOOD.replace("updated: 2025-01-31", "updated: 31/01/2025\nstaus: draft")
    assert messages(text) == [
        "docs/RESEARCH/x.md:5: updated must be a date like 2025-01-31, not '31/01/2025'",
        "docs/RESEARCH/x.md:6: unknown field 'staus'; did you mean 'status'?",
    ]


def test_nested_source_problems_point_at_the_source_line() -> None:
    text = GOOD.replace("    date: 2016", "    date: sometime\n    url: ftp://example.invalid/x")
    assert messages(text) == [
        "docs/RESEARCH/x.md:11: sources[0].date must be a year or a date like 2016, 2016-05 or 2016-05-31, "
        "not 'sometime'",
        "docs/RESEARCH/x.md:12: sources[0].url 'ftp://example.invalid/x' is not valid: a source URL starts "
        "with http:// or https://",
    ]


def test_embargo_needs_a_time_zone() -> None:
    text = GOOD.replace("updated: 2025-01-31", "updated: 2025-01-31\nembargo_until: 2025-03-01 09:00:00")
    assert messages(text) == [
        "docs/RESEARCH/x.md:6: embargo_until must be a date, a time and a time zone like "
        "2025-03-01T09:00:00+00:00, not '2025-03-01 09:00:00'"
    ]
    zoned = text.replace("2025-03-01 09:00:00", "2025-03-01T09:00:00+01:00")
    assert messages(zoned) == []


def test_each_unknown_key_is_reported_at_its_own_line_with_the_closest_field() -> None:
    text = GOOD.replace("status: published", "status: published\nsumary: Typo.\nzzz: 1").replace(
        "    date: 2016", "    date: 2016\n    titel: Again\n  - id: b\n    title: B\n    publsher: P")
    lines = text.splitlines()
    assert messages(text) == [
        f"docs/RESEARCH/x.md:{lines.index('sumary: Typo.') + 1}: unknown field 'sumary'; did you mean 'summary'?",
        f"docs/RESEARCH/x.md:{lines.index('zzz: 1') + 1}: unknown field 'zzz'; allowed: title, summary, status, "
        "updated, authors, tags, sources, embargo_until, lint, plan, wanted_by",
        f"docs/RESEARCH/x.md:{lines.index('    titel: Again') + 1}: unknown field 'titel' in sources[0]; did you "
        "mean 'title'?",
        f"docs/RESEARCH/x.md:{lines.index('    publsher: P') + 1}: unknown field 'publsher' in sources[1]; did you "
        "mean 'publisher'?",
    ]


@pytest.mark.parametrize(("field", "written", "described"), [
    ("updated", "12", "'12'"),
    ("updated", "yes", "'yes'"),
    ("updated", "[2025-01-31]", "a list"),
    ("updated", "", "empty"),
    ("updated", "2025-01-31T09:00:00Z", "'2025-01-31T09:00:00Z'"),
    ("embargo_until", "2025-03-01", "'2025-03-01'"),
    ("embargo_until", "1740819600", "'1740819600'"),
    ("embargo_until", "{at: noon}", "a mapping"),
])
def test_a_date_field_says_what_it_expects_and_quotes_the_value_as_written(field: str, written: str,
                                                                            described: str) -> None:
    text = GOOD.replace("updated: 2025-01-31", f"updated: 2025-01-31\n{field}: {written}", 1)
    if field == "updated":
        text = text.replace("updated: 2025-01-31\n", "", 1)
    line = next(i for i, text_line in enumerate(text.splitlines(), 1) if text_line.startswith(f"{field}:"))
    expected = {"updated": "a date like 2025-01-31",
                "embargo_until": "a date, a time and a time zone like 2025-03-01T09:00:00+00:00"}[field]
    assert messages(text) == [f"docs/RESEARCH/x.md:{line}: {field} must be {expected}, not {described}"]


@pytest.mark.parametrize(("written", "described"), [("[2016]", "a list"), ("99999", "'99999'"),
                                                   ("2016-05-31T10:00:00Z", "'2016-05-31T10:00:00Z'")])
def test_a_source_date_says_what_it_expects(written: str, described: str) -> None:
    text = GOOD.replace("    date: 2016", f"    date: {written}")
    assert messages(text) == ["docs/RESEARCH/x.md:11: sources[0].date must be a year or a date like 2016, 2016-05 "
                              f"or 2016-05-31, not {described}"]


def test_the_hook_reports_front_matter_at_the_lines_of_the_file(make_library: Callable[..., Path],
                                                                cli: Callable[..., tuple[int, str, str]]) -> None:
    text = GOOD.replace("status: published\n", "staus: draft\n").replace("updated: 2025-01-31", "updated: 12")
    root = make_library({"RESEARCH/x.md": text})
    code, out, _ = cli("hook", "--root", root, "--format", "json", "front-matter", root / "docs/RESEARCH/x.md")
    lines = text.splitlines()
    found = {(f["line"], f["message"]) for f in json.loads(out)}
    assert code == 1 and found == {
        (1, "missing required field 'status': add `status: ...`"),
        (lines.index("staus: draft") + 1, "unknown field 'staus'; did you mean 'status'?"),
        (lines.index("updated: 12") + 1, "updated must be a date like 2025-01-31, not '12'")}


def test_missing_front_matter_is_reported() -> None:
    assert messages("# Just a heading\n") == [
        "docs/RESEARCH/x.md:1: no front matter: start the file with '---', the fields, and '---'"
    ]


def test_wrong_types_are_explained() -> None:
    text = GOOD.replace("authors: [A. Author]", "authors: A. Author")
    assert messages(text) == ["docs/RESEARCH/x.md:6: authors must be a list, not 'A. Author'"]


def test_check_library_checks_index_pages_by_their_own_schema(make_library: Callable[..., Path]) -> None:
    """An index page needs no field and may hold Material's page settings; anything else is an error, as
    in a briefing (a misspelled `status` would otherwise publish a draft section without a word)."""
    root = make_library({
        "RESEARCH/index.md": "# Research\n", "RESEARCH/a.md": GOOD.replace("2016", "year"),
        "A/index.md": "---\ntitle: A\nhide: [toc, navigation]\nicon: material/book-open-variant\n"
                      "search: {exclude: true}\ndescription: About A.\nstatus: review\n---\n\n# A\n",
        "B/index.md": "---\nStatus: draft\nhide: 7\nicon: x\ndraft: true\nsearch: {exclued: true}\n"
                      "embargo_until: 2030-01-01\ntemplate: 3\n---\n\n# B\n",
    })
    findings = metadata.check_library(Library.load(root))
    assert [(f.path, f.line) for f in findings if f.path != "docs/B/index.md"] == [("docs/RESEARCH/a.md", 11)]
    assert [f"{f.line}: {f.message}" for f in findings if f.path == "docs/B/index.md"] == [
        "2: unknown field 'Status'; did you mean 'status'?",
        "3: hide must be a list, not '7'",
        "4: icon 'x' is not valid: name an icon of the theme, such as material/book-open-variant",
        "5: unknown field 'draft'; write `status: draft`",
        "6: unknown field 'exclued' in search; did you mean 'exclude'?",
        "7: embargo_until must be a date, a time and a time zone like 2025-03-01T09:00:00+00:00, not '2030-01-01'",
        "8: template must be text, not '3'",
    ]


@pytest.mark.parametrize("field", ["sources", "embargo_until", "status"])
def test_schema_documents_every_field(field: str) -> None:
    from briefings.schema import briefing_schema

    assert "description" in briefing_schema()["properties"][field] or field == "sources"


def test_a_source_id_that_is_not_text_is_one_front_matter_error_not_a_citation_hint(
        make_library: Callable[..., Path]) -> None:
    from briefings.linting import lint_text

    text = ("---\ntitle: Example\nstatus: draft\nsources:\n  - id: [x]\n    title: Report\n    publisher: Pub\n"
            "    date: 2025-01-01\n---\n\nText.\n")
    assert not [f for f in lint_text(text) if f.rule == "source-unused"]  # never "cite it with [^['x']]"
    found = metadata.check_library(Library.load(make_library({"A/x.md": text})))
    assert ("front-matter", 5, "sources[0].id must be text, not a list") in [(f.rule, f.line, f.message) for f in found]


def test_new_and_import_write_summaries_and_authors_the_schema_accepts() -> None:
    from briefings.newbriefing import render

    text = render("Title", authors=["A.\u202e Author", "\u2067"], summary="Line one\nline \u202etwo.\x1b")
    assert messages(text) == []
    assert "summary: Line one line two." in text and "- A. Author\n" in text
