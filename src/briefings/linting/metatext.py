"""How a briefing talks about itself: the patterns of sentences that describe the briefing, not the world.

Meta sentences ("This briefing covers ..."), bylines and mastheads, pointers to its own tables and
sections, the conventions of its figures and words, and notes on where its data come from. The
rules that use them (and the facts that still count as claims beside them) are in `claims`; each
pattern has must-flag and must-pass rows in tests/linting/test_claims.py.
"""

from __future__ import annotations

import re

from briefings.linting.scan import StartFirst

META = StartFirst(re.compile(r"^(?:this|the following|these|the present|the tables?|our) (?:briefing|page|section|list|table|"
                  r"tables|summary|overview|report|note|profile|analysis|assessment|chapter|brief|explainer|paper|memo|primer|"
                  r"backgrounder|factsheet|fact sheet|guide|digest|dossier|sitrep|situation report|alert|tracker|scorecard)s?\b|"
                  # what this kind of briefing does: "This interim report sets out ...", "This map lists who owns what"
                  r"^this (?:(?:interim|final|preliminary|short|updated|options|policy|thematic|country|special) )?(?:report|"
                  r"paper|briefing|note|map|chronology|timeline|scorecard|review|dossier|statement|summary) (?:sets out|traces|"
                  r"covers|explains|summari[sz]es|looks at|describes|examines|reviews|outlines|answers|lists|asks)\b|"
                  # what the authors left out, chose and how they grouped it: "We have left out works available only in
                  # the regional languages", "The works below were chosen to represent both sides", "We group the
                  # literature into four broad readings" (not "... because the ministry withheld them")
                  r"^we (?:have )?(?:left out|leave out|omitted|omit|not included|do not include|did not include|do not "
                  r"cover)\b(?![^.;]*(?:\d|\b(?:because|since|after|as|said|says|told|according|where|when)\b))|"
                  r"^the (?:[\w'’-]+ ){1,3}(?:below|above|listed (?:below|here)|in this (?:guide|list|briefing|note|section)) "
                  r"(?:were|are|have been) (?:chosen|selected|picked|included|ordered|arranged|grouped)\b"
                  r"(?![^.;]*(?:\d|\bby\b))|"
                  r"^we (?:group|divide|organi[sz]e|sort|arrange|split|classify) (?:[\w'’-]+ ){1,10}(?:into|under|by)\b|"
                  # the authors weighing their own readings: "Three readings of the crackdown are worth weighing"
                  r"^(?:two|three|four|five|several|some|a few) (?:readings|explanations|interpretations|scenarios|options|"
                  r"possibilities) (?:of [^.;:]{1,50} )?(?:are|seem) worth (?:weighing|considering|examining)\b|"
                  r"^this (?:pack|article|bulletin|newsletter|roundup|round-up) (?:sets out|traces|covers|explains|"
                  r"summari[sz]es|looks at|describes|examines|reviews|outlines|answers)\b|"
                  r"^this (?:version|edition|update|issue) (?:adds|updates|revises|corrects|drops|removes)\b|"
                  r"^this (?:version|edition|update|issue) of (?:the|this|our) (?:briefing|alert|note|sheet|brief|"
                  r"tracker|digest|summary)\b|^(?:each|every|the) (?:item|entry|row|line|record)s? (?:below|above|in (?:this|the) "
                  r"(?:table|list|log))\b|"
                  r"^the (?:tables?|sections?|figures?|charts?|lists?|chains?|timelines?|diagrams?|steps) below\b|^the (?:recommendations|options|proposals|"
                  r"questions|steps) below (?:set out|list|explain|describe|cover|address|answer)\b|"
                  r"\bin this (?:briefing|"
                  r"table|profile|analysis|section|report|page|edition|scorecard)\b|^in this (?:paper|note|brief|narrative|digest|explainer),? "
                  r"(?:we|i)\b|^(?:the )?(?:terms|words|abbreviations|acronyms) (?:used|defined) in this (?:paper|narrative|"
                  r"note|digest|brief|explainer)\b|^this (?:narrative|paper|note) (?:draws on|is based on|relies on|uses|sets "
                  r"out|describes|looks at)\b|^this (?:case study|brief|profile|sheet) (?:rests on|is based on|relies on)\b|"
                  r"\b(?:had|have|has|were|was) not (?:yet )?been published when this (?:briefing|sheet|paper|note|report|"
                  r"profile|brief) was (?:prepared|written|compiled)\b|\b(?:left out of|excluded from) this\b|"
                  r"\bunless (?:stated|noted) otherwise\b|"
                  # what the briefing leaves to others: "Attribution of the account is outside the scope of this write-up"
                  r"\b(?:outside|beyond) the scope of (?:this|the present|our)\b|"
                  # the authors' own rules: "We use a minimum of 15 litres per person per day throughout this report",
                  # "Where figures from two sources differ by more than 10%, we report the lower one", "We report these
                  # remarks because they shape what the committee will ask next"
                  r"^we use\b[^.;]{1,80}\b(?:throughout|in) (?:this|the) (?:report|briefing|note|sitrep|scorecard|paper|"
                  r"analysis|update|digest)\b|"
                  r"^where [^,;]{1,100}, we (?:report|use|give|take|count|show|list|keep|prefer|flag|round|treat)\b"
                  r"(?![^.;]*(?:\d|\b(?:because|since)\b))|"
                  # what a figure counts and what counts as what (a threshold is part of the definition):
                  # "Displacement figures count people, not households", "A convoy counts as denied when it is held
                  # for more than 24 hours"
                  r"^(?:the )?(?:[\w-]+ )?(?:figures|numbers|counts|totals) count (?:people|persons|individuals|"
                  r"households|families|incidents|events|cases|sites|outlets)\b|"
                  r"^an? [\w'’ -]{1,40}? counts as [\w'’ -]{1,30}? (?:when|if|once|where)\b|"
                  r"^we (?:report|include|quote|mention|record|give) (?:these|this|those|them|it)\b[^.;]{0,40}\bbecause\b|"
                  # what comes in a later issue: "A breakdown by donor will appear in the funding annex of Report No. 8"
                  r"\bwill (?:appear|be (?:published|given|included|listed|shown)) in (?:the|our|a|next week's|"
                  r"the next) (?:[\w-]+ ){0,3}(?:annex|report|edition|update|issue|section|sitrep|digest)\b|"

                  # a pointer as a whole value: "see the note on online advertising under Media, below"
                  r"^see (?:also )?[^.;]{1,80}?,? (?:below|above)\.?$|"
                  # where readers find more: "Readers interested in the full data can find it in the open-data portal"
                  r"^(?:readers|users|subscribers)\b[^.;]{0,60}? (?:can|may|will) (?:find|see|consult|download|read|access|"
                  r"request)\b|"
                  # how the authors treat their material: "We treat the 2023 upload as the original until better evidence
                  # appears", "We regard this as the most serious error" (not "we treat that claim as false because ...")
                  r"^we (?:treat|regard|count|classify|code|consider) (?!that\b)[^.;:]{1,100}? as\b(?![^.;]*\b(?:because|since|"
                  r"after|as (?:the|a)|which|who)\b)|"
                  # how to read its references: "Paragraph numbers in brackets refer to the committee's report",
                  # "Where the committee was divided, this summary says so"
                  r"^(?:paragraph|page|section|chapter|article) (?:numbers|references) (?:in (?:square )?(?:brackets|"
                  r"parentheses) )?refer to\b|^where [^,;]{1,80}, this (?:summary|briefing|report|note|review|dossier|"
                  r"paper) says so\.?$|"
                  # what the briefing's own grades rest on: "Grades apply the standards of the Regional Charter"
                  r"^(?:our |the |these )?(?:grades|ratings|scores) (?:apply|are based on) (?:the )?(?:standards|criteria|"
                  r"scale|rules|method)\b|"
                  # the authors' own estimates and what they rest on: "These estimates assume the target is met"
                  r"^(?:these|our) (?:estimates|projections|scenarios|calculations) (?:assume|are based on|rest on)\b"
                  r"(?![^.;]*\b(?:which|that) (?:\w+ )?(?:counted|found|showed|shows|recorded)\b)|"
                  # the chapter's own sources, naming no finding: "The chapter draws on the index scores and our monitoring"
                  r"^(?:this|the) chapter (?:draws on|is based on|relies on|rests on)\b(?![^.;]*\b(?:that|which|showing|"
                  r"shows?|found|finds)\b)|\bunless otherwise (?:stated|noted)\b|\brounded to\b|\brounds? to the nearest\b|"
                  r"\bsee (?:table|figure|section|chart|the annex|below|above)\b|\bthis briefing's\b|"
                  # a byline ("A governance briefing on ..., prepared in April 2025", "Prepared for the staff of
                  # ..."), a pointer ("We return to those recommendations at the end"), a definition ("By
                  # 'capture' we mean ..."), what a table leaves out ("are left out of the table", "Closed
                  # sessions are not listed here.")
                  # the limits of the authors' own model: "Our demand model has been checked only against 2010–2020 data"
                  r"^our (?:[\w-]+ ){0,2}(?:model|models|method|estimates|projections|forecasts|index|scenarios) (?:has|have) "
                  r"(?:only )?been (?:tested|validated|calibrated|checked|fitted|trained|back-tested) (?:only )?(?:against|on|with|"
                  r"using) [^.;,]{1,60}?\b(?:data|figures|records|surveys?|samples?|series|years?|cases)\.?$|"  # nothing after
                  # what the briefing leaves out: "Findings 9 to 12 concern staffing and are not discussed separately here"
                  r"\b(?:is|are) not (?:discussed|covered|treated|examined|addressed|considered) (?:separately |further |in "
                  r"detail )?(?:here|in this (?:digest|memo|note|paper|brief|review|summary|report|briefing))\.?$|"
                  # the decision a memo puts to its reader: "The board is asked to choose between three options ..."
                  # (and no record after it: "... three options after the ministry cut its budget by 40% in 2024")
                  r"^(?:the )?[\w'’ -]{1,60}? (?:is|are) (?:asked|invited) to (?:choose|select|pick) (?:one|between|among|from)\b"
                  r"(?![^.;]*(?:\d|\b(?:after|because|since|when|which|that|who|agreed|signed|leaked|proposed by)\b))|"
                  r"^(?:the )?[\w'’ -]{1,60}? (?:is|are) (?:asked|invited) to (?:agree|approve|endorse|note) the "
                  r"(?:recommendations?|proposals?|options?|package)\b"
                  r"(?![^.;]*(?:\d|\b(?:after|because|since|when|which|that|who|agreed|signed|leaked|proposed by)\b))|"
                  r"^prepared (?:for|by|in)\b|^we (?:return|come back|turn|go back) to (?:th(?:is|ese|ose|at)|it|them)\b|"
                  r"^by [\"“‘']?[\w' -]+[\"”’']? we mean\b|\b(?:left out of|excluded from) the (?:table|chart)\b|"
                  r"^(?!they\b)(?:[\w'’-]+ ){1,6}are not (?:listed|shown) (?:here|in (?:the|this) (?:table|list|chart))\.?$|"
                  # a remark on its own reading: "It is worth being precise about the limits of these studies" (not "It
                  # is worth noting the regulator fined ...", "It is worth being clear: no journalist has been ...")
                  r"^it is worth being (?:precise|clear|careful|explicit|cautious|modest|honest) about [^:;]+$|"
                  # the right of reply it gave, and nothing after it: "We shared a draft of these findings with each
                  # broadcaster on 20 May", "... and asked for comments within two weeks" (not "..., which did not
                  # reply", "... and it corrected two figures")
                  r"^we (?:shared|sent|offered|showed|gave) (?:a |an |our )?(?:draft|copy|summary|preview)s? of (?:this|these|"
                  r"the|our) (?:findings|report|briefing|review|paper|note|chapter|assessment|scores|ratings|grades|"
                  r"scorecard|profile) (?:with|to) [^;:,]+?"
                  r"(?:,? (?:on|in|before|by) [^;:,]+(?:, \d{4})?)?(?:,? and (?:asked|invited) (?:it|them|each|for) "
                  r"[^;:,]*)?\.?$|"
                  # "We sent questions to Korvena on 2 June and again on 20 June; we had no reply by the time of writing"
                  # (not "We sent our questions to the ministry, which paid twice in 2023")
                  r"^we (?:sent|put|addressed|emailed) (?:our |written |detailed |[\w-]+ )?questions to (?:(?!,? (?:which|who|whom|"
                  r"whose|where|when|after|before|because|as|but)\b)[^;:]){1,80}?"
                  r"(?:;\s*(?:we (?:had|have|received) no (?:reply|response|answer)|(?:it|they|none) (?:did not|had not|has not|"
                  r"have not) (?:reply|replied|respond|responded|answer|answered))[^;:]*)?\.?$",
                  re.IGNORECASE))

