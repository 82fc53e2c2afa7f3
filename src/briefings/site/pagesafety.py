"""What the MkDocs plugin does to keep live script and foreign content out of every page.

In build order: the front matter is escaped once it is read (`escape_front_matter`), the rendered
content is sanitised and titles made escaped text (`sanitize_page`), the theme's `striptags`
escapes what it unescapes (`configure_templates`), and the finished page gets its
Content-Security-Policy (`add_policy`).
"""

from __future__ import annotations

import functools
import os
import stat
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from jinja2 import Environment
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from briefings.site import csp, escaping, sanitize

DEFAULT_TEMPLATE = "main.html"
add_policy = csp.add_policy


NOT_REGULAR = "is not a regular file (a FIFO, socket or device)"  # MkDocs would block on a FIFO, or read a device
LEAVES_DOCS = "leads out of the docs folder through a symlink"  # MkDocs would publish what it points to


def drop_special_files(files: Files, docs_dir: str) -> list[tuple[str, str]]:
    """Take out of the build every docs file MkDocs must not read: one that is not a regular file
    (or a symlink to one), and one whose real path leaves `docs_dir` (a symlink such as
    `notes.txt -> ../.env`, or a file in a symlinked folder): its target is never read. The docs
    paths taken out, each with why (NOT_REGULAR, LEAVES_DOCS); `briefings lint` and `build` report
    such Markdown pages as errors before MkDocs runs."""
    root = os.path.realpath(docs_dir)
    dropped = []
    for file in list(files):
        path = file.abs_src_path
        if not path or not _under(os.path.abspath(path), os.path.abspath(docs_dir)):
            continue  # the theme's files, or a plugin's: not the library's
        why = _unsafe(path, root)
        if why:
            files.remove(file)
            dropped.append((file.src_uri, why))
    return dropped


def confine_snippets(docs_dir: str, max_bytes: int, warn: Callable[[str], None]) -> None:
    """Make pymdownx.snippets (every build and the preview, in this process) read only regular files
    inside `docs_dir` of at most `max_bytes`: any other snippet is not read, and `warn` says why. It
    would otherwise read what a symlink out of docs points to, a file above docs (mkdocs.yml, .env)
    when a base_path allows it, block for ever on a FIFO or read /dev/zero until memory runs out.
    (An edition build reads a staged copy that holds no such file, and confines base_path too.)"""
    from pymdownx.snippets import SnippetPreprocessor  # type: ignore[import-untyped]

    read = getattr(SnippetPreprocessor.read_lines, "__wrapped__", SnippetPreprocessor.read_lines)
    docs = os.path.abspath(docs_dir)

    @functools.wraps(read)
    def read_lines(self: Any, path: str) -> list[str]:
        why = _unsafe_snippet(path, docs, max_bytes)
        if why:
            warn(f"snippet '{_shown(path, docs)}' {why}: not included; a snippet must be a file inside the docs folder")
            return []
        return list(read(self, path))

    SnippetPreprocessor.read_lines = read_lines


def _unsafe_snippet(path: str, docs: str, max_bytes: int) -> str:
    """Why pymdownx.snippets must not read `path` ('' when it may); `docs`: the docs folder's absolute path."""
    root = os.path.realpath(docs)
    if not _under(os.path.abspath(path), docs) and not _under(os.path.realpath(path), root):
        return "is outside the docs folder"  # a base_path above docs (a link into docs is a docs file)
    why = _unsafe(path, root)
    if why:
        return why
    try:
        size = os.stat(path).st_size
    except OSError:
        return ""  # gone or unreadable: pymdownx reports it as it would
    return f"is larger than {max_bytes} bytes (limit file_bytes)" if size > max_bytes else ""


def _shown(path: str, docs: str) -> str:
    """The snippet's path relative to docs or the folder above it (never what a symlink points to)."""
    path = os.path.abspath(path)
    for folder in (docs, os.path.dirname(docs)):
        if _under(path, folder):
            return os.path.relpath(path, folder)
    return os.path.basename(path)


def _unsafe(path: str, root: str) -> str:
    """Why MkDocs must not read the docs file at `path` ('' when it may); `root`: the real docs folder."""
    if not _under(os.path.realpath(path), root):
        return LEAVES_DOCS
    return "" if _regular(path) else NOT_REGULAR


def _under(path: str, folder: str) -> bool:
    return path.startswith(folder.rstrip(os.sep) + os.sep)


def _regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # gone or unreadable: MkDocs reports it as it would any other file


def site_templates(*folders: str | Path | None) -> frozenset[str]:
    """The templates front matter may name: main.html and those of the site's own template folders."""
    names = {DEFAULT_TEMPLATE}
    for folder in folders:
        if folder and Path(folder).is_dir():
            names.update(p.relative_to(folder).as_posix() for p in Path(folder).rglob("*.html"))
    return frozenset(names)


def escape_front_matter(page: Page, templates: frozenset[str]) -> str:
    """Escape every string of the page's front matter in place; the refused template name or ''."""
    page.meta, refused = escaping.escape_meta(page.meta, templates)
    return refused


# Page settings Material's templates and search read, with the kind of value they need: any other
# value breaks the build (`hide: 7` a TypeError, `icon: x` a missing template) or is misread.
SETTINGS: dict[str, tuple[type, str]] = {
    "hide": (list, "a list such as [navigation, toc]"),
    "search": (Mapping, "a mapping such as {exclude: true}"),
    "icon": (str, "an icon the theme has (such as material/book-open-variant)"),
}


def drop_unusable_settings(meta: MutableMapping[str, Any], theme_dirs: Sequence[str]) -> list[str]:
    """Take out of a page's front matter each Material setting whose value the theme cannot use
    (the wrong kind of value, an icon the theme does not have); why, for each one."""
    dropped = []
    for key, (kind, expected) in SETTINGS.items():
        value = meta.get(key)
        if value is None:
            continue
        if not isinstance(value, kind) or (key == "icon" and not has_icon(str(value), theme_dirs)):
            del meta[key]
            dropped.append(f"front matter `{key}: {value}` is not {expected}; the page is built without it")
    return dropped


def has_icon(name: str, theme_dirs: Sequence[str]) -> bool:
    """Whether a theme folder holds the icon `name` (Material includes `.icons/NAME.svg`)."""
    parts = PurePosixPath(name).parts
    if not parts or any(part in ("..", ".", "/") for part in parts) or "\\" in name:
        return False
    return any((Path(folder) / ".icons" / f"{name}.svg").is_file() for folder in theme_dirs)


def sanitize_page(html: str, page: Page) -> str:
    """The content through the sanitiser; the page title and its table of contents as escaped text."""
    title: Any = page.title
    if title is not None:
        from_render = "title" not in page.meta and "title" not in vars(page) and title == page._title_from_render
        page.title = escaping.html_title(title) if from_render else escaping.text_title(title)
    _escape_toc(page.toc.items if page.toc else [])
    return sanitize.clean(html)


def _escape_toc(items: list[AnchorLink]) -> None:
    for item in items:
        item.title = escaping.html_title(item.title)
        _escape_toc(item.children)


def configure_templates(env: Environment) -> None:
    """Make the theme's `striptags` filter escape its (unescaped) result."""
    env.filters["striptags"] = escaping.striptags
