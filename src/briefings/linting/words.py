"""Word lists behind the assertion signals: data, kept apart from the code that uses them."""

from __future__ import annotations

MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec").split()

SPELLED_NUMBERS = frozenset(
    "three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "hundreds thousand thousands million millions billion billions trillion trillions dozen dozens "
    "half twice triple doubled tripled quarter third thirds quarters fifth fifths tenth tenths".split())

# Counts too small or too common to state a figure on their own ("one reason", "two sides"); only
# used to recognise list markers and spans of time.
SMALL_NUMBERS = frozenset("one two".split())

# What a count of the parts of an argument or plan counts ("three ways to cut a deficit", "two
# reasons", "five basic parts"): the speaker's own structure, not a figure to check.
# Only a small spelled-out count after "there are", "has" or "here are" ("The plan has five basic
# parts"); "asked 40 questions", "skipped 14 key steps" stay figures.
ARGUMENT_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
ARGUMENT_FRAMES = ("there are", "there were", "here are", "these are", "has", "have", "had")
ARGUMENT_PARTS = ("ways", "things", "parts", "reasons", "questions", "steps", "options",
                  "principles", "priorities", "lessons", "ideas", "goals", "pillars")
ARGUMENT_ADJECTIVES = ("basic", "main", "key", "different", "major", "fundamental", "simple", "big")

SUPERLATIVES = frozenset(
    "unprecedented largest biggest highest lowest greatest worst fastest slowest longest smallest "
    "oldest newest strongest weakest richest poorest deadliest".split())
# Uniqueness words that need a determiner to be a claim: "the first", "the only", "a record".
WEAK_SUPERLATIVES = frozenset("first only most best least top record".split())
RECORD_NOUNS = frozenset("high highs low lows number numbers level levels year turnout profits".split())
POSSESSIVES = frozenset("its their his her our".split())
DETERMINERS = frozenset("the a an".split()) | POSSESSIVES
DEMONSTRATIVES = frozenset("this that these those".split())
# Every word that opens a noun phrase as its determiner ("the", "our", "those", "every").
NOUN_OPENERS = DETERMINERS | DEMONSTRATIVES | frozenset("every each all any".split())

CAUSAL = ("because", "caused", "causes", "cause of", "led to", "leads to", "resulted in", "results in",
          "as a result", "due to", "therefore", "thanks to", "responsible for", "blamed for",
          "contributed to", "drove", "triggered", "driven by", "fuelled by", "fueled by")

# Past-tense and third-person forms only: "cut", "cost" and "raise" are as often nouns or plans.
CHANGE_VERBS = frozenset(
    "increased increases decreased decreases doubled tripled quadrupled halved rose risen rises fell "
    "fallen falls grew grown grows raised lowered reduced dropped declined lost gained created added "
    "spent paid killed voted vetoed passed signed banned funded owed borrowed invaded collapsed "
    "expanded shrank won surged soared plunged slashed".split())

# A level that moves, stated as under way ("prices are rising", "spending is up", "costs have gone down").
TRENDS = frozenset("rising falling growing shrinking increasing decreasing declining dropping climbing soaring "
                   "plunging surging mounting".split())
LEVEL_AFTER = frozenset("up down".split())
# "is up to the courts", "came down on the side of": idioms, not a level.
NOT_LEVEL = frozenset("to with for against on there and or".split())

CERTAINTY = ("clearly", "obviously", "undeniably", "undoubtedly", "unquestionably", "certainly",
             "it is certain", "without doubt", "no doubt", "not speculation", "overwhelming",
             "overwhelmingly", "observably", "indisputably", "beyond doubt", "of course", "in fact",
             "the fact is", "everyone knows", "proven", "proves", "conjecture", "not an inference",
             "not in dispute", "beyond dispute", "on the public record", "prove it")

