"""Word lists behind the assertion signals: data, kept apart from the code that uses them."""

from __future__ import annotations

MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec").split()

SPELLED_NUMBERS = frozenset(
    "three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "hundreds thousand thousands million millions billion billions trillion trillions dozen dozens "
    "half twice triple doubled tripled quarter third".split())

SUPERLATIVES = frozenset(
    "unprecedented largest biggest highest lowest greatest worst fastest slowest longest smallest "
    "oldest newest strongest weakest richest poorest deadliest".split())
# Uniqueness words that need a determiner to be a claim: "the first", "the only", "a record".
WEAK_SUPERLATIVES = frozenset("first only most best least top record".split())
DETERMINERS = frozenset("the its their his her our a an".split())

CAUSAL = ("because", "caused", "causes", "cause of", "led to", "leads to", "resulted in", "results in",
          "as a result", "due to", "therefore", "thanks to", "responsible for", "blamed for",
          "contributed to", "drove", "triggered", "so that")

# Past-tense and third-person forms only: "cut", "cost" and "raise" are as often nouns or plans.
CHANGE_VERBS = frozenset(
    "increased increases decreased decreases doubled tripled quadrupled halved rose risen rises fell "
    "fallen falls grew grown grows raised lowered reduced dropped declined lost gained created added "
    "spent paid killed voted vetoed passed signed banned funded owed borrowed invaded collapsed "
    "expanded shrank won surged soared plunged slashed".split())

CERTAINTY = ("clearly", "obviously", "undeniably", "undoubtedly", "unquestionably", "certainly",
             "it is certain", "without doubt", "no doubt", "not speculation", "overwhelming",
             "overwhelmingly", "observably", "indisputably", "beyond doubt", "of course", "in fact",
             "the fact is", "everyone knows", "proven", "proves")

VAGUE_ATTRIBUTION = r"""
(?:(?:some|many|most|several|various|numerous)\s+)?(?:people|experts|critics|experts|observers|analysts|commentators|insiders|sources|reports|studies)\s+
(?:say|said|argue|argued|believe|believed|suggest|suggested|claim|claimed|note|noted|show|showed|allege|alleged)
|(?:many|some|others)\s+(?:believe|say|argue|claim|suspect|think|allege)
|it\s+is\s+(?:said|believed|widely\s+believed|reported|claimed|alleged|thought)
|(?:people|everyone|everybody)\s+(?:say|says|are\s+saying|know|knows)
"""

FORECAST = frozenset(
    "will won't 'll shall expect expects expected likely unlikely forecast forecasts predict predicts "
    "projected".split())
NORMATIVE = ("should", "must", "ought to", "need to", "needs to", "have to", "has to", "got to", "let's",
             "let us")
OPINION = ("i think", "i believe", "i feel", "i hope", "i want", "i wish", "i'd like", "we want", "we hope",
           "we believe", "we think", "in my opinion", "in my view", "my view is", "i'm not sure", "thank")
DISCOURSE = ("and", "but", "so", "well", "now", "look", "listen", "again", "also", "yes", "no", "oh",
             "okay", "first of all", "you know", "of course", "in fact", "frankly", "honestly")

IMPERATIVES = frozenset(
    "see read note consider compare check use add ask call contact join support vote remember let "
    "make stop think look imagine please follow visit subscribe send sign share tell write find "
    "keep avoid try give help take go do don't".split())

HYPOTHESIS_STARTS = ("theory:", "hypothesis:", "assumption:", "scenario:", "question:", "if ",
                     "suppose ", "assuming ", "imagine ", "what if ")

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
    "studies officials scholars insiders".split())

AUXILIARIES = frozenset(
    "is are was were be been being am has have had having do does did done can could will would "
    "shall should may might must 's 're 've 'd isn't aren't wasn't weren't hasn't haven't hadn't "
    "doesn't don't didn't can't couldn't won't wouldn't shouldn't".split())

IRREGULAR_VERBS = frozenset(
    "said told made took gave went came saw knew thought found left met paid sent spent won lost "
    "wrote led held built bought brought began became ran rose fell grew cut hit put set kept got "
    "felt heard meant sold stood understood taught fought caught chose spoke broke drove flew "
    "forgot forgave froze hid hung laid lent lit overtook rode rang sank sang shook shot shut slid "
    "struck swore swept swam threw thrust woke withdrew wore sought dealt fled shed split spread "
    "says tells makes takes gives goes comes sees knows thinks finds leaves meets pays sends "
    "spends wins loses writes leads holds builds buys brings begins becomes runs rises falls grows "
    "keeps gets feels hears means sells stands teaches fights speaks breaks".split())

# Base forms of common verbs; -s, -ed and -ing forms are recognised from these.
VERB_BASES = frozenset(
    "accept accuse act add admit agree aim allow announce appear apply appoint approve argue arrest "
    "ask assess attack attempt back ban base believe block blame call campaign cancel change charge "
    "claim close commit compare complain conclude condemn confirm consider continue control convict "
    "cost count create cut decide declare decline defend deliver demand deny deploy describe destroy "
    "detain develop die direct disclose dismiss drop elect employ end ensure establish expand expect "
    "explain face fail file finance fire fund help hire ignore impose improve include increase "
    "indicate inform introduce invade invest investigate issue join jail kill launch leak lie limit "
    "list live lobby meet move name need note obtain offer open oppose order own pass permit plan "
    "pledge post praise prevent promise propose protect protest prove provide publish push raise "
    "reach receive recognise recognize record reduce refuse reject release remain remove replace "
    "report represent require resign respond restrict return reveal review rule sanction save "
    "seize serve share show sign spend start state stay stop strike submit suggest support suspend "
    "target tax threaten try turn urge use vote want warn watch win work".split())
