"""A site built in parts: each MkDocs process knows every page but renders only its own, and the
parts are merged into one site.

Why: MkDocs renders pages one after the other in one process, so a build uses one core, and a
library of tens of thousands of briefings needs more than one machine. A part reads every page's
front matter, so the navigation, the previous/next links, the tags page, the sitemap and link
validation see the whole library; the pages it does not own are not rendered (empty Markdown, no
template) and not written. The merge copies each part's pages into one site, joins the search
index in page order and checks the links to anchors that cross parts (MkDocs checks those inside a
part). The result is the site one process would build, byte for byte (tests/site/test_parts.py).

A part is chosen by `BRIEFINGS_PART`: `{"shard": [k, n]}` (every n-th page from the k-th, in
MkDocs' page order: what `briefings build --jobs` runs) or `{"sections": ["RUSSIA", "."]}` (pages
under those top-level folders of docs/, "." for the pages directly in docs/: what
`briefings build --sections` runs, one CI job per group of sections).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from briefings.errors import BuildError

if TYPE_CHECKING:  # the CLI imports this module to merge parts: no MkDocs import there
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

ENV_PART = "BRIEFINGS_PART"
MANIFEST = ".briefings-part.json"  # written by each part into its site folder, removed by the merge
UNRENDERED = "@briefings/unrendered"  # the empty template of pages another part renders; no file has this name
SEARCH_INDEX = Path("search") / "search_index.json"
ROOT = "."


@dataclass(frozen=True)
class Part:
    """Which pages this MkDocs process renders."""

    shard: tuple[int, int] | None = None
    sections: frozenset[str] = frozenset()

    @staticmethod
    def from_env() -> Part | None:
        """The part named by BRIEFINGS_PART, or None for a whole build."""
        text = os.environ.get(ENV_PART)
        if not text:
            return None
        data = json.loads(text)
        if "shard" in data:
            k, n = data["shard"]
            return Part(shard=(int(k), int(n)))
        return Part(sections=frozenset(str(s) for s in data["sections"]))

    def env(self) -> str:
        """The value of BRIEFINGS_PART for this part."""
        if self.shard is not None:
            return json.dumps({"shard": list(self.shard)})
        return json.dumps({"sections": sorted(self.sections)})

    def owns(self, index: int, src_uri: str) -> bool:
        """Whether the page at `index` in MkDocs' page order, from `src_uri`, is rendered by this part."""
        if self.shard is not None:
            return index % self.shard[1] == self.shard[0]
        return section_of(src_uri) in self.sections


def skip_render(page: Page) -> None:
    """Give a page another part renders what MkDocs' render of its empty Markdown gives it, without
    the render: MkDocs builds a Python-Markdown instance with every extension for each page (about a
    millisecond), for half of a build's pages in each of two parts."""
    from mkdocs.structure.toc import get_toc

    def render(config: MkDocsConfig, files: Files) -> None:
        page.content = ""  # what `Markdown.convert("")` returns, before any extension runs
        page.toc = get_toc([])
        page._title_from_render = None
        page.present_anchor_ids = set()  # the plugin sets None after `on_page_content`
        page.links_to_anchors = {}

    page.render = render  # type: ignore[method-assign]


def skip_search(plugin: object, unrendered: set[str]) -> None:
    """Leave the pages another part renders out of the search index (when `plugin` is a search plugin
    with an index): the merge takes each page's entries from the part that rendered it."""
    index = getattr(plugin, "search_index", None)
    add = getattr(index, "add_entry_from_context", None)
    if add is None:
        return

    def add_entry_from_context(page: Page) -> None:
        if page.file.src_uri not in unrendered:
            add(page)

    index.add_entry_from_context = add_entry_from_context  # type: ignore[union-attr]


def section_of(src_uri: str) -> str:
    """The top-level folder of a page under docs/ ("." for a page directly in docs/)."""
    return src_uri.split("/", 1)[0] if "/" in src_uri else ROOT


def manifest(pages: list[dict[str, Any]], anchor_level: int, state: str) -> str:
    """The part's record for the merge: every page (src, url, dest, owned, links to anchors,
    anchors), and the state of the library it was built from."""
    return json.dumps({"pages": pages, "anchor_level": anchor_level, "state": state}, ensure_ascii=False)


