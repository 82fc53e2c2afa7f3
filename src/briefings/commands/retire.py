"""`briefings retire` (arrives with its own issue)."""

from __future__ import annotations

import argparse

HELP = "retire (not available yet)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings retire`."""


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings retire`."""
    from briefings.errors import UsageError

    raise UsageError("`briefings retire` is not available yet")