# A byline, the whole sentence: "Security and procurement briefing, June 2025.", "A governance briefing
# on the Republic of Meravia, prepared in April 2025 for readers abroad." (not "An internal memo,
# written in 2021, shows ...": the memo does something).
BYLINE = re.compile(r"^(?!the |this |that |its )(?:an? )?(?:[\w-]+ (?:and )?){0,3}(?:briefing|digest|explainer|"
                    r"backgrounder|primer)(?: on [^,.]+)?,? (?:(?:prepared|written|compiled)\b[^.;:]*|(?:jan|feb|mar|apr|"
                    r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|\d{4})[.]?$", re.IGNORECASE)

# What the briefing says elsewhere ("the options set out below", "in the table below", "Table 4 counts",
# "We describe one voyage below"): the sentence describes the briefing only when it states no figure
# and what it refers to is its subject, not what a record acts on ("He has never accepted the
# episodes described above", "Figure 3 shows that exports fell by 12%" record).
REFERENCE = StartFirst(re.compile(r"\b(?:summari[sz]ed|described|set out|discussed|listed|proposed|covered) (?:below|above|here|in this)|"
                       r"\bin the (?:tables?|charts?|figures?|lists?|sections?|maps?|graphs?) (?:below|above)\b|"
                       r"^(?:table|figure|chart|map) \d+\b|"
                       r"^(?:section|annex|appendix|chapter|part) \d+ (?:describes|sets out|explains|"
                       r"discusses|summari[sz]es|lists|outlines|reviews|turns) (?=[^.]*\b(?:our|we|us)\b)|"
                       r"\b(?:covered|discussed|described|listed) (?:on|in) (?:sheet|section|part|chapter|annex|appendix) \d+\b"
                       r"(?! of\b)|^we (?:describe|set out|discuss|list|summari[sz]e|outline|"
                       r"compare)\b|\bthis (?:briefing|profile|report|analysis|paper|note|map|chronology|timeline|tracker|digest|brief) "
                       r"(?:does not|doesn't|says nothing|makes no|"
                       r"takes no)\b", re.IGNORECASE))