def library_state(config_file: str, docs_dir: str, sources: list[str]) -> str:
    """A digest of what a part was built from: the MkDocs configuration and every file of docs/
    by its path there (parts of different commits must not be merged, even when their page names
    agree; parts of one commit built on different machines must)."""
    docs = Path(docs_dir).resolve()
    digest = hashlib.sha256(_content(Path(config_file)))
    for source in sorted(sources):
        try:
            name = Path(source).resolve().relative_to(docs).as_posix()
        except ValueError:
            continue  # generated or the theme's: the same for every part of one build
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0" + _content(Path(source)))
    return digest.hexdigest()


def _content(path: Path) -> bytes:
    try:
        return hashlib.sha256(path.read_bytes()).digest()
    except OSError:
        return b"-"


def read_manifest(site: Path, name: Path | str | None = None) -> dict[str, Any]:
    """A part's manifest; BuildError naming the part (`name`, else `site`) when the folder is not a
    part or its manifest is not what `briefings build --sections` writes."""
    path = site / MANIFEST
    try:
        data: Any = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise BuildError(f"{name or site}: not a part of a site ({MANIFEST}: {exc})",
                         hint="build parts with `briefings build --sections ...`") from None
    damage = _damage(data)
    if damage:
        raise BuildError(f"{name or site}: {MANIFEST} is damaged ({damage})", hint="build that part again")
    return dict(data)


def _damage(data: Any) -> str:
    """What in a manifest is not as a part writes it ('' when nothing)."""
    if not isinstance(data, dict) or not isinstance(data.get("pages"), list):
        return "no list of pages"
    if not isinstance(data.get("anchor_level"), int) or not isinstance(data.get("state"), str):
        return "no anchor level or library state"
    for page in data["pages"]:
        if not (isinstance(page, dict) and all(isinstance(page.get(k), str) for k in ("src", "url", "dest"))
                and isinstance(page.get("owned"), bool)):
            return "a page without its paths"
        if "anchors" not in page or "links" not in page:
            return f"the anchors or links of {page['src']}"
        anchors, links = page["anchors"], page["links"]
        if anchors is not None and not (isinstance(anchors, list) and all(isinstance(a, str) for a in anchors)):
            return f"the anchors of {page['src']}"
        if not (isinstance(links, dict) and all(isinstance(found, dict) and all(
                isinstance(k, str) and isinstance(v, str) for k, v in found.items()) for found in links.values())):
            return f"the links of {page['src']}"
    return ""


def merge(target: Path, others: list[Path], *, strict: bool, first: Path | None = None) -> None:
    """Merge the parts `others` into the part at `target`: one site with every page once.

    BuildError when parts overlap or leave pages out, or (strict) when a link to an anchor in
    another part's page finds no such anchor.
    """
    folders = [target, *others]
    names = [first or target, *others]  # `first`: where the part at `target` was copied from
    for folder, name in zip(folders, names):
        refuse_links(folder, name)
    parts = [read_manifest(target, names[0]), *(read_manifest(o) for o in others)]
    pages = parts[0]["pages"]
    for page in pages:
        _check_dest(page.get("dest"), names[0])
    owner: dict[str, int] = {}
    for number, part in enumerate(parts):
        if [_place(p) for p in part["pages"]] != [_place(p) for p in pages] or part.get("state") != parts[0].get("state"):
            raise BuildError(f"{names[number]}: a part of another library or another state of it",
                             hint="build every part from the same commit")
        for page in part["pages"]:
            if page["owned"]:
                if page["src"] in owner:
                    raise BuildError(f"{page['src']} is in two parts: {names[owner[page['src']]]} and "
                                     f"{names[number]}", hint="give each section to one part")
                owner[page["src"]] = number
    missing = [p["src"] for p in pages if p["src"] not in owner]
    if missing:
        raise BuildError(f"no part has {len(missing)} page(s), e.g. {', '.join(missing[:5])}",
                         hint="build a part for every section (and `.` for the pages directly in docs/)")
    problems = _broken_anchors(parts, owner)
    if problems and strict and parts[0]["anchor_level"] >= logging.WARNING:
        raise BuildError("the site did not build:\n" + "\n".join(f"WARNING -  {p}" for p in problems),
                         hint="fix the warnings above, or run `briefings build --no-strict` to preview")
    try:
        for number, folder in enumerate(folders[1:], start=1):
            for page in pages:  # the first part's places: every part lists the same ones
                if owner[page["src"]] == number:
                    _copy_page(folder / page["dest"], target / page["dest"], names[number])
        _merge_search(target, folders, pages, owner)
        (target / MANIFEST).unlink()
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:  # a damaged search index too
        raise BuildError(f"the parts could not be merged: {type(exc).__name__}: {exc}",
                         hint="rebuild the parts; a part's folder must hold what `briefings build --sections` wrote")


