"""What a line means depends on what it sits under: the vocabularies of labels, lead-ins and headings.

Each entry is data: a kind, the phrases that mark it, where they count (a bold label's key, a
lead-in above a list, a heading or bold pseudo-heading, a table's header), and must-flag and
must-pass examples that drive the tests. A library adds phrases per kind in pyproject.toml:

    [tool.briefings.lint.contexts]
    asserts = ["Findings", "Track record"]
    forecast = ["Outlook"]

Kinds: `asserts` (what follows states facts: every item or value needs a source), `forecast`,
`recommends`, `frames` (theories, scenarios, consequences), `topics` (terms, stakeholders),
`meta` (about the briefing itself), `questions`. Every kind but `asserts` exempts what it heads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

KINDS = ("asserts", "forecast", "recommends", "frames", "topics", "meta", "questions")
EXEMPTING = frozenset(KINDS) - {"asserts"}
KEY, LEAD_IN, HEADING, HEADER = "key", "lead-in", "heading", "header"


@dataclass(frozen=True)
class Entry:
    """One vocabulary: phrases of one kind, where they count, and examples."""

    kind: str
    name: str
    phrases: tuple[str, ...]
    where: tuple[str, ...]
    must_flag: tuple[str, ...]
    must_pass: tuple[str, ...]
    header_only: bool = False  # a key of this kind only in the briefing's header lines, a fact elsewhere


# the years after this one, as a pattern: a month in one of them is still ahead
_YEARS_AHEAD = "(?:" + "|".join(str(year) for year in range(date.today().year + 1, 2100)) + ")"

ENTRIES: tuple[Entry, ...] = (
    Entry("asserts", "evidence and record labels",
          ("evidence", "found", "findings", "key facts", "facts", "record", "track record", "key dates",
           "dates", "timeline", "chronology", "outcome", "result", "results", "status", "background",
           "born", "died", "party", "in office since", "education", "formal role", "verdict", "effect",
           "impact", "why it matters", "what happened", "beyond dispute", "declared assets", "since",
           "on the record", "what we know", "what is known", "known facts", "established facts", "previous post",
           r"re:^(?:(?:key|main) )?provisions$", r"re:^what the (?:bill|law) does$",
           "previous posts", "previous role", "previous roles", "previous position", "former post", "former posts",
           "nationality", "spouse", "constituency", "net worth",
           # a profile's or an event's fact box, in the header lines too
           "full name", "birth name", "date of birth", "place of birth", "age", "citizenship", "office", "offices",
           "current office", "position", "current position", "positions held", "occupation", "profession",
           "employer", "political party", "affiliation", "family", "married to", "children", "languages",
           "alma mater", "known for", "best known for", "residence", "religion", "election day", "polling day",
           "date of election", "headquarters", "founded", "owner", "owners", "ownership", "chief executive",
           # a fact box's keys, in the header lines too: "**Established**: 11 April 1997", "**Deaths**: Three soldiers"
           "established", "location", "deaths", "death toll", "dead", "injured", "wounded", "casualties", "total pledged",
           "pledged", "total funding", "programme period", "project period", "budget", "main platforms", "platforms",
           "members", "membership",
           r"re:(?:[\w-]+ ){0,2}(?:prosecutor|director|director general|chair|chairman|chairwoman|head|leader|commander|"
           r"ombudsman)",
           r"re:(?:the )?(?:movement|protests?|campaign|programme|project|operation|war|strike|blockade|outbreak) "
           r"(?:began|started|ended)",
           # a case's fact box: "**Judgment delivered**: 11 February 2025", "**Vote**: Six to three"
           r"re:(?:judgment|ruling|verdict|decision|sentence) (?:delivered|given|handed down|issued|announced)",
           "vote count", "final vote", "result of the vote",
           # what a company or an owner has: "**Holdings**:", "**Main products**:"
           r"re:^(?:(?:main|key|media|other|known|core) )?(?:holdings|products|subsidiaries|brands|outlets|clients|customers|shareholders)$",
           "staff", "employees", "annual budget", "turnover", "population", "seats", "term of office",
           # a country's or a regime's fact box: "**Head of government**: Prime Minister Ana Lind, since May 2023",
           # "**Law in force**: Fisheries Act 2011, as amended in 2019"
           "head of government", "head of state", "prime minister", "ruling party", "ruling coalition",
           "governing coalition", "law in force", "laws in force", "governing law",
           "legal basis", "main law", "regulator", "permitting authority", "licensing authority",
           # a bill's, a listing's, a crisis's, a grant's and a trial's fact box: "**Tabled**: 3 February 2025, by
           # 104 deputies", "**Designated**: 9 January 2025", "**People in need**: 412,000", "**Grant value**: €2.4
           # million", "**Defendant**: Mirela Strand, 46"
           "tabled", "introduced", "first reading", "second reading", "third reading", "final reading", "adopted",
           "enacted", "designated", "delisted", "people in need", "people displaced", "displaced", "people affected",
           "grant value", "grant amount", "amount awarded", "charges", "charged with", "defendant", "defendants",
           "accused", r"re:^(?:main |key |biggest |chief |principal )?obstacle$",  # what stands in an option's way
           # now: "- **Obstacle**: The coalition controls ..." (not a list of "**Obstacles**:", the authors' judgement)
           "predecessor", "successor", "best known as", "known as", "survived by", "cause of death", "place of death",
           "date of death",
           r"re:what (?:the |its |their |his |her )?(?!(?:we|i|you) did\b)[\w'’-]+ (?:required|found|showed|established|revealed|"
           r"recorded|concluded|contained|included|ordered|banned|did)\b",
           r"re:what (?:the |its |their |his |her )?[\w'’-]+ (?:has |have |had |did )?(?:not |never )(?:shown|show|"
           r"produced|produce|published|publish|disclosed|disclose|explained|explain|answered|answer)\b",
           r"re:what (?:the |its |their )?[\w'’-]+ (?:show|shows)\b", r"re:what (?:has )?changed\b.*",
           r"re:[\w'’ ,-]+ (?:reported|documented|recorded|confirmed) by [\w'’ ,-]+",
           "by the numbers", "in numbers", "key figures", r"re:^key numbers$", "the numbers", "key statistics", "rank"),
          (KEY, LEAD_IN),
          ("**Evidence**:\n- Repeated praise for the ruler's governing style",
           "# The ruling\n\n**Judgment delivered**: 11 February 2025\n\n---\n\nText.",
           "**What the rule required**:\n- A single letter to the registered address",
           "What the audit found:\n\n- No tender for the three largest contracts",
           "**Born**: 3 March 1961, in Ostrava",
           "# Amendment Bill 27\n\n**Subject**: Constitutional Amendment Bill No. 27/2025\n"
           "**Tabled**: February 3, 2025, by 104 Civic Union deputies\n\n## Summary\n\nText.",
           "# Sanctions advisory\n\n**Designated**: January 9, 2025, by the Office of Financial Sanctions\n\n"
           "## Summary\n\nText.",
           "Key dates:\n- Spring: the fixed price abolished",
           "**Status**: The depot closed; nobody was disciplined.",
           "**On the record**:\n- The royalty underpayment and the partial repayment",
           "**Declared Assets (2024)**:\n- A flat in the capital and a lake plot",
           "# Minister Arvo\n\n**Previous post**: Mayor of Brisk, 2014–2024\n\n## Summary\n\nText.",
           "**What the government has not shown**:\n- Any document linking the judges to the plotters",
           "**Conditions reported by families and lawyers**:\n- Solitary confinement for the first 30 days",
           "**By the numbers**:\n- Vacancies on the Court of Cassation: 11 of 27 seats",
           "**Key provisions** (as tabled):\n- Would require platforms to explain any suspension within 48 hours",
           "**Key provisions**:\n- Obliges telecoms operators to store the retained data inside the country",
           "**Holdings**:\n- TV Polaris, the most-watched commercial channel",
           "**Main products**:\n- Lawful-interception gateways for mobile operators",
           "# The Directorate\n\n**Established**: 11 April 1997, by the State Protection Act\n\n## Summary\n\nText.",
           "# Tolvar Pass\n\n**Deaths**: Three soldiers and one border guard\n\n## Summary\n\nText.",
           "**Anti-Corruption Prosecutor**: Jana Holt (since April 2022)",
           "# Country brief\n\n**Head of government**: Prime Minister Ana Lind, in office since May 2023\n\n"
           "## Summary\n\nText.",
           "# Fishing licences\n\n**Law in force**: Fisheries Act 2011, as amended in 2019\n\n## Summary\n\nText.",
           "**Option 1: Force votes on all pending decrees**\n- **Obstacle**: The coalition controls the committee "
           "that schedules votes"),
          ("**Evidence**:\n- What did the envoy discuss in March?",
           "**Option 3: Pass an ordinary law**\n- **Obstacle**: The Court might strike it down",
           "**Evidence**:\n\n- Repeated praise for the ruler's style[^a]\n\n[^a]: Hansard, *Debates*, 4 May 2021.")),
    Entry("asserts", "a profile's dated facts, in labels only",
          (r"re:(?:appointed|elected|re-elected|nominated|sworn in|founded|married|educated|convicted|sentenced|"
           r"arrested|dismissed|removed|resigned|retired|naturali[sz]ed)\b[\w'’ -]*",
           r"re:(?:[\w'’-]+ )?(?:president|chair|chairman|chairwoman|chairperson|member|leader|minister|governor|"
           r"mayor|judge|justice|director|head|speaker|editor|ambassador|secretary|commissioner|ceo|deputy|"
           r"senator|mp|in office|in post|in power) since", "composition"),  # a chamber's fact box, as a key only
          (KEY,),
          ("**Appointed to the Court**: October 2013, elected by parliament",
           "# Justice Orrow\n\n**Court President since**: January 2020\n\n## Career\n\nShe taught law."),
          ("## Recommendations\n\nElected officials should:\n\n- Declare their assets every year",
           "# Port watch\n\n**Prepared for**: The committee\n**Monitored since**: January 2024\n\n---\n\nText.",
           "If elected, the candidate will:\n\n- Cut the levy")),
    Entry("asserts", "fact sections",
          ("at a glance", "key facts", "fact sheet", "biography", "career", "chronology", "timeline", "key dates"),
          (HEADING,),
          ("## At a glance\n\n- Two adult children, neither in public office",),
          ("## At a glance\n\nThe profile is updated every spring.",)),
    Entry("asserts", "recommendations and what became of them, as a table",  # a response or status column
          (r"re:recommendations?\b[^|]{0,60}(?:\|[^|]{0,60}){0,11}?\| (?:(?:government(?:'s)?|official|ministry(?:'s)?) )?"
           r"(?:response|status|progress|outcome)\b",),
          (HEADER,),
          ("| Recommendation | Response | Status |\n|---|---|---|\n| Remove live data from test systems | Accepted | "
           "Completed in January 2025 |",),
          ("| Recommendation | Lead agency |\n|---|---|\n| Publish the audits | Finance ministry |",
           "| Issue | Response |\n|---|---|\n| Late audits | Publish them on time |")),
    Entry("forecast", "forecasts and time horizons",
          ("expect", "expected", "watch for", "what to watch", "warning signs", "signs that", "signals to watch",
           "indicators to watch", "outlook", "looking ahead", "forecast", "forecasts", "prediction",
           "predictions", "projection", "projections", "what it would suggest", "would suggest",
           r"re:would (?:mean|signal|indicate|point to|show|tell us|suggest)", "if we see", "our estimate", "our estimates",
           "our forecast", "our projection", "direction of travel", "trajectory",
           r"re:(?<!ed )(?<!en )within \d+", r"re:by (?:early |mid |late |the end of )?(?:19|20)\d\d", r"re:in the (?:next|coming)",
           r"re:later (?:in|this)", "next year", "coming months", "short term", "long term", "what next", "scenario", "scenarios",
           r"re:^(?:coming up|(?:the )?week ahead|upcoming(?: events| dates)?|next week|diary)$",
           r"re:what (?:we are|we're|we will be|to keep) watching", "watch list", "watchlist", "signposts",
           # the signs that would move the authors' call: "## What would change our view"
           r"re:^what (?:would|could|might) (?:change|alter|shift|move|revise|overturn) (?:our|this|the) (?:[\w-]+ )?"
           r"(?:view|views|assessment|judge?ments?|forecasts?|ratings?|outlook|call|estimates?|probabilit(?:y|ies))$",
           r"re:^(?:there are |we see )?(?:(?:two|three|four|five|several|the|some) )?(?:possible|realistic|likely|plausible) "
           r"(?:outcomes|endings|results)$",
           # what someone is likely to do at a meeting ahead: "**Likely to raise**: Co-financing for the rail corridor"
           r"re:^(?:likely|expected|unlikely|set|due) to (?:be|open|close|expire|vote|meet|start|end|attend|raise|arrive|"
           r"visit|return|resume|take|sign|announce|decide|rule|report|publish|speak|testify|appear|ask|press|push|"
           r"seek|table|propose|oppose|support)\b[\w'’ -]{0,40}$"),
          (KEY, LEAD_IN, HEADING, HEADER),
          ("## What happened\n\nThe ministry cut fuel subsidies in 2023.",
           "## What changed our assessment\n\n- The central bank sold a fifth of its reserves in 2024",
           "## Upcoming elections in the region\n\nThe court has 15 judges, nine of them appointed since 2020.",
           "| Year | Complaints | Resolved within 28 days |\n|---|---|---|\n| 2021 | 2,610 | 64% |",
           "We see two main paths over the coming year:\n\n- Minister Varga took a bribe from the port operator"),
          ("## What to watch for\n\n- Further reviews of equipment bound for the coast",
           "## What would change our assessment\n\n- A second failed auction at the central bank would raise the "
           "risk to high\n- A ceasefire signed by both sides would cut our default probability below 20%",
           "There are three realistic outcomes:\n- **Authority wins**: the Court of Appeal's ruling stands",
           "## Coming up\n\n- **Monday 10 June**: first-quarter GDP figures from the statistics office",
           "## What We Are Watching\n\n- **Army deployment**: any move of regular army units into Harlo",
           "| Year | Imports, our estimate (Mt) |\n|---|---:|\n| 2026 | 7.9 |",
           "| If we see | It would point to |\n|---|---|\n| A subsidy cut | Unrest in the capital |",
           "Within 90 days:\n\n- A vote to override the suspension",
           "**Direction of travel**: Towards longer regional orders",
           "**Likely to raise**: Co-financing for the Teslin rail corridor",
           "| Indicator | What it would suggest |\n|---|---|\n| Charges against the minister | The inquiry widened |")),
    Entry("forecast", "a recess or a next event as the horizon, whole",
          (r"re:^before the (?:summer|winter|spring|autumn|christmas|easter) (?:recess|break|holidays?)(?: \([^)]{1,40}\))?$",
           r"re:^before the (?:next|coming) [\w'’ -]{2,30}$",
           # a deadline in a year still ahead as the whole heading: "**By October 2028**" over the steps still to come
           # (not "## By March 2021" over "- 12 clinics had shut": that month is past)
           r"re:^by (?:early |mid-|late |the end of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* "
           + _YEARS_AHEAD + "$"),
          (KEY, LEAD_IN, HEADING),
          ("Before the vote, the ruling party had:\n- Closed two opposition newspapers",
           "## Before the election\n\n- Two newspapers closed in March",
           "## By March 2023\n\nThe ministry had dismissed its director and closed two depots.",
           "By March 2023 the ministry had:\n- Closed two depots in Tesk",
           # a month and year after "By" may be past or ahead: the items under it are read as they are
           "**By March 2021**\n\n- 12 clinics had shut\n- Waiting times had doubled"),
          ("Before the summer recess (to 25 July):\n- Expect the bill to return in a narrower form",
           "## Before the next election\n\n- Watch for a new electoral law",
           f"**By October {date.today().year + 2}**\n- Second reading in the upper house\n"
           "- Appointment of auditors in each of the nine regions")),
    Entry("forecast", "a visit's or a meeting's programme ahead",
          (r"re:^(?:provisional|proposed|draft|planned|outline|indicative) (?:schedule|programme|program|itinerary|agenda)"
           r"(?: (?:of|for) (?:the|your|this) (?:visit|trip|delegation|mission|week|day|meeting|hearing)s?)?$",
           r"re:^(?:(?:the|your) )?(?:schedule|programme|program|itinerary|agenda) (?:of|for) (?:the|your|this) "
           r"(?:visit|trip|delegation|mission|week|day|meeting|hearing)s?$", "itinerary"),
          (KEY, LEAD_IN, HEADING),
          ("## Payment schedule\n\n| 2021 | 4 million paid to Harlo Ltd |",
           "## The reform agenda\n\nThe cabinet cut the income tax in 2023."),
          ("## Provisional schedule\n\n| Day | Time | Meeting |\n|---|---|---|\n| Mon 6 Oct | 19:00 | Dinner hosted by "
           "the Speaker |",
           "**Programme of the visit**:\n- Tuesday: Foreign Affairs Committee of the National Council")),
    Entry("forecast", "the authors' estimates of an option's cost and time",
          ("estimated cost", "estimated costs", "cost estimate", "projected cost", "expected cost", "time to effect",
           "time to impact", "lead time", r"re:estimated cost to [\w'’ -]+"),
          (KEY, LEAD_IN),
          ("The estimated cost of the bridge rose from SV 80 million to SV 140 million in 2023.",),
          ("**Estimated cost**: SV 610 million a year, mostly fuel\n**Time to effect**: 6–9 months",
           "**Estimated cost to the budget**: SV 90 million a year in guarantees")),
    # words that name a forecast or a recommendation in a label, a lead-in or a table header, but that
    # a section heading also uses for what happened ("## Economic indicators", "## Government response")
    Entry("forecast", "a risk register's columns",
          ("likelihood", "mitigation", "mitigating action", "mitigations"),
          (HEADER,),
          ("## Likelihood of a coup\n\nThe army has staged three coups since 1990.",),
          ("| Risk | Likelihood | Impact | Mitigation |\n|---|---|---|---|\n| Election-year hiring freeze | High | "
           "Medium | Seek a waiver for health posts |",)),
    Entry("forecast", "forecast words that are ambiguous in headings",
          ("expected", "projected", "indicators", "indicator"),
          (KEY, LEAD_IN, HEADER),
          ("## Economic indicators\n\nInflation has run above 10% since March 2024.",),
          ("Expected:\n\n- A second vote on the bill in June",
           "| Indicator | Reading |\n|---|---|\n| Arrests of journalists | Escalation |")),
    Entry("recommends", "responses and actions",
          # not a named party's "CEC response", which records what it did
          (r"re:(?<![\w'’] )(?:(?:our|recommended|proposed|possible|suggested) )?responses?",
           r"re:actions?(?! (?:taken|so far|to date)\b)", "ask", "proposal", "action proposed", "proposed action",
           "actions proposed", "decision needed", "decisions needed", "decision sought", "decisions sought"),  # "Action taken" records what was done
          (KEY, LEAD_IN, HEADER),
          ("## Government response\n\nThe ministry suspended two managers in May 2024.",
           "| Year | EU policy response |\n|---|---|\n| 2020 | A recovery fund of 750 billion euros |",
           "## Military action\n\nArtillery struck the depot on 3 March.",
           "| Date | Main finding | Action taken |\n|---|---|---|\n| Sep 2019 | Copper at 3.1 mg/L | Warning letter |"),
          ("**Response**: Requires a statute and a budget line",
           "Actions for the committee:\n\n- Hold a hearing on the contract",
           "| Issue | Response |\n|---|---|\n| Late audits | Publish them on time |",
           "| Risk | Recommended response |\n|---|---|\n| Late audits | An independent auditor |",
           "**Recommended response**: An independent auditor",
           "**Action proposed**: Let district offices buy spare parts locally, up to USD 2,000 per order")),
    Entry("recommends", "a lead-in whose items complete its modal",  # a whole lead-in: before a word it starts with
          (r"re:^(?!under\b)(?![^:]{0,200}\bsays?\b)[^:]{0,200}\b(?:could|might|should|ought to|may (?:wish|want) to|"
           r"(?:could|may|might|should) (?:also )?consider)$",),
          (LEAD_IN,),
          ("Under the 2019 act, landlords could:\n\n- Evict tenants without a court order",
           "The 2020 guidance says inspectors should:\n\n- Visited every site twice in 2021"),
          ("Members who wish to follow up the report could:\n\n- Table written questions on the deleted logs\n"
           "- Ask the Commissioner to report every six months",
           "Donors may wish to:\n\n- Fund the survey for a second year")),
    Entry("recommends", "recommendations and remedies",
          ("recommendation", "recommendations", "we recommend", "remedy", "remedies",
           "next steps", "what to do", "options", "policy options", "to do",
           r"re:^(?:priority|recommended|proposed|urgent|immediate) actions?$", r"re:^what (?:would|could|might) help$",
           r"re:what (?:should|can|must) [\w'’ -]{1,40}? do\b", r"re:what [\w'’ -]{1,40}? (?:should|must|need to|ought to) do\b",
           "what we are asking for", "what we ask", "our demands", "our asks", "we call on", "we urge",
           r"re:^[\w'’ -]{1,40} calls on [\w'’ -]{1,60} to$",
           "proposals", "questions to ask",
           # an audience ("For legislators", "For the board"), not a use of what follows ("For timelines and
           # graphics:", "For reference:", "For comparison:")
           r"re:^for (?!(?:timelines?|graphics?|charts?|maps?|captions?|reference|background|context|comparison|"
           r"illustration|the record|quick reference|orientation)\b)(?:the |all |each )?[\w'’-]+",
           r"re:^(?:our |key |main |specific )?asks(?: (?:to|of) [\w'’ -]{1,60})?$",
           # a visit pack's advice to its readers (a record in its running text still asserts)
           "practical notes", "practical information", "practicalities",
           # a fact sheet's advice to the press: "## Guidance for newsrooms", "## Tips for reporters"
           r"re:^(?:guidance|advice|tips|guidelines|dos and don'?ts)(?: (?:for|to) [\w'’ -]{1,40})?$",
           # tasks: "## Our checklist for this case", "## Compliance checklist"
           r"re:\bcheck-?lists?\b"),
          (KEY, LEAD_IN, HEADING, HEADER),
          ("## Recommendations\n\n**Background**: The agency was founded in 1998.",
           "## What the army can do\n\nThe army has 40,000 troops and 200 tanks on the border.",
           "## The strikers' demands\n\nThe union represents 40,000 workers in 120 schools.",
           "## Guidance for newsrooms\n\nThe ministry issued new guidance to editors on 3 May 2024.",
           "## Key dates\n\nFor timelines and graphics:\n\n- 11 June 1974: water treaty signed in Aldea"),
          ("## Recommendations\n\n- Strengthen oversight of the procurement office",
           "## Priority actions\n\n1. Light the latrine blocks in the eastern extension",
           "**What would help**: Retraining and phased retirement for people in physical jobs",
           "**Response**: Requires a statute and a budget line",
           "For legislators:\n\n- Track new procurement rules",
           "## Guidance for newsrooms\n\nTreat any footage from the port published since 3 June as unverified.",
           "## Our checklist\n\n- [x] Match at least three fixed landmarks",
           "## What compliance teams should do now\n\n1. Map the ownership of every counterparty since 2023",
           "## Our demands\n\n- Release Marit Selvacz and drop the charge against her",
           "The Ledger Trust calls on the authorities of Vesmark to:\n1. Return every device taken since 1 January",
           "## Asks to the parties\n\n**To the government**:\n1. Order commanders to clear convoys within two hours")),
    Entry("frames", "theories, scenarios and consequences",
          ("theory", "hypothesis", "assumption", "premise", "consequence", "consequences", "readings", "alternative", "competing readings", "competing theories", "what if", "if",
           "assumptions", "planning assumptions", "working assumptions",
           r"re:^[\w'’ ,-]{0,80}?\b(?:the following|these|our) (?:planning |working )?assumptions\b",
           # the authors' own account of what a party wants: "In rough order of weight, Arvenne's interests are:"
           r"re:^(?:[\w'’ -]{1,40}, )?(?:our|(?:the )?[\w-]+(?: [\w-]+)?['’]s?) (?:(?:main|core|key|strategic|national|"
           r"own|chief|security|foreign-policy) )?(?:interests|priorities|aims|goals|objectives) (?:(?:here|in [\w'’ -]{1,30}) )?"
           r"are$"),
          (KEY, LEAD_IN),
          ("**Theory**: the leak came from inside.\n**Evidence**:\n- Two officials were dismissed in May",
           "The family's business interests are:\n- a 40% stake in the Northgas terminal"),
          ("**Theory**: The president admires long-serving rulers and wants the same.",
           "- **Consequence**: Slow erosion of democracy from the top",
           "In rough order of weight, Arvenne's interests are:\n- the safety of its nationals\n- a return to "
           "constitutional rule")),
    Entry("forecast", "an outcome the authors give a probability, as a label or heading",
          (r"re:^[\w'’ ,:.-]{1,80}\((?:(?:probability|likelihood|chance|odds)(?: of)?:? (?:about |roughly |around )?\d{1,3} ?%|"
           r"(?:an? |about |roughly |around )?\d{1,3} ?% (?:probability|likelihood|chance|odds))\)$",),
          (KEY, LEAD_IN, HEADING),  # its items are the story of that outcome, a forecast; a record under it asserts
          ("**Default on the 2027 bond (announced 4 May 2025)**:\n- Coupon payments stopped in April",
           "### Early election (called in March)\n\n- The vote was set for 12 June",
           "## Turnout (likelihood to vote, March 2025 poll)\n\n- Turnout fell from 72% in 2016 to 58% in 2020",
           "### Slow recovery (60% probability)\n\nThe central bank sold a fifth of its reserves in 2024."),
          ("**2. Snap election (probability: 35%)**\n- The assembly is dissolved in the autumn\n"
           "- The opposition wins a majority of seats",
           "### Slow recovery (60% probability)\n\n- The coalition survives and passes the budget in May\n"
           "- Inflation stays above 8%")),
    Entry("frames", "a claim under check, and what would settle it, as a label",
          ("claim", "the claim", "what is claimed", "the allegation",
           r"re:what (?:(?:it|this|that|each) )?would (?:point to|suggest|show|indicate|signal|mean|tell us)\b.*",
           r"re:(?:option|scenario|reading|explanation) (?:[a-z]|\d{1,2}|one|two|three|four|five)\b.*"),
          (KEY,),  # not a lead-in: "The ministry claimed:" records what it claimed
          ("**Claimed by**: the Teskarian defence ministry, on 9 March",
           "**The claim was retracted**: on 12 March the ministry withdrew it"),
          ("**The claim**: Malvennese artillery fired at least three shells at the customs post.",
           "**Option B: Conditional support**:\n- Offer to fund the secretariat only if Clauses 19 and 22 are amended",
           "- **What it would mean**: Royalty fights with every new federal government",
           "**What would point to an accident**: an inventory of the warehouse, a fire-service report")),
    Entry("recommends", "an option the authors weigh, as a heading",
          (r"re:^option (?:[a-z]|\d{1,2}|one|two|three|four|five)\b.*",),
          (HEADING,),  # what it involves, its pros and costs are the authors'; a record under it still asserts
          ("## Option B: Targeted sanctions\n\n**Cons**:\n- The Council expelled the last envoy within seven weeks",
           "## Option A: Hold the line\n\n**Cons**:\n- Arvenne has never imposed sanctions of its own",
           # a record after a colon that opens with its count, and where a named party stands now
           "## Option D: More ferry berths\n\n**Pros**:\n- The need is plain: 4,200 sailings were cancelled in 2024",
           "## Option A: A harbour levy\n\n**Cons**:\n- The hauliers' association opposes it"),
          ("## Option A: Hold the line\n\n**What it involves**: Keep budget support suspended\n**Pros**:\n"
           "- Keeps Arvenne in step with its partners\n**Cost**: Negligible in the short term",
           "## Option C: A contact group\n\n**Cons**:\n- Success depends on partners we do not control",
           # what the option is: a proposal in "would" past a relative clause, a noun phrase and its participle
           "## Option A: A service bond\n\n**What it is**: Newly trained pilots whose courses were state-funded "
           "would fly for the coastguard for four years",
           "## Option C: A berth cap\n\n**What it is**: A cap of 12 sailings a day at the old pier, phased in "
           "over three years")),
    Entry("frames", "the authors' weighing of an option",
          ("pros", "cons", "pros and cons", "advantages", "disadvantages", "drawbacks", "trade-offs", "tradeoffs",
           "upsides", "downsides", "strengths", "weaknesses"),
          (HEADER,),  # as a label or a lead-in, a record under it still needs its source
          ("**Strengths**: The agency resolved 64% of complaints within 28 days in 2024.",
           "**Weaknesses**:\n- Its board met only twice in 2024"),
          ("| Pros | Cons |\n|---|---|\n| Fastest option: power within nine months | Most expensive of the four |",
           "| Advantages | Drawbacks |\n|---|---|\n| Cuts theft and raises the utility's revenue | Slow |")),
    Entry("frames", "the authors' confidence, as a whole label",
          ("confidence", "our confidence", "confidence level", "level of confidence", "most likely", "least likely",
           "likeliest", "most plausible", "least plausible"),
          (KEY,),
          ("**Confidence in the courts**:\n- Fell from 61% in 2019 to 34% in 2024",
           "| Institution | Confidence |\n|---|---|\n| Courts | Fell from 61% in 2019 to 34% in 2024 |"),
          ("**Confidence**: Moderate for the campaign findings, lower for Verrin",)),
    Entry("frames", "explanations on offer",
          ("possible explanations", "possible reasons", "possible causes", "possible motives", "hypotheses",
           "competing explanations", "alternative explanations",
           r"re:(?:there are )?(?:two|three|four|several|many|other) (?:possible )?ways to (?:read|explain|interpret|understand)"),
          (KEY, LEAD_IN),
          ("What explained the fall was settled in 2024:\n\n- Postal voting abroad ended",
           "**Explanations given by the ministry**:\n- The ministry blamed a software fault in May 2024"),
          ("**Possible explanations for the fall in turnout** (not mutually exclusive):\n- The end of postal voting abroad",
           "There are two ways to read the minister's silence:\n- **Ignorance**: he did not know who ran the firm")),
    Entry("frames", "the authors' own view",
          ("our view", "our concern", "our concerns", "our assessment", "our reading", "our judgement",
           "our judgment", "in our view", "our take"),
          (KEY, LEAD_IN, HEADER),  # not a heading: a section under "## Our assessment" still states facts
          ("| Provision | Our concern |\n|---|---|\n| Threshold | Too low |\n\nThe bill passed its first "
           "reading on 3 May 2025.",
           "| Event | Our concern |\n|---|---|\n| The ministry paid Vasmere Hydro 12 million euros in 2023 | Too much |",
           "## In our view\n\nThe ministry paid Vasmere Hydro 12 million euros in 2023."),
          ("| Provision | Our concern |\n|---|---|\n| 20% threshold | Too low to spare small charities |",
           "**Our view**: The inspection power is open to abuse without a judge.")),
    Entry("frames", "the authors' note on each row, as a column",
          ("our note", "our notes", "our comment", "our comments", "the authors' note", "authors' note"),
          (HEADER,),  # not a label or a lead-in: "**Our note**: The ministry cut the budget by 40% in 2023" asserts
          ("**Our note**: The ministry cut the budget by 40% in 2023.",
           "Our notes:\n\n- The 2024 survey covered only 40% of districts"),
          ("| Study | Our note |\n|---|---|\n| Harlo trial | The best-designed trial here |",)),
    Entry("topics", "terms, stakeholders and reading lists",
          ("key terms", r"re:terms?(?! of (?:reference|office)\b)", "terms used", "glossary", "definitions",
           "parties with a stake", "stakeholders", "further reading", "see also",
           # whole only: not "## Related-Party Contracts", "## The meaning of the vote"
           r"re:^(?:contents|meaning|definition|related(?: (?:briefings|reading|pages|links|content|material|notes))?)$"),
          (KEY, LEAD_IN, HEADING),
          ("Key terms:\n\n- subsidy\n\nThe ministry cut the subsidy in 2023.",
           "## Terms of reference\n\nOn 19 June 2024 the Assembly gave the committee nine months to report.",
           "## Related-Party Contracts\n\nContract 2 raised the haulage rate by 22% without a new tender."),
          ("Key terms used below:\n\n- farm diesel rebate\n- pump price formula",
           "**Parties With a Stake**:\n- Grain importers that depend on the corridor",
           "## Key terms\n\n- **Nominee director**: a person registered as a director who acts on another's orders")),
    Entry("topics", "a glossary or a list of stakeholders, as a table",  # its first column names the terms
          (r"re:^(?:key )?(?:terms?|words?|phrases?|abbreviations?|acronyms?|glossary|stakeholders?|parties with a "
           r"stake|further reading|see also|related)(?: used)?(?: \|.*)?$",
           r"re:^[\w'’ -]{1,30} \| (?:meaning|definition|what it means)$"),
          (HEADER,),
          ("| Seat | Number | Chosen by | Term |\n|---|---|---|---|\n| Judges | 6 | The Diet, by three-fifths | 4 years |",
           "| Words spoken | Speaker | Date |\n|---|---|---|\n| A call to strike | Elsa Marr, union leader | 3 May 2024 |",
           "| Hashtag | Meaning | First used | Posts |\n|---|---|---|---:|\n| #LanternsOn | A lantern in the window | "
           "1 March | 1,400,000 |"),
          ("| Term | Meaning |\n|---|---|\n| Carried stake | A share the state pays nothing for |",
           "| Stakeholder | Interest |\n|---|---|\n| Grain importers | Keep the corridor open |")),
    Entry("topics", "topic lists, as a label or a lead-in",
          ("topics", "themes", "recurring topics", "recurring themes", "key themes", "main topics"),
          (KEY, LEAD_IN, HEADER),  # a section under "## Narrative themes" says what the themes were
          ("## Narrative themes\n\nThe network's posts fell into three narratives in 2025.",
           "**Share of sample**: 46%"),
          ("Recurring topics:\n- postal votes\n- the new electronic tallying system",)),
    Entry("meta", "about the briefing itself",
          (r"re:^(?:a )?notes?(?: (?:on|about|for)\b.*)?$", "methodological notes", "methodological note", "technical notes",
           "technical note", "editor's note", "editorial note", "endnotes", "footnotes",
           r"re:^how (?:the|this|our) [\w' -]{1,30} (?:is|was|were|are) (?:built|made|compiled|calculated|constructed|scored|prepared|written|produced|researched)$",
           "about the author",
           "about the authors", r"re:^version(?: history)?$", "prepared by", "prepared for", "about this briefing",
           r"re:^about this (?:summary|note|update|alert|explainer|digest|memo|brief|report|profile|paper|tracker|edition|"
           r"issue|analysis|sheet|factsheet)$",
           # the observers or team who write it: "## About the mission" of an observation statement
           r"re:^about (?:the|this|our) (?:(?:observation |election )?mission|observers)$",
           "about this profile", "about this report", r"re:^how to read (?:this|the|our)\b", "what this briefing", "what this analysis",
           "what this report", "limits of this", "scope of this",
           r"re:^how we (?:worked|did it|did this|went about it)$",
           # what the authors did or changed themselves (a newsroom's corrections log, a review's own follow-up)
           r"re:^what we (?:did|changed|have changed|are changing|will change|fixed|corrected)$",
           # what it leaves out: "**Not covered here**: groundwater and fisheries"
           r"re:^(?:not covered(?: here)?|out of scope|outside (?:our|the) scope|what (?:this|we) (?:[\w-]+ )?(?:does|do) "
           r"not cover)$"),
          (KEY, HEADING),
          ("## About this briefing\n\n**Born**: 3 March 1961",
           "## Funding sources\n\nThe party received 40% of its money from two donors in 2024.",
           "## What voters see\n\nTurnout fell to 41% in 2024.",
           "## About this law\n\nThe law was passed on 3 May 2024 by 98 votes to 40.",
           "## Country notes\n\nFour judges were dismissed in 2024, each after ruling against the state.",
           "## How the courts are funded\n\nParliament cut the courts' budget by 12% in 2024.",
           "**Status**: Draft for internal review\n\n## Background\n\n**Status**: Closed by decree in 2019",
           "## Corrections\n\nLast week's digest gave the seat count as 21; the party holds 19 seats.",
           "**Correction**: The Act vests all surface water in the Crown."),
          ("## About the mission\n\nThe mission draws on 32 long-term observers deployed across all 14 regions.",
           "**What we changed**: Court reports now need the approval of the legal editor before publication.",
           "**Not covered here**: groundwater, fisheries and the navigation dispute on the lower river",
           "**Sources**: the ministry's annual reports", "## Methodology\n\nFigures are rounded to the nearest "
           "thousand.", "## About this summary\n\nQuotations are taken from the uncorrected transcript.")),
    Entry("meta", "a dataset's or index's own documentation",
          # whole headings: "## Reliability of the grid" and "## Coding rules for prosecutors" name subjects
          (r"re:^(?:coding rules|coding scheme|codebook|inter-?coder reliability|reliability of the (?:coding|data)|"
           r"changelog|change log|release notes|suggested citation)$",
           r"re:^what(?:'s| is| has)? (?:new|changed) in (?:this |the )?(?:version|release) \d[\w.]*$",
           r"re:^how to cite (?:this|the|our)\b.*",
           r"re:^what (?:the|this|our) (?:dataset|database) (?:covers|includes|counts|records)$",
           r"re:^about (?:the|this|our) (?:dataset|database)$"),
          (KEY, HEADING),
          ("## Reliability of the grid\n\nPower cuts rose from 12 a month to 40 a month in 2024.",
           "## Reliability\n\nPower cuts rose from 12 a month to 40 a month in 2024.",
           "## What changed in this update\n\nParliament raised the threshold to 5% in March 2025.",
           "## About the index\n\nThe index fell to 112th place in 2024.",
           "## What changed in the law\n\nParliament raised the threshold to 5% in 2023.",
           "## What the army covers\n\nThe army guards 300 kilometres of border."),
          ("## Coding rules\n\n- An event is a gathering of at least three people in a public place",
           "## Inter-coder reliability\n\nAgreement between coders was 0.88 for event type.",
           "## What changed in version 3.1\n\n- Recoded all 2019 events after an audit found duplicates",
           "## How to cite this dataset\n\nAlways give the version number, since counts change between releases.",
           "## What the dataset covers\n\nThe dataset records protest events reported by at least one of six sources.")),
    Entry("meta", "the briefing's sources and method, as a label",
          ("see", "sources", "method", "methodology", "limitations", "author", "authors"),
          (KEY,),
          ("**Source**: Remittances from Gulf states rose 12% in 2024.", "**Limits**: Donations above 5,000 euros are banned."),
          ("**Sources**: Court records and interviews", "**Method**: We read every ruling since 2019.")),
    Entry("meta", "the briefing's sources and method, as the whole heading",
          # only method words, after a qualifier and joined by "and" or commas: not "## Funding sources", "## What
          # voters see", "## Means and methods", "## Limits and exemptions"
          (r"re:^see(?: also)?$", r"re:^(?:the )?authors?['’]?s?(?: note)?$",
           r"re:^(?:(?:a )?notes? on |a word on )?(?:(?:data|research|study|key|main|primary|important|our|the) )?"
           r"(?:scope|data|sources|sourcing|methods?|methodology|notes?|caveats|limitations|limits|approach|definitions|"
           r"coverage|collection|(?:purpose|gaps)(?=(?:,| and| &) ))(?:(?:,| and| &|, and) (?:scope|purpose|data|sources|"
           r"sourcing|methods?|methodology|notes?|caveats|gaps|limitations|limits|approach|definitions|coverage|collection))*"
           r"(?: notes?| used| cited| consulted)?(?: of (?:the|this|our) (?:data|briefing|report|analysis|study|index|"
           r"dataset))?$"),
          (HEADING,),
          ("## Funding sources\n\nThe party received 40% of its money from two donors in 2024.",
           "## Means and methods\n\nThe militia burned 40 homes in March 2025.",
           "## Limits and exemptions\n\nDonations above 5,000 euros were banned in 2023.",
           "## Key gaps\n\n- Only one of the three treatment units has a back-up generator"),
          ("## Scope and method\n\nWe searched the registers of three countries.",
           "## Data limitations\n\nCounts of closures rely on press reports and may be incomplete.",
           "## Methods, sources and limits\n\nCoders read the print archives of three papers.",
           "## Authors' note\n\nWe thank the archive staff.")),
    Entry("meta", "the briefing's own particulars, as a label",
          ("next issue", "next edition", "next update", "next meeting", "date of next meeting", "disclosure", "declaration of interest", "press enquiries",
           "media enquiries", "enquiries", "press contact", "media contact", "related briefings", "related reading",
           "how to cite", "licence", "license"),
          (KEY,),  # as headings they name subjects of the world: "## Asset disclosures", "## Broadcast licence"
          ("## Asset disclosures\n\nThe minister's wife owns 40% of the firm that won the contract in 2023.",
           "**Broadcast licence**: revoked by the regulator on 3 May 2024"),
          ("**Disclosure**: The *Dispatch* is a member of the Ledger Trust's emergency network.",
           "**Press enquiries**: Talia Brenn, Northern Desk coordinator", "## In brief\n\n**Next issue**: Monday 17 June 2024",
           "**Next meeting**: 17 June 2025, 10:00, online.")),
    Entry("meta", "a meeting's own attendance and papers (minutes)",
          (r"re:^(?:(?:board |committee |council )?members present|present|in attendance|also (?:present|attending)|"
           r"attendees|apologies(?: for absence)?|papers|meeting papers)$",
           r"re:^papers for (?:this|the) meeting\b"),
          (LEAD_IN,),  # not "attendance" ("## Attendance" may be about schools) nor "agenda" (a party's); not a
          # label's own value ("**Members present**: seven of eleven" records a hearing's quorum), nor a heading
          # ("## Present" may be a backgrounder's last section)
          ("## Attendance\n\nAttendance at state schools fell to 81% in 2024.",
           "**Members present**: seven of eleven",
           "## Present\n\nThe two governments signed a border treaty in 2019.",
           "## Papers and broadcasters\n\nThe state printer raised newsprint prices by 40% in 2024."),
          ("**Board members present**:\n- Kasimir Lenz (Legal adviser, joined remotely)",
           "**In attendance**:\n- Dalia Fenn (Programme Manager, item 4 only)",
           "**Papers**:\n- Paper 4: Kernow Associates, mid-term review of the Lower Tarrow Well Programme",
           "Papers for this meeting are available to Board members on request:\n- Paper 5a: Unaudited financial "
           "statements 2024")),
    Entry("topics", "a reading guide's advice on what a work is good for, as a label",
          (r"re:^(?:read (?:it|this|them) for|why read (?:it|this)|best (?:read )?for|start (?:here|with)|read (?:this )?"
           r"first|skip(?: it)?|what to read first|where to start)$",),
          (KEY, LEAD_IN),
          ("**Read by**: 40,000 subscribers in 2024",),
          ("**Read it for**: the best evidence we know of on the conversion route out of regulation.",
           "**Read it for**: the landlord side of the story, told with more nuance than the association's own papers.",
           "**Read it for**: how the politics of the reform actually worked.",
           "**Start with**: the 2021 audit, which sets out the figures everyone quotes")),
    Entry("meta", "the sources a briefing lists",
          (r"re:(?:sources consulted|sources used|references|bibliography|works cited|documents consulted|"
           r"documents reviewed)$", r"re:(?:records|sources|registries|databases|archives) (?:searched|checked)\b",
           # the terms it searched for: "Searches used these terms in Dravic and English:", "## Search terms"
           r"re:^(?:our )?searches used\b", r"re:^we searched (?:for|with|using)\b",
           r"re:\bsearch (?:terms|strings|queries|keywords)(?: used)?$"),
          (KEY, LEAD_IN, HEADING),
          ("## References to the purge in state media\n\n- The purge was mentioned 40 times in 2024",),
          ("Sources consulted:\n\n- Central Election Board, final protocol and decisions on complaints",
           'Searches used these terms, alone and in combination:\n- "naval depot", "fuel depot", "port"',
           "## Appendix: records searched and terms used\n\n- the Aldrian Council, Valdmoor and Osterlund sanctions lists",
           "## References\n\n- Civic Watch, election-day report")),
    Entry("meta", "the briefing's own criteria",
          ("our criteria", "how we counted", "how we define", "our method", "our methods",
           # a legend of the marks the briefing uses: "Asset status is marked as follows:", "**Key**:"
           r"re:^(?:key|legend|status key|colou?r key|symbols used)$",
           r"re:^our (?:ratings|rating scale|ratings scale|labels) (?:are|is)$",
           # "Promise statuses were assigned by two monitors, using this scale:", "Our verdicts use this scale:"
           r"re:^(?:[\w'’ ,-]{1,120} )?(?:using|uses?|on|against|according to) (?:this|the following|our|a (?:three|four|"
           r"five)-point) (?:scale|rating scale|grading)$",
           r"re:^how we (?:rate|rated|score|scored|grade|graded|rank|ranked|check|checked|verify|verified|choose|chose|"
           r"select|selected|define|defined|classify|classified|code|coded|assess|assessed) [\w'’ -]{1,30}$",
           # a lead-in that states the rule by which the authors kept a work, whose items are its tests: "We included a
           # study if it met all of the following:" (not "The court included a clause that:", nor "We counted only deaths
           # that the ministry confirmed:" over the deaths)
           r"re:^we (?:included|include|kept|keep|selected|select|counted|count|excluded|exclude) (?:a|an|each|every|only) "
           r"[\w'’ -]{1,40}? (?:if|when|only if|unless|provided) (?:it|they) (?:met|meets|meet|satisfied|satisfies|satisfy|"
           r"passed|passes|pass) (?:all|any|each|both|one|at least [\w-]+) of the following(?: criteria| conditions| tests)?$",
           r"re:^(?:[\w'’-]+ )?(?:status|colou?r|symbols?|each (?:entry|row|item)|entries|rows) (?:is|are) (?:marked|coded|"
           r"shown|labelled|labeled) as follows$",
           # what a quoted term covers in this briefing: '"Surveillance technology" here covers:'
           r"re:^[\"“‘'][^\"”’']{1,40}[\"”’'] (?:here |in this [\w-]+ )?(?:covers|means|includes|refers to)$"),
          (KEY, LEAD_IN, HEADING),
          ("The court's criteria for granting bail changed in 2023:\n\n- Three years without a conviction",
           "The ministry included a clause that:\n- Barred the firm from suing the state",
           "## How we searched\n\nThe ministry deleted 400 files in 2024.",
           "## How we searched\n\nThe ministry's register lists 212 trials.",
           "We counted only deaths that the ministry confirmed:\n\n- 14 civilians in Tesk on 3 March",
           "## EU accession criteria\n\nSerbia had closed 2 of the 35 negotiating chapters by 2024.",
           "Key players:\n\n- General Orvik, who has commanded the guard since 2019",
           "Assets were frozen as follows:\n\n- A yacht in Port Aubel, frozen in October 2024"),
          ("Our criteria for including a ship among the 61:\n\n- at least six loadings at Sarnesk in 2024",
           "We kept a trial only if it met all of the following:\n- It enrolled at least 200 patients\n"
           "- It reported deaths at one year",
           "## How We Rated the Claims\n\n- **False**: contradicted by the evidence",
           '"Surveillance technology" here covers:\n\n- interception of mobile and internet communications',
           "Asset status is marked as follows:\n- **Frozen**: an authority has confirmed that the asset is frozen\n"
           "- **Moved**: the asset changed hands shortly before or after a designation",
           "## How we rate claims\n\n- **Misleading**: Uses accurate numbers but leaves a false impression.",
           "Our ratings are:\n- **Mostly false**: Contains an element of truth but ignores facts",
           "Our verdicts use this scale:\n- **False**: the evidence contradicts the claim\n"
           "- **Fabricated**: the claim rests on a document, quote or image that was made up")),
    # words that name the briefing's own particulars in its header lines, but a subject of the world
    # as a heading or a label in the body: "## Context", "## Audience and trust", "**Context**: The
    # ministry paid ..." hold facts
    Entry("meta", "the briefing's particulars, in header labels only",
          ("subject", "last updated", "updated", "period covered", "context", "scope", "type", "country",
           "region", "format", "units", "audience", "prepared", "date", "dated", "published", "issued", "as of",
           "revised", "last reviewed", "series", "classification", "distribution", "contact", "profile type",
           "briefing type", "sources used", "compiled by", "reviewed by", "edited by", "written by", "commissioned by",
           "produced by", "published by", "researched by", "approved by", "desk", "editor", "editors", "reviewer",
           "countries", "countries compared", "compared", "subjects", "coverage", "covers"),
          (KEY,),
          ("## Context\n\nThe ministry paid Vasmere Hydro 12 million euros in 2023.",
           "## Audience and trust\n\nTrust in the broadcaster fell from 71% in 2022 to 46% in 2024.",
           "## Regional context\n\n- The province lost 4,000 jobs in 2023",
           "## Background\n\n**Context**: The ministry paid Vasmere Hydro 12 million euros in 2023."),
          ("**Period Covered**: January–March 2025\n**Audience**: Members of the committee\n"
           "**See**: [the fuel briefing](fuel.md) for the precedent\n\n## Background\n\nWhat happened next?",
           "**Status**: Draft for internal review\n\n## Background\n\nWhat happened next?",
           "## About the author\n\nJane Doe was Moscow correspondent from 2010 to 2015."),
          header_only=True),
    Entry("questions", "questions",
          ("question", "questions", "open questions", "key questions"),
          (KEY, LEAD_IN),
          ("**Open questions**:\n- Who signed the warrants?\n\nThe warrants were signed in 2021.",),
          ("**Open questions**:\n- Who signed the warrants?",)),
    Entry("questions", "a table of questions (not one that gives each side's answer)",
          (r"re:(?:open |key )?questions?\b(?!.*\b(?:account|accounts|answer|answers|response|responses|reply|replies|"
           r"position|version|said|says|finding|findings|evidence)\b)",),
          (HEADER,),
          ("| Question | Agency's account | Contractor's account |\n|---|---|---|\n| Who set the ceiling? | "
           "The contractor proposed it in 2022 | The agency's specification |",),
          ("| Witness | Question |\n|---|---|\n| The minister | Did you meet the bidders before the award |",)),
)


@dataclass(frozen=True)
class Vocabulary:
    """Compiled phrase matchers per place."""

    keys: dict[str, str]  # normalised key -> kind (whole-key match)
    starts: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]  # place -> (kind, pattern) in order
    key_patterns: tuple[tuple[str, re.Pattern[str]], ...] = ()  # the "re:" phrases of keys, whole-key match
    header_keys: frozenset[str] = frozenset()  # keys that mark their kind only in the header lines
    seen: dict[tuple[str, str], str] = field(default_factory=dict)  # (place, text) -> kind, memo
    # the "re:^...$" phrases, per place: a whole lead-in or heading beats another kind's first words
    # ("Asset status is marked as follows:" is a legend, not a "status" label)
    wholes: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = field(default_factory=dict)

    def of_key(self, key: str, *, front: bool = False, value: str = "") -> str:
        """The kind a bold label's key marks; meta wins over asserts in the briefing's header lines,
        and a fact key there is meta when its `value` is the briefing's own state ("Draft for review")."""
        norm = normalise(key)
        kind = self._key_kind(norm)
        if not kind and norm.endswith(")") and "(" in norm:  # "Declared Assets (2024)"
            norm = norm[:norm.rindex("(")].rstrip()
            kind = self._key_kind(norm)
        if norm in self.header_keys and not front:
            return ""  # "**Context**: The ministry paid ..." in the body is a fact under an unknown key
        if front and (kind != "asserts" or DOCUMENT_STATE.match(value.strip("*_ "))):
            return "meta"
        return kind

    def _key_kind(self, norm: str) -> str:
        """The kind of a normalised key: a whole phrase, else a "re:" pattern that matches all of it."""
        return self.keys.get(norm, "") or next((k for k, p in self.key_patterns if p.fullmatch(norm)), "")

    def of(self, place: str, text: str) -> str:
        """The kind a lead-in, heading or table header marks ("" when none)."""
        known = self.seen.get((place, text))
        if known is not None:
            return known
        norm = normalise(text)
        kind = next((k for k, pattern in self.wholes.get(place, ()) if pattern.fullmatch(norm)), "") or \
            next((k for k, pattern in self.starts.get(place, ()) if pattern.search(norm)), "")
        if kind in _THEIRS_KINDS and place in (HEADING, LEAD_IN) and _theirs(norm):
            kind = ""  # "## The ministry's proposals", "## The central bank's forecast": someone else's, a record (not
            # "## Parliament's options", the authors' weighing of what it could do)
        if len(self.seen) < 4096:  # headings and lead-ins repeat across a library's briefings
            self.seen[(place, text)] = kind
        return kind


