"""What a save reaches (changes.assess), and how a broken save is told (problems.from_exception)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from mkdocs.config import load_config
from mkdocs.exceptions import ConfigurationError

from briefings.errors import ConfigError, InputError
from briefings.frontmatter import parse
from briefings.library import Briefing
from briefings.preview.changes import Impact, assess, links_changed
from briefings.preview.problems import from_exception
from tests.conftest import briefing_text


def _page(text: str, rel: str = "RESEARCH/A.md") -> Briefing:
    front = parse(text, rel)
    from briefings import frontmatter

    _, body, _ = frontmatter.split(text)
    return Briefing(path=Path(rel), rel=rel, label=f"docs/{rel}", text=text, front=front, body=body)


def test_reach_of_a_save() -> None:
    base = _page(briefing_text("Alpha", "The body. See [Beta](Beta.md)."))
    assert assess(None, base) is Impact.STRUCTURE
    assert assess(base, _page(base.text)) is Impact.NONE
    assert assess(base, _page(base.text.replace("The body.", "The new body."))) is Impact.PAGE
    assert assess(base, _page(base.text.replace("title: Alpha", "title: Gamma"))) is Impact.META
    assert assess(base, _page(base.text.replace("status: published", "status: draft"))) is Impact.META
    assert assess(base, _page(base.text.replace("About Alpha.", "New summary."))) is Impact.META
    moved = _page(base.text.replace("The body.", "Line one.\n\nThe body."))
    assert not links_changed(base, moved)  # same links on other lines
    assert links_changed(base, _page(base.text.replace("Beta.md", "Gamma.md")))
    assert links_changed(base, _page(base.text + "\nA [Wanted Report](#) placeholder.\n"))


def test_broken_yaml_names_file_line_and_fix() -> None:
    try:
        parse("---\ntitle: [x\nstatus: draft\n---\n", "docs/RESEARCH/A b.md")
    except InputError as exc:
        problem = from_exception(exc, "ignored")
    assert problem.path == "docs/RESEARCH/A b.md" and problem.line in (2, 3)
    assert problem.where == f"docs/RESEARCH/A b.md:{problem.line}"
    assert "YAML" in problem.message and not problem.message.startswith("docs/")
    assert "save" in problem.hint


def test_other_failures_keep_their_location_when_the_message_has_one() -> None:
    plugin = from_exception(ConfigError("briefings: docs/X y.md:7: bad status"), "mkdocs.yml")
    assert (plugin.path, plugin.line, plugin.message) == ("docs/X y.md", 7, "bad status")
    crash = from_exception(RuntimeError("snippet missing"), "docs/A.md")
    assert (crash.path, crash.line) == ("docs/A.md", None) and "RuntimeError: snippet missing" in crash.message
    try:
        yaml.safe_load("site_name: x\ntheme:\n  name: [material\n")
    except yaml.MarkedYAMLError as exc:
        config = from_exception(exc, "mkdocs.yml")
    assert config.path == "mkdocs.yml" and config.line in (3, 4) and "indentation" in config.hint


def test_a_broken_mkdocs_yml_is_told_with_its_line() -> None:
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "mkdocs.yml"
        config.write_text("site_name: x\ntheme:\n  name: [material\n", "utf-8")
        try:
            load_config(str(config))
        except ConfigurationError as exc:
            problem = from_exception(exc, "mkdocs.yml")
    assert (problem.path, problem.line) == ("mkdocs.yml", 3)
    assert problem.hint == "check the indentation and quoting on that line, then save"
