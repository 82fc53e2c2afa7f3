"""Every context vocabulary flags its must-flag examples and passes its must-pass examples."""

from __future__ import annotations

import pytest

from briefings.linting import lint_text
from briefings.linting.config import from_settings
from briefings.linting.vocab import ENTRIES, KINDS

FRONT = "---\ntitle: Example\nstatus: draft\n---\n\n"
SOURCING = {"unsourced-assertion", "unattributed-quote"}


def flagged(body: str, **settings: object) -> bool:
    config = from_settings(settings) if settings else None
    return any(f.rule in SOURCING for f in lint_text(f"{FRONT}{body}\n", config=config))


@pytest.mark.parametrize("example", [e for entry in ENTRIES for e in entry.must_flag], ids=lambda v: v[:40])
def test_must_flag(example: str) -> None:
    assert flagged(example)


@pytest.mark.parametrize("example", [e for entry in ENTRIES for e in entry.must_pass], ids=lambda v: v[:40])
def test_must_pass(example: str) -> None:
    assert not flagged(example)


def test_every_vocabulary_has_both_kinds_of_example_and_a_known_kind() -> None:
    assert [e.name for e in ENTRIES if not e.must_flag or not e.must_pass] == []
    assert {e.kind for e in ENTRIES} <= set(KINDS)


