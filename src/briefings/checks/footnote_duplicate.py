"""Footnote ids defined twice.

Why: with two definitions of one id, only one of them is shown, so a reader may follow a
footnote to a different source from the one the author meant.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefings.checks import Check, Hit
from briefings.findings import Severity
from briefings.linting.document import Document


def run(doc: Document) -> Iterator[Hit]:
    """One hit per repeated definition, at the repeat."""
    first: dict[str, int] = {}
    for note in doc.notes[0]:
        if note.key in first:
            yield Hit(line=doc.line(note.line0),
                      message=f"footnote [^{note.key}] is defined again (first on line {doc.line(first[note.key])})",
                      reason="duplicate id")
        else:
            first[note.key] = note.line0


CHECK = Check(
    id="footnote-duplicate",
    severity=Severity.ERROR,
    summary="a footnote id is defined more than once",
    run=run,
    must_flag=("Text.[^a]\n\n[^a]: Council of Europe, *Report*, 2017.\n[^a]: RAND, *Other report*, 2016.",),
    must_pass=("Text.[^a] More.[^b]\n\n[^a]: Council of Europe, *Report*, 2017.\n[^b]: RAND, *Report*, 2016.",),
)
