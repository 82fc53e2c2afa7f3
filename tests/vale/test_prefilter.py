"""The word prefilter only ever skips rules that cannot match: results equal running every rule."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from briefings.vale import engine, prefilter
from briefings.vale.patterns import sre_parse
from tests.vale.conftest import lint
from tests.vale.fixtures import HERE, REPO, rule_names


def test_expand_lists_the_finite_language() -> None:
    def language(pattern: str) -> list[str] | None:
        found = prefilter.expand(sre_parse.parse(pattern))
        return sorted(found) if found is not None else None

    assert language(r"\bfascists?\b") == ["fascist", "fascists"]
    assert language("(?:is|are) not (?:mere )?speculation") == [
        "are not mere speculation", "are not speculation", "is not mere speculation", "is not speculation"]
    assert language("undeniabl[ey]") == ["undeniable", "undeniably"]
    assert language(r"\w+gate") is None
    assert language("a*b") is None


def test_every_style_rule_but_open_ended_ones_is_prefiltered() -> None:
    from briefings.vale.rules import load_rule

    files = sorted((REPO / "styles" / "Briefings").glob("*.yml"))
    rules = [load_rule(f, "Briefings", f.name) for f in files]
    screen = prefilter.build(rules)
    assert {rules[i].name for i in screen.always} == {"Briefings.SentenceLength"}
    assert screen.candidates("A plain sentence about sanctions.") == screen.always


def _unscreened(rules: tuple[object, ...]) -> prefilter.Prefilter:
    return prefilter.Prefilter(always=set(range(len(rules))))


EDGES = """\
_clearly_ and __obviously__ and clearly`x` and `x`clearly and <b>clearly</b> and [clearly](https://x.org/clearly)
clearlyhttps://x.org and https://x.org/clearly and www.regime.org and it is certain_ and _it is certain_

some experts_ believe; critics<!-- c -->argue; critics <!-- c --> argue; regime[^1]; *it is certain*

| clearly | regime | pseudo_science | `special military operation` |
| --- | --- | --- | --- |
| some_experts believe | passed\\_away | it&nbsp;is certain | So-called |

One official said so; one senior official told us; one, official said; one official, said; someone
official said; one official_ said; one officials said; one *senior* official said; an aide said;
another-analyst argued; pseudo-democracy and pseudodemocracy; `one official` said; one
official said it; one [official](https://x.org) said; one official[^1] said.

[^1]: A footnote that is clearly here, with a_regime and snake_case_words.
"""


def _corpus(root: Path) -> None:
    """Fixture texts, Markdown edge cases, and random shuffles of their words."""
    random.seed(7)
    (root / "docs" / "edges.md").write_text(EDGES, encoding="utf-8")
    words: list[str] = EDGES.split()
    for rule in rule_names():
        for case in ("flagged.md", "clean.md"):
            text = (HERE / rule / case).read_text(encoding="utf-8")
            shutil.copy2(HERE / rule / case, root / "docs" / f"{rule}-{case}")
            words += text.split("---", 2)[-1].split()
    for n in range(20):
        random.shuffle(words)
        lines = [" ".join(words[i : i + 12]) for i in range(0, 600, 12)]
        (root / "docs" / f"random{n}.md").write_text("\n\n".join(lines) + "\n", encoding="utf-8")


def test_prefilter_never_changes_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "lib"
    (root / "docs").mkdir(parents=True)
    (root / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    shutil.copytree(REPO / "styles", root / "styles")
    shutil.copy2(REPO / ".vale.ini", root / ".vale.ini")
    _corpus(root)
    screened = [f.to_dict() for f in lint(root)]
    monkeypatch.setattr(engine, "_prefilter", _unscreened)
    assert [f.to_dict() for f in lint(root)] == screened
    assert len(screened) > 100


OPEN_ENDED = {
    # A whole-word token open after its start: "anti" may begin a longer word.
    "OpenStart": "extends: existence\nmessage: \"'%s'\"\nlevel: warning\nignorecase: true\ntokens:\n"
                 "  - 'anti\\w+'\n  - 'one official \\w+'\n",
    # `nonword`: a match may start inside a word ("someone official said").
    "OpenNonword": "extends: existence\nmessage: \"'%s'\"\nlevel: warning\nignorecase: true\nnonword: true\n"
                   "tokens:\n  - 'one aide \\w+'\n",
}
OPEN_TEXTS = {
    "start.md": "The antidemocratic turn.\n",
    "whole.md": "Then one official said so, and one, official said, and someone official said.\n",
    "inside.md": "Someone aide said so.\n",
    "apart.md": "One said that an aide said nothing.\n",
}


def test_open_ended_tokens_are_screened_by_their_whole_words(
        style_library: object, monkeypatch: pytest.MonkeyPatch) -> None:
    root = style_library(OPEN_ENDED, OPEN_TEXTS)  # type: ignore[operator]
    screened = [(f.path, f.message) for f in lint(root)]
    assert sorted(screened) == [("docs/inside.md", "'one aide said'"), ("docs/start.md", "'antidemocratic'"),
                                ("docs/whole.md", "'one official said'")]
    monkeypatch.setattr(engine, "_prefilter", _unscreened)
    assert [(f.path, f.message) for f in lint(root)] == screened
