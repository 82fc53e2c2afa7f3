"""A Scan skips only texts its pattern cannot match: one of its keys is in every match, in any case."""

from __future__ import annotations

import re
import string

import pytest

from briefings.linting import claims, signals
from briefings.linting import words as W
from briefings.linting.scan import ODD_CASE, Scan, StartFirst, may_hold, top_branches

SCANS = {f"{module.__name__.rsplit('.', 1)[-1]}.{name}": value for module in (claims, signals)
         for name, value in vars(module).items() if isinstance(value, Scan)}

# Texts each Scan must match: one or more for every alternative of its pattern.
MATCHES: dict[str, tuple[str, ...]] = {
    "signals._PERCENT": ("rose 5 %", "rose 5%", "five per cent", "five percent", "a percentage point"),
    "signals._AMOUNT": ("$5", "€ 3 million", "£4", "¥9", "5 dollars", "3 euros", "4 pounds", "7 rubles", "8 roubles",
                        "9 bucks"),
    "signals._MONTH_DATE": ("3 March 2020", "May 14, 1968", "in December", "on 1st June"),
    "signals._RELATIVE_DATE": ("yesterday", "last week", "last decade", "two years ago", "a month ago"),
    "signals._CAUSAL": W.CAUSAL,
    "signals._CERTAINTY": W.CERTAINTY,
    "signals._VAGUE": ("some experts say", "critics argued", "sources noted", "many believe", "others suspect",
                       "some councillors privately concede", "several local officials say",
                       "it is widely believed", "it is thought", "everyone knows", "people are saying"),
    "signals._NOT_A_COUNT": ("number three", "number 4", "the third", "ten minutes", "5 seconds", "the next ten days",
                             "within 90 years", "in the coming two and a half decades", "another five weeks",
                             "there are three main reasons", "has five pillars", "had two big ideas",
                             "to the nearest hundred"),
    "claims._VIEW_FRAME": ("I think", "we do not believe", "we really don't doubt", "in my view", "in our opinion",
                           *(f"we {verb}" for verb in sorted(W.VIEW_VERBS))),
    "claims._NORMATIVE": W.NORMATIVE,
    "claims._FACTIVE": ("we know that the army fired", "she knows that the army fired", "they knew that the army fired",
                        "understand that the army fired", "remember that the army fired", "recall that the army fired",
                        "realize that the army fired", "realised that the army fired", "note that the army fired",
                        "forget that the army fired", "regret that the army fired", "remind you that the army fired",
                        "keep in mind that the army fired", "bear in mind that the army fired",
                        "worth noting that the army fired", "accurate to say that the army fired",
                        "a scandal that the army fired", "a fact that the army fired", "is right that the army fired",
                        "know this, that the army fired"),
}


def test_every_scan_has_examples() -> None:
    assert set(MATCHES) == set(SCANS)


@pytest.mark.parametrize("name", sorted(MATCHES))
def test_a_key_is_in_every_match(name: str) -> None:
    scan = SCANS[name]
    cased = [str.upper, str.title] if scan.pattern.flags & re.IGNORECASE else []
    for example in MATCHES[name]:
        for text in (example, f"Then {example}, it seems.", *(case(example) for case in cased)):
            match = scan.pattern.search(text)
            assert match is not None, text
            assert any(key in match.group(0).lower() for key in scan.keys), text
            assert scan.search(text) is not None and scan.sub("", text) != text, text


def test_a_text_without_keys_is_not_scanned() -> None:
    scan = Scan(re.compile("clearly", re.IGNORECASE), ("clearly",))
    assert scan.search("The port was sold.") is None
    assert list(scan.finditer("The port was sold.")) == []
    assert scan.sub("", "The port was sold.") == "The port was sold."
    assert [m.group(0) for m in scan.finditer("CLEARLY, and clearly")] == ["CLEARLY", "clearly"]


def test_odd_case_characters_always_run_the_scan() -> None:
    assert re.search("sure", "ſure", re.IGNORECASE) and "sure" not in "ſure".lower()
    assert may_hold("ſure", ("sure",)) and may_hold("İt", ("it",)) and may_hold("ıt", ("it",))
    assert not may_hold("Sure", ("it",))


def test_odd_case_lists_every_character_ignorecase_reads_as_a_key_character_it_does_not_lower_to() -> None:
    """All of Unicode: `may_hold` relies on lower() matching re's IGNORECASE everywhere else."""
    chars = {c for scan in SCANS.values() for key in scan.keys for c in key} | set(string.ascii_lowercase)
    pattern = re.compile("[" + re.escape("".join(sorted(chars))) + "]", re.IGNORECASE)
    odd = {c for c in map(chr, range(0x110000)) if pattern.fullmatch(c) and c.lower() not in chars}
    assert odd == set(ODD_CASE)


def _texts() -> list[str]:
    """Lines and sentences of the sample library and the guides, as written and with a few starts
    the anchored alternatives look for."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    lines = [line.strip(" -*#>|") for path in [*root.glob("docs/**/*.md"), *root.glob("guide/*.md")]
             for line in path.read_text("utf-8").splitlines() if line.strip()]
    sentences = [s for line in lines for s in re.split(r"(?<=[.;:])\s+", line)]
    starts = ["This briefing covers ", "Figures are ", "All costs are in 2024 crowns and cover ", "We use ",
              "The tables below ", "As the term is used here, ", "Only ", "Data are ", ""]
    return [*lines, *sentences, *(start + s for start in starts for s in sentences[:400])]


def test_start_first_finds_what_the_whole_pattern_finds() -> None:
    from briefings.linting import metatext

    patterns = {name: value for name, value in vars(metatext).items() if isinstance(value, StartFirst)}
    assert {"META", "DATA_NOTES", "CONVENTION", "REFERENCE"} <= set(patterns)
    texts = _texts()
    assert len(texts) > 5000
    for name, fast in patterns.items():
        assert fast.rest is not None and fast.rest.pattern.count("|") < fast.pattern.pattern.count("|"), name
        hits = 0
        for text in texts:
            want, got = fast.pattern.search(text), fast.search(text)
            assert (want and (want.span(), want.groupdict())) == (got and (got.span(), got.groupdict())), (name, text)
            hits += want is not None
        assert hits, name  # the texts reach the pattern at all


def test_start_first_splits_only_top_level_alternatives_anchored_at_the_start() -> None:
    source = r"^a|(?P<b>^b|c)|(?:^d)|[|^]e|\|f|(?P<g>^g)"
    assert top_branches(source) == ["^a", "(?P<b>^b|c)", "(?:^d)", "[|^]e", r"\|f", "(?P<g>^g)"]
    fast = StartFirst(re.compile(source))
    assert fast.rest is not None and fast.rest.pattern == r"(?P<b>^b|c)|[|^]e|\|f|(?P<g>(?!))"
    for text in ("a", "xa", "b", "xb", "xc", "d", "xd", "|e", "x^e", "x|f", "g", "xg", ""):
        want, got = re.compile(source).search(text), fast.search(text)
        assert (want and (want.span(), want.groupdict())) == (got and (got.span(), got.groupdict())), text
    assert fast.search("a", -1) is not None  # a negative start is the start, as `re` reads it
    with pytest.raises(ValueError, match="MULTILINE"):
        StartFirst(re.compile("^a|b", re.MULTILINE))
