"""The record each edition carries (`briefings-edition.json`): its source commit and its briefings.

What changed between two editions is computed from their records, so it reflects exactly what
readers saw, whatever happened to the branch history of the sources since.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import MISSING, asdict, dataclass, field, fields
from pathlib import PurePosixPath
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import quote

from briefings.errors import ToolError
from briefings.library import Briefing, Library
from briefings.linting import config_of
from briefings.linting.config import LintConfig
from briefings.linting.document import Document
from briefings.linting.runner import Claimed
from briefings.publishing import shards
from briefings.linting.sentences import CITE

MANIFEST_FILE = "briefings-edition.json"
# The briefings' records, apart from the header, in shards (by a hash of the briefing's path):
# the same files (git blobs) in every edition where no briefing changed, and one edited briefing
# rewrites one shard. One line per briefing, so that git's deltas stay small too.
RECORDS_DIR = "briefings-records"
RECORDS_PER_SHARD = 16
_RECORDS_NAME = re.compile(r"^briefings-records(?:\.json|/\d{1,6}\.json)$")
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

    def files(self) -> dict[str, str]:
        """The edition's files: the header (MANIFEST_FILE, listing the shards) and the records' shards."""
        count = shards.count_for(len(self.briefings), RECORDS_PER_SHARD)
        lines: list[list[str]] = [[] for _ in range(count)]
        for rel, rec in sorted(self.briefings.items()):
            text = json.dumps(asdict(rec), sort_keys=True, ensure_ascii=False)
            lines[shards.shard_of(rel, count)].append(f"{json.dumps(rel, ensure_ascii=False)}: {text}")
        names = [shards.name(RECORDS_DIR, n, count) for n in range(count)]
        head = {k: v for k, v in asdict(self).items() if k != "briefings"}
        head["records"] = names
        files = {MANIFEST_FILE: json.dumps(head, indent=1, sort_keys=True, ensure_ascii=False) + "\n"}
        for name, shard in zip(names, lines):
            files[name] = "{\n" + ",\n".join(shard) + "\n}\n" if shard else "{}\n"
        return files

    @classmethod
    def read(cls, read: Callable[[str], bytes | None], where: str) -> Manifest | None:
        """The record from an edition's files (`read(name)` -> bytes or None), either form; None
        without a header; ToolError naming `where` (the folder) when it cannot be read."""
        head = read(MANIFEST_FILE)
        if head is None:
            return None
        try:
            named = json.loads(head).get("records")
        except (ValueError, AttributeError):
            named = None
        names = [named] if isinstance(named, str) else named
        if not isinstance(names, list) or not all(isinstance(n, str) and _RECORDS_NAME.match(n) for n in names):
            return cls.from_json(head, f"{where}/{MANIFEST_FILE}")  # the one-file form (or damaged)
        merged = json.loads(head)
        merged["briefings"] = {}
        for name in names:
            data = read(name)
            if data is None:
                raise ToolError(f"{where}/{name}: missing, though {MANIFEST_FILE} names it",
                                hint="republish that edition with --force to write a new record")
            try:
                part = json.loads(data)
                if not isinstance(part, dict):
                    raise ValueError("expected a JSON object")
            except ValueError as exc:
                raise ToolError(f"{where}/{name}: not a readable edition record: {exc}",
                                hint="republish that edition with --force to write a new record") from None
            merged["briefings"].update(part)
        return cls.from_json(json.dumps(merged), f"{where}/{names[0] if names else MANIFEST_FILE}")

    @classmethod
    def from_json(cls, text: str | bytes, where: str = MANIFEST_FILE) -> Manifest:
        """Parse a record written by to_json (keys it does not know are ignored); ToolError naming `where`."""
        try:
            data = _known_fields(cls, json.loads(text))
            items = data.pop("briefings", {})
            if not isinstance(items, dict):
                raise ValueError("briefings must be an object")
            records = {rel: BriefingRecord(**_known_fields(BriefingRecord, item)) for rel, item in items.items()}
        except ValueError as exc:  # also JSONDecodeError and UnicodeDecodeError
            raise ToolError(f"{where}: not a readable edition record: {exc}",
                            hint="republish that edition with --force to write a new record") from None
        return cls(**data, briefings=records)


_TYPES: dict[str, type | tuple[type, ...]] = {"str": str, "bool": bool, "list[str]": list}


def _known_fields(cls: type, data: object) -> dict[str, Any]:
    """The values of the dataclass's fields found in `data`, with their types checked; ValueError if wrong."""
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, found {type(data).__name__}")
    found: dict[str, Any] = {}
    for spec in fields(cls):
        if spec.name not in data:
            if spec.default is MISSING and spec.default_factory is MISSING:
                raise ValueError(f"{spec.name} is missing")
            continue
        value = data[spec.name]
        expected = _TYPES.get(str(spec.type))
        wrong = expected is not None and not isinstance(value, expected)
        if wrong or (isinstance(value, list) and not all(isinstance(v, str) for v in value)):
            raise ValueError(f"{spec.name} has the wrong type ({type(value).__name__})")
        found[spec.name] = value
    return found


def of_library(library: Library, *, edition: str, title: str, source_commit: str, published: str,
               dirty: bool, directory_urls: bool = True,
               claims: Mapping[str, Sequence[Claimed]] | None = None) -> Manifest:
    """The record of the briefings of an (already filtered) library; `claims` (label -> asserting
    sentences, from the gate's lint) saves parsing each briefing again."""
    config = config_of(library)
    known = claims or {}
    records = {b.rel: record(b, config, directory_urls=directory_urls, claims=known.get(b.label))
               for b in library.briefings}
    return Manifest(edition, title, source_commit, published, dirty, records)


def record(briefing: Briefing, config: LintConfig, *, directory_urls: bool = True,
           claims: Sequence[Claimed] | None = None) -> BriefingRecord:
    """Title, page URL, content digest, source ids and assertion digests of one briefing."""
    updated = briefing.updated.isoformat() if briefing.updated else ""
    sentences = [s for s, _ in claims] if claims is not None else _sentences(briefing, config)
    return BriefingRecord(
        rel=briefing.rel, title=briefing.title, url=page_url(briefing.rel, directory_urls=directory_urls),
        digest=hashlib.sha256(briefing.text.encode("utf-8")).hexdigest(), updated=updated,
        sources=sorted(str(s.get("id", "")) for s in briefing.sources if s.get("id")),
        assertions=[digest(s) for s in sentences],
    )


def assertions(briefing: Briefing, config: LintConfig) -> list[str]:
    """Digests of the briefing's assertions, as the lint finds them (asserting sentences)."""
    return [digest(s) for s in _sentences(briefing, config)]


def digest(sentence: str) -> str:
    """The short digest that identifies an asserting sentence (citations and spacing do not count)."""
    text = _SPACE.sub(" ", sentence.replace(CITE, "")).strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _sentences(briefing: Briefing, config: LintConfig) -> list[str]:
    return [a.sentence for a in Document(briefing, config.for_briefing(briefing.meta)).assertions]


def page_url(rel: str, *, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a docs-relative Markdown path, relative to the site root."""
    path = PurePosixPath(rel)
    if path.name in ("index.md", "README.md"):
        stem = path.parent.as_posix()
        target = "" if stem == "." else f"{stem}/"
        return quote(target if directory_urls else f"{target}index.html")
    stem = path.with_suffix("").as_posix()
    return quote(f"{stem}/" if directory_urls else f"{stem}.html")