@pytest.mark.parametrize(("body", "expected"), [
    # the classes of miss and false alarm the context reading was built for
    ("**Evidence**:\n- Both call independent judges \"unelected obstacles\"", True),
    ("**Plausibility**: High—he has praised the chancellor in every speech since taking office.", True),
    ("Each of these decisions helped the neighbouring government:\n\n- Declined to expel the diplomats", True),
    ("**Policy**:\n- Doubts his own intelligence service\n- Vetoes alliance statements", True),
    ("In the city, expect:\n\n- New procurement rules by spring", False),
    ("**Response**: Requires a statute and a budget line", False),
    ("## Next steps\n\n- Track new procurement rules\n- Strengthen oversight", False),
    ("- Emphasize oversight of the port authority", False),
    ("- Emphasizes oversight of the port authority", True),
    # a key no vocabulary knows: a fact under it, unless its value is a sentence of advice or a view
    ("**Advice**: Ask the ministry for the regional lists behind the national total.", False),
    ("**Framing**: In our reading, the opening makes a recovery from a slump sound like progress.", False),
    ("**Check**: The list grew in four weeks last autumn.", True),
    ("**Who makes it**: Transport Minister Jonas Reff, in his statement to parliament.", True),
    ("**What it is**: Private security firm guarding ministry buildings under a contract", True),
    ("**Real influence**: Broad and growing", True),
    # from set 28: a profile's bold name and role is its heading; a finding as a bold headline is read, a
    # label, a quoted claim or a noun phrase is not; the authors' own steps; lettered readings; a visit's programme
    ("**Mirela Saska**, President of the Republic\nShe chairs the National Security Council.", True),
    ("**Mirela Saska**, President of the Republic\n\nText.", False),
    ("**2. Dismissals follow public criticism**\n\nText.", True),
    ("**Foreign funding has become a lever**\n\nText.", True),
    ("**2. The Sarkis Foundation grants**\n\nText.", False),
    ("**Councils graded D or E**\n\nText.", False),
    ("**Option B: Conditional support (recommended)**\n\nText.", False),
    ('**"Outcomes have improved since units were centralised."**\n\nText.', False),
    ("**What we did**: We examined the PDF's properties and internal structure.", False),
    ("**What we found**:\n- The scan's resolution and page size are the defaults the app applies", True),
    ("## Competing explanations\n\n**B. A forgery built from public documents**\n- Would account for the copied passages", False),
    ("**Most likely**: A, with C not ruled out.", False),
    ("## 7. Provisional schedule\n\n| Day | Time | Meeting |\n|---|---|---|\n| Mon 6 Oct | 19:00 | Dinner with the Speaker |", False),
    ("## Practical notes\n\n- Dress is business attire throughout.", False),
    ("**Likely to raise**: Co-financing for the rail corridor", False),
    # from the cold review: a bold question that asks what comes or what to do keeps its kind; no headline in
    # a forecast section or in title case; an unknown key's value with a record after a colon; a rating's reason
    ("**What next?**\n\nThe court rules on Article 4 in July.", False),
    ("**What should the government do?**\n\n- Full publication of all 64,000 overpayment records", False),
    ("**How much water is lost?**\n\nThe canals lose 30% of the water they carry.", True),
    ("## Three scenarios\n\n**Saska wins a second term**\n\nText.", False),
    ("**Foreign Funding Has Become A Lever**\n\nText.", False),
    ("**Pattern**: Consider the 2019 case: the minister fired three judges within a week.", True),
    ("**Fallout**: Cost the treasury 40 million talers.", True),
    ("**Most likely**: Genuine—the memo's metadata match the ministry's templates.", True),
    ("**What we did**: We interviewed 12 officials; nine said the memo circulated in May.", True),
    ("## Due to the drought\n\nThe river is at its lowest level since 1950.", True),
    ("## Agenda\n\nThe party won 41 seats in 2023 on that pledge.", True),
    ("## Practical notes\n\nTwo bombings hit the district in March.", True),
    # from the cold review of 432e64f: a likelihood rating keeps its section's reading, an indirect question
    # after a colon, advice that opens with "Set", a finding after the method only under "What we did"
    ("## What to watch\n\n- **Runoff**: Likely—Saska falls short of half the vote", False),
    ("**Advice**: Press the minister on one point: why the tender was cancelled.", False),
    ("**Tip**: Set aside a full day for the archive.", False),
    ("**Methodology**: Polls were averaged over 14 days; outliers were removed.", False),
    ("## What we did wrong\n\nThe ministry never published the 2021 audit.", True),
    ("**Set to attend**: The foreign minister and two deputies", False),
    ("## Outlook\n\n**The coalition has already lost its majority**\n\nText.", True),
    # from set 29: a rating scale's legend, readings against a standard, a horizon, what an option leaves
    ("Promise statuses were assigned by two monitors, using this scale:\n- **Kept**: enacted or fully in force\n"
     "- **Stalled**: no progress in the period, or a bill defeated and not yet brought back", False),
    ("| Indicator | June 2025 | Minimum standard | Status |\n|---|---|---|---|\n| People per working tap | 410 | 250 | Below |",
     True),
    ("| Indicator | 2030 target | What it would suggest |\n|---|---|---|\n| People per working tap | 250 | Progress |", False),
    ("Before the summer recess (to 25 July):\n- Expect the bill to return in a narrower form", False),
    ("## Option D: Managed status quo\n\n**Against**: Leaves the channel and the port exposed to the next incident.", False),
    ("# Chamber\n\n**Composition**: 150 deputies; coalition 81, opposition 63\n\n## Summary\n\nText.", True),
    # from the cold review of 6268f97: a look back is no horizon, a scheme someone adopted is no legend, a noun
    # after "due to" is no forecast, a finding with its count after a method's semicolon
    ("Before the vote, the ruling party had:\n- Closed two opposition newspapers", True),
    ("| Party | Before the election | After the election |\n|---|---|---|\n| Civic Union | 81 | 64 |", True),
    ("In 2023 the ministry replaced the fuel rebate with the following scheme:\n- Bondholders took a 40% haircut", True),
    ("- **Due to conflict**: 412,000", True),
    ("**How we worked**: We visited nine clinics in March; four had no running water.", True),
    ("**Legacy**: Set up the anti-corruption agency in 2015.", True),
    # from held-out set 30: a heading word only where it names the section's kind ("Related", "Sources", "Method"
    # as the whole heading or after "X and"), a numbered incident label, a rating's reason
    ("## Related-Party Contracts\n\nContract 2 raised the haulage rate by 22% without a new tender.", True),
    ("## Related briefings\n\n- The 2024 audit of the grid operator", False),
    ("## Scope and method\n\nWe searched the registers of three countries.", False),
    ("## Sources and caveats\n\nCounts of closures rely on press reports and may be incomplete.", False),
    ("**M-2. Eastern market fires, 3–4 March**\n\nText.", False),
    ("## Findings\n\n**Since 2021, the regulator has fined every opposition outlet**\n\nText.", True),
    ("## Data sources\n\nCounts of closures rely on press reports and may be incomplete.", False),
    ("## Methods, sources and limits\n\nCounts of closures rely on press reports and may be incomplete.", False),
    ("## Source and destination countries\n\nRemittances from Ostrel rose 12% in 2024.", True),
    ("**Methods**: Arson and beatings by two armed groups.", True),
    # a party's own proposals or forecast are records, the authors' own and a past year's are not
    ("## The ministry's proposals\n\nThe ministry proposes to cut the levy by 40% in 2026.", True),
    ("## The central bank's forecast\n\nThe central bank projects growth of 2% in 2026.", True),
    ("## The authors' recommendations\n\n- Publish every audit within 90 days", False),
    ("## Last year's recommendations\n\nThe table tracks the eighteen recommendations of our 2024 report.", False),
    ("## Parliament's options\n\n- Force votes on every pending decree", False),
    ("**Weight**: Moderate—the deadline pressure was real, but the hospital did not ask for more time.", True),
    # a bold question: a heading for its answer, but a statement before it is read
    ("**The treaty was signed in a wet decade. Was it badly drafted?**\n\nNot badly.", True),
    ("**Was the treaty badly drafted?**\n\nNot badly.", False),
    # an option's obstacle is what stands in its way now; a list of obstacles is the authors' judgement
    ("**Option 1: Force votes**\n- **Main obstacle**: The speaker has blocked every such vote since 2021", True),
    ("**Option 1: Force votes**\n- **Obstacle**: None obvious", False),
    ("## Option 1: Force votes\n\n**Obstacles**:\n- Donor fatigue\n- A hostile speaker", False),
    # a block quote is one quotation: the source on its attribution line covers the quoted line
    ('> "We will not hand the harbours to hedge funds."\n> Mirela Vant, campaign launch, April 2025[^q]\n\n'
     "[^q]: Drelmark Broadcasting, *Evening News*, 26 April 2025.", False),
    ('> "We will not hand the harbours to hedge funds."\n> Mirela Vant, campaign launch, April 2025', True),
    # the briefing's own state in its header lines, and a table of the authors' view or estimates
    ("**Status**: Draft for internal review\n\n## Background\n\nWhy now?", False),
    ("| Provision | Our concern |\n|---|---|\n| Inspection power | Open to abuse without a judge |", False),
    ("## What would signal a crisis\n\n- Reserve cover below two weeks", False),
    # a forecast or response section still tells what happened: a past or perfect record asserts there
    ("## Outlook\n\nCoalition talks have taken 47 days on average since 1994.", True),
    ("## Outlook\n\nThe last coalition collapsed in 2011.", True),
    ("## Outlook\n\nTurnout is likely to fall again in the port towns.", False),
    # ... and so does a present fact in its running text, but not a watch-list item nor a framed label
    ("## Outlook\n\nThe coalition holds 52 of the 100 seats.", True),
    ("## Outlook\n\nThe treaty allows either side to withdraw with six months of notice.", True),
    ("## Outlook\n\nThe ministry is expected to publish the audit in May.", False),
    ("## Outlook\n\nWe think the levy stays.", False),
    ("## Outlook\n\n- The coalition holds 52 seats", False),
    ("## Outlook\n\nGrowth slows to 1% in 2026 as the subsidy ends.", False),  # an outlook's own present tense
    ("## Outlook\n\nRisks remain tilted to the downside.", False),
    ("## Outlook\n\nThe levy stays in place until at least 2027.", False),
    ("### A shared outlook\n**Theory**: The two men hold the same views, and the alignment follows from that.", False),
    ("**Response**: The operator dismissed the ship's master in May.", True),
    ("## What to watch for\n\n- New gas discounts announced in the same week", False),
    ("## Recommendations\n\n- Request the list of warrants signed in 2021", False),
    ("## Government response\n\nIts terms of reference were published on December 2.", True),
    # the briefing about itself, whatever it calls itself, and its own conventions
    ("This explainer answers the questions partners ask most often about the bill.", False),
    ("This brief sets out the numbers and explains the causes of the shortage.", False),
    ("This assessment weighs three readings of the ruling.", False),
    # ... but a mention of the briefing or of its words never exempts a fact stated alongside it
    ("The ministry cut port fees by 40% in 2024, which is one reason this brief works from import volumes.", True),
    ("Minister Varga resigned in 2022 after the audit, the point at which this report takes up the story.", True),
    ("The army fired on protesters in March; the word 'massacre' here means more than fifty deaths.", True),
    ("Figures are estimates from the ministry, which lied about the 2023 harvest.", True),
    ("Figures are provisional because the ministry stopped publishing after the army seized it.", True),
    ("Figures are percentages of decided voters; undecided respondents are left out.", False),
    ('A "hung chamber" here means that no party holds a majority on its own.', False),
    ("Figures from the customs office show imports fell by 12% in 2024.", True),
    # a list item's second sentence has a subject of its own: a fact, even under recommendations
    ("## Recommendations\n\n**For the finance committee**:\n- Summon the two evaluators. Both still work at the "
     "Ministry of Transport.", True),
    ("## Recommendations\n\n**For the finance committee**:\n- Summon the two evaluators. Ask for their files.", False),
    ("## Scenarios\n\nThree scenarios:\n- **Drift**: exports stay close to 2024 levels.\nThe monitoring unit "
     "projected in January 2025 that exports would fall.", True),
    # a response that reports what a party says is a record; one that prescribes is not
    ("**Response**: The security service says it has no connection with the firm.", True),
    ("**Response**: Requires a statute and a budget line", False),
    # a bold label line that records what someone did makes its items facts
    ("**Powers he has used most**:\n- Searches of NGO offices under the foreign-agent law", True),
    ("## Options\n\n**Option 2: Amend it in committee**\n- **Advantage**: Keeps a formal forum for the two sides", False),
    # a lead-in of the briefing's own criteria frames itself and its items, whatever figure it names
    ("Our criteria for including a ship among the 61:\n\n- at least six loadings in 2024", False),
    ("The ownership chain as it stood in April 2025:\n\n| Owner | Share |\n|---|---|\n| Calvik Ltd | 40% |", True),
    # a profile's fact box above the first section: a value that names something of the world asserts,
    # the briefing's own particulars do not
    ("# Profile\n\n**Full name**: Dorota Maria Kessling-Aru\n\n## Summary\n\nWhy now?", True),
    ("# Profile\n\n**Languages**: Veltrian and English\n\n## Summary\n\nWhy now?", True),
    ("# Digest\n\n**Election day**: 16 March 2025, with runoffs on 30 March\n\n## Summary\n\nWhy now?", True),
    ("# Digest\n\n**Compiled by**: Elections desk\n**Prepared**: May 2025\n**Profile type**: Public official\n"
     "**Reviewed by**: Anna Berg\n**Countries compared**: Republic of Austerra and Kingdom of Pellmark\n"
     "**Lead analyst**: Anna Berg\n**Requested by**: Deputy Minister Halden\n**Deadline**: 30 June 2025\n"
     "**Topic**: The Central Bank and its governor\n\n## Summary\n\nWhy now?", False),
    # a label's own kind wins over its section's: a pointer under recommendations
    ("## Recommendations\n\n- Ask the bank for its votes.\n\n**See**: [The courts](courts.md) for the same "
     "questions asked of a judiciary.", False),
    # a bold label with a note in brackets after it keeps its own kind
    ("**Possible explanations for the fall in turnout** (not mutually exclusive):\n- The end of postal voting abroad",
     False),
    ("**After the result**:\n- A rebrand of the network under a new name", False),  # "result" by chance
    # a question item's later sentence that records what happened asserts
    ("**Questions put to him**:\n\n- How many letters were returned undelivered? He answered none of them directly.",
     True),
    ("**Questions put to him**:\n\n- Who approved it? Nobody knows.", False),
    # an indicator table of past periods is a fact table (not one with a forecast, a signal or a
    # baseline column); a heading that asks what to do recommends; a fact table's row labelled with a
    # wh-word is a row, not an open question
    ("## Key figures\n\n| Indicator | 3–9 Mar | 10–16 Mar | Total |\n|---|---:|---:|---:|\n| Deaths | 9 | 14 | 23 |", True),
    ("| Indicator | 2025 | 2026 (f) |\n|---|---|---|\n| Growth | 2.1% | 1.5% |", False),
    ("| Indicator | Signal by June 2026 |\n|---|---|\n| Arrests | More than 50 |", False),
    ("| Indicator | Baseline (2024) | Trigger |\n|---|---|---|\n| Arrests | 12 | 50 |", False),
    ("| Indicator | 2024 | 2026 (est.) |\n|---|---|---|\n| Growth | 2.1% | 1.5% |", False),
    # a scenario's own story in the present is no fact, unlike an outlook's running text; what would
    # tell us is a watch list
    ("## Scenarios\n\n### Scenario A: Managed freeze\n\nKelmark builds the garrison slowly; Dravonia protests.", False),
    ("## Scenario planning\n\nThe central bank holds reserves of four billion dollars.", True),
    ("**Judgement 1.** We assess that the company was created to evade the embargo.", False),
    ("Three things would tell us that his position is weakening:\n\n- a public audit of the contract", False),
    ("## What should affected groups do now?\n\n- Keep records of every donor above VK 1,000 from 1 January 2025",
     False),
    ("| | Old law | New act |\n|---|---|---|\n| Who owns the register | The courts | The Ministry |", True),
    # a rating and the reason for it: the reason is read as written, whatever the key frames
    ("**Explanation 3: volunteers**\n**Confidence**: Low—the accounts kept the same shift pattern for ten weeks.", True),
    ("## Competing theories\n\n**Plausibility**: High—the overlap in rhetoric is documented.", True),
    ("**Confidence**: Moderate for the campaign findings, lower for Verrin", False),
    # an indicator table that counts what showed each indicator is a fact table; one that says what
    # an indicator would mean, or its current status, is not
    ("| Indicator | Accounts showing it | Strength |\n|---|---|---|\n| Reused profile photo | 43 | Moderate |", True),
    ("| Indicator | What it would mean | Strength |\n|---|---|---|\n| Reused profile photo | A farm | Moderate |", False),
    # a bold pseudo-heading with a time span is no part of the sentence under it
    ("**Exchange 1: the milestone figures** (10:42–10:58)\nThe Chair asked why 94% of milestones were met.", True),
    # the version heading, "About this summary", a schedule of what is coming up, the next issue
    ("## The short version\n\nOn 12 March 2025 the Tribunal struck down two parts of the 2023 law.", True),
    ("## Version history\n\nFirst published on 3 May 2025.", False),
    ("## About this summary\n\nQuotations are taken from the uncorrected transcript.", False),
    ("## Coming up\n\n- **Monday 10 June**: first-quarter GDP figures from the statistics office", False),
    ("## What came up\n\n- **Monday 3 June**: the statistics office cut its growth estimate to 0.2%", True),
    ("## In brief\n\n**Next issue**: Monday 17 June 2024", False),
    ("# Hearing\n\n**Status**: Briefing for members; not an official record\n\n## Background\n\nWhy now?", False),
    ("## Appendix: records searched\n\n- the Aldrian Council, Valdmoor and Osterlund sanctions lists", False),
    ("## Appendix: evidence\n\n- Valdport paid a customs penalty of V$ 3 million in 2019", True),
    # an "at a glance" table of one country is a fact table, whatever its first column is called
    ("### At a glance\n| Indicator | Ombria |\n|---|---|\n| Population | 11.2 million (2024 census) |", True),
    ("| Indicator | Description |\n|---|---|\n| Arrests of journalists | More than five in a month |", False),
    # a profile's fact box; a demands section; the authors' view as an admonition title
    ("# Obituary\n\n**Survived by**: his wife, Mira Sallowen, a retired judge\n\n## Life\n\nWhy now?", True),
    ("## What we are asking for\n\nThe Trust calls on the authorities to:\n1. Release Marit Selvacz", False),
    # someone's own forecast under an outlook heading is a record of it; "How to read him" is analysis,
    # "How to read this briefing" is about the briefing; planning assumptions frame their items
    ("## Outlook\n\nThe food security cluster says distributions will stop in October.", True),
    ("## Outlook\n\nDistributions will stop in October.", False),
    ("## How to read him\n\nHe has won every election he has contested since 2005.", True),
    ("## How to read this briefing\n\nEach section opens with the record.", False),
    ("Partners are asked to plan on the following assumptions:\n- Displacement rises to about 300,000 by November.",
     False),
    # a lead-in that states a record or a figure is read, whatever its list frames
    ("## Background\n\nThree scenarios follow from the seizure of the port on 3 May 2024, when 40 soldiers died:\n"
     "- A long siege", True),
    ("| Indicator | Best case | Worst case |\n|---|---|---|\n| Growth | 3% | -1% |", False),
    ("| Date | Hearing | What happened |\n|---|---|---|\n| 12–13 May 2025 | Witness evidence | Koszyk testifies |", True),
])
def test_context_classes(body: str, expected: bool) -> None:
    assert flagged(body) is expected


