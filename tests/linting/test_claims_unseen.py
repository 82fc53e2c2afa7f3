"""Classes of line found on briefings no one tuned for: each with lines that must flag and must pass."""

from __future__ import annotations

import pytest

from briefings.linting import claims, lint_text

_HEAD = "---\ntitle: T\nstatus: draft\n---\n\n"


def _flagged(body: str) -> list[int]:
    """The body's 1-based lines that an unsourced-assertion finding covers."""
    found = lint_text(_HEAD + body)
    return sorted({line - 5 for f in found if f.rule == "unsourced-assertion"
                   for line in range(f.line, (f.end_line or f.line) + 1)})


@pytest.mark.parametrize(("body", "lines"), [
    # a caption's number, also an annex's or a part's, describes the briefing
    ("Table B2.\n", []),
    ("Figure 3c.\n", []),
    # must flag: a sentence after a caption's number is judged on its own
    ("Table 4. Police detained the mayor's brother at the checkpoint.\n", [1]),
    ("Figure A2. The ministry quietly dropped its promise to publish quarterly reports.\n", [1]),
    ("- Chart 5. Exports collapsed after the border closed.\n", [1]),
    ("Table 4. Seizures rose by 30% in 2022.\n", [1]),
    ("Seizures rose, as Table 4 shows. The customs service blamed the port in 2022.\n", [1]),
])
def test_a_numbered_caption_hides_no_sentence(body: str, lines: list[int]) -> None:
    assert _flagged(body) == lines


@pytest.mark.parametrize(("body", "lines"), [
    # the paths the authors see over a horizon ahead: each path's story is a forecast
    ("We see two main paths over the coming year:\n\n- **Truce holds (60%)**: both armies pull back.\n"
     "- **Truce fails (40%)**: shelling resumes along the river.\n", []),
    ("There are three outcomes in the next six months:\n\n- **Deal (50%)**: the union signs and the ports reopen.\n", []),
    # must flag: results with no horizon ahead (the count of an election)
    ("There were three results:\n\n- **Deal (50%)**: the union signs and the ports reopen.\n", [3]),
])
def test_a_lead_in_naming_paths_over_a_horizon_ahead_frames_forecasts(body: str, lines: list[int]) -> None:
    assert _flagged(body) == lines


@pytest.mark.parametrize(("sentence", "asserts"), [
    # what every or no member of a kind does is checkable, member by member
    ("No state in the region keeps a public register of media owners.", True),
    ("Every renewal requires a fresh vote in the assembly.", True),
    ("Each side blames the other for the delay.", True),
    # must pass: a need or a wish, a linking verb, nobody knowing, an answer before a sentence
    ("Every democracy needs a free press.", False),
    ("No government wants a recession.", False),
    ("No one knows.", False),
    ("No. It assesses the process against the country's own law.", False),
    ("Each statement of fact cites its source.", False),
    ("Each of these options carries risks.", False),
])
def test_what_all_or_none_of_a_kind_do(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence
