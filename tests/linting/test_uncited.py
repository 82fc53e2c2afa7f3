"""The plain lint reads only the uncited parts of a briefing, `--stats` reads every sentence: both
must find exactly the same uncited assertions, in the same runs (`find(doc, cited_too=False)` is
the uncited part of `find(doc)`), so that the hook, the lint and the build agree."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from briefings.checks import registry
from briefings.library import Briefing, Library
from briefings.linting import config_of
from briefings.linting.assertions import unsourced_blocks
from briefings.linting.config import LintConfig
from briefings.linting.document import Document
from briefings.linting.runner import check_one
from briefings.linting.source import from_text
from tests.conftest import REPO, briefing_text

sys.path.insert(0, str(REPO / "scripts"))
import make_library as generator  # noqa: E402

NOTE = "\n\n[^a]: Audit Office, *Annual report 2020*.\n"
CASES = {
    "a cited paragraph about the briefing, then a pronoun": (
        "The ministry paid 14 contractors in 2019.[^a] This briefing examines how the ministry paid them.[^a]\n\n"
        "It closes with the budget figures for 2020."),
    "a chain of pronouns inside the cited paragraph": (
        "This briefing covers the 2019 tender.[^a] It lists the 14 contracts signed in 2019.[^a]\n\n"
        "They were signed in March 2019."),
    "a cited fact last: the pronoun after it asserts": (
        "This briefing covers the 2019 tender.[^a] The ministry signed 14 contracts in 2019.[^a]\n\n"
        "It paid $3 million in 2020."),
    "cited and uncited units in a list": (
        "- The ministry paid 14 contractors in 2019.[^a]\n- The audit found $3 million missing in 2020.\n"
        "- This briefing lists them.[^a]\n- It ends with the 2021 budget of $9 million."),
}


def _runs(briefing: Briefing, config: LintConfig, *, read_all: bool) -> list[list[tuple[int, str, tuple[str, ...]]]]:
    """The runs of uncited assertions the check reports, from the plain pass or from the full one."""
    doc = Document(briefing, config)
    if read_all:
        doc.assertions  # noqa: B018 - read first: the uncited ones are then taken from it
    return [[(a.line0, a.sentence, a.verdict.signals) for a in run] for run in unsourced_blocks(doc)]


@pytest.mark.parametrize("scope", ["block", "sentence"])
@pytest.mark.parametrize("body", CASES.values(), ids=CASES.keys())
def test_the_plain_pass_finds_the_uncited_part_of_the_full_pass(body: str, scope: str) -> None:
    briefing = from_text(briefing_text("T", body + NOTE, sources=[{"id": "a", "title": "Audit Office"}]))
    config = replace(LintConfig(), scope=scope)
    assert _runs(briefing, config, read_all=False) == _runs(briefing, config, read_all=True)
    plain = check_one(briefing, config, registry())
    stats = check_one(from_text(briefing.text), config, registry(), coverage=True)
    assert plain.findings == stats.findings


def test_a_pronoun_after_a_cited_description_of_the_briefing_is_not_flagged() -> None:
    body = CASES["a cited paragraph about the briefing, then a pronoun"]
    briefing = from_text(briefing_text("T", body + NOTE, sources=[{"id": "a", "title": "Audit Office"}]))
    assert [f.rule for f in check_one(briefing, LintConfig(), registry()).findings] == []
    body = CASES["a cited fact last: the pronoun after it asserts"]
    briefing = from_text(briefing_text("T", body + NOTE, sources=[{"id": "a", "title": "Audit Office"}]))
    assert [f.rule for f in check_one(briefing, LintConfig(), registry()).findings] == ["unsourced-assertion"]


@pytest.mark.parametrize("style", ["bullets", "prose"])
@pytest.mark.parametrize("scope", ["block", "sentence"])
def test_generated_libraries_and_the_sample_library_agree(tmp_path: Path, scope: str, style: str) -> None:
    generator.write_library(tmp_path / "lib", count=6, words=1500, seed=3, unsourced=0.3, style=style)
    runs = 0
    for root in (tmp_path / "lib", REPO):
        library = Library.load(root)
        config = replace(config_of(library), scope=scope)
        for briefing in library.briefings:
            own = config.checked_for(briefing)[0]
            plain = _runs(briefing, own, read_all=False)
            assert plain == _runs(briefing, own, read_all=True)
            runs += len(plain)
    assert runs > 10
