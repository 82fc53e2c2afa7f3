"""Markdown as both renderers read it: markdown-it (the lint's CommonMark) and Python-Markdown with
this repository's site extensions (what MkDocs publishes), for tests that say "shows as written"."""

from __future__ import annotations

from functools import cache

import markdown as python_markdown
import yaml

from briefings.markdown import parser
from tests.conftest import REPO


@cache
def _site_extensions() -> tuple[list[str], dict[str, object]]:
    """mkdocs.yml's markdown_extensions, without toc (its permalink anchor is the theme's, not text)."""
    entries = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))["markdown_extensions"]
    names: list[str] = []
    configs: dict[str, object] = {}
    for entry in entries:
        name, config = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        if name != "toc":
            names.append(name)
            configs[name] = config
    return names, configs


def site_html(text: str) -> str:
    """The HTML MkDocs would make of `text` (the site's extensions, no sanitiser)."""
    names, configs = _site_extensions()
    return python_markdown.markdown(text, extensions=names, extension_configs=configs)


def lint_html(text: str) -> str:
    """The HTML markdown-it makes of `text` with the parser every lint rule reads."""
    return str(parser().render(text))
