"""Check that every assertion is sourced, footnotes are intact, and the Markdown renders as seen.

Lints Markdown files or folders (default: the library's docs/); files outside the library are
linted with the library's configuration. Exit codes: 0 no error-level finding, 1 errors found,
2 usage or input error.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from briefings.terminal import shown

if TYPE_CHECKING:
    from briefings.library import Library

HELP = "sourcing and style lint of briefings (unsourced assertions, footnotes, rendering traps)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings lint`."""
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="Markdown files or folders (default: the library's docs/)")
    parser.add_argument("--format", choices=("human", "json", "sarif", "github"), default="human",
                        help="output format (default: human)")
    parser.add_argument("--stats", action="store_true",
                        help="add per-briefing sourcing coverage: assertions found, sourced, unsourced")
    parser.add_argument("--statistics", action="store_true",
                        help="human format: per-rule counts only, without the finding lines")
    parser.add_argument("--fix", action="store_true",
                        help="repair list and table spacing and nested-list indentation in place, then lint")
    parser.add_argument("--scope", choices=("block", "sentence"),
                        help="what one citation covers (default: [tool.briefings.lint] scope, else block)")


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings lint`."""
    import sys

    from briefings import collector
    from briefings.findings import source_lines
    from briefings.library import Library
    from briefings.linting import lint
    from briefings.linting.stats import table
    from briefings.report import Report, exit_code_for, known_rules, render

    with collector.paused():
        library = Library.load(args.root)
        if not args.fix:  # one library for the whole run: a collection would only walk what it read
            collector.freeze_loaded()
    _warn_skipped_rules(library)
    if args.fix:
        _fix(library, args.paths, sys.stdout if args.format == "human" else sys.stderr)
        library = Library.load(library.project.root)
    result = lint(library, args.paths or None, scope=args.scope, stats=args.stats)
    labels = {f.path for f in result.findings} if args.format == "human" and not args.statistics else set()
    report = Report(findings=result.findings, suppressed=result.suppressed, rule_help=known_rules(),
                    lines={b.label: source_lines(b.text) for b in result.files if b.label in labels})
    if args.format == "human":
        from briefings.linting.fix import FIXABLE_RULES  # the fixers' parser: only the human summary names them

        report.fixable, report.statistics = FIXABLE_RULES, args.statistics
    report.fit(sys.stdout)
    stats = table(result.coverage) if args.stats else ""
    if args.format == "human":
        report.footer = stats
    elif stats:
        print(shown(stats), file=sys.stderr)
    print(render(report, args.format))
    return exit_code_for(result.findings)


def _warn_skipped_rules(library: Library) -> None:
    """One warning per enabled Vale rule the built-in engine cannot apply; the lint goes on."""
    import sys

    from briefings import vale
    from briefings.terminal import label

    for message, hint in vale.skipped(library.project):
        print(f"{label('warning:', sys.stderr)} {message}\n  {label('hint:', sys.stderr)} {hint}", file=sys.stderr)


def _fix(library: Library, paths: list[Path], out: TextIO) -> None:
    """Repair the rendering traps of the target files in place, one line per change."""
    from briefings.linting import config_of
    from briefings.linting.fix import fixed_text
    from briefings.linting.targets import resolve
    from briefings.textfile import symlink_note, write_atomic

    config = config_of(library)
    for briefing in resolve(library, paths or None):
        _, bad_front = config.checked_for(briefing)
        if bad_front:  # its `lint:` may mean to switch fixes off: leave it to the author (lint reports it)
            print(shown(f"not fixed {briefing.label}:{bad_front.line}: {bad_front.message}"), file=out)
            continue
        text, changes, refused = fixed_text(briefing, config)
        if changes and text != briefing.text and (note := symlink_note(briefing.path)):
            print(shown(f"not fixed {briefing.label}: {note}"), file=out)
        elif changes and text != briefing.text:
            write_atomic(briefing.path, text)
            for change in changes:
                print(shown(f"fixed {briefing.label}:{change}"), file=out)
        for reason in refused:
            print(shown(f"not fixed {briefing.label}:{reason}"), file=out)
