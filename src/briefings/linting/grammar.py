"""Just enough grammar to tell a statement from a topic, a plan or an instruction.

`clause(words)` finds the first finite verb of a sentence and the words before it (its subject);
`fragment(words)` says what a subjectless list item or label value is: a report of what someone
did ("Billed the ministry"), does ("Praises the ruler"), an instruction ("Track the rules"), or a
noun phrase. A hand-kept lexicon plus English endings (-ed, -s), no statistical model: guide/lint.md
says why (cost, and no tagger with its model on the registry that reads these cases better).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefings.linting import words as W

# Words ending in -ed or -s that are not verb forms.
_NOT_VERBS = frozenset("indeed proceed speed seed hundred naked sacred wicked kindred hatred united limited "
                       "based alleged armed red bed need feed shed bled bred embed steed breed greed "
                       "news series species means crisis basis analysis thesis its this his has was is "
                       "as us thus plus bus gas yes less unless various previous famous serious "
                       "always perhaps towards afterwards whereas".split())


_BREAKS = frozenset("and but or so well now look yes then that which who whose where when because if although "
                    "while as than why how what think thinks believe believes know knows".split()) | W.FIRST_PERSON
_COMPLEMENT_TAKERS = frozenset("seem seems seemed appear appears appeared look looks feel feels become becomes "
                                "remain remains".split())
_ADVERB_BREAKS = frozenset("now then so well".split())
_NOT_NOUNS = frozenset("to and or but that which who whom whose as than out up down off back away it them him her "
                       "us me you they he she we i this these those".split()) | W.NOT_BEFORE_VERB
_COUNTING = W.SPELLED_NUMBERS | W.SMALL_NUMBERS | {"both", "many", "several", "few"}
PREPOSITIONS = frozenset("of since in on for from with at by about under after before between among during within "
                          "without into over".split())
_AUXILIARY = W.BE_PAST | W.BE_PRESENT | W.HAVE | W.DO
COUNTING_PRONOUNS = frozenset("most many some few several all both none each".split())  # a subject on their own
_SHARES = COUNTING_PRONOUNS | {"half", "much", "part", "little"}  # "Half of that came from abroad"
_POINTING = frozenset("that this it these those".split())  # what was just said, as the whole of a subject
_BEFORE_VERB = W.BE_PAST | W.BE_PRESENT | W.HAVE | W.MODALS  # "demands have hardened": the verb comes next
_LEADING = W.NOT_BEFORE_VERB - {"the", "a", "an", "its", "their", "his", "her", "no"}  # dropped before a subject


@dataclass(frozen=True)
class Clause:
    """The first finite verb of a sentence: its kind, the verb as written and the subject before it."""

    kind: str  # past | perfect | passive | present | copula | copula-past | modal | "" (none)
    verb: str = ""
    subject: str = ""
    index: int = -1


def is_past(word: str) -> bool:
    """Past tense: "dropped", "led"."""
    if (word in W.IRREGULAR_VERBS and not word.endswith("s")) or word in W.SAME_PAST:
        return True
    return len(word) > 3 and word.endswith("ed") and word not in _NOT_VERBS


def is_participle(word: str) -> bool:
    """A past participle: "founded", "known", "hit"."""
    return word in W.PARTICIPLES or is_past(word)


def is_third_person(word: str) -> bool:
    """Third-person present: "praises", "doubts", "carries"."""
    if word in W.IRREGULAR_VERBS and word.endswith("s"):
        return True
    if len(word) < 4 or not word.endswith("s") or word in _NOT_VERBS or word.endswith(("ss", "us", "is")):
        return False
    return (word[:-1] in W.VERB_BASES or (word.endswith("es") and word[:-2] in W.VERB_BASES)
            or (word.endswith("ies") and word[:-3] + "y" in W.VERB_BASES)
            or word.endswith(("izes", "ises", "ifies", "ates")) and len(word) > 7)


def is_base(word: str) -> bool:
    """A verb's base form: "track", "strengthen", "emphasize"."""
    if word in W.VERB_BASES or word in W.IMPERATIVES:
        return True
    return len(word) > 5 and word.endswith(("ize", "ise", "ify", "ate", "en")) and not word.endswith("men")


