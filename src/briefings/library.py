"""The plain domain model: a Library of Briefings, built once and shared by every command."""

from __future__ import annotations

import datetime as dt
import errno
import functools
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from briefings import collector, filenames, frontmatter, latefront
from briefings.config import Project, load_project
from briefings.frontcache import FrontMatterCache
from briefings.errors import InputError
from briefings.findings import Finding, from_input_error
from briefings.frontmatter import FrontMatter
from briefings.limits import DEFAULT, Limits
from briefings.textfile import read_text

STATUSES = ("draft", "review", "published", "planned")
# what MkDocs also renders as pages; briefings reads only .md, so such a file is an error, never a page
OTHER_MARKDOWN = (".markdown", ".mdown", ".mkdn", ".mkd")
MARKDOWN_EXTENSION = "markdown-extension"  # the rule id of such a file, wherever it is reported
_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


@dataclass
class Briefing:
    """One Markdown file of the library: a briefing, or an index page."""

    path: Path
    rel: str  # posix path relative to docs_dir, e.g. "RESEARCH/Authoritarian Playbook.md"
    label: str  # path as shown in findings, relative to the library root, e.g. "docs/RESEARCH/..."
    text: str
    front: FrontMatter
    body: str

    @classmethod
    def read(cls, path: Path, rel: str, *, label: str, max_bytes: int | None = None,
             parse: Callable[[str, str], FrontMatter] | None = None, limits: Limits = DEFAULT) -> Briefing:
        """Read and split one file; InputError on a name that is never published (`filenames`), bad
        bytes, broken YAML or a crossed limit."""
        bad_name = filenames.error(rel, label)
        if bad_name:
            raise bad_name
        text = read_text(path, max_bytes=limits.file_bytes if max_bytes is None else max_bytes, label=label)
        front = parse(text, label) if parse else frontmatter.parse(text, label, limits)
        _, body, _ = frontmatter.split(text) if front.present else (None, text, 1)
        return cls(path=path, rel=rel, label=label, text=text, front=front, body=body)

    @property
    def meta(self) -> dict[str, Any]:
        """The front matter data."""
        return self.front.data

    @property
    def body_line(self) -> int:
        """1-based file line where the Markdown body starts."""
        return self.front.body_line

    @property
    def is_index(self) -> bool:
        """Index pages (home, sections) are pages, not briefings."""
        return PurePosixPath(self.rel).name == "index.md"

    @property
    def section(self) -> str:
        """The section folder, e.g. "RESEARCH"; "" for top-level files."""
        parts = PurePosixPath(self.rel).parts
        return parts[0] if len(parts) > 1 else ""

    @property
    def title(self) -> str:
        """Front matter title, else first heading, else the file name."""
        title = self.meta.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
        heading = _HEADING.search(self.body)
        if heading:
            return heading.group(1)
        return PurePosixPath(self.rel).stem

    @property
    def status(self) -> str:
        """draft, review, published or planned (published when unset)."""
        status = self.meta.get("status", "published")
        return status if status in STATUSES else "published"

    @property
    def sources(self) -> list[dict[str, Any]]:
        """Front matter sources that are mappings."""
        items = self.meta.get("sources") or []
        return [s for s in items if isinstance(s, dict)] if isinstance(items, list) else []

    @property
    def authors(self) -> list[str]:
        """Author names."""
        items = self.meta.get("authors") or []
        return [str(a) for a in items] if isinstance(items, list) else [str(items)]

    @property
    def updated(self) -> dt.date | None:
        """The updated date, when it is a valid date."""
        value = self.meta.get("updated")
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value)) if value else None
        except ValueError:
            return None

    @property
    def embargo_until(self) -> dt.datetime | None:
        """The embargo moment, when set with a time zone."""
        value = self.meta.get("embargo_until")
        if isinstance(value, str):
            try:
                value = dt.datetime.fromisoformat(value)
            except ValueError:
                return None
        return value if isinstance(value, dt.datetime) and value.tzinfo else None

    def is_public(self, now: dt.datetime) -> bool:
        """False for drafts, planned stubs, a status that is none of STATUSES, and briefings still
        under embargo at `now` (an embargo that cannot be read counts)."""
        if self.meta.get("status", "published") not in ("review", "published"):
            return False
        if self.meta.get("embargo_until") in (None, ""):
            return True
        embargo = self.embargo_until
        return embargo is not None and embargo <= now


