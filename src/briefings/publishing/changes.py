"""What changed in an edition: briefings added, updated and removed since the previous edition, and
for each updated briefing the assertions (sentences that state a checkable fact) and sources that
were added or removed.

The comparison is a pure function of per-briefing sourcing records (`briefings.sourcing`: the
assertions with a sourced flag, and the sources), as kept in each edition's record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from urllib.parse import quote

from briefings.publishing.manifest import BriefingRecord, Manifest
from briefings.sourcing import Claim, Source, Sourcing

PAGE_URI = "what-changed.md"
PAGE_TITLE = "What changed in this edition"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


@dataclass
class ClaimDiff:
    """How one briefing's assertions and sources differ between two versions."""

    added: list[Claim] = field(default_factory=list)
    removed: list[Claim] = field(default_factory=list)
    now_sourced: list[str] = field(default_factory=list)  # kept, and a citation covers it now
    now_unsourced: list[str] = field(default_factory=list)  # kept, and its citation is gone
    sources_added: list[Source] = field(default_factory=list)
    sources_removed: list[Source] = field(default_factory=list)


def diff(before: Sourcing | None, after: Sourcing | None) -> ClaimDiff:
    """Assertions (by text, counted with repeats) and sources (by id and title) added and removed."""
    old = _flags(before.claims if before else [])
    new = _flags(after.claims if after else [])
    result = ClaimDiff()
    for text, flags in new.items():
        kept = old.get(text, [])
        result.added += [Claim(text, f) for f in flags[len(kept):]]
        for was, now in zip(kept, flags):
            if was != now:
                (result.now_sourced if now else result.now_unsourced).append(text)
    for text, flags in old.items():
        result.removed += [Claim(text, f) for f in flags[len(new.get(text, [])):]]
    olds, news = (before.sources if before else []), (after.sources if after else [])
    result.sources_added = [s for s in news if not any(_same(s, o) for o in olds)]
    result.sources_removed = [s for s in olds if not any(_same(s, n) for n in news)]
    return result


def _same(one: Source, other: Source) -> bool:
    """The same source: the same id and title (another report under an old id is another source: it was
    listed as no change at all); a title unknown to a record (its id stands in) matches any."""
    return one.id == other.id and (one.title == other.title or one.id in (one.title, other.title))


def _flags(claims: list[Claim]) -> dict[str, list[bool]]:
    """Text -> the sourced flag of each occurrence, in order (dicts keep the first-seen order)."""
    found: dict[str, list[bool]] = {}
    for claim in claims:
        found.setdefault(claim.text, []).append(claim.sourced)
    return found


@dataclass
class Change:
    """One briefing that differs between two editions (`claims` None: the older record has no texts)."""

    kind: str  # added, updated or removed
    record: BriefingRecord
    claims: ClaimDiff | None = None

    @property
    def assertions_added(self) -> int:
        """Assertions added."""
        return len(self.claims.added) if self.claims else 0

    @property
    def assertions_removed(self) -> int:
        """Assertions removed."""
        return len(self.claims.removed) if self.claims else 0

    @property
    def sources_added(self) -> list[str]:
        """Ids of the sources added."""
        return [s.id for s in self.claims.sources_added] if self.claims else []

    @property
    def sources_removed(self) -> list[str]:
        """Ids of the sources removed."""
        return [s.id for s in self.claims.sources_removed] if self.claims else []


@dataclass
class Changes:
    """The difference between an edition and the one before it (None: this is the first)."""

    edition: Manifest
    previous: Manifest | None
    items: list[Change] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Change]:
        """The changes of one kind, by title."""
        return sorted((c for c in self.items if c.kind == kind), key=lambda c: c.record.title.lower())


def compare(previous: Manifest | None, edition: Manifest) -> Changes:
    """Briefings added, updated and removed between two edition records."""
    changes = Changes(edition, previous)
    old = previous.briefings if previous else {}
    for rel, new in edition.briefings.items():
        before = old.get(rel)
        if before is None:
            changes.items.append(Change("added", new, diff(None, new.sourcing())))
        elif before.digest != new.digest:
            comparable = before.has_claims and new.has_claims
            changes.items.append(Change("updated", new, diff(before.sourcing(), new.sourcing()) if comparable else None))
    if previous is not None:
        changes.items += [Change("removed", rec, diff(rec.sourcing(), None)) for rel, rec in old.items()
                          if rel not in edition.briefings]
    return changes


def counts(change: Change) -> str:
    """e.g. "+3 / -1 assertions, +2 / -0 sources"."""
    if change.claims is None:
        return "assertions and sources not compared (the older edition's record does not list them)"
    return (f"+{change.assertions_added} / -{change.assertions_removed} assertions, "
            f"+{len(change.sources_added)} / -{len(change.sources_removed)} sources")


def detail_lines(claims: ClaimDiff) -> list[str]:
    """One plain line per changed assertion or source, e.g. 'assertion added (sourced): "..."'."""
    lines = [f'assertion added ({_sourced(c.sourced)}): "{c.text}"' for c in claims.added]
    lines += [f'assertion removed ({_sourced(c.sourced)}): "{c.text}"' for c in claims.removed]
    lines += [f'assertion now sourced: "{t}"' for t in claims.now_sourced]
    lines += [f'assertion no longer sourced: "{t}"' for t in claims.now_unsourced]
    lines += [f'source added: "{s.title}"' for s in claims.sources_added]
    lines += [f'source removed: "{s.title}"' for s in claims.sources_removed]
    return lines


