"""Read a briefing's blocks as an editor does: each line in the light of what it sits under.

A block's lines are cut into units: a bold label line ("**Status**: ..."), a lead-in, a sentence
(or a sentence broken over lines). Each unit gets its context from, in order: its own bold label's
key, the lead-in above its list, a table's header, the bold pseudo-heading or heading above it.
A paragraph written one sentence per line is read line by line: each line needs its own citation,
so that an author sees which lines lack one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from briefings.linting import claims
from briefings.linting import grammar as G
from briefings.linting.blocks import RUNS_ON, Block
from briefings.linting.claims import Context
from briefings.linting.sentences import CITE
from briefings.linting.vocab import EXEMPTING, HEADER, HEADING, LEAD_IN, Vocabulary

_KEY = re.compile(r"^\*\*([^*]{1,60}?)\s*(?:\*\*\s*:|:\s*\*\*)\s*(.*)$", re.DOTALL)  # **Key**: value
_LABEL_LINE = re.compile(r"^\*\*[^*]+\*\*(?:\s*\([^()]*\))?\s*:?$")  # **Name** (Role): or **Heading** (10:42–10:58)
# a person's label with who they are after a comma, over what they did or said: "**Witness D**, a schoolteacher detained
# at the Orlen Pass checkpoint:" (no clause of its own: not "**Arkady Venn**, who ran the fund until 2021:")
_APPOSED = re.compile(r"^\*\*(?:(?-i:[A-Z])[\w'’.-]*\s){1,3}(?-i:[A-Z])[\w'’.-]*\*\*,\s+"  # a name of two to four capitalised words
                      r"(?:an? |the |(?-i:[a-z])[\w'’-]+ (?:of|to|at|in|for|from) )"  # a noun phrase: "a farmer", "mother of"
                      r"(?!(?:[^:]* )?the [^:]* the\b)"  # one "the" at most after it (not "the clinic the army shelled")
                      r"(?:(?!(?:who|whom|whose|which|that|where|when|while|after|before|since|because|and|accused|"
                      r"alleged|sacked|fired|convicted|charged|jailed|arrested|dismissed|paid|shelled|"
                      r"(?:jan|febr)uary|march|april|may|june|july|august|september|october|november|december|"
                      r"two|three|four|five|six|seven|eight|nine|ten|all|every)\b)[^\d,.;:!?*()\s]+ ){0,7}"
                      r"[^\d,.;:!?*()\s]+:$", re.IGNORECASE)
_WITNESS = re.compile(r"^\*\*(?:witness|source|interviewee|respondent|detainee|survivor|victim) [A-Z0-9]{1,3}\*\*,",
                      re.IGNORECASE)  # a witness's label: the bullets below are what the witness told
_ENDS_UNIT = (".", "!", "?", ":", "**", ".”", '."', "?**", ".**", ":**", "|")  # "|": a table row run on into a paragraph
# Kinds of heading or label under which a sentence that records the past still asserts it: a forecast
# or a response section tells what happened too (not a frame: "**Scenario**: The army seized power.").
_RECORD_OVERRIDES = frozenset(("forecast", "recommends"))
_STATED_FIRST = re.compile(r"\w\w[.!]\s+[A-Z\"“]")  # a sentence of its own before a bold question
# What the value of a key no vocabulary knows may be instead of a fact under it (a noun phrase there,
# "**Real influence**: Broad and growing", still asserts).
_ON_ITS_OWN = frozenset(("imperative", "prescription, not a statement of fact", "opinion of the speaker",
                         "the speaker's own plan or stance", "the authors' own estimate", "hypothesis", "question",
                         "describes the briefing itself"))  # "**What we did**: We examined the file's properties."
# A value that names how or why something happened is a topic, not a record ("**Read it for**: how the
# politics of the reform actually worked"; not "**Response**: When the ministry learned of it, it ...").
_HOW = re.compile(r"(?:how|why|whether)\b", re.IGNORECASE)
_TOLD_LATER = _RECORD_OVERRIDES | {"questions"}  # where a list item's later sentence may record the past
_EXEMPT_KIND = {"hypothesis": "frames", "forecast": "forecast", "hedged": "forecast", "question": "questions",
                "prescription, not a statement of fact": "recommends", "imperative": "recommends",
                "frames an open question": "questions", "describes the briefing itself": "meta",
                "corrects the briefing itself": "meta",
                claims.DATA_NOTE: "meta"}


@dataclass(frozen=True)
class Unit:
    """Text to assess with its context; `own` when a citation covers this unit alone."""

    block: Block
    line0: int
    text: str
    context: Context
    own: bool
    index: int


def units(blocks: Sequence[Block], vocab: Vocabulary) -> Iterator[Unit]:
    """Every unit of every block, in source order."""
    pseudo: tuple[str, str] = ("", "")
    heading = None
    section: tuple[str, str] = ("", "")
    index = 0
    for block in blocks:
        if block.heading != heading:
            heading, pseudo = block.heading, ("", "")
            section = (vocab.of(HEADING, heading), _short(heading)) if heading else ("", "")
        lines = _units(block)
        breaks = sum(max(0, sum(1 for line in text.split("\n") if line.strip()) - 1) for _, text in block.segments)  # not
        # across the lines left blank as markup (a table's head run on into the paragraph)
        own = block.kind in ("paragraph", "quote", "item") and len(lines) > 1 and 3 * (len(lines) - 1) >= 2 * breaks
        if own and block.kind == "quote":  # one quotation, its source on the attribution line: unless cited line by
            # line, or each line a quotation with its own speaker ('> "..." — a resident', '> "..." — a nurse')
            own = sum(CITE in text for _, text in lines) > 1 or sum(bool(_ATTRIBUTED.search(t)) for _, t in lines) > 1
        term = ""  # a bold term whose definition may follow on the next line ("**Marta Anselm**\n: Lead applicant")
        for position, (line0, text) in enumerate(lines):
            index += 1
            bare = text.replace(CITE, "").strip()
            if term and bare.startswith(": "):
                text = f"**{term}**{text.lstrip()}"  # a definition list's entry reads as a label and its value
            term = ""
            if _LABEL_LINE.match(bare):
                inner = bare.split("**")[1]
                if bare.endswith("**") and not inner.rstrip().endswith((".", "!")):
                    if _read_too(inner, pseudo[0], section[0]):
                        yield _unit(block, line0, text, _around(block, vocab, pseudo, section), own, index, vocab)
                    pseudo, term = (_heading_kind(inner, vocab), _short(inner)), inner.strip()
                    continue
                if not bare.split("**")[1].rstrip().endswith((".", "!")):
                    continue  # a label for what follows
            around = _around(block, vocab, pseudo, section)
            yield _unit(block, line0, text, around, own, index, vocab, later=position > 0)


def _unit(block: Block, line0: int, text: str, around: Context, own: bool, index: int,
          vocab: Vocabulary, *, later: bool = False) -> Unit:
    """`later`: not the first unit of its block (a list item's second sentence has a subject of its own:
    "- Summon the two evaluators. Both still work at the ministry.")."""
    fragment = block.kind in ("item", "row")
    sentence = not fragment or (later and block.kind == "item")
    place = {"item": "item", "row": "row"}.get(block.kind, "")
    key = _KEY.match(text.lstrip())
    if block.front and not key and block.kind in ("paragraph", "quote") and claims.masthead(text.replace(CITE, "")):
        return Unit(block, line0, text, Context("meta", "the briefing's masthead", fragment, place), own, index)
    if not key and block.kind == "paragraph" and _APPOSED.match(text.replace(CITE, "").strip()):
        return Unit(block, line0, text, Context("meta", "a person's label", fragment, place), own, index)
    if not key and block.kind == "paragraph" and text.rstrip().endswith(":"):
        kind = vocab.of(LEAD_IN, text.replace(CITE, "").replace("**", "").strip())
        if kind in EXEMPTING and (kind in ("meta", "topics", "questions") or claims.frames_only(text)):  # "Our criteria for including a
            # ship among the 61:" is the briefing's own method, "The Trust calls on the authorities to:" its demands
            return Unit(block, line0, text, Context(kind, _short(text), fragment, place), own, index)
    if key and key.group(2).strip():
        name, value = key.group(1).strip(), key.group(2)
        kind = vocab.of_key(name, front=block.front, value=value)
        if kind in ("asserts", "") and _PENDING.fullmatch(value.strip(" *_.")):
            kind = "meta"  # "**Adopted**: not yet", "**Grant value**: to be confirmed": nothing stated yet
        elif kind == "asserts" and around.kind in EXEMPTING and claims.assess(value).exempt == "imperative":
            kind = ""  # "- **Displaced**: prioritise shelter for families": a fact key as the topic of an instruction
        if kind in _RECORD_OVERRIDES and not _HOW.match(value) and not _instruction(value) and (
                claims.records_past(value) or claims.reports_speech(value)):
            kind = ""  # "**Response**: The ministry suspended two managers.": an event, not a remedy
        elif kind == "meta" and ";" in value and _STEPS.match(name) and any(
                claims.records_past(part) and _DIGITS.search(part) and claims.assess(part).exempt != "describes the briefing itself"
                for part in value.split(";")[1:]):
            kind = ""  # "**What we did**: We interviewed 12 officials; nine said the memo circulated in May": a finding
        rated = _RATED.match(value.strip()) if kind in EXEMPTING or (not kind and around.kind in EXEMPTING) else None
        if rated:  # "**Confidence**: Low—the accounts kept one shift pattern for ten weeks": a rating's reason states
            return Unit(block, line0, rated.group(1), Context("asserts", f"{name}:", True, "value"), own, index)
        if kind == "asserts" and around.kind == "topics":
            kind = "topics"  # a glossary's term: "- **Nominee director**: a person registered as a director ..."
        if not kind and around.kind not in EXEMPTING and not block.front and (
                _on_its_own(name, value) or (_ASKS_FOR.search(name) and _instruction(value)
                                             and not claims.participle_or_count(value.split(" ", 1)[-1])
                                             and not _DIGITS.search(value))):
            # without its full stop: "**What the committee is asked to do**: Report on the bill before its second reading"
            return Unit(block, line0, value, Context("", f"{name}:", True, "value"), own, index)
        if kind or around.kind not in EXEMPTING:  # a label's own kind beats its section's: a fact label
            # under a forecast section, a "**See**:" pointer under recommendations
            kind = kind or ("meta" if block.front else "asserts")
            return Unit(block, line0, value, Context(kind, f"{name}:", True, "value"), own, index)
    said = key.group(2) if key and key.group(2).strip() else text  # a label's value: "**What it involves**: Propose ..."
    if _records_despite(around, not sentence, later) and (
            _records(said, around, not sentence) or claims.reports_projection(said) or (
            _present_despite(around, later, key is not None) and claims.states_present(said))):
        around = claims.NEUTRAL  # "## Outlook\n\nThe longest talks, in 2011, lasted four months." or "The
        # coalition holds 52 of the 100 seats." (not a watch list's "- New gas discounts announced")
    if around.kind:
        return Unit(block, line0, text, Context(around.kind, around.label, fragment, place), own, index)
    return Unit(block, line0, text, Context("", "", fragment, place), own, index)


def _read_too(inner: str, pseudo: str, section: str) -> bool:
    """Whether a bold pseudo-heading is also read as a line: an interviewer's question that states a fact
    first ("**The treaty was signed in a wet decade. Was it badly drafted?**"), or a finding as a headline
    ("**2. Dismissals follow public criticism**"), outside forecast and scenario sections unless it records the
    past ("**The coalition has already lost its majority**" under "## Outlook")."""
    if inner.rstrip().endswith("?") and _STATED_FIRST.search(inner):
        return True
    return _headline(inner) and ((section not in EXEMPTING and pseudo not in EXEMPTING)
                                 or (section in _RECORD_OVERRIDES and claims.records_past(inner)))


def _heading_kind(inner: str, vocab: Vocabulary) -> str:
    """The kind a bold pseudo-heading gives the lines below it: none for an interviewer's question, whose
    answer is read on its own, unless it asks what comes or what to do ("**What next?**", "**What should
    the government do?**")."""
    kind = vocab.of(HEADING, inner)
    return "" if inner.rstrip().endswith("?") and kind not in EXEMPTING else kind


def _headline(inner: str) -> bool:
    """A bold line that is a sentence stating what someone or something does, is or has done now ("**2. Dismissals
    follow public criticism**", "**Foreign funding has become a lever**"); not a label ("**Option B: ...**"),
    a quoted claim, a title-case heading ("**What the Minister Said**") or a noun phrase ending in a verb-like
    word ("**The Sarkis Foundation grants**", "**Councils graded D or E**")."""
    text = _NUMBERED.sub("", inner.strip())
    words = text.split()
    if any(c in text for c in _NOT_HEADLINE) or ("," in text and _DIGIT.search(text.rsplit(",", 1)[1])) \
            or len(words) < 3 or G.is_third_person(words[-1].lower()) \
            or all(w[:1].isupper() or w in _SMALL_WORDS for w in words):
        return False
    verdict = claims.assess(text)
    return verdict.is_assertion and any(s.startswith("states what '") and s.endswith(_HEADLINE_VERBS) for s in verdict.signals)


_NUMBERED = re.compile(r"^(?:[A-Z]{0,3}-?\d{1,3}|[A-Z])[.)]\s+")  # "2.", "B)", "M-2."
_NOT_HEADLINE = frozenset(':?;()"“”')
_DIGIT = re.compile(r"\d")  # a date after the last comma: "**M-2. Eastern market fires, 3–4 March**" is a label
_SMALL_WORDS = frozenset("a an the of in on at to for and or but by with from as".split())  # title case
_HEADLINE_VERBS = ("' do", "' does", "' is", "' are", "' has done", "' have done")


def _on_its_own(name: str, value: str) -> bool:
    """Whether the value of a key no vocabulary knows is a sentence of advice or a view, read on its own
    ("**Advice**: Ask the ministry for the regional lists.", "**Framing**: In our reading, ..."), not a
    fact under the key (a fact box's noun phrase: "**Who makes it**: Transport Minister Jonas Reff.")."""
    said = value.replace(CITE, "").strip().strip("*_ ")
    words = said.split()
    if len(words) < 2 or not said[:1].isupper() or not said.endswith((".", "!")) or _RATED.match(said):
        return False  # (a rating and its reason: "**Weight**: Moderate—the deadline pressure was real")
    why = claims.assess(said, Context("", f"{name}:", True, "value")).exempt
    if why not in _ON_ITS_OWN or any(claims.records_past(part) for part in _PARTS.split(said)[1:] if part.strip()):
        return False  # "**Pattern**: Consider the 2019 case: the minister fired three judges within a week"
    first = words[0].lower()
    return why != "imperative" or (words[1][:1].islower() and first not in _PAST_AS_BASE and not (
        first in _PAST_OR_BASE and _YEAR.search(said)))  # not "Transport Minister ...", "**Fallout**: Cost the treasury
    # 40 million talers", "**Legacy**: Set up the anti-corruption agency in 2015" (but "**Tip**: Set aside a day")


def _instruction(value: str) -> bool:
    """A value that opens with a verb's base form and its lowercase object: an instruction, whatever participle
    follows ("**Recommendation**: Tie grants to schools inspected and approved, not to applications"); not a
    past that names its year ("**Response**: Cut the levy in 2023") nor a name ("Transport Minister Reff ...")."""
    words = value.replace(CITE, "").strip().strip("*_ ").split()
    if len(words) < 2 or not words[1][:1].islower():
        return False
    first = words[0].lower()
    if not G.is_base(first) or G.is_past(first) or first in _PAST_AS_BASE or (first in _PAST_OR_BASE and _YEAR.search(value)):
        return False
    for side in _REASON.finditer(value):  # "..., since 40% of deliveries in 2024 were never used": a record
        before = value[: side.start()].split()
        if side.group().lower() in _WH and before and (G.is_base(before[-1].lower()) or before[-1].lower() in _ASKING):
            continue  # "Ask where the money went", "Find out which officials signed": the instruction's question
        return not claims.records_past(value[side.end():].strip(" ,"))
    return True


# a key that asks for an action, whose value is the action asked for even without its full stop: "**What the committee
# is asked to do**: Report on the bill before its second reading" (not "**Aftermath**: Report by the auditor ...")
_ASKS_FOR = re.compile(r"\b(?:is|are) (?:now )?asked to (?:do|decide|consider|agree|approve)\b", re.IGNORECASE)
_PARTS = re.compile(r"[:;]\s+(?!(?:why|what|who|whom|which|where|when|how|whether)\b)", re.IGNORECASE)  # not an
# indirect question: "**Advice**: Press the minister on one point: why the tender was cancelled."
_STEPS = re.compile(r"^(?:what we did|how we worked|how we did it|method|methods|methodology|our method|approach|our approach)$",
                    re.IGNORECASE)  # a finding with its count after them: "...; four had no running water"
_DIGITS = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|most|all|none)\b",
                     re.IGNORECASE)