def clause(words: list[str], lower: list[str]) -> Clause:
    """The first finite verb and its subject; Clause("") when there is none."""
    for i, word in enumerate(lower):
        if word in W.MODALS:
            return _found("modal", words, i, i)
        if ("'" in word or "’" in word) and (found := _contraction(words, lower, i)) is not None:
            return found
        if word in _AUXILIARY:
            return _auxiliary(words, lower, i)
        if i == 1 and lower[0] in COUNTING_PRONOUNS and is_past(word) and _verb_follows(words, lower, i):
            return _found("past", words, i, i)  # "Most began by posting ...", "Many fled"
        if i == 3 and lower[0] in _SHARES and lower[1] == "of" and lower[2] in _POINTING and is_past(word) \
                and _verb_follows(words, lower, i):
            return Clause("past", words[i], " ".join(words[:3]), i)  # "Most of that went on advertising"
        if i == 0 or lower[i - 1] in W.NOT_BEFORE_VERB or lower[i - 1].endswith(("'s", "’s")) or words[i][0].isupper() \
                or lower[i - 1] in ("be", "being"):
            continue  # "the proposed law", "the library's annotated copy", "the United States", "to be considered"
        after = lower[i + 1] if i + 1 < len(lower) else ""
        if after in _BEFORE_VERB:
            continue  # "Kestravan demands have hardened": the verb comes next
        if lower[i - 1] in _COMPLEMENT_TAKERS:
            continue  # "Most of them seem tired": an adjective after a linking verb
        # (a last word "Key points", "Price rises" is a compound noun, not "Key" doing something)
        if is_past(word) and _instruction_object(words, lower, i):
            continue  # "Treat any footage published since 3 June as unverified": the object's participle
        if is_past(word) and not _reduced_relative(lower, i) and not _participle_before_noun(lower, i) \
                and not keeps(words):  # "Keep budget support suspended": its complement
            return _found("past", words, i, i)
        if is_third_person(word) and lower[i - 1] not in W.PLURAL_SUBJECTS and not _counted_noun(lower, i) and (after or (i > 1 and not (
                is_base(lower[0]) and lower[1] in W.NOUN_OPENERS))) \
                and not (lower[i - 1].endswith("ing") and words[i - 1].islower()) \
                and not (i == 1 and _plural_noun(lower[0]) and (not after or after in PREPOSITIONS or after == "to")) \
                and not _past_next(words, i):  # nouns: "talking points", "Arms
            return _found("present", words, i, i)  # exports to ...", "imports fell", the last word after an
            # instruction ("Monitor the new rules")
        if _s_verb_between(words, lower, i):  # "The bill lengthens the term": a verb no list knows, by its place
            return _found("present", words, i, i)
        if word in W.VERB_BASES and _two_names(words, lower, i):  # "Brevonia and Taldir share the basin"
            return Clause("present", words[i], f"{words[i - 3]} and {words[i - 1]}", i)
        if word in W.VERB_BASES and (_plural_subject(lower[i - 1]) or _plural_subject(lower[_before_adverbs(lower, i)])):
            return _found("present", words, i, i)  # "they work", "Both still work", "its journalists now work"
    return Clause("")


# Instructions whose object takes a participle: "Keep budget support suspended", "Leave the levy frozen".
_KEEPS = frozenset("keep leave hold get have keeps leaves holds".split())  # and what an option does: "Leaves the
# channel and the port exposed to the next incident"


def keeps(words: list[str]) -> bool:
    """An instruction whose object takes a later participle ("Keep budget support suspended"), not a name
    ("Hold Security reported the breach")."""
    return len(words) > 1 and words[0].lower() in _KEEPS and words[1][:1].islower()


