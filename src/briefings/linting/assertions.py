"""Asserting sentences of a briefing and whether each is covered by a citation.

This is also the API for per-briefing sourcing figures: `Document.assertions` lists every
asserting sentence (`Assertion.sentence`), its lines and whether a citation covers it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefings.linting import claims, sentences
from briefings.linting import signals as S
from briefings.linting.blocks import Block
from briefings.linting.reading import Unit, later_context, units
from briefings.linting.sentences import CITE
from briefings.linting.vocab import compile_vocabulary

_PRONOUN = re.compile(r"(?:It|This|They|These)\s")
_ABOUT_BRIEFING = "describes the briefing itself"

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
    end0: int = -1  # 0-based body line where the sentence ends
    unit: int = 0  # the citation unit (block, or line of a paragraph written one sentence per line)
    order: int = 0  # position among the briefing's sentences

    @property
    def quotes(self) -> bool:
        """True when a quotation fired."""
        return "quotes someone" in self.verdict.signals

    @property
    def last0(self) -> int:
        """0-based body line of the sentence's end."""
        return max(self.end0, self.line0)


def find(doc: Document, *, cited_too: bool = True) -> list[Assertion]:
    """Asserting sentences outside opinion blocks, in source order; `cited_too=False` skips the
    units whose citation already covers every sentence (most of a well-sourced briefing) and gives
    exactly the uncited ones of `find(doc)`, in the same runs: a pronoun-led sentence after skipped
    units still learns whether the sentence before it described the briefing itself."""
    per_sentence = doc.config.scope == "sentence"
    vocab = compile_vocabulary(doc.config.contexts)
    found: list[Assertion] = []
    order = 0
    about_briefing = ""  # _ITSELF or _STEPS after a sentence that describes the briefing (`_about`)
    skipped: list[Unit] = []  # units skipped since the last sentence read
    for unit in units([b for b in doc.blocks if not b.opinion], vocab):
        block = unit.block
        unit_cited = block.covered or (CITE in unit.text if unit.own else block.cited)
        if not cited_too and unit_cited and (block.covered or not per_sentence):
            order += 2  # keep runs apart
            skipped.append(unit)
            continue
        caption = _caption(unit)  # the length of a caption line opening the unit (0: none)
        dated = ""  # a date label just read ("**March 2025.**"): the sentence after it is that date's entry
        for offset, sentence in sentences.split(unit.text):
            order += 1
            if offset < caption:  # the caption's words are no sentence; a sentence run on into the next line is
                about_briefing = ""
                offset, sentence = caption + 1, sentence[caption + 1 - offset:].strip()  # read from that line
                if not sentence:
                    continue
            text = sentence.replace(CITE, "")
            context = unit.context if not offset else later_context(unit, text)
            verdict = claims.assess(text, context)
            if dated and not verdict.is_assertion and not verdict.exempt:  # nothing else to say about it
                verdict = claims.assess(f"{dated} {text}", context)
            dated = text if verdict.exempt == "label" and "dated event" in S.numeric(text) else ""
            if verdict.is_assertion and _PRONOUN.match(sentence):
                if skipped:
                    about_briefing = _about_briefing_after(skipped, about_briefing)
                if about_briefing == _ITSELF or (about_briefing == _STEPS and _UNNAMED.search(text)):
                    verdict = claims.Verdict(exempt=_ABOUT_BRIEFING)  # "It closes with ...", "They asked not to be named."
            about_briefing, skipped = _about(text, verdict), []
            if not verdict.is_assertion:
                continue
            cited = block.covered or (CITE in sentence if per_sentence else unit_cited)
            line0 = unit.line0 + unit.text.count("\n", 0, offset)
            found.append(Assertion(block, line0, sentence, verdict, cited, line0 + sentence.count("\n"),
                                   unit.index if unit.own else -id(block), order))
    return found