_PAST_AS_BASE = frozenset("cost hit spread burst hurt".split())  # rarely an instruction
_PAST_OR_BASE = frozenset("cut put set shut split let read quit cast".split())  # a record when it names a year
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_REASON = re.compile(r"[;:]|\b(?:since|because|as|after|given that|which|when|where)\b", re.IGNORECASE)
_WH = frozenset(("which", "when", "where"))
_ASKING = frozenset(("out", "ask", "asks", "know", "learn", "establish", "check", "determine", "clarify", "explain",
                     "show", "confirm", "verify", "investigate", "examine", "disclose", "publish", "say", "state"))


# a fact box's value not known yet
_PENDING = re.compile(r"(?:not yet(?: \w+)?|not (?:scored|rated|graded|assessed)(?: (?:this|in this) (?:year|edition|round))?|"
                      r"pending|n/?a|tbc|tbd|to be (?:confirmed|decided|announced|assessed|determined|"
                      r"set|agreed)|(?:figures? |data )?not (?:yet )?available|unknown|none (?:yet|obvious|known|identified))", re.IGNORECASE)


def _records(text: str, around: Context, item: bool) -> bool:
    """A record of the past; an item under a recommendation or a response must tell what was done,
    its doer first, not be an option or a demand (`claims.records_done`)."""
    if item and around.kind == "recommends":
        return claims.records_done(text, bare="respon" in around.label.lower())
    if around.kind == "meta":  # a method section: what another did, not the authors' own steps
        return claims.records_others(text)
    return claims.records_past(text)


