"""Build the site: the checks that must pass first, then MkDocs."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from briefings import metadata, sourcing
from briefings.errors import BuildError, ToolError
from briefings.findings import has_errors, source_lines
from briefings.library import Library
from briefings.limits import build_timeout
from briefings.links import addresses
from briefings.linting import parallel
from briefings.site import parts
from briefings.report import Report, render
from briefings.tools import mkdocs


def check_sources(library: Library, *, fmt: str = "human") -> bool:
    """Print front matter problems and pages that share an address; True when there are no errors."""
    findings = list(library.problems.values()) + metadata.check_library(library) + addresses.collisions(library)
    if findings:
        lines = {b.label: source_lines(b.text) for b in library.pages}
        print(render(Report(findings, lines=lines), fmt))
    return not has_errors(findings)


PARALLEL_FROM = 100  # pages: below this a second MkDocs process costs more than it saves
MAX_JOBS = 4  # each process holds the whole library's pages in memory


def default_jobs(library: Library) -> int:
    """How many MkDocs processes `build_site` runs: one per core (at most MAX_JOBS) for large libraries."""
    if len(library.pages) < PARALLEL_FROM:
        return 1
    return max(1, min(MAX_JOBS, parallel.workers()))


def build_site(library: Library, *, site_dir: Path | None = None, strict: bool = True,
               env: dict[str, str] | None = None, jobs: int = 0, sections: list[str] | None = None) -> Path:
    """Run MkDocs for the library; BuildError with MkDocs' warnings when it fails.

    The briefings' sourcing figures are read from the lint cache (`lint --stats` entries) or, for
    briefings without one, computed here on every core (and cached), then handed to the plugin
    (ENV_RECORDS), unless the caller already did (`briefings publish`).
    With `jobs` > 1 the pages are shared out between that many MkDocs processes and merged into one
    site, the same as one process builds (site/parts.py); `sections` builds only the pages of those
    top-level folders ("." for the pages directly in docs/): a part for `briefings build --merge`.
    """
    project = library.project
    target = (site_dir or project.site_dir).resolve()
    with tempfile.TemporaryDirectory(prefix="briefings-build-") as work:
        env = dict(env or {})
        if not (env.get(sourcing.ENV_RECORDS) or os.environ.get(sourcing.ENV_RECORDS)):
            records = Path(work) / "sourcing.json"
            records.write_text(sourcing.to_json(sourcing.of_library_cached(library)), encoding="utf-8")
            env[sourcing.ENV_RECORDS] = str(records)
        if sections is not None:
            _run_mkdocs(library, [(target, {**env, parts.ENV_PART: parts.Part(sections=frozenset(sections)).env()})],
                        strict=strict)
            parts.keep_own(target)
            return target
        count = jobs or default_jobs(library)
        if count < 2:
            _run_mkdocs(library, [(target, {**env, parts.ENV_PART: ""})], strict=strict)  # whole, whatever the shell says
            return target
        folders = [target, *(Path(work) / f"part-{k}" for k in range(1, count))]
        _run_mkdocs(library, [(folder, {**env, parts.ENV_PART: parts.Part(shard=(k, count)).env()})
                              for k, folder in enumerate(folders)], strict=strict)
        parts.merge(target, folders[1:], strict=strict)
    return target


def merge_parts(target: Path, folders: list[Path], *, strict: bool = True) -> Path:
    """Combine parts built with `sections` (e.g. by parallel CI jobs) into one site at `target`."""
    target = target.resolve()
    for number, folder in enumerate(folders):
        where = folder.resolve()
        if number == 0 and where == target:
            continue  # merged in place, into the first part
        if where == target or where in target.parents or target in where.parents:
            raise BuildError(f"the site folder {target} holds or is held by the part {folder}",
                             hint="give --site-dir a folder apart from the parts")
    if target != folders[0].resolve():
        parts.refuse_links(folders[0], folders[0])
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(folders[0], target, symlinks=False)
    parts.merge(target, folders[1:], strict=strict, first=folders[0])
    return target


def _run_mkdocs(library: Library, builds: list[tuple[Path, dict[str, str]]], *, strict: bool) -> None:
    """`mkdocs build` into each folder with its environment, at the same time; a failure as a
    BuildError that names the failing page when it can."""
    project = library.project
    files = len(library.pages) + len(library.problems)
    timeout = build_timeout(project.settings.limits, files)

    def one(build: tuple[Path, dict[str, str]]) -> ToolError | None:
        try:
            mkdocs.build(project.root, site_dir=build[0], strict=strict, config_file=project.mkdocs_file,
                         env=build[1], timeout=timeout)
        except ToolError as exc:
            return exc
        return None

    with ThreadPoolExecutor(max_workers=len(builds)) as pool:
        failures = [f for f in pool.map(one, builds) if f is not None]
    if failures:
        exc = failures[0]
        if len(failures) > 1:  # the parts share their site-wide warnings: each line once
            lines = dict.fromkeys(line for f in failures for line in f.stderr.splitlines())
            exc.stderr = "\n".join(lines)
            exc.message = "\n".join(exc.message.splitlines()[:1] + list(lines)[-25:])
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
