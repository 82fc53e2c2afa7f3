"""Unattributed quotations: a quote always needs its source.

Why: quotation marks tell readers that these are someone's exact words. Without a citation
they cannot see who said them, where or when, and misquotes spread unchecked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from briefings.checks import Check, Hit
from briefings.findings import Severity

if TYPE_CHECKING:
    from briefings.linting.document import Document


def run(doc: Document) -> Iterator[Hit]:
    """One hit per unsourced block (or sentence) that quotes someone."""
    from briefings.linting.assertions import reason, unsourced_blocks  # claim detection: imported when used

    for group in unsourced_blocks(doc):
        quoted = group if group[0].quotes else []
        if not quoted:
            continue
        yield Hit(line=doc.line(quoted[0].line0), end_line=doc.line(quoted[-1].last0),
                  message="quotation without a source: cite where and when it was said",
                  reason=reason(doc, quoted))


CHECK = Check(
    id="unattributed-quote",
    severity=Severity.ERROR,
    summary="a quotation has no citation",
    run=run,
    must_flag=(
        'The minister said the rules were "applied exactly as they were written".',
        '- "We will not negotiate under any circumstances," a spokesman told reporters.',
    ),
    must_pass=(
        'The minister said the rules were "applied exactly as they were written".[^m]\n\n'
        "[^m]: Ministry of Justice, *Press conference transcript*, 12 March 2024.",
        'The report calls this pattern "information disorder".',
    ),
)
