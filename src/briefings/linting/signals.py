"""The signals that make a sentence a checkable assertion; each returns the words that fired.

Kept apart from `claims`, which decides: these only look for evidence of a fact.
"""

from __future__ import annotations

import re

from briefings.linting import words as W
from briefings.linting.scan import Scan

_QUOTE = re.compile(r"[\"“]([^\"“”]{3,600})[\"”]")
# Each Scan names, after its pattern, the keys one of which every match holds (see `scan`).
# a figure with "%" or "per cent" after a number ("40 per cent", "fifty-five percent", "two percentage points"),
# not the word alone ("a fixed percentage split", "divided by percentage")
_PERCENT_NUMBER = "|".join(sorted(W.SPELLED_NUMBERS | W.SMALL_NUMBERS | {"zero", "a"}, key=len, reverse=True))
_PERCENT = Scan(re.compile(r"\d\s*%|(?:\d|\b(?:" + _PERCENT_NUMBER + r"))[\s-]*(?:per\s?cent|percent|percentage\s+points?)\b",
                           re.IGNORECASE), ("%", "per"))
_AMOUNT = Scan(re.compile(r"[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:dollars|euros|pounds|rubles|roubles|bucks)\b", re.IGNORECASE),
               ("$", "€", "£", "¥", "dollars", "euros", "pounds", "rubles", "roubles", "bucks"))
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")
_YEAR_DIGITS = r"\b(?:1[6-9]\d\d|20\d\d)(?:s|'s)?"
_YEAR = re.compile(_YEAR_DIGITS + r"\b")
_MONTHS = W.MONTHS[:12]  # the full names
_MONTH_DATE = Scan(re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + "|".join(map(str.capitalize, _MONTHS))
                              + r")\b(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4})?"), tuple(_MONTHS))
_RELATIVE_DATE = Scan(re.compile(r"\b(?:yesterday|last (?:week|month|year|decade)|(?:a|one|two|three|ten) "
                                 r"(?:years?|months?|decades?) ago)\b", re.IGNORECASE), ("yesterday", "last ", " ago"))
_CAUSAL = Scan(re.compile(r"\b(?:" + "|".join(re.escape(c) for c in W.CAUSAL) + r")\b", re.IGNORECASE), W.CAUSAL)
_CERTAINTY = Scan(re.compile(r"(?<!almost\s)(?<!nearly\s)\b(?:" + "|".join(re.escape(c) for c in W.CERTAINTY) + r")\b",
                             re.IGNORECASE),  # "almost certainly" hedges
                  W.CERTAINTY)
_VAGUE = Scan(re.compile(r"\b(?:" + re.sub(r"\s+", "", W.VAGUE_ATTRIBUTION) + r")\b", re.IGNORECASE),
              ("say", "said", "argue", "believe", "suggest", "claim", "note", "show", "allege", "suspect", "think",
               "report", "thought", "know", "concede", "admit", "tipped", "rumoured", "rumored", "regarded",
               "considered", "seen", "assumed", "understood", "insist", "point", "warn", "complain", "acknowledge", "expect",
               "call", "describe", "agree", "doubt", "told", "tell", "estimate", "fear"))
