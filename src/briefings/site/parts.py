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

import json
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefings.errors import BuildError

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


def section_of(src_uri: str) -> str:
    """The top-level folder of a page under docs/ ("." for a page directly in docs/)."""
    return src_uri.split("/", 1)[0] if "/" in src_uri else ROOT


def manifest(pages: list[dict[str, Any]], anchor_level: int) -> str:
    """The part's record for the merge: every page (src, url, dest, owned, links to anchors, anchors)."""
    return json.dumps({"pages": pages, "anchor_level": anchor_level}, ensure_ascii=False)


def read_manifest(site: Path) -> dict[str, Any]:
    """A part's manifest; BuildError when the folder is not a part."""
    path = site / MANIFEST
    try:
        data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise BuildError(f"{site}: not a part of a site ({MANIFEST}: {exc})",
                         hint="build parts with `briefings build --sections ...`") from None
    return data


def merge(target: Path, others: list[Path], *, strict: bool, first: Path | None = None) -> None:
    """Merge the parts `others` into the part at `target`: one site with every page once.

    BuildError when parts overlap or leave pages out, or (strict) when a link to an anchor in
    another part's page finds no such anchor.
    """
    parts = [read_manifest(target), *(read_manifest(o) for o in others)]
    folders = [target, *others]
    names = [first or target, *others]  # `first`: where the part at `target` was copied from
    pages = parts[0]["pages"]
    owner: dict[str, int] = {}
    for number, part in enumerate(parts):
        if [p["src"] for p in part["pages"]] != [p["src"] for p in pages]:
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
    for number, folder in enumerate(folders[1:], start=1):
        for page in parts[number]["pages"]:
            if owner[page["src"]] == number:
                destination = target / page["dest"]
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(folder / page["dest"], destination)
    _merge_search(target, folders, pages, owner)
    (target / MANIFEST).unlink()


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
