"""Front matter validation: every problem with file, line and the fix."""

from __future__ import annotations

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
        "docs/RESEARCH/x.md:1: unknown field 'staus' (did you mean 'status'?); allowed: title, summary, "
        "status, updated, authors, tags, sources, embargo_until, lint, plan, wanted_by",
        "docs/RESEARCH/x.md:5: updated '31/01/2025' is not a date: write YYYY-MM-DD, e.g. 2025-01-31",
    ]


def test_nested_source_problems_point_at_the_source_line() -> None:
    text = GOOD.replace("    date: 2016", "    date: sometime\n    url: ftp://example.invalid/x")
    assert messages(text) == [
        "docs/RESEARCH/x.md:11: sources[0].date 'sometime' is not valid: use letters, digits, '.', '_' or "
        "'-' and start with a letter or digit",
        "docs/RESEARCH/x.md:12: sources[0].url 'ftp://example.invalid/x' is not valid: a source URL starts "
        "with http:// or https://",
    ]


def test_embargo_needs_a_time_zone() -> None:
    text = GOOD.replace("updated: 2025-01-31", "updated: 2025-01-31\nembargo_until: 2025-03-01 09:00:00")
    assert messages(text) == [
        "docs/RESEARCH/x.md:6: embargo_until '2025-03-01T09:00:00' needs a date, a time and a time zone, "
        "e.g. 2025-03-01T09:00:00+00:00"
    ]
    zoned = text.replace("2025-03-01 09:00:00", "2025-03-01T09:00:00+01:00")
    assert messages(zoned) == []


def test_missing_front_matter_is_reported() -> None:
    assert messages("# Just a heading\n") == [
        "docs/RESEARCH/x.md:1: no front matter: start the file with '---', the fields, and '---'"
    ]


def test_wrong_types_are_explained() -> None:
    text = GOOD.replace("authors: [A. Author]", "authors: A. Author")
    assert messages(text) == ["docs/RESEARCH/x.md:6: authors must be a list, not 'A. Author'"]


def test_check_library_skips_index_pages(make_library: Callable[..., Path]) -> None:
    root = make_library({"RESEARCH/index.md": "# Research\n", "RESEARCH/a.md": GOOD.replace("2016", "year")})
    findings = metadata.check_library(Library.load(root))
    assert [(f.path, f.line) for f in findings] == [("docs/RESEARCH/a.md", 11)]


@pytest.mark.parametrize("field", ["sources", "embargo_until", "status"])
def test_schema_documents_every_field(field: str) -> None:
    from briefings.schema import briefing_schema

    assert "description" in briefing_schema()["properties"][field] or field == "sources"
