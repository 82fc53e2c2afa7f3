"""The preview's search index, page by page: the entries Material's own index gives, in time linear
in a page's headings (Material's walks the table of contents for each section)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import markdown
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from briefings.preview.search import SearchIndex
from tests.conftest import REPO
from tests.hostile.test_scaling import _cpu_seconds


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


def test_the_index_is_materials_and_linear_in_headings(tmp_path: Path) -> None:
    plugin, files = _site("# A\n\nIntro.\n\n## One\n\nText.\n\n### Deep { #deep }\n\nMore.\n", tmp_path)
    materials = type(plugin.search_index)(**plugin.config)
    materials.add_entry_from_context(files.documentation_pages()[0].page)
    assert SearchIndex().json(plugin, files) == materials.generate_search_index(None)
    costs = []
    for headings in (1500, 6000):
        plugin, files = _site("## a\n\n" * headings, tmp_path)
        costs.append(_cpu_seconds(lambda: SearchIndex().json(plugin, files)))  # noqa: B023 - used at once
    assert costs[1] / costs[0] < 7, costs  # 4x the size: about 4x the time if linear, 16x if quadratic
