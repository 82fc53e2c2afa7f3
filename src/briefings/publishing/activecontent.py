"""Files next to the briefings that could run script on the site: never published.

Pages are sanitised and carry a Content-Security-Policy; a file a contributor puts beside them (a
chart, an attachment) is copied as it is and served from the site's own origin, where no page's
policy covers it. An HTML or JavaScript file, or an SVG image with script, event handlers or
`javascript:` links, would run in readers' browsers with the site's authority when opened, so the
edition refuses it and says why. Images, PDFs, data files and SVG drawings without active parts are
published as before.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from lxml import etree

# Served as documents or scripts by any web server: they run whatever they hold.
ACTIVE_SUFFIXES = frozenset((".html", ".htm", ".xhtml", ".xhtm", ".shtml", ".xht", ".js", ".mjs", ".xml", ".xsl",
                             ".xslt", ".svgz", ".swf", ".hta", ".htc", ".mml", ".rdf", ".atom", ".rss", ".xul",
                             ".wsdl", ".xbl"))
SVG_CHECK_BYTES = 5_000_000  # a larger SVG is refused rather than read whole
XHTML = "http://www.w3.org/1999/xhtml"  # its elements run in an XML document too (`<h:script>`)
# elements that run, embed or load a document, in any namespace (an exporter's metadata in RDF, Inkscape or
# Dublin Core namespaces is inert; a `<style>` or an animation runs no script, and their addresses are checked)
_ACTIVE_ELEMENTS = frozenset(("script", "foreignobject", "iframe", "embed", "object", "handler", "listener",
                              "frame", "frameset", "applet"))
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
_SAFE_DATA = re.compile(r"^data:image/(?:png|jpe?g|gif|webp)[;,]")
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
        data = path.read_bytes()
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    found = _active_part(data)
    if not found:
        return ""
    return f"this SVG image holds {found}, which could run on the site when the image is opened: remove it, or " \
           "export the image as PNG"


def _active_part(data: bytes) -> str:
    """What in an SVG file could run or load ('' when nothing): read with an XML parser (its own encoding,
    no entities, no DTD, no network), every element and attribute by its local name and namespace."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return "XML that does not parse (a browser may still run parts of it)"
    tree = root.getroottree()
    declared = tree.docinfo.internalDTD
    if declared is not None and any(True for _ in declared.iterentities()):  # a public DOCTYPE line is fine
        return "entities declared in its document type (they could spell out a script)"
    for node in root.iter():
        if not isinstance(node.tag, str):  # a processing instruction (xml-stylesheet) or an entity
            if isinstance(node, etree._ProcessingInstruction):
                return f"a processing instruction ({node.target})"
            continue
        name = etree.QName(node)
        if name.namespace == XHTML or name.localname.lower() in _ACTIVE_ELEMENTS:
            return f"a <{name.localname}> element" + (" (XHTML)" if name.namespace == XHTML else "")
        for attribute, value in node.attrib.items():
            local = etree.QName(attribute).localname.lower()
            if local.startswith("on"):
                return f"an event handler ({local}=)"
            scheme = _SCHEME.match(_INVISIBLE.sub("", value).lower())
            if scheme and scheme.group(1) in ("javascript", "vbscript", "livescript") or \
                    (scheme and scheme.group(1) == "data" and not _SAFE_DATA.match(_INVISIBLE.sub("", value).lower())):
                return f"a {scheme.group(1)}: address ({local}=)"
    for instruction in root.itersiblings(preceding=True):
        if isinstance(instruction, etree._ProcessingInstruction):
            return f"a processing instruction ({instruction.target})"
    return ""
