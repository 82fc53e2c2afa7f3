"""Footnote definitions and references as written in the source, and whether a note names a source.

markdown-it drops empty and duplicate definitions and leaves undefined references as text, so
the integrity rules read the raw lines (outside code fences) instead of the token stream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A key stops at `[`: otherwise every `[^` of a line like "[^[^[^..." scans on to its end.
_DEF = re.compile(r"^ {0,3}\[\^([^\[\]\s]+)\]:[ \t]*(.*)$")
_REF = re.compile(r"\[\^([^\[\]\s]+)\](?!:)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_URL = re.compile(r"https?://\S+")
_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_TITLE = re.compile(r"\*[^*\s][^*]*\*|_[^_\s][^_]*_|[\"“][^\"”]{3,}[\"”]")
_INLINE_CODE = re.compile(r"`[^`]*`")
# a provision of a named legal text: "Constitution of the Republic of Tarvonia, Article 61", "Penal Code, section 12"
_STATUTES = r"(?:Constitution|Act|Code|Law|Decree|Regulations?|Treaty|Convention|Charter|Statute|Ordinance)"
# words a bracket may hold that name no country or body ("Act (Source Withheld), section 2")
_NOT_NAMES = (r"(?!United\b)(?:See|Ibid|Source|Sources|Withheld|Draft|To|Tbc|TBC|Confirmed|Translation|Annex|Above|Below|"
              r"Not|Our|My|Own|Pending|Confidential|Internal|Un\w*|Non\w*|\w+ed|\w+ing)\b")  # "(Unconfirmed)", "(Our Reading)"
_PROVISION = re.compile(r"^(?!(?:The )?" + _STATUTES + r" \()(?:The )?(?:[A-Z][\w'’-]* |of |the |and |on |\d{4} ){0,8}?" + _STATUTES
                        + r"(?: (?:of|on) (?:the )?[A-Z][\w'’ -]{0,60}?)?"
                        r"(?: \d{4})?(?: \((?!" + _NOT_NAMES + r")[A-Z][\w'’-]*(?: (?!" + _NOT_NAMES + r")[A-Z][\w'’-]*){0,2}\))?, (?:[Aa]rticles?|[Aa]rts?\.|[Ss]ections?|[Ss]ecs?\.|§§?|[Cc]lauses?|"
                        r"[Ss]chedules?|[Pp]aragraphs?|[Pp]aras?\.|[Rr]ules?) ?\d[\w.()]*(?:(?:, | and | to |–|-)\d[\w.()]*){0,4}\.?$")
# the text's name (its country in brackets: "Fisheries Act (Norland), sections 4 and 9"), a comma and its
# provisions, nothing more (not "The new law is discussed in section 3 of this briefing", "Code names are
# used for sources in section 5")


@dataclass(frozen=True)
class Definition:
    """One `[^id]: text` definition (continuation lines included) at a 0-based body line."""

    key: str
    text: str
    line0: int


@dataclass(frozen=True)
class Reference:
    """One `[^id]` reference at a 0-based body line and 1-based column."""

    key: str
    line0: int
    column: int


def scan(lines: list[str]) -> tuple[list[Definition], list[Reference]]:
    """All definitions and references outside fenced code, in source order."""
    definitions: list[Definition] = []
    references: list[Reference] = []
    fence = ""
    current: tuple[str, list[str], int] | None = None
    for i, line in enumerate(lines):
        if ("`" in line or "~" in line) and (opening := _FENCE.match(line)):
            if not fence or opening.group(1)[0] == fence[0]:
                fence = "" if fence else opening.group(1)
                continue
        if fence:
            continue
        match = _DEF.match(line) if "[^" in line else None
        if match:
            if current:
                definitions.append(_definition(current))
            current = (match.group(1), [match.group(2)], i)
        elif current and (line.startswith(("    ", "\t")) or (not line.strip() and _continues(lines, i))):
            current[1].append(line.strip())
        elif current:
            definitions.append(_definition(current))
            current = None
        if "[^" in line:
            references += _references(match.group(2) if match else line, line, i)
    if current:
        definitions.append(_definition(current))
    return definitions, references


def _references(body: str, line: str, i: int) -> list[Reference]:
    offset = len(line) - len(body)
    if "`" in body:  # a reference inside inline code is not one
        body = _INLINE_CODE.sub(lambda m: " " * len(m.group(0)), body)
    return [Reference(ref.group(1), i, offset + ref.start() + 1) for ref in _REF.finditer(body)]


def _continues(lines: list[str], i: int) -> bool:
    """A blank line inside a definition continues it when the next line is indented."""
    return i + 1 < len(lines) and lines[i + 1].startswith(("    ", "\t"))


def _definition(current: tuple[str, list[str], int]) -> Definition:
    key, parts, line0 = current
    return Definition(key, " ".join(p for p in parts if p).strip(), line0)


def names_source(text: str, key: str, source_ids: set[str]) -> bool:
    """True when a note's text is a URL, bibliographic text, or its key is a front-matter source."""
    if key in source_ids or _URL.search(text):
        return True
    has_year = bool(_YEAR.search(text))
    has_title = bool(_TITLE.search(text))
    return (has_year and (has_title or "," in text)) or (has_title and len(text.split()) >= 3) \
        or _PROVISION.match(text.strip()) is not None
