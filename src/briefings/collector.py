"""Python's cyclic garbage collector, where it costs more than it frees.

Why: reading a library or parsing briefings allocates millions of objects that either live until
the process ends (every page's front matter) or are freed by reference counting as soon as they are
dropped (tokens, YAML events); the collector, started every 700 allocations by default, walked them
again and again: about a quarter of `Library.load` and 40% of the lint's parse. A build process
(`mkdocs build`) holds the whole loaded site until it ends, and each full collection while its pages
were rendered walked all of it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 20_000  # allocations between young collections in a build (Python's default: 700)


@contextmanager
def paused() -> Iterator[None]:
    """Run the block without the collector (as it was afterwards: a nested pause leaves it off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def for_build() -> None:
    """Collect young objects less often for the rest of this process (a build; the live preview's
    rebuilds too: its garbage is still collected, in larger batches)."""
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_THRESHOLD), middle, old)


def freeze_loaded() -> None:
    """Exempt everything alive now from later collections, for the rest of this process: for a
    one-shot build once its site is loaded (never for the live preview, which rebuilds in one process:
    frozen objects are never freed)."""
    gc.freeze()
