"""Sourcing and style lint (issue 3): `lint(library, targets)` is the one entry point.

It runs the checks of `briefings.checks` (one parse per file, many files in parallel), merges the
word-level findings of the Vale style and the link findings of `briefings.links`, then applies
configured severities and suppressions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefings import deadline
from briefings.findings import Finding
from briefings.library import Briefing, Library
from briefings.linting import suppress
from briefings.linting.config import LintConfig, from_settings
from briefings.linting.runner import Claimed, Coverage, FileResult, check_all

if TYPE_CHECKING:
    from briefings.links.graph import LinkGraph


@dataclass
class LintResult:
    """What one lint run found."""

    findings: list[Finding] = field(default_factory=list)
    suppressed: int = 0
    coverage: dict[str, Coverage] = field(default_factory=dict)  # label -> sourcing coverage
    files: list[Briefing] = field(default_factory=list)  # the briefings that were linted
    # with stats: label -> its asserting sentences and whether each is cited, from the lint's own parse,
    # so that edition records, "What changed" and the sourcing figures need no second parse
    claims: dict[str, tuple[Claimed, ...]] = field(default_factory=dict)


def config_of(library: Library) -> LintConfig:
    """The library's `[tool.briefings.lint]` settings."""
    from dataclasses import replace

    return replace(from_settings(library.project.settings.get("lint")), limits=library.project.settings.limits)


def lint(library: Library, targets: list[Path] | None = None, *, scope: str | None = None,
         stats: bool = False, graph: LinkGraph | None = None, cache_root: Path | None = None) -> LintResult:
    """Lint the given Markdown files or folders (default: every page of the library); `stats`
    also counts sourced assertions per briefing in `coverage`; `graph`: the library's link graph
    when the caller has it already (the live preview); `cache_root`: the library whose lint cache
    holds the results (default this one's; a publish lints a staged copy of its library)."""
    from dataclasses import replace

    from briefings.linting.targets import resolve, targeted_problems

    config = config_of(library)
    if scope:
        config = replace(config, scope=scope)
    briefings = resolve(library, targets)
    problems = targeted_problems(library, targets)
    results, linked = _cached_check_all(library, briefings, config, stats,
                                        lambda: _link_findings(library, briefings, graph, cache_root),
                                        cache_root or library.project.root, links_first=graph is None)
    extra: dict[str, list[Finding]] = {}
    for finding in linked:
        extra.setdefault(finding.path, []).append(finding)
    result = LintResult(files=briefings, findings=problems)
    for briefing, checked in zip(briefings, results):
        own, bad_front = config.checked_for(briefing)
        merged = checked.findings + extra.get(briefing.label, []) + _front_matter(library, briefing)
        binding = [f for f in merged if f.rule == deadline.RULE or f == bad_front]  # the file cannot hide these
        graded = [f for f in (_graded(f, own) for f in merged if f not in binding) if f is not None]
        kept, hidden = suppress.split(graded, briefing.text, own.suppressed)
        result.findings += binding + kept
        result.suppressed += hidden
        result.coverage[briefing.label] = checked.coverage
        if stats:
            result.claims[briefing.label] = checked.claims
    result.findings.sort()
    return result


def claims_of(library: Library, briefing: Briefing) -> tuple[Claimed, ...]:
    """The asserting sentences of one briefing as `lint(stats=True)` keeps them, from the lint's own
    check (cached: a lint with `stats=True` of the same text right after reads the check back)."""
    return checked_with_claims(library, [briefing])[0].claims


def checked_with_claims(library: Library, briefings: list[Briefing]) -> list[FileResult]:
    """The check results `lint(stats=True)` gets for these briefings (findings before suppression,
    coverage, asserting sentences), in their order: read back from the library's lint cache where a
    `briefings lint --stats`, a publish's gate or an earlier build left them for the same text and
    settings; the rest checked (in worker processes when many) and stored for the next run. No link
    check (it reads the whole library and is never cached)."""
    results, _ = _cached_check_all(library, briefings, config_of(library), True, None, library.project.root)
    return results


