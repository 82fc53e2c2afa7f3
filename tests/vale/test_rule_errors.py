"""Broken rule files and configurations give a ConfigError naming the file, the line and the fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.errors import ConfigError, ExitCode, ToolError
from tests.vale.conftest import lint

Make = Callable[..., Path]
FILES = {"a.md": "Some text.\n"}


def error_for(make: Make, text: str, ini: str | None = None) -> ConfigError:
    """The ConfigError raised when linting with one rule file `Test/Broken.yml`."""
    root = make({"Broken": text}, FILES, **({"ini": ini} if ini else {}))
    with pytest.raises(ConfigError) as caught:
        lint(root)
    assert caught.value.exit_code == ExitCode.USAGE
    return caught.value


@pytest.mark.parametrize(("text", "where", "says"), [
    ("extends: existence\nmessage: 'x'\ntokens:\n  - [a\n", "styles/Test/Broken.yml:5:", "not valid YAML"),
    ("extends: existence\nmessage: x\nlevel: warning\ntokens:\n  - ok\n  - '(unclosed'\n",
     "styles/Test/Broken.yml:6:", "tokens '(unclosed': not a valid regular expression"),
    ("extends: existence\nmessage: x\ntokens:\n  - '(a+)+b'\n", "styles/Test/Broken.yml:4:", "exponential"),
    ("extends: existance\nmessage: x\ntokens: [a]\n", "styles/Test/Broken.yml:1:", "'extends: existance' is not a Vale rule type"),
    ("extends: existence\ntokens: [a]\n", "styles/Test/Broken.yml:1:", "needs a 'message'"),
    ("extends: existence\nmessage: x\nlevel: fatal\ntokens: [a]\n", "styles/Test/Broken.yml:3:", "must be one of"),
    ("extends: existence\nmessage: x\ntoken: [a]\n", "styles/Test/Broken.yml:3:", "'token' is not a key"),
    ("extends: substitution\nmessage: x\nswap:\n  good: fine\n  '[bad': fine\n", "styles/Test/Broken.yml:5:",
     "swap '[bad'"),
    ("extends: occurrence\nmessage: x\ntoken: a\nmax: lots\n", "styles/Test/Broken.yml:4:", "whole number"),
    ("extends: existence\nmessage: x\nscope: [text, bad scope]\ntokens: [a]\n", "styles/Test/Broken.yml:3:", "scope"),
    ("- just\n- a list\n", "styles/Test/Broken.yml:1:", "must be a mapping"),
])
def test_bad_rule_files(style_library: Make, text: str, where: str, says: str) -> None:
    error = error_for(style_library, text)
    assert str(error).startswith(where)
    assert says in str(error)
    assert error.hint


def test_bad_configuration(style_library: Make) -> None:
    ok = "extends: existence\nmessage: x\ntokens: [a]\n"
    error = error_for(style_library, ok, "StylesPath = styles\nMinAlertLevel = loud\n[*.md]\nBasedOnStyles = Test\n")
    assert ".vale.ini" in str(error) and "MinAlertLevel 'loud'" in str(error)
    error = error_for(style_library, ok, "StylesPath = styles\n[*.md]\nBasedOnStyles = Missing\n")
    assert "style 'Missing' not found" in str(error)
    error = error_for(style_library, ok, "StylesPath = styles\n[*.md]\nTest.Broken = maybe\n")
    assert "Test.Broken = maybe" in str(error)


def test_non_utf8_rule_file(style_library: Make) -> None:
    root = style_library({}, FILES)
    (root / "styles" / "Test" / "Latin.yml").write_bytes(b"extends: existence\nmessage: caf\xe9\n")
    from briefings.errors import InputError

    with pytest.raises(InputError, match=r"Latin.yml:2: not valid UTF-8"):
        lint(root)


def test_mode_setting(style_library: Make, monkeypatch: pytest.MonkeyPatch) -> None:
    root = style_library({"A": "extends: existence\nmessage: x\ntokens: [text]\n"}, FILES)
    monkeypatch.setenv("BRIEFINGS_VALE", "sometimes")
    with pytest.raises(ConfigError, match="vale mode 'sometimes'"):
        lint(root)
    monkeypatch.setenv("PATH", str(root))  # no vale here
    monkeypatch.setenv("BRIEFINGS_VALE", "binary")
    with pytest.raises(ToolError, match="vale is not on PATH"):
        lint(root)
    monkeypatch.delenv("BRIEFINGS_VALE")
    (root / "pyproject.toml").write_text('[tool.briefings]\nvale = "builtin"\n', encoding="utf-8")
    assert [f.rule for f in lint(root)] == ["Test.A"]
