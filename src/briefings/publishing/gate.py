"""The publish gate: front matter, lint errors, links with strict placeholders, then a strict build.

Everything runs on the staged library (drafts and embargoed briefings already left out), so the
gate judges exactly what would be published.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefings import links, linting, metadata
from briefings.config import Project
from briefings.errors import BuildError, GateError
from briefings.findings import Finding, Severity, from_input_error, source_lines
from briefings.library import STATUSES, Briefing, Library, misnamed
from briefings.linting import LintResult
from briefings.publishing import exclusion
from briefings.report import Report, render
from briefings.site.builder import build_site


def left_out_by_mistake(left_out: list[Briefing], now: dt.datetime) -> list[Finding]:
    """Errors for the pages staging left out that their author meant to publish: a `.md` page whose
    status is none of the four (`publshed`, `Published`: its front matter errors, as if it had been
    staged), and a page the checks cannot read as MkDocs would (a `.markdown` file, front matter with
    carriage-return line endings: the finding lint gives it), so that the gate refuses the edition
    instead of leaving them out without a word. Drafts and embargoed pages stay out quietly."""
    found = [finding for page in left_out if page.rel.endswith(".md") and exclusion.written_status(page)
             not in STATUSES for finding in metadata.check_page(page) if finding.severity is Severity.ERROR]
    return found + [from_input_error(why) for why in exclusion.unchecked(left_out, now)]


def require_names(project: Project, *, edition: str) -> None:
    """GateError (after printing them) when any file or folder under docs_dir, published or not,
    has a name that is never published (`filenames`): the error `lint` reports, before anything is
    staged or built."""
    errors = [from_input_error(error) for error in misnamed(project)]
    if errors:
        print(render(Report(errors), "human"))
        raise GateError(f"the gate refused edition {edition}: {len(errors)} file name(s) that git cannot "
                        "commit safely (listed above); nothing was deployed",
                        hint="rename them (`briefings lint` lists them too) and publish again")


def inspect(library: Library, *, lint_cache: Path | None = None,
            left_out: list[Briefing] | None = None) -> tuple[list[Finding], LintResult]:
    """Error findings of every gate check, and the lint's result with each briefing's assertions
    (`stats`): the edition record and "What changed" are made from it, not from a second parse.
    `lint_cache`: the library whose lint cache to use (the work tree a staged copy was made from),
    so that a briefing linted before (`briefings lint`, the hooks, an earlier publish) is not linted
    again: the cache is keyed by its path, its text, the settings and the tool's version. `left_out`:
    the pages staging left out, so that a link to one is named as such (`link-unpublished`), not as
    a link to no file."""
    found = list(metadata.check_library(library))
    graph = links.build(library, left_out=left_out or (), cache_root=lint_cache)
    linted = linting.lint(library, stats=True, cache_root=lint_cache, graph=graph)
    found += linted.findings
    found += links.check(library, strict=True, graph=graph)
    # lint reports link findings too; the strict link check repeats some of them
    return sorted({f for f in found if f.severity == Severity.ERROR}), linted


def require_clean(library: Library, *, edition: str, lint_cache: Path | None = None,
                  left_out: list[Briefing] | None = None, now: dt.datetime | None = None,
                  refusals: list[Finding] | None = None) -> LintResult:
    """Run the checks (and `left_out_by_mistake` on the pages staging left out); GateError (after
    printing why) when any fails, or staging found `refusals` (a page git ignores though its status
    would publish it), else the lint's result."""
    errors, linted = inspect(library, lint_cache=lint_cache, left_out=left_out)
    if left_out:
        errors = sorted(set(errors) | set(left_out_by_mistake(left_out, now or dt.datetime.now(dt.timezone.utc))))
    if refusals:
        errors = sorted(set(errors) | set(refusals))
    if errors:
        lines = {b.label: source_lines(b.text) for b in library.pages}
        print(render(Report(errors, lines=lines), "human"))
        raise GateError(f"the gate refused edition {edition}: {len(errors)} error(s) in the library "
                        "(listed above); nothing was deployed",
                        hint="fix them (`briefings build`, `briefings lint`, `briefings links --strict` "
                             "show the same findings) and publish again")
    return linted


def build(library: Library, *, site_dir: Path, env: dict[str, str], edition: str) -> None:
    """The strict build into `site_dir`; GateError when it fails."""
    try:
        build_site(library, site_dir=site_dir, strict=True, env=env)
    except BuildError as exc:
        raise GateError(f"the gate refused edition {edition}: {exc.message}\nnothing was deployed",
                        hint="fix the build warnings above and publish again") from None