def later_context(unit: Unit, sentence: str) -> Context:
    """The context of a block's second or later sentence: where its own subject makes it a full
    sentence, a record of the past asserts even under a forecast, a recommendation, questions or the
    authors' verdict ("- Summon the two evaluators. Both still work at the ministry."), and so does a
    present fact in a list item under a forecast or a recommendation."""
    around = unit.context
    if _later_records(unit.block.kind, around) and claims.records_past(sentence):
        return claims.NEUTRAL
    if unit.block.kind == "item" and around.place != "value" and around.kind in _RECORD_OVERRIDES \
            and claims.states_present(sentence):
        return claims.NEUTRAL
    return around


def _later_records(kind: str, around: Context) -> bool:
    """Whether a later sentence that records the past asserts in this context: after the authors'
    verdict ("**Our assessment**: False. The contract went to the State Printing Works.", not a
    scenario's story: "**Scenario**: ... It then ..."), in a paragraph under a forecast or
    recommendations heading ("Ministers should not expect quick results. The fleet took two years to
    build."), and in a list item under such a heading or lead-in or under questions ("- How many
    letters were returned? He answered none of them.")."""
    if around.place == "value":
        return around.kind == "frames" and bool(_VERDICT.match(around.label))
    if kind == "paragraph":
        return not around.place and around.kind in _RECORD_OVERRIDES
    return kind == "item" and around.kind in _TOLD_LATER


