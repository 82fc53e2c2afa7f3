"""Does a sentence assert a checkable fact? Rules only, and every verdict names its signal.

`assess(sentence, context)` returns the signals that fired ("quotes someone", "dated event",
"states what 'Both' do", "evidence item under 'Evidence:'") or, when the sentence is not an
assertion, why not ("question", "forecast", "imperative", ...). The context is what the sentence
sits under: a bold label, a lead-in above its list, a heading, a table header (see `vocab`).
"""

from __future__ import annotations

import re
from datetime import date
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from briefings.linting import grammar as G
from briefings.linting import metatext as N
from briefings.linting import signals as S
from briefings.linting import words as W
from briefings.linting.scan import Scan
from briefings.linting.vocab import EXEMPTING

_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’\-]*")
DATA_NOTE = "describes the briefing's figures"
_OPEN_QUESTION = re.compile(r"\b(?:disagree|differ|debate|debated|ask|asked|wonder|unclear|unknown|"
                            r"uncertain|open question)\b[^.;]*?\b(?:why|whether|how|if)\b|\b(?:hard|too early|"
                            r"difficult|impossible) to (?:say|tell|judge|know)\b|\bremains? to be seen\b|"
                            # a question as the subject: "How much of the fall reflects the reform is hard to separate"
                            r"^(?:how|what|which|whether)\b[^.;]*\b(?:hard|difficult|impossible) to (?:separate|disentangle|"
                            r"untangle|isolate|measure|quantify|establish|pin down)\b|"
                            r"\bis (?:the|an) (?:open |real )?(?:question|test)\b|\bis for the \w+ to decide\b|"
                            r"\bcannot yet (?:answer|say|tell)\b|\b(?:remains?|is|are) open\b(?!\s+(?:at all|to|for|from|on|daily|again|until|"
                            r"between|every|only|as))|"
                            # "The published material leaves several questions open:"
                            r"^(?:the|this|that|its|their|his|her|our)\b[^,;:]{0,60}? leaves? (?:(?:several|some|many|a few|"
                            r"two|three|four|five|these|important|key|basic) )*questions (?:open|unanswered)[\s:.]*$", re.IGNORECASE)
# "Who built it is still open", "Whether he knew is not established": a question as the subject
_UNKNOWN = re.compile(r"^(?:who|what|why|how|whether|which)\b(?!.*\buntil\b).*\b(?:(?:remains?|is|are|was|were) "
                      r"(?:still |yet )?(?:open|not (?:yet )?(?:established|known|clear|settled))|cannot (?:yet |now )?be "
                      r"(?:measured|known|established|determined|answered|judged|assessed|told))\b", re.IGNORECASE)
# the question the briefing puts: "The question for the committee is whether a third rescue will end differently"
_QUESTION_IS = re.compile(r"the (?:(?:real|main|key|central|open|first|second|only|harder|bigger) )?(?:question|issue|test) "
                          r"(?:for [^,;:]{1,40} )?(?:now )?is whether\b")
_AND_IT = re.compile(r"(?:,\s+(?:and|but)|;)\s+(?:it|they|this|that)\s+(?:still\s+)?$", re.IGNORECASE)
_XREF_ONLY = re.compile(r"^(?:see\s+(?:also\s+)?)?crossref(?:\s*(?:\([^)]*\)|[-–—:,]\s*[a-z][^.]*))?[.;]?$",
                        re.IGNORECASE)
_DISCOURSE = re.compile(r"^(?:(?:" + "|".join(re.escape(d) for d in W.DISCOURSE) + r")\b[\s,.—–-]*)+",
                        re.IGNORECASE)
_NORMATIVE = Scan(re.compile(r"\b(?:" + "|".join(re.escape(n) for n in W.NORMATIVE) + r")\b"), W.NORMATIVE)
# Words without which a pattern cannot match: most sentences skip most scans.
_DISCOURSE_FIRSTS = frozenset(d.split()[0] for d in W.DISCOURSE)
_NORMATIVE_WORDS = W.NORMATIVE_KEYS
_OPEN_WORDS = frozenset("disagree differ debate debated ask asked wonder unclear unknown uncertain open hard early "
                        "difficult impossible remains remain seen question test decide cannot established known clear settled "
                        "unanswered".split())
_REPORTED = frozenset("said wrote told announced stated pledged promised threatened warned vowed "
                      "declared reported claimed insisted says projects projected argued ruled held concluded "
                      "found recommended proposed say announce announces forecasts predicts predicted expects "
                      "estimates".split())  # someone's own forecast: "The ministry forecasts that ...", "Two states announce that ..."
_STATED_FACT = re.compile(r"\b(?:(?:is|be|are|was|were|'s|’s)\s+(?:just\s+|simply\s+|also\s+|all\s+)?(?:(?:a|an\s+established)"
                          r"\s+fact|(?:a\s+)?matter\s+of\s+(?:public\s+)?record|on\s+the\s+(?:public\s+)?record|settled\s+law)"
                          r"|not\s+(?:a\s+)?matter\s+of\s+(?:opinion|interpretation|conjecture)"
                          r"|(?:is|are|was|were)\s+(?:simply\s+|just\s+)?(?:(?:plain|simple|basic)\s+)?(?:arithmetic|fact|evidence|"
                          r"record),?\s+(?:not|rather\s+than)\s+(?:an?\s+)?(?:interpretation|opinion|conjecture|speculation|inference|"
                          r"guesswork|guess)"
                          r"|(?:is|are|was|were)\s+(?:all\s+|also\s+|fully\s+|publicly\s+)?(?:recorded|documented)\s+(?:in|by)"
                          r"(?!\s+(?:the\s+|this\s+)?(?:annex|appendix|table|tables|section|briefing|notes?|below|above)\b)"
                          r"|(?:not|none\s+of\s+(?:this|that|it|these|those)\s+(?:is|are|was|were))\s+in\s+(?:dispute|doubt)"
                          r"|beyond\s+(?:any\s+|all\s+|reasonable\s+)?(?:doubt|dispute|question))\b", re.IGNORECASE)
# A verdict on what someone said: "That was not true.", "That's not true.", "The ministry's figure is incorrect."
_VERDICT_WORDS = frozenset("true untrue false correct incorrect accurate inaccurate".split())
_VERDICT_ON = re.compile(
    r"^(?:(?:that|this|it)(?:['’]s| is| was)|(?:none of (?:this|that|it)|(?:(?:%s) )?(?:[\w’']+['’]s )?(?:claim|statement|"
    r"account|figure|allegation|denial|explanation|version|report)s?) (?:is|was|are|were))(?: not|n['’]t| never)? "
    r"(?:%s)[.!]?$" % ("|".join(sorted(W.NOUN_OPENERS)), "|".join(sorted(_VERDICT_WORDS))), re.IGNORECASE)
_STATED_FACT_WORDS = frozenset(("fact", "record", "law", "opinion", "interpretation", "conjecture", "recorded",
                                "documented", "dispute", "doubt", "question", "speculation", "inference", "guesswork", "guess"))
_SUBJECT_BREAK = re.compile(r",\s|[;:()\[\]—–]|\s-+\s|(?<=\w\w)\.\s+(?=[A-Z])")  # "No. He won"
_SUBJECT_BREAK_CHARS = frozenset(",;:()[]—–-.")  # one of them is in every match
_TITLE_DOT = re.compile(r"\b(Mrs?|Ms|Dr|Prof|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Maj|Adm|St|Jr|Sr|Rev|Hon)\.")
_ASIDE_STARTS = G.PREPOSITIONS | _DISCOURSE_FIRSTS | {"for", "uh", "um", "er", "like", "say", "however", "meanwhile",
                                                       "moreover", "therefore", "though", "too", "according", "it"}
_ASIDE_VERBS = W.VIEW_VERBS | {"know", "mean", "see", "guess", "recall", "remember"}
_HEDGES = frozenset("may might could can would".split())
_MONTH_MAY = re.compile(r"^[|\s]*(?:May\s+\d|May\s*[|:]|\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s+May\b)")  # "May 14, 1968",
# "20 May 2025: ...", "12–13 May", a table row's "| 5 May | 16,700 |" and "| May | 1,940 |"
_BASE_STARTS = W.IMPERATIVES | W.VERB_BASES
_SPEAKER = W.FIRST_PERSON | {"me", "your", "you"}
# The speaker in a noun's relative clause about the research ("on any of the lists we searched",
# "everyone we spoke to"): not talk, unlike the speaker anywhere else in a sentence.
_RELATIVE_SPEAKER = re.compile(r"\b(?!(?:and|but|or|so|that|what|which|who|how|where|when|why|then|than|now|well|"
                               r"because|if|as)\b)[a-z]{3,}\s+(?:that\s+)?we\s+(?:(?:could|can|have|had)\s+)?(?:\w+ed|spoke|"
                               r"saw|seen|met|heard|found|read|chose|knew|check|verify|confirm|see|find|reach)\b", re.IGNORECASE)
# ... or only when the authors asked for something: "The ministry did not answer when we asked which figures ..."
_WHEN_WE_ASKED = re.compile(r"(?<=\w)(?:,\s*|\s+)(?:when|after|before|until|since)\s+we\s+(?:first\s+|last\s+)?(?:asked|contacted|"
                            r"wrote|requested|approached|called|emailed|sent|raised|put)\b", re.IGNORECASE)
# A sentence opening with one of these puts its first verb in a side clause ("Where the evidence
# runs thin, the text says so").
_SUBORDINATORS = frozenset("where when whenever wherever if unless while whilst although though as since because "
                           "once until before after".split())
_RELATIVES = frozenset("that which who whom whose".split())
_DEFINITE = frozenset("the this that".split()) | (W.POSSESSIVES - {"our"})  # "our": the author's own, not a named thing
_DISCOURSE_WORDS = frozenset(d for d in W.DISCOURSE if " " not in d) | {"then"}
_PLAN_AFTER_BE = tuple(p.split() for p in W.PLAN_AFTER_BE)
_PLAN_HEADS = frozenset(f"{who}{tail}" for who in ("i", "we") for q in "'’" for tail in ("", f"{q}ll", f"{q}d", f"{q}m", f"{q}re")
                        ) | {"let", "let's", "let’s"}


@dataclass(frozen=True)
class Context:
    """What a sentence sits under: a vocabulary kind, the words that set it, and whether the
    sentence may lack a subject (a list item, a label's value, a table row)."""

    kind: str = ""
    label: str = ""
    fragment: bool = False
    place: str = ""  # item | value | row | "" (running text); "heading", "header": what a block inherits from a heading or a table's header
    depth: int = 0  # how many later clauses deep (_later_clause): bounded, whatever a hostile line nests


NEUTRAL = Context()


@dataclass(frozen=True)
class Verdict:
    """Signals that make a sentence an assertion, or why it is not one."""

    signals: tuple[str, ...] = ()
    exempt: str = ""

    @property
    def is_assertion(self) -> bool:
        """True when at least one signal fired and nothing exempts the sentence."""
        return bool(self.signals) and not self.exempt


# A colon or semicolon between clauses (not a time such as 10:30).
_CLAUSE_BREAK = re.compile(r"(?<!\d)[:;](?!\d)|[:;](?=\s)")  # not "10:42", "2:1"; "before 2019; the ..."
_VIEW_FRAME = Scan(re.compile(r"\b(?:(?:i|we)\s+(?:(?:" + "|".join(sorted(W.INTENSIFIERS | {"do", "don't", "did", "didn't"}))
                              + r")\s+)*(?:" + "|".join(sorted(W.VIEW_VERBS)) + r")|in (?:my|our|the (?:mission|authors|team|desk|"
                              r"observers)['’]s?) (?:view|opinion|assessment|judge?ment))\b",
                              re.IGNORECASE), (*sorted(W.VIEW_VERBS), "view", "opinion", "assessment", "judgement", "judgment"))


def assess(sentence: str, context: Context = NEUTRAL, *, fragment_ok: bool = False) -> Verdict:
    """Signals of a checkable fact in one sentence read in its context; `fragment_ok` for a list
    item without a subject outside any context."""
    if fragment_ok and not context.fragment:
        context = Context(context.kind, context.label, True, "item", context.depth)
    if "\n" in sentence:  # a sentence wrapped over lines reads as one line ("hard to\nseparate")
        sentence = " ".join(sentence.split())
    return _assess(sentence, context)


@lru_cache(maxsize=8192)  # labels, placeholders and stock phrases recur across a library's briefings
def _assess(sentence: str, context: Context) -> Verdict:
    text = _RUN_IN.sub("", sentence.strip()).strip("*_ ").strip()
    put = _PUT_TO.match(text)
    if put:  # "Asked by the chair whether ..., Marrow said that ...": the answer is the sentence
        text = text[put.end():]
    words = _WORD.findall(text)
    if context.kind in EXEMPTING:
        if context.kind != "forecast" or context.place == "row" or not _dated_past(text, words):
            return Verdict(exempt=f"{context.kind} under '{context.label}'")
        # a record of a past year under a forecast heading ("## What to watch" over "- The ministry closed
        # 12 clinics in 2024"): read as under no heading
        context = Context("", "", context.fragment, context.place, context.depth)
    if not words:
        numbers = S.numeric(text) if context.kind == "asserts" else []
        return Verdict(signals=(_context_reason(context), *numbers)) if numbers else Verdict(exempt="no words")
    lower = [w.lower().strip("'’-") for w in words]
    if "may" in lower:  # the month, not the modal: "May 14, 1968", "in May"
        lower = [w if w != "may" or (words[i] == "may" or (i == 0 and not _MONTH_MAY.search(text[:12]))) else "may-month"
                 for i, w in enumerate(lower)]
    first = G.clause(words, lower)
    clause = _past_aside(text, words, lower, first)
    clause = _own_subject(text, words, first) if clause is first else clause
    kind = G.fragment(lower, words) if context.fragment else ""
    if kind == "noun" and (_term_instruction(text, lower) or _inquiry(text, lower)):
        kind = "imperative"
    present = set(lower)
    quote = S.quote(text) if '"' in text or "“" in text or "”" in text else ""
    numeric = S.numeric(text, present)
    if numeric and text.endswith(":") and lower[0] in _COUNTS and not _DIGITS.search(text):
        numeric = [n for n in numeric if n != "states a number"]  # "Three scenarios are worth keeping in mind:"
    exempt = _exemption(text, lower, present, quote, numeric, clause, kind, context)
    if (exempt in _BEFORE_SEMICOLON and (";" in text or (exempt in _OPEN_OR_HEDGED and _COORDINATED.search(text)))) \
            or (exempt in _FACTIVE_EXEMPT and _FACTIVE.search(text)) or (exempt in _LOOKS_AHEAD and _record_after(text)):
        own = context if exempt != "describes the briefing itself" else Context(depth=context.depth)  # not a row's
        later = _later_clause(text, own)  # "Do not treat them as a bloc; many were chosen for ...",
        if later.is_assertion:  # "Remember that the court was packed in 2019"
            return later
    if exempt == "describes the briefing itself" and "(" in text:
        bare = _POINTER.sub("", text).strip()  # "Exports fell 12% in 2024 (see table 2)": the record, not its pointer
        if bare != text and _WORD.search(bare):
            pointed = assess(bare, context)
            if pointed.is_assertion:
                return pointed
    if exempt in _LOOKS_AHEAD and context.place == "row" and context.kind == "asserts" and "|" in text:
        finding = _finding_cell(text)  # "| Ballots will be discarded | 4 Feb 2025 | Pencil ballots are valid |"
        if finding.is_assertion:
            return finding
        if _labelled_row(text):  # "| Rights that may be suspended | Assembly, movement, press |": the modal names the row
            return Verdict(signals=("row of a fact table",))
    if exempt:
        return Verdict(exempt=exempt)
    grammar = _grammar(clause, kind, words, context, text) or _not_required(text, clause)
    if grammar and not context.kind and _spoken(text, lower) and not _owned_object(lower, clause) \
            and not grammar.startswith(("states what the speaker", "reports what")) \
            and not _reports(clause, lower):
        grammar = ""  # "you know, they have done a great job": talk, not a record
    vague = S.vague(text, present)
    if vague and grammar.startswith("states what the speaker") and _WHOM_WE_ASKED.search(vague):
        grammar = ""  # "Residents we interviewed said ...": whom the authors asked, not what they did
    weak = [s for s in (S.superlative(_unquoted(text, lower), present), S.causal(text, present),
                        S.comparison(text, present)) if s]
    # a change of level, or an attribution that introduces what is said, carries its own verb: never a
    # bare topic ("Officials at the ministry insist that ..."; not "It's important that people know")
    own_verb = [s for s in (vague if _introduces(text, vague) else "", S.level(lower, present)) if s]
    weak += [vague] if vague and not own_verb[:1] == [vague] else []
    signals = ([_context_reason(context)] if context.kind == "asserts" else []) + [s for s in (quote, *numeric) if s]
    signals += ([grammar] if grammar else []) + weak + own_verb
    if not signals and _ANSWER.match(text):
        signals = ["answers the question"]  # "Yes, but late.", "Partly, and the size of that part is disputed."
    if not signals:
        later = _later_clause(text, context)
        if not later.is_assertion and not present.isdisjoint(_VERDICT_WORDS) and _VERDICT_ON.match(text):
            return Verdict(signals=(f"verdict on what was said ('{' '.join(words[-2:]).lower()}')",))
        if later.is_assertion or present.isdisjoint(_STATED_FACT_WORDS) or not _STATED_FACT.search(text):
            return later
        signals = ["claims it is a fact"]  # "That happens to be a fact.": certainty about what came before
    if signals == [grammar] and _judgement(clause, lower):
        later = _later_clause(text, context) if _FACTIVE.search(text) else Verdict()
        return later if later.is_assertion else Verdict(exempt="a judgement, not a checkable fact")
        # ("Senator McCain is right that the earmarks process has been abused": the process was)
    if weak and signals == weak and clause.kind == "" and kind in ("", "noun"):
        return Verdict(exempt="topic without a verb")
    short = len(words) <= 4 or (text.endswith(":") and clause.kind == "" and not weak)
    if not grammar and not quote and context.kind != "asserts" and short and text.endswith((".", ":")) \
            and all(n == "dated event" for n in numeric) and signals[0] not in _NOT_LABELS:
        return Verdict(exempt="label")  # "**20 January 2025.**" heading a timeline item, a table's caption
        # with no verb ("Withdrawals from the river by sector, 2023 (km³ a year):")
    certainty = S.certainty(text, present)
    return Verdict(signals=tuple(signals) + ((certainty,) if certainty else ()))


