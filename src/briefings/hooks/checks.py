"""The briefing checks behind the hooks, on the files pre-commit passes (the staged versions).

`briefings lint` runs per-file rules and Vale on those files only and checks their links with the
whole library as context. The `lint` and `vale` hooks show its two shares of one lint run, cached
per file version (see `cache`): the second hook, and later runs on unchanged files, skip loading
the library.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefings.config import Project
from briefings.findings import Finding
from briefings.hooks.cache import ResultCache, tree_digest
from briefings.library import OTHER_MARKDOWN
from briefings.terminal import shown_name

_VALE_RULE = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


@dataclass
class Target:
    """A Markdown file of the library named on the command line."""

    path: Path
    rel: str  # relative to docs_dir
    label: str  # relative to the library root, as findings name it
    data: bytes = field(repr=False)


def targets(project: Project, names: Sequence[str | Path]) -> list[Target]:
    """The Markdown files of the library among `names`; other files are not briefings and are skipped."""
    found = []
    for path, rel, label in in_docs(project, names):
        if path.suffix in (".md", *OTHER_MARKDOWN) and not path.is_dir():
            found.append(Target(path, rel, label, _safe_bytes(path, project.settings.max_file_bytes)))
    return found


def in_docs(project: Project, names: Sequence[str | Path]) -> Iterator[tuple[Path, str, str]]:
    """(path, docs-relative posix path, label) of each of `names` under docs_dir that is not hidden;
    a symlink is named as itself, and the label shows a name's control characters as U+FFFD (see
    `filenames`), as its findings do."""
    docs = project.docs_dir
    for name in names:
        path = Path(os.path.realpath(Path(name).parent)) / Path(name).name
        if docs not in path.parents:
            continue
        rel = path.relative_to(docs)
        if not any(part.startswith(".") for part in rel.parts):
            label = (docs.relative_to(project.root) / rel).as_posix() if project.root in docs.parents \
                else project.label(path)
            yield path, rel.as_posix(), shown_name(label)


def names(project: Project, files: Sequence[str | Path]) -> list[Finding]:
    """A finding for each of `files` under docs_dir whose name is never published (`filenames`)."""
    from briefings import filenames
    from briefings.findings import from_input_error

    found = (filenames.error(rel, label) for _, rel, label in in_docs(project, files))
    return [from_input_error(error) for error in found if error]


def _safe_bytes(path: Path, most: int) -> bytes:
    """The bytes of a regular file that is not a symlink, at most `most` + 1 of them; else b"".

    What a symlink points to is never read here (it may be /etc/passwd or /dev/zero): the lint
    reports such a file as a problem of its own."""
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode):
            return b""
        with path.open("rb") as handle:
            return handle.read(most + 1)
    except OSError:
        return b""


def front_matter(project: Project, files: list[Target]) -> list[Finding]:
    """Front matter findings of the pages among `files` (briefings and index pages, each by its schema)."""
    from briefings import metadata
    from briefings.errors import InputError
    from briefings.findings import from_input_error
    from briefings.library import read_page

    findings: list[Finding] = []
    limits = project.settings.limits
    for target in files:
        try:
            page = read_page(project, target.path, target.rel, limits=limits)
        except InputError as exc:
            findings.append(from_input_error(exc))
            continue
        findings += metadata.check_page(page)
    return findings


def lint(project: Project, files: list[Target]) -> list[Finding]:
    """`briefings lint` findings of `files` (sourcing, style, links), without the Vale rules."""
    return [f for f in lint_findings(project, files) if not is_vale_rule(f.rule)]


def vale(project: Project, files: list[Target]) -> list[Finding]:
    """The Vale rules' share of the lint findings (the binary when installed, built-in rules otherwise)."""
    return [f for f in lint_findings(project, files) if is_vale_rule(f.rule)]


def is_vale_rule(rule: str) -> bool:
    """Vale names its checks `Style.Rule`; briefings' own rules are kebab-case."""
    return _VALE_RULE.fullmatch(rule) is not None


def lint_findings(project: Project, files: list[Target]) -> list[Finding]:
    """Every lint finding of `files`, with the whole library as the links' context; cached per file."""
    if not files:
        return []
    cache = ResultCache(project.root, "lint", context=tree_digest(project.docs_dir))
    findings: list[Finding] = []
    misses: list[Target] = []
    for target in files:
        hit = cache.get(cache.key(target.label, target.data))
        if hit is None:
            misses.append(target)
        else:
            findings += hit
    if misses:
        findings += _lint_and_store(project, misses, cache)
    return findings


def _lint_and_store(project: Project, files: list[Target], cache: ResultCache) -> list[Finding]:
    """One lint run over the files that missed the cache (one library load, one link graph)."""
    from briefings import linting
    from briefings.library import Library

    library = Library.load(project=project)
    result = linting.lint(library, targets=[t.path for t in files])
    grouped = _by_path(result.findings)
    for target in files:
        cache.put(cache.key(target.label, target.data), grouped.get(target.label, []))
    return result.findings


def _by_path(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        grouped.setdefault(finding.path, []).append(finding)
    return grouped