# The authors' verdict on a claim, whose later sentences give the record it rests on.
_VERDICT = re.compile(r"^(?:our|the authors') (?:assessment|verdict|rating|view|judge?ment)\s*:?$", re.IGNORECASE)
_ONE_SCENARIO = re.compile(r"(?:scenario\s+(?:[A-Z]|\d+|one|two|three|four)\b|(?:baseline|central|best[- ]case|"
                           r"worst[- ]case|optimistic|pessimistic|alternative|main)\s+scenario\b)", re.IGNORECASE)


def _present_despite(around: Context, later: bool, keyed: bool) -> bool:
    """Whether a present fact asserts in spite of this context too: in the running text of a forecast
    section, and in a later sentence under a forecast or recommendation heading or lead-in."""
    if around.kind == "meta":
        return False  # a method section's present tense is the method ("We use a minimum of 15 litres")
    if around.place == HEADING:  # not a scenario's own story ("### Scenario A\n\nKelmark builds the garrison")
        return not keyed and (around.kind == "forecast" or later) and not _ONE_SCENARIO.match(around.label)
    return later and not around.place


def _records_despite(around: Context, fragment: bool, later: bool = False) -> bool:
    """Whether a record of the past asserts in spite of this context: in the running text of a forecast
    or a response section, in a list item under a response or actions heading or lead-in (what was
    done), in a list item's second sentence under such a lead-in or a questions one, and in a row
    under the authors' view ("| Event | Our concern |")."""
    if around.place == HEADING:  # and an item under a response or actions heading that tells what was done
        return (around.kind in _RECORD_OVERRIDES and (not fragment or around.kind == "recommends")) or (
            around.kind == "meta" and not fragment and not around.label.lower().startswith("about"))
        # another's record in a method section (`claims.records_others`), not in "## About the mission"
    if not around.place and later:  # "- How many letters were returned? He answered none of them."
        return around.kind in _TOLD_LATER
    if not around.place and fragment:  # "**Response**\n- Partners have opened three treatment units"
        return around.kind == "recommends"
    return around.place == HEADER and around.kind == "frames"