# (every phrase ends in one of these verbs; a key matches inside a longer word: "argue" in "argued")
# a verb of saying shortly before a short quotation (not "calls": 'calls this "disorder"' names a term)
_SAID = re.compile(r"\b(?:" + "|".join(W.SAID_BEFORE_QUOTE) + r")\b", re.IGNORECASE)
_COMPARISON = re.compile(r"\b(?:[a-z]{3,}er|more|less|fewer|worse|better)\s+than\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[a-z]+")
# Numbers that count nothing checkable: list markers and spans of time ahead ("Number three, ...",
# "over the next ten years", "within 90 days", "another five seconds", "the third thing"); spans
# already passed ("for 35 years", "the last eight years") still count; nor do the parts of an argument
# ("three ways to", "two reasons").
_COUNT = r"(?:\d[\d,.]*|" + "|".join(sorted(W.SPELLED_NUMBERS | W.SMALL_NUMBERS, key=len, reverse=True)) + ")"
_NOT_A_COUNT = Scan(re.compile(r"\bnumber (?:" + _COUNT + r")\b|\bthe (?:third|fifth|tenth)\b|\b" + _COUNT + r"[\s-]+(?:seconds?|minutes?)\b(?!\s+long\b)|"
                               r"\bto the nearest " + _COUNT + r"\b|"  # a rounding: "hectares to the nearest hundred"
                               r"\b(?:every|each) (?:other )?quarter\b|"
                               # a unit, and the briefing's annexes: "in billions of talers", "Annexes 1 and 2" (not a
                               # document's "page 1 shows two punch holes", nor a law's "Section 12 sets out ...")
                               r"(?:,\s*|\(|\b(?:figures|amounts|values|sums|totals|prices|numbers)\s+(?:are\s+|is\s+)?|"
                               r"\b(?:given|shown|expressed)\s+)in (?:hundreds|thousands|"
                               r"millions|billions|trillions) of\b|"
                               r"\b(?:annex(?:es)?|appendix|appendices)(?!\s+\d+\s+(?:of|to)\b) \d+(?:(?:\s*(?:and|to|[-–,])\s*)\d+)*\b|"
                               r"\b(?:next|coming|another|within|in|first|every|each) (?:the )?" + _COUNT + r"(?:[\s-]+and a half)?[\s-]+"
                               r"(?:days?|weeks?|months?|years?|decades?)\b(?!\s+(?:ago|old|later))|"
                               r"\b(?:" + "|".join(W.ARGUMENT_FRAMES) + r")\s+(?:" + "|".join(W.ARGUMENT_COUNTS)
                               + r")\s+(?:(?:" + "|".join(W.ARGUMENT_ADJECTIVES) + r")\s+)?(?:"
                               + "|".join(W.ARGUMENT_PARTS) + r")\b(?!\s+(?:were|was|had|have)\b)", re.IGNORECASE),
                    ("number ", "the third", "the fifth", "the tenth", "second", "minute", "day", "week", "month", "year", "decade", "quarter",
                     "hundreds", "thousands", "millions", "billions", "trillions", "annex", "appendix", "appendices",
                     "nearest",
                     *W.ARGUMENT_PARTS))


def _firsts(phrases: tuple[str, ...]) -> frozenset[str]:
    """The first word of each phrase: a regex runs only on sentences holding one of them."""
    return frozenset(p.split()[0].lower() for p in phrases)


# Words that must be present for a regex to have any chance: most sentences skip most scans.
_CAUSAL_WORDS = _firsts(W.CAUSAL)
_CERTAINTY_WORDS = _firsts(W.CERTAINTY)
_VAGUE_WORDS = frozenset("people experts critics observers analysts commentators insiders sources reports studies "
                         "many some others everyone everybody said believed reported claimed alleged thought "
                         "several most few widely assumed understood officials diplomats residents witnesses "
                         "investigators economists lawyers activists campaigners aides allies prosecutors rumoured rumored "
                         "opponents supporters proponents defenders detractors expected we i official diplomat source insider "
                         "analyst observer expert critic aide adviser advisor resident witness investigator lawyer "
                         "activist prosecutor staffer employee officer".split())
_CONDITION_BEFORE = re.compile(r"\b(?:where|wherever|when|whenever|once|until|unless|if|as long as)\s+$", re.IGNORECASE)
_DATE_WORDS = frozenset(W.MONTHS) | {"yesterday", "last", "ago"}
_PERCENT_WORDS = frozenset({"per", "percent", "percentage"})
_SUPERLATIVE_WORDS = W.SUPERLATIVES | W.WEAK_SUPERLATIVES


def quote(text: str) -> str:
    """'quotes someone' for a quotation of four words or more, or of two or more right after a verb of
    saying ('says the Chamber "exceeded its mandate"')."""
    for match in _QUOTE.finditer(text):
        size = len(match.group(1).split())
        if size >= 4 or (size >= 2 and not match.group(1)[:1].isupper()
                         and _SAID.search(text, max(0, match.start() - 80), match.start())):
            return "quotes someone"  # not a name in quotation marks: 'said the "Green Deal" would ...'
    return "quotes someone" if len(_run_on_quote(text).split()) >= 4 else ""


