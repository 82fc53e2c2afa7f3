"""Report lint and link findings on the lines changed since a base commit (default: the merge
base with main), in any output format: what a reviewer or a CI annotation needs, nothing older."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefings.review import ReviewResult

HELP = "lint and link findings on lines changed since a base (default: merge base with main)"
FORMATS = ("human", "json", "sarif", "github")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings review`."""
    parser.add_argument("--base", metavar="REF",
                        help="branch, tag or commit to compare with; the merge base of REF and HEAD is used "
                             "(default: main, else origin/main)")
    parser.add_argument("--format", choices=FORMATS, default="human",
                        help="human text, JSON, SARIF 2.1.0 or GitHub workflow commands (default: human)")


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings review`."""
    import sys

    from briefings.library import Library
    from briefings.report import Report, exit_code_for, render
    from briefings.review import review

    result = review(Library.load(args.root), base=args.base)
    footer = _footer(result) if args.format == "human" else ""
    report = Report(result.findings, suppressed=result.suppressed, lines=result.lines, footer=footer).fit(sys.stdout)
    text = render(report, args.format)
    if text:
        print(text)
    return exit_code_for(result.findings)


def _footer(result: ReviewResult) -> str:
    """E.g. 'reviewed 3 changed files since 1a2b3c4d5e6f; 1 could not be checked: fix its error above'."""
    text = f"reviewed {_plural(len(result.reviewed), 'changed file')} since {result.base[:12]}"
    if result.unchecked:
        count = len(result.unchecked)
        text += f"; {count} could not be checked: fix {'its error' if count == 1 else 'their errors'} above"
    return text


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