# A rating and the reason for it: "Low—the accounts kept ...", "Moderate: the timing fits, but ..."
_RATED = re.compile(r"^(?:(?:very|fairly|quite|rather)\s+)?(?:high|medium|moderate|low|strong|weak|limited|genuine|"
                    r"authentic|forged|fake|true|false|accurate|misleading)"
                    r"(?:\s+to\s+(?:high|medium|moderate|low))?\s*(?:[—–]|\s-+\s|:)\s*(\S.*)$", re.IGNORECASE | re.DOTALL)
_NOT_YET = re.compile(r"\(f\)|\bf\b|forecast|projected|projection|\bproj\b|estimate|\best\b|target|trigger|signal|"
                      r"baseline|expected|outlook|goal|plan|by\b|if\b", re.IGNORECASE)
_INDICATOR = re.compile(r"\s*indicators?\s*(?:\||$)", re.IGNORECASE)
_MEANING = re.compile(r"\b(?:would|could|might|suggests?|means?|meaning|signals?|points? to|why|what|watch|warning|sign|"
                      r"status|current|now|readings?|interpretation|implications?|description|source|risk|"
                      r"likelihood|probability|level|direction|trend|alert|case|scenario|flag|threshold|red|amber|"
                      r"green)\b", re.IGNORECASE)