# a pointer to another part of the briefing in brackets: "(see table 2)", "(see section 4 for the full list)"
_POINTER = re.compile(r"\s*[(\[](?:see|cf\.?|compare|as shown in|details in)\b[^()\[\]]{0,60}[)\]]", re.IGNORECASE)


def _labelled_row(row: str) -> bool:
    """A fact table's row whose modals are a rule's: may or can only in its name, must or cannot anywhere ("| Rights
    that may be suspended | Assembly, movement, press |", "| Parliament's role | Notified within 7 days | Must
    approve within 7 days |"), with no forecast word ("| Exports will rise 5% | 2026 |" looks ahead) and a word or
    figure in every cell after the first."""
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    words = {w.lower() for w in _WORD.findall(row)}
    later = {w.lower() for c in cells[1:] for w in _WORD.findall(c)}
    return len(cells) >= 2 and not words.isdisjoint(_RULE_MODALS) and (words & W.MODALS) <= _RULE_MODALS \
        and later.isdisjoint(_POSSIBLE) and words.isdisjoint(W.FORECAST) \
        and all(_WORD.search(c) or _DIGITS.search(c) for c in cells[1:])


_POSSIBLE = frozenset(("can", "may"))  # in a later cell, what could be ("| Greens | Can be persuaded to abstain |")


def _finding_cell(row: str) -> Verdict:
    """A fact table's later cell that states a record of its own (a fact check's finding on a claim that
    forecasts: "| Ballots will be discarded | 4 Feb 2025 | Pencil ballots are valid |"), as the row's verdict."""
    for cell in row.split("|")[1:]:
        verdict = assess(cell.strip(), NEUTRAL)
        if any(s.startswith("states what") for s in verdict.signals):
            return Verdict(signals=("row of a fact table", *verdict.signals))
    return Verdict()


# A question put to the speaker before what they said: "Asked by Maren Tolle whether ..., Marrow said ...",
# "Pressed on the cost, the minister conceded ...".
_PUT_TO = re.compile(r"^(?:asked|pressed|questioned|challenged)\b[^,;:]{0,200}?,\s+(?=(?-i:[A-Z])|(?:he|she|they|it|we)\b)",
                     re.IGNORECASE)
_NOT_LABELS = frozenset(("claims it is a fact", "answers the question"))
_QUOTED_TERM = re.compile(r'"[^"]{1,60}"|“[^”]{1,60}”')


def _unquoted(text: str, lower: list[str]) -> list[str]:
    """The words outside quotation marks: a quoted term's superlative is the term, not a claim ('Check
    whether a "record low" refers to a daily reading')."""
    if '"' not in text and "“" not in text:
        return lower
    return [w.lower().strip("'’-") for w in _WORD.findall(_QUOTED_TERM.sub(" ", text))]


# A short answer with its qualification, as a FAQ answers ("Yes, but late.", "Not in most cities.", "Yes,
# except with the designated companies"); not a bare "No." nor "No, and ask your counsel".
_ANSWER = re.compile(r"^(?:(?:yes|no|partly|largely|mostly|only|in part)\b,?\s+(?:but|and|except|though|although|"
                     r"in|on|at|for|with|by|since|until|after|before|when|most|some|many|all)|not (?:in|on|at|since|until|"
                     r"after|before|most|all|always|yet|quite|much|many|entirely|fully|everywhere))\b(?![^.;:]*\?)"
                     r"(?!\s+(?:ask|speak|check|see|talk|contact|consult|read|call|write|i|i'm|i’m|we|you|let)\b)",
                     re.IGNORECASE)
# A paragraph number ("3.1 We judge that ...") or a run-in bold label that ends in a stop ("**Judgement
# 1.** We assess that ...", "**Confidence: high.** The company was formed ..."): numbering, not a figure.
_RUN_IN = re.compile(r"^(?:\[[ xX]\]\s+|\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z])|\*\*(?:[^*\d]{1,40}\d{1,3}|[^*:]{1,30}:[^*.]{1,20})\.\*\*"
                     r"(?:\s+(?=\S)|$))")  # a number or a colon: a label, not a bold sentence
_LEADING_PHRASE = re.compile(r"^(?:from|in|by|before|after|until|during|for|on|at|over|within)\s+[^,;:]{1,30},\s+",
                             re.IGNORECASE)
_INSTRUCTIONS = frozenset(("imperative", "prescription, not a statement of fact"))
# Exemptions of a first clause that leave a clause after a semicolon to be read on its own ("We could
# not establish who owns the firm; the registry shows only a nominee shareholder.")
DEFINES = "defines a term"
_ABOUT_ITSELF = "describes the briefing itself"
PRESENTATION_NOTE = "says how the briefing presents its material"  # (not "the briefing itself": "They ..." after it
AUTHORS_WORK = "tells the authors' own work"  # is read on its own)
_BEFORE_SEMICOLON = _INSTRUCTIONS | {"hedged", "frames an open question", _ABOUT_ITSELF, DEFINES, PRESENTATION_NOTE,
                                     AUTHORS_WORK}
_OPEN_OR_HEDGED = frozenset(("hedged", "frames an open question"))  # and a record after ", but the army ..."
# a forecast or a hedge whose colon or semicolon leads to a record of its own: "Some of the fall may be real:
# Drossa lost thousands of residents after two canneries closed in 2022", "An appeal is likely; the court has
# overturned two political convictions since 2015" (briefing-dev policy: each main clause is judged)
_LOOKS_AHEAD = frozenset(("hedged", "forecast"))
_FORECAST_DONE = frozenset("forecast predicted projected warned".split())  # done by another: a record
_COUNTS = W.SPELLED_NUMBERS | W.SMALL_NUMBERS
_DIGITS = re.compile(r"\d")
_ASIDE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b[^,;:()]*,")
_ING_ASIDE = re.compile(r"[A-Z][\w'’ -]{0,40}?(,\s+[a-z]+ing\b[^,;:()]*,)")  # a short subject, then the aside


def _past_aside(text: str, words: list[str], lower: list[str], clause: G.Clause) -> G.Clause:
    """The main clause after a relative clause set off by commas: "Her deputy, who had served under
    Arvelo, replaced her" is about what the deputy did, not the aside's "had served"; so after a
    participle's aside right behind the subject ("Ruud's chapter, using the same permit data, finds
    no such effect", not "... same permit data" finding it)."""
    relative = not clause.subject and clause.index >= 1 and lower[clause.index - 1] in ("who", "which", "whose")
    aside = _ASIDE_CLAUSE.search(text) if relative else _ING_ASIDE.match(text) if "ing" in text else None
    if aside is None:
        return clause
    start, end = aside.span(aside.lastindex or 0)
    rest = _WORD.findall(text[:start] + text[end - 1:])
    main = G.clause(rest, [w.lower().strip("'’-") for w in rest])
    removed = len(words) - len(rest)
    if not main.subject or main.index < len(_WORD.findall(text[:start])):
        return clause
    return replace(main, index=main.index + removed)


def _refers_only(text: str, clause: G.Clause) -> bool:
    """"The options set out below differ in cost", "Table 4 counts a sheet as altered only if ..."
    describe the briefing; "The ministry denies the payments described above" and "He has never
    accepted the episodes described above" are about what someone did (the reference comes after
    the verb, or the verb records)."""
    found = N.REFERENCE.search(text)
    if found is None:
        return False
    scope = text[max(0, found.start() - 4):found.start()].lower() == "not "  # "... are not listed here"
    if scope:  # a figure may name what is left out, not state something after it
        return not S.numeric(text[found.end():])
    unnumbered = N.TABLE_NUMBER.sub("", text)
    if _names_only(text, clause):
        unnumbered = N.TABLE_SCOPE.sub("", unnumbered)
    if any(n != "dated event" for n in S.figures(unnumbered)):
        return False
    first = found.group(0).split()[0].lower()
    if first in N.NUMBERED and " that " in text and _that_follows_verb(text, clause):
        return False  # "Figure 3 shows that exports fell": what it shows is a claim (not "Table 1 lists the
        # moments that matter most")
    opening = found.start() == 0 and first in N.NUMBERED | {"we"}
    if clause.index < 0 or opening or (clause.kind and clause.verb.split()[-1].lower() == first):
        return True  # no verb, "We describe ...", "Table 4 counts ..." (not "Figure 3 shows that ..."), the verb found
    if first not in N.REFERRING:  # "compared ... in the table below", "this briefing does not try to"
        return clause.kind not in _RECORD_KINDS
    verb = next(islice(_WORD.finditer(text), clause.index, None), None)  # the subject is what it refers to
    return found.start() < (verb.start() if verb else len(text)) and clause.kind not in _RECORD_KINDS


_RULE_WORDS = re.compile(r"\b(?:under|law|laws|act|rules?|regulations?|code|curriculum|statute|constitution)\b|"
                         r"\bhave\s+to\s+(?:be\s+)?(?:register|registered|declare|declared|disclose|disclosed|file|filed|publish|"
                         r"published|report|reported|record|recorded|notify|notified|reveal|revealed|obtain|apply|sign|signed|"
                         r"consult|consulted|pay|paid|submit|submitted|attend|inform|informed|license|licensed|approved|"
                         r"audited|vetted|listed)\b", re.IGNORECASE)
_NOT_REQUIRED = re.compile(r"\b(?:do|does|did)\s*(?:not|n't|n’t)\s+(?:have|has)\s+to\b", re.IGNORECASE)


def _not_required(text: str, clause: G.Clause) -> str:
    """"Meetings at party events do not have to be recorded": what a rule does not require of someone or
    something named (not "We do not have to agree", "It does not have to be this way")."""
    found = _NOT_REQUIRED.search(text) if "to" in text else None
    head = clause.subject.lower().split()[:1]
    if found is None or not head or head[0] in _SPEAKER | {"i", "it", "this", "that", "there", "nobody", "no"} \
            or not _RULE_WORDS.search(text):
        return ""  # not "The government does not have to choose between growth and fairness": a view
    return f"states what the rules require ('{' '.join(found.group(0).split())}')"


# How often, not how many: "every five years", "twice a year".
_FREQUENCY = re.compile(r"\bevery (?:[\w-]+\s+)?(?:days?|weeks?|months?|quarters?|years?|decades?)\b|"
                        r"\b(?:once|twice) (?:a|per|every) (?:day|week|month|quarter|year)\b|\b(?:than|or) every [\w-]+\b",
                        re.IGNORECASE)


def _amounts_beside_frequency(text: str) -> bool:
    """Whether the sentence names an amount besides how often something should happen."""
    return any(n != "dated event" for n in S.numeric(_FREQUENCY.sub(" ", text)))


def _that_follows_verb(text: str, clause: G.Clause) -> bool:
    """"Figure 3 shows that ...", "Table 2 suggests, in short, that ...": a clause as the verb's object."""
    if clause.index < 0:
        return True
    after = [w.lower() for w in _WORD.findall(text)[clause.index + 1:clause.index + 5]]
    return "that" in after[:1] or ("that" in after and not any(w in W.NOUN_OPENERS - {"that"} for w in after))


def _names_only(text: str, clause: G.Clause) -> bool:
    """Whether what follows a table's verb only names things, with no clause of its own ("Table 1
    compares Year 2 results with the targets"; not "Table 2 shows all 14 outlets closed", "Table 3
    lists all seven ministers who resigned", "... Phase 2 of the programme, which ended early")."""
    words = _WORD.findall(text)[clause.index + 1:] if clause.index >= 0 else []
    lower = [w.lower() for w in words]
    return bool(words) and _RELATIVE_OR_TIME.isdisjoint(lower) and not G.clause(words, lower).kind


_RELATIVE_OR_TIME = frozenset("who whom whose which that where when while".split())  # (not _RELATIVES, above)


def may_describe_briefing(sentence: str) -> bool:
    """False when `assess(sentence)` cannot find that it describes the briefing itself (a cheap test)."""
    return N.META.search(sentence.strip().strip("*_ ").strip()) is not None


def _own_subject(text: str, words: list[str], clause: G.Clause) -> G.Clause:
    """The subject as the words after the last comma, dash or bracket before the verb: "John,
    nobody is denying" -> "nobody", "Under the new rules, hauliers pay" -> "hauliers"; in a table
    row, the words of the verb's own cell."""
    if not clause.subject or clause.index < 1:
        return clause
    verb = next(islice(_WORD.finditer(text), clause.index, None), None)
    head = text[:verb.start()] if verb else ""
    if "|" in head:  # a table row's: in the verb's own cell, or the cell before when the verb opens its own
        cells = head.split("|")  # ("| Accepted | Post advertised |": 'Post'; "| Halden | resigned |": 'Halden')
        own = _WORD.findall(cells[-1]) or _WORD.findall(cells[-2])
        return replace(clause, subject=G.subject(own))
    if _SUBJECT_BREAK_CHARS.isdisjoint(head) or not _SUBJECT_BREAK.search(head):
        return clause
    heads = [_WORD.findall(part) for part in _SUBJECT_BREAK.split(_TITLE_DOT.sub(r"\1", head))]
    # the last part that can name someone: not an aside ("The ministry, for instance, paid", "Varga,
    # I think, resigned") nor empty ("Varga, the party leader, resigned")
    part: list[str] = next((part for part in reversed(heads) if part and not _aside(part)), [])
    if clause.kind == "past" and G.keeps(part):
        return G.Clause("")  # "**What it involves**: Keep budget support suspended": an instruction's complement
    who = G.subject(part)
    return replace(clause, subject=who) if who else clause