@dataclass
class Library:
    """All Markdown files of a library, in a stable order."""

    project: Project
    pages: list[Briefing] = field(default_factory=list)
    problems: dict[str, Finding] = field(default_factory=dict)  # docs-relative path -> why it was not read

    @classmethod
    def load(cls, root: Path | None = None, *, project: Project | None = None, cache: bool = True,
             known: Mapping[str, Briefing] | None = None,
             parse: Callable[[str, str], FrontMatter] | None = None) -> Library:
        """Read every Markdown file under docs_dir once (front matter parses cached unless `cache=False`,
        or parsed by `parse` when given); `known`: pages read before and known to be unchanged (the
        live preview's), taken as they are.

        A file that cannot be read or parsed is not a page: it becomes one error finding in
        `problems`, and the rest of the library is still loaded and checked."""
        project = project or load_project(root)
        limits = project.settings.limits
        front_cache = FrontMatterCache(project.root, limits) if cache and parse is None else None
        library = cls(project=project)
        with collector.paused():  # the front matter it reads lives on: a collection would only walk it
            for path, rel in markdown_files(project.docs_dir):
                page = known.get(rel) if known else None
                if page is not None and page.path == path:
                    library.pages.append(page)
                    continue
                try:
                    library.pages.append(read_page(project, path, rel, limits=limits,
                                                   parse=front_cache.parse if front_cache else parse))
                except InputError as exc:
                    library.problems[rel] = from_input_error(exc)
        if front_cache:
            front_cache.save()
        library.refuse_collisions()
        return library

    def refuse_collisions(self) -> None:
        """Pages whose names differ only in case or Unicode form are no pages: an error on each (a problem it
        had already stays: it is what to fix first)."""
        clashes = filenames.collisions([*(p.rel for p in self.pages), *self.problems])
        if not clashes:
            return
        gone = {path for path, _ in clashes}
        label = _docs_label(self.project.docs_dir, self.project.root)
        for path, other in clashes:
            self.problems.setdefault(path, from_input_error(filenames.collision_error(label + path, label + other)))
        self.pages = [p for p in self.pages if p.rel not in gone]
        self.__dict__.pop("_cache", None)

    @property
    def docs_dir(self) -> Path:
        """The folder holding the Markdown sources."""
        return self.project.docs_dir

    @property
    def briefings(self) -> list[Briefing]:
        """Briefings only (no index pages)."""
        return [p for p in self.pages if not p.is_index]

    @property
    def sections(self) -> list[str]:
        """Section folder names in order."""
        return sorted({p.section for p in self.pages if p.section})

    def get(self, rel: str) -> Briefing | None:
        """The page at a docs-relative posix path."""
        return self._by_rel().get(rel)

    def _by_rel(self) -> dict[str, Briefing]:
        cache: dict[str, Briefing] | None = getattr(self, "_cache", None)
        if cache is None:
            cache = {p.rel: p for p in self.pages}
            self._cache = cache
        return cache

    def __iter__(self) -> Iterator[Briefing]:
        return iter(self.pages)


def read_page(project: Project, path: Path, rel: str, *, limits: Limits,
              parse: Callable[[str, str], FrontMatter] | None = None) -> Briefing:
    """One page of the library; InputError when it cannot be read, has a name that is never published
    (a folder too: `markdown_files` yields those), or is a symlink leaving docs (never read)."""
    label = _label(project, path, rel)
    if filenames.problem(rel):  # the stat only for a name that is refused: its message says file or folder
        bad_name = filenames.error(rel, label, folder=path.is_dir() and not path.is_symlink())
        if bad_name:
            raise bad_name
    if rel.endswith(OTHER_MARKDOWN):
        raise _other_markdown(label, rel)
    escape = _escape(path, project.docs_dir)
    if escape:
        raise InputError(label, escape, hint="copy the file into the docs folder instead: a symlink out of it "
                         "publishes whatever it points to, or breaks the build in another clone")
    page = Briefing.read(path, rel, label=label, limits=limits, parse=parse)
    misread = read_otherwise(page)
    if misread:
        raise misread
    return page