def _graded(finding: Finding, config: LintConfig) -> Finding | None:
    from dataclasses import replace

    level = config.level(finding.rule, finding.severity)
    if level is None:
        return None
    return finding if level is finding.severity else replace(finding, severity=level)


def _cached_check_all(library: Library, briefings: list[Briefing], config: LintConfig, stats: bool,
                      side_job: Callable[[], list[Finding]] | None, cache_root: Path, *,
                      links_first: bool = False) -> tuple[list[FileResult], list[Finding]]:
    """Check results in the order of `briefings`: cached ones read back, the rest checked (in
    parallel when many) and stored; the link check (`side_job`) runs over all of them alongside.
    `links_first`: a link check that builds the graph itself starts at once in a worker of its own
    when many files are linted (a warm lint of the library after one edit: it is most of the run,
    and it need not wait for the cache to be read and the edit checked)."""
    from briefings.linting import parallel
    from briefings.linting.runner import PARALLEL_FROM

    first = links_first and side_job is not None and len(briefings) >= PARALLEL_FROM and parallel.workers() > 1
    with parallel.started(side_job if first else None) as links:
        results, linked = _checked_through_cache(library, briefings, config, stats, None if links else side_job,
                                                 cache_root)
        return results, links() if links else linked


def _checked_through_cache(library: Library, briefings: list[Briefing], config: LintConfig, stats: bool,
                           side_job: Callable[[], list[Finding]] | None, cache_root: Path
                           ) -> tuple[list[FileResult], list[Finding]]:
    """`_cached_check_all` without the early link check: cached results read back, the rest checked
    and stored, `side_job` run alongside them."""
    from briefings.linting.cache import LintCache

    cache = LintCache(cache_root, config, coverage=stats)
    found = list(cache.lookup(briefings))
    misses = [i for i, (_, hit) in enumerate(found) if hit is None]
    if misses:
        cache.ready()

    def store(index: int, result: FileResult) -> None:  # runs in the worker that checked the file
        if result.complete:
            cache.store(found[misses[index]][0], result)

    fresh, linked = check_all(library.project, [briefings[i] for i in misses], config, coverage=stats,
                              side_job=side_job, store=store)
    results = [hit for _, hit in found]
    for i, result in zip(misses, fresh):
        results[i] = result
    if misses:  # entries were written: old versions may go, never a current one (a run may check one file)
        cache.prune(len(library.pages), lambda: {key for key, _ in found} | {
            cache.key(page.label, page.text.encode("utf-8")) for page in library.pages})
    return [r for r in results if r is not None], linked


def _front_matter(library: Library, briefing: Briefing) -> list[Finding]:
    """A library briefing without front matter (broken or unclosed front matter is a library problem
    already; the fields themselves are checked by `briefings build`)."""
    if briefing.front.present or briefing.is_index or library.get(briefing.rel) is not briefing:
        return []
    from briefings import metadata  # jsonschema: a fifth of a second to import, for the rare file without front matter

    return metadata.validate(briefing.front, briefing.label)


def _link_findings(library: Library, briefings: list[Briefing], graph: LinkGraph | None,
                   cache_root: Path | None) -> list[Finding]:
    from briefings import links

    rels = {b.rel for b in briefings if library.get(b.rel) is b}
    return links.check(library, only=rels, graph=graph, cache_root=cache_root or library.project.root) if rels else []


def lint_text(text: str, *, config: LintConfig | None = None, label: str = "example.md") -> list[Finding]:
    """Findings of the built-in checks for one Markdown text (no file, no Vale, no links)."""
    from briefings.checks import registry
    from briefings.linting.runner import check_one
    from briefings.linting.source import from_text

    config = config or LintConfig()
    briefing = from_text(text, label=label)
    own = config.for_briefing(briefing.meta)
    found = check_one(briefing, config, registry()).findings
    return sorted(suppress.split(found, briefing.text, own.suppressed)[0])
