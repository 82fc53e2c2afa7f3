"""`lint --fix`'s edits: a re-indent never changes what CommonMark renders."""

from __future__ import annotations

from briefings.checks import Edit, Hit
from briefings.linting import fix


def _indent(line0: int, end0: int, by: int) -> Hit:
    return Hit(line=line0 + 1, message="m", reason="r", fix=Edit(line0=line0, end0=end0, indent=by))


def test_a_re_indent_that_would_change_the_commonmark_rendering_is_left_undone() -> None:
    body = "- item\n\n  A paragraph of the item.\n"  # 4 more columns make it a code block
    text, done, refused = fix._apply(body, [_indent(2, 3, 4)])
    assert text == body and done == []
    assert refused == ["3: left the nested list as it is: re-indenting it would change how it renders"]


def test_a_re_indent_goes_after_leading_tabs() -> None:
    body = "- a\n\t- b\n\t  - c\n"
    text, done, refused = fix._apply(body, [_indent(2, 3, 2)])
    assert text == "- a\n\t- b\n\t    - c\n" and refused == []
    assert done == ["3: indented the nested list by 2 more spaces"]
