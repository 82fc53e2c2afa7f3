"""The allowlist HTML sanitiser of page content (nh3, the Python binding of the Rust crate ammonia).

Every page's HTML passes through `clean` after Markdown has rendered it and before the theme wraps
it. What stays is what Markdown, the enabled extensions, footnotes and this plugin produce; the
rest is dropped: scripts, event handlers, URLs with other schemes than http(s)/mailto (ammonia
decodes entities and parses the URL as a browser does, so `jav&#x61;script:` and `java\tscript:`
are caught), `base`, `meta`, `object`, `embed`, `iframe`, `style`/`link` and HTML comments.
Extend the tables below, never the sanitiser's logic, when a new extension needs markup.
"""

from __future__ import annotations

import html
import re
from functools import cache, lru_cache
from html.parser import HTMLParser

import nh3

TAGS = frozenset({
    "a", "abbr", "acronym", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code",
    "col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "i", "img", "input", "ins", "kbd",
    "label", "li", "mark", "nav", "ol", "p", "pre", "q", "rp", "rt", "rtc", "ruby", "s", "samp", "section",
    "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
    "time", "tr", "tt", "u", "ul", "var", "wbr",
})
# Dropped with everything inside them (other unknown tags lose only the tag, their text stays).
DROPPED_WITH_CONTENT = frozenset({
    "script", "style", "iframe", "object", "noscript", "template", "textarea", "title", "xmp", "noembed",
    "noframes", "svg", "math", "select",
})
GENERIC_ATTRIBUTES = frozenset({"id", "class", "title", "lang", "dir", "role", "hidden", "tabindex", "translate"})
GENERIC_PREFIXES = frozenset({"data-", "aria-"})
ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "hreflang", "name"}),  # name: pygments line-number anchors
    # no `cite` (on blockquote, q, del, ins): readers never see it, and ammonia does not judge its URL
    "abbr": frozenset(), "blockquote": frozenset(), "q": frozenset(),
    "img": frozenset({"src", "alt", "width", "height", "loading", "align"}),
    "ol": frozenset({"start", "reversed", "type"}), "li": frozenset({"value"}),
    "td": frozenset({"colspan", "rowspan", "headers", "align", "style"}),
    "th": frozenset({"colspan", "rowspan", "headers", "scope", "align", "style"}),
    "col": frozenset({"span"}), "colgroup": frozenset({"span"}),
    "time": frozenset({"datetime"}), "data": frozenset({"value"}),
    "del": frozenset({"datetime"}), "ins": frozenset({"datetime"}),
    "details": frozenset({"open"}), "label": frozenset({"for"}),
    # task lists and content tabs (pymdownx.tasklist / pymdownx.tabbed)
    "input": frozenset({"checked", "disabled", "name"}),
}
# `input` only as a checkbox or radio button: never a text field that could ask readers for data.
ATTRIBUTE_VALUES: dict[str, dict[str, frozenset[str]]] = {"input": {"type": frozenset({"checkbox", "radio"})}}
# Table column alignment (`style="text-align: left;"`) is the only inline style Markdown writes.
STYLE_PROPERTIES = frozenset({"text-align"})
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Comments that steer the tools, never editor notes: lint and the rule `raw-html` leave them be.
DIRECTIVE_PREFIXES = ("briefings:", "vale ")
# An HTML comment as browsers and this sanitiser (html5ever) read one in text (the HTML standard's
# comment states): `<!-->` and `<!--->` are empty comments that end at once, `--!>` ends one as
# `-->` does, a `<!--` inside one opens nothing, and one never closed runs to the end.
COMMENT = re.compile(r"<!--(?:-?>|.*?--!?>|.*)", re.DOTALL)
COMMENT_ENDS = ("-->", "--!>")  # how a COMMENT match that is closed ends (`<!-->` too); one that is not runs to the end


@cache
def _attributes() -> dict[str, set[str]]:
    table = {tag: set(names) for tag, names in ATTRIBUTES.items()}
    table["*"] = set(GENERIC_ATTRIBUTES)
    return table


