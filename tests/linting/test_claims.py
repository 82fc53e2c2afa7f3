"""Assertion signals, exemptions, sentence splitting and what counts as a source."""

from __future__ import annotations

import pytest

from briefings.linting import claims, sentences
from briefings.linting import grammar as G
from briefings.linting.footnotes import names_source, scan
from briefings.linting.sentences import CITE


@pytest.mark.parametrize(("sentence", "signal"), [
    ("The budget grew by 12% in 2023.", "states a percentage"),
    ("The fund paid $4 million to the consultants.", "states an amount"),
    ("On 16 July 2018 the two leaders met in Helsinki.", "dated event"),
    ("The indictment named 13 Russian nationals.", "states a number"),
    ('He said the election was "rigged from the very start".', "quotes someone"),
    ("These were the largest sanctions ever imposed.", "superlative 'largest'"),
    ("The blockade led to shortages across the region.", "causal claim 'led to'"),
    ("Putin ordered an influence campaign.", "states what 'Putin' did"),
    ("Both governments attack the courts and the press.", "states what 'both governments' do"),
    ("It did not.", "states what 'it' did"),
    ("Small haulage firms were hit first.", "states what was done ('were hit')"),
    ("Critics argue that the reform weakened the courts.", "vague attribution 'Critics argue'"),
    ("Unemployment is lower than in any other region.", "makes a comparison ('lower than')"),
    ("Three-quarters of the hauliers have a depot here.", "states a number"),
    ("The freeze lasted eleven months.", "states a number"),
    ("His record is not in dispute: he signed the interception law.", "states what 'he' did"),
    ("They've closed four depots.", "states what 'They' have done"),
    ("Freight rates have gone up since the strike.", "states a change ('gone up')"),
    ("Customs revenue is down.", "states a change ('is down')"),
    ("Instead, it's gone up every single month.", "states a change ('gone up')"),
    ("Grain prices are rising again.", "states a change ('are rising')"),
    ("You said the port would stay public.", "reports what 'you' said"),  # a statement on the record
    ("We told the ministry about the leak.", "reports what 'we' told"),
    ("That is simply a fact.", "claims it is a fact"),
    # the subject is the words after the last comma or dash, skipping asides
    ("Under the new law, the hauliers have closed their depots.", "states what 'the hauliers' have done"),
    ("The ministry, for instance, paid the consultants.", "states what 'the ministry' did"),
    ("Varga, the party leader, resigned in protest.", "states what 'the party leader' did"),
    ("Through the courts, I blocked the tender.", "states what the speaker did ('blocked')"),
    ("Mr. Varga, uh, vetoed the bill.", "states what 'Mr Varga' did"),
    ("No. He won every contest he entered.", "states what 'he' did"),  # an FAQ answer, not 'No He'
    ("By then the levy had become a burden.", "states what 'the levy' had done"),
    # a participle before a noun describes it; the verb comes later
    ("Poorly maintained bridges collapsed in the storm.", "states what 'maintained bridges' did"),
    ("Two family-linked companies won the tenders.", "states what 'two family-linked companies' did"),
    ("The minister quietly signed contracts that expired.", "states what 'the minister' did"),
    # what a particular body does, in the present
    ("The ministry denies any wrongdoing.", "states what 'the ministry' does"),
    ("The federal program does not cover dental care.", "states what 'the federal program' does"),
    ("Its board publishes no accounts.", "states what 'its board' does"),
    # asides between the subject and its verb are skipped; the verb is found as a word
    ("The ministry, led by Varga, paid the firm.", "states what 'the ministry' did"),
    ("Halden, however, resigned in March.", "states what 'Halden' did"),
    ("Under the deal, Chris is paid a salary.", "states what 'Chris' is"),  # not 'Chr'
    # found on briefings no one on the team wrote: a pronoun with "both", a passive's named agent, a fraction
    ("They both want the vote to be about the ports.", "states what 'they both' do"),
    ("The dam is run by Vasmere Hydro.", "states who does what ('is run by')"),
    ("The inquiry is chaired by retired judge Hanne Solberg-Ravn.", "states who does what ('is chaired by')"),
    ("It supplies about a fifth of the province's electricity.", "states a number"),
    # the reason names the subject as an editor would, or the verb when the words before it are no subject
    ("Sometimes they didn't publish the rules.", "states what 'they' did"),
    ("Governor Halden earlier vetoed the bill.", "states what 'Governor Halden' did"),
    ("In fact it was the governor's own decision.", "states what 'it' was"),
    ("And the reason they do is because they plan ahead.", "states what 'they' do"),
    ("That's never happened before in the port.", "states what happened ('happened')"),
    ("Uh - he uh - was the governor then.", "states what 'he' was"),
    ("What he said was false.", "states what was so ('was')"),
    ("There've been 122 banks closed.", "states what happened ('There've been')"),
    # vague attributions with a noun of their own, and certainty about the record
    ("Some councillors say privately that the port was sold too cheaply.", "vague attribution 'Some councillors say'"),
    ("Several local officials privately concede that the grant failed.",
     "vague attribution 'Several local officials privately concede'"),
    ("The vetoes are a matter of public record.", "claims it is a fact"),
    ("It is all on the public record.", "claims it is a fact"),
    ("That much is settled law, not a matter of opinion.", "claims it is a fact"),
    # found on blind set 3: an irregular past, an adverbial inside the verb, a certainty frame's clause
    ("The eastern districts bore the brunt of the purge.", "states what 'the eastern districts' did"),
    ("The ministry has so far refused to comment.", "states what 'the ministry' has done"),
    ("It is beyond dispute that the ministry paid the firm.", "certainty word 'beyond dispute'"),
    ("It is clear that the ministry paid the firm.", "states what 'the ministry' did"),
    # a quotation needs its source even beside an open-question word
    ('Asked how many had died, he said the commission "does not keep that breakdown".', "quotes someone"),
    ("| 12 Oct | Halvec Engineering wins the bid |", "states what 'Halvec Engineering' does"),
    # a reference to the briefing inside a record is no description of the briefing
    ("He has never accepted responsibility for any of the episodes described above.", "states what 'he' has done"),
    ("The measures listed below were adopted in 2023.", "states what was done ('were adopted')"),
    # a refusal to say is a record; what a law or a contract would do is its content
    ("Neither man would say when the report would be published.", "records a refusal ('would say')"),
    ("The ministry would not comment on the figures.", "records a refusal ('would not comment')"),
    ("Its two sharpest clauses would let the government reverse decisions.", "states what 'two sharpest clauses' would do"),
    # particular people asking is a record, not an open question
    ("Fifty-four deputies have asked the Court to rule on whether the bill breaches Article 91.",
     "states what 'Fifty-four deputies' have done"),
    # a record is so, whatever the source it names; certainty about what came before
    ("The florin's fall and the reserve sales are recorded in the bank's own market data.", "claims it is a fact"),
    ("None of that is in dispute; the agency's own register shows it.", "claims it is a fact"),
    ("The records and the takedown settle those two points beyond doubt.", "claims it is a fact"),
    # the main clause after a relative clause set off by commas; a quantifier on its own as subject
    ("Her deputy, who had served under him in the harbour police, replaced her the same day.",
     "states what 'her deputy' did"),
    ("Most began by posting about food prices before turning to the election.", "states what 'most' did"),
    ("He is widely tipped to succeed her if she goes.", "vague attribution 'is widely tipped'"),
    # a second clause with a subject of its own, after a comma
    ('He is the party\'s best-known figure, and he has promised a firm hand on crime.', "states what 'he' has done"),
    ("Under the agreement, Brannock committed to:", "states what 'Brannock' did"),
    # close neighbours of the new exemptions still assert (from a cold review)
    ("The dispute was not settled until the Supreme Court ruled in 2019.", "dated event"),
    ("The Rafah crossing is still open to aid trucks.", "states what 'the Rafah crossing' is"),
    ("Figure 3 shows that exports fell by 12% in 2024.", "states a percentage"),
    ("Exports fell by 12% in 2024, as shown in the chart below.", "states a percentage"),
    ("When the army fired on the crowd in March 2023, it killed 40 people, including:", "dated event"),
    ("The ministry denies the payments described above.", "states what 'the ministry' does"),
    ("Casualty figures are given by the health ministry, which is run by the party.", "states what 'Casualty figures' is"),
    ("Two senators asked whether the tender was lawful.", "states what 'two senators' did"),
    ("A spokesman would neither confirm nor deny the report.", "records a refusal ('would confirm')"),
    ("The minister would not say that the deal was dead.", "records a refusal ('would not say')"),
    ("It was not known at the time that the minister owned 40% of the firm.", "states a percentage"),
    ("Since the coup, Varga controls the army.", "states what 'Varga' does"),
    ("The sums are not summarised here, but the audit found losses of $4 million.", "states an amount"),
    ("In the table below, imports fell sharply after the ban.", "states what 'imports' did"),
    ("Figure 3 shows that exports fell sharply.", "states a number"),
    ("As the army advanced, it seized these towns:", "states what 'the army' did"),  # not a label: a clause of its own
    ("The proposed amendment would cap rents.", "states what 'amendment' would do"),
    ("The reform, the minister warned in a long interview on state television, would \"wreck us\".", "quotes someone"),
    # an instruction's later clause may state a fact; a short quotation right after a verb of saying
    ("Do not treat the appointees as a bloc; many were chosen for their availability.", "states what was done ('were chosen')"),
    ("Ask for written answers; he has declined every invitation to appear since June 2021.", "states what 'he' has done"),
    ('It accepts two findings and says the Chamber "exceeded its mandate" by looking at complaints.', "quotes someone"),
    ("It is widely assumed among election lawyers that the sheets no longer exist.",
     "vague attribution 'It is widely assumed'"),
    # who someone is (a role in something particular); what a share of something does; what someone
    # is doing now
    ("She is the head of the electoral commission.", "states what 'she' is"),
    ("In fact he is on the board of the state bank.", "states what 'he' is"),
    ("They are members of NATO.", "states what 'they' are"),
    ("Some of that money ends up in offshore accounts.", "states what 'Some of that money' does"),
    ("Much of the aid goes to the capital.", "states what 'Much of the aid' does"),
    ("The government is preparing a new emergency law.", "states what 'the government' is doing"),
    ("They are quietly moving their savings abroad.", "states what 'they' are doing"),
    # a frame that takes its clause as known, wherever it sits and whatever frames it
    ("Remember that the court was packed in 2019.", "takes as known ('Remember that')"),
    ("I think it is a scandal that the ministry paid the consultants.", "takes as known ('a scandal that')"),
    ("And, of course, we know that the Russians control the pipeline.", "takes as known ('know that')"),
    ("Let me remind you that the court was packed in 2019.", "takes as known ('remind you that')"),
    # "'s" for "has"; an adverb after a pronoun subject; what someone says, whoever is in it
    ("She's been arrested twice since 2019.", "states what 'She' has done"),
    ("It's taken the ministry months to answer.", "states what 'It' has done"),
    ("He now chairs the committee.", "states what 'he' does"),
    ("Varga says we should leave the alliance.", "reports what 'Varga' says"),
    ("He told us the plant would close.", "states what 'he' did"),
    # officials and their kin as vague sources; what there is; what the rules allow; "it remains open"
    # after a record; a plural subject before an adverb; a governance verb
    ("Officials at the justice ministry insist that the chamber merely enforces the rules.",
     "vague attribution 'Officials at the justice ministry insist'"),
    ("Officials privately concede that the grant was never designed for them.",
     "vague attribution 'Officials privately concede'"),
    ("There is no clause in the contract under which a penalty applies.", "states what there is ('there is no')"),
    ("There are now only two channels not owned by the state.", "states what there is ('there are only')"),
    ("Under the 1996 constitution a judge could be removed only after a conviction.",
     "states what the rules allow ('could be removed')"),
    ("Judges cannot be dismissed without the council's consent.", "states what the rules allow ('cannot be dismissed')"),
    ("Under the law, the president may appoint three judges.", "states what the rules allow ('may appoint')"),
    ("Only Moreau and Haskel study a rural area.", "states what 'Moreau and Haskel' do"),
    # from set 25: a verb no list knows, by its place; what "it" does; a law's text; "call ... a"
    ("The bill lengthens the term and resets the count.", "states what 'the bill' does"),
    ("It lengthens the presidential term and lets the president appoint judges.", "states what 'it' does"),
    ("It pays for them through front companies in the Ardent Free Zone.", "states what 'it' does"),
    ("Under the current text he cannot stand in 2027.", "states what the rules allow ('cannot stand')"),
    ("Some observers call the retirement rule a purge.", "vague attribution 'Some observers call'"),
    ("Critics describe the law as a gag.", "vague attribution 'Critics describe'"),
    # a hedge or a forecast whose colon or semicolon leads to a record of its own (each main clause judged)
    ("Some of the fall may be real: Drossa lost thousands of residents after two canneries closed in 2022.",
     "states what 'Drossa' did"),
    ("An appeal is likely whatever the outcome; the appeal court has overturned two convictions since 2015.",
     "states what 'the appeal court' has done"),
    ("It's been said that he lied.", "vague attribution 'It's been said'"),
    ("The Prosecutor General opened an inquiry in April 2025, and it remains open.", "dated event"),
    ("Most of its journalists now work for an online outlet.", "states what 'Most of its journalists' do"),
    ("The council licenses every radio station in the country.", "states what 'the council' does"),
    # "right that" takes its clause as known, after a verdict too; a past report of a prescription
    ("Critics are right that the tender was rigged.", "takes as known ('are right that')"),
    ("Senator Varga is absolutely right that the earmarks process has been abused.",
     "takes as known ('is absolutely right that')"),
    ("We know this, that the army has broken every truce.", "takes as known ('know this, that')"),
    ("Abraham Lincoln said, let's finance the railroad.", "states what 'Abraham Lincoln' did"),
    # what a law does when called "it"; attributions that point out; a penalty; "against a Ministry ..."
    ("It does not ban foreign funding outright.", "states what 'it' does"),
    ("Some lawyers also point out that the act lets the ministry decide.",
     "vague attribution 'Some lawyers also point out'"),
    ("Managers who fail to register can be jailed for up to two years.", "states what the rules allow ('can be jailed')"),
    ("There is no appeal against a Ministry decision to list a group.", "states what there is ('there is no')"),
    # from set 26: a vague consensus, a verdict that the record is no interpretation
    ("Most demographers agree that the imputation rule is the likeliest culprit.",
     "vague attribution 'Most demographers agree'"),
    ("Economists broadly agree that the rebate was too small.", "vague attribution 'Economists broadly agree'"),
    ("Few analysts doubt that the vote was rigged.", "vague attribution 'Few analysts doubt'"),
    ("That much is arithmetic, not interpretation.", "claims it is a fact"),
])
def test_signal_fires_and_is_named(sentence: str, signal: str) -> None:
    verdict = claims.assess(sentence)
    assert verdict.is_assertion
    assert signal in verdict.signals