NUMBERED = frozenset(("table", "figure", "chart", "map", "section", "annex", "appendix", "chapter", "part"))

REFERRING = frozenset("summarised summarized described set discussed listed proposed covered".split())

TABLE_NUMBER = re.compile(r"\b(?:table|figure|chart|map|section|annex|appendix|chapter|part|sheet) \d+\b(?! of\b)",
                          re.IGNORECASE)
# what a table's own description may count without stating a figure: a numbered period or stage
# ("Year 2 results", "Phase 3") and the whole of what it covers ("across all five channels")
TABLE_SCOPE = re.compile(r"\b(?:year|phase|wave|round|stage|cycle|quarter|week|day|component|pillar|objective|outcome) "
                         r"\d+\b|\b(?:all|the) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?=[a-z])", re.IGNORECASE)

# The briefing's conventions for its own figures and words ("Figures are percentages of decided
# voters", 'A "hung chamber" here means ...'): at the start of a sentence, and only when the sentence
# states no figure or date of its own ("The army fired in March; the word 'massacre' here means ..."
# still asserts).
CONVENTION = StartFirst(re.compile(r"\bas (?:the|this) (?:term|word|phrase|name) is used here\b|"
                        r"^(?:all )?(?:the )?(?:[a-z-]+ )?(?:figures|numbers|amounts|values|percentages|shares|totals)(?: (?:in|of) "
                        r"(?:this|the) (?:table|chart|briefing|section)s?)? (?:are|were) (?:in|percentages|shares|"
                        r"rounded|given|shown|expressed|nominal|adjusted|calculated|provisional)\b|"
                        # the units of a measure: "Volumes are in cubic kilometres (km³) and flows in m³/s."
                        r"^(?:[a-z-]+ )?(?:volumes|flows|prices|costs|distances|areas|sums|capacities)"
                        r" (?:are|were) (?:given |shown |expressed |stated )?in (?:current |constant |nominal |real |local )?"
                        r"(?:[a-z]{2,3} |[a-z-]+ )?(?:dollars|euros|pounds|francs|units|(?:cubic |square )?(?:metres|meters|"
                        r"kilometres|kilometers|km)|tonnes|tons|litres|liters|hectares|barrels|megawatts|gigawatts|millions|"
                        r"billions|thousands)(?: \([^()]{1,20}\))?(?: and [^.;()]{1,60}(?: \([^()]{1,20}\))?)?\.?$|"
                        # ... and what the data are, as a whole sentence: "Prices are annual averages per tonne.",
                        # "Figures in the table are the final certified results.", "Shares are of valid votes;"
                        r"^(?:[a-z-]+ )?(?:prices|rates|counts|figures|shares|flows|volumes|levels|readings|values)"
                        r"(?: in (?:this|the) table)? (?:are|were) (?:annual|monthly|quarterly|weekly|daily) (?:averages?|"
                        r"medians?|totals?)\b(?! (?:by|until|on)\b)[^.;,]*(?:[.;]|$)|"
                        # what the table's figures refer to: "Positions refer to the cropped version, not the original"
                        r"^(?:the )?(?:[\w-]+ )?(?:positions|timestamps|times|timings|figures|numbers|dates|ratings|scores|"
                        r"grades|stages|labels|codes|percentages|shares|page numbers|coordinates|distances|bearings) "
                        r"(?:here |below |above |in (?:this|the) table )?refer to\b|"
                        r"^(?:figures|numbers|results) in (?:this|the) table are the final (?:certified |official )?results\.?$|"
                        r"^shares are of (?:valid|all|registered) (?:votes|ballots|voters)\b|^paragraphs are numbered\b|"
                        # what the data are: "Shares are of prime-time news airtime", "Percentages below are shares
                        # of the polling stations observed", "Numbers are reports received, not estimates", "Dates
                        # are as listed on the court's calendar", '"Received" means paid or committed'
                        r"^(?:the )?(?:shares|percentages|figures|numbers|counts)(?: below| above)? (?:are|were) (?:of|shares of|"
                        r"reports|cases reported|as reported)\b|^(?:the )?dates (?:are|were) as (?:listed|given|published)\b|"
                        r"^[\"“‘'][^\"”’']{1,30}[\"”’'] (?:here )?means\b|"
                        # a unit or an abbreviation spelled out: "m³/s means cubic metres per second", "ha means hectares"
                        r"^(?-i:(?!(?:it|he|we|so|who|she)\b)[a-z]{1,3}|[A-Z]{2,6}s?|\S*[³²/%]\S*) means (?:a |an |the )?"
                        r"(?-i:[a-z])|"
                        # a defined term: 'A "carried" stake is one for which the state pays nothing'
                        r"^an? [\"“‘'][^\"”’']{1,30}[\"”’'] (?:[\w-]+ )?(?:is|means) (?:one|any|an?) (?:[\w-]+ )?(?:that|which|"
                        r"who|whose|for which|in which|where)\b|"
                        # what a table's own columns and rows hold, and its order: 'The "Now" column uses the
                        # operator's estimates', "The Relay row counts channels", "Judges are listed in the order ..."
                        r"^the (?:[\"“‘'][^\"”’']{1,30}[\"”’'] |[\w-]+ ){1,3}(?:column|row|columns|rows) (?:uses?|counts?|"
                        r"shows?|gives?|includes?|excludes?|covers?|is|are|lists?|refers?)\b|"
                        r"^[\w -]{1,30} are (?:listed|sorted|ordered|ranked|arranged|given) (?:in (?:the )?(?:order|"
                        r"alphabetical order)|alphabetically|by (?:date|size|rank|score|name|region))\b[^,;]*$|"
                        # a table's order and what it holds, what one entry is, what gets in: "The table follows the
                        # order of the annex", "Each entry is one action against one journalist", "Only incidents
                        # confirmed by the journalist are listed"
                        r"^the (?:table|chart|list|log)s? (?:follows?|uses?|lists?|covers?|includes?|excludes?|leaves out|"
                        r"omits|is (?:sorted|ordered|arranged))\b|^each (?:entry|row|item|line|record) (?:is|counts|"
                        r"represents|stands for|means)\b|^only [^.;]{1,80} (?:are|were) (?:listed|included|counted|shown|"
                        r"logged)\b|"
                        r"^in this (?:brief|briefing|paper|note|report|study)\b[^.;]*\bmeans\b|"
                        r"^(?:an? |the )?[^.;:,]{1,40}? (?:here means|means here|is used here to mean)\b|"
                        r"^we use\b[^.;]{1,60}\bto mean\b", re.IGNORECASE))

