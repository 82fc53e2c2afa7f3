"""Asserting sentences of a briefing and whether each is covered by a citation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefings.linting import claims, sentences
from briefings.linting.blocks import Block
from briefings.linting.sentences import CITE

if TYPE_CHECKING:
    from briefings.linting.document import Document


@dataclass(frozen=True)
class Assertion:
    """One sentence that states a checkable fact."""

    block: Block
    line0: int  # 0-based body line of the sentence
    sentence: str
    verdict: claims.Verdict
    cited: bool  # under the briefing's citation scope

    @property
    def quotes(self) -> bool:
        """True when a quotation fired."""
        return "quotes someone" in self.verdict.signals


def find(doc: Document, *, cited_too: bool = True) -> list[Assertion]:
    """Asserting sentences outside opinion blocks, in source order; `cited_too=False` skips the
    blocks whose citation already covers every sentence (most of a well-sourced briefing)."""
    per_sentence = doc.config.scope == "sentence"
    found: list[Assertion] = []
    for block in doc.blocks:
        if block.opinion or (not cited_too and block.cited and (block.covered or not per_sentence)):
            continue
        first = True
        for line0, text in block.segments:
            for offset, sentence in sentences.split(text):
                verdict = claims.assess(sentence.replace(CITE, ""), fragment_ok=first and block.kind == "item")
                first = False
                if not verdict.is_assertion:
                    continue
                cited = block.covered or (CITE in sentence if per_sentence else block.cited)
                found.append(Assertion(block, line0 + text.count("\n", 0, offset), sentence, verdict, cited))
    return found


def unsourced_blocks(doc: Document) -> list[list[Assertion]]:
    """Uncited assertions grouped by block (block scope) or one per sentence (sentence scope)."""
    pending = [a for a in doc.unsourced if not a.cited]
    if doc.config.scope == "sentence":
        return [[a] for a in pending]
    groups: dict[int, list[Assertion]] = {}
    for item in pending:
        groups.setdefault(id(item.block), []).append(item)
    return list(groups.values())


def reason(doc: Document, group: list[Assertion]) -> str:
    """The signals that fired (first sentence first, at most three), and any footnote in the
    block that does not count as a citation because its note names no source."""
    seen: list[str] = []
    for item in group:
        seen += [s for s in item.verdict.signals if s not in seen]
    block = group[0].block
    names = doc.note_names_source
    weak = sorted({r.key for r in doc.notes[1] if block.line0 <= r.line0 < max(block.end0, block.line0 + 1)
                   and r.key in names and not names[r.key]})
    return "; ".join(seen[:3] + [f"footnote [^{key}] names no source" for key in weak])