def test_a_library_adds_its_own_phrases() -> None:
    body = "**Audit trail**:\n- Two ledgers kept by the port"
    assert not flagged(body)
    assert flagged(body, contexts={"asserts": ["Audit trail"]})


def test_a_librarys_own_whole_phrase_beats_a_built_in_one() -> None:
    body = "Our ratings are:\n\n- Moody's upgraded Greece to Baa3 in March 2024"
    assert not flagged(body)  # a legend of the briefing's own ratings
    assert flagged(body, contexts={"asserts": ["Our ratings are"]})


@pytest.mark.parametrize(("body", "expected"), [
    # from blind set 20: lead-ins, tables and labels
    ("Members who wish to follow up the report could:\n\n- Table written questions on the deleted logs\n"
     "- Ask the Commissioner to report every six months", False),
    ("The *Courier* published a draft memorandum that would commit the government to:\n\n"
     "- Close the northern border crossings", True),
    ("Cases by month, 2024:\n\n| Period | New cases |\n|---|---:|\n| May | 1,940 |", True),
    ("Withdrawals from the river by sector, 2023 (km³ a year):", False),
    ("**Does the law ban foreign funding?**\nNo. It bans foreign funding only for parties.", True),
    ("**Should citizens change their numbers?**\nOnly if they have seen signs of fraud.", False),
    ("| Recommendation | Response | Status |\n|---|---|---|\n| Publish the test | Rejected | — |", True),
    ("| Recommendation | Implementation |\n|---|---|\n| Publish the audits | Finance ministry, from 2026 |", False),
    ("Closed sessions with police investigators are not listed here.", False),
    ("Three of the five state banks are not listed.", True),
])
def test_set_20_lead_ins_tables_and_labels(body: str, expected: bool) -> None:
    assert flagged(body) is expected, body


