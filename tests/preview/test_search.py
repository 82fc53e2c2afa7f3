"""The preview's search index, page by page: the entries Material's own index gives, in time linear
in a page's headings (Material's walks the table of contents for each section)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import markdown
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from briefings.preview.search import SearchIndex
from tests.conftest import REPO


def _site(markdown_text: str, site: Path) -> tuple[Any, Files]:
    """Material's search plugin, configured, and the files of one page rendered from `markdown_text`."""
    config = load_config(str(REPO / "mkdocs.yml"), site_dir=str(site))
    plugin = config.plugins["material/search"]
    plugin.on_config(config)
    md = markdown.Markdown(extensions=["toc"], extension_configs={"toc": {"permalink": True}})
    file = File("a.md", src_dir=None, dest_dir=str(site), use_directory_urls=True)
    page = Page("A", file, config)
    page.content, page.toc = md.convert(markdown_text), get_toc(md.toc_tokens)  # type: ignore[attr-defined]
    return plugin, Files([file])


def test_the_index_is_materials_with_many_headings(tmp_path: Path) -> None:
    plugin, files = _site("# A\n\nIntro.\n\n## One\n\nText.\n\n### Deep { #deep }\n\nMore.\n", tmp_path)
    materials = type(plugin.search_index)(**plugin.config)
    materials.add_entry_from_context(files.documentation_pages()[0].page)
    assert SearchIndex().json(plugin, files) == materials.generate_search_index(None)
    plugin, files = _site("## a\n\n" * 3000, tmp_path)  # its speed: scripts/bench_hostile.py, not a timed test
    assert len(json.loads(SearchIndex().json(plugin, files))["docs"]) == 3001
