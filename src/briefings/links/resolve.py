"""Resolving a link as written (`../RESEARCH/Authoritarian%20Playbook.md#scope`) to a docs-relative target."""

from __future__ import annotations

import difflib
import functools
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from urllib.parse import quote, unquote


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_PAIRED_BRACKETS = re.compile(r"[^()]*(?:\([^()]*\)[^()]*)*")  # "Report (2024)": no lone or nested bracket


class Kind(str, Enum):
    """What a link points at, before checking that the target exists."""

    EXTERNAL = "external"  # has a scheme or host: http, https, mailto, ...
    SELF = "self"  # only an #anchor on the same page
    ABSOLUTE = "absolute"  # starts with "/": MkDocs leaves it as is
    OUTSIDE = "outside"  # climbs out of docs/
    RELATIVE = "relative"


@dataclass(frozen=True)
class Target:
    """A link's target: kind, docs-relative path (unquoted, normalised) and anchor (unquoted)."""

    kind: Kind
    path: str = ""
    anchor: str = ""


_EXTERNAL = Target(Kind.EXTERNAL)  # frozen: one for every external link


def target(source: str, href: str) -> Target:
    """Where `href`, written in the page `source` (docs-relative), points."""
    if _SCHEME.match(href) or href.startswith("//"):
        return _EXTERNAL
    path, anchor = _parts(href)
    if not path:
        return Target(Kind.SELF, source, anchor)
    if path.startswith(("/", "\\")):
        return Target(Kind.ABSOLUTE, path.lstrip("/\\"), anchor)
    return _joined(posixpath.dirname(source), path, anchor)


# many pages link alike: the same href from many pages, the same target from pages of one folder
@functools.lru_cache(maxsize=1 << 15)
def _parts(href: str) -> tuple[str, str]:
    """(path, anchor) of a link that is not external, both unquoted (query left out)."""
    rest, _, fragment = href.partition("#")
    return unquote(rest.partition("?")[0]), unquote(fragment)


@functools.lru_cache(maxsize=1 << 15)
def _joined(folder: str, path: str, anchor: str) -> Target:
    joined = posixpath.normpath(posixpath.join(folder, path))
    if joined == ".." or joined.startswith("../"):
        return Target(Kind.OUTSIDE, joined, anchor)
    return Target(Kind.RELATIVE, "" if joined == "." else joined, anchor)


def relative_href(source: str, target_rel: str, anchor: str = "") -> str:
    """The link an author would write in `source` to reach `target_rel`, URL-encoded like editors do.
    Brackets stay only in simple pairs (`Report%20(2024).md`), which CommonMark and Python-Markdown
    both keep in a link; else all are encoded (`Budget%20%28draft.md`): a lone one ends the link."""
    base = posixpath.dirname(source) or "."
    path = posixpath.relpath(target_rel, base)
    href = quote(path, safe="/._-~()" if _PAIRED_BRACKETS.fullmatch(path) else "/._-~")
    return f"{href}#{quote(anchor, safe='-_.:')}" if anchor else href


class PathIndex:
    """The library's files by lower-case file name, to suggest a file for a broken link at a bounded cost.

    Comparing a wanted path with every file by `difflib` costs a string match per file and per broken
    link: a library with a thousand broken links (a renamed folder, a hostile edit) took minutes. Here a
    file of the same name is looked for first; else the few names sharing the most three-letter runs
    with the wanted name are compared by `difflib` (the best at a ratio of 0.6 or more, as before); the
    whole path decides only between files of that name. Each answer is remembered per wanted path."""

    SHORTLIST = 8  # names compared by difflib after the three-letter runs chose them

    def __init__(self, candidates: Iterable[str]) -> None:
        self.by_name: dict[str, list[str]] = {}
        for path in candidates:
            self.by_name.setdefault(posixpath.basename(path).lower(), []).append(path)
        self.names = list(self.by_name)
        runs: dict[str, list[int]] = {}
        for number, name in enumerate(self.names):
            for run in _runs(name):
                runs.setdefault(run, []).append(number)
        common = max(8, len(self.names) // 4)  # a run in most names (".md") tells nothing
        self.runs = {run: numbers for run, numbers in runs.items() if len(numbers) <= common}
        self.known: dict[str, str | None] = {}

    def closest(self, wanted: str) -> str | None:
        """The file most like `wanted` (same name, else a close name; then the closest path); None if none."""
        if wanted not in self.known:
            name = self._name(posixpath.basename(wanted).lower())
            paths = self.by_name.get(name, [])
            best = difflib.get_close_matches(wanted, paths, n=1, cutoff=0.0) if len(paths) > 1 else paths
            self.known[wanted] = best[0] if best else None
        return self.known[wanted]

    def _name(self, name: str) -> str:
        if name in self.by_name:
            return name
        shared: dict[int, int] = {}
        for run in _runs(name):
            for number in self.runs.get(run, ()):
                shared[number] = shared.get(number, 0) + 1
        ranked = sorted(shared, key=lambda n: -shared[n])[:self.SHORTLIST]
        close = difflib.get_close_matches(name, [self.names[n] for n in ranked], n=1, cutoff=0.6)
        return close[0] if close else ""


def _runs(name: str) -> set[str]:
    return {name[i:i + 3] for i in range(max(1, len(name) - 2))}


def closest(wanted: str, candidates: Iterable[str]) -> str | None:
    """The most similar candidate (by whole path, then by file name), if any is close enough."""
    pool = list(candidates)
    match = difflib.get_close_matches(wanted, pool, n=1, cutoff=0.6)
    if match:
        return match[0]
    names = {posixpath.basename(c).lower(): c for c in pool}
    match = difflib.get_close_matches(posixpath.basename(wanted).lower(), list(names), n=1, cutoff=0.6)
    return names[match[0]] if match else None
