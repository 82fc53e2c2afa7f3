"""A published Vale package through the built-in engine: modelled on write-good's fixtures.

The rule files below follow the shapes of write-good's rules (existence rules with tokens, raw
patterns and both; a repetition rule, which the built-in engine lacks), in our own words, and each
fixture's expected output is what Vale prints for it (`line:column:Rule:message`, as in the
package's own feature tests). The repetition rule must never stop the lint: switched off it is
not even read, switched on it is skipped with one warning that names it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.vale.conftest import lint

Make = Callable[..., Path]

PACKAGE = {
    "ThereIs": """\
        extends: existence
        message: "Don't start a sentence with '%s'."
        ignorecase: true
        level: error
        raw:
          - '(?:[;-]\\s)There\\s(is|are)|\\bThere\\s(is|are)\\b'
        """,
    "So": """\
        extends: existence
        message: "Don't start a sentence with '%s'."
        level: error
        raw:
          - '(?:[;-]\\s)so[\\s,]|(^|\\W)So[\\s,]'
        """,
    "Weasel": """\
        extends: existence
        message: "'%s' is a weasel word!"
        ignorecase: true
        level: warning
        tokens:
          - very
          - fairly
          - extremely
          - remarkably
        exceptions:
          - very well
        """,
    "TooWordy": """\
        extends: existence
        message: "'%s' is too wordy."
        ignorecase: true
        level: warning
        tokens:
          - a number of
          - in order to
          - at this point in time
        """,
    "E-Prime": """\
        extends: existence
        message: "Try to avoid using '%s'."
        ignorecase: true
        level: suggestion
        tokens:
          - here's
          - that's
          - it's
        """,
    "Passive": """\
        extends: existence
        message: "'%s' may be passive voice. Use active voice if you can."
        ignorecase: true
        level: warning
        raw:
          - \\b(am|are|were|being|is|been|was|be)\\b\\s*
        tokens:
          - '[\\w]+ed'
          - built
          - held
          - taken
        """,
    "Utilize": """\
        extends: substitution
        message: "Use '%s' instead of '%s'."
        ignorecase: true
        level: warning
        action:
          name: replace
        swap:
          utilize: use
          in the event that: if
        """,
    "Illusions": """\
        extends: repetition
        message: "'%s' is repeated!"
        level: warning
        ignorecase: true
        action:
          name: edit
          params:
            - truncate
            - " "
        tokens:
          - '[\\w]+'
        """,
}

# rule -> (fixture, Vale's output for it)
FIXTURES = {
    "ThereIs": ("# `write-good.ThereIs`\n\nThere is a ferry to the island.\n\nThere are two in summer!\n",
                ["3:1:write-good.ThereIs:Don't start a sentence with 'There is'.",
                 "5:1:write-good.ThereIs:Don't start a sentence with 'There are'."]),
    "So": ("# `write-good.So`\n\nSo, the talks ended without a date.\n",
           ["3:1:write-good.So:Don't start a sentence with 'So,'."]),
    "Weasel": ("# `write-good.Weasel`\n\nThe vote was very close.\n\nShe argued very well for it.\n",
               ["3:14:write-good.Weasel:'very' is a weasel word!"]),
    "TooWordy": ("# `write-good.TooWordy`\n\nThey found a number of gaps.\n",
                 ["3:12:write-good.TooWordy:'a number of' is too wordy."]),
    "E-Prime": ("# `write-good.E-Prime`\n\nHere's the summary of the hearing.\n",
                ["3:1:write-good.E-Prime:Try to avoid using 'Here's'."]),
    "Passive": ("# `write-good.Passive`\n\nThe motion was defeated in May.\n",
                ["3:12:write-good.Passive:'was defeated' may be passive voice. Use active voice if you can."]),
    "Utilize": ("# `write-good.Utilize`\n\nThey utilize the port in the event that roads close.\n",
                ["3:6:write-good.Utilize:Use 'use' instead of 'utilize'.",
                 "3:23:write-good.Utilize:Use 'if' instead of 'in the event that'."]),
}


def package_library(make: Make, ini_rules: str, files: dict[str, str]) -> Path:
    """A library with the package installed as styles/write-good and the given .vale.ini rules."""
    root = make({}, files, ini=f"StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.md]\n{ini_rules}")
    package = root / "styles" / "write-good"
    package.mkdir()
    import textwrap

    for name, text in PACKAGE.items():
        (package / f"{name}.yml").write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def vale_lines(root: Path) -> list[str]:
    return [f"{f.line}:{f.column}:{f.rule}:{f.message}" for f in lint(root)]


@pytest.mark.parametrize("rule", sorted(FIXTURES))
def test_each_rule_matches_vales_output_on_its_fixture(style_library: Make, rule: str) -> None:
    fixture, expected = FIXTURES[rule]
    root = package_library(style_library, f"write-good.{rule} = YES\n", {"test.md": fixture})
    assert vale_lines(root) == expected


def test_a_rule_switched_off_is_not_read_at_all(style_library: Make) -> None:
    root = package_library(style_library, "BasedOnStyles = write-good\nwrite-good.Illusions = NO\n",
                           {"test.md": FIXTURES["So"][0]})
    (root / "styles/write-good/Illusions.yml").write_text("extends: [not, even, yaml\n", encoding="utf-8")
    from briefings import vale
    from briefings.library import Library

    assert vale_lines(root) == FIXTURES["So"][1]
    assert vale.skipped(Library.load(root).project) == []


def test_an_unsupported_rule_type_is_skipped_with_one_warning_and_the_lint_goes_on(
        style_library: Make, cli: Callable[..., tuple[int, str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFINGS_VALE", "builtin")
    text = "".join(fixture for fixture, _ in FIXTURES.values()) + "\nThe the harbour froze.\n"
    root = package_library(style_library, "BasedOnStyles = write-good\n", {"test.md": text})
    code, out, err = cli("--root", root, "lint", "--format", "json")
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert warnings == ["warning: styles/write-good/Illusions.yml:1: rule write-good.Illusions skipped: 'repetition' "
                        "rules are not supported by the built-in engine (it knows existence, substitution, occurrence)"]
    assert "switch it off with `write-good.Illusions = NO` in .vale.ini" in err
    import json

    rules = {item["rule"] for item in json.loads(out)}
    assert set(FIXTURES) <= {rule.split(".", 1)[1] for rule in rules if rule.startswith("write-good.")}
    assert code == 1  # ThereIs and So are error level