@pytest.mark.parametrize("sentence", [
    "The party fell ten points in the polls.",  # points of a poll are a figure
    "The ministry paid the consultants as well.",  # "as well" is no verdict
    "The audit office did very well in 2020.",  # a dated event still needs its source
    "The ministry, I think, paid $4 million to the consultants.",  # an amount outweighs the frame
    "Four ministers resigned over the tender.",
    # a manner adverb before a participle is part of the record, not a verdict
    "The hospital was badly damaged by shelling.",
    "The records were improperly destroyed by officials.",
    "The tender was improperly awarded to a donor.",
    "The poorly maintained bridge collapsed in the storm.",
    # a view frame governs only its own clause
    "What I think does not matter: the army fired first.",
    "I think so; the ministry shredded the files.",
    "What we believe is irrelevant; the port was sold.",
    # real counts of questions or steps are figures
    "The survey asked 40 questions.",
    "The inspectors skipped 14 key steps.",
    "The audit listed twelve main reasons for the delay.",
    # the speaker's plan frames only its own clause; a counterfactual or a plan someone else holds
    # still states an amount
    "Let's be clear: the port lost $18 million in 2023.",
    "Without the levy we would have lost 2 million jobs.",
    "I'll tell you, the ministry paid $4 million to the consultants.",
    "They want every haulier to pay a $5,000 levy.",
    "We'd lost 2 million jobs by then.",  # "'d" is "had" here
    "I'd already paid $5,000 in fees.",
    "We support 3,000 families every year.",  # what the organisation does
    "I want to be clear that unemployment rose 3% last year.",
    "We would later learn that 300 people had died.",
    "We are for the first time reporting a $5 billion loss.",
    # a quantifier that is itself the subject keeps its verb
    "Many voted Labour and then switched.",
    "Both fled abroad before they could be caught.",
    # a forecast that also records a figure, or reports someone else's forecast, states it
    "Exports, which fell 12% in 2023, will recover next year.",
    "The fiscal council says the deficit will reach 3.5% of GDP.",
    "The port has lost $18 million and will lose more.",
    "We could have saved 2 million jobs.",
    # a purpose clause is no exemption; a cause the speaker does not hold as a view stays a claim
    "The ministry cut the levy so that hauliers could keep their depots.",
    "The plant closed because we lost the contract.",
    "Prices rose because the ministry cut the subsidy.",
    "The council argued that prices will rise 5% next year.",  # someone else's forecast, reported
    # ... wherever the attribution sits; a forecast beside a name or a record of its own states it
    "The deficit will reach 3.5% of GDP in 2026, the treasury says.",
    "The strike will cost the economy $2 billion, economists estimate.",
    "Minister Reed will cut 400 jobs next year.",
    "The ministry will spend $4 billion, as it did in 2023.",
    # a cause the speaker only believes in is still a cause of someone else's doing
    "The plant closed because we know the owners wanted to sell.",
    "The minister resigned because I love this country.",
    # an outcome is a record, not a verdict; a certainty frame across a line break
    "The appeal was unsuccessful.",
    "It is beyond  dispute that the ministry paid the firm.",
])
def test_close_neighbours_of_the_exemptions_still_assert(sentence: str) -> None:
    assert claims.assess(sentence).is_assertion, sentence


def test_a_record_of_what_someone_argued_is_no_prescription_of_ours() -> None:
    verdict = claims.assess("Argued in her textbook that courts should defer to parliament", fragment_ok=True)
    assert verdict.is_assertion and verdict.signals == ("states what someone did ('Argued')",)


def test_certainty_word_is_reported_alongside_a_claim() -> None:
    verdict = claims.assess("Clearly, Russia invaded Ukraine in 2022.")
    assert "certainty word 'Clearly'" in verdict.signals


def test_a_dated_item_in_may_and_a_perfect_item_past_its_adverbs_are_records() -> None:
    dates = claims.Context("asserts", "Key dates:", True, "item")
    assert "dated event" in claims.assess("20 May 2025: no-confidence motion fails", dates).signals
    verdict = claims.assess("Has still not published station-level results", fragment_ok=True)
    assert verdict.signals == ("states what someone did ('Has still not published')",)


def test_an_item_naming_an_open_question_is_no_assertion_and_a_perfect_item_is_a_record() -> None:
    for item in ("Who drafted the sixty-day suspension clause", "What the company's own water samples show"):
        assert claims.assess(item, fragment_ok=True).exempt == "names an open question"
    for item in ("When the dam failed in 2019, 40 people died", "Who paid the £4 million in 2021 was settled in court"):
        assert claims.assess(item, fragment_ok=True).is_assertion
    verdict = claims.assess('Has described road-blocking protesters as "saboteurs"', fragment_ok=True)
    assert "states what someone did ('Has described')" in verdict.signals
    assert claims.assess("Was fined in 2019 for late filings", fragment_ok=True).is_assertion
    assert not claims.assess("Each dated entry below says what happened.").is_assertion


def test_fragment_list_item_without_subject_is_an_assertion() -> None:
    verdict = claims.assess("Resigned from the board after the audit", fragment_ok=True)
    assert verdict.is_assertion and verdict.signals[0] == "states what someone did ('Resigned')"


@pytest.mark.parametrize(("item", "signal"), [
    # under a person or a side's label, an item that opens with a verb of saying reports what they said,
    # whatever the clause it reports forecasts or hedges
    ("Points out that parliament could vote any decree down at any time", "reports what someone says ('Points out')"),
    ("Accuses the government of using the decree to avoid elections it expected to lose",
     "reports what someone says ('Accuses')"),
    ("Warns that the currency may fall further", "reports what someone says ('Warns')"),
    ("Notes that the crown could fall further", "reports what someone says ('Notes')"),
])
def test_an_item_that_reports_what_someone_said_is_a_record_whatever_it_forecasts(item: str, signal: str) -> None:
    verdict = claims.assess(item, fragment_ok=True)
    assert verdict.is_assertion and signal in verdict.signals, verdict


@pytest.mark.parametrize("item", ["Could vote any decree down at any time", "Probably adequate for the first two decrees",
                                  "Expected to lose the vote", "Points to a fall in arrests that may reflect the new law",
                                  "Adds to evidence that the ministry may have known",
                                  "Threatens a default that could spread to the banks",
                                  "Promises relief that may never reach households"])
def test_an_item_that_only_forecasts_or_hedges_is_no_record(item: str) -> None:
    assert not claims.assess(item, fragment_ok=True).is_assertion, item


