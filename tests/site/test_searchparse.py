"""The fast search parse gives exactly the sections Material's own `Parser` gives: on generated
HTML of every shape (its fallback decisions included), on sanitised HTML (always the fast path), and
in a real build (the same search index, byte for byte, as with Material's parser)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import markdown
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from material.plugins.search.plugin import Parser, SearchIndex
from mkdocs.structure.toc import get_toc

from briefings.site import searchparse
from briefings.site.rendercache import ENV_CACHE
from briefings.site.sanitize import clean
from tests.conftest import REPO, briefing_text

TAGS = ["div", "p", "span", "a", "h1", "h2", "h3", "h6", "pre", "code", "li", "ul", "ol", "sup", "sub", "details",
        "summary", "table", "tr", "td", "em", "object", "hx", "Div", "H2", "PRE", "A"]
VOID = ["br", "img", "hr", "wbr", "input", "BR"]
ATTRIBUTES = [' id="intro"', ' id="a&amp;b"', ' id=""', " id", ' class="headerlink"', ' CLASS="headerlink"',
              ' class="linenodiv"', ' class="x"', " data-search-exclude", ' data-search-exclude=""',
              " Data-Search-Exclude", ' title="a > b < c"', ' class="&#108;inenodiv"', ' href="#x"\n',
              ' id="one" id="two"', ' href="#x" ', ' class="headerlink" href="#intro"']
TEXT = ["word", "Two words", " ", "\n", "  \n\t", "&amp;", "&lt;", "&#x27;", "&nbsp;", "&", "a > b", "中文 Ünï",
        "\r\n", "&amp", "&#60;", "x\u00a0y", "\u2003"]
# outside the fast path's grammar: Material's parser takes these pages
ODD_ATTRIBUTES = [" title='single'", " href=bare", ' a ="x"', ' x="1"y="2"', ' x="1"\v']
ODD = ["<", "a < b", "< p>", "<!DOCTYPE html>", "<?php x ?>", "<![CDATA[x]]>", "<script>var a = '<p>';</script>",
       "<style>p{}</style>", "<textarea><p>x</textarea>", "<title>x</title>", "<!---->", "<!-- a--->", "<!-->",
       "</p >", "</ p>", "<a/b>", "<my-tag>x</my-tag>", "<p\vclass=x>", "</a\n>", "<!-- c -- d -->"]
COMMENTS = ["<!-- note -->", "<!--x-->", "<!-- <h2 id=\"c\">in a comment</h2> -->"]


def _element(tag: str, attributes: list[str], children: list[str], ending: str) -> str:
    opening, inner = f"<{tag}{''.join(attributes)}", "".join(children)
    return {"close": f"{opening}>{inner}</{tag}>", "open": f"{opening}>{inner}",
            "self": f"{opening}/>{inner}", "spaced": f"{opening} >{inner}</{tag.upper()} >",
            "stray": f"{opening}>{inner}</{tag}></div></{tag}>"}[ending]


def _html(*, odd: bool) -> st.SearchStrategy[str]:
    leaves = [st.sampled_from(TEXT), st.sampled_from(COMMENTS),
              st.builds(lambda tag, a: f"<{tag}{a}>", st.sampled_from(VOID), st.sampled_from(["", " /", "/"]))]
    attributes = ATTRIBUTES + (ODD_ATTRIBUTES if odd else [])
    if odd:
        leaves.append(st.sampled_from(ODD))
    nodes = st.recursive(
        st.one_of(leaves),
        lambda children: st.builds(_element, st.sampled_from(TAGS), st.lists(st.sampled_from(attributes), max_size=3),
                                   st.lists(children, max_size=5),
                                   st.sampled_from(["close", "close", "close", "open", "self", "spaced", "stray"])),
        max_leaves=30)
    return st.lists(nodes, max_size=8).map("".join)


def _material(html: str) -> Any:
    parser = Parser()
    parser.feed(html)
    parser.close()
    return parser.data


def _outcome(parse: Callable[[str], Any], html: str) -> object:
    """The sections as plain values (None when the fast path declines), or the error the parse raised."""
    try:
        found = parse(html)
    except ValueError as error:
        return ("ValueError", str(error))
    if found is None:
        return None
    return [(s.el.tag, s.el.attrs, s.is_excluded(), s.id, s.title, s.text, s.depth) for s in found]


SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(_html(odd=True))
def test_fast_path_gives_materials_sections_or_declines(html: str) -> None:
    fast = _outcome(searchparse._fast_sections, html)
    event("fast path" if fast is not None else "Material's parser")
    assert fast is None or fast == _outcome(_material, html)
    assert _outcome(searchparse.sections, html) == _outcome(_material, html)


@SETTINGS
@given(_html(odd=False))
def test_html_in_the_grammar_takes_the_fast_path(html: str) -> None:
    fast = _outcome(searchparse._fast_sections, html)
    assert fast is not None
    assert fast == _outcome(_material, html)


@SETTINGS
@given(_html(odd=True))
def test_sanitised_html_takes_the_fast_path(html: str) -> None:
    page = clean(html)
    fast = _outcome(searchparse._fast_sections, page)
    assert fast is not None
    assert fast == _outcome(_material, page)


@pytest.mark.parametrize("html", [
    '<h2 id="x">T<a class="headerlink" href="#x">¶</a></h2><p>a &amp; b</p>',
    '<div data-search-exclude><div>in</div>out</div><p>after</p>',  # Parser's skip set holds tag names
    '<pre><code>  x\n\n  y  </code></pre>', '<pre>  <span></span>\n\n<!-- c -->\t</pre><p> <em></em> </p>',
    '<p>a<div><h2 id="x">in p</h2></div>b</p>',
    '<pre data-search-exclude><pre data-search-exclude></pre></pre>',  # Parser fails: the outer `pre` was never kept
])
def test_known_quirks_are_kept(html: str) -> None:
    assert _outcome(searchparse._fast_sections, html) == _outcome(_material, html)
    assert _outcome(searchparse.sections, html) == _outcome(_material, html)


def test_only_materials_index_is_changed() -> None:
    class Other:
        search_index = type("Index", (), {"add_entry_from_context": lambda self, page: None})()

    plugin = Other()
    searchparse.speed_up(plugin)
    assert "add_entry_from_context" not in vars(plugin.search_index)
    searchparse.speed_up(None)


def _rendered(markdown_text: str) -> Any:
    """A page as MkDocs hands it to the search index (content, table of contents, meta, URL)."""
    md = markdown.Markdown(extensions=["attr_list", "toc"], extension_configs={"toc": {"permalink": True}})
    content = md.convert(markdown_text)
    toc = get_toc(md.toc_tokens)  # type: ignore[attr-defined]
    return SimpleNamespace(content=content, toc=toc, meta={}, url="a/", title="A")


def _entries(page: Any, *, fast: bool) -> list[dict[str, Any]]:
    index = SearchIndex()
    if fast:
        searchparse.speed_up_index(index)
    index.add_entry_from_context(page)
    return list(index.entries)


NESTED = ("# Top\n\n## One\n\n### Same { #same }\n\n#### Deep\n\n## Two { #two }\n\n## Same { #same }\n\n"
          "### Two { #two }\n\n## One\n\nText.\n")


def test_sections_find_the_table_of_contents_items_materials_walk_finds() -> None:
    page = _rendered(NESTED)  # nested items, ids given twice (the first in walk order wins), slugs made unique
    table = searchparse.toc_by_id(page.toc)
    walk = SearchIndex()._find_toc_by_id
    assert set(table) == {"top", "one", "same", "deep", "two", "one_1"}
    for anchor in [*table, "missing", "", None]:
        assert table.get(anchor) is walk(page.toc, anchor)  # type: ignore[arg-type]
    assert _entries(page, fast=True) == _entries(page, fast=False)


def test_indexing_a_page_of_many_headings() -> None:
    """Material's index walks the whole table of contents for each section: quadratic in headings
    (a 1.8 MB page of them ran the build out of time)."""
    page = _rendered("## a\n\n" * 3000)  # its speed is measured by a benchmark, not a timed test
    assert len(_entries(page, fast=True)) == 3001  # and the page's own, before its first heading


PAGE = """\
Intro text with an entity: AT&amp;T, 3 < 4 and a [link](#method).

## Method { #method }

Steps:

1. first *step*
2. second `code & more`

```python
def f(x):
    return x  <  2


```

<div class="linenodiv" markdown>1 2 3</div>

!!! note "A note"
    Inside an admonition.

??? info "Details"
    Hidden text.

| a | b |
|---|:-:|
| 1 | 2 |

## Excluded { #excluded data-search-exclude }

Not indexed.

### Sub &amp; section

Deep text.[^1]

[^1]: A footnote.
"""


@pytest.mark.slow
@pytest.mark.parametrize("render_cache", [True, False])
def test_a_build_indexes_as_materials_parser_does(make_library: Callable[..., Path], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, render_cache: bool) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    mkdocs = (REPO / "mkdocs.yml").read_text("utf-8")
    if not render_cache:
        assert "\n  - briefings\n" in mkdocs
        mkdocs = mkdocs.replace("\n  - briefings\n", "\n  - briefings:\n      render_cache: false\n", 1)
    root = make_library({"RESEARCH/index.md": "# Research\n\n<!-- briefings: section-list -->\n",
                         "RESEARCH/Alpha.md": briefing_text("Alpha", PAGE, tags=["ports"]),
                         "RESEARCH/Beta.md": briefing_text("Beta & Co", "## Findings\n\nThe committee met.")},
                        mkdocs=mkdocs)
    declined: list[str] = []
    parsed: list[str] = []
    fast = searchparse._fast_sections

    def counted(content: str) -> Any:
        parsed.append(content)
        found = fast(content)
        if found is None:
            declined.append(content)
        return found

    def site(name: str) -> bytes:
        monkeypatch.setenv(ENV_CACHE, str(tmp_path / f"cache-{name}"))  # each build cold
        build(load_config(str(root / "mkdocs.yml"), site_dir=str(tmp_path / name)))
        return (tmp_path / name / "search" / "search_index.json").read_bytes()

    monkeypatch.setattr(searchparse, "_fast_sections", counted)
    with_fast_path = site("fast")
    assert len(parsed) >= 3 and declined == []
    monkeypatch.setattr(searchparse, "speed_up", lambda plugin: None)
    assert with_fast_path == site("material")
    assert b"Deep text" in with_fast_path and b"Not indexed" not in with_fast_path
