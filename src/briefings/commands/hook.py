"""Run one pre-commit check on the files pre-commit passes (see .pre-commit-hooks.yaml):

  files         reject non-UTF-8 text, a byte order mark, NUL bytes, symlinks in docs/ pointing outside it
  names         reject names in docs/ that are never published: control characters, bytes that are
                not UTF-8, a double quote (git misreads them when it commits an edition)
  front-matter  validate the front matter of the briefings among FILES
  lint          sourcing and style lint of the briefings among FILES, plus their links checked
                against the whole library (results cached per file version in .briefings-cache/)
  vale          Vale's style rules on the briefings among FILES (the binary when installed,
                the built-in rules otherwise)

Files that are not briefings of the library are skipped by the briefing checks."""

from __future__ import annotations

import argparse

HELP = "run one pre-commit check (files, names, front-matter, lint, vale) on the given files"
CHECKS = ("files", "names", "front-matter", "lint", "vale")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings hook`."""
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("check", choices=CHECKS, help="which check to run")
    parser.add_argument("files", nargs="*", metavar="FILE", help="files to check (pre-commit passes the staged ones)")
    parser.add_argument("--format", choices=("human", "json", "sarif", "github"), default="human",
                        help="output format (default: human)")


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings hook`."""
    import sys

    from briefings.config import load_project
    from briefings.hooks import runner
    from briefings.report import exit_code_for, render

    project = load_project(args.root)
    report = runner.run_check(project, args.check, args.files).fit(sys.stdout)
    if report.findings:
        print(render(report, args.format))
    return exit_code_for(report.findings)
