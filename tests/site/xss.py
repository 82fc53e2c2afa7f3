"""The XSS corpus of issue 9 and an HTML-parser judge of what survived in built pages."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

CANARY = "XSS_CANARY"
EVIL = f"https://evil.invalid/{CANARY}"
ALERT = f"alert('{CANARY}')"

# name -> Markdown body: each vector carries the canary where a browser would act on it
VECTORS: dict[str, str] = {
    "inline-script": f"<script>{ALERT}</script>",
    "foreign-script": f'<script src="{EVIL}.js"></script>',
    "onerror": f'<img src="x.png" onerror="{ALERT}">',
    "onload": f'<svg onload="{ALERT}"><circle r="1"/></svg>',
    "onclick": f'Text <a href="#top" onclick="{ALERT}">link</a>.',
    "onmouseover": f'Text <span onmouseover="{ALERT}">hover</span>.',
    "onfocus": f'<input autofocus onfocus="{ALERT}">',
    "onanimationstart": f'<div style="animation-name:x" onanimationstart="{ALERT}">x</div>',
    "ontoggle": f'<details open ontoggle="{ALERT}"><summary>s</summary>d</details>',
    "onpointerenter": f'<p onpointerenter="{ALERT}">p</p>',
    "onclick-attr-list": f'A paragraph.\n{{: onclick="{ALERT}" }}',
    "javascript-href": f'<a href="javascript:{ALERT}">a</a>',
    "javascript-markdown-link": f"[a](javascript:{ALERT})",
    "javascript-reference-link": f"[a][evil]\n\n[evil]: javascript:{ALERT}",
    "javascript-decimal-entities": f'<a href="&#106;&#97;vascript:{ALERT}">a</a>',
    "javascript-hex-entity-and-case": f'<a href="JaV&#x41;sCrIpT:{ALERT}">a</a>',
    "javascript-whitespace": f'<a href=" java&#x09;script&#x0A;:{ALERT}">a</a>',
    "javascript-entity-markdown-link": f"[a](&#106;avascript:{ALERT})",
    "data-href": f'<a href="data:text/html,%3Cscript%3E{ALERT}%3C/script%3E">a</a>',
    "data-image": f"![a](data:image/svg+xml;base64,PHN2Zz4=#{CANARY})",
    "vbscript-href": f"<a href=\"vbscript:msgbox('{CANARY}')\">a</a>",
    "form-action": f'<form action="javascript:{ALERT}"><button>go</button></form>',
    "object": f'<object data="{EVIL}.swf">fallback</object>',
    "embed": f'<embed src="{EVIL}.swf">',
    "iframe-srcdoc": f'<iframe srcdoc="&lt;script&gt;{ALERT}&lt;/script&gt;"></iframe>',
    "meta-refresh": f'<meta http-equiv="refresh" content="0;url={EVIL}">',
    "base-href": f'<base href="{EVIL}/">',
    "foreign-stylesheet": f'<link rel="stylesheet" href="{EVIL}.css">',
    "style-import": f'<style>@import url("{EVIL}.css");</style>',
    "editor-note": f"Text.\n\n<!-- {CANARY}: the source is a confidential informant -->\n\nMore text.",
    # the theme finds its settings and controls by id, the first in the page winning: a search worker
    # address of the contributor's choosing, a heading or attr_list taking a control's id
    "theme-config-clobber": f'<div id="__config" hidden>{{"base": ".", "search": "{EVIL}.js"}}</div>',
    "theme-heading-clobber": f"## {CANARY} {{#__drawer}}\n\nText.",
    "theme-label-clobber": f'<label for="__search">{CANARY}</label>',
    "javascript-cite": f'<blockquote cite="javascript:{ALERT}">q</blockquote> <q cite="data:text/html,{CANARY}">q</q>',
}

# front matter field -> value: quotes and tags that would break out of text and attributes
FRONT_MATTER_PAYLOAD = f"\"'><img src=x onerror=\"{ALERT}\"></title><script>{ALERT}</script>"
FRONT_MATTER_VECTORS: dict[str, object] = {
    "title": f"Evil {FRONT_MATTER_PAYLOAD}",
    "summary": FRONT_MATTER_PAYLOAD,
    "authors": [FRONT_MATTER_PAYLOAD],
    "tags": [FRONT_MATTER_PAYLOAD],
    "sources": [{"id": "evil", "title": FRONT_MATTER_PAYLOAD, "publisher": FRONT_MATTER_PAYLOAD,
                 "url": f"https://example.org/report?q={FRONT_MATTER_PAYLOAD}"}],
}

URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href",
                            "content", "srcset", "ping", "cite"})
ACTIVE_TAGS = frozenset({"iframe", "frame", "frameset", "object", "embed", "applet", "base"})
_TABBED = re.compile(r"__tabbed_\d+(?:_\d+)?")  # the ids pymdownx.tabbed writes
_SCHEME = re.compile(r"^\s*([a-z][a-z0-9+.-]*):")
_IGNORED_IN_URLS = re.compile(r"[\x00-\x20]")


def dangerous_url(value: str) -> bool:
    """True for javascript:, vbscript: and data: URLs, as a browser reads them (entities already decoded)."""
    scheme = _SCHEME.match(_IGNORED_IN_URLS.sub("", value).lower())
    return bool(scheme) and scheme.group(1) in {"javascript", "vbscript", "data"}


class _Judge(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._raw: str | None = None
        self._reserved = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in ACTIVE_TAGS:
            self.found.append(f"<{tag}>")
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.found.append("<meta http-equiv=refresh>")
        if tag == "link" and urlsplit(values.get("href", "")).netloc:
            self.found.append(f"<link> to {values['href']}")
        if tag == "form" and urlsplit(values.get("action", "")).netloc:
            self.found.append(f"<form action={values['action']}>")
        if tag == "script" and urlsplit(values.get("src", "")).netloc:
            self.found.append(f"<script src={values['src']}>")
        for name, value in values.items():
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            elif name == "srcdoc" or (name in URL_ATTRIBUTES and dangerous_url(value)):
                self.found.append(f"<{tag} {name}={value[:40]}>")
            elif CANARY in value and name not in URL_ATTRIBUTES | {"title", "alt", "aria-label"}:
                self.found.append(f"<{tag} {name}> carries the canary")
        if tag in ("script", "style"):
            self._raw = tag
        reserved = [v for n, v in values.items() if n in ("id", "for", "name") and v.startswith("__")]
        self._reserved = bool(reserved) and not all(_TABBED.fullmatch(v) for v in reserved)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._raw = None

    def handle_data(self, data: str) -> None:
        if self._raw and (CANARY in data or "@import" in data):
            self.found.append(f"<{self._raw}> with {data.strip()[:40]}")
        if self._reserved and CANARY in data:  # the theme's own elements never hold the canary
            self.found.append(f"an element with a theme id holds {data.strip()[:40]}")

    def handle_endtag(self, tag: str) -> None:
        self._raw = None

    def handle_comment(self, data: str) -> None:
        if CANARY in data:
            self.found.append(f"<!--{data[:40]}-->")


def survivors(document: str) -> list[str]:
    """What in an HTML document could run script, load foreign content or leak an editor note."""
    judge = _Judge()
    judge.feed(document)
    judge.close()
    return judge.found
