"""Calendar edition names, default titles and the order mike shows them in."""

from __future__ import annotations

import pytest

from briefings.errors import UsageError
from briefings.publishing.editions import Edition, check_alias, check_name, default_title, previous, sort_key

GOOD = ["2025.01", "2025.12", "2025.01.2", "1999.07.12"]
BAD = ["2025.1", "2025.13", "2025.00", "25.01", "2025-01", "2025.01.0", "2025.01.02", "latest", "2025.01.x", ""]


@pytest.mark.parametrize("name", GOOD)
def test_calendar_names_are_accepted(name: str) -> None:
    assert check_name(name) == name


@pytest.mark.parametrize("name", BAD)
def test_other_names_are_refused_with_a_hint(name: str) -> None:
    with pytest.raises(UsageError) as info:
        check_name(name)
    assert "YYYY.MM" in info.value.hint


@pytest.mark.parametrize(("alias", "ok"), [("latest", True), ("stable", True), ("2025", False), ("Latest", False)])
def test_aliases_cannot_look_like_editions(alias: str, ok: bool) -> None:
    if ok:
        assert check_alias(alias) == alias
    else:
        with pytest.raises(UsageError):
            check_alias(alias)


def test_default_titles() -> None:
    assert default_title("2025.01") == "January 2025 edition"
    assert default_title("2025.11.2") == "November 2025 edition, number 2"


def test_chronological_order_and_previous_edition() -> None:
    names = ["2025.10", "2025.02", "2025.01.2", "2025.01", "2024.12"]
    assert sorted(names, key=sort_key) == ["2024.12", "2025.01", "2025.01.2", "2025.02", "2025.10"]
    known = [Edition(n, n) for n in names]
    found = previous(known, "2025.02")
    assert found is not None and found.name == "2025.01.2"
    assert previous(known, "2024.12") is None


def test_edition_round_trips_through_versions_json_form() -> None:
    data = {"version": "2025.01", "title": "T", "aliases": ["latest"],
            "properties": {"source_commit": "abc", "published": "2025-02-01T00:00:00+00:00", "hidden": True}}
    edition = Edition.from_dict(data)
    assert edition.to_dict() == data
    assert edition.hidden and edition.source_commit == "abc"
