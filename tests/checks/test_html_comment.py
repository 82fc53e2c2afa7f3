"""HTML comments are read as browsers and the site's sanitiser read them: a comment that ends early is
an error, and the text after it is prose that the other rules check."""

from __future__ import annotations

import html
import random

import nh3

from briefings.linting import lint_text
from briefings.site.sanitize import COMMENT

FRONT = "---\ntitle: Example\nstatus: draft\n---\n\n"


def test_comments_end_where_the_sanitiser_ends_them() -> None:
    """COMMENT against html5ever (nh3) on random text of comment marks: the text left is the same."""
    rng = random.Random(3)
    alphabet = ["<!--", "-->", "--!>", "<!-->", "<!--->", "-", ">", "<", "!", " ", "1", "\n"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        if "<!" in text.replace("<!--", ""):
            continue  # `<!x>` and `<!-x>` are bogus comments: HTMLParser reads them, COMMENT is only `<!--`
        shown = html.unescape(nh3.clean(text, tags=set(), strip_comments=True))
        assert COMMENT.sub("", text) == shown, repr(text)


def test_a_comment_that_ends_early_is_an_error_and_what_follows_is_prose() -> None:
    body = """\
The council met on Monday.

<!--> The source is a confidential informant -->

<!---> MARKC9 informant is Alice -->

The army moved on Monday. <!-- a note --!> The navy shelled Gdansk on the fourth of March. -->

<!-- old draft <!-- hidden --> the informant lives in Lviv -->

<!--!> this is all a comment, as HTML reads it -->

<!-- a -- > b -->
"""
    found = lint_text(FRONT + body)
    comments = [(f.line, f.severity.value, f.reason) for f in found if f.rule == "html-comment"]
    assert comments == [
        (8, "error", "`<!-->` is an empty HTML comment that ends at once"),
        (10, "error", "`<!--->` is an empty HTML comment that ends at once"),
        (12, "error", "`--!>` ends an HTML comment as `-->` does"),
        (14, "error", "an HTML comment holds `<!--`: comments do not nest, so its first `-->` ends it"),
    ]
    assert "the text after it is published" in next(f.message for f in found if f.rule == "html-comment")
    removed = [f.line for f in found if f.rule == "raw-html"]
    assert removed == [12, 14, 16, 18]  # real comments; `<!-->` removes nothing
    unsourced = next(f for f in found if f.rule == "unsourced-assertion" and f.line == 12)
    assert "the navy" in unsourced.reason  # shown after `--!>`: checked like any sentence