def _aside(words: list[str]) -> bool:
    """"for instance", "in fact", "uh", "I think", "you know": words set off between a subject and its verb."""
    first = words[0].lower()
    if len(words) > 1 and G.is_participle(first):
        return True  # "The ministry, led by Varga, paid"
    if first in W.FIRST_PERSON:
        return len(words) > 1 and words[1].lower() in _ASIDE_VERBS
    return first in _ASIDE_STARTS and (first != "it" or len(words) > 1)  # "it seems", not the subject "It"


_CERTAIN_THAT = re.compile(r"(?:it|this|that)\s+(?:is|was|'s|’s)\s+(?:now\s+|also\s+|simply\s+)?(clear|certain|evident|"
                           r"obvious|true|undeniable|indisputable|beyond\s+(?:dispute|doubt|question)|well\s+(?:documented|"
                           r"established|known)|known|a\s+fact|on\s+the\s+(?:public\s+)?record|no\s+secret|not\s+in\s+dispute)"
                           r"\s+that\s+(?=\S+\s+\S+\s+\S)", re.IGNORECASE)


# Frames that take the clause after them as known (factive): "we know that", "remember that", "it is a
# disgrace that", "it is accurate to say that"; not negated ("I don't know that", "never realised that").
_FACTIVE = Scan(re.compile(r"\b(know|knows|knew|understand|remember|recall|realize|realise|realized|realised|note|"
                           r"forget|regret|remind(?:s|ed)?\s+(?:him|her|them|us|you|everyone|readers)|keep in mind|"
                           r"bear in mind|worth (?:noting|recalling|remembering)|(?:accurate|true|correct) to say|"
                           r"a (?:disgrace|shame|scandal|tragedy|fact)|(?:is|are|was|were) (?:absolutely |quite )?right|"
                           r"know this,|(?:this|our) (?:review|report|briefing|assessment|analysis|study|inquiry|investigation) "
                           r"(?:finds|found|concludes|concluded|shows|showed|establishes|established|confirms|confirmed)|"
                           # "The short answer is that the dry season has become much drier"
                           r"^(?:the|my|our) (?:(?:short|simple|honest|real|plain|blunt|uncomfortable)\s+)?(?:answer|truth|"
                           r"reality|upshot|problem|trouble) (?:is|was))"
                           r"\s+that\s+(?=\S+\s+\S+\s+\S)", re.IGNORECASE),
                ("know", "knew", "understand", "remember", "recall", "reali", "note", "forget", "regret", "remind", "mind",
                 "worth", " to say", "disgrace", "shame", "scandal", "tragedy", "fact", "right", "find", "found", "conclude",
                 "show", "establish", "confirm", "answer", "truth", "reality", "upshot", "problem", "trouble"))
_FACTIVE_EXEMPT = frozenset(("opinion of the speaker", "question", "imperative", "prescription, not a statement of fact",
                             "describes the briefing itself"))  # "This report shows that the ministry paid twice"
_ANSWER_FRAME = re.compile(r"\b(?:answer|truth|reality|upshot|problem|trouble) (?:is|was)$", re.IGNORECASE)
_NON_COMMITTAL = re.compile(r"\b(?:it depends|depends on|nobody knows|no one knows|points? both ways|cuts? both ways|"
                            r"both sides have a point|(?:is|are) (?:unclear|mixed|not clear)|we cannot (?:say|tell)|"
                            r"(?:we|the (?:data|evidence|figures|record|records|numbers|polls|documents))\s+(?:do|does|did)\s*"
                            r"(?:not|n't|n’t)\s+(?:say|show|tell|know|settle|prove))\b", re.IGNORECASE)  # not "the ministry did not say
# when the wells would reopen": a record
_NEGATED = re.compile(r"(?:n't|n’t|\bnot|\bnever|\bno)\s+(?:\w+\s+)?$", re.IGNORECASE)

_WH = frozenset("who whom whose what whether why how which".split())  # not "when", "where": side clauses


def _open_question(text: str, clause: G.Clause, numeric: list[str]) -> bool:
    """"Analysts disagree about whether ...", "Who paid is still open"; not a record of particular
    people asking ("Fifty-four deputies have asked the Court to rule on whether ...")."""
    found = _OPEN_QUESTION.search(text)
    if found is None:  # "Who paid is still open", not "What it cost, $4 million, is still not known"
        return _UNKNOWN.search(text) is not None and all(n == "dated event" for n in numeric)
    if found.group(0).lower().endswith(" open") and clause.kind in ("past", "perfect", "passive") \
            and _AND_IT.search(text[:found.start()]):
        return False  # "The prosecutor opened an inquiry in April, and it remains open": a record
    first = found.group(0).split()[0].lower()
    if first in ("asked", "asking") and (found.start() == 0 or text[:found.start()].lower().rstrip().endswith(
            ("been", "was", "were"))):
        return False  # a question put to someone, as an aside or a record: "Asked by the chair whether ..., the
        # director said ...", "... in which the agency had been asked whether the date was achievable"
    if _acts_first(text, clause, found.start()):
        return False  # "He deleted the post and said he had shared it "to ask whether it was real"", "It then asked
        # whether the scheme was needed, and found that ...": what was done, the question inside it
    asking = first in W.ASKED and clause.kind in ("past", "perfect") and clause.verb.split()[-1].lower() == first
    head = clause.subject.split()[0].lower() if clause.subject else ""
    counted = head.split("-")[0] in _COUNTS or head[:1].isdigit()
    return not (asking and (_names_someone(clause.subject) or counted))


_FOUND_AFTER = re.compile(r",\s+and\s+(?:then\s+)?(?:found|ruled|concluded|held|decided|established|showed)\s+that\b",
                          re.IGNORECASE)


def _acts_first(text: str, clause: G.Clause, question: int) -> bool:
    """Whether someone other than the speaker did something before the open question is named: a past or
    perfect main verb of another kind before it, or an asking followed by what was found ("..., and found
    that ..."); not "Analysts disagreed about whether ...", "We asked whether ..."."""
    if clause.kind not in ("past", "perfect") or not clause.subject \
            or clause.subject.split()[0].lower() in W.FIRST_PERSON | {"you", "i"}:
        return False
    verb = clause.verb.split()[-1].lower()
    at = re.search(rf"\b{re.escape(verb)}\b", text, re.IGNORECASE)
    if at is None or at.start() > question:
        return False
    if verb in _OPEN_WORDS or verb in W.ASKED:
        return _FOUND_AFTER.search(text, question) is not None
    return at.start() < question


def _later_clause(text: str, context: Context) -> Verdict:
    """"His record is not in dispute: he wrote the law": a clause after a colon or semicolon may
    state what the first one only introduces, and so may the clause a certainty frame introduces
    ("It is beyond dispute that the ministry paid the firm") and the clause a frame takes as known
    ("Remember that the court was packed in 2019", "It is a scandal that the ministry paid")."""
    if context.depth >= _DEEPEST:
        return Verdict()
    inner = Context(context.kind, context.label, False, context.place, context.depth + 1)
    certain = _CERTAIN_THAT.match(_DISCOURSE.sub("", text) if text.split(" ", 1)[0].lower() in _DISCOURSE_FIRSTS else text)
    if certain:
        verdict = assess(certain.string[certain.end():], inner)
        if verdict.is_assertion:
            return Verdict(signals=verdict.signals + (f"certainty word '{' '.join(certain.group(1).split())}'",))
    known = _FACTIVE.search(text)
    if known and not _NEGATED.search(text[max(known.start() - 12, 0):known.start()]):
        rest = text[known.end():]
        while (again := _FACTIVE.search(rest[:60])) is not None and rest[:again.start()].count(" ") <= 3:
            rest = rest[again.end():]  # "We know that we know that ...": one frame is enough
        verdict = assess(rest, inner)
        answer = _ANSWER_FRAME.search(known.group(1)) is not None
        if verdict.is_assertion and not (answer and _NON_COMMITTAL.search(rest)):  # "The short answer is that the dry
            # season has become drier" (not "... that the data do not say", "... that the evidence points both ways")
            return Verdict(signals=(f"takes as known ('{' '.join(known.group(1).split())} that')", *verdict.signals))
    appended = _appended_record(text)
    for part in (_clauses(text) + _COORDINATED.split(text)[1:])[1:] + ([appended] if appended else []):
        if part.count(" ") >= 2:
            verdict = assess(part, inner)
            if verdict.is_assertion:
                return verdict
    return Verdict()


_DEEPEST = 4


# ", and he has promised ...": a second clause with a subject of its own
_COORDINATED = re.compile(r",\s+(?:and|but)\s+(?=(?:he|she|they|it|his|her|their|its|the)\s)")


def _appended_record(text: str) -> str:
    """A noun phrase after the last comma of a rule's modal clause or a date set that records the past ("Prisoners
    cannot vote, a blanket ban the Constitutional Court upheld in 2019"), or ''; not after a forecast word ("Fares
    will probably rise in 2026, the first increase since 2015": a fact only inside a forecast), nor one that looks
    ahead."""
    head, comma, after = text.rpartition(", ")
    words = after.split()
    main = {w.lower() for w in _WORD.findall(head)}
    first = head.split(" ", 1)[0].lower()
    if "will" not in main and (not first.endswith("s") or first in ("this", "its", "his", "was", "has", "is")):
        return ""  # a rule binds a class ("Prisoners cannot vote, ..."), not "Parliament cannot ignore the audit, ..."
    if not comma or len(words) < 4 or words[0].lower() not in ("a", "an", "the") or main.isdisjoint(_APPENDING) \
            or not main.isdisjoint(W.FORECAST - _APPENDING) or not W.MODALS.isdisjoint(w.lower() for w in words):
        return ""
    return after if records_past(after) else ""


_RULE_MODALS = frozenset("can cannot can't can’t may must".split())
# a rule's own terms after its "must": a time limit or a condition ("must meet within 30 days of the results"; not
# "must surely strike the decree down", "must do far better", "must now choose")
_RULE_TERMS = re.compile(r"\bmust (?!surely|now|not let|do better|do more|do far)(?:[\w'’-]+ ){1,6}?(?:within|no later than|"
                         r"at least once|every|before the|once (?:a|an|the|it|they))\b")
_OWN_RULES = re.compile(r"under (?:the )?[\w-]+ of (?:this|our|the present) ")  # "Under the rules of this review, ..."
_APPENDING = _RULE_MODALS | {"will"}  # a rule, or a date set ("Tormalia will elect ... on 27 April, the first vote ...")


def _record_after(text: str) -> bool:
    """Whether a clause after the sentence's first colon or semicolon records the past on its own: its
    subject and its past verb first, no modal or forecast word in it, and not announced as the content
    of the forecast ("By 2030 the verdict will probably be simple: the reform failed", "... in one of two
    forms: the version the senate approved", "for example: a minister appointed his brother")."""
    if ":" not in text and ";" not in text:
        return False
    first, *rest = _clauses(text)
    if _ANNOUNCES.search(first):
        return False
    for part in rest:
        part = _APPOSITIVE.sub(" ", part, count=1)  # "the PNP's former partner, the Farmers' League, fell below ..."
        words = _WORD.findall(part)
        lower = [w.lower() for w in words]
        clause = G.clause(words, lower)
        if len(words) >= 3 and clause.kind in _RECORD_KINDS and 0 < clause.index <= 5 \
                and W.MODALS.isdisjoint(lower) and W.FORECAST.isdisjoint(lower) and records_past(part):
            return True
    return False


_APPOSITIVE = re.compile(r"(?<=\w),\s(?:the|a|an|its|their|his|her)\s[^,;:]{1,50},\s")
# the end of a clause that announces what follows as its own content: "will be simple:", "one conclusion:",
# "the same thing:", "in one of two forms:", "for example:", "define it narrowly:"
_ANNOUNCES = re.compile(r"(?:\b(?:one|two|three|four|five|six|several|a few|the same|a single|this|these|that)\s+"
                        r"[\w'’-]+|\b(?:simple|familiar|clear|obvious|plain|stark|similar|as follows|example|examples|"
                        r"instance|narrowly|broadly|this|these|thus)|\bsay|\bsays)\W*$", re.IGNORECASE)


def _clauses(text: str) -> list[str]:
    """The text cut at each colon or semicolon between clauses (most sentences have none: no scan)."""
    return _CLAUSE_BREAK.split(text) if ":" in text or ";" in text else [text]


def _context_reason(context: Context) -> str:
    label = context.label if len(context.label) <= 40 else context.label[:37].rstrip() + "..."
    if context.place == "row":
        return f"row of a fact table{f' under {label!r}' if label else ''}"
    if context.place == "value":
        return f"states a fact under '{label}'"
    return f"evidence item under '{label}'"


_LEADING_ADVERBS = G.ITEM_ADVERBS | {"no"}  # "No longer bids ...", "Still chairs ..."