# A legend of the briefing's own marks, its bold term first: "**Check** notes test a factual claim against
# published data", "**Bold** entries are pending" (the sentence's leading "**" already stripped).
LEGEND = re.compile(r"^(?:(?:light |dark |pale )?(?:bold|italic|italics|starred|shaded|grey|gray|red|amber|green|blue|"
                    r"yellow|orange|dashed|dotted|solid|underlined|highlighted|marked|bracketed)\*\*\s+(?:figures|names|lines|"
                    r"labels|rows|columns|entries|items|cells|values|dates|amounts|numbers|bars|points|markers)\s+(?:are|is|"
                    r"shows?|marks?|denotes?|indicates?|gives?|stands? for|means?)\b|"
                    r"[\w'’-]{1,20}\*\*\s+(?:notes|entries|rows|columns|items|marks|ratings|boxes|cells|tags)\s+"
                    r"(?:test|comment|suggest|mark|denote|indicate|show|give|record|cover|list|are|is|were|have|carry|"
                    r"refer|flag)s?\b[^\d]*$)", re.IGNORECASE)  # one marked word and a legend's verb, no figure (not "**Kessler** notes
# widespread fraud", "**Reuters** names three officials", "**Customs** flags 12 shipments a week")

# The units a note may give its figures in: "Costs are in 2024 crowns", "in constant 2015 US dollars"
CURRENCIES = (r"(?:dollars|euros|pounds|sterling|crowns|kroner|kronor|marks|francs|rubles|roubles|yuan|renminbi|yen|"
              r"rupees|pesos|lira|liras|shillings|dinars|rand|zloty|forints|lei|hryvnias|lari|tenge|manat|dirhams|"
              r"riyals|reais|won|baht|ringgit)")

