"""Splitting front matter and mapping keys to lines."""

from __future__ import annotations

import pytest

from briefings.errors import InputError
from briefings.frontmatter import parse, split


def test_split_reports_where_the_body_starts() -> None:
    yaml_text, body, line = split("---\ntitle: X\n---\n\n# X\n")
    assert yaml_text == "title: X\n"
    assert body == "\n# X\n"
    assert line == 4


def test_no_front_matter_means_the_whole_file_is_body() -> None:
    assert split("# X\n---\n") == (None, "# X\n---\n", 1)


def test_unclosed_front_matter_is_body() -> None:
    assert split("---\ntitle: X\n")[0] is None


def test_broken_yaml_names_file_and_line() -> None:
    with pytest.raises(InputError) as info:
        parse("---\ntitle: X\nauthors: [a, b\nstatus: draft\n---\n", "docs/A/x.md")
    assert str(info.value).startswith("docs/A/x.md:")
    assert "front matter is not valid YAML" in str(info.value)
    assert info.value.line in (3, 4, 5)


def test_front_matter_must_be_a_mapping() -> None:
    with pytest.raises(InputError, match=r"docs/x.md:2: front matter must be a mapping"):
        parse("---\n- a\n- b\n---\n", "docs/x.md")


def test_line_of_nested_keys() -> None:
    front = parse("---\ntitle: X\nsources:\n  - id: a\n  - id: b\n    title: T\n---\n", "x.md")
    assert front.line_of(["title"]) == 2
    assert front.line_of(["sources", 1, "title"]) == 6
    assert front.line_of(["missing"]) == 1
