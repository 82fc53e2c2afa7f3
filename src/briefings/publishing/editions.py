"""Calendar edition names (YYYY.MM or YYYY.MM.N), their titles, and editions as mike records them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from briefings.errors import UsageError
from briefings.mdtext import control_characters

# Exactly one spelling per edition: YYYY.MM for the first of a month, YYYY.MM.N (N >= 2, no leading
# zero) for the next ones, so `2025.01.1` and `2025.01.01` cannot name `2025.01` a second time.
NAME = re.compile(r"^(?P<year>\d{4})\.(?P<month>0[1-9]|1[0-2])(?:\.(?P<n>[2-9]|[1-9]\d{1,2}))?$")
# What a reader may have meant: any digits, for the suggestion in the error message.
_LOOSE = re.compile(r"^(?P<year>\d{4})[.\-/](?P<month>\d{1,2})(?:[.\-/](?P<n>\d{1,3}))?$")
# mike sorts names without a leading digit above numbered ones, so aliases must not look like editions.
ALIAS = re.compile(r"^[a-z][a-z0-9-]{0,39}$")


def check_name(name: str) -> str:
    """The edition name when it is a calendar name; UsageError (naming the right spelling) otherwise."""
    if NAME.match(name):
        return name
    meant = suggestion(name)
    did_you_mean = f"; did you mean {meant}?" if meant else ""
    raise UsageError(f"edition {name!r} is not a calendar name{did_you_mean}",
                     hint="use YYYY.MM (e.g. 2025.01) for the first edition of a month and YYYY.MM.N with "
                          "N from 2 for the next ones (e.g. 2025.01.2); months are two digits, 01 to 12")


AHEAD_MONTHS = 12  # an edition may be prepared ahead of its month, but not by years


def check_date(name: str, now: dt.datetime) -> str:
    """The edition name when its month is at most AHEAD_MONTHS after `now`'s and not before 1900;
    UsageError otherwise: a mistyped year such as 2052.01 would take `latest` and keep it, since
    every later edition would sort below it."""
    match = NAME.match(check_name(name))
    assert match is not None  # check_name raised otherwise
    year = int(match["year"])
    ahead = (year - now.year) * 12 + int(match["month"]) - now.month
    if ahead > AHEAD_MONTHS or year < 1900:
        raise UsageError(f"edition {name!r} is dated {'more than a year ahead' if year >= 1900 else 'before 1900'} "
                         f"(it is now {now:%Y-%m}): a mistyped year would sort above or below every other edition",
                         hint=f"check the year and the month, e.g. {now:%Y.%m} for this month")
    return name


def suggestion(name: str) -> str:
    """The one spelling of the edition a near-miss name means ("" when it means none): `2025.01.1` ->
    `2025.01`, `2025.1.02` -> `2025.01.2`."""
    match = _LOOSE.match(name.strip())
    if not match:
        return ""
    month, n = int(match["month"]), int(match["n"] or 1)
    if not 1 <= month <= 12 or n < 1:
        return ""
    meant = f"{match['year']}.{month:02d}" + (f".{n}" if n >= 2 else "")
    return meant if NAME.match(meant) and meant != name else ""


def check_alias(alias: str) -> str:
    """The alias when it is a lowercase word such as `latest`; UsageError otherwise."""
    if not ALIAS.match(alias):
        raise UsageError(f"alias {alias!r} is not allowed",
                         hint="use a lowercase word starting with a letter, e.g. latest")
    return alias


def check_title(title: str) -> str:
    """The edition's title when it is one line of plain text, at most 120 characters; UsageError
    otherwise: Material's version selector reads the title as HTML (`<img ...>` became an element)."""
    bad = next((c for c in title if c in "<>" or control_characters(c)), None)  # line breaks, bidi controls too
    if bad or not title.strip() or len(title) > 120:
        what = f"holds {bad!r}" if bad else "is empty" if not title.strip() else "is over 120 characters"
        raise UsageError(f"edition title {what}",
                         hint="an edition title is one line of plain text without < or >, e.g. \"January 2025 edition\"")
    return title


def sort_key(name: str) -> tuple[int, int, int]:
    """Chronological order of calendar names (the order mike shows them in, newest last)."""
    match = NAME.match(name) or _LOOSE.match(name)  # loosely: a branch may hold names from older releases
    if not match:
        return (0, 0, 0)
    return int(match["year"]), int(match["month"]), int(match["n"] or 1)


def default_title(name: str) -> str:
    """`2025.01` -> "January 2025 edition"; `2025.01.2` -> "January 2025 edition, number 2"."""
    match = NAME.match(check_name(name))
    assert match is not None  # check_name raised otherwise
    title = f"{calendar.month_name[int(match['month'])]} {match['year']} edition"
    return f"{title}, number {match['n']}" if match["n"] else title


@dataclass
class Edition:
    """One published edition as recorded in mike's versions.json (with our properties)."""

    name: str
    title: str
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Edition:
        """From one versions.json entry."""
        props = data.get("properties")
        return cls(name=str(data["version"]), title=str(data.get("title", data["version"])),
                   aliases=sorted(str(a) for a in data.get("aliases", [])),
                   properties=props if isinstance(props, dict) else {})

    def to_dict(self) -> dict[str, Any]:
        """The versions.json form."""
        data: dict[str, Any] = {"version": self.name, "title": self.title, "aliases": list(self.aliases)}
        if self.properties:
            data["properties"] = self.properties
        return data

    @property
    def hidden(self) -> bool:
        """Retired editions are hidden from the version selector."""
        return bool(self.properties.get("hidden"))

    @property
    def source_commit(self) -> str:
        """The commit the edition was built from ("" when unknown)."""
        return str(self.properties.get("source_commit", ""))

    @property
    def published(self) -> str:
        """When it was published (ISO 8601), "" when unknown."""
        return str(self.properties.get("published", ""))