# The state of the briefing itself, as a header's "**Status**:" gives it (not the subject's status).
DOCUMENT_STATE = re.compile(r"(?:working |first |second |final |internal |public |early )?(?:draft|final|for (?:internal )?"
                            r"(?:review|comment|discussion)|under review|in review|in progress|internal|confidential|"
                            r"restricted|public|published|preliminary|provisional|version \d|v\d|approved|complete|"
                            r"(?:briefing|note|summary|memo|report) for\b|not an official\b|(?:for )?members only|"
                            r"not for (?:circulation|publication|distribution|citation)|embargoed until|under embargo until)\b",
                            re.IGNORECASE)
_NUMBERING = re.compile(r"^(?:table|figure|part|section)\s+\d+[.:]?\s*|^(?:appendix|annex)(?:\s+[a-z0-9]{1,3})?[.:]\s*|"
                        r"^\d+[.)]\s*|[*_`]")


_SPACES = re.compile(r"\s+")
# Whose proposals, options or forecast a heading names: a party's own (not the authors' or this briefing's).
_THEIRS_KINDS = frozenset(("recommends", "forecast", "frames"))
_THEIRS = re.compile(r"^(?:the )?(?:[\w-]+ )?([\w-]+?)(?:['’]s|s['’]) ")
_OURS = frozenset("author authors briefing report note paper review brief memo year years month week quarter today "
                  "yesterday decade".split())  # "## The authors' recommendations", "## Last year's recommendations"


