"""Retire an edition: hide it from the version selector (it stays readable at its URL), or delete it."""

from __future__ import annotations

import argparse

HELP = "hide an edition from the version selector, or remove it with --delete"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings retire`."""
    parser.add_argument("edition", metavar="EDITION", help="the edition to retire, e.g. 2025.01")
    parser.add_argument("--delete", action="store_true", help="remove the edition and its files from the branch")
    parser.add_argument("--restore", action="store_true", help="show a hidden edition in the selector again")
    parser.add_argument("--branch", default="gh-pages", help="branch holding the editions (default: gh-pages)")


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings retire`."""
    from briefings.config import load_project
    from briefings.errors import UsageError
    from briefings.publishing.branch import check_site_branch
    from briefings.publishing.deploy import editions
    from briefings.publishing.lock import publish_lock
    from briefings.tools import mike

    if args.delete and args.restore:
        raise UsageError("--delete and --restore exclude each other")
    project = load_project(args.root)
    check_site_branch(project, args.branch)
    with publish_lock(project.root):  # the same read-modify-write of versions.json as publish
        known = {e.name: e for e in editions(project.root, args.branch)}
        if args.edition not in known:
            raise UsageError(f"no edition {args.edition} on branch {args.branch}",
                             hint=f"published editions: {', '.join(known) or 'none'} (see `briefings editions`)")
        if args.delete and known[args.edition].aliases:
            raise UsageError(f"edition {args.edition} carries the alias {', '.join(known[args.edition].aliases)}",
                             hint="publish a newer edition first (the alias moves to it), then delete this one")
        if args.delete:
            mike.delete(project.root, args.edition, branch=args.branch)
            print(f"deleted edition {args.edition} from {args.branch}")
            return 0
        changed = mike.set_property(project.root, args.edition, "hidden", not args.restore, branch=args.branch)
    verb = "shown in" if args.restore else "hidden from"
    print(f"edition {args.edition} {verb} the version selector" + ("" if changed else " (it already was)"))
    return 0