_OWN_ESTIMATES = re.compile(r"\b(?:sets out|shows|gives|lists) (?:our|the authors['’]) (?:own )?(?:estimates?|projections?|"
                            r"forecasts?|scenarios?|calculations?)\b|"  # "The table below sets out our own estimates"
                            # a caption naming the authors' projections: "Table 2. Staff projections, assuming no ..."
                            r"^\**(?:table|figure|chart) [a-z]?\d{1,2}[a-z]?\**[.:]\**\s+(?:our|staff|the authors['’]) (?:own )?"
                            r"(?:projections|forecasts|estimates|scenarios)\b(?![^|]*\b(?:outturns?|actuals?|recorded|past)\b)",
                            re.IGNORECASE)


_YEAR_COLUMN = re.compile(r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? )?((?:19|20)\d\d)$", re.IGNORECASE)
_THIS_YEAR = date.today().year
# the direction between the years shown, or where each figure comes from
_CHANGE = re.compile(r"(?:direction|trend|sources?|status)$", re.IGNORECASE)  # "| Indicator | June 2025 | Minimum
# standard | Status |": a reading against a standard


def _measured(header: str) -> bool:
    """No column after the indicator's names a forecast, a threshold, a meaning or a reading: the
    columns are periods, counts or places ("| Indicator | 3–9 Mar | Total |", "| Indicator | Accounts
    showing it |", "| Indicator | Ombria |"), or past years or readings with the direction between them
    and the source of each figure ("| Indicator | Latest reading | Three months earlier | Direction |")."""
    columns = [c.strip() for c in header.split("|")[1:] if c.strip()]
    taken = [c for c in columns if _TAKEN.match(c)]
    dated = bool(taken) or any((year := _YEAR_COLUMN.match(c)) is not None and int(year.group(1)) <= _THIS_YEAR
                               for c in columns)
    # past years or months: "| Indicator | 2022 | 2024 | Direction | Source |" (not targets for 2030)
    return bool(columns) and not any(_NOT_YET.search(c) or (_MEANING.search(c) and not (dated and _CHANGE.match(c)))
                                     for c in columns if c not in taken)


