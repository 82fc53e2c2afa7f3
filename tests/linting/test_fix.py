"""`lint --fix`'s edits: a re-indent never changes what CommonMark renders."""

from __future__ import annotations

import time

import pytest

from briefings.checks import Edit, Hit
from briefings.linting import fix
from briefings.linting.config import LintConfig
from briefings.linting.source import from_text


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


def test_many_nested_lists_are_fixed_in_linear_time() -> None:
    """The rendering check once rendered the body twice per re-indent: 400 nested lists took 18 s."""
    body = "".join(f"- Item {i} of the list, with some words\n  - nested item {i}, also with words\n"
                   for i in range(600))
    started = time.process_time()
    text, done, refused = fix.fixed_text(from_text(body), LintConfig())
    assert time.process_time() - started < 5  # about 0.2 s now; 45 s before
    assert text == body.replace("\n  - ", "\n    - ") and len(done) == 600 and refused == []


def test_a_re_indent_that_changes_the_rendering_is_found_among_many_with_few_renderings(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A round renders the body twice; a re-indent that changes the rendering is found by halving the
    round's edits, so one such edit among 256 costs a few dozen renderings, not one per edit."""
    good = "- a\n  - b\n"
    body = good * 128 + "- item\n\n  A paragraph of the item.\n" + good * 128
    hits = [_indent(2 * i + 1, 2 * i + 2, 2) for i in range(128)] + [_indent(258, 259, 4)]
    hits += [_indent(259 + 2 * i + 1, 259 + 2 * i + 2, 2) for i in range(128)]
    renderings = []
    monkeypatch.setattr(fix, "_rendered", lambda lines: renderings.append(1) or fix.parser().render("".join(lines)))
    text, done, refused = fix._apply(body, hits)
    fixed = "- a\n    - b\n"
    assert text == fixed * 128 + "- item\n\n  A paragraph of the item.\n" + fixed * 128
    assert len(done) == 256 and refused == [
        "259: left the nested list as it is: re-indenting it would change how it renders"]
    assert len(renderings) <= 4 * 10  # two per halving step, about log2(257) of them; 514 before


def test_an_inserted_blank_line_is_no_reason_to_refuse_a_re_indent() -> None:
    """Blank lines are inserted to change what MkDocs renders; only the re-indents must keep the
    CommonMark rendering, whatever the blank lines of the same round do to it."""
    body = "Text\n3. three\n- a\n  - b\n"  # CommonMark: "3." cannot interrupt a paragraph
    insert = Hit(line=2, message="m", reason="r", fix=Edit(line0=1))
    text, done, refused = fix._apply(body, [insert, _indent(3, 4, 2)])
    assert text == "Text\n\n3. three\n- a\n    - b\n" and refused == []
    assert done == ["2: inserted a blank line before this line", "4: indented the nested list by 2 more spaces"]


def test_a_nested_list_in_a_content_tab_is_fixed_as_the_lint_reads_the_tab() -> None:
    """The rendering check reads a content tab as the lint does (its text is prose, not a code block):
    it refused every re-indent inside a tab."""
    body = '=== "One"\n\n    - a\n      - b\n'
    text, done, refused = fix.fixed_text(from_text(body), LintConfig())
    assert text == '=== "One"\n\n    - a\n        - b\n' and refused == [] and len(done) == 1


def test_many_refused_re_indents_cost_a_bounded_number_of_renderings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Halving the round down to each refused re-indent rendered the body about 4n times: past a budget,
    the group's re-indents are left undone at once (its blank lines still made)."""
    bad = "- item\n\n  A paragraph of the item.\n"  # 4 more columns make it a code block
    body = bad * 300
    hits = [_indent(3 * i + 2, 3 * i + 3, 4) for i in range(300)]
    renderings = []
    monkeypatch.setattr(fix, "_rendered", lambda lines: renderings.append(1) or fix.parser().render("".join(lines)))
    text, done, refused = fix._apply(body, hits)
    assert text == body and done == [] and len(refused) == 300
    assert len(renderings) <= fix._RENDERS + 2 * 10  # the budget, and the halving steps under way (log2 300)
