"""A briefing that looks like pasted plain text: hard-wrapped paragraphs with subheadings or
bullet characters inside them, and no Markdown headings or lists.

Why: pasted text renders as a few huge paragraphs with the subheadings run into the body, and
the sourcing checks then see a handful of long blocks. `briefings import` converts such text
(title, subheadings, lists, quotations, captions, author bio) into a structured draft.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefings.checks import Check, Hit
from briefings.findings import Severity
from briefings.linting.document import Document

_STRUCTURE = frozenset({"bullet_list_open", "ordered_list_open", "blockquote_open", "table_open", "fence"})
_BULLETS = ("•", "·", "▪", "◦")
_CLOSING = tuple(".,;:!?\"”’)»…")
LONG_PARAGRAPH = 12  # lines of one hard-wrapped paragraph


def run(doc: Document) -> Iterator[Hit]:
    """One hit on the first suspicious line when the body has plain-text signs and no structure."""
    if doc.briefing.is_index or _structured(doc):
        return
    signs: dict[str, int] = {}
    first = 0
    for token in doc.tokens:
        if token.type != "paragraph_open" or not token.map:
            continue
        start, end = token.map
        lines = doc.lines[start:end]
        for name, offset in _signs(lines):
            signs[name] = signs.get(name, 0) + 1
            first = first or doc.line(start + offset)
    if signs.get("subheading", 0) + signs.get("bullet", 0) >= 2 or signs.get("long", 0) >= 2:
        described = ", ".join(f"{count} {_LABELS[name]}" for name, count in sorted(signs.items()))
        yield Hit(line=first, message="this looks like pasted plain text: convert it with `briefings import "
                  "ORIGINAL --section SECTION`, or add Markdown headings (##), lists and blank lines",
                  reason=f"no Markdown headings or lists; {described}")


_LABELS = {"subheading": "subheading-like lines inside paragraphs", "bullet": "bullet characters inside paragraphs",
           "long": f"hard-wrapped paragraphs of {LONG_PARAGRAPH}+ lines"}


def _structured(doc: Document) -> bool:
    return any(t.type in _STRUCTURE or (t.type == "heading_open" and t.tag != "h1") for t in doc.tokens)


def _signs(lines: list[str]) -> Iterator[tuple[str, int]]:
    """(sign, line offset) for one paragraph's lines."""
    widths = [len(line.strip()) for line in lines]
    if len(lines) >= LONG_PARAGRAPH:
        yield "long", 0
    for index, line in enumerate(lines):
        text = line.strip()
        if text.startswith(_BULLETS):
            yield "bullet", index
        elif index + 1 < len(lines) and _subheading(text, max(widths[index + 1:])):
            yield "subheading", index


def _subheading(text: str, following: int) -> bool:
    """A short line without closing punctuation, opening a run of much longer lines."""
    words = text.split()
    return (0 < len(words) <= 10 and text[:1].isupper() and not text.endswith(_CLOSING)
            and len(text) < 0.6 * following and following >= 50)


_PASTED = ("The talks resumed in spring after a long pause between the two delegations and their\n"
           "advisers, who had not met since the previous autumn in Geneva.\n"
           "What changed in March\n"
           "Both sides agreed to exchange prisoners and to reopen the consulates that had been\n"
           "closed during the dispute over the pipeline and the fishing rights.\n"
           "The reaction at home\n"
           "Opposition parties in both capitals criticised the deal as premature and called for\n"
           "a vote in parliament before any consulate reopened.\n")

CHECK = Check(
    id="unconverted-text",
    severity=Severity.WARNING,
    summary="the file looks like pasted plain text (convert it with `briefings import`)",
    run=run,
    must_flag=(_PASTED, "Ports:\n" + "".join(f"• port number {i} on the long western coast of the sea\n"
                                            for i in range(3))),
    must_pass=("## What changed in March\n\n" + _PASTED, "One paragraph that is wrapped at a fixed width\n"
               "as many editors do, with a second line\nand a third, ending here."),
)
