"""Lines built to make a backtracking regex quadratic are read in linear time, with the same results."""

from __future__ import annotations

import pytest
from markdown_it.token import Token

from briefings.linting import blocks, snippets, suppress
from briefings.linting.vocab import HEADING, LEAD_IN, compile_vocabulary
from briefings.linting.footnotes import scan

pytestmark = pytest.mark.timeout(5)  # each case took 10 s to minutes before its fix


def test_footnote_scan_of_many_openers_is_linear() -> None:
    definitions, references = scan(["[^" * 40000, "[^a" * 40000, "[^a]: ODNI, 2017.", "See [^a] and [^b]."])
    assert [d.key for d in definitions] == ["a"]
    assert [(r.key, r.line0, r.column) for r in references] == [("a", 3, 5), ("b", 3, 14)]


def test_rendering_strips_undefined_references_in_linear_time() -> None:
    text = Token("text", "", 0, content="Said so[^x]. " + "[^" * 100000)
    assert blocks.render([text], lambda key: False) == "Said so. " + "[^" * 100000


def test_unclosed_suppression_comments_are_read_in_linear_time() -> None:
    assert suppress.ranges("<!-- briefings: disable=" + " " * 40000 + "x") == {}
    assert suppress.ranges("<!-- briefings: disable=a " * 4000) == {}


def test_suppression_names_are_trimmed_and_end_at_the_first_comment_close() -> None:
    text = "<!--briefings:disable = a ,  b-c.d  --> x -->\ntext\n<!-- briefings: enable=a-->"
    assert suppress.ranges(text) == {"a": [(1, 3)], "b-c.d": [(1, 10**9)]}


def test_snippet_notation_is_read_in_linear_time() -> None:
    lines = ["-" * 100000 + "8<" + "-" * 100000 + ' "' + '\\"' * 50000 + "x", "--8<-- [" + " " * 100000 + "x",
             "-8<- " * 40000 + "[start:x", ";--8<--", "prose", "--8<--", "a.md", "a" + ".a:" * 50000 + " x",
             "x" + " y." * 50000, "b.md", "--8<--", "prose"]
    assert snippets.notation(lines) == {3, 5, 6, 9, 10}


def test_a_stray_snippet_block_marker_hides_no_prose() -> None:
    lines = ["--8<--", "RUSSIA/Timeline 2016.md", "The ministry cut the budget by 40% in 2023.", "b.md:3:9", "--8<--"]
    assert snippets.notation(lines) == {0, 1, 3, 4}
    assert snippets.notation(["--8<--", "Putin ordered the campaign in 2016.", "Prices rose by 2.5"]) == {0}


def test_a_lead_in_or_heading_of_spaces_is_matched_in_linear_time() -> None:
    vocab = compile_vocabulary()
    for text in ("low" + " " * 20000 + "x", "a, " * 20000 + "assumptions", "the following " * 5000):
        assert vocab.of(LEAD_IN, text) in ("", "frames")
        assert vocab.of(HEADING, text) in ("", "frames")


def test_a_byline_of_capitals_is_matched_in_linear_time() -> None:
    from briefings.linting import claims

    assert not claims.masthead("By " + "A" * 3000 + "!")
    assert not claims.masthead("By " + "Abc " * 2000 + "!")
    assert claims.masthead("By MARIA KOWALSKA-NOWAK AND JOHN SMITHERSON-WELLINGTON")
    assert claims.masthead("By Ilse Marran and Tobiah Quell")


def test_an_item_of_many_colons_under_recommendations_is_read_once() -> None:
    from briefings.linting import claims, lint_text

    item = "Has worked before" + ": it did" * 20000  # each colon once read the rest again, to a RecursionError
    assert claims.records_done(item) in (True, False)  # an answer, not a RecursionError
    assert lint_text(f"---\ntitle: T\nstatus: draft\n---\n\n## Recommendations\n\n- {item}\n") is not None
