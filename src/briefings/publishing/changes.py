"""What changed in an edition: briefings added, updated and removed since the previous edition."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from html import escape

from briefings.publishing.manifest import BriefingRecord, Manifest

PAGE_URI = "what-changed.md"
PAGE_TITLE = "What changed in this edition"


@dataclass
class Change:
    """One briefing that differs between two editions."""

    kind: str  # added, updated or removed
    record: BriefingRecord
    assertions_added: int = 0
    assertions_removed: int = 0
    sources_added: list[str] = field(default_factory=list)
    sources_removed: list[str] = field(default_factory=list)


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
            changes.items.append(_diff("added", new, None))
        elif before.digest != new.digest:
            changes.items.append(_diff("updated", new, before))
    if previous is not None:
        changes.items += [_diff("removed", rec, None) for rel, rec in old.items() if rel not in edition.briefings]
    return changes


def _diff(kind: str, record: BriefingRecord, before: BriefingRecord | None) -> Change:
    new_a, old_a = Counter(record.assertions), Counter(before.assertions if before else [])
    new_s, old_s = set(record.sources), set(before.sources if before else [])
    if kind == "removed":
        new_a, old_a, new_s, old_s = Counter(), new_a, set(), new_s
    return Change(kind, record, sum((new_a - old_a).values()), sum((old_a - new_a).values()),
                  sorted(new_s - old_s), sorted(old_s - new_s))


def counts(change: Change) -> str:
    """e.g. "+3 / -1 assertions, +2 / -0 sources"."""
    return (f"+{change.assertions_added} / -{change.assertions_removed} assertions, "
            f"+{len(change.sources_added)} / -{len(change.sources_removed)} sources")


def summary(changes: Changes) -> str:
    """The plain-text summary `briefings publish` prints."""
    head = f"What changed in {changes.edition.title} ({changes.edition.edition})"
    if changes.previous is None:
        return f"{head}:\n  This is the first edition: all {len(changes.edition.briefings)} briefings are new."
    lines = [f"{head} since {changes.previous.title} ({changes.previous.edition}):"]
    for kind in ("added", "updated", "removed"):
        for change in changes.of_kind(kind):
            lines.append(f"  {kind:8} {change.record.title} ({change.record.rel}): {counts(change)}")
    if len(lines) == 1:
        lines.append("  No briefing changed.")
    return "\n".join(lines)


def page(changes: Changes, *, directory_urls: bool = True) -> str:
    """The Markdown of the "What changed in this edition" page."""
    edition = changes.edition
    parts = [f"# {PAGE_TITLE}\n", f"{escape(edition.title)} (`{edition.edition}`), built from source commit "
             f"`{edition.source_commit[:12] or 'unknown'}`{' with uncommitted changes' if edition.dirty else ''}.\n"]
    if changes.previous is None:
        parts.append(f"This is the first edition of the library. It contains {len(edition.briefings)} briefings.\n")
        return "\n".join(parts)
    parts.append(f"Changes since the {escape(changes.previous.title)} (`{changes.previous.edition}`). "
                 "Assertions are the sentences that state a checkable fact, as `briefings lint` finds them.\n")
    for kind in ("added", "updated", "removed"):
        items = changes.of_kind(kind)
        parts.append(f"## {kind.capitalize()} ({len(items)})\n")
        parts.append("\n".join(_item(c, changes.previous.edition, directory_urls) for c in items) or "None.")
        parts.append("")
    return "\n".join(parts)


def _item(change: Change, previous: str, directory_urls: bool) -> str:
    record = change.record
    if change.kind == "removed":  # the page exists only in the previous edition
        up = "../../" if directory_urls else "../"
        link = f'<a href="{escape(up + previous + "/" + record.url, quote=True)}">{escape(record.title)}</a>'
    else:
        link = f"[{escape(record.title)}]({_md_target(record.rel)})"
    detail = counts(change)
    if change.sources_added:
        detail += "; new sources: " + ", ".join(f"`{s}`" for s in change.sources_added)
    if change.sources_removed:
        detail += "; dropped sources: " + ", ".join(f"`{s}`" for s in change.sources_removed)
    return f"- {link}: {detail}."


def _md_target(rel: str) -> str:
    return rel.replace("%", "%25").replace(" ", "%20").replace("(", "%28").replace(")", "%29")
