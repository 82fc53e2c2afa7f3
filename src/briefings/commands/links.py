"""Check links and placeholders on the Markdown sources; optionally crawl the built site with LinkChecker.

Placeholders are links to `#`, `#todo` or nothing, such as `[Title](#) (plan note)`: they become
planned briefings. `--fix` points placeholders at briefings that exist now; `--scaffold` writes
stub files for planned briefings. Exit codes: 0 no errors, 1 errors found, 2 bad input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from briefings.terminal import shown

if TYPE_CHECKING:
    from briefings.findings import Finding
    from briefings.library import Library
    from briefings.links.graph import LinkGraph

HELP = "check links, anchors and placeholders (optionally crawl the site with LinkChecker)"
FORMATS = ("human", "json", "sarif", "github")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings links`."""
    parser.add_argument("paths", nargs="*", type=Path, help="report only on these Markdown files (default: all)")
    parser.add_argument("--format", choices=FORMATS, default="human", help="output format (default: human)")
    parser.add_argument("--strict", action="store_true",
                        help="placeholders not declared in docs/planned.yml and without a stub file are errors")
    parser.add_argument("--fix", action="store_true",
                        help="point placeholders whose briefing exists now at it (rewrites only those links)")
    parser.add_argument("--scaffold", action="store_true",
                        help="write a stub file (status: planned) for every planned briefing without one")
    parser.add_argument("--site", action="store_true",
                        help="also build the site, serve it on 127.0.0.1 and crawl it with LinkChecker")
    parser.add_argument("--external", action="store_true",
                        help="also check external URLs (links and sources), rate-limited and cached")
    parser.add_argument("--max-seconds", type=int, default=240,
                        help="time cap for the LinkChecker crawl (default: 240)")


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings links`."""
    from briefings import links
    from briefings.findings import source_lines
    from briefings.library import Library
    from briefings.report import Report, exit_code_for, known_rules, render

    library = Library.load(args.root)
    if args.scaffold or args.fix:
        library = _write(library, scaffold=args.scaffold, fix=args.fix)
    graph = links.build(library, cache_root=library.project.root)
    findings = links.check(library, strict=args.strict, only=_only(library, args.paths), graph=graph)
    rule_help = known_rules()
    if args.site:
        findings += _crawl(library, args.max_seconds, rule_help)
    if args.external:
        findings += _external(graph, rule_help)
    lines = {page.label: source_lines(page.text) for page in library.pages}
    print(render(Report(findings, lines=lines, rule_help=rule_help).fit(sys.stdout), args.format))
    return exit_code_for(findings)


def _write(library: Library, *, scaffold: bool, fix: bool) -> Library:
    """Run --scaffold, then --fix, reporting each change on stderr; returns the reloaded library."""
    from briefings import links
    from briefings.library import Library
    from briefings.links import fix as fixing

    if scaffold:
        for change in fixing.scaffold(library):
            print(shown(f"wrote {change.path}: {change.what}" if change.written
                        else f"no stub: {change.path} {change.what}"), file=sys.stderr)
        library = Library.load(library.project.root)
    if fix:
        for change in fixing.fix(links.build(library)):
            print(shown(f"{'fixed' if change.written else 'left'} {change.path} {change.what}"), file=sys.stderr)
        library = Library.load(library.project.root)
    return library


def _only(library: Library, paths: list[Path]) -> set[str] | None:
    """Docs-relative paths of the files named on the command line (None: all files)."""
    from briefings.errors import UsageError

    if not paths:
        return None
    only = set()
    for path in paths:
        resolved = path.resolve()
        try:
            rel = resolved.relative_to(library.docs_dir).as_posix()
        except ValueError:
            raise UsageError(f"{path}: not inside the docs folder {library.docs_dir}") from None
        if library.get(rel) is None and rel != "planned.yml" and rel not in library.problems:
            raise UsageError(f"{path}: no such Markdown file in the library", hint="check the path")
        only.add(rel)
    return only


def _crawl(library: Library, max_seconds: int, rule_help: dict[str, str]) -> list[Finding]:
    from briefings.links import crawl
    from briefings.tools.linkchecker import CrawlSettings

    rule_help.update(crawl.RULES)
    print("crawling the built site with LinkChecker ...", file=sys.stderr)
    return crawl.crawl_site(library, settings=CrawlSettings(max_seconds=max_seconds))


def _external(graph: LinkGraph, rule_help: dict[str, str]) -> list[Finding]:
    from briefings.links import external

    rule_help.update(external.RULES)
    settings = external.settings_for(graph.library.project)
    return external.check(external.uses(graph), settings)
