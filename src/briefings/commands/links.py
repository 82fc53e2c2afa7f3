"""`briefings links` (arrives with its own issue)."""

from __future__ import annotations

import argparse

HELP = "links (not available yet)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings links`."""


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings links`."""
    from briefings.errors import UsageError

    raise UsageError("`briefings links` is not available yet")