def _theirs(norm: str) -> bool:
    """A party's own proposals or forecast named by a heading or lead-in ("the ministry's proposals", "the
    central bank's forecast"), not the authors' or a time's, nor options the authors weigh for someone."""
    found = _THEIRS.match(norm)
    return found is not None and found.group(1) not in _OURS and found.group(1) + "s" not in _OURS \
        and "option" not in norm


def normalise(text: str) -> str:
    """Lower case, without emphasis markers, numbering ("1.", "Table 3:") or a trailing colon."""
    return _NUMBERING.sub("", _SPACES.sub(" ", text.strip().lower())).strip(" :.").replace("’", "'")


@lru_cache(maxsize=16)
def compile_vocabulary(extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> Vocabulary:
    """The built-in vocabularies plus a library's own phrases (kind, phrases) pairs."""
    added = dict(extra)
    keys: dict[str, str] = {}
    key_patterns: list[tuple[str, re.Pattern[str]]] = []
    header_keys: set[str] = set()
    places: dict[str, list[tuple[str, str]]] = {}
    for kind, phrases in added.items():  # a library's own words come first
        for phrase in phrases:
            keys.setdefault(normalise(phrase), kind)
            for place in (KEY, LEAD_IN, HEADING, HEADER):
                places.setdefault(place, []).append((kind, normalise(phrase)))
    for entry in ENTRIES:
        for phrase in entry.phrases:
            if KEY in entry.where and phrase.startswith("re:"):
                key_patterns.append((entry.kind, re.compile(phrase[3:])))
            elif KEY in entry.where:
                keys.setdefault(phrase, entry.kind)
                if entry.header_only and keys[phrase] == entry.kind:
                    header_keys.add(phrase)
            for place in entry.where:
                places.setdefault(place, []).append((entry.kind, phrase))
    starts = {place: tuple(_grouped(pairs, lead=_LEADS[place])) for place, pairs in places.items()}
    own = [(kind, re.escape(normalise(phrase))) for kind, phrases in added.items() for phrase in phrases]
    wholes = {place: tuple((kind, re.compile(pattern)) for kind, pattern in own + [
                  (kind, phrase[4:-1]) for kind, phrase in pairs if phrase.startswith("re:^") and phrase.endswith("$")])
              for place, pairs in places.items() if place in (LEAD_IN, HEADING)}  # a library's own words first
    return Vocabulary(keys, starts, tuple(key_patterns), frozenset(header_keys), wholes=wholes)


# A lead-in or heading names its kind in its first words ("Three scenarios for 2026:", "Table 3:
# Completion scenarios"); a table header anywhere in its cells.
_LEADS = {KEY: r"^", LEAD_IN: r"^(?:[\w'’-]+,?\s+){0,2}", HEADING: r"^(?:[\w'’-]+\s+){0,2}", HEADER: r"\b"}


def _grouped(pairs: list[tuple[str, str]], *, lead: str) -> list[tuple[str, re.Pattern[str]]]:
    """One alternation per kind, in first-seen order (one scan per kind, not per phrase); a phrase
    written "re:..." is a regular expression."""
    order: dict[str, list[str]] = {}
    for kind, phrase in pairs:
        order.setdefault(kind, []).append(phrase[3:] if phrase.startswith("re:") else re.escape(phrase))
    compiled = []
    for kind, phrases in order.items():
        ranked = sorted(set(phrases), key=len, reverse=True)
        free = "|".join(p for p in ranked if not p.startswith("^"))
        anchored = "|".join(p[1:] for p in ranked if p.startswith("^"))
        parts = ([f"{lead}(?:{free})\\b"] if free else []) + ([f"^(?:{anchored})\\b"] if anchored else [])
        compiled.append((kind, re.compile("|".join(parts))))
    return compiled
