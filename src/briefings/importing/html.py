"""A web page saved from a browser as Markdown: readability-lxml finds the article (dropping
navigation, sidebars and footers), BeautifulSoup removes what is left of scripts, forms, ads and
share buttons, and markdownify converts the rest (headings, lists, links, block quotes, tables).

Images are dropped (their files are not part of the library) but captions stay, in italics.
Links stay when absolute (http, https or mailto); a relative link is resolved against the page's
own address (`<base>`, canonical link or `og:url`) when it has one, else only its text is kept.
The page's text stays text: its Markdown and HTML syntax is escaped (`htmltext`), and so is what
comes from its head (the title, the author in the byline), each on one line.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from briefings.importing.htmltext import Converter, escape_snippets, escape_text, safe_url
from briefings.mdtext import heading, inline

_DROP = ("script", "style", "noscript", "iframe", "form", "button", "input", "select", "nav", "aside",
         "footer", "svg", "canvas", "video", "audio", "object", "embed", "template", "img", "picture", "source")
_JUNK = re.compile(r"^(?:ad|ads|advert|advertisement|adslot|sponsor|sponsored|promo|promotion|newsletter|"
                   r"subscribe|subscription|share|sharing|social|related|recommended|cookie|cookies|banner|"
                   r"popup|modal|paywall|outbrain|taboola|comments?|breadcrumbs?|skip)$", re.IGNORECASE)
_TOKENS = re.compile(r"[\s_\-]+")


def to_markdown(data: bytes, name: str) -> str:
    """The page's article as Markdown, starting with its title as a level-1 heading."""
    from readability import Document

    _check_whole(data, name)
    page = BeautifulSoup(data, "lxml")
    base = _base_url(page)
    document = Document(data)
    article = BeautifulSoup(document.summary(html_partial=True), "lxml")
    _clean(article, base)
    escape_text(article)
    converter = Converter(heading_style="ATX", bullets="-", strong_em_symbol="*",
                          escape_underscores=False, escape_asterisks=False)  # escaped already
    markdown = converter.convert_soup(article).strip()
    markdown = re.sub(r"\n{3,}", "\n\n", markdown)
    if not re.search(r"^# ", markdown, re.MULTILINE):
        markdown = f"{heading(_page_title(page, document.short_title()))}\n\n{markdown}"
    author = inline(_meta(page, "author") or _meta(page, "article:author"))
    if author and not re.search(r"^\**by\s", markdown[:800], re.IGNORECASE | re.MULTILINE):
        title = re.search(r"^# .*$", markdown, re.MULTILINE)  # after the title heading, never in a code block
        at = title.end() if title else 0
        byline = f"\n\nBy {author}\n\n" if title else f"By {author}\n\n"  # one line of escaped text
        markdown = markdown[:at] + byline + markdown[at:].lstrip("\n") if title else byline + markdown
    return escape_snippets(markdown) + "\n"


MAX_DEPTH = 100  # elements in elements: 15-40 on news sites; BeautifulSoup's recursion ends near 250


def _check_whole(data: bytes, name: str) -> None:
    """InputError for a page the converters cannot read whole: libxml2 (under readability and
    BeautifulSoup) stops at 256 nested elements or a text or attribute over its size limit and keeps
    only what came before, without a word; BeautifulSoup and markdownify recurse once per level."""
    from lxml import etree

    from briefings.errors import InputError

    parser = etree.HTMLParser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return  # nothing to read (an empty page): the import says no article text was found
    hint = "save the article's text as .txt or .md and import that"
    for error in parser.error_log:
        if error.level_name == "FATAL":
            raise InputError(name, f"the page holds a text or attribute too large for the HTML parser, or nests "
                             f"elements too deep: everything after line {error.line} would be lost",
                             line=error.line, hint=hint)
    depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > MAX_DEPTH:
            line = element.sourceline
            raise InputError(name, f"the page nests HTML elements more than {MAX_DEPTH} deep",
                             line=line, hint=hint)


def _clean(soup: BeautifulSoup, base: str) -> None:
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(_is_junk):
        tag.decompose()
    for caption in soup.find_all("figcaption"):
        caption.name = "p"
        caption.wrap(soup.new_tag("em"))
    for link in soup.find_all("a"):
        _fix_link(link, base)


def _is_junk(tag: Tag) -> bool:
    if tag.name in ("html", "body", "article", "main"):
        return False
    names = [*tag.get_attribute_list("class"), tag.get("id") or ""]
    return any(_JUNK.match(token) for name in names if name for token in _TOKENS.split(str(name)) if token)


def _fix_link(link: Tag, base: str) -> None:
    href = str(link.get("href") or "").strip()
    target = urljoin(base, href) if base and href and not href.startswith("#") else href
    if urlsplit(target).scheme in ("http", "https", "mailto"):
        link.attrs = {"href": safe_url(target)}
    else:
        link.unwrap()


def _base_url(page: BeautifulSoup) -> str:
    base = page.find("base", href=True)
    canonical = page.find("link", rel="canonical", href=True)
    for candidate in (base and base.get("href"), canonical and canonical.get("href"), _meta(page, "og:url")):
        if candidate and urlsplit(str(candidate)).scheme in ("http", "https"):
            return str(candidate)
    return ""


def _meta(page: BeautifulSoup, name: str) -> str:
    tag = page.find("meta", attrs={"name": name}) or page.find("meta", attrs={"property": name})
    return str(tag.get("content") or "").strip() if isinstance(tag, Tag) else ""


def _page_title(page: BeautifulSoup, short_title: str) -> str:
    heading = page.find("h1")
    text = heading.get_text(" ", strip=True) if isinstance(heading, Tag) else ""
    return text or _meta(page, "og:title") or short_title or "Imported article"
