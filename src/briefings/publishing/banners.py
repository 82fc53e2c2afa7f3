"""The no-JavaScript outdated banner: `_editions/NAME.css` on the branch, one per edition.

Pages do not know their edition, and published editions never change, so whether an edition is
outdated cannot be written into it. Each edition's `edition.css` imports `_editions/NAME.css` from
the branch root instead, and every publish rewrites those files (as mike rewrites versions.json):
the latest edition's is empty, every other one shows the outdated line naming the latest.
"""

from __future__ import annotations

from pathlib import Path

from briefings.publishing.editions import Edition
from briefings.publishing.site import BANNERS_DIR, banner_css
from briefings.tools import mike


def latest(editions: list[Edition], default_alias: str) -> Edition | None:
    """The edition readers are sent to: the one carrying the default alias, else the newest shown
    (the same rule as editions.js and Material's outdated banner)."""
    for edition in editions:
        if default_alias in edition.aliases or edition.name == default_alias:
            return edition
    visible = [e for e in editions if not e.hidden]
    return visible[0] if visible else None


def files(editions: list[Edition], default_alias: str) -> dict[str, str]:
    """Branch path -> CSS text for every edition."""
    newest = latest(editions, default_alias)
    return {f"{BANNERS_DIR}/{e.name}.css": banner_css(e.name, None if newest is None or newest.name == e.name
                                                     else newest.title) for e in editions}


def refresh(root: Path, editions: list[Edition], *, default_alias: str, branch: str,
            extra: dict[str, str] | None = None) -> bool:
    """Commit the banner files for `editions` (versions.json as it is now), with `extra` files at
    the branch root (the latest edition's 404 page) in the same commit; False when none changed."""
    return mike.write_files(root, {**files(editions, default_alias), **(extra or {})}, branch=branch,
                            message="Outdated banners for readers without JavaScript")
