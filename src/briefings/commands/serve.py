"""Serve a live preview of the library on 127.0.0.1 while you edit."""

from __future__ import annotations

import argparse

HELP = "serve a live preview of the site on http://127.0.0.1:8000"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings serve`."""
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings serve`."""
    from briefings.config import load_project
    from briefings.tools import mkdocs

    project = load_project(args.root)
    print(f"serving a preview of {project.root} on http://{args.host}:{args.port}/ (Ctrl-C stops)")
    return mkdocs.serve(project.root, host=args.host, port=args.port)
