"""List the published editions: name, title, date, source commit, aliases and whether retired."""

from __future__ import annotations

import argparse
import json

from briefings.terminal import shown

HELP = "list published editions (name, title, date, source commit, aliases)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings editions`."""
    parser.add_argument("--branch", default="gh-pages", help="branch holding the editions (default: gh-pages)")
    parser.add_argument("--format", choices=("human", "json"), default="human", help="output format")


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings editions`."""
    from briefings.config import load_project
    from briefings.publishing.branch import check_name
    from briefings.publishing.deploy import editions

    project = load_project(args.root)
    found = editions(project.root, check_name(project.root, args.branch))
    if args.format == "json":
        print(json.dumps([e.to_dict() for e in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        print(f"no editions on branch {args.branch} yet: `briefings publish YYYY.MM` publishes the first")
        return 0
    for edition in found:
        aliases = f" [{', '.join(edition.aliases)}]" if edition.aliases else ""
        retired = " (retired: hidden from the selector)" if edition.hidden else ""
        print(shown(f"{edition.name:<11} {edition.title}{aliases}{retired}\n"
                    f"            published {edition.published or 'unknown'} from "
                    f"{edition.source_commit[:12] or 'unknown commit'}"))
    return 0
