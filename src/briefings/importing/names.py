"""People's names in a byline ("By Jane Roe and John Doe | 3 May 2024") or an author bio
("Jane Roe is a senior fellow at ..."), for the `authors` of an imported briefing."""

from __future__ import annotations

import re

_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "al", "el", "bin", "ibn", "la", "le", "y", "ter"}
_HONORIFICS = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Ambassador|General|Gen)\.?\s+")
_ROLES = re.compile(r"\b(?:fellow|editor|correspondent|director|researcher|professor|analyst|staff|reporter|"
                    r"writer|contributor|associate|senior|chief|head|team|desk|bureau|news|press|agency|"
                    r"updated|published)\b", re.IGNORECASE)
_WORD = re.compile(r"^(?:[A-Z][\w'’.\-]*|[A-Z]\.)$")
# Where a bio's opening name ends: its verb, or the comma before an apposition.
_NAME_END = re.compile(r",|\s(?:is|was|are|were|has|had|have|serves|served|leads|led|directs|teaches|taught|"
                       r"works|worked|writes|wrote|covers|covered|holds|joined|received|studied|specializes|"
                       r"specialises|focuses|reports|researches)\b")
_BYLINE_END = re.compile(r"\s*(?:\||•|·|—|–|\s-\s|\bon\s+\w+\s+\d|\bupdated\b|\bpublished\b|\d{1,2}\s+\w+\s+\d{4}|"
                         r"\w+\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2}).*$", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)\s*")


def is_name(text: str) -> bool:
    """Two to five capitalised words (initials and particles such as 'van' allowed)."""
    words = text.split()
    if not 2 <= len(words) <= 5 or _ROLES.search(text):
        return False
    return bool(_WORD.match(words[0])) and all(_WORD.match(w) or w in _PARTICLES for w in words[1:])


def names_in_byline(text: str) -> list[str]:
    """The names of a byline's text (after "By"), without dates, places or roles."""
    text = _BYLINE_END.sub("", text).strip()
    return _names(_SPLIT.split(text))


def names_in_bio(bio: str) -> list[str]:
    """The names that open the paragraphs of an "About the Author(s)" text."""
    found: list[str] = []
    for paragraph in bio.split("\n\n"):
        head = _NAME_END.split(paragraph.strip(), maxsplit=1)[0]
        found += [n for n in _names(_SPLIT.split(head)) if n not in found]
    return found


def _names(parts: list[str]) -> list[str]:
    names = [_HONORIFICS.sub("", p.strip(" .,;:")) for p in parts]
    return [n for n in names if is_name(n)]