# What the briefing's figures are and where they come from, as a note under a table or in a method
# section: "Vote counts are taken from the published division lists", "Contract values are as
# awarded", "Funding figures cover contributions reported by 17 October", "Ratings run Low to Severe",
# "Events are classified here by their first category". A date (a cut-off) or a numbered reference
# ("Round 3", "version 2.1") may appear; any other figure is a claim ("The figures include 40 children").
DATA_NOTES = StartFirst(re.compile(
    r"^(?:the |all |our )?(?:[\w'’-]+ ){0,2}(?:figures|numbers|counts|values|votes|totals|data|estimates|tallies|"
    r"amounts|deaths|casualties|cases|pledges|times|dates|quotations|quotes|links|details|entries|names|fees|charges|"
    r"readings)(?: (?:in|for|of|on) (?:this|the|each|our) [\w -]{1,20}?| for "
    r"[\d–/-]{4,9}| for [\w'’-]+(?: [\w'’-]+)?)? are "
    r"(?:(?:all |only )?(?:taken|drawn|compiled|sourced|derived|copied) from\b|from (?:the |our )?(?:round|wave|"
    r"version|release|edition|phase)\b|from (?:the |our )?[\w -]{0,30}?(?:accounts|survey|model|dataset|census|register|"
    r"registry|records|statistics|returns|lists|database|tracking|monitoring|transcripts?|minutes)\b|(?:budget )?(?:plans|projections|"
    r"estimates|outturns),? not\b|the (?:verified|official|confirmed|provisional|final|published) (?:counts|figures|"
    r"estimates|totals) of\b|as (?:awarded|reported|confirmed|published|signed|listed|given|announced|"
    r"recorded|tabled|stated|declared|filed|registered)\b|(?:shown|given|expressed|listed) as\b|"
    # the year they are shown for, and when they were read: "Fees are shown for 2025–26", "Readings are the latest
    # available on 10 March 2025"
    r"(?:shown|given|listed|quoted) for (?:(?:19|20)\d\d(?:[–/-]\d{2,4})?|the (?:year|period|season) (?:to|ending|ended|from|of) [\w –-]{1,20})\b|"
    r"the (?:latest|most recent) (?:available|published)\b|(?:cumulative|provisional|preliminary|unaudited)\b|for (?:the )?(?:first|second|third|fourth|last|latest|whole|"
    r"full|fiscal|financial|calendar|budget|school|academic) (?:half|quarter|year|month|period)\b|those (?:of|in|from|on) the\b|(?:therefore )?(?:floors|ceilings|lower bounds|upper bounds|minimums|maximums)\b|"
    r"(?P<omitted>not (?:included|counted|shown))\b)|"
    # where an entry enters and leaves the table: "Cases appear here from the first hearing until final judgment"
    r"^[\w'’ -]{1,40}? (?:appear|are listed|are shown|stay|remain) (?:here|in (?:this|the) (?:table|list|tracker|log)) "
    r"(?:from|until|once|when|after|only)\b|"
    r"^(?:the )?(?:[\w'’-]+ ){0,2}(?:figures|numbers|counts|values|totals|data|estimates)(?: (?:in|for|of) (?:this|the) "
    r"[\w -]{1,20}?)? (?:include|exclude|cover|sum|omit|leave out)\b|"
    r"^(?:the )?(?:[\w'’-]+ ){0,2}(?:names|terms|labels|categories|codes|stages) (?:below|above|used (?:here|below)) "
    r"follow\b|^(?:the )?(?:[\w'’-]+ ){0,2}(?:names|terms|labels|categories|codes|stages|statuses) follow (?:the |its |"
    r"their |our )?(?:[\w'’-]+ ){0,3}(?:terminology|usage|naming|conventions?|classification|spelling|transliteration)\b|^(?:the )?(?:ratings|scores|grades|levels) (?:run|range) (?:from )?[A-Z]|"
    r"^[\w'’ -]{1,40}? (?:are|is) (?:classified|coded|grouped|categori[sz]ed) here (?:by|as|under|according)\b|"
    r"^[\w ,'’-]{1,80}? (?:are|is) (?P<left_out>not (?:shown|included|listed|counted|reproduced))(?:(?: separately| here| in "
    r"(?:this|the) (?:table|chart|list))\.?)?$|"
    # what the briefing leaves out of its figures: "Polls commissioned by either campaign are excluded here"
    r"^[\w'’ -]{1,60}? (?:are|is) (?:excluded|left out|omitted|set aside) (?:here|from (?:this|our) (?:table|chart|"
    r"list|analysis|briefing|tracker|log|sample|average|figures)|from the (?:table|chart|sample|average|figures))\b(?![^.;]*\b(?:by law|under (?:the |a |\w+ )?(?:law|act|"
    r"rules?|regulations?|constitution|code)|until|unless)\b)|"
    # a threshold for what is shown: "Only outlets with a daily reach of 4% or more are listed"
    r"^only [^.;]{1,80} (?:are|is) (?P<threshold>listed|included|counted|shown|named)(?: separately| here| in (?:this|"
    r"the) (?:table|chart|list))?\.?$|"
    # what a comparison covers and how events are counted: "The comparison covers only the highest court in
    # each country", "Each incident is counted once, under its most serious type"
    r"^(?:the|this|our) (?:comparison|table|chart|analysis|sample|index|dataset|list|count|tally) (?:covers|includes) "
    r"only\b|^each (?:entry|row|item|incident|event|case|attack|report|complaint|death) (?:is|was) (?:counted|coded|"
    r"recorded|listed|classified) once\b|"
    # a cut-off: "Counts run to 30 September 2025"
    r"^(?:the )?(?:[\w'’-]+ )?(?:counts|figures|data|totals|numbers|tallies) (?:run|go) (?:up )?(?:to|until|through|from)\b|"
    # a period the figures use: "Licence years run from 1 April to 31 March"
    r"^(?:the )?(?:[\w'’-]+ )?(?:years?|periods?|seasons?|quarters?) (?:here )?(?:runs?|begins?|starts?) (?:from |on |in )|"
    # what a quoted column or term counts: '"Recorded" counts every incident an observer logged'
    r"^[\"“‘'][^\"”’']{1,30}[\"”’'] (?:here )?(?:counts|summari[sz]es|gives|shows|lists|compares|is the (?:[\w-]+ ){0,2}(?:year|date|month|day|number|figure|target|"
    r"share|total|value|amount|sum)|are (?:the|those)|(?:are|is) (?:in )?(?:percentage points|points|per cent|"
    r"percentages|shares|days|hours|units) of)\b|"
    # what the authors could not check: "The mission has not been able to verify these figures independently"
    r"^(?:we|the (?:mission|authors|team|research team|observers)|our (?:team|researchers|monitors|observers)) "
    r"(?:have |has )?(?:not been able to|been unable to|cannot|could not) (?:independently )?(?:verify|confirm|"
    r"corroborate|check|estimate|measure|quantify)\b[^:]*$|"
    # where the authors have not been: "We have not visited the dam site", "the mission has not visited the camps"
    r"^(?:we|the (?:mission|authors|team|desk|observers)|our (?:team|researchers|monitors|observers)) "
    r"(?:have |has |had )?not (?:yet )?(?:visited|been to|inspected|observed|seen|interviewed|tested)\b[^:;,]*$|"  # not "We could not verify the claim: no wreckage has been shown"
    # the authors' baseline: "Where we compare across the change we use 2019 as the baseline"
    r"\bwe (?:use|take) (?:the )?[\w'’ -]{1,30} as (?:the |our )?(?:baseline|base year|reference year|benchmark)\.?$|"
    # how the briefing counts and numbers things: "Decrees are numbered by year of issue", "Reach is summed
    # across months", "Shares are rounded to the nearest point" (not "numbered by court clerks", "Votes in the
    # council are weighted by population")
    r"^[\w'’ -]{1,30}? (?:are|is) (?:numbered|summed|averaged|totall?ed|added up|rounded) (?:by (?:year|month|date|day|"
    r"week|quarter|source|issue|platform|channel|outlet)s?\b|across (?:all |the )?(?:months|years|weeks|days|quarters|"
    r"periods|sources|platforms|channels|outlets|accounts)\b|to the nearest\b)|"
    # what a measure is: "Turnout is votes cast as a share of registered voters"
    r"^[\w'’ -]{1,30}? (?:is|are) (?!(?:[\w'’-]+ ){0,6}?(?:higher|lower|more|less|greater|smaller|now|at|above|below|"
    r"up|down|double|twice|half|record|rising|falling|growing|shrinking|increasing|decreasing|still|already)\b)"
    r"[\w'’ -]{1,40}? (?:as a (?:share|percentage|proportion|fraction) of|divided by)\b|"
    # the price basis, with the span it covers: "All costs are in 2024 Vardanian crowns and cover the first ten years"
    r"(?P<basis>^(?:all |the )?(?:[\w-]+ )?(?:costs|prices|figures|amounts|values|sums|savings|budgets) (?:are|were) (?:given |shown |"
    r"expressed |stated )?in (?:constant |real |nominal |current )?(?:19|20)\d\d(?:[–/-]\d{2,4})? (?:prices|terms|"
    r"(?:[\w'’-]+ )?" + CURRENCIES + r")(?: \([^()]{1,12}\))?(?:,? and (?:cover|run over|span) (?:the )?(?:first|next|last|coming) "
    r"(?:[\w-]+ )?(?:years|months|quarters))?\.?$)|"
    # the month or year a figure is for: "Arrears figures are for June of the following year"
    r"^(?:the |all )?(?:[\w'’-]+ ){0,2}(?:figures|numbers|counts|totals|data|values|rates) (?:are|is) for (?:the end of |"
    r"the start of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: (?:of )?(?:each|the following|the next|"
    r"the previous|the preceding|the same) year)?\.?$|"
    # the statistic a figure is: "Regional figures are medians of 40 depots opened between 2018 and 2022"
    r"(?P<statistic>^(?:the |all )?(?:[\w'’-]+ ){0,2}(?:figures|numbers|values|costs|prices|estimates|rates) (?:are|is) (?:the )?"
    r"(?:medians|means|averages|median|mean|average|weighted averages?|totals|sums) (?:of|across|over) (?:the |all )?"
    r"(?:\d[\d,]*|[a-z]+) (?:(?!(?:that|which|who|whose|because|after|but|and)\b)[\w'’-]+ ){0,4}?"
    r"(?:(?:completed|built|surveyed|sampled|reported|recorded|observed|finished|opened|closed|studied|inspected) "
    r"(?:between (?:19|20)\d\d and (?:19|20)\d\d|from (?:19|20)\d\d to (?:19|20)\d\d|(?:in|since|during) "
    r"(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?))?\.?$)|"  # a span of years and nothing more ("... closed in 2023 after a fraud inquiry" asserts)
    # whose estimates the figures are: "Savings figures are the desk's own estimates; the treasury has not checked them"
    r"(?P<own>^(?:the |all )?(?:[\w'’-]+ ){0,2}(?:figures|numbers|values|costs|totals|amounts) (?:are|is) (?:(?:this|the) "
    r"(?:unit|team|desk|office|authors)['’]s?|our) (?:own )?(?:estimates|calculations|projections)\b|"
    # a committee memo's staff, as the whole sentence: "Figures for 2025 are staff estimates unless a source is named"
    r"^(?:the |all )?(?:[\w'’-]+ ){0,2}(?:figures|numbers|values|costs|totals|amounts)(?: for (?:19|20)\d\d)? (?:are|is) staff "
    r"(?:estimates|calculations|projections)(?: unless (?:a|the|another) source is (?:named|given|cited))?\.?$)",
    re.IGNORECASE))

