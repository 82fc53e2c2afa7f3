"""Split an edition-wide file into shards by a stable hash, so that one edited briefing rewrites
one shard (one small git blob) instead of the whole file. Used for the search index and the
edition record. The number of shards is a power of two, about one per `per` items, so it changes
only when the library doubles (and then every shard is rewritten once)."""

from __future__ import annotations

import hashlib


def count_for(items: int, per: int) -> int:
    """The smallest power of two with at most about `per` items per shard."""
    count = 1
    while count * per < items:
        count *= 2
    return count


def shard_of(key: str, count: int) -> int:
    """The shard `key` (a page URL, a briefing path) goes to."""
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:4], "big") % count


def name(prefix: str, number: int, count: int) -> str:
    """e.g. `shards/07.json`: numbers padded to the same width."""
    return f"{prefix}/{number:0{len(str(count - 1))}d}.json"
