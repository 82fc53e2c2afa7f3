"""The files and settings the plugin adds to every build: its stylesheet and scripts (files of the
site, never inline, never from elsewhere), footnotes numbered by first citation, status tooltips."""

from __future__ import annotations

from pathlib import Path

from markdown.extensions.footnotes import FootnoteExtension
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from briefings.site import extensions
from briefings.site.render import STATUS_LABELS

HERE = Path(__file__).resolve().parent / "assets"
PREFIX = "assets/briefings/"
CSS = ("briefings.css",)
# briefings.js: citation, other editions, table sorting, copy buttons; listing.js: the section lists
SCRIPTS = ("briefings.js", "listing.js")
STATUS_TOOLTIPS = {status: f"Status: {label}" for status, label in STATUS_LABELS.items()}


def configure(config: MkDocsConfig, *, css: bool) -> None:
    """Register the stylesheet and scripts; number footnotes by first citation; label page status."""
    wanted_css = [PREFIX + name for name in CSS] if css else []
    config.extra_css.extend(uri for uri in wanted_css if uri not in config.extra_css)
    present = {str(script) for script in config.extra_javascript}
    config.extra_javascript.extend(PREFIX + name for name in SCRIPTS if PREFIX + name not in present)
    # numbered in definition order, which briefings.site.sources makes the order of first citation
    for entry in config.markdown_extensions:
        if isinstance(entry, str) and extensions.loads(entry, FootnoteExtension):
            config.mdx_configs.setdefault(entry, {})["USE_DEFINITION_ORDER"] = True
        elif isinstance(entry, FootnoteExtension):
            entry.setConfig("USE_DEFINITION_ORDER", True)
    status = config.extra.get("status")
    if status is None or isinstance(status, dict):  # Material's page status shows these as tooltips
        config.extra["status"] = {**STATUS_TOOLTIPS, **(status or {})}


def files(config: MkDocsConfig, *, css: bool) -> list[File]:
    """The asset files, generated into the site under assets/briefings/."""
    names = [*(CSS if css else ()), *SCRIPTS]
    return [File.generated(config, PREFIX + name, content=(HERE / name).read_text("utf-8")) for name in names]
