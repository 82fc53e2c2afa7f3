"""Store an edition's search index in shards, so that editing one briefing rewrites one shard.

Material's search plugin writes `search/search_index.json`: every section of every page, tens of
megabytes for thousands of briefings, rewritten whole when any briefing changes. After the build,
the docs are split by page into `search/shards/NN.json`, a page's docs always in the shard its URL
hashes to, and `search_index.json` keeps only the config, naming the shards
(`config.briefings_shards`). In the browser, `search-setup.js` and `search-worker.js` put them
together again before Material's search worker sees the index. The number of shards is a power of
two, about one per `PAGES_PER_SHARD` pages, so it changes only when the library doubles.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefings.publishing import shards as sharding

INDEX = Path("search") / "search_index.json"
SHARDS = "shards"
PAGES_PER_SHARD = 16


def split(site_dir: Path) -> int:
    """Split the built site's search index into shards; the number of shards (0: nothing to split)."""
    path = site_dir / INDEX
    if not path.is_file():
        return 0
    index: dict[str, Any] = json.loads(path.read_text("utf-8"))
    docs = index.get("docs")
    if not isinstance(docs, list) or not isinstance(index.get("config"), dict):
        return 0
    by_page: dict[str, list[Any]] = {}
    for doc in docs:
        by_page.setdefault(str(doc.get("location", "")).split("#", 1)[0], []).append(doc)
    count = sharding.count_for(len(by_page), PAGES_PER_SHARD)
    shards: list[list[Any]] = [[] for _ in range(count)]
    for page in sorted(by_page):
        shards[sharding.shard_of(page, count)] += by_page[page]
    folder = path.parent / SHARDS
    folder.mkdir(exist_ok=True)
    names = []
    for number, shard in enumerate(shards):
        name = sharding.name(SHARDS, number, count)
        (path.parent / name).write_text(json.dumps(shard, ensure_ascii=False, separators=(",", ":")), "utf-8")
        names.append(name)
    index["config"]["briefings_shards"] = names
    index["docs"] = []
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), "utf-8")
    return count
