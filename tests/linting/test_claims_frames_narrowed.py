"""Frames and notes exempt only themselves: a figure, a date or a record stated beside them asserts (review of
the set-34 and set-35 tuning), and the false alarms that tuning brought are gone."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.linting import claims, footnotes, lint_text

_HEAD = "---\ntitle: T\nstatus: draft\n---\n\n"
_AHEAD = date.today().year + 2


def _flagged(snippet: str) -> list[int]:
    return [f.line - 5 for f in lint_text(_HEAD + snippet + "\n") if f.rule == "unsourced-assertion"]


@pytest.mark.parametrize("snippet", [
    # 1. only a real "N% probability" outcome frames, and a record under it still asserts
    "## Turnout (likelihood to vote, March 2025 poll)\n\n- Turnout fell from 72% in 2016 to 58% in 2020.",
    "## Survival (chance of surviving five years)\n\n- 62% of patients diagnosed in 2015 were alive in 2020.",
    "### Slow recovery (60% probability)\n\nThe central bank sold a fifth of its reserves in 2024.",
    "**Snap election (40% chance)**: The president dissolved parliament on 2 June 2025.",
    # 2. a worked example's heading frames nothing
    "## A worked example: the Morav contract\n\nThe ministry paid Morav Ltd 40% more than its bid in 2021.",
    "## Hypothetical case\n\nThe minister resigned in March 2024.",
    # 3. a method heading or lead-in over records
    "## How we searched and what we found\n\n- The ministry paid 14 firms twice in 2023.",
    "## How we searched\n\nThe ministry's register lists 212 trials.",
    "We counted only deaths that the ministry confirmed:\n\n- 14 civilians in Tesk on 3 March",
    "We included a contract only if it was signed in 2023:\n\n- A road contract worth 40 million euros with Morav Ltd",
    # 4. the briefing's own slip that states what happened
    "We misdated the vote, which took place on 3 June 2025, not 3 April.",
    "We misnamed the firm, which paid 12 million euros in bribes; the online version has been corrected.",
    # 5. the likeliest outcome with a record beside it
    "Ms Varga, who won 61% of the vote in 2020, is the most likely successor.",
    "A snap election is the most likely outcome because the coalition lost its majority in March.",
    "Default is the base case, given that reserves fell to $1.2 billion in March.",
    "The ruling party is the most probable winner, having won every election since 1996.",
    # 6. the authors' forecast with a record beside it
    "We expect the bank to cut rates because inflation fell to 3% in April.",
    "We expect exports, which fell 12% in 2024, to recover.",
    "We forecast growth of 2% after the economy shrank 4% in 2024.",
    "We forecast a 4% rise in 2023, and prices rose 11%.",
    # 7. a myth's label frames nothing
    "**Myth**: \"The new law bans street protests.\" The law, passed on 3 March 2025, requires 48 hours' notice.",
    "**Myth**: \"The new law bans street protests.\"\n\n- The law was passed on 3 March 2025.",
    # 8. the authors' note as a label or a lead-in
    "**Our note**: The ministry cut the budget by 40% in 2023.",
    "Our notes:\n\n- The 2024 survey covered only 40% of districts.",
    # 9. a footnote that points into the briefing is no source
    "The new law bans street protests.[^1]\n\n[^1]: The new law is discussed in section 3 of this briefing.",
    "The new law bans street protests.[^1]\n\n[^1]: Code names are used for sources in section 5.",
    # 10. a participle phrase with a figure or a date
    "## Option A: A levy\n\n**Cons**:\n\n- The operator, fined 4 million euros in 2023 for dumping silt",
    "## Option B: A fund\n\n**What it is**: A fund of 12 million euros, set up by the ministry in 2021",
    # 11. a forecast that sets itself against a recorded figure
    "Turnout will be below the 48% recorded in 2020.",
    "Prices will rise 5% next year, less than the 11% recorded in 2024.",
    # 12. a note on the figures with a record beside it
    "Fees are shown for the year after the council scrapped the cap.",
    "Readings are the latest available on 10 March 2025, two days before the plant shut.",
    "Readings are the latest published, and the ministry stopped publishing in 2023.",
    # 13. a record with a pointer to the briefing
    "Exports fell 12% in 2024 (see table 2).",
    "The army killed 14 civilians in Tesk on 3 March (see section 4).",
    # 16. a month and year already past
    "## By March 2021\n\n- 12 clinics had shut",
])
def test_a_record_beside_a_frame_is_flagged(snippet: str) -> None:
    assert _flagged(snippet), snippet


@pytest.mark.parametrize("snippet", [
    # the frames themselves still exempt
    "### Slow recovery (60% probability)\n\n- The coalition survives and passes the budget in May",
    "We expect inflation near 6% next year.",
    "A snap election before June is the most likely outcome; we put it at 40%.",
    "We misspelled a minister's name; the online version has been corrected.",
    "We also misspelled a minister's name in the Vessaly item; the online version has been corrected.",
    "Fees are shown for 2025–26.",
    "See table 2.",
    "For the full list, see section 4.",
    # 14. a capital that opens a topic item is no name
    "## Also on the agenda\n\n- Regional elections this autumn\n- Border closures this year\n"
    "- Grain shipments the week after the deal",
    # 15. a recommendation's own question
    "**Recommended action**: Ask where the money went.",
    "**Recommendation**: Establish when the ministry knew.",
    "**Recommendation**: Find out which officials signed the order.",
    # 16. a deadline in a year still ahead
    f"## By June {_AHEAD}\n\n- Parliament votes on the levy",
    f"**By October {_AHEAD}**\n\n- Appointment of auditors in each of the nine regions",
])
def test_a_frame_alone_is_not_flagged(snippet: str) -> None:
    assert not _flagged(snippet), snippet


@pytest.mark.parametrize(("note", "names"), [
    ("Constitution of the Republic of Ostmark, Article 61.", True),
    ("Penal Code, section 12.", True),
    ("The new law is discussed in section 3 of this briefing.", False),
    ("Code names are used for sources in section 5.", False),
    # a statute with its country in brackets, and several provisions
    ("Water Resources Act (Ostmark), sections 8 and 14.", True),
    ("Mining Code (Ostmark), articles 4–9.", True),
    ("Act (see the annex), section 2.", False),
    # a bracket that names no country or body, and a bare statute word before it, name no source
    ("Code (Source Withheld), section 2.", False),
    ("Act (Unverified), sections 1 and 2.", False),
    ("Act (To Be Confirmed), section 1.", False),
    ("Act (Ibid), section 2.", False),
    ("Act (Ostmark), section 2.", False),
    ("Finance Act (Unconfirmed), section 1.", False),
    ("Finance Act (Not Verified), section 1.", False),
    ("Finance Act (Our Reading), section 1.", False),
    ("Interview Code (Confidential), rule 4.", False),
    ("Companies Act (United Kingdom), section 3.", True),
])
def test_a_legal_provision_names_its_source(note: str, names: bool) -> None:
    assert footnotes.names_source(note, "1", set()) is names


@pytest.mark.parametrize(("sentence", "asserts"), [
    ("We expect exports, which fell 12% in 2024, to recover.", True),
    ("We expect the bank to cut rates.", False),
    ("Exports fell 12% in 2024 (see table 2).", True),
])
def test_assess_reads_past_the_frame(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("value", "asserts"), [
    ("Review contracts where the ministry paid twice.", True),  # a relative clause on the object records
    ("Establish when the ministry knew, which was in March 2024 according to leaked emails.", True),
    ("Ask where the money went.", False),  # the instruction's own question
    ("Find out which officials signed the order.", False),
])
def test_a_recommendations_relative_clause_is_read_and_its_question_is_not(value: str, asserts: bool) -> None:
    from briefings.linting import lint_text

    found = lint_text("---\ntitle: T\nstatus: draft\n---\n\n**Recommendation**: " + value + "\n")
    assert bool([f for f in found if f.rule == "unsourced-assertion"]) is asserts, value


@pytest.mark.parametrize(("text", "lines"), [
    ("## What to watch\n\n- The ministry closed 12 clinics in 2024\n- Whether the court rules before the summer\n", [8]),
    ("## Within 90 days\n\n- Closed two depots in March 2023\n- A vote to override the suspension\n", [8]),
    ("### Slow recovery (60% probability)\n\n- The central bank sold a fifth of its reserves in 2024.\n"
     "- The coalition survives\n", [8]),
    (f"## By October {date.today().year + 1}\n\n- The ministry closed 12 clinics in 2024\n"
     "- Second reading in the upper house\n", [8]),
    # what is ahead stays a forecast, and a scenario told in the past of a year still to come too
    (f"## Outlook\n\n- Growth will slow in {date.today().year + 1}\n"
     f"- The coalition collapsed in {date.today().year + 1} in this scenario\n", []),
    ("| If this turns out to be true | It would suggest |\n|---|---|\n"
     "| The deed was changed after 2022 | The owners moved once the filing was public |\n", []),
])
def test_a_record_of_a_past_year_under_a_forecast_heading_asserts(text: str, lines: list[int]) -> None:
    found = lint_text("---\ntitle: T\nstatus: draft\n---\n\n" + text)
    assert [f.line for f in found if f.rule == "unsourced-assertion"] == lines


@pytest.mark.parametrize(("sentence", "asserts"), [
    ("A government led by the Greens is the most likely outcome.", False),  # a participle that describes
    ("We project seasonally adjusted unemployment of 7% in 2027.", False),
    ("A firm owned by the minister since 2019 is the most likely winner.", True),  # a date beside it: a record
    ("Ms Varga, who won 61% of the vote in 2020, is the most likely successor.", True),
])
def test_a_participle_that_describes_a_noun_records_nothing_beside_a_forecast(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence
