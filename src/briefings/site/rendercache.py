"""Rendered pages cached across builds, so a build re-renders only the pages whose inputs changed.

Why: a new edition of a library where few briefings changed still ran Python-Markdown on every
page (about two thirds of MkDocs' time) and Material's search plugin parsed every page's HTML again
(a fifth). Both are pure functions of what they read, so their results are kept on disk and
reused while those inputs are the same.

What a page's render reads, and so what its key holds: its Markdown after every `on_page_markdown`
(our header, sources and listings included), its own path, URL and inclusion, the Markdown
extensions with their options, MkDocs' link validation settings, `use_directory_urls`, the
versions of Python, MkDocs, Python-Markdown and the extensions' packages, and SALT. Links resolve
against the site's files: every lookup a render makes (`Files.get_file_from_path`) is recorded with
what it found (the file's path, URL and inclusion, or nothing), and an entry is used only while each
lookup still finds the same, so a page re-renders when a page it links to is added, removed,
renamed or excluded, and not when an unrelated one is. A hit restores everything MkDocs keeps from
`Page.render` (content, table of contents, title from the first heading, anchors, links to anchors)
before `on_page_content`: sanitising, link checks across pages and the templates run as before, and
the site is byte for byte the one an uncached build writes (tests/site/test_render_cache.py).

Not cached: a page whose render logged anything (a warning must be seen again in the next build),
a page using pymdownx.snippets (`--8<--`: its HTML depends on other files; with `auto_append` no
page is), and every page when an extension option cannot be named stably (an object without a
name). Entries are written only at the end of a strict build without a warning: a failed build
leaves the cache as it was.

The search plugin's entries for a page (Material's `SearchIndex.add_entry_from_context`, an HTML
parse of the page) are cached the same way, keyed by the page's final content, table of contents,
title, URL and the front matter the index reads (`title`, `tags`, `search`).

Entries live under `.briefings-cache/render/CONTEXT/` of the library (git-ignored; JSON, never
pickle), one file per page version; `briefings publish`, which builds a staged copy of the
library, uses the work tree's cache (ENV_CACHE). An entry that cannot be read is a miss; a cache
that cannot be written only costs time.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import logging
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from briefings.frontcache import CACHE_ROOT, make_cache_folder, modified_time, remove_stale_tmp, write_entry
from briefings.site import extensions

SALT = "2"  # change when what an entry holds, or how it is used, changes
ENV_CACHE = "BRIEFINGS_CACHE_LIBRARY"  # the library whose cache a build uses (publish: the work tree)
FOLDER = CACHE_ROOT / "render"
# entries a page needs: its render in each part of a build (at most 4, site/builder.py), its search entries
KEEP_PER_PAGE = 6
KEEP_CONTEXTS = 4  # context folders kept (e.g. `briefings build` with drafts and `publish` without)
SNIPPET_MARK = "8<-"  # in every pymdownx.snippets marker
PACKAGES = ("mkdocs", "markdown", "mkdocs-material", "pymdown-extensions", "pygments")  # pygments: code blocks
_PAGES_LOG = logging.getLogger("mkdocs.structure.pages")


class _Unnamed(Exception):
    """An option value without a stable name (its repr holds a memory address)."""


class RenderCache:
    """Page renders and search entries of one build, read from and (after success) written to disk."""

    def __init__(self, folder: Path, context: str, *, snippets: bool) -> None:
        self.folder = folder / hashlib.sha256(context.encode("utf-8")).hexdigest()[:24]
        self.snippets = snippets  # the extension is on: pages with its marker are rendered each time
        self.pending: dict[str, object] = {}  # entries of this build, written by `save`
        self.used: set[str] = set()
        self.hits = self.misses = 0

    @staticmethod
    def open(config: MkDocsConfig, root: Path) -> RenderCache | None:
        """The cache for this build (None when no page can be cached): of the library ENV_CACHE
        names, else of `root`."""
        snippets = extensions.snippets(config)  # however it is named (site/extensions.py)
        if any(_snippets_options(config, entry).get("auto_append") for entry in snippets):
            return None
        try:
            context = _context(config)
        except _Unnamed:
            return None
        folder = Path(os.environ.get(ENV_CACHE) or root) / FOLDER
        return RenderCache(folder, context, snippets=bool(snippets))

    def attach(self, page: Page) -> None:
        """Make this page's render come from the cache when its inputs are unchanged."""
        original = page.render

        def render(config: MkDocsConfig, files: Files) -> None:
            self._render(page, original, config, files)

        page.render = render  # type: ignore[method-assign]

    def _render(self, page: Page, original: Callable[[MkDocsConfig, Files], None],
                config: MkDocsConfig, files: Files) -> None:
        markdown = page.markdown or ""
        if self.snippets and SNIPPET_MARK in markdown:
            original(config, files)
            return
        key = _digest("page", page.file.src_uri, page.url, page.file.inclusion.value, markdown)
        entry = self._load(key)
        if entry is not None and _restore(page, entry, files):
            self.used.add(key)
            self.hits += 1
            return
        self.misses += 1
        traced = _TracedFiles(files)
        with _Listening() as heard:
            original(config, traced)  # type: ignore[arg-type]  # MkDocs only looks files up
        if not heard.records and not traced.other:
            self.pending[key] = _snapshot(page, traced.found)

    def wrap_search(self, plugin: object) -> None:
        """Cache the page entries of Material's search index (when `plugin` is Material's search)."""
        index = getattr(plugin, "search_index", None)
        if index is None or type(index).__module__ != "material.plugins.search.plugin":
            return
        original = index.add_entry_from_context

        def add_entry_from_context(page: Page) -> None:
            try:  # jieba, when installed, segments Chinese text in the entries
                key = _digest("search", page.content or "", _toc_tokens(page.toc), str(page.title), page.url,
                              _named({k: page.meta.get(k) for k in ("title", "tags", "search")}),
                              getattr(sys.modules.get(type(index).__module__), "jieba", None) is not None)
            except _Unnamed:
                original(page)
                return
            cached = self._load(key)  # {"search": key, "entries": [...]}: a damaged file never names its key
            entries = cached.get("entries") if isinstance(cached, dict) and cached.get("search") == key else None
            if isinstance(entries, list) and all(_search_entry(e) for e in entries):
                self.used.add(key)
                index.entries.extend(entries)
                return
            start = len(index.entries)
            original(page)
            added = index.entries[start:]
            try:  # only entries that come back the same from JSON (a date in `search:` front matter does not)
                same = json.loads(json.dumps(added, default=_refuse)) == added
            except (TypeError, ValueError):
                same = False
            if same:
                self.pending[key] = {"search": key, "entries": added}

        index.add_entry_from_context = add_entry_from_context

    def _load(self, key: str) -> Any:
        path = self.folder / f"{key}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        try:
            os.utime(path)  # used: the last entries `save` would drop
        except OSError:
            pass  # a read-only cache still serves its entries
        return data

    def save(self, *, pages: int) -> None:
        """Write this build's new entries (call only after a strict build without warnings); when
        the folder holds far more entries than the site has pages (old versions of edited pages),
        drop the least recently used down to KEEP_PER_PAGE a page, never one this build
        used (another part of the same build may lose one it still needs: a miss, not an error)."""
        try:
            if not self.folder.is_dir():
                self._replace_old_contexts()
            for key, entry in self.pending.items():
                write_entry(self.folder, key, json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
            listed = os.listdir(self.folder)
            remove_stale_tmp(self.folder, listed)
            names = [name for name in listed if name.endswith(".json")]
            if len(names) > 2 * KEEP_PER_PAGE * pages + 100:
                kept = self.used | self.pending.keys()
                paths = sorted((self.folder / name for name in names if name[:-5] not in kept), key=modified_time)
                for path in paths[:len(names) - KEEP_PER_PAGE * pages]:
                    path.unlink(missing_ok=True)
        except OSError:
            pass
        self.pending = {}

    def _replace_old_contexts(self) -> None:
        parent = self.folder.parent
        if parent.is_dir():
            others = sorted((p for p in parent.iterdir() if p.is_dir()), key=modified_time, reverse=True)
            for old in others[KEEP_CONTEXTS - 1:]:
                shutil.rmtree(old, ignore_errors=True)
        make_cache_folder(self.folder)


def build_succeeded(config: MkDocsConfig) -> bool:
    """Whether a strict build has counted no warning so far (MkDocs aborts after `on_post_build`)."""
    if not config.strict:
        return False
    counters = [h for h in logging.getLogger("mkdocs").handlers if type(h).__name__ == "CountHandler"]
    return bool(counters) and not any(h.get_counts() for h in counters)  # type: ignore[attr-defined]


def _context(config: MkDocsConfig) -> str:
    """What every page's render depends on besides the page itself."""
    options = {name: value for name, value in (config.mdx_configs or {}).items()}
    for entry in extensions.snippets(config):
        if isinstance(entry, str) and entry in options:
            # its options matter only to pages with its marker, which are never cached
            options[entry] = {"auto_append": options[entry].get("auto_append")}
    links = config.validation.links
    data = {
        "salt": SALT, "python": sys.version, "versions": _versions(config.markdown_extensions),
        "extensions": list(config.markdown_extensions), "options": options,
        "validation": [int(links.not_found), int(links.absolute_links), int(links.unrecognized_links),
                       int(links.anchors)],
        "directory_urls": bool(config.use_directory_urls), "log": _PAGES_LOG.getEffectiveLevel(),
    }
    return _named(data)


def _snippets_options(config: MkDocsConfig, entry: object) -> dict[str, Any]:
    """The options of one snippets entry: its mdx_configs, or an instance's own."""
    if isinstance(entry, str):
        return dict((config.mdx_configs or {}).get(entry) or {})
    return dict(getattr(entry, "getConfigs", dict)())


def _versions(extensions: list[str]) -> dict[str, str]:
    """Versions of MkDocs, Python-Markdown and of each distribution that provides an extension."""
    names = set(PACKAGES)
    providers = metadata.packages_distributions()
    found = {}
    for extension in extensions:
        top = str(extension).split(".", 1)[0]
        if top in providers:
            names.update(providers[top])
        else:  # a module of the library's own (not an installed distribution): its file as it is now
            found[top] = _module_stamp(top)
    for name in sorted(names):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "-"
    return found


def _module_stamp(name: str) -> str:
    """Size and modification time of a module's file (or of its package's files), '-' when unknown."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return "-"
    if spec is None or not spec.origin or not os.path.isfile(spec.origin):
        return "-"
    origin = Path(spec.origin)
    files = sorted(origin.parent.rglob("*.py")) if origin.name == "__init__.py" else [origin]
    stamps = []
    for path in files:
        try:
            info = path.stat()
        except OSError:
            continue
        stamps.append(f"{path.name}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("\n".join(stamps).encode()).hexdigest()[:16]


def _named(value: object) -> str:
    """Canonical JSON of option values; functions by their import path; _Unnamed when a value has
    no stable name (a closure, an object whose repr is its address)."""
    return json.dumps(value, sort_keys=True, default=_name_of, ensure_ascii=False)


def _name_of(value: object) -> object:
    if isinstance(value, functools.partial):
        return {"partial": _name_of(value.func), "args": list(value.args), "keywords": value.keywords}
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    qualname = getattr(value, "__qualname__", None)
    if callable(value) and isinstance(qualname, str) and "<" not in qualname:
        return f"{getattr(value, '__module__', '')}.{qualname}"
    text = repr(value)
    if " at 0x" in text or "<locals>" in text:
        raise _Unnamed(text)
    return f"{type(value).__module__}.{type(value).__qualname__}:{text}"


def _refuse(value: object) -> object:
    raise TypeError(type(value).__name__)


def _digest(*parts: object) -> str:
    digest = hashlib.sha256(SALT.encode())
    for part in parts:
        digest.update(b"\0" + str(part).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _describe(file: File | None) -> list[object] | None:
    """What a render reads of a file it looked up."""
    return None if file is None else [file.src_uri, file.url, file.inclusion.value]


class _TracedFiles:
    """The site's files as a page's render sees them: every lookup and what it found is recorded."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.found: dict[str, list[object] | None] = {}
        self.other = False  # the render used the files some other way: not cached

    def get_file_from_path(self, path: str) -> File | None:
        file = self._files.get_file_from_path(path)
        self.found[path] = _describe(file)
        return file

    def __getattr__(self, name: str) -> Any:
        self.other = True
        return getattr(self._files, name)

    def __iter__(self) -> Iterator[File]:
        self.other = True
        return iter(self._files)

    def __len__(self) -> int:
        self.other = True
        return len(self._files)

    def __contains__(self, path: str) -> bool:
        self.other = True
        return path in self._files


class _Listening(logging.Handler):
    """Catches every record logged while a page renders (MkDocs' own logger does not propagate)."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[logging.LogRecord] = []
        self.loggers = [logging.getLogger(), logging.getLogger("mkdocs")]

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def __enter__(self) -> _Listening:
        for logger in self.loggers:
            logger.addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        for logger in self.loggers:
            logger.removeHandler(self)


def _snapshot(page: Page, found: dict[str, list[object] | None]) -> dict[str, object]:
    """What `Page.render` left on the page, as JSON (before `on_page_content` changes any of it)."""
    links = vars(page).get("links_to_anchors")
    return {
        "page": page.file.src_uri,  # for people and tests: which page this is
        "content": page.content, "toc": _toc_tokens(page.toc), "title": page._title_from_render,
        "anchors": sorted(page.present_anchor_ids or ()),
        "links": None if links is None else [[target.src_uri, dict(found_links)] for target, found_links in links.items()],
        "found": found,
    }


def _restore(page: Page, entry: Any, files: Files) -> bool:
    """Put a stored render on the page; False (the page untouched) when it does not apply or is damaged."""
    try:
        for path, described in entry["found"].items():
            if _describe(files.get_file_from_path(path)) != described:
                return False
        links: dict[File, dict[str, str]] | None = None
        if entry["links"] is not None:
            links = {}
            for src_uri, found in entry["links"]:
                target = files.get_file_from_path(src_uri)
                if target is None or not isinstance(found, dict):
                    return False
                links[target] = {str(anchor): str(link) for anchor, link in found.items()}
        content, title = entry["content"], entry["title"]
        if not isinstance(content, str) or not (title is None or isinstance(title, str)):
            return False
        toc = get_toc(_checked_tokens(entry["toc"]))
        anchors = {str(a) for a in entry["anchors"]}
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
    page.content, page.toc, page._title_from_render, page.present_anchor_ids = content, toc, title, anchors
    if links is not None:
        page.links_to_anchors = links
    return True


def _search_entry(entry: Any) -> bool:
    """Whether a stored search entry has the shape Material's index gives its entries."""
    return (isinstance(entry, dict) and entry.keys() <= {"location", "title", "text", "tags", "boost"}
            and all(isinstance(entry.get(k), str) for k in ("location", "title", "text"))
            and all(isinstance(t, str) for t in entry.get("tags", [])))


def _toc_tokens(items: Any) -> list[dict[str, Any]]:
    """The table of contents as the tokens `get_toc` builds it from."""
    return [{"name": item.title, "id": item.id, "level": item.level, "children": _toc_tokens(item.children)}
            for item in items or []]


def _checked_tokens(tokens: Any) -> Any:
    if not isinstance(tokens, list):
        raise TypeError("toc")
    for token in tokens:
        if not (isinstance(token["name"], str) and isinstance(token["id"], str) and isinstance(token["level"], int)):
            raise TypeError("toc")
        _checked_tokens(token["children"])
    return tokens

