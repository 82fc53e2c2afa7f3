"""The record each edition carries (`briefings-edition.json`): its source commit and its briefings.

What changed between two editions is computed from their records, so it reflects exactly what
readers saw, whatever happened to the branch history of the sources since.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from briefings.library import Briefing, Library
from briefings.linting import config_of
from briefings.linting.config import LintConfig
from briefings.linting.document import Document
from briefings.linting.sentences import CITE

MANIFEST_FILE = "briefings-edition.json"
_SPACE = re.compile(r"\s+")


@dataclass
class BriefingRecord:
    """One briefing as published in an edition."""

    rel: str
    title: str
    url: str
    digest: str
    updated: str = ""
    sources: list[str] = field(default_factory=list)
    assertions: list[str] = field(default_factory=list)


@dataclass
class Manifest:
    """An edition's record: name, title, source commit and the briefings it contains."""

    edition: str
    title: str
    source_commit: str
    published: str
    dirty: bool = False
    briefings: dict[str, BriefingRecord] = field(default_factory=dict)

    def to_json(self) -> str:
        """Stable JSON text."""
        return json.dumps(asdict(self), indent=1, sort_keys=True, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Parse a record written by to_json."""
        data: dict[str, Any] = json.loads(text)
        records = {rel: BriefingRecord(**item) for rel, item in data.pop("briefings", {}).items()}
        return cls(**data, briefings=records)


def of_library(library: Library, *, edition: str, title: str, source_commit: str, published: str,
               dirty: bool, directory_urls: bool = True) -> Manifest:
    """The record of the briefings of an (already filtered) library."""
    config = config_of(library)
    records = {b.rel: record(b, config, directory_urls=directory_urls) for b in library.briefings}
    return Manifest(edition, title, source_commit, published, dirty, records)


def record(briefing: Briefing, config: LintConfig, *, directory_urls: bool = True) -> BriefingRecord:
    """Title, page URL, content digest, source ids and assertion digests of one briefing."""
    updated = briefing.updated.isoformat() if briefing.updated else ""
    return BriefingRecord(
        rel=briefing.rel, title=briefing.title, url=page_url(briefing.rel, directory_urls=directory_urls),
        digest=hashlib.sha256(briefing.text.encode("utf-8")).hexdigest(), updated=updated,
        sources=sorted(str(s.get("id", "")) for s in briefing.sources if s.get("id")),
        assertions=assertions(briefing, config),
    )


def assertions(briefing: Briefing, config: LintConfig) -> list[str]:
    """Digests of the briefing's assertions, as the lint finds them (asserting sentences)."""
    doc = Document(briefing, config.for_briefing(briefing.meta))
    found = []
    for assertion in doc.assertions:
        text = _SPACE.sub(" ", assertion.sentence.replace(CITE, "")).strip()
        found.append(hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
    return found


def page_url(rel: str, *, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a docs-relative Markdown path, relative to the site root."""
    path = PurePosixPath(rel)
    if path.name in ("index.md", "README.md"):
        stem = path.parent.as_posix()
        target = "" if stem == "." else f"{stem}/"
        return quote(target if directory_urls else f"{target}index.html")
    stem = path.with_suffix("").as_posix()
    return quote(f"{stem}/" if directory_urls else f"{stem}.html")