def _grammar(clause: G.Clause, kind: str, words: list[str], context: Context, text: str = "") -> str:
    """The grammatical signal, in an editor's words."""
    if kind in ("past", "present") and len(words) > 2 and words[0].lower() in _LEADING_ADVERBS:
        words = words[2:] if words[0].lower() == "no" else words[1:]  # the verb, not "No longer" or "Still"
    if kind == "past":
        done = words[0]
        if words[0].lower() in _AUXILIARIES:  # "Has described", "Has still not published"
            last = next((i for i, w in enumerate(words[1:5], 1) if G.is_participle(w.lower()) and w.lower() != "been"),
                        next((i for i, w in enumerate(words[1:5], 1) if w.lower() == "been"), 1))
            done = " ".join(words[:last + 1])
        return f"states what someone did ('{done}')"
    if kind == "present" and _reports_item([w.lower() for w in words[:6]], kind):
        said = " ".join(words[:2]) if words[1:2] == ["out"] else words[0]
        return f"reports what someone says ('{said}')"  # "- Points out that parliament could ..."
    if kind == "present":
        return f"states what someone does ('{words[0]}')"
    who = clause.subject
    said = clause.verb.split()[-1].lower() if clause.kind in ("past", "perfect") else ""
    last = clause.index + len(clause.verb.split())
    nothing = said == "found" and " ".join(words[last:last + 2]).lower().startswith(("no ", "nothing"))
    if said in _REPORTED and who.lower().replace("’", "'") in ("you", "you've", "i", "i've", "we", "we've") \
            and not nothing and not {"as", "what"}.intersection(w.lower() for w in words[max(clause.index - 2, 0):clause.index]):
        speaker = who.replace("’", "'").split("'")[0]
        return f"reports what '{'I' if speaker == 'i' else speaker}' {said}"  # "You said ...", not "as I said"
    if who and any(w.lower() in W.FIRST_PERSON for w in who.split()):
        verb = clause.verb.split()[-1].lower()
        side = who.lower() == "you" and clause.index >= 2 and words[clause.index - 2].lower() in _SUBORDINATORS
        # ("When you cut taxes, you put people to work": anyone, not the speaker; not "When I closed ...")
        if clause.kind in ("past", "perfect") and verb not in W.TALK_VERBS and not nothing and not side:
            return f"states what the speaker did ('{clause.verb}')"  # "I voted against it", "we cut taxes"
        return ""  # the speaker's own doings and views: "I have put forward", "we've lost"
    if not who:
        return ""
    if clause.kind == "modal":
        return _modal_signal(clause, [w.lower() for w in words])
    if clause.kind in ("present", "past") and _called_to(clause, text):
        return ""  # "Proud Boys, stand back", "Over a longer period, let the states pay": an instruction
    shown = _shown(who)
    if clause.kind == "past":
        return f"states what '{shown}' did" if shown else f"states what happened ('{clause.verb}')"
    verb_words = [w.lower() for w in words[clause.index:clause.index + len(clause.verb.split()) + 1]]
    if clause.kind == "perfect" and who.lower() == "it" and not W.IMPERSONAL_PARTICIPLES.isdisjoint(verb_words[-2:]):
        return ""  # "It's been said that ...": an attribution (signals.vague), not something done
    if clause.kind == "perfect":
        aux = clause.verb.split()[0].lower().replace("’", "'")
        aux = "have" if aux.endswith("'ve") else "had" if aux.endswith("'d") else "has" if aux.endswith("'s") else aux
        return f"states what '{shown}' {aux} done" if shown else f"states what happened ('{clause.verb}')"
    if clause.kind == "passive":
        return f"states what was done ('{clause.verb}')"
    if clause.kind == "copula-past":
        return f"states what '{shown}' was" if shown else f"states what was so ('{clause.verb}')"
    head = _head(who)
    if clause.kind == "present" and (_introduced(clause, text) or _seems(words, clause.index)):
        return ""
    if clause.kind == "present" and (context.kind or _names_someone(who) or (_plural(who) and " " in who)
                                     or head in ("he", "she", "they") or _both_act(head, clause.verb)
                                     or _body_acts(who, clause.verb, words)
                                     or (head == "it" and (_rules(words, clause.index) or _it_acts(words, clause.index)))):
        if shown and clause.verb.lower() in ("says", "say"):
            return f"reports what '{shown}' {clause.verb.lower()}"  # "Varga says we should leave"
        return f"states what '{shown}' {'do' if _plural(shown) else 'does'}" if shown \
            else f"states what someone does ('{clause.verb}')"
    quantified = _quantified(words, clause) if clause.kind == "present" else ""
    if quantified:
        return f"states what '{quantified}' does"  # "No state in the region keeps a register", "Each renewal goes to a vote"
    if clause.kind == "present" and clause.verb.lower() in ("has", "have") and _counted(words, clause.index) \
            and (head.split()[0] in _DEFINITE or _names_someone(who) or (head == "it" and not _judged_after(words, clause.index))):
        return f"states what '{shown}' {clause.verb.lower()}"  # "The centre has no workshop", "The camp has one clinic"
    if clause.kind in ("copula", "copula-past") and head.split()[:1] == ["no"] and len(head.split()) > 1 \
            and head.split()[1] not in ("one", "matter") \
            and next((w.lower() for w in words[clause.index + 1:clause.index + 2]), "") in _NO_PREDICATES:
        return f"states what is so ('{who} {clause.verb.lower()}')"  # "No secondary education is available"
    share = _share(words, clause.index) if clause.kind == "present" else ""
    if share and clause.verb.split()[-1].lower() not in W.LINKING_VERBS:
        single = share.split()[0].lower() in _SINGLE_SHARES or not _plural(share)
        return f"states what '{share}' {'does' if single else 'do'}"
    if clause.kind in ("copula", "present-passive") and _names_someone(who) and not _activity(who, words, clause.index):
        return f"states what '{shown}' is" if shown else f"states what is so ('{clause.verb}')"
    if clause.kind == "copula" and _progressive(words, clause.index) and head.split()[-1] not in W.PREDICATIVE_HEADS \
            and (_names_someone(who) or head.split()[-1] in ("he", "she", "they") or (_plural(who) and " " in who)
                 or (head.split()[0] in _DEFINITE and " " in head)):
        return f"states what '{shown}' {'are' if _plural(shown) else 'is'} doing"  # "The economy is slowing down"
    if clause.kind in ("copula", "present-passive") and _still(words, clause.index) and (
            _names_someone(who) or (_plural(who) and " " in who) or head.split()[0] in _DEFINITE):
        return f"states what '{shown}' {'are' if _plural(shown) else 'is'}"  # "Both posts are still online"
    how_many = _exists(words, clause.index) if clause.kind == "copula" and head == "there" else ""
    if how_many:
        return f"states what there is ('there {clause.verb.lower()} {how_many}')"
    if clause.kind == "copula" and head.split()[-1] in ("he", "she", "they") and _identifies(words, clause.index):
        return f"states what '{shown}' {'are' if head.endswith('they') else 'is'}"  # "She is the head of the commission"
    if clause.kind == "copula" and _role_named(who, words, clause.index):
        return f"states who holds a role ('{who}')"  # "The trustee is Carrow Corporate Services"
    if clause.kind == "present-passive" and _by_someone(words, clause.index):
        return f"states who does what ('{clause.verb} by')"  # "The dam is run by Vasmere Hydro"
    return ""


# A subject that counts every or no member of a kind: what it does is checkable, member by member
# ("No state in the region keeps a public register", "Every renewal requires a vote"), unlike a wish or
# a need ("Every democracy needs a free press") or a linking verb.
_ALL_OR_NONE = frozenset("no each every".split())
_WISHES = frozenset("need needs want wants deserve deserves wish wishes hope hopes like likes love loves hate "
                    "hates seem seems appear appears look looks feel feels".split())


def _quantified(words: list[str], clause: G.Clause) -> str:
    """The subject when it counts all or none of a kind and acts ('' otherwise)."""
    before = words[:clause.index]
    if not 2 <= len(before) <= 6 or before[0].lower() not in _ALL_OR_NONE or not before[1].islower() \
            or before[1] in ("one", "matter", "it"):  # "No one knows", "No matter ...", "No. It assesses ..."
        return ""
    verb = clause.verb.split()[-1].lower()
    if verb in _WISHES or verb in W.LINKING_VERBS or any(w in (",", "and", "or") for w in before):
        return ""
    lower = [w.lower() for w in before]
    if any(w in N.META_WORDS or w in _OWN_PARTS for w in lower[1:]) or "of" in lower[1:2]:
        return ""  # the briefing's own parts: "Each entry below says ...", "Each of these options carries risks"
    return " ".join(before) if _tied(before) else ""  # not "No reform comes without cost"


def _tied(subject: list[str]) -> bool:
    """A subject tied to something particular: a place or a body after a preposition ("No state in the
    region", "Every contract of the authority"), a name or a figure."""
    for i, word in enumerate(subject[2:], 2):
        if word[:1].isupper() or word[:1].isdigit():
            return True
        if subject[i - 1].lower() in _PLACING and (word.lower() in _DEFINITE or word.lower().endswith(("'s", "’s"))):
            return True
    return False


_PLACING = frozenset("in of at on from across within under".split())
_OWN_PARTS = frozenset("option options statements claim claims source sources fact facts note notes scenario scenarios "
                       "lines percentage percentages figure figures amount amounts quotation quotations quote quotes "
                       "recommendation recommendations interviewee interviewees estimate estimates".split())


def _still(words: list[str], index: int) -> bool:
    """A state that lasts or ended, after the copula: "are still online", "is no longer in force" (not
    "is still unclear", "is still too early to say": what is not known)."""
    after = [w.lower() for w in words[index + 1:index + 4]]
    if after[:1] == ["still"] or after[:2] == ["no", "longer"]:
        rest = after[1:] if after[0] == "still" else after[2:]
        return bool(rest) and rest[0] not in _STILL_OPEN
    return False


_STILL_OPEN = frozenset("unclear unknown uncertain open possible likely unlikely early too to hard difficult "
                        "disputed debated contested".split())
_AUXILIARIES = W.HAVE | W.BE_PAST
_AS = frozenset(("as",))
_CLAUSE_SUBJECTS = frozenset("the it he she they we its their his her this that these those a an".split())
_NEGATIONS = frozenset("neither nobody none no not never".split())
# What a law, a bill or a contract would do is its content, not a forecast: "The bill would let the
# government reverse decisions", "Its two sharpest clauses would require a judge's warrant" (not "A
# new law would make voting compulsory": a hypothetical, nor "The deal will end the war": a forecast;
# words.INSTRUMENTS, words.LAW_EFFECTS).
_WOULD = frozenset(("would", "wouldn't", "wouldn’t"))


# What a law lets or bars: "Under the 1996 constitution a judge could be removed only after ...",
# "Parties may not take foreign money under the 2019 act", "Judges cannot be dismissed without a vote
# of the council" (not "The army could attack in spring": no rule named).
_PERMITS = frozenset("can cannot can't can’t could couldn't couldn’t may must".split())
_LEGAL = re.compile(r"\bunder (?:the |its |their )(?!(?:proposed|draft|planned|new|compromise|leaked|revised) )(?:[a-z-]+ ){0,2}(?:law|laws|constitution|"
                    r"rules|act|code|treaty|charter|statute|decree|regulations?|amendment|text)\b|\bby law\b|\blegally\b|"
                    r"\bunder (?:article|section|clause|paragraph|rule) \d+[a-z]?\b|"
                    r"\bwithout (?:the |prior |a |an )?(?:[a-z'’-]+ ){0,2}(?:approval|warrant|consent|permission|licen[cs]e)\b|"
                    r"\bcan be (?:jailed|fined|imprisoned|sentenced|dissolved|banned|struck off|deregistered|disqualified)\b"
                    r"(?!.*\b(?:proposed|draft|bill|next|soon|once|when|takes effect|take effect)\b)")  # a penalty in force


def _rule_verb(lower: list[str], modal: int) -> str:
    """"could be removed", "may veto", "cannot be dismissed": the modal and its verb."""
    verb = [lower[modal]]
    for word in lower[modal + 1:modal + 6]:
        verb.append(word)
        if word not in ("not", "be", "only", "also", "still", "lawfully", "legally") and word not in W.ADVERBS:
            verb += ["off"] if lower[modal + len(verb):modal + len(verb) + 1] == ["off"] else []  # "struck off"
            break
    return " ".join(verb)


def _modal_signal(clause: G.Clause, lower: list[str]) -> str:
    """What a modal clause records rather than forecasts: a refusal to say ("Neither man would say
    when", "The ministry would not comment"; not "Nobody would say that it failed") or what a particular
    law or contract would do (words.INSTRUMENTS); '' otherwise."""
    modal = lower[clause.index] if 0 <= clause.index < len(lower) else ""
    head = clause.subject.lower().split()
    if modal in _PERMITS and head and head[0] not in W.FIRST_PERSON and _LEGAL.search(" ".join(lower)):
        return f"states what the rules allow ('{_rule_verb(lower, clause.index)}')"
    if not head or head[0] in W.FIRST_PERSON or head[0] in ("you", "i"):
        return ""
    near = lower[clause.index + 1:clause.index + 3]
    if modal not in _WOULD:
        return ""
    after = [w for w in lower[clause.index + 1:clause.index + 5] if w not in ("not", "n't", "neither", "either")]
    verb, following = (after[0], after[1:2]) if after else ("", [])
    negated = modal != "would" or "not" in near or "neither" in near or head[0] in _NEGATIONS
    if verb in W.REFUSED and negated and not (following == ["that"] and head[0] in _NEGATIONS):
        return f"records a refusal ('{modal} {'not ' if 'not' in near else ''}{verb}')"
    determiner = lower[clause.index - len(head) - 1] if clause.index - len(head) - 1 >= 0 else ""
    if verb in W.LAW_EFFECTS and head[-1] in W.INSTRUMENTS and (head[0] in _DEFINITE or determiner in _DEFINITE):
        return f"states what '{_shown(clause.subject) or head[-1]}' would do"
    return ""


def _introduced(clause: G.Clause, text: str, subordinators: frozenset[str] = _SUBORDINATORS) -> bool:
    """A verb in a side clause: a subordinator ("as", "if", "when" ...) among the few words before it,
    with a subject after it and no comma between ("as the company presents it", "Where the three
    largest state banks lend"; not "Since 2021 the president has", "Since the coup, Varga controls")."""
    found = list(islice(_WORD.finditer(text), clause.index + 1))
    if clause.index < 1 or len(found) <= clause.index:
        return False
    for before in range(clause.index - 1, max(clause.index - 7, -1), -1):
        if found[before].group().lower() in subordinators:
            after = found[before + 1].group() if before + 1 < clause.index else ""
            gap = text[found[before].end():found[clause.index].start()]
            return (after.lower() in _CLAUSE_SUBJECTS or after[:1].isupper()) and _SUBJECT_BREAK_CHARS.isdisjoint(gap)
    return False


# "The government is preparing a new law", "They are getting crushed": what someone is doing now;
# not an aim or a problem named by a gerund ("The aim is winning back trust": words.PREDICATIVE_HEADS), nor
# an adjective in -ing ("The evidence is compelling").
_NOT_DOING = frozenset("becoming seeming going looking meaning having".split())  # a state or a forecast


def _progressive(words: list[str], index: int) -> bool:
    for word in words[index + 1:index + 4]:
        low = word.lower()
        if G.adverb(low) or low in ("not", "no", "longer"):
            continue
        return len(low) > 5 and low.endswith("ing") and not {low} & (W.ING_NOUNS | W.ING_ADJECTIVES | _NOT_DOING)
    return False


# "There is no clause in the contract ...", "There are now only two channels not owned by the state":
# none, only, few or more of something, in or of something particular; not "There is no doubt",
# "There are three ways to cut the deficit", "There is no excuse for the delay".
_HOW_MANY = frozenset("no only more fewer few".split())
_PARTICULAR = _DEFINITE | {"these", "those", "any"}


def _particular(after: list[str], *, article: bool = False) -> bool:
    """"the contract", "any of those", "Meravia", and with `article` "a Ministry decision": something
    particular."""
    first = after[0].lower()
    return first in _PARTICULAR or after[0][:1].isupper() or (article and first in ("a", "an") and len(after) > 1
                                                               and after[1][:1].isupper())


def _exists(words: list[str], index: int) -> str:
    """The word that makes "there is" a count of something particular ("no", "only"), or ''."""
    low = [w.lower() for w in words[index + 1:index + 12]]
    start = next((i for i, w in enumerate(low) if w in _HOW_MANY or (w not in W.ADVERBS and w != "longer")), len(low))
    if start >= len(low) or low[start] not in _HOW_MANY or start + 1 >= len(low) or low[start + 1] in W.NOT_COUNTED:
        return ""
    rest = words[index + 2 + start:index + 12]
    found = any(w.lower() in G.PREPOSITIONS and _particular(rest[i + 1:i + 3])
                or w.lower() == "against" and _particular(rest[i + 1:i + 3], article=True)
                or (i <= 1 and w.lower() in _LINKING and _particular(rest[i + 1:i + 3])) for i, w in enumerate(rest[:-1]))
    return low[start] if found else ""


# what ties the thing counted to something particular: "There is no pipeline linking the two systems"
_LINKING = frozenset("linking connecting joining serving crossing covering reaching".split())


# The predicate of "he is", "they are" that says who someone is: a role in something particular
# ("She is the head of the electoral commission", "He is a member of the ruling party", "He is on the
# board of the state bank") or a name ("They are members of NATO", "he is on Medicare"); not a verdict
# or a description ("He is right", "They are the problem", "She is a victim of her own success", "He
# is a man of his word", "She is at the heart of the problem").


def _role_named(who: str, words: list[str], index: int) -> bool:
    """"The trustee is Carrow Corporate Services", "The chair is Ana Ruiz": a role held by a name (not
    "The question is Whether", "The answer is No", nor "The minister is Deeply Unpopular")."""
    head = who.lower().split()
    after = words[index + 1:index + 3]
    return len(head) == 2 and head[0] == "the" and head[1] in W.ROLE_NOUNS and len(after) == 2 \
        and all(w[:1].isupper() and w.lower() not in W.COMMON and not G.adverb(w.lower()) for w in after)