@pytest.mark.parametrize(("sentence", "why"), [
    ("Did the ministry publish the figures in 2023?", "question"),
    ("Theory: Putin ordered the campaign in 2016.", "hypothesis"),
    ("If the courts fall, 40% of cases stall.", "hypothesis"),
    ("Read the 2017 assessment before the hearing.", "imperative"),
    ("Prices will rise in 2026.", "forecast"),
    ("**Evidence**:", "label"),
    ("This briefing summarises what is documented about the 2016 election.", "describes the briefing itself"),
    ("Observers disagree about why Trump changed his tone toward Putin.", "frames an open question"),
    ("The government should publish the 2023 contracts.", "prescription, not a statement of fact"),
    ("Mr Varga is right about the tender.", "a judgement, not a checkable fact"),
    ("The Port Authority is doing a good job.", "a judgement, not a checkable fact"),
    ("I'll publish the tender files.", "the speaker's own plan or stance"),
    ("We'd have signed it.", "forecast"),
    # the speaker's view, wherever the frame sits
    ("The ministry, I think, misread the tender.", "opinion of the speaker"),
    ("We don't believe the audit was ever finished.", "opinion of the speaker"),
    ("The port was, in my view, sold too cheaply.", "opinion of the speaker"),
    # a verdict on how something was done, or "a <evaluative> <noun>"
    ("The harbour dredging was managed badly.", "a judgement, not a checkable fact"),
    ("The agency performed brilliantly.", "a judgement, not a checkable fact"),
    ("The exporters did very well.", "a judgement, not a checkable fact"),
    ("The coalition's handling of the strike was a serious mistake.", "a judgement, not a checkable fact"),
    # what the speaker means to do or favours, even with an amount
    ("I want every family to have a $5,000 tax credit.", "the speaker's own plan or stance"),
    ("We'll restore the $716 million to the port budget.", "the speaker's own plan or stance"),
    ("I'm not in favor of a $5 billion tax cut.", "the speaker's own plan or stance"),
    ("And then let's cut $2,500 from every premium.", "the speaker's own plan or stance"),
    ("So I would send two to three more inspectors.", "the speaker's own plan or stance"),
    ("We are not proposing a 10% levy.", "the speaker's own plan or stance"),
    # a forecast of a figure is still the author's forecast (briefing-dev policy: projection tables)
    ("Freight rates will rise 5% next year.", "forecast"),
    ("They'll lose 4 million jobs next year.", "forecast"),
    ("The assembly will take up the bill with 2,000 amendments next week.", "forecast"),
    ("They have done a brilliant job.", "a judgement, not a checkable fact"),
    # a quoted name in the briefing's own words or in an open question is no quotation of anyone
    ('This briefing refers to the programme as "the national port renewal plan".', "describes the briefing itself"),
    ('Whether "the national port renewal plan" survives is unclear.', "frames an open question"),
    ("Whether Thorsby knew of the network before April is not established.", "frames an open question"),
    ("Who built it, and who paid, is still open, and the answer may not come before June 8.", "frames an open question"),
    ("The options set out below differ in cost.", "describes the briefing itself"),
    ("The main changes are compared with the current law in the table below.", "describes the briefing itself"),
    ("Payments are taken from the council's returns, which round to the nearest 0.1 million.",
     "describes the briefing itself"),
    ("Three scenarios are worth keeping in mind:", "prescription, not a statement of fact"),
    ("A realistic range, in our view, is 150,000 to 190,000 tonnes.", "the authors' own estimate"),
    ("I would not say that it failed.", "forecast"),  # the speaker's own words, no refusal on record
    ("The deal will collapse.", "forecast"),
    ("We have found no document that confirms or rules this out.", ""),
    ("A port concession, as the term is used here, is a long lease: the state keeps the land.",
     "describes the briefing itself"),
    ("Budget figures are nominal and exclude the classified annex.", "describes the briefing itself"),
    ("Table 4 counts a sheet as altered only if the change was made after the count closed.",
     "describes the briefing itself"),
    # a table's description may name a numbered stage and the whole of what it covers
    ("Table 1 compares Year 2 results with the targets in the grant agreement.", "describes the briefing itself"),
    ("Table 1 shows each party's share across all five channels.", "describes the briefing itself"),
    ("It is worth being precise about the limits of these twelve studies.", "describes the briefing itself"),
    ("We shared a draft of these findings with each broadcaster on 20 May.", "describes the briefing itself"),
    # a demand that names a law is still a demand (a "must" under a named law was tried and withdrawn)
    ("Police must never search a newsroom without a warrant.", "prescription, not a statement of fact"),
    ("Revoke Decree 114 or restore monthly permits for each agency.", "imperative"),
    # from the cold review of set 25's rules: a contact clause after an -s noun, a document's own verbs,
    # compromise texts
    ("The policy options the committee should consider are set out below.", "prescription, not a statement of fact"),
    ("The reform proposals the cabinet will table next month are likely to fail.", "forecast"),
    ("It begins with the election and ends with recommendations.", ""),
    ("It summarises the ruling.", ""),
    ("Analysts call this the resource curse.", ""),
    ("Under the compromise text, judges could be removed by a simple majority.", "hedged"),
    ("It pays to check the register first.", ""),
    ("Growth will slow; inflation will fall.", "forecast"),
    ("The reform may fail: critics say it is too weak.", "hedged"),
    # from its cold review: what the forecast announces after its colon, a list, a forecast after it
    ("By 2030 the verdict will probably be simple: the reform failed.", "forecast"),
    ("Historians will likely reach one conclusion: the war was lost in the first winter.", "forecast"),
    ("The bill may pass in one of two forms: the version the senate approved in May, or the house draft.", "hedged"),
    ("Turnout may fall: voters who stayed home in 2021 may stay home again.", "hedged"),
    ("Prices will rise; whoever won the tender in 2022 will raise them.", "forecast"),
    ("The rule may be abused, for example: a minister appointed his brother to the board.", "hedged"),
    ("It takes time.", ""),
    ("Parliament must guarantee by law the independence of the regulator.", "prescription, not a statement of fact"),
    ("We sent a draft of this chapter to the Ministry of Information on February 10, 2025, and asked for "
     "comments within two weeks.", "describes the briefing itself"),
    ("We describe one voyage below, step by step, because it shows the pattern.", "describes the briefing itself"),
    ("Both arguments have force, and this briefing does not try to settle them.", "describes the briefing itself"),
    ("The ownership chain as it stood in April 2025:", "label"),
    ("The deal will end the war by Christmas.", "forecast"),  # a forecast, whatever its subject
    ("A new law would make voting compulsory.", "forecast"),  # no particular law: a hypothetical
    ("Nobody would deny that the reform was badly designed.", "forecast"),  # rhetoric, no refusal
    ("Each case is documented in the annex.", ""),
    ("Both have merit.", ""),
    ("Figures are rounded by the authors.", "describes the briefing itself"),
    ("Figures are in nominal terms, deflated by the consumer price index.", "describes the briefing itself"),
    ("Awards under DD 20 million are not listed here; see the full register for them.", "describes the briefing itself"),
])
def test_not_an_assertion(sentence: str, why: str) -> None:
    verdict = claims.assess(sentence)
    assert not verdict.is_assertion
    assert verdict.exempt == why


@pytest.mark.parametrize("sentence", [
    "Number three, the tender rules are old.",  # a list marker counts nothing
    "Over the next ten years the port authority hopes to dredge the harbour.",  # a span ahead
    "Give me another five minutes.",
    "I'm opposed to the levy.",  # the speaker's stance, not a deed
    "Let me set the record straight.",  # "the record" is not "a record high"
    "There are three ways to cut the deficit.",  # the parts of an argument, not a figure
    "The plan has five basic parts.",
    "The plan makes sense.",  # a body that links, infers or possesses (words.LINKING_VERBS)
    "The table shows the awards.",
    "The outcome depends on the courts.",
    "Where the evidence runs thin, the text says so.",  # the body's verb is in a side clause
    "It is up to the courts to decide.",  # an idiom, not a level going up
    "As I said, the tender rules are old.",  # a reminder, not a report of what was said
    "What we said is that the port needs a new board.",
    "It is not a fact.",
    "The fifth thing I would do is cut the levy.",  # an ordinal in an argument, not a fraction
    # the speaker's own motive or view is a reason given, not a cause to source; nor is a purpose
    "I'm in public service because I love this country.",
    "I back the levy, because I think the ports need the money.",
    "We are partnering with the colleges so that they can design the courses.",
    # a certainty frame over a prescription or a forecast asserts nothing
    "And it is clear that we need a new audit office.",
    "Some of us say the levy is too high.",  # the speaker's own group, not a vague attribution
    "It is true that prices may fall.",
])
def test_numbers_that_count_nothing_and_speaker_states_are_not_assertions(sentence: str) -> None:
    assert not claims.assess(sentence).is_assertion


@pytest.mark.parametrize("sentence", [
    # a verdict or description, not a role; an aim named by a gerund; a state, not a doing
    "He is right about the tender.",
    "They are the problem.",
    "She is a woman of principle.",
    "The aim is building trust.",
    "The economy is going to slow.",
    "Most of them seem tired.",
    # a negated frame takes nothing as known; "'s been" before a description; generic "you"
    "I don't know that the ministry published anything.",
    "It's been a long week.",
    "When you cut the levy, you keep the hauliers.",
    "Varga does not appear to control the army.",  # an impression, like "seems to"
    # what there is not, as a figure of speech; a modal with no rule named; an instruction after a comma
    "There is no doubt about it.",
    "There are no magic answers to the deficit.",
    "There is no need for the ministry to act.",
    "The army could attack in spring.",
    "Proud Boys, stand back and stand by.",
    "Over a longer period of time, let the states pay.",
    "It's important that people know.",
    "He is right that we should wait.",  # what is taken as known prescribes
    "I said we should leave.",
    # the briefing about itself: a byline, a pointer, a definition, what a table leaves out; an option
    "Security and procurement briefing, June 2025.",
    "A governance briefing on the Republic of Meravia, prepared in April 2025 for readers abroad.",
    "Prepared for the staff of the defence committee, June 2025.",
    "We return to those recommendations in section 5.",
    'By "capture" we mean a bank whose decisions follow the government rather than the data.',
    "Fines below VL 100,000 are left out of the table.",
    "The first is to return the election of judges to the judges.",
    # from a cold review: verdicts and descriptions that only look like the new classes
    "The evidence is compelling.",
    "The aim is winning back trust.",
    "The hardest part is convincing the banks.",
    "He is a man of his word.",
    "She is a victim of her own success.",
    "She is at the heart of the problem.",
    "There is no excuse for the delay in the audit.",
    "Some of the recommendations require new money.",
    "Each of these options carries risks.",
    "He's been a disappointment.",
    "She's been very clear about her plans.",
    "The court could strike down the law without a vote.",
    "Under these rules nobody can win.",
    "The cause of the fire remains open.",
    # an option's hypothetical, the authors' own estimates and frames, whatever figures they name
    "Under this option the utility would contract about 300 MW within nine months.",
    "We estimate that this option would cut losses to about 12%.",
    "In our assessment, the scheme could not have run for seven years without the minister.",
    "In our judgement the case is less about one minister than about a design flaw.",
    # the briefing's own sections, terms, sources and right of reply; an activity as subject; an
    # instruction after a leading phrase; what "it" does that no law does
    "Section 7 describes our methods and their limits.",
    "Terms used in this paper:",
    "This narrative draws on 2,300 pages of leaked ledgers.",
    "In this paper, we compare two central banks.",
    "Doing nothing is itself a choice, and not a cheap one.",
    "From September, look for the designation on news sites.",
    "It makes sense.",
    "It requires courage.",
    "It grants too much power to one minister.",
    # a penalty to come, not one in force; "a" + a capital after a preposition other than "against"
    "The party may be banned before the election.",
    "The minister could be sentenced next month.",
    "Parties can be banned once the amendment takes effect in 2027.",
    "It requires years of investment before it pays off.",
    "It forces the opposition to pick a side.",
    "There is no case for a Eurozone exit.",
    # from blind set 8: numbered paragraphs and run-in labels before the authors' frame; the data's
    # conventions; the authors' method; the briefing's own sections and sheets
    "3.1 We judge that neither government wants a war over the valley in the next twelve months.",
    "**Judgement 1.** We assess that the company was created to evade the embargo.",
    "Figures in the table are the final certified results.",
    "Shares are of valid votes; invalid ballots are left out.",
    "Paragraphs are numbered for ease of reference.",
    "We have grouped them by stage of the process.",
    "We matched each tanker's reported positions against satellite images on 31 dates.",
    "This case study rests on four kinds of evidence.",
    "Section 5 turns the scenarios into triggers; Section 6 lists what we do not know.",
    "Figures for 2025 had not been published when this sheet was prepared.",
    # from blind set 10: what a table's columns and rows hold and how it is ordered; the authors'
    # archive and the explanations they weighed; what cannot be known; the speaker's own clause
    'The "Now" column uses the operator\'s own estimates for value and completion date.',
    "The Relay row counts public channels, not the people who run them.",
    "Ministers are listed in alphabetical order.",
    "We have archived all 1,480 posts from that day.",
    "We considered three explanations.",
    "How far the network has moved votes cannot be measured with the data we have.",
    "There is no clean way out of that dilemma, and we do not pretend to offer one.",
    # from blind set 11: a table's order, what one entry is and what gets in; this version of the briefing
    "The table follows the order of the Council's annex.",
    "Each item below has been confirmed by at least two independent means.",
    "Each entry is one action against one journalist on one day.",
    "Only incidents confirmed by the journalist, a colleague or a lawyer are listed.",
    "This version of the briefing is published.",
    "This alert sets out what happened to her.",
    # from set 12: what the data are, what a quoted term means
    '"Received" means paid or formally committed to partners in the plan.',
    "Shares are of prime-time news airtime given to political actors.",
    "Numbers are reports received, not estimates of prevalence.",
    "Dates are as listed on the court's public calendar.",
])
def test_verdicts_descriptions_and_the_briefing_itself_are_not_assertions(sentence: str) -> None:
    assert not claims.assess(sentence).is_assertion, sentence


