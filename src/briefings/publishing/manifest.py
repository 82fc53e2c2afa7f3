"""The record each edition carries (`briefings-edition.json`): its source commit and its briefings.

What changed between two editions is computed from their records, so it reflects exactly what
readers saw, whatever happened to the branch history of the sources since.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import MISSING, asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from briefings import sourcing
from briefings.errors import ToolError
from briefings.library import Briefing, Library
from briefings.links.addresses import page_url as page_url  # also publishing's
from briefings.linting import config_of
from briefings.linting.runner import Claimed
from briefings.publishing import shards
from briefings.tools import git, mike
from briefings.sourcing import Claim, Source, Sourcing

MANIFEST_FILE = "briefings-edition.json"
# The briefings' records, apart from the header, one file per briefing at a path made from a hash of
# its path (shards.item_name): an unchanged briefing's record is the same file (git blob) in every
# edition, and one edited briefing rewrites its own. RECORDS_INDEX lists them, and stays the same
# file while no briefing is added or removed; the header (which names the edition) does not list them.
RECORDS_DIR = "briefings-records"
RECORDS_INDEX = f"{RECORDS_DIR}/index.json"
_RECORDS_NAME = re.compile(r"^briefings-records(?:\.json|/\d{1,6}\.json|/[0-9a-f]/[0-9a-f]/[0-9a-f]{16}\.json)$")


@dataclass
class BriefingRecord:
    """One briefing as published in an edition."""

    rel: str
    title: str
    url: str
    digest: str
    updated: str = ""
    sources: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)  # the assertions as plain text, in order
    unsourced: list[str] = field(default_factory=list)  # those of `claims` no citation covers
    source_titles: dict[str, str] = field(default_factory=dict)  # source id -> title
    section: str = ""
    has_claims: bool = False  # False in records written before claims were kept

    def sourcing(self) -> Sourcing:
        """The record as the per-briefing sourcing figures it was made from."""
        open_ = Counter(self.unsourced)
        claims = []
        for text in self.claims:
            claims.append(Claim(text, open_[text] <= 0))
            open_[text] -= 1
        sources = [Source(sid, self.source_titles.get(sid, sid)) for sid in self.sources]
        return Sourcing(self.rel, self.title, self.section, claims, sources)


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
        """The edition's files: the header (MANIFEST_FILE), RECORDS_INDEX and each briefing's record."""
        by_name: dict[str, dict[str, BriefingRecord]] = {}
        for rel, rec in sorted(self.briefings.items()):
            by_name.setdefault(shards.item_name(RECORDS_DIR, rel), {})[rel] = rec
        head = {k: v for k, v in asdict(self).items() if k != "briefings"}
        head["records_index"] = RECORDS_INDEX
        files = {MANIFEST_FILE: json.dumps(head, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                 RECORDS_INDEX: json.dumps(sorted(by_name), indent=0) + "\n"}
        for name, records in by_name.items():
            files[name] = json.dumps({rel: asdict(rec) for rel, rec in records.items()}, sort_keys=True,
                                     ensure_ascii=False) + "\n"
        return files

    @classmethod
    def read(cls, read: Callable[[str], bytes | None], where: str) -> Manifest | None:
        """The record from an edition's files (`read(name)` -> bytes or None), either form; None
        without a header; ToolError naming `where` (the folder) when it cannot be read."""
        head = read(MANIFEST_FILE)
        if head is None:
            return None
        try:
            header = json.loads(head)
            named = header.get("records")
            index = header.get("records_index")
        except (ValueError, AttributeError):
            named = index = None
        if index == RECORDS_INDEX:
            named = _index(read(RECORDS_INDEX), f"{where}/{RECORDS_INDEX}")
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


def _index(data: bytes | None, where: str) -> list[str]:
    """The names listed in RECORDS_INDEX; ToolError naming it when it is missing or damaged."""
    hint = "republish that edition with --force to write a new record"
    if data is None:
        raise ToolError(f"{where}: missing, though {MANIFEST_FILE} names it", hint=hint)
    try:
        names = json.loads(data)
    except ValueError as exc:
        raise ToolError(f"{where}: not a readable edition record: {exc}", hint=hint) from None
    if not isinstance(names, list) or not all(isinstance(n, str) and _RECORDS_NAME.match(n) for n in names):
        raise ToolError(f"{where}: not a readable edition record: expected a list of record file names", hint=hint)
    return names


def from_branch(root: Path, commit: str, edition: str, where: str) -> Manifest | None:
    """The record of `edition` as the branch holds it at `commit` (None without one), its
    per-briefing files read with a few git processes, not one per briefing; ToolError when damaged."""
    folder = git.read_tree(root, f"{commit}:{edition}/{RECORDS_DIR}")

    def read(name: str) -> bytes | None:
        inside = name.removeprefix(f"{RECORDS_DIR}/")
        if inside != name and inside in folder:
            return folder[inside]
        return mike.read_file(root, f"{edition}/{name}", branch=commit)

    return Manifest.read(read, where)


_TYPES: dict[str, type | tuple[type, ...]] = {"str": str, "bool": bool, "list[str]": list, "dict[str, str]": dict}


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
        items = (value.values() if isinstance(value, dict) else value) if expected in (list, dict) else []
        if wrong or not all(isinstance(v, str) for v in items):
            raise ValueError(f"{spec.name} has the wrong type ({type(value).__name__})")
        found[spec.name] = value
    return found


def of_library(library: Library, *, edition: str, title: str, source_commit: str, published: str,
               dirty: bool, directory_urls: bool = True, figures: list[Sourcing] | None = None,
               claims: Mapping[str, Sequence[Claimed]] | None = None) -> Manifest:
    """The record of the briefings of an (already filtered) library. Each briefing's figures are
    its record in `figures` (the sourcing figures, which leave out planned briefings) when there,
    else made from `claims` (label -> asserting sentences, from the gate's lint), which saves
    parsing it again, else from a parse here."""
    by_rel = {r.rel: r for r in figures} if figures is not None else {}
    known = claims or {}
    config = config_of(library)

    def figures_of(briefing: Briefing) -> Sourcing:
        if briefing.rel in by_rel:
            return by_rel[briefing.rel]
        if briefing.label in known:
            return sourcing.of_claims(briefing, known[briefing.label])
        return sourcing.of_briefing(briefing, config)

    records = {b.rel: record(b, figures_of(b), directory_urls=directory_urls) for b in library.briefings}
    return Manifest(edition, title, source_commit, published, dirty, records)


def record(briefing: Briefing, figures: Sourcing, *, directory_urls: bool = True) -> BriefingRecord:
    """Title, page URL, content digest, sources and assertions of one briefing."""
    updated = briefing.updated.isoformat() if briefing.updated else ""
    return BriefingRecord(
        rel=briefing.rel, title=briefing.title, url=page_url(briefing.rel, directory_urls=directory_urls),
        digest=hashlib.sha256(briefing.text.encode("utf-8")).hexdigest(), updated=updated,
        sources=sorted(s.id for s in figures.sources),
        claims=[c.text for c in figures.claims], unsourced=[c.text for c in figures.claims if not c.sourced],
        source_titles={s.id: s.title for s in figures.sources}, section=briefing.section, has_claims=True,
    )
