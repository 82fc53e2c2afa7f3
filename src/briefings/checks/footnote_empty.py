"""Empty footnote definitions.

Why: `[^id]:` with nothing after it looks like a citation in the source but gives readers no
source, and Python-Markdown drops it silently.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefings.checks import Check, Hit
from briefings.findings import Severity
from briefings.linting.document import Document


def run(doc: Document) -> Iterator[Hit]:
    """One hit per definition without text."""
    for note in doc.notes[0]:
        if not note.text:
            yield Hit(line=doc.line(note.line0), message=f"footnote [^{note.key}] is empty: write the source",
                      reason="empty definition")


CHECK = Check(
    id="footnote-empty",
    severity=Severity.ERROR,
    summary="a footnote definition has no text",
    run=run,
    must_flag=("Text.[^a]\n\n[^a]:",),
    must_pass=("Text.[^a]\n\n[^a]: Council of Europe, *Report*, 2017.",),
)
