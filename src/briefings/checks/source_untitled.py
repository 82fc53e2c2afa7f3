"""Front-matter sources without a title.

Why: the source list at the end of the page shows each source by its title; without one,
readers see a bare id and cannot find the work.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefings.checks import Check, Hit
from briefings.findings import Severity
from briefings.linting.document import Document


def run(doc: Document) -> Iterator[Hit]:
    """One hit per source entry with no title."""
    for index, source in enumerate(doc.briefing.sources):
        if not str(source.get("title") or "").strip():
            yield Hit(line=doc.briefing.front.line_of(("sources", index)),
                      message=f"source '{source.get('id', index)}' has no title: add `title:`",
                      reason="front-matter source without a title")


CHECK = Check(
    id="source-untitled",
    severity=Severity.ERROR,
    summary="a front-matter source has no title",
    run=run,
    must_flag=("---\ntitle: T\nstatus: draft\nsources:\n  - id: a\n---\n\nText.[^a]\n\n[^a]: RAND, 2016.\n",),
    must_pass=("---\ntitle: T\nstatus: draft\nsources:\n  - id: a\n    title: Report\n---\n\nText.[^a]\n\n"
               "[^a]: RAND, 2016.\n",),
)
