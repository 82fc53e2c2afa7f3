"""Which briefings stay out of an edition at a given moment: drafts and those still under embargo.

`staging` applies this to every Markdown page (index pages included) and `leaks` proves
afterwards that none of their text reached the built edition.
"""

from __future__ import annotations

import datetime as dt

from briefings.library import Briefing, Library


def is_excluded(briefing: Briefing, now: dt.datetime) -> bool:
    """True for a draft, or a page still under embargo at `now` (an unreadable embargo counts)."""
    return briefing.status == "draft" or _embargoed(briefing, now)


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
    if briefing.status == "draft":
        return "draft"
    if briefing.embargo_until is None:
        return (f"embargo_until {briefing.meta.get('embargo_until')!r} is not a date-time with a time zone, "
                "so it stays embargoed (write e.g. 2025-03-01T09:00:00+01:00)")
    return f"embargoed until {briefing.embargo_until.isoformat()}"