# Each phrase holds a verb that signals._VAGUE lists as a key: a new verb goes there too.
VAGUE_ATTRIBUTION = r"""
(?:(?:some|many|most|several|various|numerous)\s+)?(?:people|experts|critics|experts|observers|analysts|commentators|insiders|sources|reports|studies
|officials|diplomats|residents|witnesses|investigators|economists|lawyers|activists|campaigners|aides|allies|prosecutors
|opponents|supporters|proponents|defenders|detractors)
(?:\s+(?:at|in|from|close\s+to|of)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?(?:\s+(?:privately|publicly|openly|quietly|now|also|still
|broadly|generally|largely|widely))?\s+
(?:say|said|argue|argued|believe|believed|suggest|suggested|claim|claimed|note|noted|show|showed|allege|alleged|insist|insisted
|agree(?:d)?(?!\s+(?:on|with|to)\b)|doubt|doubted
|concede|conceded|admit|admitted|point\s+out|pointed\s+out|warn|warned|complain|complained|acknowledge|acknowledged
|expect|expected|call(?:ed)?(?=\s+(?:it|them|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:a|an|the)\b)
|describe(?:d)?(?=\s+(?:it|them|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+as\b))
|(?:one|an?|another)\s+(?:(?:senior|former|unnamed|anonymous|local|western|foreign|government|party|military|security
|ministry|european|regional|diplomatic|intelligence)\s+){0,2}(?:official|diplomat|source|insider|analyst|observer|expert|critic
|aide|adviser|advisor|resident|witness|investigator|lawyer|activist|prosecutor|staffer|employee|officer)
\s+(?:says|said|told|claims|claimed|argues|argued|believes|believed|suggests|suggested|warns|warned|alleges|alleged|insists
|insisted|admits|admitted|concedes|conceded)
|(?:many|some|others)\s+(?:believe|say|argue|claim|suspect|think|allege)
|(?:some|many|most|several|few)\s+(?:[a-z]+\s+)?(?!us\b)[a-z]+s\s+(?:(?:privately|publicly|openly|quietly|broadly|generally
|largely|widely)\s+)?
(?:say|said|argue|argued|believe|believed|claim|claimed|suspect|suspected|think|allege|alleged|concede|conceded|admit|admitted
|agree(?:d)?(?!\s+(?:on|with|to)\b)|doubt|doubted)
|it(?:\s+is|\s+has\s+been|['’]s\s+been)\s+(?:(?:widely|generally|commonly)\s+)?(?:said|believed|reported|claimed|alleged|thought
|assumed|understood)
|\b(?:is|are|was|were)\s+(?:(?:widely|generally|commonly|also)\s+)?(?:said|reported|believed|rumou?red|understood|thought|alleged)\s+to\s+(?:have|be)\b
|(?:is|are|was|were)\s+widely\s+(?:tipped|rumoured|rumored|regarded|considered|seen|believed|reported|said|thought)
|(?:people|everyone|everybody)\s+(?:say|says|are\s+saying|know|knows)
|(?:[a-z]+s|people)\s+(?:we|i)\s+(?:have\s+|had\s+)?(?:spoke|spoken|talk|talked|work|worked|met|interviewed|consulted|contacted|surveyed
|asked|reached|visited|know|knew|trust|rely\s+on|relied\s+on)(?:\s+(?:to|with))?\s+(?:(?:privately|also|all|now|generally|broadly)\s+)?
(?:say|said|argue|argued|believe|believed|claim|claimed|describe|described|complain|complained|insist|insisted|agree|agreed
|report|reported|told|tell|estimate|estimated|fear|feared|expect|expected|warn|warned|concede|conceded|admit|admitted
|note|noted|suspect|suspected|think|thought)
"""

# Verbs of saying, by what they do in a sentence: refused with "would not" ("would not comment": a
# record), reported in the present ("The SSB says ...": a record even as a response), asking (particular
# people asking "whether" is a record, not an open question), and before a short quotation.
REFUSED = frozenset("say comment confirm disclose name reveal answer explain discuss specify elaborate respond "
                    "identify".split())
SAYS = frozenset("says say denies deny claims claim insists insist maintains maintain rejects reject admits admit "
                 "disputes dispute".split())
ASKED = frozenset("ask asked debate debated disagree disagreed differ differed wonder wondered".split())
SAID_BEFORE_QUOTE = ("says", "said", "told", "wrote", "writes", "warned", "warns", "insisted", "insists", "claimed",
                     "claims", "denied", "denies", "stated", "added", "replied", "argued", "argues")

