"""Unsourced assertions: a block that states a checkable fact needs a citation.

Why: a briefing library lives or dies on whether its claims are sourced. A block (paragraph,
list item, table row, quote) that states numbers, dates, named actors doing things, causes or
superlatives without a footnote or an external link is a claim readers cannot check.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from briefings.checks import Check, Hit
from briefings.findings import Severity

if TYPE_CHECKING:
    from briefings.linting.document import Document


def run(doc: Document) -> Iterator[Hit]:
    """One hit per unsourced block (or sentence, under scope 'sentence') without a quotation."""
    from briefings.linting.assertions import reason, unsourced_blocks  # claim detection: imported when used

    for group in unsourced_blocks(doc):
        if group[0].quotes:
            continue  # reported as unattributed-quote
        yield Hit(line=doc.line(group[0].line0), end_line=doc.line(group[-1].last0),
                  message="unsourced assertion: cite a source (footnote or link) or mark it as analysis",
                  reason=reason(doc, group))


CHECK = Check(
    id="unsourced-assertion",
    severity=Severity.ERROR,
    summary="a sentence or list item states a checkable fact without a citation",
    run=run,
    must_flag=(
        "The ministry cut the budget by 40% in 2023.",
        "- Lied to the FBI about contacts with the Russian ambassador",
        "Putin ordered the campaign in 2016.",
        "The sanctions were the largest ever imposed on a central bank.",
        "Critics argue that the tariffs caused the slowdown.",
        "Putin ordered the campaign in 2016.[^a]\n\n[^a]: See above.",
        "His record on the port is not in dispute: he signed every lease himself.",
        "Three-quarters of the hauliers sold their depots.",
    ),
    must_pass=(
        "The ministry cut the budget by 40% in 2023.[^a]\n\n[^a]: Ministry of Finance, *Budget report*, 2023.",
        "Putin ordered the campaign in 2016, [according to the ODNI](https://www.dni.gov/ica).",
        "What did the ministry decide in 2023?",
        "Theory: the sanctions will push prices up by 2026.",
        "!!! analysis \"Analysis\"\n\n    Putin ordered the campaign because he feared the 2016 result.",
        "Key terms:\n\n- disinformation\n- propaganda\n- media ownership",
        "Read the [Authoritarian Playbook](../RESEARCH/Authoritarian%20Playbook.md) first.",
        "Mr Varga is right about the tender.",
        "Over the next ten years the port authority hopes to dredge the harbour.",
        "I'll publish the tender files once the audit ends.",
        "Four warning signs:[^a]\n\n- Rejected the rules in 2016\n- Denied the legitimacy of opponents\n\n"
        "[^a]: Steven Levitsky and Daniel Ziblatt, *How Democracies Die*, 2018.",
        # pymdownx.snippets markers are markup, not sentences: inline, escaped, block, section
        '--8<-- "RUSSIA/Sanctions Timeline 2014-2022.md"',
        ';--8<-- "RUSSIA/Sanctions Timeline 2014-2022.md"',
        "-8<- 'figures/2023 budget.md:12:40'",
        "--8<--\nRUSSIA/Sanctions Timeline 2014-2022.md\n\nRUSSIA/Indictments 2018.md\n--8<--",
        "--8<-- [start:indictments-2018]",
    ),
)
