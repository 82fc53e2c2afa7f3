"""Store an edition-wide collection (the search index, the edition record) as one small file per
item, so that one edited briefing rewrites its own file (one small git blob) instead of a file
shared with other briefings.

Each item goes to a path made from a hash of its key (a page URL, a briefing path):
`PREFIX/a/b/0123456789abcdef.json`. The two one-letter folder levels keep every git tree that an
edited item rewrites small (16 entries, then 16, then one 256th of the items: 8 files at 2,000
briefings), and the names never depend on how many items there are. Two keys whose hashes meet share a file (it holds a list or an object
of items), so a collision costs nothing but a slightly larger file.
"""

from __future__ import annotations

import hashlib


def item_name(prefix: str, key: str) -> str:
    """e.g. `search/pages/3/f/1c2d3e4f5a6b7c8d.json`: where the item `key` is stored."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return f"{prefix}/{digest[0]}/{digest[1]}/{digest[2:18]}.json"