# What an outlook says in the present tense about what comes ("growth slows", "risks remain", "stays
# until", "is due to"): never a fact of the running text under a forecast heading.
OUTLOOK_PRESENT = frozenset("slows slow peaks peak falls fall rises rise grows grow remains remain stays stay "
                            "until next coming soon due ahead returns return recovers recover eases ease picks "
                            "continues continue".split())
FORECAST = frozenset(
    "will won't 'll shall expect expects expected likely unlikely forecast forecasts predict predicts "
    "projected probably".split())
NORMATIVE = ("should", "must", "ought to", "need to", "needs to", "have to", "has to", "got to", "let's",
             "let us", "deserves to", "deserve to", "is worth", "are worth",
             *(f"{it} {what} that" for it in ("it is", "it's", "it’s") for what in ("important", "essential", "vital",
                                                                                     "crucial", "imperative")))
# A word each normative phrase holds, to skip its scan: the first, or the adjective of "it is important that"
# (not "it", which most sentences hold).
NORMATIVE_KEYS = frozenset(n.split()[-2] if n.startswith("it") else n.split()[0] for n in NORMATIVE)
OPINION = ("i think", "i believe", "i feel", "i hope", "i want", "i wish", "i'd like", "we want", "we hope",
           "we believe", "we think", "in my opinion", "in my view", "my view is", "i'm not sure", "thank",
           "in our assessment", "in our view", "in our judgement", "in our judgment", "our answer", "our view",
           "we judge", "we assess", "in our reading", "on our reading", "in my reading")
# The speaker's own plan, wish or stance: "I want every family to have a $5,000 credit", "we'll restore
# the $716 billion", "I'm not in favor of a $5 trillion cut", "let's cut $2,500 from premiums". What the
# speaker means to do or favours is not a record, even when it names an amount (a view, "I think GDP
# fell 3%", still states one). Read after "I"/"we" and any of PLAN_SKIPPED.
PLAN_VERBS = frozenset("want hope wish intend plan propose love like prefer favor favour".split())
PLAN_AFTER_BE = ("going to", "in favor", "in favour", "looking for", "opposed to", "proposing",
                 "asking for", "calling for", "prepared to", "determined to", "committed to", "willing to")
PLAN_MODALS = frozenset("will would shall won't wouldn't".split())
PLAN_SKIPPED = frozenset("also just really still certainly absolutely never not do don't".split())
# "I'll tell you", "I would say", "I'd point out": talk before what may be a fact.
PLAN_NOT_AFTER = frozenset("tell say remind point note add mention repeat admit concede answer give show "
                           "guarantee submit suggest argue".split())
# Present-tense verbs that link, infer or possess rather than act: "the plan has five parts", "the
# table shows", "the evidence suggests", "the outcome depends on", "it makes sense".
LINKING_VERBS = frozenset("has have seems seem appears appear remains remain means mean suggests suggest shows "
                          "show depends depend makes make matters matter looks look sounds sound needs need "
                          "deserves deserve indicates indicate implies imply".split())
# A view the speaker holds, anywhere in the sentence ("Prices, I think, rose", "it is, we believe, too
# late"): what follows is framed as the speaker's opinion.
VIEW_VERBS = frozenset("think believe feel doubt suspect guess suppose reckon".split())
# "because I love the country", "because we believe in it": the speaker's own motive or view is a
# reason given, not a cause to source.
MOTIVE_VERBS = VIEW_VERBS | frozenset("want love like hope wish care".split())
DISCOURSE = ("and", "but", "so", "well", "now", "look", "listen", "again", "also", "yes", "no", "oh",
             "okay", "first of all", "you know", "of course", "in fact", "frankly", "honestly")

IMPERATIVES = frozenset(
    "see read note consider compare check use add ask call contact join support vote remember let "
    "make stop think look imagine please follow visit subscribe send sign share tell write find "
    "keep avoid try give help take go do don't search".split())

# What a "No <thing> is ..." sentence records ("No secondary education is available in the camp"), not a maxim
NO_PREDICATES = ("available", "provided", "offered", "allowed", "permitted", "recorded", "reported", "left", "kept",
                 "held", "planned", "published", "in", "at", "on")