# The briefing's own slip, put right: "We misspelled a minister's name in the Harbour item; the online version has
# been corrected" (not "We said talks might resume; they did not", nor "... gave the turnout as 51%; it was 49%").
OWN_SLIP = re.compile(r"^we (?:also )?(?:misspelled|misspelt|misnamed|mislabell?ed|misattributed|mistyped|misdated|"
                      r"(?:gave|used|printed|ran) the wrong (?:spelling|name|title|caption|photo|photograph|picture|link|"
                      r"byline|date|map|chart))\b[^;:.]{0,80}(?:\.|[;,] (?:and )?(?:the|this|our) (?:online|web|digital|"
                      r"archived?|corrected) (?:version|edition|text|item|story|copy) (?:has been|was|is now|have been) "
                      r"(?:corrected|updated|amended|fixed)[^;:]{0,40}\.?|[;,] (?:it|this|that|the error) (?:has been|was) "
                      r"(?:corrected|fixed|amended)[^;:]{0,40}\.?)$", re.IGNORECASE)

# How far the briefing's estimates may be off: "the estimates carry a margin of error of about ±8%",
# "accurate to within 5%". A figure here is the note's own, not a finding.
MARGIN = re.compile(r"\b(?:carry|carries|have|has|with) an? (?:margin of error|error margin|margin|uncertainty) of (?:roughly |"
                    r"about |around |some |up to )?(?:±|\+/-|plus or minus )?\s?\d+(?:\.\d+)?\s?(?:%|per ?cent|percentage "
                    r"points|points)|\baccurate to within (?:±|\+/-)?\s?\d+(?:\.\d+)?\s?(?:%|per ?cent|percentage points|points)",
                    re.IGNORECASE)

# Nobody else has yet checked the authors' figures: "the treasury has not yet reviewed them" (after a note
# that they are the authors' estimates).
UNCHECKED = re.compile(r"^(?!(?:we|i)\b)[\w'’ -]{1,60}? (?:has|have) not (?:yet )?(?:reviewed|checked|verified|audited|"
                       r"validated|confirmed|endorsed|approved) (?:them|it|these (?:figures|estimates)|the (?:figures|"
                       r"estimates))\.?$", re.IGNORECASE)

# Words without one of which a pattern cannot match: most sentences skip its scan.
DATA_NOTE_WORDS = frozenset("figures numbers counts values votes totals data estimates tallies amounts deaths fees charges "
                            "readings points "
                            "casualties cases pledges names links details entries terms labels categories codes stages ratings scores grades "
                            "here times share percentage proportion fraction divided dates quotations quotes only year "
                            "years period periods season seasons quarter quarters verify confirm corroborate check counts "
                            "summarises summarizes gives shows lists once comparison table chart analysis sample index dataset list "
                            "count tally baseline benchmark cumulative provisional preliminary unaudited half figure target reproduced month day date number total value sum shown given expressed "
                            "listed numbered summed averaged totalled totaled added rounded weighted excluded omitted "
                            "left aside separately follow visited inspected observed seen interviewed tested estimate establish determine "
                            "measure quantify compares costs prices sums savings budgets rates medians means averages "
                            "median mean average".split())

