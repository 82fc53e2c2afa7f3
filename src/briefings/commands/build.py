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


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings build`."""
    from briefings.library import Library
    from briefings.site.builder import build_site, check_sources

    library = Library.load(args.root)
    if not check_sources(library, fmt=args.format):
        return 1
    site_dir = build_site(library, site_dir=args.site_dir, strict=not args.no_strict)
    print(f"built {len(library.briefings)} briefings into {site_dir}")
    return 0
