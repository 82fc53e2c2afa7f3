"""Does a sentence assert a checkable fact? Rules only, and every verdict names its signal.

`assess(sentence)` returns the signals that fired ("states a number", "quotes someone", ...) or,
when the sentence is not an assertion, why not ("question", "forecast", ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.linting import signals as S
from briefings.linting import words as W

_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’\-]*")
_META = re.compile(r"^(?:this|the following|these|the present) (?:briefing|page|section|list|table|summary|"
                   r"overview|report|note)s?\b|\b(?:summari[sz]ed|listed|described|set out|discussed) "
                   r"(?:below|above|here|in this)", re.IGNORECASE)
_OPEN_QUESTION = re.compile(r"\b(?:disagree|differ|debate|debated|ask|asked|wonder|unclear|unknown|"
                            r"uncertain|open question)\b[^.;]*?\b(?:why|whether|how|if)\b", re.IGNORECASE)
_XREF_ONLY = re.compile(r"^(?:see\s+(?:also\s+)?)?crossref(?:\s*(?:\([^)]*\)|[-–—:,]\s*[a-z][^.]*))?[.;]?$",
                        re.IGNORECASE)
_DISCOURSE = re.compile(r"^(?:(?:" + "|".join(re.escape(d) for d in W.DISCOURSE) + r")\b[\s,.—–-]*)+",
                        re.IGNORECASE)
_NORMATIVE = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in W.NORMATIVE) + r")\b")
_REPORTED = frozenset("said wrote told announced stated pledged promised threatened warned vowed "
                      "declared reported claimed insisted".split())


@dataclass(frozen=True)
class Verdict:
    """Signals that make a sentence an assertion, or why it is not one."""

    signals: tuple[str, ...] = ()
    exempt: str = ""

    @property
    def is_assertion(self) -> bool:
        """True when at least one signal fired and nothing exempts the sentence."""
        return bool(self.signals) and not self.exempt


def assess(sentence: str, *, fragment_ok: bool = False) -> Verdict:
    """Signals of a checkable fact in one sentence; `fragment_ok` for list items without a subject."""
    text = sentence.strip().strip("*_ ").strip()
    words = _WORD.findall(text)
    if not words:
        return Verdict(exempt="no words")
    lower = [w.lower().strip("'’-") for w in words]
    quote = S.quote(text)
    numeric = S.numeric(text)
    exempt = _exemption(text, lower, quote, numeric)
    if exempt:
        return Verdict(exempt=exempt)
    signals = [s for s in (quote, *numeric, S.superlative(lower), S.causal(text), S.change(lower),
                           S.comparison(text), S.vague(text)) if s]
    verb = any(S.is_verb(w) for w in lower)
    entity = S.entity(words, lower) if any(S.is_event_verb(w) for w in lower) else ""
    if entity:
        signals.append(f"names '{entity}' doing or being something")
    if fragment_ok and not signals and S.is_event_verb(lower[0]) and lower[0] not in W.IMPERATIVES:
        signals.append(f"states an action ('{words[0]}')")
    if signals and not verb and not quote and not numeric:
        return Verdict(exempt="topic without a verb")
    if not verb and not quote and len(words) <= 4 and text.endswith((".", ":")):
        return Verdict(exempt="label")  # "**20 January 2025.**" heading a timeline item
    certainty = S.certainty(text)
    return Verdict(signals=tuple(signals) + ((certainty,) if signals and certainty else ()))


def _exemption(text: str, lower: list[str], quote: str, numeric: list[str]) -> str:
    if _XREF_ONLY.match(text):
        return "cross-reference"
    if text.rstrip(")]\"”’ ").endswith("?"):
        return "question"
    core = _DISCOURSE.sub("", text).lower()
    if core.startswith(W.HYPOTHESIS_STARTS):
        return "hypothesis"
    if _META.search(text):
        return "describes the briefing itself"
    if _OPEN_QUESTION.search(text):
        return "frames an open question"
    if text.endswith(":") and len(lower) <= 6:
        return "label"
    if quote:
        return ""  # a quotation always needs its source
    first = core.split(" ", 1)[0].strip(",;:")
    if first in W.IMPERATIVES and len(lower) > 1:
        return "imperative"
    if core.startswith(W.OPINION):
        return "opinion of the speaker"
    amounts = [n for n in numeric if n != "names a dated event"]  # plans and forecasts may name a date
    if _NORMATIVE.search(core) and not amounts:
        return "prescription, not a statement of fact"
    if not amounts and any(w in W.FORECAST for w in lower) and not any(w in _REPORTED for w in lower):
        return "forecast"
    return ""
