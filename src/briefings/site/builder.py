"""Build the site: the checks that must pass first, then MkDocs."""

from __future__ import annotations

from pathlib import Path

from briefings import metadata
from briefings.errors import BuildError, ToolError
from briefings.findings import has_errors
from briefings.library import Library
from briefings.report import Report, render
from briefings.tools import mkdocs


def check_sources(library: Library, *, fmt: str = "human") -> bool:
    """Print front matter problems; True when there are no errors."""
    findings = list(library.problems.values()) + metadata.check_library(library)
    if findings:
        lines = {b.label: b.text.splitlines() for b in library.briefings}
        print(render(Report(findings, lines=lines), fmt))
    return not has_errors(findings)


def build_site(library: Library, *, site_dir: Path | None = None, strict: bool = True,
               env: dict[str, str] | None = None) -> Path:
    """Run MkDocs for the library; BuildError with MkDocs' warnings when it fails."""
    project = library.project
    target = (site_dir or project.site_dir).resolve()
    try:
        mkdocs.build(project.root, site_dir=target, strict=strict, config_file=project.mkdocs_file, env=env)
    except ToolError as exc:
        raise BuildError(f"the site did not build:\n{exc.message}",
                         hint="fix the warnings above, or run `briefings build --no-strict` to preview") from None
    return target
