"""Turn `briefings lint PATH ...` into briefings: library pages, or files outside the library."""

from __future__ import annotations

from pathlib import Path

from briefings.errors import InputError
from briefings.library import Briefing, Library, markdown_files


def resolve(library: Library, paths: list[Path] | None) -> list[Briefing]:
    """The briefings to lint, in a stable order, each once; InputError for a missing path."""
    if not paths:
        return list(library.pages)
    chosen: dict[Path, Briefing] = {}
    for path in paths:
        if not path.exists():
            raise InputError(path, "no such file or folder", hint="check the path, or omit it to lint the whole library")
        files = [p for p, _ in markdown_files(path)] if path.is_dir() else [path]
        for file in files:
            resolved = file.resolve()
            if resolved not in chosen:
                chosen[resolved] = _briefing(library, resolved)
    return list(chosen.values())


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