# a reading already taken: "Latest reading", "Previous", "Three months earlier", "A year ago"
_TAKEN = re.compile(r"(?:latest|last|current|previous|prior|earlier)(?: (?:reading|value|figure|level|data|print))?$|"
                    r"(?:(?:a|one|two|three|four|five|six|nine|twelve|\d{1,2}) (?:weeks?|months?|quarters?|years?) "
                    r"(?:earlier|ago|before)|(?:a|the) (?:week|month|quarter|year) (?:earlier|ago|before))$", re.IGNORECASE)


def _around(block: Block, vocab: Vocabulary, pseudo: tuple[str, str], section: tuple[str, str]) -> Context:
    """The context a block inherits: its list's lead-in, its table's header, or the headings above."""
    if block.kind == "item" and block.lead_in:
        kind, label = _lead_in(block.lead_in, vocab, block.front)
        if kind:
            return Context(kind, label)
    if block.kind == "row":
        kind = vocab.of(HEADER, block.header)
        if kind == "forecast" and _INDICATOR.match(block.header) and _measured(block.header):
            kind = ""  # "| Indicator | 3–9 Mar | 10–16 Mar | Total |": readings of past periods, a fact table
        if kind:
            return Context(kind, block.header, place=HEADER)
        if _OWN_ESTIMATES.search(block.lead_in):  # "The table below sets out our own estimates of ...:"
            return Context("forecast", _short(block.lead_in), place=HEADER)
    for kind, label in (pseudo, section):
        if kind and (kind != "asserts" or block.kind in ("item", "row")):  # a fact section's lists and tables
            return Context(kind, label, place=HEADING)
    if block.kind == "row":
        return Context("asserts", "")
    return claims.NEUTRAL


def _lead_in(line: str, vocab: Vocabulary, front: bool) -> tuple[str, str]:
    """What a lead-in makes of the items below it (computed once per list, not per item)."""
    key = (f"lead-in:{front}", line)
    known = vocab.seen.get(key)
    if known is None:
        kind, label = _read_lead_in(line, vocab, front)
        known = vocab.seen[key] = f"{kind}\0{label}"
    kind, label = known.split("\0", 1)
    return kind, label


def _read_lead_in(line: str, vocab: Vocabulary, front: bool) -> tuple[str, str]:
    """What a lead-in makes of the items below it: its vocabulary, or its own verdict."""
    bare = line.replace(CITE, "").strip()
    key = _KEY.match(bare)
    if key:
        name = key.group(1).strip()
        kind = vocab.of_key(name, front=front) or _framing(vocab.of(LEAD_IN, name))  # "**Possible explanations ...**:"
        if not kind and not front and (key.group(2).strip() or _records_label(name, front)):
            kind = "asserts"  # **Real influence**: Broad and growing, and a list that shows it
        return kind, f"{name}:"
    if _LABEL_LINE.match(bare) or _APPOSED.match(bare):
        name = bare.split("**")[1]
        kind = vocab.of_key(name, front=front) or _framing(vocab.of(LEAD_IN, name)) or (
            "asserts" if "(" in bare or (_APPOSED.match(bare) and _WITNESS.match(bare)) else "")
        return kind or ("asserts" if _records_label(name, front) else ""), name
    last = bare.replace("**", "")
    for sentence in re.split(r"(?<=[.;!?])\s+", last)[-1:]:
        kind = vocab.of(LEAD_IN, sentence)
        if kind:
            return kind, _short(sentence)
        verdict = claims.assess(sentence.rstrip(": "))
        if verdict.is_assertion:
            return "asserts", _short(sentence)
        if verdict.exempt in _EXEMPT_KIND:
            return _EXEMPT_KIND[verdict.exempt], _short(sentence)
    return "", ""