REFERENCE_NUMBER = re.compile(r"\b(?:round|wave|version|release|edition|phase|table|annex|appendix|figure|chart|"
                              r"section|contracts?|cases?|items?|incidents?|flags?|rows?|entry|entries)\s+\d+(?:\.\d+)*"
                              r"(?:\s+(?:and|to)\s+\d+)?\b", re.IGNORECASE)  # "amendments other than contract 2"

CONVENTION_WORDS = frozenset("figures numbers amounts values percentages shares totals here use used prices rates volumes "
                              "flows costs distances areas sums capacities "
                              "counts paragraphs results means column row columns rows listed sorted ordered ranked "
                              "arranged alphabetically table chart list log entry each only levels readings refer count counts".split())

META_WORDS = frozenset("briefing briefings page section list table tables summary overview report note profile alert tracker "
                       "version edition issue item items entry entries row rows line record records digest explainer primer "
                       "backgrounder study sitrep sheet case analysis chapter below above here otherwise round rounds "
                       "excluded left figure figures chart charts annex lists sections briefing's brief brief's paper memo "
                       "map we factsheet fact guide dossier assessment prepared pack article bulletin newsletter roundup "
                       "chronology timeline scorecard worth rounded narrative listed shown review statement estimates projections scenarios calculations paragraph grades ratings scores "
                       "scope see readers users subscribers treat regard count classify code consider use where because appear "
                       "questions edition scorecard chain chains timeline "
                       "timelines diagram diagrams steps counts model models asked invited discussed covered treated "
                       "examined addressed considered method methods forecasts index".split())

AGENT = re.compile(r"\b(?:given|supplied|published|reported|compiled|provided|produced|collected|issued) by\b",
                   re.IGNORECASE)  # whose figures they are: a fact ("... are given by the health ministry")

SIDE_CLAUSE = re.compile(r"[;:]|\b(?:because|after|since|when|as|which|who|while|but)\b", re.IGNORECASE)

NOTE_AGENT = re.compile(r"\b(?:given|supplied|published|reported|compiled|provided|produced|collected|issued|"
                        r"confirmed|announced|recorded|listed|signed|awarded) by\b"
                        r"(?!\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))",
                        re.IGNORECASE)  # whose figures, not "reported by 17 October"

NOTE_SIDE = re.compile(r"\b(?:because|after|since|when|which|who|whose|while|but|although)\b", re.IGNORECASE)
# where a clause that may record opens inside or after a note ("... for the year after the council scrapped the cap")
NOTE_RECORD = re.compile(r"\b(?:because|after|before|since|when|until|which|who|whose|while|but|although|and|as)\b",
                         re.IGNORECASE)

# A masthead line in a briefing's header: a byline of names, a publication date or a run of short
# particulars ("By Ilse Marran and Tobiah Quell", "Published 2 June 2025 · About 25 minutes to read",
# "Kellmoor Institute · Comparative Brief 2025/07 · June 2025", "Prepared by the research desk for ...").
BYLINE_NAMES = re.compile(r"^[Bb]y\s+[A-Z][\w'’.-]*+(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+)[A-Z][\w'’.-]*+){0,9}$")  # names

MASTHEAD = re.compile(
    r"^(?:first |last )?(?:published|updated|revised|issued|posted|prepared|compiled|written|produced|edited)"
    r"(?: (?:by|on|for)\b| \d| (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d)[^,;]*$|"
    r"^[^·•|.;:]{1,60}(?:\s[·•|]\s[^·•|.;:]{1,60}){1,5}$|"  # a paragraph's line: no table row reaches here
    r"^(?-i:[A-Z])[^.;:·•|,]{1,40}(?:, (?-i:[A-Z])[^.;:·•|,]{0,40}){2,5}$", re.IGNORECASE)

MASTHEAD_VERBS = frozenset("published updated revised issued posted prepared compiled written produced edited "
                           "scheduled".split())

AS_OF = re.compile(r"^(?:data|figures|information|prices) (?:(?:correct|current|valid) )?as (?:of|at) (?:\d{1,2} )?"
                   r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: \d{1,2},?)?(?: \d{4})?"
                   r"(?:; next (?:scheduled )?(?:update|edition|issue|release):? [\w ]{1,25})?$",
                   re.IGNORECASE)  # "Data as of 31 January 2025; next scheduled update July 2025"

