"""Check every briefing's front matter, then build the site with `mkdocs build --strict`."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "check front matter and build the site (mkdocs build --strict)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings build`."""
    parser.add_argument("--site-dir", type=Path, help="where to write the site (default: mkdocs.yml site_dir)")
    parser.add_argument("--no-strict", action="store_true", help="do not fail on MkDocs warnings")
    parser.add_argument("--format", choices=("human", "json", "sarif", "github"), default="human",
                        help="format of front matter findings")
    parser.add_argument("--jobs", type=int, default=0,
                        help="MkDocs processes that share the pages (default: one per core, at most 4, "
                             "for 100 pages or more)")
    parser.add_argument("--sections", metavar="A,B",
                        help="build only the pages of these top-level folders of docs/ ('.' for the pages "
                             "directly in docs/): a part to combine with --merge")
    parser.add_argument("--merge", nargs="+", type=Path, metavar="PART",
                        help="combine parts built with --sections into one site (--site-dir); builds nothing")


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings build`."""
    from briefings.errors import UsageError
    from briefings.library import Library
    from briefings.site.builder import build_site, check_sources, merge_parts

    library = Library.load(args.root)
    if args.merge:
        if args.sections:
            raise UsageError("--merge combines parts that are built already: give it without --sections")
        target = merge_parts(args.site_dir or library.project.site_dir, args.merge, strict=not args.no_strict)
        print(f"merged {len(args.merge)} parts into {target}")
        return 0
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (one per core) or more")
    if args.sections and args.jobs > 1:
        raise UsageError("--sections builds its part in one process: give --jobs without it, or run one job "
                         "per group of sections")
    sections = [s.strip().strip("/") or "." for s in args.sections.split(",")] if args.sections else None
    if sections is not None:
        known = set(library.sections) | {"."}
        unknown = [s for s in sections if s not in known]
        if unknown:
            raise UsageError(f"--sections: no such section folder under docs/: {', '.join(unknown)}")
    if not check_sources(library, fmt=args.format):
        return 1
    site_dir = build_site(library, site_dir=args.site_dir, strict=not args.no_strict, jobs=args.jobs,
                          sections=sections)
    if sections:
        print(f"built the part {', '.join(sections)} into {site_dir} (combine the parts with --merge)")
    else:
        print(f"built {len(library.briefings)} briefings into {site_dir}")
    return 0