# What "has no/one/two ..." names as a judgement, not a possession ("The plan has no chance", "has two problems")
JUDGED_POSSESSIONS = frozenset("chance need reason choice option alternative doubt way idea sense point future hope "
                               "excuse intention interest credibility comment problem problems goal goals aim aims "
                               "answer answers solution solutions say bearing relevance significance merit".split())
# Verb bases that head a noun subject before a preposition: "Support for the reform stood at 34%", "Access to
# the camp was cut" (not "Ask for", "Look for", "Compare with": instructions)
NOUN_LIKE_BASES = frozenset("support access demand trust control aid pressure pay help return transfer trade travel use "
                            "change increase rise cut damage harm release request".split())
# What a named doer did with the authors' own work that is a record of that doer: "The ministry rejected our findings"
RESPONSE_VERBS = frozenset("accepted rejected disputed contested challenged denied dismissed ignored welcomed criticised "
                           "criticized confirmed acknowledged endorsed".split())
# "The sooner they act, the less it will cost": the comparatives of a correlative forecast
CORRELATIVE_COMPARATIVES = ("sooner", "later", "longer", "more", "less", "fewer", "higher", "lower", "greater",
                            "bigger", "smaller", "faster", "slower", "earlier", "harder", "better", "worse", "wider")
HYPOTHESIS_STARTS = ("theory:", "hypothesis:", "assumption:", "scenario:", "question:", "if ",
                     "suppose ", "assuming ", "imagine ", "what if ", "unless ", "were the ", "had the ",
                     "only if ", "where such ")
GENERAL_CONDITIONS = ("where such ",)  # a general condition, unless a figure or a past verb tells a case
# An option's or a scenario's own terms, when no past verb records what happened ("Under this option the
# utility would contract 300 MW"; not "Under option 3 of the 2019 plan, the state sold 40%").
OPTION_STARTS = ("under this option", "under this scenario", "in this scenario", "with this option")

# Verdicts on someone or something: "is right", "was very tense", "a good job". A sentence whose only
# signal is such a copula is a judgement, not a record.
EVALUATIVE = frozenset(
    "right wrong good bad great terrible fine brilliant excellent wonderful awful horrible outstanding "
    "remarkable disappointing disappointed unacceptable unfair fair tough hard difficult easy clear unclear "
    "serious dangerous important critical essential wise unwise foolish naive reckless irresponsible proud sorry "
    "glad happy pleased concerned worried afraid sure confident nice fine tense healthy unhealthy tragic "
    "shameful disgraceful admirable impressive credible incredible ready willing committed determined".split())
# What a judgement's "a/an <evaluative> ..." names: "a good job", "a very serious problem".
VERDICT_NOUNS = frozenset("job thing idea person man woman one mistake step problem issue concern error choice "
                          "decision example move failure success record start".split())
# How well something was done: a verdict, not a record ("performed brilliantly", "was badly run");
# "well" only after an intensifier ("did very well"), not "as well" or "well documented".
MANNER = frozenset("badly poorly brilliantly superbly terribly wisely foolishly properly improperly "
                   "admirably miserably horribly beautifully splendidly competently incompetently "
                   "skilfully skillfully clumsily".split())
# What may follow a manner adverb that ends its verb phrase ("run badly in 2019", "performed
# brilliantly and"): a participle after it ("badly damaged") makes it part of a record instead.
AFTER_MANNER = frozenset("in at on during under for from with throughout when since after before as and but "
                         "or again until while despite".split())
INTENSIFIERS = frozenset(
    "very so really quite too pretty fairly rather absolutely totally entirely extremely deeply truly "
    "not also just still always never simply certainly obviously exactly particularly especially "
    "fundamentally fully".split())

# Capitalised words that start sentences without naming anyone.
COMMON = frozenset(
    "a an the this that these those there here it its it's i i'm i've i'd we we're we've our us you "
    "your they they're their them he his him she her hers my me who what when where why how which "
    "and but or nor so yet for if then than because although though while whereas since after "
    "before until unless once as also however moreover furthermore meanwhile therefore thus hence "
    "instead indeed still now today tonight yesterday tomorrow yes no not well oh okay ok let "
    "thank thanks all any each every some many most much more few several both either neither one "
    "two other another such same in on at by to from of with without about above below under over "
    "into onto through during against between among within across along around behind beyond "
    "near toward towards upon like unlike despite per via do does did is are was were be been being "
    "have has had can could will would shall should may might must mr mrs ms dr senator governor "
    "president sir madam ladies gentlemen folks people everybody everyone nobody somebody someone "
    "anyone anything something nothing everything again even just only very really too quite "
    "first second third last next new old good great big small high low long short right left "
    "based according whether given critics experts observers analysts commentators sources reports "
    "studies officials scholars insiders number".split())