def clean(fragment: str) -> str:
    """The fragment with everything outside the allowlist removed."""
    # nh3 drops a disallowed `type` but keeps the tag, which would show a text field: drop the tag
    cleaned = _NOT_A_BOX.sub("", _nh3_clean(fragment))
    if '"__' in cleaned or " data-" in cleaned:  # in the tags only: text may show such markup as written
        cleaned = _START_TAG.sub(_without_theme_attributes, cleaned)
    return cleaned


# A start tag as nh3 writes one: every value double-quoted, a quote in it escaped, and no raw "<" in text.
_START_TAG = re.compile(r'<[a-zA-Z][^\s/>]*+(?:\s++[^\s"=/>]++(?:="[^"]*+")?+)*+\s*+/?>')


def _without_theme_attributes(tag: re.Match[str]) -> str:
    text = tag.group()
    if '"__' in text:
        text = _RESERVED_NAME.sub(_reserved, text)
    return _THEME_DATA.sub("", text) if " data-" in text else text


# The theme's own elements are found by id, the first in the page winning: `__config` holds the
# site's settings (the search worker's address, the base URL, the edition), `__drawer`, `__search`
# and the like its controls. Content never names an element so (a heading `## __config`, an
# attr_list `{#__config}` or raw HTML would come before the theme's own): such an id, `for` or
# `name` is dropped, but for those pymdownx.tabbed (`__tabbed_1_2`) and pygments' line anchors
# (`__codelineno-0-1`) write.
_RESERVED_NAME = re.compile(r'\s(?:id|for|name|headers)="__[^"]*"')
# The theme's own data attributes: Material mounts a component on any `data-md-component` and copies the
# `data-clipboard-text` of any element to the reader's clipboard on a click: content sets neither.
_THEME_DATA = re.compile(r'\sdata-(?:md|clipboard)-[\w-]*="[^"]*"')
_CONTENT_NAME = re.compile(r'\s\w+="(?:__tabbed_\d+(?:_\d+)?|__codelineno-\d+-\d+)"')  # tabs, pygments line anchors


def _reserved(match: re.Match[str]) -> str:
    return match.group() if _CONTENT_NAME.fullmatch(match.group()) else ""


_NOT_A_BOX = re.compile(r'<input\b(?![^>]*\btype="(?:checkbox|radio)")[^>]*>', re.IGNORECASE)


def _nh3_clean(fragment: str) -> str:
    return _cleaner().clean(fragment)


