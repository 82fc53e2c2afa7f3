"""Briefings the hook and review tests commit: one with an unsourced claim, one sourced, one with a broken link."""

from __future__ import annotations

from tests.conftest import briefing_text

CLAIM = "The agency spent $4 billion on the program in 2019."
SOURCE = {"id": "audit2020", "title": "Annual Report 2020", "publisher": "Federal Audit Office", "date": 2020}

UNSOURCED = briefing_text("Program Spending", f"""
    This briefing follows the program's budget.

    {CLAIM}
""")

SOURCED = briefing_text("Program Spending", f"""
    This briefing follows the program's budget.

    {CLAIM}[^audit2020]

    [^audit2020]: Federal Audit Office, *Annual Report 2020*, p. 12.
""", sources=[SOURCE])

BROKEN_LINK_TARGET = "../RESEARCH/No Such Briefing.md"
BROKEN_LINK = briefing_text("Program Spending", f"""
    This briefing follows the program's budget.

    See the [missing briefing]({BROKEN_LINK_TARGET.replace(' ', '%20')}) for the background.
""")


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line containing `needle`."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)
