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


@pytest.mark.parametrize("odd", ["\u2028", "\u2029", "\x85", "\r"])
def test_lines_are_numbered_as_git_numbers_them_whatever_yaml_counts_as_a_line_break(odd: str) -> None:
    # YAML's own line numbers count U+2028, U+2029, U+0085 and a carriage return as line breaks; git does not
    front = parse(f'---\ntitle: "A{odd}B"\nsources:\n  - id: a\n    title: T\n---\n', "x.md")
    assert (front.line_of(["title"]), front.line_of(["sources", 0, "title"])) == (2, 5)
    with pytest.raises(InputError) as info:
        parse(f'---\ntitle: "A{odd}B"\nauthors: [a, b\nstatus: draft\n---\n', "x.md")
    assert info.value.line == 4


def test_disagreement_is_said_exactly_when_mkdocs_reads_another_page() -> None:
    """Every text of up to four lines from pieces that matter to either reader: `disagreement` is
    empty exactly when MkDocs' own reading (`get_data` on the text as it opens files, universal
    newlines) gives the front matter and body that briefings reads."""
    from itertools import product

    from mkdocs.utils.meta import get_data

    from briefings.frontmatter import disagreement

    lines = ["---", "...", "", "title: X", "status: draft", "# c", "- a", "Key: v", "---  ", "text"]
    ends = ["\n", "\r\n", "\r", ""]
    checked = 0
    for count in range(1, 5):
        for chosen in product(lines, repeat=count):
            for end in ends[:3] if count > 1 else ends:
                for last in ("\n", ""):
                    text = end.join(chosen) + last
                    try:
                        front = parse(text, "x.md")
                    except InputError:
                        continue  # never a page: an error wherever it is read
                    body = split(text)[1] if front.present else text
                    seen = text.replace("\r\n", "\n").replace("\r", "\n")
                    mk_body, mk_data = get_data(seen)
                    same = mk_data == front.data and mk_body.lstrip("\n") == \
                        body.replace("\r\n", "\n").replace("\r", "\n").lstrip("\n")
                    assert (disagreement(text, front) == "") == same, (text, mk_data, front.data, mk_body, body)
                    checked += 1
    assert checked > 10_000