@pytest.mark.parametrize("sentence", [
    # what the figures are and where they come from, as a note under a table or in a method section
    "Contract values are as awarded and exclude later amendments.",
    "Plenary votes are taken from the Chamber's division records; committee votes from the minutes.",
    "Displacement figures are from Round 3 of displacement tracking; deaths are as confirmed by the ministry.",
    "Funding figures cover contributions reported by 17 October; pledges are not included.",
    "Taldir's figures include Taldimin dividends; Brevonia's are royalties only.",
    "Stage names below follow the Diet's Standing Orders: tabled, first reading, committee, passed.",
    "Participant figures sum the low estimates and are therefore floors.",
    "Ratings run Low, Moderate, Elevated, High and Severe; the trend compares each risk with last month.",
    "Events are classified here by their first claim category only.",
    "Contracts below PL 50 million are not shown; values are as signed.",
])
def test_notes_on_the_briefings_own_figures_are_not_assertions(sentence: str) -> None:
    assert claims.assess(sentence).exempt == claims.DATA_NOTE, sentence


@pytest.mark.parametrize("sentence", [
    "The figures include 40 children.",  # a figure of its own
    "Official figures cover only 12 of the 20 provinces.",
    "The ministry's figures include deaths in custody, which rose in 2023.",  # a side clause that records
    "Vote counts are taken from the official lists; the army killed 40 people in May.",  # a record after the note
    "Figures are from the ministry; it closed 12 clinics.",
    "Contracts below PL 50 million are not shown; the ministry signed 40 of them in 2023.",
    "Casualty figures are given by the health ministry, which is run by the party.",
    "The trustee is Carrow Corporate Services, the same firm that acts for Norvel Shipping.",  # a role held by a name
    "The chairman is Ivan Petrov, a former general.",
])
def test_neighbours_of_the_data_notes_and_roles_held_by_a_name_assert(sentence: str) -> None:
    assert claims.assess(sentence).is_assertion, sentence


@pytest.mark.parametrize("sentence", ["The question is Whether it works.", "The answer is No."])
def test_a_capital_after_a_copula_that_names_no_role_holder_is_no_record(sentence: str) -> None:
    assert not claims.assess(sentence).is_assertion, sentence


@pytest.mark.parametrize("sentence", [
    # neighbours of the bylines, pointers, definitions and instructions above that do state facts
    "An internal memo, written in 2021, shows the minister knew about the leak.",
    "Treasury memo, June 2024, put the cost at 4 million euros.",
    "Three parties were left out of the count.",
    "We turn to the courts, which the ruling party captured in 2019.",
    "What we mean is that the ministry paid the firm twice.",
    "Two of his sons, both lawyers, run the firm.",
    "His critics, including two former ministers, accuse him of fraud.",
    "The Prosecutor General opened an inquiry in April 2025, and it remains open.",
    "Section 12 sets out the penalties for late filing.",  # a law's section, not the briefing's
    "In 2019, vote counts were delayed.",  # a noun after the leading phrase, not an instruction
    "In March, protest leaders call for a strike.",
    "Reading is the county town.",  # a name in -ing
    "Chairing the committee is Varga's brother.",
    "Doing business in Meravia requires a licence from the Ministry.",
    "In this memo, the minister ordered the raids.",  # someone else's document
    "This study, published by the World Bank, found that most loans went unpaid.",
    "Under option 3 of the old plan, the state sold the utility.",  # a past option, not this one
    # from a second cold review: a noun after a leading phrase, someone else's study or note, what the
    # authors did, a record inside this option, a legal status
    "In 2023, support for the ruling party among young voters fell to 18%.",
    "At the time, support for the reform among judges was strong.",
    "This study examines 40,000 court records and finds that 60% of cases were dismissed.",
    "Everyone named in this paper received payments from Varga in 2021.",
    "In this note, dated 3 May 2021, the minister ordered the police to act.",
    "We assessed the 2021 accounts and found a deficit of 4% of GDP.",
    "Under this option, the state keeps the 51% stake it bought from Varga in 2015.",
    "Holding a rally without a permit is a criminal offence.",
    # a run-in label is no subject's name; a count is a finding, not a method; a number with a stop
    "**Confidence: high.** The company was formed seven weeks after the ban.",
    "**Kestrava** cut the levy in 2023.",
    "3.5 million people fled.",
    "In 2024 we counted 418 transfers off the cape.",
    "Prices are rising.",
    # from a cold review: what the method found or who said it; a law's annex; ordinary predicates of
    # prices and rates; a date in numbers; a label ending in a colon is no run-in heading
    "We reviewed the 2023 accounts and found a deficit of 4% of GDP.",
    "We cross-checked the casualty lists; at least 312 of the dead were children.",
    "We excluded the opposition from the talks, the minister said in a speech on 3 May.",
    "We used to export most of our grain to Egypt.",
    "Hezbollah is listed in annex 2 of the EU regulation.",
    "The payments are covered in sheet 3 of the leaked ledger.",
    "Rates were the final straw for the government.",
    "Food prices are in freefall.",
    "Fuel prices were adjusted upward by the regulator.",
    "Fighting was still raging in Kharkiv when this briefing was written.",
    "This study draws on satellite data showing the dam was breached on 6 June.",
    "24.02.2022 Start of the full-scale invasion.",
    "**Kestrava:** cut the levy in 2023.",
    "**The count was clean; the campaign was not.**",  # a bold sentence, not a run-in label
    # from blind set 10: a row or column of the world, not of a table; a subject that does not appear
    # on a list; a vague source behind "is said to"; the speaker only inside a noun's clause
    "The front row of the chamber was removed in 2023.",
    "We checked that the payments reached the firm's account in 2023.",
    "The ministry's columns of figures were deleted in 2023.",
    "Marrask does not appear on any of the sanctions lists we searched.",
    "Some government lawyers are said to have expected a heavier defeat.",
    "The minister was reported to have left the country in May.",
    "Nearly everyone we spoke to had paid a bribe at the checkpoint.",
    # from blind set 11: opponents and officials who acknowledge; someone's own forecast; a noun in "-ly";
    # a clause after a semicolon that follows what the authors could not establish; evidence we could check
    "Opponents of the law argue that it covers almost any public statement.",
    "Officials in the Justice Ministry privately acknowledge that inspectors are given monthly targets.",
    "The ministry forecasts that the register will pass 400 groups by the end of 2025.",
    "The Commission expects a third of the groups now paying the levy to close or merge by 2026.",
    "Her family says she went without her medication for two days.",
    "We could not establish who owns Norvel Shipping; the Carrow registry shows only a nominee shareholder.",
    "Both governments blame each other, and neither has produced evidence that we could check.",
    "Only two judges were dismissed in 2024.",
    "The table shows that exports fell by 12% in 2023.",
    # from set 24 and its cold review: a table's own content in prose, also after a numbered stage or
    # "all N" when a clause follows; what happened after a draft was shared; a remark that states a record
    "Table 2 lists the 14 outlets that closed.",
    "Table 1 shows turnout of 60% in 2024.",
    "Table 2 shows all 14 outlets closed.",
    "Table 3 lists all seven ministers who resigned.",
    "Table 1 shows Phase 2 was never funded.",
    "Table 1 covers Phase 2 of the programme, which ended early.",
    "We shared the findings with police in 2023.",
    "We sent a draft of this report to the regulator, which confirmed the figures.",
    "We sent a draft of this report to the ministry, and it corrected two figures.",
    "It is worth noting that the court refused bail.",
    "It is worth noting the regulator fined the station twice.",
    "Demand for loans to build houses exceeds supply.",
    # from set 12: critics who expected; shares of a company; a "May" after a span of days
    "Critics expected him to move Vell to another post after the audit.",
    "Shares in the company were sold in 2023.",
    "12–13 May 2025: Koszyk testifies over two days.",
    # from a cold review: a listing rule with a consequence; another body's edition; a record after an
    # open question or a hedge, also after a year
    "Candidates are listed by region on the ballot, which favours the ruling party.",
    "This edition of the report, published by the UN in 2023, counted 4,000 deaths.",
    "Who ordered the strike cannot be established, but the army fired 40 shells at the post on 3 May.",
    "We could not establish who owned the firm before 2019; the registry lists four shareholders in Cyprus since 2021.",
    "This briefing covers 2024; the army fired 40 shells on 3 March 2024.",
])
def test_neighbours_of_the_new_exemptions_assert(sentence: str) -> None:
    assert claims.assess(sentence).is_assertion, sentence


def test_a_finding_after_a_sentence_about_a_chart_still_needs_its_source() -> None:
    from briefings.linting import lint_text

    text = "---\ntitle: T\n---\n\nThe map shows the army controls every crossing. It took the last one in March 2025.\n"
    found = [f for f in lint_text(text) if f.rule == "unsourced-assertion"]
    assert [f.line for f in found] == [5], found


def test_nested_frames_are_read_once_and_never_recurse_without_bound() -> None:
    verdict = claims.assess("We know that we know that the court was packed.")
    assert verdict.signals == ("takes as known ('know that')", "states what was done ('was packed')")
    assert claims.assess("We know that " * 250 + "the court was packed.").is_assertion
    assert claims.assess("The army fired, and he left" * 300 + ".").is_assertion


def test_bare_topic_phrases_are_not_assertions() -> None:
    for topic in ("media ownership in Valdoria", "rejection of the democratic rules of the game", "Sanctions"):
        assert not claims.assess(topic).is_assertion, topic


def test_quotation_is_an_assertion_even_with_a_forecast_word() -> None:
    assert claims.assess('She said: "we will never accept these terms at all".').is_assertion


def test_sentences_keep_offsets_and_citations_and_skip_abbreviations() -> None:
    text = f"The U.S. President met Mr. Putin in 2018.{CITE} Nothing was signed.\nThey left."
    parts = list(sentences.split(text))
    assert [s for _, s in parts] == [f"The U.S. President met Mr. Putin in 2018.{CITE}", "Nothing was signed.",
                                     "They left."]
    assert text[parts[1][0]:].startswith("Nothing")


@pytest.mark.parametrize(("text", "expected"), [
    ("Council of Europe, *Information Disorder*, 2017.", True),
    ("<https://www.rand.org/pubs/perspectives/PE198.html>", True),
    ("Office of the Director of National Intelligence, 6 January 2017.", True),
    ("See above.", False),
    ("My own notes", False),
    # a provision of a named legal text (set 35)
    ("Constitution of the Republic of Ostmark, Article 61.", True),
    ("Penal Code, section 12.", True),
    ("See the act.", False),
    ("Ask about section 4 of the plan.", False),
])
def test_which_notes_name_a_source(text: str, expected: bool) -> None:
    assert names_source(text, "x", set()) is expected


def test_note_keyed_by_a_front_matter_source_names_it() -> None:
    assert names_source("See the list.", "rand2016", {"rand2016"})


def test_scan_finds_definitions_with_continuations_and_ignores_code() -> None:
    lines = ["Text[^a] and `[^b]`.", "", "```", "[^c]: in code", "```", "[^a]: First line,", "    second line."]
    definitions, references = scan(lines)
    assert [(d.key, d.text, d.line0) for d in definitions] == [("a", "First line, second line.", 5)]
    assert [(r.key, r.line0, r.column) for r in references] == [("a", 0, 5)]


@pytest.mark.timeout(10)
def test_sentence_splitting_is_linear_in_the_number_of_abbreviations() -> None:
    text = "Mr. " * 50000 + "Smith left. He came back."
    parts = list(sentences.split(text))
    assert [s for _, s in parts][-1] == "He came back."
    assert len(parts) == 2


def test_abbreviation_window_still_sees_initials_and_long_words() -> None:
    text = "Mr. " + "x" * 100 + " met J. Smith in the U.S.A. Then approx. Ten left. They went."
    assert [s for _, s in sentences.split(text)] == [
        "Mr. " + "x" * 100 + " met J. Smith in the U.S.A. Then approx. Ten left.", "They went."]


