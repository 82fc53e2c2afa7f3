"""Footnote references without a definition.

Why: `[^id]` with no `[^id]: ...` line renders as literal text, and the claim it was meant to
source is left without one.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefings.checks import Check, Hit
from briefings.findings import Severity
from briefings.linting.document import Document


def run(doc: Document) -> Iterator[Hit]:
    """One hit per reference whose key is never defined."""
    definitions, references = doc.notes
    defined = {d.key for d in definitions}
    for ref in references:
        if ref.key not in defined:
            yield Hit(line=doc.line(ref.line0), column=ref.column,
                      message=f"footnote [^{ref.key}] has no definition: add '[^{ref.key}]: source' at the end",
                      reason="reference without definition")


CHECK = Check(
    id="footnote-undefined",
    severity=Severity.ERROR,
    summary="a footnote reference has no definition",
    run=run,
    must_flag=("Text.[^missing]",),
    must_pass=("Text.[^a]\n\n[^a]: Council of Europe, *Report*, 2017.", "Code `[^x]` is not a reference."),
)