@cache
def _cleaner() -> nh3.Cleaner:
    """The allowlist, built once: `nh3.clean` would convert every table and build ammonia's cleaner
    again for each call (a page's content, each of its headings)."""
    return nh3.Cleaner(
        tags=set(TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes=_attributes(),
        generic_attribute_prefixes=set(GENERIC_PREFIXES),
        tag_attribute_values={t: {a: set(v) for a, v in vals.items()} for t, vals in ATTRIBUTE_VALUES.items()},
        url_schemes=set(URL_SCHEMES),
        filter_style_properties=set(STYLE_PROPERTIES),
        strip_comments=True,
        link_rel=None,  # keep links as written; the CSP and the schemes above do the protecting
    )


@cache
def _text_cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(tags=set(), clean_content_tags=set(DROPPED_WITH_CONTENT))


def plain_text(fragment: str) -> str:
    """The text of an HTML fragment, tags dropped and entities decoded (to be escaped again on output)."""
    return html.unescape(_text_cleaner().clean(fragment))


def escaped_text(fragment: str) -> str:
    """The text of an HTML fragment, safe anywhere in HTML: in text and in quoted attributes."""
    return html.escape(plain_text(fragment), quote=True)


def url_allowed(url: str) -> bool:
    """Whether a link target survives the sanitiser (as an `href`, entities decoded)."""
    return 'href="' in clean(f'<a href="{html.escape(html.unescape(url), quote=True)}">x</a>')


class _Changes(HTMLParser):
    """What `clean` would remove from a fragment, tag by tag, with the fragment's 0-based line, and
    the comments that end before their author meant them to (`broken`)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []
        self.broken: list[tuple[int, str]] = []

    def add(self, message: str, line0: int | None = None) -> None:
        self.found.append((self.getpos()[0] - 1 if line0 is None else line0, message))

    def parse_comment(self, i: int, report: bool = True) -> int:
        """A comment read as the sanitiser and browsers read it (COMMENT), not as Python's parser does."""
        comment = COMMENT.match(self.rawdata, i)
        assert comment is not None  # called at "<!--", where COMMENT always matches
        text, line0 = comment.group(), self.getpos()[0] - 1
        if re.fullmatch(r"<!---?>", text):
            self.broken.append((line0, f"`{text}` is an empty HTML comment that ends at once"))
        elif not text.endswith(COMMENT_ENDS):
            self.add("an unclosed HTML comment removes the rest of the page", line0)
        else:
            if text.endswith("--!>"):
                self.broken.append((line0, "`--!>` ends an HTML comment as `-->` does"))
            if "<!--" in text[4:]:  # its `-->` may sit in another fragment, or after a line break: always an error
                self.broken.append((line0, "an HTML comment holds `<!--`: comments do not nest, so its first `-->` "
                                           "ends it"))
            if report:
                self.handle_comment(text[4:-4] if text.endswith("--!>") else text[4:-3])
        return comment.end()

    def handle_comment(self, data: str) -> None:
        if not data.strip().startswith(DIRECTIVE_PREFIXES):
            self.add("an HTML comment is removed")

    def handle_pi(self, data: str) -> None:
        self.add("an HTML comment is removed")  # `<?...>` is a comment in HTML

    def unknown_decl(self, data: str) -> None:
        self.add("an HTML comment is removed")  # so is `<![CDATA[...]]>` outside SVG and MathML

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = tuple((name, value or "") for name, value in attrs if name not in IGNORED_ATTRIBUTES)
        change = tag_change(tag, given)
        if change:
            self.add(change)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


# consumed by Python-Markdown's md_in_html before the page is rendered
IGNORED_ATTRIBUTES = frozenset({"markdown"})
# attributes whose value decides whether they stay: always asked of nh3 itself
_JUDGED_BY_VALUE = frozenset({"href", "src", "srcset", "cite", "action", "formaction", "data", "poster",
                              "longdesc", "background", "style", "type"})


def _plainly_allowed(tag: str, name: str, value: str) -> bool:
    return name not in _JUDGED_BY_VALUE and not value.startswith("__") and not name.startswith(("data-md-", "data-clipboard-")) and (
        name in GENERIC_ATTRIBUTES or name in ATTRIBUTES.get(tag, ()) or name.startswith(tuple(GENERIC_PREFIXES)))


@cache
def tag_change(tag: str, attributes: tuple[tuple[str, str], ...]) -> str:
    """What the sanitiser does to one start tag ('' when it keeps it as it is)."""
    if tag in TAGS and all(_plainly_allowed(tag, name, value) for name, value in attributes):
        return ""
    alone = "".join(f' {n}="{html.escape(v, quote=True)}"' for n, v in attributes)
    kept = _first_tag(clean(f"<{tag}{alone}>"))
    if kept is None or kept[0] != tag:
        return f"<{tag}> is removed"
    lost = sorted({n for n, v in attributes if n not in kept[1] or _style(kept[1][n]) != _style(v)})
    return f"<{tag}> loses {', '.join(lost)}" if lost else ""


def _style(value: str) -> str:
    return value.replace(" ", "").rstrip(";")


class _FirstTag(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {n: v or "" for n, v in attrs}))


def _first_tag(fragment: str) -> tuple[str, dict[str, str]] | None:
    parser = _FirstTag()
    parser.feed(fragment)
    parser.close()
    return parser.tags[0] if parser.tags else None


def changes(fragment: str) -> list[tuple[int, str]]:
    """(0-based line in the fragment, what the sanitiser would change) for raw HTML as written."""
    return list(_read(fragment)[0])


def broken_comments(fragment: str) -> list[tuple[int, str]]:
    """(0-based line in the fragment, how) for each comment that ends before its author meant it to,
    so that the text after it is published: `<!-->`, `--!>`, a comment inside a comment."""
    return list(_read(fragment)[1])


@lru_cache(maxsize=64)  # the rules `raw-html` and `html-comment` read the same fragments
def _read(fragment: str) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]]:
    parser = _Changes()
    parser.feed(fragment)  # each comment is read in one pass to its end (parse_comment): linear
    parser.close()
    return tuple(sorted(parser.found)), tuple(sorted(parser.broken))
