"""An HTML comment that ends before its author meant it to, so that the note after it is published.

Why: browsers and the site's sanitiser read comments as the HTML standard does: `<!-->` and
`<!--->` are empty comments that end at once, `--!>` ends a comment as `-->` does, and a comment
cannot hold another, so it ends at its first `-->`. The text after such an end, meant as a hidden
note, is shown on the page and in the search index.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefings.checks import Check, Hit
from briefings.checks.raw_html import fragments
from briefings.findings import Severity
from briefings.linting.document import Document
from briefings.site import sanitize


def run(doc: Document) -> Iterator[Hit]:
    """One hit per comment of raw HTML (a block or inline) that ends early."""
    for line0, kind, text in fragments(doc.tokens):
        if kind == "html" and "<!--" in text:
            for offset, how in sanitize.broken_comments(text):
                yield Hit(line=doc.line(line0 + offset), reason=how,
                          message=f"{how}: the text after it is published; write a comment as `<!-- note -->` "
                                  "with no `-->`, `--!>` or `<!--` inside, or keep the note out of the briefing")


CHECK = Check(
    id="html-comment",
    severity=Severity.ERROR,
    summary="an HTML comment ends early, so the text after it is published",
    run=run,
    must_flag=(
        "Text.\n\n<!--> the source is a confidential informant -->",
        "Text.\n\n<!---> the source is a confidential informant -->",
        "Text <!--> the source is Bob --> here.",
        "Text.\n\n<!-- the source --!> is a confidential informant -->",
        "Text.\n\n<!-- old draft <!-- the source --> is a confidential informant -->",
        "Text <!-- a <!-- the source is Bob --> confidential informant --> d.",
        "<!-- old draft\n<!-- the source -->\n\nis a confidential informant -->",
    ),
    must_pass=(
        "Text.\n\n<!-- the source is a confidential informant -->",
        "Text.\n\n<!---->\n\n<!-- a -- > b -->",
        "Text <!-- a note --> here, `<!-->` in code.\n\n```html\n<!--> x -->\n```",
        "<!-- briefings: disable=unsourced-assertion -->\nText.\n<!-- briefings: enable=unsourced-assertion -->",
    ),
)
