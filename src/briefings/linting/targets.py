"""Turn `briefings lint PATH ...` into briefings: library pages, or files outside the library."""

from __future__ import annotations

import os
from pathlib import Path

from briefings.errors import InputError
from briefings.findings import Finding, from_input_error
from briefings.library import Briefing, Library, markdown_files


def resolve(library: Library, paths: list[Path] | None) -> list[Briefing]:
    """The briefings to lint, in a stable order, each once; InputError for a missing path."""
    if not paths:
        return list(library.pages)
    chosen: dict[Path, Briefing] = {}
    for path in paths:
        if not os.path.lexists(path):
            raise InputError(path, "no such file or folder", hint="check the path, or omit it to lint the whole library")
        files = [p for p, _ in markdown_files(path)] if path.is_dir() else [path]
        for file in files:
            rel = _docs_rel(library, file)
            if rel in library.problems:
                continue  # reported once, by targeted_problems
            resolved = Path(os.path.realpath(file))
            if resolved not in chosen:
                try:
                    chosen[resolved] = _briefing(library, resolved)
                except InputError as exc:  # outside the library, or in a folder whose name is never published
                    library.problems[rel or str(file)] = from_input_error(exc)
    return list(chosen.values())


def targeted_problems(library: Library, paths: list[Path] | None) -> list[Finding]:
    """The unreadable files among `paths` (all of the library's when `paths` is empty)."""
    if not paths:
        return list(library.problems.values())
    wanted = [_docs_rel(library, p) if _docs_rel(library, p) is not None else str(p) for p in paths]
    return [finding for key, finding in library.problems.items()
            if any(w == "." or key == w or key.startswith(f"{w}/") for w in wanted if w is not None)]


def _docs_rel(library: Library, path: Path) -> str | None:
    """The docs-relative path of `path` without following a symlink at its end (None outside docs)."""
    where = Path(os.path.realpath(Path(path).absolute().parent)) / Path(path).name
    try:
        rel = where.relative_to(library.docs_dir).as_posix()
    except ValueError:
        return None
    return rel if rel != "." else "."


def _briefing(library: Library, path: Path) -> Briefing:
    try:
        rel = path.relative_to(library.docs_dir).as_posix()
    except ValueError:
        rel = ""
    page = library.get(rel) if rel else None
    if page is not None:
        return page
    project = library.project
    label = project.label(path)
    # Outside docs/ a file is linted with the library's settings; its rel is its label.
    return Briefing.read(path, rel or label, label=label, max_bytes=project.settings.max_file_bytes)
