"""The Content-Security-Policy of every published page, as a `<meta http-equiv>` in its `<head>`.

Scripts, styles, images, fonts, fetches and workers come from the site's own origin only. The
theme's few inline scripts (Material's palette, tabs and storage helpers, the edition banner) and
the inline styles Markdown writes (table column alignment) are allowed by their SHA-256 hashes, page
by page; nothing else inline runs, no event handler attribute, no `javascript:` URL, no plugin
object, no frame, no `<base>`. The page content has passed the sanitiser before, so the inline
scripts hashed here can only be the theme's.
"""

from __future__ import annotations

import base64
import hashlib
import re

from lxml import etree

SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})
FIXED = ("default-src 'self'", "img-src 'self' data:", "font-src 'self' data:", "connect-src 'self'",
         "media-src 'self'", "worker-src 'self'", "manifest-src 'self'", "object-src 'none'",
         "frame-src 'none'", "base-uri 'self'", "form-action 'self'")
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.IGNORECASE)
_HEAD = re.compile(r"<head(?:\s[^>]*)?>", re.IGNORECASE)
META_START = '<meta http-equiv="Content-Security-Policy" content="'


def _inline(document: str) -> tuple[list[str], list[str], list[str]]:
    """The inline scripts, `<style>` texts and `style` attribute values of a page, as the browser sees them.

    lxml (libxml2's HTML parser, in C) rather than html.parser: the policy is computed for every
    page, and a pure-Python parse of a whole page cost more than rendering its template.
    """
    scripts: list[str] = []
    styles: list[str] = []
    attributes: list[str] = []
    if not document.strip():
        return scripts, styles, attributes
    root = etree.fromstring(document, etree.HTMLParser(huge_tree=True, remove_comments=True))
    if root is None:
        return scripts, styles, attributes
    # the searches run in libxml2 (a Python loop over every element of a page cost as much as the parse)
    attributes = [str(value) for value in root.xpath("//@style")]
    scripts = [e.text or "" for e in root.iter("script")
               if e.get("src") is None and (e.get("type") or "").lower() in SCRIPT_TYPES]
    styles = [e.text or "" for e in root.iter("style")]
    return scripts, styles, attributes



def _hashes(texts: list[str]) -> list[str]:
    digests = {base64.b64encode(hashlib.sha256(t.encode("utf-8")).digest()).decode() for t in texts}
    return [f"'sha256-{d}'" for d in sorted(digests)]


def policy(document: str, *, preview: bool = False) -> str:
    """The policy for one page: the fixed directives plus the hashes of its inline scripts and styles.

    In the live preview MkDocs adds a reload script to every response after the page is built, so
    no hash can name it: there inline scripts are allowed, everything else is as published.
    """
    inline_scripts, styles, style_attributes = _inline(document)
    attributes = _hashes(style_attributes)
    scripts = ["'unsafe-inline'"] if preview else _hashes(inline_scripts)
    return "; ".join([
        FIXED[0], " ".join(["script-src 'self'", *scripts]),
        " ".join(["style-src 'self'", *_hashes(styles)]),
        " ".join(["style-src-attr", "'unsafe-hashes'", *attributes]) if attributes else "style-src-attr 'none'",
        *FIXED[1:],
    ])


def add_policy(document: str, *, preview: bool = False) -> str:
    """The HTML page with its policy as the first thing after the charset (or the `<head>` tag)."""
    if META_START in document:
        return document
    anchor = _CHARSET.search(document, 0, 4096) or _HEAD.search(document)
    if anchor is None:
        return document  # not a page (a fragment, a redirect stub without <head>): nothing runs in it
    meta = f'{META_START}{policy(document, preview=preview)}">'
    return document[:anchor.end()] + meta + document[anchor.end():]