def _two_names(words: list[str], lower: list[str], i: int) -> bool:
    """Two names joined by "and" right before the verb: "Brevonia and Taldir share the basin"."""
    return i >= 3 and lower[i - 2] == "and" and words[i - 1][:1].isupper() and words[i - 3][:1].isupper() \
        and lower[i - 1] not in W.COMMON and lower[i - 3] not in W.COMMON


# Nouns that end like an adverb: "Her family says", "The assembly voted", "a rally in July".
_LY_NOUNS = frozenset("family assembly rally ally supply july italy monopoly anomaly reply belly bully folly "
                      "homily melancholy".split())


def adverb(low: str) -> bool:
    """A word that reads as an adverb: listed, or an "-ly" word of five letters or more that is no noun."""
    return low in W.ADVERBS or (low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS)


def _before_adverbs(lower: list[str], i: int) -> int:
    """The word before `i`, past any adverbs ("Both still work": "Both")."""
    j = i - 1
    while j > 0 and adverb(lower[j]):
        j -= 1
    return j


def _contraction(words: list[str], lower: list[str], i: int) -> Clause | None:
    """A pronoun fused with its auxiliary: "I'm", "we've", "he's", "they'd", "you'll"."""
    head, _, tail = lower[i].replace("’", "'").partition("'")
    if tail == "s" and head in _HAS_BEEN:
        return _has_done(words, lower, i, head)
    if head not in W.CONTRACTING or tail not in ("m", "re", "ve", "d", "ll"):
        return None  # "'s" is "is", "has" or a possessive: read on
    j = i + 1
    while j < len(lower) and adverb(lower[j]):
        j += 1
    following = lower[j] if j < len(lower) else ""
    participle = following == "been" or is_participle(following)
    if tail == "ll" or (tail == "d" and not participle) or (tail == "d" and following == "have"):
        kind = "modal"  # "I'll", "we'd like", "I'd have found"
    elif tail in ("ve", "d"):
        kind = "perfect" if participle and following != "got" else "present"  # "we've lost", not "we've got"
    else:
        kind = "present-passive" if participle else "copula"
    last = j if kind in ("perfect", "present-passive") and j < len(lower) else i
    return Clause(kind, " ".join(words[i:last + 1]), words[i].replace("’", "'").split("'")[0], i)


# "He's been dealing", "It's taken months", "there's been a policy": a pronoun's "'s" before "been" or
# an irregular participle is "has" (a record); before anything else it is "is" or unclear: read on.
_HAS_BEEN = frozenset("he she it there that".split())


def _has_done(words: list[str], lower: list[str], i: int, head: str) -> Clause | None:
    j = i + 1
    while j < len(lower) and lower[j] in ("never", "already", "just", "since", "also", "not", "always", "long"):
        j += 1
    following = lower[j] if j < len(lower) else ""
    if following != "been" and (following not in W.PARTICIPLES or following in _NOT_HAS
                                or following.endswith("ed") or following in W.SAME_PAST):
        return None
    later = lower[j + 1] if j + 1 < len(lower) else ""
    if following == "been" and head != "there" and not (is_participle(later) or later.endswith("ing")):
        return None  # "It's been a long day", "He's been a disappointment": what it is, not what was done
    return Clause("perfect", " ".join(words[i:j + 1]), words[i].replace("’", "'").split("'")[0], i)


_NOT_HAS = frozenset("known seen thought found made done set put cut hit shut left led met held bound".split())


def _auxiliary(words: list[str], lower: list[str], i: int) -> Clause:
    word = lower[i]
    j = i + 1
    while j < len(lower) and (adverb(lower[j]) or tuple(lower[j:j + 2]) in _SPANS):
        j += 2 if tuple(lower[j:j + 2]) in _SPANS else 1
    following = lower[j] if j < len(lower) else ""
    if word == "been":
        kind = "passive"
    elif word in W.HAVE and (is_participle(following) or following == "been"):
        kind = "perfect"
    elif (word in W.BE_PAST or word in W.BE_PRESENT) and is_participle(following):
        kind = "passive" if word in W.BE_PAST else "present-passive"
    elif word in W.BE_PAST:
        kind = "copula-past"
    elif word in W.BE_PRESENT:
        kind = "copula"
    elif word in ("did", "didn't", "had", "hadn't"):
        kind = "past"
    else:
        kind = "present"
    return _found(kind, words, i, j if kind in ("perfect", "passive", "present-passive") and j < len(lower) else i)


