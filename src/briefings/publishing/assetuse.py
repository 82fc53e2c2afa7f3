"""Which staged assets the built edition really uses: the rest leave the site before it is scanned.

Staging names an asset for every page whose Markdown mentions it, in code and HTML comments too
(`<!-- <img src="chart.png"> -->`, an example in a code block): text that is no link. What a page
uses is decided here from the page as built, after Markdown, the extensions and the sanitiser:
the `src`, `href`, `srcset`, `data` and `poster` attributes of its HTML, read with an HTML parser.
An asset stays when mkdocs.yml names it, when a page that names it links to it or shows it (or any
other built page does: one that got the link from a snippet), or when a stylesheet that stays
names it; every other staged asset is deleted from the built site and reported
(`not published: docs/x: ...`). Only the pages that name an asset are parsed, and other pages only
when their text holds the asset's name: a library whose pages use what they name costs one parse
of each page that names an asset.
"""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from briefings.links.addresses import page_url
from briefings.publishing.assetnames import css_closure, srcset_urls
from briefings.publishing.staging import Refused, Staging

ATTRIBUTES = frozenset({"src", "href", "srcset", "data", "poster"})
_WORD = re.compile(r"[A-Za-z0-9_-]+")  # never escaped in HTML nor percent-encoded in a URL


def remove_unused(site_dir: Path, staged: Staging, *, directory_urls: bool) -> list[Refused]:
    """Delete from the built site every staged asset that no built page links to or shows (nor
    mkdocs.yml, nor a stylesheet kept); each one, with why."""
    uses = _Uses(site_dir, directory_urls)
    keep = set(staged.required)
    for asset, pages in sorted(staged.named.items()):
        if asset not in keep and any(asset in uses.of(page) for page in pages):
            keep.add(asset)
    keep = css_closure(keep, lambda rel: _text(site_dir / rel))
    more = _used_elsewhere(site_dir, [rel for rel in staged.assets if rel not in keep], set(uses.parsed))
    keep |= css_closure(more, lambda rel: _text(site_dir / rel))  # `keep` is closed already
    gone = []
    for rel in staged.assets:
        if rel in keep:
            continue
        (site_dir / rel).unlink(missing_ok=True)
        gone.append(Refused(staged.label(rel), _why(staged, rel)))
    return gone


def _why(staged: Staging, rel: str) -> str:
    names = staged.named.get(rel, [])
    if not names:
        return "named only by a stylesheet that is not published"
    more = f" and {len(names) - 1} more" if len(names) > 1 else ""
    return (f"no published page links to it or shows it: {staged.label(names[0])}{more} names it only where the "
            "built page does not refer to it (code, an HTML comment, markup the site removes, or raw HTML whose "
            "address, relative to the page's URL, leads elsewhere)")


def _used_elsewhere(site_dir: Path, assets: list[str], parsed: set[str]) -> set[str]:
    """Those of `assets` that some other built page (not in `parsed`) refers to: only a page whose
    text holds an asset's longest word (its name survives any escaping) is parsed."""
    if not assets:
        return set()
    words = {rel: max(_WORD.findall(posixpath.basename(rel)) or [""], key=len) for rel in assets}
    found: set[str] = set()
    for page in sorted(site_dir.rglob("*.html")):
        at = page.relative_to(site_dir).as_posix()
        text = _text(page) if at not in parsed else None
        wanted = [rel for rel in assets if rel not in found and text is not None and words[rel] in text]
        if wanted:
            found |= _references_in(text, at) & set(wanted)
    return found


class _Uses:
    """The site paths each built page refers to, parsed once and only when asked."""

    def __init__(self, site_dir: Path, directory_urls: bool) -> None:
        self.site_dir, self.directory_urls = site_dir, directory_urls
        self.found: dict[str, set[str]] = {}
        self.parsed: list[str] = []  # site paths of the pages parsed

    def of(self, rel: str) -> set[str]:
        """Site paths the built page of the docs-relative page `rel` refers to (none when it was not built)."""
        if rel not in self.found:
            url = unquote(page_url(rel, directory_urls=self.directory_urls))
            built = url + "index.html" if url.endswith("/") or not url else url
            self.found[rel] = references(self.site_dir / built, built)
            self.parsed.append(built)
        return self.found[rel]


def references(page: Path, at: str) -> set[str]:
    """The site paths (relative to the site root) that the HTML file `page`, at site path `at`, refers to."""
    return _references_in(_text(page), at)


def _references_in(text: str | None, at: str) -> set[str]:
    if text is None:
        return set()
    parser = _Attributes()
    parser.feed(text)
    parser.close()
    return {path for value in parser.values if (path := _site_path(at, value)) is not None}


class _Attributes(HTMLParser):
    """The values of the attributes that refer to files, on every tag (comments and text are not tags)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ATTRIBUTES and value:
                self.values += srcset_urls(value) if name == "srcset" else [value]


def _site_path(at: str, value: str) -> str | None:
    """The site path a relative reference from the file at `at` points at (None for URLs and paths
    that leave the site or start at its root)."""
    parts = urlsplit(value.strip())
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    path = posixpath.normpath(posixpath.join(posixpath.dirname(at), unquote(parts.path)))
    return None if path == ".." or path.startswith("../") else path


def _text(path: Path) -> str | None:
    try:
        return path.read_text("utf-8", errors="replace")
    except OSError:
        return None