def misnamed(project: Project) -> list[InputError]:
    """The error of each file and folder under docs_dir (hidden ones aside) whose name is never
    published (`filenames`), as `read_page` raises it, without reading any file."""
    found = (filenames.error(rel, _label(project, path, rel), folder=path.is_dir() and not path.is_symlink())
             for path, rel in markdown_files(project.docs_dir))
    return [error for error in found if error]


def read_otherwise(page: Briefing) -> InputError | None:
    """Why MkDocs would publish another page than the one briefings checks, as the error that lint,
    build, the hooks and the publish gate all report; None when both read it alike (known once per
    page: its text and front matter never change, and the exclusion of every page asks again)."""
    known: tuple[InputError | None] | None = page.__dict__.get("_read_otherwise")
    if known is None:
        known = page.__dict__["_read_otherwise"] = (_read_otherwise(page),)
    return known[0]


def _read_otherwise(page: Briefing) -> InputError | None:
    if page.rel.endswith(OTHER_MARKDOWN):
        return _other_markdown(page.label, page.rel)
    differs = frontmatter.disagreement(page.text, page.front) or latefront.misplaced(page.text, page.front)
    if not differs:
        return None
    error = InputError(page.label, differs, hint="the checks and the site must read the same page")
    error.rule = frontmatter.RULE
    return error


def _other_markdown(label: str, rel: str) -> InputError:
    error = InputError(label, f"MkDocs publishes this {PurePosixPath(rel).suffix} page but briefings checks only "
                       ".md files", hint="rename it to .md")
    error.rule = MARKDOWN_EXTENSION
    return error


def markdown_files(docs_dir: Path) -> Iterable[tuple[Path, str]]:
    """(path, docs-relative posix path) of every .md entry that is not a folder, skipping hidden
    folders, and of every file MkDocs would render as a page too (OTHER_MARKDOWN: reading one says why not),
    and of every file or folder (not entered) whose name is never published (`filenames`: reading one says why).

    Special files and symlinks are yielded too (reading them reports what is wrong); symlinked
    folders are not entered, and are yielded only when they leave docs (MkDocs would follow them)."""
    stack = [docs_dir]
    found: list[tuple[Path, str]] = []
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if filenames.problem(entry.name):
                found.append((path, path.relative_to(docs_dir).as_posix()))
            elif entry.is_dir(follow_symlinks=False):
                stack.append(path)
            elif entry.is_symlink() and _is_dir(path):
                if _escape(path, docs_dir):  # MkDocs would follow it and publish what it points to
                    found.append((path, path.relative_to(docs_dir).as_posix()))
            elif entry.name.endswith((".md", *OTHER_MARKDOWN)):
                found.append((path, path.relative_to(docs_dir).as_posix()))
    yield from sorted(found, key=lambda item: item[1])


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _label(project: Project, path: Path, rel: str) -> str:
    """How findings name a file: never through its symlink target (that may be outside the library)."""
    return _docs_label(project.docs_dir, project.root) + rel


@functools.lru_cache(maxsize=16)
def _docs_label(docs: Path, root: Path) -> str:
    """The label of the docs folder, ending in '/' ('' when it is the root): once per library, not per page."""
    try:
        named = docs.relative_to(root)
    except ValueError:
        named = docs
    text = named.as_posix()
    return "" if text == "." else text.rstrip("/") + "/"


def _escape(path: Path, docs_dir: Path) -> str:
    """Why a symlink may not be read: it leaves the docs folder, loops or points at nothing ('' when fine)."""
    if not path.is_symlink():
        return ""
    try:
        target = Path(os.path.realpath(path, strict=True))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop"
        return f"symlink to a missing file ({os.readlink(path)})"
    if docs_dir != target and docs_dir not in target.parents:
        return "symlink points outside the docs folder"
    return ""
