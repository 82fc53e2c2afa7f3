"""Build the site: the checks that must pass first, then MkDocs."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from briefings import metadata, sourcing
from briefings.errors import BuildError, ToolError
from briefings.findings import has_errors
from briefings.library import Library
from briefings.limits import build_timeout
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
    """Run MkDocs for the library; BuildError with MkDocs' warnings when it fails.

    The briefings' sourcing figures (a lint parse of every briefing) are computed here on every core
    and handed to the plugin (ENV_RECORDS), unless the caller already did (`briefings publish`).
    """
    project = library.project
    target = (site_dir or project.site_dir).resolve()
    with tempfile.TemporaryDirectory(prefix="briefings-build-") as work:
        env = dict(env or {})
        if not (env.get(sourcing.ENV_RECORDS) or os.environ.get(sourcing.ENV_RECORDS)):
            records = Path(work) / "sourcing.json"
            records.write_text(sourcing.to_json(sourcing.of_library_parallel(library)), encoding="utf-8")
            env[sourcing.ENV_RECORDS] = str(records)
        _run_mkdocs(library, target, strict=strict, env=env)
    return target


def _run_mkdocs(library: Library, target: Path, *, strict: bool, env: dict[str, str]) -> None:
    """One `mkdocs build`; its failure as a BuildError that names the failing page when it can."""
    project = library.project
    files = len(library.pages) + len(library.problems)
    timeout = build_timeout(project.settings.limits, files)
    try:
        mkdocs.build(project.root, site_dir=target, strict=strict, config_file=project.mkdocs_file, env=env,
                     timeout=timeout)
    except ToolError as exc:
        if exc.timed_out:
            raise BuildError(f"the site did not build within {timeout:.0f} s ({files} files)",
                             hint="run `briefings lint` to find render hazards, or raise build_seconds under "
                                  "[tool.briefings.limits]") from None
        page = failing_page(library, exc.stderr)
        if page:
            raise BuildError(f"the site did not build: {page}",
                             hint="fix that file (`briefings lint` finds render hazards); "
                                  "`mkdocs build` shows MkDocs' own messages") from None
        raise BuildError(f"the site did not build:\n{exc.message}",
                         hint="fix the warnings above, or run `briefings build --no-strict` to preview") from None


_PAGE_ERROR = re.compile(r"Error (?:reading|building) page '([^']+)':")


def failing_page(library: Library, stderr: str) -> str:
    """'docs/A/x.md: RecursionError: ...' when MkDocs failed on one page ('' otherwise)."""
    found = _PAGE_ERROR.search(stderr)
    if not found:
        return ""
    lines = [line.strip() for line in stderr[found.end():].splitlines() if line.strip()]
    problems = [line for line in lines if re.match(r"^[A-Za-z_.]*(Error|Exception)\b", line)]
    what = problems[-1] if problems else (lines[0] if lines else "MkDocs could not render it")
    docs = library.project.docs_dir
    try:
        label = (docs.relative_to(library.project.root) / found.group(1)).as_posix()
    except ValueError:
        label = (docs / found.group(1)).as_posix()
    return f"{label}: {what[:300]}"
