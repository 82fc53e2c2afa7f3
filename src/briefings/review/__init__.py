"""What a change introduced: lint and link findings on the lines changed since a base commit."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

from briefings.errors import UsageError
from briefings.findings import Finding, source_lines
from briefings.library import Briefing, Library
from briefings.review.diff import Changes, parse
from briefings.tools import git

DEFAULT_BASES = ("main", "origin/main")


@dataclass
class ReviewResult:
    """Findings on changed lines, with what a report needs (paths relative to the repository)."""

    base: str
    findings: list[Finding] = field(default_factory=list)
    suppressed: int = 0
    reviewed: list[str] = field(default_factory=list)  # every changed file of the library, checked or not
    unchecked: list[str] = field(default_factory=list)  # those that could not be read or parsed (an error each)
    lines: dict[str, list[str]] = field(default_factory=dict)


def review(library: Library, *, base: str | None = None) -> ReviewResult:
    """Lint and link findings of the briefings changed since `base`, limited to changed lines."""
    top = _toplevel(library.project.root)
    commit = resolve_base(top, base)
    changes = changed_lines(top, commit)
    pages = [p for p in library.pages if _repo_path(top, p) in changes.paths]
    findings, suppressed = _findings(library, pages)
    kept = [f for f in (_to_repo(top, library, f) for f in findings)
            if changes.touches(f.path, f.line, max(f.end_line, f.line))]
    unreadable = [_to_repo(top, library, f) for rel, f in library.problems.items()
                  if _changed(top, library, rel, changes)]
    unchecked = sorted({f.path for f in unreadable})
    return ReviewResult(
        base=commit, findings=sorted(kept + unreadable), suppressed=suppressed,
        reviewed=sorted({_repo_path(top, p) for p in pages}.union(unchecked)), unchecked=unchecked,
        lines={_repo_path(top, p): source_lines(p.text) for p in pages},
    )


def resolve_base(top: Path, base: str | None) -> str:
    """The commit to compare with: the merge base of `base` (default: main) and HEAD."""
    if git.head_commit(top) is None:
        raise UsageError("the repository has no commits yet", hint="commit first, then review")
    candidates = (base,) if base else DEFAULT_BASES
    for ref in candidates:
        if git.ref_exists(top, ref):
            return _merge_base(top, ref)
    wanted = base or " or ".join(DEFAULT_BASES)
    raise UsageError(f"no branch or commit named {wanted}",
                     hint="fetch it (e.g. `git fetch origin main`) or pass --base REF")


def changed_lines(top: Path, commit: str) -> Changes:
    """Lines changed in the work tree since `commit`; untracked files and files git compares as
    binary count as wholly new."""
    changes = parse(git.diff_zero_context(top, commit))
    changes.whole.update(git.binary_changes(top, commit))  # e.g. a NUL byte: no lines, but unreadable
    changes.whole.update(git.untracked_files(top))
    return changes


def _merge_base(top: Path, ref: str) -> str:
    from briefings.errors import ToolError

    try:
        return git.merge_base(top, ref)
    except ToolError:
        raise UsageError(f"{ref} and HEAD have no common history",
                         hint="pass --base with a commit this branch grew from") from None


def _toplevel(root: Path) -> Path:
    top = git.toplevel(root)
    if top is None:
        raise UsageError(f"{root} is not inside a git repository",
                         hint="review compares git commits: run it in a clone of the library")
    return top.resolve()


def _findings(library: Library, pages: list[Briefing]) -> tuple[list[Finding], int]:
    """Lint findings of the pages: sourcing, style, Vale, and links with the whole library as context."""
    if not pages:
        return [], 0
    from briefings import linting

    result = linting.lint(library, targets=[p.path for p in pages])
    return result.findings, result.suppressed


def _repo_path(top: Path, page: Briefing) -> str:
    return page.path.resolve().relative_to(top).as_posix()


def _changed(top: Path, library: Library, rel: str, changes: Changes) -> bool:
    """Whether the file (or folder) at docs-relative `rel` changed, by its name on disk: its finding
    shows a name's control characters as U+FFFD (see `filenames`)."""
    where = library.docs_dir / rel
    try:
        path = (Path(os.path.realpath(where.parent)) / where.name).relative_to(top).as_posix()
    except ValueError:
        return False
    return path in changes.paths or any(changed.startswith(f"{path}/") for changed in changes.paths)


def _to_repo(top: Path, library: Library, finding: Finding) -> Finding:
    """Findings name files relative to the library; annotations need them relative to the repo."""
    where = library.project.root / finding.path  # a symlink is named as itself, never by its target
    path = Path(os.path.realpath(where.parent)) / where.name
    try:
        folder = "/" if finding.path.endswith("/") else ""  # a folder's finding (`filenames`) stays one
        return dataclasses.replace(finding, path=path.relative_to(top).as_posix() + folder)
    except ValueError:
        return finding