# Two-word adverbials between an auxiliary and its verb: "has so far refused", "had by then left".
_SPANS = frozenset((("so", "far"), ("thus", "far"), ("by", "then"), ("until", "now")))


_MOTION = frozenset("to towards toward into across through along past around".split())
_OBJECTS = frozenset("a an the this that these those their his her its our my to and in".split())


_THE = frozenset("the this that its his her their".split())
_OBJECT_OPENERS = frozenset("the a an its his her their him them it this these those".split())


_AFTER_PARTICIPLE = frozenset("as since before after until late early".split())


def _instruction_object(words: list[str], lower: list[str], i: int) -> bool:
    """A participle inside the object of an instruction: the sentence opens with a verb's base form and the
    object's determiner ("Treat any footage published since ...", "Reject every bid submitted late")."""
    after = lower[i + 1] if i + 1 < len(lower) else ""
    return i > 2 and is_base(lower[0]) and words[0][:1].isupper() and lower[1] in W.NOUN_OPENERS - {"that"} \
        and lower[0] not in W.NOT_BEFORE_VERB and lower[0] not in _COUNTING \
        and (after in PREPOSITIONS or after in _AFTER_PARTICIPLE)  # not "Fire this summer destroyed 3,000 hectares"


def _counted_noun(lower: list[str], i: int) -> bool:
    """An -s word that ends a counted subject: "Two opposition candidates withdrew", "Both posts are"
    (a count above one takes a plural noun, and a plural subject no -s verb)."""
    return 0 < i <= 3 and (lower[0] in _COUNTING - {"one"} or (lower[0].isdigit() and lower[0] != "1")) \
        and all(w not in W.NOT_BEFORE_VERB or w in _COUNTING for w in lower[1:i])


def _s_verb_between(words: list[str], lower: list[str], i: int) -> bool:
    """An -s word that no verb list knows, read as a verb by where it stands: after a definite singular
    noun, a name or "it", "he", "she" (an adverb such as "still" may come between), and before its
    object's determiner ("The bill lengthens the term", "It resets the count", "Harlo Port still stores
    its cargo ..."; not "the bill's sponsors", "The export controls", "The talks the ..."). The word
    lists stay first: this only adds what they miss."""
    word = lower[i]
    if i < 1 or i + 1 >= len(lower) or not words[i].islower() or len(word) < 5 or not word.endswith("s") \
            or word.endswith(("ss", "us", "is", "'s", "’s")) or word in _NOT_VERBS:
        return False
    if lower[i - 1] in _BETWEEN and i >= 2:  # "The port still stores ...": the adverb stands between
        words, lower, i = words[:i - 1] + words[i:], lower[:i - 1] + lower[i:], i - 1
    if lower[i + 1] in _MOTION and i >= 2 and lower[i - 2] in _THE and not lower[i - 1].endswith("s") \
            and words[i - 1].islower() and lower[i - 1] not in W.NOT_BEFORE_VERB:
        return True  # "The smoke in the clip drifts to the right", "The river flows into the lake"
    if lower[i + 1] not in _OBJECT_OPENERS or _contact_clause(words, lower, i + 1):
        return False
    if lower[i - 1] in ("it", "he", "she") and lower[i + 1] != "it":
        return True  # "It lengthens the presidential term"
    noun = lower[i - 1]
    if words[i - 1][:1].isupper() and len(noun) > 2 and not noun.endswith("s") and not words[i - 1].isupper() \
            and not (i == 1 and _when_next(lower, i + 1)):
        return True  # a name: "Harlo Port stores its grain ...", "Sweden imports the gas" (not "EU rules", "NGOs", nor a
        # capital that only opens the item before a time: "- Regional elections this autumn", "- Grain shipments the week after")
    if i < 2:
        return False
    return lower[i - 2] in _THE and words[i - 1].islower() and len(noun) > 2 and not noun.endswith("s") \
        and noun not in W.NOT_BEFORE_VERB and not adverb(noun)