def _identifies(words: list[str], index: int) -> bool:
    rest = []
    for word in words[index + 1:index + 9]:
        if word.lower() in _RELATIVES or word.lower() in ("and", "but", "because", "if", "when", "as"):
            break
        rest.append(word)
    low = [w.lower() for w in rest if w.lower() not in W.ADVERBS and w.lower() not in ("not", "no", "longer")]
    if any(w[:1].isupper() and w.lower() not in W.COMMON and w != "I" for w in rest):
        return True
    role = next((i for i, w in enumerate(low[:4]) if w in W.ROLE_NOUNS), -1)
    return role >= 0 and low[role + 1:role + 2] in (["of"], ["at"], ["on"], ["to"])


# "Some of that money ends up ...", "Most of the judges owe their posts to him": what a share of
# something particular does (not "Some argue", nor "Most of them seem ...": words.LINKING_VERBS), unless
# the something is the briefing's own ("Some of the recommendations require new money").
_SHARES = (G.COUNTING_PRONOUNS - {"both"}) | {"much", "half", "part", "one"}
_SINGLE_SHARES = frozenset("much each one part half none".split())
_OWN = frozenset("options recommendations scenarios proposals steps questions readings explanations measures ideas "
                 "remedies points".split())


def _share(words: list[str], index: int) -> str:
    """The share as written ("Most of the judges"), or ''."""
    lows = [w.lower() for w in words[:index]]
    for i, low in enumerate(lows[:-2]):
        if low in _SHARES and lows[i + 1] == "of" and (lows[i + 2] in _PARTICULAR or lows[i + 2] in ("them", "us")
                                                        or words[i + 2][:1].isupper()):
            end = next((j for j in range(i + 3, index) if lows[j] in G.PREPOSITIONS or lows[j] in W.ADVERBS
                        or lows[j] in _RELATIVES), index) - 1  # "Most of the former judges" (now work ...)
            return "" if lows[end] in _OWN else " ".join(words[i:end + 1])
    return ""


def _called_to(clause: G.Clause, text: str) -> bool:
    """A base-form verb right after the sentence's only comma, with no pronoun or definite subject
    before it: an instruction to someone addressed or after a leading phrase ("Proud Boys, stand
    back", "Over a longer period, let the states pay"; not "They, too, want ...", "Two of his sons,
    both lawyers, run the firm")."""
    verb = clause.verb.lower()
    if " " in verb or not (verb in W.VERB_BASES or verb in W.IMPERATIVES) or clause.index < 1:
        return False
    found = list(islice(_WORD.finditer(text), clause.index + 1))
    if len(found) <= clause.index:
        return False
    before = text[:found[clause.index].start()].rstrip()
    head = [w.lower() for w in clause.subject.split()]
    return before.endswith(",") and before.count(",") == 1 and _PRONOUNS.isdisjoint(head) \
        and not (head and head[0] in _DEFINITE)


def _introduces(text: str, vague: str) -> bool:
    """The attribution in `vague` ("vague attribution 'Officials say'") has words after it."""
    said = vague.partition("'")[2][:-1]
    return bool(said) and text.find(said) >= 0 and text[text.find(said) + len(said):].count(" ") >= 3


_WHOM_WE_ASKED = re.compile(r"\s(?:we|i)\s", re.IGNORECASE)  # a vague source the authors asked: "Residents we
# interviewed said ..."
# A subjectless item that opens with a verb of saying reports what the person above it said, whatever
# its clause forecasts or hedges: "- Points out that parliament could vote any decree down",
# "- Accuses the government of using the decree to avoid elections it expected to lose".
_SAYING_ITEMS = frozenset("says argues warns insists claims contends concedes admits denies accuses alleges asserts "
                          "acknowledges complains reiterates replies".split())
_SAYING_THAT = frozenset("notes adds stresses counters maintains predicts expects promises pledges vows threatens "
                         "believes".split())  # only before "that": not "Adds to evidence", "Maintains a low profile"


def _reports_item(lower: list[str], kind: str) -> bool:
    return kind == "present" and (lower[0] in _SAYING_ITEMS or lower[:2] == ["points", "out"]
                                  or (lower[0] in _SAYING_THAT and _clause_follows(lower)))


def _clause_follows(lower: list[str]) -> bool:
    """"that ...", or a clause with its own subject right after the verb of saying ("Maintains the vote
    may have been rigged", "Adds the ministry may appeal"; not "Adds to evidence", "Maintains a low
    profile", "Promises relief that may never reach households")."""
    if lower[1:2] == ["that"]:
        return True
    if len(lower) < 3 or lower[1] not in _SAID_OPENERS:
        return False
    for word in lower[2:6]:
        if word in _RELATIVE_OR_TIME:
            return False
        if word in W.MODALS or word in W.BE_PRESENT or word in W.BE_PAST or word in W.HAVE or G.is_past(word) \
                or G.is_third_person(word):
            return True
    return False


_SAID_OPENERS = frozenset("the this these those its his her their he she they it no parliament".split())


def _reports(clause: G.Clause, lower: list[str]) -> bool:
    """"Varga says we should leave", "He told us the plant would close": what someone says, whoever
    the speaker is in it."""
    verb = lower[clause.index] if 0 <= clause.index < len(lower) else ""
    return (verb in W.SAYS or verb in _REPORTED) and clause.subject.lower() not in _SPEAKER and clause.subject.lower() != "i"


def _spoken(text: str, lower: list[str]) -> bool:
    """The speaker is in the sentence ("you know, they have done a great job"): talk, not a record;
    but not when only a relative clause about the research names them ("the lists we searched")."""
    if _SPEAKER.isdisjoint(lower):
        return False
    if "we" not in lower or not (_RELATIVE_SPEAKER.search(text) or _WHEN_WE_ASKED.search(text)):
        return True
    rest = _WHEN_WE_ASKED.sub(" ", _RELATIVE_SPEAKER.sub(" ", text))
    return not _SPEAKER.isdisjoint(w.lower() for w in _WORD.findall(rest))


def _owned_object(lower: list[str], clause: G.Clause) -> bool:
    """The authors come in only as the owners of what a named or definite doer answered ("The ministry
    rejected our findings"): a record of that doer, not talk (not "The Foundation funded our research")."""
    if clause.kind != "past" or clause.index < 1 or not clause.subject or clause.verb.lower() not in W.RESPONSE_VERBS:
        return False
    before, after = set(lower[:clause.index]), set(lower[clause.index + 1:])
    return _SPEAKER.isdisjoint(before) and _NOT_OWNERS.isdisjoint(after) \
        and (clause.subject.split()[0].lower() in _DEFINITE or _names_someone(clause.subject))


_OWNERS = frozenset(("our",))  # not "us": "Greyfen asked us to assess ..." is how the briefing came about
_NOT_OWNERS = _SPEAKER - _OWNERS


def _seems(words: list[str], index: int) -> bool:
    """"Obama doesn't seem to understand", "Varga does not appear to control": an impression, like
    "seems to"."""
    following = [w.lower() for w in words[index:index + 4] if w.lower() != "not"]
    return len(following) > 1 and following[0] in W.DO and following[1] in ("seem", "appear") and (
        following[1] == "seem" or len(following) < 3 or following[2] not in _PLACED)  # "does not appear on any list"


_PLACED = frozenset("on in at among before onto anywhere".split())


# What a law does when the sentence calls it "it": "It does not ban foreign funding outright", "It lets
# the Ministry decide" (not "It makes sense", "It raises questions").


_REGULATED = frozenset("foreign all any every public private state".split())  # not "courage", "the opposition"


# what "it" does in idioms and impersonal frames, not as a thing named before ("It matters", "It pays to
# check", "It takes time", "It makes sense", "It follows that ...")
_IT_IDIOMS = frozenset("matters helps depends follows remains takes makes means seems appears looks sounds feels "
                       "costs happens stands goes comes".split())
_IT_PAYS = frozenset(("to", "that", "sense", "time", "off", "up", "on", "out", ""))  # "It pays to check", "It pays off"
# what a document does, when "it" is the briefing or a text it presents ("The briefing has three parts. It
# begins with the election", "It summarises the ruling"): not something done in the world
_IT_DOCUMENT = frozenset("begins ends opens closes starts summarises summarizes compares cites quotes recommends argues "
                         "concludes draws focuses examines reviews describes sets lists outlines reproduces traces "
                         "explains discusses considers assesses presents".split())


_TO_OWNER = frozenset(("belongs",))


def _it_acts(words: list[str], index: int) -> bool:
    """"It lengthens the presidential term", "It pays for them through front companies": what a thing
    named before does, a verb with its object or its preposition after it."""
    verb = words[index].lower() if 0 <= index < len(words) else ""
    after = words[index + 1].lower() if index + 1 < len(words) else ""
    if verb in _IT_IDIOMS or (verb == "pays" and after in _IT_PAYS):
        return False
    if any(w.lower() == "this" and n.lower() in N.META_WORDS for w, n in zip(words, words[1:])):
        return False  # "Where this briefing describes the scoring, it relies on the minutes": the briefing itself
    if verb in W.DO or verb in W.HAVE or verb in W.BE_PRESENT or verb in _IT_DOCUMENT:
        return False  # "It does not allege that ...", "It does make the next budget more dangerous": often the
        # briefing itself or a judgement; a verb of its own only
    return verb.endswith("s") and verb not in W.LINKING_VERBS and verb not in W.LAW_VERBS and bool(after) \
        and (after not in ("that", "to") or verb in _TO_OWNER)  # a rule's verbs have their own reading: not "It
    # requires courage"; "It belongs to a company in the free zone" says who owns it


def _rules(words: list[str], index: int) -> bool:
    following = [w for w in words[index:index + 6] if w.lower() not in ("not", "also", "only", "still")]
    if following and following[0].lower() in W.DO:
        following = following[1:]  # "It does not ban ..."
    if len(following) < 2 or following[0].lower() not in W.LAW_VERBS:
        return False
    thing = following[1]
    return thing[:1].isupper() or thing.lower() in _REGULATED


_NO_PREDICATES = frozenset(W.NO_PREDICATES)
_COUNTED = frozenset({"no"} | set(W.ARGUMENT_COUNTS) | W.SMALL_NUMBERS)  # "no", "one" to "ten": what "has" counts


def _counted(words: list[str], index: int) -> bool:
    after = [w.lower() for w in words[index + 1:index + 4]]
    if after[:1] == ["only"]:
        after = after[1:]
    return len(after) > 1 and after[0] in _COUNTED and after[1] not in W.JUDGED_POSSESSIONS \
        and after[1] not in W.ARGUMENT_ADJECTIVES and after[1] not in W.ARGUMENT_PARTS  # not "has five basic parts"


def _judged_after(words: list[str], index: int) -> bool:
    """"It has no real chance", "It has one flaw", "It has no teeth": a judgement of what "it" has."""
    after = [w.lower() for w in words[index + 1:index + 5] if w.lower() not in ("no", "one", "only", "a", "any")]
    return bool(after) and (after[0] in W.JUDGED_POSSESSIONS or after[0] in _JUDGED_EXTRA or (
        len(after) > 1 and after[1] in W.JUDGED_POSSESSIONS | _JUDGED_EXTRA))


_JUDGED_EXTRA = frozenset("flaw flaws place teeth weakness weaknesses strength strengths".split())


def _both_act(head: str, verb: str) -> bool:
    """"Both still work at the ministry" (not "Both have merit": what they are or have)."""
    return head == "both" and verb.split()[-1].lower() not in W.LINKING_VERBS


def _head(who: str) -> str:
    """The subject without a floating "both" or "all" ("they both want", "the parties all agree")."""
    head = who.lower().split()
    return " ".join(head[:-1] if len(head) > 1 and head[-1] in ("both", "all") else head)


def _plural(who: str) -> bool:
    head = _head(who)
    return head in W.PLURAL_SUBJECTS or (who.endswith("s") and not who.endswith(("'s", "ss"))) \
        or len(head.split()) < len(who.split()) or " and " in who


_FILLERS = frozenset("uh um er ah".split())
_AROUND = frozenset("quite sometimes often now then earlier today later again here also even just still".split())
_PRONOUNS = frozenset("i we you he she it they".split())
_OBJECT_STARTS = W.DETERMINERS | W.DEMONSTRATIVES | {"my"}
_MONTH_ABBREVIATIONS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_QUANTIFIERS = frozenset("no all both some many most few several each every two three four five".split())
_NOT_LAST = frozenset("to of the a an that and or".split())


def _shown(who: str) -> str:
    """The subject as an editor would name it in a reason: without fillers and time words around it
    ("he uh" -> "he", "Governor Romney earlier" -> "Governor Romney"), the pronoun that ends it ("a
    fact they" -> "they"); '' when the words are not a subject at all ("he said", "That's what's
    happening", "get this budget", "the way to"), so that the reason names the verb instead."""
    words = [w for w in who.split() if w.lower() not in _FILLERS]
    while words and words[0].lower() in _AROUND:
        words = words[1:]
    while words and words[-1].lower() in _AROUND:
        words = words[:-1]
    if len(words) > 1 and words[-1].lower() in _PRONOUNS:
        words = words[-1:]
    while len(words) > 1 and words[1][:1].isupper() and (words[0] in _MONTH_ABBREVIATIONS or (
            words[0].islower() and words[0] not in W.DETERMINERS and words[0] not in _QUANTIFIERS)):
        words = words[1:]  # "Oct Halvec Engineering" in a dated row, "speed Selmark invoices"
    lows = [w.lower().replace("’", "'") for w in words]
    if not lows or lows[0] in ("there", "here") or lows[-1] in _NOT_LAST:
        return ""
    if any(_contracted_verb(w) or w in _REPORTED for w in lows):  # "he said", "That's"
        return ""
    if len(lows) > 1 and lows[1] in _OBJECT_STARTS and (lows[0].endswith("ing") or lows[0] in W.VERB_BASES):
        return ""  # "getting a fair", "get this budget": a verb and its object
    return " ".join(words)


def _contracted_verb(word: str) -> bool:
    """"that's", "it's", "we've", "they're": a pronoun and its verb, not a possessive ("Russia's")."""
    base, _, tail = word.partition("'")
    return bool(tail) and (tail in ("ve", "re", "ll", "d", "m") or (tail == "s" and base in W.CONTRACTING))


def _by_someone(words: list[str], verb: int) -> bool:
    """A passive's agent named right after its participle: "is run by Vasmere Hydro", "is chaired by
    retired judge Solberg" (not "is driven by demand")."""
    after = words[verb + 2:verb + 6]
    return bool(after) and after[0].lower() == "by" and any(w[:1].isupper() for w in after[1:])


def _judgement(clause: G.Clause, lower: list[str]) -> bool:
    """"Mr Varga is right", "the hearing was very tense", "they are doing a good job", "the port
    was badly run": a verdict on someone, not a record of what they did."""
    if clause.index < 0:
        return False
    after = lower[clause.index:clause.index + 4]
    for i, w in enumerate(after):
        # "the rollout was run badly", "they performed brilliantly", "did very well": the adverb ends
        # the verb phrase; never before a participle ("was badly damaged", "improperly destroyed").
        verdict = w in W.MANNER or (w == "well" and i > 0 and after[i - 1] in ("very", "so", "really", "extremely"))
        following = lower[clause.index + i + 1:clause.index + i + 2]
        if verdict and i and (not following or following[0] in W.AFTER_MANNER):
            return True
    if clause.kind not in ("copula", "copula-past") and not (clause.kind == "perfect" and clause.verb.endswith(" done")):
        return False  # "they have done a brilliant job" is a verdict like "they did a brilliant job"
    rest = [w for w in lower[clause.index + 1:clause.index + 6] if w not in W.INTENSIFIERS]
    if rest[:1] == ["doing"] or rest[:1] == ["done"]:
        rest = rest[1:]
    if rest[:1] in (["a"], ["an"]):
        return len(rest) > 2 and rest[1] in W.EVALUATIVE and rest[2] in W.VERDICT_NOUNS
    return bool(rest) and rest[0] in W.EVALUATIVE


