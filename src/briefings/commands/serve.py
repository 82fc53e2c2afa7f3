"""Serve the published editions from the gh-pages branch on 127.0.0.1, or a live preview with --live."""

from __future__ import annotations

import argparse

HELP = "serve the published editions on http://127.0.0.1:8000 (--live: preview the work tree)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings serve`."""
    parser.add_argument("--port", type=_port, default=8000, help="port on 127.0.0.1 (default 8000)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to bind (default 127.0.0.1); another than loopback needs --public")
    parser.add_argument("--public", action="store_true",
                        help="allow a non-loopback --host for the editions (never for --live, which shows drafts)")
    parser.add_argument("--branch", default="gh-pages", help="branch holding the editions (default: gh-pages)")
    parser.add_argument("--live", action="store_true",
                        help="preview of the work tree that updates on every save and marks lint findings, "
                             "instead of the editions")


def _port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (1-65535)")
    return int(text)


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings serve`."""
    from briefings import webguard
    from briefings.config import load_project
    from briefings.errors import UsageError
    from briefings.publishing.branch import check_name
    from briefings.publishing.deploy import editions
    from briefings.tools import mike

    webguard.check_bind(args.host, public=args.public, live=args.live)
    project = load_project(args.root)
    if args.live:
        from briefings import preview

        return preview.run(project, host=args.host, port=args.port)
    check_name(project.root, args.branch)
    editions(project.root, args.branch)  # a damaged versions.json stops here, with the fix
    if not mike.has_branch(project.root, args.branch):
        raise UsageError(f"no branch {args.branch} in {project.root}: nothing is published yet",
                         hint="publish an edition with `briefings publish YYYY.MM`, or preview the work "
                              "tree with `briefings serve --live`")
    print(f"serving the editions on branch {args.branch} on http://{args.host}:{args.port}/ (Ctrl-C stops)",
          flush=True)
    mike.serve(project.root, host=args.host, port=args.port, branch=args.branch)
    return 0
