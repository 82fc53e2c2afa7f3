"""The signals that make a sentence a checkable assertion; each returns the words that fired.

Kept apart from `claims`, which decides: these only look for evidence of a fact.
"""

from __future__ import annotations

import re

from briefings.linting import words as W

_QUOTE = re.compile(r"[\"“]([^\"“”]{3,600})[\"”]")
_PERCENT = re.compile(r"\d\s*%|\b(?:per\s?cent|percent|percentage)\b", re.IGNORECASE)
_AMOUNT = re.compile(r"[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:dollars|euros|pounds|rubles|roubles|bucks)\b", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")
_YEAR = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)(?:s|'s)?\b")
_MONTH_DATE = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|"
                         r"August|September|October|November|December)\b(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?"
                         r"(?:,?\s+\d{4})?")
_RELATIVE_DATE = re.compile(r"\b(?:yesterday|last (?:week|month|year|decade)|(?:a|one|two|three|ten) "
                            r"(?:years?|months?|decades?) ago)\b", re.IGNORECASE)
_CAUSAL = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in W.CAUSAL) + r")\b", re.IGNORECASE)
_CERTAINTY = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in W.CERTAINTY) + r")\b", re.IGNORECASE)
_VAGUE = re.compile(r"\b(?:" + re.sub(r"\s+", "", W.VAGUE_ATTRIBUTION) + r")\b",
                    re.IGNORECASE)
_COMPARISON = re.compile(r"\b(?:[a-z]{3,}er|more|less|fewer|worse|better)\s+than\b", re.IGNORECASE)


def quote(text: str) -> str:
    """'quotes someone' for a quotation of four words or more."""
    for match in _QUOTE.finditer(text):
        if len(match.group(1).split()) >= 4:
            return "quotes someone"
    return ""


def numeric(text: str) -> list[str]:
    """Percentages, amounts, dates and other numbers."""
    found = []
    if _PERCENT.search(text):
        found.append("states a percentage")
    if _AMOUNT.search(text):
        found.append("states an amount")
    dates = _YEAR.search(text) or _MONTH_DATE.search(text) and re.search(r"\d", text) or _RELATIVE_DATE.search(text)
    if dates:
        found.append("dated event")
    stripped = _YEAR.sub(" ", text)
    if not found and (_NUMBER.search(stripped) or any(w in W.SPELLED_NUMBERS for w in stripped.lower().split())):
        found.append("states a number")
    return found


def superlative(lower: list[str]) -> str:
    """Superlatives and uniqueness ("largest", "the first")."""
    for i, word in enumerate(lower):
        if word in W.SUPERLATIVES or (word in W.WEAK_SUPERLATIVES and i and lower[i - 1] in W.DETERMINERS):
            return f"superlative '{word}'"
    return ""


def causal(text: str) -> str:
    """Causal claims ("led to", "because")."""
    match = _CAUSAL.search(text)
    return f"causal claim '{match.group(0)}'" if match else ""


def change(lower: list[str]) -> str:
    """Changes stated as done ("rose", "cut"), not planned ("to cut")."""
    for i, word in enumerate(lower):
        if word in W.CHANGE_VERBS and not (i and lower[i - 1] in ("to", "will", "would", "could", "can")):
            return f"states a change ('{word}')"
    return ""


def comparison(text: str) -> str:
    """Comparisons ("higher than")."""
    match = _COMPARISON.search(text)
    return f"makes a comparison ('{match.group(0)}')" if match else ""


def vague(text: str) -> str:
    """Vague attributions ("critics argue")."""
    match = _VAGUE.search(text)
    return f"vague attribution '{match.group(0)}'" if match else ""


def certainty(text: str) -> str:
    """Certainty language ("clearly"); supports other signals, never fires alone."""
    match = _CERTAINTY.search(text)
    return f"certainty word '{match.group(0)}'" if match else ""
