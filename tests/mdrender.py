"""Markdown as both renderers read it: markdown-it (the lint's CommonMark) and Python-Markdown with
this repository's site extensions (what MkDocs publishes), for tests that say "shows as written"."""

from __future__ import annotations

from functools import cache
from html.parser import HTMLParser

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


class Rendered(HTMLParser):
    """The elements (with their attributes) and the text of rendered HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text += data


def read(html: str) -> Rendered:
    """What a reader gets from `html`: its elements and its text."""
    rendered = Rendered()
    rendered.feed(html)
    return rendered