def refuse_links(folder: Path, name: Path | str) -> None:
    """BuildError when a part's folder holds a symlink: its target (any file of the machine) would
    be copied into the site as if it were a page."""
    for top, dirs, files in os.walk(folder):
        for entry in [*dirs, *files]:
            if os.path.islink(os.path.join(top, entry)):
                where = Path(top, entry).relative_to(folder).as_posix()
                raise BuildError(f"{name}: {where} is a symlink; a part holds only the files MkDocs wrote",
                                 hint="rebuild the part with `briefings build --sections ...`")


def _place(page: dict[str, Any]) -> tuple[Any, Any, Any]:
    return page.get("src"), page.get("url"), page.get("dest")


def _check_dest(dest: Any, name: Path | str) -> None:
    """A page's file inside the site: a relative path without `..` (a manifest is read from a folder)."""
    path = PurePosixPath(dest) if isinstance(dest, str) and dest and "\\" not in dest else None
    if path is None or path.is_absolute() or ".." in path.parts or str(path).startswith("~"):
        raise BuildError(f"{name}: {MANIFEST} names a page file outside the site: {dest!r}",
                         hint="rebuild the parts with `briefings build --sections ...`")


def _copy_page(source: Path, destination: Path, name: Path | str) -> None:
    """Copy one rendered page: a regular file, never through a symlink at either end."""
    info = source.lstat()
    if not stat.S_ISREG(info.st_mode):
        raise BuildError(f"{name}: {source.name} is not a regular file", hint="rebuild the part")
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.is_symlink():
        destination.unlink()
    shutil.copyfile(source, destination, follow_symlinks=False)


def keep_own(site: Path) -> None:
    """A part on its own (`--sections`): its search index holds only its pages; the manifest stays."""
    part = read_manifest(site)
    owned = {page["src"]: 0 for page in part["pages"] if page["owned"]}
    _merge_search(site, [site], [p for p in part["pages"] if p["owned"]], owned)


def _merge_search(target: Path, folders: list[Path], pages: list[dict[str, Any]], owner: dict[str, int]) -> None:
    """One search index: each page's entries from the part that rendered it, in page order."""
    indexes = [folder / SEARCH_INDEX for folder in folders]
    if not indexes[0].is_file():
        return  # no search plugin
    loaded = [json.loads(path.read_text("utf-8")) for path in indexes]
    by_page: list[dict[str, list[Any]]] = []
    for index in loaded:
        grouped: dict[str, list[Any]] = {}
        for entry in index["docs"]:
            grouped.setdefault(str(entry["location"]).split("#", 1)[0], []).append(entry)
        by_page.append(grouped)
    docs = [entry for page in pages for entry in by_page[owner[page["src"]]].get(page["url"], [])]
    data = {"config": loaded[0]["config"], "docs": docs}
    indexes[0].write_text(json.dumps(data, separators=(",", ":"), default=str), encoding="utf-8")


def _broken_anchors(parts: list[dict[str, Any]], owner: dict[str, int]) -> list[str]:
    """MkDocs' own anchor check, for links whose target page another part rendered."""
    anchors = {page["src"]: set(page["anchors"]) for number, part in enumerate(parts) for page in part["pages"]
               if owner.get(page["src"]) == number and page["anchors"] is not None}
    problems = []
    for number, part in enumerate(parts):
        for page in part["pages"]:
            if owner.get(page["src"]) != number:
                continue
            for target, links in page["links"].items():
                if owner.get(target) == number or target not in anchors:
                    continue  # MkDocs checked it in this part; or a file that is not a page
                for anchor, original in links.items():
                    if anchor not in anchors[target]:
                        problems.append(f"Doc file '{page['src']}' contains a link '{original}', but the doc "
                                        f"'{target}' does not contain an anchor '#{anchor}'.")
    return problems