AUXILIARIES = frozenset(
    "is are was were be been being am has have had having do does did done can could will would "
    "shall should may might must 's 're 've 'd isn't aren't wasn't weren't hasn't haven't hadn't "
    "doesn't don't didn't can't couldn't won't wouldn't shouldn't".split())

IRREGULAR_VERBS = frozenset(
    "said told made took gave went came saw knew thought found left met paid sent spent won lost "
    "wrote led held built bought brought began became ran rose fell grew cut hit put set kept got "
    "felt heard meant sold stood understood taught fought caught chose spoke broke drove flew "
    "forgot forgave froze hid hung shrank laid lent lit overtook rode rang sank sang shook shot shut slid "
    "struck swore swept swam threw thrust woke withdrew wore sought dealt fled shed split spread "
    "bore bred clung dug flung forbade knelt overcame overthrew shone sprang stole stuck stung strode strove "
    "swung tore underwent undertook upheld withheld wove wept forsook bled blew drew foresaw mistook misled "
    "oversaw outran overran overrode rebuilt rewrote spun arose awoke beheld dreamt leapt sat slept "
    "says tells makes takes gives goes comes sees knows thinks finds leaves meets pays sends "
    "spends wins loses writes leads holds builds buys brings begins becomes runs rises falls grows "
    "keeps gets feels hears means sells stands teaches fights speaks breaks".split())

# Base forms of common verbs; -s, -ed and -ing forms are recognised from these.
VERB_BASES = frozenset(
    "oblige entitle empower expire license regulate supervise oversee inspect ratify enforce deport censor subsidise subsidize owe buy light belong "
    "accept accuse act add admit agree aim allow announce appear apply appoint approve argue arrest bar "
    "ask assess attack attempt attend attribute audit award back ban base become believe bid bill block "
    "blame borrow breach bring build call campaign cancel carry cause change charge chair chart claim "
    "close collapse comment commit compare compete complain complete concede conclude condemn confirm "
    "consider contain continue contribute control convict cooperate cost count court cover create "
    "criticise criticize cut deal decide declare decline defend delay deliver demand deny deploy "
    "describe design destroy detain develop die direct disclose discuss dismiss distance doubt drop "
    "earn elect employ enable end endorse ensure enter establish expand expect explain expel face fail "
    "fall favour favor file finance fine fire flatter follow force found freeze fund gain govern grant "
    "grow hand handle hire hold host ignore impose improve include increase indicate inform inherit "
    "insist introduce invade invest investigate invite issue join jail keep kill know launch lead leak "
    "lease leave lend lie limit link list live lobby lose maintain manage marry meet mention miss move "
    "name need negotiate note obtain occupy offer open operate oppose order overturn own pardon pass "
    "pay permit place plan play pledge point post praise prefer prepare present press prevent "
    "privatise privatize produce promise promote propose prosecute protect protest prove provide "
    "publish pursue push raise rank reach receive recognise recognize recommend record recruit reduce "
    "refer refuse register reject rely release remain remove renew repeat replace report represent "
    "require resign respond restore restrict retain return reveal review rise rule run sanction save "
    "say score secure seek seize sell send serve settle share shield show sign sit speak spend split "
    "stand start state stay stop strike submit succeed sue suggest supply support suspend take talk "
    "target tax teach tell tend threaten tie trade train transfer travel treat trigger try turn "
    "undercut undermine urge use veto visit vote want warn watch weaken win withdraw work write put blockade "
    "meddle shape steer stage award govern halt ship fail study "
    # more verbs of the genre (3rd-person forms such as "heads", "advises" read as verbs only with a subject)
    "advise dominate lack accompany achieve acquire adopt affect afford allocate alter amend analyse analyze "
    "anticipate appeal assert assign assist attract authorise authorize boost broadcast calculate capture "
    "celebrate certify challenge choose cite clarify classify collect combine commission comply conceal conduct "
    "confiscate confront consult contest contradict convene convert convince coordinate correspond damage deceive "
    "defeat define delegate demonstrate depend detect determine devote differ dispute disrupt distribute "
    "divert divide document donate draft draw drive earmark echo eliminate embrace emerge emphasise emphasize enact "
    "encourage engage enjoy entail equip escalate escape estimate evacuate evade examine exceed exclude execute exempt "
    "exist exploit export expose extend facilitate feature finish flee focus forbid forecast forge form generate "
    "guarantee guard guide harass harm head hide identify illustrate implement imply import imprison incite "
    "incorporate incur indict influence insure intend intensify intercept interfere intervene intimidate invoke "
    "involve isolate justify kidnap last lift locate lower manipulate manufacture measure mediate merge mislead "
    "mobilise mobilize modify monitor murder nominate notify observe obstruct offset organise organize outline "
    "outnumber outweigh overlook overrule overthrow participate patrol persecute persist persuade poison portray "
    "possess predict preside preserve pressure prevail print prioritise prioritize proceed process proclaim profit "
    "prohibit prolong prompt prosper provoke purchase qualify question quote rally reaffirm realise realize rebuild "
    "recall recover reflect reform regain regard reinforce reinstate remind renounce rent reopen repay repeal reply "
    "request rescue resemble reside resist resolve respect restructure resume retaliate retire reverse revise revoke "
    "reward risk rival sack satisfy scrap select sentence shift shoot shut silence slash smuggle solve sponsor "
    "stabilise stabilize steal strengthen stress struggle summon surpass surrender surround survive suspect sustain "
    "swap switch tackle tighten tolerate torture trace track transmit transport triple trust underline understand "
    "undertake unite update uphold upgrade vary verify violate wage waive welcome widen withhold witness worsen "
    "yield".split())

