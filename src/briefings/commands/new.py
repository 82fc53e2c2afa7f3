"""Start a new briefing: a Markdown file with complete front matter, status draft."""

from __future__ import annotations

import argparse

HELP = "create a new draft briefing in a section"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings new`."""
    parser.add_argument("section", help="section folder, e.g. RESEARCH")
    parser.add_argument("title", help="the briefing's title; also its file name")
    parser.add_argument("--author", action="append", default=[], help="author name (repeatable)")
    parser.add_argument("--summary", default="", help="one-sentence summary")
    parser.add_argument("--create-section", action="store_true",
                        help="create the section folder when it does not exist yet")


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings new`."""
    from briefings.config import load_project
    from briefings.newbriefing import create

    project = load_project(args.root)
    path = create(project.docs_dir, args.section, args.title, authors=args.author, summary=args.summary,
                  create_section=args.create_section)
    print(f"created {path.relative_to(project.root)}")
    return 0