def _run_on_quote(text: str) -> str:
    """The quoted words of a sentence inside a quotation of several sentences: after the one mark that
    opens it and runs on ('"I have been asked whether I would serve.'), or before the one mark that
    closes it ('I would not." — the deputy governor'); '' when the marks pair up or there are none
    (an inch mark after a digit is no quotation mark: 'a 55" screen')."""
    marks = [m.start() for m in _MARK.finditer(text) if not (text[m.start()] == '"' and text[m.start() - 1:m.start()].isdigit())]
    if len(marks) != 1:
        return ""
    at = marks[0]
    before = text[at - 1:at]
    opening = text[at] == "“" or (text[at] == '"' and (not before or before.isspace() or before in "(—–-"))
    return text[at + 1:] if opening else text[:at]


_MARK = re.compile(r'["“”]')


def numeric(text: str, present: frozenset[str] | set[str] | None = None) -> list[str]:
    """Percentages, amounts, dates and other numbers; `present` (the sentence's lower-case words)
    lets a sentence without digits or date words skip the scans."""
    digits = _DIGIT.search(text) is not None
    if present is not None and not digits:
        if present.isdisjoint(_DATE_WORDS) and present.isdisjoint(_PERCENT_WORDS):
            return ["states a number"] if _counts(text, present) else []
    found = []
    if (digits or present is None or not present.isdisjoint(_PERCENT_WORDS)) and _PERCENT.search(text):
        found.append("states a percentage")
    if digits and _AMOUNT.search(text):
        found.append("states an amount")
    dates = (digits and (_YEAR.search(text) or _MONTH_DATE.search(text))) or _RELATIVE_DATE.search(text)
    if dates:
        found.append("dated event")
    if found:
        return found
    stripped = _YEAR.sub(" ", text) if digits else text
    if (digits and _NUMBER.search(_NOT_A_COUNT.sub(" ", stripped))) or _counts(stripped, None):
        found.append("states a number")
    return found


def figures(text: str) -> list[str]:
    """The kinds of number a text states besides its dates ("40 clinics had closed by March 2025": a number),
    which `numeric` leaves out once it has found a date."""
    return numeric(_PERIOD.sub(" ", _MONTH_DATE.sub(" ", _YEAR_SPAN.sub(" ", text))))


_YEAR_SPAN = re.compile(_YEAR_DIGITS + r"(?:\s*[–—/-]\s*(?:\d\d){1,2})?\b")  # "2025–26"
_PERIOD = re.compile(r"\b(?:first|second|third|fourth|last|latest|whole|full) (?:half|quarter)\b", re.IGNORECASE)


def _counts(text: str, present: frozenset[str] | set[str] | None) -> bool:
    """A spelled-out count ("three ministers", "one-quarter of", "trillion-dollar"), not a list
    marker ("Number three, ...") or a span of time ("the next ten days")."""
    if present is not None and present.isdisjoint(W.SPELLED_NUMBERS) and not any("-" in w for w in present):
        return False
    words = _LETTERS.findall(_NOT_A_COUNT.sub(" ", text.lower()))
    return not W.SPELLED_NUMBERS.isdisjoint(words)


def superlative(lower: list[str], present: frozenset[str] | set[str] | None = None) -> str:
    """Superlatives and uniqueness ("largest", "the first")."""
    if present is not None and present.isdisjoint(_SUPERLATIVE_WORDS):
        return ""
    for i, word in enumerate(lower):
        if word == "record" and not (lower[i - 1] == "a" or lower[i + 1:i + 2] and lower[i + 1] in W.RECORD_NOUNS):
            continue  # "his record", "set the record straight": the noun, not "a record high"
        if word in W.WEAK_SUPERLATIVES and lower[i + 1:i + 3] in (["is", "to"], ["is", "that"], ["would", "be"]):
            continue  # "The first is to return ...": the first of the options, not a first in the world
        if word in W.SUPERLATIVES or (word in W.WEAK_SUPERLATIVES and i and lower[i - 1] in W.DETERMINERS):
            return f"superlative '{word}'"
    return ""


