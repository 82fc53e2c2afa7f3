"""Which briefings stay out of an edition at a given moment: drafts, those still under embargo,
and any page whose status or form the checks could not vouch for.

`staging` applies this to every Markdown page (index pages included) and `leaks` proves
afterwards that none of their text reached the built edition.
"""

from __future__ import annotations

import datetime as dt

from briefings import frontmatter
from briefings.library import OTHER_MARKDOWN, STATUSES, Briefing, Library

PUBLISHABLE = tuple(s for s in STATUSES if s != "draft")  # review, published, planned


def is_excluded(briefing: Briefing, now: dt.datetime) -> bool:
    """True for a draft, a page whose `status` is not one it may be published with (`Draft`,
    `[draft]`, a typo: the gate names it), a page still under embargo at `now` (an unreadable
    embargo counts), or one that briefings cannot check as MkDocs would read it (`_unchecked`)."""
    return written_status(briefing) not in PUBLISHABLE or _embargoed(briefing, now) or bool(_unchecked(briefing))


def _unchecked(briefing: Briefing) -> str:
    """Why MkDocs would read the page otherwise than briefings checked it ('' when it would not):
    a .markdown (or .mdown, .mkdn, .mkd) page is never read by the checks, and front matter that
    MkDocs reads otherwise (carriage-return line endings, no line break after the closing '---')."""
    if briefing.rel.endswith(OTHER_MARKDOWN):
        return "briefings checks only .md pages: rename it to .md"
    return frontmatter.disagreement(briefing.text, briefing.front)


def unchecked(left_out: list[Briefing], now: dt.datetime) -> list[tuple[Briefing, str]]:
    """The left-out pages that are meant to be published at `now` (not drafts, not under embargo)
    but were kept out only because the checks could not read them as MkDocs would, and why: the
    publish gate refuses the edition over them rather than drop them without a word."""
    return [(page, why) for page in left_out
            if (why := _unchecked(page)) and written_status(page) != "draft" and not _embargoed(page, now)]


def written_status(briefing: Briefing) -> object:
    """The status as written (`published` when unset): `Briefing.status` reads an unknown one as published."""
    return briefing.meta.get("status", "published")


def excluded(library: Library, now: dt.datetime) -> list[Briefing]:
    """Pages of the library (index pages included) that must not be published at `now`."""
    return [b for b in library.pages if is_excluded(b, now)]


def _embargoed(briefing: Briefing, now: dt.datetime) -> bool:
    if briefing.meta.get("embargo_until") in (None, ""):
        return False
    until = briefing.embargo_until
    return until is None or until > now  # an embargo we cannot read keeps the briefing out


def reason(briefing: Briefing) -> str:
    """Why a briefing is left out, for the publish report."""
    status = written_status(briefing)
    if status == "draft":
        return "draft"
    unchecked_why = _unchecked(briefing)
    if unchecked_why:
        return unchecked_why
    if status not in PUBLISHABLE:
        return f"status {status!r} is not one of {', '.join(PUBLISHABLE)}, so it stays out"
    if briefing.embargo_until is None:
        return (f"embargo_until {briefing.meta.get('embargo_until')!r} is not a date-time with a time zone, "
                "so it stays embargoed (write e.g. 2025-03-01T09:00:00+01:00)")
    return f"embargoed until {briefing.embargo_until.isoformat()}"
