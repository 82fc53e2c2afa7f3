"""Files next to the briefings that could run script on the site: never published.

Pages are sanitised and carry a Content-Security-Policy; a file a contributor puts beside them (a
chart, an attachment) is copied as it is and served from the site's own origin, where no page's
policy covers it. An HTML or JavaScript file, or an SVG image with script, event handlers or
`javascript:` links, would run in readers' browsers with the site's authority when opened, so the
edition refuses it and says why. Images, PDFs, data files and SVG drawings without active parts are
published as before.
"""

from __future__ import annotations

import html
import re
from pathlib import Path, PurePosixPath

# Served as documents or scripts by any web server: they run whatever they hold.
ACTIVE_SUFFIXES = frozenset((".html", ".htm", ".xhtml", ".shtml", ".xht", ".js", ".mjs", ".xml", ".xsl", ".xslt",
                             ".svgz", ".swf", ".hta"))
SVG_CHECK_BYTES = 5_000_000  # a larger SVG is refused rather than read whole
_SVG_ACTIVE = re.compile(
    r"(<\s*(?:script|foreignobject|iframe|embed|object|handler|listener|!entity|\?xml-stylesheet)\b)"
    r"|<[^>]*?[\s/\"'](on[a-z]+\s*=)"  # an event handler attribute: onload=, onclick= ...
    r"|((?:java|vb)script\s*:)"
    r"|(href\s*=\s*[\"']?\s*data\s*:)(?!\s*image/(?:png|jpe?g|gif|webp)[;,])",
    re.IGNORECASE)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


def refusal(rel: str, path: Path) -> str:
    """Why the file at `path` (docs-relative `rel`) may not be published ('' when it may)."""
    suffix = PurePosixPath(rel).suffix.lower()
    if suffix in ACTIVE_SUFFIXES:
        return f"a {suffix} file is served as a document or script from the site's own address, outside every " \
               "page's sanitiser and security policy: publish its content as a briefing, or link to it elsewhere"
    if suffix != ".svg":
        return ""
    try:
        if path.stat().st_size > SVG_CHECK_BYTES:
            return f"an SVG image over {SVG_CHECK_BYTES:,} bytes is not checked for script: export it as PNG"
        text = path.read_bytes().decode("utf-8", errors="replace")
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    found = _SVG_ACTIVE.search(text) or _SVG_ACTIVE.search(_INVISIBLE.sub("", html.unescape(text)))
    if found is None:
        return ""
    what = " ".join(next(part for part in found.groups() if part).split())[:40]
    return f"this SVG image holds active content ({what!r}) that would run on the site when the image is opened: " \
           "remove its scripts, event handlers and links, or export it as PNG"