def _about_briefing_after(skipped: list[Unit], before: str) -> str:
    """What the last sentence of these units makes of a pronoun after it (`_about`), as `find` would have read
    them one by one (a pronoun-led assertion carries the state of the sentence before it): read from the last
    sentence back, usually just that one."""
    for unit in reversed(skipped):
        for _, sentence in reversed(list(sentences.split(unit.text))):
            text = sentence.replace(CITE, "")
            pronoun = _PRONOUN.match(sentence)
            if not pronoun and not claims.may_describe_briefing(text):
                return ""  # most sentences: no need to read them
            verdict = claims.assess(text, unit.context)
            state = _about(text, verdict)
            if state:
                return state
            if not (verdict.is_assertion and pronoun):
                return ""
    return before


def _caption(unit: Unit) -> int:
    """The length of the unit's first line when it is a table's or figure's numbered caption, a title without a
    full stop ("Table A1. Scores and incidents by country, 2024", "Table 1. HWSC finances, 2018–2024 (MT m; 2022
    and 2023 restated)"), else 0; not a sentence after the number ("Table 4. Seizures rose by 30% in 2022.")."""
    line = unit.text.split("\n", 1)[0]
    match = _CAPTION.match(line.replace(CITE, "").strip()) if unit.block.kind == "paragraph" else None
    title = _BRACKETED.sub("", match.group(1).rstrip("*_ ")) if match else ""
    name, *rest = title.split(", ")
    return len(line) if title and not title.endswith((".", "!", "?")) and title.count(" ") < 25 \
        and all(_YEARS.fullmatch(part.strip()) for part in rest) and not claims.states_something(name) \
        and not claims.participle_or_count(name) else 0  # not "Figure 3. Selmark wins ...", "Map 1. Villages shelled ..."


_YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?")  # what may follow a caption's comma: "..., 2018–2024"
_BRACKETED = re.compile(r"\([^()]*\)")  # a caption's units and notes: "(MT m; 2022 and 2023 restated)"
_CAPTION = re.compile(r"\**(?:Table|Figure|Chart|Map|Graph|Exhibit|Box) [A-Z]?\d{1,2}[a-z]?\**[.:]\**\s+(\S.*)$")


def _about(text: str, verdict: claims.Verdict) -> str:
    """What a sentence that describes the briefing makes of a pronoun opening the next one: _ITSELF when the
    briefing is its subject ("This report covers 2024. It closes with ..."), _STEPS when it tells the authors' own
    step ("We spoke to 14 dockworkers. They asked not to be named."), after which "It" or "They" is whom or what
    they asked or read, a record unless it says what the sources asked of the authors (_UNNAMED: "We put the
    question to the Commission. It told us that ..." asserts); '' for any other sentence."""
    if verdict.exempt != _ABOUT_BRIEFING:
        return ""
    return _STEPS if _AUTHORS_ACT.match(text) else _ITSELF


_ITSELF, _STEPS = "itself", "steps"
_AUTHORS_ACT = re.compile(r"\W*(?:(?:" + "|".join(sorted(claims.BEFORE_WE)) + r")\W+)?we\b", re.IGNORECASE)
# what the authors' sources asked of them, or what their account draws on: after the authors' step, "They asked not to
# be named", "It draws on the court file" are no record (but "It told us ...", "They were all dismissed ..." are)
_UNNAMED = re.compile(r"\b(?:asked|agreed|spoke|requested|wished|preferred) (?:not to be (?:named|identified|quoted)|"
                      r"anonymity|on condition|to remain anonymous)\b|\bwere interviewed (?:separately|together|in (?:their|his|"
                      r"her) own language|through an interpreter)\b|^it (?:draws|is based|rests|relies) on\b", re.IGNORECASE)


def unsourced_blocks(doc: Document) -> list[list[Assertion]]:
    """Uncited assertions in runs: one per sentence (sentence scope), else consecutive asserting
    sentences of one citation unit on adjacent lines, so that a finding covers the sentences that need
    the source."""
    pending = [a for a in doc.unsourced if not a.cited]
    if doc.config.scope == "sentence":
        return [[a] for a in pending]
    runs: list[list[Assertion]] = []
    for item in pending:
        last = runs[-1][-1] if runs else None
        if last is not None and last.unit == item.unit and item.order == last.order + 1 and last.quotes == item.quotes \
                and item.line0 <= last.last0 + 1:  # not across a line left blank (a quotation's "\n>\n")
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


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