@pytest.mark.parametrize(("body", "expected"), [
    # from blind set 21: a table of the authors' own estimates, a heading of priority actions
    ("The table below sets out our own estimates of the state's take:\n\n| Gold price | Total |\n|---|---:|\n"
     "| US$ 1,600 | US$ 27m |", False),
    ("The table below sets out the state's take:\n\n| Gold price | Total |\n|---|---:|\n| US$ 1,600 | US$ 27m |", True),
    ("## Priority actions\n\n1. Light the latrine blocks in the Eastern Extension", False),
    ("## Military action\n\nArtillery struck the depot on 3 March.", True),
])
def test_set_21_estimates_tables_and_actions(body: str, expected: bool) -> None:
    assert flagged(body) is expected, body


@pytest.mark.parametrize(("body", "expected"), [
    # from blind set 22: definition lists, a case's fact box, dated run-in labels, indicator tables
    ("## The parties\n\n**Ministry of Agriculture**\n: Respondent; represented by the deputy minister, who signed "
     "most of the transfer orders", True),
    ("## Glossary\n\n**Replacement rate**\n: A pension as a share of the last salary", False),
    ("# The ruling\n\n**Judgment delivered**: 11 February 2025\n**Vote**: Six to three on the merits\n\n---\n\nText.", True),
    ("## Timeline\n\n**March 2025.** The president's office proposes equipping the Guard with armoured vehicles.", True),
    ("## Timeline\n\n**2026.** Elections will probably be held in the spring.", False),
    ("| Indicator | 2022 | 2024 | Direction | Source |\n|---|---|---|---|---|\n| Presidential approval | 51% | 38% | "
     "Worse | |", True),
    ("| Indicator | 2024 | What it would suggest |\n|---|---|---|\n| Open letters by officers | 2 | A split |", False),
    ("**Direction of travel**: Towards longer regional orders", False),
    ("## Timeline\n\n**3 March 2025.** Ask the ministry for the contracts.", False),
    ("The ministry's figures, set out below, are far above our estimates.\n\n| Year | Deaths |\n|---|---|\n"
     "| 2023 | 400 |", True),
    ("| Indicator | 2030 | 2035 | Direction |\n|---|---|---|---|\n| Renewables share | 45% | 60% | Up |", False),
    ("**What would help**: Retraining and phased retirement for people in physical jobs", False),
])
def test_set_22_definitions_fact_boxes_and_tables(body: str, expected: bool) -> None:
    assert flagged(body) is expected, body


@pytest.mark.parametrize(("body", "expected"), [
    # from blind set 35: readings already taken, with the direction between them, are a fact table
    ("| Indicator | Latest reading | Three months earlier | Direction |\n|---|---|---|---|\n| Policy rate | 9.0% | "
     "7.5% | Rising |", True),
    ("| Indicator | Latest | A year ago |\n|---|---|---|\n| Unemployment | 6.1% | 6.4% |", True),
    ("| Indicator | Latest reading | Signal by June |\n|---|---|---|\n| Policy rate | 9.0% | Above 10% |", False),
    ("| Indicator | Latest reading | What it would suggest |\n|---|---|---|\n| Policy rate | 9.0% | Tightening |", False),
])
def test_set_35_readings_already_taken(body: str, expected: bool) -> None:
    assert flagged(body) is expected, body
