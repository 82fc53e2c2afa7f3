"""Run every check over briefings: in this process for a few files, in worker processes for many."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefings import collector, deadline
from briefings.checks import Check, registry
from briefings.config import Project
from briefings.findings import Finding
from briefings.library import Briefing
from briefings.linting import parallel
from briefings.linting.config import LintConfig

PARALLEL_FROM = 48  # below this many files, starting workers costs more than it saves


@dataclass(frozen=True)
class Coverage:
    """Sourcing coverage of one briefing: asserting sentences found, sourced and unsourced."""

    assertions: int = 0
    sourced: int = 0

    @property
    def unsourced(self) -> int:
        """Assertions without a citation."""
        return self.assertions - self.sourced


Claimed = tuple[str, bool]  # an asserting sentence (as written, citation markers included) and whether it is cited


@dataclass(frozen=True)
class FileResult:
    """Findings (before suppression) and coverage of one briefing, and with coverage its assertions;
    not `complete` when the checks ran out of time (such a result is never cached)."""

    label: str
    findings: list[Finding]
    coverage: Coverage
    claims: tuple[Claimed, ...] = ()
    complete: bool = True


def check_one(briefing: Briefing, config: LintConfig, checks: Sequence[Check], *,
              coverage: bool = False) -> FileResult:
    """All checks over one briefing, with its front-matter settings applied, within the file's time
    budget (`parse_seconds_per_mb`); `coverage` also counts the sourced assertions (for --stats),
    which costs a pass over every sentence."""
    seconds = deadline.parse_budget(config.limits, len(briefing.text))
    try:
        with deadline.within(seconds):
            return _checked(briefing, config, checks, coverage)
    except deadline.OverBudget as exc:
        late = deadline.finding(briefing.label, exc.seconds, "checking it", "parse_seconds_per_mb")
        return FileResult(briefing.label, [late], Coverage(), complete=False)


def _checked(briefing: Briefing, config: LintConfig, checks: Sequence[Check], coverage: bool) -> FileResult:
    from briefings.linting.document import Document  # the parser and claim detection: not needed when all is cached

    own, bad_front = config.checked_for(briefing)
    doc = Document(briefing, own)
    assertions = doc.assertions if coverage else []  # first: the checks' uncited ones are read from it
    findings = [bad_front] if bad_front else []
    for check in checks:
        level = doc.config.level(check.id, check.severity)
        if level is None:
            continue
        for hit in check.run(doc):
            findings.append(Finding(path=briefing.label, line=hit.line, column=hit.column, rule=check.id,
                                    severity=level, message=hit.message, reason=hit.reason, end_line=hit.end_line))
    if not coverage:
        return FileResult(briefing.label, findings, Coverage())
    return FileResult(briefing.label, findings, Coverage(len(assertions), sum(a.cited for a in assertions)),
                      tuple((a.sentence, a.cited) for a in assertions))


def check_all(project: Project, briefings: list[Briefing], config: LintConfig, *, coverage: bool = False,
              side_job: Callable[[], list[Finding]] | None = None,
              store: Callable[[int, FileResult], None] | None = None) -> tuple[list[FileResult], list[Finding]]:
    """Check results in the order of `briefings`, with the word-level (Vale) findings merged in,
    and the findings of `side_job` (the link check), run alongside in its own worker; `store(i,
    result)` is called for each result where it was computed (a worker: the cache writes run in
    parallel, not one after another in the parent)."""
    side = side_job or list
    processes = parallel.workers()
    if len(briefings) < PARALLEL_FROM or processes < 2:
        with collector.paused():  # the cache writes too: the parse's young objects would make each one collect
            results = _chunk_results(project, briefings, config, coverage)
            return _stored(range(len(briefings)), results, store), side()

    def work(indices: range) -> list[FileResult]:
        chunk = [briefings[i] for i in indices]
        with collector.paused():  # until the chunk's tokens are gone: a collection would walk them all
            try:
                results = _chunk_results(project, chunk, config, coverage)
            finally:
                for briefing in chunk:  # a worker's token caches would only grow its heap (and GC time)
                    briefing.__dict__.pop("_tokens", None)
            return _stored(indices, results, store)

    return parallel.run(len(briefings), work, side, processes=processes)


def _stored(indices: range, results: list[FileResult],
            store: Callable[[int, FileResult], None] | None) -> list[FileResult]:
    if store is not None:
        for i, result in zip(indices, results):
            store(i, result)
    return results


def _chunk_results(project: Project, briefings: list[Briefing], config: LintConfig,
                   coverage: bool) -> list[FileResult]:
    if not briefings:  # all read back from the cache: no check is imported
        return []
    checks = registry()
    with collector.paused():  # parsing: about 40% of its time was the collector's
        results = [check_one(b, config, checks, coverage=coverage) for b in briefings]
        words = _word_findings(project, briefings)
    if not words:
        return results
    by_path: dict[str, list[Finding]] = {}
    for finding in words:
        by_path.setdefault(finding.path, []).append(finding)
    return [FileResult(r.label, r.findings + by_path.get(r.label, []), r.coverage, r.claims,
                       r.complete and not any(f.rule == deadline.RULE for f in by_path.get(r.label, [])))
            for r in results]


def _word_findings(project: Project, briefings: list[Briefing]) -> list[Finding]:
    """Findings of the Vale style (certainty words, vague attribution, labels, puffery, hedges)."""
    from briefings import vale

    return vale.check(project, briefings)
