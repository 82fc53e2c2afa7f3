"""Code spans as CommonMark pairs their backtick runs, for the scanners that mask code without a parse
(the link scan, Vale's prose masks)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence


def code_spans(runs: Sequence[tuple[int, int]],
               apart: Callable[[int, int], bool] | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each code span, given the backtick runs of a text in order as (start, end): a run
    pairs with the next run of the same length, as CommonMark pairs them, unless `apart(its end, the
    other's start)` (a blank line between); one pass, with the runs indexed by length (searching on from
    each run took time quadratic in the text for many runs of distinct lengths)."""
    pending: dict[int, list[int]] = {}  # run length -> indexes of later runs of that length, last first
    for index in range(len(runs) - 1, -1, -1):
        pending.setdefault(runs[index][1] - runs[index][0], []).append(index)
    index = 0
    while index < len(runs):
        start, end = runs[index]
        later = pending[end - start]
        while later and later[-1] <= index:
            later.pop()
        if not later or (apart is not None and apart(end, runs[later[-1]][0])):
            index += 1
            continue
        close = later.pop()
        yield start, runs[close][1]
        index = close + 1

