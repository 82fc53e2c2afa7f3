"""Publish the library as a calendar-named edition: the gate first, then mike.

Drafts and briefings under embargo are left out. The gate (front matter, lint errors, links
with strict placeholders, a strict build) and a scan for excluded text must pass, or nothing is
deployed. Editions go to the gh-pages branch of the library's own repository; published
editions never change unless --force (which first prints what would change).
"""

from __future__ import annotations

import argparse
import datetime as dt

from briefings.terminal import shown

HELP = "publish an edition (YYYY.MM or YYYY.MM.N) to the gh-pages branch with mike"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings publish`."""
    parser.add_argument("edition", metavar="EDITION", help="calendar name: YYYY.MM or YYYY.MM.N, e.g. 2025.01")
    parser.add_argument("--alias", default="latest",
                        help="alias moved to this edition (default: latest); --alias '' for none")
    parser.add_argument("--title", help='title in the version selector (default e.g. "January 2025 edition")')
    parser.add_argument("--push", action="store_true", help="fetch, fast-forward, deploy and push (never forces)")
    parser.add_argument("--remote", default="origin", help="remote for --push (default: origin)")
    parser.add_argument("--branch", default="gh-pages", help="branch holding the editions (default: gh-pages)")
    parser.add_argument("--force", action="store_true",
                        help="replace an edition that is already published (prints what would change first)")
    parser.add_argument("--now", type=_moment, help="treat this ISO date-time as now (for embargoes)")


def _moment(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date-time such as 2025-01-31T12:00+00:00") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings publish`."""
    from briefings.publishing import changes, editions
    from briefings.publishing.publish import Request, publish

    now = args.now or dt.datetime.now(dt.timezone.utc)
    name = editions.check_date(args.edition, now)
    alias = editions.check_alias(args.alias) if args.alias else None
    request = Request(edition=name, title=editions.check_title(args.title) if args.title is not None else editions.default_title(name), now=now, root=args.root, alias=alias,
                      force=args.force, push_to=args.remote if args.push else None, branch=args.branch)
    outcome = publish(request)
    print(shown(changes.summary(outcome.changes)))
    done = outcome.deployed
    assert done is not None
    state = "published" if done.changed else "unchanged (identical to the published files)"
    print(shown(f"edition {name} ({request.title}) {state} on branch {args.branch}")
          + (f", alias {outcome.alias}" if outcome.alias else "")
          + ("; the site root now opens it" if done.first else "")
          + (f"; pushed to {args.remote}" if done.pushed else ""))
    return 0
