"""Stage an edition from an allowlist: only what is meant to be public goes into the build.

Inside docs_dir the staged copy holds exactly the Markdown pages whose status and embargo allow
publication (every extension MkDocs renders, index pages included), the assets those pages (or
mkdocs.yml, or a staged stylesheet) reference that git tracks, and planned.yml (the plugin turns
it into planned pages). Everything else under docs_dir is refused with the reason: drafts and
embargoed pages, hidden and git-ignored files, symlinks that do not resolve to a staged file,
special files, unreferenced or untracked assets. Outside docs_dir the build's own files (mkdocs.yml,
overrides, styles) are copied as git sees the work tree; they are not pages, and pymdownx.snippets
is confined to the staged docs_dir in an edition build (see `snippets`).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from briefings.config import Project
from briefings.errors import GateError, InputError
from briefings.textfile import read_text
from briefings.frontmatter import FrontMatter, ParseOnce
from briefings.library import Briefing
from briefings.links.registry import REGISTRY_NAME
from briefings.links.scan import scan
from briefings.publishing import exclusion
from briefings.tools import git

RENDERED = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")  # what MkDocs renders (case-sensitive)
_HTML_REF = re.compile(r"""\b(?:src|href|poster|data|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_CSS_REF = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')""")
_REPOSITORY = ("git submodule or repository of its own: its files are not in the library's commit, never "
               "published (copy them into docs/ to publish them)")


@dataclass(frozen=True)
class Refused:
    """A file under docs_dir that stays out of the edition, and why."""

    label: str
    reason: str

    def __str__(self) -> str:
        return f"{self.label}: {self.reason}"


@dataclass
class Staging:
    """What the staged edition holds and what was kept out."""

    pages: list[str] = field(default_factory=list)  # docs-relative paths of the staged Markdown pages
    assets: list[str] = field(default_factory=list)
    left_out: list[Briefing] = field(default_factory=list)  # drafts and embargoed pages (for the leak scan)
    refused: list[Refused] = field(default_factory=list)  # every other file kept out


def is_markdown(name: str) -> bool:
    """Whether the name ends in a Markdown extension, in any letter case."""
    return name.lower().endswith(RENDERED)


def stage(project: Project, dest: Path, now: dt.datetime, *,
          parse: Callable[[str, str], FrontMatter] | None = None) -> Staging:
    """Copy the build's own files and the allowed part of docs_dir to `dest`; what was kept out and why.
    `parse` parses front matter (with the library's limits by default)."""
    _copy_support(project, dest)
    staging = Staging()
    candidates = _docs_files(project, staging)
    parse = parse or ParseOnce(project.settings.limits).parse
    texts: dict[str, str] = {}
    pages, assets, links, targets = _classify(project, candidates, now, staging, parse, texts)
    wanted = _referenced(project, pages, links, assets)
    published = {rel for rel in pages if rel not in targets} | {rel for rel in wanted if rel not in targets}
    docs_dest = dest / project.docs_dir.relative_to(project.root)
    for rel, path in sorted({**pages, **assets}.items()):
        label = _label(project, project.docs_dir / rel)
        if rel in targets and targets[rel] not in published:  # a link publishes only what is published anyway
            staging.refused.append(Refused(label, f"symlink to {targets[rel]}, which is not itself published"))
        elif rel in pages:
            _copy(path, docs_dest / rel)
            _same_as_judged(docs_dest / rel, texts[rel], label, project)
            staging.pages.append(rel)
        elif rel in wanted or rel == REGISTRY_NAME:
            _copy(path, docs_dest / rel)
            staging.assets.append(rel)
        else:
            staging.refused.append(Refused(label, "not referenced by any published page"))
    staging.refused.sort(key=lambda r: r.label)
    return staging


def _copy_support(project: Project, dest: Path) -> None:
    """Files outside docs_dir and site_dir, as git sees the work tree; symlinks only to such files."""
    known = set(git.worktree_files(project.root))
    for name in sorted(known):
        source = project.root / name
        if _inside(source, project.docs_dir, resolve=False) or _inside(source, project.site_dir, resolve=False):
            continue
        if source.is_symlink():
            target = _relative(source.resolve(), project.root)
            if target is None or target not in known or not source.resolve().is_file():
                continue  # a link to a secret (.env, .git/config) or out of the library is never copied
            if _inside(source, project.docs_dir) or _inside(source, project.site_dir):
                continue  # nor one into docs/: the page allowlist alone decides what of docs/ goes out
        if source.is_file():
            _copy(source, dest / name)


def _docs_files(project: Project, staging: Staging) -> dict[str, Path]:
    """Every file under docs_dir that may be published: visible, not ignored, regular or symlink."""
    found: dict[str, Path] = {}
    for folder, dirs, files in os.walk(project.docs_dir):
        here = Path(folder)
        for name in sorted(dirs):
            path = here / name
            if not name.startswith(".") and not path.is_symlink() and git.is_repository(path):
                dirs.remove(name)
                staging.refused.append(Refused(_label(project, path) + "/", _REPOSITORY))
                continue
            if name.startswith(".") or path.is_symlink() or _inside(path, project.site_dir, resolve=False):
                dirs.remove(name)
                if name.startswith("."):
                    staging.refused.append(Refused(_label(project, path) + "/", "hidden folder: never published"))
                elif path.is_symlink():
                    staging.refused.append(Refused(_label(project, path) + "/", "symlinked folder: never "
                                                   "published (move its files into docs/)"))
        for name in sorted(files):
            path = here / name
            mode = path.lstat().st_mode
            if name.startswith("."):
                staging.refused.append(Refused(_label(project, path), "hidden file: never published"))
            elif not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
                staging.refused.append(Refused(_label(project, path), "special file (FIFO, socket or device)"))
            else:
                found[path.relative_to(project.docs_dir).as_posix()] = path
    ignored = git.ignored_files(project.root, [_git_path(project, p) for p in found.values()])
    for rel, path in list(found.items()):
        if _git_path(project, path) in ignored:
            staging.refused.append(Refused(_label(project, path), "ignored by git: never published"))
            del found[rel]
    return found


def _classify(project: Project, files: dict[str, Path], now: dt.datetime, staging: Staging,
              parse: Callable[[str, str], FrontMatter],
              texts: dict[str, str]) -> tuple[dict[str, Path], dict[str, Path], dict[str, list[str]], dict[str, str]]:
    """Pages to publish, candidate assets, the link targets of each page, and what each symlink
    points at; `texts` gets the text each published page was judged by."""
    pages: dict[str, Path] = {}
    assets: dict[str, Path] = {}
    links: dict[str, list[str]] = {}
    tracked = git.tracked_files(project.root, project.docs_dir)
    resolved, targets = _resolve_links(project, files, staging)
    for rel, path in files.items():
        real = resolved.get(rel)
        if real is None:
            continue
        if not is_markdown(rel):
            if _git_path(project, path) in tracked and _git_path(project, real) in tracked:
                assets[rel] = real
            else:
                staging.refused.append(Refused(_label(project, path), "not tracked by git: `git add` it to publish it"))
            continue
        page = Briefing.read(real, rel, label=_label(project, path), max_bytes=project.settings.max_file_bytes,
                             parse=parse)
        if exclusion.is_excluded(page, now):
            staging.left_out.append(page)
        elif not rel.endswith(RENDERED):
            staging.refused.append(Refused(page.label, f"MkDocs does not render {PurePosixPath(rel).suffix!r} "
                                           "(only lower-case .md, .markdown, .mdown, .mkdn, .mkd): it would be "
                                           "served raw with its front matter; rename it"))
        else:
            pages[rel] = real
            texts[rel] = page.text
            links[rel] = _page_links(page)
    return pages, assets, links, targets


def _resolve_links(project: Project, files: dict[str, Path],
                   staging: Staging) -> tuple[dict[str, Path], dict[str, str]]:
    """rel -> the file to copy (a symlink's target when that is a candidate), and symlink rel -> target rel."""
    real = {}
    targets = {}
    by_target = {path.resolve(): rel for rel, path in files.items() if not path.is_symlink()}
    for rel, path in files.items():
        if not path.is_symlink():
            real[rel] = path
            continue
        target = path.resolve()
        inside = _relative(target, project.docs_dir)
        if inside is None:
            shown = _relative(target, project.root)
            where = f"{shown}, outside {_label(project, project.docs_dir)}/" if shown else "a file outside the library"
            staging.refused.append(Refused(_label(project, path), f"symlink to {where}: never published"))
        elif target not in by_target or not target.is_file():
            staging.refused.append(Refused(_label(project, path), f"symlink to {inside}, which is not itself "
                                           "published (hidden, ignored, missing or special)"))
        else:
            real[rel] = target
            targets[rel] = inside
    return real, targets


def _page_links(page: Briefing) -> list[str]:
    """Every local target a page refers to: Markdown links and images, and HTML src/href attributes."""
    targets = [link.href for link in scan(page.body, source=page.rel).links]
    for match in _HTML_REF.finditer(page.body):
        value = next(g for g in match.groups() if g is not None)
        targets += [part.split()[0] for part in value.split(",") if part.split()] if "srcset" in match[0].lower() \
            else [value]
    return targets


def _referenced(project: Project, pages: dict[str, Path], links: dict[str, list[str]],
                assets: dict[str, Path]) -> set[str]:
    """Docs-relative paths of the assets the published pages, mkdocs.yml and staged stylesheets refer to."""
    wanted = {t for t in (_docs_path("", ref) for ref in _config_refs(project.mkdocs)) if t}
    for rel, targets in links.items():
        wanted |= {t for t in (_docs_path(rel, href) for href in targets) if t}
    todo = [rel for rel in wanted if rel.lower().endswith(".css") and rel in assets]
    while todo:  # stylesheets bring their fonts and images (and other stylesheets)
        css = todo.pop()
        text = assets[css].read_text("utf-8", errors="replace")
        for match in _CSS_REF.finditer(text):
            target = _docs_path(css, next((g for g in match.groups() if g), ""))
            if target and target not in wanted:
                wanted.add(target)
                if target.lower().endswith(".css") and target in assets:
                    todo.append(target)
    return wanted & set(assets)


def _config_refs(mkdocs: dict[str, Any]) -> list[str]:
    """Files in docs_dir that mkdocs.yml names: extra_css, extra_javascript, the theme's logo and favicon."""
    refs: list[str] = []
    for key in ("extra_css", "extra_javascript"):
        for item in mkdocs.get(key) or []:
            value = item.get("path") if isinstance(item, dict) else item
            if isinstance(value, str):
                refs.append(value)
    theme = mkdocs.get("theme")
    if isinstance(theme, dict):
        refs += [str(theme[k]) for k in ("logo", "favicon") if isinstance(theme.get(k), str)]
    return refs


def _docs_path(page_rel: str, href: str) -> str | None:
    """The docs-relative path a local link points at (None for URLs, anchors and paths out of docs)."""
    parts = urlsplit(href.strip().strip("<>"))
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    stack = [] if path.startswith("/") else list(PurePosixPath(page_rel).parent.parts)
    for part in path.split("/"):
        if part == "..":
            if not stack:
                return None
            stack.pop()
        elif part not in ("", "."):
            stack.append(part)
    return "/".join(stack) or None


def _label(project: Project, path: Path) -> str:
    """The path as written in the library, relative to its root (symlinks not followed)."""
    return os.path.relpath(path, project.root).replace(os.sep, "/")


def _git_path(project: Project, path: Path) -> str:
    return os.path.relpath(path, project.root).replace(os.sep, "/")


def _relative(path: Path, folder: Path) -> str | None:
    try:
        return path.relative_to(folder.resolve()).as_posix()
    except ValueError:
        return None


def _inside(path: Path, folder: Path, *, resolve: bool = True) -> bool:
    """Whether `path` lies in `folder` (by its own location when resolve=False: links are not followed)."""
    if resolve:
        return path.resolve().is_relative_to(folder.resolve())
    return Path(os.path.abspath(path)).is_relative_to(folder.resolve())


def _same_as_judged(copy: Path, judged: str, label: str, project: Project) -> None:
    """GateError when a page changed between being judged publishable and being copied (saved as a
    draft meanwhile, say): what is published is exactly what was judged."""
    try:
        now = read_text(copy, max_bytes=project.settings.max_file_bytes, label=label)
    except InputError:
        now = None
    if now != judged:
        raise GateError(f"{label} changed while the edition was being prepared; nothing was published",
                        hint="publish again once the file is saved")


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
