""".vale.ini as Vale reads it: global keys, glob sections, per-rule switches."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.errors import ConfigError
from briefings.vale.settings import find_config, load_config


def write(tmp_path: Path, text: str, name: str = ".vale.ini") -> Path:
    """Write a configuration file and return its path."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_sections_that_cover_markdown(tmp_path: Path) -> None:
    path = write(tmp_path, "StylesPath = my-styles\nMinAlertLevel = warning\n\n[*.{md,txt}]\n"
                           "BasedOnStyles = A, B\nA.Rule = NO\n\n[*.rst]\nBasedOnStyles = C\n\n"
                           "[*]\nB.Other = error\n")
    config = load_config(path)
    assert config.styles_path == (tmp_path / "my-styles").resolve()
    assert config.min_level == "warning"
    assert config.based_on == ("A", "B")
    assert config.switches == {"A.Rule": "NO", "B.Other": "error"}


def test_defaults_and_lookup_order(tmp_path: Path) -> None:
    assert find_config(tmp_path) is None
    nested = write(tmp_path, "[*.md]\nBasedOnStyles = A\n", "styles/.vale.ini")
    assert find_config(tmp_path) == nested
    root = write(tmp_path, "[*.md]\nBasedOnStyles = A\n")
    assert find_config(tmp_path) == root
    config = load_config(root)
    assert (config.min_level, config.styles_path) == ("suggestion", (tmp_path / "styles").resolve())


@pytest.mark.parametrize(("text", "says"), [
    ("MinAlertLevel = loud\n", "MinAlertLevel 'loud'"),
    ("[*.md\nBasedOnStyles = A\n", "not a valid Vale configuration"),
    ("[*.md]\nA.Rule = sometimes\n", "`A.Rule = sometimes`"),
])
def test_bad_configuration_names_the_file(tmp_path: Path, text: str, says: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    assert str(caught.value).startswith(str(tmp_path / ".vale.ini")) and says in str(caught.value)