def causal(text: str, present: frozenset[str] | set[str] | None = None) -> str:
    """Causal claims ("led to", "because")."""
    if present is not None and present.isdisjoint(_CAUSAL_WORDS):
        return ""
    for match in _CAUSAL.finditer(text):
        if not _speaker_motive(match.group(0), text[:match.start()], text[match.end():]):
            return f"causal claim '{match.group(0)}'"
    return ""


_SPEAKER = re.compile(r"\s+(?:i|we)\s+(?:(?:really|just|still|also|do|truly|simply)\s+)?(\w+)", re.IGNORECASE)
_SPEAKER_FIRST = re.compile(r"\W*(?:(?:and|but|so|well|now|yes|no)\W+)*(?:i|we)(?:'m|’m|'re|’re|'ve|’ve|\s)",
                            re.IGNORECASE)


def _speaker_motive(word: str, before: str, after: str) -> bool:
    """"I'm in public service because I love this country": the speaker's own doing explained by
    their own motive or view, not a cause stated as fact ("The plant closed because we believe
    ..." still is one)."""
    found = _SPEAKER.match(after) if word.lower() == "because" else None
    return found is not None and found.group(1).lower() in W.MOTIVE_VERBS and _SPEAKER_FIRST.match(before) is not None


def change(lower: list[str]) -> str:
    """Changes stated as done ("rose", "cut"), not planned ("to cut")."""
    for i, word in enumerate(lower):
        if word in W.CHANGE_VERBS and not (i and lower[i - 1] in ("to", "will", "would", "could", "can")):
            return f"states a change ('{word}')"
    return ""


_BE = frozenset("is are was were 's 're been being".split())  # ('s: "it's up")
_LEVEL_VERBS = _BE | frozenset("gone went come came going coming".split())
_LEVEL_WORDS = W.TRENDS | W.LEVEL_AFTER


def level(lower: list[str], present: frozenset[str] | set[str]) -> str:
    """A level that moved or is moving ("spending is up", "costs have gone down", "prices are
    rising"), not "it is up to the courts"."""
    if present.isdisjoint(_LEVEL_WORDS):
        return ""
    for i in range(1, len(lower)):
        word, before = lower[i], lower[i - 1].replace("’", "'")
        if "'" in before:
            before = "'" + before.split("'")[-1]  # "it's gone up", "they're rising"
        after = lower[i + 1] if i + 1 < len(lower) else ""
        if word in W.LEVEL_AFTER and before in _LEVEL_VERBS and after not in W.NOT_LEVEL:
            return f"states a change ('{lower[i - 1]} {word}')"
        if word in W.TRENDS and before in _BE and after not in W.NOT_LEVEL:
            return f"states a change ('{lower[i - 1]} {word}')"
    return ""


def comparison(text: str, present: frozenset[str] | set[str] | None = None) -> str:
    """Comparisons ("higher than")."""
    if present is not None and "than" not in present:
        return ""
    match = _COMPARISON.search(text)
    return f"makes a comparison ('{match.group(0)}')" if match else ""


def vague(text: str, present: frozenset[str] | set[str] | None = None) -> str:
    """Vague attributions ("critics argue")."""
    if present is not None and present.isdisjoint(_VAGUE_WORDS):
        return ""
    match = _VAGUE.search(text)
    if match is None or _CONDITION_BEFORE.search(text, 0, match.start()):
        return ""  # "Where experts doubt the data, we say so": no one's view is reported
    return f"vague attribution '{match.group(0)}'"


def certainty(text: str, present: frozenset[str] | set[str] | None = None) -> str:
    """Certainty language ("clearly"); supports other signals, never fires alone."""
    if present is not None and present.isdisjoint(_CERTAINTY_WORDS):
        return ""
    match = _CERTAINTY.search(text)
    return f"certainty word '{match.group(0)}'" if match else ""
