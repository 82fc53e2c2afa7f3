"""Text that `briefings new` puts in a briefing as a placeholder, left unchanged.

Why: the template summary is valid front matter, so every other check passes it, yet it would be
published as the briefing's description; the placeholder body sentence is no briefing either.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefings.checks import Check, Hit
from briefings.findings import Severity
from briefings.linting.document import Document
from briefings.newbriefing import TEMPLATE_BODY, TEMPLATE_SUMMARY


def run(doc: Document) -> Iterator[Hit]:
    """One hit for a template summary, one per template body line."""
    if str(doc.briefing.meta.get("summary") or "").strip() == TEMPLATE_SUMMARY:
        yield Hit(line=doc.briefing.front.line_of(("summary",)),
                  message="replace the template summary with one or two sentences on this briefing",
                  reason=f"summary is still '{TEMPLATE_SUMMARY}' from `briefings new`")
    for index, line in enumerate(doc.lines):
        if line.strip() == TEMPLATE_BODY:
            yield Hit(line=doc.line(index), message="replace the template text with the briefing",
                      reason="placeholder sentence from `briefings new`")


CHECK = Check(
    id="template-text",
    severity=Severity.WARNING,
    summary="placeholder text from `briefings new` left in the briefing",
    run=run,
    must_flag=(f"---\ntitle: T\nstatus: draft\nsummary: {TEMPLATE_SUMMARY}\n---\n\nText.\n", TEMPLATE_BODY),
    must_pass=("---\ntitle: T\nstatus: draft\nsummary: Sanctions on Russian grain exports since 2022.\n---\n\n"
               "Text.\n", f"The template says: {TEMPLATE_BODY}"),
)
