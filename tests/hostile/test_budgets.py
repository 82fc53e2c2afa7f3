"""Per-file time budgets are enforced while the work runs: a file that takes longer than its budget
is stopped and reported (error, file, what to do), the rest of the library is still checked, and a
stopped result is never cached. The budgets are made tiny here so that an ordinary large file
overruns them; a normal-sized briefing stays far inside the same budget."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings import deadline
from tests.conftest import MINIMAL_MKDOCS, briefing_text

Cli = Callable[..., tuple[int, str, str]]
SMALL_BUDGET = "[tool.briefings.limits]\nparse_seconds_per_mb = 0.001\nrender_seconds_per_mb = 0.001\n" \
               "file_seconds_min = {minimum}\nbrackets_per_block = 100000\n"


def _long_briefing(paragraphs: int) -> str:
    body = "\n\n".join(f"The agency said on day {i} that the council met {i % 7} times and spent {i * 3} dollars "
                       f"on roads, while the committee reported that {i % 11} members had resigned since {1990 + i % 30}."
                       for i in range(paragraphs))
    return briefing_text("Long", body + "\n")


@pytest.mark.parametrize("others", [1, 60])  # in this process, and in forked workers (48 files and more)
def test_a_file_over_its_lint_budget_is_one_finding_and_the_rest_is_checked(
        make_library: Callable[..., Path], cli: Cli, others: int) -> None:
    files = {f"A/good{i}.md": briefing_text(f"Good {i}", "Putin ordered the campaign in 2016.\n") for i in range(others)}
    hiding = "lint:\n  severity: {time-budget: 'off'}\n  disable: [time-budget]\n"  # a file cannot hide it
    long = _long_briefing(12_000).replace("---\n\n", hiding + "---\n\n<!-- briefings: disable=time-budget -->\n", 1)
    root = make_library({**files, "A/long.md": long})  # about 1.9 MB, under the 2 MB file limit
    (root / "pyproject.toml").write_text(SMALL_BUDGET.format(minimum=0.3), encoding="utf-8")
    started = time.monotonic()
    code, out, err = cli("--root", root, "lint", "--format", "json")
    assert code == 1, err
    assert "Traceback" not in err
    found = json.loads(out)
    late = [f for f in found if f["path"] == "docs/A/long.md"]
    assert len(late) >= 1 and all(f["rule"] == "time-budget" for f in late), late
    assert "budget of 0.3 CPU s" in late[0]["message"] and "file_seconds_min" in late[0]["message"]
    for i in range(others):
        assert any(f["path"] == f"docs/A/good{i}.md" and f["rule"] == "unsourced-assertion" for f in found)
    assert time.monotonic() - started < 60
    cached = "".join(p.read_text(encoding="utf-8") for p in (root / ".briefings-cache").rglob("*.json"))
    assert "budget of" not in cached  # an unfinished check is never stored as the file's result


def test_a_file_whose_style_check_runs_out_of_time_is_reported_and_not_cached(
        make_library: Callable[..., Path], cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefings.vale import engine

    real = engine.lint

    def slow_on_one_file(briefing: object, rules: object) -> object:
        while getattr(briefing, "label", "").endswith("slow.md"):  # spin until the budget stops it
            pass
        return real(briefing, rules)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "lint", slow_on_one_file)
    root = make_library({"A/slow.md": briefing_text("Slow", "Text.\n"), "A/good.md": briefing_text("Good", "Text.\n")})
    (root / "pyproject.toml").write_text(SMALL_BUDGET.format(minimum=0.3), encoding="utf-8")
    (root / ".vale.ini").write_text("StylesPath = styles\n[*.md]\nBasedOnStyles = Briefings\n", encoding="utf-8")
    (root / "styles/Briefings").mkdir(parents=True)
    (root / "styles/Briefings/Hedge.yml").write_text(
        "extends: existence\nmessage: \"'%s' hedges\"\nlevel: warning\ntokens: [perhaps]\n", encoding="utf-8")
    code, out, err = cli("--root", root, "lint", "--format", "json")
    assert code == 1, err
    late = [f for f in json.loads(out) if f["rule"] == "time-budget"]
    assert [f["path"] for f in late] == ["docs/A/slow.md"] and "style check" in late[0]["message"]
    entries = list((root / ".briefings-cache/lint").rglob("*.json"))
    assert len(entries) == 2  # index.md and good.md; slow.md's unfinished result is not stored
    assert not any("budget of" in p.read_text(encoding="utf-8") for p in entries)


def test_a_page_over_its_render_budget_stops_the_build_and_names_the_page(
        make_library: Callable[..., Path], cli: Cli) -> None:
    root = make_library({"A/good.md": briefing_text("Good", "Text.\n"),
                         "A/slow.md": briefing_text("Slow", "[" * 20_000 + "\n")})  # about a minute to render
    (root / "pyproject.toml").write_text(SMALL_BUDGET.format(minimum=1), encoding="utf-8")
    started = time.monotonic()
    code, out, err = cli("--root", root, "build")
    assert time.monotonic() - started < 40
    assert code == 1, out + err
    assert "docs/A/slow.md: Python-Markdown took longer than this page's budget of 1 CPU s" in out + err
    assert "Traceback" not in out + err


def test_a_page_over_its_budget_after_the_render_stops_the_build_and_names_the_page(
        make_library: Callable[..., Path], cli: Cli) -> None:
    """The page's second part, after its Markdown is rendered (every plugin's `on_page_context`,
    Material's search index among them, and the theme's template), has the same budget."""
    mkdocs = MINIMAL_MKDOCS.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n", 1)
    root = make_library({"A/good.md": briefing_text("Good", "Text.\n"),
                         "A/slow.md": briefing_text("Slow", "Text.\n")}, mkdocs=mkdocs)
    (root / "overrides/partials").mkdir(parents=True)
    (root / "overrides/partials/content.html").write_text(  # about half a minute of CPU on that page
        '{% if page.title == "Slow" %}{% for i in range(10 ** 9) %}{% endfor %}{% endif %}{{ page.content }}',
        encoding="utf-8")
    (root / "pyproject.toml").write_text(SMALL_BUDGET.format(minimum=1), encoding="utf-8")
    code, out, err = cli("--root", root, "build")  # the message says the budget stopped it: no wall-clock test
    assert code == 1, out + err
    assert "docs/A/slow.md: the theme's template and the site's plugins (its search index) took longer than " \
           "this page's budget of 1 CPU s to build its page" in out + err
    assert "Traceback" not in out + err


def test_a_budget_stops_the_work_and_is_disarmed_afterwards() -> None:
    started = time.monotonic()
    with pytest.raises(deadline.OverBudget):
        with deadline.within(0.2):
            while True:
                pass
    assert time.monotonic() - started < 5
    with deadline.within(0.2):
        pass
    time.sleep(0.4)  # a disarmed timer never fires later
    assert deadline.budget(2 * 1024 * 1024, 3.0, 1.0) == 6.0 and deadline.budget(10, 3.0, 1.0) == 1.0