def _framing(kind: str) -> str:
    """A lead-in word that frames, read in a bold label too ("**Possible explanations for the fall**:");
    not one that asserts, which a label's first words can hold by chance ("**After the result**:")."""
    return kind if kind in EXEMPTING else ""


def _records_label(name: str, front: bool) -> bool:
    """A bold label that records what someone did makes its items facts: "**Powers he has used most**:"."""
    return not front and ":" not in name and not _LETTERED.match(name) and claims.records_past(name)


_LETTERED = re.compile(r"^[A-H][.)]\s")  # one of several lettered readings: "**B. A forgery built from public documents**"


def _short(text: str) -> str:
    text = text.replace("**", "").strip()
    return text if len(text) <= 40 else text[:37].rstrip() + "..."


# a quotation's speaker on the line below it: "— Ilse Marrow, opening statement" (one unit with the quote,
# whose finding and citation cover both lines)
_SPEAKER = re.compile(r"^\s*(?:[—–―]|--)\s*\S")
# a line that is one quotation and its speaker: '"They took the field." — a resident of the new town'
_ATTRIBUTED = re.compile(r"^\s*[\"“][^\n]*[\"”][^\"“”\n]{0,3}[—–]\s*[^\"“”\n]{1,120}$")


def _units(block: Block) -> list[tuple[int, str]]:
    """The block's lines grouped into units: a new unit after a line that ends a sentence, a
    label, a lead-in or a quotation's attribution, or before a line that opens with a bold label."""
    if block.kind == "row":
        return [(block.line0, block.text)]
    found: list[tuple[int, str]] = []
    for line0, text in block.segments:
        start = line0
        parts: list[str] = []
        last = ""  # the last line with text (past lines left blank as markup)
        for offset, line in enumerate(text.split("\n")):
            if parts and not (block.kind == "quote" and _SPEAKER.match(line)) and (
                    line.lstrip().startswith("**") or _ends(last) or line0 + offset in block.italic
                          or (block.kind == "quote" and (_ATTRIBUTED.search(last) is not None
                                                         or _SPEAKER.match(last) is not None))
                          or line0 + offset - 1 in block.italic or _keyed_before(parts, line)) and _uncited(line).strip():
                found.append((start, "\n".join(parts)))
                start, parts, last = line0 + offset, [], ""
            parts.append(line)
            last = line if line.strip() else last
        if parts:
            found.append((start, "\n".join(parts)))
    return found


def _keyed_before(parts: list[str], line: str) -> bool:
    """A label line ("**Debt**: ARD 2.3 billion, as in 2019") is a unit of its own when a capital opens the
    next line ("Much of the growth probably reflects ...")."""
    if len(parts) != 1 or not line.lstrip()[:1].isupper() or RUNS_ON.search(_uncited(parts[0]).rstrip()):
        return False
    return _KEY.match(parts[0].lstrip()) is not None or _NAMED.match(_uncited(parts[0]).strip()) is not None


# A bold name and what they are, as the heading of a profile: "**Mirela Saska**, President of the Republic"
_NAMED = re.compile(r"^\*\*[^*]{2,60}\*\*,\s+[^.!?;:*]{1,100}$")
_CITED_TAIL = re.compile(r"\s*\([^()]*" + CITE + r"\)\s*$|" + CITE + r"+\s*$")


def _uncited(line: str) -> str:
    """The line without its trailing citations (most lines have none: no regex scan then)."""
    return _CITED_TAIL.sub("", line) if CITE in line else line


def _ends(line: str) -> bool:
    bare = _uncited(line).rstrip()
    return bare.rstrip(")]\"”’'").endswith(_ENDS_UNIT) or bare.endswith(_ENDS_UNIT) or _LABEL_LINE.match(bare) is not None
