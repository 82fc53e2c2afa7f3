"""Calendar edition names, default titles and the order mike shows them in."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from briefings.errors import UsageError
from briefings.publishing.editions import (
    check_title,
    check_date,
    Edition,
    check_alias,
    check_name,
    default_title,
    sort_key,
    suggestion,
)
from briefings.publishing import versions
from briefings.publishing.publish import history_points
from briefings.publishing.versions import BranchState
from briefings.tools import mike
from tests.conftest import run_git

GOOD = ["2025.01", "2025.12", "2025.01.2", "1999.07.12"]
BAD = ["2025.1", "2025.13", "2025.00", "25.01", "2025-01", "2025.01.0", "2025.01.1", "2025.01.02", "latest",
       "2025.01.x", ""]
# a near miss names the one spelling it means; anything else gets no suggestion
MEANT = {"2025.01.1": "2025.01", "2025.01.01": "2025.01", "2025.1": "2025.01", "2025.1.1": "2025.01",
         "2025.01.02": "2025.01.2", "2025-03": "2025.03", "2025/3/12": "2025.03.12", "2025.13": "",
         "2025.01.0": "", "latest": "", "2025.01.x": ""}


@pytest.mark.parametrize("name", GOOD)
def test_calendar_names_are_accepted(name: str) -> None:
    assert check_name(name) == name


@pytest.mark.parametrize("name", BAD)
def test_other_names_are_refused_with_a_hint(name: str) -> None:
    with pytest.raises(UsageError) as info:
        check_name(name)
    assert "YYYY.MM" in info.value.hint


@pytest.mark.parametrize(("name", "meant"), sorted(MEANT.items()))
def test_a_near_miss_is_refused_naming_the_right_spelling(name: str, meant: str) -> None:
    with pytest.raises(UsageError) as info:
        check_name(name)
    assert suggestion(name) == meant
    assert (f"did you mean {meant}?" in info.value.message) == bool(meant)
    if meant:
        assert check_name(meant) == meant


@pytest.mark.parametrize(("alias", "ok"), [("latest", True), ("stable", True), ("2025", False), ("Latest", False)])
def test_aliases_cannot_look_like_editions(alias: str, ok: bool) -> None:
    if ok:
        assert check_alias(alias) == alias
    else:
        with pytest.raises(UsageError):
            check_alias(alias)


@pytest.mark.parametrize(("name", "ok"), [
    ("2025.02", True), ("2025.02.3", True), ("2026.02", True), ("2024.12", True), ("1999.01", True),
    ("2026.03", False), ("2052.01", False), ("0000.01", False), ("1899.12", False),
])
def test_an_edition_dated_years_ahead_or_before_1900_is_refused(name: str, ok: bool) -> None:
    now = dt.datetime(2025, 2, 1, tzinfo=dt.timezone.utc)
    if ok:
        assert check_date(name, now) == name
    else:
        with pytest.raises(UsageError, match="mistyped year"):
            check_date(name, now)


def test_default_titles() -> None:
    assert default_title("2025.01") == "January 2025 edition"
    assert default_title("2025.11.2") == "November 2025 edition, number 2"


@pytest.mark.parametrize(("title", "says"), [
    ("January 2025 <img src=x id=injected> edition", "holds '<'"),  # Material's selector reads titles as HTML
    ("Draft > final", "holds '>'"),
    ("Two\nlines", "holds '\\n'"),
    ("Trojan \u202egnirts", "holds '\\u202e'"),  # a bidi override reorders what readers see
    ("   ", "is empty"),
    ("x" * 121, "over 120 characters"),
])
def test_an_edition_title_is_one_line_of_plain_text(title: str, says: str) -> None:
    with pytest.raises(UsageError, match=re.escape(says)):
        check_title(title)
    assert check_title("Édition été 2025 — corrigée « x » & R&D") == "Édition été 2025 — corrigée « x » & R&D"


def test_an_edition_title_is_shown_exactly_without_javascript() -> None:
    """The edition's CSS names it for readers without JavaScript: an escape must not eat the space after it."""
    from briefings.publishing.site import css_string
    from tests.webserver import chromium_page

    title = "Édition été 2025 — corrigée « x » \"quoted\" \\ back"
    with chromium_page(javascript=False) as page:
        page.set_content(f"<style>p::before {{ content: {css_string(title)}; }}</style><p></p>")
        shown = page.evaluate("getComputedStyle(document.querySelector('p'), '::before').content")
    assert json.loads(shown) == title


