"""Front-matter sources that no footnote cites.

Why: a source listed but never cited suggests a claim lost its citation, and it pads the
source list with works the text does not rely on.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefings.checks import Check, Hit
from briefings.findings import Severity
from briefings.linting.document import Document


def run(doc: Document) -> Iterator[Hit]:
    """One hit per source whose id is never used as a footnote key."""
    used = {r.key for r in doc.notes[1]}
    for index, source in enumerate(doc.briefing.sources):
        value = source.get("id")
        key = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""  # else a schema error
        if key and key not in used:
            yield Hit(line=doc.briefing.front.line_of(("sources", index)),
                      message=f"source '{key}' is never cited: cite it with [^{key}] or remove it",
                      reason="unused front-matter source")


CHECK = Check(
    id="source-unused",
    severity=Severity.ERROR,
    summary="a front-matter source is never cited",
    run=run,
    must_flag=("---\ntitle: T\nstatus: draft\nsources:\n  - id: a\n    title: Report\n---\n\nText.\n",),
    must_pass=("---\ntitle: T\nstatus: draft\nsources:\n  - id: a\n    title: Report\n---\n\nText.[^a]\n\n"
               "[^a]: RAND, 2016.\n",),
)
