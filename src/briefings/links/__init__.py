"""Link graph and placeholders (issue 4): `check(library, ...)` is the one entry point.

The graph is built from the Markdown sources, so it needs no MkDocs build; the site crawl with
LinkChecker lives in `briefings.links.crawl`.
"""

from __future__ import annotations

from pathlib import Path

from briefings.findings import Finding
from briefings.library import Library
from briefings.links import addresses, checks, partial
from briefings.links.graph import LinkGraph, build

__all__ = ["LinkGraph", "build", "check", "RULES"]
RULES = {**checks.RULES, addresses.RULE: addresses.SUMMARY}


def check(library: Library, *, strict: bool = False, only: set[str] | None = None,
          graph: LinkGraph | None = None, cache_root: Path | None = None) -> list[Finding]:
    """Link and placeholder findings; `only` limits them to these docs-relative paths; `cache_root`:
    the library whose cache of link scans to use when the graph is built here."""
    if graph is None:
        graph = build(library, cache_root=cache_root) if only is None else \
            partial.build_for(library, only, cache_root=cache_root)
    findings: list[Finding] = []
    for rel, page_links in graph.pages.items():
        if only is None or rel in only:
            findings.extend(checks.link_findings(graph, page_links, strict=strict))
    if only is None or "planned.yml" in only:
        findings.extend(checks.registry_findings(graph))
    findings.extend(f for rel, f in library.problems.items() if only is None or rel in only)
    findings.extend(addresses.collisions(library, left_out=graph.left_out.values(), only=only))
    return sorted(findings)
