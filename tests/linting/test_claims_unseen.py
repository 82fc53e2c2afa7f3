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
    # a numbered caption with its title on its own line, without a full stop, is the table's name
    ("Table A1. Scores and incidents by country, 2024\n", []),
    ("Table 1. Finances of the water company, 2018–2024 (MT m; 2022 and 2023 restated)\n", []),
    ("Table 1. Finances of the water company, 2018–2024\nThe company lost money in every year since 2016.\n", [2]),
])
def test_a_numbered_caption_hides_no_sentence(body: str, lines: list[int]) -> None:
    assert _flagged(body) == lines


@pytest.mark.parametrize(("sentence", "asserts"), [
    # what every or no member of a kind does is checkable, member by member
    ("No state in the region keeps a public register of media owners.", True),
    ("Every contract of the authority goes to a single bidder.", True),
    ("No member of the board owns shares in the operator.", True),
    # must pass: a generic truth or an opinion, tied to nothing particular
    ("No reform comes without cost.", False),
    ("Every transition produces winners and losers.", False),
    ("Every percentage refers to the share of households.", False),
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


@pytest.mark.parametrize(("sentence", "asserts"), [
    # verbs of what a text binds its parties to, and a share of what was just said
    ("The concession contract obliges the state to compensate the operator in full.", True),
    ("The decree entitles the army to hold suspects for 30 days.", True),
    ("The licence expires at the end of the year.", True),
    ("Most of that went on online advertising.", True),
    ("Half of this came from a single donor.", True),
    # must pass: a share of a group with its own clause, a question
    ("Some of those who left have returned?", False),
])
def test_more_verbs_and_a_share_of_what_was_said(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence

@pytest.mark.parametrize(("body", "lines"), [
    # a glossary's definition: a kind of thing and what it is, naming nothing particular
    ("A bridge loan is short-term credit meant to carry a borrower until longer-term money arrives, usually within "
     "six to twelve months.\n", []),
    ("A write-down is an admission, in the accounts, that an asset is worth less than was paid for it.\n", []),
    ("A third-party campaigner is any group that is neither a party nor a candidate but spends money on a campaign.\n", []),
    ("Bundling means collecting many small donations from different people and handing them over together.\n", []),
    # a bold term's definition only under a glossary's lead-in: alone it is a fact box's value
    ("Key terms:\n\n- **PEP**: a person who holds, or held in the past five years, a prominent public function\n", []),
    ("**Side business**: a fishing fleet registered offshore\n", [1]),
    ("**Family ties**: a sister who sits on the tender board\n", [1]),
    ("A bribe is the only way to get a licence to export fish.\n", [1]),
    # must flag: a definition's shape naming something particular, a figure, a count, a name
    ("Privatisation means selling the port to the president's nephew.\n", [1]),
    ("Privatisation means selling the port to a company run by ministers.\n", [1]),
    ("A general election is due in October 2025.\n", [1]),
    ("A third of the budget is a loan that the treasury never disclosed.\n", [1]),
    ("**Renske Valdor**: a cousin of the president who chairs the tender board.\n", [1]),
    ("**Pardoned**: two allies convicted in donation cases.\n", [1]),
    ("**Harbourline**: a shell company that fronted the 2021 tender.\n", [1]),
    ("**Harbourline**: a shell company registered to the minister's brother.\n", [1]),
])
def test_a_definition_is_no_claim(body: str, lines: list[int]) -> None:
    assert _flagged(body) == lines


@pytest.mark.parametrize(("body", "lines"), [
    # how the briefing presents its material, and where it puts it
    ("Interviewees are described by role, never by name.\n", []),
    ("Testimonies are summarised rather than quoted in full, and cut only for length.\n", []),
    ("Prices are converted at the average exchange rate of the year of purchase.\n", []),
    ("Statements made on television were transcribed from the broadcast recording.\n", []),
    ("The 2022 change is discussed under litigation, below.\n", []),
    ("Interviewees are identified by role; all 64 documented cases are listed in the annex.\n", []),
    ("Hezbollah is listed in annex 2 of the EU regulation.\n", [1]),
    ("Annex A (sources consulted) and Annex B (director attendance) are supplied separately.\n", []),
    ("We assumed the growth rate the Fiscal Council published in November 2024.\n", [1]),
    # must flag: what others do to the material, what a table proves, a record beside a pointer
    ("Donations are converted into cash by the party treasurer.\n", [1]),
    ("Statements made by the minister were deleted from the record.\n", [1]),
    ("The table shows that the ministry paid the same invoice twice.\n", [1]),
    ("The minister resigned in May; the details are given below.\n", [1]),
    ("The contractor's invoices were rounded up to the nearest million.\n", [1]),
    ("Figures are rounded to the nearest thousand.\n", []),
    ("Testimonies were summarised by the prosecutor and never shown to the defence.\n", [1]),
])
def test_how_the_briefing_presents_its_material(body: str, lines: list[int]) -> None:
    assert _flagged(body) == lines


@pytest.mark.parametrize(("body", "lines"), [
    # a rule in force, and a record after a modal clause or in an appositive after a semicolon
    ("Under the constitution, the new parliament must meet within 30 days of the results.\n", [1]),
    ("Prisoners serving sentences of any length cannot vote, a blanket ban the Constitutional Court upheld in 2019.\n",
     [1]),
    ("Coalition talks are likely to be long; the PNP's former partner, the Farmers' League, fell below the threshold.\n",
     [1]),
    # must pass: a recommendation by law, a modal with an appositive that records nothing
    ("Parliament must guarantee by law the independence of the regulator.\n", []),
    ("Prisoners cannot vote, a rule the court may yet strike down.\n", []),
    ("Coalition talks are likely to be long; the smaller parties, if they enter, will ask for ministries.\n", []),
    # the authors' steps do not make "It" or "They" in the next sentence the briefing
    ("We put the question to the Commission.\nIt told us the cap was rejected in 2022 as unenforceable.\n", [2]),
    ("We reviewed 40 files.\nThey show that the ministry paid the same invoice twice in 2023.\n", [2]),
    ("This report covers the year 2024.\nIt closes with the committee's recommendations.\n", []),
    ("We sent questions to the company on 27 February, and we quote every reply we received.\n", []),
])
def test_rules_in_force_records_beside_and_the_authors_steps(body: str, lines: list[int]) -> None:
    assert _flagged(body) == lines


@pytest.mark.parametrize(("body", "lines"), [
    # an instruction to find out what it asks, as an item or a label's value without a full stop
    ("Before you share a story:\n\n- Check when the domain was registered\n- Search for a distinctive sentence to see "
     "where it first appeared\n", []),
    ("Ask where the money went.\n", []),
    ("## Background\n\n**What the committee is asked to do**: Report on the bill before its second reading\n", []),
    # must flag: an instruction that takes its question as known, or records beside it
    ("Note how the ministry changed its figures in 2023.\n", [1]),
    ("Establish when the ministry knew, which was in March 2024 according to leaked emails.\n", [1]),
    ("## Background\n\n**Legacy**: Set up the anti-corruption agency in 2015\n", [3]),
    ("## Background\n\n**What it is**: Private security firm guarding ministry buildings under a contract\n", [3]),
])
def test_instructions_that_ask(body: str, lines: list[int]) -> None:
    assert _flagged(body) == lines


@pytest.mark.parametrize(("body", "lines"), [
    # a person's label with who they are after a comma: the label passes, what they did below asserts
    ("**Witness D**, a schoolteacher detained at the Orlen Pass checkpoint:\n- Blindfolded for all four days\n"
     "- Moved twice, both times at night\n", [2, 3]),
    ("**Witness A**, a farmer from Tesk:\n\n- Taken from his home at about 2 a.m.\n", [3]),
    # must flag: a name's label whose appositive names a date or an accusation is a sentence of its own
    ("**Arkady Venn**, the minister sacked in 2021 for taking bribes:\n\n- Paid the contractor twice\n", [1, 3]),
    ("**Witness B**, the officer accused of shooting the protester:\n", [1]),
    ("**Bottom line**, the ministry paid Selmark twice for the same cranes:\n", [1]),
    # must flag: a clause of its own after the comma
    ("**Arkady Venn**, who ran the party's fund until 2021:\n\n- Paid the contractor twice\n", [1, 3]),
    # a caption naming the authors' projections over its rows (not an estimate of others' doing)
    ("Since 2022, we must work harder.\n", []),
    ("Table 2. Staff projections, assuming no tariff increase\n\n| Year | Debt |\n|---|---:|\n| 2026 | 5,480 |\n", []),
    ("Table 2. The regulator's projections, 2025–2027\n\n| Year | Debt |\n|---|---:|\n| 2026 | 5,480 |\n", [5]),
    ("Table 3. Estimated deaths by province, 2022\n\n| Province | Deaths |\n|---|---:|\n| Tarsk | 412 |\n", [5]),
])
def test_person_labels_rules_since_and_projection_captions(body: str, lines: list[int]) -> None:
    assert _flagged(body) == lines


@pytest.mark.parametrize(("body", "lines"), [
    # the authors' side at work: a series, the questions they put, a source's condition, what they could not see,
    # their own view; an open question the briefing puts; a generic condition
    ("*Part of the Ledger's series on money and influence in the 2025 election.*\n", []),
    ("These are among the questions we put to Corvel Media Solutions on 27 February:\n", []),
    ("She spoke on condition that her name be withheld because she still lives abroad.\n", []),
    ("Staff have not had access to the company's internal cash-flow forecasts; a request is pending.\n", []),
    ("The mission was not in a position to test the accuracy of the register independently.\n", []),
    ("The mission thanks the commission and the many voters and officials who helped it.\n", []),
    ("Figures for 2025 are staff estimates unless a source is named.\n", []),
    ("The question for the committee is whether a third rescue will end differently from the first two.\n", []),
    ("Where such pressure occurs, it undermines voters' ability to cast their vote free of fear.\n", []),
    # must flag: a record beside the authors' step, what the mission saw, another's answer, a correction's facts
    ("Staff have not had access to the forecasts because the minister ordered them sealed in 2024.\n", [1]),
    ("The mission regards the change as unlawful; the commission rejected 40 complaints in 2024.\n", [1]),
    ("The mission observed 1,186 polling stations.\n", [1]),
    ("The European Union sent 120 observers.\nThe mission regards the vote as credible but flawed.\n", [1, 2]),
    ("The clinic has been under siege since March.\nStaff have not had access to clean water for three weeks.\n", [1, 2]),
    ("The witness spoke to the tribunal on condition of anonymity.\n", [1]),
    ("The ministry answered only two of the questions we sent, and admitted paying twice in 2023.\n", [1]),
    ("## Corrections\n\nLast week's digest gave the seat count as 21; the party holds 19 seats.\n", [3]),
    ("**Correction**: The Act vests all surface water in the Crown.\n", [1]),
    ("Where the army took control, it closed the schools in 2019.\n", [1]),
])
def test_the_authors_side_at_work(body: str, lines: list[int]) -> None:
    assert _flagged(body) == lines


@pytest.mark.parametrize("line", [
    # found by a cold review: each shape of an exemption above with a record inside; all must flag
    "Bundling means collecting small donations from employees, which is how the candidates raised most of their money.",
    "Restructuring means that dockworkers lost their pensions and their housing.",
    "**Front company**: a shell that fronted the tender for the harbour dredging",
    "**Sole bidder**: a company owned by the brother of the minister",
    "**Donor**: the businessman who paid for the holidays of the minister",
    "Interviewees are identified by initials because the ministry fired two of them after the first story.",
    "Victims are identified only by initials in the police reports, a practice the ombudsman criticised in 2022.",
    "Suspects are referred to by pseudonyms in the indictment.",
    "Minutes of cabinet meetings are summarised rather than published in full.",
    "Pensions are converted at the official exchange rate, which the central bank cut by 40% in March.",
    "Court rulings are translated for brevity by the ministry, which cut the dissenting opinions.",
    "Ammunition for the rifles is supplied separately.",
    "Figure 2. The ministry paid Selmark twice for the same cranes",
    "Chart 3. Varn's brother won every harbour contract since 2019",
    "We put the cost of the unused cranes at about a third of the port's annual budget.",
    "We submitted a request under the access law, and we learned the contracts had been shredded.",
    "We translated the memo Varn sent to the Kestravan embassy in 2021.",
    "We put the question to Radovan Eskel, the minister who signed all six contracts.",
    "**Aftermath**: Report by the auditor blaming the minister for the losses",
    "**Sanction**: Ban on Selmark bidding for state contracts",
    "Tormalia will elect all 151 members of the assembly on 27 April, the first vote under the system adopted in 2024.",
])
def test_the_exemptions_neighbours_still_flag(line: str) -> None:
    assert _flagged(f"## Background\n\n{line}\n") == [3]


@pytest.mark.parametrize("line", [
    "Fares will probably rise again in 2026, the first increase since the city froze them in 2015.",
    "We put our findings to the fund in a letter of 2 March 2025.",
    "We put the question to the Commission.",
])
def test_the_exemptions_still_pass(line: str) -> None:
    assert _flagged(f"## Background\n\n{line}\n") == []


@pytest.mark.parametrize(("row", "lines"), [
    # a fact table's row with a rule's modal states the rule; one that looks ahead does not
    ("| Rights that may be suspended | Assembly, movement, press | Assembly and movement only |", [3]),
    ("| Parliament's role | Notified within 7 days; no vote | Must approve within 7 days or the order lapses |", [3]),
    ("| Exports | Will rise | Will fall |", []),
])
def test_a_rule_in_a_fact_table(row: str, lines: list[int]) -> None:
    assert _flagged(f"| Feature | Marvenne | Telsund |\n|---|---|---|\n{row}\n") == lines


@pytest.mark.parametrize(("body", "lines"), [
    # found by a fourth cold review: a pronoun after a presentation note or the authors' work is read on its own
    ("Interviewees are described by role, never by name.\nThey were all dismissed after the strike.\n", [2]),
    ("We put our findings to Selmark in a letter of 2 March 2025.\nIt has since filed for bankruptcy.\n", [2]),
    ("The six contracts are listed in the annex.\nThey were all signed on the same day.\n", [2]),
    ("We spoke to 14 dockworkers.\nThey asked not to be named.\n", []),
    ("We set out the record first.\nIt draws on the court file and forty interviews.\n", []),
    # a transcript's subject, a caption's participle or appended phrase, a rule's opinion, a witness's note
    ("Varn's order to open fire was transcribed from the broadcast recording.\n", [1]),
    ("Map 1. Villages shelled by the army in March 2024\n", [1]),
    ("Figure 4. Turnout in the north, down by a third since 2019\n", [1]),
    ("Table 3. Estimated deaths by province, 2022\n", []),
    ("Under the constitution, the court must surely strike the decree down.\n", []),
    ("**Witness F**, a nurse at the Tarsk hospital:\n- Asked not to be named\n- Treated the wounded for three days\n",
     [3]),
    ("Wherever observers ask for the tally sheets, polling staff refuse to hand them over.\n", [1]),
    ("Access means paying a minister's cousin for a meeting.\n", [1]),
    # the right of reply, and a record after it
    ("We sent questions to Korvena on 2 June and again on 20 June; we had no reply by the time of writing.\n", []),
    ("We sent our questions to the ministry, which paid twice in 2023.\n", [1]),
])
def test_pronouns_captions_and_notes_after_a_fourth_review(body: str, lines: list[int]) -> None:
    assert _flagged(body) == lines
