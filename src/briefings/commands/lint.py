"""`briefings lint` (arrives with its own issue)."""

from __future__ import annotations

import argparse

HELP = "lint (not available yet)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings lint`."""


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings lint`."""
    from briefings.errors import UsageError

    raise UsageError("`briefings lint` is not available yet")
