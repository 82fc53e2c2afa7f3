"""The publish gate: front matter, lint errors, links with strict placeholders, then a strict build.

Everything runs on the staged library (drafts and embargoed briefings already left out), so the
gate judges exactly what would be published.
"""

from __future__ import annotations

from pathlib import Path

from briefings import links, linting, metadata
from briefings.errors import BuildError, GateError
from briefings.findings import Finding, Severity
from briefings.library import Library
from briefings.report import Report, render
from briefings.site.builder import build_site


def check(library: Library) -> list[Finding]:
    """Error findings of every gate check, in a stable order."""
    found = list(metadata.check_library(library))
    found += linting.lint(library).findings
    found += links.check(library, strict=True)
    # lint reports link findings too; the strict link check repeats some of them
    return sorted({f for f in found if f.severity == Severity.ERROR})


def run(library: Library, *, site_dir: Path, env: dict[str, str], edition: str) -> None:
    """Run the checks and build into `site_dir`; GateError (after printing why) when any fails."""
    errors = check(library)
    if errors:
        lines = {b.label: b.text.splitlines() for b in library.pages}
        print(render(Report(errors, lines=lines), "human"))
        raise GateError(f"the gate refused edition {edition}: {len(errors)} error(s) in the library "
                        "(listed above); nothing was deployed",
                        hint="fix them (`briefings build`, `briefings lint`, `briefings links --strict` "
                             "show the same findings) and publish again")
    try:
        build_site(library, site_dir=site_dir, strict=True, env=env)
    except BuildError as exc:
        raise GateError(f"the gate refused edition {edition}: {exc.message}\nnothing was deployed",
                        hint="fix the build warnings above and publish again") from None