@pytest.mark.parametrize("sentence", [
    # from the cold review: records that only look like notes on the figures
    "Patient data were copied from the hospital's servers.",
    "Amounts were taken from the reserve fund to pay the bonuses.",
    "Opposition votes were not counted.",
    "The 300 civilian deaths were not counted.",
    "Detainees were sorted here before transfer to Evin prison.",
    "Votes were counted here in 2019 under army supervision.",
    "Student scores follow family income closely.",
    "Test scores run far below the regional average.",
    "Official deaths were as announced by the army.",
    "Figures are as announced by the ministry.",
])
def test_records_that_look_like_notes_on_the_figures_assert(sentence: str) -> None:
    assert claims.assess(sentence).is_assertion, sentence


@pytest.mark.parametrize(("line", "expected"), [
    ("By Ilse Marran and Tobiah Quell", True),
    ("Published 2 June 2025 · About 25 minutes to read", True),
    ("Kellmoor Institute for Resource Policy · Comparative Brief 2025/07 · June 2025", True),
    ("Prepared by the research desk for partner newsrooms. Last revised 2 June 2025.", True),
    ("By then the fund had lost most of its assets.", False),
    ("By August the regime had arrested hundreds of students.", False),
    ("Issued on 3 May, the decree dissolved parliament.", False),
    ("Issued on 3 May the decree dissolved parliament", False),
    ("The army killed 40 protesters in May · The port closed in June", False),
    ("| Displaced | 38,000 |", False),
])
def test_masthead_lines(line: str, expected: bool) -> None:
    assert claims.masthead(line) is expected, line


def test_the_minister_is_deeply_unpopular_names_no_role_holder() -> None:
    assert not claims.assess("The minister is Deeply Unpopular.").is_assertion


def test_two_names_joined_by_and_are_a_plural_subject() -> None:
    verdict = claims.assess("Brevonia and Taldir share the Ghessan brine basin.")
    assert verdict.signals == ("states what 'Brevonia and Taldir' do",)


@pytest.mark.parametrize(("sentence", "asserts"), [
    ("We obtained the minutes from three sources and checked them.", False),  # the authors' method
    ("We sent detailed questions to the ministry and the company.", False),
    ("We obtained documents showing that the minister lied.", True),  # what the method found
])
def test_the_authors_method_and_what_it_found(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("sentence", "asserts"), [
    ("Figures are from the audited consolidated accounts.", False),
    ("Figures for 2025–26 are budget plans, not outturns.", False),
    ("Civilian figures are the verified counts of the casualty recording project.", False),
    ("Turnout is votes cast as a share of registered voters.", False),
    ("This pack sets out the background, the key facts and questions for the minister.", False),
    ("This article traces how the money left the fund and why nobody acted.", False),
    ("We searched the case registers of the commercial courts for 2015 to 2025.", False),
    ("Figures are from the ministry's records, which show 40 deaths.", True),
    ("Unemployment is 12% as a share of the workforce.", True),
    ("Surgeons we spoke to at three hospitals put the wait at four to six months.", True),
    ("| 5 May | 16,700 |", True),  # a row's date, not the modal
])
def test_notes_on_the_data_the_briefing_itself_and_their_neighbours(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize("sentence", [
    # from the second cold review: a finding after the authors' method, a measure that compares or moves,
    # a law's article or a package of measures
    "Then we contacted 30 firms, and 12 of them had no office.",
    "We screened 400 applications, and half were rejected.",
    "We searched the register: 40 firms list the minister's brother as director.",
    "We spoke to 12 surgeons, who put the wait at 18 months.",
    "We obtained the 2019 contract, signed by the minister in May 2019.",
    "We spoke to the minister in May 2024 and he denied any wrongdoing.",
    "Defence spending is higher than France's as a share of GDP.",
    "Tax revenue is falling as a share of GDP.",
    "Health spending is now double the EU average as a share of GDP.",
    "This article was used 40 times in 2023 to jail journalists.",
    "This pack of measures cut energy bills by 12% in 2023.",
    "This bulletin was banned by the regime in 2022.",
])
def test_findings_beside_the_new_exemptions_assert(sentence: str) -> None:
    assert claims.assess(sentence).is_assertion, sentence


@pytest.mark.parametrize("line", [
    "Data as of 31 January 2025; 4,200 deaths confirmed",
    "Figures as at March 2025, when 40% of clinics had closed",
    "Prices as of May 2024 rose 12% on the year",
    "Three years on, the junta holds 400 prisoners, most without charge, in four camps",
    "Inflation at 9%, unemployment at 12%, reserves at a record low",
    "Inflation 9% | Unemployment 12% | Deficit 6% of GDP",
])
def test_figures_in_the_header_are_no_masthead(line: str) -> None:
    assert not claims.masthead(line), line


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from blind set 17: notes on the figures, the briefing's own pointers and caveats, and their neighbours
    ("This interim report sets out the mission's findings by theme and closes with recommendations.", False),
    ("This map lists who owns what and traces how control changed hands after 2015.", False),
    ("Three readings of the crackdown are worth weighing.", False),
    ("Ownership is not the whole story, and this map says nothing about the quality of outlets.", False),
    ("Dates are those of the CEC decision, not of its publication.", False),
    ('"Recorded" counts every incident an observer logged; "confirmed" counts those an observer saw.', False),
    ('"Acquired" is the year the present owner took control.', False),
    ("Values are as stated on the licence, before any later amendment.", False),
    ("Licence years run from 1 April to 31 March.", False),
    ("Only destinations with licences worth more than NM 40 m are shown separately.", False),
    ("Only outlets with a daily reach of 4% or more are listed.", False),
    ("The mission has not been able to verify these figures independently.", False),
    ("Keep budget support suspended and the ambassador at home.", False),
    ("Only three of the 40 outlets were sold in 2020.", True),
    ("Dates are those of a war that began in 2014.", True),
    ("We could not verify the helicopter claim: no wreckage has been shown, and the video was filmed in 2019.", True),
    ("The interim report was leaked to the press in May 2024.", True),
    ("This interim report was leaked to the press in May 2024.", True),
    ("This map, drawn by Soviet cartographers in 1950, shows the border at the river.", True),
    ("Keepers of the archive burned the files in 2019.", True),
])
def test_set_17_notes_pointers_and_caveats(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("item", "done"), [
    ("The Council expelled the last SBC envoy within seven weeks", True),  # a past with its object
    ("Has worked before: an SBC contact group negotiated Velmar's return to civilian rule in 2017", True),
    ("Sanctions imposed on the three firms", False),  # an option's participle
    ("The junta ignored similar sanctions in 2021", True),
    ("Talks collapsed in 2019 after a similar move", True),
    ("Partners imposed sanctions on the junta", True),
    ("Keeps the SBC united and gives Arvenne a leading role", False),
    ("Need is already plain: 4,200 households were cut off in 2023", True),  # set 34: a count after the colon
    ("Capacity is the constraint: Expand the labs first", False),
])
def test_an_item_under_an_option_records_only_what_was_done(item: str, done: bool) -> None:
    assert claims.records_done(item) is done, item


