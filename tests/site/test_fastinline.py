"""The inline pass that skips unmatched patterns renders exactly what Python-Markdown's own renders:
on generated Markdown of every inline shape, on every page of the sample library, and in a real
build (every page's HTML byte for byte); it steps aside when the inline processor is not
Python-Markdown's own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown import treeprocessors
from mkdocs.config import load_config

from briefings.site import fastinline
from briefings.site.rendercache import ENV_CACHE
from tests.conftest import REPO, briefing_text

_CONFIG = load_config(str(REPO / "mkdocs.yml"))
EXTENSIONS: list[Any] = [e for e in _CONFIG.markdown_extensions if e != fastinline.NAME]
OPTIONS: dict[str, Any] = {k: v for k, v in (_CONFIG.mdx_configs or {}).items() if k != "pymdownx.snippets"}
EXTENSIONS = [e for e in EXTENSIONS if e != "pymdownx.snippets"]  # it reads files: not for generated text

INLINE = ["word", "two words", " ", "*em*", "**strong**", "***both***", "_under_", "__dunder__", "snake_case_name",
          "* star *", "**", "*", "_", "`code`", "``co`de``", "`", "[link](https://example.org)",
          "[link](#anchor \"title\")", "[ref][r1]", "[r1]", "![image](pic.png)", "[^1]", "[^missing]", "[^",
          "<b>html</b>", "<span class=\"x\">s</span>", "<", ">", "&amp;", "&", "&#169;", "\\*escaped\\*", "\\",
          "<https://example.org>", "<a@b.org>", "==mark==", "=", "WHO", "  \n", "{: .cls }", "[x]", "]", "(", ")",
          "[nested *em* [link](#a)](#b)", "*em [link](#a) em*", "**a *b* c**", "`*not em*`", "<!-- c -->", "中文",
          "[TOC]", "\\[TOC\\]"]
BLOCK_STARTS = ["", "", "", "# ", "## ", "- ", "1. ", "> ", "| a | b |\n|---|---|\n| ", "!!! note\n    ",
                "Term\n:   ", "??? info \"T\"\n    ", "- [ ] "]
TAIL = "\n\n[r1]: https://example.org/r1 \"R\"\n[^1]: A note with *em* and [a link](#x).\n\n*[WHO]: World Health Organization\n"


def _render(text: str, *, fast: bool) -> str:
    extensions = EXTENSIONS + ([fastinline.NAME] if fast else [])
    md = markdown.Markdown(extensions=extensions, extension_configs=OPTIONS)
    assert (type(md.treeprocessors["inline"]) is fastinline.SkippingInlineProcessor) is fast
    return md.convert(text)


def _document(blocks: list[tuple[str, list[str]]]) -> str:
    return "\n\n".join(start + "".join(parts) for start, parts in blocks) + TAIL


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(BLOCK_STARTS), st.lists(st.sampled_from(INLINE), max_size=12)),
                min_size=1, max_size=6))
def test_generated_markdown_renders_the_same(blocks: list[tuple[str, list[str]]]) -> None:
    text = _document(blocks)
    assert _render(text, fast=True) == _render(text, fast=False)


@pytest.mark.parametrize("text", ["# A\n\n[TOC]\n\n## B\n\nText.\n", "# A\n\n## B\n\nText [TOC] inline.\n",
                                  "# A\n\n- [TOC]\n\n## B\n", "# A\n\n## B\n\nNo marker.\n",
                                  '# A\n\n<div markdown="1">\n[TOC]\n</div>\n\n## B\n',
                                  '# A\n\n<details markdown="1">\n<summary>S</summary>\n\n[TOC]\n</details>\n\n## B\n'])
def test_the_toc_marker_is_replaced_exactly_where_python_markdown_replaces_it(text: str) -> None:
    fast = _render(text, fast=True)
    assert fast == _render(text, fast=False)
    md = markdown.Markdown(extensions=EXTENSIONS + [fastinline.NAME], extension_configs=OPTIONS)
    assert type(md.treeprocessors["toc"]).__name__ == "MarkedTocTreeprocessor"
    assert ('<div class="toc">' in fast) == ("[TOC]" in text and "inline" not in text)  # a block of its own


def test_a_custom_marker_is_always_searched_for() -> None:
    options = {**OPTIONS, "toc": {**OPTIONS.get("toc", {}), "marker": "Note"}}
    text = "# A\n\n!!! note\n\n    Text.\n\n## B\n"  # the admonition's title "Note" is no line of the page
    fast = markdown.Markdown(extensions=EXTENSIONS + [fastinline.NAME], extension_configs=options).convert(text)
    assert fast == markdown.Markdown(extensions=EXTENSIONS, extension_configs=options).convert(text)


@pytest.mark.parametrize("path", sorted((REPO / "docs").rglob("*.md")), ids=lambda p: p.name)
def test_sample_library_renders_the_same(path: Path) -> None:
    text = path.read_text("utf-8")
    assert _render(text, fast=True) == _render(text, fast=False)


def test_a_rejected_match_later_in_the_text_is_handled_as_before() -> None:
    # the footnote pattern matches `[^missing]` but rejects it; emphasis after it must still render
    text = "See [^missing] and *this* and [^1] then **that**." + TAIL
    fast = _render(text, fast=True)
    assert "<em>this</em>" in fast and "<strong>that</strong>" in fast
    assert fast == _render(text, fast=False)


def test_another_inline_processor_is_left_alone() -> None:
    class Custom(treeprocessors.InlineProcessor):
        pass

    class Replace(markdown.Extension):
        def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802
            md.treeprocessors.register(Custom(md), "inline", 20)

    md = markdown.Markdown(extensions=[Replace(), fastinline.NAME])
    assert type(md.treeprocessors["inline"]) is Custom
    assert md.convert("*a* b") == "<p><em>a</em> b</p>"


def test_without_the_private_methods_it_steps_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(treeprocessors.InlineProcessor, "_InlineProcessor__applyPattern")
    assert not fastinline.supported()
    md = markdown.Markdown(extensions=[fastinline.NAME])
    assert type(md.treeprocessors["inline"]) is treeprocessors.InlineProcessor


PAGE = """\
Intro with *emphasis*, **strong**, `code`, a [link](#method), AT&amp;T and a note.[^1]

## Method { #method }

- first *step* with ==marked== text
- second [^1] and [^2]

| a | b |
|---|:-:|
| *1* | `2` |

!!! note "A *note*"
    Inside an admonition with a [link](Beta.md).

[^1]: A footnote with *em*.
[^2]: Another, citing [the report](https://example.org/report).
"""


@pytest.mark.slow
def test_a_build_writes_the_same_pages(make_library: Callable[..., Path], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from mkdocs.commands.build import build

    root = make_library({"RESEARCH/index.md": "# Research\n\n<!-- briefings: section-list -->\n",
                         "RESEARCH/Alpha.md": briefing_text("Alpha", PAGE, tags=["ports"]),
                         "RESEARCH/Beta.md": briefing_text("Beta & Co", "## Findings\n\nThe committee *met*.")})
    swapped: list[str] = []
    extend = fastinline.SkipUnmatchedExtension.extendMarkdown

    def counted(self: fastinline.SkipUnmatchedExtension, md: markdown.Markdown) -> None:
        extend(self, md)
        swapped.append(type(md.treeprocessors["inline"]).__name__)

    def site(name: str) -> dict[str, bytes]:
        monkeypatch.setenv(ENV_CACHE, str(tmp_path / f"cache-{name}"))  # each build cold
        build(load_config(str(root / "mkdocs.yml"), site_dir=str(tmp_path / name)))
        return {str(p.relative_to(tmp_path / name)): p.read_bytes() for p in (tmp_path / name).rglob("*.html")}

    monkeypatch.setattr(fastinline.SkipUnmatchedExtension, "extendMarkdown", counted)
    fast = site("fast")
    assert swapped and set(swapped) == {"SkippingInlineProcessor"}
    monkeypatch.setattr(fastinline, "add_to", lambda extensions: None)
    swapped.clear()
    assert fast == site("plain")
    assert swapped == []
    assert b"<em>emphasis</em>" in fast["RESEARCH/Alpha/index.html"]
