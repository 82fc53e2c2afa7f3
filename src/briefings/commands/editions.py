"""`briefings editions` (arrives with its own issue)."""

from __future__ import annotations

import argparse

HELP = "editions (not available yet)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings editions`."""


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings editions`."""
    from briefings.errors import UsageError

    raise UsageError("`briefings editions` is not available yet")
