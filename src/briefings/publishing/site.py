"""What an edition's build adds to the site; called by the thin MkDocs plugin.

`briefings publish` passes the edition to the build through environment variables (the CLI and
the plugin share data, not state): its name, title and alias, and the "What changed" page.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

from briefings.publishing.changes import PAGE_URI

ENV_EDITION = "BRIEFINGS_EDITION"
ENV_TITLE = "BRIEFINGS_EDITION_TITLE"
ENV_ALIAS = "BRIEFINGS_EDITION_ALIAS"
ENV_CHANGES = "BRIEFINGS_WHAT_CHANGED"
OVERRIDES = Path(__file__).resolve().parent.parent / "site" / "overrides"


def edition_env(*, edition: str, title: str, alias: str | None, changes_page: Path) -> dict[str, str]:
    """The environment that makes a build an edition build."""
    env = {ENV_EDITION: edition, ENV_TITLE: title, ENV_CHANGES: str(changes_page),
           "MIKE_DOCS_VERSION": edition}
    if alias:
        env[ENV_ALIAS] = alias
    return env


def configure(config: MkDocsConfig) -> None:
    """Add the outdated-banner template and, in an edition build, the version selector settings."""
    if config.theme.name == "material" and str(OVERRIDES) not in config.theme.dirs:
        # after the user's custom_dir (which may override ours), before the theme's own templates
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(OVERRIDES))
    edition = os.environ.get(ENV_EDITION)
    if not edition:
        return
    extra = config.extra
    alias = os.environ.get(ENV_ALIAS)
    if not extra.get("version"):
        extra["version"] = {"provider": "mike", "default": alias or "latest", "alias": True}
    changes_url = "what-changed/" if config.use_directory_urls else "what-changed.html"
    extra["briefings_edition"] = {"name": edition, "title": os.environ.get(ENV_TITLE, edition),
                                  "changes_url": changes_url if os.environ.get(ENV_CHANGES) else ""}
    if config.site_url:  # as mike's plugin does: canonical URLs and the sitemap point into the edition
        config.site_url = urljoin(config.site_url, f"{edition}/")


def extra_files(config: MkDocsConfig) -> list[File]:
    """The "What changed in this edition" page, in an edition build."""
    page = os.environ.get(ENV_CHANGES)
    if not page or not os.environ.get(ENV_EDITION):
        return []
    content = Path(page).read_text("utf-8")
    # not a navigation tab: the announcement bar of every page of the edition links to it
    return [File.generated(config, PAGE_URI, content=content, inclusion=InclusionLevel.NOT_IN_NAV)]
