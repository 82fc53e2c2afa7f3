"""Files next to the briefings that could run script on the site: never published.

Pages are sanitised and carry a Content-Security-Policy; a file a contributor puts beside them (a
chart, an attachment) is copied as it is and served from the site's own origin, where no page's
policy covers it. An HTML, JavaScript or XML file, or an SVG image with script, event handlers or
`javascript:` links, would run in readers' browsers with the site's authority when opened, so the
edition refuses it and says why: beside the briefings only file types a browser shows, plays or
downloads without running anything are published (images, documents, data, media, fonts, CSS), and
SVG drawings without active parts. Files mkdocs.yml names (`extra_javascript`) are the publisher's
configuration, not a contributor's attachment, and are not judged here.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from lxml import etree

# File types a browser shows, plays or downloads without running anything in them (by their suffix,
# as static hosts choose the content type). Anything else (.html, .js, .xml, and every "+xml" type a
# browser renders as a document: .atom, .kml, .xsd, .mathml ...) could carry script.
PASSIVE_SUFFIXES = frozenset((
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".bmp", ".ico", ".tif", ".tiff",  # images (.svg: checked)
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp", ".rtf", ".epub",
    ".xlsm", ".eps", ".tex", ".heic",
    ".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".geojson", ".txt", ".yml", ".yaml", ".bib", ".ris", ".parquet",
    ".dta", ".sav", ".rds", ".rdata", ".dat", ".sql", ".ipynb", ".py", ".r", ".do", ".sps", ".sas",
    ".shp", ".shx", ".dbf", ".prj", ".gpkg", ".kmz", ".vtt", ".srt", ".ics",
    ".zip", ".gz", ".tgz", ".tar", ".7z", ".xz", ".bz2", ".zst",
    ".mp3", ".mp4", ".m4a", ".m4v", ".aac", ".webm", ".ogg", ".oga", ".ogv", ".wav", ".flac", ".mov",
    ".woff", ".woff2", ".ttf", ".otf", ".eot", ".css"))
SVG_CHECK_BYTES = 5_000_000  # a larger SVG is refused rather than read whole
MAX_ATTRIBUTES = 1000  # on one element (reading many is slow in lxml; no drawing needs them)
XHTML = "http://www.w3.org/1999/xhtml"  # its elements run in an XML document too (`<h:script>`)
# elements that run, embed or load a document, in any namespace (an exporter's metadata in RDF, Inkscape or
# Dublin Core namespaces is inert; a `<style>` or an animation runs no script, and their addresses are checked)
_ACTIVE_ELEMENTS = frozenset(("script", "foreignobject", "iframe", "embed", "object", "handler", "listener",
                              "frame", "frameset", "applet"))
# attributes that hold an address (animations set one through to/from/by/values, a `;` list)
_ADDRESSES = frozenset(("href", "src", "to", "from", "by", "values", "action", "formaction", "data"))
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
_SAFE_DATA = re.compile(r"^data:image/(?:png|jpe?g|gif|webp)[;,]")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")
_DECLARED = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_INTERNAL_SUBSET = re.compile(r"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)


def refusal(rel: str, path: Path) -> str:
    """Why the file at `path` (docs-relative `rel`) may not be published ('' when it may)."""
    suffix = PurePosixPath(rel).suffix.lower()
    if rel.endswith((".", " ")) or (suffix and suffix != ".svg" and suffix not in PASSIVE_SUFFIXES):
        return f"a {suffix or 'name ending in a dot or space'} file could be served as a document or script from the " \
               "site's own address, outside every page's sanitiser and security policy (beside the briefings only " \
               "file types a browser cannot run are published: images, documents, data, archives, media, fonts): " \
               "put it in a .zip archive, publish its content as a briefing, or link to it elsewhere"
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
    text = _text(data)
    if text is None:
        return "text that is neither UTF-8 nor UTF-16 with a byte order mark (browsers may read it otherwise than the check)"
    if _INTERNAL_SUBSET.search(text):  # anywhere: a long comment may come first
        return "declarations in its document type (entities or default attributes could spell out a script)"
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return "XML that does not parse (a browser may still run parts of it)"
    for node in [*root.itersiblings(preceding=True), *root.iter()]:
        found = _active_node(node)
        if found:
            return found
    return ""


def _text(data: bytes) -> str | None:
    """The file as UTF-8 (or UTF-16 with a BOM), None when it is not, or declares another encoding that
    lxml would honour and a browser might not (UTF-7)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data:
        return None  # UTF-16 or -32 without a byte order mark: lxml and browsers read it, the checks below would not
    declared = _DECLARED.match(data)
    name = declared.group(1).lower().replace(b"_", b"-") if declared else b"utf-8"
    if name in (b"iso-8859-1", b"latin1", b"latin-1", b"windows-1252", b"cp1252"):
        return data.decode("cp1252" if b"1252" in name else "latin-1", errors="replace")  # read alike everywhere
    if name not in (b"utf-8", b"utf8", b"us-ascii", b"ascii"):
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _active_node(node: etree._Element) -> str:
    """What one node of the tree could run ('' when nothing)."""
    if isinstance(node, etree._ProcessingInstruction):
        return f"a processing instruction ({node.target})"
    if not isinstance(node.tag, str):  # a comment or an entity reference
        return ""
    name = etree.QName(node)
    if name.namespace == XHTML or name.localname.lower() in _ACTIVE_ELEMENTS:
        return f"a <{name.localname}> element" + (" (XHTML)" if name.namespace == XHTML else "")
    if len(node.attrib) > MAX_ATTRIBUTES:
        return f"an element with over {MAX_ATTRIBUTES} attributes"
    for attribute, value in node.attrib.items():
        local = etree.QName(attribute).localname.lower()
        if local.startswith("on"):
            return f"an event handler ({local}=)"
        if local in _ADDRESSES:
            for address in value.split(";") if local == "values" else (value,):
                bare = _INVISIBLE.sub("", address).lower()
                scheme = _SCHEME.match(bare)
                if scheme and (scheme.group(1) in ("javascript", "vbscript", "livescript")
                               or scheme.group(1) == "data" and not _SAFE_DATA.match(bare)):
                    return f"a {scheme.group(1)}: address ({local}=)"
    return ""