_TIME_NOUNS = frozenset("day days week weeks weekend month months year years quarter autumn spring summer winter "
                        "season session term morning evening".split())


def _when_next(lower: list[str], j: int) -> bool:
    """A time phrase at `j`: "this autumn", "next year", "the week after the deal"."""
    return lower[j] in ("this", "next", "last", "each", "every") or (j + 1 < len(lower) and lower[j + 1] in _TIME_NOUNS)


_BETWEEN = frozenset("still now also already currently only often usually".split())  # between a subject and its verb


def _contact_clause(words: list[str], lower: list[str], start: int) -> bool:
    """A clause of its own after the -s word's supposed object: the -s word was a noun, the clause its
    relative without "that" ("The reform proposals the cabinet will table", "The budget options the
    treasury prefers"), not "The bill lengthens the presidential term and ..."."""
    for j in range(start + 1, min(start + 4, len(lower))):
        low = lower[j]  # (a participle right after the determiner describes the object: "its retained data")
        if low in W.MODALS or low in _AUXILIARY or ((is_past(low) or is_third_person(low)) and j > start + 1):
            return True
        if low in ("and", "or", "but", "to", "for", "in", "on", "with", "by", "from", "at", "of"):
            return False
    return False


def _verb_follows(words: list[str], lower: list[str], i: int) -> bool:
    """What follows a verb, not a noun it describes: "Many fled.", "Most backed the bill", "Some voted
    Labour", not "Each dated entry"."""
    if i + 1 >= len(lower):
        return True
    after = lower[i + 1]
    return after in PREPOSITIONS or after in _OBJECTS or words[i + 1][:1].isupper() or after[:1].isdigit()


# Past tenses that are never participles: "Support rose by 3 points" is no "firm owned by".
_PRETERITE_ONLY = frozenset("rose fell grew went came ran began took gave wrote drove rode spoke broke chose froze "
                            "stole swore tore wore woke knew threw drew flew shook sank sang rang swam".split())


def _reduced_relative(lower: list[str], i: int) -> bool:
    """"the fixes proposed here", "a firm owned by": a participle after a noun, followed by by/here."""
    if lower[i] in _PRETERITE_ONLY:
        return False
    after = lower[i + 1] if i + 1 < len(lower) else ""
    return after in ("by", "here", "below", "above")


def modifies_noun(lower: list[str], i: int, *, dated: bool) -> bool:
    """A participle that describes a noun rather than records: "seasonally adjusted unemployment" (an
    adverb before it, a noun after it), and, when the sentence names no date or figure (`dated`), "a
    government led by the Greens" (not "a firm owned by him since 2019")."""
    after = lower[i + 1] if i + 1 < len(lower) else ""
    if i > 0 and adverb(lower[i - 1]) and after and after not in _NOT_NOUNS and not adverb(after):
        return True
    return not dated and _reduced_relative(lower, i)


def _participle_before_noun(lower: list[str], i: int) -> bool:
    """"Poorly maintained bridges collapsed", "two family-linked companies won": a participle after a
    number or a determiner's -ly adverb and before a noun describes the noun; the verb comes later."""
    after = lower[i + 1] if i + 1 < len(lower) else ""
    later = lower[i + 2] if i + 2 < len(lower) else ""
    if i == 1 and after and after not in _NOT_NOUNS and adverb(lower[0]) and not adverb(after):
        finite = next((j for j in range(i + 2, len(lower)) if lower[j] in _AUXILIARY or lower[j] in W.MODALS), 0)
        if finite and _OBJECT_CLAUSE.isdisjoint(lower[i + 2:finite]):
            return True  # "Newly qualified nurses whose training was ... would serve" (not "Reportedly paid bribes",
            # "Allegedly received payments that were hidden")
    if not after or after in _NOT_NOUNS or adverb(after) or not (is_past(later) or later in W.IRREGULAR_VERBS):
        return False  # the noun's own verb follows it: not "Many voted Labour and then switched"
    before = lower[i - 1]
    return before in _COUNTING or (
        adverb(before) and (i == 1 or lower[i - 2] in W.NOT_BEFORE_VERB))