def _sourced(flag: bool) -> str:
    return "sourced" if flag else "unsourced"


def summary(changes: Changes) -> str:
    """The plain-text summary `briefings publish` prints."""
    head = f"What changed in {changes.edition.title} ({changes.edition.edition})"
    if changes.previous is None:
        lines = [f"{head}:", f"  This is the first edition: all {len(changes.edition.briefings)} briefings are new."]
        lines += [f"  added    {r.title} ({r.rel})" for r in _by_title(changes.edition)]
        return "\n".join(lines)
    lines = [f"{head} since {changes.previous.title} ({changes.previous.edition}):"]
    for kind in ("added", "updated", "removed"):
        for change in changes.of_kind(kind):
            lines.append(f"  {kind:8} {change.record.title} ({change.record.rel}): {counts(change)}")
            if kind == "updated" and change.claims:
                lines += [f"             {line}" for line in detail_lines(change.claims)]
    if len(lines) == 1:
        lines.append("  No briefing changed.")
    return "\n".join(lines)


def _by_title(edition: Manifest) -> list[BriefingRecord]:
    return sorted(edition.briefings.values(), key=lambda r: (r.title.casefold(), r.rel))


def page(changes: Changes, *, directory_urls: bool = True) -> str:
    """The Markdown of the "What changed in this edition" page."""
    edition = changes.edition
    parts = [f"# {PAGE_TITLE}\n", f"{escape(edition.title)} (`{edition.edition}`), built from source commit "
             f"`{edition.source_commit[:12] or 'unknown'}`{' with uncommitted changes' if edition.dirty else ''}.\n"]
    if changes.previous is None:
        count = len(edition.briefings)
        parts.append(f"This is the first edition of the library. It contains {count} "
                     f"briefing{'' if count == 1 else 's'}:\n")
        parts.append("\n".join(f"- {_md_link(r)}: {_totals(r.sourcing())}" for r in _by_title(edition)) or "None.")
        return "\n".join(parts) + "\n"
    parts.append(f"Changes since the {escape(changes.previous.title)} (`{changes.previous.edition}`). "
                 "Assertions are the sentences that state a checkable fact, as `briefings lint` finds them; "
                 "*sourced* ones have a citation.\n")
    for kind in ("added", "updated", "removed"):
        items = changes.of_kind(kind)
        parts.append(f"## {kind.capitalize()} ({len(items)})\n")
        parts.append("\n".join(_item(c, changes.previous.edition, directory_urls) for c in items) or "None.\n")
    return "\n".join(parts)


def _item(change: Change, previous: str, directory_urls: bool) -> str:
    record = change.record
    if change.kind == "removed":  # the page exists only in the previous edition
        up = "../../" if directory_urls else "../"
        link = f'<a href="{escape(up + previous + "/" + record.url, quote=True)}">{escape(record.title)}</a>'
    else:
        link = _md_link(record)
    if change.kind != "updated":
        figures = record.sourcing()
        return f"- {link}: {_totals(figures)}\n" if record.has_claims else f"- {link}\n"
    lines = [f"### {link}\n", f"{counts(change)}.\n"]
    if change.claims:
        lines.append(_claim_list(change.claims))
    return "\n".join(lines)


def _claim_list(claims: ClaimDiff) -> str:
    items = [("added", f"Assertion added, {_sourced(c.sourced)}", _quote(c.text)) for c in claims.added]
    items += [("removed", f"Assertion removed, {_sourced(c.sourced)}", _quote(c.text)) for c in claims.removed]
    items += [("sourced", "Now sourced", _quote(t)) for t in claims.now_sourced]
    items += [("unsourced", "No longer sourced", _quote(t)) for t in claims.now_unsourced]
    items += [("source-added", "Source added", f"<cite>{escape(s.title)}</cite>") for s in claims.sources_added]
    items += [("source-removed", "Source removed", f"<cite>{escape(s.title)}</cite>") for s in claims.sources_removed]
    if not items:
        return "No assertion or source changed (wording or layout only).\n"
    lines = [f'<li class="briefing-change briefing-change--{kind}"><strong>{label}:</strong> {text}</li>'
             for kind, label, text in items]
    return '<ul class="briefing-changes">\n' + "\n".join(lines) + "\n</ul>\n"


def _quote(text: str) -> str:
    return f"<q>{escape(text)}</q>"


def _totals(figures: Sourcing) -> str:
    return (f"{_plural(figures.found, 'assertion')} ({figures.sourced} sourced, {figures.unsourced} unsourced), "
            f"{_plural(len(figures.sources), 'source')}.")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _md_link(record: BriefingRecord) -> str:
    title = _MARKDOWN_SPECIAL.sub(r"\\\1", record.title)
    return f"[{title}]({_md_target(record.rel)})"


def _md_target(rel: str) -> str:
    """The page's path as a Markdown link target MkDocs resolves: every character that could end or
    change it (space, `#`, `?`, `%`, brackets, tabs, newlines) percent-encoded."""
    return quote(rel, safe="/")