@pytest.mark.parametrize(("sentence", "asserts"), [
    # verbs of the genre beyond the first lexicon, read as verbs only after a subject
    ("Prime Minister Kasimir Endrell heads the DRP list for the third time.", True),
    ("The Code of Good Electoral Practice advises against changing electoral law in an election year.", True),
    ("Its refineries then export diesel to member states.", True),
    ("The Company's documents name Fedir Kalvanis as its ultimate beneficial owner.", True),  # a noun after 's
    ("Lower Tesk has a population of about 344,000.", True),  # a name, not "Lower the ..."
    ("Lower the threshold for coalitions to 5%.", False),
    ("It's essential that the court hears the case.", False),  # a prescription
    ("Heads of state met in Vienna.", True),
    ("Questions remain.", True),  # a plural noun that is also a verb's -s form, before a base verb
    ("His documents now show the payments.", True),
    ("Athens hosts the summit.", True),  # a name, not "Arms exports to ..."
    ("Demand for grain rises.", True),
    ("Pressure for reform grew after the 2019 protests.", True),
    ("Hold Security reported the breach on 3 May.", True),  # a name, not "Hold the levy frozen"
    ("Transport sector economists generally agree that free fares draw riders.", True),
    ("Transport economists generally agree that free fares draw riders from buses.", True),  # no instruction
    ("Watch the results centre in the 72 hours after polls close", False),
    ("Two lists met the quota only by adding women at the bottom.", True),  # "lists" before a past: a noun
    ("His insurance arm still covers Kestravan-flagged vessels.", True),
])
def test_more_verbs_with_their_subjects(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


def test_a_noun_list_item_with_a_verb_like_plural_is_no_claim() -> None:
    assert not claims.assess("Arms exports to the Gulf", fragment_ok=True).is_assertion


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from blind set 18: the briefing's diagram, sources, baseline and counting rules, and their neighbours
    ("Figures are rounded; hectares to the nearest hundred.", False),
    ("The chart we drew shows exports fell by 12% in 2023.", True),
    ("The map below shows troops moved 40 km in 2023.", True),
    ("Protesters are rounded up every night by the police.", True),
    ("It was crucial that the ministry paid the contractors in 2019.", True),
    ('"Registered" is the month of incorporation; prices are as recorded at completion.', False),
    ("Where we compare across the change we use 2019 as the baseline.", False),
    ("Votes are shown as for–against among members present; abstentions are left out.", False),
    ("The comparison covers only the highest ordinary court in each country.", False),
    ("Each incident is counted once, under its most serious type.", False),
    ("The chapter draws on the index scores and our own incident monitoring.", False),
    ("The chapter draws on leaked emails that show the minister lied.", True),
    ("We use the ministry's figures as the baseline because the army inflated its own by 40%.", True),
    ("The fishing season runs from 1 May to 30 September.", False),
    ("Counts run to 30 September 2025, and an organisation can appear in more than one row.", False),
    ('"Economic resources" covers assets of every kind that can be used to obtain funds.', True),  # a law's term
    ("Votes are shown as 40 for and 12 against.", True),
    ("The comparison covers only 12 countries, which spent 40% more in 2023.", True),
    ("Prices rose to the nearest thousand dollars.", True),
])
def test_set_18_notes_on_the_briefings_own_method(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from blind set 19: notes on the figures and their neighbours
    ("Figures are cumulative to 30 September 2025.", False),
    ('"Planned to date" is the cumulative work-plan figure for 30 September 2025.', False),
    ("Latest figures are for the first half of 2025 from the health information system.", False),
    ("Annex tables are not reproduced here; the full set is in the shared folder.", False),
    ("Figures are cumulative: 40 clinics had closed by March 2025.", True),
    ("Deaths are provisional because the ministry stopped counting in May 2024.", True),
])
def test_set_19_notes_on_the_figures(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize("sentence", [
    # a figure beside a date is still a figure when the sentence points at the briefing's own sections
    "The options set out below were drafted by 40 officials in 2024.",
    "Listed below are the 40 firms registered in 2019.",
])
def test_a_reference_to_the_briefing_with_a_figure_and_a_date_asserts(sentence: str) -> None:
    assert claims.assess(sentence).is_assertion, sentence


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from blind set 20: verdicts, what someone could not do, what a law does, units and captions
    ("That was not true.", True),
    ("The ministry's figure is incorrect.", True),
    ("That's not true.", True),
    ("This claim is false.", True),
    ("This is wrong.", False),
    ("No. It bans foreign funding outright.", True),
    ("It requires real courage.", False),
    ("The March decree would ban foreign funding.", True),
    ("Volumes are in cubic kilometres (km³) and flows in cubic metres per second (m³/s).", False),
    ("Prices are in decline.", True),
    ("Most salaries were in dollars before the reform.", True),
    ("Closed sessions with police investigators are not listed here.", False),
    ("State-owned banks are not listed.", True),
    ("Shipping lawyers say charterers moved business, although it is not listed.", True),
    ("The sooner they do, the less the next dry summer will cost farmers.", False),
    ("The number of deaths rose sharply in March, the number of injured may be higher.", True),
    ("Withdrawals from the river by sector, 2023 (km³ a year):", False),
    ("Only if they have seen signs of fraud.", False),
])
def test_set_20_verdicts_modals_and_notes(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


def test_a_review_that_says_what_it_asks_describes_itself() -> None:
    assert claims.assess("This review asks why the early weeks were lost.").exempt == "describes the briefing itself"


@pytest.mark.parametrize(("sentence", "reason"), [
    ("On 19 June 2024 the Assembly instructed the committee.", "states what 'the Assembly' did"),
    ("Between April and November 2024 cholera spread through the settlements.", "states what 'cholera' did"),
    ("Deferred | To be considered | Post advertised", "states what 'Post' did"),  # a row: the verb's own cell
    ("Halden | resigned after the audit", "states what 'Halden' did"),  # or the cell before it
    ("The May elections were postponed twice.", "states what was done ('were postponed')"),
])
def test_a_subject_is_not_read_across_a_date_or_a_cell(sentence: str, reason: str) -> None:
    assert reason in claims.assess(sentence).signals, claims.assess(sentence)


def test_to_be_and_a_participle_is_no_past_verb() -> None:
    assert G.clause(["To", "be", "considered"], ["to", "be", "considered"]).kind == ""
    assert G.clause(["Not", "to", "be", "confused"], ["not", "to", "be", "confused"]).kind == ""


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from blind set 21: what a place has, what is not there, causes, notes on the figures
    ("The centre has no workshop, no classroom and no library.", True),
    ("The camp has one health centre and two mobile clinics.", True),
    ("The plan has no chance of success.", False),
    ("No secondary education is available in the camp.", True),
    ("The increase is driven by remand.", True),
    ("May: 13 litres per person per day", True),
    ("Figures for Sorrin are for the fiscal year ending in March.", False),
    ("These estimates assume the 2026 output target is met.", False),
    ("The recommendations below set out how the bail law should change.", False),
    ("How much of the fall reflects the reform is hard to separate with the data available to us.", False),
    ("The army killed 40 people on 3 May, though the exact toll is hard to establish.", True),
    ("The proposals below were rejected by parliament in 2023.", True),
    ("The ministry paid the firm twice, and this report says so.", True),
    ("Our estimates are based on the 2021 census, which counted 4.1 million people.", True),
    ("The plan has no credibility.", False),
    ("No country is an island.", False),
    ("Paragraph numbers in brackets refer to the committee's report.", False),
    ("Where the committee was divided, this summary says so.", False),
])
def test_set_21_possessions_causes_and_notes(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("sentence", "asserts"), [
    # the authors as the owners of what someone acted on: a record of that someone, not talk
    ("The Ministry of Justice accepted most of our factual findings in its response to the draft.", True),
    ("The Rowan Foundation funded our research.", False),
    ("The ministry rejected our findings.", True),
    ("They have done a great job for us.", False),
    ("We think the ministry rejected the findings.", False),
    ("We agree that the plan is weak.", False),
    ("The difference is a matter of interpretation, not opinion.", False),
    ("What follows is analysis, not opinion.", False),
])
def test_the_authors_as_owners_of_the_object(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("sentence", "asserts"), [
    # a sentence inside a quotation of several sentences quotes someone, whatever it says
    ('"I have been asked whether I would serve under the new law.', True),
    ('I would not, and I would not advise anyone else to." — Deputy Governor Mirela Tovic', True),
    ('I would not, and I would not advise anyone else to.” — Deputy Governor Mirela Tovic', True),
    ('"If we lose, we leave," he said.', True),
    ('The 12" screen was broken in the raid.', True),  # an inch mark is no quotation (a record all the same)
    ('The company installed a 55" screen in every ward last year.', True),
])
def test_a_quotation_of_several_sentences(sentence: str, asserts: bool) -> None:
    verdict = claims.assess(sentence)
    assert verdict.is_assertion is asserts, sentence
    assert ("quotes someone" in verdict.signals) is ("screen" not in sentence), verdict


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from blind set 22: subjects that look like instructions, the briefing's own findings, notes and forecasts
    ("Support for the reform stood at 34% in a Vantage poll.", True),
    ("Support for the strike grew in 2024.", True),
    ("Ask for the documents the ministry published.", False),
    ("Start with the division list from December 12, then read the committee transcripts.", False),
    ("This review finds that the broadcaster's independence has been seriously weakened.", True),
    ("This report shows that the ministry paid twice.", True),
    ("This briefing notes that figures are rounded.", False),
    ("Company links are taken from the commercial register as of January 2025.", False),
    ("Grades apply the standards of the Regional Broadcasting Charter.", False),
    ("What Parliament does before the September election will show whether it means to act.", False),
])
def test_set_22_subjects_findings_and_notes(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("sentence", "asserts"), [
    # an instruction whose object opens with a determiner, or names whom and then what to do
    ("Release any aid workers still held and allow visits to detained staff.", False),
    ("Release the shelter kits held in customs.", False),
    ("Fund an independent health survey in Kasp, designed with the village council.", False),
    ("Order commanders at Hadra and Kerrin to clear convoys with valid permits within two hours.", False),
    ("Urge donors in the region to fund the clinics that closed.", False),
    ("Support for the ban fell in 2024.", True),
    ("Help desks opened in every district in 2023.", True),
    ("Hold Security reported the breach in 2023.", True),
    # a noun first all the same: an adjective before "to", a time, a relative clause before the main verb
    ("Direct flights to the capital resumed in May.", True),
    ("Press access to the trial was restricted.", True),
    ("Help lines to report abuse were closed in 2022.", True),
    ("Fire this summer destroyed 3,000 hectares.", True),
    ("Demand this winter outstripped supply.", True),
    ("Damage the storm caused was put at 2 billion crowns.", True),
    ("Work the firm did for the ministry was never invoiced.", True),
    ("Pressure the donors applied forced the ministry to publish the audit.", True),
    ("Release the reports that were withheld in 2023.", False),
    # how the briefing counts, numbers and rounds (not what someone numbered), and a lead-in to open questions
    ("Decrees are numbered by year of issue, as in the Official Gazette.", False),
    ("Reach is summed across months and may count some accounts more than once.", False),
    ("Prisoners are numbered by the guards.", True),
    ("Cases are numbered by court clerks.", True),
    ("Votes in the council are weighted by population.", True),
    ("Candidates are numbered in order of the party list.", True),
    ("Pensions are averaged over years of service.", True),
    ("Cases are numbered by year; 40 were filed in 2024.", True),
    ("The published material leaves several questions open:", False),
    ("The ministry left the questions unanswered in 2023.", True),
    ("Police detained 240 people in May, which leaves questions unanswered.", True),
    ("The government's response leaves many questions unanswered, including why 300 files were destroyed in 2022.", True),
    # those the authors asked, as sources: what they say needs its source
    ("Journalists we work with say it is being used to single out critical outlets.", True),
    ("Residents we interviewed said the water was brown.", True),
    ("People I talk to say they are scared.", True),
    ("The figures we use come from the census.", False),
    ("Sources we trust say the minister knew.", True),
    ("Where experts doubt the data, we say so.", False),
    ("Where residents agree, the council will move the school.", False),
    ("That much is simple arithmetic, not interpretation.", True),
    ("This is arithmetic, not a guess.", True),
    ("You know, Sam Rayburn once said that if two people agree on everything then only one is thinking.", False),
])
def test_set_26_instructions_conventions_and_whom_we_asked(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from blind set 27: what a rule leaves out, the clause a frame's "that" holds, what "it" has, how often,
    # a legend of the briefing's own marks, a table's description, the authors' view and its neighbours
    ("In-house lobbyists employed by companies do not have to register, and nor do law firms.", True),
    ("Meetings at party events, dinners and conferences do not have to be recorded.", True),
    ("We do not have to agree on everything.", False),
    ("It does not have to be this way.", False),
    ("The short answer is that the dry season has become much drier.", True),
    ("The problem is that nobody knows.", False),
    ("It has no drought clause and no rule for what happens when storage upstream changes the flow.", True),
    ("It has no bearing on the case.", False),
    ("It has no chance of success.", False),
    ("Any new treaty should be reviewed every five years rather than every ten.", False),
    ("The ministry should hire 400 inspectors every year.", True),
    ("Registered groups must file detailed accounts twice a year.", True),
    ("Progress on each action will be reported to the board every quarter until all are closed.", False),
    ("Prices rose by a quarter.", True),
    ("**Check** notes test a factual claim against published data.", False),
    ("**Bold** entries are still pending.", False),
    ("**Kessler** notes that the army fired first.", True),
    ("Table 1 lists the moments that matter most to this review.", False),
    ("Table 2 ranks the eight organisations with the most meetings across all cabinet ministers.", False),
    ("Figure 3 shows that exports fell.", True),
    ("Table 2 suggests, in short, that exports fell.", True),
    ("Table 4 lists the 12 contracts the ministry awarded without a tender.", True),
    ("In our reading, the opening is built to make a recovery sound like progress.", False),
    ("In my view a fixed percentage split no longer works on a river like this one.", False),
    ("Turnout fell by fifty-five percent.", True),
    ("Support rose by 3 points.", True),
    ("The ministry did not answer when we asked which figures the minister had used.", True),
    ("We stopped when we asked the court.", True),
    ("Start lining the main canals now, and stop licensing new wells until the aquifer has been surveyed.", False),
    ("Support for the ban fell after the court ruled.", True),
])
def test_set_27_rules_frames_and_legends(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("item", "kind"), [
    ("Associate professor of hydrology at the University of Kessing", "noun"),
    ("Lead author of the Commission's drought assessment", "noun"),
    ("Contact the director of the agency", "imperative"),
])
def test_a_role_after_a_verb_like_word_is_a_noun_phrase(item: str, kind: str) -> None:
    words = item.split()
    assert G.fragment([w.lower() for w in words], words) == kind


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from blind set 28: what the briefing leaves out, its own edition, units and where in it, "treat X as"
    ("Polls commissioned by either campaign are excluded here and discussed under the campaign polls.", False),
    ("Deaths in custody are excluded from this table.", False),
    ("Three journalists were excluded from the hearing in 2024.", True),
    ("This edition adds three incidents from the second quarter of 2025 and updates the status of two.", False),
    ("The ministry adds three pages to the form every year.", True),
    ("Bilateral trade, in billions of talers at current prices:", False),
    ("Trade grew to 4 billion talers in 2024.", True),
    ("Annexes 1 and 2 list the sources.", False),
    ("Under section 31 of the act, only the Speaker can place a decree on the order paper.", True),
    ("Every page is an image with no text layer, and page 1 shows two punch holes.", True),
    ("Treat subgroup leads as indicative only.", False),
    ("The survey treats students as adults.", True),
])
def test_set_28_own_scope_units_and_instructions(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from the cold review of 46cbfaa and 3f76004: a legend needs one marked word and a legend's verb; the
    # briefing's own exclusions only; a subordinate clause with its own subject; "treat/regard X as"; a rule's
    # context for "do not have to"; an answer frame only before a record; judgements of what "it" has
    ("**Reuters** names three officials involved in the deal.", True),
    ("**Central Bank** figures put inflation at 9% in April.", True),
    ("**Kessler** notes widespread fraud in the 2019 count.", True),
    ("**Framing** notes comment on how a claim is presented, and **Advice** notes suggest a follow-up.", False),
    ("Foreign observers are excluded from the count by law.", True),
    ("Under the 2021 rules, prisoners are excluded from the sample frame.", True),
    ("Trade while the border was open grew by 40%.", True),
    ("Travel until March required a permit.", True),
    ("Fire damage, while limited, closed two wards.", True),
    ("Record inflation stands as the main threat to the government.", True),
    ("The government does not have to choose between growth and fairness.", False),
    ("A reform does not have to be expensive.", False),
    ("The short answer is that the data do not say.", False),
    ("The honest answer is that the evidence points both ways.", False),
    ("The truth is that the ministry paid twice.", True),
    ("It has no real chance of passing.", False),
    ("It has no place in a democracy.", False),
    ("It has one flaw.", False),
    ("Detentions were reported in hundreds of towns.", True),
])
def test_review_of_the_set_27_and_28_rules(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("item", "asserts"), [
    ("Maintains the vote may have been rigged", True),
    ("Notes the figures could be revised", True),
    ("Adds the ministry may appeal", True),
    ("Promises relief that may never reach households", False),
])
def test_a_verb_of_saying_before_a_clause_of_its_own_reports(item: str, asserts: bool) -> None:
    assert claims.assess(item, fragment_ok=True).is_assertion is asserts, item


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from the cold review of 432e64f
    ("Our investigation shows that Harlo Ltd is owned by the minister's brother.", True),
    ("The short answer is that the law does not allow it.", True),
    ("Private schools do not have to follow the national curriculum.", True),
    ("Journalists do not have to reveal their sources.", True),
    ("Voters do not have to agree with him to see the point.", False),
    ("We intend to vote against it, while the coalition has lost three seats since March.", True),
    ("Use subgroup leads as a rough guide only.", False),
    ("Count postal votes as cast on polling day.", False),
    ("Record turnout in the north serves as a warning.", True),
    ("Publish the list once the court has ruled and the appeals are exhausted.", False),
    ("Lift the sanctions once the prisoners have been freed and counted.", False),
    ("Polls by partisan firms are excluded from the average.", False),
    ("Postal ballots are excluded from the count until polls close.", True),
    ("Amounts are in millions of euros.", False),
    ("**Bold** figures are provisional.", False),
    ("**Light grey** rows show 2023 values.", False),
])
def test_review_of_432e64f(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from the cold review of 4cbd2ef and 6268f97
    ("The EU does not have to follow Washington's lead on tariffs.", False),
    ("The central bank does not have to hold rates this high for long.", False),
    ("The reality is that the ministry did not say when the wells would reopen.", True),
    ("The short answer is that the evidence does not settle it.", False),
    ("The reality is that both sides have a point.", False),
    ("Record turnout comes as a surprise to pollsters.", True),
    ("Record emigration continues as wages stagnate.", True),
    ("Trade while the border was open and prices were low grew by 40%.", True),
    ("The losses are in billions of euros.", True),
    ("Foreign journalists are excluded from the briefing.", True),
    ("**Red** lines were crossed when troops entered the town.", True),
])
def test_review_of_6268f97(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("sentence", "asserts"), [
    ("Values are as signed; amendments other than contract 2 are not included.", False),
    ("Values are as signed; 40 amendments were not included.", True),
])
def test_a_data_note_may_name_a_numbered_item(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence




def test_a_group_that_says_something_is_read_as_before() -> None:
    assert claims.assess('Say the bill targets "foreign-funded disinformation", not journalism',
                         fragment_ok=True).is_assertion


@pytest.mark.parametrize("sentence", [
    "How much of the fall reflects the reform is hard to say from the data available to us.",
    "The ministry paid Halden & Roos 4 million euros in 2023, more than any other contractor.",
    "Critics argue that the subsidy was never designed for households that share a car.",
    "Figures are cumulative to 30 September 2025.",
])
def test_a_sentence_wrapped_over_lines_reads_as_one_line(sentence: str) -> None:
    words = sentence.split(" ")
    for at in range(1, len(words)):
        wrapped = " ".join(words[:at]) + "\n" + " ".join(words[at:])
        assert claims.assess(wrapped).is_assertion is claims.assess(sentence).is_assertion, wrapped


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from held-out set 31 (a historical backgrounder, a reading guide, board minutes, a corrections log)
    ("Tomas Ruud's chapter, using the same permit data, finds no such effect once land prices are added.", True),
    ("The ministry, citing security, closed the border in May.", True),
    ('Avoid "disputed territory" in official correspondence, since both governments object to it.', False),
    ('Use "regulated tenancy", not "controlled let".', False),
    ('Critics "disputed" the figures.', True),
    ("Figures you will meet again and again in this literature", False),
    ("Fees you will pay next year will rise.", False),  # a forecast
    ("We have left out works available only in the regional languages.", False),
    ("We have left out the 2019 figures because the ministry withdrew them.", True),
    ("We excluded the opposition from the talks, the minister said in a speech on 3 May.", True),
    ("The works below were chosen to represent both sides of that argument.", False),
    ("The companies below won 80% of the contracts in 2024.", True),
    ("The candidates below were selected by the party executive in March 2024.", True),
    ("The projects listed below were chosen by the World Bank.", True),
    ("We have left out 40 cases that the ministry sealed in 2023.", True),
    ("We omitted three districts, where turnout fell to a fifth.", True),
    ("We group the literature into four broad readings.", False),
    ('A "ghost" worker is one who draws a salary but never works.', False),
    ('A "carried" stake was given to the minister in 2021.', True),
])
def test_set_31_asides_terms_and_the_authors_own_choices(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from held-out set 32 (an election observers' interim report, a video verification, a Q&A fact
    # sheet for journalists, a sanctions digest)
    ("Yes, but late.", True),  # a FAQ's answer with its qualification
    ("Partly, and the size of that part is disputed.", True),
    ("Not in most cities.", True),
    ("Yes, except with the designated companies and any entity they own or control.", True),
    ("No.", False),
    ("No, and ask your own counsel before acting.", False),
    ("Yes, and I'm certain many voters were turned off by it.", False),
    ("Not for attribution", False),
    ("Two opposition candidates in the Harsby district withdrew on the same day.", True),  # not "candidates" doing
    ("One official says the ministry lied about the 2023 figures.", True),
    ("One official says the ministry lied about the figures.", True),  # an unnamed source, no date
    ("A senior Western diplomat said the talks had collapsed.", True),
    ("The smoke in the clip drifts to the right, towards the east.", True),
    ("That upload is 44 seconds long.", True),
    ("You have 30 seconds to answer.", False),
    ("Both posts are still online.", True),
    ("The border is still closed to trucks.", True),
    ("The decree is no longer in force.", True),
    ("The situation is still unclear.", False),
    ("We treat the 2023 upload as the original until better evidence appears.", False),
    ("We regard this as the most serious error.", False),
    ("We treat that claim as false because the ministry withdrew it in May.", True),
    ("We have not visited the dam site.", False),
    ("We have not visited the dam site, which the army closed in 2023.", True),
    ("The mission has not been able to estimate how much parties are spending online.", False),
    ("Attribution of the account is outside the scope of this write-up.", False),
    ("Readers interested in the full candidate data can find it in the commission's open-data portal.", False),
    ("In the mission's view, the legal framework can support democratic elections.", False),
    ("In the ministry's view, the framework supported democratic elections in 2021.", True),
    ("See the note on online advertising under Media, below.", False),
    ("Flows are monthly averages; m³/s means cubic metres per second; ha means hectares.", False),
    ("Positions refer to the cropped viral version, not the forum original.", False),
    ("Stages follow the Assembly's own terminology.", False),
    ("Aliases are not counted separately.", False),
    ("State-owned banks are not listed.", True),
    ("Totals run from the start of the regime and include this week's changes.", False),
    ("Cases appear here from the first hearing until final judgment.", False),
    ("Reject every bid submitted after the deadline.", False),
    ("Support the journalists detained in 2024 by writing to the minister.", False),
    ('Check whether a "record low" refers to a daily or a monthly reading before repeating it.', False),
    ("Treat any footage from the port published since 3 June as unverified until its first upload is found.", False),
])
def test_set_32_answers_counted_subjects_and_the_authors_own_practice(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


def test_an_answer_under_a_bold_question_or_in_a_question_block_is_read() -> None:
    from briefings.linting import lint_text
    body = ("---\ntitle: T\n---\n\n**Is the city running out of water?**\nNot in most cities.\n\n"
            '??? question "Did the government notify its neighbour?"\n    Yes, but late.\n\n'
            "**Is this digest legal advice?**\nNo. Speak to your own counsel before acting.\n")
    lines = {f.line for f in lint_text(body) if f.rule == "unsourced-assertion"}
    assert lines == {6, 9}


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from held-out set 33 (a humanitarian sitrep, a hearing summary, an ownership investigation, a
    # media-freedom scorecard)
    ("The Meteorological Service has forecast above-average rain over the headwaters until mid-May.", True),
    ("We have forecast rain until May.", False),
    ("Asked by the chair whether anyone had recommended a delay, Marrow said that her deputy had done so on "
     "10 February.", True),
    ("Pressed on the cost, the minister conceded that it had doubled.", True),
    ("Oral rehydration points have opened in both sites, but the treatment centre is a drive away when the "
     "pass road is open at all.", True),
    ("The question remains open.", False),
    ("We use a minimum of 15 litres per person per day throughout this report.", False),
    ("Where displacement figures from two sources differ by more than 10%, we report the lower one.", False),
    ("Where the army shelled the town, we report 40 deaths.", True),
    ("We report these remarks because they shape what the committee will ask next.", False),
    ("A breakdown by donor will appear in the funding annex of Report No. 8.", False),
    ("We sent questions to Korvena on 2 June and again on 20 June; we had no reply by the time of writing.", False),
    ("We sent questions to the ministry on 2 June; it replied that the figures were wrong.", True),
    ("We shared a draft of the scores with the Ministry of Culture on 10 February.", False),
    ("This scorecard rates conditions, not intentions: a score reflects what happened in 2024.", False),
    ("The chain below runs from the operating company up to the people who benefit.", False),
    ("Displacement figures count people, not households.", False),
    ("A convoy counts as denied when it is held for more than 24 hours at a checkpoint.", False),
    ("The army counts as the largest employer in the province.", True),
    ('"Change" compares each score with the 2024 edition.', False),
    ("We group the constraints reported to the coordination cell under three headings:", False),
    ("It belongs to a company in the free zone whose shareholder is a nominee firm.", True),
    ("It belongs to all of us.", False),
    ("The vessel belongs to a shell company registered in 2021.", True),
])
def test_set_33_reported_forecasts_asides_and_the_authors_own_rules(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


def test_a_quotations_speaker_line_is_part_of_its_finding_and_a_method_section_keeps_others_records() -> None:
    from briefings.linting import lint_text
    body = ('---\ntitle: T\n---\n\n> "We launched on the date ministers had announced."\n> — Ilse Marrow, opening '
            "statement\nSee the annex.\n\n## Method\n\nWe interviewed 40 officials in May 2025.\n"
            "The national registry stopped showing shareholder names in July 2020.\n\n## About the mission\n\n"
            "The Halden Institute deployed a core team of nine experts on 3 March.\n")
    found = [(f.line, f.end_line) for f in lint_text(body) if f.rule in ("unsourced-assertion", "unattributed-quote")]
    assert found == [(5, 6), (12, 12)]


def test_items_under_a_lead_in_that_tells_the_reader_what_they_will_meet_are_read() -> None:
    from briefings.linting import lint_text
    body = "---\ntitle: T\n---\n\nFigures you will meet again and again in this literature:\n\n" \
           "- 640,000 regulated tenancies in 2024\n- 6,200 evictions for arrears in 2023\n"
    lines = {f.line for f in lint_text(body) if f.rule == "unsourced-assertion"}
    assert lines == {7, 8}


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from held-out set 34 (an audit digest, a court judgment, a campaign investigation, an options memo):
    # notes on the briefing's own figures and model, what it leaves out and what it asks its reader
    ("Arrears figures are for June of the following year.", False),
    ("Arrears figures are for June, when the ministry froze 3,000 accounts.", True),
    ("All costs are in 2024 Vardanian crowns and cover the first ten years.", False),
    ("Costs are in 2024 crowns and rose 40% in a year.", True),
    ("Regional figures are medians of 40 depots opened between 2018 and 2022.", False),
    ("Regional figures are medians of 40 depots that closed in 2023.", True),
    ("Regional figures are medians of 40 depots, which cost 30% more than planned.", True),
    ("Savings figures are the desk's own estimates; the treasury has not yet checked them.", False),
    ("Savings figures are the desk's own estimates; the treasury cut them by 40% in May.", True),
    ("Turnout figures cover 1 May to 30 June 2024; the estimates carry a margin of error of about ±8%.", False),
    ("Turnout figures cover May; the estimates were revised by the commission in June.", True),
    ("Our demand model has been checked only against 2010–2020 data.", False),
    ("The ministry's model has been tested only against 2015 data.", True),
    ("Our model has been used by the treasury since 2019.", True),
    ("Findings 9 to 12 concern staffing and are not discussed separately here.", False),
    ("Three clauses are not covered by the treaty.", True),
    ("The board is asked to choose between three ways of funding the ferry.", False),
    ("In 2023 the board was asked to choose between two bids.", True),
])
def test_set_34_notes_on_the_figures_the_model_and_the_memos_own_ask(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


def test_a_recommendation_labels_instruction_stays_one_whatever_participle_follows() -> None:
    from briefings.linting import lint_text
    body = ("---\ntitle: T\n---\n\n## Findings\n\n"
            "**Recommendation**: Base bonuses on wards staffed and open, not on posts advertised.\n"
            "**Response**: Cut the levy in 2023.\n"
            "**Response**: The operator dismissed the master in May.\n")
    lines = {f.line for f in lint_text(body) if f.rule == "unsourced-assertion"}
    assert lines == {9}


@pytest.mark.parametrize(("sentence", "asserts"), [
    # set 34: an open question inside what someone did is part of the record
    ("The mayor removed the banner and said she had put it up \"to ask why nobody objected\".", True),
    ("The panel then asked whether the fund was needed, and concluded that it was not.", True),
    ("The court asked whether the law was necessary.", False),
    ("Analysts disagree about whether the levy worked.", False),
    ("We asked whether the figures were final, and found that they were not.", False),
    ("Who paid is still open.", False),
])
def test_set_34_a_question_inside_what_someone_did_is_part_of_the_record(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("sentence", "reason"), [
    # set 34: an -s verb no list knows after "still" or a name, before its object's participle adjective
    ("The port still stores its dredged silt on the north quay.", "states what 'the port' does"),
    ("Marlow Shipping now charters its tankers through a firm in Tesk.", "states what 'Marlow Shipping' does"),
    ("Orvane still audits the accounts it sold to the state.", "states what 'Orvane' does"),
])
def test_set_34_an_s_verb_after_still_or_a_name(sentence: str, reason: str) -> None:
    assert reason in claims.assess(sentence).signals, sentence


@pytest.mark.parametrize("sentence", [
    "The reform proposals the cabinet will table are modest.",  # a noun before a relative clause
    "Water levels the river authority reported were normal.",
])
def test_an_s_noun_before_a_relative_clause_stays_a_noun(sentence: str) -> None:
    assert not any("proposals" in s or "levels" in s for s in claims.assess(sentence).signals), sentence


@pytest.mark.parametrize(("item", "reason"), [
    # set 34: a subjectless item that opens with an adverb reports what the body or person above it does
    ("No longer bids for council work, by its own decision", "states what someone does ('bids')"),
    ("Still chairs the audit committee of the port", "states what someone does ('chairs')"),
    ("Already signed the 2024 supply contract", "states what someone did ('signed')"),
])
def test_set_34_an_item_led_by_an_adverb_reports_what_was_done(item: str, reason: str) -> None:
    assert reason in claims.assess(item, fragment_ok=True).signals, item


@pytest.mark.parametrize("item", ["Never sign a contract without a lawyer present", "Still no decision on the appeal",
                                  "Still pending"])
def test_an_item_led_by_an_adverb_may_still_instruct_or_name(item: str) -> None:
    assert not claims.assess(item, fragment_ok=True).is_assertion, item


@pytest.mark.parametrize(("sentence", "stands"), [
    # set 34: where a named party stands now on what the briefing weighs is a record of it
    ("The farmers' union opposes it and has called it a tax on thirst", True),
    ("Two of the three regional councils back the levy", True),
    ("The ministry welcomes the proposal", True),
    ("Support the union's proposal", False),  # an instruction
    ("We oppose the levy", False),  # the authors' own stance
    ("Opposes the levy", False),  # no one named
])
def test_set_34_where_a_named_party_stands_is_a_record(sentence: str, stands: bool) -> None:
    assert claims.reports_projection(sentence) is stands, sentence


@pytest.mark.parametrize(("sentence", "records"), [
    # set 34: the main clause past a relative clause on "whose", and none in a noun phrase with its participle
    ("Newly trained pilots whose courses were state-funded would fly for the coastguard.", False),
    ("Pilots whose courses were state-funded flew for the coastguard in 2023.", True),
    ("The firm whose bid was rejected has appealed.", True),
    ("A cap of 12 sailings a day, phased in over three years.", False),
    ("Ms Varga, appointed in 2019, resigned in 2021.", True),
    ("Newly elected deputies have taken their seats.", True),
])
def test_set_34_the_main_clause_past_whose_and_a_participle_phrase(sentence: str, records: bool) -> None:
    assert claims.records_past(sentence) is records, sentence


@pytest.mark.parametrize(("item", "verb"), [("Reportedly paid bribes to officials", "paid"),
                                           ("Allegedly received payments that were hidden", "received")])
def test_an_adverb_and_a_past_opening_an_item_stay_its_verb(item: str, verb: str) -> None:
    words = claims._WORD.findall(item)
    assert G.clause(words, [w.lower() for w in words]).verb == verb, item


@pytest.mark.parametrize(("sentence", "asserts"), [
    # set 34: the authors' hedge with a figure, after a time clause ahead; a currency's code is no name
    ("The final bill is likely to be well above ZK 90 million.", False),
    ("Once the dredging works are finished, the final bill is likely to be well above ZK 90 million.", False),
    ("When the works are done, the cost will probably exceed EUR 40 million.", False),
    ("The cost will exceed 40 million euros.", False),  # "cost" after its article is a noun, no past
    ("Costs were likely to exceed 90 million.", True),
    ("When the works were done, the cost exceeded EUR 40 million.", True),
    ("When the works are done, the ministry says the cost will exceed EUR 40 million.", True),
    ("Minister Reed will cut 400 jobs.", True),  # a name beside the forecast
])
def test_set_34_a_hedge_with_a_figure_stays_the_authors_forecast(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


def test_set_34_a_fact_checks_finding_asserts_whatever_the_claim_forecasts() -> None:
    from briefings.linting import lint_text
    body = ("---\ntitle: T\n---\n\n## Fact checks\n\n| Claim | First seen | What the record shows |\n|---|---|---|\n"
            "| Tap water will be rationed from March | 2 Feb 2025 | The utility has no rationing plan |\n\n"
            "| Year | Exports |\n|---|---|\n| Exports will rise 5% | 2026 |\n")
    lines = {f.line for f in lint_text(body) if f.rule == "unsourced-assertion"}
    assert lines == {9}  # the fact check's row, not the year table's forecast


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from blind set 35: notes on the briefing's own figures, and their neighbours that record
    ('"Points" are percentage points of school days attended.', False),
    ("Fees are shown for 2025–26 and exclude metering costs.", False),
    ("Readings are the latest available on March 10, 2025.", False),
    ("Fees rose by 12% in 2024.", True),
    ("Readings are the latest sign that the economy is slowing.", True),
    ("Fees are shown for 2025–26; the ministry raised them by 40% in 2025.", True),
])
def test_set_35_notes_on_the_briefings_own_figures(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from blind set 35: the authors' own forecast, framed by "we expect" or as the likeliest outcome
    ("We expect inflation near 6% next year.", False),
    # a reason that states a fact is a record beside the forecast
    ("We expect inflation near 6% next year, because wage deals have not yet been signed.", True),
    ("We forecast a deficit of 3% in 2026.", False),
    ("A coalition collapse before June is the single most likely outcome, though not a certain one; we put it at "
     "about 40%.", False),
    ("A devaluation in 2026 is the likeliest outcome.", False),
    ("We expected a cut of half a point; the bank raised rates by a full point.", True),
    ("We expect growth of 2%; exports fell 4% in 2024.", True),
    ("A devaluation is the most likely outcome; the central bank sold 30% of its reserves in 2025.", True),
    ("The 2019 election was the most likely outcome of the 2018 crisis.", True),
])
def test_set_35_the_authors_forecast(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("item", "asserts"), [
    # from blind set 35: an -s noun before "to" and a determiner names a topic; a verb of motion or duty records
    ("Guarantees to the state copper company", False),
    ("Grants to the regional councils", False),
    ("Reports to the minister", True),
    ("Travels to the capital every month", True),
    ("Guarantees the loans of the state copper company", True),
])
def test_set_35_an_s_noun_before_to_is_a_topic(item: str, asserts: bool) -> None:
    assert claims.assess(item, fragment_ok=True).is_assertion is asserts, item


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from blind set 35: the briefing's own slip, put right, is about the briefing; a correction that states
    # what happened, or a record after the slip, asserts
    ("We misspelled a minister's name in the Harbour item; the online version has been corrected.", False),
    ("We gave the wrong date for the vote; it has been corrected online.", False),
    ("We misspelled the minister's name; he resigned in May.", True),
    ("We gave the wrong date for the vote; it was held on 3 May.", True),
    ("Last week we gave the turnout as 51%; it was 49%.", True),
])
def test_set_35_the_briefings_own_slip(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize(("sentence", "asserts"), [
    # from blind set 35: what is missing between particular places or systems is a fact
    ("There is no pipeline linking the two systems.", True),
    ("There is no road linking Ostra and Vell.", True),
    ("There is no point linking the two reforms.", False),
    ("There is no reason to panic.", False),
])
def test_set_35_nothing_linking_particular_things(sentence: str, asserts: bool) -> None:
    assert claims.assess(sentence).is_assertion is asserts, sentence


@pytest.mark.parametrize("sentence", [
    # from the second cold review of the set-34 work: records beside the new notes and frames
    "Our demand model has been checked only against 2010–2020 data, which showed a 12% shortfall.",
    "Our projections have been calibrated against census data showing that 2.3 million people left the region.",
    "The board is asked to choose between three options after the ministry cut its budget by 40% in 2024.",
    "The cabinet is asked to approve the package agreed with the IMF in March 2024.",
    "Parliament is invited to endorse the package that the finance ministry leaked to Reuters in May.",
    "Regional figures are medians of 40 depots closed in 2023 after a fraud inquiry.",
    "Regional figures are medians of 40 depots opened between 2018 and 2022 by the army.",
    "Prices are medians of 14 tenders completed in 2022 at twice the budget.",
    "Rates are averages of 30 clinics inspected since the 2019 scandal.",
    "Public budgets were in 2023 deep deficit.",
    "Casualty figures are provisional; the ministry has not confirmed them.",
])
def test_records_beside_the_set_34_notes_assert(sentence: str) -> None:
    assert claims.assess(sentence).is_assertion, sentence


@pytest.mark.parametrize("sentence", [
    "Our method has been tested only against 2010–2020 data.",
    "Our demand model has been checked only against 2010–2020 data.",
    "Regional figures are medians of 40 depots opened between 2018 and 2022.",
    "All costs are in 2024 crowns and cover the first ten years.",
    "Savings figures are the desk's own estimates; the treasury has not checked them.",
    "The board is asked to choose between three options.",
])
def test_the_set_34_notes_themselves_stay_notes(sentence: str) -> None:
    assert not claims.assess(sentence).is_assertion, sentence


@pytest.mark.parametrize(("text", "lines"), [
    ("**Recommendation**: Tie payments to sensors installed, since 40% of deliveries in 2024 were never used.\n", [6]),
    ("**Recommendation**: Tie payments to sensors installed, not to deliveries.\n", []),
    ("## By March 2021\n\n- 12 clinics had shut\n- Waiting times had doubled\n", [8, 9]),  # a past date heads records
])
def test_an_instructions_reason_and_items_under_a_date_are_read_for_what_they_say(text: str, lines: list[int]) -> None:
    from briefings.linting import lint_text

    found = lint_text("---\ntitle: T\nstatus: draft\n---\n\n" + text)
    assert [f.line for f in found if f.rule == "unsourced-assertion"] == lines
