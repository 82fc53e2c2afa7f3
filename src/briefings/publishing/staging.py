"""Stage an edition from an allowlist: only what is meant to be public goes into the build.

Inside docs_dir the staged copy holds exactly the Markdown pages whose status and embargo allow
publication (every extension MkDocs renders, index pages included), the assets those pages (or
mkdocs.yml, or a staged stylesheet) name that git tracks, and planned.yml (the plugin turns it into
planned pages). Everything else under docs_dir is refused with the reason: drafts and embargoed
pages, hidden files and files git's ignore rules match (tracked or not), symlinks that do not
resolve to a staged file, special files, unnamed or untracked assets, and files that could run script
on the site (`activecontent`: HTML, JavaScript, SVG with scripts). A page's text names more than
it uses (a file name in code or an HTML comment): `assetuse` keeps, after the build, only the
assets the built pages really link to or show. Outside docs_dir the build's own files (mkdocs.yml,
overrides, styles) are copied as git sees the work tree; they are not pages, and pymdownx.snippets
is confined to the staged docs_dir in an edition build (see `snippets`).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from briefings.config import Project
from briefings.errors import GateError, InputError
from briefings.findings import Finding, Severity
from briefings.textfile import read_text
from briefings.frontmatter import FrontMatter, ParseOnce
from briefings.library import Briefing
from briefings.links import addresses
from briefings.links.registry import REGISTRY_NAME
from briefings.publishing import activecontent, assetnames, exclusion, navcheck, reserved
from briefings.tools import git

RENDERED = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")  # what MkDocs renders (case-sensitive)
_REPOSITORY = ("git submodule or repository of its own: its files are not in the library's commit, never "
               "published (copy them into docs/ to publish them)")
IGNORED_RULE = "git-ignored"


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
    ignored: list[Briefing] = field(default_factory=list)  # tracked pages git's ignore rules keep out (scanned)
    unbuilt: list[Briefing] = field(default_factory=list)  # pages git does not track or MkDocs leaves out (scanned)
    errors: list[Finding] = field(default_factory=list)  # why the gate must refuse the edition (ignored pages)
    named: dict[str, list[str]] = field(default_factory=dict)  # staged asset -> the staged pages whose text names it
    required: set[str] = field(default_factory=set)  # staged assets mkdocs.yml names, and planned.yml
    docs_label: str = "docs"  # docs_dir as labels start with

    def label(self, rel: str) -> str:
        """How the publish report names a docs-relative path."""
        return f"{self.docs_label}/{rel}"


def is_markdown(name: str) -> bool:
    """Whether the name ends in a Markdown extension, in any letter case."""
    return name.lower().endswith(RENDERED)


def stage(project: Project, dest: Path, now: dt.datetime, *,
          parse: Callable[[str, str], FrontMatter] | None = None) -> Staging:
    """Copy the build's own files and the allowed part of docs_dir to `dest`; what was kept out and why.
    `parse` parses front matter (with the library's limits by default)."""
    staging = Staging(docs_label=_label(project, project.docs_dir))
    tracked_ignored = git.ignored_tracked(project.root, project.root)  # `git check-ignore` skips tracked files
    tracked = git.tracked_files(project.root, project.root)  # one listing for the theme's files and docs/
    _copy_support(project, dest, staging, tracked_ignored, tracked)
    parse = parse or ParseOnce(project.settings.limits).parse
    candidates, held = _docs_files(project, staging, tracked_ignored)
    _judge_ignored(project, held, now, staging, parse)
    texts: dict[str, str] = {}
    pages, assets, links, targets = _classify(project, candidates, now, staging, parse, texts,
                                              assetnames.script_names(project.mkdocs), tracked)
    config = assetnames.config_names(project.mkdocs)
    named = assetnames.named(links)
    wanted = assetnames.css_closure(config | set(named), lambda rel: _read(assets.get(rel))) & set(assets)
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
    staging.named = {rel: sorted(named[rel]) for rel in staging.assets if rel in named}
    staging.required = {rel for rel in staging.assets if rel in config or rel == REGISTRY_NAME}
    staging.refused.sort(key=lambda r: r.label)
    staging.errors += navcheck.unpublished(project, set(staging.pages) | set(staging.assets))
    staging.errors += reserved.taken([(rel, staging.label(rel)) for rel in staging.pages],
                                     [(rel, staging.label(rel)) for rel in staging.assets],
                                     directory_urls=addresses.directory_urls(project),
                                     dashboard=reserved.dashboard_on(project.mkdocs),
                                     generated=reserved.generated_pages(project.mkdocs))
    return staging


def _copy_support(project: Project, dest: Path, staging: Staging, tracked_ignored: dict[str, str],
                  tracked: set[str]) -> None:
    """Files outside docs_dir and site_dir, as git sees the work tree (none its ignore rules match,
    tracked or not); symlinks only to such files. The theme's custom_dir is published by MkDocs (each
    file that is not a template), so of it, as of docs/, only what git tracks."""
    known = set(git.worktree_files(project.root))
    theme = project.theme_dir
    for name in sorted(known):
        source = project.root / name
        if _inside(source, project.docs_dir, resolve=False) or _inside(source, project.site_dir, resolve=False):
            continue
        if name in tracked_ignored:
            staging.refused.append(Refused(name, _ignored(tracked_ignored[name])))
            continue
        if theme is not None and _inside(source, theme, resolve=False) and not _tracked(source, name, tracked, project):
            staging.refused.append(Refused(name, "not tracked by git: a file of the theme's custom_dir, which "
                                           "MkDocs publishes (a link there: its target too); `git add` it to publish it"))
            continue
        if source.is_symlink():
            target = _relative(source.resolve(), project.root)
            if target is None or target not in known or target in tracked_ignored or not source.resolve().is_file():
                continue  # a link to a secret (.env, .git/config) or out of the library is never copied
            if _inside(source, project.docs_dir) or _inside(source, project.site_dir):
                continue  # nor one into docs/: the page allowlist alone decides what of docs/ goes out
        if source.is_file():
            _copy(source, dest / name)


def _tracked(source: Path, name: str, tracked: set[str], project: Project) -> bool:
    """Whether git tracks the file, and the file a symlink leads to."""
    if name not in tracked:
        return False
    return not source.is_symlink() or _relative(source.resolve(), project.root) in tracked


def _docs_files(project: Project, staging: Staging,
                tracked: dict[str, str]) -> tuple[dict[str, Path], dict[str, tuple[Path, str]]]:
    """Every file under docs_dir that may be published (visible, not ignored, regular or symlink), and
    those that git tracks although its ignore rules match them (`tracked`), with the rule."""
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
    held: dict[str, tuple[Path, str]] = {}
    for rel, path in list(found.items()):
        name = _git_path(project, path)
        if name in tracked:
            staging.refused.append(Refused(_label(project, path), _ignored(tracked[name])))
            held[rel] = (path, tracked[name])
            del found[rel]
        elif name in ignored:
            staging.refused.append(Refused(_label(project, path), "ignored by git: never published"))
            del found[rel]
    return found, held


def _ignored(rule: str) -> str:
    where = f" ({rule})" if rule else ""
    return f"ignored by git{where}, though git tracks it: never published"


def _judge_ignored(project: Project, held: dict[str, tuple[Path, str]], now: dt.datetime, staging: Staging,
                   parse: Callable[[str, str], FrontMatter]) -> None:
    """Tracked pages that git's ignore rules keep out: the leak scan looks for their text, and one
    whose status and embargo would publish it stops the gate, naming the rule (the two disagree: the
    author either meant it public or meant it private)."""
    for rel, (path, rule) in sorted(held.items()):
        if not is_markdown(rel) or path.is_symlink():
            continue
        label = _label(project, path)
        try:
            page = Briefing.read(path, rel, label=label, max_bytes=project.settings.max_file_bytes, parse=parse)
        except InputError:
            continue
        staging.ignored.append(page)
        if not exclusion.is_excluded(page, now):
            where = f" ({rule})" if rule else ""
            staging.errors.append(Finding(
                label, 1, 1, IGNORED_RULE, Severity.ERROR,
                f"git ignores this page{where} although it tracks it, so editions leave it out, yet its status "
                f"would publish it: mark it `status: draft` or untrack it (`git rm --cached`) to keep it private, "
                "or change the ignore rule to publish it", reason="what git ignores is never published"))


def _classify(project: Project, files: dict[str, Path], now: dt.datetime, staging: Staging,
              parse: Callable[[str, str], FrontMatter],
              texts: dict[str, str],
              configured: set[str], tracked: set[str]) -> tuple[dict[str, Path], dict[str, Path], dict[str, list[str]],
                                                                dict[str, str]]:
    """Pages to publish, candidate assets, the link targets of each page, and what each symlink
    points at; `texts` gets the text each published page was judged by; `configured`: the scripts
    mkdocs.yml loads on every page (the publisher's, not judged as attachments; its logo and favicon are);
    `tracked`: the files git tracks, relative to the library root."""
    pages: dict[str, Path] = {}
    assets: dict[str, Path] = {}
    links: dict[str, list[str]] = {}
    unbuilt = exclusion.mkdocs_leaves_out(project)
    resolved, targets = _resolve_links(project, files, staging)
    for rel, path in files.items():
        real = resolved.get(rel)
        if real is None:
            continue
        known = _git_path(project, path) in tracked and _git_path(project, real) in tracked
        if not is_markdown(rel):
            if known:
                active = "" if rel in configured else activecontent.refusal(rel, real)
                if active:
                    staging.refused.append(Refused(_label(project, path), active))
                else:
                    assets[rel] = real
            else:
                staging.refused.append(Refused(_label(project, path), "not tracked by git: `git add` it to publish it"))
            continue
        page = Briefing.read(real, rel, label=_label(project, path), max_bytes=project.settings.max_file_bytes,
                             parse=parse)
        why = unbuilt(rel) or ("" if known else "not tracked by git: `git add` it to publish it")
        if exclusion.is_excluded(page, now):
            staging.left_out.append(page)
        elif why:  # its text is looked for in the edition like a draft's (a symlink's target is judged itself)
            staging.refused.append(Refused(page.label, why))
            if rel not in targets:
                staging.unbuilt.append(page)
        elif not rel.endswith(RENDERED):
            staging.refused.append(Refused(page.label, f"MkDocs does not render {PurePosixPath(rel).suffix!r} "
                                           "(only lower-case .md, .markdown, .mdown, .mkdn, .mkd): it would be "
                                           "served raw with its front matter; rename it"))
        else:
            pages[rel] = real
            texts[rel] = page.text
            links[rel] = assetnames.page_names(page, directory_urls=addresses.directory_urls(project))
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


def _read(path: Path | None) -> str | None:
    return path.read_text("utf-8", errors="replace") if path is not None else None


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