_OBJECT_CLAUSE = frozenset("that which who whom".split())  # a clause on the object, not the subject's verb


def _plural_subject(word: str) -> bool:
    """A plural subject of the base verb after it: listed ("they", "both") or an -s noun, even one that is
    also a verb's -s form ("Questions remain", "The company's documents name ..."): a verb read first
    would have been found at its own place."""
    return word in W.PLURAL_SUBJECTS or (_s_noun(word) and word not in W.NOT_BEFORE_VERB)


def _past_next(words: list[str], i: int) -> bool:
    """A past verb right after the word: it is the verb, the word its plural subject ("imports fell")."""
    after = words[i + 1] if i + 1 < len(words) else ""
    return after.islower() and "-" not in after and is_past(after)


def _plural_noun(word: str) -> bool:
    """A plural noun opening a sentence, which no -s verb can follow ("Arms exports to the Gulf")."""
    return _s_noun(word) and not word.endswith(("’s", "is")) and not is_third_person(word)


def _s_noun(word: str) -> bool:
    """A word that may be a plural noun by its ending ("documents", not "press", "bus" or "the minister's")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "'s"))


def _found(kind: str, words: list[str], i: int, last: int) -> Clause:
    return Clause(kind, " ".join(words[i:last + 1]), subject(words[:i]), i)


_MONTHS = frozenset(W.MONTHS)


def subject(before: list[str]) -> str:
    """The few words naming who acts, as written ("the ministry", "Both", "Varn's decisions")."""
    lows = [w.lower() for w in before]
    start = _after_break(lows)  # the clause after the last boundary ("and", "that", "whose")
    # from its first possessive: "Since January, Varn's decisions" -> "Varn's decisions"
    start += next((i for i, low in enumerate(lows[start:]) if low.endswith(("'s", "’s"))), 0)
    # the head before a preposition: "No leader since independence" -> "No leader"
    end = next((i for i in range(start + 1, len(lows)) if lows[i] in PREPOSITIONS), len(lows))
    full = [w for w, low in zip(before[start:end], lows[start:end]) if not adverb(low)]
    dated = [i for i, word in enumerate(full[:-1]) if word.lower() in _MONTHS
             and (i == 0 or full[i - 1].lower() not in W.NOUN_OPENERS)]  # not "The March decree"
    kept = full[dated[-1] + 1:][-3:] if dated else full[-3:]  # "On 19 June 2024 the Assembly" -> "the Assembly"
    while len(kept) > 1 and kept[0].lower() in _LEADING:
        kept = kept[1:]
    if kept and kept[0].lower() in W.COMMON and not (len(kept) > 1 and kept[1][:1].isupper()
                                                    and kept[0].lower() not in W.DETERMINERS):
        kept[0] = kept[0].lower()  # "the ministry", but "Mr Varga", "Governor Halden"
    return " ".join(kept)


def _after_break(lows: list[str]) -> int:
    """Where the clause after the last boundary word starts ("I" and "we" belong to it)."""
    for i in range(len(lows) - 1, -1, -1):
        if lows[i] in _ADVERB_BREAKS and i == len(lows) - 1 and i > 0 and lows[i - 1] not in _BREAKS:
            continue  # "He now says", "its journalists now work": an adverb after its subject
        if lows[i] in _BREAKS:
            return i if lows[i] in W.FIRST_PERSON else i + 1
    return 0


def fragment(lower: list[str], words: list[str] | None = None) -> str:
    """What a subjectless item is: past | present | imperative | modal | noun."""
    first = lower[0]
    after = lower[1] if len(lower) > 1 else ""
    skip = 2 if first == "no" and after == "longer" else 1 if first in ITEM_ADVERBS else 0
    if skip and len(lower) > skip:  # what the adverb leads: "No longer bids for public work", "Still chairs the board"
        return fragment(lower[skip:], words[skip:] if words else None)
    if first in W.MODALS:
        return "modal"
    if first in W.SAME_PAST or (first in W.IMPERATIVES and after in W.NOT_BEFORE_VERB):
        return "imperative"
    if first in W.PARTICIPLES or is_past(first):
        return "past"
    if first in W.HAVE or first in W.BE_PAST:  # "Has still not published ...": past the adverbs
        after = next((w for w in lower[1:4] if w not in W.ADVERBS and w not in ("not", "never", "yet")), after)
    if (first in W.HAVE or first in W.BE_PAST) and (is_participle(after) or after == "been"):
        return "past"  # "Has described protesters as ...", "Was fined in 2019": a record all the same
    if is_third_person(first) and after not in W.AFTER_NOUN and after and not (
            first in _NOUNS_BEFORE_TO and after == "to" and lower[2:3] and lower[2] in _DETERMINERS_AFTER_TO):
        return "present"
    if is_base(first) and after not in W.AFTER_NOUN and after not in W.ROLE_NOUNS and not _noun_subject(lower, words or lower):
        # (a role: "Lead author of the 2019 assessment", "Associate professor of hydrology")
        return "imperative"
    return "noun"


ITEM_ADVERBS = frozenset("still also never now already repeatedly".split())
# -s words that take an object as verbs, so that before "to" and a determiner they are nouns: "- Guarantees to
# the state copper company", "- Grants to the regional councils" (not "- Reports to the minister": no such word)
_NOUNS_BEFORE_TO = frozenset("guarantees grants funds loans transfers awards credits gifts subsidies payments "
                             "donations cuts changes amendments".split())
_DETERMINERS_AFTER_TO = frozenset("the a an its their his her this these those our".split())


def _noun_subject(lower: list[str], words: list[str]) -> bool:
    """"Support for the ban fell", "Lower Tesk has ...", "Transport economists generally agree": a base-form
    first word followed by a finite verb is a noun; not when a plural verb follows a determiner or a
    question word ("Watch the results centre after polls close", "Ask whether officials know"), nor after
    "then" ("Start with the list, then read the transcripts")."""
    later = clause(words, lower)  # as written: "Hold Security reported ..." names a firm
    if later.kind in ("", "modal") or later.index <= 0 or lower[later.index - 1] == "then":
        return False
    if _subordinate(lower, later):
        return False  # "Start lining the canals now, and stop licensing wells until it has been surveyed": the verb
        # found is a later clause's
    if _object_opens(words, lower, later):
        return False  # "Release any aid workers still held": a noun phrase opens the object
    if lower[0] in _TREATS and later.kind == "present" and lower[later.index + 1:later.index + 2] == ["as"] \
            and later.index >= 2 and lower[later.index] not in _LINKS_AS:
        return False  # "Treat subgroup leads as indicative only": the -s word a noun, "as" what to take it for
    if lower[0] in _TELLS and "to" in lower[2:later.index] and later.kind == "present":
        return False  # "Order commanders at Hadra to clear convoys with valid permits": whom, then what to do (the
        # -s word a noun; not "Direct flights to the capital resumed in May")
    verb = lower[later.index]
    between = lower[1:later.index]
    if later.kind == "present" and any(w in ("and", "or") and is_base(n) and n not in W.NOT_BEFORE_VERB
                                       for w, n in zip(between, between[1:])):
        return False  # "Revoke Decree 114 or restore monthly permits ...": a second instruction before the -s
        # word, which is a noun there (not "Demand for loans to build houses exceeds supply")
    if later.kind != "present" or is_third_person(verb) or verb in ("has", "does"):
        return True
    return W.NOUN_OPENERS.isdisjoint(between) and _QUESTION_WORDS.isdisjoint(between)


_QUESTION_WORDS = frozenset("whether why how what who whom which where when".split())
_OBJECT_OPENERS_NOT_THAT = W.NOUN_OPENERS - {"that"}
_CLAUSE_SUBJECTS = frozenset("it they he she we the this these those its their his her a an".split())


def _subordinate(lower: list[str], later: Clause) -> bool:
    """Whether the verb found opens a subordinate clause with a subject of its own ("until it has been
    surveyed"), with no main verb after it (not "Trade while the border was open grew by 40%", "Travel
    until March required a permit")."""
    conj = next((i for i in range(1, later.index) if lower[i] in _CONJUNCTIONS), -1)
    if conj < 0 or lower[conj + 1] not in _CLAUSE_SUBJECTS or "," in lower[conj:later.index]:
        return False
    end = later.index + len(later.verb.split())
    end += 1 if end < len(lower) and is_past(lower[end]) else 0  # past a participle after an auxiliary
    return not _finite_after(lower[end:])


def _finite_after(rest: list[str]) -> bool:
    """A finite verb past the subordinate clause: a coordinated participle ("... updated and published") or a
    coordinated clause's own verb ("... and the appeals are exhausted") is the clause's, a later one is not
    ("Trade while the border was open and prices were low grew by 40%")."""
    i = 0
    while i < len(rest):
        word = rest[i]
        if word in ("and", "or"):
            j = i + 1
            if j < len(rest) and is_past(rest[j]):
                i = j + 1  # "and published"
                continue
            window = range(j, min(j + 5, len(rest)))  # an auxiliary first: "the appeals are exhausted"
            own = next((k for k in window if rest[k] in _AUXILIARY), -1)
            own = own if own >= 0 else next((k for k in window if is_past(rest[k]) or is_third_person(rest[k])), -1)
            if own >= 0:  # the coordinated clause's own verb, and a participle after it
                i = own + (2 if own + 1 < len(rest) and is_past(rest[own + 1]) else 1)
                continue
        elif is_past(word) or is_third_person(word):
            return True
        i += 1
    return False


_TREATS = frozenset("treat regard use take count report describe read record".split())
_LINKS_AS = frozenset("stands serves ranks counts acts remains works functions doubles qualifies emerges comes continues "
                      "goes stays falls rises grows arrives".split())
_CONJUNCTIONS = frozenset("until unless because whenever once if while although though".split())
_RELATIVE_WORDS = frozenset("that which who whom whose".split())
_TIME_NOUNS = frozenset("summer winter spring autumn fall year month week season quarter morning decade century "
                        "time day".split())


def _object_opens(words: list[str], lower: list[str], later: Clause) -> bool:
    """A determiner right after the first word opens its object, so the first word is an instruction
    ("Release any aid workers still held", "Release the shelter kits held in customs"); not a time
    ("Fire this summer destroyed ..."), a relative clause before the main verb ("Damage the storm caused
    was put at ...", "Pressure the donors applied forced ..."), "Fear that ..." or a group's "Say the bill
    targets ...", whose clause is what they say."""
    if len(lower) < 3 or lower[1] not in _OBJECT_OPENERS_NOT_THAT or not words[1][:1].islower() or lower[0] in W.SAYS:
        return False
    if lower[2] in _TIME_NOUNS:
        return False
    end = later.index + len(later.verb.split())
    after = lower[end] if end < len(lower) else ""
    if after in _AUXILIARY or is_past(after) or is_third_person(after) or (later.index > 2 and is_past(lower[later.index - 1])):
        return False
    return not any(w in W.BE_PAST or w in W.BE_PRESENT for w, before in zip(lower[end + 1:], lower[end:])
                   if before not in _RELATIVE_WORDS)  # "Work the firm did for the ministry was never invoiced"
# Instructions that name whom and then what to do: "Order commanders to clear convoys", "Urge donors to ..."
_TELLS = frozenset("order ask urge require allow instruct direct tell press encourage invite oblige compel "
                   "permit enable help pressure persuade".split())