def _speaker_view(text: str) -> bool:
    """"I think", "we don't believe", "in my view" framing the clause it governs: at its start
    ("We don't believe the audit was finished"), set off by commas ("The ministry, I think, misread
    ..."), or at its end; never "What I think does not matter", nor when a clause after a colon or
    semicolon follows ("I think so: the army fired first")."""
    parts = _clauses(text)
    last = parts[-1]
    if len(parts) > 1 and len(_WORD.findall(last)) >= 2:
        return False  # a later clause asserts on its own
    for match in _VIEW_FRAME.finditer(last):
        before = last[:match.start()].rstrip()
        if not before or before[-1] in ",(—–" or _DISCOURSE.fullmatch(before + " "):
            return True
    return False


def _speaker_plan(lower: list[str]) -> bool:
    """"I want ...", "we'll restore ...", "I'm not in favor of ...", "let's cut ...": the main clause
    says what the speaker means to do or favours (words.PLAN_VERBS), not what happened."""
    if not _RELATIVES.isdisjoint(lower) or "while" in lower or "whereas" in lower:
        return False  # "I want to be clear that unemployment rose 3%": the clause after it may state a fact
    words = [w.replace("’", "'") for w in lower[:12]]
    start = next((i for i, w in enumerate(words) if w not in _DISCOURSE_WORDS), len(words))
    head, rest = (words[start], words[start + 1:]) if start < len(words) else ("", [])
    if head == "let's" or (head == "let" and rest[:1] == ["us"]):
        return True
    who, _, tail = head.partition("'")
    if who not in ("i", "we") or tail not in ("", "ll", "d", "m", "re"):
        return False
    rest = {"ll": ["will"], "d": ["would"], "m": ["am"], "re": ["are"]}.get(tail, []) + rest
    rest = _skip_plan_adverbs(rest)
    verb, after = (rest[0], _skip_plan_adverbs(rest[1:])) if rest else ("", [])
    if verb in W.PLAN_MODALS:  # not a counterfactual ("we would have lost"), talk ("I'll tell you"),
        # a past perfect ("we'd lost", "I'd already paid") nor a past habit ("we would often see")
        return bool(after) and after[0] != "have" and after[0] not in W.PLAN_NOT_AFTER and not (
            G.is_participle(after[0]) or G.adverb(after[0]))
    if verb in ("am", "are"):
        return any(after[:len(p)] == p for p in _PLAN_AFTER_BE)
    return verb in W.PLAN_VERBS


def _skip_plan_adverbs(words: list[str]) -> list[str]:
    while words and words[0] in W.PLAN_SKIPPED:
        words = words[1:]
    return words


def _body_acts(who: str, verb: str, words: list[str]) -> bool:
    """"The ministry denies", "the party controls", "its board does not publish": what a particular
    body does is a record; not what it has, seems or shows ("the plan has five parts", "the table
    shows", "the plan makes sense": words.LINKING_VERBS), nor a verb in a leading side clause."""
    head, _, rest = who.partition(" ")
    if not rest:
        return False
    if head.lower() not in _DEFINITE:  # a long subject cut to its last words: "(the) food security cluster says"
        index = next((i for i, w in enumerate(words) if w == head), -1)
        if index < 1 or words[index - 1].lower() not in _DEFINITE or verb.split()[-1].lower() not in W.SAYS:
            return False
    return verb.split()[-1].lower() not in W.LINKING_VERBS and words[0].lower() not in _SUBORDINATORS


def _names_someone(words: str) -> bool:
    return any(w[:1].isupper() and w.lower().split("'")[0] not in W.COMMON for w in words.split())


_JUDGING = frozenset("choice mistake risk gamble trap luxury necessity gift trade-off tradeoff bet".split())


def _activity(who: str, words: list[str], index: int) -> bool:
    """"Doing nothing is itself a choice": an activity judged, its capital only the sentence's (not
    "Reading is the county town", "Chairing the committee is Varga's brother", "Holding a rally without
    a permit is a criminal offence")."""
    head = who.split()
    if len(head) < 2 or not _gerund(head[0]) or _names_someone(" ".join(head[1:] + words[index + 1:])):
        return False
    said = [w.lower() for w in words[index + 1:index + 4] if w.lower() not in ("itself", "not", "also") and w.lower() not in W.ADVERBS]
    return bool(said) and (said[0] in W.EVALUATIVE or (said[0] in ("a", "an") and len(said) > 1 and said[1] in _JUDGING))


def _gerund(word: str) -> bool:
    low = word.lower()
    stem = low[:-3]
    return low.endswith("ing") and len(low) >= 5 and (stem in W.DO or G.is_base(stem) or G.is_base(stem + "e")
                                                      or (len(stem) > 2 and stem[-1] == stem[-2] and G.is_base(stem[:-1])))


_WILL_SHOW = re.compile(r"(?:what|whether|how) [^,;:]{1,100}? (?:will|would) (?:show|tell|decide|determine|reveal|settle)\b"
                        r"(?![^:]*:)")  # not "What he said will tell you everything: he lied."
_COMPARATIVES = "|".join(W.CORRELATIVE_COMPARATIVES)
_CORRELATIVE = re.compile(rf"the (?:{_COMPARATIVES}) [^,;]{{1,80}}, the (?:{_COMPARATIVES})\b[^,;]{{0,80}}?"
                          r"\b(?:will|would|could|may|might|can)\b")


_NOUN_LINKS = frozenset("for to in of on with among from".split())  # "Support for", "Access to", "Trust in"
_CLAUSE_WORDS = frozenset("that which who whom whether if when because then and".split())


# An instruction whose object is a quoted word or phrase: 'Avoid "disputed territory" in official letters',
# 'Use "regulated tenancy", not "controlled let"' (the quoted words are a term, not a clause's verb).
_TERM_OBJECT = re.compile(r"^[A-Za-z]+ [\"“‘][^\"“”‘’]{1,40}[\"”’](?=[\s,.;:]|$)")


def _particular_time(text: str, lower: list[str]) -> bool:
    """A figure or a past verb: "Where such contracts were signed, the ministry paid twice" tells what happened."""
    return _DIGITS.search(text) is not None or any(G.is_past(w) for w in lower)


def _bare_tail(tail: str) -> bool:
    """What follows an exemption's pattern adds nothing to check: no figure, no side clause, dash or colon, no second
    clause joined by "and", no record ("... because she still lives abroad" may follow; "..., and the army shelled it
    twice in March" may not)."""
    return not (_DIGITS.search(tail) or _TAIL_BREAK.search(tail) or records_past(tail.strip(" ,;")))


_TAIL_BREAK = re.compile(r"[:—–(]|\s-\s|;(?!\s*(?:an? |the )?[a-z]+ (?:is|are) (?:pending|under way|outstanding)\.?$)|"
                         r",\s*(?:and|but|as|given|where|when|while|which|whom|whose|two|three|some|most|all|none|the)\b|"
                         r"\b(?:and said|and says|and told|after|since|although|though|before|until|where|whom|whose|which)\b",
                         re.IGNORECASE)


def _presents(clause: str) -> bool:
    """A clause that only says how the briefing presents its material or where it puts it (metatext.PRESENTS,
    POINTS): nothing after the pattern but a short tail naming no one and nothing particular ("Interviewees are
    described by role, never by name"; not "... by initials because the ministry fired two of them", "... in the
    police reports", "... at the official exchange rate, which the central bank cut by 40%")."""
    match = N.PRESENTS.match(clause) or N.POINTS.match(clause)
    if not match:
        return False
    subject = clause.split(" are ")[0].split(" is ")[0]
    if clause.rstrip(". ").endswith(("separately", "later")) and not N.OWN_PARTS.search(subject):
        return False  # "Annex A and Annex B are supplied separately" (not "Ammunition for the rifles is ...")
    return _PRESENTED_TAIL.fullmatch(clause[match.end():]) is not None


# what may follow a presentation note: nothing, or more of the convention ("..., never by name", "..., and cut only
# for length", "... of the year of purchase and exclude VAT"); not where or by whom ("... on state television",
# "... in the police reports", "... throughout the leaked minutes", "..., which the central bank cut by 40%")
_PRESENTED_TAIL = re.compile(r"(?: (?:quoted|reproduced|given) in full| (?:recording|footage|version|tape))?"
                             r"(?:,? (?:never|not|rather than) (?:by )?(?:name|names|role|in full|quoted in full)|,? and "
                             r"(?:cut|edited|shortened|condensed) only for (?:length|clarity|brevity)| of the (?:year|month|"
                             r"day|date|week) of (?:[a-z]+ ){0,2}[a-z]+(?: and exclude (?-i:[A-Z]{2,5}))?)?\.?", re.IGNORECASE)


def _question_is(core: str) -> bool:
    """The question the briefing puts (_QUESTION_IS), with nothing after it to check."""
    match = _QUESTION_IS.match(core)
    return match is not None and _bare_tail(core[match.end():]) and not _SIDE_RECORD.search(core)


def _own_work(text: str) -> bool:
    """The authors' side at work (metatext.OWN_WORK), with nothing after it to check (`_bare_tail`: "Staff have not
    had access to the forecasts because the minister ordered them sealed in 2024" asserts)."""
    match = N.OWN_WORK.search(text)
    return match is not None and _bare_tail(text[match.end():])


def _inquiry(text: str, lower: list[str]) -> bool:
    """An instruction to find out what it asks, naming no figure or date and no side clause that records: "Check
    when the domain was registered", "Ask where the money went" (not "Note how the ministry changed its figures",
    which takes them as known, nor "Establish when the ministry knew, which was in March 2024")."""
    return len(lower) > 3 and lower[0] in _INQUIRE and lower[1] in _WH_NEXT and not _DIGITS.search(text) \
        and not _SIDE_RECORD.search(text) and not _AND_WH.search(text)


_AND_WH = re.compile(r"\b(?:and|or) (?:how|why|where|when|who|what|which)\b", re.IGNORECASE)  # "... and how it hid ..."
_INQUIRE = frozenset("check ask search verify confirm establish investigate examine determine".split())
_WH_NEXT = frozenset("when where whether how which who whom what why".split())
_SIDE_RECORD = re.compile(r"[,;:(]\s*(?:which|who|whom|whose|according|as|since|because|after|now that|given)\b|[;:—–(]|\s-\s",
                          re.IGNORECASE)


def _term_instruction(text: str, lower: list[str]) -> bool:
    return lower[0] in W.IMPERATIVES and _TERM_OBJECT.match(text) is not None


def _noun_first(lower: list[str], clause: G.Clause) -> bool:
    """A first word that looks like an instruction but heads the subject of a later past verb ("Support
    for the reform stood at 34%"; not "Push for the ruling that was promised")."""
    return len(lower) > 3 and lower[0] in W.NOUN_LIKE_BASES and lower[1] in _NOUN_LINKS \
        and clause.kind in ("past", "perfect", "passive", "copula-past") \
        and clause.index > 2 and _CLAUSE_WORDS.isdisjoint(lower[2:clause.index]) \
        and clause.verb.lower() not in W.SAME_PAST  # not "Start with the list, then read the transcripts"


