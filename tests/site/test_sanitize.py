"""The sanitiser keeps everything Markdown and the site's extensions write, and nothing live."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from briefings.site.sanitize import clean, escaped_text, tag_change
from tests.site.xss import VECTORS, survivors

REPO = Path(__file__).resolve().parents[2]

EVERY_EXTENSION = """\
# Title

*[HTML]: Hyper Text Markup Language

Some HTML text with a note.[^1] ==marked== ++ctrl+alt+del++ (c) --> 1/2 and a [link](other.md#part "Other").

Term
:   Definition

!!! note "Heads up"
    Body with `code`.

??? warning "More"
    Hidden

=== "Tab A"
    A text

=== "Tab B"
    B text

- [x] done
- [ ] todo

| left | right | centre |
|:-----|------:|:------:|
| 1    | 2     | 3      |

```python
print("x")
```

Paragraph with attributes.
{ #custom .klass title="t" lang="fr" }

![An image](pic.png){ width="300" }

<div markdown>
**bold** in a div, <mark>raw</mark> <abbr title="x">x</abbr> <kbd>K</kbd> <sub>2</sub><sup>3</sup>
</div>

<details open><summary>Raw details</summary>Text <time datetime="2025-01-01">1 January</time></details>

1. one
2. two

> A quotation <cite>Someone</cite>

***

Mail <someone@example.org> and <https://example.org/a?b=c&d=e>.

[^1]: The note, with a [source](https://example.org/source).
"""


# Not in the default mkdocs.yml (guide/site.md, "Markdown extensions") but kept by older libraries:
# the sanitiser must leave what they write alone too.
OPTIONAL_EXTENSIONS = ["pymdownx.keys", "pymdownx.smartsymbols"]


def render(text: str, extra: list[str] | None = None) -> str:
    """Markdown rendered with exactly the extensions of this repository's mkdocs.yml (plus `extra`)."""
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text("utf-8"))
    names: list[str] = []
    options: dict[str, dict[str, object]] = {}
    for item in config["markdown_extensions"]:
        name, settings = next(iter(item.items())) if isinstance(item, dict) else (item, {})
        names.append(name)
        options[name] = settings or {}
    options.pop("pymdownx.snippets", None)
    names.remove("pymdownx.snippets")
    return markdown.markdown(text, extensions=names + (extra or []), extension_configs=options)


class _Events(HTMLParser):
    """Tags, attributes and text as a browser reads them (serialisation details ignored)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[object, ...]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: (v or "").replace(" ", "").rstrip(";") if k == "style" else v or "" for k, v in attrs}
        self.events.append(("start", tag, tuple(sorted(values.items()))))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag))

    def handle_data(self, data: str) -> None:
        if self.events and self.events[-1][0] == "text":
            data = str(self.events.pop()[1]) + data
        self.events.append(("text", data))


def events(html: str) -> list[tuple[object, ...]]:
    parser = _Events()
    parser.feed(html)
    parser.close()
    return parser.events


def test_everything_the_extensions_write_survives_unchanged() -> None:
    html = render(EVERY_EXTENSION, OPTIONAL_EXTENSIONS)
    for marker in ('class="footnote-backref"', 'title="Jump back', 'class="headerlink"', 'data-tabs="1:2"',
                   'type="radio"', 'class="task-list-control"', 'style="text-align: right;"', "<abbr title=",
                   'class="admonition note"', '<details class="warning"', 'class="highlight"', 'id="custom"',
                   'lang="fr"', '&#109;&#97;&#105;&#108;', 'class="key-control"', "&copy;", "&frac12;"):
        assert marker in html, marker  # the sample really exercises the extension
    assert events(clean(html)) == events(html)


@pytest.mark.parametrize("name", sorted(VECTORS))
def test_each_vector_is_live_without_the_sanitiser_and_dead_with_it(name: str) -> None:
    html = render(VECTORS[name])
    assert survivors(html), f"{name}: the vector does nothing even unsanitised; the corpus is wrong"
    assert survivors(clean(html)) == []


def test_editor_comments_are_removed() -> None:
    assert clean("<p>a</p><!-- source is a confidential informant --><p>b</p>") == "<p>a</p><p>b</p>"


def test_titles_become_escaped_text() -> None:
    assert escaped_text('A <b>bold</b> "quote" &amp; <script>alert(1)</script>') == \
        "A bold &quot;quote&quot; &amp; "


def test_an_input_is_kept_only_as_a_checkbox_or_radio_button() -> None:
    out = clean('<input type="text" name="q"><input name="r"><input type="checkbox" checked disabled>'
                '<input type="radio" name="t">')
    assert out == '<input type="checkbox" checked="" disabled=""><input type="radio" name="t">'


def test_a_theme_id_is_dropped_and_reported_but_the_ids_of_content_tabs_stay() -> None:
    assert clean('<div id="__config" hidden>x</div>') == '<div hidden="">x</div>'
    assert tag_change("div", (("id", "__config"),)) == "<div> loses id"
    assert tag_change("label", (("for", "__search"),)) == "<label> loses for"
    tabs = '<input type="radio" id="__tabbed_1_2" name="__tabbed_1"><label for="__tabbed_1_2">T</label>'
    assert clean(tabs) == tabs and tag_change("div", (("id", "custom"),)) == ""
    lines = '<a id="__codelineno-0-1" name="__codelineno-0-1" href="#__codelineno-0-1"></a>'  # pygments anchors
    assert clean(lines) == lines


def test_the_themes_own_data_attributes_are_dropped() -> None:
    """Material mounts a component on any data-md-component and copies data-clipboard-text on a click."""
    html = '<p data-md-component="announce" data-note="1">x</p><span data-clipboard-text="rm -rf ~">c</span>'
    assert clean(html) == '<p data-note="1">x</p><span>c</span>'
    assert tag_change("p", (("data-md-component", "announce"),)) == "<p> loses data-md-component"


def test_markup_shown_as_text_keeps_its_theme_attributes() -> None:
    """The theme's attributes are dropped from tags only: text that shows markup as written stays whole."""
    shown = '<p><code>&lt;body data-md-color-scheme="slate" id="__config"&gt;</code></p>'
    assert clean(shown) == shown
