"""How well each briefing is sourced: its assertions (with a sourced flag) and its sources.

The figures come from the lint's own parse (`Document.assertions`, the list `briefings lint
--stats` counts), so the site's dashboard, each page's sourcing figure and "What changed" agree
with the lint. Everything downstream is a pure function of these records.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefings.library import Briefing, Library
from briefings.linting import config_of
from briefings.linting.config import LintConfig
from briefings.linting.document import Document
from briefings.linting.runner import Claimed
from briefings.linting.sentences import CITE

ENV_RECORDS = "BRIEFINGS_SOURCING"  # a JSON file of records computed once (by `briefings publish`)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"\*\*|__|`|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")


@dataclass(frozen=True)
class Claim:
    """One asserting sentence, as plain text, and whether a citation covers it."""

    text: str
    sourced: bool


@dataclass(frozen=True)
class Source:
    """One front-matter source: its id and title."""

    id: str
    title: str


@dataclass
class Sourcing:
    """The assertions and sources of one briefing."""

    rel: str
    title: str
    section: str
    claims: list[Claim] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    @property
    def found(self) -> int:
        """Assertions found."""
        return len(self.claims)

    @property
    def sourced(self) -> int:
        """Assertions a citation covers."""
        return sum(c.sourced for c in self.claims)

    @property
    def unsourced(self) -> int:
        """Assertions without a citation."""
        return self.found - self.sourced


def share(sourced: int, found: int) -> float | None:
    """The share sourced (0..1), None when there is nothing to source."""
    return sourced / found if found else None


def percent(sourced: int, found: int) -> str:
    """e.g. "86%", or "-" when there is nothing to source."""
    value = share(sourced, found)
    return "-" if value is None else f"{100 * value:.0f}%"


def of_briefing(briefing: Briefing, config: LintConfig) -> Sourcing:
    """The sourcing record of one briefing, from the lint's parse with its front-matter settings
    (as the lint applies them: a bad `lint:` block is ignored whole)."""
    doc = Document(briefing, config.checked_for(briefing)[0])
    claims = [Claim(plain(a.sentence), a.cited) for a in doc.assertions]
    return Sourcing(briefing.rel, briefing.title, briefing.section, claims, sources_of(briefing))


def of_library(library: Library, *, claims: Mapping[str, Sequence[Claimed]] | None = None) -> list[Sourcing]:
    """The sourcing records of every briefing, by section then title; `claims` (label -> asserting
    sentences, from a lint run with `stats=True`) saves parsing those briefings again."""
    config = config_of(library)
    known = claims or {}
    records = [of_claims(b, known[b.label]) if b.label in known else of_briefing(b, config)
               for b in library.briefings if b.status != "planned"]
    return _ordered(records)


def of_library_cached(library: Library) -> list[Sourcing]:
    """`of_library` from the lint's per-file cache (`lint(stats=True)` entries: `briefings lint
    --stats`, a publish's gate, an earlier build): only briefings without an entry for their current
    text and settings are checked, in worker processes, one per core, and their entries written so
    that the next build or lint reads them back. A check that ran out of its time budget is not
    cached; its record is computed here as `of_briefing` does. When the lint itself cannot run (a
    broken Vale configuration or binary), the figures are computed without it: the build does not
    depend on Vale."""
    from briefings.errors import BriefingsError
    from briefings.linting import checked_with_claims

    briefings = [b for b in library.briefings if b.status != "planned"]
    try:
        results = checked_with_claims(library, briefings)
    except BriefingsError:
        return of_library(library)
    config = config_of(library)
    return _ordered([of_claims(b, r.claims) if r.complete else of_briefing(b, config)
                     for b, r in zip(briefings, results)])


def _ordered(records: list[Sourcing]) -> list[Sourcing]:
    return sorted(records, key=lambda r: (r.section, r.title.casefold()))


def of_claims(briefing: Briefing, claimed: Sequence[Claimed]) -> Sourcing:
    """The sourcing record of a briefing from the asserting sentences a lint run kept."""
    return Sourcing(briefing.rel, briefing.title, briefing.section, [Claim(plain(s), cited) for s, cited in claimed],
                    sources_of(briefing))


def load_or_compute(library: Library) -> list[Sourcing]:
    """The records a publish computed once (ENV_RECORDS), else computed from the library now."""
    path = os.environ.get(ENV_RECORDS)
    if path:
        return from_json(Path(path).read_text("utf-8"))
    return of_library(library)


def to_json(records: list[Sourcing]) -> str:
    """Records as JSON text."""
    # what dataclasses.asdict gives, built directly (asdict deep-copies every claim: 4x slower)
    return json.dumps([{"rel": r.rel, "title": r.title, "section": r.section,
                        "claims": [{"text": c.text, "sourced": c.sourced} for c in r.claims],
                        "sources": [{"id": s.id, "title": s.title} for s in r.sources]} for r in records],
                      ensure_ascii=False)


def from_json(text: str) -> list[Sourcing]:
    """Records from `to_json` text."""
    return [Sourcing(item["rel"], item["title"], item["section"],
                     [Claim(str(c["text"]), bool(c["sourced"])) for c in item["claims"]],
                     [Source(str(s["id"]), str(s["title"])) for s in item["sources"]]) for item in json.loads(text)]


def sources_of(briefing: Briefing) -> list[Source]:
    """The front-matter sources with an id, in their written order."""
    return [Source(str(s["id"]), source_title(s)) for s in briefing.sources if s.get("id") is not None]


def source_title(source: dict[str, Any]) -> str:
    """A source's title, else its id."""
    title = source.get("title")
    return str(title).strip() if title else str(source.get("id", ""))


def plain(sentence: str) -> str:
    """A sentence as readers see it: citation markers, link targets and emphasis marks dropped,
    whitespace runs as one space. A build does this for every asserting sentence of the library
    (about 125 a briefing), so a pattern runs only when its marks occur."""
    text = sentence.replace(CITE, "")
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "*" in text or "__" in text or "`" in text:
        text = _MARKUP.sub("", text)
    return " ".join(text.split())  # str.split's whitespace is \s's
