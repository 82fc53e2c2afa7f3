"""`briefings publish` (arrives with its own issue)."""

from __future__ import annotations

import argparse

HELP = "publish (not available yet)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `briefings publish`."""


def run(args: argparse.Namespace) -> int:
    """Entry point of `briefings publish`."""
    from briefings.errors import UsageError

    raise UsageError("`briefings publish` is not available yet")
