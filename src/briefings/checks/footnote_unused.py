"""Footnote definitions that nothing refers to.

Why: a definition nobody references is usually a citation whose reference was lost in an edit,
so the claim it belonged to now looks unsourced, and the note never appears on the page.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefings.checks import Check, Hit
from briefings.findings import Severity
from briefings.linting.document import Document


def run(doc: Document) -> Iterator[Hit]:
    """One hit per definition whose key is never referenced."""
    definitions, references = doc.notes
    used = {r.key for r in references}
    for note in definitions:
        if note.key not in used:
            yield Hit(line=doc.line(note.line0), message=f"footnote [^{note.key}] is defined but never referenced",
                      reason="definition never referenced")


CHECK = Check(
    id="footnote-unused",
    severity=Severity.ERROR,
    summary="a footnote definition is never referenced",
    run=run,
    must_flag=("Text.\n\n[^orphan]: Council of Europe, *Report*, 2017.",),
    must_pass=("Text.[^a]\n\n[^a]: Council of Europe, *Report*, 2017.",),
)