def test_chronological_order_and_previous_edition() -> None:
    names = ["2025.10", "2025.02", "2025.01.2", "2025.01", "2024.12"]
    assert sorted(names, key=sort_key) == ["2024.12", "2025.01", "2025.01.2", "2025.02", "2025.10"]
    state = BranchState("gh-pages", "tip", [Edition(n, n) for n in names[1:]], folders={"2025.10", "x-site"})
    found = state.previous("2025.02")  # what "What changed" compares with
    assert found is not None and found.name == "2025.01.2"
    assert state.previous("2024.12") is None
    assert state.newer("2025.01") == ["2025.01.2", "2025.02", "2025.10"]  # a folder without a record counts


def test_edition_round_trips_through_versions_json_form() -> None:
    data = {"version": "2025.01", "title": "T", "aliases": ["latest"],
            "properties": {"source_commit": "abc", "published": "2025-02-01T00:00:00+00:00", "hidden": True}}
    edition = Edition.from_dict(data)
    assert edition.to_dict() == data
    assert edition.hidden and edition.source_commit == "abc"


EVERY_FORM = ["2024.12", "2025.01", "2025.01.2", "2025.01.3", "2025.01.10", "2025.02", "2025.09", "2025.10",
              "2025.10.2", "2026.01"]


def test_every_form_orders_the_same_in_the_selector_and_in_what_changed(tmp_path: Path) -> None:
    """mike writes versions.json (the selector's list) in its own order; it must be ours, newest first."""
    root = tmp_path / "repo"
    root.mkdir()
    run_git(root, "init", "-q")
    run_git(root, "commit", "-q", "--allow-empty", "-m", "start")
    scrambled = ["2025.02", "2025.10.2", "2024.12", "2025.01.10", "2026.01", "2025.01.2", "2025.09", "2025.01",
                 "2025.10", "2025.01.3"]
    assert sorted(scrambled) == sorted(EVERY_FORM)
    for name in scrambled:
        site = tmp_path / f"site-{name}"
        site.mkdir()
        (site / "index.html").write_text(f"<p>{name}</p>", "utf-8")
        env = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.invalid",
               "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
        with pytest.MonkeyPatch.context() as patch:
            for key, value in env.items():
                patch.setenv(key, value)
            mike.deploy(root, site, edition=name, title=default_title(name), aliases=[], properties={},
                        message=f"publish {name}")
    selector = [item["version"] for item in mike.list_versions(root)]
    assert selector == sorted(EVERY_FORM, key=sort_key, reverse=True) == EVERY_FORM[::-1]
    state = versions.read(root, "gh-pages")  # what publish decides from, inside its lock
    for older, newer in zip(EVERY_FORM, EVERY_FORM[1:]):
        found = state.previous(newer)  # "What changed" compares an edition with this one
        assert found is not None and found.name == older and found.title == default_title(older), newer
        assert state.newer(older)[0] == newer  # `latest` stays on the newest
    assert state.previous(EVERY_FORM[0]) is None and state.newer(EVERY_FORM[-1]) == []
    # the sourcing dashboard's history of the editions before the newest, oldest first
    for edition in state.editions:
        edition.properties["sourcing"] = {"found": 4, "sourced": 2}
    points = history_points(state.editions, EVERY_FORM[-1], {"found": 0, "sourced": 0}, "")
    assert [title for title, _ in points] == [default_title(n) for n in EVERY_FORM[:-1]]