# The numbers a masthead names (an issue or a series number, a date, a year, "2025/07"): any other is a figure.
PARTICULAR_NUMBERS = re.compile(r"\bNo \S+|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                                r"\b(?:\d{1,2}/)?(?:19|20)\d\d(?:/\d{1,2})?\b|\b(?:update|issue|edition|volume|vol|brief|report|"
                                r"series) \S*\d\S*|\b\d+ (?:minutes?|mins?|pages?)(?: (?:to )?read)?\b", re.IGNORECASE)

FIGURE = re.compile(r"[\d%]")

NUMBER_ABBREVIATION = re.compile(r"\bNo\.\s")  # "Update No. 87"

# How the briefing presents its material, in the present (or how a recording was transcribed): "Interviewees are
# described by role, never by name", "Testimonies are summarised rather than quoted in full", "Prices are
# converted at the average exchange rate of the year", "The Act is cited by section", "Statements made on
# television were transcribed from the broadcast recording" (not "Donations are converted into cash by ...").
PRESENTS = re.compile(
    r"^(?:the |all |our |its |their )?(?:[\w'’-]+ ){0,5}?(?:is|are) (?:(?:only|always|each|all|usually) )?(?:"
    r"(?:described|identified|named|referred to) (?:only )?by (?:their )?(?:role|roles|name|names|initials?|first names?|"
    r"pseudonyms?|job titles?|positions?|functions?)\b|"
    r"converted (?:in)?to [\w ]{1,20}? at (?:the |an? )?(?:[\w-]+ ){0,3}(?:exchange )?rates?\b|"
    r"converted at (?:the |an? )?(?:[\w-]+ ){0,3}(?:exchange )?rates?\b|"
    r"rounded (?:to (?:the nearest|one|two|three|whole)|(?:down|up) to the nearest)\b|"
    r"(?:(?<=act is )|(?<=law is )|(?<=code is ))(?:cited|referred to) by (?:section|article|paragraph|clause)s?\b)|"
    r"^(?:the |all |our )?(?:[\w'’-]+ ){0,2}(?:statements|remarks|interviews|quotes|quotations|answers|replies|testimon(?:y|ies))"
    r"(?: [\w'’-]+){0,4}? (?:was|were) (?:transcribed|translated) from the (?:broadcast|recording|original|audio|video|"
    r"transcript|footage)\b|"
    # the briefing's quoted material, as it gives it: "Testimonies are summarised rather than quoted in full"
    r"^(?:the |all |our )?(?:[\w'’-]+ ){0,2}(?:testimon(?:y|ies)|statements?|quotes|quotations|interviews|accounts|remarks|"
    r"answers|replies|responses|excerpts|extracts|transcripts)(?: [\w'’-]+){0,3}? (?:is|are) (?:(?:only|always|each|all) )?"
    r"(?:summari[sz]ed|paraphrased|quoted|translated|transcribed|edited|shortened|condensed) (?:rather than|in full|"
    r"(?:only )?for (?:length|clarity|brevity))\b",
    re.IGNORECASE)

# A pointer to another part of the briefing, as the whole clause: "all 64 documented cases are listed in the annex",
# "The 2022 change is discussed under litigation, below", "later changes are noted in the text", "Annex A and Annex B
# are supplied separately" (not "Hezbollah is listed in annex 2 of the EU regulation").
POINTS = re.compile(
    r"^(?:(?!(?:should|must|could|would|will|may|might)\b)[\w'’()-]+ ){1,12}?(?:is|are) (?:(?:also|only|each|all) )?"
    r"(?:discussed|listed|noted|shown|set out|given|covered|described|treated|reproduced|supplied|provided|attached|"
    r"explained|summari[sz]ed)(?: in (?:full|detail))?(?: (?:separately|below|above|later|in (?:the|this) (?:annex|annexes|"
    r"appendix|appendices|text|notes?|footnotes?|endnotes?)|under [\w'’ -]{1,40},? (?:below|above)))\.?$",
    re.IGNORECASE)
# what "separately" or "later" may be said of: a part of the briefing ("Annex A and Annex B are supplied separately"),
# not "Ammunition for the rifles is supplied separately"
OWN_PARTS = re.compile(r"\b(?:annex|annexes|appendix|appendices|tables?|lists?|data|dataset|notes|sources|charts?|maps?|"
                       r"figures|methodology|methods|questionnaire|transcripts?|documents)\b", re.IGNORECASE)
PRESENTS_WORDS = frozenset("described identified named referred summarised summarized paraphrased quoted translated "
                           "transcribed edited shortened condensed converted rounded cited discussed listed "
                           "noted shown set given covered treated reproduced supplied provided attached explained".split())

# The authors' side at work, in words that only they use of themselves: a series the piece belongs to ("Part of the
# Ledger's series on money and influence"), the questions they put to those named ("These are among the questions we
# put to Corvel on 27 February:"), a source's condition for speaking ("She spoke on condition that her name be
# withheld"), what they could not see ("Staff have not had access to the company's forecasts"; "The mission was not in
# a position to test the register"), their own view ("The mission regards the change as the most serious flaw",
# "The mission thanks the commission and the many voters who ...").
OWN_WORK = re.compile(
    # a series line with no verb of its own (not "Part of the 2019 bond series was sold to Selmark")
    r"^part of (?:the |our |an? )?(?:[\w'’-]+ ){0,4}series (?:on|about|covering) (?:(?!(?:is|are|was|were|went|"
    r"has|have|had)\b)[\w'’-]+ ){0,10}?(?:[\w'’-]+)\.?$|"
    # the right of reply: "We put our findings to the fund in a letter of 2 March 2025", "We put the question to the
    # Commission" (not "We put the cost at ...", "... to the minister who signed ...")
    r"^we (?:put|sent|submitted|addressed|presented) (?:[\w'’-]+ ){0,3}(?:findings|questions?|allegations|points|claims|"
    r"summary|list|letter|details)(?: [\w'’-]+){0,3} to (?:the |[A-Z])(?:(?!(?:who|whom|whose|which|that|"
    r"before|after|when|as|and|but)\b)[^,;:()])*?\.?$|"
    # a lead-in to the questions put, only that ("These are among the questions we put to Corvel on 27 February:")
    r"^(?:these|those|the following|here) (?:are|were) (?:(?:among|some of|all|the) )*questions (?:we|i) (?:put|sent|"
    r"submitted|posed|addressed) to (?:(?!(?:who|whom|whose|which|that|before|after|when|as)\b)[^,;:()])*:$|"
    # a source's condition for speaking, then at most why in the present
    r"^(?:he|she|they|the (?:official|source|officer|employee|witness|interviewee)) spoke (?:to (?:us|our reporters?|"
    r"the authors) )?on "
    r"(?:the )?condition (?:of anonymity|that (?:his|her|their) names? (?:be|was|were|is|would be) (?:withheld|not "
    r"(?:used|published|given)))\b|"
    # what the authors could not see (not "Observers were unable to enter 40 polling stations": a finding)
    # (documents only: not "Staff have not had access to clean water"; to verify, not "to evacuate the wounded")
    r"^(?:the )?(?:mission|staff|authors)(?: of the mission)? (?:has|have|had) not had access to (?:the |its |their )?"
    r"(?:[\w'’-]+ ){0,4}(?:forecasts|records|files|accounts|documents|data|figures|papers|minutes|registers?|contracts)\b|"
    r"^the mission was not in a position to (?:test|verify|confirm|check|assess|establish|judge)\b|"
    # its thanks (a view of its own, "The mission regards ...", may be another mission's: not exempt)
    r"^the mission thanks\b",
    re.IGNORECASE)
# the authors' note on a witness, as a list item under the witness's label
WITNESS_NOTE = re.compile(r"(?:asked not to be (?:named|identified)|requested anonymity|interviewed (?:by (?:phone|telephone|"
                          r"video)|through an interpreter|in person|online|remotely|separately|in (?:his|her|their) own language))"
                          r"\.?$", re.IGNORECASE)
OWN_WORK_WORDS = frozenset("part questions spoke mission staff authors we".split())