def _exemption(text: str, lower: list[str], present: set[str], quote: str, numeric: list[str], clause: G.Clause,
               kind: str, context: Context) -> str:
    if "crossref" in present and _XREF_ONLY.match(text):
        return "cross-reference"
    if text.rstrip(")]\"”’*_ ").endswith("?"):
        return "question"
    if quote and text.lstrip("> *_")[:1] in '"“':
        return ""  # a sentence that opens a quotation needs its source, whatever it says
    core = _DISCOURSE.sub("", text).lower() if lower[0] in _DISCOURSE_FIRSTS else text.lower()
    if (core.startswith(W.HYPOTHESIS_STARTS) and not (core.startswith(W.GENERAL_CONDITIONS) and _particular_time(text, lower))) \
            or (lower[0] == "should" and clause.index == 0):
        return "hypothesis"
    if core.startswith(W.OPTION_STARTS) and "dated event" not in numeric and not any(map(G.is_past, lower[3:])):
        return "hypothesis"
    if lower[0] in ("what", "whether", "how") and _WILL_SHOW.match(core):
        return "forecast"  # "What Parliament does before the election will show whether ..."
    if lower[0] == "the" and _CORRELATIVE.match(core):
        return "forecast"  # "The sooner they do, the less the next dry summer will cost": its second half rules
    asked = quote and core.startswith(("asked ", "when asked "))  # "Asked how many had died, he said "...""
    if not asked and (core.startswith(("whether ", "how much ", "how many ")) or _question_is(core) or (
            not present.isdisjoint(_OPEN_WORDS) and _open_question(text, clause, numeric))):
        return "frames an open question"
    if context.fragment and context.kind != "asserts" and context.place != "row" and lower[0] in _WH and not quote and (
            numeric in ([], ["dated event"]) or not _DIGITS.search(text)) \
            and ":" not in text and ";" not in text:
        return "names an open question"  # "- Who drafted the suspension clause", "- What the samples show"
    if clause.subject.lower() == "we" and (lower[0] == "we" or (lower[1:2] == ["we"] and lower[0] in BEFORE_WE)) \
            and not quote and _done(clause) in W.METHOD_VERBS and not _METHOD_TAIL.search(text) \
            and not _found_after_colon(text) \
            and present.isdisjoint(_FINDING_WORDS) and not _that_follows(lower, clause) and ";" not in text \
            and all(n in ("states a number", "dated event") for n in numeric):  # its counts and its period
        return "describes the briefing itself"  # "We matched each tanker's positions against satellite images"
    if lower[0] == "we" and N.OWN_SLIP.match(text) and not _DIGITS.search(_clauses(text)[0]) \
            and not _states_record(_clauses(text)[0], 3 if lower[1] == "also" else 2):  # not "..., which took place on 3 June"
        return "corrects the briefing itself"  # "We misspelled a name; the online version has been corrected" (its
        # clause after the semicolon is the correction's own, not a later record: OWN_SLIP reads it)
    if "**" in text and N.LEGEND.match(text):
        return "describes the briefing itself"  # "**Check** notes test a claim against published data"
    if not present.isdisjoint(N.META_WORDS) and (N.META.search(text) or _refers_only(text, clause) or N.BYLINE.match(text)):
        return "describes the briefing itself"
    if not numeric and not present.isdisjoint(N.CONVENTION_WORDS) and _convention(text):
        return "describes the briefing itself"
    if context.fragment and N.WITNESS_NOTE.match(text):
        return AUTHORS_WORK  # under a witness's label: "- Asked not to be named", "- Interviewed through an interpreter"
    if not present.isdisjoint(N.OWN_WORK_WORDS) and _own_work(text):
        return AUTHORS_WORK  # "She spoke on condition that her name be withheld"
    if not present.isdisjoint(N.PRESENTS_WORDS) and all(_presents(part.strip()) for part in text.split(";")):
        return PRESENTATION_NOTE  # "Testimonies are summarised rather than quoted in full"
    if not present.isdisjoint(_DEFINING) and _defines(text):
        return DEFINES  # "A bridge loan is short-term credit meant to carry a borrower until ..."
    if not present.isdisjoint(N.DATA_NOTE_WORDS) and _data_note(text):
        return DATA_NOTE  # a clause after a semicolon is more of the note unless it records (`_data_note`)
    amounts = [n for n in numeric if n != "dated event"]  # plans and forecasts may name a date
    if text.endswith(":") and context.kind != "asserts" and (len(lower) <= 6 and not (
            clause.kind in ("past", "perfect") and _names_someone(clause.subject))
            or (len(lower) <= 10 and not amounts and "," not in text and _introduced(clause, text, _AS))):
        return "label"  # "Key terms:", "The ownership chain as it stood in April 2025:"
    if quote:
        return ""  # a quotation always needs its source
    if kind == "imperative" and context.kind != "asserts":
        return "imperative"
    if not context.fragment and lower[0] in _BASE_STARTS and (G.fragment(lower, _WORD.findall(text)) == "imperative"
                                                            or _term_instruction(text, lower) or _inquiry(text, lower)) \
            and not _noun_first(lower, clause):
        return "imperative"
    lead = _LEADING_PHRASE.match(text) if not context.fragment else None
    rest = lower[len(_WORD.findall(lead.group(0))):] if lead else []
    later = G.clause(rest, rest) if rest else G.Clause("")  # no verb of its own after the first word ("support for
    # the reform was strong", "cost overruns reached"), bar a plural noun read as one ("on news sites")
    if rest and rest[0] in W.IMPERATIVES and G.fragment(rest) == "imperative" and not amounts \
            and (later.index < 0 or (later.kind == "present" and later.index > 3)):
        return "imperative"  # "From September, look for the designation" (not "In 2021, cost overruns reached")
    one_clause = len(_clauses(text.rstrip(":; "))) == 1  # a frame governs no later clause
    if one_clause and not present.isdisjoint(_PLAN_HEADS) and _speaker_plan(lower):
        return "the speaker's own plan or stance"
    opinion = core.startswith(W.OPINION) and one_clause
    if not amounts and (opinion or _speaker_view(text)):
        return "opinion of the speaker"
    frame = _AUTHORS_FRAME.match(core)
    if frame and one_clause and not _states_record(text, len(_WORD.findall(core[:frame.end()])) + 1):  # "In our assessment, the scheme could not have run
        return "the authors' own estimate" if amounts else "opinion of the speaker"  # for seven years ..."
    if amounts and not present.isdisjoint(_ESTIMATE_WORDS) and _speaker_view(text):
        return "the authors' own estimate"  # "A realistic range, in our view, is 150,000 to 190,000 tonnes"
    normative = _NORMATIVE.search(core) if not present.isdisjoint(_NORMATIVE_WORDS) else None
    if normative and _NOT_REQUIRED.search(core) and clause.subject.lower() not in _SPEAKER | {"you", "i"} \
            and _RULE_WORDS.search(core):
        normative = None  # "In-house lobbyists do not have to register": what a rule leaves out (not "We do not have to agree")
    if normative and normative.group(0).lower() == "must" and clause.subject.lower() not in _SPEAKER | {"you", "i"} \
            and core.startswith("under ") and _LEGAL.match(core) and not _OWN_RULES.match(core) and _RULE_TERMS.search(core):
        normative = None  # "Under the constitution, the new parliament must meet within 30 days": a rule in force
    says = clause.kind in ("present", "past") and _reports(clause, lower)  # "Varga says we should leave": a report
    main = kind != "past" and not says and (clause.index < 0 or normative is None
                               or core[: normative.start()].count(" ") <= clause.index + 2)  # not "- Argued that courts should"
    if normative and main and (not amounts or (normative.group(0).lower() == "should" and not _amounts_beside_frequency(text))):
        return "prescription, not a statement of fact"  # "Any new treaty should be reviewed every five years" (not
        # "Registered groups must file accounts twice a year": a rule)
    reported = not _REPORTED.isdisjoint(lower[: max(clause.index, 0) + 1]) or _reports_item(lower, kind)
    if amounts and lower[0] in _WHEN_AHEAD and clause.kind in _PRESENT_KINDS and "," in text \
            and assess(text.split(",", 1)[1].strip()).exempt in _LOOKS_AHEAD:
        return "forecast"  # "Once the works are finished, the bill is likely to exceed 150 million": its main clause
    if clause.kind == "copula" and not reported and _LIKELIEST.search(text, 0, 200) and not _states_record(text):
        return "forecast"  # "A snap election before June is the most likely outcome; we put it at 40%": a judgement ahead
    ahead = clause.index + 2 if _likely_to(clause, lower) else clause.index  # "is likely to be above 150 million"
    if amounts and not ((ahead > clause.index or (clause.kind == "modal" and _future(lower[clause.index])))
                        and not reported and present.isdisjoint(_ATTRIBUTION)
                        and not _records_beside(_WORD.findall(text), ahead, text)):
        return ""
    if clause.kind == "modal" and _modal_signal(clause, lower):
        return ""  # a refusal, or what a law would do: a record
    if clause.kind == "modal" and clause.index == 0 and lower[0] in _WOULD and context.kind == "asserts" \
            and context.fragment and len(lower) > 1 and lower[1] not in ("be", "not", "likely") and not G.adverb(lower[1]):
        return ""  # "**Key provisions**:\n- Would require platforms to ...": what the text named above would do
    if clause.kind == "modal" and _to_reader(lower, clause):
        return ""
    if clause.kind == "modal" and _appended_record(text):
        return ""  # "Prisoners cannot vote, a blanket ban the Constitutional Court upheld in 2019": its record
    if clause.kind == "modal" and not reported:
        return "forecast" if lower[clause.index] not in _HEDGES - {"would"} else "hedged"
    if clause.kind in ("past", "perfect") and clause.verb.split()[-1].lower() in _FORECAST_DONE and clause.subject \
            and not any(w.lower() in W.FIRST_PERSON for w in clause.subject.split()):
        return ""  # "The Meteorological Service has forecast heavy rain until May": a record of what it said
    window = lower if clause.index < 0 else lower[: clause.index + 3]  # "are likely to", not "most likely" later
    if kind == "modal" or (not W.FORECAST.isdisjoint(window) and _REPORTED.isdisjoint(present) and not reported
                           and not S.vague(text, present)):  # "Critics expected him to move ...": their view
        return "forecast"
    return ""


# The authors' own frame at the start of a sentence governs it whatever figures it names (briefing-dev
# policy: "In our assessment, ..." is opinion; "A realistic range, in our view, is ..." an estimate).
# What the authors did to write the briefing: its method, not a record of the world.
# ... unless the sentence reports what the method found or who said it ("and found a deficit of 4%")
_FINDING_WORDS = frozenset("found find finds showed shows show showing revealed reveals revealing said says told according "
                           "proving proves proved confirming confirms confirmed".split())
# ... or a finding of its own follows the method clause: "We screened 400 applications, and half were
# rejected", "We searched the register: 40 firms ...", "We spoke to 12 surgeons, who put the wait at ...".
_METHOD_TAIL = re.compile(r";|,\s*(?:and|but|which|who|whom|whose|where|when|while|signed|showing)\b|\b(?:and|but) "
                          r"(?:he|she|they|it|half|most|many|some|none|all|each|only)\b", re.IGNORECASE)
BEFORE_WE = frozenset("first then next also finally here so and but".split())  # "First we matched ..." (not
# "Surgeons we spoke to put the wait at ...", whose subject is the surgeons)


def _found_after_colon(text: str) -> bool:
    """"We searched the register: 40 firms list the minister's brother as director" (a clause of its own
    after the colon); not "We spoke to seven people: two former employees, two grain traders" (whom)."""
    _, colon, rest = text.partition(":")
    if not colon:
        return False
    words = _WORD.findall(rest)
    return G.clause(words, [w.lower().strip("'’-") for w in words]).kind != ""


def _that_follows(lower: list[str], clause: G.Clause) -> bool:
    """"We checked that the payments ...": what the method found, not only what it did ("from that day")."""
    after = clause.index + len(clause.verb.split())
    return "that" in lower[after:after + 1]


def _done(clause: G.Clause) -> str:
    """The main verb's last word as written ("have grouped" -> "grouped")."""
    return clause.verb.split()[-1].lower() if clause.verb else ""


_AUTHORS_FRAME = re.compile(r"(?:(?:in|on) our (?:assessment|view|judge?ment|reading)|we (?:assess|judge|estimate|project|"
                            r"expect|forecast|predict)|(?:by|on) our estimate)\b")  # not "we estimated in 2022 that ...", "We
# expected a cut; the bank raised rates": a record of what was done
_ESTIMATE_WORDS = frozenset("range estimate realistic plausible reasonable likely probably roughly".split())
_FUTURE = frozenset(("will", "shall", "won't", "won’t"))
# Someone else's forecast, wherever the sentence says so ("..., the treasury says", "according to").
_ATTRIBUTION = frozenset("according says say said estimate estimates estimated forecast forecasts forecasted "
                         "predict predicts predicted projects projected expects expected warns warned".split())


def _to_reader(lower: list[str], clause: G.Clause) -> bool:
    """What the reader will meet, as a noun phrase ("Figures you will meet again and again in this
    literature:", a lead-in whose items are whatever they are): no forecast (not "In May you will see
    prices rise", nor "Fees you will pay next year will rise")."""
    if clause.index < 2 or lower[clause.index - 1] != "you" or lower[0] in G.PREPOSITIONS:
        return False
    rest = lower[clause.index + 2:]
    return G.clause(rest, rest).kind == ""


def _future(word: str) -> bool:
    """"will", "shall", "won't" or a "'ll" contraction ("they'll")."""
    return word in _FUTURE or word.endswith(("'ll", "’ll"))


def _records_beside(words: list[str], modal: int, text: str = "") -> bool:
    """A past or perfect verb of the sentence's own outside the forecast's verb phrase, or a name
    beside it: "Exports, which fell 12%, will recover", "The ministry will spend $4 billion, as it
    did in 2023", "Minister Reed will cut 400 jobs" records or names; "Prices will rise 5%"
    forecasts. Capitalised words are names, never verbs ("Reed", "Drew"), but not a currency's code
    before its amount ("EUR 40 million"), and a noun after its determiner is no past ("The cost will ...")."""
    codes = set(_CURRENCY.findall(text)) if text else set()
    for i, word in enumerate(words):
        if i and word[:1].isupper() and word not in codes:
            return True
        low = word.lower()
        if not modal < i <= modal + 3 and (G.is_past(low) or low in ("has", "have", "had", "was", "were", "did")) \
                and not (i and words[i - 1].lower() in _NOUN_AFTER and not _figure_before(text, words, i)):
            return True
    return False


# the outcome the authors judge likeliest: "is the single most likely outcome", "remains the likeliest scenario"
_LIKELIEST = re.compile(r"\b(?:is|are|remains?) (?:now |still )?(?:the |our )?(?:single |clear )?(?:most|least) (?:likely|probable|"
                        r"plausible)(?: (?:outcome|result|scenario|path|course|case))?\b|\b(?:is|are|remains?) (?:now |still )?"
                        r"(?:the |our )?(?:likeliest|base|central) (?:outcome|scenario|case|path)\b", re.IGNORECASE)
_WHEN_AHEAD = frozenset("once when whenever after until before".split())  # a present time clause ahead of its forecast
_CURRENCY = re.compile(r"\b([A-Z]{2,3})\s?\d")  # "EUR 40 million", "ZK 90 million"
_NOUN_AFTER = frozenset("the a an its their this that".split())  # "The cost will exceed ...", "a cut"


def _figure_before(text: str, words: list[str], i: int) -> bool:
    """Whether a figure stands between a determiner and the past form after it: "the 48% recorded in 2020" records."""
    found = re.search(r"\b" + re.escape(words[i - 1]) + r"\s+[^A-Za-z\s]*\d[^A-Za-z]*" + re.escape(words[i]) + r"\b", text)
    return found is not None


# where a sentence states a record beside its frame: a relative clause, a reason or a time clause, a participle
# phrase or a coordinated clause ("who won 61% in 2020", "because the coalition lost its majority", "given that
# reserves fell", "having won every election since 1996", "and prices rose 11%")
_NOT_RECORD_BEFORE = frozenset("to be not never will would could should may might must can shall".split())


def _states_record(text: str, start: int = 1) -> bool:
    """Whether the sentence, from its `start`-th word on, states a record of its own beside a frame: a past form
    (not after "to", a modal or "be", nor a noun after its determiner: "the expected rise"), or "having" and a
    participle. "We expect the bank to cut rates" and "We put it at 40%" record nothing."""
    words = _WORD.findall(text)
    lower = [w.lower() for w in words]
    for i in range(max(start, 1), len(lower)):
        low, before = lower[i], lower[i - 1]
        if low == "having" and i + 1 < len(lower) and G.is_participle(lower[i + 1]):
            return True
        if not (G.is_past(low) or low in ("was", "were", "had", "did")) or before in _NOT_RECORD_BEFORE:
            continue
        if before in _NOUN_AFTER and not _figure_before(text, words, i):
            continue  # "the expected rise", "a cut"
        if low in W.SAME_PAST and before in ("we", "i", "they", "you"):
            continue  # "we put it at 40%": the present
        if G.modifies_noun(lower, i, dated=bool(_DIGITS.search(text))):
            continue  # "A government led by the Greens", "seasonally adjusted unemployment": no record
        return True
    return False


def _likely_to(clause: G.Clause, lower: list[str]) -> bool:
    """A present copula that says what is likely: "is likely to be", "are unlikely to fall" (the authors' hedge)."""
    i = clause.index
    return clause.kind == "copula" and lower[i] in ("is", "are") and lower[i + 1:i + 3] in (["likely", "to"],
                                                                                          ["unlikely", "to"])


def _convention(text: str) -> bool:
    """A convention of the briefing's own, unless a clause after it records the past ("Figures are
    provisional because the ministry stopped publishing")."""
    found = N.CONVENTION.search(text)
    if found is None or N.AGENT.search(text, found.start()):
        return False  # "Casualty figures are given by the health ministry": whose figures is a fact
    side = N.SIDE_CLAUSE.search(text, found.end())
    return side is None or not records_past(text[side.end():].lstrip(" ,"))


def _data_note(text: str) -> bool:
    """What the figures are and where they come from (`metatext.DATA_NOTES`), naming no figure but a date or a
    numbered reference, with no side clause ("..., which rose in 2023") and no record after a
    semicolon ("...; pledges are not included" is more of the note)."""
    first, _, rest = text.partition(";")
    found = N.DATA_NOTES.search(first)
    if found is None or N.NOTE_AGENT.search(first, found.start()) or N.NOTE_SIDE.search(first, found.end()):
        return False
    if any(records_past(first[side.end():].strip(" ,")) for side in N.NOTE_RECORD.finditer(first, found.start())):
        return False  # "Fees are shown for the year after the council scrapped the cap", "..., and the ministry stopped
        # publishing in 2023", "..., two days before the plant shut": a record beside the note
    bounded = found.group("left_out") or found.group("threshold") or found.group("basis") or found.group("statistic")
    # "Contracts below PL 50 million are not shown", "Costs are in 2024 crowns and cover the first ten years",
    # "Figures are medians of 40 depots": what is left out, the span covered and what a statistic is taken over
    if any(n != "dated event" for n in S.figures(N.MARGIN.sub("", N.REFERENCE_NUMBER.sub("", rest if bounded else text)))):
        return False  # "Only outlets with a reach of 4% or more are listed": what is left out may name a figure
    unchecked = found.group("own") is not None  # no one else has checked the authors' own estimates: no record
    return not any(records_past(part) and not (unchecked and N.UNCHECKED.match(part.strip()))
                   for part in rest.split(";") if part.strip())


_RECORD_KINDS = frozenset(("past", "perfect", "passive", "copula-past"))
_PAST_YEAR = re.compile(r"\b(?:in|since|during|by|from|until|of|between|and|to)\s+(?:(?:early|mid|late)[ -])?"
                        r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? )?(?:\d{1,2} )?((?:19|20)\d\d)\b",
                        re.IGNORECASE)
