"""What staged pages, mkdocs.yml and stylesheets name: the assets staging copies into an edition.

A page's text names more than it uses: a file name in code or an HTML comment matches too. That is
meant: staging copies this superset, and `assetuse` keeps, after the build, only what the built
pages really link to or show. Markdown links and images come from the link scanner; raw HTML
attributes are read both as MkDocs resolves a Markdown link (from the page's folder) and as a
browser resolves raw HTML, which MkDocs does not rewrite (from the page's URL).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from briefings.library import Briefing
from briefings.links.addresses import page_url
from briefings.links.scan import scan

_HTML_REF = re.compile(r"""\b(?:src|href|poster|data|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_CSS_REF = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')""")


def page_names(page: Briefing, *, directory_urls: bool) -> list[str]:
    """The docs-relative paths a page's text names: Markdown links and images, and HTML src/href
    attributes, wherever they are (in code and comments too: `assetuse` then keeps what is used).
    MkDocs rewrites Markdown links but not raw HTML, whose relative addresses the browser resolves
    from the page's URL (`RESEARCH/Alpha/` for RESEARCH/Alpha.md): both readings are named."""
    targets = [_docs_path(page.rel, link.href) for link in scan(page.body, source=page.rel).links]
    url = unquote(page_url(page.rel, directory_urls=directory_urls))
    for match in _HTML_REF.finditer(page.body):
        value = next(g for g in match.groups() if g is not None)
        for href in srcset_urls(value) if "srcset" in match[0].lower() else [value]:
            targets += [_docs_path(page.rel, href), _docs_path(url + "_", href)]
    return [target for target in targets if target]


def named(links: dict[str, list[str]]) -> dict[str, set[str]]:
    """Docs-relative path -> the pages whose text names it."""
    found: dict[str, set[str]] = {}
    for rel, targets in links.items():
        for target in targets:
            found.setdefault(target, set()).add(rel)
    return found


def srcset_urls(value: str) -> list[str]:
    """The addresses of a `srcset` value ("a.png 1x, b.png 2x")."""
    return [part.split()[0] for part in value.split(",") if part.split()]


def css_closure(wanted: set[str], read: Callable[[str], str | None]) -> set[str]:
    """`wanted` with what its stylesheets name (`url()`, `@import`), and theirs in turn; `read` gives a
    docs-relative stylesheet's text (None when it is not a staged file)."""
    wanted = set(wanted)
    todo = [rel for rel in wanted if rel.lower().endswith(".css")]
    while todo:  # stylesheets bring their fonts and images (and other stylesheets)
        css = todo.pop()
        text = read(css)
        for match in _CSS_REF.finditer(text or ""):
            target = _docs_path(css, next((g for g in match.groups() if g), ""))
            if target and target not in wanted:
                wanted.add(target)
                if target.lower().endswith(".css"):
                    todo.append(target)
    return wanted


def config_names(mkdocs: dict[str, Any]) -> set[str]:
    """Docs-relative paths of the files mkdocs.yml names."""
    return {t for t in (_docs_path("", ref) for ref in _config_refs(mkdocs)) if t}


def script_names(mkdocs: dict[str, Any]) -> set[str]:
    """Docs-relative paths of the scripts mkdocs.yml loads on every page (extra_javascript)."""
    return {t for t in (_docs_path("", ref) for ref in _config_refs(mkdocs, ("extra_javascript",), theme=False)) if t}


def _config_refs(mkdocs: dict[str, Any], keys: tuple[str, ...] = ("extra_css", "extra_javascript"), *,
                 theme: bool = True) -> list[str]:
    """Files in docs_dir that mkdocs.yml names: extra_css, extra_javascript, the theme's logo and favicon."""
    refs: list[str] = []
    for key in keys:
        for item in mkdocs.get(key) or []:
            value = item.get("path") if isinstance(item, dict) else item
            if isinstance(value, str):
                refs.append(value)
    named = mkdocs.get("theme") if theme else None
    if isinstance(named, dict):
        refs += [str(named[k]) for k in ("logo", "favicon") if isinstance(named.get(k), str)]
    return refs


def _docs_path(page_rel: str, href: str) -> str | None:
    """The docs-relative path a local link points at (None for URLs, anchors and paths out of docs)."""
    parts = urlsplit(href.strip().strip("<>"))
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    stack = [] if path.startswith("/") else list(PurePosixPath(page_rel).parent.parts)
    for part in path.split("/"):
        if part == "..":
            if not stack:
                return None
            stack.pop()
        elif part not in ("", "."):
            stack.append(part)
    return "/".join(stack) or None
