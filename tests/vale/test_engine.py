"""The built-in engine follows Vale's meaning of each rule key, checked on real files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefings.findings import Severity
from tests.vale.conftest import lint, where

Make = Callable[..., Path]

EXISTS = """\
extends: existence
message: "Avoid '%s'."
level: warning
{extra}
"""


def rule(extra: str) -> str:
    """An existence rule with extra keys."""
    return EXISTS.format(extra=extra)


def test_tokens_are_whole_words_and_nonword_drops_the_boundaries(style_library: Make) -> None:
    text = "A cat sat in a category.\n"
    words = style_library({"Cat": rule("tokens:\n  - cat")}, {"a.md": text})
    assert where(lint(words)) == [(1, 3, "Test.Cat")]
    inner = style_library({"Cat": rule("nonword: true\ntokens:\n  - cat")}, {"a.md": text})
    assert where(lint(inner)) == [(1, 3, "Test.Cat"), (1, 16, "Test.Cat")]


def test_raw_is_concatenated_without_word_boundaries(style_library: Make) -> None:
    root = style_library({"Raw": rule("raw:\n  - 'ab'\n  - 'c+'")}, {"a.md": "xabcc abd abc\n"})
    found = lint(root)
    assert where(found) == [(1, 2, "Test.Raw"), (1, 11, "Test.Raw")]
    assert found[0].message == "Avoid 'abcc'."


def test_ignorecase(style_library: Make) -> None:
    text = "Clearly, clearly.\n"
    assert len(lint(style_library({"C": rule("tokens:\n  - clearly")}, {"a.md": text}))) == 1
    assert len(lint(style_library({"C": rule("ignorecase: true\ntokens:\n  - clearly")}, {"a.md": text}))) == 2


def test_message_and_description_take_the_match(style_library: Make) -> None:
    text = 'extends: existence\nmessage: "Avoid \'%s\'."\ndescription: "word \'%s\'"\ntokens:\n  - clearly\n'
    found = lint(style_library({"C": text}, {"a.md": "It clearly is.\n"}))
    assert (found[0].message, found[0].reason, found[0].severity) == ("Avoid 'clearly'.", "word 'clearly'", Severity.WARNING)


def test_single_word_exceptions_are_case_sensitive_and_phrases_are_not(style_library: Make) -> None:
    gate = rule("tokens:\n  - '\\w+gate'\nexceptions:\n  - Watergate")
    found = lint(style_library({"Gate": gate}, {"a.md": "Watergate, watergate and Russiagate.\n"}))
    assert [f.message for f in found] == ["Avoid 'watergate'.", "Avoid 'Russiagate'."]
    regime = rule("ignorecase: true\ntokens:\n  - regime\nexceptions:\n  - sanctions regime")
    found = lint(style_library({"Regime": regime}, {"a.md": "The Sanctions Regime and the regime.\n"}))
    assert where(found) == [(1, 30, "Test.Regime")]


def test_substitution_swaps_with_capture_groups_and_two_values(style_library: Make) -> None:
    swap = """\
    extends: substitution
    message: "Use '%s' instead of '%s'."
    level: error
    ignorecase: true
    swap:
      (was|were) let go: $1 dismissed
      web ?site: website
      sort: kind
      sort of: rather
    """
    text = "Staff were let go. Our website and web site. A sort of plan, of one sort.\n"
    found = lint(style_library({"Swap": swap}, {"a.md": text}))
    assert [(f.column, f.message) for f in found] == [
        (7, "Use 'were dismissed' instead of 'were let go'."),
        (36, "Use 'website' instead of 'web site'."),
        (48, "Use 'rather' instead of 'sort of'."),
        (69, "Use 'kind' instead of 'sort'."),
    ]
    assert {f.severity for f in found} == {Severity.ERROR}


def test_substitution_capitalize_and_exceptions(style_library: Make) -> None:
    swap = """\
    extends: substitution
    message: "Use '%s' instead of '%s'."
    capitalize: true
    swap:
      '[Pp]assed away': died
    exceptions:
      - quote passed away
    """
    found = lint(style_library({"Swap": swap}, {"a.md": "Passed away. He passed away. A quote passed away.\n"}))
    assert [f.message for f in found] == ["Use 'Died' instead of 'Passed away'.", "Use 'died' instead of 'passed away'."]


def test_occurrence_max_and_min_per_sentence(style_library: Make) -> None:
    many = "extends: occurrence\nmessage: Too long.\nscope: sentence\nmax: 3\ntoken: '\\w+'\n"
    few = "extends: occurrence\nmessage: Too short.\nscope: sentence\nmin: 2\ntoken: '\\w+'\n"
    text = "One two. One two three four. Five.\n\n- one two three four five in a list\n"
    found = lint(style_library({"Many": many, "Few": few}, {"a.md": text}))
    assert [(f.line, f.column, f.message) for f in found] == [(1, 10, "Too long."), (1, 30, "Too short.")]


def test_scopes_select_block_kinds(style_library: Make) -> None:
    text = """\
    # Word heading

    Word paragraph.

    - word item

    > word quote

    | word head |
    | --- |
    | word cell |
    """
    def scoped(scope: str) -> list[int]:
        root = style_library({"W": rule(f"scope: {scope}\nignorecase: true\ntokens:\n  - word")}, {"a.md": text})
        return [f.line for f in lint(root)]

    assert scoped("text") == [1, 3, 5, 7, 9, 11]
    assert scoped("heading") == [1]
    assert scoped("heading.h2") == []
    assert scoped("'~heading'") == [3, 5, 7, 9, 11]
    assert scoped("paragraph") == [3]
    assert scoped("list") == [5]
    assert scoped("blockquote") == [7]
    assert scoped("table.header") == [9]
    assert scoped("table.cell") == [11]
    assert scoped("[heading, list]") == [1, 5]


def test_code_urls_comments_and_front_matter_are_skipped(style_library: Make) -> None:
    text = """\
    ---
    title: bad word in front matter
    ---

    A `bad` span, <!-- bad --> and a [bad link](https://example.org/bad "bad") and <https://bad.example>.
    Bare https://example.org/bad/page and www.bad.example and a footnote[^bad].

    ```
    bad fenced code
    ```

        bad indented code

    <div>
    bad html block
    </div>

    [^bad]: Footnote text.
    """
    found = lint(style_library({"Bad": rule("tokens:\n  - bad")}, {"a.md": text}))
    assert where(found) == [(5, 35, "Test.Bad")]  # the link text only


def test_raw_scope_sees_everything(style_library: Make) -> None:
    text = "---\ntitle: bad\n---\n\nA `bad` span.\n"
    found = lint(style_library({"Bad": rule("scope: raw\ntokens:\n  - bad")}, {"a.md": text}))
    assert where(found) == [(2, 8, "Test.Bad"), (5, 4, "Test.Bad")]


def test_lines_and_columns_count_front_matter_and_containers(style_library: Make) -> None:
    text = "---\ntitle: x\nsummary: y\n---\n\n- first line\n  then bad here\n\n> quoted\n> and bad\n"
    found = lint(style_library({"Bad": rule("tokens:\n  - bad")}, {"a.md": text}))
    assert where(found) == [(7, 8, "Test.Bad"), (10, 7, "Test.Bad")]


def test_matches_stay_inside_their_block(style_library: Make) -> None:
    spaced = rule("raw:\n  - 'some\\s+say'")
    text = "It is some\nsay here.\n\nThen some\n\nsay there.\n"
    found = lint(style_library({"Say": spaced}, {"a.md": text}))
    assert where(found) == [(1, 7, "Test.Say")]
    assert found[0].end_line == 2


def test_min_alert_level_and_style_switches(style_library: Make) -> None:
    hint = "extends: existence\nmessage: hint '%s'\nlevel: suggestion\ntokens:\n  - word\n"
    warn = "extends: existence\nmessage: warn '%s'\nlevel: warning\ntokens:\n  - word\n"
    files = {"a.md": "A word.\n"}
    ini = "StylesPath = styles\nMinAlertLevel = warning\n[*.md]\nBasedOnStyles = Test\n"
    assert [f.rule for f in lint(style_library({"Hint": hint, "Warn": warn}, files, ini=ini))] == ["Test.Warn"]
    ini = ("StylesPath = styles\n[*.md]\nBasedOnStyles = Test\n"
           "Test.Warn = NO\nTest.Hint = error\n")
    found = lint(style_library({"Hint": hint, "Warn": warn}, files, ini=ini))
    assert [(f.rule, f.severity) for f in found] == [("Test.Hint", Severity.ERROR)]
    ini = "StylesPath = styles\n[*.md]\nTest.Warn = YES\n"
    assert [f.rule for f in lint(style_library({"Hint": hint, "Warn": warn}, files, ini=ini))] == ["Test.Warn"]
    ini = "StylesPath = styles\n[*.txt]\nBasedOnStyles = Test\n"
    assert lint(style_library({"Hint": hint, "Warn": warn}, files, ini=ini)) == []


def test_no_vale_configuration_means_no_findings(style_library: Make) -> None:
    root = style_library({"Bad": rule("tokens:\n  - bad")}, {"a.md": "bad\n"})
    (root / ".vale.ini").unlink()
    assert lint(root) == []


def test_pathological_markdown_stays_linear(style_library: Make) -> None:
    nasty = "`" * 3 + " ``" * 20000 + " ](x \"" * 20000 + " <a " * 20000 + " bad" + " _" * 20000
    found = lint(style_library({"Bad": rule("tokens:\n  - bad")}, {"a.md": nasty + "\n"}))
    assert [f.rule for f in found] == ["Test.Bad"]


def test_vale_comments_switch_rules_off_and_on(style_library: Make) -> None:
    text = """\
    bad one

    <!-- vale off -->
    bad two
    <!-- vale on -->

    bad three <!-- vale Test.Bad = NO -->

    bad four

    <!-- vale Test.Bad = YES -->
    bad five

    <!-- vale Test = NO -->
    bad six
    """
    found = lint(style_library({"Bad": rule("tokens:\n  - bad")}, {"a.md": text}))
    assert [f.line for f in found] == [1, 12]  # a switch inside a paragraph covers that paragraph


def test_findings_after_a_lone_carriage_return_are_on_git_lines(style_library: Make) -> None:
    # the parse ends a line at a lone "\r", git does not: a finding after one was a line late, or lost
    text = "One cat.\rTwo cat.\nThree cat.\n\nA cat.\n"
    root = style_library({"Cat": rule("tokens:\n  - cat")}, {"a.md": text})
    assert [line for line, _, _ in where(lint(root))] == [1, 1, 2, 4]
