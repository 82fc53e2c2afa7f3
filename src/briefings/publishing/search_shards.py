"""Store an edition's search index by page, so that editing one briefing rewrites its own file.

Material's search plugin writes `search/search_index.json`: every section of every page, tens of
megabytes for thousands of briefings, rewritten whole when any briefing changes. After the build,
each page's docs go to their own file, `search/pages/a/b/HASH.json` (shards.item_name of the page
URL), and `search_index.json` keeps only the config, naming those files (`config.briefings_shards`,
which changes only when a page is added or removed). In the browser, `search-setup.js` and
`search-worker.js` put them together again before Material's search worker sees the index.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefings.publishing import shards

INDEX = Path("search") / "search_index.json"
PAGES = "pages"


def split(site_dir: Path) -> int:
    """Split the built site's search index by page; the number of files written (0: nothing to split)."""
    path = site_dir / INDEX
    if not path.is_file():
        return 0
    index: dict[str, Any] = json.loads(path.read_text("utf-8"))
    docs = index.get("docs")
    if not isinstance(docs, list) or not isinstance(index.get("config"), dict):
        return 0
    by_name: dict[str, list[Any]] = {}
    for doc in docs:  # Material lists a page's docs together, the page's own first
        page = str(doc.get("location", "")).split("#", 1)[0]
        by_name.setdefault(shards.item_name(PAGES, page), []).append(doc)
    for name, entries in by_name.items():
        (path.parent / name).parent.mkdir(parents=True, exist_ok=True)
        (path.parent / name).write_text(json.dumps(entries, ensure_ascii=False, separators=(",", ":")), "utf-8")
    index["config"]["briefings_shards"] = sorted(by_name)
    index["docs"] = []
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), "utf-8")
    return len(by_name)