# Base forms that are also past forms: "Put the rebate on a statutory footing" is an instruction.
SAME_PAST = frozenset("put set cut hit let shut cost spread quit bid read".split())

# Irregular past participles (the past tenses are in IRREGULAR_VERBS).
PARTICIPLES = frozenset(
    "known forecast seen given taken held found made shown grown driven written sworn chosen broken spoken "
    "stolen frozen hidden begun done gone been built sent spent kept left met paid led won lost sold "
    "told brought bought thought caught taught set put cut hit shut struck hung fled fought bound "
    "born drawn thrown blown flown risen fallen forgiven forgotten beaten bitten ridden withdrawn "
    "undertaken overtaken mistaken shaken woken worn torn sworn sunk sung rung swum become overcome "
    "run eaten forbidden arisen borne bred dug stuck stung undergone upheld withheld woven misled "
    "overseen overthrown rebuilt rewritten spun slept".split())

MODALS = frozenset(
    "will would shall should can could may might must 'll won't wouldn't shan't shouldn't can't cannot "
    "couldn't mightn't mustn't".split())
BE_PAST = frozenset("was were wasn't weren't".split())
BE_PRESENT = frozenset("is are am 's 're isn't aren't".split())
HAVE = frozenset("has have had 've 'd hasn't haven't hadn't".split())
DO = frozenset("do does did doesn't don't didn't".split())
# Words between an auxiliary and its verb that do not change the clause ("has repeatedly said").
ADVERBS = frozenset(
    "not never also already still just only long since once often always repeatedly since twice "
    "thrice then now later again quietly publicly privately reportedly allegedly formally "
    "effectively largely partly widely even ever yet so too quickly".split())
SUBJECT_PRONOUNS = frozenset("i we you he she it they both all each none neither either this that these "
                             "those who one some many most several few others everyone nobody".split())
# Words that fuse with an auxiliary: "I'm", "we've", "he's", "that's", "there's".
CONTRACTING = frozenset("i we you he she it they that there here what who".split())
FIRST_PERSON = frozenset("i we you i'm we're you're i've we've you've i'd we'd let's our my us".split())
# What a speaker did that no record shows ("I thought", "we met"), unlike "I voted against it".
TALK_VERBS = frozenset(
    "thought knew saw heard felt said told asked mentioned talked met went came had got gotten did wanted "
    "tried hoped learned listened watched looked noticed understood believed meant been done seen made put "
    "grew loved liked worked spent lived traveled travelled".split())