_THIS_YEAR = date.today().year


def _dated_past(text: str, words: list[str]) -> bool:
    """A record of a past year: a past verb (or a subjectless item led by one) and a year before this one
    ("The ministry closed 12 clinics in 2024", "- Closed two depots in March 2023")."""
    years = [int(year) for year in _PAST_YEAR.findall(text)]
    if not years or max(years) >= _THIS_YEAR:
        return False
    lower = [w.lower() for w in words]
    first = G.clause(words, lower)
    return first.kind in _RECORD_KINDS or (first.kind == "" and bool(lower) and G.fragment(lower, words) == "past")


def states_present(sentence: str) -> bool:
    """Whether a sentence states what is so now, in its own right (a present main clause whose subject
    is not the speaker, no forecast word, no date and no word of an outlook's own present tense
    anywhere): a fact even in the running text of an outlook ("The treaty allows either side to
    withdraw.", "The coalition holds 52 of the 100 seats."; not "Growth slows to 1% in 2026", "Risks
    remain tilted to the downside", "The levy stays in place until 2027")."""
    lower = {w.lower() for w in _WORD.findall(sentence)}
    if not lower.isdisjoint(W.OUTLOOK_PRESENT) or "dated event" in S.numeric(sentence, lower):
        return False
    return _asserts_with(sentence, _PRESENT_KINDS, forecast_ok=False)


_PROJECTS = frozenset("forecasts predicts projects expects estimates warns says say".split())
# where a named party stands now on what the briefing weighs: "The farmers' union opposes it"
_STANDS = frozenset("opposes oppose supports support backs back favours favour favors favor welcomes welcome "
                    "endorses endorse".split())


def reports_speech(sentence: str) -> bool:
    """Whether a sentence reports what a named party says now ("The SSB says it has no connection with
    the firm", "The ministry denies any wrongdoing"): a record, even as a `**Response**:` value."""
    return _reported_with(sentence, W.SAYS)


def masthead(text: str) -> bool:
    """Whether every line of a header unit is a masthead line (`metatext.MASTHEAD`): about the briefing itself."""
    lines = [N.NUMBER_ABBREVIATION.sub("No ", line.replace("**", "")).strip().strip("*_> ").strip()
             for line in text.split("\n") if line.strip()]
    return bool(lines) and all(N.BYLINE_NAMES.match(line) or N.AS_OF.match(line) or (
        N.MASTHEAD.match(line) and not _tells(line) and not N.FIGURE.search(N.PARTICULAR_NUMBERS.sub("", line)))
                               for line in lines)


def _tells(line: str) -> bool:
    """A past verb beyond the masthead's own ("Issued on 3 May the decree dissolved parliament")."""
    return records_past(line) or any(w.endswith("ed") and G.is_past(w) and w not in N.MASTHEAD_VERBS
                                     for w in _WORD.findall(line.lower())[1:])


def records_done(sentence: str, *, bare: bool = False, colon: bool = True) -> bool:
    """A list item that tells what was done, its subject first ("Partners have opened three units"; with
    `bare`, under a response label, a plain past too: "14,200 hygiene kits distributed"), not an
    instruction about a record ("Request the warrants signed in 2021", "Explain why monitors did not
    receive the roll"); with `colon`, the clause after the item's first colon too (once, not again within it)."""
    _, found, tail = sentence.partition(": ") if colon else ("", "", "")
    if found and tail[:1].isalnum() and records_done(tail, colon=False):
        return True  # "- Has worked before: an SBC contact group negotiated a return to civilian rule in 2017",
        # "- Need is plain: 4,200 households were cut off in 2023"
    text, words, lower, clause = _main_clause(sentence)
    if not words or G.is_base(lower[0]) or (len(lower) > 1 and lower[1] in _OBJECT_OPENS):
        return False  # "Delay the transfer until ...", "Examine the substance of ..."
    if clause.kind == "past" and not bare and not _object_next(words, clause.index) and not _DATED_PAST.search(text):
        return False  # "- Sanctions imposed on the three firms": an option's participle reads as a past only under
        # a response label ("- 14,200 hygiene kits distributed"), with its object ("The Council expelled the envoy",
        # "Partners imposed sanctions") or with its year ("Talks collapsed in 2019")
    if " to be " in f" {' '.join(lower)} " or not _CLAUSE_OPENERS.isdisjoint(lower[:max(clause.index, 0)]) \
            or "to" in lower[:max(clause.index, 0)]:  # "The ministry to publish what it spent in 2023", "An inquiry
        return False  # into why the 2021 audit was buried": a demand, and a record inside it
    doer_first = text[:1].isdigit() or lower[0] in _SUBJECT_OPENS \
        or [w.lower() for w in clause.subject.split()[:1]] == lower[:1]  # "7,400 kits ...", "The Society has ...",
    return doer_first and _asserts_as(text, clause, _RECORD_KINDS)  # "Partners have opened ..."


def _object_next(words: list[str], verb: int) -> bool:
    """A past verb's object right after it (not a preposition, an adverb or the end): a finite verb, not a
    participle ("Partners imposed sanctions", not "Sanctions imposed on the three firms")."""
    after = words[verb + 1].lower() if verb + 1 < len(words) else ""
    return bool(after) and after not in G.PREPOSITIONS and after not in _SUBORDINATORS and not G.adverb(after) \
        and after not in ("by", "to", "and", "or", "until", "till", "pending")


_DATED_PAST = re.compile(r"\b(?:in|since|on|during|by|from) (?:(?:early|late|mid-?)\s*)?(?:\w+ )?(?:19|20)\d\d\b")


_CLAUSE_OPENERS = frozenset("why which that what who whom whose where when how".split())
_SUBJECT_OPENS = W.DETERMINERS | (W.DEMONSTRATIVES - {"that"})  # "that" opens a clause as often
_OBJECT_OPENS = W.NOUN_OPENERS - {"that"}  # after an instruction's verb: "Treat any footage ..."


# Words that open an instruction's object right after its verb ("Examine the ...", "Audit every ...").
_OBJECT_OPENS = (W.NOUN_OPENERS - {"that"}) | frozenset("for whether why how what who which".split())


def reports_projection(sentence: str) -> bool:
    """Whether a sentence reports what a named party says, forecasts or stands for now ("The food security
    cluster says distributions will stop in October", "The Meteorological Service forecasts rain", "The
    farmers' union opposes it"): a record, even under a forecast heading or an option the authors weigh."""
    return _reported_with(sentence, _PROJECTS | _STANDS)


def _reported_with(sentence: str, verbs: frozenset[str]) -> bool:
    text = sentence.strip().strip("*_ ").strip()
    words = _WORD.findall(text)
    lower = [w.lower().strip("'’-") for w in words]
    if verbs.isdisjoint(lower):
        return False
    clause = _own_subject(text, words, G.clause(words, lower))
    return clause.kind == "present" and clause.verb.split()[-1].lower() in verbs and bool(clause.subject) \
        and clause.subject.split()[0].lower() not in W.FIRST_PERSON | {"you", "i"} and assess(text).is_assertion


def frames_only(lead_in: str) -> bool:
    """A lead-in that records nothing and names no figure of its own ("The Trust calls on the authorities
    to:", "Partners are asked to plan on the following assumptions:"; not "Three scenarios follow from the
    seizure of the port on 3 May 2024, when 40 soldiers died:")."""
    return not _DIGITS.search(lead_in) and not records_past(lead_in)


def participle_or_count(text: str) -> bool:
    """A past participle after a title's first word, or a spelled count ("Villages shelled by the army", "forty-one
    in all"; not "Estimated deaths by province")."""
    words = [w.lower() for w in _WORD.findall(text)]
    return any(G.is_past(w) for w in words[1:]) or not _COUNTS.isdisjoint(words)


def states_something(text: str) -> bool:
    """Whether a title has a finite verb of its own, past or present ("Selmark wins nearly every harbour tender",
    "The ministry paid twice"), as a caption must not."""
    words = _WORD.findall(text)
    return G.clause(words, [w.lower() for w in words]).kind != ""


def records_past(sentence: str) -> bool:
    """Whether a sentence asserts in its own right what someone did or what was so (a past or perfect
    main clause, a subject that is not the speaker): a fact even under a forecast or a response heading
    ("The longest talks, in 2011, lasted four months.")."""
    return _asserts_with(sentence, _RECORD_KINDS, forecast_ok=True)


def records_others(sentence: str) -> bool:
    """Whether a sentence records what a named or definite other did (an active past or perfect main
    clause, its subject not the authors nor their team): a fact even in a method section ("The Calvessa
    registry stopped showing shareholder names in July 2020"; not "Interviews were held in May", "Our
    team visited three camps")."""
    text, words, lower, clause = _main_clause(sentence)
    if clause.kind not in ("past", "perfect") or not clause.subject:
        return False
    subject = {w.lower().strip("'’") for w in clause.subject.split()}
    if not subject.isdisjoint(_OWN_SIDE) or clause.subject.split()[0].lower() not in _DEFINITE:
        return False
    return _asserts_as(text, clause, _RECORD_KINDS)


_OWN_SIDE = frozenset("we our us i my team mission authors desk observers researchers monitors coders analysts "
                      "interviewers enumerators staff".split())  # who did the briefing's own work


_PRESENT_KINDS = frozenset(("present", "copula", "present-passive"))


def _asserts_with(sentence: str, kinds: frozenset[str], *, forecast_ok: bool) -> bool:
    """Whether the sentence asserts and its main clause is of one of `kinds`, with a subject that is
    not the speaker (and, unless `forecast_ok`, no forecast word anywhere)."""
    text, words, lower, clause = _main_clause(sentence)
    if not words or (not forecast_ok and (not W.FORECAST.isdisjoint(lower) or any(_future(w) for w in lower))):
        return False
    if G.is_base(lower[0]) and lower[1:2] and lower[1] in _OBJECT_OPENS and clause.index > 0:
        return False  # an instruction: "Propose a contact group ..., with the package held in reserve"
    return _asserts_as(text, clause, kinds)


def _main_clause(sentence: str) -> tuple[str, list[str], list[str], G.Clause]:
    """The sentence without emphasis, its words, their lower case and its main clause with its own subject:
    past a relative clause on "whose" ("Ferry crews whose training was state-funded would serve ..."), and
    none in a noun phrase with a participle after its comma ("A levy of 2%, phased in over two years")."""
    text = sentence.strip().strip("*_ ").strip()
    words = _WORD.findall(text)
    lower = [w.lower().strip("'’-") for w in words]
    clause = G.clause(words, lower)
    if "whose" in lower[max(clause.index - 4, 0):max(clause.index, 0)]:
        clause = _after_whose(words, lower, clause)
    elif clause.kind == "past" and _participle_phrase(text, lower, clause):
        return text, words, lower, G.Clause("")
    return text, words, lower, _own_subject(text, words, clause)


def _after_whose(words: list[str], lower: list[str], clause: G.Clause) -> G.Clause:
    """The main clause after a relative clause on "whose" and its verb, when it has one of its own."""
    start, end = lower.index("whose"), clause.index + len(clause.verb.split())
    main = G.clause(words[:start] + words[end:], lower[:start] + lower[end:])  # the sentence without it
    if main.index < start or words[main.index - start + end] == "May":
        return clause  # "Families whose homes were flooded in May": the relative clause is all there is
    return replace(main, index=main.index - start + end)


def _participle_phrase(text: str, lower: list[str], clause: G.Clause) -> bool:
    """A past form right after the comma that ends a noun phrase, with no finite verb after it: a participle
    describing the phrase ("A cap of 12 sailings a day, phased in over three years"), not a record."""
    if clause.index < 2:
        return False
    verb = next(islice(_WORD.finditer(text), clause.index, None), None)
    if verb is None or not text[:verb.start()].rstrip().endswith(","):
        return False
    if _DIGITS.search(text, verb.start()) or _MONTH.search(text, verb.start()):
        return False  # "The operator, fined 4 million euros in 2023", "A fund ..., set up by the ministry in 2021"
    return not any(w in _FINITE or G.is_past(w) or G.is_third_person(w) for w in lower[clause.index + 1:])


_MONTH = re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b")
_FINITE = W.MODALS | W.HAVE | W.BE_PAST | W.BE_PRESENT | W.DO


def _asserts_as(text: str, clause: G.Clause, kinds: frozenset[str]) -> bool:
    """Whether the main clause is of one of `kinds`, its subject is not the speaker, and the text asserts."""
    if clause.kind not in kinds or any(w.lower().replace("’", "'") in W.FIRST_PERSON for w in clause.subject.split()):
        return False
    return assess(text).is_assertion


# What a term means, as a glossary says it: a kind of thing (an indefinite subject, or one word) and what it is
# ("A write-down is an admission, in the accounts, that an asset is worth less than was paid for it",
# "Bundling means collecting many small donations ..."). Nothing particular may be named: no figure, no name, no
# count but a span of time, nobody's ("the president's nephew", "his"), no "only" or superlative ("A bribe is the
# only way to get a licence"); a one-word subject "means" nothing definite ("Privatisation means selling the port
# to ..."). (A bold term and its definition, "**PEP**: a person who holds ...", is not told from a fact box's value,
# "**Side business**: a fishing fleet registered offshore": only a glossary's lead-in or header makes it one.)
_DEFINING = frozenset(("is", "means", "refers"))
_DEFINITION = re.compile(r"^(?:(?:an?|any) (?P<kind>[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3}) (?:is|means|refers to|is defined as)"
                         r"|(?-i:[A-Z])[a-z'’-]+ (?:means|refers to|is defined as)) (?P<rest>\S.*)$", re.IGNORECASE)
_SOMEONES = re.compile(r"\b[\w-]+['’]s\b|\b(?:his|her|him)\b", re.IGNORECASE)  # anybody's: "a minister's cousin"
_QUALIFIED = frozenset("that who whom which whose where to of for meant used designed".split())  # what kind: "any group that ..."
_RELATIVE_HEADS = frozenset("who that which whom".split())
_RANKING = W.SUPERLATIVES | W.WEAK_SUPERLATIVES
_SPANS = frozenset("days weeks months years decades hours minutes".split())
_NOT_KINDS = frozenset("of third quarter half tenth fifth majority minority number total few couple".split())


def _defines(text: str) -> bool:
    match = _DEFINITION.match(text)  # (most sentences with "is" stop here)
    if not match or not _generic(text, _WORD.findall(text)[1:]):
        return False
    kind = (match.group("kind") or "").split()
    if any(w in _NOT_KINDS or G.is_past(w) for w in kind):  # "A third of ...", "A company owned by ..."
        return False
    rest = match.group("rest").lower()
    if rest.startswith("that ") or ", which" in rest or ", who" in rest:
        return False  # "Restructuring means that dockworkers lost ...", "..., which is how candidates raised ..."
    return (not kind or not _QUALIFIED.isdisjoint(rest.split())) and (bool(kind) or " the " not in f" {rest} ")


def _generic(text: str, rest: list[str]) -> bool:
    """Nothing particular named: no digit, no capital after the first word, nobody's, no count but a span of time,
    at most one definite "the" after the first word, and no relative clause that tells what was done ("a shell
    that fronted the tender", "the businessman who paid for the holidays of the minister")."""
    if _DIGITS.search(text) or _SOMEONES.search(text) or text.rstrip().endswith("?"):
        return False
    lower = [w.lower() for w in rest]
    if lower.count("the") > 1 or any(w in _RELATIVE_HEADS and i + 1 < len(lower) and G.is_past(lower[i + 1])
                                     for i, w in enumerate(lower)) or not _RANKING.isdisjoint(lower):
        return False
    return not any(w[:1].isupper() for w in rest) and not any(
        w in _COUNTS and w != "one" and _SPANS.isdisjoint(lower[i + 1:i + 4]) for i, w in enumerate(lower))
