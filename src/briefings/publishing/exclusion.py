"""Which briefings stay out of an edition at a given moment: drafts, those still under embargo,
and any page whose status or form the checks could not vouch for.

`staging` applies this to every Markdown page (index pages included) and `leaks` proves
afterwards that none of their text reached the built edition.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pathspec

from briefings.config import Project, Tagged
from briefings.errors import ConfigError, InputError
from briefings.findings import from_input_error
from briefings.library import STATUSES, Briefing, Library, read_otherwise

PUBLISHABLE = tuple(s for s in STATUSES if s != "draft")  # review, published, planned
# What MkDocs itself never builds (mkdocs.structure.files._default_exclude): hidden files, a top `templates/`
MKDOCS_DEFAULT_EXCLUDE = (".*", "/templates/")


def is_excluded(briefing: Briefing, now: dt.datetime) -> bool:
    """True for a draft, a page whose `status` is not one it may be published with (`Draft`,
    `[draft]`, a typo: the gate names it), a page still under embargo at `now` (an unreadable
    embargo counts), or one that briefings cannot check as MkDocs would read it (`library.read_otherwise`)."""
    return written_status(briefing) not in PUBLISHABLE or _embargoed(briefing, now) or bool(read_otherwise(briefing))


def unchecked(left_out: list[Briefing], now: dt.datetime) -> list[InputError]:
    """Why each left-out page that is meant to be published at `now` (not a draft, not under embargo)
    was kept out only because the checks could not read it as MkDocs would (`library.read_otherwise`):
    the publish gate refuses the edition over them rather than drop them without a word."""
    return [why for page in left_out
            if (why := read_otherwise(page)) and written_status(page) != "draft" and not _embargoed(page, now)]


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
    misread = read_otherwise(briefing)
    if misread:
        return from_input_error(misread).message
    if status not in PUBLISHABLE:
        return f"status {status!r} is not one of {', '.join(PUBLISHABLE)}, so it stays out"
    written = briefing.front.written(("embargo_until",))  # as written: `Z` stays `Z`
    if briefing.embargo_until is None:
        shown = f"'{written}'" if written is not None else repr(briefing.meta.get("embargo_until"))
        return (f"embargo_until {shown} is not a date-time with a time zone, "
                "so it stays embargoed (write e.g. 2025-03-01T09:00:00+01:00)")
    return f"embargoed until {written or briefing.embargo_until.isoformat()}"


def mkdocs_leaves_out(project: Project) -> Callable[[str], str]:
    """Why MkDocs builds no page from a docs-relative path ('' when it builds one): its own default
    exclusions, the library's `exclude_docs`, and `draft_docs` (which `mkdocs build` leaves out), matched
    as MkDocs matches them (gitignore patterns on the path inside docs_dir). The checks, the records and
    "What changed" must never count a page the site does not have."""
    rules = [("MkDocs never builds it (hidden, or under templates/)", _spec(project, None)),
             ("mkdocs.yml's exclude_docs leaves it out", _spec(project, "exclude_docs")),
             ("mkdocs.yml's draft_docs makes it a draft MkDocs leaves out of the site", _spec(project, "draft_docs"))]

    def why(rel: str) -> str:
        return next((reason for reason, spec in rules if spec is not None and spec.match_file(rel)), "")

    return why


def _spec(project: Project, key: str | None) -> pathspec.GitIgnoreSpec | None:
    if key is None:
        return pathspec.GitIgnoreSpec.from_lines(MKDOCS_DEFAULT_EXCLUDE)
    written = project.mkdocs.get(key)
    if written is None:
        return None
    if not isinstance(written, str) or isinstance(written, Tagged):  # a list, or `!ENV NAME`: MkDocs reads another value
        raise ConfigError(f"{project.mkdocs_file}: {key} must be written out as text, one pattern per line (an "
                          "edition must know which pages MkDocs leaves out)",
                          hint=f"write {key}: | followed by indented gitignore-style patterns")
    try:
        return pathspec.GitIgnoreSpec.from_lines(written.splitlines())
    except ValueError as exc:
        raise ConfigError(f"{project.mkdocs_file}: {key} holds a pattern MkDocs cannot read: {exc}",
                          hint="fix the pattern (gitignore syntax)") from None
