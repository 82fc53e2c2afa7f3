"""`briefings review` (arrives with its own issue)."""

from __future__ import annotations

import argparse

HELP = "review (not available yet)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings review`."""


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings review`."""
    from briefings.errors import UsageError

    raise UsageError("`briefings review` is not available yet")