PLURAL_SUBJECTS = frozenset("we you they both all these those many several few others".split())
# Words after which a verb-like word is a noun or an adjective: "the proposed law", "to report".
NOT_BEFORE_VERB = frozenset(
    "a an the this that these those its their his her our my your every each any no some to of in on at "
    "by for from with without into about over under after before between among during than as per via "
    "very more most less least such own".split())
# Words after a first "-s" word that make it a plural noun ("Contributors to", "Savings of").
AFTER_NOUN = frozenset("of and or , but".split())

# Lists behind the claim checks of claims.py (see its comments for the rules that use them).
PREDICATIVE_HEADS = frozenset("aim aims goal goals point problem question issue task challenge idea plan purpose priority "
                              "answer solution risk danger key option job focus hope worry concern fear thing part step "
                              "trick test".split())
ING_NOUNS = frozenset("thing nothing something anything everything king spring morning evening building meeting "
                      "hearing ruling funding spending training housing bring string ceiling during".split())
ING_ADJECTIVES = frozenset("compelling troubling interesting deafening striking surprising alarming worrying encouraging "
                           "disturbing misleading damning promising amazing astonishing disappointing confusing revealing "
                           "telling shocking staggering depressing frustrating exciting puzzling convincing pressing "
                           "lasting overwhelming underlying appalling humiliating embarrassing unwilling willing "
                           "outstanding missing lacking fitting fleeting".split())
ROLE_NOUNS = frozenset("member members head heads chair chairs chairman chairwoman chairperson director directors president "
                       "leader leaders deputy secretary minister governor mayor judge judges founder founders co-founder "
                       "owner owners co-owner shareholder shareholders partner partners employee employees spokesman "
                       "spokeswoman spokesperson adviser advisers advisor ambassador commander chief editor candidate "
                       "candidates son sons daughter daughters brother sister wife husband cousin nephew niece uncle aunt "
                       "father mother board boards payroll executive officer officers official officials citizen citizens "
                       "resident residents signatory signatories professor lecturer trustee trustees auditor auditors "
                       "treasurer registrar prosecutor prosecutors lawyer lawyers author authors researcher fellow "
                       "analyst consultant reporter correspondent economist counsel".split())
NOT_COUNTED = frozenset("doubt question questions reason reasons way ways need point answer answers sense chance "
                        "guarantee guarantees shortcut substitute alternative alternatives option options merit "
                        "harm hurry rush easy simple magic such excuse room future time hope end limit shame place use "
                        "cause call telling denying".split())
METHOD_VERBS = frozenset("matched grouped drawn examined compared reviewed checked sorted arranged ordered excluded "
                         "rounded converted coded classified weighted sampled cross-checked verified "
                         "interviewed considered archived obtained sent contacted searched screened spoke consulted "
                         "surveyed analysed analyzed".split())  # not "counted": a count is a finding; not "used (to)";
# not "translated", "put", "wrote", "assumed": their objects carry records ("We translated the memo Varn sent in 2021")
# What a law or a clause does to those it governs, in the present ("It bans ...", "It does not ban ..."),
# and what a particular law, bill or contract would do ("Its clauses would let ...").
RULE_VERBS = frozenset("ban bar require allow permit let oblige force exempt impose cap restrict grant forbid prohibit "
                       "criminalise criminalize".split())
LAW_VERBS = RULE_VERBS | {verb + "s" for verb in RULE_VERBS}
LAW_EFFECTS = frozenset("let allow require give force bar ban oblige permit grant abolish exempt impose extend limit "
                        "cap restrict remove transfer replace end create raise cut strip hand make".split())
INSTRUMENTS = frozenset("bill bills law laws clause clauses amendment amendments draft decree decrees treaty deal "
                        "agreement agreements provision provisions regulation regulations rule rules reform statute "
                        "act code constitution contract contracts concession ordinance text article articles".split())
IMPERSONAL_PARTICIPLES = frozenset("said reported claimed alleged suggested argued thought believed rumoured rumored noted known "
                                   "assumed understood".split())
